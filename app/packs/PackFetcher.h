#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <functional>

class QIODevice;

namespace metafill {

struct PackFetchOptions
{
    // As OlsSettings::proxy: empty for the environment's proxy (https_proxy,
    // …), "none" to connect directly, else "http://host:port", "socks5h://…".
    QString proxy;
    // A PEM file of extra certificate authorities (an institution's own).
    // Certificates are always verified; there is no way to turn that off.
    QString caCertificatesFile;
    std::chrono::milliseconds connectTimeout{15'000};
    // One file, from the first byte sent to the last received. Term packs
    // run to tens of megabytes on slow institute links.
    std::chrono::milliseconds transferTimeout{30 * 60'000};
    // A server sending less than this over a whole window is given up on.
    int lowSpeedBytesPerSecond = 512;
    std::chrono::seconds lowSpeedWindow{30};
    int maxRedirects = 5;
};

// Why a file of a pack could not be had: the pack manager tells a source it
// could not reach from one it reached and refused.
enum class FetchFailure {
    None,
    Unreachable, // offline, server down or cut off, folder or file not readable
    Refused,     // it answered, but with more than the index promises, or a link leading outside
    LocalWrite,  // this computer could not store what arrived
    Cancelled,
};

// Downloads the files of a template pack with libcurl: https only (plain http
// just for this computer, as for the Ontology Lookup Service), certificates
// always verified, every answer capped at the size the caller expects, and
// redirects followed one by one, each checked like the first address and
// never from https down to http. One fetcher is used by one thread at a time;
// it keeps its connection between files.
class PackFetcher
{
    Q_DECLARE_TR_FUNCTIONS(PackFetcher)

public:
    // Bytes received so far of the current file.
    using Progress = std::function<void(qint64 received)>;

    explicit PackFetcher(PackFetchOptions options = {});
    ~PackFetcher();
    PackFetcher(const PackFetcher &) = delete;
    PackFetcher &operator=(const PackFetcher &) = delete;

    // Why Metafill will not fetch from `url`, or Done: https, or http to
    // localhost / 127.0.0.0/8 / ::1; no user name or password in it.
    static Status checkAddress(const QUrl &url);

    // Writes the answer's body to `out`. Fails, naming the address, when the
    // server answers anything but 200, sends more than `maxBytes`, is too slow,
    // or `cancel` becomes true. `out` may then hold part of the body, and
    // `why` (when given) says which kind of failure it was.
    Status fetch(const QUrl &url, QIODevice &out, qint64 maxBytes, const std::atomic<bool> &cancel, const Progress &progress = {},
                 FetchFailure *why = nullptr);

private:
    PackFetchOptions m_options;
    void *m_curl = nullptr; // CURL*
};

} // namespace metafill
