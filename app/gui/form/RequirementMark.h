#pragma once

#include "template/FieldType.h"

#include <QWidget>

namespace metafill::gui {

// The mark between a field's label and its input: "*" for required (in a
// red readable on the theme), "○" for recommended, nothing for optional.
// Painted rather than a styled label: a form has hundreds of them.
class RequirementMark final : public QWidget
{
    Q_OBJECT

public:
    RequirementMark(Requirement requirement, int lineHeight, QWidget *parent);

    Requirement requirement() const { return m_requirement; }
    QString text() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Requirement m_requirement;
    int m_lineHeight;
};

} // namespace metafill::gui
