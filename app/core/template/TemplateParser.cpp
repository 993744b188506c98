#include "TemplateParser.h"

#include "Units.h"
#include "record/TermIds.h"
#include "record/ValueText.h"
#include "yaml/YamlMapping.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace metafill {

TemplateParser::TemplateParser(const QString &file, Diagnostics &diagnostics) : m_file(file), m_diagnostics(diagnostics) {}

SourceLocation TemplateParser::at(const YamlNode *node) const
{
    return node ? SourceLocation{m_file, node->line, node->column} : SourceLocation{m_file, 0, 0};
}

bool TemplateParser::isValidKey(const QString &key)
{
    static const QRegularExpression p(u"^[a-z][a-z0-9_]{0,63}$"_s);
    return p.match(key).hasMatch();
}

TemplateDocument TemplateParser::parseDocument(const YamlNodePtr &root)
{
    TemplateDocument doc;
    doc.root = root;
    Template &t = doc.content;
    t.filePath = m_file;

    YamlMapping map(root.get(), m_file, m_diagnostics, tr("the template"));
    if (!map.isValid())
        return doc;

    if (const YamlNode *language = map.value(u"metafill"_s)) {
        if (!language->isScalar() || language->scalar != QString::number(Template::LanguageVersion))
            m_diagnostics.error(at(language), tr("this template is written for template language version '%1'; this Metafill reads version %2")
                                                  .arg(language->scalar)
                                                  .arg(Template::LanguageVersion));
    } else {
        m_diagnostics.error(map.location(), tr("the template must start with 'metafill: %1' (the template language version)").arg(Template::LanguageVersion));
    }

    t.id = map.string(u"id"_s, true);
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9_-]*)+$"_s);
    if (!t.id.isEmpty() && !idPattern.match(t.id).hasMatch())
        m_diagnostics.error(map.keyLocation(u"id"_s), tr("the id '%1' must be a reverse domain name in lower case, such as org.example.facility.confocal").arg(t.id));

    t.version = map.string(u"version"_s, true);
    static const QRegularExpression versionPattern(u"^\\d{1,5}\\.\\d{1,5}\\.\\d{1,5}$"_s);
    if (!t.version.isEmpty() && !versionPattern.match(t.version).hasMatch())
        m_diagnostics.error(map.keyLocation(u"version"_s), tr("the version '%1' must have the form MAJOR.MINOR.PATCH, such as 1.0.0").arg(t.version));

    t.title = map.text(u"title"_s, true);
    t.description = map.text(u"description"_s);
    if (const YamlNode *extends = map.value(u"extends"_s)) {
        YamlMapping e(extends, m_file, m_diagnostics, tr("'extends'"));
        if (e.isValid()) {
            TemplateDocument::Extends clause;
            clause.id = e.string(u"id"_s, true);
            clause.version = e.string(u"version"_s, true);
            clause.where = e.location();
            static const QRegularExpression rangePattern(u"^\\d{1,5}(?:\\.\\d{1,5}){0,2}$"_s);
            if (!clause.version.isEmpty() && !rangePattern.match(clause.version).hasMatch())
                m_diagnostics.error(e.keyLocation(u"version"_s), tr("'%1' is not a version such as 1 or 1.2 (meaning: that version or a later compatible one)").arg(clause.version));
            e.rejectUnknownKeys();
            doc.extends = clause;
        }
    }
    // An extension starts from its base's OMERO options; TemplateExtender reads
    // this block on top of them.
    doc.omero = map.value(u"omero"_s);
    if (!doc.extends)
        parseOmero(doc.omero, t.omero);

    if (const YamlNode *sections = map.value(u"sections"_s)) {
        doc.declaresSections = true;
        if (!sections->isSequence()) {
            m_diagnostics.error(at(sections), tr("'sections' must be a list"));
        } else if (int(sections->items.size()) > MaxSections) {
            m_diagnostics.error(at(sections), tr("a template may have at most %1 sections").arg(MaxSections));
        } else {
            for (const auto &node : sections->items) {
                if (auto section = parseSection(node.get(), t.id))
                    t.sections.append(*section);
            }
        }
    }

    doc.changes = map.value(u"changes"_s);
    if (doc.changes && !doc.changes->isSequence()) {
        m_diagnostics.error(at(doc.changes), tr("'changes' must be a list"));
        doc.changes = nullptr;
    }
    if (doc.changes && !doc.extends)
        m_diagnostics.error(map.keyLocation(u"changes"_s), tr("'changes' only makes sense in a template that 'extends' another"));
    if (doc.extends && doc.declaresSections)
        m_diagnostics.error(map.keyLocation(u"sections"_s), tr("a template that extends another adds sections with 'add_section' under 'changes', not with 'sections'"));
    if (!doc.extends && !doc.declaresSections)
        m_diagnostics.error(map.location(), tr("the template has no 'sections'"));

    if (const YamlNode *presets = map.value(u"presets"_s)) {
        if (!presets->isSequence()) {
            m_diagnostics.error(at(presets), tr("'presets' must be a list"));
        } else if (int(presets->items.size()) > MaxPresets) {
            m_diagnostics.error(at(presets), tr("a template may have at most %1 presets").arg(MaxPresets));
        } else {
            for (const auto &node : presets->items) {
                if (auto preset = parsePreset(node.get())) {
                    t.presets.append(*preset);
                    doc.presetValues.append(node->get(u"values"_s));
                }
            }
        }
    }
    map.rejectUnknownKeys();
    return doc;
}

void TemplateParser::parseOmero(const YamlNode *node, OmeroOptions &omero)
{
    if (!node)
        return;
    YamlMapping map(node, m_file, m_diagnostics, tr("'omero'"));
    if (!map.isValid())
        return;
    if (auto ns = map.optionalString(u"namespace"_s))
        omero.mapNamespace = ns->trimmed();
    if (auto level = map.optionalString(u"level"_s)) {
        if (*level == u"image")
            omero.level = OmeroOptions::Level::Image;
        else if (*level == u"dataset")
            omero.level = OmeroOptions::Level::Dataset;
        else
            m_diagnostics.error(map.keyLocation(u"level"_s), tr("'level' must be image or dataset"));
    }
    if (auto suffix = map.optionalString(u"term_accession_suffix"_s))
        omero.accessionSuffix = *suffix;
    if (auto suffix = map.optionalString(u"term_source_suffix"_s))
        omero.sourceSuffix = *suffix;
    if (omero.accessionSuffix.trimmed().isEmpty() || omero.sourceSuffix.trimmed().isEmpty()
        || omero.accessionSuffix == omero.sourceSuffix)
        m_diagnostics.error(map.location(), tr("the term suffixes must be two different, non-empty texts"));
    map.rejectUnknownKeys();
}

std::optional<SectionSpec> TemplateParser::parseSection(const YamlNode *node, const QString &definedBy)
{
    YamlMapping map(node, m_file, m_diagnostics, tr("a section"));
    if (!map.isValid())
        return std::nullopt;
    SectionSpec section;
    section.where = map.location();
    section.definedBy = definedBy;
    section.key = map.string(u"key"_s, true);
    if (!section.key.isEmpty() && !isValidKey(section.key))
        m_diagnostics.error(map.keyLocation(u"key"_s), tr("the key '%1' must be lower case letters, digits and '_', starting with a letter").arg(section.key));
    section.label = map.text(u"label"_s, true);
    section.help = map.text(u"help"_s);
    section.optional = map.boolean(u"optional"_s).value_or(false);
    if (section.optional)
        section.minCount = 0;
    if (const YamlNode *repeat = map.value(u"repeat"_s)) {
        if (const auto b = YamlMapping::toBoolean(repeat)) {
            section.maxCount = *b ? 0 : 1;
        } else if (const auto n = YamlMapping::toNumber(repeat); n && *n >= 1 && *n <= FieldPath::MaxInstances && *n == std::floor(*n)) {
            section.maxCount = int(*n);
        } else {
            m_diagnostics.error(at(repeat), tr("'repeat' must be true, false or the largest number of instances (1 to %1)").arg(FieldPath::MaxInstances));
        }
    }
    section.perChannel = map.boolean(u"per_channel"_s).value_or(false);
    if (section.perChannel && section.maxCount != 1)
        m_diagnostics.error(map.keyLocation(u"repeat"_s), tr("a section 'per_channel' repeats once per channel; leave out 'repeat'"));
    if (section.perChannel) {
        section.minCount = 0; // an image may have no channel information at all
        section.maxCount = 0; // as many as the image has channels
    }
    section.hidden = map.boolean(u"hidden"_s).value_or(false);
    section.instanceKey = map.string(u"instance_key"_s);
    if (!section.instanceKey.isEmpty()) {
        if (!section.instanceKey.contains(u"{key}"_s) || !(section.instanceKey.contains(u"{index}"_s) || section.instanceKey.contains(u"{number}"_s)))
            m_diagnostics.error(map.keyLocation(u"instance_key"_s), tr("'instance_key' must contain {key} and {index} (from 0) or {number} (from 1), e.g. \"Channel {index} - {key}\""));
        if (!section.isRepeatable())
            m_diagnostics.error(map.keyLocation(u"instance_key"_s), tr("'instance_key' only applies to sections that repeat"));
    }

    const YamlNode *fields = map.value(u"fields"_s);
    if (!fields || !fields->isSequence()) {
        m_diagnostics.error(fields ? at(fields) : map.location(), tr("section '%1' needs a list of 'fields'").arg(section.key));
    } else if (int(fields->items.size()) > MaxFieldsPerSection) {
        m_diagnostics.error(at(fields), tr("a section may have at most %1 fields").arg(MaxFieldsPerSection));
    } else {
        for (const auto &f : fields->items) {
            if (auto field = parseField(f.get(), definedBy))
                section.fields.append(*field);
        }
    }
    map.rejectUnknownKeys();
    return section;
}

std::optional<FieldSpec> TemplateParser::parseField(const YamlNode *node, const QString &definedBy)
{
    FieldSpec field;
    // The key names the field in every message about it, so it is looked at first.
    const YamlNode *keyNode = node && node->isMap() ? node->get(u"key"_s) : nullptr;
    const QString name = keyNode && keyNode->isScalar() ? keyNode->scalar : QString();
    YamlMapping map(node, m_file, m_diagnostics, name.isEmpty() ? tr("a field") : tr("field '%1'").arg(name));
    if (!map.isValid())
        return std::nullopt;
    field.where = map.location();
    field.definedBy = definedBy;
    field.key = map.string(u"key"_s, true);
    if (!field.key.isEmpty() && !isValidKey(field.key))
        m_diagnostics.error(map.keyLocation(u"key"_s), tr("the key '%1' must be lower case letters, digits and '_', starting with a letter").arg(field.key));

    const QString typeName = map.string(u"type"_s, true);
    if (!typeName.isEmpty()) {
        if (const auto type = FieldTypes::fromName(typeName))
            field.type = *type;
        else {
            // The other properties depend on the type, so they are not checked.
            m_diagnostics.error(map.keyLocation(u"type"_s), tr("unknown field type '%1'; use one of: %2").arg(typeName, FieldTypes::allNames().join(u", "_s)));
            return std::nullopt;
        }
    }
    field.label = map.text(u"label"_s, true);
    field.help = map.text(u"help"_s);
    field.placeholder = map.text(u"placeholder"_s);
    if (auto requirement = map.optionalString(u"requirement"_s)) {
        if (auto r = Requirements::fromName(*requirement))
            field.requirement = *r;
        else
            m_diagnostics.error(map.keyLocation(u"requirement"_s), tr("'requirement' must be required, recommended or optional, not '%1'").arg(*requirement));
    }
    field.omeroKey = map.string(u"omero_key"_s);
    if (field.omeroKey.isEmpty() && !field.label.isEmpty())
        field.omeroKey = field.label.text(u"en"_s);
    field.multiple = map.boolean(u"multiple"_s).value_or(false);
    field.hidden = map.boolean(u"hidden"_s).value_or(false);
    field.renamedFrom = map.stringList(u"renamed_from"_s);
    field.examples = map.stringList(u"examples"_s);
    parseTypeSpecific(map, field);
    if (const YamlNode *autofill = map.value(u"autofill"_s))
        field.autofill = parseAutofill(autofill);
    if (const YamlNode *defaults = map.value(u"default"_s))
        field.defaults = parseValues(field, defaults);
    map.rejectUnknownKeys();
    return field;
}

void TemplateParser::parseTypeSpecific(YamlMapping &map, FieldSpec &field)
{
    const bool numeric = field.type == FieldType::Integer || field.type == FieldType::Number || field.type == FieldType::Quantity;
    const bool textual = field.type == FieldType::Text || field.type == FieldType::MultilineText || field.type == FieldType::Url
                         || field.type == FieldType::Email;
    auto onlyFor = [&](const QString &key, bool applies, const QString &types) {
        if (!applies && map.node()->get(key))
            m_diagnostics.error(map.keyLocation(key), tr("'%1' only applies to %2 fields").arg(key, types));
    };

    field.minimum = map.number(u"min"_s);
    field.maximum = map.number(u"max"_s);
    onlyFor(u"min"_s, numeric, u"integer, number and quantity"_s);
    onlyFor(u"max"_s, numeric, u"integer, number and quantity"_s);
    if (field.minimum && field.maximum && *field.minimum > *field.maximum)
        m_diagnostics.error(map.keyLocation(u"min"_s), tr("'min' is larger than 'max'"));

    if (auto n = map.integer(u"min_length"_s))
        field.minLength = int(std::clamp<qint64>(*n, 0, 1'000'000));
    if (auto n = map.integer(u"max_length"_s))
        field.maxLength = int(std::clamp<qint64>(*n, 0, 1'000'000));
    onlyFor(u"min_length"_s, textual, u"text"_s);
    onlyFor(u"max_length"_s, textual, u"text"_s);

    field.patterns = map.stringList(u"pattern"_s);
    onlyFor(u"pattern"_s, textual, u"text"_s);
    for (const QString &pattern : std::as_const(field.patterns)) {
        const QRegularExpression re(pattern);
        if (!re.isValid())
            m_diagnostics.error(map.keyLocation(u"pattern"_s), tr("the pattern '%1' is not a valid regular expression: %2").arg(pattern, re.errorString()));
    }

    const QString unit = map.string(u"unit"_s);
    const QStringList units = map.stringList(u"units"_s);
    onlyFor(u"unit"_s, field.type == FieldType::Quantity, u"quantity"_s);
    onlyFor(u"units"_s, field.type == FieldType::Quantity, u"quantity"_s);
    if (field.type == FieldType::Quantity) {
        field.unit = Units::canonical(unit);
        if (unit.isEmpty())
            m_diagnostics.error(map.location(), tr("a quantity field needs a 'unit', such as µm"));
        else if (field.unit.isEmpty())
            m_diagnostics.error(map.keyLocation(u"unit"_s), tr("'%1' is not a unit Metafill knows").arg(unit));
        const QString dimension = Units::dimensionOf(field.unit);
        for (const QString &u : units) {
            const QString canonical = Units::canonical(u);
            if (canonical.isEmpty())
                m_diagnostics.error(map.keyLocation(u"units"_s), tr("'%1' is not a unit Metafill knows").arg(u));
            else if (Units::dimensionOf(canonical) != dimension)
                m_diagnostics.error(map.keyLocation(u"units"_s), tr("'%1' measures something else than '%2'").arg(u, field.unit));
            else if (!field.units.contains(canonical))
                field.units.append(canonical);
        }
        if (field.units.isEmpty() && !field.unit.isEmpty())
            field.units = Units::symbolsOf(dimension);
        else if (!field.unit.isEmpty() && !field.units.contains(field.unit))
            m_diagnostics.error(map.keyLocation(u"unit"_s), tr("the unit '%1' is not among the allowed 'units'").arg(field.unit));
    }

    if (const YamlNode *choices = map.value(u"choices"_s))
        field.choices = parseChoices(choices);
    onlyFor(u"choices"_s, field.type == FieldType::Choice, u"choice"_s);
    if (field.type == FieldType::Choice && field.choices.isEmpty())
        m_diagnostics.error(map.location(), tr("a choice field needs a list of 'choices'"));

    const bool term = field.type == FieldType::Term;
    field.ontology.ontologies = map.stringList(u"ontologies"_s);
    field.ontology.roots = map.stringList(u"roots"_s);
    field.ontology.allowFreeText = map.boolean(u"free_text"_s).value_or(true);
    onlyFor(u"ontologies"_s, term, u"term"_s);
    onlyFor(u"roots"_s, term, u"term"_s);
    onlyFor(u"free_text"_s, term, u"term"_s);
    static const QRegularExpression ontologyId(u"^[a-z][a-z0-9_]{1,39}$"_s);
    for (const QString &o : std::as_const(field.ontology.ontologies)) {
        if (!ontologyId.match(o).hasMatch())
            m_diagnostics.error(map.keyLocation(u"ontologies"_s), tr("'%1' is not an ontology id as OLS writes it, such as fbbi or ncbitaxon").arg(o));
    }
    for (const QString &r : std::as_const(field.ontology.roots)) {
        if (!TermIds::looksLikeCurie(r))
            m_diagnostics.error(map.keyLocation(u"roots"_s), tr("the root '%1' must be a CURIE such as FBbi:00000243").arg(r));
    }
}

QList<Choice> TemplateParser::parseChoices(const YamlNode *node)
{
    QList<Choice> choices;
    if (!node->isSequence()) {
        m_diagnostics.error(at(node), tr("'choices' must be a list"));
        return choices;
    }
    if (int(node->items.size()) > MaxChoices) {
        m_diagnostics.error(at(node), tr("a field may have at most %1 choices").arg(MaxChoices));
        return choices;
    }
    QSet<QString> seen;
    for (const auto &item : node->items) {
        Choice choice;
        if (item->isScalar()) {
            choice.value = item->scalar;
        } else {
            YamlMapping map(item.get(), m_file, m_diagnostics, tr("a choice"));
            if (!map.isValid())
                continue;
            choice.value = map.string(u"value"_s, true);
            choice.label = map.text(u"label"_s);
            map.rejectUnknownKeys();
        }
        if (choice.value.trimmed().isEmpty() || choice.value != choice.value.trimmed()) {
            m_diagnostics.error(at(item.get()), tr("a choice value must not be empty or start or end with blanks"));
            continue;
        }
        if (seen.contains(choice.value)) {
            m_diagnostics.error(at(item.get()), tr("the choice '%1' is listed twice").arg(choice.value));
            continue;
        }
        seen.insert(choice.value);
        choices.append(choice);
    }
    return choices;
}

QList<AutofillRule> TemplateParser::parseAutofill(const YamlNode *node)
{
    QList<AutofillRule> rules;
    if (!node->isSequence()) {
        m_diagnostics.error(at(node), tr("'autofill' must be a list of rules"));
        return rules;
    }
    if (int(node->items.size()) > MaxRulesPerField) {
        m_diagnostics.error(at(node), tr("a field may have at most %1 auto-fill rules").arg(MaxRulesPerField));
        return rules;
    }
    for (const auto &item : node->items) {
        YamlMapping map(item.get(), m_file, m_diagnostics, tr("an auto-fill rule"));
        if (!map.isValid())
            continue;
        AutofillRule rule;
        rule.where = map.location();
        const QString xpath = map.string(u"xpath"_s);
        const QString original = map.string(u"original"_s);
        if (xpath.isEmpty() == original.isEmpty()) {
            m_diagnostics.error(map.location(), tr("an auto-fill rule needs exactly one of 'xpath' (a query over the image's OME-XML) or 'original' (a key of the vendor's metadata)"));
        }
        rule.source = xpath.isEmpty() ? AutofillRule::Source::OriginalMetadata : AutofillRule::Source::XPath;
        rule.query = xpath.isEmpty() ? original : xpath;
        if (const QString unit = map.string(u"unit"_s); !unit.isEmpty()) {
            rule.unit = Units::canonical(unit);
            if (rule.unit.isEmpty())
                m_diagnostics.error(map.keyLocation(u"unit"_s), tr("'%1' is not a unit Metafill knows").arg(unit));
        }
        if (const YamlNode *valueMap = map.value(u"map"_s)) {
            if (!valueMap->isMap())
                m_diagnostics.error(at(valueMap), tr("'map' must be a mapping of header value to field value"));
            else {
                for (const auto &e : valueMap->entries) {
                    if (!e.value->isScalar())
                        m_diagnostics.error(SourceLocation{m_file, e.line, e.column}, tr("each entry of 'map' must map to a single value"));
                    else
                        rule.valueMap.append({e.key, e.value->scalar});
                }
            }
        }
        if (auto policy = map.optionalString(u"policy"_s)) {
            if (*policy == u"fill_empty")
                rule.policy = AutofillRule::Policy::FillEmpty;
            else if (*policy == u"suggest")
                rule.policy = AutofillRule::Policy::Suggest;
            else if (*policy == u"overwrite")
                rule.policy = AutofillRule::Policy::Overwrite;
            else if (*policy == u"lock")
                rule.policy = AutofillRule::Policy::Lock;
            else
                m_diagnostics.error(map.keyLocation(u"policy"_s), tr("'policy' must be fill_empty, suggest, overwrite or lock"));
        }
        map.rejectUnknownKeys();
        rules.append(rule);
    }
    return rules;
}

std::optional<PresetSpec> TemplateParser::parsePreset(const YamlNode *node)
{
    YamlMapping map(node, m_file, m_diagnostics, tr("a preset"));
    if (!map.isValid())
        return std::nullopt;
    PresetSpec preset;
    preset.where = map.location();
    preset.key = map.string(u"key"_s, true);
    if (!preset.key.isEmpty() && !isValidKey(preset.key))
        m_diagnostics.error(map.keyLocation(u"key"_s), tr("the key '%1' must be lower case letters, digits and '_', starting with a letter").arg(preset.key));
    preset.label = map.text(u"label"_s, true);
    preset.help = map.text(u"help"_s);
    if (const YamlNode *match = map.value(u"match"_s)) {
        if (!match->isSequence())
            m_diagnostics.error(at(match), tr("'match' must be a list of conditions"));
        else {
            for (const auto &item : match->items) {
                YamlMapping m(item.get(), m_file, m_diagnostics, tr("a match condition"));
                if (!m.isValid())
                    continue;
                PresetSpec::Match condition;
                const QString xpath = m.string(u"xpath"_s);
                const QString original = m.string(u"original"_s);
                if (xpath.isEmpty() == original.isEmpty())
                    m_diagnostics.error(m.location(), tr("a match condition needs exactly one of 'xpath' or 'original'"));
                condition.source = xpath.isEmpty() ? PresetSpec::Match::Source::OriginalMetadata : PresetSpec::Match::Source::XPath;
                condition.query = xpath.isEmpty() ? original : xpath;
                condition.equals = m.string(u"equals"_s);
                condition.contains = m.string(u"contains"_s);
                if (condition.equals.isEmpty() == condition.contains.isEmpty())
                    m_diagnostics.error(m.location(), tr("a match condition needs exactly one of 'equals' or 'contains'"));
                m.rejectUnknownKeys();
                preset.match.append(condition);
            }
        }
    }
    // The values are parsed by TemplateChecker once the full template (with
    // its base) is known; here only their shape is read.
    map.value(u"values"_s);
    map.rejectUnknownKeys();
    return preset;
}

QList<Value> TemplateParser::parseValues(const FieldSpec &field, const YamlNode *node)
{
    QList<Value> values;
    std::vector<const YamlNode *> items;
    if (node->isSequence()) {
        if (!field.multiple) {
            m_diagnostics.error(at(node), tr("field '%1' takes one value, not a list").arg(field.key));
            return values;
        }
        for (const auto &item : node->items)
            items.push_back(item.get());
    } else {
        items.push_back(node);
    }
    for (const YamlNode *item : items) {
        if (!item->isScalar()) {
            m_diagnostics.error(at(item), tr("a value must be written as text, such as \"0.65 µm\" or \"FBbi:00000251\""));
            continue;
        }
        const auto value = ValueText::parse(field, item->scalar);
        if (!value)
            m_diagnostics.error(at(item), tr("'%1': %2").arg(field.key, value.error()));
        else
            values.append(*value);
    }
    return values;
}

} // namespace metafill
