#include "KeyValueImporter.h"

#include "OmeroKeys.h"
#include "record/TermIds.h"
#include "record/ValueText.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace metafill {

KeyValueImporter::KeyValueImporter(const Template &t) : m_template(t)
{
    const OmeroOptions &options = t.omero;
    int order = 0;
    for (const SectionSpec &section : t.sections) {
        for (const FieldSpec &field : section.fields) {
            QList<std::pair<QString, Role>> spellings{{field.omeroKey, Role::Label}};
            if (field.type == FieldType::Term) {
                spellings.append({OmeroKeys::accessionKey(options, field.omeroKey), Role::Accession});
                spellings.append({OmeroKeys::sourceKey(options, field.omeroKey), Role::Source});
            }
            for (const auto &[spelling, role] : spellings) {
                const Target target{&section, &field, -1, role};
                if (section.instanceKey.isEmpty()) {
                    if (!m_plainKeys.contains(spelling))
                        m_plainKeys.insert(spelling, {order++, target});
                    continue;
                }
                // Invert the instance pattern: "Channel {index} - {key}" -> ^Channel (\d+) - key$
                QString pattern = QRegularExpression::escape(section.instanceKey);
                pattern.replace(QRegularExpression::escape(u"{index}"_s), u"(\\d{1,5})"_s);
                pattern.replace(QRegularExpression::escape(u"{number}"_s), u"(\\d{1,5})"_s);
                pattern.replace(QRegularExpression::escape(u"{key}"_s), QRegularExpression::escape(spelling));
                m_patternKeys.append(PatternKey{QRegularExpression(u'^' + pattern + u'$'),
                                                section.instanceKey.contains(u"{number}"_s), target, order++});
            }
        }
    }
}

std::optional<KeyValueImporter::Target> KeyValueImporter::find(const QString &key) const
{
    // The first match in template order wins, as a person reading the template would expect.
    const auto plain = m_plainKeys.constFind(key);
    const int plainOrder = plain != m_plainKeys.cend() ? plain->first : std::numeric_limits<int>::max();
    for (const PatternKey &p : m_patternKeys) {
        if (p.order > plainOrder)
            break;
        if (const auto m = p.pattern.match(key); m.hasMatch()) {
            const int instance = m.captured(1).toInt() - (p.oneBased ? 1 : 0);
            if (instance >= 0 && instance < FieldPath::MaxInstances) {
                Target target = p.target;
                target.instance = instance;
                return target;
            }
        }
    }
    if (plain != m_plainKeys.cend())
        return plain->second;
    return std::nullopt;
}

ValueMap KeyValueImporter::values(const QList<OmeroExportReader::Pair> &pairs, const QString &where, Diagnostics &notes) const
{
    ValueMap result;
    QHash<QString, int> occurrences;
    // Terms arrive as up to three keys; they are put together per field instance.
    QMap<FieldPath, QList<Term>> terms;

    for (const OmeroExportReader::Pair &pair : pairs) {
        const auto target = find(pair.key);
        if (!target) {
            notes.warning(SourceLocation{where}, tr("the key '%1' is not part of the template %2; it is left out").arg(pair.key, m_template.id));
            continue;
        }
        const int occurrence = occurrences[pair.key]++;
        const FieldSpec &field = *target->field;
        const bool byOccurrence = target->instance < 0;
        int instance = byOccurrence ? 0 : target->instance;
        int item = 0;
        // Repeated keys are several values of a 'multiple' field, or else the
        // instances of a repeatable section whose keys do not number them.
        // A key that names its instance ("Channel 1 - Name") and repeats for
        // a field of one value is no different from a plain key that repeats:
        // a second value would make a record that cannot be opened again.
        if (field.multiple)
            item = occurrence;
        else if (byOccurrence && target->section->isRepeatable())
            instance = occurrence;
        else if (occurrence > 0) {
            notes.warning(SourceLocation{where}, tr("'%1' appears more than once, but the field takes one value; the first is kept").arg(pair.key));
            continue;
        }
        const FieldPath path{target->section->key, instance, field.key};
        if (field.type == FieldType::Term) {
            QList<Term> &list = terms[path];
            while (list.size() <= item)
                list.append(Term{});
            Term &term = list[item];
            if (target->role == Role::Label)
                term.label = pair.value;
            else if (target->role == Role::Accession) {
                if (TermIds::looksLikeIri(pair.value)) {
                    term.iri = pair.value;
                    term.curie = TermIds::curieFromIri(pair.value);
                } else {
                    term.curie = pair.value;
                    term.iri = TermIds::iriFromCurie(pair.value);
                }
                term.ontology = TermIds::ontologyFromCurie(term.curie);
            }
            continue;
        }
        if (target->role != Role::Label)
            continue;
        auto value = ValueText::parse(field, pair.value);
        if (!value) {
            notes.warning(SourceLocation{where}, tr("'%1' = '%2': %3; left out").arg(pair.key, pair.value.left(80), value.error()));
            continue;
        }
        FieldValue &fv = result[path];
        fv.provenance.kind = Provenance::Kind::Imported;
        fv.values.append(*value);
    }
    for (auto it = terms.cbegin(); it != terms.cend(); ++it) {
        FieldValue &fv = result[it.key()];
        fv.provenance.kind = Provenance::Kind::Imported;
        for (const Term &term : it.value()) {
            if (!term.label.isEmpty() || term.isResolved())
                fv.values.append(term);
        }
        if (fv.values.isEmpty())
            result.remove(it.key());
    }
    return result;
}

Record KeyValueImporter::record(const QList<OmeroExportReader::Object> &objects, const QString &sourceFile, Diagnostics &notes) const
{
    Record record;
    record.templateRef = m_template.ref();
    for (const OmeroExportReader::Object &object : objects) {
        ImageEntry entry;
        entry.name = object.name;
        entry.values = values(object.pairs, sourceFile + u": "_s + object.name, notes);
        for (auto it = entry.values.begin(); it != entry.values.end(); ++it)
            it->provenance.file = sourceFile;
        record.images.append(std::move(entry));
    }
    return record;
}

} // namespace metafill
