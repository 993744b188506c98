#pragma once

#include "OlsResult.h"
#include "OlsSettings.h"
#include "OlsStatus.h"
#include "OntologyTerm.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace metafill {

namespace detail {
struct OlsRequestState;
class OlsWorkerPool;
} // namespace detail

// A request in flight. Copies share the request; dropping every copy does
// not cancel it (the callback still runs), cancel() does.
class OlsRequest
{
public:
    OlsRequest() = default;

    bool isValid() const { return m_state != nullptr; }
    bool isFinished() const;
    // Ends the request as soon as possible; its callback reports
    // OlsError::Kind::Cancelled (unless it had already finished).
    void cancel();
    // Blocks the calling thread until the result is in, for at most
    // `deadline`; then the request is cancelled and the result is a TimedOut
    // error. For the CLI; the GUI uses the callback.
    OlsResult wait(std::chrono::milliseconds deadline) const;
    // The result, once finished.
    std::optional<OlsResult> result() const;

private:
    friend class OlsClient;
    explicit OlsRequest(std::shared_ptr<detail::OlsRequestState> state) : m_state(std::move(state)) {}
    std::shared_ptr<detail::OlsRequestState> m_state;
};

// Client of an Ontology Lookup Service (OLS4): type-ahead, full and exact
// search, and lookup of a term by CURIE or IRI. Nothing runs on the caller's
// thread: a small pool of worker threads (OlsSettings::workerThreads) takes
// requests from a bounded queue and talks to the service with libcurl.
//
// Results come back through a callback, called exactly once per request:
//   - on a worker thread, normally. The GUI must marshal to its own thread,
//     e.g. with QMetaObject::invokeMethod(receiver, …, Qt::QueuedConnection);
//   - on the calling thread, when the request is refused before a worker
//     takes it (invalid settings or query, full queue, paused type-ahead) or
//     cancelled while it still waits in the queue.
// Callbacks must return quickly: they hold up their worker. wait() returns
// after the callback has returned, so a callback must not wait() for its
// own request.
//
// A request given a channel cancels the running or waiting request of the
// same channel (type-ahead: each keystroke supersedes the one before; use
// one channel per input field). The superseded request reports Cancelled.
//
// Every failure ends in an OlsError with a translated sentence, within the
// time limits of OlsSettings; nothing hangs. status() sums up what the
// requests found out about the service.
//
// CLI:
//     OlsClient client(settings);
//     const OlsResult result = client.search(query).wait(std::chrono::seconds(20));
//     if (!result.ok())
//         warn(result.error->message); // and answer from the offline index
//
// GUI (a member of the widget that shows the results; QPointer guards it):
//     m_ols->typeAhead(query, [receiver = QPointer(this)](const OlsResult &result) {
//         QMetaObject::invokeMethod(receiver, [receiver, result] {
//             if (receiver) receiver->showOnlineTerms(result);
//         }, Qt::QueuedConnection);
//     }, u"field:imaging-method"_s);
// Destroy the client before what its callbacks refer to: the destructor
// cancels every request and returns once every callback has returned.
class OlsClient
{
    Q_DECLARE_TR_FUNCTIONS(OlsClient)

public:
    using Callback = std::function<void(const OlsResult &)>;
    using StatusCallback = std::function<void(const OlsStatus &)>;

    // "Metafill/<version> (+https://metafill.org)"
    static QByteArray userAgent();

    explicit OlsClient(OlsSettings settings = {});
    ~OlsClient();
    OlsClient(const OlsClient &) = delete;
    OlsClient &operator=(const OlsClient &) = delete;

    const OlsSettings &settings() const { return m_settings; }
    // Whether the settings can be used; when not, every request fails at
    // once with this message (kind InvalidSettings).
    const Status &settingsCheck() const { return m_settingsCheck; }

    // /api/select: as the user types. Never retried; shorter time limit.
    // Ids are not recognised here: give what looks like a CURIE or IRI to lookup().
    OlsRequest typeAhead(const TermQuery &query, Callback onFinished = {}, const QString &channel = {});
    // /api/search: words anywhere in labels, synonyms and definitions.
    OlsRequest search(const TermQuery &query, Callback onFinished = {}, const QString &channel = {});
    // /api/search&exact=true: the terms whose label or synonym is the text.
    // OLS's exact match became case-sensitive in 2026; when it finds nothing,
    // a plain search follows and the client compares without case.
    OlsRequest searchExact(const TermQuery &query, Callback onFinished = {}, const QString &channel = {});
    // One term by CURIE, IRI or short form, obsolete or not. `ontology`: the
    // OLS ontology to ask (to see a term as imported somewhere); empty: the
    // one the id's prefix names. An unknown id is result.notFound, not an error.
    OlsRequest lookup(const QString &id, const QString &ontology = {}, Callback onFinished = {}, const QString &channel = {});

    OlsStatus status() const;
    // Called (on the thread that finished a request) whenever status()
    // changes state or error. Set it before making requests.
    void setStatusCallback(StatusCallback callback);

    void cancelAll();

private:
    OlsRequest submit(std::shared_ptr<detail::OlsRequestState> state, const Result<QByteArray> &target);

    OlsSettings m_settings;
    Status m_settingsCheck;
    std::shared_ptr<detail::OlsWorkerPool> m_pool;
};

} // namespace metafill
