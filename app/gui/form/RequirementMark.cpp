#include "RequirementMark.h"

#include "FormColors.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace metafill::gui {

RequirementMark::RequirementMark(Requirement requirement, int lineHeight, QWidget *parent)
    : QWidget(parent)
    , m_requirement(requirement)
    , m_lineHeight(lineHeight)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    switch (requirement) {
    case Requirement::Required:
        setToolTip(tr("Required: the record is not complete without it."));
        setAccessibleName(tr("required"));
        break;
    case Requirement::Recommended:
        setToolTip(tr("Recommended: fill it in if you can."));
        setAccessibleName(tr("recommended"));
        break;
    case Requirement::Optional:
        break;
    }
}

QString RequirementMark::text() const
{
    switch (m_requirement) {
    case Requirement::Required:
        return u"*"_s;
    case Requirement::Recommended:
        return u"○"_s;
    case Requirement::Optional:
        break;
    }
    return {};
}

QSize RequirementMark::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(u"○"_s) + 6, m_lineHeight};
}

void RequirementMark::paintEvent(QPaintEvent *)
{
    if (m_requirement == Requirement::Optional)
        return;
    QPainter painter(this);
    const QRect line(0, 0, width(), std::min(height(), m_lineHeight));
    if (m_requirement == Requirement::Required) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(FormColors::requiredMark(palette()));
    } else {
        painter.setPen(palette().color(QPalette::WindowText));
    }
    painter.drawText(line, Qt::AlignCenter, text());
}

} // namespace metafill::gui
