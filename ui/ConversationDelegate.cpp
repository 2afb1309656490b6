#include "ConversationDelegate.h"

#include "Attachment.h"
#include "CommunicationFilterModel.h"
#include "CommunicationModel.h"
#include "PaletteTones.h"
#include "SafeFileName.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMimeDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QtMath>

#include <climits>

namespace {

// Card geometry in pixels. Sketch of one row:
//
//   ---------------- Tuesday, 3 December 2026 ----------------   (only where the day changes)
//   +-+-------------------------------------------------------+
//   |s| (avatar) Name  address                 3 Dec, 10:21 · |
//   |t|                                                       |
//   |r| Body text, wrapped at the card's inner width ...      |
//   |i| Show more                                             |
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
constexpr int nameAddressGap = 8;
constexpr int attachmentGap = 10;
constexpr int iconSize = 16;
constexpr int cornerRadius = 6;
constexpr int separatorPadding = 10;
constexpr int cachedLayouts = 256;
constexpr int keptHeights = 4096;

// English source strings in both forms, so the text reads right without a translation loaded;
// a translation gives each of them every plural form its language has.
QString plural(const QString &one, const QString &many, int n)
{
    return n == 1 ? one : many;
}

// File names come from whoever attached the file. Show the name a save would use, so that
// "report<RLO>txt.exe" cannot pose as a text file and "../x" looks like what lands on disk.
QString displayFileName(const QString &name)
{
    return SafeFileName::fromUntrusted(name);
}

QList<AttachmentInfo> attachmentsOf(const QModelIndex &index)
{
    QList<AttachmentInfo> list;
    const QVariantList attachments = index.data(CommunicationModel::AttachmentsRole).toList();
    for (const QVariant &attachment : attachments)
        list << attachment.value<AttachmentInfo>();
    return list;
}

/// \a text on one line: line breaks, tabs and other controls become single spaces.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return line.simplified();
}

/// A display name as a mail header writes it: a quoted string loses its quotes and its
/// backslash escapes, so the name in `"Quote\" <q@example.com>` reads Quote" (not Quote\).
QString unquotedName(const QString &text)
{
    const QString name = text.trimmed();
    if (!name.startsWith(u'"'))
        return oneLine(name);

    QString plain;
    for (qsizetype i = 1; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'"')
            break;
        if (c == u'\\' && i + 1 < name.size())
            plain += name.at(++i);
        else
            plain += c;
    }
    return oneLine(plain);
}

// "Priya Raman <priya@example.com>" -> ("Priya Raman", "priya@example.com").
bool splitSender(const QString &sender, QString *name, QString *address)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([^<]*?)\\s*<([^<>]+)>\\s*$"));
    const QRegularExpressionMatch match = pattern.match(sender);
    if (!match.hasMatch())
        return false;
    *name = unquotedName(match.captured(1));
    *address = oneLine(match.captured(2));
    return true;
}

QString initials(const QString &sender)
{
    // "priya.raman@example.com" -> "PR"; "Priya Raman <p@example.com>" -> "PR".
    QString name = sender.section(u'<', 0, 0).trimmed();
    if (name.isEmpty())
        name = sender.section(u'<', 1).section(u'@', 0, 0);
    name = name.section(u'@', 0, 0);

    static const QRegularExpression separators(QStringLiteral("[\\s._+\"-]+"));
    QString letters;
    for (const QString &part : name.split(separators, Qt::SkipEmptyParts)) {
        if (letters.size() < 2 && part.at(0).isLetterOrNumber())
            letters += part.at(0).toUpper();
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

// A message's identity that survives proxies and re-sorting, for its folded state.
quint64 messageKey(const QModelIndex &index)
{
    const QDateTime time = index.data(CommunicationModel::TimeCreatedRole).toDateTime();
    const size_t seed = qHash(index.data(CommunicationModel::SubmittedByRole).toString());
    const size_t body = qHash(index.data(CommunicationModel::BodyRole).toString(), seed);
    return (quint64(time.toMSecsSinceEpoch()) << 20) ^ quint64(body);
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

// Trailing punctuation usually ends the sentence, not the URL; a closing bracket stays when
// the URL opened one ("https://en.wikipedia.org/wiki/Foo_(bar)").
QString trimLinkEnd(QString link)
{
    static const QString trailing = QStringLiteral(".,;:!?'\")]}>*");
    while (!link.isEmpty() && trailing.contains(link.back())) {
        const QChar last = link.back();
        if (last == u')' && link.count(u'(') >= link.count(u')'))
            break;
        link.chop(1);
    }
    return link;
}

bool isSafeLink(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    if (scheme == QLatin1String("mailto"))
        return url.path().contains(u'@') && !url.path().startsWith(u'@');
    return false;
}

} // namespace

struct ConversationDelegate::Metrics
{
    explicit Metrics(const QFont &font) : body(font), name(font), small(font), avatar(font)
    {
        name.setWeight(QFont::DemiBold);
        avatar.setWeight(QFont::Bold);
        if (font.pointSizeF() > 0) {
            small.setPointSizeF(font.pointSizeF() * 0.92);
            avatar.setPointSizeF(font.pointSizeF() * 0.8);
        } else if (font.pixelSize() > 0) {
            small.setPixelSize(qMax(1, qRound(font.pixelSize() * 0.92)));
            avatar.setPixelSize(qMax(1, qRound(font.pixelSize() * 0.8)));
        }

        const QFontMetrics bodyMetrics(body);
        leading = qRound(bodyMetrics.height() * 0.25);
        nameLine = QFontMetrics(name).height();
        smallLine = QFontMetrics(small).height();
        attachmentLine = qMax(bodyMetrics.height(), iconSize) + 4;
        toggleLine = bodyMetrics.height() + 6;
        separatorLine = smallLine + 2 * separatorPadding;
        tabStop = bodyMetrics.horizontalAdvance(QLatin1Char(' ')) * 8;
    }

    QFont body;
    QFont name;
    QFont small;
    QFont avatar;
    int leading = 0;
    int nameLine = 0;
    int smallLine = 0;
    int attachmentLine = 0;
    int toggleLine = 0;
    int separatorLine = 0;
    int tabStop = 0;
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

    // A row's separator depends on the row before it, so the row after a change is dropped too.
    using Model = QAbstractItemModel;
    connect(model, &Model::modelReset, this, &ConversationDelegate::clearCache);
    connect(model, &Model::layoutChanged, this, &ConversationDelegate::clearCache);
    connect(model, &Model::rowsMoved, this, &ConversationDelegate::clearCache);
    connect(model, &Model::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                shiftRows(first, last - first + 1);
                forget(last + 1);
            });
    connect(model, &Model::rowsRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                forgetRows(first, last);
                shiftRows(last + 1, -(last - first + 1));
                forget(first);
            });
    connect(model, &Model::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                // Search highlights are painted over the text; they never change a height.
                if (!onlySearchRoles(roles))
                    forgetRows(topLeft.row(), bottomRight.row() + 1);
            });
}

bool ConversationDelegate::onlySearchRoles(const QList<int> &roles)
{
    static const QList<int> searchRoles = {CommunicationFilterModel::MatchRangesRole,
                                           CommunicationFilterModel::SenderMatchRangesRole,
                                           CommunicationFilterModel::IsMatchRole};
    return !roles.isEmpty() && std::all_of(roles.cbegin(), roles.cend(), [](int role) {
        return searchRoles.contains(role);
    });
}

QList<QTextLayout::FormatRange> ConversationDelegate::searchMatchFormats(const QModelIndex &index,
                                                                        const QPalette &palette)
{
    const QVariantList matches = index.data(CommunicationFilterModel::MatchRangesRole).toList();
    if (matches.isEmpty())
        return {};

    // Matches count positions in the raw body; the laid-out text turns each CRLF into one
    // line separator, so every CRLF before a match moves it one place to the left.
    const QString body = index.data(CommunicationModel::BodyRole).toString();
    auto displayPosition = [&body](int raw) {
        return raw - int(body.left(raw).count(QLatin1String("\r\n")));
    };

    QTextCharFormat format;
    format.setBackground(PaletteTones::mix(palette.color(QPalette::Base),
                                           PaletteTones::accent(palette, PaletteTones::searchHue),
                                           0.45));
    format.setForeground(palette.color(QPalette::Text));

    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &match : matches) {
        const QPoint range = match.toPoint();
        const int start = displayPosition(range.x());
        const int end = displayPosition(range.x() + range.y());
        formats.append({start, end - start, format});
    }
    return formats;
}

int ConversationDelegate::itemWidth(const QStyleOptionViewItem &option)
{
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

QList<ConversationDelegate::Link> ConversationDelegate::findLinks(const QString &text)
{
    // The scheme must start a word: "xhttp://" and "javascript:http://" stay text.
    static const QRegularExpression candidate(
        QStringLiteral("(?<![\\w.+\\-:/@])(?:https?://|mailto:)[^\\s<>\"\\x{2028}]+"),
        QRegularExpression::CaseInsensitiveOption);

    QList<Link> links;
    auto matches = candidate.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString token = trimLinkEnd(match.captured());
        const QUrl url(token, QUrl::StrictMode);
        if (isSafeLink(url))
            links.append({int(match.capturedStart()), int(token.size()), url});
    }
    return links;
}

QString ConversationDelegate::senderText(const QModelIndex &index)
{
    if (index.data(CommunicationModel::FromAwsRole).toBool())
        return tr("Amazon Web Services");

    const QString sender = index.data(CommunicationModel::SubmittedByRole).toString().trimmed();
    QString name, address;
    if (splitSender(sender, &name, &address))
        return name.isEmpty() ? address : name;
    return sender.isEmpty() ? tr("Unknown sender") : oneLine(sender);
}

QString ConversationDelegate::senderAddress(const QModelIndex &index)
{
    if (index.data(CommunicationModel::FromAwsRole).toBool())
        return {};
    QString name, address;
    const QString sender = index.data(CommunicationModel::SubmittedByRole).toString();
    if (!splitSender(sender, &name, &address) || name.isEmpty())
        return {};
    return address;
}

QString ConversationDelegate::relativeHint(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = time.secsTo(now);
    if (seconds < -60)
        return {};
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return plural(tr("%n minute ago", nullptr, int(seconds / 60)),
                      tr("%n minutes ago", nullptr, int(seconds / 60)), int(seconds / 60));
    const qint64 days = time.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (seconds < 12 * 3600 || days == 0)
        return plural(tr("%n hour ago", nullptr, int(seconds / 3600)),
                      tr("%n hours ago", nullptr, int(seconds / 3600)), int(seconds / 3600));
    if (days == 1)
        return tr("yesterday");
    if (days < 7)
        return plural(tr("%n day ago", nullptr, int(days)), tr("%n days ago", nullptr, int(days)),
                      int(days));
    return {};
}

QString ConversationDelegate::timeText(const QModelIndex &index)
{
    const QDateTime created = index.data(CommunicationModel::TimeCreatedRole).toDateTime();
    if (!created.isValid())
        return tr("Unknown time");

    const QDateTime local = created.toLocalTime();
    const QLocale locale;
    const QString when = tr("%1, %2", "date, then time")
                             .arg(locale.toString(local.date(), QLocale::ShortFormat),
                                  locale.toString(local.time(), QLocale::ShortFormat));
    const QString hint = relativeHint(created, QDateTime::currentDateTimeUtc());
    return hint.isEmpty() ? when : tr("%1 \u00b7 %2", "time, then how long ago").arg(when, hint);
}

QString ConversationDelegate::dayText(const QModelIndex &index)
{
    const QDateTime created = index.data(CommunicationModel::TimeCreatedRole).toDateTime();
    if (!created.isValid())
        return tr("Unknown day");
    return QLocale().toString(created.toLocalTime().date(), QLocale::LongFormat);
}

QString ConversationDelegate::accessibleText(const QModelIndex &index)
{
    return tr("From %1, %2: %3")
        .arg(senderText(index), timeText(index),
             index.data(CommunicationModel::BodyRole).toString());
}

QString ConversationDelegate::plainText(const QModelIndex &index)
{
    QString sender = index.data(CommunicationModel::SubmittedByRole).toString();
    if (sender.isEmpty())
        sender = senderText(index);
    const QDateTime created = index.data(CommunicationModel::TimeCreatedRole).toDateTime();
    const QString when = created.isValid()
        ? QLocale().toString(created.toLocalTime(), QLocale::LongFormat)
        : tr("Unknown time");

    QString text = tr("From: %1\nDate: %2\n").arg(sender, when);
    const QList<AttachmentInfo> attachments = attachmentsOf(index);
    for (const AttachmentInfo &attachment : attachments)
        text += tr("Attachment: %1\n").arg(displayFileName(attachment.fileName));
    QString body = index.data(CommunicationModel::BodyRole).toString();
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text + u'\n' + body + u'\n';
}

const ConversationDelegate::RowLayout *
ConversationDelegate::rowLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layoutFor(option, index);
}

const QTextLayout *ConversationDelegate::bodyLayout(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index) const
{
    return &layoutFor(option, index)->body;
}

void ConversationDelegate::clearCache()
{
    m_heights.clear();
    m_heightSum = 0;
    m_layouts.clear();
}

int ConversationDelegate::cachedHeight(int row) const
{
    return m_heights.value(row, -1);
}

int ConversationDelegate::typicalHeight(const QFont &font) const
{
    if (!m_heights.isEmpty())
        return qMax(1, int(m_heightSum / m_heights.size()));
    return 2 * padding + avatarSize + headerGap + 3 * QFontMetrics(font).height()
        + 2 * outerVertical;
}

void ConversationDelegate::trimCache(int row)
{
    if (m_heights.size() <= keptHeights)
        return;
    for (auto it = m_heights.begin(); it != m_heights.end();) {
        if (qAbs(it.key() - row) > keptHeights / 4) {
            m_heightSum -= it.value();
            m_layouts.remove(it.key());
            it = m_heights.erase(it);
        } else {
            ++it;
        }
    }
}

bool ConversationDelegate::isExpanded(const QModelIndex &index) const
{
    return m_expanded.contains(messageKey(index));
}

void ConversationDelegate::setExpanded(const QModelIndex &index, bool expanded)
{
    if (expanded)
        m_expanded.insert(messageKey(index));
    else
        m_expanded.remove(messageKey(index));
    forget(index.row());
}

void ConversationDelegate::setTextSelection(int row, int start, int end)
{
    m_selectionRow = row;
    m_selectionStart = qMin(start, end);
    m_selectionEnd = qMax(start, end);
}

void ConversationDelegate::setAttachmentStates(const QHash<QString, AttachmentState> *states)
{
    m_attachmentStates = states;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int width = itemWidth(option);
    if (isCacheable(index)) {
        prepareCache(width, option.font);
        const int known = cachedHeight(index.row());
        if (known >= 0)
            return {width, known};
    }
    return {width, layoutFor(option, index)->height};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const RowLayout *layout = layoutFor(option, index);
    const bool fromAws = index.data(CommunicationModel::FromAwsRole).toBool();

    painter->save();
    painter->translate(option.rect.topLeft());
    paintSeparator(painter, option, *layout);
    paintCard(painter, option, layout->card, fromAws);
    paintHeader(painter, option, *layout, index);
    paintBody(painter, option, *layout, index);
    paintToggle(painter, option, *layout);
    paintAttachments(painter, option, *layout, index);
    painter->restore();
}

ConversationDelegate::Hit ConversationDelegate::hitTest(const QStyleOptionViewItem &option,
                                                        const QModelIndex &index,
                                                        const QPoint &point) const
{
    const RowLayout *layout = layoutFor(option, index);
    Hit hit;
    if (!layout->card.contains(point))
        return hit;
    hit.kind = Hit::Card;

    if (layout->toggle.contains(point)) {
        hit.kind = Hit::Toggle;
        return hit;
    }
    for (int i = 0; i < layout->attachments.size(); ++i) {
        if (layout->attachments.at(i).contains(point)) {
            hit.kind = Hit::Attachment;
            hit.attachment = i;
            return hit;
        }
    }

    // Anywhere beside the text, left or right, still selects in the line at that height.
    const QPointF local = QPointF(point) - layout->bodyOrigin;
    const int bodyWidth = int(layout->body.maximumWidth() + 1);
    if (layout->shownLines == 0 || point.x() < layout->card.left() + stripeWidth)
        return hit;
    const QTextLine firstLine = layout->body.lineAt(0);
    const QTextLine lastLine = layout->body.lineAt(layout->shownLines - 1);
    if (local.y() < firstLine.y() - 4 || local.y() > lastLine.y() + lastLine.height() + 4)
        return hit;

    for (int i = 0; i < layout->shownLines; ++i) {
        const QTextLine line = layout->body.lineAt(i);
        if (local.y() < line.y() + line.height() || i == layout->shownLines - 1) {
            hit.kind = Hit::Body;
            hit.position = line.xToCursor(qBound(0.0, local.x(), qreal(bodyWidth)));
            const bool onText = local.x() >= 0 && local.x() <= line.naturalTextWidth();
            for (const Link &link : layout->links) {
                if (onText && hit.position >= link.start
                    && hit.position < link.start + link.length) {
                    const qreal right = line.cursorToX(hit.position + 1);
                    if (local.x() <= right + 1) {
                        hit.kind = Hit::Link;
                        hit.url = link.url;
                    }
                }
            }
            break;
        }
    }
    return hit;
}

ConversationDelegate::RowLayout *ConversationDelegate::layoutFor(const QStyleOptionViewItem &option,
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
    remember(index.row(), row->height);
    m_layouts.insert(index.row(), layout.release());
    return row;
}

std::unique_ptr<ConversationDelegate::RowLayout>
ConversationDelegate::measure(const QStyleOptionViewItem &option, const QModelIndex &index,
                              int width) const
{
    const Metrics metrics(option.font);
    auto row = std::make_unique<RowLayout>();
    int top = 0;

    // A day separator above the first message of each local day, in whatever order rows come.
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    const QString day = dayText(index);
    if (!previous.isValid() || dayText(previous) != day) {
        row->separator = day;
        row->separatorRect = QRect(outerHorizontal, 0, qMax(0, width - 2 * outerHorizontal),
                                   metrics.separatorLine);
        top = metrics.separatorLine;
    }

    row->card
        = QRect(outerHorizontal, top + outerVertical, qMax(0, width - 2 * outerHorizontal), 0);
    const QRect inner(row->card.left() + stripeWidth + padding, 0, bodyWidth(width), 0);
    int y = row->card.top() + padding;

    y += measureHeader(row.get(), metrics, index, inner.left(), inner.width(), y);
    y += headerGap;
    y += measureBody(row.get(), metrics, index, inner.left(), inner.width(), y);

    const QList<AttachmentInfo> attachments = attachmentsOf(index);
    if (!attachments.isEmpty())
        y += attachmentGap;
    for (int i = 0; i < attachments.size(); ++i) {
        row->attachments << QRect(inner.left(), y, inner.width(), metrics.attachmentLine);
        y += metrics.attachmentLine;
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
    // The time shares the sender's line when both fit, else it goes under the sender. The
    // address follows the name when there is room and is elided first.
    const int textLeft = left + avatarSize + avatarGap;
    const int textWidth = qMax(0, left + width - textLeft);
    const int timeWidth = QFontMetrics(metrics.small).horizontalAdvance(timeText(index)) + 1;
    const int nameWidth = QFontMetrics(metrics.name).horizontalAdvance(senderText(index)) + 1;
    const QString address = senderAddress(index);
    const int addressWidth = address.isEmpty()
        ? 0
        : QFontMetrics(metrics.small).horizontalAdvance(address) + 1 + nameAddressGap;
    const bool oneLine = nameWidth + nameTimeGap + timeWidth <= textWidth;
    const int textHeight = oneLine ? metrics.nameLine : metrics.nameLine + 2 + metrics.smallLine;
    const int height = qMax(avatarSize, textHeight);
    const int textTop = top + (height - textHeight) / 2;

    row->avatar = QRect(left, top + (height - avatarSize) / 2, avatarSize, avatarSize);
    const int nameRoom = oneLine ? textWidth - timeWidth - nameTimeGap : textWidth;
    row->name = QRect(textLeft, textTop, qMin(nameWidth, nameRoom), metrics.nameLine);
    if (addressWidth > 0) {
        const int room = nameRoom - row->name.width() - nameAddressGap;
        row->address = QRect(row->name.right() + 1 + nameAddressGap, textTop,
                             qMax(0, qMin(room, addressWidth)), metrics.nameLine);
    }
    if (oneLine)
        row->time = QRect(textLeft + textWidth - timeWidth, textTop, timeWidth, metrics.nameLine);
    else
        row->time = QRect(textLeft, textTop + metrics.nameLine + 2, textWidth, metrics.smallLine);
    return height;
}

int ConversationDelegate::measureBody(RowLayout *row, const Metrics &metrics,
                                      const QModelIndex &index, int left, int width, int top) const
{
    // Plain text, never markup; long tokens such as URLs and ids wrap anywhere. Links are
    // drawn as overlays at paint time, so the layout itself carries no formats.
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTabStopDistance(metrics.tabStop);
    const QString text = displayText(index.data(CommunicationModel::BodyRole).toString());
    row->body.setText(text);
    row->body.setFont(metrics.body);
    row->body.setTextOption(textOption);
    row->body.setCacheEnabled(true);
    row->bodyOrigin = QPointF(left, top);
    row->links = findLinks(text);
    int height = layoutLines(row->body, width, metrics.leading);

    const int lines = row->body.lineCount();
    row->shownLines = lines;
    if (lines > foldThreshold) {
        if (!isExpanded(index)) {
            row->shownLines = foldedLines;
            const QTextLine last = row->body.lineAt(foldedLines - 1);
            height = qCeil(last.y() + last.height());
        }
        row->toggle = QRect(left, top + height + 4, width, metrics.toggleLine);
        height += 4 + metrics.toggleLine;
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
    m_heightSum = 0;
    m_layouts.clear();
    m_cacheWidth = width;
    m_cacheFont = font;
}

void ConversationDelegate::remember(int row, int height) const
{
    m_heightSum += height - qMax(0, m_heights.value(row, 0));
    m_heights.insert(row, height);
}

void ConversationDelegate::forget(int row) const
{
    const auto it = m_heights.constFind(row);
    if (it != m_heights.constEnd()) {
        m_heightSum -= *it;
        m_heights.erase(it);
    }
    m_layouts.remove(row);
}

void ConversationDelegate::forgetRows(int first, int last)
{
    if (last - first > m_heights.size()) {
        const QList<int> rows = m_heights.keys();
        for (int row : rows) {
            if (row >= first && row <= last)
                forget(row);
        }
        return;
    }
    for (int row = first; row <= last; ++row)
        forget(row);
}

void ConversationDelegate::shiftRows(int first, int delta)
{
    // Older pages of an oldest-first thread arrive above what is measured: move, don't drop.
    QHash<int, int> heights;
    heights.reserve(m_heights.size());
    for (auto it = m_heights.cbegin(); it != m_heights.cend(); ++it)
        heights.insert(it.key() >= first ? it.key() + delta : it.key(), it.value());
    m_heights = heights;

    QList<std::pair<int, RowLayout *>> layouts;
    const QList<int> rows = m_layouts.keys();
    for (int row : rows)
        layouts.append({row >= first ? row + delta : row, m_layouts.take(row)});
    for (const auto &[row, layout] : layouts)
        m_layouts.insert(row, layout);
}

QIcon ConversationDelegate::iconFor(const QString &fileName) const
{
    static const QMimeDatabase database;
    const QMimeType type = database.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    const auto known = m_icons.constFind(type.name());
    if (known != m_icons.constEnd())
        return *known;

    const QIcon fallback = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    const QIcon icon
        = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), fallback));
    m_icons.insert(type.name(), icon);
    return icon;
}

void ConversationDelegate::paintSeparator(QPainter *painter, const QStyleOptionViewItem &option,
                                          const RowLayout &layout) const
{
    if (layout.separator.isEmpty())
        return;

    const QPalette &palette = option.palette;
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const Metrics metrics(option.font);
    const QFontMetrics small(metrics.small);
    const QRect area = layout.separatorRect;
    const QString label = small.elidedText(layout.separator, Qt::ElideRight, area.width());
    const int labelWidth = small.horizontalAdvance(label) + 24;
    const int middle = area.center().y();

    painter->setPen(PaletteTones::mix(window, text, 0.18));
    const int leftEnd = area.center().x() - labelWidth / 2;
    if (leftEnd > area.left()) {
        painter->drawLine(area.left(), middle, leftEnd, middle);
        painter->drawLine(area.right() - (leftEnd - area.left()), middle, area.right(), middle);
    }
    painter->setFont(metrics.small);
    painter->setPen(PaletteTones::mix(text, window, 0.35));
    painter->drawText(area, Qt::AlignCenter, label);
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
    painter->fillPath(outline, fromAws ? PaletteTones::mix(base, highlight, 0.07) : base);

    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRect(card.left(), card.top(), stripeWidth, card.height()),
                      fromAws ? highlight : PaletteTones::mix(base, text, 0.3));
    painter->restore();

    // The keyboard's current message shows even before it is selected.
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const QColor border = selected ? highlight
        : focused                  ? PaletteTones::mix(base, highlight, 0.6)
                                   : PaletteTones::mix(base, text, 0.14);
    painter->setPen(QPen(border, selected || focused ? 2 : 1));
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
    const QColor dim = PaletteTones::mix(text, base, 0.42);

    painter->setPen(Qt::NoPen);
    painter->setBrush(fromAws ? palette.color(QPalette::Highlight)
                              : PaletteTones::mix(base, text, 0.16));
    painter->drawEllipse(layout.avatar);
    painter->setFont(metrics.avatar);
    painter->setPen(fromAws ? palette.color(QPalette::HighlightedText)
                            : PaletteTones::mix(text, base, 0.2));
    painter->drawText(layout.avatar, Qt::AlignCenter,
                      fromAws
                          ? tr("AWS", "avatar of AWS engineers")
                          : initials(index.data(CommunicationModel::SubmittedByRole).toString()));

    painter->setFont(metrics.name);
    painter->setPen(text);
    const QFontMetrics nameMetrics(metrics.name);
    painter->drawText(layout.name, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(sender, Qt::ElideRight, layout.name.width()));

    const QFontMetrics smallMetrics(metrics.small);
    painter->setFont(metrics.small);
    painter->setPen(dim);
    if (layout.address.width() > 0) {
        painter->drawText(
            layout.address, Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(senderAddress(index), Qt::ElideMiddle, layout.address.width()));
    }
    const bool rightAligned = layout.time.top() == layout.name.top();
    painter->drawText(
        layout.time, (rightAligned ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
        smallMetrics.elidedText(timeText(index), Qt::ElideRight, layout.time.width()));
}

void ConversationDelegate::paintBody(QPainter *painter, const QStyleOptionViewItem &option,
                                     const RowLayout &layout, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const int row = index.row();
    QList<QTextLayout::FormatRange> overlays = searchMatchFormats(index, palette);
    for (const Link &link : layout.links) {
        QTextLayout::FormatRange range;
        range.start = link.start;
        range.length = link.length;
        range.format.setForeground(palette.color(QPalette::Link));
        range.format.setFontUnderline(true);
        overlays << range;
    }
    if (row == m_selectionRow && m_selectionEnd > m_selectionStart && row >= 0) {
        QTextLayout::FormatRange range;
        range.start = m_selectionStart;
        range.length = m_selectionEnd - m_selectionStart;
        range.format.setBackground(palette.color(QPalette::Highlight));
        range.format.setForeground(palette.color(QPalette::HighlightedText));
        overlays << range;
    }

    QRectF clip;
    if (layout.shownLines < layout.body.lineCount() && layout.shownLines > 0) {
        const QTextLine last = layout.body.lineAt(layout.shownLines - 1);
        clip = QRectF(layout.bodyOrigin,
                      QSizeF(layout.body.maximumWidth() + 2, last.y() + last.height()));
    }
    painter->setPen(palette.color(QPalette::Text));
    layout.body.draw(painter, layout.bodyOrigin, overlays, clip);
}

void ConversationDelegate::paintToggle(QPainter *painter, const QStyleOptionViewItem &option,
                                       const RowLayout &layout) const
{
    if (layout.toggle.isEmpty())
        return;

    const bool folded = layout.shownLines < layout.body.lineCount();
    const int hidden = layout.body.lineCount() - layout.shownLines;
    const QString label = folded ? plural(tr("Show more (%n more line)", nullptr, hidden),
                                          tr("Show more (%n more lines)", nullptr, hidden), hidden)
                                 : tr("Show less");
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Link));
    painter->drawText(layout.toggle, Qt::AlignLeft | Qt::AlignVCenter, label);
}

void ConversationDelegate::paintAttachments(QPainter *painter, const QStyleOptionViewItem &option,
                                            const RowLayout &layout, const QModelIndex &index) const
{
    const QList<AttachmentInfo> attachments = attachmentsOf(index);
    const QPalette &palette = option.palette;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QFontMetrics metrics(option.font);

    for (int i = 0; i < attachments.size() && i < layout.attachments.size(); ++i) {
        const AttachmentInfo &attachment = attachments.at(i);
        const AttachmentState state = m_attachmentStates
            ? m_attachmentStates->value(attachment.attachmentId, AttachmentState::Available)
            : AttachmentState::Available;
        const QRect line = layout.attachments.at(i);
        const QRect iconRect(line.left(), line.top() + (line.height() - iconSize) / 2, iconSize,
                             iconSize);
        const QIcon::Mode mode
            = state == AttachmentState::Unavailable ? QIcon::Disabled : QIcon::Normal;
        iconFor(attachment.fileName).paint(painter, iconRect, Qt::AlignCenter, mode);

        QString name = displayFileName(attachment.fileName);
        QFont font = option.font;
        QColor colour = PaletteTones::mix(text, palette.color(QPalette::Highlight), 0.35);
        if (state == AttachmentState::Downloading) {
            name = tr("%1 \u2014 downloading\u2026").arg(name);
            colour = PaletteTones::mix(colour, base, 0.3);
        } else if (state == AttachmentState::Unavailable) {
            name = tr("%1 (unavailable)").arg(name);
            font.setStrikeOut(true);
            colour = PaletteTones::mix(text, base, 0.5);
        }
        painter->setFont(font);
        painter->setPen(colour);
        const QRect textRect = line.adjusted(iconSize + 6, 0, 0, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(name, Qt::ElideMiddle, textRect.width()));
    }
}
