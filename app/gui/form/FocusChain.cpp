#include "FocusChain.h"

#include <QWidget>

namespace metafill::gui::FocusChain {

void placeAfter(QWidget *anchor, const QList<QWidget *> &stops)
{
    QWidget *previous = anchor;
    for (QWidget *stop : stops) {
        if (!stop)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, stop);
        previous = stop;
    }
}

} // namespace metafill::gui::FocusChain
