#include "FieldSpec.h"

namespace metafill {

const Choice *FieldSpec::choice(const QString &value) const
{
    for (const Choice &c : choices) {
        if (c.value == value)
            return &c;
    }
    return nullptr;
}

} // namespace metafill
