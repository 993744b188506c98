#include "SectionSpec.h"

namespace metafill {

const FieldSpec *SectionSpec::field(const QString &fieldKey) const
{
    for (const FieldSpec &f : fields) {
        if (f.key == fieldKey)
            return &f;
    }
    return nullptr;
}

FieldSpec *SectionSpec::field(const QString &fieldKey)
{
    for (FieldSpec &f : fields) {
        if (f.key == fieldKey)
            return &f;
    }
    return nullptr;
}

} // namespace metafill
