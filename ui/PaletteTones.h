#pragma once

#include <QColor>

class QPalette;

/// Colours Casebook derives from the widget palette, so that light and dark themes both read.
namespace PaletteTones {

/// The colour \a amount (0..1) of the way from \a from to \a to.
QColor mix(const QColor &from, const QColor &to, qreal amount);

/// A colour of \a hue (0..359) as saturated and bright as the palette's highlight, so that
/// tinted labels sit in the same family as the theme's own accent.
QColor accent(const QPalette &palette, int hue);

/// Hues for the tones Casebook uses beside the palette's own highlight.
constexpr int redHue = 4;
constexpr int orangeHue = 28;
constexpr int greenHue = 140;
constexpr int searchHue = 48; ///< found text: a marker-pen amber

} // namespace PaletteTones
