#pragma once

#include "formats/ClxLiteDecoder.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace metafill {

// Decodes the XML form of a NIS-Elements variant into the same tree as
// ClxLiteDecoder. ND2 2.x files keep all their metadata this way, and 3.x
// files still use it for a few chunks (CustomDataVar|AppInfo_V1_0!). Facts
// from tlambert03/nd2 `_clx_xml.py` and Laboratory-Imaging/limnd2
// `variant.py`: every element is a value whose `runtype` attribute names its
// type and whose `value` attribute holds it (`lx_uint32`, `double`, `bool`,
// `CLxStringW`, `CLxByteArray` …); elements of any other runtype (or none) hold
// child elements; list items are called `no_name`, which becomes an empty name
// as in the binary form. A chunk reads `<variant><no_name>…fields…</no_name></variant>`.
class Nd2XmlVariant
{
    Q_DECLARE_TR_FUNCTIONS(Nd2XmlVariant)

public:
    // Whether the chunk is XML (starts with '<', optionally after a byte-order mark).
    static bool looksLikeXml(QByteArrayView bytes);

    // An unnamed root whose only child is the document element ("variant").
    // Nesting and the number of values are bounded by `limits` as for CLX-lite.
    static Result<ClxNode> decode(QByteArrayView bytes, const ClxLiteDecoder::Limits &limits);
    static Result<ClxNode> decode(QByteArrayView bytes) { return decode(bytes, ClxLiteDecoder::Limits{}); }
};

} // namespace metafill
