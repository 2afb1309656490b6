#pragma once

#include "Communication.h"
#include "SupportCase.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

/// Writes a thread as `{"communications": [...]}`, the shape DescribeCommunications returns,
/// so that an export can be read back by Casebook or by any tool that reads the API's output.
class JsonExporter
{
public:
    /// \a communications in service order (newest first); \a supportCase is added as "case"
    /// when given. \a savedAttachments (attachment id -> path relative to the file), when not
    /// empty, is added as "savedAttachments": Casebook's own member, which other readers of
    /// the service's shape pass over.
    static QByteArray toJson(const QList<Communication> &communications,
                             const SupportCase *supportCase = nullptr,
                             const QHash<QString, QString> &savedAttachments = {});

    /// Writes atomically through QSaveFile: a failure leaves any previous file untouched.
    static bool writeFile(const QString &path, const QByteArray &content, QString *errorMessage);
};
