#pragma once

#include "RecordFile.h"
#include "util/Diagnostic.h"

#include <QCoreApplication>

#include <optional>

namespace metafill {

// Binds a stored record to the template at hand. When the record was made with
// another version of the template, values are carried over field by field
// (following 'renamed_from'), and everything that cannot be carried over is
// reported by path, so nothing disappears silently.
class RecordBinder
{
    Q_DECLARE_TR_FUNCTIONS(RecordBinder)

public:
    struct Outcome
    {
        std::optional<Record> record; // empty if the record belongs to another template
        Diagnostics notes;            // located at "record:path"
        bool migrated = false;        // made with another version of the template
    };

    static Outcome bind(const RawRecord &raw, const Template &t, const QString &recordFile);
};

} // namespace metafill
