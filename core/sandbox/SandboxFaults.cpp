#include "SandboxFaults.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

enum class ValueKind { Period, Page, Milliseconds, Seconds, Flag };

/// One item a spec may hold, and the field it sets.
struct Item
{
    const char *name;
    ValueKind kind;
    int SandboxFaults::*number;
    bool SandboxFaults::*flag;
};

// Also the order toString() writes items in.
const Item items[] = {
    {"throttle", ValueKind::Period, &SandboxFaults::throttleEvery, nullptr},
    {"error500", ValueKind::Period, &SandboxFaults::error500Every, nullptr},
    {"error503", ValueKind::Period, &SandboxFaults::error503Every, nullptr},
    {"expired-token", ValueKind::Period, &SandboxFaults::expiredTokenEvery, nullptr},
    {"subscription", ValueKind::Flag, nullptr, &SandboxFaults::subscriptionRequired},
    {"attachment-limit", ValueKind::Period, &SandboxFaults::attachmentLimitEvery, nullptr},
    {"malformed", ValueKind::Period, &SandboxFaults::malformedEvery, nullptr},
    {"wrongshape", ValueKind::Period, &SandboxFaults::wrongShapeEvery, nullptr},
    {"repeat-token", ValueKind::Page, &SandboxFaults::repeatTokenPage, nullptr},
    {"stall", ValueKind::Period, &SandboxFaults::stallEvery, nullptr},
    {"truncate", ValueKind::Period, &SandboxFaults::truncateEvery, nullptr},
    {"slow", ValueKind::Milliseconds, &SandboxFaults::slowMs, nullptr},
    {"clock", ValueKind::Seconds, &SandboxFaults::clockOffsetSeconds, nullptr},
};

/// The values an item accepts, and how a person would write one.
struct Range
{
    qint64 lowest;
    qint64 highest;
    const char *example;
};

Range rangeOf(ValueKind kind)
{
    constexpr qint64 tenYears = 10LL * 365 * 24 * 60 * 60;
    switch (kind) {
    case ValueKind::Period:
        return {1, 1000000, "N"};
    case ValueKind::Page:
        return {2, 1000000, "PAGE"};
    case ValueKind::Milliseconds:
        return {1, 10 * 60 * 1000, "MS"};
    case ValueKind::Seconds:
        return {-tenYears, tenYears, "SECONDS"};
    case ValueKind::Flag:
        break;
    }
    return {0, 0, ""};
}

const Item *findItem(const QString &name)
{
    for (const Item &item : items) {
        if (name == QLatin1String(item.name))
            return &item;
    }
    return nullptr;
}

QString knownNames()
{
    QStringList names;
    for (const Item &item : items)
        names.append(QLatin1String(item.name));
    return names.join(QLatin1String(", "));
}

// Digits only (and a sign where negative values make sense), so "3x", "0x10" or "1e3" fail.
std::optional<qint64> readNumber(const QString &text, const Range &range)
{
    const bool signedValue = range.lowest < 0;
    const bool hasSign = text.startsWith(u'-') || text.startsWith(u'+');
    const qsizetype start = signedValue && hasSign ? 1 : 0;
    if (text.size() <= start || text.size() - start > 18)
        return std::nullopt;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return std::nullopt;
    }

    const qint64 value = text.toLongLong();
    if (value < range.lowest || value > range.highest)
        return std::nullopt;
    return value;
}

/// Applies one "name=value" item; returns why it cannot, or nothing.
std::optional<QString> applyItem(const QString &text, SandboxFaults *faults,
                                 QList<const Item *> *seen)
{
    const qsizetype equals = text.indexOf(u'=');
    const QString name = text.left(equals).trimmed();
    const Item *item = findItem(name);
    if (name.isEmpty())
        return SandboxFaults::tr("an item has no name before its \"=\"");
    if (!item) {
        return SandboxFaults::tr("unknown fault \"%1\"; known faults are: %2")
            .arg(name, knownNames());
    }
    if (seen->contains(item))
        return SandboxFaults::tr("%1 is given twice").arg(name);
    seen->append(item);

    if (item->kind == ValueKind::Flag) {
        if (equals >= 0)
            return SandboxFaults::tr("%1 takes no value").arg(name);
        faults->*(item->flag) = true;
        return std::nullopt;
    }

    const Range range = rangeOf(item->kind);
    if (equals < 0) {
        return SandboxFaults::tr("%1 needs a value, as in %1=%2")
            .arg(name, QLatin1String(range.example));
    }
    const QString value = text.mid(equals + 1).trimmed();
    const std::optional<qint64> number = readNumber(value, range);
    if (!number) {
        return SandboxFaults::tr("%1 wants a whole number from %2 to %3, not \"%4\"")
            .arg(name)
            .arg(range.lowest)
            .arg(range.highest)
            .arg(value);
    }
    faults->*(item->number) = int(*number);
    return std::nullopt;
}

} // namespace

std::optional<SandboxFaults> SandboxFaults::parse(const QString &spec, QString *errorMessage)
{
    SandboxFaults faults;
    QList<const Item *> seen;

    // Empty items are skipped, so that scripts may join items with a trailing comma.
    for (const QString &part : spec.split(u',')) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        if (const std::optional<QString> problem = applyItem(text, &faults, &seen)) {
            if (errorMessage)
                *errorMessage = *problem;
            return std::nullopt;
        }
    }
    return faults;
}

QString SandboxFaults::toString() const
{
    QStringList parts;
    for (const Item &item : items) {
        if (item.kind == ValueKind::Flag) {
            if (this->*(item.flag))
                parts.append(QLatin1String(item.name));
        } else if (const int value = this->*(item.number)) {
            parts.append(QLatin1String(item.name) + u'=' + QString::number(value));
        }
    }
    return parts.join(u',');
}
