#include "DateRange.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

// Further from UTC than any zone has ever been, so a window this wide around a day's UTC
// midnight always holds the day's local start.
constexpr qint64 widestOffsetSecs = 18 * 3600;

QDateTime utcMidnight(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

} // namespace

DateRange DateRange::custom(const QDate &from, const QDate &to)
{
    DateRange range;
    range.m_preset = Preset::Custom;
    range.m_from = from;
    range.m_to = to;
    if (from.isValid() && to.isValid() && from > to)
        std::swap(range.m_from, range.m_to);
    return range;
}

DateRange DateRange::fromPreset(Preset preset, const QDate &today)
{
    DateRange range;
    range.m_preset = preset;
    switch (preset) {
    case Preset::AllTime:
    case Preset::Custom:
        return range;
    case Preset::Last7Days:
        range.m_from = today.addDays(-6);
        break;
    case Preset::Last30Days:
        range.m_from = today.addDays(-29);
        break;
    case Preset::Last12Months:
        range.m_from = today.addMonths(-12).addDays(1);
        break;
    }
    range.m_to = today;
    return range;
}

QDateTime DateRange::after(const QTimeZone &zone) const
{
    return m_from.isValid() ? startOfDay(m_from, zone) : QDateTime();
}

QDateTime DateRange::before(const QTimeZone &zone) const
{
    return m_to.isValid() ? startOfDay(m_to.addDays(1), zone) : QDateTime();
}

bool DateRange::contains(const QDateTime &instant, const QTimeZone &zone) const
{
    if (!instant.isValid())
        return isAllTime();

    const QDateTime start = after(zone);
    const QDateTime end = before(zone);
    return (!start.isValid() || instant >= start) && (!end.isValid() || instant < end);
}

QString DateRange::label(const QLocale &locale) const
{
    if (m_preset == Preset::Custom)
        return daysText(locale);
    return presetName(m_preset);
}

QString DateRange::daysText(const QLocale &locale) const
{
    if (isAllTime())
        return presetName(Preset::AllTime);
    if (m_to.isNull())
        return tr("From %1").arg(dayText(m_from, locale));
    if (m_from.isNull())
        return tr("Until %1").arg(dayText(m_to, locale));
    if (m_from == m_to)
        return dayText(m_from, locale);
    return tr("%1 \u2013 %2", "first day, last day")
        .arg(dayText(m_from, locale), dayText(m_to, locale));
}

QString DateRange::noMessagesText(const QLocale &locale) const
{
    if (isAllTime())
        return tr("No messages in this case.");
    if (m_to.isNull())
        return tr("No messages since %1.").arg(dayText(m_from, locale));
    if (m_from.isNull())
        return tr("No messages until %1.").arg(dayText(m_to, locale));
    if (m_from == m_to)
        return tr("No messages on %1.").arg(dayText(m_from, locale));
    return tr("No messages between %1 and %2.").arg(dayText(m_from, locale), dayText(m_to, locale));
}

QString DateRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::AllTime:
        return tr("All time");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last12Months:
        return tr("Last 12 months");
    case Preset::Custom:
        return tr("Custom\u2026");
    }
    return {};
}

QString DateRange::dayText(const QDate &day, const QLocale &locale)
{
    // The locale's long format names the month in words, which reads the same in every
    // country; the weekday only adds width, and the short month name is enough.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*|[,\\s]*d{4}"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    return locale.toString(day, format.trimmed());
}

QDateTime DateRange::startOfDay(const QDate &day, const QTimeZone &zone)
{
    if (!day.isValid())
        return {};
    if (!zone.isValid())
        return day.startOfDay(Qt::LocalTime).toUTC();

    // Within each stretch of constant offset, local time rises with UTC, so the day starts
    // in that stretch at its local midnight or, when the stretch begins later than that, at
    // the stretch's own beginning. The earliest such instant is the day's start; this also
    // covers midnights that a transition skips or repeats.
    const QDateTime windowStart = utcMidnight(day).addSecs(-widestOffsetSecs);
    const QDateTime windowEnd = utcMidnight(day).addSecs(widestOffsetSecs);

    QList<QPair<QDateTime, int>> stretches {{windowStart, zone.offsetFromUtc(windowStart)}};
    if (zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &change : zone.transitions(windowStart, windowEnd)) {
            if (change.atUtc > windowStart)
                stretches.append({change.atUtc, change.offsetFromUtc});
        }
    }
    stretches.append({windowEnd, 0});

    QDateTime start;
    for (qsizetype i = 0; i + 1 < stretches.size(); ++i) {
        const QDateTime midnight = utcMidnight(day).addSecs(-stretches.at(i).second);
        const QDateTime candidate = std::max(midnight, stretches.at(i).first);
        if (candidate < stretches.at(i + 1).first && (!start.isValid() || candidate < start))
            start = candidate;
    }
    return start.toUTC();
}
