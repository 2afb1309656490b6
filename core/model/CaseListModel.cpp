#include "CaseListModel.h"

#include "SupportClient.h"

#include <algorithm>

struct CaseListModel::Private
{
    SupportClient *client = nullptr;
    CasesQuery query;
    QList<SupportCase> rows;
};

CaseListModel::CaseListModel(SupportClient *client, QObject *parent)
    : PagedListModel(parent)
    , d(std::make_unique<Private>())
{
    d->client = client;
    // The few newest messages that come with each case tell whether files were attached.
    d->query.includeCommunications = true;
    d->query.maxResults = SupportClient::maxPageSize;
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
    restart([this] { d->rows.clear(); });
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
            {HasAttachmentsRole, "hasAttachments"}};
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
    const CasePage page = static_cast<CasesReply *>(reply)->page();
    if (!page.cases.isEmpty()) {
        const int first = int(d->rows.size());
        beginInsertRows({}, first, first + int(page.cases.size()) - 1);
        d->rows.append(page.cases);
        endInsertRows();
    }
    return page.nextToken;
}
