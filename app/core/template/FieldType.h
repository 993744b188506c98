#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace metafill {

enum class FieldType {
    Text,
    MultilineText,
    Integer,
    Number,
    Quantity,
    Choice,
    Boolean,
    Date,
    DateTime,
    Term,
    Url,
    Email,
    Orcid,
};

// How strongly a template asks for a value. Ordered: a facility may only move
// a field up this scale, never down.
enum class Requirement { Optional = 0, Recommended = 1, Required = 2 };

namespace FieldTypes {
// The spelling used in template files ("text", "quantity", …).
QString name(FieldType type);
std::optional<FieldType> fromName(const QString &name);
QStringList allNames();
} // namespace FieldTypes

namespace Requirements {
QString name(Requirement requirement);
std::optional<Requirement> fromName(const QString &name);
} // namespace Requirements

} // namespace metafill
