#pragma once

#include "ConversationDelegate.h"

#include <QAbstractItemView>
#include <QHash>
#include <QPersistentModelIndex>

class QAction;
class QMenu;

class CommunicationModel;

/// The correspondence of one case as a column of cards, in the order its model gives.
///
/// Only what is on screen is laid out: the view keeps an anchor (a row and how far the
/// viewport's top lies into it) and measures rows outward from there, so a thread of any
/// length opens, resizes and jumps to its end at the cost of one screen. Rows not measured yet
/// count as the typical height for the scroll bar, whose thumb is a position in rows.
///
/// Works through any model with CommunicationModel's roles, proxies included; asks for the
/// next page near the end the reader moves toward: the bottom newest-first, the top
/// oldest-first (where the model or proxy puts the oldest row first).
class ConversationView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    void setModel(QAbstractItemModel *model) override;
    ConversationDelegate *conversationDelegate() const { return m_delegate; }

    /// Chat order: the oldest message on top, opening at the newest (bottom), with older pages
    /// fetched as the reader nears the top. The model (or its proxy) supplies that order.
    void setOldestFirst(bool oldestFirst);
    bool isOldestFirst() const { return m_oldestFirst; }

    /// Shows the download state of an attachment wherever it appears.
    void setAttachmentState(const QString &attachmentId, AttachmentState state);
    AttachmentState attachmentState(const QString &attachmentId) const;

    /// Puts the body of the current communication on the clipboard as plain text.
    void copyCurrentMessage();
    /// Puts the selected text on the clipboard; false when nothing is selected.
    bool copySelection();
    /// Every loaded message in view order, each with a sender and time header.
    QString threadText() const;
    void copyThread();
    /// The selected text of the current message, with line breaks as '\n'.
    QString selectedText() const;
    /// Selects characters [start, end) of \a index's body as the mouse would.
    void selectText(const QModelIndex &index, int start, int end);

    bool isFolded(const QModelIndex &index) const;
    void setFolded(const QModelIndex &index, bool folded);

    /// Fetches every remaining page.
    void loadAll();
    /// "Load All Messages", enabled while pages remain, for menus and tool bars.
    QAction *loadAllAction() const { return m_loadAllAction; }

    /// Whether a clicked link is also opened with QDesktopServices (default true); the
    /// linkActivated() signal comes either way.
    void setOpensLinks(bool open) { m_opensLinks = open; }
    bool opensLinks() const { return m_opensLinks; }

    /// The menu a right click at \a pos (viewport coordinates) opens on a message, made the
    /// current one; the caller owns it. Emits contextMenuAboutToShow() so others can add to it.
    QMenu *createContextMenu(const QPoint &pos);

    /// What the empty pane says: no case chosen, loading, or no messages.
    QString placeholderText() const;
    /// "120 of many", "346 messages" or "Loading…": what is loaded so far.
    QString countText() const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void scrollToTop();
    void scrollToBottom();
    /// The row at the top of the viewport and how many pixels of it lie above.
    QModelIndex topIndex() const;
    int topOffset() const { return m_anchorOffset; }
    /// True when the last row's bottom is in view.
    bool isAtBottom() const;

    void doItemsLayout() override;

Q_SIGNALS:
    /// A link was clicked; the default handler opens http, https and mailto URLs.
    void linkActivated(const QUrl &url);
    void attachmentActivated(const QModelIndex &index, int attachmentIndex);
    void attachmentContextMenuRequested(const QModelIndex &index, int attachmentIndex,
                                        const QPoint &globalPos);
    /// A message's context menu was built; \a index is the message, invalid on empty space.
    void contextMenuAboutToShow(QMenu *menu, const QModelIndex &index);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void reset() override;

    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void verticalScrollbarValueChanged(int value) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct VisibleRow
    {
        int row;
        int top;
        int height;
    };

    QStyleOptionViewItem itemOption() const;
    int endMargin() const;
    int rowHeight(int row) const;
    QList<VisibleRow> visibleRows() const;
    void normalizeAnchor();
    void scrollByPixels(int delta);
    void scrollToFraction(int value);
    void syncScrollBar();
    void relayout();
    void scheduleFetchCheck();
    void fetchIfNearEnd();
    bool isLoading() const;
    CommunicationModel *communicationModel() const;

    ConversationDelegate::Hit hitAt(const QPoint &point, QModelIndex *index) const;
    void toggleFold(const QModelIndex &index);
    void openLink(const QUrl &url);
    void paintPlaceholder(QPainter *painter, const QString &text);
    void paintStatusPill(QPainter *painter, const QString &text);
    QRect statusPillRect(const QString &text) const;
    void updateCursorShape(const QPoint &point);

    ConversationDelegate *m_delegate = nullptr;
    QAction *m_loadAllAction = nullptr;
    QHash<QString, AttachmentState> m_attachmentStates;
    int m_anchorRow = 0;
    int m_anchorOffset = 0;
    int m_lastScrollValue = 0;
    bool m_syncingScrollBar = false;
    bool m_oldestFirst = false;
    bool m_stickToBottom = false;
    bool m_fetchQueued = false;
    bool m_opensLinks = true;
    QPersistentModelIndex m_layoutAnchor;
    QRect m_pillRect; ///< the "Load all" pill as last painted, empty when hidden
    QMetaObject::Connection m_loadingConnection;

    // Mouse state: text selection within one message, and what a press landed on.
    QPersistentModelIndex m_pressIndex;
    ConversationDelegate::Hit m_pressHit;
    QPoint m_pressPos;
    bool m_selecting = false;
    bool m_dragged = false;
    QPersistentModelIndex m_selectionIndex;
    int m_selectionAnchor = 0;
    int m_selectionCursor = 0;
};
