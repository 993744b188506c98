#pragma once

#include "LocalizedText.h"
#include "record/FieldPath.h"
#include "record/Value.h"
#include "util/SourceLocation.h"

#include <QList>

namespace metafill {

// A named set of values a facility prepares once (an instrument, a standard
// protocol) and users apply with one click, or that is applied automatically
// when an image header matches.
struct PresetSpec
{
    struct Match
    {
        enum class Source { XPath, OriginalMetadata };
        Source source = Source::XPath;
        QString query;
        QString equals;   // exact match, or
        QString contains; // substring, case-insensitive
    };
    struct Assignment
    {
        FieldPath path;
        QList<Value> values;
        SourceLocation where;
    };

    QString key;
    LocalizedText label;
    LocalizedText help;
    QList<Match> match; // all must hold for the preset to apply itself
    QList<Assignment> values;
    SourceLocation where;
};

} // namespace metafill
