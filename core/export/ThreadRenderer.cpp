// ThreadRenderer, declared in ThreadExport.h: one section per format, helpers they share first.
#include "ThreadExport.h"

#include "JsonExporter.h"
#include "Logging.h"
#include "MailEncoding.h"
#include "SafeFileName.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

QString withUnixLineEnds(const QString &text)
{
    QString normal = text;
    return normal.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
}

/// One line of text for a header field: no line break, tab or control can reach the output.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return line;
}

/// Body text with LF line ends only, and every control other than tab and line feed (C0, DEL,
/// C1) shown as U+FFFD: an escape sequence in a body must not reach a terminal or an editor.
QString readableBody(const QString &text)
{
    QString body = withUnixLineEnds(text);
    for (QChar &c : body) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f))
            c = QChar::ReplacementCharacter;
    }
    return body;
}

/// An attachment name as a reader sees it: without the invisible direction marks and overrides
/// that SafeFileName drops, so "a\u202Etxt.exe" is shown as the name it is saved under.
QString shownFileName(const QString &name)
{
    QString shown = oneLine(name);
    shown.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e
            || u == 0x200f || u == 0x061c;
    });
    return shown;
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1String(" UTC");
}

QString offsetText(int seconds)
{
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(QChar(seconds < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// "2026-12-01 12:00:00 UTC (local 2026-12-01 13:00:00 +01:00)".
QString timeText(const QDateTime &time, const QTimeZone &zone, const QString &fallback = {})
{
    if (!time.isValid())
        return fallback.isEmpty() ? ThreadRenderer::tr("unknown time") : oneLine(fallback);
    const QDateTime local = time.toTimeZone(zone);
    return ThreadRenderer::tr("%1 (local %2 %3)")
        .arg(utcText(time), local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             offsetText(local.offsetFromUtc()));
}

QString subjectOf(const ThreadExport &thread)
{
    if (thread.hasCase && !thread.supportCase.subject.isEmpty())
        return oneLine(thread.supportCase.subject);
    return ThreadRenderer::tr("(no subject)");
}

QString caseIdOf(const ThreadExport &thread)
{
    if (thread.hasCase && !thread.supportCase.caseId.isEmpty())
        return thread.supportCase.caseId;
    return thread.communications.isEmpty() ? QString() : thread.communications.first().caseId;
}

QString rangeText(const ThreadExport &thread)
{
    if (thread.after.isValid() && thread.before.isValid())
        return ThreadRenderer::tr("from %1 until before %2")
            .arg(utcText(thread.after), utcText(thread.before));
    if (thread.after.isValid())
        return ThreadRenderer::tr("from %1").arg(utcText(thread.after));
    if (thread.before.isValid())
        return ThreadRenderer::tr("until before %1").arg(utcText(thread.before));
    return {};
}

/// The labelled facts at the top of every document, in the order they are shown.
QList<std::pair<QString, QString>> caseFacts(const ThreadExport &thread, qsizetype count)
{
    const SupportCase &c = thread.supportCase;
    QList<std::pair<QString, QString>> facts;
    if (thread.hasCase && !c.displayId.isEmpty())
        facts.append({ThreadRenderer::tr("Display id"), c.displayId});
    facts.append({ThreadRenderer::tr("Case id"), caseIdOf(thread)});
    if (thread.hasCase) {
        facts.append({ThreadRenderer::tr("Status"), c.status});
        facts.append({ThreadRenderer::tr("Severity"), c.severityCode});
        facts.append({ThreadRenderer::tr("Created"),
                      timeText(c.timeCreated, thread.localTimeZone, c.timeCreatedText)});
    }
    facts.append(
        {ThreadRenderer::tr("Exported at"), timeText(thread.exportedAt, thread.localTimeZone)});
    if (thread.after.isValid() || thread.before.isValid())
        facts.append({ThreadRenderer::tr("Range"), rangeText(thread)});
    facts.append(
        {ThreadRenderer::tr("Communications"),
         QCoreApplication::translate("ThreadRenderer", "%n, oldest first", nullptr, int(count))});

    for (auto &fact : facts)
        fact.second = oneLine(fact.second);
    return facts;
}

QString senderOf(const Communication &c)
{
    return c.submittedBy.trimmed().isEmpty() ? ThreadRenderer::tr("(unknown sender)")
                                             : oneLine(c.submittedBy);
}

QString whenOf(const Communication &c, const QTimeZone &zone)
{
    return timeText(c.timeCreated, zone, c.timeCreatedText);
}

// --- Markdown ---------------------------------------------------------------------------

/// Inline text with every character that could start markup escaped by a backslash.
QString markdownInline(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+!|~&");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : oneLine(text)) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

/// A code fence longer than any run of backticks in \a body, so the body cannot close it.
QString fenceFor(const QString &body)
{
    int longest = 0;
    int run = 0;
    for (QChar c : body) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), u'`');
}

QString markdownBody(const QString &body)
{
    QString text = readableBody(body);
    const QString fence = fenceFor(text);
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    return fence + QLatin1String("text\n") + text + fence + u'\n';
}

QString markdownAttachments(const Communication &c, const ThreadExport &thread)
{
    if (c.attachments.isEmpty())
        return {};

    QString out = QLatin1Char('\n') + ThreadRenderer::tr("Attachments:") + QLatin1String("\n\n");
    for (const AttachmentInfo &info : c.attachments) {
        const QString name = markdownInline(shownFileName(info.fileName));
        const QString saved = thread.savedAttachments.value(info.attachmentId);
        if (saved.isEmpty()) {
            out += QLatin1String("- ") + name + u' ' + ThreadRenderer::tr("(not saved)") + u'\n';
            continue;
        }
        const QString target = QString::fromLatin1(QUrl::toPercentEncoding(saved, "/"));
        out += QStringLiteral("- [%1](%2)\n").arg(name, target);
    }
    return out;
}

// --- HTML ------------------------------------------------------------------------------------

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff)
        || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/// Text and attribute values escaped once; what XML cannot carry becomes U+FFFD.
QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (char32_t c : withUnixLineEnds(text).toUcs4()) {
        switch (c) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            if (!isXmlChar(c))
                c = QChar::ReplacementCharacter;
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

const char htmlStyle[] = R"(
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt;
       color: #1b1b1b; background: #ffffff; max-width: 52em; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0 0 0.4em 0; }
h2 { font-size: 1.05em; margin: 0 0 0.2em 0; }
table.case { border-collapse: collapse; margin-bottom: 1em; color: #3a3a3a; }
table.case th { text-align: left; padding: 0.1em 1em 0.1em 0; font-weight: bold; }
table.case td { padding: 0.1em 0; }
p.order { color: #555555; font-style: italic; }
div.message { border-top: 1px solid #c8c8c8; padding: 0.8em 0 0.6em 0; }
div.aws h2 { color: #8a4500; }
div.customer h2 { color: #17457a; }
p.when { margin: 0 0 0.6em 0; color: #555555; font-size: 0.9em; }
div.body { white-space: pre-wrap; overflow-wrap: anywhere; }
p.files { margin: 0.6em 0 0 0; font-weight: bold; font-size: 0.9em; }
ul.files { margin: 0.2em 0 0 0; font-size: 0.9em; }
span.note { color: #666666; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  h2 { page-break-after: avoid; }
}
)";

QString htmlHead(const QString &title)
{
    return QLatin1String("<!DOCTYPE html>\n"
                         "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" "
                         "xml:lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
                         "<meta name=\"color-scheme\" content=\"light\" />\n<title>")
        + xmlEscaped(title) + QLatin1String("</title>\n<style>") + QLatin1String(htmlStyle)
        + QLatin1String("</style>\n</head>\n");
}

QString htmlFacts(const ThreadExport &thread, qsizetype count)
{
    QString out = QLatin1String("<table class=\"case\">\n");
    for (const auto &[label, value] : caseFacts(thread, count)) {
        out += QLatin1String("<tr><th>") + xmlEscaped(label)
            + QLatin1String("</th><td dir=\"auto\">") + xmlEscaped(value)
            + QLatin1String("</td></tr>\n");
    }
    return out + QLatin1String("</table>\n");
}

QString htmlAttachments(const Communication &c, const ThreadExport &thread)
{
    if (c.attachments.isEmpty())
        return {};

    QString out = QLatin1String("<p class=\"files\">")
        + xmlEscaped(ThreadRenderer::tr("Attachments:"))
        + QLatin1String("</p>\n<ul class=\"files\">\n");
    for (const AttachmentInfo &info : c.attachments) {
        const QString name = xmlEscaped(shownFileName(info.fileName));
        const QString saved = thread.savedAttachments.value(info.attachmentId);
        if (saved.isEmpty()) {
            out += QLatin1String("<li dir=\"auto\">") + name
                + QLatin1String(" <span class=\"note\">")
                + xmlEscaped(ThreadRenderer::tr("(not saved)")) + QLatin1String("</span></li>\n");
            continue;
        }
        // Percent-encoded, a ':' included, so the link stays a relative path.
        const QString target = QString::fromLatin1(QUrl::toPercentEncoding(saved, "/"));
        out += QLatin1String("<li dir=\"auto\"><a href=\"") + xmlEscaped(target)
            + QLatin1String("\">") + name + QLatin1String("</a></li>\n");
    }
    return out + QLatin1String("</ul>\n");
}

QString htmlMessage(const Communication &c, int number, const ThreadExport &thread)
{
    const QString side = c.isFromAws() ? QStringLiteral("aws") : QStringLiteral("customer");
    QString out = QStringLiteral("<div class=\"message %1\" id=\"m%2\">\n").arg(side).arg(number);
    out += QStringLiteral("<h2 dir=\"auto\">%1. %2</h2>\n")
               .arg(number)
               .arg(xmlEscaped(senderOf(c)));
    out += QLatin1String("<p class=\"when\">") + xmlEscaped(whenOf(c, thread.localTimeZone))
        + QLatin1String("</p>\n");
    out += QLatin1String("<div class=\"body\" dir=\"auto\">") + xmlEscaped(readableBody(c.body))
        + QLatin1String("</div>\n");
    return out + htmlAttachments(c, thread) + QLatin1String("</div>\n");
}

// --- mbox ------------------------------------------------------------------------------------

QByteArray messageId(const Communication &c, const QString &caseId, QSet<QByteArray> *taken)
{
    // Time and a digest of the content, not the position: a message keeps its id in an export
    // of another range of the same case.
    const QByteArray digest
        = QCryptographicHash::hash(
              (c.submittedBy + u'\n' + c.timeCreatedText + u'\n' + c.body).toUtf8(),
              QCryptographicHash::Sha1)
              .toHex()
              .left(12);
    // The case as a digest too: ids stay short enough for one header line.
    const QByteArray token
        = QCryptographicHash::hash(caseId.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    const QByteArray time = c.timeCreated.isValid()
        ? c.timeCreated.toUTC().toString(QStringLiteral("yyyyMMddTHHmmsszzz")).toLatin1()
        : QByteArray("notime");
    const QByteArray stem = time + '.' + digest + '.' + token;

    QByteArray id = stem;
    for (int n = 2; taken->contains(id); ++n)
        id = stem + '.' + QByteArray::number(n);
    taken->insert(id);
    return '<' + id + "@casebook.invalid>";
}

/// The first message and the nine before this one: enough for threading, bounded in size.
QByteArray references(const QList<QByteArray> &earlier)
{
    QList<QByteArray> kept;
    if (!earlier.isEmpty())
        kept.append(earlier.first());
    for (qsizetype i = qMax<qsizetype>(1, earlier.size() - 9); i < earlier.size(); ++i)
        kept.append(earlier.at(i));
    return kept.join("\n ");
}

struct MimePart
{
    QString fileName;
    QByteArray data;
};

QList<MimePart> readAttachments(const Communication &c, const ThreadExport &thread)
{
    QList<MimePart> parts;
    for (const AttachmentInfo &info : c.attachments) {
        const QString path = thread.attachmentFiles.value(info.attachmentId);
        if (path.isEmpty())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcExport) << "attachment" << info.attachmentId << "unreadable, left out";
            continue;
        }
        // The name a mail reader offers when saving: never a path, a device or a disguise.
        parts.append({SafeFileName::fromUntrusted(info.fileName), file.readAll()});
    }
    return parts;
}

QByteArray mimeBody(const Communication &c, const QList<MimePart> &parts, const QByteArray &seed)
{
    const QByteArray text = MailEncoding::quotedPrintable(c.body);
    const QByteArray textHeaders = "Content-Type: text/plain; charset=UTF-8\n"
                                   "Content-Transfer-Encoding: quoted-printable\n";
    if (parts.isEmpty())
        return textHeaders + '\n' + text;

    // "=_" never occurs in quoted-printable or base64, so the boundary cannot clash.
    const QByteArray boundary
        = "=_casebook_" + QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(24);
    QByteArray out = "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n"
        + "This is a message in several parts (MIME).\n\n--" + boundary + '\n' + textHeaders + '\n'
        + text;

    static const QMimeDatabase mimeTypes;
    for (const MimePart &part : parts) {
        const QString type
            = mimeTypes.mimeTypeForFile(part.fileName, QMimeDatabase::MatchExtension).name();
        out += "--" + boundary + "\nContent-Type: " + type.toLatin1()
            + "\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment;\n "
            + MailEncoding::fileNameParameter(part.fileName) + "\n\n"
            + MailEncoding::base64Lines(part.data);
    }
    return out + "--" + boundary + "--\n";
}

} // namespace

QByteArray ThreadRenderer::render(ExportFormat format, const ThreadExport &thread)
{
    switch (format) {
    case ExportFormat::Json:
        return toJson(thread);
    case ExportFormat::Markdown:
        return toMarkdown(thread);
    case ExportFormat::Html:
        return toHtml(thread);
    case ExportFormat::Text:
        return toText(thread);
    case ExportFormat::Mbox:
        return toMbox(thread);
    case ExportFormat::Pdf:
        break;
    }
    return {};
}

QByteArray ThreadRenderer::toJson(const ThreadExport &thread)
{
    QList<Communication> inRange;
    std::copy_if(thread.communications.cbegin(), thread.communications.cend(),
                 std::back_inserter(inRange),
                 [&thread](const Communication &c) { return thread.isInRange(c); });
    // Only the files of messages in range: the others are not in the file to be linked.
    QHash<QString, QString> saved;
    for (const Communication &c : inRange) {
        for (const AttachmentInfo &info : c.attachments) {
            if (thread.savedAttachments.contains(info.attachmentId))
                saved.insert(info.attachmentId, thread.savedAttachments.value(info.attachmentId));
        }
    }
    return JsonExporter::toJson(inRange, thread.hasCase ? &thread.supportCase : nullptr, saved);
}

QByteArray ThreadRenderer::toMarkdown(const ThreadExport &thread)
{
    const QList<Communication> messages = thread.oldestFirst();
    QString out = QLatin1String("# ") + markdownInline(subjectOf(thread)) + QLatin1String("\n\n");
    for (const auto &[label, value] : caseFacts(thread, messages.size()))
        out += QStringLiteral("- **%1:** %2\n").arg(markdownInline(label), markdownInline(value));

    int number = 0;
    for (const Communication &c : messages) {
        out += QStringLiteral("\n---\n\n## %1. %2\n\n")
                   .arg(++number)
                   .arg(markdownInline(senderOf(c)));
        out += QLatin1Char('*') + markdownInline(whenOf(c, thread.localTimeZone))
            + QLatin1String("*\n\n");
        out += markdownBody(c.body) + markdownAttachments(c, thread);
    }
    return out.toUtf8();
}

QByteArray ThreadRenderer::toHtml(const ThreadExport &thread)
{
    const QList<Communication> messages = thread.oldestFirst();
    const QString subject = subjectOf(thread);
    QString out = htmlHead(subject) + QLatin1String("<body>\n<h1 dir=\"auto\">")
        + xmlEscaped(subject) + QLatin1String("</h1>\n") + htmlFacts(thread, messages.size());

    int number = 0;
    for (const Communication &c : messages)
        out += htmlMessage(c, ++number, thread);
    return (out + QLatin1String("</body>\n</html>\n")).toUtf8();
}

QByteArray ThreadRenderer::toText(const ThreadExport &thread)
{
    const QList<Communication> messages = thread.oldestFirst();
    const QString subject = subjectOf(thread);
    QString out = subject + u'\n' + QString(qMax(3, int(subject.size())), u'=') + u'\n';
    for (const auto &[label, value] : caseFacts(thread, messages.size()))
        out += label + QLatin1String(": ") + value + u'\n';

    int number = 0;
    for (const Communication &c : messages) {
        out += u'\n' + QString(72, u'-') + u'\n';
        out += QStringLiteral("[%1] %2\n").arg(++number).arg(senderOf(c));
        out += QLatin1String("    ") + whenOf(c, thread.localTimeZone) + u'\n';
        QStringList names;
        for (const AttachmentInfo &info : c.attachments)
            names.append(shownFileName(info.fileName));
        if (!names.isEmpty())
            out += QLatin1String("    ")
                + tr("Attachments: %1").arg(names.join(QLatin1String(", "))) + u'\n';
        out += u'\n' + readableBody(c.body) + u'\n';
    }
    return out.toUtf8();
}

QByteArray ThreadRenderer::toMbox(const ThreadExport &thread)
{
    const QString caseId = caseIdOf(thread);
    const QString subject = subjectOf(thread);
    QList<QByteArray> earlier;
    QSet<QByteArray> taken;
    QByteArray out;

    for (const Communication &c : thread.oldestFirst()) {
        const bool aws = c.isFromAws();
        const QByteArray id = messageId(c, caseId, &taken);
        const QString title = earlier.isEmpty() ? subject : QLatin1String("Re: ") + subject;

        QByteArray message = "From: " + MailEncoding::mailbox(c.submittedBy, aws, 6) + '\n'
            + "Date: " + MailEncoding::date(c.timeCreated) + '\n'
            + "Subject: " + MailEncoding::headerText(title, 9) + '\n' + "Message-ID: " + id + '\n';
        if (!earlier.isEmpty()) {
            message += "In-Reply-To: " + earlier.last() + '\n';
            message += "References: " + references(earlier) + '\n';
        }
        message += "X-Casebook-Case-Id: " + MailEncoding::headerText(caseId, 20) + '\n'
            + "MIME-Version: 1.0\n" + mimeBody(c, readAttachments(c, thread), id);

        out += "From " + MailEncoding::address(c.submittedBy, aws) + ' '
            + MailEncoding::asctime(c.timeCreated) + '\n' + MailEncoding::quoteFromLines(message)
            + '\n';
        earlier.append(id);
    }
    return out;
}
