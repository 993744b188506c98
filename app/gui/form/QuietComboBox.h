#pragma once

#include <QComboBox>

namespace metafill::gui {

// A combo box for a long scrolling form. The mouse wheel scrolls the form
// unless the box has focus: turning the wheel over a box must not change a
// value the person never looked at. Delete or Backspace leaves it unset.
class QuietComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit QuietComboBox(QWidget *parent = nullptr);

signals:
    void clearRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace metafill::gui
