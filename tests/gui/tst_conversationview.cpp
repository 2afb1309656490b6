#include "CommunicationFilterModel.h"
#include "ConversationDelegate.h"
#include "ConversationView.h"
#include "DemoSandbox.h"
#include "SyntheticThread.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTextLayout>

namespace {

constexpr int timeout = 10000;

Communication withBody(const QString &body, bool fromAws = false,
                       const QStringList &attachments = {})
{
    Communication c = SyntheticThread::message(fromAws ? 7 : 1);
    c.body = body;
    for (const QString &name : attachments)
        c.attachments << AttachmentInfo {QStringLiteral("att-") + name, name};
    return c;
}

QStyleOptionViewItem optionForWidth(int width, const QFont &font = QApplication::font())
{
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, width, 0);
    option.font = font;
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled;
    return option;
}

/// The option the view lays rows out with, for reaching into the delegate's cached layouts.
QStyleOptionViewItem optionOf(const ConversationView &view)
{
    QStyleOptionViewItem option = optionForWidth(view.viewport()->width(), view.font());
    option.widget = &view;
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

/// Where character \a position of \a index's body is drawn, in viewport coordinates.
QPoint pointOfCharacter(const ConversationView &view, const QModelIndex &index, int position)
{
    const ConversationDelegate::RowLayout *layout
        = view.conversationDelegate()->rowLayout(optionOf(view), index);
    const QTextLine line = layout->body.lineForTextPosition(position);
    const QPointF local(line.cursorToX(position) + 1, line.y() + line.height() / 2);
    return view.visualRect(index).topLeft() + (layout->bodyOrigin + local).toPoint();
}

void dragInViewport(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

QStringList urlsOf(const QList<ConversationDelegate::Link> &links)
{
    QStringList urls;
    for (const ConversationDelegate::Link &link : links)
        urls << link.url.toString();
    return urls;
}

} // namespace

// The conversation view and its delegate on the offscreen platform, fed by in-memory threads.
class tst_ConversationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizeCoversPainting_data();
    void sizeCoversPainting();
    void rowsDoNotOverlap_data();
    void rowsDoNotOverlap();
    void bodiesStayVerbatim_data();
    void bodiesStayVerbatim();
    void lineBreaksTabsAndSpacesKept();
    void onlyWebAndMailLinks_data();
    void onlyWebAndMailLinks();
    void linkClickEmitsUrl();
    void searchMatchesHighlightedWithoutRelayout();
    void dragSelectsAndCopies();
    void ctrlCWithoutSelectionCopiesMessage();
    void copyThreadHasHeaders();
    void showMoreTogglesHeight();
    void daySeparatorsBetweenDays();
    void senderNameAndAddressApart();
    void senderNamesAreUnquotedOnOneLine_data();
    void senderNamesAreUnquotedOnOneLine();
    void relativeHints();
    void accessibleText();
    void attachmentClickAndContextMenu();
    void attachmentStatesPaint();
    void keyboardMovesBetweenMessages();

    void longThreadLaysOutOnlyWhatIsVisible();
    void correctionsKeepTopRowAnchored();
    void cacheFollowsWidthAndRows();
    void oldestFirstOpensAtBottomAndFetchesAtTop();
    void newestFirstFetchesNearBottom();
    void scrollingDuringLoadDoesNotDuplicate();
};

void tst_ConversationView::sizeCoversPainting_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("pixelSize");

    const QString prose = QStringLiteral("Since 07:52 UTC three of our Kafka brokers in "
                                         "eu-west-1b have been unreachable. ")
                              .repeated(30);
    const QString token = QStringLiteral("AKIAEXAMPLE0123456789/").repeated(200);
    const QString layout = QStringLiteral("Region:\teu-west-1\r\n\r\n    indented    with    "
                                          "runs of spaces\r\nnext\rcarriage return\n")
                               .repeated(8);
    const QString japanese = QStringLiteral("RDS for PostgreSQL のシステム更新 (OS メンテナンス) "
                                            "適用時のダウンタイムとフェイルオーバーについて。")
                                 .repeated(20);
    const QString links = QStringLiteral("See https://docs.aws.amazon.com/support/latest/user/"
                                         "case-management.html and mailto:ops@example.com. ")
                              .repeated(10);

    for (int pixelSize : {0, 19}) {
        for (int width : {300, 640, 1200}) {
            const char *font = pixelSize ? "large" : "default";
            QTest::addRow("prose %s %d", font, width) << width << prose << pixelSize;
            QTest::addRow("token %s %d", font, width) << width << token << pixelSize;
            QTest::addRow("layout %s %d", font, width) << width << layout << pixelSize;
            QTest::addRow("japanese %s %d", font, width) << width << japanese << pixelSize;
            QTest::addRow("links %s %d", font, width) << width << links << pixelSize;
        }
    }
}

void tst_ConversationView::sizeCoversPainting()
{
    QFETCH(int, width);
    QFETCH(QString, body);
    QFETCH(int, pixelSize);

    QFont font = QApplication::font();
    if (pixelSize > 0)
        font.setPixelSize(pixelSize);
    SyntheticThread model;
    model.append({withBody(body, false, {QStringLiteral("trace.log")})});
    ConversationDelegate delegate;
    delegate.setModel(&model);
    const QModelIndex index = model.index(0, 0);

    QStyleOptionViewItem option = optionForWidth(width, font);
    const QSize hint = delegate.sizeHint(option, index);
    const int bodyWidth = ConversationDelegate::bodyWidth(width);
    const ConversationDelegate::RowLayout *layout = delegate.rowLayout(option, index);
    QCOMPARE(hint.width(), width);
    if (layout->shownLines == layout->body.lineCount())
        QVERIFY(hint.height() >= neededHeight(body, font, bodyWidth));
    QVERIFY(layout->body.lineCount() > 1);
    for (int i = 0; i < layout->body.lineCount(); ++i)
        QVERIFY(layout->body.lineAt(i).naturalTextWidth() <= bodyWidth + 0.5);

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

void tst_ConversationView::rowsDoNotOverlap_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("pixelSize");
    for (int pixelSize : {0, 18}) {
        for (int width : {340, 700, 1300})
            QTest::addRow("%d px font at %d", pixelSize, width) << width << pixelSize;
    }
}

void tst_ConversationView::rowsDoNotOverlap()
{
    QFETCH(int, width);
    QFETCH(int, pixelSize);

    SyntheticThread model;
    for (int i = 0; i < 40; ++i)
        model.append({SyntheticThread::message(i, 1 + i % 6)});
    ConversationView view;
    if (pixelSize > 0) {
        QFont font = view.font();
        font.setPixelSize(pixelSize);
        view.setFont(font);
    }
    view.setModel(&model);
    view.resize(width, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Each painted row sits right under the one before, exactly as tall as its layout.
    for (int step = 0; step < 3; ++step) {
        view.scrollTo(model.index(step * 15, 0), QAbstractItemView::PositionAtTop);
        QRect previous;
        for (int row = view.topIndex().row(); row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QRect rect = view.visualRect(index);
            if (rect.top() >= view.viewport()->height())
                break;
            const auto *layout = view.conversationDelegate()->rowLayout(optionOf(view), index);
            QCOMPARE(rect.height(), layout->height);
            QCOMPARE(rect.width(), view.viewport()->width());
            QVERIFY(layout->card.bottom() < layout->height);
            if (previous.isValid())
                QCOMPARE(rect.top(), previous.bottom() + 1);
            previous = rect;
        }
    }
}

void tst_ConversationView::bodiesStayVerbatim_data()
{
    QTest::addColumn<QString>("body");

    QTest::newRow("image tag") << QStringLiteral("<img src=http://x/y.png>");
    QTest::newRow("bold tag") << QStringLiteral("<b>bold</b>");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("entities") << QStringLiteral("&lt;b&gt; &amp; &#x41;");
    QTest::newRow("markdown") << QStringLiteral("**not bold** [not a link](http://x/)");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
}

void tst_ConversationView::bodiesStayVerbatim()
{
    QFETCH(QString, body);

    SyntheticThread model;
    model.append({withBody(body)});
    ConversationDelegate delegate;
    delegate.setModel(&model);
    const QStyleOptionViewItem option = optionForWidth(800);

    // Links are painted as overlays: the layout itself carries no formats at all.
    const QTextLayout *layout = delegate.bodyLayout(option, model.index(0, 0));
    QCOMPARE(layout->text(), body);
    QVERIFY(layout->formats().isEmpty());
    QCOMPARE(layout->lineCount(), 1);
    const qreal plainWidth = QFontMetricsF(option.font).horizontalAdvance(body);
    QVERIFY(qAbs(layout->lineAt(0).naturalTextWidth() - plainWidth) <= 1.0);
}

void tst_ConversationView::lineBreaksTabsAndSpacesKept()
{
    const QString body = QStringLiteral("one\r\ntwo\nthree\rfour\tfive      six");
    QCOMPARE(ConversationDelegate::displayText(body),
             QStringLiteral("one\u2028two\u2028three\u2028four\tfive      six"));

    SyntheticThread model;
    model.append({withBody(body)});
    ConversationDelegate delegate;
    delegate.setModel(&model);
    const QTextLayout *layout = delegate.bodyLayout(optionForWidth(1200), model.index(0, 0));

    QCOMPARE(layout->lineCount(), 4);
    const QTextLine last = layout->lineAt(3);
    QCOMPARE(layout->text().mid(last.textStart(), last.textLength()),
             QStringLiteral("four\tfive      six"));
}

void tst_ConversationView::onlyWebAndMailLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");

    const auto none = QStringList();
    QTest::newRow("sentence end") << QStringLiteral("See https://aws.amazon.com/support.")
                                  << QStringList {QStringLiteral("https://aws.amazon.com/support")};
    QTest::newRow("comma and quote")
        << QStringLiteral("\"http://a.example/x\", then") << QStringList {"http://a.example/x"};
    QTest::newRow("brackets") << QStringLiteral("(see http://w.example/Foo_(bar)).")
                              << QStringList {QStringLiteral("http://w.example/Foo_(bar)")};
    QTest::newRow("mailto") << QStringLiteral("write to mailto:ops@example.com, please")
                            << QStringList {QStringLiteral("mailto:ops@example.com")};
    QTest::newRow("two") << QStringLiteral("http://a.example https://b.example/?q=1&r=2;")
                         << QStringList {QStringLiteral("http://a.example"),
                                         QStringLiteral("https://b.example/?q=1&r=2")};
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << none;
    QTest::newRow("javascript with url")
        << QStringLiteral("javascript:http://evil.example/") << none;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << none;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << none;
    QTest::newRow("ftp") << QStringLiteral("ftp://files.example/") << none;
    QTest::newRow("glued scheme") << QStringLiteral("xhttp://evil.example/") << none;
    QTest::newRow("no host") << QStringLiteral("http:// nothing here") << none;
    QTest::newRow("mailto without address") << QStringLiteral("mailto:") << none;
    QTest::newRow("tag") << QStringLiteral("<a href=\"http://x.example/\">x</a>")
                         << QStringList {QStringLiteral("http://x.example/")};
}

void tst_ConversationView::onlyWebAndMailLinks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);

    const QList<ConversationDelegate::Link> links = ConversationDelegate::findLinks(text);
    QCOMPARE(urlsOf(links), urls);
    for (const ConversationDelegate::Link &link : links)
        QCOMPARE(QUrl(text.mid(link.start, link.length)), link.url);
}

void tst_ConversationView::linkClickEmitsUrl()
{
    const QString body = QStringLiteral("Read https://docs.aws.amazon.com/support/ now, and "
                                        "not javascript:alert(1) or file:///etc/passwd.");
    SyntheticThread model;
    model.append({withBody(body)});
    ConversationView view;
    view.setOpensLinks(false);
    view.setModel(&model);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &ConversationView::linkActivated);

    const QModelIndex index = model.index(0, 0);
    const int link = int(body.indexOf(QLatin1String("https://")));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointOfCharacter(view, index, link + 5));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toUrl(),
             QUrl(QStringLiteral("https://docs.aws.amazon.com/support/")));

    // Plain words and other schemes are text: clicking them activates nothing.
    for (const char *word : {"Read", "javascript:", "file:"}) {
        const int at = int(body.indexOf(QLatin1String(word)));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          pointOfCharacter(view, index, at + 2));
    }
    QCOMPARE(activated.size(), 1);
}

void tst_ConversationView::searchMatchesHighlightedWithoutRelayout()
{
    // CRLFs before the match: the laid-out text has one character fewer for each of them.
    const QString body = QStringLiteral("line one\r\nline two\r\nthe NEEDLE is here, needle");
    SyntheticThread source;
    source.append({withBody(body), withBody(QStringLiteral("nothing to see"))});
    CommunicationFilterModel filter;
    filter.setSourceModel(&source);
    filter.setSearchMode(CommunicationFilterModel::SearchMode::Highlight);

    ConversationView view;
    view.setModel(&filter);
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int measured = view.conversationDelegate()->measuredRowCount();
    QVERIFY(measured > 0);

    filter.setSearchText(QStringLiteral("needle"));
    QCOMPARE(filter.rowCount(), 2);
    const QModelIndex first = filter.index(0, 0);
    const auto formats = ConversationDelegate::searchMatchFormats(first, view.palette());
    QCOMPARE(formats.size(), 2);
    const QString shown = ConversationDelegate::displayText(body);
    for (const QTextLayout::FormatRange &format : formats)
        QCOMPARE(shown.mid(format.start, format.length).toCaseFolded(), QStringLiteral("needle"));
    QVERIFY(formats.first().format.background().color() != view.palette().color(QPalette::Base));
    QVERIFY(ConversationDelegate::searchMatchFormats(filter.index(1, 0), view.palette()).isEmpty());

    // Moving highlights changes no height, so nothing is measured again.
    QCOMPARE(view.conversationDelegate()->measuredRowCount(), measured);
}

void tst_ConversationView::dragSelectsAndCopies()
{
    const QString body = QStringLiteral("Hello team,\r\nthe cluster recovered at 09:14.");
    SyntheticThread model;
    model.append({withBody(body)});
    ConversationView view;
    view.setModel(&model);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QModelIndex index = model.index(0, 0);
    const int start = int(body.indexOf(QLatin1String("team")));
    const int end = int(body.indexOf(QLatin1String(" recovered"))) - 1; // display text is 1 shorter
    dragInViewport(view.viewport(), pointOfCharacter(view, index, start) - QPoint(1, 0),
                   pointOfCharacter(view, index, end) - QPoint(1, 0));
    QCOMPARE(view.selectedText(), QStringLiteral("team,\nthe cluster"));

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("team,\nthe cluster"));

    // The selection is painted from the palette's highlight colour.
    QImage image(view.viewport()->size(), QImage::Format_RGB32);
    view.viewport()->render(&image);
    const QPoint from = pointOfCharacter(view, index, start);
    const QPoint to = pointOfCharacter(view, index, start + 4);
    const QPalette palette = view.palette();
    const QList<QRgb> highlights = {palette.color(QPalette::Active, QPalette::Highlight).rgb(),
                                    palette.color(QPalette::Inactive, QPalette::Highlight).rgb()};
    int highlighted = 0;
    for (int x = from.x(); x < to.x(); ++x) {
        for (int dy = -4; dy <= 4; ++dy)
            highlighted += highlights.contains(image.pixel(x, from.y() + dy));
    }
    QVERIFY(highlighted);
}

void tst_ConversationView::ctrlCWithoutSelectionCopiesMessage()
{
    SyntheticThread model;
    model.append({withBody(QStringLiteral("first")), withBody(QStringLiteral("second\r\nline"))});
    ConversationView view;
    view.setModel(&model);
    view.show();
    view.setCurrentIndex(model.index(1, 0));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("second\r\nline"));
}

void tst_ConversationView::copyThreadHasHeaders()
{
    SyntheticThread model;
    model.append({SyntheticThread::message(1), SyntheticThread::message(7)});
    ConversationView view;
    view.setModel(&model);
    const QString text = view.threadText();
    QVERIFY(text.indexOf(QLatin1String("Message 1")) < text.indexOf(QLatin1String("Message 7")));
    QCOMPARE(text.count(QLatin1String("From: ")), 2);
    QCOMPARE(text.count(QLatin1String("Date: ")), 2);
    QVERIFY(text.contains(QLatin1String("From: Priya Raman <priya.raman@example.com>")));
    QVERIFY(text.contains(QLatin1String("From: Amazon Web Services")));
}

void tst_ConversationView::showMoreTogglesHeight()
{
    QStringList lines;
    for (int i = 0; i < 100; ++i)
        lines << QStringLiteral("log line %1").arg(i);
    SyntheticThread model;
    model.append({withBody(lines.join(QLatin1Char('\n'))), withBody(QStringLiteral("short"))});
    ConversationView view;
    view.setModel(&model);
    view.resize(700, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QModelIndex index = model.index(0, 0);
    QVERIFY(view.isFolded(index));
    const int folded = view.visualRect(index).height();
    const auto *layout = view.conversationDelegate()->rowLayout(optionOf(view), index);
    QCOMPARE(layout->shownLines, ConversationDelegate::foldedLines);
    QVERIFY(!layout->toggle.isEmpty());

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      view.visualRect(index).topLeft() + layout->toggle.center());
    QVERIFY(!view.isFolded(index));
    const int expanded = view.visualRect(index).height();
    QVERIFY2(expanded > folded + 50, qPrintable(QStringLiteral("%1 %2").arg(folded).arg(expanded)));
    QCOMPARE(view.currentIndex(), index);

    QTest::keyClick(&view, Qt::Key_Return);
    QVERIFY(view.isFolded(index));
    QCOMPARE(view.visualRect(index).height(), folded);
    QVERIFY(!view.isFolded(model.index(1, 0)));

    // The folded state belongs to the message, whatever row it is in later.
    view.setFolded(index, false);
    model.prepend({withBody(QStringLiteral("newer"))});
    QVERIFY(!view.isFolded(model.index(1, 0)));
}

void tst_ConversationView::daySeparatorsBetweenDays()
{
    const QDateTime base(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC);
    SyntheticThread model;
    model.append({SyntheticThread::message(0, 2, base),
                  SyntheticThread::message(0, 2, base.addSecs(-3600)),
                  SyntheticThread::message(0, 2, base.addSecs(-30 * 3600)),
                  SyntheticThread::message(0, 2, base.addDays(-9))});
    ConversationDelegate delegate;
    delegate.setModel(&model);
    const QStyleOptionViewItem option = optionForWidth(700);

    int separators = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QDate day
            = index.data(CommunicationModel::TimeCreatedRole).toDateTime().toLocalTime().date();
        const QDate before = row == 0 ? QDate()
                                      : model.index(row - 1, 0)
                                            .data(CommunicationModel::TimeCreatedRole)
                                            .toDateTime()
                                            .toLocalTime()
                                            .date();
        const QString separator = delegate.rowLayout(option, index)->separator;
        QCOMPARE(!separator.isEmpty(), day != before);
        if (!separator.isEmpty()) {
            ++separators;
            QCOMPARE(separator, QLocale().toString(day, QLocale::LongFormat));
            QVERIFY(separator.contains(QLatin1String("2026")));
        }
    }
    QCOMPARE(separators, 3);
}

void tst_ConversationView::senderNamesAreUnquotedOnOneLine_data()
{
    QTest::addColumn<QString>("submittedBy");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");

    QTest::newRow("escaped quote at the end") << "\"Quote\\\" <q@example.com>"
                                              << "Quote\"" << "q@example.com";
    QTest::newRow("escaped quotes inside") << "\"O'Brien, \\\"Ops\\\"\" <ops@example.com>"
                                           << "O'Brien, \"Ops\"" << "ops@example.com";
    QTest::newRow("escaped backslash") << "\"a\\\\b\" <ab@example.com>"
                                       << "a\\b" << "ab@example.com";
    QTest::newRow("line break in the name") << "Mallory\r\nBcc: v@example.com <m@example.com>"
                                            << "Mallory Bcc: v@example.com" << "m@example.com";
    QTest::newRow("line break without an address") << "ops\n@example.com"
                                                   << "ops @example.com" << "";
}

void tst_ConversationView::senderNamesAreUnquotedOnOneLine()
{
    QFETCH(QString, submittedBy);
    QFETCH(QString, name);
    QFETCH(QString, address);

    SyntheticThread model;
    Communication c = withBody(QStringLiteral("x"));
    c.submittedBy = submittedBy;
    model.append({c});
    QCOMPARE(ConversationDelegate::senderText(model.index(0, 0)), name);
    QCOMPARE(ConversationDelegate::senderAddress(model.index(0, 0)), address);
}

void tst_ConversationView::senderNameAndAddressApart()
{
    SyntheticThread model;
    Communication named = withBody(QStringLiteral("x"));
    named.submittedBy = QStringLiteral("\"Raman, Priya\" <priya.raman@example.com>");
    Communication plain = withBody(QStringLiteral("y"));
    plain.submittedBy = QStringLiteral("ops@example.com");
    model.append({named, plain, withBody(QStringLiteral("z"), true)});

    QCOMPARE(ConversationDelegate::senderText(model.index(0, 0)), QStringLiteral("Raman, Priya"));
    QCOMPARE(ConversationDelegate::senderAddress(model.index(0, 0)),
             QStringLiteral("priya.raman@example.com"));
    QCOMPARE(ConversationDelegate::senderText(model.index(1, 0)),
             QStringLiteral("ops@example.com"));
    QVERIFY(ConversationDelegate::senderAddress(model.index(1, 0)).isEmpty());
    QCOMPARE(ConversationDelegate::senderText(model.index(2, 0)),
             QStringLiteral("Amazon Web Services"));

    ConversationDelegate delegate;
    delegate.setModel(&model);
    const auto *layout = delegate.rowLayout(optionForWidth(900), model.index(0, 0));
    QVERIFY(layout->address.width() > 0);
    QVERIFY(layout->address.left() > layout->name.right());
}

void tst_ConversationView::relativeHints()
{
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(ConversationDelegate::relativeHint(now.addSecs(-10), now), QStringLiteral("just now"));
    QCOMPARE(ConversationDelegate::relativeHint(now.addSecs(-5 * 60), now),
             QStringLiteral("5 minutes ago"));
    QCOMPARE(ConversationDelegate::relativeHint(now.addSecs(-3 * 3600), now),
             QStringLiteral("3 hours ago"));
    const QDateTime noon(QDate(2026, 12, 4), QTime(12, 0));
    QCOMPARE(ConversationDelegate::relativeHint(noon.addDays(-1).addSecs(-3600), noon),
             QStringLiteral("yesterday"));
    QCOMPARE(ConversationDelegate::relativeHint(noon.addDays(-3), noon),
             QStringLiteral("3 days ago"));
    QVERIFY(ConversationDelegate::relativeHint(noon.addDays(-30), noon).isEmpty());

    SyntheticThread model;
    Communication recent = withBody(QStringLiteral("x"));
    recent.timeCreated = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600 - 60);
    model.append({recent});
    const QString time = ConversationDelegate::timeText(model.index(0, 0));
    QVERIFY2(time.endsWith(QLatin1String("2 hours ago")), qPrintable(time));
    QVERIFY(time.contains(
        QLocale().toString(recent.timeCreated.toLocalTime().time(), QLocale::ShortFormat)));
}

void tst_ConversationView::accessibleText()
{
    SyntheticThread model;
    model.append({withBody(QStringLiteral("The cluster is back."))});
    const QString text = ConversationDelegate::accessibleText(model.index(0, 0));
    QVERIFY(text.startsWith(QLatin1String("From Priya Raman, ")));
    QVERIFY(text.endsWith(QLatin1String(": The cluster is back.")));

    ConversationView view;
    QVERIFY(!view.accessibleName().isEmpty());
}

void tst_ConversationView::attachmentClickAndContextMenu()
{
    SyntheticThread model;
    model.append({withBody(QStringLiteral("logs attached"), false,
                           {QStringLiteral("trace.log"), QStringLiteral("screenshot.png")})});
    ConversationView view;
    view.setModel(&model);
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &ConversationView::attachmentActivated);
    QSignalSpy menu(&view, &ConversationView::attachmentContextMenuRequested);

    const QModelIndex index = model.index(0, 0);
    const auto *layout = view.conversationDelegate()->rowLayout(optionOf(view), index);
    QCOMPARE(layout->attachments.size(), 2);
    const QPoint second = view.visualRect(index).topLeft() + layout->attachments.at(1).center();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, second);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toModelIndex(), index);
    QCOMPARE(activated.at(0).at(1).toInt(), 1);

    QContextMenuEvent event(QContextMenuEvent::Mouse, second, view.viewport()->mapToGlobal(second));
    QApplication::sendEvent(view.viewport(), &event);
    QCOMPARE(menu.size(), 1);
    QCOMPARE(menu.at(0).at(1).toInt(), 1);
    QCOMPARE(menu.at(0).at(2).toPoint(), view.viewport()->mapToGlobal(second));

    // A click on the body is not an attachment click.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointOfCharacter(view, index, 2));
    QCOMPARE(activated.size(), 1);
}

void tst_ConversationView::attachmentStatesPaint()
{
    SyntheticThread model;
    model.append({withBody(QStringLiteral("logs"), false, {QStringLiteral("trace.log")})});
    ConversationView view;
    view.setModel(&model);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QString id = QStringLiteral("att-trace.log");
    QCOMPARE(view.attachmentState(id), AttachmentState::Available);
    const auto *layout = view.conversationDelegate()->rowLayout(optionOf(view), model.index(0, 0));
    const QRect line
        = layout->attachments.at(0).translated(view.visualRect(model.index(0, 0)).topLeft());
    auto grab = [&] {
        return view.viewport()->grab(line).toImage();
    };

    const QImage available = grab();
    view.setAttachmentState(id, AttachmentState::Downloading);
    QCOMPARE(view.attachmentState(id), AttachmentState::Downloading);
    const QImage downloading = grab();
    view.setAttachmentState(id, AttachmentState::Unavailable);
    const QImage unavailable = grab();
    QVERIFY(available != downloading);
    QVERIFY(downloading != unavailable);
    QVERIFY(available != unavailable);
}

void tst_ConversationView::keyboardMovesBetweenMessages()
{
    SyntheticThread model;
    for (int i = 0; i < 29; ++i)
        model.append({SyntheticThread::message(i)});
    model.append({SyntheticThread::message(29, 35)}); // taller than the pane
    ConversationView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();

    view.setCurrentIndex(model.index(0, 0));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentIndex().row(), 1);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentIndex().row(), 29);
    QVERIFY(view.isAtBottom());
    const int bottomOffset = view.topOffset();

    // Up first reads back through the tall message, then moves to the one before.
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentIndex().row(), 29);
    QVERIFY(view.topOffset() != bottomOffset || view.topIndex().row() != 29);
    for (int i = 0; i < 60 && view.currentIndex().row() == 29; ++i)
        QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentIndex().row(), 28);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentIndex().row(), 0);
    QCOMPARE(view.topIndex().row(), 0);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QVERIFY(view.currentIndex().row() > 0);
    QVERIFY(view.visualRect(view.currentIndex()).intersects(view.viewport()->rect()));
}

void tst_ConversationView::longThreadLaysOutOnlyWhatIsVisible()
{
    SyntheticThread model;
    QList<Communication> rows;
    for (int i = 0; i < 100000; ++i)
        rows << SyntheticThread::message(i, 1 + i % 5);
    model.append(rows);

    ConversationView view;
    view.setModel(&model);
    view.resize(800, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const int measured = view.conversationDelegate()->measuredRowCount();
    QVERIFY2(measured > 0 && measured < 40, qPrintable(QString::number(measured)));

    view.scrollToBottom();
    QVERIFY(view.isAtBottom());
    QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    view.resize(500, 700);
    QCoreApplication::processEvents();
    QVERIFY(view.conversationDelegate()->measuredRowCount() < 40);

    // Dragging the thumb to the middle lands near the middle of the thread.
    view.verticalScrollBar()->setSliderDown(true);
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    view.verticalScrollBar()->setSliderDown(false);
    QVERIFY(qAbs(view.topIndex().row() - 50000) < 200);
}

void tst_ConversationView::correctionsKeepTopRowAnchored()
{
    SyntheticThread model;
    for (int i = 0; i < 2000; ++i)
        model.append({SyntheticThread::message(i, 1 + i % 13)});
    ConversationView view;
    view.setModel(&model);
    view.resize(600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QModelIndex target = model.index(1000, 0);
    view.scrollTo(target, QAbstractItemView::PositionAtTop);
    QCOMPARE(view.topIndex(), target);
    QCOMPARE(view.visualRect(target).top(), 0);

    // A small scroll moves by exact pixels, whatever the estimates said.
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(bar->value() + 30);
    QCOMPARE(view.topIndex(), target);
    QCOMPARE(view.visualRect(target).top(), -30);

    // Rows measured at a new width differ from their estimates; the top message stays.
    view.resize(900, 500);
    QCoreApplication::processEvents();
    QCOMPARE(view.topIndex(), target);
    QVERIFY(view.visualRect(target).top() <= 0 && view.visualRect(target).top() > -30);

    // Rows arriving above (an older page in oldest-first order) do not move what is read.
    const QString body = target.data(CommunicationModel::BodyRole).toString();
    const int top = view.visualRect(target).top();
    QList<Communication> older;
    for (int i = 0; i < 100; ++i)
        older << SyntheticThread::message(5000 + i, 1 + i % 7);
    model.prepend(older);
    view.doItemsLayout();
    QCOMPARE(view.topIndex().row(), 1100);
    QCOMPARE(view.topIndex().data(CommunicationModel::BodyRole).toString(), body);
    QCOMPARE(view.visualRect(view.topIndex()).top(), top);
}

void tst_ConversationView::cacheFollowsWidthAndRows()
{
    SyntheticThread model;
    for (int i = 0; i < 5; ++i)
        model.append({withBody(QStringLiteral("Message %1").arg(i))});
    ConversationDelegate delegate;
    delegate.setModel(&model);
    const QStyleOptionViewItem option = optionForWidth(600);

    for (int row = 0; row < model.rowCount(); ++row)
        delegate.sizeHint(option, model.index(row, 0));
    QCOMPARE(delegate.measuredRowCount(), 5);

    // A page appended at the end leaves the rows above as they were measured.
    model.append({withBody(QStringLiteral("Message 5"))});
    QCOMPARE(delegate.measuredRowCount(), 5);
    delegate.sizeHint(option, model.index(5, 0));
    QCOMPARE(delegate.measuredRowCount(), 6);

    // Rows inserted above move the measured heights with their rows; the row after the
    // insertion is measured again, as its day separator may change.
    const int heightOfLast = delegate.cachedHeight(5);
    model.prepend({withBody(QStringLiteral("Inserted")), withBody(QStringLiteral("Inserted"))});
    QCOMPARE(delegate.cachedHeight(7), heightOfLast);
    QCOMPARE(delegate.cachedHeight(2), -1);
    QCOMPARE(delegate.measuredRowCount(), 5);

    // Everything is measured again at a new width.
    delegate.sizeHint(optionForWidth(700), model.index(0, 0));
    QCOMPARE(delegate.measuredRowCount(), 1);
}

void tst_ConversationView::oldestFirstOpensAtBottomAndFetchesAtTop()
{
    // Oldest first: row 0 is the oldest message; older pages arrive above it.
    SyntheticThread model;
    QList<Communication> newest;
    for (int i = 29; i >= 0; --i)
        newest << SyntheticThread::message(i);
    model.append(newest);
    for (int page = 1; page <= 2; ++page) {
        QList<Communication> older;
        for (int i = page * 30 + 29; i >= page * 30; --i)
            older << SyntheticThread::message(i);
        model.queuePage(older);
    }
    model.setPrependPages(true);

    ConversationView view;
    view.setOldestFirst(true);
    view.setModel(&model);
    view.resize(600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.isAtBottom());
    QTest::qWait(50);
    QCOMPARE(model.fetchCount(), 0);

    view.scrollToTop();
    const QString oldest = view.topIndex().data(CommunicationModel::BodyRole).toString();
    QTRY_COMPARE(model.rowCount(), 60);
    QCOMPARE(view.topIndex().row(), 30);
    QCOMPARE(view.topIndex().data(CommunicationModel::BodyRole).toString(), oldest);
    QCOMPARE(view.visualRect(view.topIndex()).top(), 0);
    QTest::qWait(50);
    QCOMPARE(model.fetchCount(), 1);

    view.scrollToTop();
    QTRY_COMPARE(model.rowCount(), 90);
    QCOMPARE(model.fetchCount(), 2);
}

void tst_ConversationView::newestFirstFetchesNearBottom()
{
    SyntheticThread model;
    QList<Communication> first;
    for (int i = 0; i < 30; ++i)
        first << SyntheticThread::message(i);
    model.append(first);
    QList<Communication> second;
    for (int i = 30; i < 60; ++i)
        second << SyntheticThread::message(i);
    model.queuePage(second);

    ConversationView view;
    view.setModel(&model);
    view.resize(600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    QCOMPARE(model.fetchCount(), 0);
    QCOMPARE(view.topIndex().row(), 0);

    QTRY_VERIFY(view.loadAllAction()->isEnabled());
    QCOMPARE(view.countText(), QStringLiteral("30 of many"));

    view.scrollToBottom();
    QTRY_COMPARE(model.rowCount(), 60);
    QCOMPARE(model.fetchCount(), 1);
    QVERIFY(view.topIndex().row() < 30);
    QTRY_VERIFY(!view.loadAllAction()->isEnabled());
    QCOMPARE(view.countText(), QStringLiteral("60 messages"));
}

void tst_ConversationView::scrollingDuringLoadDoesNotDuplicate()
{
    std::unique_ptr<SandboxServer> sandbox = DemoSandbox::start();
    QVERIFY(sandbox);
    const int total = DemoSandbox::communicationCount(DemoSandbox::longCaseId);
    SupportClient client;
    DemoSandbox::configure(&client, *sandbox);
    CommunicationModel model(&client);
    QAbstractItemModelTester tester(&model);
    model.setPageSize(20);

    ConversationView view;
    view.setModel(&model);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setCase(DemoSandbox::longCaseId);
    model.fetchMore({});

    // Hammer the end of the thread while pages are in flight.
    QElapsedTimer clock;
    clock.start();
    while (!model.isComplete() && clock.elapsed() < 60000) {
        view.scrollToBottom();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() - 50);
        view.scrollToBottom();
        QTest::qWait(5);
    }
    QVERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), total);

    QSet<QString> seen;
    for (const Communication &c : model.communications())
        seen.insert(c.timeCreatedText + c.submittedBy + c.body);
    QCOMPARE(int(seen.size()), total);
}

QTEST_MAIN(tst_ConversationView)
#include "tst_conversationview.moc"
