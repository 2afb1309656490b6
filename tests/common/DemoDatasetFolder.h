#pragma once

// The demo dataset written out as a folder, optionally without the long case's newest
// messages, so that a test can make the service gain messages between two requests.

#include "DemoSandbox.h"

#include <algorithm>

namespace DemoDatasetFolder {

inline QString caseIdOf(const QJsonObject &file)
{
    return file.value(QLatin1String("case")).toObject().value(QLatin1String("caseId")).toString();
}

/// Writes the demo's case files to \a directory/cases, leaving out the long case's newest
/// \a omit messages.
inline bool write(const QString &directory, int omit)
{
    if (!QDir(directory).mkpath(QStringLiteral("cases")))
        return false;
    int n = 0;
    for (QJsonObject file : DemoSandbox::caseFiles()) {
        if (caseIdOf(file) == DemoSandbox::longCaseId) {
            QJsonArray messages = file.value(QLatin1String("communications")).toArray();
            QList<QJsonValue> sorted(messages.begin(), messages.end());
            std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
                return SupportJson::parseTime(a[QLatin1String("timeCreated")].toString())
                    > SupportJson::parseTime(b[QLatin1String("timeCreated")].toString());
            });
            QJsonArray kept;
            for (qsizetype i = omit; i < sorted.size(); ++i)
                kept.append(sorted.at(i));
            file.insert(QLatin1String("communications"), kept);
        }
        QFile out(QStringLiteral("%1/cases/%2.json").arg(directory).arg(++n));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(file).toJson()) < 0)
            return false;
    }
    return true;
}

} // namespace DemoDatasetFolder
