#include "AttachmentActions.h"

#include "CommunicationModel.h"
#include "ConversationView.h"
#include "Logging.h"
#include "SafeFileName.h"
#include "SupportClient.h"
#include "SupportReply.h"

#include <QAction>
#include <QBoxLayout>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

#include <QDesktopServices>

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

constexpr int statusTimeout = 10000;

/// Extensions that make a desktop run something rather than show it, on any of the three
/// platforms: a name alone decides what Windows and macOS do with a file.
constexpr const char *executableSuffixList =
    // Windows programs, scripts, shortcuts, installers and disk images
    "exe com scr pif bat cmd ps1 psm1 psd1 ps1xml psc1 vb vbs vbe js jse wsf wsh wsc hta msi "
    "msp mst msix appx appref-ms application cpl msc lnk url scf reg inf chm dll sys gadget "
    "settingcontent-ms library-ms xbap xll iso img vhd vhdx "
    // Java
    "jar jnlp class "
    // Linux and other Unix systems
    "desktop sh bash zsh csh ksh fish run bin elf so appimage flatpakref deb rpm py pyw pyc pl "
    "rb php lua tcl "
    // macOS
    "command tool app pkg mpkg dmg dylib workflow terminal scpt applescript webloc inetloc "
    "fileloc";

/// MIME types whose files run; a type that inherits one of these runs too (shared-mime-info
/// has scripts inherit application/x-executable).
constexpr const char *executableMimeTypeList
    = "application/x-executable application/x-pie-executable application/x-sharedlib "
      "application/x-shellscript application/x-msdownload application/x-ms-dos-executable "
      "application/x-ms-ne-executable application/vnd.microsoft.portable-executable "
      "application/x-msi application/x-ms-shortcut application/x-desktop "
      "application/x-mach-binary application/x-java-archive application/x-java-jnlp-file "
      "application/x-appimage application/javascript text/javascript text/vbscript "
      "text/x-ms-regedit";

bool isExecutableSuffix(const QString &suffix)
{
    static const QStringList suffixes
        = QString::fromLatin1(executableSuffixList).split(u' ', Qt::SkipEmptyParts);
    return suffixes.contains(suffix.toLower());
}

bool runs(const QMimeType &type)
{
    // shared-mime-info has JSON inherit JavaScript, but JSON is data: policies, templates.
    if (type.inherits(QStringLiteral("application/json")))
        return false;

    static const QStringList types
        = QString::fromLatin1(executableMimeTypeList).split(u' ', Qt::SkipEmptyParts);
    return std::any_of(types.begin(), types.end(),
                       [&type](const QString &name) { return type.inherits(name); });
}

/// Interpreter lines, ELF, DOS/PE, Mach-O and Java class or fat binaries.
bool startsLikeProgram(const QByteArray &data)
{
    static const QList<QByteArray> magics = {
        QByteArrayLiteral("#!"),
        QByteArrayLiteral("\x7f\x45LF"),
        QByteArrayLiteral("MZ"),
        QByteArrayLiteral("\xfe\xed\xfa\xce"),
        QByteArrayLiteral("\xfe\xed\xfa\xcf"),
        QByteArrayLiteral("\xce\xfa\xed\xfe"),
        QByteArrayLiteral("\xcf\xfa\xed\xfe"),
        QByteArrayLiteral("\xca\xfe\xba\xbe"),
    };
    return std::any_of(magics.begin(), magics.end(),
                       [&data](const QByteArray &magic) { return data.startsWith(magic); });
}

AttachmentState viewState(AttachmentDownloader::State state)
{
    switch (state) {
    case AttachmentDownloader::State::Queued:
    case AttachmentDownloader::State::Downloading:
    case AttachmentDownloader::State::BackingOff:
        return AttachmentState::Downloading;
    case AttachmentDownloader::State::Unavailable:
        return AttachmentState::Unavailable;
    case AttachmentDownloader::State::Idle:
    case AttachmentDownloader::State::Downloaded:
        break;
    }
    return AttachmentState::Available;
}

QString displayName(const AttachmentInfo &attachment)
{
    // The safe name also on screen: an override character could make "exe" read as "txt".
    return SafeFileName::fromUntrusted(attachment.fileName);
}

bool writeFile(const QString &path, const QByteArray &data, QString *problem)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *problem = file.errorString();
    return false;
}

/// Writes \a data into \a folder as \a name made safe, numbered when the name is taken. The
/// name is claimed with an exclusive create first, so that a file that appears meanwhile is
/// never replaced.
QString writeNewFile(const QDir &folder, const QString &name, const QByteArray &data,
                     QString *problem)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = folder.filePath(SafeFileName::uniqueIn(folder, name));
        QFile claim(path);
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            const QFileInfo info(path);
            if (info.exists() || info.isSymLink())
                continue; // taken since uniqueIn() looked
            *problem = claim.errorString();
            return {};
        }
        claim.close();

        if (writeFile(path, data, problem))
            return path;
        QFile::remove(path);
        return {};
    }
    *problem = AttachmentActions::tr("No free file name was found in the folder.");
    return {};
}

bool isOwnFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir() || info.isSymLink())
        return false;
#ifdef Q_OS_UNIX
    return info.ownerId() == ::getuid();
#else
    return true;
#endif
}

} // namespace

struct AttachmentActions::SaveAllJob
{
    QString folder;
    QString caseId; ///< set while the case's messages are listed
    QPointer<CommunicationsReply> listing;
    QList<AttachmentInfo> listed;
    QHash<QString, AttachmentInfo> pending; ///< asked for, neither saved nor failed yet
    int total = 0;
    int saved = 0;
    int unavailable = 0;
    int failed = 0;
    bool listingFailed = false;
    SupportError lastError;
    QString lastWriteProblem;
};

AttachmentActions::AttachmentActions(SupportClient *client, CommunicationModel *messages,
                                     ConversationView *view, QMainWindow *window)
    : QObject(window)
    , m_client(client)
    , m_messages(messages)
    , m_view(view)
    , m_window(window)
    , m_downloader(new AttachmentDownloader(client, this))
    , m_urlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_saveAllOfCaseAction = new QAction(tr("Save All &Attachments of This Case\u2026"), this);
    m_saveAllOfCaseAction->setObjectName(QStringLiteral("saveAllAttachmentsAction"));
    connect(m_saveAllOfCaseAction, &QAction::triggered, this, &AttachmentActions::saveAllOfCase);

    m_progressBar = new QProgressBar;
    m_progressBar->setMaximumWidth(220);
    m_cancelButton = new QToolButton;
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop saving attachments"));
    m_cancelButton->setAutoRaise(true);
    connect(m_cancelButton, &QToolButton::clicked, this, &AttachmentActions::cancelSaveAll);

    m_progress = new QWidget(window);
    m_progress->setObjectName(QStringLiteral("attachmentProgress"));
    auto row = new QHBoxLayout(m_progress);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progressBar);
    row->addWidget(m_cancelButton);
    window->statusBar()->addPermanentWidget(m_progress);
    m_progress->hide();

    connect(m_downloader, &AttachmentDownloader::downloaded, this,
            &AttachmentActions::onDownloaded);
    connect(m_downloader, &AttachmentDownloader::failed, this, &AttachmentActions::onFailed);
    connect(m_downloader, &AttachmentDownloader::stateChanged, this,
            &AttachmentActions::onStateChanged);
    connect(view, &ConversationView::attachmentActivated, this, &AttachmentActions::activate);
    connect(view, &ConversationView::attachmentContextMenuRequested, this,
            &AttachmentActions::showContextMenu);
    connect(messages, &QAbstractItemModel::modelReset, this, &AttachmentActions::updateActions);
    updateActions();
}

AttachmentActions::~AttachmentActions()
{
    if (m_job && m_job->listing) {
        m_job->listing->disconnect(this);
        m_job->listing->abort();
        m_job->listing->deleteLater();
    }
}

QList<AttachmentInfo> AttachmentActions::attachmentsAt(const QModelIndex &index)
{
    QList<AttachmentInfo> attachments;
    const QVariantList list = index.data(CommunicationModel::AttachmentsRole).toList();
    for (const QVariant &value : list)
        attachments.append(value.value<AttachmentInfo>());
    return attachments;
}

void AttachmentActions::open(const AttachmentInfo &attachment)
{
    if (isExecutable(attachment.fileName)) {
        refuseToOpen(attachment);
        return;
    }

    const QString saved = m_savedFiles.value(attachment.attachmentId);
    QFile copy(saved);
    if (!saved.isEmpty() && QFileInfo(saved).isFile() && copy.open(QIODevice::ReadOnly)) {
        // The copy beside the export: what was sent then, readable without the network. Its
        // start is judged as a download's would be, and its own name too.
        if (isExecutable(attachment.fileName, copy.read(4096))
            || isExecutable(QFileInfo(saved).fileName())) {
            refuseToOpen(attachment);
            return;
        }
        if (!m_urlOpener(QUrl::fromLocalFile(saved))) {
            showStatus(tr("No application is set up to open \u201c%1\u201d.")
                           .arg(displayName(attachment)));
            return;
        }
        showStatus(tr("Opened \u201c%1\u201d.").arg(displayName(attachment)));
        Q_EMIT opened(attachment.attachmentId, saved);
        return;
    }
    request({Request::Open, attachment, {}});
}

void AttachmentActions::saveAs(const AttachmentInfo &attachment)
{
    const QString suggested = QDir(lastFolder()).filePath(displayName(attachment));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Attachment"), suggested);
    if (path.isEmpty())
        return;

    m_lastFolder = QFileInfo(path).absolutePath();
    saveTo(attachment, path);
}

void AttachmentActions::saveAll(const QList<AttachmentInfo> &attachments)
{
    const QString folder = askForFolder();
    if (!folder.isEmpty())
        saveAllTo(attachments, folder);
}

void AttachmentActions::saveAllOfCase()
{
    if (m_messages->caseId().isEmpty())
        return;

    const QString folder = askForFolder();
    if (!folder.isEmpty())
        saveAllOfCaseTo(folder);
}

void AttachmentActions::saveTo(const AttachmentInfo &attachment, const QString &path)
{
    request({Request::SaveTo, attachment, path});
}

void AttachmentActions::saveAllTo(const QList<AttachmentInfo> &attachments, const QString &folder)
{
    if (isSavingAll()) {
        showStatus(tr("Attachments are already being saved."));
        return;
    }

    m_job = std::make_unique<SaveAllJob>();
    m_job->folder = folder;
    m_job->listed = attachments;
    startSaveAll();
}

void AttachmentActions::saveAllOfCaseTo(const QString &folder)
{
    if (isSavingAll()) {
        showStatus(tr("Attachments are already being saved."));
        return;
    }
    if (m_messages->caseId().isEmpty())
        return;

    // The model may hold only some pages, or a date range: the case's list of files comes
    // from the service, whole.
    m_job = std::make_unique<SaveAllJob>();
    m_job->folder = folder;
    m_job->caseId = m_messages->caseId();
    listNextPage({});
    updateProgress();
    updateActions();
}

void AttachmentActions::cancelSaveAll()
{
    if (m_job)
        finishSaveAll(true);
}

bool AttachmentActions::isSavingAll() const
{
    return m_job != nullptr;
}

bool AttachmentActions::isExecutable(const QString &fileName, const QByteArray &data)
{
    const QString name = SafeFileName::fromUntrusted(fileName);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot >= 0 && isExecutableSuffix(name.mid(dot + 1)))
        return true;

    const QMimeDatabase mimeTypes;
    if (runs(mimeTypes.mimeTypeForFile(name, QMimeDatabase::MatchExtension)))
        return true;
    if (data.isEmpty())
        return false;
    return startsLikeProgram(data) || runs(mimeTypes.mimeTypeForData(data));
}

void AttachmentActions::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_urlOpener = std::move(opener);
}

QString AttachmentActions::openFolder()
{
    if (m_openDir && m_openDir->isValid())
        return m_openDir->path();

    // In a temporary folder that all users share, another user may own that name first; then
    // the private folder goes straight into the temporary folder.
    const QString temp = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString base = QDir(temp).filePath(QStringLiteral("casebook-attachments"));
    QDir().mkpath(base);
    const QString parent = isOwnFolder(base) ? base : temp;

    const QString pattern = QDir(parent).filePath(QStringLiteral("casebook-XXXXXX"));
    m_openDir = std::make_unique<QTemporaryDir>(pattern);
    return m_openDir->isValid() ? m_openDir->path() : QString();
}

void AttachmentActions::showContextMenu(const QModelIndex &index, int attachmentIndex,
                                        const QPoint &globalPos)
{
    const QList<AttachmentInfo> attachments = attachmentsAt(index);
    if (attachmentIndex < 0 || attachmentIndex >= attachments.size())
        return;

    const AttachmentInfo attachment = attachments.at(attachmentIndex);
    const bool available
        = m_downloader->state(attachment.attachmentId) != AttachmentDownloader::State::Unavailable;

    auto menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open"), this, [this, attachment] { open(attachment); })
        ->setEnabled(available);
    menu->addAction(tr("Save &As\u2026"), this, [this, attachment] { saveAs(attachment); })
        ->setEnabled(available);
    menu->addSeparator();
    menu->addAction(tr("Save A&ll Attachments\u2026"), this,
                    [this, attachments] { saveAll(attachments); })
        ->setEnabled(!isSavingAll());
    menu->popup(globalPos);
}

void AttachmentActions::activate(const QModelIndex &index, int attachmentIndex)
{
    const QList<AttachmentInfo> attachments = attachmentsAt(index);
    if (attachmentIndex >= 0 && attachmentIndex < attachments.size())
        open(attachments.at(attachmentIndex));
}

void AttachmentActions::request(const Request &request)
{
    const QString id = request.attachment.attachmentId;
    if (!m_downloader->isCached(id))
        showStatus(tr("Downloading \u201c%1\u201d\u2026").arg(displayName(request.attachment)));

    m_requests[id].append(request);
    m_downloader->fetch(id);
}

void AttachmentActions::onDownloaded(const QString &attachmentId, const Attachment &attachment)
{
    const QList<Request> waiting = m_requests.take(attachmentId);
    for (const Request &request : waiting) {
        if (request.kind == Request::Open)
            openDownloaded(request.attachment, attachment);
        else
            saveDownloaded(request, attachment);
    }

    if (m_job)
        saveAllReceived(attachmentId, attachment);
}

void AttachmentActions::onFailed(const QString &attachmentId, const SupportError &error)
{
    const QList<Request> waiting = m_requests.take(attachmentId);
    if (!waiting.isEmpty() && error.kind() != SupportError::Kind::Cancelled)
        reportFailure(waiting.first().attachment, error);

    if (m_job)
        saveAllFailed(attachmentId, error);
}

void AttachmentActions::onStateChanged(const QString &attachmentId,
                                       AttachmentDownloader::State state)
{
    if (m_view)
        m_view->setAttachmentState(attachmentId, viewState(state));
}

void AttachmentActions::openDownloaded(const AttachmentInfo &info, const Attachment &attachment)
{
    if (isExecutable(info.fileName, attachment.data) || isExecutable(attachment.fileName)) {
        refuseToOpen(info);
        return;
    }

    const QString name = displayName(info);
    QString path = m_openedPaths.value(info.attachmentId);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        const QString folder = openFolder();
        QString problem = tr("No private temporary folder could be created.");
        path = folder.isEmpty() ? QString()
                                : writeNewFile(QDir(folder), name, attachment.data, &problem);
        if (path.isEmpty()) {
            reportWriteFailure(name, problem);
            return;
        }
        // A viewer that edits in place must not make the reader believe the case changed.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
        m_openedPaths.insert(info.attachmentId, path);
    }

    if (!m_urlOpener(QUrl::fromLocalFile(path))) {
        showStatus(tr("No application is set up to open \u201c%1\u201d.").arg(name));
        return;
    }
    showStatus(tr("Opened \u201c%1\u201d.").arg(name));
    Q_EMIT opened(info.attachmentId, path);
}

void AttachmentActions::refuseToOpen(const AttachmentInfo &info)
{
    qCInfo(lcUi) << "not opening attachment" << info.attachmentId << "of a type that runs";
    Q_EMIT openRefused(info.attachmentId);

    auto box = new QMessageBox(QMessageBox::Warning, tr("Open Attachment"),
                               tr("\u201c%1\u201d is a program, script or shortcut, so Casebook "
                                  "does not open it.")
                                   .arg(displayName(info)),
                               QMessageBox::Cancel, m_window);
    box->setInformativeText(tr("Opening it could run it on this computer. You can save it "
                               "instead and look at it with a tool you trust."));
    QPushButton *save = box->addButton(tr("Save As\u2026"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the file dialog opens once the message box has closed.
    connect(
        box, &QMessageBox::buttonClicked, this,
        [this, info, save](QAbstractButton *button) {
            if (button == save)
                saveAs(info);
        },
        Qt::QueuedConnection);
    box->open();
}

void AttachmentActions::saveDownloaded(const Request &request, const Attachment &attachment)
{
    QString problem;
    if (!writeFile(request.path, attachment.data, &problem)) {
        reportWriteFailure(QDir::toNativeSeparators(request.path), problem);
        return;
    }
    showStatus(tr("Saved \u201c%1\u201d.").arg(QDir::toNativeSeparators(request.path)));
    Q_EMIT saved(request.attachment.attachmentId, request.path);
}

void AttachmentActions::reportFailure(const AttachmentInfo &info, const SupportError &error)
{
    const QString name = displayName(info);
    showStatus(tr("\u201c%1\u201d: %2").arg(name, error.userMessage()));
    if (error.kind() == SupportError::Kind::NotFound)
        return; // the view greys it out; nothing the reader can do about it

    auto box = new QMessageBox(QMessageBox::Warning, tr("Attachment Not Downloaded"),
                               tr("\u201c%1\u201d could not be downloaded.").arg(name),
                               QMessageBox::Ok, m_window);
    box->setInformativeText(error.userMessage());
    box->setDetailedText(error.details());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AttachmentActions::reportWriteFailure(const QString &fileName, const QString &problem)
{
    showStatus(tr("\u201c%1\u201d could not be written: %2").arg(fileName, problem));
    auto box = new QMessageBox(QMessageBox::Warning, tr("File Not Written"),
                               tr("\u201c%1\u201d could not be written.").arg(fileName),
                               QMessageBox::Ok, m_window);
    box->setInformativeText(problem);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AttachmentActions::startSaveAll()
{
    // One file per id, whatever the number of messages that list it.
    for (const AttachmentInfo &attachment : std::as_const(m_job->listed)) {
        if (!attachment.attachmentId.isEmpty())
            m_job->pending.insert(attachment.attachmentId, attachment);
    }
    m_job->total = int(m_job->pending.size());
    m_job->listed.clear();
    updateProgress();
    updateActions();
    if (m_job->pending.isEmpty()) {
        finishSaveAll(false);
        return;
    }

    const QStringList ids = m_job->pending.keys();
    for (const QString &id : ids)
        m_downloader->fetch(id);
}

void AttachmentActions::listNextPage(const QString &nextToken)
{
    CommunicationsQuery query;
    query.caseId = m_job->caseId;
    query.nextToken = nextToken;
    query.maxResults = SupportClient::maxPageSize;

    CommunicationsReply *reply = m_client->describeCommunications(query);
    m_job->listing = reply;
    connect(reply, &SupportReply::finished, this, [this, reply] { onCasePageListed(reply); });
}

void AttachmentActions::onCasePageListed(CommunicationsReply *reply)
{
    reply->deleteLater();
    if (!m_job || m_job->listing != reply)
        return;

    if (reply->hasError()) {
        m_job->lastError = reply->error();
        m_job->listingFailed = true;
        finishSaveAll(false);
        return;
    }

    const CommunicationPage page = reply->page();
    for (const Communication &communication : page.communications)
        m_job->listed += communication.attachments;
    if (!page.nextToken.isEmpty()) {
        listNextPage(page.nextToken);
        return;
    }

    m_job->listing.clear();
    startSaveAll();
}

void AttachmentActions::saveAllReceived(const QString &attachmentId, const Attachment &attachment)
{
    const auto it = m_job->pending.find(attachmentId);
    if (it == m_job->pending.end())
        return;

    const AttachmentInfo info = it.value();
    m_job->pending.erase(it);
    const QString name = info.fileName.isEmpty() ? attachment.fileName : info.fileName;
    QString problem;
    const QString path = writeNewFile(QDir(m_job->folder), name, attachment.data, &problem);
    if (path.isEmpty()) {
        ++m_job->failed;
        m_job->lastWriteProblem = problem;
    } else {
        ++m_job->saved;
        Q_EMIT saved(attachmentId, path);
    }

    updateProgress();
    if (m_job->pending.isEmpty())
        finishSaveAll(false);
}

void AttachmentActions::saveAllFailed(const QString &attachmentId, const SupportError &error)
{
    if (!m_job->pending.remove(attachmentId))
        return;

    if (error.kind() == SupportError::Kind::NotFound) {
        ++m_job->unavailable;
    } else {
        ++m_job->failed;
        m_job->lastError = error;
    }

    updateProgress();
    if (m_job->pending.isEmpty())
        finishSaveAll(false);
}

void AttachmentActions::finishSaveAll(bool cancelled)
{
    // Taken out first: cancelling downloads below reports back through onFailed().
    const std::unique_ptr<SaveAllJob> job = std::move(m_job);
    if (job->listing) {
        job->listing->disconnect(this);
        job->listing->abort();
        job->listing->deleteLater();
    }
    if (cancelled) {
        const QStringList ids = job->pending.keys();
        for (const QString &id : ids) {
            if (!m_requests.contains(id)) // still wanted by an Open or Save As
                m_downloader->cancel(id);
        }
    }
    updateProgress();
    updateActions();

    showStatus(summaryOf(*job, cancelled));
    if (!cancelled && (job->failed > 0 || job->listingFailed))
        showSaveAllProblem(*job);
    Q_EMIT saveAllFinished(job->saved, job->unavailable, job->failed);
}

QString AttachmentActions::summaryOf(const SaveAllJob &job, bool cancelled)
{
    if (job.listingFailed)
        return tr("The attachments of this case could not be listed: %1")
            .arg(job.lastError.userMessage());

    // "Saved: 4" rather than "4 attachments saved": reads right for any count without
    // plural forms.
    QStringList summary;
    if (cancelled)
        summary << tr("Saving attachments cancelled.");
    if (job.total == 0 && !cancelled)
        summary << tr("There are no attachments to save.");
    else
        summary << tr("Attachments saved to %1: %2.")
                       .arg(QDir::toNativeSeparators(job.folder))
                       .arg(job.saved);
    if (job.unavailable > 0)
        summary << tr("No longer available: %1.").arg(job.unavailable);
    if (job.failed > 0)
        summary << tr("Not saved: %1.").arg(job.failed);
    return summary.join(u' ');
}

void AttachmentActions::showSaveAllProblem(const SaveAllJob &job)
{
    const QString text = job.listingFailed
        ? tr("The attachments of this case could not be listed.")
        : tr("Attachments that could not be saved: %1.").arg(job.failed);
    const QString reason
        = job.lastError.isError() ? job.lastError.userMessage() : job.lastWriteProblem;

    auto box = new QMessageBox(QMessageBox::Warning, tr("Attachments Not Saved"), text,
                               QMessageBox::Ok, m_window);
    box->setInformativeText(reason);
    if (job.lastError.isError())
        box->setDetailedText(job.lastError.details());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AttachmentActions::updateProgress()
{
    m_progress->setVisible(m_job != nullptr);
    if (!m_job)
        return;

    if (m_job->listing) {
        m_progressBar->setRange(0, 0);
        m_progressBar->setFormat(tr("Listing attachments\u2026"));
        return;
    }
    m_progressBar->setRange(0, std::max(1, m_job->total));
    m_progressBar->setValue(m_job->total - int(m_job->pending.size()));
    m_progressBar->setFormat(tr("Saving attachments: %v of %m"));
}

void AttachmentActions::updateActions()
{
    m_saveAllOfCaseAction->setEnabled(!m_messages->caseId().isEmpty() && !m_job);
}

void AttachmentActions::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, statusTimeout);
}

QString AttachmentActions::lastFolder()
{
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return m_lastFolder;
}

QString AttachmentActions::askForFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(m_window, tr("Save Attachments To"), lastFolder());
    if (!folder.isEmpty())
        m_lastFolder = folder;
    return folder;
}
