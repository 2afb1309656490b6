#include "CaseListView.h"

#include "CaseFilterModel.h"
#include "CaseListDelegate.h"
#include "CaseListModel.h"
#include "ConsoleLink.h"
#include "PaletteTones.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <memory>
#include <algorithm>

CaseListView::CaseListView(QWidget *parent) : QListView(parent)
{
    setItemDelegate(new CaseListDelegate(this));
    setSelectionMode(ExtendedSelection);
    setUniformItemSizes(true);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    setAccessibleName(tr("Support cases"));
}

void CaseListView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);

    if (CaseListModel *cases = caseModel()) {
        // The placeholder text depends on the loading state, which has no rows to repaint.
        auto repaint = [this] {
            viewport()->update();
        };
        connect(cases, &CaseListModel::loadingChanged, this, repaint);
        connect(cases, &CaseListModel::loadFailed, this, repaint);
        connect(cases, &CaseListModel::loadCompleted, this, repaint);
    }
    if (model) {
        // A reload empties the model; the case being read comes back with its page.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &CaseListView::holdPosition);
        connect(model, &QAbstractItemModel::rowsInserted, this, &CaseListView::restoreWhenListed);
        connect(model, &QAbstractItemModel::modelReset, this, &CaseListView::restoreWhenListed);
        connect(model, &QAbstractItemModel::layoutChanged, this, &CaseListView::restoreWhenListed);
    }
}

QString CaseListView::currentCaseId() const
{
    return currentIndex().data(CaseListModel::CaseIdRole).toString();
}

QStringList CaseListView::selectedCaseIds() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end());
    QStringList caseIds;
    for (const QModelIndex &index : std::as_const(rows))
        caseIds.append(index.data(CaseListModel::CaseIdRole).toString());
    return caseIds;
}

bool CaseListView::selectCase(const QString &caseId)
{
    const QModelIndex index = indexOfCase(caseId);
    if (!index.isValid())
        return false;

    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void CaseListView::holdPosition()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !selectionModel()->isSelected(current))
        return;

    m_heldCaseId = current.data(CaseListModel::CaseIdRole).toString();
    m_heldOffset = visualRect(current).top();
}

bool CaseListView::restorePosition()
{
    if (m_heldCaseId.isEmpty())
        return false;

    const QModelIndex index = indexOfCase(m_heldCaseId);
    if (!index.isValid()) {
        // Hidden for now: another row must not look chosen meanwhile.
        selectionModel()->clearCurrentIndex();
        return false;
    }

    const QString caseId = m_heldCaseId;
    setCurrentIndex(index);
    m_heldCaseId = caseId;

    // Rows are laid out lazily; the row's place is known only after the layout has run.
    executeDelayedItemsLayout();
    const int contentTop = visualRect(index).top() + verticalScrollBar()->value();
    verticalScrollBar()->setValue(contentTop - m_heldOffset);
    m_heldCaseId.clear();
    return true;
}

void CaseListView::selectionChanged(const QItemSelection &selected,
                                    const QItemSelection &deselected)
{
    QListView::selectionChanged(selected, deselected);

    const QModelIndexList indexes = selected.indexes();
    // Several rows are chosen to act on together (export); the case being read stays open.
    if (indexes.isEmpty() || selectionModel()->selectedRows().size() > 1)
        return;

    const QString caseId = indexes.first().data(CaseListModel::CaseIdRole).toString();
    if (caseId != m_heldCaseId)
        m_heldCaseId.clear();
    Q_EMIT caseActivated(caseId);
}

void CaseListView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    // Left alone, the view would select the next row, and so open another case, when a filter
    // hides the one being read. Nothing is selected instead until the case is shown again.
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.parent() == parent && current.row() >= start
        && current.row() <= end) {
        holdPosition();
        selectionModel()->clear();
    }
    QListView::rowsAboutToBeRemoved(parent, start, end);
}

void CaseListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!model() || model()->rowCount() > 0)
        return;

    const QString text = placeholderText();
    if (text.isEmpty())
        return;

    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.setPen(PaletteTones::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45));
    const QRect area = viewport()->rect().adjusted(16, 24, -16, -16);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

void CaseListView::setNote(const QString &note)
{
    m_note = note;
    viewport()->update();
}

QString CaseListView::placeholderText() const
{
    const CaseListModel *cases = caseModel();
    if (!m_note.isEmpty())
        return m_note;
    if (!cases)
        return {};
    if (cases->isLoading())
        return tr("Loading cases\u2026");
    if (cases->lastError().isError())
        return tr("The case list could not be loaded.");
    if (!cases->isComplete())
        return {};

    const auto filter = qobject_cast<const CaseFilterModel *>(model());
    if (filter && cases->rowCount() > 0) {
        if (filter->status() == CaseFilterModel::Status::Resolved && !filter->isFiltering())
            return tr("No resolved cases.");
        return tr("No cases match the filters.");
    }
    if (cases->includeResolved())
        return tr("This account has no support cases.");
    // The literal is split after the quote mark: lupdate reads "\u201cA" as one escape.
    return tr("No open cases.\nChoose \u201c"
              "All\u201d under Status to see resolved ones.");
}

CaseListModel *CaseListView::caseModel() const
{
    // The list may be shown through a filter.
    QAbstractItemModel *shown = model();
    while (auto proxy = qobject_cast<QAbstractProxyModel *>(shown))
        shown = proxy->sourceModel();
    return qobject_cast<CaseListModel *>(shown);
}

QModelIndex CaseListView::indexOfCase(const QString &caseId) const
{
    if (!model() || model()->rowCount() == 0 || caseId.isEmpty())
        return {};

    const QModelIndexList found = model()->match(model()->index(0, 0), CaseListModel::CaseIdRole,
                                                 caseId, 1, Qt::MatchExactly);
    return found.value(0);
}

void CaseListView::restoreWhenListed()
{
    if (!m_heldCaseId.isEmpty() && !currentIndex().isValid())
        restorePosition();
}

QMenu *CaseListView::createContextMenu(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;

    const QString caseId = index.data(CaseListModel::CaseIdRole).toString();
    const QString displayId = index.data(CaseListModel::DisplayIdRole).toString();
    auto menu = new QMenu(this);
    menu->addAction(tr("Copy Case &ID"), this,
                    [caseId] { QGuiApplication::clipboard()->setText(caseId); });
    if (!displayId.isEmpty()) {
        menu->addAction(tr("Copy Case &Number"), this,
                        [displayId] { QGuiApplication::clipboard()->setText(displayId); });
    }
    const QUrl url = ConsoleLink::forCase(m_partition, displayId);
    menu->addAction(tr("Open in AWS &Console"), this, [this, url] {
        Q_EMIT consoleOpenRequested(url);
    });
    menu->addSeparator();
    menu->addAction(tr("&Export\u2026", "export a case's conversation"), this,
                    [this, caseId] { Q_EMIT exportRequested(caseId); });
    return menu;
}

void CaseListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    const std::unique_ptr<QMenu> menu(createContextMenu(index));
    if (!menu)
        return;
    setCurrentIndex(index);
    menu->exec(event->globalPos());
}
