#include "PagedListModel.h"

#include "Logging.h"
#include "SupportReply.h"

PagedListModel::PagedListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

PagedListModel::~PagedListModel()
{
    m_cursor.reset();
}

void PagedListModel::restart(const std::function<void()> &clearRows)
{
    resetRows(clearRows, false);
}

void PagedListModel::restartComplete(const std::function<void()> &setRows)
{
    resetRows(setRows, true);
    Q_EMIT loadCompleted();
}

void PagedListModel::resetRows(const std::function<void()> &changeRows, bool complete)
{
    const bool wasLoading = isLoading();

    beginResetModel();
    m_cursor.reset();
    m_lastError = {};
    m_fetchingAll = false;
    changeRows();
    // Exhausted before the reset ends: a view asking canFetchMore() on modelReset must not
    // send a request for rows that came from elsewhere.
    if (complete) {
        SupportError unused;
        m_cursor.advance({}, &unused, rowCount());
    }
    endResetModel();

    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasListing() && m_cursor.canFetchMore();
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    // Views call this freely while scrolling; a page already on its way is enough.
    if (parent.isValid() || isLoading() || !canFetchMore(parent))
        return;
    requestNextPage();
}

void PagedListModel::fetchAll()
{
    m_fetchingAll = true;
    if (!isLoading() && canFetchMore({}))
        requestNextPage();
}

void PagedListModel::retry()
{
    // Only a failed page is asked for again: a complete listing, or one the service broke
    // (a repeated token), has nothing to retry.
    if (!m_cursor.canRetry())
        return;

    m_cursor.retry();
    m_lastError = {};
    requestNextPage();
}

bool PagedListModel::isLoading() const
{
    return m_cursor.isLoading();
}

bool PagedListModel::isComplete() const
{
    return m_cursor.isExhausted();
}

SupportError PagedListModel::lastError() const
{
    return m_lastError;
}

int PagedListModel::itemCount(SupportReply *) const
{
    return -1;
}

void PagedListModel::requestNextPage()
{
    SupportReply *reply = requestPage(m_cursor.nextToken());
    connect(reply, &SupportReply::finished, this, &PagedListModel::onPageFinished);
    m_cursor.start(reply);

    qCDebug(lcModel) << metaObject()->className() << "requesting page"
                     << m_cursor.pagesLoaded() + 1;
    Q_EMIT loadingChanged(true);
}

void PagedListModel::onPageFinished()
{
    auto reply = qobject_cast<SupportReply *>(sender());
    reply->deleteLater();
    if (!m_cursor.isCurrent(reply))
        return;

    if (reply->hasError()) {
        m_cursor.fail();
        m_lastError = reply->error();
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(m_lastError);
        return;
    }

    const int rowsBefore = rowCount();
    const QString nextToken = appendPage(reply);
    const int rowsAdded = rowCount() - rowsBefore;

    SupportError tokenError;
    const int items = itemCount(reply);
    const bool tokenOk = m_cursor.advance(nextToken, &tokenError, items < 0 ? rowsAdded : items);
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(rowsAdded);

    if (!tokenOk) {
        m_lastError = tokenError;
        Q_EMIT loadFailed(tokenError);
    } else if (m_cursor.isExhausted()) {
        Q_EMIT loadCompleted();
    } else if (m_fetchingAll) {
        requestNextPage();
    }
}
