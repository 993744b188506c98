#pragma once

#include "Record.h"

#include <QCoreApplication>

namespace metafill {

struct ValidationReport
{
    struct Problem
    {
        QString path;
        bool isError = true; // false: a recommendation
        QString message;
        bool isEmpty = false; // the field has no value (as opposed to a wrong one)
    };

    QList<Problem> problems;
    int requiredTotal = 0;
    int requiredFilled = 0;
    int recommendedTotal = 0;
    int recommendedFilled = 0;

    bool isValid() const;
    // Filled required and recommended fields, as a share of all of them (0–100).
    int completenessPercent() const;
};

// Checks the values of a record against its template: required fields present,
// every value within its field's rules, and how complete the record is.
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidator)

public:
    static ValidationReport validate(const Template &t, const ValueMap &values);

    // The value a field has: the record's own, or else the template default.
    static QList<Value> effective(const FieldSpec &field, const ValueMap &values, const FieldPath &path);
    // How many instances of a section the form shows for these values.
    static int instancesShown(const SectionSpec &section, const ValueMap &values);
};

} // namespace metafill
