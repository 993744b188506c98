#include "RecordBinder.h"

#include "ValueJson.h"

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

// The field a stored path refers to in this template, following renames.
std::optional<FieldPath> resolvePath(const Template &t, const FieldPath &stored)
{
    if (t.field(stored))
        return stored;
    for (const SectionSpec &section : t.sections) {
        for (const FieldSpec &field : section.fields) {
            for (const QString &old : field.renamedFrom) {
                // 'renamed_from' holds a key of the same section or a full section.key path.
                const bool sameSection = section.key == stored.section && old == stored.field;
                const bool fullPath = old == stored.section + u'.' + stored.field;
                if (sameSection || fullPath)
                    return FieldPath{section.key, stored.instance, field.key};
            }
        }
    }
    return std::nullopt;
}

} // namespace

RecordBinder::Outcome RecordBinder::bind(const RawRecord &raw, const Template &t, const QString &recordFile)
{
    Outcome outcome;
    Diagnostics &notes = outcome.notes;
    const SourceLocation recordLocation{recordFile};

    bool relatedTemplate = raw.templateRef.id == t.id || (t.base && t.base->id == raw.templateRef.id);
    if (!relatedTemplate) {
        notes.error(recordLocation, tr("this record was made with the template '%1', not with '%2'").arg(raw.templateRef.id, t.id));
        return outcome;
    }
    if (raw.templateRef.id != t.id) {
        notes.warning(recordLocation, tr("this record was made with '%1'; it is read with '%2', which extends it").arg(raw.templateRef.id, t.id));
        outcome.migrated = true;
    } else if (raw.templateRef.version != t.version) {
        notes.warning(recordLocation, tr("this record was made with version %1 of the template; it is read with version %2")
                                          .arg(raw.templateRef.version, t.version));
        outcome.migrated = true;
    } else if (!raw.templateRef.sha256.isEmpty() && raw.templateRef.sha256 != t.sha256) {
        notes.warning(recordLocation, tr("the template %1 %2 changed since this record was made, but its version number did not; "
                                         "ask its author to raise the version")
                                          .arg(t.id, t.version));
        outcome.migrated = true;
    }

    auto bindValues = [&](const QList<RawRecord::RawValue> &rawValues, const QString &context) {
        ValueMap bound;
        for (const RawRecord::RawValue &rv : rawValues) {
            const SourceLocation where{recordFile + u':' + context + rv.path};
            const auto stored = FieldPath::parse(rv.path);
            if (!stored) {
                notes.error(where, tr("'%1' is not a field path").arg(rv.path));
                continue;
            }
            const auto path = resolvePath(t, *stored);
            if (!path) {
                notes.error(where, tr("the template %1 %2 has no field '%3'; its value %4 is not carried over")
                                       .arg(t.id, t.version, rv.path, QString::fromStdString(rv.value.dump()).left(120)));
                continue;
            }
            if (!(*path == *stored))
                notes.warning(where, tr("renamed to '%1'").arg(t.pathText(*path)));
            const SectionSpec *section = t.section(path->section);
            if (path->instance > 0 && !section->isRepeatable()) {
                notes.error(where, tr("section '%1' no longer repeats; instance %2 is not carried over").arg(path->section).arg(path->instance));
                continue;
            }
            const FieldSpec *field = t.field(*path);
            FieldValue fv;
            fv.provenance = rv.provenance;
            const bool isList = rv.value.is_array();
            if (isList && !field->multiple && rv.value.size() > 1) {
                notes.error(where, tr("the field now takes one value, but %1 are stored; none is carried over").arg(rv.value.size()));
                continue;
            }
            const nlohmann::ordered_json items = isList ? rv.value : nlohmann::ordered_json::array({rv.value});
            for (const auto &item : items) {
                auto value = ValueJson::fromJson(*field, item);
                if (!value)
                    notes.error(where, tr("the value %1 cannot be read as %2: %3")
                                           .arg(QString::fromStdString(item.dump()).left(120), FieldTypes::name(field->type), value.error()));
                else
                    fv.values.append(*value);
            }
            if (!fv.isEmpty())
                bound.insert(*path, fv);
        }
        return bound;
    };

    Record record;
    record.templateRef = t.ref();
    record.values = bindValues(raw.values, QString());
    for (const RawRecord::RawImage &image : raw.images) {
        ImageEntry entry{image.file, image.name, bindValues(image.values, image.name + u':')};
        record.images.append(std::move(entry));
    }
    outcome.record = std::move(record);
    return outcome;
}

} // namespace metafill
