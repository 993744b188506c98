#include "ChoiceInput.h"

#include "QuietComboBox.h"
#include "record/ValueText.h"

#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

ChoiceInput::ChoiceInput(const FieldSpec &field, QWidget *parent) : ValueInput(field, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_box = new QuietComboBox(this);
    layout->addWidget(m_box, 1);
    watchFocusOf(m_box);

    const auto addEntry = [this](const QString &label, Value value) {
        m_values.append(std::move(value));
        m_box->addItem(label, int(m_values.size()) - 1);
    };
    if (field.requirement != Requirement::Required)
        m_box->addItem(QString(), EmptyEntry);
    if (field.type == FieldType::Boolean) {
        addEntry(tr("yes"), Value(true));
        addEntry(tr("no"), Value(false));
    } else {
        for (const Choice &choice : field.choices) {
            const QString label = choice.label.isEmpty() ? choice.value : choice.label.localized();
            addEntry(label, Value(choice.value));
            if (label != choice.value)
                m_box->setItemData(m_box->count() - 1, tr("Stored as: %1").arg(choice.value), Qt::ToolTipRole);
        }
    }
    // A required field starts with nothing chosen rather than with whatever comes first.
    m_box->setPlaceholderText(field.type == FieldType::Boolean ? tr("yes or no?") : tr("Choose…"));
    m_box->setCurrentIndex(field.requirement == Requirement::Required ? -1 : 0);

    connect(m_box, &QComboBox::activated, this, &ValueInput::edited);
    connect(m_box, &QuietComboBox::clearRequested, this, &ChoiceInput::unset);
}

int ChoiceInput::entryOf(int valueIndex) const
{
    return m_box->findData(valueIndex); // -1 (nothing chosen) when there is no such entry
}

void ChoiceInput::unset()
{
    if (!m_box->isEnabled() || read().state == Reading::State::Empty)
        return;
    m_box->setCurrentIndex(entryOf(EmptyEntry)); // the empty entry, or none
    emit edited();
}

ValueInput::Reading ChoiceInput::read() const
{
    const int entry = m_box->currentIndex();
    const int valueIndex = entry < 0 ? EmptyEntry : m_box->itemData(entry).toInt();
    if (valueIndex < 0 || valueIndex >= m_values.size())
        return Reading::empty();
    return Reading::valid(m_values.at(valueIndex));
}

void ChoiceInput::showValue(const std::optional<Value> &value)
{
    int entry = entryOf(EmptyEntry);
    if (value) {
        int valueIndex = int(m_values.indexOf(*value));
        if (valueIndex < 0) {
            // A value that is not among the choices (imported, or from an older
            // template) is shown as it is; the inline message says what is wrong.
            m_values.append(*value);
            valueIndex = int(m_values.size()) - 1;
            m_box->addItem(ValueText::format(*value), valueIndex);
        }
        entry = entryOf(valueIndex);
    }
    if (m_box->currentIndex() != entry)
        m_box->setCurrentIndex(entry);
}

void ChoiceInput::setReadOnly(bool readOnly)
{
    m_box->setEnabled(!readOnly);
}

QList<QWidget *> ChoiceInput::tabStops() const
{
    return {m_box};
}

} // namespace metafill::gui
