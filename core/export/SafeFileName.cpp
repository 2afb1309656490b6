#include "SafeFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace SafeFileName {

namespace {

constexpr QChar replacement = u'_';

// Never part of a name on screen, yet able to reorder what the reader sees.
bool isInvisibleDirectionMark(char16_t c)
{
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

bool isReservedCharacter(char16_t c)
{
    switch (c) {
    case u'/':
    case u'\\':
    case u'<':
    case u'>':
    case u':':
    case u'"':
    case u'|':
    case u'?':
    case u'*':
        return true;
    default:
        return false;
    }
}

qsizetype utf8Size(QStringView text)
{
    return text.toUtf8().size();
}

QString replaceCharacters(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            out += c;
            out += name.at(++i);
            continue;
        }
        if (isInvisibleDirectionMark(c.unicode()))
            continue;

        const bool bad
            = c.isSurrogate() || isControl(c.unicode()) || isReservedCharacter(c.unicode());
        out += bad ? replacement : c;
    }
    return out;
}

QString collapseDots(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c == u'.' && out.endsWith(u'.'))
            continue;
        out += c;
    }
    return out;
}

QString trimEnds(const QString &name)
{
    qsizetype begin = 0;
    while (begin < name.size() && name.at(begin).isSpace())
        ++begin;

    qsizetype end = name.size();
    while (end > begin && (name.at(end - 1) == u'.' || name.at(end - 1).isSpace()))
        --end;
    return name.mid(begin, end - begin);
}

/// The longest start of \a text that fits \a bytes of UTF-8 and ends between two characters as
/// a reader sees them, so that no accent is torn from its letter and no emoji split.
QString cutToBytes(const QString &text, qsizetype bytes)
{
    if (utf8Size(text) <= bytes)
        return text;

    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype kept = 0;
    qsizetype used = 0;
    for (qsizetype next = finder.toNextBoundary(); next > 0; next = finder.toNextBoundary()) {
        used += utf8Size(QStringView(text).mid(kept, next - kept));
        if (used > bytes)
            break;
        kept = next;
    }
    if (kept > 0)
        return text.left(kept);

    // One enormous cluster (a letter under hundreds of accents): cut between code points.
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() ? 2 : 1;
        if (utf8Size(QStringView(text).left(i + width)) > bytes)
            break;
        out = text.left(i + width);
        i += width - 1;
    }
    return out;
}

QString escapeDeviceName(const QString &name)
{
    return isReservedDeviceName(name) ? replacement + name : name;
}

QString capLength(const QString &name)
{
    if (utf8Size(name) <= maxBytes)
        return name;

    auto [stem, extension] = splitExtension(name);
    stem = trimEnds(cutToBytes(stem, maxBytes - utf8Size(extension)));

    // A stem cut down to a device name ("CON" and then hundreds of accents) is escaped again;
    // it is short, so the added character cannot exceed the limit.
    return escapeDeviceName(stem + extension);
}

bool isOccupied(const QDir &dir, const QString &name)
{
    const QFileInfo info(dir.filePath(name));
    return info.exists() || info.isSymLink();
}

QString numbered(const QString &stem, const QString &extension, const QString &suffix)
{
    const qsizetype room = maxBytes - utf8Size(extension) - utf8Size(suffix);
    return trimEnds(cutToBytes(stem, room)) + suffix + extension;
}

} // namespace

QString fallbackName()
{
    return QStringLiteral("attachment");
}

QString fromUntrusted(const QString &untrusted)
{
    QString name = trimEnds(collapseDots(replaceCharacters(untrusted)));
    if (name.startsWith(u'.'))
        name[0] = replacement;

    name = capLength(escapeDeviceName(name));
    return name.isEmpty() ? fallbackName() : name;
}

bool isSafe(const QString &name)
{
    return fromUntrusted(name) == name;
}

bool isReservedDeviceName(const QString &name)
{
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList plain = {
        QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$"),
    };
    if (plain.contains(stem))
        return true;

    // COM0..COM9 and LPT0..LPT9, and the superscript digits Windows also treats as numbers.
    static const QString digits = QStringLiteral("0123456789\u00b9\u00b2\u00b3");
    const bool port
        = stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"));
    return port && stem.size() == 4 && digits.contains(stem.at(3));
}

std::pair<QString, QString> splitExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot == name.size() - 1)
        return {name, {}};

    const QString extension = name.mid(dot);
    const bool plausible = utf8Size(extension) <= maxExtensionBytes
        && std::none_of(extension.begin(), extension.end(), [](QChar c) { return c.isSpace(); });
    if (!plausible)
        return {name, {}};

    // "logs.tar.gz" numbers as "logs (2).tar.gz", which still opens as a compressed archive.
    const QString stem = name.left(dot);
    const QLatin1String tar(".tar");
    if (stem.size() > tar.size() && stem.endsWith(tar, Qt::CaseInsensitive))
        return {stem.chopped(tar.size()), name.mid(dot - tar.size())};
    return {stem, extension};
}

QString uniqueIn(const QDir &dir, const QString &name)
{
    const QString safe = fromUntrusted(name);
    if (!isOccupied(dir, safe))
        return safe;

    const auto [stem, extension] = splitExtension(safe);
    for (int number = 2; number < 10000; ++number) {
        const QString candidate = numbered(stem, extension, QStringLiteral(" (%1)").arg(number));
        if (!isOccupied(dir, candidate))
            return candidate;
    }

    // Ten thousand copies of one name: stop counting and pick a random tag instead.
    const quint32 tag = QRandomGenerator::global()->generate();
    return numbered(stem, extension, QStringLiteral(" (%1)").arg(tag, 8, 16, QLatin1Char('0')));
}

} // namespace SafeFileName
