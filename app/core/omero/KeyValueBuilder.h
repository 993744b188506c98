#pragma once

#include "KeyValue.h"
#include "record/Record.h"

namespace metafill {

// Turns a record's values into OMERO key-value pairs in template order:
// one pair per value (repeated keys for several values), quantities with
// their unit, ontology terms as label + accession + source, and an empty
// value for every field without one so that all rows share one header.
class KeyValueBuilder
{
public:
    static QList<KeyValue> build(const Template &t, const ValueMap &values);
};

} // namespace metafill
