#include "MailEncoding.h"

#include "SafeFileName.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace {

const QByteArray awsName = "Amazon Web Services";
// .invalid can never be delivered to (RFC 2606): a reply cannot reach a stranger by mistake.
const QByteArray awsAddress = "aws-support@amazon.invalid";
const QByteArray unknownAddress = "unknown@casebook.invalid";

bool isPrintableAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString withoutControls(const QString &text)
{
    QString clean = text;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return clean;
}

QByteArray hexByte(uchar c)
{
    return '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
}

// Whether the physical line starting at \a i could be read as a separator or a quoted one.
bool startsRisky(const QByteArray &line, qsizetype i)
{
    return line.at(i) == '>' || line.mid(i, 5) == "From ";
}

QByteArray encodeLine(const QByteArray &line)
{
    QByteArray out;
    int column = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const uchar c = uchar(line.at(i));
        const bool last = i == line.size() - 1;
        const bool literal
            = ((c == ' ' || c == '\t') && !last) || (c >= 33 && c <= 126 && c != '=');
        QByteArray piece = literal ? QByteArray(1, char(c)) : hexByte(c);

        // Soft break at 75 so that the '=' still fits in 76 columns.
        if (column + piece.size() > MailEncoding::maxLineLength - 1) {
            out += "=\n";
            column = 0;
        }
        if (column == 0 && startsRisky(line, i))
            piece = hexByte(c);
        out += piece;
        column += int(piece.size());
    }
    return out;
}

QByteArray encodedWord(const QByteArray &utf8)
{
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

bool isAddress(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    return pattern.match(text).hasMatch();
}

/// The display name and address in a submittedBy value; the address empty when there is none.
std::pair<QString, QString> splitSender(const QString &text)
{
    static const QRegularExpression named(QStringLiteral("^\\s*(.*?)\\s*<([^<>\\s]+)>\\s*$"));
    const QString submittedBy = withoutControls(text);
    const QRegularExpressionMatch match = named.match(submittedBy);
    if (match.hasMatch() && isAddress(match.captured(2)))
        return {match.captured(1), match.captured(2)};
    if (isAddress(submittedBy.trimmed()))
        return {QString(), submittedBy.trimmed()};
    return {submittedBy.trimmed(), QString()};
}

QByteArray displayName(const QString &name, int used)
{
    // A name that is a quoted string already is unquoted first, so it is quoted only once.
    QString unquoted = name;
    if (unquoted.size() >= 2 && unquoted.startsWith(u'"') && unquoted.endsWith(u'"')) {
        static const QRegularExpression escaped(QStringLiteral("\\\\(.)"));
        unquoted = unquoted.mid(1, unquoted.size() - 2).replace(escaped, QStringLiteral("\\1"));
    }
    unquoted = withoutControls(unquoted).simplified();
    const bool fits = used + unquoted.size() + 4 <= 48; // quotes and room for the address
    if (!fits || !isPrintableAscii(unquoted) || unquoted.contains(QLatin1String("=?")))
        return MailEncoding::headerText(unquoted, used);

    QByteArray quoted = unquoted.toLatin1();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

} // namespace

namespace MailEncoding {

QByteArray quotedPrintable(const QString &text)
{
    QString normal = text;
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');

    QByteArray out;
    for (const QByteArray &line : normal.toUtf8().split('\n'))
        out += encodeLine(line) + '\n';
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += maxLineLength)
        out += encoded.mid(i, maxLineLength) + '\n';
    return out;
}

QByteArray headerText(const QString &text, int used)
{
    const QString clean = withoutControls(text);
    const bool plain = isPrintableAscii(clean) && !clean.contains(QLatin1String("=?"));
    if (plain && used + clean.size() <= 78)
        return clean.toLatin1();

    // Whole characters per word, each word within 75 characters and each line within 76.
    QByteArray out;
    QByteArray chunk;
    int room = maxLineLength - used;
    for (qsizetype i = 0; i < clean.size();) {
        const qsizetype length = clean.at(i).isHighSurrogate() && i + 1 < clean.size() ? 2 : 1;
        const QByteArray bytes = clean.mid(i, length).toUtf8();
        const int maxBytes = qMax(3, (room - 12) / 4 * 3);
        if (!chunk.isEmpty() && chunk.size() + bytes.size() > maxBytes) {
            out += encodedWord(chunk) + "\n ";
            chunk.clear();
            room = maxLineLength - 1;
        }
        chunk += bytes;
        i += length;
    }
    return out + encodedWord(chunk);
}

QByteArray address(const QString &submittedBy, bool fromAws)
{
    const QString found = splitSender(submittedBy).second;
    if (!found.isEmpty())
        return found.toLatin1();
    return fromAws ? awsAddress : unknownAddress;
}

QByteArray mailbox(const QString &submittedBy, bool fromAws, int used)
{
    auto [name, found] = splitSender(submittedBy);
    if (fromAws && found.isEmpty())
        name = QString::fromLatin1(awsName);
    const QByteArray addr = address(submittedBy, fromAws);
    if (name.trimmed().isEmpty())
        return addr;
    return displayName(name, used) + " <" + addr + '>';
}

QByteArray date(const QDateTime &time)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = time.isValid() ? time.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDate day = utc.date();
    return QByteArray(days[day.dayOfWeek() - 1]) + ", "
        + QByteArray::number(day.day()).rightJustified(2, '0') + ' ' + months[day.month() - 1] + ' '
        + QByteArray::number(day.year()) + ' '
        + utc.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

QByteArray asctime(const QDateTime &time)
{
    const QByteArray rfc = date(time); // "Tue, 01 Dec 2026 12:00:00 +0000"
    const QList<QByteArray> parts = rfc.split(' ');
    const QByteArray day = QByteArray::number(parts.at(1).toInt()).rightJustified(2, ' ');
    return parts.at(0).left(3) + ' ' + parts.at(2) + ' ' + day + ' ' + parts.at(4) + ' '
        + parts.at(3);
}

QByteArray fileNameParameter(const QString &fileName)
{
    // The name a mail reader saves under: never a path, a device or a disguised extension.
    const QString clean = SafeFileName::fromUntrusted(fileName);
    if (isPrintableAscii(clean) && !clean.contains(u'"') && !clean.contains(u'\\'))
        return "filename=\"" + clean.toLatin1() + '"';
    return "filename*=UTF-8''" + QUrl::toPercentEncoding(clean, "!#$&+^`|");
}

QByteArray quoteFromLines(const QByteArray &message)
{
    static const QRegularExpression separator(QStringLiteral("^>*From "));
    QList<QByteArray> lines = message.split('\n');
    for (QByteArray &line : lines) {
        if (line.contains("From ") && separator.match(QString::fromLatin1(line)).hasMatch())
            line.prepend('>');
    }
    return lines.join('\n');
}

} // namespace MailEncoding
