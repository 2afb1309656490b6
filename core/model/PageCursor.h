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
    bool isLoading() const { return !m_pending.isNull(); }
    bool isExhausted() const { return m_exhausted; }
    int pagesLoaded() const { return m_pagesLoaded; }
    QString nextToken() const { return m_nextToken; }

    /// Marks \a reply as the call in flight.
    void start(SupportReply *reply);

    /// True when \a reply is the call in flight, not a stale one from before a reset.
    bool isCurrent(const SupportReply *reply) const { return reply && reply == m_pending; }

    /// Records a received page. Returns false, with \a error set, when the token repeats or
    /// the page ceiling is reached.
    bool advance(const QString &nextToken, SupportError *error);

    /// Records a failed page; fetching stops until reset() or retry().
    void fail();

    /// Allows fetching again after a failure, from the same token.
    void retry();

    void setMaxPages(int pages) { m_maxPages = pages; }

private:
    QPointer<SupportReply> m_pending;
    QString m_nextToken;
    QSet<QString> m_seenTokens;
    int m_pagesLoaded = 0;
    int m_maxPages = defaultMaxPages;
    bool m_exhausted = false;
    bool m_failed = false;
};
