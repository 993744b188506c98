#pragma once

#include "Value.h"
#include "template/FieldSpec.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

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

    // "0.65 µm" → 0.65 and "µm" as spelled (empty when no unit follows);
    // nothing when the text does not start with a number written with a
    // point, or the number is out of range. Quantity fields and the
    // auto-fill of header values read quantities through this one rule.
    struct SpelledQuantity
    {
        double number = 0;
        QString unit;
    };
    static std::optional<SpelledQuantity> splitQuantity(const QString &text);
};

} // namespace metafill
