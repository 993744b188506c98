#include "ValueJson.h"

#include "TermIds.h"
#include "ValueText.h"
#include "template/Units.h"
#include "util/Utf8.h"

#include <cmath>

using namespace Qt::StringLiterals;
using json = nlohmann::ordered_json;

namespace metafill {
namespace {

QString str(const json &j)
{
    return textFromUtf8(j.get<std::string>());
}

QString member(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? str(*it) : QString();
}

} // namespace

json ValueJson::toJson(const Value &value)
{
    struct Encoder
    {
        json operator()(const QString &s) const { return s.toStdString(); }
        json operator()(qint64 i) const { return i; }
        json operator()(double d) const { return d; }
        json operator()(bool b) const { return b; }
        json operator()(const QDate &d) const { return d.toString(Qt::ISODate).toStdString(); }
        json operator()(const QDateTime &dt) const { return dt.toString(Qt::ISODateWithMs).toStdString(); }
        json operator()(const Quantity &q) const { return json{{"value", q.value}, {"unit", q.unit.toStdString()}}; }
        json operator()(const Term &t) const
        {
            json j = json::object();
            j["label"] = t.label.toStdString();
            if (!t.curie.isEmpty())
                j["curie"] = t.curie.toStdString();
            if (!t.iri.isEmpty())
                j["iri"] = t.iri.toStdString();
            if (!t.ontology.isEmpty())
                j["ontology"] = t.ontology.toStdString();
            return j;
        }
    };
    return std::visit(Encoder{}, value);
}

Result<Value> ValueJson::fromJson(const FieldSpec &field, const json &j)
{
    using R = Result<Value>;
    // Values stored as text go through the same rules as typed text; that also
    // carries values across a change of field type between template versions.
    if (j.is_string())
        return ValueText::parse(field, str(j));

    switch (field.type) {
    case FieldType::Integer:
        if (j.is_number_integer())
            return Value(qint64(j.get<std::int64_t>()));
        if (j.is_number_unsigned() && j.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<qint64>::max()))
            return Value(qint64(j.get<std::uint64_t>()));
        break;
    case FieldType::Number:
        if (j.is_number())
            return Value(j.get<double>());
        break;
    case FieldType::Boolean:
        if (j.is_boolean())
            return Value(j.get<bool>());
        break;
    case FieldType::Quantity:
        if (j.is_object() && j.contains("value") && j["value"].is_number()) {
            const double v = j["value"].get<double>();
            const QString unit = Units::canonical(member(j, "unit"));
            if (unit.isEmpty() || !std::isfinite(v))
                return R::failure(tr("the quantity has no known unit"));
            if (!field.units.isEmpty() && !field.units.contains(unit)) {
                // Convert rather than lose a value whose unit a newer template no longer lists.
                if (const auto converted = Units::convert(v, unit, field.unit))
                    return Value(Quantity{*converted, field.unit});
                return R::failure(tr("the unit '%1' is not allowed here").arg(unit));
            }
            return Value(Quantity{v, unit});
        }
        if (j.is_number() && !field.unit.isEmpty())
            return Value(Quantity{j.get<double>(), field.unit});
        break;
    case FieldType::Term:
        if (j.is_object()) {
            Term t;
            t.label = member(j, "label");
            t.curie = member(j, "curie");
            t.iri = member(j, "iri");
            t.ontology = member(j, "ontology");
            if (t.curie.isEmpty() && !t.iri.isEmpty())
                t.curie = TermIds::curieFromIri(t.iri);
            if (t.iri.isEmpty() && !t.curie.isEmpty())
                t.iri = TermIds::iriFromCurie(t.curie);
            if (t.ontology.isEmpty())
                t.ontology = TermIds::ontologyFromCurie(t.curie);
            if (t.label.isEmpty() && !t.isResolved())
                return R::failure(tr("the term has neither a label nor an identifier"));
            return Value(t);
        }
        break;
    default:
        if (j.is_number() || j.is_boolean())
            return ValueText::parse(field, QString::fromStdString(j.dump()));
        break;
    }
    return R::failure(tr("a %1 value cannot be read from %2").arg(FieldTypes::name(field.type), QString::fromStdString(j.dump()).left(80)));
}

} // namespace metafill
