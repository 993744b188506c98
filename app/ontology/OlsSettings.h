#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace metafill {

// How Metafill talks to an Ontology Lookup Service (OLS4). The defaults suit
// EBI's public service; institutions that run their own OLS set baseUrl.
struct OlsSettings
{
    Q_DECLARE_TR_FUNCTIONS(OlsSettings)

public:
    static constexpr const char16_t *DefaultBaseUrl = u"https://www.ebi.ac.uk/ols4";
    // The value of `proxy` that means "connect directly, whatever the environment says".
    static constexpr const char16_t *NoProxy = u"none";

    // Where the service lives, without "/api": "https://www.ebi.ac.uk/ols4".
    // https only; plain http is accepted for this computer alone (localhost,
    // 127.0.0.0/8, ::1), where a local OLS or a test server needs no TLS.
    QString baseUrl = QString::fromUtf16(DefaultBaseUrl);

    // Empty: the proxy of the environment. libcurl reads https_proxy /
    // HTTPS_PROXY (http_proxy for the http loopback case), ALL_PROXY and
    // NO_PROXY itself. It does not read the proxy settings of Windows or macOS;
    // the GUI passes those here explicitly when it wants them.
    // "none": connect directly even when the environment names a proxy.
    // Anything else: the proxy to use, "http://host:port", "https://…",
    // "socks5h://host:port" (user:password@ allowed).
    QString proxy;

    // A PEM file of extra certificate authorities, for an institution's OLS
    // whose certificate is signed by its own authority. Empty: the system's.
    // Certificates are always verified; there is deliberately no way to turn that off.
    QString caCertificatesFile;

    std::chrono::milliseconds connectTimeout{3'000};
    // Whole request, connecting included, per attempt.
    std::chrono::milliseconds requestTimeout{10'000};
    // Type-ahead answers are useless once the user has typed on.
    std::chrono::milliseconds typeAheadTimeout{5'000};
    // Once the answer has begun, a server that sends fewer than this many
    // bytes per second over a whole window is given up on (a trickling
    // server would otherwise hold a worker until requestTimeout). A server
    // that is silent while it searches is covered by requestTimeout alone.
    int lowSpeedBytesPerSecond = 256;
    std::chrono::milliseconds lowSpeedWindow{3'000};

    qint64 maxResponseBytes = 4 * 1024 * 1024;

    int workerThreads = 2;      // 1–4; OLS publishes no rate limit, so stay polite
    int maxQueuedRequests = 32; // requests waiting for a worker; more are refused

    // Lookups and full searches retry transient failures (no connection,
    // time-outs, HTTP 502/503/504) with exponential backoff and jitter;
    // type-ahead never does, it falls back to the offline index instead.
    int maxAttempts = 3;
    std::chrono::milliseconds retryBaseDelay{500};
    std::chrono::milliseconds retryMaxDelay{4'000};

    // After this many failures in a row, type-ahead requests are answered
    // at once with the last error for `pauseAfterFailures`, so that typing
    // against a dead service does not wait for a time-out per keystroke.
    // Lookups and searches still try. 0 turns this off.
    int failuresBeforePause = 3;
    std::chrono::milliseconds pauseAfterFailures{60'000};

    // Why these settings cannot be used (a translated sentence), or Done.
    Status check() const;

    // baseUrl without trailing slashes, as messages show it.
    QString displayBaseUrl() const;
    // "localhost", "127.0.0.1" … "::1": names of this computer.
    static bool isLoopbackHost(const QString &host);
};

} // namespace metafill
