#pragma once

#include "record/FieldPath.h"

#include <QWidget>

#include <optional>

class QTextBrowser;

namespace metafill::gui {

class DocumentSession;
struct RecordChange;

// The side panel that explains the field being edited: what it means, what
// it takes (type, unit, choices, ontology), whether it is required, which
// OMERO key it becomes, examples, and where its current value came from.
// People new to a template learn it here without leaving the keyboard.
class FieldHelpPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldHelpPanel(DocumentSession *session, QWidget *parent = nullptr);

    void showField(const FieldPath &path, int scope);
    std::optional<FieldPath> field() const { return m_path; }
    // The panel's text as HTML, for tests.
    QString html() const;

private:
    void refresh();

    DocumentSession *m_session;
    QTextBrowser *m_text;
    std::optional<FieldPath> m_path;
    int m_scope = -1;
};

} // namespace metafill::gui
