#include "ValueInput.h"

#include "ChoiceInput.h"
#include "DateInput.h"
#include "LineInput.h"
#include "MultilineInput.h"
#include "QuantityInput.h"
#include "TermInput.h"
#include "record/ValueText.h"

#include <QApplication>
#include <QFocusEvent>

using namespace Qt::StringLiterals;

namespace metafill::gui {

ValueInput::Reading ValueInput::Reading::fromText(const FieldSpec &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        return empty();
    Result<Value> parsed = ValueText::parse(field, text);
    if (!parsed)
        return invalid(parsed.error());
    return valid(std::move(*parsed));
}

ValueInput *ValueInput::create(const FieldSpec &field, TermLookup *lookup, QWidget *parent)
{
    switch (field.type) {
    case FieldType::MultilineText:
        return new MultilineInput(field, parent);
    case FieldType::Quantity:
        return new QuantityInput(field, parent);
    case FieldType::Choice:
    case FieldType::Boolean:
        return new ChoiceInput(field, parent);
    case FieldType::Date:
    case FieldType::DateTime:
        return new DateInput(field, parent);
    case FieldType::Term:
        if (lookup)
            return new TermInput(field, lookup, parent);
        return new LineInput(field, parent);
    case FieldType::Text:
    case FieldType::Integer:
    case FieldType::Number:
    case FieldType::Url:
    case FieldType::Email:
    case FieldType::Orcid:
        break;
    }
    return new LineInput(field, parent);
}

ValueInput::ValueInput(const FieldSpec &field, QWidget *parent) : QWidget(parent), m_field(field)
{
}

void ValueInput::describe(const QString &accessibleName, const QString &help)
{
    for (QWidget *stop : tabStops()) {
        stop->setAccessibleName(accessibleName);
        if (!help.isEmpty()) {
            stop->setAccessibleDescription(help);
            stop->setWhatsThis(help);
        }
    }
}

void ValueInput::watchFocusOf(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool ValueInput::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // Moving between the parts of one input (number and unit) is not leaving it.
        QWidget *next = QApplication::focusWidget();
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason && !(next && isAncestorOf(next)))
            emit editingFinished();
    }
    return QWidget::eventFilter(watched, event);
}

void ValueInput::showReadOnly(QWidget *textBox, bool readOnly)
{
    QPalette palette = textBox->palette();
    if (readOnly)
        palette.setBrush(QPalette::Base, palette.brush(QPalette::Window));
    else
        palette.setBrush(QPalette::Base, QApplication::palette(textBox).brush(QPalette::Base));
    textBox->setPalette(palette);
}

QString ValueInput::placeholderText() const
{
    if (!m_field.placeholder.isEmpty())
        return m_field.placeholder.localized();
    if (!m_field.examples.isEmpty())
        return tr("e.g. %1").arg(m_field.examples.first());
    return {};
}

} // namespace metafill::gui
