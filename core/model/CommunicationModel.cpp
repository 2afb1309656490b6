#include "CommunicationModel.h"

#include "ArchiveStore.h"
#include "Logging.h"
#include "SupportClient.h"

#include <QLocale>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace {

// Communications have no id: the same case, time, sender and body make the same message.
QString identity(const Communication &communication)
{
    return communication.timeCreatedText + QChar(0x1f) + communication.submittedBy + QChar(0x1f)
        + communication.body;
}

} // namespace

struct CommunicationModel::Private
{
    SupportClient *client = nullptr;
    CommunicationsQuery query;
    QList<Communication> rows;

    QPointer<ArchiveStore> store;
    QString account;
    int archivedRows = 0;
    QDateTime lastSynced;
    bool merging = false; ///< rows came from the archive: pages merge in rather than append
    bool vouchesForArchive = false; ///< a complete listing leaves the archived thread whole
    QSet<QString> identities; ///< of the rows, built when the first page is merged

    bool inRange(const Communication &communication) const
    {
        const QDateTime &time = communication.timeCreated;
        return (!query.after.isValid() || time >= query.after)
            && (!query.before.isValid() || time < query.before);
    }
};

CommunicationModel::CommunicationModel(SupportClient *client, QObject *parent)
    : PagedListModel(parent), d(std::make_unique<Private>())
{
    d->client = client;
    d->query.maxResults = SupportClient::maxPageSize;
    connect(this, &PagedListModel::loadCompleted, this, &CommunicationModel::archiveCompleted);
}

CommunicationModel::~CommunicationModel() = default;

void CommunicationModel::setCase(const QString &caseId, const QDateTime &after,
                                 const QDateTime &before)
{
    restart([&] {
        d->rows.clear();
        d->identities.clear();
        d->archivedRows = 0;
        d->lastSynced = {};
        d->merging = false;
        d->vouchesForArchive = false;
        d->query.caseId = caseId;
        d->query.after = after;
        d->query.before = before;
        seedFromArchive();
    });

    // Archived rows are on screen already; what is newer is usually a page or two.
    if (d->merging)
        fetchAll();
}

void CommunicationModel::setArchive(ArchiveStore *store, const QString &account)
{
    d->store = store;
    d->account = account;
}

int CommunicationModel::archivedRowCount() const
{
    return d->archivedRows;
}

QDateTime CommunicationModel::archiveLastSynced() const
{
    return d->lastSynced;
}

void CommunicationModel::seedFromArchive()
{
    if (!d->store || !d->store->isOpen() || d->query.caseId.isEmpty())
        return;
    const ArchivedCaseState state = d->store->caseState(d->account, d->query.caseId);
    d->lastSynced = state.lastSynced;
    d->vouchesForArchive = !d->query.after.isValid() && !d->query.before.isValid();
    if (state.messageCount == 0)
        return;

    for (const Communication &communication :
         d->store->communications(d->account, d->query.caseId)) {
        if (d->inRange(communication))
            d->rows.append(communication);
    }
    d->archivedRows = int(d->rows.size());
    d->merging = true;

    // A thread archived whole needs only what came since; the service's afterTime is
    // inclusive, so the newest archived message comes back and is recognised.
    if (state.syncComplete && (!d->query.after.isValid() || state.syncedThrough > d->query.after))
        d->query.after = state.syncedThrough;
}

void CommunicationModel::mergePage(const QList<Communication> &communications)
{
    if (d->identities.isEmpty()) {
        for (const Communication &row : std::as_const(d->rows))
            d->identities.insert(identity(row));
    }

    for (const Communication &communication : communications) {
        const QString key = identity(communication);
        if (d->identities.contains(key))
            continue;
        d->identities.insert(key);

        // Rows are newest first; a message goes after those at least as new as it is.
        const auto at
            = std::partition_point(d->rows.cbegin(), d->rows.cend(), [&](const Communication &row) {
                  return row.timeCreated >= communication.timeCreated;
              });
        const int row = int(at - d->rows.cbegin());
        beginInsertRows({}, row, row);
        d->rows.insert(row, communication);
        endInsertRows();
    }
}

void CommunicationModel::archiveCompleted()
{
    if (!d->store || !d->store->isOpen() || !d->vouchesForArchive)
        return;
    if (d->store->markSyncCompleted(d->account, d->query.caseId))
        d->lastSynced = d->store->caseState(d->account, d->query.caseId).lastSynced;
}

void CommunicationModel::setCommunications(const QString &caseId,
                                           const QList<Communication> &communications)
{
    restartComplete([&] {
        d->rows = communications;
        d->query.caseId = caseId;
        d->query.after = {};
        d->query.before = {};
    });
}

QString CommunicationModel::caseId() const
{
    return d->query.caseId;
}

void CommunicationModel::setPageSize(int size)
{
    d->query.maxResults = qBound(SupportClient::minPageSize, size, SupportClient::maxPageSize);
}

int CommunicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

QVariant CommunicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const Communication &communication = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return communication.body;
    case SubmittedByRole:
        return communication.submittedBy;
    case TimeCreatedRole:
        return communication.timeCreated;
    case AttachmentsRole: {
        QVariantList attachments;
        for (const AttachmentInfo &info : communication.attachments)
            attachments.append(QVariant::fromValue(info));
        return attachments;
    }
    case FromAwsRole:
        return communication.isFromAws();
    case CaseIdRole:
        return communication.caseId;
    case Qt::AccessibleTextRole:
        return tr("From %1, %2: %3")
            .arg(communication.submittedBy,
                 QLocale().toString(communication.timeCreated.toLocalTime(), QLocale::LongFormat),
                 communication.body);
    }
    return {};
}

QHash<int, QByteArray> CommunicationModel::roleNames() const
{
    return {{BodyRole, "body"},
            {SubmittedByRole, "submittedBy"},
            {TimeCreatedRole, "timeCreated"},
            {AttachmentsRole, "attachments"},
            {FromAwsRole, "fromAws"},
            {CaseIdRole, "caseId"}};
}

const Communication &CommunicationModel::communication(int row) const
{
    return d->rows.at(row);
}

const QList<Communication> &CommunicationModel::communications() const
{
    return d->rows;
}

bool CommunicationModel::hasListing() const
{
    return !d->query.caseId.isEmpty();
}

SupportReply *CommunicationModel::requestPage(const QString &nextToken)
{
    CommunicationsQuery query = d->query;
    query.nextToken = nextToken;
    return d->client->describeCommunications(query);
}

QString CommunicationModel::appendPage(SupportReply *reply)
{
    const CommunicationPage page = static_cast<CommunicationsReply *>(reply)->page();
    const bool archived = !d->store || !d->store->isOpen()
        || d->store->storeCommunications(d->account, d->query.caseId, page.communications);
    if (!archived)
        qCWarning(lcArchive) << "a page of case" << d->query.caseId << "was not archived";

    if (d->merging) {
        mergePage(page.communications);
    } else if (!page.communications.isEmpty()) {
        const int first = int(d->rows.size());
        beginInsertRows({}, first, first + int(page.communications.size()) - 1);
        d->rows.append(page.communications);
        endInsertRows();
    }
    return page.nextToken;
}

int CommunicationModel::itemCount(SupportReply *reply) const
{
    return int(static_cast<CommunicationsReply *>(reply)->page().communications.size());
}
