#pragma once

#include "ThreadExport.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

/// A thread made to break exporters: markup, scripts, entities, CRLF, CR, tabs, terminal
/// escapes and other controls, attachment names that are paths or disguised, Japanese,
/// right-to-left text, emoji, a body of the service's maximum length, code fences and mbox
/// separator lines. Times and the local zone are fixed, so renderings can be compared to files.
namespace HostileThread {

inline const QString caseId = QStringLiteral("case-111122223333-muen-2026-0badc0de0badc0de");

inline QString longBody()
{
    // 8000 characters, the most the service accepts: numbered lines of 79 characters + LF.
    QString body;
    for (int line = 0; body.size() < 8000; ++line)
        body
            += QStringLiteral("Line %1 ").arg(line, 4, 10, QLatin1Char('0')).leftJustified(79, u'.')
            + u'\n';
    body.truncate(7999);
    return body + u'!';
}

inline QList<QString> bodies()
{
    return {
        QStringLiteral("Hello **team**, see _this_ and # not a heading\n"
                       "<script>alert('x')</script>\n"
                       "<img src=\"http://example.invalid/x.png\" onerror=\"alert(1)\">\n"
                       "Tom & Jerry: 1 < 2 > 0, &amp; stays &amp;, [link](javascript:alert(1))\n"
                       "<!-- comment --> ]]> <![CDATA[ x ]]>"),
        QStringLiteral("Windows lines\r\n\tindented with a tab\r\ntrailing space \r\n\r\nend\r"
                       "old Mac line\rterminal \x1b[31mred\x1b[0m, bell \a, delete \x7f, ")
            + QChar(0) + QStringLiteral(" after a NUL, \u009b C1"),
        QStringLiteral("日本語のテキストです。障害は解決しました。\n"
                       "مرحبا بالعالم، هذا نص من اليمين إلى اليسار\n"
                       "שלום עולם\n"
                       "Emoji: 😀 🎉 👩‍👩‍👧 🇯🇵\n"
                       "mixed \u202Egnirts desrever\u202C end"),
        longBody(),
        QStringLiteral("```\nnot the end of the fence\n````\n~~~\nFrom the start of a line\n"
                       ">From a quoted line\n>>From twice\nFrom \n.\n--=_casebook_x\n"
                       "= sign =3D and a very long line ")
            + QString(120, u'x') + QStringLiteral(" ends here"),
    };
}

inline Communication message(int index, const QString &body, const QString &sender)
{
    Communication c;
    c.caseId = caseId;
    c.body = body;
    c.submittedBy = sender;
    c.timeCreated = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC).addSecs(index * 5400);
    c.timeCreatedText = c.timeCreated.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return c;
}

/// The thread in service order (newest first), with the case and attachments on the first
/// and last messages; savedAttachments names one of them.
inline ThreadExport thread()
{
    const QStringList senders = {
        QStringLiteral("Jürgen Müller <jurgen.muller@example.com>"),
        QStringLiteral("Amazon Web Services"),
        QStringLiteral("\"O'Brien, \\\"Ops\\\"\" <ops@example.com>"),
        QStringLiteral("Mallory\r\nBcc: victim@example.com <mallory@example.com>"),
        QStringLiteral("<b onmouseover=alert(1)>not an address</b>"),
    };
    ThreadExport result;
    const QList<QString> texts = bodies();
    for (int i = 0; i < texts.size(); ++i)
        result.communications.prepend(message(i, texts.at(i), senders.at(i)));

    result.communications.last().attachments
        = {{QStringLiteral("attachment-one"), QStringLiteral("<b>report</b> & \"notes\".txt")},
           {QStringLiteral("attachment-two"), QStringLiteral("ログ (1).log")}};
    result.communications.first().attachments
        = {{QStringLiteral("attachment-three"), QStringLiteral("never-downloaded.bin")},
           {QStringLiteral("attachment-four"), QStringLiteral("../../../etc/passwd")},
           {QStringLiteral("attachment-five"), QStringLiteral("..")},
           {QStringLiteral("attachment-six"), QStringLiteral("con.txt\u202Etxt.exe")}};

    result.hasCase = true;
    SupportCase &c = result.supportCase;
    c.caseId = caseId;
    c.displayId = QStringLiteral("17299050999");
    c.subject = QStringLiteral("Outage <script>alert(\"s\")</script> & 障害 ``` שלום");
    c.status = QStringLiteral("opened");
    c.severityCode = QStringLiteral("urgent");
    c.timeCreated = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    c.timeCreatedText = QStringLiteral("2026-03-01T09:00:00.000Z");

    result.exportedAt = QDateTime(QDate(2026, 12, 4), QTime(18, 0), Qt::UTC);
    result.localTimeZone = QTimeZone("Europe/Berlin");
    result.savedAttachments.insert(QStringLiteral("attachment-one"),
                                   QStringLiteral("17299050999 Outage_attachments/report (1).txt"));
    return result;
}

/// Writes the bytes of the first message's attachments into \a dir and lists them in
/// \a thread's attachmentFiles, as an export with --attachments does.
inline void addAttachmentFiles(ThreadExport *thread, const QDir &dir)
{
    const QList<std::pair<QString, QByteArray>> files
        = {{QStringLiteral("attachment-one"), QByteArray("From the log:\r\n<b>bold</b>\n")},
           {QStringLiteral("attachment-two"), QByteArray("\x00\x01\xff binary", 10)}};
    for (const auto &[id, data] : files) {
        QFile file(dir.filePath(id));
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
        thread->attachmentFiles.insert(id, file.fileName());
    }
}

} // namespace HostileThread
