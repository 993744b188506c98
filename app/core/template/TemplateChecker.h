#pragma once

#include "TemplateDocument.h"
#include "util/Diagnostic.h"

#include <QCoreApplication>

namespace metafill {

// Checks a complete template (after extension) for what only the whole shows:
// duplicate keys, OMERO keys the import scripts would drop or misread,
// defaults and presets that break their own constraints.
class TemplateChecker
{
    Q_DECLARE_TR_FUNCTIONS(TemplateChecker)

public:
    explicit TemplateChecker(Diagnostics &diagnostics);

    // Reads the values of the document's own presets into `t` (they can name
    // fields of the base template, so this waits until the base is merged).
    void readPresetValues(Template &t, const TemplateDocument &document);
    void check(const Template &t);

private:
    void checkField(const Template &t, const SectionSpec &section, const FieldSpec &field);
    void checkOmeroKey(const SourceLocation &where, const QString &key);

    Diagnostics &m_diagnostics;
};

} // namespace metafill
