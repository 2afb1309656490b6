#pragma once

#include "Communication.h"
#include "SupportCase.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

/// The file formats a thread can be exported to.
enum class ExportFormat { Json, Markdown, Html, Text, Pdf, Mbox };

/// Everything an export of one case's thread is made from, whatever the format.
struct ThreadExport
{
    SupportCase supportCase;  ///< may be empty when only the communications are known
    bool hasCase = false;     ///< whether supportCase was filled in
    QList<Communication> communications;  ///< service order: newest first
    QDateTime after;          ///< the date range exported; invalid: unbounded
    QDateTime before;
    QDateTime exportedAt;

    /// Attachments saved beside the export: attachment id -> path relative to the export file.
    QHash<QString, QString> savedAttachments;

    /// Attachments whose bytes are on disk: attachment id -> local file path (absolute, or
    /// relative to the current folder). Read when an mbox is rendered, to attach the files.
    QHash<QString, QString> attachmentFiles;

    /// The zone "local time" is shown in, beside UTC.
    QTimeZone localTimeZone = QTimeZone::systemTimeZone();

    /// Whether \a communication falls inside [after, before); one without a readable time does.
    bool isInRange(const Communication &communication) const;

    /// The communications inside the range, oldest first: the order every document reads in.
    QList<Communication> oldestFirst() const;
};

namespace ExportFormats {

/// "json", "md", "html", "txt", "pdf", "mbox": the names the command line accepts.
QStringList names();
std::optional<ExportFormat> fromName(const QString &name);
QString name(ExportFormat format);

/// The file name suffix, without the dot.
QString suffix(ExportFormat format);

/// A file name (without folder) for a case's export: display id and subject, made safe.
QString defaultFileName(const SupportCase &supportCase, ExportFormat format);

} // namespace ExportFormats

/// Renders a thread in every format that needs no GUI library (all but PDF, which ui/ writes).
///
/// Every format shows the communications inside the thread's range; JSON keeps the service's
/// order (newest first) so that it reads back like DescribeCommunications, the documents meant
/// for people read oldest first. Bodies are plain text in all of them: nothing in a body can
/// add markup, run a script, load a resource or start a new message.
class ThreadRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ThreadRenderer)

public:
    /// The rendering of \a format, or nothing for Pdf (see PdfExporter).
    static QByteArray render(ExportFormat format, const ThreadExport &thread);

    static QByteArray toJson(const ThreadExport &thread);
    static QByteArray toMarkdown(const ThreadExport &thread);
    static QByteArray toHtml(const ThreadExport &thread);
    static QByteArray toText(const ThreadExport &thread);
    static QByteArray toMbox(const ThreadExport &thread);
};
