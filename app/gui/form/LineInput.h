#pragma once

#include "ValueInput.h"

class QLineEdit;

namespace metafill::gui {

// One line of text read by ValueText: text, whole numbers, numbers (always
// with a point, whatever the locale), web and e-mail addresses, ORCID iDs,
// and terms typed as CURIE, IRI or free text when no lookup is at hand.
class LineInput : public ValueInput
{
    Q_OBJECT

public:
    LineInput(const FieldSpec &field, QWidget *parent);

    Reading read() const override;
    void showValue(const std::optional<Value> &value) override;
    void setReadOnly(bool readOnly) override;
    QList<QWidget *> tabStops() const override;

    QLineEdit *lineEdit() const { return m_edit; }

protected:
    // Sets the text and keeps the cursor where it was (clamped), so a value
    // arriving while someone types does not throw them to the end.
    void setTextKeepingCursor(const QString &text);
    // A hint for the field's type ("https://…", "YYYY-MM-DD").
    QString typeHint() const;

    QLineEdit *m_edit = nullptr;
};

} // namespace metafill::gui
