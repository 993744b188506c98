#pragma once

#include "FormatReader.h"

#include <QCoreApplication>

namespace metafill {

// A standalone OME-XML file: the companion of a multi-file OME-TIFF set
// ("*.companion.ome", the set's master) or an "*.ome.xml" export. Reported as
// format "ome-tiff" because it describes OME-TIFF files; format() is "ome-xml"
// so that tests and the fuzzer can pick this reader.
class OmeXmlFileReader : public FormatReader
{
    Q_DECLARE_TR_FUNCTIONS(OmeXmlFileReader)

public:
    QString format() const override;
    bool recognizes(const QString &path, QByteArrayView head) const override;
    Result<FileMetadata> read(ByteSource &source) const override;
};

} // namespace metafill
