#pragma once

#include "SupportError.h"
#include "ThreadExport.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

class AttachmentDownloader;
class SupportClient;

/// Exports one case's thread in one format: fetches the thread (and the case, for the formats
/// that show it or a default file name), saves attachments when asked, renders, and writes the
/// file atomically. Ends in written(), rendered(), requestFailed() or writeFailed().
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

    /// "<file name without its suffix>_attachments", the folder beside \a exportPath.
    static QString attachmentFolder(const QString &exportPath);

Q_SIGNALS:
    void written(const QString &path);
    /// The rendering, when the output is "-": the caller writes it where it belongs.
    void rendered(const QByteArray &content);
    void requestFailed(const SupportError &error);
    void writeFailed(const QString &reason);
    /// One attachment could not be saved; the export goes on and lists it as not saved.
    void attachmentFailed(const QString &fileName, const QString &reason);

private:
    void onThreadLoaded(const QList<Communication> &communications);
    void onCaseKnown();
    void downloadAttachments();
    void saveAttachment(const QString &attachmentId, const QByteArray &data);
    void recordAttachment(const QString &attachmentId, const QString &path);
    void attachmentDone(const QString &attachmentId);
    void writeExport();
    QByteArray render() const;

    SupportClient *m_client;
    Options m_options;
    ThreadExport m_thread;
    QString m_path;
    QString m_folder;
    QHash<QString, QString> m_pendingNames; ///< attachment id -> its file name
    AttachmentDownloader *m_downloader = nullptr;
};
