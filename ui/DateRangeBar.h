#pragma once

#include "DateRange.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QToolButton;

/// A compact strip that narrows a view to a range of days: a preset, or custom From and To
/// days, with a way back to all time and a line that says when the range leaves nothing.
class DateRangeBar : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeBar(QWidget *parent = nullptr);

    /// The chosen range; presets are counted back from today() each time this is asked.
    DateRange range() const;
    /// Shows \a range; emits rangeChanged() when that changes what range() returns.
    void setRange(const DateRange &range);
    DateRange::Preset preset() const;

    /// The day presets count back from: the current date unless one was set.
    QDate today() const;
    void setToday(const QDate &today);

    /// The word before the preset menu, "Dates" unless set.
    void setTitle(const QString &title);
    /// In a narrow place the day editors show only while Custom is chosen, on their own line.
    void setCompact(bool compact);

    /// Says that the range leaves nothing to show, with a link back to all time.
    void setEmptyNoticeVisible(bool visible);
    bool isEmptyNoticeVisible() const;
    QString emptyNoticeText() const;

    /// Back to all time.
    void clear();

Q_SIGNALS:
    void rangeChanged(const DateRange &range);

private:
    void createControls();
    void layOut();
    void onPresetActivated(int index);
    void onFromEdited();
    void onToEdited();
    void showDays(const DateRange &range);
    void updateControls();
    void commit();
    QDate fromDay() const;
    QDate toDay() const;

    QLabel *m_title = nullptr;
    QComboBox *m_presets = nullptr;
    QWidget *m_days = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_notice = nullptr;
    QHBoxLayout *m_mainRow = nullptr;
    QHBoxLayout *m_daysRow = nullptr;

    QString m_noticeText;
    QDate m_today;
    DateRange m_committed;
    bool m_compact = false;
    bool m_updating = false;
};
