#include "QuietComboBox.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace metafill::gui {

QuietComboBox::QuietComboBox(QWidget *parent) : QComboBox(parent)
{
    setFocusPolicy(Qt::StrongFocus); // no focus by wheel
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
}

void QuietComboBox::wheelEvent(QWheelEvent *event)
{
    if (!hasFocus()) {
        event->ignore(); // goes on to the scroll area
        return;
    }
    QComboBox::wheelEvent(event);
}

void QuietComboBox::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && event->modifiers() == Qt::NoModifier) {
        emit clearRequested();
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
}

} // namespace metafill::gui
