#pragma once

#include "PageCursor.h"
#include "SupportError.h"

#include <QAbstractListModel>

#include <functional>

class SupportReply;

/// A list model filled page by page from a Support API listing (DescribeCases,
/// DescribeCommunications): one request in flight, each page appended with beginInsertRows(),
/// and a listing that repeats a token or never ends stopped with an error.
///
/// Subclasses hold the rows and say how to ask for a page and how to append one.
class PagedListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    ~PagedListModel() override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Keeps fetching pages until none remain or one fails.
    void fetchAll();

    /// Asks for the page that failed again, keeping the pages already loaded.
    void retry();

    bool isLoading() const;
    /// True once every page has arrived.
    bool isComplete() const;
    SupportError lastError() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void loadCompleted();
    void loadFailed(const SupportError &error);

protected:
    explicit PagedListModel(QObject *parent = nullptr);

    /// Starts the listing again: cancels the page in flight and, inside a model reset, lets
    /// \a clearRows drop the rows and change what is listed.
    void restart(const std::function<void()> &clearRows);

    /// Replaces the listing, inside a model reset, with the rows \a setRows puts in place and
    /// marks it complete: nothing more is fetched until the next restart().
    void restartComplete(const std::function<void()> &setRows);

    /// Whether there is anything to list yet (a thread needs its case).
    virtual bool hasListing() const { return true; }

    /// Sends the request for the page that \a nextToken names (empty: the first page).
    virtual SupportReply *requestPage(const QString &nextToken) = 0;

    /// Appends the rows \a reply brought, between beginInsertRows() and endInsertRows(), and
    /// returns the token of the page after it.
    virtual QString appendPage(SupportReply *reply) = 0;

    /// How many items \a reply brought, when rows already held may make that more than the
    /// rows added; -1 counts the rows added. Only a page without items counts as empty.
    virtual int itemCount(SupportReply *reply) const;

private:
    void resetRows(const std::function<void()> &changeRows, bool complete);
    void requestNextPage();
    void onPageFinished();

    PageCursor m_cursor;
    SupportError m_lastError;
    bool m_fetchingAll = false;
};
