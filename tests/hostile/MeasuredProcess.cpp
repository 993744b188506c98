#include "MeasuredProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// argv/envp for posix_spawn: the byte strings, and pointers into them.
struct CStrings
{
    std::vector<QByteArray> storage;
    std::vector<char *> pointers;

    explicit CStrings(const QStringList &strings)
    {
        storage.reserve(size_t(strings.size()));
        for (const QString &s : strings)
            storage.push_back(s.toLocal8Bit());
        for (QByteArray &s : storage)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
    }
};

QString outputPath(const MeasuredProcess::Options &options, pid_t self, const char *which)
{
    const QString folder = options.scratchDirectory.isEmpty() ? QDir::tempPath() : options.scratchDirectory;
    return QDir(folder).filePath(u"measured-%1-%2.txt"_s.arg(self).arg(QLatin1StringView(which)));
}

QByteArray takeFile(const QString &path)
{
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    file.remove();
    return bytes;
}

} // namespace

qint64 MeasuredProcess::residentKiB(pid_t pid)
{
    QFile statm(u"/proc/%1/statm"_s.arg(pid));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

pid_t MeasuredProcess::start(const QString &program, const QStringList &arguments, const Options &options, QString *error)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : options.unsetEnvironment)
        environment.remove(name);
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
        environment.insert(it.key(), it.value());

    CStrings argv(QStringList{program} + arguments);
    CStrings envp(environment.toStringList());
    const QByteArray outPath = QFile::encodeName(outputPath(options, getpid(), "out"));
    const QByteArray errPath = QFile::encodeName(outputPath(options, getpid(), "err"));
    const QByteArray directory = QFile::encodeName(options.workingDirectory);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 29)
    if (!directory.isEmpty())
        posix_spawn_file_actions_addchdir_np(&actions, directory.constData());
#endif
    pid_t pid = -1;
    const int failed = posix_spawn(&pid, argv.storage.front().constData(), &actions, nullptr, argv.pointers.data(), envp.pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) {
        if (error)
            *error = u"cannot start %1: %2"_s.arg(program, QString::fromLocal8Bit(std::strerror(failed)));
        return -1;
    }
    return pid;
}

MeasuredProcess::Outcome MeasuredProcess::run(const QString &program, const QStringList &arguments, const Options &options)
{
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = start(program, arguments, options, &outcome.error);
    if (pid < 0)
        return outcome;
    outcome.started = true;

    int status = 0;
    rusage usage{};
    qint64 lastMemoryCheck = -1;
    while (true) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            break;
        const qint64 elapsed = clock.elapsed();
        if (!outcome.killedForTime && elapsed > options.hardLimitMs) {
            outcome.killedForTime = true;
            kill(pid, SIGKILL);
        }
        if (elapsed - lastMemoryCheck >= 5 && !outcome.killedForMemory) {
            lastMemoryCheck = elapsed;
            if (residentKiB(pid) > options.hardLimitKiB) {
                outcome.killedForMemory = true;
                kill(pid, SIGKILL);
            }
        }
        const timespec pause{0, 500'000}; // 0.5 ms: the time resolution of the measurement
        nanosleep(&pause, nullptr);
    }
    outcome.wallMs = clock.elapsed();
    outcome.peakKiB = usage.ru_maxrss;
    if (WIFEXITED(status)) {
        outcome.exited = true;
        outcome.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        outcome.signal = WTERMSIG(status);
    }
    outcome.out = takeFile(outputPath(options, getpid(), "out"));
    outcome.err = takeFile(outputPath(options, getpid(), "err"));
    return outcome;
}
