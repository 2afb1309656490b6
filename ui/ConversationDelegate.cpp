#include "ConversationDelegate.h"

#include "Attachment.h"
#include "CommunicationModel.h"
#include "PaletteTones.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextLayout>
#include <QtMath>

#include <climits>

namespace {

// Card geometry in pixels. Sketch of one row:
//
//   outerMargin
//   +-+-------------------------------------------------------+
//   |s| (avatar) Sender                         14 May, 10:21 |
//   |t|                                                       |
//   |r| Body text, wrapped at the card's inner width ...      |
//   |i|                                                       |
//   |p| [icon] attachment.txt                                 |
//   +-+-------------------------------------------------------+
constexpr int outerHorizontal = 14;
constexpr int outerVertical = 6;
constexpr int stripeWidth = 4;
constexpr int padding = 14;
constexpr int avatarSize = 32;
constexpr int avatarGap = 10;
constexpr int headerGap = 10;
constexpr int nameTimeGap = 16;
constexpr int attachmentGap = 10;
constexpr int iconSize = 16;
constexpr int cornerRadius = 6;
constexpr int cachedLayouts = 256;

QString translate(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("ConversationDelegate", text, disambiguation);
}

// File names come from whoever attached the file: keep controls and direction overrides out of
// the painted text so that "report<RLO>txt.exe" cannot pose as a text file.
QString displayFileName(const QString &name)
{
    QString shown = name;
    for (QChar &c : shown) {
        const char16_t u = c.unicode();
        const bool bidiOverride = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (c.category() == QChar::Other_Control || bidiOverride)
            c = QChar::ReplacementCharacter;
    }
    return shown;
}

QStringList attachmentNames(const QModelIndex &index)
{
    QStringList names;
    const QVariantList attachments = index.data(CommunicationModel::AttachmentsRole).toList();
    for (const QVariant &attachment : attachments)
        names << displayFileName(attachment.value<AttachmentInfo>().fileName);
    return names;
}

QString initials(const QString &sender)
{
    // "priya.raman@example.com" -> "PR"; "Priya Raman <p@example.com>" -> "PR".
    QString name = sender.section(u'<', 0, 0).trimmed();
    if (name.isEmpty())
        name = sender.section(u'<', 1).section(u'@', 0, 0);
    name = name.section(u'@', 0, 0);

    static const QRegularExpression separators(QStringLiteral("[\\s._+-]+"));
    QString letters;
    for (const QString &part : name.split(separators, Qt::SkipEmptyParts)) {
        if (letters.size() < 2 && part.at(0).isLetterOrNumber())
            letters += part.at(0).toUpper();
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

int layoutLines(QTextLayout &layout, qreal width, qreal leading)
{
    qreal y = 0;
    bool first = true;

    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        if (!first)
            y += leading;
        first = false;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();

    return qCeil(y);
}

} // namespace

struct ConversationDelegate::Metrics
{
    explicit Metrics(const QFont &font) : body(font), name(font), time(font), avatar(font)
    {
        name.setWeight(QFont::DemiBold);
        avatar.setWeight(QFont::Bold);
        if (font.pointSizeF() > 0) {
            time.setPointSizeF(font.pointSizeF() * 0.92);
            avatar.setPointSizeF(font.pointSizeF() * 0.8);
        }

        const QFontMetrics bodyMetrics(body);
        leading = qRound(bodyMetrics.height() * 0.25);
        nameLine = QFontMetrics(name).height();
        timeLine = QFontMetrics(time).height();
        attachmentLine = qMax(bodyMetrics.height(), iconSize) + 4;
        tabStop = bodyMetrics.horizontalAdvance(QLatin1Char(' ')) * 8;
    }

    QFont body;
    QFont name;
    QFont time;
    QFont avatar;
    int leading = 0;
    int nameLine = 0;
    int timeLine = 0;
    int attachmentLine = 0;
    int tabStop = 0;
};

/// Where everything of one row goes, relative to the row's top left corner.
struct ConversationDelegate::RowLayout
{
    QTextLayout body;
    QPointF bodyOrigin;
    QRect card;
    QRect avatar;
    QRect name;
    QRect time;
    QRect attachments;
    int attachmentLine = 0;
    int height = 0;
};

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_layouts(cachedLayouts)
{ }

ConversationDelegate::~ConversationDelegate() = default;

void ConversationDelegate::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    clearCache();
    if (!model)
        return;

    using Model = QAbstractItemModel;
    connect(model, &Model::modelReset, this, &ConversationDelegate::clearCache);
    connect(model, &Model::layoutChanged, this, &ConversationDelegate::clearCache);
    connect(model, &Model::rowsMoved, this, &ConversationDelegate::clearCache);
    connect(model, &Model::rowsInserted, this,
            [this](const QModelIndex &, int first, int) { forgetRows(first, INT_MAX); });
    connect(model, &Model::rowsRemoved, this,
            [this](const QModelIndex &, int first, int) { forgetRows(first, INT_MAX); });
    connect(model, &Model::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                forgetRows(topLeft.row(), bottomRight.row());
            });
}

int ConversationDelegate::itemWidth(const QStyleOptionViewItem &option)
{
    // QListView hands sizeHint() no item rect: rows are as wide as the viewport.
    if (auto view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

int ConversationDelegate::bodyWidth(int itemWidth)
{
    return qMax(1, itemWidth - 2 * outerHorizontal - stripeWidth - 2 * padding);
}

QString ConversationDelegate::displayText(const QString &body)
{
    QString text = body;
    text.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    text.replace(u'\n', QChar::LineSeparator);
    text.replace(u'\r', QChar::LineSeparator);
    return text;
}

QString ConversationDelegate::senderText(const QModelIndex &index)
{
    if (index.data(CommunicationModel::FromAwsRole).toBool())
        return translate("Amazon Web Services");

    const QString sender = index.data(CommunicationModel::SubmittedByRole).toString();
    return sender.isEmpty() ? translate("Unknown sender") : sender;
}

QString ConversationDelegate::timeText(const QModelIndex &index)
{
    const QDateTime created = index.data(CommunicationModel::TimeCreatedRole).toDateTime();
    if (!created.isValid())
        return translate("Unknown time");

    const QDateTime local = created.toLocalTime();
    const QLocale locale;
    return translate("%1 %2", "long date, then time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat));
}

const QTextLayout *ConversationDelegate::bodyLayout(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index) const
{
    return &rowLayout(option, index)->body;
}

void ConversationDelegate::clearCache()
{
    m_heights.clear();
    m_layouts.clear();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int width = itemWidth(option);
    if (isCacheable(index)) {
        prepareCache(width, option.font);
        const auto known = m_heights.constFind(index.row());
        if (known != m_heights.constEnd())
            return {width, *known};
    }
    return {width, rowLayout(option, index)->height};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const RowLayout *layout = rowLayout(option, index);
    const bool fromAws = index.data(CommunicationModel::FromAwsRole).toBool();

    painter->save();
    painter->translate(option.rect.topLeft());
    paintCard(painter, option, layout->card, fromAws);
    paintHeader(painter, option, *layout, index);

    painter->setPen(option.palette.color(QPalette::Text));
    layout->body.draw(painter, layout->bodyOrigin);

    paintAttachments(painter, option, *layout, index);
    painter->restore();
}

ConversationDelegate::RowLayout *ConversationDelegate::rowLayout(const QStyleOptionViewItem &option,
                                                                 const QModelIndex &index) const
{
    const int width = itemWidth(option);
    if (!isCacheable(index)) {
        m_uncached = measure(option, index, width);
        return m_uncached.get();
    }

    prepareCache(width, option.font);
    if (RowLayout *cached = m_layouts.object(index.row()))
        return cached;

    std::unique_ptr<RowLayout> layout = measure(option, index, width);
    RowLayout *row = layout.get();
    m_heights.insert(index.row(), row->height);
    m_layouts.insert(index.row(), layout.release());
    return row;
}

std::unique_ptr<ConversationDelegate::RowLayout>
ConversationDelegate::measure(const QStyleOptionViewItem &option, const QModelIndex &index,
                              int width) const
{
    const Metrics metrics(option.font);
    auto row = std::make_unique<RowLayout>();
    row->card = QRect(outerHorizontal, outerVertical, qMax(0, width - 2 * outerHorizontal), 0);
    const QRect inner(row->card.left() + stripeWidth + padding, 0, bodyWidth(width), 0);
    int y = row->card.top() + padding;

    y += measureHeader(row.get(), metrics, index, inner.left(), inner.width(), y);
    y += headerGap;

    // The body: plain text, never markup; long tokens such as URLs and ids wrap anywhere.
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTabStopDistance(metrics.tabStop);
    row->body.setText(displayText(index.data(CommunicationModel::BodyRole).toString()));
    row->body.setFont(metrics.body);
    row->body.setTextOption(textOption);
    row->body.setCacheEnabled(true);
    row->bodyOrigin = QPointF(inner.left(), y);
    y += layoutLines(row->body, inner.width(), metrics.leading);

    const int attachmentCount = int(attachmentNames(index).size());
    if (attachmentCount > 0) {
        y += attachmentGap;
        row->attachmentLine = metrics.attachmentLine;
        row->attachments
            = QRect(inner.left(), y, inner.width(), attachmentCount * metrics.attachmentLine);
        y += row->attachments.height();
    }

    y += padding;
    row->card.setHeight(y - row->card.top());
    row->height = y + outerVertical;
    return row;
}

int ConversationDelegate::measureHeader(RowLayout *row, const Metrics &metrics,
                                        const QModelIndex &index, int left, int width,
                                        int top) const
{
    // The time shares the sender's line when both fit, else it goes under the sender.
    const int textLeft = left + avatarSize + avatarGap;
    const int textWidth = qMax(0, left + width - textLeft);
    const int timeWidth = QFontMetrics(metrics.time).horizontalAdvance(timeText(index)) + 1;
    const int nameWidth = QFontMetrics(metrics.name).horizontalAdvance(senderText(index)) + 1;
    const bool oneLine = nameWidth + nameTimeGap + timeWidth <= textWidth;
    const int textHeight = oneLine ? metrics.nameLine : metrics.nameLine + 2 + metrics.timeLine;
    const int height = qMax(avatarSize, textHeight);
    const int textTop = top + (height - textHeight) / 2;

    row->avatar = QRect(left, top + (height - avatarSize) / 2, avatarSize, avatarSize);
    if (oneLine) {
        row->name = QRect(textLeft, textTop, textWidth - timeWidth - nameTimeGap, metrics.nameLine);
        row->time = QRect(textLeft + textWidth - timeWidth, textTop, timeWidth, metrics.nameLine);
    } else {
        row->name = QRect(textLeft, textTop, textWidth, metrics.nameLine);
        row->time = QRect(textLeft, textTop + metrics.nameLine + 2, textWidth, metrics.timeLine);
    }
    return height;
}

bool ConversationDelegate::isCacheable(const QModelIndex &index) const
{
    // Without change notifications from the model a cached row could go stale unnoticed.
    return m_model && index.model() == m_model.data();
}

void ConversationDelegate::prepareCache(int width, const QFont &font) const
{
    if (width == m_cacheWidth && font == m_cacheFont)
        return;

    m_heights.clear();
    m_layouts.clear();
    m_cacheWidth = width;
    m_cacheFont = font;
}

void ConversationDelegate::forgetRows(int first, int last)
{
    // Rows are appended at the end as pages arrive, which leaves every cached row valid.
    for (auto it = m_heights.begin(); it != m_heights.end();) {
        if (it.key() >= first && it.key() <= last) {
            m_layouts.remove(it.key());
            it = m_heights.erase(it);
        } else {
            ++it;
        }
    }
}

void ConversationDelegate::paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QRect &card, bool fromAws) const
{
    const QPalette &palette = option.palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    const bool selected = option.state.testFlag(QStyle::State_Selected);

    QPainterPath outline;
    outline.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), cornerRadius, cornerRadius);

    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(outline, fromAws ? PaletteTones::mix(base, highlight, 0.06) : base);

    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRect(card.left(), card.top(), stripeWidth, card.height()),
                      fromAws ? highlight : PaletteTones::mix(base, text, 0.3));
    painter->restore();

    const QColor border = selected ? highlight : PaletteTones::mix(base, text, 0.14);
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);
}

void ConversationDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                       const RowLayout &layout, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool fromAws = index.data(CommunicationModel::FromAwsRole).toBool();
    const Metrics metrics(option.font);
    const QString sender = senderText(index);

    painter->setPen(Qt::NoPen);
    painter->setBrush(fromAws ? palette.color(QPalette::Highlight)
                              : PaletteTones::mix(base, text, 0.16));
    painter->drawEllipse(layout.avatar);
    painter->setFont(metrics.avatar);
    painter->setPen(fromAws ? palette.color(QPalette::HighlightedText)
                            : PaletteTones::mix(text, base, 0.2));
    painter->drawText(layout.avatar, Qt::AlignCenter,
                      fromAws ? translate("AWS", "avatar of AWS engineers") : initials(sender));

    painter->setFont(metrics.name);
    painter->setPen(text);
    const QFontMetrics nameMetrics(metrics.name);
    painter->drawText(layout.name, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(sender, Qt::ElideRight, layout.name.width()));

    painter->setFont(metrics.time);
    painter->setPen(PaletteTones::mix(text, base, 0.42));
    const bool rightAligned = layout.time.top() == layout.name.top();
    const QFontMetrics timeMetrics(metrics.time);
    painter->drawText(layout.time,
                      (rightAligned ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                      timeMetrics.elidedText(timeText(index), Qt::ElideRight, layout.time.width()));
}

void ConversationDelegate::paintAttachments(QPainter *painter, const QStyleOptionViewItem &option,
                                            const RowLayout &layout, const QModelIndex &index) const
{
    const QStringList names = attachmentNames(index);
    if (names.isEmpty())
        return;

    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const QIcon icon = style->standardIcon(QStyle::SP_FileIcon, nullptr, option.widget);
    const QPalette &palette = option.palette;
    const QFontMetrics metrics(option.font);

    painter->setFont(option.font);
    painter->setPen(
        PaletteTones::mix(palette.color(QPalette::Text), palette.color(QPalette::Highlight), 0.35));
    QRect line(layout.attachments.topLeft(),
               QSize(layout.attachments.width(), layout.attachmentLine));
    for (const QString &name : names) {
        const QRect iconRect(line.left(), line.top() + (line.height() - iconSize) / 2, iconSize,
                             iconSize);
        icon.paint(painter, iconRect);
        const QRect textRect = line.adjusted(iconSize + 6, 0, 0, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(name, Qt::ElideMiddle, textRect.width()));
        line.translate(0, line.height());
    }
}
