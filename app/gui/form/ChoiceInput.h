#pragma once

#include "ValueInput.h"

namespace metafill::gui {

class QuietComboBox;

// A choice among the template's values (shown with their translated labels),
// or yes / no for a boolean. A field that is not required offers an empty
// entry; any field can be left unset with Delete. A boolean can be unknown,
// so it is a box with yes and no rather than a check box.
class ChoiceInput final : public ValueInput
{
    Q_OBJECT

public:
    ChoiceInput(const FieldSpec &field, QWidget *parent);

    Reading read() const override;
    void showValue(const std::optional<Value> &value) override;
    void setReadOnly(bool readOnly) override;
    QList<QWidget *> tabStops() const override;

    QuietComboBox *comboBox() const { return m_box; }

private:
    void unset();

    // Each entry's data is an index into m_values; the empty entry's is -1.
    static constexpr int EmptyEntry = -1;
    int entryOf(int valueIndex) const;

    QuietComboBox *m_box = nullptr;
    QList<Value> m_values;
};

} // namespace metafill::gui
