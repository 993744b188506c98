#include "TermHitDelegate.h"

#include "TermHitModel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

int horizontalPadding(const QFontMetrics &metrics)
{
    return metrics.averageCharWidth();
}

int verticalPadding(const QFontMetrics &metrics)
{
    return std::max(2, metrics.height() / 5);
}

} // namespace

QColor TermHitDelegate::dimmed(const QColor &text, const QColor &background)
{
    constexpr double towardsBackground = 0.35;
    return QColor::fromRgbF(float(text.redF() + (background.redF() - text.redF()) * towardsBackground),
                            float(text.greenF() + (background.greenF() - text.greenF()) * towardsBackground),
                            float(text.blueF() + (background.blueF() - text.blueF()) * towardsBackground));
}

QFont TermHitDelegate::secondLineFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else
        font.setPixelSize(std::max(8, font.pixelSize() * 9 / 10));
    return font;
}

QSize TermHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics first(bold);
    const QFontMetrics second(secondLineFont(option.font));
    const int padding = verticalPadding(first);
    return {first.averageCharWidth() * 50, first.height() + second.height() + 3 * padding};
}

void TermHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The style's selection and hover background; the text is drawn below.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
        : opt.state.testFlag(QStyle::State_Active)                            ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor secondary = dimmed(text, background);

    const QString label = index.data(Qt::DisplayRole).toString();
    const QString curie = index.data(TermHitModel::CurieRole).toString();
    const QString ontology = index.data(TermHitModel::OntologyRole).toString();
    const QString definition = index.data(TermHitModel::DefinitionRole).toString().simplified();
    const QString matched = index.data(TermHitModel::MatchedSynonymRole).toString();
    const bool obsolete = index.data(TermHitModel::ObsoleteRole).toBool();

    QFont labelFont = opt.font;
    labelFont.setBold(true);
    labelFont.setStrikeOut(obsolete);
    const QFont smallFont = secondLineFont(opt.font);
    const QFontMetrics labelMetrics(labelFont);
    const QFontMetrics smallMetrics(smallFont);
    const QFontMetrics plainMetrics(opt.font);
    const int hPad = horizontalPadding(plainMetrics);
    const int vPad = verticalPadding(labelMetrics);
    const QRect area = opt.rect.adjusted(hPad, vPad, -hPad, -vPad);

    painter->save();
    painter->setClipRect(opt.rect);

    // Line 1: label left, "obsolete · FBbi:00000251 · fbbi" right.
    QStringList idParts;
    if (obsolete)
        idParts << tr("obsolete");
    idParts << curie;
    if (!ontology.isEmpty())
        idParts << ontology;
    const QString ids = idParts.join(u" · "_s);
    const QRect firstLine(area.left(), area.top(), area.width(), labelMetrics.height());
    // +2: elidedText() measures a little wider than horizontalAdvance() and would cut a CURIE that fits.
    const int idsWidth = std::min(plainMetrics.horizontalAdvance(ids) + 2, area.width() / 2);
    const int labelWidth = std::max(0, area.width() - idsWidth - 2 * hPad);
    painter->setFont(labelFont);
    painter->setPen(text);
    painter->drawText(QRect(firstLine.left(), firstLine.top(), labelWidth, firstLine.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      labelMetrics.elidedText(label, Qt::ElideRight, labelWidth));
    painter->setFont(opt.font);
    painter->setPen(secondary);
    painter->drawText(QRect(firstLine.right() - idsWidth + 1, firstLine.top(), idsWidth, firstLine.height()),
                      Qt::AlignRight | Qt::AlignVCenter, plainMetrics.elidedText(ids, Qt::ElideMiddle, idsWidth));

    // Line 2: "matched: mouse — the definition …", elided.
    const QRect secondLine(area.left(), firstLine.bottom() + 1 + vPad, area.width(), smallMetrics.height());
    int x = secondLine.left();
    if (!matched.isEmpty()) {
        QFont italic = smallFont;
        italic.setItalic(true);
        const QFontMetrics italicMetrics(italic);
        const QString matchedText = italicMetrics.elidedText(tr("matched: %1").arg(matched), Qt::ElideRight, secondLine.width());
        painter->setFont(italic);
        painter->setPen(text);
        painter->drawText(QRect(x, secondLine.top(), secondLine.width(), secondLine.height()), Qt::AlignLeft | Qt::AlignVCenter, matchedText);
        x += italicMetrics.horizontalAdvance(matchedText);
    }
    if (!definition.isEmpty() && x < secondLine.right()) {
        const QString separated = matched.isEmpty() ? definition : u" — "_s + definition;
        const int width = secondLine.right() - x + 1;
        painter->setFont(smallFont);
        painter->setPen(secondary);
        painter->drawText(QRect(x, secondLine.top(), width, secondLine.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(separated, Qt::ElideRight, width));
    }
    painter->restore();
}

} // namespace metafill::gui
