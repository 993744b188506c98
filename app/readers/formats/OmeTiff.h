#pragma once

#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "ome/OmeXmlParser.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace metafill {

// The OME-TIFF part of the TIFF family: IFD0's ImageDescription holds OME-XML,
// either complete or — in a member of a multi-file set — only a BinaryOnly
// element naming the file that holds it (a "*.companion.ome" or a master
// OME-TIFF). That file is read from the same folder and nowhere else.
class OmeTiff
{
    Q_DECLARE_TR_FUNCTIONS(OmeTiff)

public:
    // The metadata of an OME-TIFF whose IFD0 OME-XML has been parsed into
    // `document`: the document itself, or the companion it points to (then
    // listed in companionFiles). Sets setMaster for members of multi-file sets.
    static Result<FileMetadata> read(ByteSource &source, OmeXmlDocument document);

    // The path of a file that OME-XML names (BinaryOnly/@MetadataFile,
    // TiffData/UUID/@FileName) next to `memberPath`. Only a plain file name
    // in the member's own folder is accepted: no absolute path, no "..", no
    // folder separators, no symbolic link leading out of the folder. A name
    // in a hostile file must never make Metafill read an arbitrary file.
    static Result<QString> siblingPath(const QString &memberPath, const QString &fileName);

    // The OME-XML text of a master OME-TIFF or a companion file (read while it is parsed).
    static Result<OmeXmlText> readCompanionXml(ByteSource &companion);
};

} // namespace metafill
