#pragma once

#include <QColor>

class QPalette;

namespace metafill::gui::FormColors {

// Colours derived from the palette, so marks stay readable on light and dark themes.
bool isDark(const QPalette &palette);
// `accent` mixed into the base colour: a tint that keeps the text readable.
QColor tint(const QPalette &palette, const QColor &accent, qreal amount);
// Text of inline problems: a red that reads well on the palette's window colour.
QColor problemText(const QPalette &palette);
// The mark of a required field.
QColor requiredMark(const QPalette &palette);

} // namespace metafill::gui::FormColors
