#include "CaseListDelegate.h"

#include "CaseBadge.h"
#include "CaseListModel.h"
#include "PaletteTones.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int horizontalPadding = 14;
constexpr int verticalPadding = 10;
constexpr int lineGap = 3;
constexpr int badgeGap = 6;
constexpr int selectionBarWidth = 3;

QFont subjectFont(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

QFont detailFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.92);
    return small;
}

} // namespace

CaseListDelegate::CaseListDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QString CaseListDelegate::detailLine(const QModelIndex &index)
{
    const QString displayId = index.data(CaseListModel::DisplayIdRole).toString();
    const QDateTime created = index.data(CaseListModel::TimeCreatedRole).toDateTime();
    const QString caseText
        = QCoreApplication::translate("CaseListDelegate", "Case %1").arg(displayId);
    if (!created.isValid())
        return caseText;

    const QString date = QLocale().toString(created.toLocalTime(), QLocale::ShortFormat);
    QString line = QStringLiteral("%1 \u00b7 %2").arg(caseText, date);
    if (index.data(CaseListModel::HasAttachmentsRole).toBool())
        line += QStringLiteral(" \u00b7 ")
            + QCoreApplication::translate("CaseListDelegate", "attachments");
    if (index.data(CaseListModel::ArchivedOnlyRole).toBool())
        line += QStringLiteral(" \u00b7 ")
            + QCoreApplication::translate("CaseListDelegate", "archived only");
    return line;
}

QSize CaseListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int badgeHeight
        = CaseBadge(QStringLiteral("X"), CaseBadge::Tone::Neutral).sizeHint(option.font).height();
    const int height = verticalPadding + QFontMetrics(subjectFont(option.font)).height() + lineGap
        + QFontMetrics(detailFont(option.font)).height() + badgeGap + badgeHeight + verticalPadding;
    return {200, height};
}

void CaseListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    paintBackground(painter, option);

    const QPalette &palette = option.palette;
    const bool resolved = index.data(CaseListModel::ResolvedRole).toBool();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QRect content = option.rect.adjusted(horizontalPadding, verticalPadding,
                                               -horizontalPadding, -verticalPadding);

    const QFont titleFont = subjectFont(option.font);
    const QFontMetrics titleMetrics(titleFont);
    const QString subject = index.data(CaseListModel::SubjectRole).toString();
    QRect line(content.left(), content.top(), content.width(), titleMetrics.height());
    painter->setFont(titleFont);
    painter->setPen(resolved ? PaletteTones::mix(text, base, 0.4) : text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(subject, Qt::ElideRight, line.width()));

    const QFont smallFont = detailFont(option.font);
    const QFontMetrics smallMetrics(smallFont);
    line = QRect(content.left(), line.bottom() + 1 + lineGap, content.width(),
                 smallMetrics.height());
    painter->setFont(smallFont);
    painter->setPen(PaletteTones::mix(text, base, resolved ? 0.55 : 0.4));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(detailLine(index), Qt::ElideRight, line.width()));

    line.translate(0, line.height() + badgeGap);
    paintBadges(painter, option, line, index);
    painter->restore();
}

void CaseListDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option) const
{
    const QPalette &palette = option.palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    const bool selected = option.state.testFlag(QStyle::State_Selected);

    // A soft tint and a bar rather than the full highlight: the list stays calm and the text
    // keeps its normal colours in every theme.
    if (selected) {
        const bool active = option.state.testFlag(QStyle::State_Active);
        painter->fillRect(option.rect, PaletteTones::mix(base, highlight, active ? 0.2 : 0.12));
        painter->fillRect(
            QRect(option.rect.left(), option.rect.top(), selectionBarWidth, option.rect.height()),
            highlight);
    } else if (option.state.testFlag(QStyle::State_MouseOver)) {
        painter->fillRect(option.rect,
                          PaletteTones::mix(base, palette.color(QPalette::Text), 0.04));
    }

    painter->setPen(PaletteTones::mix(base, palette.color(QPalette::Text), 0.1));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
}

void CaseListDelegate::paintBadges(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QRect &line, const QModelIndex &index) const
{
    const bool resolved = index.data(CaseListModel::ResolvedRole).toBool();
    const CaseBadge badges[] = {
        CaseBadge::forStatus(index.data(CaseListModel::StatusRole).toString()),
        CaseBadge::forSeverity(index.data(CaseListModel::SeverityRole).toString()),
    };

    int x = line.left();
    for (const CaseBadge &badge : badges) {
        const QSize size = badge.sizeHint(option.font);
        if (badge.isNull() || x + size.width() > line.right() + 1)
            continue;
        badge.paint(painter, QRect(QPoint(x, line.top()), size), option.font, option.palette,
                    resolved);
        x += size.width() + badgeGap;
    }
}
