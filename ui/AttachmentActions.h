#pragma once

#include "Attachment.h"
#include "AttachmentDownloader.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMainWindow;
class QModelIndex;
class QPoint;
class QProgressBar;
class QTemporaryDir;
class QToolButton;
class QUrl;
class QWidget;

class CommunicationModel;
class CommunicationsReply;
class ConversationView;
class SupportClient;

/// What the reader can do with the files attached to a case: open one, save one, or save all
/// of a message or of the whole case into a folder.
///
/// File names from the service are made safe with SafeFileName before anything is written.
/// Opening writes the file into a private temporary folder and hands it to the desktop, never
/// for files that would run (programs, scripts, shortcuts, installers): those can only be
/// saved. Saving all never replaces a file: a name already taken gets " (2)" and so on.
class AttachmentActions : public QObject
{
    Q_OBJECT

public:
    /// Connects to \a view's attachment signals and keeps its attachment states current;
    /// \a messages names the case that "Save All Attachments of This Case" saves; dialogs and
    /// status messages go to \a window, which owns this object.
    AttachmentActions(SupportClient *client, CommunicationModel *messages, ConversationView *view,
                      QMainWindow *window);
    ~AttachmentActions() override;

    AttachmentDownloader *downloader() const { return m_downloader; }

    /// File > "Save All Attachments of This Case…", enabled while a case is shown.
    QAction *saveAllOfCaseAction() const { return m_saveAllOfCaseAction; }

    /// The files attached to the communication at \a index of the view's model.
    static QList<AttachmentInfo> attachmentsAt(const QModelIndex &index);

    /// Downloads the file and opens it with the desktop's viewer, unless it would run.
    void open(const AttachmentInfo &attachment);
    /// Asks where to save the file (the dialog confirms replacing one), then saves it.
    void saveAs(const AttachmentInfo &attachment);
    /// Asks for a folder, then saves every file in \a attachments into it.
    void saveAll(const QList<AttachmentInfo> &attachments);
    /// Asks for a folder, then saves every file attached to the case shown.
    void saveAllOfCase();

    /// Saves the file as \a path, replacing what is there: the caller has asked.
    void saveTo(const AttachmentInfo &attachment, const QString &path);
    /// Saves each file into \a folder under a safe name no file there has yet.
    void saveAllTo(const QList<AttachmentInfo> &attachments, const QString &folder);
    /// Lists every communication of the case shown, then saves all their files into \a folder.
    void saveAllOfCaseTo(const QString &folder);
    void cancelSaveAll();
    bool isSavingAll() const;

    /// True for files that run rather than show: programs, scripts, shortcuts, installers,
    /// judged by the name's extension, its MIME type, and the content when there is some.
    static bool isExecutable(const QString &fileName, const QByteArray &data = {});

    /// The folder save dialogs open in, until the reader picks another one.
    void setDownloadFolder(const QString &folder) { m_lastFolder = folder; }

    /// Copies already on disk, saved beside an export that was opened: attachment id -> path.
    /// Opening one of these opens the copy and asks the service for nothing.
    void setSavedFiles(const QHash<QString, QString> &files) { m_savedFiles = files; }

    /// Replaces QDesktopServices::openUrl(), so that tests open nothing.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);

    /// The private folder opened files are written to; made on first use, removed on exit.
    QString openFolder();

Q_SIGNALS:
    void opened(const QString &attachmentId, const QString &path);
    /// A file that would run was not opened; the reader was offered to save it instead.
    void openRefused(const QString &attachmentId);
    void saved(const QString &attachmentId, const QString &path);
    /// A "save all" ended, completed or cancelled; the counts say what became of each file.
    void saveAllFinished(int saved, int unavailable, int failed);

private:
    struct Request
    {
        enum Kind { Open, SaveTo } kind;
        AttachmentInfo attachment;
        QString path; ///< for SaveTo
    };
    struct SaveAllJob;

    void showContextMenu(const QModelIndex &index, int attachmentIndex, const QPoint &globalPos);
    void activate(const QModelIndex &index, int attachmentIndex);
    void request(const Request &request);
    void onDownloaded(const QString &attachmentId, const Attachment &attachment);
    void onFailed(const QString &attachmentId, const SupportError &error);
    void onStateChanged(const QString &attachmentId, AttachmentDownloader::State state);

    void openDownloaded(const AttachmentInfo &info, const Attachment &attachment);
    void refuseToOpen(const AttachmentInfo &info);
    void saveDownloaded(const Request &request, const Attachment &attachment);
    void reportFailure(const AttachmentInfo &info, const SupportError &error);
    void reportWriteFailure(const QString &fileName, const QString &problem);

    void startSaveAll();
    void listNextPage(const QString &nextToken);
    void onCasePageListed(CommunicationsReply *reply);
    void saveAllReceived(const QString &attachmentId, const Attachment &attachment);
    void saveAllFailed(const QString &attachmentId, const SupportError &error);
    void finishSaveAll(bool cancelled);
    QString summaryOf(const SaveAllJob &job, bool cancelled);
    void showSaveAllProblem(const SaveAllJob &job);
    void updateProgress();
    void updateActions();
    void showStatus(const QString &text);
    QString lastFolder();
    QString askForFolder();

    SupportClient *m_client = nullptr;
    CommunicationModel *m_messages = nullptr;
    QPointer<ConversationView> m_view;
    QMainWindow *m_window = nullptr;
    AttachmentDownloader *m_downloader = nullptr;
    QAction *m_saveAllOfCaseAction = nullptr;

    QWidget *m_progress = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;

    QHash<QString, QList<Request>> m_requests; ///< by attachment id: who waits for it
    std::unique_ptr<SaveAllJob> m_job;
    std::unique_ptr<QTemporaryDir> m_openDir;
    QHash<QString, QString> m_openedPaths; ///< attachment id -> file in m_openDir
    QHash<QString, QString> m_savedFiles; ///< attachment id -> copy beside an opened export
    QString m_lastFolder;
    std::function<bool(const QUrl &)> m_urlOpener;
};
