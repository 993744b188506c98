#pragma once

#include "Value.h"
#include "template/FieldSpec.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace metafill {

// The text form of values: what people type on the command line (--set), what
// templates write as defaults and presets, and what OMERO receives.
// format(parse(text)) gives the canonical spelling; parse(format(v)) == v.
class ValueText
{
    Q_DECLARE_TR_FUNCTIONS(ValueText)

public:
    // Reads one value for the field. Surrounding blanks are removed: OMERO's
    // import script strips them, so keeping them would not survive a round trip.
    static Result<Value> parse(const FieldSpec &field, const QString &text);

    // The canonical text. Numbers use '.' and the shortest exact form; terms
    // are "label (CURIE)"; booleans "yes"/"no".
    static QString format(const Value &value);

    // The number in the shortest form that reads back to the same double.
    static QString formatNumber(double number);
};

} // namespace metafill
