#pragma once

#include <QList>

class QWidget;

namespace metafill::gui::FocusChain {

// Puts `stops` into the Tab order right after `anchor`, in the given order.
// Widgets created later than their neighbours (an added instance, another
// value row) would otherwise be reached last. A null anchor chains only the
// stops among themselves.
void placeAfter(QWidget *anchor, const QList<QWidget *> &stops);

} // namespace metafill::gui::FocusChain
