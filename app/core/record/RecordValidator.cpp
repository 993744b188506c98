#include "RecordValidator.h"

#include "ValueChecker.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill {

bool ValidationReport::isValid() const
{
    return std::none_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError; });
}

int ValidationReport::completenessPercent() const
{
    const int total = requiredTotal + recommendedTotal;
    if (total == 0)
        return 100;
    return int((100LL * (requiredFilled + recommendedFilled)) / total);
}

QList<Value> RecordValidator::effective(const FieldSpec &field, const ValueMap &values, const FieldPath &path)
{
    const auto it = values.constFind(path);
    if (it != values.cend() && !it->isEmpty())
        return it->values;
    return field.defaults;
}

int RecordValidator::instancesShown(const SectionSpec &section, const ValueMap &values)
{
    const int stored = Record::instanceCount(values, section.key);
    if (!section.isRepeatable())
        return std::max(stored, section.minCount) > 0 ? 1 : 0;
    return std::max(stored, section.perChannel ? 0 : section.minCount);
}

ValidationReport RecordValidator::validate(const Template &t, const ValueMap &values)
{
    ValidationReport report;

    for (const SectionSpec &section : t.sections) {
        if (section.hidden)
            continue;
        const int instances = instancesShown(section, values);
        if (section.maxCount > 0 && instances > section.maxCount)
            report.problems.append({section.key, true, tr("section '%1' may appear at most %n times", nullptr, section.maxCount).arg(section.key)});
        for (int i = 0; i < instances; ++i) {
            for (const FieldSpec &field : section.fields) {
                if (field.hidden)
                    continue;
                const FieldPath path{section.key, i, field.key};
                const QString pathText = path.toString(section.isRepeatable());
                const QList<Value> items = effective(field, values, path);
                const bool filled = !items.isEmpty();
                if (field.requirement == Requirement::Required) {
                    ++report.requiredTotal;
                    report.requiredFilled += filled ? 1 : 0;
                    if (!filled)
                        report.problems.append({pathText, true, tr("required, but empty"), true});
                } else if (field.requirement == Requirement::Recommended) {
                    ++report.recommendedTotal;
                    report.recommendedFilled += filled ? 1 : 0;
                    if (!filled)
                        report.problems.append({pathText, false, tr("recommended, but empty"), true});
                }
                if (items.size() > 1 && !field.multiple)
                    report.problems.append({pathText, true, tr("takes one value, but has %1").arg(items.size())});
                for (const Value &v : items) {
                    for (const QString &problem : ValueChecker::check(field, v))
                        report.problems.append({pathText, true, problem});
                }
            }
        }
    }

    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const SectionSpec *section = t.section(it.key().section);
        const FieldSpec *field = t.field(it.key());
        if (!field)
            report.problems.append({it.key().toString(section && section->isRepeatable()), true, tr("the template has no such field")});
        else if (section->hidden || field->hidden)
            report.problems.append({t.pathText(it.key()), false, tr("has a value, but the template hides this field")});
    }
    return report;
}

} // namespace metafill
