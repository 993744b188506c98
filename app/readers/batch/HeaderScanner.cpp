#include "HeaderScanner.h"

#include "MetadataReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>
#include <vector>

namespace metafill {

QList<ScannedFile> HeaderScanner::scan(const MetadataReader &reader, const QStringList &paths)
{
    return scan(reader, paths, Options{});
}

QList<ScannedFile> HeaderScanner::scan(const MetadataReader &reader, const QStringList &paths, const Options &options)
{
    QList<ScannedFile> results(paths.size());
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    const auto work = [&] {
        for (;;) {
            const qsizetype i = next.fetch_add(1);
            if (i >= paths.size())
                return;
            ScannedFile &result = results[i];
            result.path = paths.at(i);
            if (cancelled()) {
                result.error = QCoreApplication::translate("HeaderScanner", "%1: not read, the batch was cancelled.").arg(result.path);
                continue;
            }
            Result<FileMetadata> read = reader.read(result.path);
            result.bytesRead = MetadataReader::lastBytesRead();
            if (read)
                result.metadata = std::make_shared<const FileMetadata>(std::move(read).value());
            else
                result.error = read.error();
            if (options.finish)
                options.finish(result);
            const qsizetype finished = done.fetch_add(1) + 1;
            if (options.progress)
                options.progress(finished, paths.size());
        }
    };

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const qsizetype threads = std::clamp<qsizetype>(options.threads > 0 ? options.threads : cores, 1, std::max<qsizetype>(1, paths.size()));
    if (threads == 1) {
        work();
        return results;
    }
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads - 1));
    for (qsizetype t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();
    return results;
}

} // namespace metafill
