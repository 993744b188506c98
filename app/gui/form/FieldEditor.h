#pragma once

#include "ProvenanceMark.h"
#include "record/FieldPath.h"
#include "record/Record.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace metafill::gui {

struct FormContext;
class RequirementMark;
class ValueInput;

// One field of one section instance as a form row: its label with the
// required (*) or recommended (○) mark, the input (one per value for a
// 'multiple' field), a mark saying where the value came from, and an inline
// message for a value the field cannot take.
//
// Every edit goes straight to the DocumentSession (typing in one field is
// one undo step). Valid text is stored as it is typed; text ValueText cannot
// read is not stored — the field is then empty in the record, the text stays
// in the input and the message says why. Values that can be read but break
// a rule of the field (a minimum, a pattern) are stored and the message
// names the rule, as it does for values from a header or an import.
class FieldEditor final : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const SectionSpec &section, const FieldSpec &field, int instance, const FormContext *context, QWidget *parent);
    ~FieldEditor() override;

    const FieldPath &path() const { return m_path; }
    const FieldSpec &field() const { return m_field; }

    // Shows the scope's value, its source and its problems. Inputs the
    // person is typing in are left alone when their own edit comes back.
    void refresh();

    QList<QWidget *> tabStops() const;
    QWidget *focusTarget() const;
    bool hasFocusInside() const;
    int rowCount() const { return int(m_rows.size()); }
    ValueInput *input(int row = 0) const;
    ProvenanceMark *provenanceMark() const { return m_mark; }
    QLabel *label() const { return m_label; }
    RequirementMark *requirementMark() const { return m_requirement; }
    void setLabelWidth(int width);
    QString message() const; // the inline message shown now; empty when none
    bool isReadOnly() const { return m_readOnly; }

    // Label, help, examples and what the field requires, as rich text.
    QString helpText() const;
    // Shows the help next to the input (What's This bubble).
    void showHelp();

private:
    struct Row
    {
        QWidget *box = nullptr; // the input, or for a 'multiple' field the input with its remove button
        ValueInput *input = nullptr;
        QToolButton *remove = nullptr;
    };

    Row &addRow();
    void removeRow(int row);
    // Ends a 'multiple' field with one empty row to type the next value into,
    // and drops empty rows in between once the person has left the field.
    void tidyRows(bool focusInside);
    void syncInputs(const QList<Value> &values);
    QList<Value> valuesInInputs() const;
    void commit();
    Provenance typedProvenance() const;
    void setReadOnly(bool readOnly);
    void updateMessage(bool immediately);
    void setMessage(const QString &text);
    void onInputFinished();

    const FormContext *m_context;
    const SectionSpec &m_section;
    const FieldSpec &m_field;
    FieldPath m_path;
    QLabel *m_label = nullptr;
    RequirementMark *m_requirement = nullptr;
    QVBoxLayout *m_column = nullptr;
    QList<Row> m_rows;
    ProvenanceMark *m_mark = nullptr;
    QLabel *m_message = nullptr;   // created with the first message
    QTimer *m_messageDelay = nullptr; // created with the first message
    QString m_pendingMessage;
    bool m_committing = false;
    bool m_readOnly = false;
};

} // namespace metafill::gui
