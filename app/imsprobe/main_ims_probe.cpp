// metafill-ims-probe FILE: reads the metadata of one Imaris (.ims) file with
// libhdf5 and writes them to stdout as one JSON document (the protocol is in
// app/readers/formats/ImsProbeOutput.h). ImsReader runs it as a child process
// for every .ims file, so that libhdf5 — which has known heap overflows on
// crafted files — never runs inside Metafill itself; a crash here costs one
// file, not the batch.
//
// Before it touches the file the probe fences itself in: bounded memory, CPU
// time and open files, no core dumps, no child processes, and none of the
// parent's open files. It reads nothing but its one file (not stdin, not
// translations: ImsReader words every message the user sees).
#include "ImsHdf5.h"
#include "formats/ImsProbeOutput.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;
using metafill::ImsProbeOutput;

namespace {

// AddressSanitizer reserves terabytes of address space for its shadow
// memory, so an address-space limit would stop a sanitized probe at start-up.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
constexpr bool Sanitized = true;
#else
constexpr bool Sanitized = false;
#endif
#else
constexpr bool Sanitized = false;
#endif

#ifdef Q_OS_UNIX

// Reading a few thousand attributes takes a few MiB; Qt and libhdf5 with
// their ~40 shared libraries map about 100 MiB more.
constexpr rlim_t AddressSpaceLimit = rlim_t(ImsProbeOutput::ProbeMemoryLimitMiB) * 1024 * 1024;
// A healthy file takes milliseconds. SIGXCPU at the soft limit, SIGKILL one
// second later; ImsReader's wall-clock limit (15 s) covers sleeping too.
constexpr rlim_t CpuSecondsLimit = ImsProbeOutput::ProbeCpuSeconds;
// stdin, stdout, stderr, the file, and a few for libhdf5 and /proc/self/io.
constexpr rlim_t OpenFilesLimit = 16;

// Lowers a limit (never raises it: an unprivileged process may not, and a
// stricter limit set by the administrator stays).
bool lower(int resource, rlim_t soft, rlim_t hard)
{
    rlimit current{};
    if (getrlimit(resource, &current) != 0)
        return false;
    const rlimit lowered{std::min(soft, current.rlim_max), std::min(hard, current.rlim_max)};
    return setrlimit(resource, &lowered) == 0;
}

// Descriptors the parent left open without close-on-exec (any thread of a
// GUI may open files while QProcess forks) would be reachable from here.
void closeInheritedFiles()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    if (::close_range(3, ~0U, 0) == 0)
        return;
#endif
    const long maximum = std::min(sysconf(_SC_OPEN_MAX), 65'536L);
    for (int fd = 3; fd < maximum; ++fd)
        ::close(fd);
}

// The name of the first limit that could not be set, or nullptr.
const char *fenceIn()
{
    closeInheritedFiles();
#ifdef Q_OS_LINUX
    // No set-user-ID program run from here could gain privileges.
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return "PR_SET_NO_NEW_PRIVS";
#endif
    // A crash must not leave a core file with someone's data on disk.
    if (!lower(RLIMIT_CORE, 0, 0))
        return "RLIMIT_CORE";
    if (!lower(RLIMIT_CPU, CpuSecondsLimit, CpuSecondsLimit + 1))
        return "RLIMIT_CPU";
    if (!Sanitized && !lower(RLIMIT_AS, AddressSpaceLimit, AddressSpaceLimit))
        return "RLIMIT_AS";
    if (!lower(RLIMIT_NOFILE, OpenFilesLimit, OpenFilesLimit))
        return "RLIMIT_NOFILE";
    // No fork: code injected through a libhdf5 bug cannot start a shell.
    // (Ignored for root, which is not limited by RLIMIT_NPROC.)
    if (!lower(RLIMIT_NPROC, 0, 0))
        return "RLIMIT_NPROC";
    return nullptr;
}

#else

const char *fenceIn()
{
    return nullptr; // no rlimits here; ImsReader's wall-clock limit still holds
}

#endif

// Bytes this process read with read(2) and friends, as the kernel counts them.
std::optional<qint64> bytesRead()
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return std::nullopt;
}

// The reason goes on one line: ImsReader quotes the first.
int fail(ImsProbeOutput::ExitCode code, QByteArray reason)
{
    std::fprintf(stderr, "%s\n", reason.replace('\n', ' ').constData());
    return code;
}

int probe(const char *path)
{
    metafill::Result<metafill::ImsContents> contents = metafill::ImsHdf5::readFile(QFile::decodeName(path));
    if (!contents)
        return fail(ImsProbeOutput::FileRefused, contents.error().toUtf8());
    contents.value().probeBytesRead = bytesRead();
    const QByteArray json = ImsProbeOutput::toJson(*contents);
    if (json.size() > ImsProbeOutput::MaxOutputBytes)
        return fail(ImsProbeOutput::TooMuchMetadata, "the metadata exceed " + QByteArray::number(json.size()) + " bytes");
    if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size()) || std::fflush(stdout) != 0)
        return fail(ImsProbeOutput::SystemError, QByteArray("cannot write the result: ") + std::strerror(errno));
    return ImsProbeOutput::Read;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fputs("usage: metafill-ims-probe FILE\n"
                   "Reads the metadata of one Imaris file and writes them as JSON (a helper program of Metafill).\n",
                   stderr);
        return ImsProbeOutput::Usage;
    }
    if (const char *limit = fenceIn())
        return fail(ImsProbeOutput::SystemError, QByteArray("cannot set ") + limit + ": " + std::strerror(errno));
    try {
        return probe(argv[1]);
    } catch (const std::bad_alloc &) {
        return fail(ImsProbeOutput::OutOfMemory, "out of memory");
    } catch (const std::exception &e) {
        return fail(ImsProbeOutput::SystemError, e.what());
    }
}
