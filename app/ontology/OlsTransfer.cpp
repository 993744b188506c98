#include "OlsTransfer.h"

#include "CurlLibrary.h"

#include <curl/curl.h>

#include <QtGlobal>

#include <algorithm>
#include <deque>

namespace metafill {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// How often the transfer loop looks at the cancel flag and the low-speed
// window when nothing happens on the socket; wakeUp() cuts the wait short.
constexpr int PollMilliseconds = 100;
constexpr milliseconds SampleInterval{50};

struct TransferState
{
    const OlsTransferOptions *options = nullptr;
    const std::atomic<int> *cancel = nullptr;
    OlsExchange *exchange = nullptr;

    // Low-speed detection starts with the first byte of the answer: a server
    // that is silent while it searches is the total time-out's business.
    // From then on, the bytes of the last whole window are compared with the
    // limit, against samples the transfer loop takes.
    struct Sample
    {
        Clock::time_point time;
        qint64 bytes;
    };
    bool answerStarted = false;
    qint64 bytesReceived = 0;
    std::deque<Sample> samples;

    void noteBytes(qint64 count)
    {
        bytesReceived += count;
        answerStarted = true;
    }

    bool tooSlow()
    {
        if (!answerStarted || options->lowSpeedBytesPerSecond <= 0 || options->lowSpeedWindow.count() <= 0)
            return false;
        const Clock::time_point now = Clock::now();
        if (samples.empty() || now - samples.back().time >= SampleInterval)
            samples.push_back({now, bytesReceived});
        // The reference is the newest sample at least one window old.
        while (samples.size() >= 2 && now - samples[1].time >= options->lowSpeedWindow)
            samples.pop_front();
        const auto age = std::chrono::duration_cast<milliseconds>(now - samples.front().time);
        if (age < options->lowSpeedWindow)
            return false;
        const qint64 wanted = qint64(options->lowSpeedBytesPerSecond) * age.count() / 1000;
        return bytesReceived - samples.front().bytes < wanted;
    }
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *state = static_cast<TransferState *>(user);
    const size_t bytes = size * count;
    state->noteBytes(qint64(bytes));
    QByteArray &body = state->exchange->body;
    if (qint64(body.size()) + qint64(bytes) > state->options->maxBytes) {
        state->exchange->tooLarge = true;
        return 0; // makes libcurl stop with CURLE_WRITE_ERROR
    }
    body.append(data, qsizetype(bytes));
    return bytes;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *state = static_cast<TransferState *>(user);
    const size_t bytes = size * count;
    state->noteBytes(qint64(bytes));
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/"))
        state->exchange->retryAfter.clear(); // a new response (after a 100 Continue, say)
    else if (line.size() < 200 && line.toLower().startsWith("retry-after:"))
        state->exchange->retryAfter = line.mid(12).trimmed();
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *state = static_cast<TransferState *>(user);
    // Non-zero aborts the transfer from inside curl_multi_perform.
    return state->cancel->load() != 0 ? 1 : 0;
}

} // namespace

OlsTransfer::OlsTransfer()
{
    CurlLibrary::initialise();
    m_multi = curl_multi_init();
    m_easy = curl_easy_init();
}

OlsTransfer::~OlsTransfer()
{
    if (m_easy)
        curl_easy_cleanup(m_easy);
    if (m_multi)
        curl_multi_cleanup(m_multi);
}

void OlsTransfer::wakeUp()
{
    if (m_multi)
        curl_multi_wakeup(m_multi);
}

bool OlsTransfer::pause(milliseconds delay, const std::atomic<int> &cancel)
{
    const Clock::time_point end = Clock::now() + delay;
    while (cancel.load() == 0) {
        const auto left = std::chrono::duration_cast<milliseconds>(end - Clock::now());
        if (left.count() <= 0)
            return true;
        curl_multi_poll(m_multi, nullptr, 0, int(std::min<qint64>(left.count(), 1'000)), nullptr);
    }
    return false;
}

OlsExchange OlsTransfer::get(const OlsTransferOptions &options, const std::atomic<int> &cancel)
{
    OlsExchange exchange;
    const Clock::time_point started = Clock::now();
    TransferState state;
    state.options = &options;
    state.cancel = &cancel;
    state.exchange = &exchange;

    char errors[CURL_ERROR_SIZE] = {};
    CURL *easy = m_easy;
    curl_easy_reset(easy); // keeps the connection and DNS caches, forgets every option
    curl_slist *headers = curl_slist_append(nullptr, "Accept: application/json");

    options.applyTo(easy);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errors);
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    // Compressed answers are welcome; the write callback caps the decoded
    // bytes, whatever length the server declared.
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &state);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &state);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &state);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);

    CURLcode code = CURLE_OK;
    bool finished = false;
    if (curl_multi_add_handle(m_multi, easy) != CURLM_OK) {
        code = CURLE_FAILED_INIT;
        finished = true;
    }
    while (!finished) {
        int running = 0;
        if (curl_multi_perform(m_multi, &running) != CURLM_OK) {
            code = CURLE_FAILED_INIT;
            break;
        }
        if (running == 0) {
            int left = 0;
            while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
                if (message->msg == CURLMSG_DONE && message->easy_handle == easy)
                    code = message->data.result;
            }
            finished = true;
            break;
        }
        if (cancel.load() != 0) {
            exchange.cancelled = true;
            break;
        }
        if (state.tooSlow()) {
            exchange.tooSlow = true;
            break;
        }
        curl_multi_poll(m_multi, nullptr, 0, PollMilliseconds, nullptr);
    }
    if (code == CURLE_ABORTED_BY_CALLBACK)
        exchange.cancelled = true;

    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    exchange.httpStatus = status;
    char *contentType = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &contentType) == CURLE_OK && contentType)
        exchange.contentType = QByteArray(contentType).left(200);
    char *location = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location)
        exchange.location = QByteArray(location).left(2'000);
    curl_off_t connectTime = 0;
    if (curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connectTime) == CURLE_OK)
        exchange.connected = connectTime > 0;

    // Removing an unfinished transfer closes its connection: the server sees
    // a cancelled request end.
    curl_multi_remove_handle(m_multi, easy);
    // Nothing of this call's stack may stay reachable from the handle.
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);

    exchange.curlCode = int(code);
    if (code != CURLE_OK)
        exchange.curlMessage = QString::fromUtf8(errors[0] ? errors : curl_easy_strerror(code)).trimmed();
    exchange.elapsed = std::chrono::duration_cast<milliseconds>(Clock::now() - started);
    return exchange;
}

} // namespace metafill
