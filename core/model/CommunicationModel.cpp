#include "CommunicationModel.h"

#include "SupportClient.h"

#include <QLocale>

struct CommunicationModel::Private
{
    SupportClient *client = nullptr;
    CommunicationsQuery query;
    QList<Communication> rows;
};

CommunicationModel::CommunicationModel(SupportClient *client, QObject *parent)
    : PagedListModel(parent)
    , d(std::make_unique<Private>())
{
    d->client = client;
    d->query.maxResults = SupportClient::maxPageSize;
}

CommunicationModel::~CommunicationModel() = default;

void CommunicationModel::setCase(const QString &caseId, const QDateTime &after,
                                 const QDateTime &before)
{
    restart([&] {
        d->rows.clear();
        d->query.caseId = caseId;
        d->query.after = after;
        d->query.before = before;
    });
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
    if (!page.communications.isEmpty()) {
        const int first = int(d->rows.size());
        beginInsertRows({}, first, first + int(page.communications.size()) - 1);
        d->rows.append(page.communications);
        endInsertRows();
    }
    return page.nextToken;
}
