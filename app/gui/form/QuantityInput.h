#pragma once

#include "ValueInput.h"

class QLineEdit;

namespace metafill::gui {

class QuietComboBox;

// A number and its unit. The unit box offers the field's units, starting
// with the field's unit; a unit typed after the number ("650 nm") wins and
// moves the box when the person leaves the field.
class QuantityInput final : public ValueInput
{
    Q_OBJECT

public:
    QuantityInput(const FieldSpec &field, QWidget *parent);

    Reading read() const override;
    void showValue(const std::optional<Value> &value) override;
    void setReadOnly(bool readOnly) override;
    QList<QWidget *> tabStops() const override;

    QLineEdit *numberEdit() const { return m_number; }
    QuietComboBox *unitBox() const { return m_unit; } // null when the field names no units

private:
    QString currentUnit() const;
    void selectUnit(const QString &unit);
    // Moves a unit typed into the number box over to the unit box.
    void tidyUp();

    QLineEdit *m_number = nullptr;
    QuietComboBox *m_unit = nullptr;
};

} // namespace metafill::gui
