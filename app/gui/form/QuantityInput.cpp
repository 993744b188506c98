#include "QuantityInput.h"

#include "QuietComboBox.h"
#include "record/ValueText.h"
#include "template/Units.h"

#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace metafill::gui {

QuantityInput::QuantityInput(const FieldSpec &field, QWidget *parent) : ValueInput(field, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_number = new QLineEdit(this);
    const QString hint = placeholderText();
    m_number->setPlaceholderText(hint.isEmpty() ? tr("number, with a point: 0.5") : hint);
    layout->addWidget(m_number, 1);
    watchFocusOf(m_number);

    QStringList units = field.units;
    if (units.isEmpty() && !field.unit.isEmpty())
        units = Units::symbolsOf(Units::dimensionOf(field.unit));
    if (!field.unit.isEmpty() && !units.contains(field.unit))
        units.prepend(field.unit);
    else if (!field.unit.isEmpty())
        units.move(units.indexOf(field.unit), 0); // the field's unit first: the one most people want
    if (!units.isEmpty()) {
        m_unit = new QuietComboBox(this);
        m_unit->setMinimumContentsLength(4);
        m_unit->addItems(units);
        m_unit->setToolTip(tr("Unit"));
        layout->addWidget(m_unit);
        watchFocusOf(m_unit);
        connect(m_unit, &QComboBox::activated, this, [this] {
            if (!m_number->text().trimmed().isEmpty())
                emit edited();
        });
    }
    connect(m_number, &QLineEdit::textEdited, this, &ValueInput::edited);
    connect(m_number, &QLineEdit::returnPressed, this, &ValueInput::editingFinished);
    connect(this, &ValueInput::editingFinished, this, &QuantityInput::tidyUp);
}

QString QuantityInput::currentUnit() const
{
    return m_unit ? m_unit->currentText() : QString();
}

void QuantityInput::selectUnit(const QString &unit)
{
    if (!m_unit || unit.isEmpty())
        return;
    int index = m_unit->findText(unit);
    if (index < 0) {
        // A unit the field does not offer (from a header or an import) is
        // still shown as it is; the inline message says it is not allowed.
        m_unit->addItem(unit);
        index = m_unit->count() - 1;
    }
    m_unit->setCurrentIndex(index);
}

ValueInput::Reading QuantityInput::read() const
{
    const QString text = m_number->text();
    if (text.trimmed().isEmpty())
        return Reading::empty();
    const auto spelled = ValueText::splitQuantity(text);
    if (spelled && spelled->unit.isEmpty() && m_unit)
        return Reading::fromText(field(), text.trimmed() + u' ' + currentUnit());
    return Reading::fromText(field(), text);
}

void QuantityInput::tidyUp()
{
    const Reading now = read();
    const auto *quantity = std::get_if<Quantity>(&now.value);
    const auto spelled = ValueText::splitQuantity(m_number->text());
    if (now.state != Reading::State::Valid || !quantity || !spelled || spelled->unit.isEmpty() || !m_unit)
        return;
    m_number->setText(ValueText::formatNumber(quantity->value));
    selectUnit(quantity->unit);
}

void QuantityInput::showValue(const std::optional<Value> &value)
{
    const Reading now = read();
    if (!value) {
        if (now.state != Reading::State::Empty)
            m_number->clear();
        return;
    }
    if (now.state == Reading::State::Valid && now.value == *value)
        return;
    if (const auto *quantity = std::get_if<Quantity>(&*value); quantity && m_unit) {
        const int cursor = m_number->cursorPosition();
        m_number->setText(ValueText::formatNumber(quantity->value));
        if (m_number->hasFocus())
            m_number->setCursorPosition(std::min<int>(cursor, int(m_number->text().size())));
        selectUnit(quantity->unit);
    } else {
        m_number->setText(ValueText::format(*value));
    }
}

void QuantityInput::setReadOnly(bool readOnly)
{
    m_number->setReadOnly(readOnly);
    showReadOnly(m_number, readOnly);
    if (m_unit)
        m_unit->setEnabled(!readOnly);
}

QList<QWidget *> QuantityInput::tabStops() const
{
    if (m_unit)
        return {m_number, m_unit};
    return {m_number};
}

} // namespace metafill::gui
