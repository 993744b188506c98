#include "MultilineInput.h"

#include "record/ValueText.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace metafill::gui {

MultilineInput::MultilineInput(const FieldSpec &field, QWidget *parent) : ValueInput(field, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(placeholderText());
    // Three lines show that more than one is welcome without eating the form.
    const int lines = 3;
    const QMargins margins = m_edit->contentsMargins();
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + int(2 * m_edit->document()->documentMargin())
                           + margins.top() + margins.bottom() + 2 * m_edit->frameWidth());
    layout->addWidget(m_edit);
    watchFocusOf(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            emit edited();
    });
}

ValueInput::Reading MultilineInput::read() const
{
    return Reading::fromText(field(), m_edit->toPlainText());
}

void MultilineInput::showValue(const std::optional<Value> &value)
{
    const Reading now = read();
    if (!value && now.state == Reading::State::Empty)
        return;
    if (value && now.state == Reading::State::Valid && now.value == *value)
        return;
    const QString text = value ? ValueText::format(*value) : QString();
    const int cursor = m_edit->textCursor().position();
    m_showing = true;
    m_edit->setPlainText(text);
    m_showing = false;
    if (m_edit->hasFocus()) {
        QTextCursor c = m_edit->textCursor();
        c.setPosition(std::min<int>(cursor, int(m_edit->document()->characterCount() - 1)));
        m_edit->setTextCursor(c);
    }
}

void MultilineInput::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    showReadOnly(m_edit, readOnly);
}

QList<QWidget *> MultilineInput::tabStops() const
{
    return {m_edit};
}

} // namespace metafill::gui
