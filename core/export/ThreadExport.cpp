#include "ThreadExport.h"

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

bool ThreadExport::isInRange(const Communication &communication) const
{
    const QDateTime &time = communication.timeCreated;
    if (!time.isValid())
        return true;
    return (!after.isValid() || time >= after) && (!before.isValid() || time < before);
}

QList<Communication> ThreadExport::oldestFirst() const
{
    // The service sends newest first; reversing keeps its order among equal times.
    QList<Communication> result;
    result.reserve(communications.size());
    for (auto it = communications.crbegin(); it != communications.crend(); ++it) {
        if (isInRange(*it))
            result.append(*it);
    }
    return result;
}
