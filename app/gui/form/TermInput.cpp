#include "TermInput.h"

#include "terms/TermPicker.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace metafill::gui {

TermInput::TermInput(const FieldSpec &field, TermLookup *lookup, QWidget *parent) : ValueInput(field, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_picker = new TermPicker(lookup, field.ontology, this);
    layout->addWidget(m_picker, 1);
    if (QLineEdit *edit = m_picker->lineEdit()) {
        if (const QString hint = placeholderText(); !hint.isEmpty())
            edit->setPlaceholderText(hint);
        watchFocusOf(edit);
    }
    connect(m_picker, &TermPicker::termCommitted, this, [this](const Term &term) {
        m_term = term;
        emit edited();
    });
    connect(m_picker, &TermPicker::cleared, this, [this] {
        m_term.reset();
        emit edited();
    });
}

ValueInput::Reading TermInput::read() const
{
    if (!m_term)
        return Reading::empty();
    return Reading::valid(*m_term);
}

void TermInput::showValue(const std::optional<Value> &value)
{
    std::optional<Term> term;
    if (value) {
        if (const auto *t = std::get_if<Term>(&*value))
            term = *t;
        else if (const auto *text = std::get_if<QString>(&*value))
            term = Term{*text, {}, {}, {}}; // free text kept by an older template or an import
    }
    if (term == m_term)
        return;
    m_term = term;
    m_picker->setTerm(term);
}

void TermInput::setReadOnly(bool readOnly)
{
    if (QLineEdit *edit = m_picker->lineEdit()) {
        edit->setReadOnly(readOnly);
        showReadOnly(edit, readOnly);
    }
}

QList<QWidget *> TermInput::tabStops() const
{
    return {m_picker->lineEdit()};
}

} // namespace metafill::gui
