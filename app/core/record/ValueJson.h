#pragma once

#include "Value.h"
#include "template/FieldSpec.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace metafill {

// How values are written in record files: JSON types where JSON has them,
// ISO 8601 for dates, {value, unit} for quantities and
// {label, curie, iri, ontology} for ontology terms.
class ValueJson
{
    Q_DECLARE_TR_FUNCTIONS(ValueJson)

public:
    static nlohmann::ordered_json toJson(const Value &value);
    // Reads a value for the field. A value saved under an earlier field type is
    // read through its text form where that makes sense (e.g. text -> term).
    static Result<Value> fromJson(const FieldSpec &field, const nlohmann::ordered_json &json);
};

} // namespace metafill
