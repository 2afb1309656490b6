#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QTimeZone>

class QLocale;

/// A span of whole local calendar days, and the UTC instants that bound it for the service.
///
/// `from` and `to` are inclusive days; either may be null for an open end. The range starts
/// at the first instant of `from` and ends, exclusively, at the first instant of the day after
/// `to`, both in the given time zone (the system zone by default), so days of 23 or 25 hours
/// and days whose midnight does not exist are covered exactly.
class DateRange
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(DateRange)

public:
    enum class Preset { AllTime, Last7Days, Last30Days, Last12Months, Custom };
    Q_ENUM(Preset)

    /// All time: no bound at either end.
    DateRange() = default;

    /// A custom range of days; a null \a from or \a to leaves that end open. Swaps the ends
    /// when \a from is after \a to.
    static DateRange custom(const QDate &from, const QDate &to);

    /// The days \a preset covers, counted back from \a today (which is included).
    static DateRange fromPreset(Preset preset, const QDate &today = QDate::currentDate());

    Preset preset() const { return m_preset; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    bool isAllTime() const { return m_from.isNull() && m_to.isNull(); }

    /// The first instant of the `from` day, in UTC; invalid when the start is open.
    QDateTime after(const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    /// The first instant after the `to` day, in UTC; invalid when the end is open.
    QDateTime before(const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    /// Whether \a instant falls on one of the range's days in \a zone.
    bool contains(const QDateTime &instant,
                  const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    /// "Last 30 days", "All time", or the days: "1 Nov 2026 – 30 Nov 2026".
    QString label(const QLocale &locale) const;
    /// The days whatever the preset: "1 Nov 2026 – 30 Nov 2026", "From 1 Nov 2026", "All time".
    QString daysText(const QLocale &locale) const;
    /// A sentence for a thread the range leaves empty: "No messages between … and …".
    QString noMessagesText(const QLocale &locale) const;

    /// The name a preset has in menus: "Last 7 days", "Custom…".
    static QString presetName(Preset preset);
    /// A day as people write it in \a locale, without the weekday: "1 Nov 2026".
    static QString dayText(const QDate &day, const QLocale &locale);

    /// The first instant of \a day in \a zone, in UTC: local midnight, or when the clocks
    /// skip midnight that day, the instant they skip to.
    static QDateTime startOfDay(const QDate &day, const QTimeZone &zone);

    friend bool operator==(const DateRange &a, const DateRange &b)
    {
        return a.m_preset == b.m_preset && a.m_from == b.m_from && a.m_to == b.m_to;
    }
    friend bool operator!=(const DateRange &a, const DateRange &b) { return !(a == b); }

private:
    Preset m_preset = Preset::AllTime;
    QDate m_from;
    QDate m_to;
};

Q_DECLARE_METATYPE(DateRange)
