#include "DemoSandbox.h"

#include "Attachment.h"
#include "CaseHeader.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CommunicationModel.h"
#include "ConversationDelegate.h"
#include "ConversationView.h"
#include "ErrorBanner.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>

namespace {

constexpr int timeout = 10000;

QStandardItem *communicationItem(const QString &body, bool fromAws = true,
                                 const QStringList &attachments = {})
{
    auto item = new QStandardItem;
    item->setData(body, CommunicationModel::BodyRole);
    item->setData(fromAws ? QStringLiteral("Amazon Web Services")
                          : QStringLiteral("priya.raman@example.com"),
                  CommunicationModel::SubmittedByRole);
    item->setData(fromAws, CommunicationModel::FromAwsRole);
    item->setData(QDateTime(QDate(2026, 10, 14), QTime(8, 21, 5), Qt::UTC),
                  CommunicationModel::TimeCreatedRole);

    QVariantList list;
    for (const QString &name : attachments)
        list << QVariant::fromValue(AttachmentInfo {QStringLiteral("att-") + name, name});
    item->setData(list, CommunicationModel::AttachmentsRole);
    return item;
}

QStyleOptionViewItem optionForWidth(int width)
{
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, width, 0);
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled;
    return option;
}

/// The height \a text needs at \a width in \a font, laid out independently of the delegate.
qreal neededHeight(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(ConversationDelegate::displayText(text), font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);

    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

/// True when no pixel of \a image outside \a inside differs from \a background.
bool untouchedOutside(const QImage &image, const QRect &inside, QRgb background)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (!inside.contains(x, y) && image.pixel(x, y) != background)
                return false;
        }
    }
    return true;
}

} // namespace

// The main window against the demo sandbox on loopback, and the conversation delegate alone.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void loadsCasesAndShowsFirstConversation();
    void includeResolvedAddsResolvedCases();
    void openCaseSelectsListedCase();
    void unknownCaseShowsErrorBanner();
    void wrongSecretShowsAuthenticationBanner();
    void emptyThreadSaysSo();
    void scrollingToTheEndFetchesMore();
    void ctrlCCopiesMessageBody();
    void remembersGeometryAndSplitter();

    void delegateHeightCoversBody_data();
    void delegateHeightCoversBody();
    void delegateKeepsBodiesVerbatim_data();
    void delegateKeepsBodiesVerbatim();
    void delegateKeepsLineBreaksTabsAndSpaces();
    void delegateCacheFollowsWidthAndRows();

private:
    void waitForFirstConversation(MainWindow *window);

    std::unique_ptr<SandboxServer> m_sandbox;
    int m_openCases = 0;
    int m_allCases = 0;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));

    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);

    for (const QJsonObject &file : DemoSandbox::caseFiles()) {
        const QString status = file.value(QLatin1String("case"))
                                   .toObject()
                                   .value(QLatin1String("status"))
                                   .toString();
        ++m_allCases;
        if (status != QLatin1String("resolved"))
            ++m_openCases;
    }
    QVERIFY2(m_openCases > 0 && m_openCases < m_allCases, "the demo needs open and resolved cases");
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::waitForFirstConversation(MainWindow *window)
{
    CaseListModel *cases = window->caseListModel();
    QTRY_VERIFY_WITH_TIMEOUT(cases->isComplete(), timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->caseListView()->currentIndex().row(), 0, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window->communicationModel()->rowCount() > 0, timeout);
}

void tst_MainWindow::loadsCasesAndShowsFirstConversation()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    waitForFirstConversation(&window);
    if (QTest::currentTestFailed())
        return;

    CaseListModel *cases = window.caseListModel();
    QCOMPARE(cases->rowCount(), m_openCases);
    for (const SupportCase &supportCase : cases->cases())
        QVERIFY(!supportCase.isResolved());

    const SupportCase first = cases->supportCase(0);
    CommunicationModel *messages = window.communicationModel();
    QCOMPARE(window.currentCaseId(), first.caseId);
    QCOMPARE(messages->caseId(), first.caseId);
    QCOMPARE(window.caseHeader()->subject(), first.subject);
    QVERIFY(window.caseHeader()->detailText().contains(first.displayId));
    QVERIFY(window.windowTitle().contains(first.subject));
    QVERIFY(!window.caseListBanner()->isVisible());
    QVERIFY(!window.conversationBanner()->isVisible());

    // Each card is at least as tall as its body and the view places it at that height.
    ConversationView *view = window.conversationView();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.font = view->font();
    QTRY_VERIFY_WITH_TIMEOUT(view->visualRect(messages->index(0, 0)).height() > 0, timeout);
    for (int row = 0; row < messages->rowCount(); ++row) {
        const QModelIndex index = messages->index(row, 0);
        const QSize hint = view->conversationDelegate()->sizeHint(option, index);
        const QTextLayout *body = view->conversationDelegate()->bodyLayout(option, index);
        QVERIFY2(hint.height() > 60, qPrintable(QString::number(hint.height())));
        QVERIFY(hint.height() > body->boundingRect().height());
        QCOMPARE(hint.width(), view->viewport()->width());
        QTRY_COMPARE(view->visualRect(index).height(), hint.height());
    }
}

void tst_MainWindow::includeResolvedAddsResolvedCases()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    waitForFirstConversation(&window);
    if (QTest::currentTestFailed())
        return;

    CaseListModel *cases = window.caseListModel();
    const QString openCaseId = window.currentCaseId();
    const int loadedMessages = window.communicationModel()->rowCount();
    QSignalSpy threadReset(window.communicationModel(), &QAbstractItemModel::modelReset);

    auto box = window.findChild<QCheckBox *>(QStringLiteral("includeResolvedCheckBox"));
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    box->click();
    QVERIFY(cases->includeResolved());

    QTRY_VERIFY_WITH_TIMEOUT(cases->isComplete(), timeout);
    QCOMPARE(cases->rowCount(), m_allCases);
    const auto &all = cases->cases();
    QVERIFY(
        std::any_of(all.cbegin(), all.cend(), [](const SupportCase &c) { return c.isResolved(); }));

    // The case being read stays open and selected; its thread is not fetched again.
    QTRY_COMPARE(window.caseListView()->currentCaseId(), openCaseId);
    QCOMPARE(window.currentCaseId(), openCaseId);
    QCOMPARE(window.communicationModel()->rowCount(), loadedMessages);
    QCOMPARE(threadReset.size(), 0);
}

void tst_MainWindow::openCaseSelectsListedCase()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    waitForFirstConversation(&window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window.caseListModel()->rowCount() > 1);

    const SupportCase second = window.caseListModel()->supportCase(1);
    window.openCase(second.caseId);
    QCOMPARE(window.caseListView()->currentIndex().row(), 1);
    QCOMPARE(window.communicationModel()->caseId(), second.caseId);
    QCOMPARE(window.caseHeader()->subject(), second.subject);
    QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->rowCount() > 0, timeout);
}

void tst_MainWindow::unknownCaseShowsErrorBanner()
{
    const QString unknown = QStringLiteral("case-111122223333-muen-2099-0000000000000000");
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    // Asked for before the list arrives: the list must not then jump to its first case.
    window.openCase(unknown);

    ErrorBanner *banner = window.conversationBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), timeout);
    QCOMPARE(banner->error().code(), QStringLiteral("CaseIdNotFound"));
    QCOMPARE(banner->messageText(), banner->error().userMessage());
    QVERIFY(banner->detailsText().contains(QLatin1String("CaseIdNotFound")));
    QVERIFY(!window.caseListBanner()->isVisible());

    auto details = banner->findChild<QLabel *>(QStringLiteral("errorDetails"));
    QVERIFY(details);
    QVERIFY(!details->isVisible());
    QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("errorDetailsButton")),
                      Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(details->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->isComplete(), timeout);
    QVERIFY(window.caseListModel()->rowCount() > 0);
    QVERIFY(!window.caseListView()->currentIndex().isValid());
    QCOMPARE(window.currentCaseId(), unknown);

    QSignalSpy failed(window.communicationModel(), &CommunicationModel::loadFailed);
    QTest::mouseClick(banner->findChild<QAbstractButton *>(QStringLiteral("errorRetryButton")),
                      Qt::LeftButton);
    QVERIFY(failed.wait(timeout));
    QVERIFY(banner->isVisible());

    QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("errorCloseButton")),
                      Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void tst_MainWindow::wrongSecretShowsAuthenticationBanner()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox, QStringLiteral("not-the-secret"));
    MainWindow window(&client);
    window.show();

    ErrorBanner *banner = window.caseListBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), timeout);
    QCOMPARE(banner->error().kind(), SupportError::Kind::Authentication);
    QCOMPARE(banner->messageText(), banner->error().userMessage());
    QVERIFY(banner->detailsText().contains(banner->error().code()));
    QCOMPARE(window.caseListModel()->rowCount(), 0);
    QVERIFY(window.currentCaseId().isEmpty());

    // Retrying with the same wrong key fails the same way and says so again.
    QSignalSpy failed(window.caseListModel(), &CaseListModel::loadFailed);
    QTest::mouseClick(banner->findChild<QAbstractButton *>(QStringLiteral("errorRetryButton")),
                      Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(failed.wait(timeout));
    QVERIFY(banner->isVisible());
}

void tst_MainWindow::emptyThreadSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("cases")));
    QFile file(dir.filePath(QStringLiteral("cases/empty.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"case": {"caseId": "case-111122223333-muen-2026-00000000000e0e0e",
        "displayId": "17000000001", "subject": "A case without messages", "status": "opened",
        "serviceCode": "general-info", "categoryCode": "other", "severityCode": "low",
        "submittedBy": "priya.raman@example.com", "timeCreated": "2026-10-14T08:21:05.000Z",
        "language": "en"}, "communications": [], "attachments": []})");
    file.close();

    SandboxServer sandbox;
    QString problem;
    if (!sandbox.loadDataset(dir.path(), &problem))
        QSKIP(
            qPrintable(QStringLiteral("the sandbox refuses a case without messages: ") + problem));
    QVERIFY(sandbox.listen(0));

    SupportClient client;
    DemoSandbox::configure(&client, sandbox);
    MainWindow window(&client);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.caseListView()->currentIndex().row(), 0, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->isComplete(), timeout);
    QCOMPARE(window.communicationModel()->rowCount(), 0);
    QCOMPARE(window.conversationView()->placeholderText(),
             QStringLiteral("No messages in this case."));
}

void tst_MainWindow::scrollingToTheEndFetchesMore()
{
    const int total = DemoSandbox::communicationCount(DemoSandbox::longCaseId);
    if (total <= SupportClient::maxPageSize)
        QSKIP("the demo has no thread longer than one page");

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.resize(1000, 700);
    window.show();
    window.openCase(DemoSandbox::longCaseId);

    CommunicationModel *messages = window.communicationModel();
    QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), SupportClient::maxPageSize, timeout);
    QTRY_VERIFY(!messages->isLoading());
    QCOMPARE(messages->rowCount(), SupportClient::maxPageSize);

    ConversationView *view = window.conversationView();
    QTRY_VERIFY_WITH_TIMEOUT(
        view->conversationDelegate()->measuredRowCount() == messages->rowCount(), timeout);
    view->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > SupportClient::maxPageSize, timeout);
}

void tst_MainWindow::ctrlCCopiesMessageBody()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    waitForFirstConversation(&window);
    if (QTest::currentTestFailed())
        return;

    ConversationView *view = window.conversationView();
    const QModelIndex first = window.communicationModel()->index(0, 0);
    view->setCurrentIndex(first);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             window.communicationModel()->communication(0).body);
}

void tst_MainWindow::remembersGeometryAndSplitter()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    QList<int> sizes;
    {
        MainWindow window(&client);
        window.resize(1010, 690);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto splitter = window.findChild<QSplitter *>();
        QVERIFY(splitter);
        splitter->setSizes({300, 700});
        sizes = splitter->sizes();
        window.close();
    }

    const QSettings settings;
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("window/splitter")).toByteArray().isEmpty());

    MainWindow again(&client);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1010, 690));
    QCOMPARE(again.findChild<QSplitter *>()->sizes(), sizes);
}

void tst_MainWindow::delegateHeightCoversBody_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("fromAws");

    const QString prose = QStringLiteral("Since 07:52 UTC three of our Kafka brokers in "
                                         "eu-west-1b have been unreachable. ")
                              .repeated(30);
    const QString token = QStringLiteral("AKIAEXAMPLE0123456789/").repeated(200);
    const QString layout = QStringLiteral("Region:\teu-west-1\r\n\r\n    indented    with    "
                                          "runs of spaces\r\nnext\rcarriage return\n")
                               .repeated(20);
    const QString japanese = QStringLiteral("RDS for PostgreSQL のシステム更新 (OS メンテナンス) "
                                            "適用時のダウンタイムとフェイルオーバーについて。")
                                 .repeated(40);

    for (int width : {300, 600, 1200}) {
        QTest::addRow("prose at %d", width) << width << prose << true;
        QTest::addRow("unbroken token at %d", width) << width << token << false;
        QTest::addRow("tabs and line breaks at %d", width) << width << layout << false;
        QTest::addRow("japanese at %d", width) << width << japanese << true;
    }
}

void tst_MainWindow::delegateHeightCoversBody()
{
    QFETCH(int, width);
    QFETCH(QString, body);
    QFETCH(bool, fromAws);

    QStandardItemModel model;
    model.appendRow(communicationItem(body, fromAws, {QStringLiteral("trace.log")}));
    ConversationDelegate delegate;
    delegate.setModel(&model);
    const QModelIndex index = model.index(0, 0);

    QStyleOptionViewItem option = optionForWidth(width);
    const QSize hint = delegate.sizeHint(option, index);
    const int bodyWidth = ConversationDelegate::bodyWidth(width);
    QCOMPARE(hint.width(), width);
    QVERIFY2(hint.height() >= neededHeight(body, option.font, bodyWidth),
             qPrintable(QStringLiteral("%1 < %2")
                            .arg(hint.height())
                            .arg(neededHeight(body, option.font, bodyWidth))));

    const QTextLayout *layout = delegate.bodyLayout(option, index);
    QVERIFY(layout->lineCount() > 1);
    for (int i = 0; i < layout->lineCount(); ++i)
        QVERIFY(layout->lineAt(i).naturalTextWidth() <= bodyWidth + 0.5);

    // Whatever paint() draws stays inside the rectangle sizeHint() asked for.
    const QRgb background = qRgb(255, 0, 255);
    QImage image(width + 40, hint.height() + 40, QImage::Format_RGB32);
    image.fill(background);
    option.rect = QRect(QPoint(0, 0), hint);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    QVERIFY(untouchedOutside(image, option.rect, background));
    QVERIFY(!untouchedOutside(image, QRect(), background));
}

void tst_MainWindow::delegateKeepsBodiesVerbatim_data()
{
    QTest::addColumn<QString>("body");

    QTest::newRow("image tag") << QStringLiteral("<img src=http://x/y.png>");
    QTest::newRow("bold tag") << QStringLiteral("<b>bold</b>");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("entities") << QStringLiteral("&lt;b&gt; &amp; &#x41;");
    QTest::newRow("markdown") << QStringLiteral("**not bold** [not a link](http://x/)");
}

void tst_MainWindow::delegateKeepsBodiesVerbatim()
{
    QFETCH(QString, body);

    QStandardItemModel model;
    model.appendRow(communicationItem(body));
    ConversationDelegate delegate;
    delegate.setModel(&model);
    const QModelIndex index = model.index(0, 0);
    const QStyleOptionViewItem option = optionForWidth(800);

    const QTextLayout *layout = delegate.bodyLayout(option, index);
    QCOMPARE(layout->text(), body);
    QVERIFY(layout->formats().isEmpty());
    QCOMPARE(layout->lineCount(), 1);

    // Drawn as characters: as wide as the plain string, tags and all.
    const qreal plainWidth = QFontMetricsF(option.font).horizontalAdvance(body);
    QVERIFY(qAbs(layout->lineAt(0).naturalTextWidth() - plainWidth) <= 1.0);
}

void tst_MainWindow::delegateKeepsLineBreaksTabsAndSpaces()
{
    const QString body = QStringLiteral("one\r\ntwo\nthree\rfour\tfive      six");
    QCOMPARE(ConversationDelegate::displayText(body),
             QStringLiteral("one\u2028two\u2028three\u2028four\tfive      six"));

    QStandardItemModel model;
    model.appendRow(communicationItem(body));
    ConversationDelegate delegate;
    delegate.setModel(&model);
    const QTextLayout *layout = delegate.bodyLayout(optionForWidth(1200), model.index(0, 0));

    QCOMPARE(layout->lineCount(), 4);
    const QTextLine last = layout->lineAt(3);
    QCOMPARE(layout->text().mid(last.textStart(), last.textLength()),
             QStringLiteral("four\tfive      six"));
}

void tst_MainWindow::delegateCacheFollowsWidthAndRows()
{
    QStandardItemModel model;
    for (int i = 0; i < 5; ++i)
        model.appendRow(communicationItem(QStringLiteral("Message %1").arg(i)));
    ConversationDelegate delegate;
    delegate.setModel(&model);
    const QStyleOptionViewItem option = optionForWidth(600);

    for (int row = 0; row < model.rowCount(); ++row)
        delegate.sizeHint(option, model.index(row, 0));
    QCOMPARE(delegate.measuredRowCount(), 5);

    // A page appended at the end leaves the rows above as they were measured.
    model.appendRow(communicationItem(QStringLiteral("Message 5")));
    QCOMPARE(delegate.measuredRowCount(), 5);
    delegate.sizeHint(option, model.index(5, 0));
    QCOMPARE(delegate.measuredRowCount(), 6);

    // A changed row is measured again; so is everything after a change of width.
    model.setData(model.index(2, 0), QStringLiteral("Longer\n").repeated(10),
                  CommunicationModel::BodyRole);
    QCOMPARE(delegate.measuredRowCount(), 5);
    const int taller = delegate.sizeHint(option, model.index(2, 0)).height();
    QVERIFY(taller > delegate.sizeHint(option, model.index(1, 0)).height());

    delegate.sizeHint(optionForWidth(700), model.index(0, 0));
    QCOMPARE(delegate.measuredRowCount(), 1);

    // Rows inserted above shift every row number.
    delegate.sizeHint(optionForWidth(700), model.index(1, 0));
    model.insertRow(0, communicationItem(QStringLiteral("Inserted")));
    QCOMPARE(delegate.measuredRowCount(), 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
