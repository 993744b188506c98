#pragma once

#include "FormatReader.h"
#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace metafill {

// The entry point for reading an image file's header: finds the format from
// the file's first bytes (and, for folders, its layout) and hands the file to
// that format's reader. Thread-safe; one instance serves a whole batch.
class MetadataReader
{
    Q_DECLARE_TR_FUNCTIONS(MetadataReader)

public:
    MetadataReader();
    ~MetadataReader();

    Result<FileMetadata> read(const QString &path) const;

    // Reads a file's bytes from memory as the given format (`format()` of a
    // reader): fuzzing and tests. Folders-based formats cannot be read this way.
    Result<FileMetadata> readBytes(const QByteArray &bytes, const QString &name, const QString &format) const;

    // Bytes read by the last successful or failed read in this thread.
    static qint64 lastBytesRead();

private:
    Result<FileMetadata> readFile(const QString &path) const;

    std::vector<std::unique_ptr<FormatReader>> m_readers;
};

} // namespace metafill
