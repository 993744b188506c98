#pragma once

#include "FieldPath.h"
#include "Value.h"
#include "template/Template.h"

#include <QList>
#include <QMap>
#include <QString>

namespace metafill {

// Where a value came from, so people can see what they typed and what was
// filled in for them, and trust (or override) the latter.
struct Provenance
{
    enum class Kind { Typed, Default, Preset, Header, Imported };

    Kind kind = Kind::Typed;
    QString preset; // Preset: its key
    QString file;   // Header: the image file; Imported: the CSV file
    int image = -1; // Header: the image within the file
    QString query;  // Header: the XPath or vendor key
    bool locked = false; // Header: the template's rule says people may not change it

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    // "typed", "preset sp8", "header a.czi #0 //Pixels/@PhysicalSizeX", … (translated)
    QString describe() const;
    friend bool operator==(const Provenance &, const Provenance &) = default;
};

struct FieldValue
{
    QList<Value> values; // several only for fields marked 'multiple'
    Provenance provenance;
    bool isEmpty() const { return values.isEmpty(); }
};

using ValueMap = QMap<FieldPath, FieldValue>;

struct ImageEntry
{
    QString file; // path as given
    QString name; // the name OMERO gives the image
    ValueMap values; // values for this image only; they win over the shared ones
};

// A filled form: the values shared by all images, and per image what differs.
class Record
{
public:
    TemplateRef templateRef;
    ValueMap values;
    QList<ImageEntry> images;

    // Shared values overlaid with those of one image (or the shared ones alone for -1).
    ValueMap effectiveValues(int image) const;
    // How many instances a repeatable section has in these values.
    static int instanceCount(const ValueMap &values, const QString &section);
};

} // namespace metafill
