#include "KeyValueBuilder.h"

#include "OmeroKeys.h"
#include "record/RecordValidator.h"
#include "record/TermIds.h"
#include "record/ValueText.h"

namespace metafill {
namespace {

void appendTerm(QList<KeyValue> &pairs, const OmeroOptions &options, const QString &key, const Term *term)
{
    QString label, accession, source;
    if (term) {
        accession = !term->iri.isEmpty() ? term->iri : term->curie;
        source = TermIds::prefixOf(term->curie);
        if (source.isEmpty())
            source = term->ontology;
        label = term->label.isEmpty() ? term->curie : term->label;
    }
    pairs.append({key, label});
    pairs.append({OmeroKeys::accessionKey(options, key), accession});
    pairs.append({OmeroKeys::sourceKey(options, key), source});
}

} // namespace

QList<KeyValue> KeyValueBuilder::build(const Template &t, const ValueMap &values)
{
    QList<KeyValue> pairs;
    for (const SectionSpec &section : t.sections) {
        if (section.hidden)
            continue;
        const int instances = RecordValidator::instancesShown(section, values);
        for (int i = 0; i < instances; ++i) {
            for (const FieldSpec &field : section.fields) {
                const FieldPath path{section.key, i, field.key};
                const QList<Value> items = RecordValidator::effective(field, values, path);
                // A hidden field is exported only when it carries a value,
                // typically a constant the facility set as its default.
                if (field.hidden && items.isEmpty())
                    continue;
                const QString key = OmeroKeys::keyFor(section, field, i);
                if (field.type == FieldType::Term) {
                    if (items.isEmpty())
                        appendTerm(pairs, t.omero, key, nullptr);
                    for (const Value &v : items)
                        appendTerm(pairs, t.omero, key, std::get_if<Term>(&v));
                    continue;
                }
                if (items.isEmpty())
                    pairs.append({key, QString()});
                for (const Value &v : items)
                    pairs.append({key, ValueText::format(v)});
            }
        }
    }
    return pairs;
}

} // namespace metafill
