#include "SandboxDataset.h"

#include "Logging.h"
#include "SupportJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

// The service model allows message bodies of 1 to 8000 characters.
constexpr qsizetype maxBodyLength = 8000;

void setMessage(QString *errorMessage, const QString &text)
{
    if (errorMessage)
        *errorMessage = text;
}

bool newerCommunication(const Communication &a, const Communication &b)
{
    return a.timeCreated > b.timeCreated;
}

// Ties are broken by id so that two cases opened in the same second keep a stable order.
bool newerCase(const SandboxCase &a, const SandboxCase &b)
{
    if (a.details.timeCreated != b.details.timeCreated)
        return a.details.timeCreated > b.details.timeCreated;
    return a.details.caseId < b.details.caseId;
}

} // namespace

bool SandboxDataset::loadDirectory(const QString &directory, QString *errorMessage)
{
    const QDir casesDir(QDir(directory).filePath(QStringLiteral("cases")));
    if (!casesDir.exists()) {
        setMessage(errorMessage,
                   tr("%1 has no \"cases\" folder").arg(QDir::toNativeSeparators(directory)));
        return false;
    }

    QStringList paths;
    const QStringList names
        = casesDir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString &name : names)
        paths.append(casesDir.filePath(name));
    return loadFiles(paths, errorMessage);
}

bool SandboxDataset::loadDemo(QString *errorMessage)
{
    SandboxDataset demo;
    if (!demo.loadDirectory(demoDirectory(), errorMessage))
        return false;

    // An empty demo means the resources were not linked in: a build problem, not a choice.
    if (demo.isEmpty()) {
        setMessage(errorMessage, tr("This build of Casebook contains no demo cases"));
        return false;
    }
    *this = std::move(demo);
    return true;
}

bool SandboxDataset::loadFiles(const QStringList &filePaths, QString *errorMessage)
{
    QList<SandboxCase> cases;
    QHash<QString, SandboxAttachment> attachments;
    QHash<QString, qsizetype> caseIndex;

    for (const QString &path : filePaths) {
        QString reason;
        if (!readCaseFile(path, &cases, &attachments, &reason)) {
            setMessage(errorMessage, QDir::toNativeSeparators(path) + QLatin1String(": ") + reason);
            return false;
        }
    }

    std::stable_sort(cases.begin(), cases.end(), newerCase);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const SandboxCase &supportCase = cases.at(i);
        if (caseIndex.contains(supportCase.details.caseId)) {
            setMessage(errorMessage,
                       tr("%1: case %2 is also defined in another file")
                           .arg(QDir::toNativeSeparators(supportCase.fileName),
                                supportCase.details.caseId));
            return false;
        }
        caseIndex.insert(supportCase.details.caseId, i);
    }

    m_cases = std::move(cases);
    m_caseIndex = std::move(caseIndex);
    m_attachments = std::move(attachments);
    qCDebug(lcSandbox) << "Loaded" << m_cases.size() << "cases with" << communicationCount()
                       << "communications and" << m_attachments.size() << "attachments";
    return true;
}

const SandboxCase *SandboxDataset::findCase(const QString &caseId) const
{
    const auto it = m_caseIndex.constFind(caseId);
    return it == m_caseIndex.cend() ? nullptr : &m_cases.at(it.value());
}

const SandboxAttachment *SandboxDataset::findAttachment(const QString &attachmentId) const
{
    const auto it = m_attachments.constFind(attachmentId);
    return it == m_attachments.cend() ? nullptr : &it.value();
}

qsizetype SandboxDataset::communicationCount() const
{
    qsizetype count = 0;
    for (const SandboxCase &supportCase : m_cases)
        count += supportCase.communications.size();
    return count;
}

namespace {

// Far more than any case file needs; a link to /dev/zero or a runaway file stops here.
constexpr qint64 maxCaseFileBytes = 256 * 1024 * 1024;

bool readJsonObject(const QString &path, QJsonObject *out, QString *reason)
{
    const QFileInfo info(path);
    if (!path.startsWith(u':') && !info.isFile()) {
        *reason = SandboxDataset::tr("is not a regular file");
        return false;
    }
    if (info.size() > maxCaseFileBytes) {
        *reason = SandboxDataset::tr("is larger than %1 MiB").arg(maxCaseFileBytes >> 20);
        return false;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = SandboxDataset::tr("cannot be read (%1)").arg(file.errorString());
        return false;
    }

    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(file.read(maxCaseFileBytes + 1), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *reason = SandboxDataset::tr("is not valid JSON (%1 at byte %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *reason = SandboxDataset::tr("does not hold a JSON object");
        return false;
    }
    *out = document.object();
    return true;
}

// A misspelt key would otherwise drop a whole part of the case without a word.
bool checkTopLevelKeys(const QJsonObject &json, QString *reason)
{
    static const QSet<QString> known {QStringLiteral("case"), QStringLiteral("communications"),
                                      QStringLiteral("attachments")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *reason = SandboxDataset::tr("unknown key \"%1\" (expected \"case\", "
                                         "\"communications\" and \"attachments\")")
                          .arg(it.key());
            return false;
        }
    }
    if (!json.value(QLatin1String("case")).isObject()) {
        *reason = SandboxDataset::tr("\"case\" is missing or not an object");
        return false;
    }
    return true;
}

bool readList(const QJsonObject &json, QLatin1String key, QJsonArray *out, QString *reason)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *reason = SandboxDataset::tr("\"%1\" is not a list").arg(key);
        return false;
    }
    *out = value.toArray();
    return true;
}

bool readCaseDetails(const QJsonObject &json, SupportCase *out, QString *reason)
{
    QString error;
    if (!SupportJson::readCase(json, out, &error)) {
        *reason = SandboxDataset::tr("case: %1").arg(error);
        return false;
    }
    if (out->caseId.isEmpty()) {
        *reason = SandboxDataset::tr("case: \"caseId\" is empty");
        return false;
    }
    if (!out->timeCreated.isValid()) {
        *reason = SandboxDataset::tr("case: \"timeCreated\" is missing or unreadable");
        return false;
    }
    out->recentCommunications = {};
    return true;
}

bool readAttachments(const QJsonArray &list, QHash<QString, SandboxAttachment> *out,
                     QString *reason)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject json = list.at(i).toObject();
        const QString id = json.value(QLatin1String("attachmentId")).toString();
        const QJsonValue data = json.value(QLatin1String("data"));
        const auto decoded = QByteArray::fromBase64Encoding(
            data.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);

        QString problem;
        if (!list.at(i).isObject() || id.isEmpty())
            problem = SandboxDataset::tr("has no \"attachmentId\"");
        else if (!json.value(QLatin1String("fileName")).isString())
            problem = SandboxDataset::tr("has no \"fileName\"");
        else if (!data.isString() || !decoded)
            problem = SandboxDataset::tr("has no \"data\" in base64");
        else if (out->contains(id))
            problem = SandboxDataset::tr("reuses the id %1").arg(id);

        if (!problem.isEmpty()) {
            *reason = SandboxDataset::tr("attachment %1 %2").arg(i + 1).arg(problem);
            return false;
        }
        out->insert(id, {id, json.value(QLatin1String("fileName")).toString(), *decoded});
    }
    return true;
}

QString checkCommunication(const Communication &communication, const QString &caseId,
                           const QHash<QString, SandboxAttachment> &attachments)
{
    if (communication.caseId != caseId)
        return SandboxDataset::tr("belongs to case %1").arg(communication.caseId);
    if (!communication.timeCreated.isValid())
        return SandboxDataset::tr("has no readable \"timeCreated\"");
    if (communication.body.isEmpty() || communication.body.size() > maxBodyLength)
        return SandboxDataset::tr("has a body of %1 characters (1 to %2 allowed)")
            .arg(communication.body.size())
            .arg(maxBodyLength);

    for (const AttachmentInfo &info : communication.attachments) {
        const auto it = attachments.constFind(info.attachmentId);
        if (it == attachments.cend())
            return SandboxDataset::tr("lists attachment %1, which the file does not contain")
                .arg(info.attachmentId);
        if (it->fileName != info.fileName)
            return SandboxDataset::tr("calls attachment %1 \"%2\", the file calls it \"%3\"")
                .arg(info.attachmentId, info.fileName, it->fileName);
    }
    return {};
}

bool readCommunications(const QJsonArray &list, const QString &caseId,
                        const QHash<QString, SandboxAttachment> &attachments,
                        QList<Communication> *out, QString *reason)
{
    out->reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        Communication communication;
        QString problem;
        if (!list.at(i).isObject())
            problem = SandboxDataset::tr("is not an object");
        else if (!SupportJson::readCommunication(list.at(i).toObject(), &communication, &problem))
            problem = SandboxDataset::tr("is unreadable: %1").arg(problem);

        if (problem.isEmpty()) {
            if (communication.caseId.isEmpty())
                communication.caseId = caseId;
            problem = checkCommunication(communication, caseId, attachments);
        }
        if (!problem.isEmpty()) {
            *reason = SandboxDataset::tr("communication %1 %2").arg(i + 1).arg(problem);
            return false;
        }
        out->append(std::move(communication));
    }

    // Sorted once here so that every request can slice the list without sorting.
    std::stable_sort(out->begin(), out->end(), newerCommunication);
    return true;
}

} // namespace

bool SandboxDataset::readCaseFile(const QString &path, QList<SandboxCase> *cases,
                                  QHash<QString, SandboxAttachment> *attachments,
                                  QString *reason) const
{
    QJsonObject json;
    QJsonArray communicationList;
    QJsonArray attachmentList;
    if (!readJsonObject(path, &json, reason) || !checkTopLevelKeys(json, reason)
        || !readList(json, QLatin1String("communications"), &communicationList, reason)
        || !readList(json, QLatin1String("attachments"), &attachmentList, reason))
        return false;

    SandboxCase supportCase;
    supportCase.fileName = path;
    QHash<QString, SandboxAttachment> fileAttachments;
    if (!readCaseDetails(json.value(QLatin1String("case")).toObject(), &supportCase.details, reason)
        || !readAttachments(attachmentList, &fileAttachments, reason)
        || !readCommunications(communicationList, supportCase.details.caseId, fileAttachments,
                               &supportCase.communications, reason))
        return false;

    for (auto it = fileAttachments.cbegin(); it != fileAttachments.cend(); ++it) {
        if (attachments->contains(it.key())) {
            *reason = tr("attachment id %1 is also used by another file").arg(it.key());
            return false;
        }
        attachments->insert(it.key(), it.value());
    }
    cases->append(std::move(supportCase));
    return true;
}
