#pragma once

#include "ValueInput.h"

class QPlainTextEdit;

namespace metafill::gui {

// Several lines of text. Tab leaves the field (a form is filled with Tab);
// line breaks are typed with Enter.
class MultilineInput final : public ValueInput
{
    Q_OBJECT

public:
    MultilineInput(const FieldSpec &field, QWidget *parent);

    Reading read() const override;
    void showValue(const std::optional<Value> &value) override;
    void setReadOnly(bool readOnly) override;
    QList<QWidget *> tabStops() const override;

    QPlainTextEdit *textEdit() const { return m_edit; }

private:
    QPlainTextEdit *m_edit = nullptr;
    bool m_showing = false; // textChanged from showValue() is no edit
};

} // namespace metafill::gui
