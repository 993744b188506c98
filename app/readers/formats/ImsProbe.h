#pragma once

#include "formats/ImsProbeOutput.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>

namespace metafill {

// Runs metafill-ims-probe (app/imsprobe) on one file and returns what it read,
// or a translated message that names the file. The probe is a child process
// with a wall-clock limit and a cap on what it may write, and its answer is
// checked like any file's contents (ImsProbeOutput::parse): a crash, a hang or
// garbage costs this one file, never the process that asked.
//
// Blocking and thread-safe: QProcess's waitFor… functions need no event loop,
// so the batch's worker threads each run their own probe at the same time.
class ImsProbe
{
    Q_DECLARE_TR_FUNCTIONS(ImsProbe)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{15'000};

    // Whether this build has the probe (it needs libhdf5 at build time).
    static bool isBuilt();

    // The probe program: $METAFILL_IMS_PROBE when set (tests, development),
    // else metafill-ims-probe beside the running program (build trees), else
    // in the installation's libexec/metafill folder, found relative to the
    // program and then at the configured prefix; a build without the probe
    // looks at $METAFILL_IMS_PROBE only. Empty when there is none; `searched`
    // then lists the places looked at (none: this build cannot read .ims).
    static QString locate(QStringList *searched = nullptr);

    // Runs `program` on `file`; `displayPath` names the file in messages.
    // The wall-clock limit is DefaultTimeout, or $METAFILL_IMS_PROBE_TIMEOUT_MS
    // when set (tests; files on very slow network drives).
    static Result<ImsContents> run(const QString &program, const QString &file, const QString &displayPath);
};

} // namespace metafill
