#pragma once

#include "SupportError.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

/// A strip above a view that says what went wrong, in words and, one click away, in raw facts.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    /// Shows the banner for \a error, details folded away.
    void showError(const SupportError &error);
    SupportError error() const { return m_error; }

    QString messageText() const;
    QString detailsText() const;
    bool isDetailsVisible() const;
    /// Unfolds or folds the raw code, message, HTTP status and request id.
    void setDetailsVisible(bool visible);

Q_SIGNALS:
    void retryClicked();
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SupportError m_error;
    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    bool m_detailsShown = false;
};
