#include "CaseListModel.h"

#include "Logging.h"
#include "PageCursor.h"
#include "SupportClient.h"

#include <algorithm>

struct CaseListModel::Private
{
    SupportClient *client = nullptr;
    CasesQuery query;
    QList<SupportCase> rows;
    PageCursor cursor;
    SupportError lastError;
    bool fetchingAll = false;
};

CaseListModel::CaseListModel(SupportClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , d(std::make_unique<Private>())
{
    d->client = client;
    // The few newest messages that come with each case tell whether files were attached.
    d->query.includeCommunications = true;
    d->query.maxResults = SupportClient::maxPageSize;
}

CaseListModel::~CaseListModel()
{
    d->cursor.reset();
}

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
    const bool wasLoading = isLoading();

    beginResetModel();
    d->cursor.reset();
    d->rows.clear();
    d->lastError = {};
    d->fetchingAll = false;
    endResetModel();

    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void CaseListModel::fetchAll()
{
    d->fetchingAll = true;
    if (!isLoading() && canFetchMore({}))
        requestNextPage();
}

void CaseListModel::retry()
{
    // Only a failed page is asked for again: a complete listing, or one the service broke
    // (a repeated token), has nothing to retry.
    if (!d->cursor.canRetry())
        return;

    d->cursor.retry();
    d->lastError = {};
    requestNextPage();
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

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && d->cursor.canFetchMore();
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || isLoading() || !canFetchMore(parent))
        return;
    requestNextPage();
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

bool CaseListModel::isLoading() const
{
    return d->cursor.isLoading();
}

bool CaseListModel::isComplete() const
{
    return d->cursor.isExhausted();
}

SupportError CaseListModel::lastError() const
{
    return d->lastError;
}

void CaseListModel::requestNextPage()
{
    d->query.nextToken = d->cursor.nextToken();
    CasesReply *reply = d->client->describeCases(d->query);
    connect(reply, &SupportReply::finished, this, &CaseListModel::onPageFinished);
    d->cursor.start(reply);

    qCDebug(lcModel) << "requesting case page" << d->cursor.pagesLoaded() + 1;
    Q_EMIT loadingChanged(true);
}

void CaseListModel::onPageFinished()
{
    auto reply = qobject_cast<CasesReply *>(sender());
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

    const CasePage page = reply->page();
    SupportError tokenError;
    const bool tokenOk =
        d->cursor.advance(page.nextToken, &tokenError, int(page.cases.size()));

    if (!page.cases.isEmpty()) {
        const int first = int(d->rows.size());
        beginInsertRows({}, first, first + int(page.cases.size()) - 1);
        d->rows.append(page.cases);
        endInsertRows();
    }

    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(int(page.cases.size()));

    if (!tokenOk) {
        d->lastError = tokenError;
        Q_EMIT loadFailed(tokenError);
    } else if (d->cursor.isExhausted()) {
        Q_EMIT loadCompleted();
    } else if (d->fetchingAll) {
        requestNextPage();
    }
}
