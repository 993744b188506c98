#include "FormColors.h"

#include <QPalette>

#include <algorithm>

namespace metafill::gui::FormColors {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = std::clamp(amountOfB, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - k) + b.redF() * k), float(a.greenF() * (1 - k) + b.greenF() * k),
                            float(a.blueF() * (1 - k) + b.blueF() * k));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor tint(const QPalette &palette, const QColor &accent, qreal amount)
{
    // A dark base needs more of the accent to show at all.
    return mix(palette.color(QPalette::Base), accent, isDark(palette) ? amount * 1.6 : amount);
}

QColor problemText(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 130, 120) : QColor(176, 32, 24);
}

QColor requiredMark(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 120, 110) : QColor(200, 40, 30);
}

} // namespace metafill::gui::FormColors
