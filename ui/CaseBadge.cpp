#include "CaseBadge.h"

#include "PaletteTones.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace {

constexpr int horizontalPadding = 7;
constexpr int verticalPadding = 2;

QColor toneColor(CaseBadge::Tone tone, const QPalette &palette)
{
    using Tone = CaseBadge::Tone;
    switch (tone) {
    case Tone::Accent:
        return palette.color(QPalette::Highlight);
    case Tone::Attention:
        return PaletteTones::accent(palette, PaletteTones::orangeHue);
    case Tone::Warning:
        return PaletteTones::accent(palette, PaletteTones::orangeHue + 12);
    case Tone::Critical:
        return PaletteTones::accent(palette, PaletteTones::redHue);
    case Tone::Success:
        return PaletteTones::accent(palette, PaletteTones::greenHue);
    case Tone::Neutral:
    case Tone::Muted:
        break;
    }
    return PaletteTones::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.6);
}

} // namespace

CaseBadge::CaseBadge(const QString &text, Tone tone, const QString &description)
    : m_text(text), m_description(description), m_tone(tone)
{ }

CaseBadge CaseBadge::forStatus(const QString &status)
{
    // The service's status codes, in the words the AWS console uses for them.
    if (status == QLatin1String("opened"))
        return {tr("Open", "case status"), Tone::Accent, tr("The case is open.")};
    if (status == QLatin1String("unassigned"))
        return {tr("Unassigned"), Tone::Accent, tr("No AWS engineer has picked up the case yet.")};
    if (status == QLatin1String("work-in-progress"))
        return {tr("In progress"), Tone::Accent, tr("AWS is working on the case.")};
    if (status == QLatin1String("pending-customer-action"))
        return {tr("Needs your reply"), Tone::Attention,
                tr("AWS is waiting for an answer from you.")};
    if (status == QLatin1String("customer-action-completed"))
        return {tr("Replied"), Tone::Accent, tr("You answered; AWS has not replied yet.")};
    if (status == QLatin1String("reopened"))
        return {tr("Reopened"), Tone::Attention, tr("The case was reopened.")};
    if (status == QLatin1String("resolved"))
        return {tr("Resolved", "case status"), Tone::Muted, tr("The case is resolved.")};
    if (status.isEmpty())
        return {};
    return {status, Tone::Neutral};
}

CaseBadge CaseBadge::forSeverity(const QString &severityCode)
{
    if (severityCode == QLatin1String("low"))
        return {tr("Low"), Tone::Neutral, tr("General guidance")};
    if (severityCode == QLatin1String("normal"))
        return {tr("Normal"), Tone::Neutral, tr("System impaired")};
    if (severityCode == QLatin1String("high"))
        return {tr("High"), Tone::Warning, tr("Production system impaired")};
    if (severityCode == QLatin1String("urgent"))
        return {tr("Urgent"), Tone::Critical, tr("Production system down")};
    if (severityCode == QLatin1String("critical"))
        return {tr("Critical"), Tone::Critical, tr("Business-critical system down")};
    if (severityCode.isEmpty())
        return {};
    return {severityCode, Tone::Neutral};
}

QFont CaseBadge::badgeFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    else
        small.setPixelSize(qMax(9, qRound(font.pixelSize() * 0.85)));
    small.setWeight(QFont::DemiBold);
    return small;
}

QSize CaseBadge::sizeHint(const QFont &font) const
{
    if (isNull())
        return {};

    const QFontMetrics metrics(badgeFont(font));
    return {metrics.horizontalAdvance(m_text) + 2 * horizontalPadding,
            metrics.height() + 2 * verticalPadding};
}

void CaseBadge::paint(QPainter *painter, const QRect &rect, const QFont &font,
                      const QPalette &palette, bool muted) const
{
    if (isNull())
        return;

    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor tone = muted ? toneColor(Tone::Muted, palette) : toneColor(m_tone, palette);
    const bool quiet = muted || m_tone == Tone::Muted || m_tone == Tone::Neutral;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(PaletteTones::mix(base, tone, quiet ? 0.35 : 0.5));
    painter->setBrush(PaletteTones::mix(base, tone, quiet ? 0.1 : 0.16));
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    painter->setFont(badgeFont(font));
    painter->setPen(PaletteTones::mix(text, tone, quiet ? 0.3 : 0.55));
    painter->drawText(rect, Qt::AlignCenter, m_text);
    painter->restore();
}
