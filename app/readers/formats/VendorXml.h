#pragma once

#include "model/ImageMetadata.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

#include <pugixml.hpp>

namespace metafill {

// Small helpers for the XML headers of vendor formats (Zeiss CZI, Leica LIF):
// reading text and numbers from a pugixml tree that came from an untrusted
// file, mapping vendor words to OME enumerations, and numbering repeated
// original-metadata keys the way Bio-Formats does.
namespace VendorXml {

// The element's own text (first PCDATA/CDATA child), trimmed.
QString text(pugi::xml_node node);
// The text of the first child element named `name`, trimmed; empty when absent.
QString childText(pugi::xml_node node, const char *name);
// An attribute's value, trimmed; empty when absent.
QString attribute(pugi::xml_node node, const char *name);

// Numbers as a header writes them; nullopt when absent, empty or not a number.
std::optional<double> childNumber(pugi::xml_node node, const char *name);
std::optional<double> attributeNumber(pugi::xml_node node, const char *name);
// Only values > 0: magnifications, wavelengths, sizes, where 0 means "not set".
std::optional<double> positive(std::optional<double> value);
// A whole number in [1, max]; nullopt otherwise (sizes, counts).
std::optional<qint64> count(QStringView text, qint64 max);

// The child elements named `name`, at most `max` of them; `capped` (when
// given) is set when there were more.
QList<pugi::xml_node> children(pugi::xml_node node, const char *name, qsizetype max, bool *capped = nullptr);

// `value` spelled as the OME enumeration spells it when it is one of
// `allowed` (compared without case and blanks), else empty.
QString omeEnumeration(const QString &value, std::initializer_list<QStringView> allowed);

// An OME DetectorType (CCD, PMT, CMOS, …) for a vendor's word, or empty.
QString omeDetectorType(const QString &value);

// What a whole-tree parse of XML costs in memory. pugixml builds its tree
// in a UTF-8 copy of the text plus one node record per element and per text
// and one record per attribute, so a dense document takes several times its
// size (a 55 MiB CZI document took 294 MiB). Big LIF and CZI headers are
// therefore streamed (XmlElementStream) and only the parts the mapping
// reads are parsed; MaxParseBytes bounds what those parts may cost
// together, leaving the rest of the 64 MiB a reader may hold for the model
// and its keys.
constexpr qint64 MaxParseBytes = 40 * 1024 * 1024;
enum class TextEncoding { Utf8, Utf16Le };
// Text, copy and tree of `text`; an upper bound counted from its bytes in one pass.
qint64 parseBytes(QByteArrayView text, TextEncoding encoding);

// Gives keys that occur more than once a running number, " #1", " #2" … padded
// with zeros to the number of occurrences' digits (" #01" … " #12"), as
// Bio-Formats does in its original metadata (FormatReader.flattenHashtables),
// so that a template written against OMERO's "Original Metadata" finds them.
// A key that occurs once stays as it is. The order of the pairs is kept.
void numberRepeatedKeys(KeyValueList &pairs);

// Turns an XML subtree into original-metadata pairs: one pair per attribute
// and per non-empty text leaf, in document order (an element's attributes
// before its children), keyed by the element names on the way down joined
// with "|". Iterative, with a depth cap and a cap on the pairs kept: the tree
// comes from an untrusted file. take() numbers repeated keys.
class KeyCollector
{
public:
    enum class Naming {
        // Every element name from the start down: "ATLConfocalSettingDefinition|DetectorList|Detector|Name".
        FullPath,
        // Bio-Formats' CZI keys (ZeissCZIReader.populateOriginalMetadata):
        // "Metadata" and every ancestor whose name ends in "s" (the plural
        // containers Channels, Items, Objectives — and also ObjectiveSettings)
        // are left out: "Information|Image|Channel|Name".
        BioFormatsCzi,
    };

    KeyCollector(qsizetype maxPairs, int maxDepth, Naming naming) : m_maxPairs(maxPairs), m_maxDepth(maxDepth), m_naming(naming) {}

    // Collects `start` and its subtree; `prefix` (empty, or ending in "|") goes before every key.
    void collect(pugi::xml_node start, const QString &prefix = {});
    // One pair from elsewhere, counted against the same cap.
    void add(const QString &key, const QString &value);

    KeyValueList take();
    // Pairs beyond the cap, which were not kept.
    qsizetype overflow() const { return m_overflow; }
    // Whether a subtree was deeper than the cap.
    bool tooDeep() const { return m_tooDeep; }

private:
    qsizetype m_maxPairs;
    int m_maxDepth;
    Naming m_naming;
    KeyValueList m_pairs;
    qsizetype m_overflow = 0;
    bool m_tooDeep = false;
};

} // namespace VendorXml

} // namespace metafill
