#include "PageCursor.h"

#include <QTest>

class tst_PageCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksToTheLastPage();
    void stopsOnARepeatedToken();
    void stopsAtTheCeiling();
    void retriesAfterFailure();
    void stopsAfterTooManyEmptyPages();
    void brokenListingsAreNotRetried();
};

void tst_PageCursor::walksToTheLastPage()
{
    PageCursor cursor;
    SupportError error;
    QVERIFY(cursor.canFetchMore());
    QVERIFY(cursor.nextToken().isEmpty());

    QVERIFY(cursor.advance(QStringLiteral("t1"), &error));
    QCOMPARE(cursor.nextToken(), QStringLiteral("t1"));
    QVERIFY(cursor.advance(QStringLiteral("t2"), &error));
    QVERIFY(cursor.advance(QString(), &error));

    QVERIFY(cursor.isExhausted());
    QVERIFY(!cursor.canFetchMore());
    QCOMPARE(cursor.pagesLoaded(), 3);
    QVERIFY(!error.isError());
}

void tst_PageCursor::stopsOnARepeatedToken()
{
    PageCursor cursor;
    SupportError error;
    QVERIFY(cursor.advance(QStringLiteral("a"), &error));
    QVERIFY(cursor.advance(QStringLiteral("b"), &error));
    QVERIFY(!cursor.advance(QStringLiteral("a"), &error));

    QCOMPARE(error.code(), QStringLiteral("RepeatedNextToken"));
    QCOMPARE(error.kind(), SupportError::Kind::Protocol);
    QVERIFY(!cursor.canFetchMore());
}

void tst_PageCursor::stopsAtTheCeiling()
{
    PageCursor cursor;
    cursor.setMaxPages(3);
    SupportError error;
    QVERIFY(cursor.advance(QStringLiteral("1"), &error));
    QVERIFY(cursor.advance(QStringLiteral("2"), &error));
    QVERIFY(!cursor.advance(QStringLiteral("3"), &error));

    QCOMPARE(error.code(), QStringLiteral("PageLimitReached"));
    QVERIFY(!cursor.canFetchMore());
}

void tst_PageCursor::retriesAfterFailure()
{
    PageCursor cursor;
    SupportError error;
    QVERIFY(cursor.advance(QStringLiteral("t1"), &error));
    cursor.fail();
    QVERIFY(!cursor.canFetchMore());
    QVERIFY(cursor.canRetry());

    cursor.retry();
    QVERIFY(cursor.canFetchMore());
    QCOMPARE(cursor.nextToken(), QStringLiteral("t1"));
}

void tst_PageCursor::stopsAfterTooManyEmptyPages()
{
    PageCursor cursor;
    SupportError error;
    int page = 0;
    // An empty page now and then is fine; a page with rows starts the count again.
    QVERIFY(cursor.advance(QString::number(++page), &error, 0));
    QVERIFY(cursor.advance(QString::number(++page), &error, 3));
    for (int i = 1; i < PageCursor::maxEmptyPagesInARow; ++i)
        QVERIFY(cursor.advance(QString::number(++page), &error, 0));
    QVERIFY(!cursor.advance(QString::number(++page), &error, 0));

    QCOMPARE(error.code(), QStringLiteral("EmptyPages"));
    QVERIFY(!cursor.canFetchMore());
}

void tst_PageCursor::brokenListingsAreNotRetried()
{
    PageCursor cursor;
    SupportError error;
    QVERIFY(!cursor.canRetry());
    QVERIFY(cursor.advance(QStringLiteral("a"), &error));
    QVERIFY(!cursor.advance(QStringLiteral("a"), &error));
    QVERIFY(!cursor.canRetry());
    cursor.retry();
    QVERIFY(!cursor.canFetchMore());

    PageCursor complete;
    QVERIFY(complete.advance(QString(), &error));
    QVERIFY(!complete.canRetry());
}

QTEST_GUILESS_MAIN(tst_PageCursor)
#include "tst_pagecursor.moc"
