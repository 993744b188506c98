// The least any header reader can cost on this machine: for every file of a
// folder, only the system calls metafill-cli inspect makes (open, fstat, one
// 4 KiB read of the head, a second small read for OME-TIFF files whose XML
// lies after the pixels, close), on 1 and on all cores, with no parsing and no
// process start-up. bench_inspect.py's files per second can be set against
// this floor: a target above it cannot be met by any reader here.
//
// Usage: bench_file_floor FOLDER [ROUNDS]
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Entry
{
    QByteArray path;
    bool omeTiff = false;
};

void readHeads(const std::vector<Entry> &files, std::atomic<size_t> &next)
{
    char buffer[4096];
    for (size_t i = next.fetch_add(1); i < files.size(); i = next.fetch_add(1)) {
        const int fd = ::open(files[i].path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat status{};
        ::fstat(fd, &status);
        (void)!::pread(fd, buffer, sizeof buffer, 0);
        if (files[i].omeTiff && status.st_size > 4096)
            (void)!::pread(fd, buffer, 1024, status.st_size / 2);
        ::close(fd);
    }
}

double secondsFor(const std::vector<Entry> &files, unsigned threads)
{
    const auto start = std::chrono::steady_clock::now();
    std::atomic<size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back([&] { readHeads(files, next); });
    readHeads(files, next);
    for (std::thread &thread : pool)
        thread.join();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_file_floor FOLDER [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    std::vector<Entry> files;
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    for (const QFileInfo &info : folder.entryInfoList(QDir::Files, QDir::Name)) {
        if (info.fileName().endsWith(u".tif") || info.fileName().endsWith(u".tiff"))
            files.push_back(Entry{QFile::encodeName(info.absoluteFilePath()), info.fileName().contains(u".ome.")});
    }
    if (files.empty()) {
        std::fprintf(stderr, "no .tif files in %s\n", argv[1]);
        return 1;
    }
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned threads : {1u, cores}) {
        std::vector<double> times;
        for (int r = 0; r < rounds; ++r)
            times.push_back(secondsFor(files, threads));
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        std::printf("%zu files, %u thread(s): open+fstat+pread+close only: median %.1f ms = %.0f files/s (best %.0f files/s)\n",
                    files.size(), threads, median * 1e3, double(files.size()) / median, double(files.size()) / times.front());
        if (threads == cores)
            break;
    }
    return 0;
}
#else
int main()
{
    std::fprintf(stderr, "bench_file_floor measures POSIX system calls; not built for this platform\n");
    return 1;
}
#endif
