#include "DateRangeBar.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace {

// A day editor at its minimum stands for an open end and shows "Any"; no case is that old.
const QDate openDay(2000, 1, 1);

const DateRange::Preset presetOrder[] = {
    DateRange::Preset::AllTime,      DateRange::Preset::Last7Days, DateRange::Preset::Last30Days,
    DateRange::Preset::Last12Months, DateRange::Preset::Custom,
};

// The locale's short date with the century, since "yy" alone is ambiguous in a range of years.
QString dayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QDateEdit *dayEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(openDay);
    edit->setSpecialValueText(DateRangeBar::tr("Any", "an open end of a date range"));
    edit->setDisplayFormat(dayFormat(QLocale()));
    // Typing a day asks the service once, when the day is complete, not at every keystroke.
    edit->setKeyboardTracking(false);
    edit->setDate(openDay);
    return edit;
}

} // namespace

DateRangeBar::DateRangeBar(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Message dates"));
    createControls();
    layOut();
    updateControls();
}

DateRange DateRangeBar::range() const
{
    if (preset() == DateRange::Preset::Custom)
        return DateRange::custom(fromDay(), toDay());
    return DateRange::fromPreset(preset(), today());
}

void DateRangeBar::setRange(const DateRange &range)
{
    m_updating = true;
    m_presets->setCurrentIndex(m_presets->findData(int(range.preset())));
    showDays(range);
    m_updating = false;
    updateControls();
    commit();
}

DateRange::Preset DateRangeBar::preset() const
{
    return DateRange::Preset(m_presets->currentData().toInt());
}

QDate DateRangeBar::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DateRangeBar::setToday(const QDate &today)
{
    m_today = today;
    if (preset() != DateRange::Preset::Custom)
        setRange(range());
}

void DateRangeBar::setTitle(const QString &title)
{
    m_title->setText(title);
}

void DateRangeBar::setCompact(bool compact)
{
    m_compact = compact;
    if (compact)
        m_daysRow->insertWidget(0, m_days);
    else
        m_mainRow->insertWidget(2, m_days);
    updateControls();
}

void DateRangeBar::setEmptyNoticeVisible(bool visible)
{
    const QString sentence = range().noMessagesText(locale());
    const QString reset = tr("Show all time");
    m_noticeText = visible ? sentence + QLatin1Char(' ') + reset : QString();
    m_notice->setText(QStringLiteral("%1 <a href=\"all\">%2</a>")
                          .arg(sentence.toHtmlEscaped(), reset.toHtmlEscaped()));
    m_notice->setVisible(visible);
}

bool DateRangeBar::isEmptyNoticeVisible() const
{
    return !m_notice->isHidden();
}

QString DateRangeBar::emptyNoticeText() const
{
    return m_noticeText;
}

void DateRangeBar::clear()
{
    setRange(DateRange());
}

void DateRangeBar::createControls()
{
    m_title = new QLabel(tr("Dates"), this);

    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("datePresetBox"));
    m_presets->setAccessibleName(tr("Date range"));
    for (DateRange::Preset preset : presetOrder)
        m_presets->addItem(DateRange::presetName(preset), int(preset));
    m_title->setBuddy(m_presets);
    connect(m_presets, &QComboBox::activated, this, &DateRangeBar::onPresetActivated);

    m_days = new QWidget(this);
    m_days->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_from = dayEdit(QStringLiteral("dateFromEdit"), tr("From day"), m_days);
    m_to = dayEdit(QStringLiteral("dateToEdit"), tr("To day"), m_days);
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeBar::onFromEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeBar::onToEdited);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("dateClearButton"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton, nullptr, this));
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Show all time"));
    m_clear->setAccessibleName(tr("Show all time"));
    connect(m_clear, &QToolButton::clicked, this, &DateRangeBar::clear);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("dateRangeNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->hide();
    connect(m_notice, &QLabel::linkActivated, this, &DateRangeBar::clear);
}

void DateRangeBar::layOut()
{
    auto days = new QHBoxLayout(m_days);
    days->setContentsMargins(0, 0, 0, 0);
    days->setSpacing(4);
    days->addWidget(m_from);
    days->addWidget(new QLabel(QStringLiteral("\u2013"), m_days));
    days->addWidget(m_to);

    m_mainRow = new QHBoxLayout;
    m_mainRow->setSpacing(6);
    m_mainRow->addWidget(m_title);
    m_mainRow->addWidget(m_presets);
    m_mainRow->addWidget(m_days);
    m_mainRow->addWidget(m_clear);
    m_mainRow->addStretch();

    m_daysRow = new QHBoxLayout;
    m_daysRow->setSpacing(6);
    m_daysRow->addStretch();

    auto column = new QVBoxLayout(this);
    column->setContentsMargins(12, 4, 6, 4);
    column->setSpacing(4);
    column->addLayout(m_mainRow);
    column->addLayout(m_daysRow);
    column->addWidget(m_notice);
}

void DateRangeBar::onPresetActivated(int index)
{
    Q_UNUSED(index);
    // Custom starts from the days on show, so switching to it changes nothing until edited;
    // from all time there are none, and the last 30 days are a useful start.
    if (preset() == DateRange::Preset::Custom && fromDay().isNull() && toDay().isNull())
        showDays(DateRange::fromPreset(DateRange::Preset::Last30Days, today()));
    else if (preset() != DateRange::Preset::Custom)
        showDays(range());
    updateControls();
    commit();
}

void DateRangeBar::onFromEdited()
{
    if (m_updating)
        return;
    if (fromDay().isValid() && toDay().isValid() && fromDay() > toDay()) {
        const QSignalBlocker block(m_to);
        m_to->setDate(fromDay());
    }
    commit();
}

void DateRangeBar::onToEdited()
{
    if (m_updating)
        return;
    if (fromDay().isValid() && toDay().isValid() && toDay() < fromDay()) {
        const QSignalBlocker block(m_from);
        m_from->setDate(toDay());
    }
    commit();
}

void DateRangeBar::showDays(const DateRange &range)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(range.from().isValid() ? range.from() : openDay);
    m_to->setDate(range.to().isValid() ? range.to() : openDay);
}

void DateRangeBar::updateControls()
{
    const bool custom = preset() == DateRange::Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_days->setVisible(!m_compact || custom);
    m_clear->setEnabled(!range().isAllTime());

    const DateRange shown = range();
    m_presets->setToolTip(shown.daysText(locale()));
}

void DateRangeBar::commit()
{
    if (m_updating)
        return;

    updateControls();
    const DateRange shown = range();
    if (shown == m_committed)
        return;
    m_committed = shown;
    setEmptyNoticeVisible(false);
    Q_EMIT rangeChanged(shown);
}

QDate DateRangeBar::fromDay() const
{
    return m_from->date() == openDay ? QDate() : m_from->date();
}

QDate DateRangeBar::toDay() const
{
    return m_to->date() == openDay ? QDate() : m_to->date();
}
