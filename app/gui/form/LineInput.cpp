#include "LineInput.h"

#include "record/ValueText.h"

#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace metafill::gui {

LineInput::LineInput(const FieldSpec &field, QWidget *parent) : ValueInput(field, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    layout->addWidget(m_edit, 1);
    QString hint = placeholderText();
    if (hint.isEmpty())
        hint = typeHint();
    m_edit->setPlaceholderText(hint);
    if (field.maxLength && field.type == FieldType::Text)
        m_edit->setMaxLength(std::max(*field.maxLength, 1));
    watchFocusOf(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &ValueInput::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, &ValueInput::editingFinished);
}

QString LineInput::typeHint() const
{
    switch (field().type) {
    case FieldType::Integer:
        return tr("whole number");
    case FieldType::Number:
        return tr("number, with a point: 0.5");
    case FieldType::Url:
        return tr("https://…");
    case FieldType::Email:
        return tr("name@example.org");
    case FieldType::Orcid:
        return tr("0000-0000-0000-0000");
    case FieldType::Date:
        return tr("YYYY-MM-DD");
    case FieldType::DateTime:
        return tr("YYYY-MM-DD HH:MM");
    case FieldType::Term:
        return tr("CURIE such as FBbi:00000251, or text");
    case FieldType::Text:
    case FieldType::MultilineText:
    case FieldType::Quantity:
    case FieldType::Choice:
    case FieldType::Boolean:
        break;
    }
    return {};
}

ValueInput::Reading LineInput::read() const
{
    return Reading::fromText(field(), m_edit->text());
}

void LineInput::showValue(const std::optional<Value> &value)
{
    const Reading now = read();
    if (!value) {
        if (now.state != Reading::State::Empty)
            m_edit->clear();
        return;
    }
    if (now.state == Reading::State::Valid && now.value == *value)
        return;
    setTextKeepingCursor(ValueText::format(*value));
}

void LineInput::setTextKeepingCursor(const QString &text)
{
    if (m_edit->text() == text)
        return;
    const int cursor = m_edit->cursorPosition();
    m_edit->setText(text);
    if (m_edit->hasFocus())
        m_edit->setCursorPosition(std::min<int>(cursor, int(text.size())));
    else
        m_edit->setCursorPosition(0); // the start of a long value is what tells it apart
}

void LineInput::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    showReadOnly(m_edit, readOnly);
}

QList<QWidget *> LineInput::tabStops() const
{
    return {m_edit};
}

} // namespace metafill::gui
