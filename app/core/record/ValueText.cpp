#include "ValueText.h"

#include "TermIds.h"
#include "template/Units.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

const QRegularExpression &numberPattern()
{
    static const QRegularExpression p(u"^([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d{1,3})?)\\s*(.*)$"_s);
    return p;
}

bool hasDecimalComma(const QString &text)
{
    static const QRegularExpression p(u"^[-+]?\\d+,\\d+"_s);
    return p.match(text).hasMatch();
}

bool orcidChecksumOk(const QString &digits)
{
    // ISO 7064 MOD 11-2 over the first 15 digits.
    int total = 0;
    for (int i = 0; i < 15; ++i)
        total = (total + digits.at(i).digitValue()) * 2;
    const int remainder = total % 11;
    const int result = (12 - remainder) % 11;
    const QChar expected = result == 10 ? u'X' : QChar(u'0' + result);
    return digits.at(15).toUpper() == expected;
}

} // namespace

QString ValueText::formatNumber(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

std::optional<ValueText::SpelledQuantity> ValueText::splitQuantity(const QString &rawText)
{
    const QString text = rawText.trimmed();
    if (hasDecimalComma(text))
        return std::nullopt;
    const auto m = numberPattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double v = m.captured(1).toDouble();
    if (!std::isfinite(v))
        return std::nullopt;
    return SpelledQuantity{v, m.captured(2).trimmed()};
}

Result<Value> ValueText::parse(const FieldSpec &field, const QString &rawText)
{
    const QString text = rawText.trimmed();
    using R = Result<Value>;
    if (text.isEmpty())
        return R::failure(tr("the value is empty"));

    switch (field.type) {
    case FieldType::Text:
        if (text.contains(u'\n') || text.contains(u'\r'))
            return R::failure(tr("this field takes a single line; use a multi-line field for longer text"));
        return Value(text);
    case FieldType::MultilineText: {
        // One kind of line break: Python reads CSV files with universal
        // newlines, which would turn a CR or CR LF inside a value into LF anyway.
        QString normalized = text;
        normalized.replace(u"\r\n"_s, u"\n"_s);
        normalized.replace(u'\r', u'\n');
        return Value(normalized);
    }
    case FieldType::Integer: {
        static const QRegularExpression p(u"^[-+]?\\d{1,18}$"_s);
        if (!p.match(text).hasMatch())
            return R::failure(tr("'%1' is not a whole number").arg(text));
        return Value(text.toLongLong());
    }
    case FieldType::Number: {
        const auto m = numberPattern().match(text);
        if (!m.hasMatch() || !m.captured(2).isEmpty()) {
            if (hasDecimalComma(text))
                return R::failure(tr("'%1' uses a decimal comma; write numbers with a point, e.g. %2")
                                      .arg(text, QString(text).replace(u',', u'.')));
            return R::failure(tr("'%1' is not a number").arg(text));
        }
        const double v = m.captured(1).toDouble();
        if (!std::isfinite(v))
            return R::failure(tr("'%1' is too large").arg(text));
        return Value(v);
    }
    case FieldType::Quantity: {
        const std::optional<SpelledQuantity> q = splitQuantity(text);
        if (!q) {
            if (hasDecimalComma(text))
                return R::failure(tr("'%1' uses a decimal comma; write numbers with a point").arg(text));
            if (numberPattern().match(text).hasMatch())
                return R::failure(tr("'%1' is too large").arg(text));
            return R::failure(tr("'%1' is not a number with a unit, such as '0.65 µm'").arg(text));
        }
        const double v = q->number;
        const QString &spelled = q->unit;
        QString unit = spelled.isEmpty() ? field.unit : Units::canonical(spelled);
        if (unit.isEmpty()) {
            if (spelled.isEmpty())
                return R::failure(tr("'%1' has no unit; add one of: %2").arg(text, field.units.join(u", "_s)));
            return R::failure(tr("'%1' is not a known unit").arg(spelled));
        }
        if (!field.units.isEmpty() && !field.units.contains(unit))
            return R::failure(tr("the unit '%1' is not allowed here; use one of: %2").arg(unit, field.units.join(u", "_s)));
        return Value(Quantity{v, unit});
    }
    case FieldType::Choice: {
        if (field.choice(text))
            return Value(text);
        for (const Choice &c : field.choices) {
            if (c.value.compare(text, Qt::CaseInsensitive) == 0)
                return Value(c.value);
            for (const QString &label : c.label.all()) {
                if (label.compare(text, Qt::CaseInsensitive) == 0)
                    return Value(c.value);
            }
        }
        QStringList codes;
        for (const Choice &c : field.choices)
            codes.append(c.value);
        return R::failure(tr("'%1' is not one of the choices: %2").arg(text, codes.join(u", "_s)));
    }
    case FieldType::Boolean: {
        const QString t = text.toLower();
        if (t == u"yes" || t == u"true" || t == u"y" || t == u"1" || t == u"ja")
            return Value(true);
        if (t == u"no" || t == u"false" || t == u"n" || t == u"0" || t == u"nein")
            return Value(false);
        return R::failure(tr("'%1' is not yes or no").arg(text));
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10)
            return R::failure(tr("'%1' is not a date in the form YYYY-MM-DD").arg(text));
        return Value(d);
    }
    case FieldType::DateTime: {
        QString t = text;
        if (t.size() > 10 && t.at(10) == u' ')
            t[10] = u'T';
        const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!dt.isValid() || t.size() < 16)
            return R::failure(tr("'%1' is not a date and time in the form YYYY-MM-DDTHH:MM[:SS][±HH:MM]").arg(text));
        return Value(dt);
    }
    case FieldType::Term: {
        Term term;
        QString id = text;
        // "label (CURIE)" or "label (IRI)"
        static const QRegularExpression labelled(u"^(.*\\S)\\s*\\(([^()\\s]+)\\)$"_s);
        if (const auto m = labelled.match(text); m.hasMatch()
            && (TermIds::looksLikeCurie(m.captured(2)) || TermIds::looksLikeIri(m.captured(2)))) {
            term.label = m.captured(1).trimmed();
            id = m.captured(2);
        }
        if (TermIds::looksLikeIri(id)) {
            term.iri = id;
            term.curie = TermIds::curieFromIri(id);
        } else if (TermIds::looksLikeCurie(id)) {
            term.curie = id;
            term.iri = TermIds::iriFromCurie(id);
        } else {
            if (!field.ontology.allowFreeText)
                return R::failure(tr("'%1' is not an ontology term; give its CURIE (such as FBbi:00000251) or IRI").arg(text));
            term.label = text;
            return Value(term);
        }
        term.ontology = TermIds::ontologyFromCurie(term.curie);
        return Value(term);
    }
    case FieldType::Url: {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || !(url.scheme() == u"https" || url.scheme() == u"http" || url.scheme() == u"ftp"))
            return R::failure(tr("'%1' is not a web address starting with https://").arg(text));
        return Value(text);
    }
    case FieldType::Email: {
        static const QRegularExpression p(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
        if (!p.match(text).hasMatch())
            return R::failure(tr("'%1' is not an e-mail address").arg(text));
        return Value(text);
    }
    case FieldType::Orcid: {
        static const QRegularExpression p(u"^(?:https?://orcid\\.org/)?(\\d{4})-(\\d{4})-(\\d{4})-(\\d{3}[\\dXx])$"_s);
        const auto m = p.match(text);
        if (!m.hasMatch())
            return R::failure(tr("'%1' is not an ORCID iD such as 0000-0002-1825-0097").arg(text));
        const QString digits = m.captured(1) + m.captured(2) + m.captured(3) + m.captured(4);
        if (!orcidChecksumOk(digits))
            return R::failure(tr("'%1' is not a valid ORCID iD (its check digit is wrong; look for a typing error)").arg(text));
        return Value(u"https://orcid.org/%1-%2-%3-%4"_s.arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4).toUpper()));
    }
    }
    return R::failure(tr("unsupported field type"));
}

QString ValueText::format(const Value &value)
{
    struct Formatter
    {
        QString operator()(const QString &s) const { return s; }
        QString operator()(qint64 i) const { return QString::number(i); }
        QString operator()(double d) const { return formatNumber(d); }
        QString operator()(bool b) const { return b ? u"yes"_s : u"no"_s; }
        QString operator()(const QDate &d) const { return d.toString(Qt::ISODate); }
        QString operator()(const QDateTime &dt) const { return dt.toString(Qt::ISODate); }
        QString operator()(const Quantity &q) const { return formatNumber(q.value) + u' ' + q.unit; }
        QString operator()(const Term &t) const
        {
            const QString id = !t.curie.isEmpty() ? t.curie : t.iri;
            if (id.isEmpty())
                return t.label;
            if (t.label.isEmpty())
                return id;
            return t.label + u" ("_s + id + u')';
        }
    };
    return std::visit(Formatter{}, value);
}

} // namespace metafill
