#include "Template.h"

namespace metafill {

const SectionSpec *Template::section(const QString &key) const
{
    for (const SectionSpec &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const FieldSpec *Template::field(const FieldPath &path) const
{
    return field(path.section, path.field);
}

const FieldSpec *Template::field(const QString &sectionKey, const QString &fieldKey) const
{
    const SectionSpec *s = section(sectionKey);
    return s ? s->field(fieldKey) : nullptr;
}

const PresetSpec *Template::preset(const QString &key) const
{
    for (const PresetSpec &p : presets) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

QString Template::pathText(const FieldPath &path) const
{
    const SectionSpec *s = section(path.section);
    return path.toString(s && s->isRepeatable());
}

int Template::fieldCount() const
{
    int n = 0;
    for (const SectionSpec &s : sections)
        n += int(s.fields.size());
    return n;
}

} // namespace metafill
