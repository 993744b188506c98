#include "TermTypeAhead.h"

#include "record/TermIds.h"

#include <QDateTime>
#include <QRegularExpression>

#include <condition_variable>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace metafill::gui {
namespace {

// One OLS result, delivered on whatever thread the client calls back on.
struct OlsOutcome
{
    std::mutex mutex;
    std::condition_variable arrived;
    std::optional<OlsResult> result;

    static OlsClient::Callback receiver(const std::shared_ptr<OlsOutcome> &outcome)
    {
        return [outcome](const OlsResult &answer) {
            std::lock_guard lock(outcome->mutex);
            outcome->result = answer;
            outcome->arrived.notify_all();
        };
    }
};

enum class Waited { Arrived, Pending, Abandoned };

// Waits up to `limit` for the result, in short slices so that an abandoned
// lookup frees its worker at once.
Waited waitFor(OlsOutcome &outcome, std::chrono::milliseconds limit, const std::atomic_bool &abandon)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    std::unique_lock lock(outcome.mutex);
    while (!outcome.result) {
        if (abandon)
            return Waited::Abandoned;
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline)
            return Waited::Pending;
        outcome.arrived.wait_for(lock, std::min<std::chrono::steady_clock::duration>(50ms, deadline - now));
    }
    return Waited::Arrived;
}

// The result of `request`, or nullopt when abandoned. OlsClient ends every
// request within its own time limits; `limit` is only a safety net, after
// which the request is cancelled (and a cancelled request always calls back).
std::optional<OlsResult> resultOf(OlsRequest &request, OlsOutcome &outcome, std::chrono::milliseconds limit, const std::atomic_bool &abandon)
{
    switch (waitFor(outcome, limit, abandon)) {
    case Waited::Arrived:
        break;
    case Waited::Abandoned:
        request.cancel();
        return std::nullopt;
    case Waited::Pending: {
        request.cancel();
        std::unique_lock lock(outcome.mutex);
        outcome.arrived.wait(lock, [&] { return outcome.result.has_value(); });
        break;
    }
    }
    std::lock_guard lock(outcome.mutex);
    return outcome.result;
}

// OlsClient's own limits end a request well before this; a request that
// outlives it means something is stuck, and the offline answer is better.
std::chrono::milliseconds safetyLimit(const OlsSettings &settings, bool retried)
{
    const int attempts = retried ? std::max(1, settings.maxAttempts) : 1;
    const auto perAttempt = retried ? settings.requestTimeout : settings.typeAheadTimeout;
    return perAttempt * attempts + settings.retryMaxDelay * attempts + 2s;
}

} // namespace

TermTypeAhead::TermTypeAhead(TermService &service, const std::atomic_bool &abandon) : m_service(service), m_abandon(abandon)
{}

QString TermTypeAhead::idIn(const QString &text)
{
    static const QRegularExpression shortForm(uR"(^[A-Za-z][A-Za-z0-9]*_[0-9A-Za-z]+$)"_s);
    // Metafill shows a term as "label (CURIE)"; pasting that back must work.
    static const QRegularExpression labelled(uR"(^.*\S\s*\(([^()\s]+)\)$)"_s);
    const QString t = text.trimmed();
    if (TermIds::looksLikeCurie(t) || TermIds::looksLikeIri(t) || shortForm.match(t).hasMatch())
        return t;
    if (const QRegularExpressionMatch m = labelled.match(t); m.hasMatch()) {
        const QString id = m.captured(1);
        if (TermIds::looksLikeCurie(id) || TermIds::looksLikeIri(id))
            return id;
    }
    return {};
}

QString TermTypeAhead::recentlyUnreachable() const
{
    const OlsClient *ols = m_service.ols();
    if (!ols)
        return {};
    const OlsStatus status = ols->status();
    if (status.state != OlsStatus::State::Unreachable || !status.lastFailure.isValid())
        return {};
    const auto pause = std::chrono::duration_cast<std::chrono::seconds>(ols->settings().pauseAfterFailures);
    if (status.lastFailure.secsTo(QDateTime::currentDateTimeUtc()) >= pause.count())
        return {};
    return status.lastError;
}

std::optional<TermAnswer> TermTypeAhead::search(const TermQuery &query, const QString &channel, const EarlyAnswer &early)
{
    if (const QString id = idIn(query.text); !id.isEmpty()) {
        std::optional<TermAnswer> byId = lookup(id, channel);
        if (!byId || !byId->terms.isEmpty())
            return byId;
        // Known nowhere as an id: it may still be words ("GFP_1").
    }
    OlsClient *ols = m_service.ols();
    if (!ols)
        return m_service.offlineAnswer(query, QString());

    auto outcome = std::make_shared<OlsOutcome>();
    OlsRequest request = ols->typeAhead(query, OlsOutcome::receiver(outcome), channel);
    // The offline index answers in milliseconds; a slow or silent network
    // must not leave the person looking at an empty list meanwhile.
    if (early) {
        switch (waitFor(*outcome, EarlyAfter, m_abandon)) {
        case Waited::Arrived:
            break;
        case Waited::Abandoned:
            request.cancel();
            return std::nullopt;
        case Waited::Pending:
            early(m_service.offlineAnswer(query, QString()));
            break;
        }
    }
    const std::optional<OlsResult> result = resultOf(request, *outcome, safetyLimit(ols->settings(), false), m_abandon);
    if (!result || result->wasCancelled())
        return std::nullopt; // superseded by the next keystroke, or abandoned
    if (!result->ok())
        return m_service.offlineAnswer(query, result->error->message);
    m_service.remember(result->terms);
    TermAnswer answer;
    answer.fromOls = true;
    answer.terms = m_service.mergeOfflineOnly(query, result->terms);
    return answer;
}

std::optional<TermAnswer> TermTypeAhead::lookup(const QString &id, const QString &channel)
{
    TermAnswer answer;
    const QString wanted = id.trimmed();
    const Result<std::optional<OntologyTerm>> local = m_service.index().lookup(wanted);
    if (local && *local) {
        answer.terms = {**local};
        return answer;
    }
    OlsClient *ols = m_service.ols();
    if (!ols) {
        if (!local)
            answer.fallbackReason = local.error();
        return answer;
    }
    if (const QString reason = recentlyUnreachable(); !reason.isEmpty()) {
        answer.fallbackReason = reason;
        return answer;
    }
    auto outcome = std::make_shared<OlsOutcome>();
    OlsRequest request = ols->lookup(wanted, QString(), OlsOutcome::receiver(outcome), channel);
    const std::optional<OlsResult> result = resultOf(request, *outcome, safetyLimit(ols->settings(), true), m_abandon);
    if (!result || result->wasCancelled())
        return std::nullopt;
    if (!result->ok()) {
        answer.fallbackReason = result->error->message;
        return answer;
    }
    answer.fromOls = true;
    if (!result->terms.isEmpty()) {
        m_service.remember(result->terms);
        if (!result->notFound)
            answer.terms = {result->terms.first()};
    }
    return answer;
}

} // namespace metafill::gui
