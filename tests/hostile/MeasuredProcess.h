#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <sys/types.h>

// Runs a real program as a child process and measures it: how it ended (exit
// code or signal), its wall time, and its peak memory.
//
// Peak memory is the child's ru_maxrss from wait4(): the largest resident set
// of the child and of the processes it waited for itself (metafill-cli waits
// for metafill-ims-probe). Resident memory is what a person's machine must
// actually provide. RLIMIT_AS would only cap address space, which Qt's thread
// pool and glibc's per-thread malloc arenas reserve by the hundred megabytes
// without touching, and which AddressSanitizer reserves by the terabyte; a
// limit there would fail healthy runs and say nothing about real use.
//
// The output goes to files, not pipes, so a child that prints megabytes never
// blocks on a full pipe while it is being timed.
class MeasuredProcess
{
public:
    struct Outcome
    {
        bool started = false;
        bool exited = false; // normally, with exitCode
        int exitCode = -1;
        int signal = 0;             // the signal that ended it, when it did not exit
        bool killedForTime = false; // ran past the hard limit and was killed
        bool killedForMemory = false;
        qint64 wallMs = 0;
        qint64 peakKiB = 0;
        QByteArray out;
        QByteArray err;
        QString error; // why it could not be started
    };

    struct Options
    {
        QString workingDirectory;            // empty: this process's
        QHash<QString, QString> environment; // added to (or replacing in) this process's environment
        QStringList unsetEnvironment;
        qint64 hardLimitMs = 60'000;           // killed with SIGKILL after this
        qint64 hardLimitKiB = 4 * 1024 * 1024; // killed when its resident set passes this (checked every few ms)
        QString scratchDirectory;              // where stdout and stderr are kept while it runs
    };

    static Outcome run(const QString &program, const QStringList &arguments, const Options &options);

    // Starts a child with stdout and stderr in files under `scratchDirectory`;
    // -1 when it cannot be started (the reason in `error`).
    static pid_t start(const QString &program, const QStringList &arguments, const Options &options, QString *error);
    // Resident set of a running process in KiB (from /proc), 0 when unknown.
    static qint64 residentKiB(pid_t pid);
};
