#pragma once

#include "FieldType.h"
#include "LocalizedText.h"
#include "record/Value.h"
#include "util/SourceLocation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace metafill {

struct Choice
{
    QString value; // stable code: stored in records and exported, never translated
    LocalizedText label;
};

struct OntologyRestriction
{
    QStringList ontologies; // OLS ids, lower case ("fbbi", "ncbitaxon")
    QStringList roots;      // CURIEs of branch roots; a term must lie below one of them
    bool allowFreeText = true;
};

// Where a value may come from in an image header. Declared in templates now;
// carried out by the auto-fill engine of the image readers.
struct AutofillRule
{
    enum class Source { XPath, OriginalMetadata };
    enum class Policy { FillEmpty, Suggest, Overwrite, Lock };

    Source source = Source::XPath;
    QString query; // XPath 1.0 over the OME-XML, or a vendor key
    QString unit;  // unit of the raw value when the header does not say
    QList<std::pair<QString, QString>> valueMap; // header value -> field value
    Policy policy = Policy::FillEmpty;
    SourceLocation where;
};

struct FieldSpec
{
    QString key;
    FieldType type = FieldType::Text;
    LocalizedText label;
    LocalizedText help;
    LocalizedText placeholder;
    Requirement requirement = Requirement::Optional;
    QString omeroKey; // exported key; never translated
    bool multiple = false;
    bool hidden = false;
    QList<Value> defaults;

    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    QStringList patterns; // every one must match (a facility adds, never replaces)

    QString unit;       // quantity: the unit offered first
    QStringList units;  // quantity: units allowed
    QList<Choice> choices;
    OntologyRestriction ontology;
    QList<AutofillRule> autofill;
    QStringList renamedFrom; // keys this field had in earlier template versions
    QStringList examples;

    SourceLocation where;
    SourceLocation changedAt;  // the extension change that last narrowed it, if any
    QString definedBy; // id of the template that introduced the field

    // Where a person should look to fix a problem with this field.
    const SourceLocation &origin() const { return changedAt.file.isEmpty() ? where : changedAt; }

    const Choice *choice(const QString &value) const;
};

} // namespace metafill
