#pragma once

#include "record/Record.h"

#include <QCoreApplication>

namespace metafill::gui {

// How much of one section is filled in, counted as RecordValidator counts
// the whole record (template defaults count as filled; an optional section
// counts only once something is in it).
struct SectionCompleteness
{
    Q_DECLARE_TR_FUNCTIONS(SectionCompleteness)

public:
    int requiredTotal = 0;
    int requiredFilled = 0;
    int recommendedTotal = 0;
    int recommendedFilled = 0;

    static SectionCompleteness count(const SectionSpec &section, const ValueMap &values);

    int filled() const { return requiredFilled + recommendedFilled; }
    int total() const { return requiredTotal + recommendedTotal; }
    int requiredMissing() const { return requiredTotal - requiredFilled; }
    bool isComplete() const { return filled() == total(); }
    // "3/5" for the outline
    QString shortText() const;
    // "2 of 3 required and 1 of 2 recommended fields filled"
    QString description() const;
};

} // namespace metafill::gui
