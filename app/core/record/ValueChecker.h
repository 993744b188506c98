#pragma once

#include "Value.h"
#include "template/FieldSpec.h"

#include <QCoreApplication>
#include <QStringList>

namespace metafill {

// Checks a value against what its field allows: limits, length, patterns,
// choices, units and ontologies. Returns one translated sentence per problem.
class ValueChecker
{
    Q_DECLARE_TR_FUNCTIONS(ValueChecker)

public:
    static QStringList check(const FieldSpec &field, const Value &value);

    // Patterns are matched against at most this many characters: a template from
    // elsewhere must not be able to stall the program with a costly expression.
    static constexpr int MaxPatternSubject = 4096;
};

} // namespace metafill
