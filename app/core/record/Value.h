#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <variant>

namespace metafill {

struct Quantity
{
    double value = 0;
    QString unit; // canonical symbol, see Units
    friend bool operator==(const Quantity &, const Quantity &) = default;
};

// An ontology term. Free text typed where no term could be looked up is kept
// as a label without CURIE or IRI and counts as unresolved.
struct Term
{
    QString label;
    QString curie;    // e.g. FBbi:00000251
    QString iri;      // e.g. http://purl.obolibrary.org/obo/FBbi_00000251
    QString ontology; // OLS ontology id, e.g. fbbi
    bool isResolved() const { return !curie.isEmpty() || !iri.isEmpty(); }
    friend bool operator==(const Term &, const Term &) = default;
};

// One value of a field. Text, choice codes, URLs, e-mail addresses and ORCID iDs
// are strings; the field's type says how to read and check them.
using Value = std::variant<QString, qint64, double, bool, QDate, QDateTime, Quantity, Term>;

} // namespace metafill
