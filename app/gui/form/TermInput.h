#pragma once

#include "ValueInput.h"

namespace metafill::gui {

class TermLookup;
class TermPicker;

// An ontology term, picked with type-ahead (TermPicker). The field's value
// changes when a term is picked or free text committed, not per keystroke:
// half a word is a search, not a value.
class TermInput final : public ValueInput
{
    Q_OBJECT

public:
    TermInput(const FieldSpec &field, TermLookup *lookup, QWidget *parent);

    Reading read() const override;
    void showValue(const std::optional<Value> &value) override;
    void setReadOnly(bool readOnly) override;
    QList<QWidget *> tabStops() const override;

    TermPicker *picker() const { return m_picker; }

private:
    TermPicker *m_picker = nullptr;
    std::optional<Term> m_term; // what the field holds as far as this input knows
};

} // namespace metafill::gui
