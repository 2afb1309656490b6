#include "DemoSandbox.h"

#include "CaseListModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

class tst_CaseListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsOpenCasesThenAll();
    void timeRangeNarrowsTheList();
    void reportsAuthenticationFailure();
    void toolTipNeverRendersTheSubject();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
};

void tst_CaseListModel::initTestCase()
{
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_CaseListModel::listsOpenCasesThenAll()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    CaseListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy completed(&model, &CaseListModel::loadCompleted);

    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(completed.wait(10000));
    const int openCases = model.rowCount();
    QVERIFY(openCases > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row).data(CaseListModel::ResolvedRole).toBool());

    model.setIncludeResolved(true);
    QCOMPARE(model.rowCount(), 0);
    model.fetchMore({});
    QVERIFY(completed.wait(10000));
    QCOMPARE(model.rowCount(), DemoSandbox::caseFiles().size());
    QVERIFY(model.rowCount() > openCases);

    const int longRow = model.rowOf(DemoSandbox::longCaseId);
    QVERIFY(longRow >= 0);
    const QModelIndex index = model.index(longRow);
    QCOMPARE(index.data(CaseListModel::CaseIdRole).toString(), DemoSandbox::longCaseId);
    QVERIFY(!index.data(CaseListModel::SubjectRole).toString().isEmpty());
    QVERIFY(!index.data(CaseListModel::DisplayIdRole).toString().isEmpty());
    QVERIFY(index.data(CaseListModel::TimeCreatedRole).toDateTime().isValid());
    QCOMPARE(model.rowOf(QStringLiteral("no-such-case")), -1);

    // The EC2 case's newest messages carry a log and a graph; the quota case has no files.
    const int withFiles =
        model.rowOf(QStringLiteral("case-111122223333-muen-2026-7e1f0c2a9b3d4e51"));
    const int withoutFiles =
        model.rowOf(QStringLiteral("case-111122223333-muen-2026-5b08e3d6c4a1f297"));
    QVERIFY(withFiles >= 0 && withoutFiles >= 0);
    QVERIFY(model.index(withFiles).data(CaseListModel::HasAttachmentsRole).toBool());
    QVERIFY(!model.index(withoutFiles).data(CaseListModel::HasAttachmentsRole).toBool());

    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.supportCase(row - 1).timeCreated >= model.supportCase(row).timeCreated);
}

void tst_CaseListModel::timeRangeNarrowsTheList()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    CaseListModel model(&client);
    model.setIncludeResolved(true);
    QSignalSpy completed(&model, &CaseListModel::loadCompleted);
    model.fetchAll();
    QVERIFY(completed.wait(10000));
    QVERIFY(model.rowCount() >= 3);

    const QDateTime after = model.supportCase(model.rowCount() - 2).timeCreated;
    model.setTimeRange(after, {});
    model.fetchAll();
    QVERIFY(completed.wait(10000));
    QCOMPARE(model.rowCount(), DemoSandbox::caseFiles().size() - 1);
}

void tst_CaseListModel::reportsAuthenticationFailure()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox, QStringLiteral("wrong"));
    CaseListModel model(&client);
    QSignalSpy failed(&model, &CaseListModel::loadFailed);

    model.fetchMore({});
    QVERIFY(failed.wait(10000));
    QCOMPARE(model.lastError().kind(), SupportError::Kind::Authentication);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_CaseListModel::toolTipNeverRendersTheSubject()
{
    QTemporaryDir data;
    QVERIFY(QDir(data.path()).mkpath(QStringLiteral("cases")));
    const QString subject = QStringLiteral("<h1>Big</h1><img src=\"file:///etc/x.png\">");
    QFile file(data.filePath(QStringLiteral("cases/hostile.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{
                   {QLatin1String("case"),
                    QJsonObject{{QLatin1String("caseId"), QStringLiteral("case-hostile")},
                                {QLatin1String("displayId"), QStringLiteral("1")},
                                {QLatin1String("subject"), subject},
                                {QLatin1String("status"), QStringLiteral("opened")},
                                {QLatin1String("timeCreated"),
                                 QStringLiteral("2026-01-01T00:00:00.000Z")}}}})
                   .toJson());
    file.close();

    SandboxServer sandbox;
    QString problem;
    QVERIFY2(sandbox.loadDataset(data.path(), &problem), qPrintable(problem));
    QVERIFY(sandbox.listen(0));
    SupportClient client;
    DemoSandbox::configure(&client, sandbox);
    CaseListModel model(&client);
    QSignalSpy completed(&model, &CaseListModel::loadCompleted);
    model.fetchMore({});
    QVERIFY(completed.wait(10000));

    const QString tip = model.index(0).data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.contains(QLatin1String("<h1>")));
    QVERIFY(!tip.contains(QLatin1String("<img")));
    QVERIFY(tip.contains(subject.toHtmlEscaped()));
    QCOMPARE(model.index(0).data(CaseListModel::SubjectRole).toString(), subject);
}

QTEST_GUILESS_MAIN(tst_CaseListModel)
#include "tst_caselistmodel.moc"
