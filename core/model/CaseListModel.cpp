#include "CaseListModel.h"

#include "ArchiveStore.h"
#include "Logging.h"
#include "SupportClient.h"

#include <QPointer>
#include <QSet>

#include <algorithm>

struct CaseListModel::Private
{
    SupportClient *client = nullptr;
    CasesQuery query;
    QList<SupportCase> rows;

    QPointer<ArchiveStore> store;
    QString account;
    QSet<QString> archivedOnly; ///< ids of rows that came from the archive
};

CaseListModel::CaseListModel(SupportClient *client, QObject *parent)
    : PagedListModel(parent)
    , d(std::make_unique<Private>())
{
    d->client = client;
    // The few newest messages that come with each case tell whether files were attached.
    d->query.includeCommunications = true;
    d->query.maxResults = SupportClient::maxPageSize;
    connect(this, &PagedListModel::loadCompleted, this, &CaseListModel::addArchivedCases);
    connect(this, &PagedListModel::loadFailed, this, &CaseListModel::addArchivedCases);
}

CaseListModel::~CaseListModel() = default;

bool CaseListModel::includeResolved() const
{
    return d->query.includeResolved;
}

void CaseListModel::setIncludeResolved(bool include)
{
    if (d->query.includeResolved == include)
        return;

    d->query.includeResolved = include;
    Q_EMIT includeResolvedChanged(include);
    reload();
}

void CaseListModel::setTimeRange(const QDateTime &after, const QDateTime &before)
{
    d->query.after = after;
    d->query.before = before;
    reload();
}

void CaseListModel::reload()
{
    restart([this] {
        d->rows.clear();
        d->archivedOnly.clear();
    });
}

void CaseListModel::setArchive(ArchiveStore *store, const QString &account)
{
    d->store = store;
    d->account = account;
}

bool CaseListModel::isArchivedOnly(int row) const
{
    return row >= 0 && row < d->rows.size() && d->archivedOnly.contains(d->rows.at(row).caseId);
}

void CaseListModel::addArchivedCases()
{
    if (!d->store || !d->store->isOpen())
        return;

    QSet<QString> listed;
    for (const SupportCase &supportCase : std::as_const(d->rows))
        listed.insert(supportCase.caseId);
    QList<SupportCase> missing;
    for (const SupportCase &supportCase : d->store->cases(d->account)) {
        if (!listed.contains(supportCase.caseId) && matchesQuery(supportCase))
            missing.append(supportCase);
    }
    if (missing.isEmpty())
        return;

    const int first = int(d->rows.size());
    beginInsertRows({}, first, first + int(missing.size()) - 1);
    for (const SupportCase &supportCase : std::as_const(missing))
        d->archivedOnly.insert(supportCase.caseId);
    d->rows.append(missing);
    endInsertRows();
}

bool CaseListModel::matchesQuery(const SupportCase &supportCase) const
{
    // A case known only by id (a thread archived before its case was listed) has no details
    // to show in a list.
    if (supportCase.subject.isEmpty() && supportCase.displayId.isEmpty())
        return false;
    if (supportCase.isResolved() && !d->query.includeResolved)
        return false;
    const QDateTime &created = supportCase.timeCreated;
    return (!d->query.after.isValid() || created >= d->query.after)
        && (!d->query.before.isValid() || created < d->query.before);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const SupportCase &supportCase = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return supportCase.subject;
    case Qt::ToolTipRole:
        // Tool tips guess whether text is HTML: escape the subject and say it is.
        return QStringLiteral("<p>%1</p>")
            .arg(tr("Case %1: %2").arg(supportCase.displayId, supportCase.subject).toHtmlEscaped());
    case Qt::AccessibleTextRole:
        return tr("Case %1: %2. Status %3, severity %4.")
            .arg(supportCase.displayId, supportCase.subject, supportCase.status,
                 supportCase.severityCode);
    case CaseIdRole:
        return supportCase.caseId;
    case DisplayIdRole:
        return supportCase.displayId;
    case StatusRole:
        return supportCase.status;
    case SeverityRole:
        return supportCase.severityCode;
    case ServiceCodeRole:
        return supportCase.serviceCode;
    case SubmittedByRole:
        return supportCase.submittedBy;
    case TimeCreatedRole:
        return supportCase.timeCreated;
    case ResolvedRole:
        return supportCase.isResolved();
    case LanguageRole:
        return supportCase.language;
    case ArchivedOnlyRole:
        return d->archivedOnly.contains(supportCase.caseId);
    case HasAttachmentsRole: {
        const QList<Communication> &recent = supportCase.recentCommunications.communications;
        return std::any_of(recent.cbegin(), recent.cend(), [](const Communication &c) {
            return !c.attachments.isEmpty();
        });
    }
    }
    return {};
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    return {{CaseIdRole, "caseId"},         {DisplayIdRole, "displayId"},
            {SubjectRole, "subject"},       {StatusRole, "status"},
            {SeverityRole, "severity"},     {ServiceCodeRole, "serviceCode"},
            {SubmittedByRole, "submittedBy"}, {TimeCreatedRole, "timeCreated"},
            {ResolvedRole, "resolved"},     {LanguageRole, "language"},
            {HasAttachmentsRole, "hasAttachments"}, {ArchivedOnlyRole, "archivedOnly"}};
}

const SupportCase &CaseListModel::supportCase(int row) const
{
    return d->rows.at(row);
}

const QList<SupportCase> &CaseListModel::cases() const
{
    return d->rows;
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (int row = 0; row < d->rows.size(); ++row) {
        if (d->rows.at(row).caseId == caseId)
            return row;
    }
    return -1;
}

SupportReply *CaseListModel::requestPage(const QString &nextToken)
{
    CasesQuery query = d->query;
    query.nextToken = nextToken;
    return d->client->describeCases(query);
}

QString CaseListModel::appendPage(SupportReply *reply)
{
    CasePage page = static_cast<CasesReply *>(reply)->page();
    if (d->store && d->store->isOpen() && !d->store->storeCases(d->account, page.cases))
        qCWarning(lcArchive) << "a page of cases was not archived";

    // After a failure (offline) archived rows stand in for cases; the service's copy of one
    // takes its place rather than appearing twice.
    for (auto it = page.cases.begin(); !d->archivedOnly.isEmpty() && it != page.cases.end();) {
        const int row = rowOf(it->caseId);
        if (row < 0) {
            ++it;
            continue;
        }
        d->archivedOnly.remove(it->caseId);
        d->rows[row] = *it;
        Q_EMIT dataChanged(index(row), index(row));
        it = page.cases.erase(it);
    }

    if (!page.cases.isEmpty()) {
        const int first = int(d->rows.size());
        beginInsertRows({}, first, first + int(page.cases.size()) - 1);
        d->rows.append(page.cases);
        endInsertRows();
    }
    return page.nextToken;
}

int CaseListModel::itemCount(SupportReply *reply) const
{
    return int(static_cast<CasesReply *>(reply)->page().cases.size());
}
