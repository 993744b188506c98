#pragma once

#include <QString>

#include <optional>

namespace metafill {

// Names one field of one section instance: "study.title",
// "biosample[1].organism". Instances count from 0.
struct FieldPath
{
    QString section;
    int instance = 0;
    QString field;

    static std::optional<FieldPath> parse(const QString &text);
    // The canonical spelling: the index is written only for repeatable sections.
    QString toString(bool repeatable) const;

    friend bool operator==(const FieldPath &, const FieldPath &) = default;
    friend auto operator<=>(const FieldPath &a, const FieldPath &b)
    {
        if (auto c = QString::compare(a.section, b.section); c != 0)
            return c <=> 0;
        if (a.instance != b.instance)
            return a.instance <=> b.instance;
        return QString::compare(a.field, b.field) <=> 0;
    }

    static constexpr int MaxInstances = 10'000;
};

} // namespace metafill
