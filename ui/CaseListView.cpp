#include "CaseListView.h"

#include "CaseListDelegate.h"
#include "CaseListModel.h"
#include "PaletteTones.h"

#include <QPainter>

CaseListView::CaseListView(QWidget *parent) : QListView(parent)
{
    setItemDelegate(new CaseListDelegate(this));
    setSelectionMode(SingleSelection);
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
}

QString CaseListView::currentCaseId() const
{
    return currentIndex().data(CaseListModel::CaseIdRole).toString();
}

bool CaseListView::selectCase(const QString &caseId)
{
    const CaseListModel *cases = caseModel();
    const int row = cases ? cases->rowOf(caseId) : -1;
    if (row < 0)
        return false;

    const QModelIndex index = model()->index(row, 0);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void CaseListView::selectionChanged(const QItemSelection &selected,
                                    const QItemSelection &deselected)
{
    QListView::selectionChanged(selected, deselected);

    const QModelIndexList indexes = selected.indexes();
    if (!indexes.isEmpty())
        Q_EMIT caseActivated(indexes.first().data(CaseListModel::CaseIdRole).toString());
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

QString CaseListView::placeholderText() const
{
    const CaseListModel *cases = caseModel();
    if (!cases)
        return {};
    if (cases->isLoading())
        return tr("Loading cases\u2026");
    if (cases->lastError().isError())
        return tr("The case list could not be loaded.");
    if (!cases->isComplete())
        return {};
    if (cases->includeResolved())
        return tr("This account has no support cases.");
    return tr("No open cases.\nTurn on \u201cInclude resolved cases\u201d to see older ones.");
}

CaseListModel *CaseListView::caseModel() const
{
    return qobject_cast<CaseListModel *>(model());
}
