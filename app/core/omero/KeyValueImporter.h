#pragma once

#include "OmeroExportReader.h"
#include "record/Record.h"
#include "util/Diagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace metafill {

// Maps OMERO key-value pairs back onto a template's fields: the inverse of
// KeyValueBuilder, including repeated keys, instance key patterns and the
// label / accession / source keys of ontology terms.
class KeyValueImporter
{
    Q_DECLARE_TR_FUNCTIONS(KeyValueImporter)

public:
    explicit KeyValueImporter(const Template &t);

    // Values for one object; keys the template does not know are reported in
    // `notes` (located at `where`) and skipped.
    ValueMap values(const QList<OmeroExportReader::Pair> &pairs, const QString &where, Diagnostics &notes) const;

    // A record with one image entry per exported object.
    Record record(const QList<OmeroExportReader::Object> &objects, const QString &sourceFile, Diagnostics &notes) const;

private:
    enum class Role { Label, Accession, Source };
    struct Target
    {
        const SectionSpec *section = nullptr;
        const FieldSpec *field = nullptr;
        int instance = -1; // -1: counted by occurrence of the key
        Role role = Role::Label;
    };
    std::optional<Target> find(const QString &key) const;

    // A key of a repeating section with an instance pattern, as a regular expression.
    struct PatternKey
    {
        QRegularExpression pattern; // "Channel {index} - {key}" -> ^Channel (\d{1,5}) - key$
        bool oneBased = false;
        Target target;
        int order = 0;
    };

    const Template &m_template;
    // Built once: looking up a key is per cell of a table with thousands of rows.
    QHash<QString, std::pair<int, Target>> m_plainKeys; // key -> (template order, target)
    QList<PatternKey> m_patternKeys;                     // in template order
};

} // namespace metafill
