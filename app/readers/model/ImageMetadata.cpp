#include "ImageMetadata.h"

namespace metafill {

const InstrumentInfo *FileMetadata::instrument(const QString &id) const
{
    for (const InstrumentInfo &instrument : instruments) {
        if (instrument.id == id)
            return &instrument;
    }
    return nullptr;
}

const InstrumentInfo *FileMetadata::instrumentOf(const ImageInfo &image) const
{
    if (!image.instrumentRef.isEmpty())
        return instrument(image.instrumentRef);
    if (instruments.size() != 1)
        return nullptr;
    for (const ImageInfo &other : images) {
        if (!other.instrumentRef.isEmpty())
            return nullptr;
    }
    return &instruments.first();
}

const ObjectiveInfo *FileMetadata::objectiveOf(const ImageInfo &image) const
{
    if (image.objectiveRef.isEmpty())
        return nullptr;
    const InstrumentInfo *inst = instrument(image.instrumentRef);
    const auto search = [&](const InstrumentInfo &candidate) -> const ObjectiveInfo * {
        for (const ObjectiveInfo &objective : candidate.objectives) {
            if (objective.id == image.objectiveRef)
                return &objective;
        }
        return nullptr;
    };
    if (inst)
        return search(*inst);
    // Some writers leave out InstrumentRef; objective IDs are unique in a document.
    for (const InstrumentInfo &candidate : instruments) {
        if (const ObjectiveInfo *found = search(candidate))
            return found;
    }
    return nullptr;
}

} // namespace metafill
