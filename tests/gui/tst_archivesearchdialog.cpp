#include "DemoSandbox.h"

#include "ArchiveSearchDialog.h"
#include "ArchiveStore.h"
#include "ArchiveSync.h"
#include "CaseBadge.h"
#include "CommunicationModel.h"
#include "ConversationView.h"
#include "MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

constexpr int timeout = 20000;
const QString account = QStringLiteral("demo");

} // namespace

// Edit > Search All Cases against an archive filled from the demo sandbox.
class tst_ArchiveSearchDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void snippetIsEscapedAndHighlighted();
    void disabledWithoutArchive();
    void findsAndOpensTheMessage();
    void explainsAnUnusableSearch();
    void filtersByWhoWrote();
    void datesAndCaseNumbersFit();
    void statusesReadAsInTheList();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dir;
    ArchiveStore m_store;
};

void tst_ArchiveSearchDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_archivesearchdialog"));
    QSettings().clear();
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("archive.sqlite"))));

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    ArchiveSync sync(&client, &m_store, account);
    QSignalSpy finished(&sync, &ArchiveSync::finished);
    sync.start();
    QVERIFY(finished.wait(timeout));
}

void tst_ArchiveSearchDialog::snippetIsEscapedAndHighlighted()
{
    const QString snippet = QStringLiteral("<img src=x> a %1kafka%2 & b")
                                .arg(ArchiveStore::highlightStart, ArchiveStore::highlightEnd);
    QCOMPARE(ArchiveSearchDialog::snippetHtml(snippet),
             QStringLiteral("&lt;img src=x&gt; a <b>kafka</b> &amp; b"));
}

void tst_ArchiveSearchDialog::disabledWithoutArchive()
{
    SupportClient client;
    MainWindow window(&client);
    QVERIFY(!window.searchArchiveAction()->isEnabled());
    QCOMPARE(window.searchArchiveAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
}

void tst_ArchiveSearchDialog::findsAndOpensTheMessage()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.setArchive(&m_store, account);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.searchArchiveAction()->trigger();
    ArchiveSearchDialog *dialog = window.archiveSearchDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->search(QStringLiteral("\"hardware fault\""));
    QTreeWidget *results = dialog->results();
    QCOMPARE(results->topLevelItemCount(), 1);
    QVERIFY(results->topLevelItem(0)->text(3).contains(QLatin1String("hardware")));
    QCOMPARE(dialog->statusText(), QStringLiteral("Matches: 1"));

    results->setCurrentItem(results->topLevelItem(0));
    QTest::keyClick(results, Qt::Key_Return);
    const QString caseId = QStringLiteral("case-111122223333-muen-2026-7e1f0c2a9b3d4e51");
    QCOMPARE(window.currentCaseId(), caseId);
    const QModelIndex current = window.conversationView()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(current.data(CommunicationModel::BodyRole)
                .toString()
                .contains(QLatin1String("hardware fault")));
}

void tst_ArchiveSearchDialog::explainsAnUnusableSearch()
{
    ArchiveSearchDialog dialog;
    dialog.setArchive(&m_store, account);
    dialog.search(QStringLiteral("*** ()"));
    QCOMPARE(dialog.results()->topLevelItemCount(), 0);
    QVERIFY(dialog.statusText().contains(QLatin1String("Type a word")));

    dialog.search(QStringLiteral("zebracorn"));
    QVERIFY(dialog.statusText().contains(QLatin1String("No archived")));
}

void tst_ArchiveSearchDialog::filtersByWhoWrote()
{
    ArchiveSearchDialog dialog;
    dialog.setArchive(&m_store, account);
    dialog.search(QStringLiteral("regards"));
    const int everyone = dialog.results()->topLevelItemCount();
    QVERIFY(everyone > 0);

    auto *side = dialog.findChildren<QComboBox *>().value(1);
    QVERIFY(side);
    side->setCurrentIndex(1); // AWS
    const int aws = dialog.results()->topLevelItemCount();
    side->setCurrentIndex(2); // the customer's side
    const int customer = dialog.results()->topLevelItemCount();
    QVERIFY(aws > 0);
    QCOMPARE(aws + customer, everyone);
    for (int i = 0; i < customer; ++i)
        QVERIFY(!dialog.results()->topLevelItem(i)->text(1).contains(QLatin1String("Amazon")));
}

// A Japanese date ("2026/11/30 16:12") is wider than the default column; it must not be cut.
void tst_ArchiveSearchDialog::datesAndCaseNumbersFit()
{
    QLocale::setDefault(QLocale(QStringLiteral("ja")));
    ArchiveSearchDialog dialog;
    dialog.setArchive(&m_store, account);
    dialog.resize(900, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.search(QStringLiteral("regards"));
    QLocale::setDefault(QLocale::c());

    QTreeWidget *results = dialog.results();
    QVERIFY(results->topLevelItemCount() > 0);
    const QString time = results->topLevelItem(0)->text(2);
    QVERIFY(time.contains(u'/'));
    QVERIFY(results->columnWidth(2) > results->fontMetrics().horizontalAdvance(time));
    const QString caseNumber = results->topLevelItem(0)->text(0).section(u' ', 0, 0);
    QVERIFY(results->columnWidth(0) > results->fontMetrics().horizontalAdvance(caseNumber));
}

// The status filter names statuses as the case list's badges do, not by their API codes.
void tst_ArchiveSearchDialog::statusesReadAsInTheList()
{
    ArchiveSearchDialog dialog;
    auto *status = dialog.findChildren<QComboBox *>().value(0);
    QVERIFY(status);
    QVERIFY(status->count() > 1);
    for (int i = 1; i < status->count(); ++i) {
        const QString code = status->itemData(i).toString();
        QCOMPARE(status->itemText(i), CaseBadge::forStatus(code).text());
        QVERIFY(status->itemText(i) != code);
    }
}

QTEST_MAIN(tst_ArchiveSearchDialog)
#include "tst_archivesearchdialog.moc"
