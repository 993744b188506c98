#include "AutofillEngine.h"

#include "XPathCost.h"
#include "model/HeaderValues.h"
#include "ome/OmeXmlWriter.h"
#include "record/ValueChecker.h"
#include "record/ValueText.h"
#include "template/Units.h"

#include <QHash>

#include <pugixml.hpp>

#include <cmath>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// A compiled XPath query, or nothing when the rule reads vendor keys.
using Query = std::unique_ptr<pugi::xpath_query>;

struct CompiledRule
{
    const AutofillRule *rule = nullptr;
    Query query;
};

struct CompiledField
{
    const FieldSpec *field = nullptr;
    std::vector<CompiledRule> rules;
};

struct CompiledSection
{
    const SectionSpec *section = nullptr;
    std::vector<CompiledField> fields;
};

struct CompiledMatch
{
    const PresetSpec::Match *match = nullptr;
    Query query;
};

struct CompiledPreset
{
    const PresetSpec *preset = nullptr;
    std::vector<CompiledMatch> matches;
};

QString lookupOriginal(const FileMetadata &file, const ImageInfo &image, const QString &key)
{
    for (const auto &[k, v] : image.originalMetadata) {
        if (k == key)
            return v;
    }
    for (const auto &[k, v] : file.originalMetadata) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace

struct AutofillEngine::Compiled
{
    pugi::xpath_variable_set variables;
    std::vector<CompiledSection> sections;
    std::vector<CompiledPreset> presets;
    Diagnostics problems;

    Query compile(const QString &expression, const SourceLocation &where)
    {
        if (const int nested = XPathCost::nestedSearches(expression); nested > XPathCost::MaxNestedSearches) {
            problems.error(where, AutofillEngine::tr("the XPath '%1' nests %2 searches of the whole document, each inside a condition of the one "
                                                     "before (//…[…//…[…//…]]); each multiplies the work by the size of the header, "
                                                     "so such a query can run for hours. Nest at most %3.")
                                      .arg(expression)
                                      .arg(nested)
                                      .arg(XPathCost::MaxNestedSearches));
            return nullptr;
        }
        const std::string text = expression.toStdString();
        try {
            auto query = std::make_unique<pugi::xpath_query>(text.c_str(), &variables);
            return query;
        } catch (const pugi::xpath_exception &e) {
            problems.error(where, AutofillEngine::tr("the XPath '%1' is not valid XPath 1.0: %2 (at character %3)")
                                      .arg(expression, QString::fromUtf8(e.result().description()))
                                      .arg(e.result().offset + 1));
        }
        return nullptr;
    }
};

AutofillEngine::AutofillEngine(const Template &t) : m_compiled(std::make_unique<Compiled>())
{
    Compiled &c = *m_compiled;
    // The channel's index (from 0) while a per-channel section is filled, so a
    // rule can reach the channel's planes: ../Plane[@TheC = $channel]/@ExposureTime
    c.variables.set("channel", 0.0);
    for (const SectionSpec &section : t.sections) {
        CompiledSection cs{&section, {}};
        for (const FieldSpec &field : section.fields) {
            if (field.autofill.isEmpty() || field.hidden)
                continue;
            CompiledField cf{&field, {}};
            for (const AutofillRule &rule : field.autofill) {
                CompiledRule cr{&rule, nullptr};
                if (rule.source == AutofillRule::Source::XPath) {
                    cr.query = c.compile(rule.query, rule.where);
                    if (!cr.query)
                        continue;
                }
                cf.rules.push_back(std::move(cr));
            }
            cs.fields.push_back(std::move(cf));
        }
        if (!cs.fields.empty())
            c.sections.push_back(std::move(cs));
    }
    for (const PresetSpec &preset : t.presets) {
        if (preset.match.isEmpty())
            continue;
        CompiledPreset cp{&preset, {}};
        bool usable = true;
        for (const PresetSpec::Match &match : preset.match) {
            CompiledMatch cm{&match, nullptr};
            if (match.source == PresetSpec::Match::Source::XPath) {
                cm.query = c.compile(match.query, preset.where);
                usable = usable && cm.query;
            }
            cp.matches.push_back(std::move(cm));
        }
        if (usable)
            c.presets.push_back(std::move(cp));
    }
}

AutofillEngine::~AutofillEngine() = default;

const Diagnostics &AutofillEngine::problems() const
{
    return m_compiled->problems;
}

namespace {

// Turns a header's text into a value the field accepts, converting units.
Result<Value> toFieldValue(const FieldSpec &field, const AutofillRule &rule, const QString &raw)
{
    if (field.type != FieldType::Quantity)
        return ValueText::parse(field, raw);

    const std::optional<ValueText::SpelledQuantity> q = ValueText::splitQuantity(raw);
    if (!q)
        return ValueText::parse(field, raw); // gives the usual message
    double number = q->number;
    // A bare number is in the unit the rule says the header uses, else the field's.
    const QString unit = !q->unit.isEmpty() ? q->unit : !rule.unit.isEmpty() ? rule.unit : field.unit;
    const QString canonical = Units::canonical(unit);
    if (canonical.isEmpty())
        return ValueText::parse(field, raw);
    QString target = canonical;
    if (!field.unit.isEmpty() && canonical != field.unit && (field.units.isEmpty() || !field.units.contains(canonical))) {
        const auto converted = Units::convert(number, canonical, field.unit);
        if (!converted)
            return ValueText::parse(field, raw);
        // 12 significant digits: 40 ms, not 40.000000000000007.
        number = HeaderValues::withoutBinaryNoise(*converted, 12);
        target = field.unit;
    }
    return Value(Quantity{number, target});
}

QString applyMap(const AutofillRule &rule, const QString &raw)
{
    if (rule.valueMap.isEmpty())
        return raw;
    for (const auto &[from, to] : rule.valueMap) {
        if (from == raw)
            return to;
    }
    for (const auto &[from, to] : rule.valueMap) {
        if (from.compare(raw, Qt::CaseInsensitive) == 0)
            return to;
    }
    return raw;
}

} // namespace

AutofillResult AutofillEngine::fill(const FileMetadata &file, int imageIndex, ValueMap &values) const
{
    AutofillResult result;
    if (imageIndex < 0 || imageIndex >= file.images.size())
        return result;
    const ImageInfo &image = file.images.at(imageIndex);
    Compiled &c = *m_compiled;

    pugi::xml_document document;
    OmeXmlWriter::build(document, file, imageIndex);
    const pugi::xpath_node_set channelNodes = document.select_nodes("/OME/Image/Pixels/Channel");

    const auto evaluate = [&](const CompiledRule &cr, const pugi::xml_node &context, int channel) -> QString {
        if (cr.query) {
            c.variables.set("channel", double(channel));
            try {
                return QString::fromStdString(cr.query->evaluate_string(pugi::xpath_node(context))).trimmed();
            } catch (const std::exception &) {
                return {}; // allocation failure inside pugixml: treat as unknown
            }
        }
        QString key = cr.rule->query;
        key.replace(u"{channel}"_s, QString::number(channel));
        key.replace(u"{channel1}"_s, QString::number(channel + 1));
        return lookupOriginal(file, image, key).trimmed();
    };

    const auto fillField = [&](const SectionSpec &section, const CompiledField &cf, int instance, const pugi::xml_node &context,
                               int channel) {
        const FieldPath path{section.key, instance, cf.field->key};
        for (const CompiledRule &cr : cf.rules) {
            const AutofillRule &rule = *cr.rule;
            // A template default is a fallback; what the file says is better.
            const auto existing = values.constFind(path);
            const bool present = existing != values.cend() && !existing->isEmpty()
                && existing->provenance.kind != Provenance::Kind::Default;
            if (present && (rule.policy == AutofillRule::Policy::FillEmpty || rule.policy == AutofillRule::Policy::Suggest))
                return;
            const QString raw = evaluate(cr, context, channel);
            if (raw.isEmpty() || raw == u"NaN"_s)
                continue; // the file does not say; the next rule may know
            const QString mapped = applyMap(rule, raw);
            Result<Value> value = toFieldValue(*cf.field, rule, mapped);
            QStringList problems = value ? ValueChecker::check(*cf.field, *value) : QStringList{value.error()};
            if (!problems.isEmpty()) {
                result.notes.append(tr("%1: the header says '%2', which the field cannot take: %3")
                                        .arg(path.toString(section.isRepeatable()), mapped, problems.join(u"; "_s)));
                continue;
            }
            Provenance provenance;
            provenance.kind = Provenance::Kind::Header;
            provenance.file = file.path;
            provenance.image = imageIndex;
            provenance.query = rule.query;
            provenance.locked = rule.policy == AutofillRule::Policy::Lock;
            if (rule.policy == AutofillRule::Policy::Suggest) {
                result.suggestions.append(Suggestion{path, *value, provenance});
                return;
            }
            values.insert(path, FieldValue{{*value}, provenance});
            ++result.filled;
            return;
        }
    };

    const pugi::xml_node root = document.document_element();
    for (const CompiledSection &cs : c.sections) {
        const SectionSpec &section = *cs.section;
        if (section.perChannel) {
            const int channels = int(std::min<qsizetype>(std::min<qsizetype>(image.channels.size(), channelNodes.size()), MaxChannels));
            for (int ch = 0; ch < channels; ++ch) {
                for (const CompiledField &cf : cs.fields)
                    fillField(section, cf, ch, channelNodes[size_t(ch)].node(), ch);
            }
            continue;
        }
        for (const CompiledField &cf : cs.fields)
            fillField(section, cf, 0, root, 0);
    }

    // Presets that recognize the instrument fill what is still empty.
    for (const CompiledPreset &cp : c.presets) {
        bool holds = true;
        for (const CompiledMatch &cm : cp.matches) {
            QString actual;
            if (cm.query) {
                try {
                    actual = QString::fromStdString(cm.query->evaluate_string(pugi::xpath_node(root))).trimmed();
                } catch (const std::exception &) {
                    actual.clear();
                }
            } else {
                actual = lookupOriginal(file, image, cm.match->query).trimmed();
            }
            const PresetSpec::Match &m = *cm.match;
            const bool ok = !actual.isEmpty()
                && (m.equals.isEmpty() || actual == m.equals)
                && (m.contains.isEmpty() || actual.contains(m.contains, Qt::CaseInsensitive));
            holds = holds && ok;
        }
        if (!holds)
            continue;
        result.presetsApplied.append(cp.preset->key);
        for (const PresetSpec::Assignment &assignment : cp.preset->values) {
            if (values.contains(assignment.path) && !values.value(assignment.path).isEmpty())
                continue;
            Provenance provenance;
            provenance.kind = Provenance::Kind::Preset;
            provenance.preset = cp.preset->key;
            values.insert(assignment.path, FieldValue{assignment.values, provenance});
            ++result.filled;
        }
    }
    return result;
}

} // namespace metafill
