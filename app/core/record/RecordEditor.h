#pragma once

#include "Record.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace metafill {

// Changes values of a record in the ways a person can: by path and text, as
// on the command line (`--set biosample[0].organism=NCBITaxon:9606`) or in a
// form. Every value is checked against its field before it is stored.
class RecordEditor
{
    Q_DECLARE_TR_FUNCTIONS(RecordEditor)

public:
    RecordEditor(const Template &t, ValueMap &values) : m_template(t), m_values(values) {}

    // "PATH=VALUE". A second assignment to a 'multiple' field adds a value;
    // to any other field it is an error, as it would silently drop the first.
    Status assign(const QString &assignment, const Provenance &provenance = {});
    Status set(const QString &pathText, const QString &valueText, const Provenance &provenance = {});
    // Fills in the values of a preset, replacing what the fields held.
    Status applyPreset(const QString &presetKey, int instance = 0);

private:
    Result<FieldPath> resolve(const QString &pathText) const;

    const Template &m_template;
    ValueMap &m_values;
    QList<FieldPath> m_assignedHere;
};

} // namespace metafill
