#include "ImsProbe.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryFile>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

constexpr char ProgramVariable[] = "METAFILL_IMS_PROBE";
constexpr char TimeoutVariable[] = "METAFILL_IMS_PROBE_TIMEOUT_MS";
// After kill(): SIGKILL cannot be caught, so the child is gone at once unless
// it waits for a hung network drive.
constexpr int ReapMilliseconds = 2'000;
// What of the probe's stderr goes into a message: its first line, cut.
constexpr qint64 MaxErrorBytes = 4'096;
constexpr qsizetype MaxDetailLength = 300;

#ifdef METAFILL_HAVE_IMS_PROBE

QString applicationDir()
{
    // Computed once: QCoreApplication caches the program's path without a
    // lock, and the batch's worker threads all ask at the same time.
    static const QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                            : QFileInfo(QFileInfo(u"/proc/self/exe"_s).symLinkTarget()).absolutePath();
    return dir;
}

QStringList defaultLocations()
{
#ifdef Q_OS_WIN
    const QString name = u"metafill-ims-probe.exe"_s;
#else
    const QString name = u"metafill-ims-probe"_s;
#endif
    const QDir dir(applicationDir());
    return {dir.filePath(name), QDir::cleanPath(dir.filePath(QStringLiteral(METAFILL_IMS_PROBE_RELATIVE_DIR) + u'/' + name)),
            QStringLiteral(METAFILL_IMS_PROBE_INSTALLED)};
}

#else

QStringList defaultLocations()
{
    return {}; // a probe left in the build folder by an earlier configuration is not this build's
}

#endif

std::chrono::milliseconds timeout()
{
    bool ok = false;
    const int chosen = qEnvironmentVariableIntValue(TimeoutVariable, &ok);
    if (!ok || chosen <= 0)
        return ImsProbe::DefaultTimeout;
    return std::chrono::milliseconds(std::min(chosen, 3'600'000));
}

// The environment without HDF5_* variables: they make libhdf5 load plugins
// (HDF5_PLUGIN_PATH, HDF5_VOL_CONNECTOR) or pick other file drivers.
QProcessEnvironment probeEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(u"HDF5_"_s))
            environment.remove(name);
    }
    return environment;
}

// The first line the probe wrote to stderr, as plain text of bounded length.
QString firstLine(QFile &errors)
{
    if (!errors.isOpen() || !errors.seek(0))
        return {};
    QString text = QString::fromUtf8(errors.read(MaxErrorBytes));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n')
            c = u' ';
    }
    const QStringList lines = text.split(u'\n');
    const auto first = std::find_if(lines.begin(), lines.end(), [](const QString &line) { return !line.trimmed().isEmpty(); });
    text = first == lines.end() ? QString() : first->trimmed();
    if (text.size() > MaxDetailLength)
        text = text.left(MaxDetailLength) + u'…';
    return text;
}

// Signals the kernel sends when the probe's resource limits are reached
// (SIGXCPU; SIGKILL at the hard CPU limit or from the out-of-memory killer).
bool isResourceSignal(int signal)
{
#ifdef Q_OS_UNIX
    return signal == SIGXCPU || signal == SIGKILL;
#else
    Q_UNUSED(signal);
    return false;
#endif
}

QString signalName(int signal)
{
    switch (signal) {
#ifdef Q_OS_UNIX
    case SIGSEGV:
        return u"SIGSEGV"_s;
    case SIGBUS:
        return u"SIGBUS"_s;
    case SIGABRT:
        return u"SIGABRT"_s;
    case SIGILL:
        return u"SIGILL"_s;
    case SIGFPE:
        return u"SIGFPE"_s;
    case SIGSYS:
        return u"SIGSYS"_s;
#endif
    default:
        return QString::number(signal);
    }
}

} // namespace

bool ImsProbe::isBuilt()
{
#ifdef METAFILL_HAVE_IMS_PROBE
    return true;
#else
    return false;
#endif
}

QString ImsProbe::locate(QStringList *searched)
{
    const QString chosen = qEnvironmentVariable(ProgramVariable);
    const QStringList candidates = chosen.isEmpty() ? defaultLocations() : QStringList{chosen};
    if (searched)
        *searched = candidates;
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

Result<ImsContents> ImsProbe::run(const QString &program, const QString &file, const QString &displayPath)
{
    using Failure = Result<ImsContents>;
    const QString programName = QDir::toNativeSeparators(program);
    const std::chrono::milliseconds limit = timeout();

    QProcess process;
    process.setProgram(program);
    // Absolute, so that a file name starting with "-" is never an option.
    process.setArguments({QFileInfo(file).absoluteFilePath()});
    process.setProcessEnvironment(probeEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    // stderr goes to a file, not a pipe: QProcess's waitForReadyRead buffers
    // all of stderr in memory while it waits for stdout, without a bound.
    QTemporaryFile errors(QDir(QDir::tempPath()).filePath(u"metafill-ims-probe-XXXXXX.txt"_s));
    process.setStandardErrorFile(errors.open() ? errors.fileName() : QProcess::nullDevice());

    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(int(limit.count()))) {
        return Failure::failure(tr("%1: this installation cannot read Imaris files: its helper program %2 could not be started (%3). "
                                   "Reinstall Metafill.")
                                    .arg(displayPath, programName, process.errorString()));
    }

    // Collects stdout until the probe ends, the time is up or it wrote too much.
    const QDeadlineTimer deadline(limit);
    QByteArray output;
    bool timedOut = false;
    bool tooLarge = false;
    for (;;) {
        const bool more = process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 0)));
        output.append(process.readAllStandardOutput());
        if (output.size() > ImsProbeOutput::MaxOutputBytes) {
            tooLarge = true;
            break;
        }
        if (!more && process.state() == QProcess::NotRunning)
            break;
        if (!more && deadline.hasExpired()) {
            timedOut = true;
            break;
        }
    }
    if (timedOut || tooLarge) {
        process.kill();
        process.waitForFinished(ReapMilliseconds);
    }

    if (timedOut) {
        return Failure::failure(tr("%1: reading the Imaris metadata took longer than %2 s and was stopped. The file is probably damaged, "
                                   "or its drive is very slow; other files are not affected.")
                                    .arg(displayPath, QString::number(double(limit.count()) / 1000.0)));
    }
    if (tooLarge) {
        return Failure::failure(tr("%1: the helper program that reads Imaris files wrote more than %2 MiB about this file and was stopped; "
                                   "the file is probably damaged.")
                                    .arg(displayPath, QString::number(ImsProbeOutput::MaxOutputBytes / (1024 * 1024))));
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        // On Unix the exit code of a crashed process is the signal's number.
        const int signal = process.exitCode();
        if (isResourceSignal(signal)) {
            return Failure::failure(tr("%1: reading the Imaris metadata used more processor time or memory than allowed "
                                       "(%2 s, %3 MiB) and was stopped; the file is probably damaged. Other files are not affected.")
                                        .arg(displayPath, QString::number(ImsProbeOutput::ProbeCpuSeconds),
                                             QString::number(ImsProbeOutput::ProbeMemoryLimitMiB)));
        }
        return Failure::failure(tr("%1: the HDF5 library that reads Imaris files crashed on this file (signal %2), so its metadata "
                                   "could not be read. The file is probably damaged; other files are not affected.")
                                    .arg(displayPath, signalName(signal)));
    }

    const QString detail = firstLine(errors);
    switch (process.exitCode()) {
    case ImsProbeOutput::Read:
        break;
    case ImsProbeOutput::FileRefused:
        return Failure::failure(tr("%1: the HDF5 library could not open the file (%2); it is damaged, cut short or not an HDF5 file.")
                                    .arg(displayPath, detail.isEmpty() ? tr("no reason given") : detail));
    case ImsProbeOutput::OutOfMemory:
        return Failure::failure(tr("%1: reading the Imaris metadata needed more than the %2 MiB of memory allowed for it; "
                                   "the file is probably damaged.")
                                    .arg(displayPath, QString::number(ImsProbeOutput::ProbeMemoryLimitMiB)));
    case ImsProbeOutput::TooMuchMetadata:
        return Failure::failure(tr("%1: the file holds more than %2 MiB of Imaris metadata, more than Metafill reads; "
                                   "the file is probably damaged.")
                                    .arg(displayPath, QString::number(ImsProbeOutput::MaxOutputBytes / (1024 * 1024))));
    default:
        // Usage and system errors, and whatever the probe cannot report
        // itself (127: a shared library it needs is missing).
        return Failure::failure(
            tr("%1: this installation cannot read Imaris files: its helper program %2 failed (exit status %3: %4). "
               "Reinstall Metafill.")
                .arg(displayPath, programName, QString::number(process.exitCode()), detail.isEmpty() ? tr("no reason given") : detail));
    }

    Result<ImsContents> contents = ImsProbeOutput::parse(output);
    if (!contents) {
        return Failure::failure(tr("%1: this installation cannot read Imaris files: its helper program %2 gave an answer Metafill "
                                   "does not understand (%3). Reinstall Metafill.")
                                    .arg(displayPath, programName, contents.error()));
    }
    return contents;
}

} // namespace metafill
