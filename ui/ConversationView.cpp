#include "ConversationView.h"

#include "CommunicationModel.h"
#include "ConversationDelegate.h"
#include "PaletteTones.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

ConversationView::ConversationView(QWidget *parent)
    : QListView(parent), m_delegate(new ConversationDelegate(this))
{
    setItemDelegate(m_delegate);
    setUniformItemSizes(false);
    setWordWrap(true);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    // Batched layout would leave unmeasured rows at the top of the pane for a moment, and
    // QAbstractItemView takes a last row it can see as a reason to fetch the next page.
    setLayoutMode(SinglePass);
    viewport()->setBackgroundRole(QPalette::Window);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Conversation"));

    auto copy = new QAction(tr("&Copy Message"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ConversationView::copyCurrentMessage);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ConversationView::fetchMoreIfNearEnd);
}

void ConversationView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    m_delegate->setModel(model);

    if (CommunicationModel *messages = communicationModel()) {
        connect(messages, &CommunicationModel::loadingChanged, this, [this](bool loading) {
            viewport()->update();
            // A page that left the pane unfilled, or one that came back empty, gives the view
            // no scroll event to ask for the next one.
            if (!loading && !m_fetchQueued) {
                m_fetchQueued = true;
                QTimer::singleShot(0, this, &ConversationView::fetchMoreIfNearEnd);
            }
        });
        connect(messages, &CommunicationModel::loadFailed, viewport(),
                qOverload<>(&QWidget::update));
        connect(messages, &CommunicationModel::loadCompleted, viewport(),
                qOverload<>(&QWidget::update));
    }
}

void ConversationView::copyCurrentMessage()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    QGuiApplication::clipboard()->setText(index.data(CommunicationModel::BodyRole).toString());
}

QString ConversationView::placeholderText() const
{
    const CommunicationModel *messages = communicationModel();
    if (!messages || messages->caseId().isEmpty())
        return tr("Select a case to read its conversation.");
    if (messages->rowCount() > 0)
        return {};
    if (messages->isLoading())
        return tr("Loading messages\u2026");
    if (messages->lastError().isError())
        return tr("The messages of this case could not be loaded.");
    if (messages->isComplete())
        return tr("No messages in this case.");
    return {};
}

void ConversationView::keyPressEvent(QKeyEvent *event)
{
    // QAbstractItemView would copy the display text, which is the body too; being explicit
    // keeps Ctrl+C meaning "the message" if the display text ever changes.
    if (event->matches(QKeySequence::Copy)) {
        copyCurrentMessage();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void ConversationView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);

    QPainter painter(viewport());
    const QString placeholder = placeholderText();
    if (!placeholder.isEmpty())
        paintPlaceholder(&painter, placeholder);
    else if (communicationModel() && communicationModel()->isLoading())
        paintLoadingPill(&painter);
}

void ConversationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        scheduleDelayedItemsLayout();
    QListView::changeEvent(event);
}

void ConversationView::fetchMoreIfNearEnd()
{
    m_fetchQueued = false;
    CommunicationModel *messages = communicationModel();
    if (!messages || messages->isLoading() || !messages->canFetchMore({}))
        return;

    // Rows that just arrived may not be laid out yet, and then the scroll range still says the
    // pane is empty. Ask one screen ahead, so the next page is there before the reader is.
    executeDelayedItemsLayout();
    const QScrollBar *bar = verticalScrollBar();
    if (bar->value() >= bar->maximum() - viewport()->height())
        messages->fetchMore({});
}

void ConversationView::paintPlaceholder(QPainter *painter, const QString &text)
{
    const QPalette &pal = palette();
    painter->setPen(
        PaletteTones::mix(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.45));
    const QRect area = viewport()->rect().adjusted(24, 0, -24, 0);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
}

void ConversationView::paintLoadingPill(QPainter *painter)
{
    const QString text = tr("Loading more messages\u2026");
    const QFontMetrics metrics(font());
    const QSize size(metrics.horizontalAdvance(text) + 28, metrics.height() + 12);
    const QRect pill(
        QPoint((viewport()->width() - size.width()) / 2, viewport()->height() - size.height() - 12),
        size);

    const QPalette &pal = palette();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(PaletteTones::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.2));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), size.height() / 2.0,
                             size.height() / 2.0);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, text);
}

CommunicationModel *ConversationView::communicationModel() const
{
    return qobject_cast<CommunicationModel *>(model());
}
