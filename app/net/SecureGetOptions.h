#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace metafill {

// The options of a GET that decide where it may go and whom it trusts, set
// the same way for every libcurl handle Metafill uses: only the schemes
// given, redirects never followed by libcurl (the caller checks each hop or
// refuses them), certificates of the server and of an https proxy always
// verified (the system store on Windows, plus an institution's own authority
// file), the proxy as configured, time-outs and a size cap declared up front.
struct SecureGetOptions
{
    QByteArray url; // fully encoded
    // "https", or "http,https" / "http" when the caller allowed plain http
    // because the server is this computer.
    QByteArray protocols = "https";
    // Empty: the environment's proxy (https_proxy, …); "none": connect
    // directly; else the proxy's URL.
    QString proxy;
    // Loopback servers: a proxy elsewhere cannot reach this computer.
    bool bypassEnvironmentProxy = false;
    QString caCertificatesFile; // PEM, extra authorities; empty for none
    QByteArray userAgent;
    std::chrono::milliseconds connectTimeout{3'000};
    std::chrono::milliseconds timeout{10'000};
    // A declared length over this is refused before a byte is read; the
    // caller's write callback must still count what arrives.
    qint64 maxBytes = 4 * 1024 * 1024;

    // Sets the options above on `easy` (a CURL*, just made or reset).
    // libcurl copies the strings, so this object may go away afterwards.
    void applyTo(void *easy) const;
};

} // namespace metafill
