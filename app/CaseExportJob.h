#pragma once

#include "SupportError.h"
#include "ThreadExport.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

class SupportClient;

/// Exports one case's thread in one format: fetches the thread (and the case, for the formats
/// that show it or a default file name), then hands it to ExportJob, which saves attachments
/// when asked, renders, and writes the file atomically, as for many cases. Ends in written(),
/// rendered(), requestFailed() or writeFailed().
class CaseExportJob : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString caseId;
        QDateTime after;
        QDateTime before;
        ExportFormat format = ExportFormat::Json;
        QString output; ///< a file, "-" for rendered(), or empty for the default name
        QString outputDir; ///< where the default name goes; empty: the current folder
        bool downloadAttachments = false;
        bool force = false;
    };

    CaseExportJob(SupportClient *client, const Options &options, QObject *parent = nullptr);
    ~CaseExportJob() override;

    /// Starts through the event loop, so that a caller can connect first.
    void start();

    /// The file written to; known once the case is, empty for standard output.
    QString outputPath() const { return m_path; }

Q_SIGNALS:
    void written(const QString &path);
    /// The rendering, when the output is "-": the caller writes it where it belongs.
    void rendered(const QByteArray &content);
    void requestFailed(const SupportError &error);
    void writeFailed(const QString &reason);
    /// One attachment could not be saved (\a problem names it and says why); the export goes
    /// on and lists it as not saved.
    void attachmentFailed(const QString &problem);

private:
    void onThreadLoaded(const QList<Communication> &communications);
    void onCaseKnown();
    void writeExport();
    ThreadExport exported() const;

    SupportClient *m_client;
    Options m_options;
    ThreadExport m_thread;
    QString m_path;
};
