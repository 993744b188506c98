#pragma once

#include <QStyledItemDelegate>

namespace metafill::gui {

// Draws one hit in two lines: the label in bold with CURIE and ontology at
// the right, then the synonym the text matched and the definition, elided
// (the tooltip has it whole). Obsolete terms are struck through and say so.
// Colours come from the palette, so dark themes look right.
class TermHitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The secondary text colour: the text colour moved a third of the way
    // towards the background, readable on light and dark palettes alike.
    static QColor dimmed(const QColor &text, const QColor &background);

private:
    static QFont secondLineFont(const QFont &base);
};

} // namespace metafill::gui
