#pragma once

#include <QCache>
#include <QFont>
#include <QHash>
#include <QPointer>
#include <QStyledItemDelegate>

#include <memory>

class QTextLayout;

/// Paints each communication of a case as a card: who wrote it and when, the body as plain
/// text wrapped to the card, and the names of attached files.
///
/// Bodies are laid out once per (row, width) with QTextLayout; measured heights are cached so
/// that sizeHint() and paint() always agree and scrolling does no layout work twice.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationDelegate(QObject *parent = nullptr);
    ~ConversationDelegate() override;

    /// Watches \a model so that cached rows are dropped when they change or move.
    void setModel(QAbstractItemModel *model);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The width rows are laid out for: the view's viewport, or the option's rect without one.
    static int itemWidth(const QStyleOptionViewItem &option);
    /// The width the body text wraps at in a row \a itemWidth pixels wide.
    static int bodyWidth(int itemWidth);

    /// The body of \a index laid out as paint() draws it, at itemWidth(\a option). Owned by
    /// the delegate and valid until the next call into it.
    const QTextLayout *bodyLayout(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const;

    /// The text given to the layout: the body unchanged except that each line break (CRLF, LF
    /// or CR) becomes one QChar::LineSeparator, which QTextLayout honours.
    static QString displayText(const QString &body);

    /// The first line of the header: "Amazon Web Services" or the customer's address.
    static QString senderText(const QModelIndex &index);
    /// The local time a communication was written, as the card shows it.
    static QString timeText(const QModelIndex &index);

    /// Forgets every measured row, as after a font change.
    void clearCache();
    /// Rows whose height is known at the current width.
    int measuredRowCount() const { return int(m_heights.size()); }

private:
    struct RowLayout;
    struct Metrics;

    RowLayout *rowLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    std::unique_ptr<RowLayout> measure(const QStyleOptionViewItem &option, const QModelIndex &index,
                                       int width) const;
    int measureHeader(RowLayout *row, const Metrics &metrics, const QModelIndex &index, int left,
                      int width, int top) const;
    bool isCacheable(const QModelIndex &index) const;
    void prepareCache(int width, const QFont &font) const;
    void forgetRows(int first, int last);

    void paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QRect &card,
                   bool fromAws) const;
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const RowLayout &layout,
                     const QModelIndex &index) const;
    void paintAttachments(QPainter *painter, const QStyleOptionViewItem &option,
                          const RowLayout &layout, const QModelIndex &index) const;

    QPointer<QAbstractItemModel> m_model;
    mutable int m_cacheWidth = -1;
    mutable QFont m_cacheFont;
    mutable QHash<int, int> m_heights;
    mutable QCache<int, RowLayout> m_layouts;
    mutable std::unique_ptr<RowLayout> m_uncached;
};
