#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace metafill {

// A library Metafill runs with, as a bug report needs it.
struct LibraryVersion
{
    QString name;    // "Qt"
    QString version; // "6.4.2"
    QString detail;  // "built with 6.4.2", libcurl's TLS library, …; may be empty
};

// What this build of Metafill is: its version, the commit it was built from
// and the libraries it runs with. `metafill-cli --version` and the GUI's
// About box print it, so that a bug report says exactly what was running.
class BuildInfo
{
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)

public:
    static QString version();
    // `git describe` of the sources at build time ("v0.1.0-4-g1a2b3c4d5e6f",
    // "1a2b3c4d5e6f-dirty"), or "unknown" when they were not a git checkout.
    static QString commit();
    // Qt (the one running and the one built against), yaml-cpp, libcurl.
    static QList<LibraryVersion> libraries();
    // The commit and the libraries as lines of text: "Commit: …", "Qt 6.4.2 (built with 6.4.2)", …
    static QStringList describe();
};

} // namespace metafill
