#include "ValueChecker.h"

#include "ValueText.h"
#include "template/Units.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

std::optional<double> numericValue(const FieldSpec &field, const Value &value)
{
    if (const auto *i = std::get_if<qint64>(&value))
        return double(*i);
    if (const auto *d = std::get_if<double>(&value))
        return *d;
    if (const auto *q = std::get_if<Quantity>(&value)) {
        if (field.unit.isEmpty() || q->unit == field.unit)
            return q->value;
        return Units::convert(q->value, q->unit, field.unit);
    }
    return std::nullopt;
}

} // namespace

QStringList ValueChecker::check(const FieldSpec &field, const Value &value)
{
    QStringList problems;

    if (const auto number = numericValue(field, value)) {
        const QString unit = field.type == FieldType::Quantity ? u" "_s + field.unit : QString();
        if (field.minimum && *number < *field.minimum)
            problems.append(tr("%1 is below the minimum of %2%3").arg(ValueText::format(value), ValueText::formatNumber(*field.minimum), unit));
        if (field.maximum && *number > *field.maximum)
            problems.append(tr("%1 is above the maximum of %2%3").arg(ValueText::format(value), ValueText::formatNumber(*field.maximum), unit));
    }
    if (const auto *q = std::get_if<Quantity>(&value)) {
        if (!field.units.isEmpty() && !field.units.contains(q->unit))
            problems.append(tr("the unit '%1' is not allowed here; use one of: %2").arg(q->unit, field.units.join(u", "_s)));
    }
    if (const auto *text = std::get_if<QString>(&value)) {
        const qsizetype length = text->size();
        if (field.minLength && length < *field.minLength)
            problems.append(tr("the text is shorter than %n characters", nullptr, *field.minLength));
        if (field.maxLength && length > *field.maxLength)
            problems.append(tr("the text is longer than %n characters", nullptr, *field.maxLength));
        if (field.type == FieldType::Choice && !field.choice(*text))
            problems.append(tr("'%1' is not one of the choices").arg(*text));
        for (const QString &pattern : field.patterns) {
            const QRegularExpression re(u"\\A(?:"_s + pattern + u")\\z"_s);
            if (!re.isValid())
                continue; // the template checker reports broken patterns
            if (length > MaxPatternSubject || !re.match(*text).hasMatch())
                problems.append(tr("'%1' does not have the required form (%2)").arg(text->left(80), pattern));
        }
    }
    if (const auto *term = std::get_if<Term>(&value)) {
        if (!term->isResolved() && !field.ontology.allowFreeText)
            problems.append(tr("'%1' is free text, but this field needs an ontology term").arg(term->label));
        if (term->isResolved() && !field.ontology.ontologies.isEmpty() && !term->ontology.isEmpty()
            && !field.ontology.ontologies.contains(term->ontology))
            problems.append(tr("the term %1 comes from the ontology '%2'; this field takes terms from: %3")
                                .arg(ValueText::format(value), term->ontology, field.ontology.ontologies.join(u", "_s)));
    }
    return problems;
}

} // namespace metafill
