#include "PaletteTones.h"

#include <QPalette>

namespace PaletteTones {

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(from.redF() * keep + to.redF() * amount),
                            float(from.greenF() * keep + to.greenF() * amount),
                            float(from.blueF() * keep + to.blueF() * amount));
}

QColor accent(const QPalette &palette, int hue)
{
    // A grey or washed-out highlight would make every tone grey; keep a floor under
    // saturation and brightness so the hues stay apart.
    const QColor highlight = palette.color(QPalette::Highlight).toHsv();
    const int saturation = qMax(highlight.hsvSaturation(), 150);
    const int value = qBound(170, highlight.value(), 230);
    return QColor::fromHsv(hue, saturation, value);
}

} // namespace PaletteTones
