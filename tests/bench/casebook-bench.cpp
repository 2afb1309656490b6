// casebook-bench: times page decoding, the conversation view at 1,000 and 100,000 messages,
// filtering 100,000 messages, searching 100,000 archived messages and opening a 2,000-message
// case from the archive.
//
// Prints one JSON object per line, {"name": ..., "ms": ...}, then peak memory as
// {"name": "mem.100k", "mib": ...}. Figures are medians of a few runs; nothing here fails on a
// slow machine. Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "ArchiveStore.h"
#include "CommunicationFilterModel.h"
#include "CommunicationModel.h"
#include "SandboxServer.h"
#include "SupportClient.h"
#include "ConversationView.h"
#include "SupportJson.h"
#include "SyntheticThread.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

void print(const char *name, double ms)
{
    std::printf("{\"name\": \"%s\", \"ms\": %.3f}\n", name, ms);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double timeOnce(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return clock.nsecsElapsed() / 1e6;
}

/// Counts paints of a view's viewport, so a run can wait for the screen to be drawn.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

void waitForPaint(QWidget *viewport, PaintCounter *counter)
{
    const int before = counter->paints;
    viewport->update();
    while (counter->paints == before)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

QList<Communication> thread(int count)
{
    QList<Communication> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i)
        rows << SyntheticThread::message(i, 1 + i % 9);
    return rows;
}

QByteArray pageJson(int first)
{
    QList<Communication> rows;
    for (int i = 0; i < 100; ++i) {
        Communication c = SyntheticThread::message(first + i, 1 + i % 9);
        c.timeCreatedText = SupportJson::formatTime(c.timeCreated);
        if (i % 10 == 0)
            c.attachments << AttachmentInfo {QStringLiteral("att-%1").arg(i),
                                             QStringLiteral("trace-%1.log").arg(i)};
        rows << c;
    }
    QJsonObject page;
    page.insert(QStringLiteral("communications"), SupportJson::toJson(rows));
    page.insert(QStringLiteral("nextToken"), QStringLiteral("token-%1").arg(first + 100));
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

void benchAppendPage()
{
    QList<QByteArray> pages;
    for (int i = 0; i < 50; ++i)
        pages << pageJson(i * 100);

    SyntheticThread model;
    QList<double> runs;
    for (const QByteArray &bytes : pages) {
        runs << timeOnce([&] {
            CommunicationPage page;
            QString problem;
            const QJsonObject json = QJsonDocument::fromJson(bytes).object();
            if (!SupportJson::readCommunicationPage(json, &page, &problem))
                qFatal("page does not decode: %s", qPrintable(problem));
            model.append(page.communications);
        });
    }
    print("model.append_page", median(runs));
}

/// Time from giving a new view its model to the first screen painted.
double firstScreen(SyntheticThread *model)
{
    QList<double> runs;
    for (int run = 0; run < 5; ++run) {
        ConversationView view;
        view.resize(1000, 800);
        PaintCounter counter;
        view.viewport()->installEventFilter(&counter);
        runs << timeOnce([&] {
            view.setModel(model);
            view.show();
            while (counter.paints == 0)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        });
    }
    return median(runs);
}

void benchView()
{
    SyntheticThread small;
    small.append(thread(1000));
    SyntheticThread large;
    large.append(thread(100000));

    const double oneThousand = firstScreen(&small);
    const double hundredThousand = firstScreen(&large);
    print("view.first_screen.1k", oneThousand);
    print("view.first_screen.100k", hundredThousand);
    std::printf("{\"name\": \"view.first_screen.ratio_100k_1k\", \"ratio\": %.2f}\n",
                hundredThousand / oneThousand);

    ConversationView view;
    view.resize(1000, 800);
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    view.setModel(&large);
    view.show();
    waitForPaint(view.viewport(), &counter);
    view.scrollTo(large.index(50000, 0), QAbstractItemView::PositionAtTop);
    waitForPaint(view.viewport(), &counter);

    QList<double> resizes;
    for (int run = 0; run < 6; ++run) {
        resizes << timeOnce([&] {
            const int before = counter.paints;
            view.resize(run % 2 ? 1000 : 720, 800);
            while (counter.paints == before)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        });
    }
    print("view.resize.100k", median(resizes));

    QList<double> ends;
    for (int run = 0; run < 5; ++run) {
        view.scrollToTop();
        waitForPaint(view.viewport(), &counter);
        ends << timeOnce([&] {
            const int before = counter.paints;
            view.scrollToBottom();
            while (counter.paints == before)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        });
    }
    print("view.scroll_to_end.100k", median(ends));
}

/// Time to filter 100,000 loaded messages by a search term, as the find bar does per keystroke.
void benchFilter()
{
    SyntheticThread large;
    large.append(thread(100000));
    CommunicationFilterModel filter;
    filter.setSourceModel(&large);

    const QStringList terms = {QStringLiteral("replication lag"), QStringLiteral("eu-west-1 we"),
                               QStringLiteral("THROUGHPUT OF"), QStringLiteral("instance the"),
                               QStringLiteral("no such words")};
    QList<double> runs;
    int matched = 0;
    for (const QString &term : terms) {
        runs << timeOnce([&] { filter.setSearchText(term); });
        matched += filter.rowCount();
    }
    print("filter.text.100k", median(runs));
    if (matched == 0)
        qFatal("the filter matched nothing; the benchmark measured nothing useful");
}

/// An archive of \a cases cases with \a perCase messages each; every 100th message mentions a
/// kernel panic and each carries one of a thousand ticket references.
void fillArchive(ArchiveStore *store, int cases, int perCase)
{
    for (int c = 0; c < cases; ++c) {
        const QString caseId = QStringLiteral("case-bench-%1").arg(c);
        for (int first = 0; first < perCase; first += 100) {
            QList<Communication> page;
            for (int i = first; i < first + 100 && i < perCase; ++i) {
                const int number = c * perCase + i;
                Communication m = SyntheticThread::message(number, 1 + number % 9);
                m.caseId = caseId;
                m.timeCreatedText = SupportJson::formatTime(m.timeCreated);
                m.body += QStringLiteral("\nref-%1").arg(number % 1000);
                if (number % 100 == 0)
                    m.body += QStringLiteral(" after a kernel panic on the host");
                page << m;
            }
            if (!store->storeCommunications(QStringLiteral("bench"), caseId, page))
                qFatal("archive write failed: %s", qPrintable(store->errorString()));
        }
    }
}

/// Full-text search over 100,000 archived messages: a rare reference, a phrase in one
/// message of a hundred, a prefix and a word in most messages, each limited to 200 hits.
void benchArchive()
{
    QTemporaryDir dir;
    ArchiveStore store;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite"))))
        qFatal("archive did not open: %s", qPrintable(store.errorString()));
    fillArchive(&store, 50, 2000);

    const std::pair<const char *, QString> terms[]
        = {{"archive.search.100k.rare", QStringLiteral("ref-421")},
           {"archive.search.100k.phrase", QStringLiteral("\"kernel panic\"")},
           {"archive.search.100k.prefix", QStringLiteral("throughp*")},
           {"archive.search.100k.common", QStringLiteral("replication lag")}};
    QList<double> runs;
    double worst = 0;
    for (const auto &[name, term] : terms) {
        ArchiveSearchQuery query;
        query.text = term;
        QList<double> termRuns;
        int hits = 0;
        for (int run = 0; run < 5; ++run)
            termRuns << timeOnce(
                [&] { hits = int(store.search(QStringLiteral("bench"), query).size()); });
        if (hits == 0)
            qFatal("the archive search found nothing for %s", qPrintable(term));
        print(name, median(termRuns));
        runs << median(termRuns);
        worst = std::max(worst, median(termRuns));
    }
    print("archive.search.100k", median(runs));
    print("archive.search.100k.worst", worst);

    // Opening a case: the archived rows are in the model when setCase() returns. The model
    // then asks a local sandbox, which does not know the case, for newer messages.
    SandboxServer sandbox;
    if (!sandbox.loadDemoDataset() || !sandbox.listen(0))
        qFatal("the sandbox did not start");
    SupportClient client;
    client.setEndpoint(SupportEndpoint::forRegion(QStringLiteral("us-east-1"), sandbox.url()));
    client.setCredentials({SandboxServer::exampleAccessKeyId(),
                           SandboxServer::exampleSecretAccessKey(),
                           {},
                           QStringLiteral("bench")});
    CommunicationModel model(&client);
    model.setArchive(&store, QStringLiteral("bench"));
    QList<double> opens;
    for (int run = 0; run < 5; ++run) {
        opens << timeOnce([&] { model.setCase(QStringLiteral("case-bench-%1").arg(run)); });
        if (model.rowCount() != 2000)
            qFatal("the archived case opened with %d rows", model.rowCount());
        model.setCase({});
    }
    print("archive.open_case.2k", median(opens));
}

double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // `casebook-bench archive` runs the archive figures alone.
    const bool archiveOnly = app.arguments().contains(QStringLiteral("archive"));
    if (!archiveOnly) {
        benchAppendPage();
        benchView();
        benchFilter();
    }
    benchArchive();
    std::printf("{\"name\": \"mem.100k\", \"mib\": %.1f}\n", peakResidentMiB());
    return 0;
}
