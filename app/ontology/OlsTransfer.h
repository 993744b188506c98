#pragma once

#include "SecureGetOptions.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>

// Internal to OlsClient: one HTTP GET with libcurl. Not for other callers.

namespace metafill {

// Where and how: the shared secure options (https only, http solely to this
// computer as OlsClient decides, no redirects, certificates verified), plus
// the low-speed rule this transfer enforces itself.
struct OlsTransferOptions : SecureGetOptions
{
    int lowSpeedBytesPerSecond = 256;
    std::chrono::milliseconds lowSpeedWindow{3'000};
};

// What came back. `curlCode` is a CURLcode (0: the exchange completed, and
// httpStatus says how the server answered).
struct OlsExchange
{
    int curlCode = 0;
    QString curlMessage; // libcurl's own wording of a failure (English), for the detail of a message
    long httpStatus = 0;
    QByteArray contentType;
    QByteArray location;   // where a redirect pointed
    QByteArray retryAfter; // Retry-After, as sent
    QByteArray body;
    bool cancelled = false;
    bool tooLarge = false;
    bool tooSlow = false;
    bool connected = false; // a TCP connection (to the server or the proxy) was made
    std::chrono::milliseconds elapsed{0};
};

// A libcurl multi handle with one reusable easy handle: it lives on one
// worker thread and keeps that worker's connections and DNS cache. The multi
// interface lets another thread interrupt a transfer or a pause at once
// (wakeUp), which the easy interface cannot.
class OlsTransfer
{
public:
    OlsTransfer();
    ~OlsTransfer();
    OlsTransfer(const OlsTransfer &) = delete;
    OlsTransfer &operator=(const OlsTransfer &) = delete;

    bool isUsable() const { return m_multi && m_easy; }

    // Runs the GET until it completes, fails, or `cancel` becomes non-zero.
    OlsExchange get(const OlsTransferOptions &options, const std::atomic<int> &cancel);
    // Waits `delay` (a retry's backoff); false when `cancel` became non-zero first.
    bool pause(std::chrono::milliseconds delay, const std::atomic<int> &cancel);
    // From any thread: interrupts the wait of get() or pause() so that they
    // look at their cancel flag now.
    void wakeUp();

private:
    void *m_multi = nullptr; // CURLM*
    void *m_easy = nullptr;  // CURL*
};

} // namespace metafill
