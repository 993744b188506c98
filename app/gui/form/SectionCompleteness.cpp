#include "SectionCompleteness.h"

#include "record/RecordValidator.h"

using namespace Qt::StringLiterals;

namespace metafill::gui {

SectionCompleteness SectionCompleteness::count(const SectionSpec &section, const ValueMap &values)
{
    SectionCompleteness c;
    if (section.hidden)
        return c;
    const int instances = RecordValidator::instancesShown(section, values);
    for (int i = 0; i < instances; ++i) {
        for (const FieldSpec &field : section.fields) {
            if (field.hidden || field.requirement == Requirement::Optional)
                continue;
            const bool filled = !RecordValidator::effective(field, values, FieldPath{section.key, i, field.key}).isEmpty();
            if (field.requirement == Requirement::Required) {
                ++c.requiredTotal;
                c.requiredFilled += filled ? 1 : 0;
            } else {
                ++c.recommendedTotal;
                c.recommendedFilled += filled ? 1 : 0;
            }
        }
    }
    return c;
}

QString SectionCompleteness::shortText() const
{
    if (total() == 0)
        return {};
    return u"%1/%2"_s.arg(filled()).arg(total());
}

QString SectionCompleteness::description() const
{
    if (total() == 0)
        return tr("Nothing here is required or recommended.");
    return tr("%1 of %2 required and %3 of %4 recommended fields filled.")
        .arg(requiredFilled)
        .arg(requiredTotal)
        .arg(recommendedFilled)
        .arg(recommendedTotal);
}

} // namespace metafill::gui
