#include "FieldType.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

constexpr std::array<std::pair<FieldType, const char16_t *>, 13> kTypeNames{{
    {FieldType::Text, u"text"},
    {FieldType::MultilineText, u"multiline"},
    {FieldType::Integer, u"integer"},
    {FieldType::Number, u"number"},
    {FieldType::Quantity, u"quantity"},
    {FieldType::Choice, u"choice"},
    {FieldType::Boolean, u"boolean"},
    {FieldType::Date, u"date"},
    {FieldType::DateTime, u"datetime"},
    {FieldType::Term, u"term"},
    {FieldType::Url, u"url"},
    {FieldType::Email, u"email"},
    {FieldType::Orcid, u"orcid"},
}};

} // namespace

QString FieldTypes::name(FieldType type)
{
    for (const auto &[t, n] : kTypeNames) {
        if (t == type)
            return QString::fromUtf16(n);
    }
    return {};
}

std::optional<FieldType> FieldTypes::fromName(const QString &name)
{
    for (const auto &[t, n] : kTypeNames) {
        if (QStringView(n) == name)
            return t;
    }
    return std::nullopt;
}

QStringList FieldTypes::allNames()
{
    QStringList names;
    for (const auto &entry : kTypeNames)
        names.append(QString::fromUtf16(entry.second));
    return names;
}

QString Requirements::name(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Optional:
        return u"optional"_s;
    case Requirement::Recommended:
        return u"recommended"_s;
    case Requirement::Required:
        return u"required"_s;
    }
    return {};
}

std::optional<Requirement> Requirements::fromName(const QString &name)
{
    if (name == u"optional")
        return Requirement::Optional;
    if (name == u"recommended")
        return Requirement::Recommended;
    if (name == u"required")
        return Requirement::Required;
    return std::nullopt;
}

} // namespace metafill
