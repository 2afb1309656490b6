#pragma once

#include "CaseFilterModel.h"
#include "DateRange.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;

class DateRangeBar;

/// The controls above the case list: a box that filters by text and, on Enter, goes to a case
/// by its id or number; the status shown; and the days the cases were created on.
class CaseFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilterBar(QWidget *parent = nullptr);

    CaseFilterModel::Status status() const;
    /// Shows \a status without emitting statusChanged().
    void setStatus(CaseFilterModel::Status status);

    DateRange createdRange() const;
    DateRangeBar *createdBar() const { return m_created; }

    QString text() const;
    QLineEdit *searchEdit() const { return m_search; }

    /// Puts \a widget at the end of the status line (a refresh button, say).
    void addTrailingWidget(QWidget *widget);

    /// A line under the search box, such as "No case has the number 123."; the next edit
    /// hides it.
    void showMessage(const QString &text);
    QString message() const;

Q_SIGNALS:
    void statusChanged(CaseFilterModel::Status status);
    void createdRangeChanged(const DateRange &range);
    void textChanged(const QString &text);
    /// Enter was pressed on text that names a case id or number.
    void lookupRequested(const QString &text);

private:
    void onReturnPressed();

    QLineEdit *m_search = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_status = nullptr;
    DateRangeBar *m_created = nullptr;
    QHBoxLayout *m_statusRow = nullptr;
};
