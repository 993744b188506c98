#include "ProvenanceMark.h"

#include "FormColors.h"

#include <QEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

QFont markFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

} // namespace

ProvenanceMark::ProvenanceMark(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // The smaller font is used for painting only: setting it on the widget
    // would cost a font resolution for each of a few hundred marks.
}

bool ProvenanceMark::isTypedOverHeader(const Provenance &provenance)
{
    return provenance.kind == Provenance::Kind::Typed && !provenance.file.isEmpty();
}

void ProvenanceMark::setSource(Origin origin, const Provenance &provenance, bool imageScope)
{
    QString text;
    QString tip;
    switch (origin) {
    case Origin::None:
        break;
    case Origin::TemplateDefault:
        text = tr("default");
        tip = tr("The template's default value. Type to replace it.");
        break;
    case Origin::Shared:
        text = tr("shared");
        tip = tr("This image takes the value all images share (%1). Type to give this image its own value.").arg(provenance.describe());
        break;
    case Origin::Own:
        switch (provenance.kind) {
        case Provenance::Kind::Typed:
            if (isTypedOverHeader(provenance)) {
                text = tr("edited");
                Provenance header = provenance;
                header.kind = Provenance::Kind::Header;
                tip = tr("Typed over the value read from the %1.").arg(header.describe());
            } else {
                text = tr("typed");
                tip = tr("Typed in by a person.");
            }
            break;
        case Provenance::Kind::Header:
            text = provenance.locked ? tr("locked") : tr("header");
            tip = provenance.locked ? tr("Read from the %1. The template does not allow changing it.").arg(provenance.describe())
                                    : tr("Read from the %1. Type to override it.").arg(provenance.describe());
            break;
        case Provenance::Kind::Preset:
            text = tr("preset");
            tip = tr("Filled in by the %1.").arg(provenance.describe());
            break;
        case Provenance::Kind::Default:
            text = tr("default");
            tip = tr("The template's default value. Type to replace it.");
            break;
        case Provenance::Kind::Imported:
            text = tr("imported");
            tip = tr("Imported from %1.").arg(provenance.file);
            break;
        }
        if (imageScope)
            tip += u' ' + tr("This image's own value: it wins over the value all images share.");
        break;
    }
    const bool changed = text != m_text || origin != m_origin || !(provenance == m_provenance);
    m_origin = origin;
    m_provenance = provenance;
    m_text = text;
    if (!changed)
        return;
    setToolTip(tip);
    setAccessibleName(text.isEmpty() ? tr("no value") : tr("Source: %1").arg(text));
    setAccessibleDescription(tip);
    update();
}

QColor ProvenanceMark::accent() const
{
    if (m_origin == Origin::Shared || m_origin == Origin::TemplateDefault)
        return palette().color(QPalette::Mid);
    switch (m_provenance.kind) {
    case Provenance::Kind::Header:
        return m_provenance.locked ? QColor(120, 120, 140) : QColor(40, 120, 230);
    case Provenance::Kind::Preset:
        return QColor(30, 160, 80);
    case Provenance::Kind::Typed:
        return isTypedOverHeader(m_provenance) ? QColor(230, 140, 20) : palette().color(QPalette::Base);
    case Provenance::Kind::Imported:
        return QColor(150, 80, 200);
    case Provenance::Kind::Default:
        return palette().color(QPalette::Mid);
    }
    return palette().color(QPalette::Mid);
}

void ProvenanceMark::setLineHeight(int height)
{
    if (height == m_lineHeight)
        return;
    m_lineHeight = height;
    updateGeometry();
}

QSize ProvenanceMark::sizeHint() const
{
    // As wide as the widest word, so the editors of all fields line up.
    const QFontMetrics metrics(markFont(font()));
    int widest = 0;
    for (const QString &word : {tr("default"), tr("shared"), tr("edited"), tr("typed"), tr("locked"), tr("header"), tr("preset"), tr("imported")})
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return {widest + 2 * metrics.averageCharWidth() + 2, std::max(m_lineHeight, metrics.height() + 4)};
}

void ProvenanceMark::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void ProvenanceMark::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The pill sits in the middle of the first line of the editor beside it.
    const QFont small = markFont(font());
    const int pillHeight = QFontMetrics(small).height() + 4;
    const QRect box(0, std::max(0, (std::min(height(), std::max(m_lineHeight, pillHeight)) - pillHeight) / 2), width(), pillHeight);
    const QRectF pill = QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = pill.height() / 2;
    const QColor accentColor = accent();
    QPen border(FormColors::tint(palette(), accentColor, 0.6), 1);
    if (m_origin == Origin::Shared || m_origin == Origin::TemplateDefault)
        border.setStyle(Qt::DashLine); // not this scope's own value
    painter.setPen(border);
    painter.setBrush(FormColors::tint(palette(), accentColor, 0.22));
    painter.drawRoundedRect(pill, radius, radius);
    painter.setPen(palette().color(QPalette::Text));
    painter.setFont(small);
    painter.drawText(box, Qt::AlignCenter, m_text);
}

} // namespace metafill::gui
