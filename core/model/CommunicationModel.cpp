#include "CommunicationModel.h"

#include "Logging.h"
#include "PageCursor.h"
#include "SupportClient.h"

#include <QLocale>

struct CommunicationModel::Private
{
    SupportClient *client = nullptr;
    CommunicationsQuery query;
    QList<Communication> rows;
    PageCursor cursor;
    SupportError lastError;
    bool fetchingAll = false;
};

CommunicationModel::CommunicationModel(SupportClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , d(std::make_unique<Private>())
{
    d->client = client;
    d->query.maxResults = SupportClient::maxPageSize;
}

CommunicationModel::~CommunicationModel()
{
    d->cursor.reset();
}

void CommunicationModel::setCase(const QString &caseId, const QDateTime &after,
                                 const QDateTime &before)
{
    const bool wasLoading = isLoading();

    beginResetModel();
    d->cursor.reset();
    d->rows.clear();
    d->lastError = {};
    d->fetchingAll = false;
    d->query.caseId = caseId;
    d->query.after = after;
    d->query.before = before;
    d->query.nextToken.clear();
    endResetModel();

    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

QString CommunicationModel::caseId() const
{
    return d->query.caseId;
}

void CommunicationModel::setPageSize(int size)
{
    d->query.maxResults = qBound(SupportClient::minPageSize, size, SupportClient::maxPageSize);
}

void CommunicationModel::fetchAll()
{
    d->fetchingAll = true;
    if (!isLoading() && canFetchMore({}))
        requestNextPage();
}

void CommunicationModel::retry()
{
    // Only a failed page is asked for again: a complete listing, or one the service broke
    // (a repeated token), has nothing to retry.
    if (!d->cursor.canRetry())
        return;

    d->cursor.retry();
    d->lastError = {};
    requestNextPage();
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

bool CommunicationModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !d->query.caseId.isEmpty() && d->cursor.canFetchMore();
}

void CommunicationModel::fetchMore(const QModelIndex &parent)
{
    // Views call this freely while scrolling; a page already on its way is enough.
    if (parent.isValid() || isLoading() || !canFetchMore(parent))
        return;
    requestNextPage();
}

const Communication &CommunicationModel::communication(int row) const
{
    return d->rows.at(row);
}

const QList<Communication> &CommunicationModel::communications() const
{
    return d->rows;
}

bool CommunicationModel::isLoading() const
{
    return d->cursor.isLoading();
}

bool CommunicationModel::isComplete() const
{
    return d->cursor.isExhausted();
}

SupportError CommunicationModel::lastError() const
{
    return d->lastError;
}

void CommunicationModel::requestNextPage()
{
    d->query.nextToken = d->cursor.nextToken();
    CommunicationsReply *reply = d->client->describeCommunications(d->query);
    connect(reply, &SupportReply::finished, this, &CommunicationModel::onPageFinished);
    d->cursor.start(reply);

    qCDebug(lcModel) << "requesting page" << d->cursor.pagesLoaded() + 1 << "of case"
                     << d->query.caseId;
    Q_EMIT loadingChanged(true);
}

void CommunicationModel::onPageFinished()
{
    auto reply = qobject_cast<CommunicationsReply *>(sender());
    reply->deleteLater();
    if (!d->cursor.isCurrent(reply))
        return;

    if (reply->hasError()) {
        d->cursor.fail();
        d->lastError = reply->error();
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(d->lastError);
        return;
    }

    const CommunicationPage page = reply->page();
    SupportError tokenError;
    const bool tokenOk =
        d->cursor.advance(page.nextToken, &tokenError, int(page.communications.size()));

    if (!page.communications.isEmpty()) {
        const int first = int(d->rows.size());
        beginInsertRows({}, first, first + int(page.communications.size()) - 1);
        d->rows.append(page.communications);
        endInsertRows();
    }

    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(int(page.communications.size()));

    if (!tokenOk) {
        d->lastError = tokenError;
        Q_EMIT loadFailed(tokenError);
    } else if (d->cursor.isExhausted()) {
        Q_EMIT loadCompleted();
    } else if (d->fetchingAll) {
        requestNextPage();
    }
}
