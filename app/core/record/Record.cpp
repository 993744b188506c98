#include "Record.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace metafill {

QString Provenance::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Typed:
        return u"typed"_s;
    case Kind::Default:
        return u"default"_s;
    case Kind::Preset:
        return u"preset"_s;
    case Kind::Header:
        return u"header"_s;
    case Kind::Imported:
        return u"imported"_s;
    }
    return {};
}

std::optional<Provenance::Kind> Provenance::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Typed, Kind::Default, Kind::Preset, Kind::Header, Kind::Imported}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString Provenance::describe() const
{
    switch (kind) {
    case Kind::Typed:
        return QCoreApplication::translate("Provenance", "typed");
    case Kind::Default:
        return QCoreApplication::translate("Provenance", "template default");
    case Kind::Preset:
        return QCoreApplication::translate("Provenance", "preset %1").arg(preset);
    case Kind::Header:
        return QCoreApplication::translate("Provenance", "file header of %1 (image %2, %3)").arg(file).arg(image).arg(query);
    case Kind::Imported:
        return QCoreApplication::translate("Provenance", "imported from %1").arg(file);
    }
    return {};
}

ValueMap Record::effectiveValues(int image) const
{
    if (image < 0 || image >= images.size())
        return values;
    ValueMap merged = values;
    const ValueMap &own = images.at(image).values;
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

int Record::instanceCount(const ValueMap &values, const QString &section)
{
    int count = 0;
    // FieldPath orders by section first, so the section's paths are contiguous.
    for (auto it = values.lowerBound(FieldPath{section, 0, QString()}); it != values.cend() && it.key().section == section; ++it)
        count = std::max(count, it.key().instance + 1);
    return count;
}

} // namespace metafill
