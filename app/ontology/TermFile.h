#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace metafill {

// One term as a source file describes it, before it goes into the index.
struct TermEntry
{
    // OBO synonym scopes. Scope::Unspecified: the source does not say (plain
    // OLS "synonyms" lists, the FBbi index file); ranked like a non-exact one.
    enum class Scope { Exact, Related, Narrow, Broad, Unspecified };
    struct Synonym
    {
        QString text;
        Scope scope = Scope::Unspecified;
    };
    // The two relations that place a term below a branch root, as OLS's
    // "hierarchical" ancestry does.
    enum class Relation { IsA, PartOf };
    struct Parent
    {
        QString iri;
        Relation relation = Relation::IsA;
    };

    QString iri;      // always set
    QString curie;    // empty when the IRI follows no known scheme
    QString ontology; // lower-case OLS id
    QString label;    // always set
    QList<Synonym> synonyms;
    QString definition;
    bool obsolete = false;
    QString replacedBy; // CURIE or IRI
    QList<Parent> parents;
    QStringList altIds; // CURIEs of merged or secondary ids ("NCBITaxon:85055")
};

// What a term file holds: its terms and what its header says about itself.
// Empty strings: the file does not say.
struct TermFile
{
    QString path;
    QString format;   // "obo" or "json"
    QString ontology; // OBO "ontology:" header, or the one ontology all JSON terms belong to
    QString title;
    QString version; // OBO data-version / owl:versionInfo
    QString licence;
    QList<TermEntry> terms;
    // Things left out or cut, for the person importing: "file:line: …".
    QStringList warnings;
};

// Bounds on what a reader accepts. The defaults take the largest sources the
// index is built from (NCBITaxon taxslim: 3.9 MB, 15,000 terms, 53 synonyms on
// one term) with a wide margin, and refuse what no ontology file looks like.
struct TermReadLimits
{
    qint64 maxFileBytes = 256 * 1024 * 1024;
    qsizetype maxLineBytes = 64 * 1024;
    qsizetype maxTerms = 1'000'000;
    qsizetype maxSynonymsPerTerm = 200;        // more are left out, with a warning
    qsizetype maxParentsPerTerm = 200;         // more are left out, with a warning
    qsizetype maxAltIdsPerTerm = 2000;         // more are left out, with a warning (taxslim: 209 on one taxon)
    qsizetype maxLabelLength = 1024;           // a longer name: the term is left out, with a warning
    qsizetype maxDefinitionLength = 16 * 1024; // longer: cut, with a warning
    int maxJsonDepth = 32;
    qint64 maxJsonValues = 8'000'000;
    int maxWarnings = 50; // after that, one line says how many more there were

    // What a facility's term pack may be: smaller than a bundled source.
    static TermReadLimits forPacks()
    {
        TermReadLimits limits;
        limits.maxFileBytes = 64 * 1024 * 1024;
        limits.maxTerms = 200'000;
        return limits;
    }
};

} // namespace metafill
