#pragma once

#include <QCache>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QUrl>

#include <memory>

/// Whether an attachment's content can be had: shown plainly, as in progress, or greyed.
enum class AttachmentState { Available, Downloading, Unavailable };

/// Paints each communication of a case as a card: an optional day separator, who wrote it and
/// when, the body as plain text with its web and mail links, and the attached files.
///
/// Rows are laid out with QTextLayout only when asked for (painting, hit-testing, sizeHint);
/// the view asks only for rows it shows, so work follows what is visible. Exact heights are
/// cached per row at the current width and font; layouts of recently used rows are kept.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// A link found in a body: characters [start, start + length) of the display text.
    struct Link
    {
        int start = 0;
        int length = 0;
        QUrl url;
    };

    /// Where everything of one row goes, relative to the row's top left corner.
    struct RowLayout
    {
        QTextLayout body;
        QPointF bodyOrigin;
        QList<Link> links;
        QString separator; ///< day separator text, empty when the day goes on
        QRect separatorRect;
        QRect card;
        QRect avatar;
        QRect name;
        QRect address;
        QRect time;
        QRect toggle; ///< "Show more" / "Show less", empty when the body is short
        QList<QRect> attachments;
        int shownLines = 0; ///< body lines painted; fewer than the layout's when folded
        int height = 0;
    };

    /// What is under a point of a row.
    struct Hit
    {
        enum Kind { Nothing, Card, Body, Link, Toggle, Attachment };
        Kind kind = Nothing;
        int position = -1; ///< character of the display text, for Body and Link
        int attachment = -1;
        QUrl url;
    };

    explicit ConversationDelegate(QObject *parent = nullptr);
    ~ConversationDelegate() override;

    /// Watches \a model so that cached rows follow inserts, removals and changes.
    void setModel(QAbstractItemModel *model);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    /// The exact height of the row at itemWidth(\a option): lays the row out if needed.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The layout of \a index as paint() draws it. Owned by the delegate; valid until the next
    /// call into it.
    const RowLayout *rowLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    const QTextLayout *bodyLayout(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const;
    Hit hitTest(const QStyleOptionViewItem &option, const QModelIndex &index,
                const QPoint &pointInRow) const;

    /// The height of \a row if measured at the current width, else -1.
    int cachedHeight(int row) const;
    /// A height for rows not measured yet: the mean of the measured ones.
    int typicalHeight(const QFont &font) const;
    /// Forgets measured heights far from \a row once there are many.
    void trimCache(int row);

    /// Messages taller than foldThreshold lines show foldedLines and a "Show more" toggle.
    static constexpr int foldThreshold = 40;
    static constexpr int foldedLines = 25;
    bool isExpanded(const QModelIndex &index) const;
    void setExpanded(const QModelIndex &index, bool expanded);

    /// The text selection painted in \a row: characters [start, end) of its display text.
    void setTextSelection(int row, int start, int end);
    void clearTextSelection() { setTextSelection(-1, 0, 0); }

    void setAttachmentStates(const QHash<QString, AttachmentState> *states);

    /// The width rows are laid out for: the view's viewport, or the option's rect without one.
    static int itemWidth(const QStyleOptionViewItem &option);
    /// The width the body text wraps at in a row \a itemWidth pixels wide.
    static int bodyWidth(int itemWidth);

    /// The body unchanged except that each line break (CRLF, LF or CR) becomes one
    /// QChar::LineSeparator, which QTextLayout honours.
    static QString displayText(const QString &body);

    /// Whether a dataChanged() with \a roles only moves search highlights.
    static bool onlySearchRoles(const QList<int> &roles);

    /// How the search matches a filter proxy reports for \a index are painted: positions in
    /// displayText(), coloured from \a palette.
    static QList<QTextLayout::FormatRange> searchMatchFormats(const QModelIndex &index,
                                                              const QPalette &palette);
    /// The http, https and mailto links of \a text; nothing else ever becomes a link.
    static QList<Link> findLinks(const QString &text);

    /// "Amazon Web Services", the customer's name, or their address without a name.
    static QString senderText(const QModelIndex &index);
    /// The address of "Name <address>", else empty.
    static QString senderAddress(const QModelIndex &index);
    /// The local date and time a communication was written, with a hint such as "3 hours ago".
    static QString timeText(const QModelIndex &index);
    static QString relativeHint(const QDateTime &time, const QDateTime &now);
    /// "Tuesday, 3 December 2026": the local day of \a index.
    static QString dayText(const QModelIndex &index);
    /// "From <sender>, <time>: <body>" for assistive technology and Copy Thread.
    static QString accessibleText(const QModelIndex &index);
    /// A plain-text rendering of a message: a header line, then the body.
    static QString plainText(const QModelIndex &index);

    /// Forgets every measured row, as after a font change.
    void clearCache();
    /// Rows whose height is known at the current width.
    int measuredRowCount() const { return int(m_heights.size()); }

private:
    struct Metrics;

    RowLayout *layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    std::unique_ptr<RowLayout> measure(const QStyleOptionViewItem &option, const QModelIndex &index,
                                       int width) const;
    int measureHeader(RowLayout *row, const Metrics &metrics, const QModelIndex &index, int left,
                      int width, int top) const;
    int measureBody(RowLayout *row, const Metrics &metrics, const QModelIndex &index, int left,
                    int width, int top) const;
    bool isCacheable(const QModelIndex &index) const;
    void prepareCache(int width, const QFont &font) const;
    void remember(int row, int height) const;
    void forget(int row) const;
    void shiftRows(int first, int delta);
    void forgetRows(int first, int last);
    QIcon iconFor(const QString &fileName) const;

    void paintSeparator(QPainter *painter, const QStyleOptionViewItem &option,
                        const RowLayout &layout) const;
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QRect &card,
                   bool fromAws) const;
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const RowLayout &layout,
                     const QModelIndex &index) const;
    void paintBody(QPainter *painter, const QStyleOptionViewItem &option, const RowLayout &layout,
                   const QModelIndex &index) const;
    void paintToggle(QPainter *painter, const QStyleOptionViewItem &option,
                     const RowLayout &layout) const;
    void paintAttachments(QPainter *painter, const QStyleOptionViewItem &option,
                          const RowLayout &layout, const QModelIndex &index) const;

    QPointer<QAbstractItemModel> m_model;
    mutable int m_cacheWidth = -1;
    mutable QFont m_cacheFont;
    mutable QHash<int, int> m_heights;
    mutable qint64 m_heightSum = 0;
    mutable QCache<int, RowLayout> m_layouts;
    mutable std::unique_ptr<RowLayout> m_uncached;
    mutable QHash<QString, QIcon> m_icons;
    QSet<quint64> m_expanded;
    int m_selectionRow = -1;
    int m_selectionStart = 0;
    int m_selectionEnd = 0;
    const QHash<QString, AttachmentState> *m_attachmentStates = nullptr;
};
