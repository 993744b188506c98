#pragma once

#include "TermFile.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace metafill {

// Reads terms from JSON in the shapes ontology services and tools write:
//  * OLS4 (v1 API): a single term object (/api/ontologies/{id}/terms/{iri}),
//    a HAL page of terms ({"_embedded": {"terms": [...]}}), and the answers of
//    /api/search and /api/select ({"response": {"docs": [...]}}). Duplicates of
//    one IRI (an imported term listed once per ontology) keep the defining one.
//  * a list of terms: OLS term objects, or {id, label, synonyms, parents,
//    obsolete, definition} objects as in the FBbi index file.
//  * cellxgene-ontology-guide's ontology assets: {"CL:0000540": {label,
//    description, synonyms, deprecated, replaced_by, ancestors}} (parents are
//    the ancestors at distance 1).
// Syntax errors name the file, line and column; terms that cannot be used are
// left out and listed in TermFile::warnings with their place in the document.
class TermJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(TermJsonReader)

public:
    static Result<TermFile> parse(QByteArrayView bytes, const QString &path, const TermReadLimits &limits = {});
};

} // namespace metafill
