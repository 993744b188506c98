#pragma once

#include "FieldSpec.h"

namespace metafill {

struct SectionSpec
{
    QString key;
    LocalizedText label;
    LocalizedText help;
    int minCount = 1;
    int maxCount = 1;         // 0 = no limit
    bool perChannel = false;  // one instance per channel of the image
    bool hidden = false;
    // How keys of repeated instances are named in OMERO, e.g. "Channel {index} - {key}".
    // Without a pattern every instance repeats the plain key (OMERO allows that).
    QString instanceKey;
    QList<FieldSpec> fields;
    SourceLocation where;
    QString definedBy;

    bool isRepeatable() const { return perChannel || maxCount != 1; }
    // Declared `optional: true`: the whole section may be left out (and hidden by
    // an extension). A per-channel section has no instances without channels,
    // but that does not make it optional.
    bool optional = false;
    bool isOptional() const { return optional; }
    const FieldSpec *field(const QString &fieldKey) const;
    FieldSpec *field(const QString &fieldKey);
};

} // namespace metafill
