#pragma once

#include "record/Value.h"
#include "template/FieldSpec.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace metafill::gui {

class TermLookup;

// The input for ONE value of a field (a 'multiple' field has one per value).
// It turns what the person typed into a Value by the one text rule
// (ValueText) and shows values without reporting them as edits.
class ValueInput : public QWidget
{
    Q_OBJECT

public:
    // What the input holds right now.
    struct Reading
    {
        enum class State { Empty, Valid, Invalid };
        State state = State::Empty;
        Value value;
        QString error; // Invalid: why, translated

        static Reading empty() { return {}; }
        static Reading valid(Value v) { return {State::Valid, std::move(v), {}}; }
        static Reading invalid(QString why) { return {State::Invalid, {}, std::move(why)}; }
        // Empty text is no value; anything else is read by ValueText::parse.
        static Reading fromText(const FieldSpec &field, const QString &text);
    };

    // The right input for the field's type. Term fields get the term picker
    // when there is a lookup, else a line edit that takes CURIEs and free text.
    static ValueInput *create(const FieldSpec &field, TermLookup *lookup, QWidget *parent);

    const FieldSpec &field() const { return m_field; }

    virtual Reading read() const = 0;
    // Shows `value` (nothing: empty) without emitting edited(). Where the
    // input already means this value, it is left alone, so the cursor and the
    // person's spelling ("0.650") stay.
    virtual void showValue(const std::optional<Value> &value) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // The widgets Tab stops at, in order; the first takes focus for the field.
    virtual QList<QWidget *> tabStops() const = 0;
    QWidget *focusTarget() const { return tabStops().value(0); }

    // Tooltip, What's This and accessible name of the widgets that take input.
    void describe(const QString &accessibleName, const QString &help);

signals:
    void edited();          // the person changed the value (every keystroke)
    void editingFinished(); // the person is done for now: Enter, or focus left

protected:
    ValueInput(const FieldSpec &field, QWidget *parent);
    // Emits editingFinished() when one of the tab stops loses focus to a
    // widget outside this input.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void watchFocusOf(QWidget *widget);
    // Placeholder from the template, else its first example.
    QString placeholderText() const;
    // A read-only text box looks like one: the window colour behind the text
    // instead of the base colour of boxes one can type in.
    static void showReadOnly(QWidget *textBox, bool readOnly);

private:
    const FieldSpec &m_field;
};

} // namespace metafill::gui
