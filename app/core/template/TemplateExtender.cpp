#include "TemplateExtender.h"

#include "TemplateParser.h"
#include "Units.h"
#include "yaml/YamlMapping.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

const QStringList kOperations{u"require"_s, u"recommend"_s, u"restrict"_s, u"set_default"_s, u"hide"_s,
                              u"describe"_s, u"add_field"_s, u"add_section"_s, u"add_autofill"_s};

} // namespace

TemplateExtender::TemplateExtender(const QString &file, Diagnostics &diagnostics) : m_file(file), m_diagnostics(diagnostics) {}

Template TemplateExtender::extend(const Template &base, const TemplateDocument &extension)
{
    Template t = base;
    const Template &own = extension.content;
    m_extensionId = own.id;
    t.id = own.id;
    t.version = own.version;
    t.title = own.title;
    t.description = own.description;
    t.filePath = own.filePath;
    t.base = base.ref();
    TemplateParser(m_file, m_diagnostics).parseOmero(extension.omero, t.omero);
    if (extension.changes) {
        for (const auto &change : extension.changes->items)
            apply(t, change.get());
    }
    // The extension's presets come after the base's; a preset with the same key replaces the base's.
    for (const PresetSpec &preset : own.presets) {
        auto it = std::find_if(t.presets.begin(), t.presets.end(), [&](const PresetSpec &p) { return p.key == preset.key; });
        if (it != t.presets.end())
            *it = preset;
        else
            t.presets.append(preset);
    }
    return t;
}

void TemplateExtender::apply(Template &t, const YamlNode *node)
{
    YamlMapping change(node, m_file, m_diagnostics, tr("a change"));
    if (!change.isValid())
        return;
    QString op;
    for (const YamlNode::Entry &e : node->entries) {
        if (!kOperations.contains(e.key))
            continue;
        if (!op.isEmpty()) {
            m_diagnostics.error(change.location(), tr("a change does one thing; this one has both '%1' and '%2'").arg(op, e.key));
            return;
        }
        op = e.key;
    }
    if (op.isEmpty()) {
        m_diagnostics.error(change.location(), tr("a change must start with one of: %1").arg(kOperations.join(u", "_s)));
        return;
    }
    if (op == u"add_section") {
        addSection(t, change);
        change.rejectUnknownKeys();
        return;
    }
    const QString target = change.string(op, true).trimmed();
    if (target.isEmpty())
        return;
    if (op == u"require")
        require(t, change, target, Requirement::Required);
    else if (op == u"recommend")
        require(t, change, target, Requirement::Recommended);
    else if (op == u"restrict")
        restrict(t, change, target);
    else if (op == u"set_default")
        setDefault(t, change, target);
    else if (op == u"hide")
        hide(t, change, target);
    else if (op == u"describe")
        describe(t, change, target);
    else if (op == u"add_field")
        addField(t, change, target);
    else if (op == u"add_autofill")
        addAutofill(t, change, target);
    change.rejectUnknownKeys();
}

SectionSpec *TemplateExtender::findSection(Template &t, const QString &key, YamlMapping &change, const QString &op)
{
    for (SectionSpec &s : t.sections) {
        if (s.key == key)
            return &s;
    }
    QStringList keys;
    for (const SectionSpec &s : t.sections)
        keys.append(s.key);
    m_diagnostics.error(change.keyLocation(op), tr("'%1' names no section of the base template; its sections are: %2").arg(key, keys.join(u", "_s)));
    return nullptr;
}

FieldSpec *TemplateExtender::findField(Template &t, const QString &path, YamlMapping &change, const QString &op)
{
    const QString sectionKey = path.section(u'.', 0, 0);
    const QString fieldKey = path.section(u'.', 1);
    if (fieldKey.isEmpty() || fieldKey.contains(u'.')) {
        m_diagnostics.error(change.keyLocation(op), tr("'%1' must name a field as section.field").arg(path));
        return nullptr;
    }
    SectionSpec *section = findSection(t, sectionKey, change, op);
    if (!section)
        return nullptr;
    if (FieldSpec *f = section->field(fieldKey))
        return f;
    m_diagnostics.error(change.keyLocation(op), tr("section '%1' has no field '%2'").arg(sectionKey, fieldKey));
    return nullptr;
}

void TemplateExtender::require(Template &t, YamlMapping &change, const QString &path, Requirement level)
{
    const QString op = level == Requirement::Required ? u"require"_s : u"recommend"_s;
    if (!path.contains(u'.')) {
        SectionSpec *section = findSection(t, path, change, op);
        if (!section)
            return;
        if (level != Requirement::Required) {
            m_diagnostics.error(change.keyLocation(op), tr("only fields can be recommended; use 'require' to make the section '%1' obligatory").arg(path));
            return;
        }
        section->minCount = std::max(section->minCount, section->perChannel ? 0 : 1);
        section->optional = false;
        section->hidden = false;
        return;
    }
    FieldSpec *field = findField(t, path, change, op);
    if (!field)
        return;
    if (field->requirement > level) {
        m_diagnostics.error(change.keyLocation(op), tr("'%1' is %2 in the base template; an extension may not lower that")
                                                        .arg(path, Requirements::name(field->requirement)));
        return;
    }
    field->requirement = level;
    field->hidden = false;
    field->changedAt = change.location();
}

void TemplateExtender::restrict(Template &t, YamlMapping &change, const QString &path)
{
    FieldSpec *field = findField(t, path, change, u"restrict"_s);
    // Mark every known property as read even when the field is missing, so the
    // reader does not also report them as unknown.
    const QStringList choices = change.stringList(u"choices"_s);
    const QStringList ontologies = change.stringList(u"ontologies"_s);
    const QStringList roots = change.stringList(u"roots"_s);
    const auto freeText = change.boolean(u"free_text"_s);
    const auto minimum = change.number(u"min"_s);
    const auto maximum = change.number(u"max"_s);
    const auto minLength = change.integer(u"min_length"_s);
    const auto maxLength = change.integer(u"max_length"_s);
    const QStringList patterns = change.stringList(u"pattern"_s);
    const QStringList units = change.stringList(u"units"_s);
    if (!field)
        return;
    field->changedAt = change.location();
    auto loosens = [&](const QString &key, const QString &why) {
        m_diagnostics.error(change.keyLocation(key), tr("this would loosen '%1': %2").arg(path, why));
    };
    auto notFor = [&](const QString &key) {
        m_diagnostics.error(change.keyLocation(key), tr("'%1' cannot be restricted on a %2 field").arg(key, FieldTypes::name(field->type)));
    };

    if (!choices.isEmpty()) {
        if (field->type != FieldType::Choice) {
            notFor(u"choices"_s);
        } else {
            QList<Choice> narrowed;
            for (const QString &code : choices) {
                if (!field->choice(code))
                    loosens(u"choices"_s, tr("'%1' is not one of the base template's choices").arg(code));
            }
            for (const Choice &c : std::as_const(field->choices)) {
                if (choices.contains(c.value))
                    narrowed.append(c);
            }
            if (!narrowed.isEmpty())
                field->choices = narrowed;
        }
    }
    if (!ontologies.isEmpty() || !roots.isEmpty() || freeText) {
        if (field->type != FieldType::Term) {
            notFor(!ontologies.isEmpty() ? u"ontologies"_s : !roots.isEmpty() ? u"roots"_s : u"free_text"_s);
        } else {
            if (!ontologies.isEmpty()) {
                for (const QString &o : ontologies) {
                    if (!field->ontology.ontologies.isEmpty() && !field->ontology.ontologies.contains(o))
                        loosens(u"ontologies"_s, tr("the base template does not allow terms from '%1'").arg(o));
                }
                field->ontology.ontologies = ontologies;
            }
            if (!roots.isEmpty()) {
                // Without the ontology at hand a deeper root below a base root
                // cannot be proven, so a base that names roots keeps the choice among them.
                for (const QString &r : roots) {
                    if (!field->ontology.roots.isEmpty() && !field->ontology.roots.contains(r))
                        loosens(u"roots"_s, tr("'%1' is not one of the base template's branch roots (%2)").arg(r, field->ontology.roots.join(u", "_s)));
                }
                field->ontology.roots = roots;
            }
            if (freeText) {
                if (*freeText && !field->ontology.allowFreeText)
                    loosens(u"free_text"_s, tr("the base template accepts only ontology terms"));
                field->ontology.allowFreeText = field->ontology.allowFreeText && *freeText;
            }
        }
    }
    const bool numeric = field->type == FieldType::Integer || field->type == FieldType::Number || field->type == FieldType::Quantity;
    if (minimum) {
        if (!numeric)
            notFor(u"min"_s);
        else if (field->minimum && *minimum < *field->minimum)
            loosens(u"min"_s, tr("the base template's minimum is %1").arg(*field->minimum));
        else
            field->minimum = minimum;
    }
    if (maximum) {
        if (!numeric)
            notFor(u"max"_s);
        else if (field->maximum && *maximum > *field->maximum)
            loosens(u"max"_s, tr("the base template's maximum is %1").arg(*field->maximum));
        else
            field->maximum = maximum;
    }
    if (field->minimum && field->maximum && *field->minimum > *field->maximum)
        m_diagnostics.error(change.location(), tr("after this change the minimum of '%1' is larger than its maximum").arg(path));
    if (minLength) {
        if (field->minLength && *minLength < *field->minLength)
            loosens(u"min_length"_s, tr("the base template asks for at least %1 characters").arg(*field->minLength));
        else
            field->minLength = int(std::clamp<qint64>(*minLength, 0, 1'000'000));
    }
    if (maxLength) {
        if (field->maxLength && *maxLength > *field->maxLength)
            loosens(u"max_length"_s, tr("the base template allows at most %1 characters").arg(*field->maxLength));
        else
            field->maxLength = int(std::clamp<qint64>(*maxLength, 0, 1'000'000));
    }
    for (const QString &pattern : patterns) {
        const QRegularExpression re(pattern);
        if (!re.isValid())
            m_diagnostics.error(change.keyLocation(u"pattern"_s), tr("the pattern '%1' is not a valid regular expression: %2").arg(pattern, re.errorString()));
        else
            field->patterns.append(pattern); // every pattern must match, so adding one narrows
    }
    if (!units.isEmpty()) {
        if (field->type != FieldType::Quantity) {
            notFor(u"units"_s);
        } else {
            QStringList narrowed;
            for (const QString &u : units) {
                const QString canonical = Units::canonical(u);
                if (!field->units.contains(canonical))
                    loosens(u"units"_s, tr("'%1' is not among the base template's units (%2)").arg(u, field->units.join(u", "_s)));
                else
                    narrowed.append(canonical);
            }
            if (!narrowed.isEmpty()) {
                field->units = narrowed;
                if (!narrowed.contains(field->unit))
                    field->unit = narrowed.first();
            }
        }
    }
}

void TemplateExtender::setDefault(Template &t, YamlMapping &change, const QString &path)
{
    FieldSpec *field = findField(t, path, change, u"set_default"_s);
    const YamlNode *value = change.value(u"value"_s);
    if (!field)
        return;
    if (!value) {
        m_diagnostics.error(change.location(), tr("'set_default' needs a 'value'"));
        return;
    }
    Diagnostics local;
    field->defaults = TemplateParser(m_file, local).parseValues(*field, value);
    m_diagnostics.append(local);
    field->changedAt = change.location();
}

void TemplateExtender::hide(Template &t, YamlMapping &change, const QString &path)
{
    if (!path.contains(u'.')) {
        SectionSpec *section = findSection(t, path, change, u"hide"_s);
        if (!section)
            return;
        if (!section->isOptional()) {
            m_diagnostics.error(change.keyLocation(u"hide"_s), tr("the section '%1' is not optional in the base template, so it cannot be hidden").arg(path));
            return;
        }
        section->hidden = true;
        return;
    }
    FieldSpec *field = findField(t, path, change, u"hide"_s);
    if (!field)
        return;
    if (field->requirement != Requirement::Optional) {
        m_diagnostics.error(change.keyLocation(u"hide"_s), tr("'%1' is %2, so it cannot be hidden; only optional fields can")
                                                               .arg(path, Requirements::name(field->requirement)));
        return;
    }
    field->hidden = true;
    field->changedAt = change.location();
}

void TemplateExtender::describe(Template &t, YamlMapping &change, const QString &path)
{
    auto merge = [](LocalizedText &into, const LocalizedText &from) {
        for (auto it = from.all().cbegin(); it != from.all().cend(); ++it)
            into.set(it.key(), it.value());
    };
    const LocalizedText label = change.text(u"label"_s);
    const LocalizedText help = change.text(u"help"_s);
    const LocalizedText placeholder = change.text(u"placeholder"_s);
    const QStringList examples = change.stringList(u"examples"_s);
    if (!path.contains(u'.')) {
        if (SectionSpec *section = findSection(t, path, change, u"describe"_s)) {
            merge(section->label, label);
            merge(section->help, help);
        }
        return;
    }
    FieldSpec *field = findField(t, path, change, u"describe"_s);
    if (!field)
        return;
    // The OMERO key stays as the base defined it: relabelling is for people.
    merge(field->label, label);
    merge(field->help, help);
    merge(field->placeholder, placeholder);
    if (!examples.isEmpty())
        field->examples = examples;
}

template<typename List>
qsizetype TemplateExtender::insertPosition(const List &list, YamlMapping &change)
{
    const QString after = change.string(u"after"_s);
    const QString before = change.string(u"before"_s);
    if (!after.isEmpty() && !before.isEmpty())
        m_diagnostics.error(change.location(), tr("give 'after' or 'before', not both"));
    const QString anchor = after.isEmpty() ? before : after;
    if (anchor.isEmpty())
        return list.size();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).key == anchor)
            return after.isEmpty() ? i : i + 1;
    }
    m_diagnostics.error(change.keyLocation(after.isEmpty() ? u"before"_s : u"after"_s), tr("there is no '%1' to place this next to").arg(anchor));
    return list.size();
}

void TemplateExtender::addField(Template &t, YamlMapping &change, const QString &sectionKey)
{
    SectionSpec *section = findSection(t, sectionKey, change, u"add_field"_s);
    const YamlNode *node = change.value(u"field"_s);
    if (!node) {
        m_diagnostics.error(change.location(), tr("'add_field' needs a 'field'"));
        return;
    }
    auto field = TemplateParser(m_file, m_diagnostics).parseField(node, m_extensionId);
    if (!section || !field) {
        change.string(u"after"_s);
        change.string(u"before"_s);
        return;
    }
    if (section->field(field->key)) {
        m_diagnostics.error(change.location(), tr("section '%1' already has a field '%2'").arg(sectionKey, field->key));
        return;
    }
    const qsizetype position = insertPosition(section->fields, change);
    section->fields.insert(position, *field);
}

void TemplateExtender::addSection(Template &t, YamlMapping &change)
{
    auto section = TemplateParser(m_file, m_diagnostics).parseSection(change.value(u"add_section"_s), m_extensionId);
    if (!section) {
        change.string(u"after"_s);
        change.string(u"before"_s);
        return;
    }
    if (t.section(section->key)) {
        m_diagnostics.error(change.location(), tr("the base template already has a section '%1'").arg(section->key));
        return;
    }
    const qsizetype position = insertPosition(t.sections, change);
    t.sections.insert(position, *section);
}

void TemplateExtender::addAutofill(Template &t, YamlMapping &change, const QString &path)
{
    FieldSpec *field = findField(t, path, change, u"add_autofill"_s);
    const YamlNode *rules = change.value(u"rules"_s);
    if (!rules) {
        m_diagnostics.error(change.location(), tr("'add_autofill' needs 'rules'"));
        return;
    }
    const QList<AutofillRule> parsed = TemplateParser(m_file, m_diagnostics).parseAutofill(rules);
    if (!field)
        return;
    // The facility knows its instruments best: its rules are tried first.
    field->autofill = parsed + field->autofill;
}

} // namespace metafill
