#include "ThreadExport.h"

#include "JsonExporter.h"
#include "SafeFileName.h"

namespace {

struct FormatName
{
    ExportFormat format;
    const char *name;
    const char *suffix;
};

constexpr FormatName formatNames[] = {
    {ExportFormat::Json, "json", "json"}, {ExportFormat::Markdown, "md", "md"},
    {ExportFormat::Html, "html", "html"}, {ExportFormat::Text, "txt", "txt"},
    {ExportFormat::Pdf, "pdf", "pdf"},    {ExportFormat::Mbox, "mbox", "mbox"},
};

} // namespace

namespace ExportFormats {

QStringList names()
{
    QStringList result;
    for (const FormatName &entry : formatNames)
        result.append(QLatin1String(entry.name));
    return result;
}

std::optional<ExportFormat> fromName(const QString &name)
{
    for (const FormatName &entry : formatNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

QString name(ExportFormat format)
{
    for (const FormatName &entry : formatNames) {
        if (entry.format == format)
            return QLatin1String(entry.name);
    }
    return {};
}

QString suffix(ExportFormat format)
{
    for (const FormatName &entry : formatNames) {
        if (entry.format == format)
            return QLatin1String(entry.suffix);
    }
    return {};
}

QString defaultFileName(const SupportCase &supportCase, ExportFormat format)
{
    QString stem = supportCase.displayId;
    if (!supportCase.subject.isEmpty())
        stem += (stem.isEmpty() ? QString() : QStringLiteral(" ")) + supportCase.subject;
    if (stem.isEmpty())
        stem = supportCase.caseId;

    return SafeFileName::fromUntrusted(stem + QLatin1Char('.') + suffix(format));
}

} // namespace ExportFormats

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
    return JsonExporter::toJson(thread.communications,
                                thread.hasCase ? &thread.supportCase : nullptr);
}

// Not yet written: the other text formats.
QByteArray ThreadRenderer::toMarkdown(const ThreadExport &)
{
    return {};
}
QByteArray ThreadRenderer::toHtml(const ThreadExport &)
{
    return {};
}
QByteArray ThreadRenderer::toText(const ThreadExport &)
{
    return {};
}
QByteArray ThreadRenderer::toMbox(const ThreadExport &)
{
    return {};
}
