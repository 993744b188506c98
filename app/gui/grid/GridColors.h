#pragma once

#include <QColor>
#include <QPalette>

namespace metafill::gui::GridColors {

// Cell tints of the batch grid. Each mixes a signal colour into the palette's
// base, so it stays light on light themes and dark on dark ones, and text in
// the palette's text colour stays readable on it.
inline QColor mixed(const QColor &base, const QColor &tint, double share)
{
    const auto channel = [share](int a, int b) { return int(a * (1.0 - share) + b * share + 0.5); };
    return QColor(channel(base.red(), tint.red()), channel(base.green(), tint.green()), channel(base.blue(), tint.blue()));
}

// A value that breaks a rule of its field.
inline QColor problem(const QPalette &p) { return mixed(p.color(QPalette::Base), QColor(0xE5, 0x39, 0x35), 0.30); }
// A required field an image leaves empty.
inline QColor requiredEmpty(const QPalette &p) { return mixed(p.color(QPalette::Base), QColor(0xFB, 0x8C, 0x00), 0.28); }
// A value read from an image file header.
inline QColor fromHeader(const QPalette &p) { return mixed(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.16); }
// The "All images" row.
inline QColor sharedRow(const QPalette &p) { return mixed(p.color(QPalette::Base), p.color(QPalette::Text), 0.07); }
// Text an image inherits from "All images", or a template default.
inline QColor inheritedText(const QPalette &p) { return p.color(QPalette::PlaceholderText); }

} // namespace metafill::gui::GridColors
