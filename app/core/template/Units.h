#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace metafill {

// The units a quantity field may carry. Symbols are canonical: "µm" with the
// MICRO SIGN U+00B5 as OME writes it; other spellings ("um", "μm" with the Greek
// mu U+03BC, "micron") are accepted on input and normalized.
class Units
{
public:
    struct Unit
    {
        const char16_t *symbol;
        const char16_t *dimension;
        double factor; // to the dimension's base unit
        double offset; // added after scaling (only temperatures)
    };

    // The canonical symbol for a spelling, or an empty string if unknown.
    static QString canonical(const QString &spelling);
    static const Unit *find(const QString &spelling);
    static QString dimensionOf(const QString &spelling);
    static QStringList symbolsOf(const QString &dimension);
    static std::optional<double> convert(double value, const QString &from, const QString &to);
};

} // namespace metafill
