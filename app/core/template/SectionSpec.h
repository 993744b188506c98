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
    bool isOptional() const { return minCount == 0; }
    const FieldSpec *field(const QString &fieldKey) const;
    FieldSpec *field(const QString &fieldKey);
};

} // namespace metafill
