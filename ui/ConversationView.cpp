#include "ConversationView.h"

#include "CommunicationModel.h"
#include "PaletteTones.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>

#include <memory>

namespace {

// Rows measured one by one when a rectangle off screen is asked for; beyond this, estimated.
constexpr int exactWalkLimit = 64;
// Rows left between the viewport and the loading end before the next page is asked for.
constexpr int fetchAheadRows = 4;

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QAbstractItemView(parent), m_delegate(new ConversationDelegate(this))
{
    setItemDelegate(m_delegate);
    m_delegate->setAttachmentStates(&m_attachmentStates);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(ScrollPerPixel);
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setMouseTracking(true);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Conversation"));
    setAccessibleDescription(tr("The messages of the selected case"));

    m_loadAllAction = new QAction(tr("Load &All Messages"), this);
    m_loadAllAction->setEnabled(false);
    connect(m_loadAllAction, &QAction::triggered, this, &ConversationView::loadAll);
}

ConversationView::~ConversationView() = default;

void ConversationView::setModel(QAbstractItemModel *model)
{
    if (model == this->model())
        return;
    if (this->model())
        this->model()->disconnect(this);
    QObject::disconnect(m_loadingConnection);

    QAbstractItemView::setModel(model);
    m_delegate->setModel(model);
    m_anchorRow = 0;
    m_anchorOffset = 0;
    m_stickToBottom = m_oldestFirst;
    if (!model)
        return;

    // Proxies that sort or filter keep the row the reader was looking at on top.
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_layoutAnchor = topIndex(); });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        m_anchorRow = m_layoutAnchor.isValid() ? m_layoutAnchor.row() : 0;
        m_layoutAnchor = QPersistentModelIndex();
        doItemsLayout();
    });

    if (CommunicationModel *messages = communicationModel()) {
        m_loadingConnection = connect(messages, &CommunicationModel::loadingChanged, this, [this] {
            // A page that left the pane unfilled gives the view no scroll event to ask again.
            viewport()->update();
            scheduleFetchCheck();
        });
    }
    scheduleDelayedItemsLayout();
}

void ConversationView::setOldestFirst(bool oldestFirst)
{
    if (m_oldestFirst == oldestFirst)
        return;
    m_oldestFirst = oldestFirst;
    if (oldestFirst)
        scrollToBottom();
    else
        scrollToTop();
}

void ConversationView::setAttachmentState(const QString &attachmentId, AttachmentState state)
{
    if (state == AttachmentState::Available)
        m_attachmentStates.remove(attachmentId);
    else
        m_attachmentStates.insert(attachmentId, state);
    viewport()->update();
}

AttachmentState ConversationView::attachmentState(const QString &attachmentId) const
{
    return m_attachmentStates.value(attachmentId, AttachmentState::Available);
}

void ConversationView::copyCurrentMessage()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    QGuiApplication::clipboard()->setText(index.data(CommunicationModel::BodyRole).toString());
}

bool ConversationView::copySelection()
{
    const QString text = selectedText();
    if (text.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(text);
    return true;
}

QString ConversationView::threadText() const
{
    if (!model())
        return {};
    QStringList messages;
    const int rows = model()->rowCount(rootIndex());
    for (int row = 0; row < rows; ++row)
        messages << ConversationDelegate::plainText(model()->index(row, 0, rootIndex()));
    return messages.join(QLatin1Char('\n'));
}

void ConversationView::copyThread()
{
    QGuiApplication::clipboard()->setText(threadText());
}

QString ConversationView::selectedText() const
{
    if (!m_selectionIndex.isValid() || m_selectionAnchor == m_selectionCursor)
        return {};
    const QString body = m_selectionIndex.data(CommunicationModel::BodyRole).toString();
    const int start = qMin(m_selectionAnchor, m_selectionCursor);
    const int end = qMax(m_selectionAnchor, m_selectionCursor);
    QString text = ConversationDelegate::displayText(body).mid(start, end - start);
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

void ConversationView::selectText(const QModelIndex &index, int start, int end)
{
    m_selectionIndex = index;
    m_selectionAnchor = start;
    m_selectionCursor = end;
    viewport()->update();
}

bool ConversationView::isFolded(const QModelIndex &index) const
{
    const ConversationDelegate::RowLayout *layout = m_delegate->rowLayout(itemOption(), index);
    return layout->shownLines < layout->body.lineCount();
}

void ConversationView::setFolded(const QModelIndex &index, bool folded)
{
    if (index.isValid() && isFolded(index) != folded)
        toggleFold(index);
}

void ConversationView::loadAll()
{
    if (CommunicationModel *messages = communicationModel())
        messages->fetchAll();
    else if (model() && model()->canFetchMore(rootIndex()))
        model()->fetchMore(rootIndex());
}

QString ConversationView::placeholderText() const
{
    const CommunicationModel *messages = communicationModel();
    if (model() && model()->rowCount(rootIndex()) > 0)
        return {};
    if (!messages)
        return model() ? tr("No messages to show.") : tr("Select a case to read its conversation.");
    if (messages->caseId().isEmpty())
        return tr("Select a case to read its conversation.");
    if (messages->isLoading())
        return tr("Loading messages\u2026");
    if (messages->lastError().isError())
        return tr("The messages of this case could not be loaded.");
    if (messages->isComplete())
        return tr("No messages in this case.");
    return {};
}

QString ConversationView::countText() const
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (isLoading())
        return tr("Loading more messages\u2026 %1 loaded").arg(rows);
    if (model() && model()->canFetchMore(rootIndex()))
        return tr("%1 of many").arg(rows);
    return rows == 1 ? tr("%n message", nullptr, rows) : tr("%n messages", nullptr, rows);
}

QModelIndex ConversationView::topIndex() const
{
    if (!model() || m_anchorRow >= model()->rowCount(rootIndex()))
        return {};
    return model()->index(m_anchorRow, 0, rootIndex());
}

bool ConversationView::isAtBottom() const
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (rows == 0)
        return true;
    const QList<VisibleRow> visible = visibleRows();
    return !visible.isEmpty() && visible.last().row == rows - 1
        && visible.last().top + visible.last().height <= viewport()->height() - endMargin();
}

int ConversationView::endMargin() const
{
    // Room under the last message for the status pill, so that it never covers text.
    return m_oldestFirst ? 0 : fontMetrics().height() + 28;
}

QStyleOptionViewItem ConversationView::itemOption() const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.widget = this;
    option.font = font();
    option.rect = QRect(0, 0, viewport()->width(), 0);
    return option;
}

int ConversationView::rowHeight(int row) const
{
    return m_delegate->sizeHint(itemOption(), model()->index(row, 0, rootIndex())).height();
}

QList<ConversationView::VisibleRow> ConversationView::visibleRows() const
{
    QList<VisibleRow> rows;
    if (!model())
        return rows;
    const int count = model()->rowCount(rootIndex());
    const int bottom = viewport()->height();
    int y = -m_anchorOffset;
    for (int row = qMax(0, m_anchorRow); row < count && y < bottom; ++row) {
        const int height = rowHeight(row);
        rows.append({row, y, height});
        y += height;
    }
    return rows;
}

void ConversationView::normalizeAnchor()
{
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (count == 0) {
        m_anchorRow = 0;
        m_anchorOffset = 0;
        return;
    }
    if (m_stickToBottom) {
        m_anchorRow = count - 1;
        m_anchorOffset = rowHeight(count - 1);
    }
    m_anchorRow = qBound(0, m_anchorRow, count - 1);

    while (m_anchorOffset < 0 && m_anchorRow > 0)
        m_anchorOffset += rowHeight(--m_anchorRow);
    while (m_anchorRow < count - 1 && m_anchorOffset >= rowHeight(m_anchorRow))
        m_anchorOffset -= rowHeight(m_anchorRow++);

    // Never leave blank space under the last row while rows above could fill it.
    const int bottom = viewport()->height() - endMargin();
    int y = -m_anchorOffset;
    int row = m_anchorRow;
    while (y < bottom && row < count)
        y += rowHeight(row++);
    if (row == count && y < bottom) {
        m_anchorOffset -= bottom - y;
        while (m_anchorOffset < 0 && m_anchorRow > 0)
            m_anchorOffset += rowHeight(--m_anchorRow);
    }
    m_anchorOffset = qMax(0, m_anchorOffset);
}

void ConversationView::scrollByPixels(int delta)
{
    m_stickToBottom = false;
    m_anchorOffset += delta;
    normalizeAnchor();
    m_stickToBottom = m_oldestFirst && isAtBottom();
}

void ConversationView::scrollToFraction(int value)
{
    const QScrollBar *bar = verticalScrollBar();
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (count == 0)
        return;
    if (value >= bar->maximum()) {
        scrollToBottom();
        return;
    }

    const int typical = m_delegate->typicalHeight(font());
    m_anchorRow = qMin(value / typical, count - 1);
    m_anchorOffset = int(qint64(value % typical) * rowHeight(m_anchorRow) / typical);
    m_stickToBottom = false;
    normalizeAnchor();
}

void ConversationView::syncScrollBar()
{
    // The scroll bar counts in typical rows: row r with f of it scrolled away sits at
    // (r + f) * typical, so the thumb moves smoothly without every row being measured.
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    const int page = viewport()->height();
    const int typical = m_delegate->typicalHeight(font());
    const bool atTop = m_anchorRow == 0 && m_anchorOffset == 0;
    const bool atBottom = isAtBottom();
    const qint64 total = qint64(count) * typical;
    int maximum = int(qBound<qint64>(0, total - page, qint64(INT_MAX / 2)));
    if (!(atTop && atBottom))
        maximum = qMax(maximum, typical);

    int value = 0;
    if (atBottom && !atTop) {
        value = maximum;
    } else if (count > 0) {
        const int height = qMax(1, rowHeight(m_anchorRow));
        value = int(qint64(m_anchorRow) * typical + qint64(m_anchorOffset) * typical / height);
        value = qBound(0, value, qMax(0, maximum - 1));
    }

    QScrollBar *bar = verticalScrollBar();
    m_syncingScrollBar = true;
    bar->setRange(0, maximum);
    bar->setPageStep(page);
    bar->setValue(value);
    m_syncingScrollBar = false;
    m_lastScrollValue = bar->value();
}

void ConversationView::relayout()
{
    normalizeAnchor();
    syncScrollBar();
    viewport()->update();
    scheduleFetchCheck();
}

void ConversationView::doItemsLayout()
{
    relayout();
}

void ConversationView::updateGeometries()
{
    // The base class would also ask the model for more whenever its last row is on screen,
    // which in oldest-first order is always; paging is decided in fetchIfNearEnd() instead.
    syncScrollBar();
}

void ConversationView::verticalScrollbarValueChanged(int)
{
    // See updateGeometries(): the base class would fetch whenever the bar reaches its end.
}

void ConversationView::scrollContentsBy(int, int)
{
    if (m_syncingScrollBar)
        return;

    // Small steps (wheel, arrows, page clicks) move by exact pixels; dragging the thumb or a
    // far jump goes to the proportional position.
    const QScrollBar *bar = verticalScrollBar();
    const int value = bar->value();
    const int delta = value - m_lastScrollValue;
    if (bar->isSliderDown() || qAbs(delta) > 2 * viewport()->height() || value == bar->maximum()
        || value == 0) {
        if (value == 0) {
            m_anchorRow = 0;
            m_anchorOffset = 0;
            m_stickToBottom = false;
        } else {
            scrollToFraction(value);
        }
    } else {
        scrollByPixels(delta);
    }
    syncScrollBar();
    viewport()->update();
    scheduleFetchCheck();
}

void ConversationView::scrollToTop()
{
    m_anchorRow = 0;
    m_anchorOffset = 0;
    m_stickToBottom = false;
    relayout();
}

void ConversationView::scrollToBottom()
{
    m_stickToBottom = true;
    relayout();
    m_stickToBottom = m_oldestFirst;
}

void ConversationView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.model() != model())
        return;

    const int row = index.row();
    const int height = rowHeight(row);
    const int page = viewport()->height();
    const QRect rect = visualRect(index);
    switch (hint) {
    case EnsureVisible:
        if (rect.top() >= 0 && rect.bottom() < page)
            return;
        // A message taller than the pane counts as shown while it fills half of it.
        if (height > page && qMin(rect.bottom(), page - 1) - qMax(rect.top(), 0) >= page / 2)
            return;
        m_anchorRow = row;
        m_anchorOffset = (rect.top() < 0 || height > page) ? 0 : height - page;
        break;
    case PositionAtTop:
        m_anchorRow = row;
        m_anchorOffset = 0;
        break;
    case PositionAtBottom:
        m_anchorRow = row;
        m_anchorOffset = height - page;
        break;
    case PositionAtCenter:
        m_anchorRow = row;
        m_anchorOffset = (height - page) / 2;
        break;
    }
    m_stickToBottom = false;
    normalizeAnchor();
    m_stickToBottom = m_oldestFirst && isAtBottom();
    syncScrollBar();
    viewport()->update();
    scheduleFetchCheck();
}

QRect ConversationView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model())
        return {};

    const int width = viewport()->width();
    const QList<VisibleRow> visible = visibleRows();
    for (const VisibleRow &row : visible) {
        if (row.row == index.row())
            return QRect(0, row.top, width, row.height);
    }

    // Off screen: exact for near rows, estimated beyond, which is all callers need.
    const int target = index.row();
    const int typical = m_delegate->typicalHeight(font());
    int y = 0;
    if (target < m_anchorRow) {
        y = -m_anchorOffset;
        const int steps = m_anchorRow - target;
        if (steps > exactWalkLimit)
            return QRect(0, y - steps * typical, width, typical);
        for (int row = m_anchorRow - 1; row >= target; --row)
            y -= rowHeight(row);
        return QRect(0, y, width, rowHeight(target));
    }

    int row = visible.isEmpty() ? m_anchorRow : visible.last().row + 1;
    y = visible.isEmpty() ? -m_anchorOffset : visible.last().top + visible.last().height;
    if (target - row > exactWalkLimit)
        return QRect(0, y + (target - row) * typical, width, typical);
    for (; row < target; ++row)
        y += rowHeight(row);
    return QRect(0, y, width, rowHeight(target));
}

QModelIndex ConversationView::indexAt(const QPoint &point) const
{
    const QList<VisibleRow> visible = visibleRows();
    for (const VisibleRow &row : visible) {
        if (point.y() >= row.top && point.y() < row.top + row.height)
            return model()->index(row.row, 0, rootIndex());
    }
    return {};
}

QModelIndex ConversationView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (count == 0)
        return {};
    const QModelIndex current = currentIndex();
    int row = current.isValid() ? current.row() : -1;

    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        row = row < 0 ? m_anchorRow : row - 1;
        break;
    case MoveDown:
    case MoveNext:
        row = row < 0 ? m_anchorRow : row + 1;
        break;
    case MoveHome:
        scrollToTop();
        row = 0;
        break;
    case MoveEnd:
        scrollToBottom();
        row = count - 1;
        break;
    case MovePageUp:
    case MovePageDown: {
        const int page = viewport()->height() * 9 / 10;
        scrollByPixels(cursorAction == MovePageUp ? -page : page);
        syncScrollBar();
        viewport()->update();
        const QList<VisibleRow> visible = visibleRows();
        row = m_anchorRow;
        if (m_anchorOffset > 0 && visible.size() > 1 && visible.at(1).top < viewport()->height())
            row = visible.at(1).row;
        break;
    }
    default:
        break;
    }
    return model()->index(qBound(0, row, count - 1), 0, rootIndex());
}

int ConversationView::horizontalOffset() const
{
    return 0;
}

int ConversationView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool ConversationView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

void ConversationView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    QItemSelection selection;
    const QRect area = rect.normalized();
    for (const VisibleRow &row : visibleRows()) {
        if (QRect(0, row.top, viewport()->width(), row.height).intersects(area)) {
            const QModelIndex index = model()->index(row.row, 0, rootIndex());
            selection.select(index, index);
        }
    }
    selectionModel()->select(selection, command);
}

QRegion ConversationView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const VisibleRow &row : visibleRows()) {
        if (selection.contains(model()->index(row.row, 0, rootIndex())))
            region += QRect(0, row.top, viewport()->width(), row.height);
    }
    return region;
}

void ConversationView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    if (ConversationDelegate::onlySearchRoles(roles))
        viewport()->update();
    else
        scheduleDelayedItemsLayout();
}

void ConversationView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // The base class is not called: it would page in the background whenever the view is
    // hidden. Rows arriving above what the reader sees push the anchor down with them.
    if (parent != rootIndex())
        return;
    const int count = end - start + 1;
    if (model()->rowCount(rootIndex()) > count && start <= m_anchorRow)
        m_anchorRow += count;
    scheduleDelayedItemsLayout();
}

void ConversationView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    if (parent != rootIndex())
        return;
    if (end < m_anchorRow) {
        m_anchorRow -= end - start + 1;
    } else if (start <= m_anchorRow) {
        m_anchorRow = start;
        m_anchorOffset = 0;
    }
    if (m_selectionIndex.isValid() && m_selectionIndex.row() >= start
        && m_selectionIndex.row() <= end)
        m_selectionIndex = QPersistentModelIndex();
    scheduleDelayedItemsLayout();
}

void ConversationView::reset()
{
    QAbstractItemView::reset();
    m_anchorRow = 0;
    m_anchorOffset = 0;
    m_stickToBottom = m_oldestFirst;
    m_selectionIndex = QPersistentModelIndex();
    m_pressIndex = QPersistentModelIndex();
    scheduleDelayedItemsLayout();
}

void ConversationView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (event->matches(QKeySequence::Copy)) {
        if (!copySelection())
            copyCurrentMessage();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && current.isValid()
        && !m_delegate->rowLayout(itemOption(), current)->toggle.isEmpty()) {
        toggleFold(current);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_selectionIndex.isValid()) {
        m_selectionIndex = QPersistentModelIndex();
        viewport()->update();
        event->accept();
        return;
    }

    // While the current message runs past the edge, the arrows read on before moving on.
    const bool down = event->key() == Qt::Key_Down;
    if ((down || event->key() == Qt::Key_Up) && current.isValid()
        && event->modifiers() == Qt::NoModifier) {
        const QRect rect = visualRect(current);
        const int step = 3 * fontMetrics().height();
        const bool more
            = down ? rect.bottom() >= viewport()->height() - endMargin() : rect.top() < 0;
        if (more && rect.intersects(viewport()->rect())) {
            scrollByPixels(down ? step : -step);
            syncScrollBar();
            viewport()->update();
            event->accept();
            return;
        }
    }
    QAbstractItemView::keyPressEvent(event);
}

ConversationDelegate::Hit ConversationView::hitAt(const QPoint &point, QModelIndex *index) const
{
    *index = indexAt(point);
    if (!index->isValid())
        return {};
    const QRect rect = visualRect(*index);
    return m_delegate->hitTest(itemOption(), *index, point - rect.topLeft());
}

void ConversationView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton && m_pillRect.contains(pos)) {
        loadAll();
        event->accept();
        return;
    }

    QModelIndex index;
    const ConversationDelegate::Hit hit = hitAt(pos, &index);
    m_pressIndex = index;
    m_pressHit = hit;
    m_pressPos = pos;
    m_dragged = false;
    m_selecting = false;
    if (!index.isValid())
        return;

    // Selecting a message must not scroll it away from under the pointer.
    const bool autoScrolling = hasAutoScroll();
    setAutoScroll(false);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    setAutoScroll(autoScrolling);

    if (event->button() == Qt::LeftButton) {
        const bool inText = hit.kind == ConversationDelegate::Hit::Body
            || hit.kind == ConversationDelegate::Hit::Link;
        m_selecting = inText;
        m_selectionIndex = inText ? QPersistentModelIndex(index) : QPersistentModelIndex();
        m_selectionAnchor = m_selectionCursor = hit.position;
    }
    viewport()->update();
    event->accept();
}

void ConversationView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_selecting || !(event->buttons() & Qt::LeftButton) || !m_selectionIndex.isValid()) {
        updateCursorShape(pos);
        return;
    }
    if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragged = true;

    // Keep the point inside the body being selected, so dragging past its edge selects to
    // the start or end of the text.
    const QRect rect = visualRect(m_selectionIndex);
    const ConversationDelegate::RowLayout *layout
        = m_delegate->rowLayout(itemOption(), m_selectionIndex);
    if (layout->shownLines == 0)
        return;
    const QTextLine first = layout->body.lineAt(0);
    const QTextLine last = layout->body.lineAt(layout->shownLines - 1);
    QPointF local = QPointF(pos - rect.topLeft()) - layout->bodyOrigin;
    int position = -1;
    if (local.y() < first.y()) {
        position = 0;
    } else if (local.y() >= last.y() + last.height()) {
        position = last.textStart() + last.textLength();
    } else {
        for (int i = 0; i < layout->shownLines; ++i) {
            const QTextLine line = layout->body.lineAt(i);
            if (local.y() < line.y() + line.height()) {
                position = line.xToCursor(qMax<qreal>(0, local.x()));
                break;
            }
        }
    }
    if (position >= 0 && position != m_selectionCursor) {
        m_selectionCursor = position;
        viewport()->update();
    }
}

void ConversationView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool wasSelecting = m_selecting;
    m_selecting = false;
    if (event->button() != Qt::LeftButton || m_dragged)
        return;

    QModelIndex index;
    const ConversationDelegate::Hit hit = hitAt(event->position().toPoint(), &index);
    if (index != m_pressIndex || hit.kind != m_pressHit.kind)
        return;

    using Hit = ConversationDelegate::Hit;
    if (wasSelecting) {
        m_selectionIndex = QPersistentModelIndex();
        viewport()->update();
    }
    if (hit.kind == Hit::Link && hit.url == m_pressHit.url) {
        openLink(hit.url);
    } else if (hit.kind == Hit::Attachment && hit.attachment == m_pressHit.attachment) {
        Q_EMIT attachmentActivated(index, hit.attachment);
    } else if (hit.kind == Hit::Toggle) {
        toggleFold(index);
    }
}

void ConversationView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QModelIndex index;
    const ConversationDelegate::Hit hit = hitAt(event->position().toPoint(), &index);
    if (event->button() != Qt::LeftButton || hit.kind != ConversationDelegate::Hit::Body) {
        mousePressEvent(event);
        return;
    }

    // A double click selects the word under the pointer.
    const QString text = m_delegate->rowLayout(itemOption(), index)->body.text();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(hit.position);
    const int start
        = finder.isAtBoundary() && (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
        ? hit.position
        : qMax(0, int(finder.toPreviousBoundary()));
    finder.setPosition(hit.position);
    const int end = finder.toNextBoundary();
    selectText(index, start, end < 0 ? int(text.size()) : end);
    m_dragged = true;
}

void ConversationView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index;
    const ConversationDelegate::Hit hit = hitAt(event->pos(), &index);
    if (hit.kind == ConversationDelegate::Hit::Attachment) {
        Q_EMIT attachmentContextMenuRequested(index, hit.attachment, event->globalPos());
        return;
    }
    const std::unique_ptr<QMenu> menu(createContextMenu(event->pos()));
    menu->exec(event->globalPos());
}

QMenu *ConversationView::createContextMenu(const QPoint &pos)
{
    QModelIndex index;
    const ConversationDelegate::Hit hit = hitAt(pos, &index);
    if (index.isValid() && index != currentIndex())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);

    auto menu = new QMenu(this);
    QAction *copy = menu->addAction(tr("&Copy"), this, &ConversationView::copySelection);
    copy->setEnabled(!selectedText().isEmpty());
    copy->setShortcut(QKeySequence::Copy);
    QAction *message
        = menu->addAction(tr("Copy &Message"), this, &ConversationView::copyCurrentMessage);
    message->setEnabled(currentIndex().isValid());
    if (hit.kind == ConversationDelegate::Hit::Link) {
        const QString url = hit.url.toString();
        menu->addAction(tr("Copy &Link"), this,
                        [url] { QGuiApplication::clipboard()->setText(url); });
    }
    menu->addAction(tr("Copy &Thread"), this, &ConversationView::copyThread);
    if (m_loadAllAction->isEnabled()) {
        menu->addSeparator();
        menu->addAction(m_loadAllAction);
    }
    Q_EMIT contextMenuAboutToShow(menu, index);
    return menu;
}

void ConversationView::paintEvent(QPaintEvent *)
{
    executeDelayedItemsLayout();
    QPainter painter(viewport());
    QStyleOptionViewItem option = itemOption();
    const QModelIndex current = currentIndex();
    const int width = viewport()->width();

    m_delegate->setTextSelection(m_selectionIndex.isValid() ? m_selectionIndex.row() : -1,
                                 m_selectionAnchor, m_selectionCursor);
    for (const VisibleRow &row : visibleRows()) {
        const QModelIndex index = model()->index(row.row, 0, rootIndex());
        QStyleOptionViewItem rowOption = option;
        rowOption.rect = QRect(0, row.top, width, row.height);
        rowOption.index = index;
        if (selectionModel() && selectionModel()->isSelected(index))
            rowOption.state |= QStyle::State_Selected;
        if (index == current && hasFocus())
            rowOption.state |= QStyle::State_HasFocus;
        m_delegate->paint(&painter, rowOption, index);
    }

    m_pillRect = {};
    const QString placeholder = placeholderText();
    if (!placeholder.isEmpty())
        paintPlaceholder(&painter, placeholder);
    else if (isLoading()
             || (m_oldestFirst ? m_anchorRow == 0 && m_anchorOffset == 0 : isAtBottom()))
        paintStatusPill(&painter, countText());

    m_delegate->trimCache(m_anchorRow);
    scheduleFetchCheck();
}

void ConversationView::resizeEvent(QResizeEvent *event)
{
    // Keep the same fraction of the top row scrolled away at the new width.
    const int oldHeight = m_delegate->cachedHeight(m_anchorRow);
    const qreal fraction = oldHeight > 0 ? qreal(m_anchorOffset) / oldHeight : 0.0;
    QAbstractScrollArea::resizeEvent(event);
    if (model() && m_anchorRow < model()->rowCount(rootIndex()))
        m_anchorOffset = qRound(fraction * rowHeight(m_anchorRow));
    relayout();
}

void ConversationView::changeEvent(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::FontChange || type == QEvent::StyleChange || type == QEvent::PaletteChange
        || type == QEvent::LocaleChange) {
        m_delegate->clearCache();
        scheduleDelayedItemsLayout();
    }
    QAbstractItemView::changeEvent(event);
}

bool ConversationView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto help = static_cast<QHelpEvent *>(event);
        QModelIndex index;
        const ConversationDelegate::Hit hit = hitAt(help->pos(), &index);
        if (hit.kind == ConversationDelegate::Hit::Link) {
            QToolTip::showText(help->globalPos(),
                               Qt::convertFromPlainText(hit.url.toString()), viewport());
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QAbstractItemView::viewportEvent(event);
}

void ConversationView::scheduleFetchCheck()
{
    if (m_fetchQueued)
        return;
    m_fetchQueued = true;
    QTimer::singleShot(0, this, &ConversationView::fetchIfNearEnd);
}

void ConversationView::fetchIfNearEnd()
{
    m_fetchQueued = false;
    m_loadAllAction->setEnabled(model() && model()->canFetchMore(rootIndex()));
    if (!model() || isLoading() || !model()->canFetchMore(rootIndex()))
        return;

    // Ask a few rows before the reader reaches the end being read toward; the model keeps
    // only one request in flight, and a loading model is never asked again.
    const int count = model()->rowCount(rootIndex());
    const QList<VisibleRow> visible = visibleRows();
    bool nearEnd = count == 0 || visible.isEmpty();
    if (!nearEnd && m_oldestFirst)
        nearEnd = m_anchorRow < fetchAheadRows;
    else if (!nearEnd)
        nearEnd = visible.last().row >= count - 1 - fetchAheadRows;
    if (nearEnd)
        model()->fetchMore(rootIndex());
}

bool ConversationView::isLoading() const
{
    const CommunicationModel *messages = communicationModel();
    return messages && messages->isLoading();
}

CommunicationModel *ConversationView::communicationModel() const
{
    QAbstractItemModel *source = model();
    while (auto proxy = qobject_cast<QAbstractProxyModel *>(source))
        source = proxy->sourceModel();
    return qobject_cast<CommunicationModel *>(source);
}

void ConversationView::toggleFold(const QModelIndex &index)
{
    const bool expanded = m_delegate->isExpanded(index);
    m_delegate->setExpanded(index, !expanded);

    // Folding a message whose top is scrolled away brings its start back into view.
    if (expanded && index.row() == m_anchorRow)
        m_anchorOffset = 0;
    if (expanded && index.row() < m_anchorRow)
        scrollTo(index, PositionAtTop);
    if (m_selectionIndex == index)
        m_selectionIndex = QPersistentModelIndex();
    relayout();
}

void ConversationView::openLink(const QUrl &url)
{
    Q_EMIT linkActivated(url);
    const QString scheme = url.scheme().toLower();
    const bool safe = scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("mailto");
    if (m_opensLinks && safe)
        QDesktopServices::openUrl(url);
}

void ConversationView::paintPlaceholder(QPainter *painter, const QString &text)
{
    const QPalette &pal = palette();
    painter->setPen(
        PaletteTones::mix(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.45));
    const QRect area = viewport()->rect().adjusted(24, 0, -24, 0);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
}

QRect ConversationView::statusPillRect(const QString &text) const
{
    const QFontMetrics metrics(font());
    const QSize size(metrics.horizontalAdvance(text) + 28, metrics.height() + 12);
    const int x = (viewport()->width() - size.width()) / 2;
    const int y = m_oldestFirst ? 8 : viewport()->height() - size.height() - 8;
    return QRect(QPoint(x, y), size);
}

void ConversationView::paintStatusPill(QPainter *painter, const QString &count)
{
    // At the end being read toward: what is loaded, and a way to load the rest.
    const bool more = !isLoading() && model() && model()->canFetchMore(rootIndex());
    const QString text = more ? tr("%1 \u00b7 Load all").arg(count) : count;
    const QRect pill = statusPillRect(text);
    if (more)
        m_pillRect = pill;

    const QPalette &pal = palette();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(PaletteTones::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.2));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2.0,
                             pill.height() / 2.0);
    painter->setPen(more ? pal.color(QPalette::Link) : pal.color(QPalette::Text));
    painter->setFont(font());
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

void ConversationView::updateCursorShape(const QPoint &point)
{
    using Hit = ConversationDelegate::Hit;
    QModelIndex index;
    const Hit hit = hitAt(point, &index);
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (m_pillRect.contains(point) || hit.kind == Hit::Link || hit.kind == Hit::Attachment
        || hit.kind == Hit::Toggle)
        shape = Qt::PointingHandCursor;
    else if (hit.kind == Hit::Body)
        shape = Qt::IBeamCursor;
    if (viewport()->cursor().shape() != shape)
        viewport()->setCursor(shape);
}
