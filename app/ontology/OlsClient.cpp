#include "OlsClient.h"

#include "OlsEndpoints.h"
#include "OlsResponse.h"
#include "OlsTransfer.h"

#include "CurlLibrary.h"

#include <QHash>
#include <QLocale>
#include <QUrl>
#include <QtDebug>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace metafill {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace detail {

enum CancelReason : int { NotCancelled = 0, ByCaller, Superseded, Deadline, Shutdown };

struct OlsRequestState
{
    OlsResult::Operation operation = OlsResult::Operation::Search;
    QString queryText; // for OlsResult::query
    TermQuery query;
    QByteArray target;         // what to GET after the base URL
    QByteArray fallbackTarget; // ExactSearch: the plain search that follows an empty exact one
    QString channel;
    OlsClient::Callback callback;
    Clock::time_point submitted;
    std::weak_ptr<OlsWorkerPool> pool;

    std::atomic<int> cancelReason{NotCancelled};
    std::atomic<qint64> deadlineMs{0}; // the wait() deadline that cancelled it, for the message

    OlsTransfer *runningOn = nullptr; // guarded by the pool's mutex

    std::mutex mutex;
    std::condition_variable finishedCondition;
    bool claimed = false;  // guarded by mutex: finish() has begun; the result is decided
    bool finished = false; // guarded by mutex: the callback has returned and the result is in
    OlsResult result;      // guarded by mutex
};

// The worker threads, their queue, and the service status. Shared between
// OlsClient and the request handles (weakly), so that a handle that outlives
// its client can still be cancelled or waited for safely.
class OlsWorkerPool : public std::enable_shared_from_this<OlsWorkerPool>
{
public:
    explicit OlsWorkerPool(const OlsSettings &settings);

    void start();
    void shutdown();

    // False when the queue is full.
    bool enqueue(const std::shared_ptr<OlsRequestState> &state);
    void cancel(const std::shared_ptr<OlsRequestState> &state, CancelReason reason);
    void cancelAll(CancelReason reason);
    // Records the result, updates the status and calls the callback, once.
    void finish(const std::shared_ptr<OlsRequestState> &state, OlsResult result);

    OlsStatus status() const;
    void setStatusCallback(OlsClient::StatusCallback callback);
    std::optional<OlsError> typeAheadPause() const;

    OlsError invalidSettings(const QString &message) const { return {OlsError::Kind::InvalidSettings, message, 0}; }

private:
    struct Fetched
    {
        std::optional<OlsError> error;
        QByteArray body;
        bool notFound = false;
    };

    void workerMain();
    OlsResult execute(OlsRequestState &state, OlsTransfer &transfer);
    OlsResult runSearch(OlsRequestState &state, OlsTransfer &transfer, milliseconds timeout, int attempts, OlsResult result);
    Fetched fetch(OlsRequestState &state, OlsTransfer &transfer, const QByteArray &target, milliseconds timeout, int maxAttempts,
                  bool isLookup, int &attemptsMade);
    Fetched classify(const OlsExchange &exchange, bool isLookup, milliseconds timeout) const;
    OlsError cancelledError(const OlsRequestState &state) const;
    milliseconds backoff(int attempt, const QByteArray &retryAfter) const;
    void forgetChannel(const std::shared_ptr<OlsRequestState> &state);
    void updateStatus(const OlsResult &result);
    QString environmentProxy() const;

    const OlsSettings m_settings;
    const QString m_where; // the base URL as messages show it
    QByteArray m_baseUrl;  // encoded, no trailing slash
    OlsTransferOptions m_options;

    mutable std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::deque<std::shared_ptr<OlsRequestState>> m_queue;
    std::vector<std::shared_ptr<OlsRequestState>> m_running;
    QHash<QString, std::weak_ptr<OlsRequestState>> m_channels;
    std::vector<std::thread> m_threads;
    bool m_stopping = false;

    mutable std::mutex m_statusMutex;
    OlsStatus m_status;
    Clock::time_point m_lastFailure;
    OlsClient::StatusCallback m_statusCallback;
};

} // namespace detail

namespace {

QString seconds(milliseconds duration)
{
    return QLocale().toString(double(duration.count()) / 1000.0, 'g', 3);
}

QString reasonPhrase(long status)
{
    switch (status) {
    case 400: return OlsClient::tr("bad request");
    case 401: return OlsClient::tr("login required");
    case 403: return OlsClient::tr("forbidden");
    case 404: return OlsClient::tr("not found");
    case 408: return OlsClient::tr("request timeout");
    case 429: return OlsClient::tr("too many requests");
    case 500: return OlsClient::tr("internal server error");
    case 502: return OlsClient::tr("bad gateway");
    case 503: return OlsClient::tr("service unavailable");
    case 504: return OlsClient::tr("gateway timeout");
    default: return {};
    }
}

bool looksLikeHtml(const OlsExchange &exchange)
{
    return exchange.contentType.toLower().contains("html") || exchange.body.trimmed().startsWith('<');
}

QString withoutUserInfo(const QString &url)
{
    const QUrl parsed(url);
    return parsed.isValid() ? parsed.toDisplayString(QUrl::RemoveUserInfo) : url;
}

// Text from the network shown in a message: one line, bounded.
QString quoted(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(200)).simplified();
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    return text;
}

bool isExactMatch(const OntologyTerm &term, const QString &text)
{
    const auto same = [&](const QString &candidate) { return candidate.compare(text, Qt::CaseInsensitive) == 0; };
    return same(term.label) || same(term.curie) || same(term.iri)
        || std::any_of(term.synonyms.begin(), term.synonyms.end(), same);
}

} // namespace

namespace detail {

OlsWorkerPool::OlsWorkerPool(const OlsSettings &settings)
    : m_settings(settings)
    , m_where(settings.displayBaseUrl())
{
    const QUrl base(m_where, QUrl::StrictMode);
    m_baseUrl = base.toEncoded(QUrl::FullyEncoded);
    while (m_baseUrl.endsWith('/'))
        m_baseUrl.chop(1);
    const bool loopback = OlsSettings::isLoopbackHost(base.host());
    m_options.protocols = base.scheme().compare(u"http", Qt::CaseInsensitive) == 0 ? "http" : "https";
    m_options.proxy = settings.proxy.trimmed();
    m_options.bypassEnvironmentProxy = loopback && m_options.proxy.isEmpty();
    m_options.caCertificatesFile = settings.caCertificatesFile;
    m_options.userAgent = OlsClient::userAgent();
    m_options.connectTimeout = settings.connectTimeout;
    m_options.lowSpeedBytesPerSecond = settings.lowSpeedBytesPerSecond;
    m_options.lowSpeedWindow = settings.lowSpeedWindow;
    m_options.maxBytes = settings.maxResponseBytes;
    m_status.baseUrl = m_where;
}

void OlsWorkerPool::start()
{
    CurlLibrary::initialise();
    for (int i = 0; i < m_settings.workerThreads; ++i)
        m_threads.emplace_back([this] { workerMain(); });
}

void OlsWorkerPool::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    cancelAll(Shutdown);
    m_workAvailable.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
}

bool OlsWorkerPool::enqueue(const std::shared_ptr<OlsRequestState> &state)
{
    std::shared_ptr<OlsRequestState> superseded;
    if (!state->channel.isEmpty()) {
        std::lock_guard lock(m_mutex);
        superseded = m_channels.value(state->channel).lock();
    }
    if (superseded)
        cancel(superseded, Superseded);

    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || qsizetype(m_queue.size()) >= m_settings.maxQueuedRequests)
            return false;
        m_queue.push_back(state);
        if (!state->channel.isEmpty())
            m_channels.insert(state->channel, state);
    }
    m_workAvailable.notify_one();
    return true;
}

void OlsWorkerPool::cancel(const std::shared_ptr<OlsRequestState> &state, CancelReason reason)
{
    int expected = NotCancelled;
    if (!state->cancelReason.compare_exchange_strong(expected, reason))
        return; // cancelled before; the first reason stands
    bool wasQueued = false;
    {
        std::lock_guard lock(m_mutex);
        const auto queued = std::find(m_queue.begin(), m_queue.end(), state);
        if (queued != m_queue.end()) {
            m_queue.erase(queued);
            wasQueued = true;
        } else if (state->runningOn) {
            state->runningOn->wakeUp(); // the worker sees the flag at once
        }
    }
    if (wasQueued) {
        forgetChannel(state);
        OlsResult result;
        result.error = cancelledError(*state);
        finish(state, std::move(result));
    }
}

void OlsWorkerPool::cancelAll(CancelReason reason)
{
    std::vector<std::shared_ptr<OlsRequestState>> all;
    {
        std::lock_guard lock(m_mutex);
        all.assign(m_queue.begin(), m_queue.end());
        all.insert(all.end(), m_running.begin(), m_running.end());
    }
    for (const auto &state : all)
        cancel(state, reason);
}

void OlsWorkerPool::forgetChannel(const std::shared_ptr<OlsRequestState> &state)
{
    if (state->channel.isEmpty())
        return;
    std::lock_guard lock(m_mutex);
    const auto entry = m_channels.find(state->channel);
    if (entry != m_channels.end() && entry->lock() == state)
        m_channels.erase(entry);
}

void OlsWorkerPool::finish(const std::shared_ptr<OlsRequestState> &state, OlsResult result)
{
    result.operation = state->operation;
    result.query = state->queryText;
    result.elapsed = std::chrono::duration_cast<milliseconds>(Clock::now() - state->submitted);
    {
        std::lock_guard lock(state->mutex);
        if (state->claimed)
            return; // finished before: cancelled while a worker was finishing it, say
        state->claimed = true;
    }
    updateStatus(result);
    // The callback runs before waiters wake, so that wait() returning means
    // the callback has returned too.
    if (state->callback) {
        // An exception must not escape into a worker thread (std::terminate).
        try {
            state->callback(result);
        } catch (const std::exception &e) {
            qWarning("OlsClient: a result callback threw: %s", e.what());
        } catch (...) {
            qWarning("OlsClient: a result callback threw");
        }
        state->callback = nullptr; // release what it captured
    }
    {
        std::lock_guard lock(state->mutex);
        state->finished = true;
        state->result = std::move(result);
    }
    state->finishedCondition.notify_all();
}

void OlsWorkerPool::workerMain()
{
    OlsTransfer transfer;
    for (;;) {
        std::shared_ptr<OlsRequestState> state;
        {
            std::unique_lock lock(m_mutex);
            m_workAvailable.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return; // shutdown() has cancelled (and so finished) everything queued
            state = m_queue.front();
            m_queue.pop_front();
            state->runningOn = &transfer;
            m_running.push_back(state);
        }

        OlsResult result;
        try {
            result = execute(*state, transfer);
        } catch (const std::exception &e) {
            result = OlsResult();
            result.error = OlsError{OlsError::Kind::Other, QCoreApplication::translate("OlsClient", "The answer of the Ontology Lookup Service at %1 could not be processed (%2).")
                                                               .arg(m_where, QString::fromLocal8Bit(e.what())), 0};
        }

        {
            std::lock_guard lock(m_mutex);
            state->runningOn = nullptr;
            m_running.erase(std::find(m_running.begin(), m_running.end(), state));
        }
        forgetChannel(state);
        finish(state, std::move(result));
    }
}

OlsResult OlsWorkerPool::execute(OlsRequestState &state, OlsTransfer &transfer)
{
    OlsResult result;
    if (!transfer.isUsable()) {
        result.error = OlsError{OlsError::Kind::Other, OlsClient::tr("The network library (libcurl) could not be set up."), 0};
        return result;
    }
    using Operation = OlsResult::Operation;
    switch (state.operation) {
    case Operation::TypeAhead:
        return runSearch(state, transfer, m_settings.typeAheadTimeout, 1, std::move(result));
    case Operation::Search:
    case Operation::ExactSearch:
        return runSearch(state, transfer, m_settings.requestTimeout, m_settings.maxAttempts, std::move(result));
    case Operation::Lookup: {
        const Fetched fetched = fetch(state, transfer, state.target, m_settings.requestTimeout, m_settings.maxAttempts, true, result.attempts);
        if (fetched.error) {
            result.error = fetched.error;
        } else if (fetched.notFound) {
            result.notFound = true;
        } else {
            Result<OlsPage> page = OlsResponse::parse(fetched.body);
            if (!page) {
                result.error = OlsError{OlsError::Kind::Malformed,
                                        OlsClient::tr("The Ontology Lookup Service at %1 sent a malformed answer (it %2).").arg(m_where, page.error()), 0};
            } else {
                result.terms = std::move(page->terms);
                result.totalHits = page->totalHits;
                result.cut = page->cut;
            }
        }
        return result;
    }
    }
    return result;
}

OlsResult OlsWorkerPool::runSearch(OlsRequestState &state, OlsTransfer &transfer, milliseconds timeout, int attempts, OlsResult result)
{
    const bool exact = state.operation == OlsResult::Operation::ExactSearch;
    const QString text = state.query.text.simplified();
    const auto readPage = [&](const QByteArray &target) -> bool {
        const Fetched fetched = fetch(state, transfer, target, timeout, attempts, false, result.attempts);
        if (fetched.error) {
            result.error = fetched.error;
            return false;
        }
        Result<OlsPage> page = OlsResponse::parse(fetched.body);
        if (!page) {
            result.error = OlsError{OlsError::Kind::Malformed,
                                    OlsClient::tr("The Ontology Lookup Service at %1 sent a malformed answer (it %2).").arg(m_where, page.error()), 0};
            return false;
        }
        result.terms = std::move(page->terms);
        result.totalHits = page->totalHits;
        result.cut = page->cut;
        if (exact)
            result.terms.removeIf([&](const OntologyTerm &term) { return !isExactMatch(term, text); });
        return true;
    };

    if (!readPage(state.target))
        return result;
    // OLS's exact search is case-sensitive (EBISPOT/ols4#1309): "homo sapiens"
    // finds nothing. A plain search, compared without case here, does.
    if (exact && result.terms.isEmpty() && !state.fallbackTarget.isEmpty() && !readPage(state.fallbackTarget))
        return result;

    if (!state.query.includeObsolete)
        result.terms.removeIf([](const OntologyTerm &term) { return term.obsolete; });
    OlsResponse::noteMatchedSynonyms(result.terms, text);
    OlsResponse::promoteExactMatches(result.terms, text);
    if (state.query.limit > 0 && result.terms.size() > state.query.limit)
        result.terms.resize(state.query.limit);
    return result;
}

OlsWorkerPool::Fetched OlsWorkerPool::fetch(OlsRequestState &state, OlsTransfer &transfer, const QByteArray &target, milliseconds timeout,
                                            int maxAttempts, bool isLookup, int &attemptsMade)
{
    OlsTransferOptions options = m_options;
    options.url = m_baseUrl + target;
    options.timeout = timeout;
    for (int attempt = 1;; ++attempt) {
        if (state.cancelReason.load() != NotCancelled)
            return {cancelledError(state), {}, false};
        ++attemptsMade;
        const OlsExchange exchange = transfer.get(options, state.cancelReason);
        if (exchange.cancelled || state.cancelReason.load() != NotCancelled)
            return {cancelledError(state), {}, false};
        Fetched fetched = classify(exchange, isLookup, timeout);
        if (!fetched.error || !fetched.error->isTransient() || attempt >= maxAttempts)
            return fetched;
        if (!transfer.pause(backoff(attempt, exchange.retryAfter), state.cancelReason))
            return {cancelledError(state), {}, false};
    }
}

milliseconds OlsWorkerPool::backoff(int attempt, const QByteArray &retryAfter) const
{
    // Exponential, with "equal jitter": half fixed, half random, so that
    // clients that failed together do not come back together.
    const qint64 cap = std::max<qint64>(m_settings.retryMaxDelay.count(), 1);
    const qint64 exponential = std::min<qint64>(cap, m_settings.retryBaseDelay.count() << std::min(attempt - 1, 16));
    thread_local std::mt19937 random{std::random_device{}()};
    qint64 delay = exponential / 2 + std::uniform_int_distribution<qint64>(0, std::max<qint64>(exponential / 2, 0))(random);
    bool isNumber = false;
    const qint64 serverSays = retryAfter.toLongLong(&isNumber); // the date form is rare; ignored
    if (isNumber && serverSays > 0)
        delay = std::max(delay, std::min(cap, serverSays * 1000));
    return milliseconds(delay);
}

OlsError OlsWorkerPool::cancelledError(const OlsRequestState &state) const
{
    using Kind = OlsError::Kind;
    switch (state.cancelReason.load()) {
    case Superseded:
        return {Kind::Cancelled, OlsClient::tr("The request to the Ontology Lookup Service was superseded by a newer one."), 0};
    case Deadline:
        return {Kind::TimedOut,
                OlsClient::tr("The Ontology Lookup Service at %1 did not answer within %2 s.").arg(m_where, seconds(milliseconds(state.deadlineMs.load()))),
                0};
    case Shutdown:
        return {Kind::Cancelled, OlsClient::tr("The request to the Ontology Lookup Service was cancelled because its client was closed."), 0};
    default:
        return {Kind::Cancelled, OlsClient::tr("The request to the Ontology Lookup Service was cancelled."), 0};
    }
}

QString OlsWorkerPool::environmentProxy() const
{
    if (!m_options.proxy.isEmpty() || m_options.bypassEnvironmentProxy)
        return {};
    const QList<const char *> names = m_options.protocols == "http" ? QList<const char *>{"http_proxy", "all_proxy", "ALL_PROXY"}
                                                                    : QList<const char *>{"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"};
    for (const char *name : names) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return withoutUserInfo(value);
    }
    return {};
}

OlsWorkerPool::Fetched OlsWorkerPool::classify(const OlsExchange &exchange, bool isLookup, milliseconds timeout) const
{
    using Kind = OlsError::Kind;
    const auto failed = [](Kind kind, const QString &message, int status = 0) { return Fetched{OlsError{kind, message, status}, {}, false}; };
    const QString &where = m_where;
    const QString detail = exchange.curlMessage;

    const CurlFailure failure = CurlLibrary::failure(exchange.curlCode);
    if (exchange.tooLarge || failure == CurlFailure::TooLarge) {
        return failed(Kind::TooLarge, OlsClient::tr("The answer of the Ontology Lookup Service at %1 was larger than %2 MiB and was discarded.")
                                          .arg(where, QLocale().toString(double(m_settings.maxResponseBytes) / (1024.0 * 1024.0), 'g', 3)));
    }
    if (exchange.tooSlow) {
        return failed(Kind::TooSlow, OlsClient::tr("The Ontology Lookup Service at %1 sent its answer too slowly (under %2 bytes per second) and was given up on.")
                                         .arg(where)
                                         .arg(m_settings.lowSpeedBytesPerSecond));
    }

    switch (failure) {
    case CurlFailure::None:
        break;
    case CurlFailure::TimedOut:
        if (!exchange.connected)
            return failed(Kind::TimedOut, OlsClient::tr("The Ontology Lookup Service at %1 could not be reached within %2 s.").arg(where, seconds(m_settings.connectTimeout)));
        return failed(Kind::TimedOut, OlsClient::tr("The Ontology Lookup Service at %1 did not answer within %2 s.").arg(where, seconds(timeout)));
    case CurlFailure::CannotResolveHost:
        return failed(Kind::CannotResolve,
                      OlsClient::tr("The server of the Ontology Lookup Service at %1 could not be found; is this computer offline? (%2)").arg(where, detail));
    case CurlFailure::CannotResolveProxy:
        return failed(Kind::Proxy, OlsClient::tr("The proxy %1 could not be found (%2).").arg(withoutUserInfo(m_options.proxy), detail));
    case CurlFailure::CannotConnect:
        if (!m_options.proxy.isEmpty() && m_options.proxy != QStringView(OlsSettings::NoProxy)) {
            return failed(Kind::Proxy, OlsClient::tr("Could not connect to the proxy %1 set for the Ontology Lookup Service: %2")
                                           .arg(withoutUserInfo(m_options.proxy), detail));
        }
        if (const QString proxy = environmentProxy(); !proxy.isEmpty()) {
            return failed(Kind::CannotConnect, OlsClient::tr("Could not connect to the Ontology Lookup Service at %1 through the proxy %2 that the "
                                                             "environment names: %3")
                                                   .arg(where, proxy, detail));
        }
        return failed(Kind::CannotConnect, OlsClient::tr("Could not connect to the Ontology Lookup Service at %1: %2").arg(where, detail));
    case CurlFailure::ProxyRefused:
        return failed(Kind::Proxy, OlsClient::tr("The proxy refused to connect Metafill to the Ontology Lookup Service at %1: %2").arg(where, detail));
    case CurlFailure::ConnectionCut:
        return failed(Kind::ConnectionReset,
                      OlsClient::tr("The connection to the Ontology Lookup Service at %1 was reset before the answer was complete (%2).").arg(where, detail));
    case CurlFailure::Certificate:
        return failed(Kind::Certificate, OlsClient::tr("The certificate of %1 could not be verified: %2. Metafill only talks to a service it can verify; "
                                                       "if your institution signs its own certificates, set its authority's certificate "
                                                       "file in the OLS settings (metafill-cli: --ca-certificates).")
                                             .arg(QUrl(where).host(), detail));
    case CurlFailure::CertificateFile:
    case CurlFailure::SecureConnection:
        return failed(Kind::SecureConnection,
                      OlsClient::tr("A secure connection to the Ontology Lookup Service at %1 could not be set up: %2").arg(where, detail));
    case CurlFailure::TooLarge:    // handled above
    case CurlFailure::Cancelled:   // handled by the caller before classifying
    case CurlFailure::WriteFailed: // only the size cap refuses bytes, handled above
    case CurlFailure::Protocol:    // OlsSettings accepts only https, or http to this computer
    case CurlFailure::Other:
        return failed(Kind::Other, OlsClient::tr("The request to the Ontology Lookup Service at %1 failed: %2").arg(where, detail));
    }

    const long status = exchange.httpStatus;
    if (status >= 300 && status < 400) {
        const QString target = exchange.location.isEmpty() ? OlsClient::tr("another address") : quoted(exchange.location);
        return failed(Kind::Redirected, OlsClient::tr("The Ontology Lookup Service at %1 answered with a redirect to %2. Metafill does not follow "
                                                      "redirects; if the service has moved, set its new address in the settings.")
                                            .arg(where, target),
                      int(status));
    }
    if (status >= 200 && status < 300) {
        if (looksLikeHtml(exchange)) {
            return failed(Kind::Malformed, OlsClient::tr("The Ontology Lookup Service at %1 sent a web page instead of data; a network login page or "
                                                         "a wrong address may be in the way.")
                                               .arg(where));
        }
        return {std::nullopt, exchange.body, false};
    }

    const QString serverMessage = looksLikeHtml(exchange) ? QString() : OlsResponse::errorMessage(exchange.body);
    // OLS answers an unknown id with 404 and {"status":404,"message":…}: "no
    // such term" is an answer. A 404 page without that document means the
    // address does not lead to OLS at all.
    if (status == 404 && isLookup && !serverMessage.isEmpty())
        return {std::nullopt, {}, true};

    const QString phrase = reasonPhrase(status);
    const QString statusText = phrase.isEmpty() ? OlsClient::tr("HTTP %1").arg(status) : OlsClient::tr("HTTP %1 (%2)").arg(status).arg(phrase);
    QString message;
    if (status == 404)
        message = OlsClient::tr("The Ontology Lookup Service at %1 returned %2; is this the address of an OLS4 service?").arg(where, statusText);
    else if (looksLikeHtml(exchange))
        message = OlsClient::tr("The Ontology Lookup Service at %1 returned %2 — an HTML page instead of data.").arg(where, statusText);
    else if (!serverMessage.isEmpty())
        message = OlsClient::tr("The Ontology Lookup Service at %1 returned %2: %3").arg(where, statusText, serverMessage);
    else
        message = OlsClient::tr("The Ontology Lookup Service at %1 returned %2.").arg(where, statusText);
    return failed(Kind::HttpStatus, message, int(status));
}

void OlsWorkerPool::updateStatus(const OlsResult &result)
{
    using Kind = OlsError::Kind;
    if (result.error) {
        const Kind kind = result.error->kind;
        if (kind == Kind::Cancelled || kind == Kind::InvalidRequest || kind == Kind::Busy || kind == Kind::Paused)
            return; // says nothing about the service
    }
    OlsStatus changed;
    OlsClient::StatusCallback callback;
    {
        std::lock_guard lock(m_statusMutex);
        const OlsStatus before = m_status;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (result.error) {
            m_status.state = result.error->meansUnreachable() ? OlsStatus::State::Unreachable : OlsStatus::State::Degraded;
            m_status.lastFailure = now;
            m_status.lastError = result.error->message;
            ++m_status.consecutiveFailures;
            m_lastFailure = Clock::now();
        } else {
            m_status.state = OlsStatus::State::Online;
            m_status.lastSuccess = now;
            m_status.consecutiveFailures = 0;
        }
        if (before.state == m_status.state && before.lastError == m_status.lastError)
            return;
        changed = m_status;
        callback = m_statusCallback;
    }
    if (callback)
        callback(changed);
}

OlsStatus OlsWorkerPool::status() const
{
    std::lock_guard lock(m_statusMutex);
    return m_status;
}

void OlsWorkerPool::setStatusCallback(OlsClient::StatusCallback callback)
{
    std::lock_guard lock(m_statusMutex);
    m_statusCallback = std::move(callback);
}

std::optional<OlsError> OlsWorkerPool::typeAheadPause() const
{
    std::lock_guard lock(m_statusMutex);
    if (m_settings.failuresBeforePause <= 0 || m_status.consecutiveFailures < m_settings.failuresBeforePause)
        return std::nullopt;
    const Clock::time_point resume = m_lastFailure + m_settings.pauseAfterFailures;
    if (Clock::now() >= resume)
        return std::nullopt;
    const QDateTime resumeAt = QDateTime::currentDateTime().addMSecs(std::chrono::duration_cast<milliseconds>(resume - Clock::now()).count());
    return OlsError{OlsError::Kind::Paused,
                    OlsClient::tr("The Ontology Lookup Service at %1 was not asked, because it failed just now (%2). Metafill asks it again from %3.")
                        .arg(m_where, m_status.lastError, QLocale().toString(resumeAt.time(), QLocale::LongFormat)),
                    0};
}

} // namespace detail

// --- OlsRequest -------------------------------------------------------------

bool OlsRequest::isFinished() const
{
    if (!m_state)
        return false;
    std::lock_guard lock(m_state->mutex);
    return m_state->finished;
}

void OlsRequest::cancel()
{
    if (!m_state)
        return;
    if (std::shared_ptr<detail::OlsWorkerPool> pool = m_state->pool.lock())
        pool->cancel(m_state, detail::ByCaller);
}

OlsResult OlsRequest::wait(milliseconds deadline) const
{
    if (!m_state)
        return {};
    std::unique_lock lock(m_state->mutex);
    if (!m_state->finishedCondition.wait_for(lock, deadline, [this] { return m_state->finished; })) {
        lock.unlock();
        m_state->deadlineMs = deadline.count();
        if (std::shared_ptr<detail::OlsWorkerPool> pool = m_state->pool.lock())
            pool->cancel(m_state, detail::Deadline);
        lock.lock();
        // Cancelling is prompt: a waiting request ends at once, a running one
        // within a poll interval.
        m_state->finishedCondition.wait(lock, [this] { return m_state->finished; });
    }
    return m_state->result;
}

std::optional<OlsResult> OlsRequest::result() const
{
    if (!m_state)
        return std::nullopt;
    std::lock_guard lock(m_state->mutex);
    if (!m_state->finished)
        return std::nullopt;
    return m_state->result;
}

// --- OlsClient --------------------------------------------------------------

QByteArray OlsClient::userAgent()
{
    return QByteArray("Metafill/" METAFILL_VERSION " (+https://metafill.org)");
}

OlsClient::OlsClient(OlsSettings settings)
    : m_settings(std::move(settings))
    , m_settingsCheck(m_settings.check())
    , m_pool(std::make_shared<detail::OlsWorkerPool>(m_settings))
{
    if (m_settingsCheck)
        m_pool->start();
}

OlsClient::~OlsClient()
{
    m_pool->shutdown();
}

OlsStatus OlsClient::status() const
{
    return m_pool->status();
}

void OlsClient::setStatusCallback(StatusCallback callback)
{
    m_pool->setStatusCallback(std::move(callback));
}

void OlsClient::cancelAll()
{
    m_pool->cancelAll(detail::ByCaller);
}

namespace {

std::shared_ptr<detail::OlsRequestState> newState(OlsResult::Operation operation, const QString &text, OlsClient::Callback callback, const QString &channel)
{
    auto state = std::make_shared<detail::OlsRequestState>();
    state->operation = operation;
    state->queryText = text;
    state->callback = std::move(callback);
    state->channel = channel;
    state->submitted = Clock::now();
    return state;
}

} // namespace

OlsRequest OlsClient::submit(std::shared_ptr<detail::OlsRequestState> state, const Result<QByteArray> &target)
{
    state->pool = m_pool;
    const auto refuse = [&](OlsError::Kind kind, const QString &message) {
        OlsResult result;
        result.error = OlsError{kind, message, 0};
        m_pool->finish(state, std::move(result));
    };
    if (!m_settingsCheck) {
        refuse(OlsError::Kind::InvalidSettings, m_settingsCheck.error());
    } else if (!target) {
        refuse(OlsError::Kind::InvalidRequest, target.error());
    } else if (std::optional<OlsError> pause = state->operation == OlsResult::Operation::TypeAhead ? m_pool->typeAheadPause() : std::nullopt) {
        refuse(pause->kind, pause->message);
    } else {
        state->target = *target;
        if (!m_pool->enqueue(state))
            refuse(OlsError::Kind::Busy, tr("Too many requests to the Ontology Lookup Service are waiting; try again in a moment."));
    }
    return OlsRequest(std::move(state));
}

OlsRequest OlsClient::typeAhead(const TermQuery &query, Callback onFinished, const QString &channel)
{
    auto state = newState(OlsResult::Operation::TypeAhead, query.text, std::move(onFinished), channel);
    state->query = query;
    return submit(std::move(state), OlsEndpoints::select(query));
}

OlsRequest OlsClient::search(const TermQuery &query, Callback onFinished, const QString &channel)
{
    auto state = newState(OlsResult::Operation::Search, query.text, std::move(onFinished), channel);
    state->query = query;
    return submit(std::move(state), OlsEndpoints::search(query, false));
}

OlsRequest OlsClient::searchExact(const TermQuery &query, Callback onFinished, const QString &channel)
{
    auto state = newState(OlsResult::Operation::ExactSearch, query.text, std::move(onFinished), channel);
    state->query = query;
    // The plain search that follows an empty exact one asks for more rows:
    // the exact matches are picked out of it here.
    TermQuery wider = query;
    wider.limit = std::max(query.limit, 50);
    if (Result<QByteArray> fallback = OlsEndpoints::search(wider, false))
        state->fallbackTarget = *fallback;
    return submit(std::move(state), OlsEndpoints::search(query, true));
}

OlsRequest OlsClient::lookup(const QString &id, const QString &ontology, Callback onFinished, const QString &channel)
{
    auto state = newState(OlsResult::Operation::Lookup, id, std::move(onFinished), channel);
    state->query.text = id;
    state->query.includeObsolete = true;
    return submit(std::move(state), OlsEndpoints::term(id, ontology));
}

} // namespace metafill
