#pragma once

#include "template/Template.h"

#include <QCoreApplication>
#include <QString>

namespace metafill {

// The rules OMERO's annotation scripts impose on key names, and the keys a
// template produces for each field.
class OmeroKeys
{
    Q_DECLARE_TR_FUNCTIONS(OmeroKeys)

public:
    // Why the import would lose or misread a column with this key, or an empty
    // string if the key is safe. Import_from_csv.py drops the upper-case parent
    // columns, reads any column called "tag" as tags, and uses OBJECT_ID and
    // OBJECT_NAME to find the images.
    static QString problemWith(const QString &key);

    // KeyVal_from_csv.py (omero-scripts <= 5.8) treats these lower-case columns as
    // identifiers instead of key-value pairs.
    static bool isLegacyIdentifier(const QString &key);

    // The key of a field in a given section instance: the field's OMERO key, or
    // the section's instance pattern applied to it.
    static QString keyFor(const SectionSpec &section, const FieldSpec &field, int instance);
    // The key as a pattern for people to read, e.g. "Channel {index} - Fluorophore".
    static QString keyPattern(const SectionSpec &section, const FieldSpec &field);

    static QString accessionKey(const OmeroOptions &options, const QString &key) { return key + options.accessionSuffix; }
    static QString sourceKey(const OmeroOptions &options, const QString &key) { return key + options.sourceSuffix; }

    // Python's csv module refuses longer fields (field_size_limit).
    static constexpr int MaxCellCharacters = 131'072;
};

} // namespace metafill
