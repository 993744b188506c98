#pragma once

#include "TermFile.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace metafill {

// Reads the terms of an OBO flat file (format 1.2 or 1.4): id, name, def,
// synonyms with their scope (also the OBO 1.0 exact_synonym … tags), is_a,
// relationship part_of, is_obsolete, replaced_by, alt_id. [Typedef],
// [Instance] and unknown stanzas and tags are skipped. Stanzas that repeat an
// id are merged, as the format allows.
//
// Errors name the file and line and say what to do; problems with single
// terms (no name, too many synonyms …) leave the term or the extra values out
// and are listed in TermFile::warnings.
class OboReader
{
    Q_DECLARE_TR_FUNCTIONS(OboReader)

public:
    // `path` names the bytes in messages.
    static Result<TermFile> parse(QByteArrayView bytes, const QString &path, const TermReadLimits &limits = {});
};

} // namespace metafill
