#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace metafill {

// What Metafill currently knows about the Ontology Lookup Service, from the
// results of its own requests (it never probes on its own). The GUI shows
// it as a badge, the CLI in its warning: "OLS unreachable: …; showing
// offline results".
struct OlsStatus
{
    Q_DECLARE_TR_FUNCTIONS(OlsStatus)

public:
    enum class State {
        Unknown,     // not asked yet
        Online,      // the last request was answered
        Degraded,    // the service answered, but with errors or unusable data
        Unreachable, // the service could not be talked to
    };

    State state = State::Unknown;
    QString baseUrl;         // as OlsSettings::displayBaseUrl()
    QDateTime lastSuccess;   // UTC; invalid: never
    QDateTime lastFailure;   // UTC; invalid: never
    QString lastError;       // the message of the last failure, also after a later success
    int consecutiveFailures = 0;

    bool isOnline() const { return state == State::Online; }
    // One translated line: "OLS online (last answer 14:02:11)",
    // "OLS unreachable: <the last error>".
    QString describe() const;
};

} // namespace metafill
