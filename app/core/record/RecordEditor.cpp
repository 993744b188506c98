#include "RecordEditor.h"

#include "ValueChecker.h"
#include "ValueText.h"

using namespace Qt::StringLiterals;

namespace metafill {

Result<FieldPath> RecordEditor::resolve(const QString &pathText) const
{
    const auto path = FieldPath::parse(pathText);
    if (!path)
        return Result<FieldPath>::failure(tr("'%1' is not a field path such as study.title or biosample[1].organism").arg(pathText));
    const SectionSpec *section = m_template.section(path->section);
    if (!section || section->hidden)
        return Result<FieldPath>::failure(tr("the template %1 has no section '%2'").arg(m_template.id, path->section));
    const FieldSpec *field = section->field(path->field);
    if (!field)
        return Result<FieldPath>::failure(tr("section '%1' has no field '%2' (see 'metafill-cli template fields')").arg(path->section, path->field));
    if (field->hidden)
        return Result<FieldPath>::failure(tr("'%1' is hidden by the template").arg(pathText));
    if (path->instance > 0 && !section->isRepeatable())
        return Result<FieldPath>::failure(tr("section '%1' does not repeat; leave out the [%2]").arg(path->section).arg(path->instance));
    if (section->maxCount > 0 && path->instance >= section->maxCount)
        return Result<FieldPath>::failure(tr("section '%1' may appear at most %n times (instances count from 0)", nullptr, section->maxCount).arg(path->section));
    // Share the template's strings instead of keeping a copy per value: a batch
    // of thousands of images holds hundreds of thousands of paths.
    return FieldPath{section->key, path->instance, field->key};
}

Status RecordEditor::assign(const QString &assignment, const Provenance &provenance)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0)
        return Status::failure(tr("'%1' must have the form FIELD_PATH=VALUE").arg(assignment));
    return set(assignment.left(equals).trimmed(), assignment.mid(equals + 1), provenance);
}

Status RecordEditor::set(const QString &pathText, const QString &valueText, const Provenance &provenance)
{
    const auto path = resolve(pathText);
    if (!path)
        return Status::failure(path.error());
    const FieldSpec &field = *m_template.field(*path);
    auto value = ValueText::parse(field, valueText);
    if (!value)
        return Status::failure(tr("%1: %2").arg(pathText, value.error()));
    const QStringList problems = ValueChecker::check(field, *value);
    if (!problems.isEmpty())
        return Status::failure(tr("%1: %2").arg(pathText, problems.join(u"; "_s)));

    const bool again = m_assignedHere.contains(*path);
    if (again && !field.multiple)
        return Status::failure(tr("%1 is given twice, but the field takes one value").arg(pathText));
    FieldValue &fv = m_values[*path];
    if (!again)
        fv.values.clear();
    fv.values.append(*value);
    fv.provenance = provenance;
    m_assignedHere.append(*path);
    return Done{};
}

Status RecordEditor::applyPreset(const QString &presetKey, int instance)
{
    const PresetSpec *preset = m_template.preset(presetKey);
    if (!preset)
        return Status::failure(tr("the template has no preset '%1'").arg(presetKey));
    for (const PresetSpec::Assignment &a : preset->values) {
        FieldPath path = a.path;
        const SectionSpec *section = m_template.section(path.section);
        if (section && section->isRepeatable() && path.instance == 0)
            path.instance = instance;
        FieldValue fv;
        fv.values = a.values;
        fv.provenance.kind = Provenance::Kind::Preset;
        fv.provenance.preset = preset->key;
        m_values[path] = fv;
    }
    return Done{};
}

} // namespace metafill
