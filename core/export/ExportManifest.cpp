#include "ExportManifest.h"

#include "ExportFile.h"
#include "Logging.h"
#include "SupportJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A folder of many thousand cases keeps a manifest of a few MiB; anything far larger was not
// written by Casebook.
constexpr qint64 maxManifestSize = 32 * 1024 * 1024;

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(SupportJson::formatTime(time)) : QJsonValue();
}

QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? SupportJson::parseTime(value.toString()) : QDateTime();
}

QJsonObject toJson(const ExportManifest::Entry &entry)
{
    return {{QStringLiteral("caseId"), entry.caseId},
            {QStringLiteral("format"), entry.format},
            {QStringLiteral("after"), timeValue(entry.after)},
            {QStringLiteral("before"), timeValue(entry.before)},
            {QStringLiteral("messages"), entry.messages},
            {QStringLiteral("newest"), timeValue(entry.newest)},
            {QStringLiteral("attachments"), entry.attachments},
            {QStringLiteral("sha256"), QString::fromLatin1(entry.sha256)}};
}

ExportManifest::Entry entryOf(const QJsonObject &json)
{
    ExportManifest::Entry entry;
    entry.caseId = json.value(QLatin1String("caseId")).toString();
    entry.format = json.value(QLatin1String("format")).toString();
    entry.after = timeOf(json.value(QLatin1String("after")));
    entry.before = timeOf(json.value(QLatin1String("before")));
    entry.messages = json.value(QLatin1String("messages")).toInt(-1);
    entry.newest = timeOf(json.value(QLatin1String("newest")));
    entry.attachments = json.value(QLatin1String("attachments")).toBool();
    entry.sha256 = json.value(QLatin1String("sha256")).toString().toLatin1();
    return entry;
}

} // namespace

bool ExportManifest::Entry::describesSameExport(const Entry &other) const
{
    return caseId == other.caseId && format == other.format && after == other.after
        && before == other.before;
}

QString ExportManifest::fileName()
{
    return QStringLiteral(".casebook-export.json");
}

ExportManifest ExportManifest::read(const QString &folder)
{
    ExportManifest manifest;
    manifest.m_folder = folder;
    QFile file(QDir(folder).filePath(fileName()));
    if (!file.exists() || file.size() > maxManifestSize || !file.open(QIODevice::ReadOnly))
        return manifest;

    const QJsonObject files
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.value().isObject())
            manifest.m_entries.insert(it.key(), entryOf(it.value().toObject()));
    }
    qCDebug(lcExport) << "manifest lists" << manifest.m_entries.size() << "files";
    return manifest;
}

bool ExportManifest::write(QString *errorMessage) const
{
    QJsonObject files;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it)
        files.insert(it.key(), toJson(it.value()));
    const QJsonObject root {{QStringLiteral("version"), 1}, {QStringLiteral("files"), files}};

    const QByteArray content = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return ExportFile::write(QDir(m_folder).filePath(fileName()), content,
                             ExportFile::Overwrite::Replace, errorMessage)
        == ExportFile::Result::Written;
}

const ExportManifest::Entry *ExportManifest::entry(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

void ExportManifest::setEntry(const QString &name, const Entry &entry)
{
    m_entries.insert(name, entry);
}

ExportManifest::Entry ExportManifest::describe(const ThreadExport &thread, ExportFormat format,
                                               const QString &caseId)
{
    Entry entry;
    entry.caseId = caseId;
    entry.format = ExportFormats::name(format);
    entry.after = thread.after;
    entry.before = thread.before;
    for (const Communication &c : thread.communications) {
        if (!thread.isInRange(c))
            continue;
        ++entry.messages;
        if (c.timeCreated.isValid() && (!entry.newest.isValid() || c.timeCreated > entry.newest))
            entry.newest = c.timeCreated;
    }
    return entry;
}

QByteArray ExportManifest::hash(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QByteArray ExportManifest::hashOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}
