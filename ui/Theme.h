#pragma once

#include "Settings.h"

class QPalette;

/// Applies the light, dark or system look to the whole application.
namespace Theme {

/// Light and dark use the Fusion style with Casebook's palette; System puts back the style and
/// palette the application started with. Needs a QApplication.
void apply(Settings::Theme theme);

/// The palettes light and dark use.
QPalette lightPalette();
QPalette darkPalette();

} // namespace Theme
