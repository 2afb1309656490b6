#pragma once

#include "SupportError.h"
#include "SupportReply.h"

#include <QPointer>
#include <QSet>
#include <QString>

/// Where a paged listing stands: the token for the next page, the one call in flight, and
/// the tokens already used, so that a service repeating a token cannot make paging loop.
class PageCursor
{
public:
    /// More pages than any real case has: a service that keeps handing out fresh tokens is
    /// stopped here rather than allowed to fill memory.
    static constexpr int defaultMaxPages = 10000;

    /// Forgets everything and cancels the call in flight, if any.
    void reset();

    bool canFetchMore() const { return !m_exhausted && !m_failed; }
    /// A failure that another attempt can mend (not a broken listing).
    bool canRetry() const { return m_failed && !m_final && !m_exhausted && !isLoading(); }
    bool isLoading() const { return !m_pending.isNull(); }
    bool isExhausted() const { return m_exhausted; }
    int pagesLoaded() const { return m_pagesLoaded; }
    QString nextToken() const { return m_nextToken; }

    /// Marks \a reply as the call in flight.
    void start(SupportReply *reply);

    /// True when \a reply is the call in flight, not a stale one from before a reset.
    bool isCurrent(const SupportReply *reply) const { return reply && reply == m_pending; }

    /// Records a received page of \a rows rows. Returns false, with \a error set, when the
    /// token repeats, too many empty pages come in a row, or the page ceiling is reached:
    /// failures that no retry mends.
    bool advance(const QString &nextToken, SupportError *error, int rows = 1);

    /// Records a failed page; fetching stops until reset() or retry().
    void fail();

    /// Allows fetching again after a failure, from the same token; nothing after a final one.
    void retry();

    /// Pages in a row that brought no rows but another token before paging is stopped.
    static constexpr int maxEmptyPagesInARow = 20;

    void setMaxPages(int pages) { m_maxPages = pages; }

private:
    QPointer<SupportReply> m_pending;
    QString m_nextToken;
    QSet<QString> m_seenTokens;
    int m_pagesLoaded = 0;
    int m_maxPages = defaultMaxPages;
    bool m_exhausted = false;
    int m_emptyPagesInARow = 0;
    bool m_failed = false;
    bool m_final = false;
};
