#pragma once

#include "model/ImageMetadata.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace metafill {

class MetadataReader;

// The header of one file of a batch: its metadata, or why it could not be read.
struct ScannedFile
{
    QString path;
    std::shared_ptr<const FileMetadata> metadata; // null when the file could not be read
    QString error;                                // translated; empty on success
    qint64 bytesRead = 0;
    QByteArray output; // what Options::finish made of it, if anything

    bool ok() const { return metadata != nullptr; }
};

// Reads the headers of many files on several threads. A file that cannot be
// read is recorded with its error and the batch goes on; results come back in
// the order of the input. Progress is reported from worker threads; a set
// cancel flag stops the batch after the files in flight (the rest are marked
// as not read).
class HeaderScanner
{
public:
    struct Options
    {
        int threads = 0; // 0: one per processor core
        std::function<void(qsizetype done, qsizetype total)> progress;
        const std::atomic<bool> *cancel = nullptr;
        // Runs on the worker thread right after a file is read, so that
        // turning results into text is spread over the cores too; it may fill
        // `output` and drop `metadata` to keep a large batch's memory small.
        std::function<void(ScannedFile &)> finish;
    };

    static QList<ScannedFile> scan(const MetadataReader &reader, const QStringList &paths, const Options &options);
    static QList<ScannedFile> scan(const MetadataReader &reader, const QStringList &paths);
};

} // namespace metafill
