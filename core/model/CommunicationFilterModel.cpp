#include "CommunicationFilterModel.h"

#include "CommunicationModel.h"
#include "Logging.h"

#include <QPointer>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace {

/// A string prepared for matching, and where each of its characters came from.
struct FoldedText
{
    QString text;
    QList<int> starts; ///< per character of text: its first character in the original
    QList<int> ends; ///< per character of text: one past its last one in the original
};

QString foldPiece(const QString &piece)
{
    // Folding can leave a sequence that normalisation would compose again, hence twice.
    return piece.normalized(QString::NormalizationForm_KC)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_KC);
}

void appendFolded(FoldedText *folded, const QString &text, int start, int end)
{
    const QChar first = text.at(start);
    const QString piece = end - start == 1 && first.unicode() < 0x80
        ? QString(first.toLower())
        : foldPiece(text.mid(start, end - start));

    folded->text += piece;
    for (qsizetype i = 0; i < piece.size(); ++i) {
        folded->starts.append(start);
        folded->ends.append(end);
    }
}

/// NFKC and case folding one user-perceived character at a time, so that a match covering
/// part of a ligature or of a composed letter still maps to whole characters of \a text.
FoldedText foldWithPositions(const QString &text)
{
    FoldedText folded;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > start; end = finder.toNextBoundary()) {
        appendFolded(&folded, text, start, int(end));
        start = int(end);
    }
    return folded;
}

/// True when NFKC leaves \a text as it is, as it leaves all ASCII.
bool isNormal(const QString &text)
{
    const QString normal = text.normalized(QString::NormalizationForm_KC);
    // An unchanged string comes back shared, which spares comparing the characters.
    return normal.constData() == text.constData() || normal == text;
}

/// Whether \a text contains \a needle, which is folded already.
bool containsFolded(const QString &text, const QString &needle)
{
    // Qt's case-insensitive search folds each character as toCaseFolded() does, without
    // building a folded copy: that is most of the cost on long threads.
    if (isNormal(text))
        return text.contains(needle, Qt::CaseInsensitive);
    return foldPiece(text).contains(needle);
}

QList<QPoint> rangesOf(const QString &text, const QString &needle)
{
    QList<QPoint> ranges;
    if (needle.isEmpty() || text.isEmpty())
        return ranges;

    // Simple case folding keeps one character for one: in normal text positions stay put.
    if (isNormal(text)) {
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
            ranges.append(QPoint(int(at), int(needle.size())));
        return ranges;
    }

    const FoldedText hay = foldWithPositions(text);
    for (qsizetype at = hay.text.indexOf(needle); at >= 0;
         at = hay.text.indexOf(needle, at + needle.size())) {
        const int start = hay.starts.at(at);
        const int end = hay.ends.at(at + needle.size() - 1);

        // Two matches inside one ligature map to the same original characters.
        if (!ranges.isEmpty() && start < ranges.last().x() + ranges.last().y()) {
            ranges.last().setY(qMax(ranges.last().y(), end - ranges.last().x()));
            continue;
        }
        ranges.append(QPoint(start, end - start));
    }
    return ranges;
}

QVariantList toVariantList(const QList<QPoint> &ranges)
{
    QVariantList list;
    list.reserve(ranges.size());
    for (const QPoint &range : ranges)
        list.append(range);
    return list;
}

// A source that answers fetchMore() with nothing this many times in a row is not asked again.
constexpr int maxFetchesWithoutRows = 3;

} // namespace

struct CommunicationFilterModel::Private
{
    enum class Match : qint8 { Unknown, No, Yes };

    explicit Private(CommunicationFilterModel *model) : q(model) { }

    bool matches(int sourceRow) const;
    bool computeMatch(int sourceRow) const;
    void buildMatchRows() const;
    QVariant rangesFor(const QModelIndex &index, int sourceRole) const;

    void watchSource(QAbstractItemModel *source);
    void forgetSourceRows(int first, int last);
    void refilter();
    void announceMatchData();
    void invalidateMatchRows();

    void resetLoadingGuards();
    void scheduleLoadCheck();
    void checkLoading();
    int hits() const;
    void setSearching(bool searching);

    CommunicationFilterModel *const q;

    QString searchText;
    QString needle; ///< searchText folded; empty means no search
    SearchMode mode = SearchMode::Filter;
    Side side = Side::All;
    bool attachmentsOnly = false;
    bool oldestFirst = false;

    mutable QList<Match> sourceMatches; ///< per source row, filled in when first needed
    mutable QList<int> matchRows; ///< rows of this model that match, ascending
    mutable bool matchRowsValid = false;
    bool notifyQueued = false;

    QList<QMetaObject::Connection> sourceConnections;
    QPointer<CommunicationModel> communications;
    int minimumMatches = 10;
    bool searching = false;
    int reportedRows = -1;
    bool checkQueued = false;
    bool stoppedByFailure = false;
    int rowsAtLastFetch = -1;
    int fetchesWithoutRows = 0;
};

bool CommunicationFilterModel::Private::matches(int sourceRow) const
{
    if (needle.isEmpty() || sourceRow < 0)
        return false;

    if (sourceRow >= sourceMatches.size())
        sourceMatches.resize(qMax(q->sourceModel()->rowCount(), sourceRow + 1), Match::Unknown);
    Match &match = sourceMatches[sourceRow];
    if (match == Match::Unknown)
        match = computeMatch(sourceRow) ? Match::Yes : Match::No;
    return match == Match::Yes;
}

bool CommunicationFilterModel::Private::computeMatch(int sourceRow) const
{
    const QModelIndex index = q->sourceModel()->index(sourceRow, 0);
    const QString body = index.data(CommunicationModel::BodyRole).toString();
    if (containsFolded(body, needle))
        return true;
    const QString sender = index.data(CommunicationModel::SubmittedByRole).toString();
    return containsFolded(sender, needle);
}

void CommunicationFilterModel::Private::buildMatchRows() const
{
    if (matchRowsValid)
        return;

    matchRows.clear();
    if (!needle.isEmpty()) {
        const int rows = q->rowCount();
        for (int row = 0; row < rows; ++row) {
            if (matches(q->mapToSource(q->index(row, 0)).row()))
                matchRows.append(row);
        }
    }
    matchRowsValid = true;
}

QVariant CommunicationFilterModel::Private::rangesFor(const QModelIndex &index,
                                                      int sourceRole) const
{
    if (needle.isEmpty())
        return QVariantList();
    const QString text = q->mapToSource(index).data(sourceRole).toString();
    return toVariantList(rangesOf(text, needle));
}

void CommunicationFilterModel::Private::watchSource(QAbstractItemModel *source)
{
    using Model = QAbstractItemModel;
    auto &c = sourceConnections;

    c << connect(source, &Model::rowsInserted, q,
                 [this](const QModelIndex &parent, int first, int last) {
                     if (!parent.isValid() && first <= sourceMatches.size())
                         sourceMatches.insert(first, last - first + 1, Match::Unknown);
                     scheduleLoadCheck();
                 });
    c << connect(source, &Model::rowsRemoved, q,
                 [this](const QModelIndex &parent, int first, int last) {
                     if (!parent.isValid())
                         forgetSourceRows(first, last);
                 });
    c << connect(source, &Model::dataChanged, q,
                 [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                     const int last = qMin(bottomRight.row(), int(sourceMatches.size()) - 1);
                     for (int row = topLeft.row(); row <= last; ++row)
                         sourceMatches[row] = Match::Unknown;
                 });
    c << connect(source, &Model::rowsMoved, q, [this] { sourceMatches.clear(); });
    c << connect(source, &Model::layoutChanged, q, [this] { sourceMatches.clear(); });
    c << connect(source, &Model::modelReset, q, [this] {
        sourceMatches.clear();
        resetLoadingGuards();
        scheduleLoadCheck();
    });

    if (!communications)
        return;
    c << connect(communications, &CommunicationModel::loadingChanged, q, [this](bool loading) {
        // Someone asked again (a retry): a past failure no longer stands in the way.
        if (loading)
            stoppedByFailure = false;
        else
            scheduleLoadCheck();
    });
    c << connect(communications, &CommunicationModel::loadFailed, q, [this] {
        stoppedByFailure = true;
        scheduleLoadCheck();
    });
}

void CommunicationFilterModel::Private::forgetSourceRows(int first, int last)
{
    if (first >= sourceMatches.size())
        return;
    last = qMin(last, int(sourceMatches.size()) - 1);
    sourceMatches.remove(first, last - first + 1);
}

void CommunicationFilterModel::Private::refilter()
{
    q->invalidateRowsFilter();
    invalidateMatchRows();
    scheduleLoadCheck();
    Q_EMIT q->filterChanged();
}

void CommunicationFilterModel::Private::announceMatchData()
{
    // Rows that stay do not change otherwise, but what they highlight does.
    const int rows = q->rowCount();
    if (rows > 0) {
        Q_EMIT q->dataChanged(q->index(0, 0), q->index(rows - 1, 0),
                              {MatchRangesRole, SenderMatchRangesRole, IsMatchRole});
    }
}

void CommunicationFilterModel::Private::invalidateMatchRows()
{
    matchRowsValid = false;
    if (notifyQueued)
        return;

    // Refiltering emits a signal per run of rows; listeners hear of it once.
    notifyQueued = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            notifyQueued = false;
            Q_EMIT q->matchesChanged();
        },
        Qt::QueuedConnection);
}

void CommunicationFilterModel::Private::resetLoadingGuards()
{
    stoppedByFailure = false;
    rowsAtLastFetch = -1;
    fetchesWithoutRows = 0;
}

void CommunicationFilterModel::Private::scheduleLoadCheck()
{
    if (checkQueued)
        return;
    checkQueued = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            checkQueued = false;
            checkLoading();
        },
        Qt::QueuedConnection);
}

int CommunicationFilterModel::Private::hits() const
{
    return needle.isEmpty() ? q->rowCount() : q->matchCount();
}

void CommunicationFilterModel::Private::checkLoading()
{
    QAbstractItemModel *source = q->sourceModel();
    if (!source || !q->isFilterActive() || stoppedByFailure || !source->canFetchMore({})
        || hits() >= minimumMatches) {
        setSearching(false);
        return;
    }

    // A page on its way, asked for by us or by a view: its end brings us back here.
    if (communications && communications->isLoading()) {
        setSearching(true);
        return;
    }

    const int rows = source->rowCount();
    fetchesWithoutRows = rows == rowsAtLastFetch ? fetchesWithoutRows + 1 : 0;
    if (fetchesWithoutRows >= maxFetchesWithoutRows) {
        qCInfo(lcModel) << "filter stopped asking for pages: none added rows";
        setSearching(false);
        return;
    }

    rowsAtLastFetch = rows;
    qCDebug(lcModel) << "filter asks for another page;" << rows << "rows loaded";
    source->fetchMore({});
    setSearching(true);

    // A source without loading signals answers at once or not at all.
    if (!communications)
        scheduleLoadCheck();
}

void CommunicationFilterModel::Private::setSearching(bool on)
{
    const int rows = q->loadedRowCount();
    if (on == searching && (!on || rows == reportedRows))
        return;

    searching = on;
    reportedRows = rows;
    Q_EMIT q->searchProgress(rows, on);
}

CommunicationFilterModel::CommunicationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent), d(std::make_unique<Private>(this))
{
    const auto invalidate = [this] {
        d->invalidateMatchRows();
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, invalidate);
    connect(this, &QAbstractItemModel::rowsRemoved, this, invalidate);
    connect(this, &QAbstractItemModel::rowsMoved, this, invalidate);
    connect(this, &QAbstractItemModel::layoutChanged, this, invalidate);
    connect(this, &QAbstractItemModel::modelReset, this, invalidate);
    connect(this, &QAbstractItemModel::dataChanged, this, invalidate);
}

CommunicationFilterModel::~CommunicationFilterModel() = default;

void CommunicationFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(d->sourceConnections))
        disconnect(connection);
    d->sourceConnections.clear();
    d->sourceMatches.clear();
    d->communications = qobject_cast<CommunicationModel *>(model);

    // Connected before the base class connects, so that the match cache follows inserted and
    // removed rows before the base class asks filterAcceptsRow() about them.
    if (model)
        d->watchSource(model);
    QSortFilterProxyModel::setSourceModel(model);

    d->resetLoadingGuards();
    d->scheduleLoadCheck();
}

void CommunicationFilterModel::setSearchText(const QString &text)
{
    if (text == d->searchText)
        return;

    d->searchText = text;
    const QString needle = foldPiece(text);
    if (needle == d->needle) {
        Q_EMIT filterChanged();
        return;
    }

    d->needle = needle;
    d->sourceMatches.clear();
    d->refilter();
    d->announceMatchData();
}

QString CommunicationFilterModel::searchText() const
{
    return d->searchText;
}

void CommunicationFilterModel::setSearchMode(SearchMode mode)
{
    if (mode == d->mode)
        return;
    d->mode = mode;
    d->refilter();
}

CommunicationFilterModel::SearchMode CommunicationFilterModel::searchMode() const
{
    return d->mode;
}

void CommunicationFilterModel::setSide(Side side)
{
    if (side == d->side)
        return;
    d->side = side;
    d->refilter();
}

CommunicationFilterModel::Side CommunicationFilterModel::side() const
{
    return d->side;
}

void CommunicationFilterModel::setAttachmentsOnly(bool only)
{
    if (only == d->attachmentsOnly)
        return;
    d->attachmentsOnly = only;
    d->refilter();
}

bool CommunicationFilterModel::attachmentsOnly() const
{
    return d->attachmentsOnly;
}

void CommunicationFilterModel::clearFilters()
{
    if (!isFilterActive() && d->searchText.isEmpty())
        return;

    const bool hadNeedle = !d->needle.isEmpty();
    d->searchText.clear();
    d->needle.clear();
    d->side = Side::All;
    d->attachmentsOnly = false;
    d->sourceMatches.clear();
    d->refilter();
    if (hadNeedle)
        d->announceMatchData();
}

bool CommunicationFilterModel::isFilterActive() const
{
    return !d->needle.isEmpty() || d->side != Side::All || d->attachmentsOnly;
}

void CommunicationFilterModel::setOldestFirst(bool oldestFirst)
{
    if (oldestFirst == d->oldestFirst)
        return;

    d->oldestFirst = oldestFirst;
    // Column -1 gives back the source's own order, untouched.
    sort(oldestFirst ? 0 : -1, Qt::AscendingOrder);
    Q_EMIT filterChanged();
}

bool CommunicationFilterModel::isOldestFirst() const
{
    return d->oldestFirst;
}

int CommunicationFilterModel::matchCount() const
{
    d->buildMatchRows();
    return int(d->matchRows.size());
}

int CommunicationFilterModel::firstMatchRow() const
{
    d->buildMatchRows();
    return d->matchRows.isEmpty() ? -1 : d->matchRows.first();
}

int CommunicationFilterModel::nextMatch(int row) const
{
    d->buildMatchRows();
    const QList<int> &rows = d->matchRows;
    if (rows.isEmpty())
        return -1;
    const auto next = std::upper_bound(rows.cbegin(), rows.cend(), row);
    return next == rows.cend() ? rows.first() : *next;
}

int CommunicationFilterModel::previousMatch(int row) const
{
    d->buildMatchRows();
    const QList<int> &rows = d->matchRows;
    if (rows.isEmpty())
        return -1;
    // Without a row to start from, going back starts from the end.
    if (row < 0)
        return rows.last();
    const auto atOrAfter = std::lower_bound(rows.cbegin(), rows.cend(), row);
    return atOrAfter == rows.cbegin() ? rows.last() : *(atOrAfter - 1);
}

int CommunicationFilterModel::matchOrdinal(int row) const
{
    d->buildMatchRows();
    const QList<int> &rows = d->matchRows;
    const auto found = std::lower_bound(rows.cbegin(), rows.cend(), row);
    return found != rows.cend() && *found == row ? int(found - rows.cbegin()) : -1;
}

void CommunicationFilterModel::setMinimumMatches(int count)
{
    d->minimumMatches = qMax(1, count);
    d->scheduleLoadCheck();
}

int CommunicationFilterModel::minimumMatches() const
{
    return d->minimumMatches;
}

bool CommunicationFilterModel::isSearching() const
{
    return d->searching;
}

int CommunicationFilterModel::loadedRowCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

QList<QPoint> CommunicationFilterModel::findMatches(const QString &text, const QString &searchText)
{
    return rangesOf(text, foldPiece(searchText));
}

QVariant CommunicationFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    switch (role) {
    case MatchRangesRole:
        return d->rangesFor(index, CommunicationModel::BodyRole);
    case SenderMatchRangesRole:
        return d->rangesFor(index, CommunicationModel::SubmittedByRole);
    case IsMatchRole:
        return d->matches(mapToSource(index).row());
    }
    return QSortFilterProxyModel::data(index, role);
}

QHash<int, QByteArray> CommunicationFilterModel::roleNames() const
{
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert(MatchRangesRole, "matchRanges");
    names.insert(SenderMatchRangesRole, "senderMatchRanges");
    names.insert(IsMatchRole, "isMatch");
    return names;
}

bool CommunicationFilterModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (d->side != Side::All) {
        const bool fromAws = index.data(CommunicationModel::FromAwsRole).toBool();
        if (fromAws != (d->side == Side::FromAws))
            return false;
    }

    if (d->attachmentsOnly && index.data(CommunicationModel::AttachmentsRole).toList().isEmpty())
        return false;

    if (d->mode == SearchMode::Filter && !d->needle.isEmpty())
        return d->matches(sourceRow);
    return true;
}

bool CommunicationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime leftTime = left.data(CommunicationModel::TimeCreatedRole).toDateTime();
    const QDateTime rightTime = right.data(CommunicationModel::TimeCreatedRole).toDateTime();
    if (leftTime != rightTime)
        return leftTime < rightTime;

    // The source is newest first: among equal times, its later row is the older message.
    return left.row() > right.row();
}
