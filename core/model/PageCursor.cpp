#include "PageCursor.h"

void PageCursor::reset()
{
    if (m_pending) {
        m_pending->disconnect();
        m_pending->abort();
        m_pending->deleteLater();
    }
    *this = PageCursor();
}

void PageCursor::start(SupportReply *reply)
{
    m_pending = reply;
}

bool PageCursor::advance(const QString &nextToken, SupportError *error, int rows)
{
    m_pending = nullptr;
    ++m_pagesLoaded;
    m_emptyPagesInARow = rows > 0 ? 0 : m_emptyPagesInARow + 1;

    if (nextToken.isEmpty()) {
        m_exhausted = true;
        return true;
    }

    if (m_seenTokens.contains(nextToken)) {
        m_failed = m_final = true;
        *error = SupportError(SupportError::Kind::Protocol, QStringLiteral("RepeatedNextToken"),
                              QStringLiteral("The service returned a page token it had "
                                             "already returned; paging stopped."));
        return false;
    }

    if (m_emptyPagesInARow >= maxEmptyPagesInARow) {
        m_failed = m_final = true;
        *error = SupportError(SupportError::Kind::Protocol, QStringLiteral("EmptyPages"),
                              QStringLiteral("The service returned %1 empty pages in a row, "
                                             "each promising more; paging stopped.")
                                  .arg(m_emptyPagesInARow));
        return false;
    }

    if (m_pagesLoaded >= m_maxPages) {
        m_failed = m_final = true;
        *error = SupportError(SupportError::Kind::Protocol, QStringLiteral("PageLimitReached"),
                              QStringLiteral("Stopped after %1 pages; the service kept offering "
                                             "more.")
                                  .arg(m_pagesLoaded));
        return false;
    }

    m_seenTokens.insert(nextToken);
    m_nextToken = nextToken;
    return true;
}

void PageCursor::fail()
{
    m_pending = nullptr;
    m_failed = true;
}

void PageCursor::retry()
{
    if (canRetry())
        m_failed = false;
}
