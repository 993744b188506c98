#include "TermLookup.h"

#include "TermTypeAhead.h"

#include <QHash>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace metafill::gui {
namespace {

struct Question
{
    int id = 0;
    const void *requester = nullptr;
    // Nothing (open the service only), a search, or an id to look up.
    std::variant<std::monostate, TermQuery, QString> what;
};

// Two workers: a slow OLS lookup (it retries) must not hold up type-ahead.
constexpr int WorkerCount = 2;
// Questions waiting for a worker. A person types into one field at a time
// and each field has at most one question waiting, so this is only reached
// by a runaway caller; the oldest question is then dropped with a message.
constexpr std::size_t MaxWaiting = 32;
// How long the destructor waits for running questions to end. They end
// within milliseconds once abandoned (OLS requests are cancelled); this only
// bounds the wait should SQLite be slow.
constexpr auto MaxShutdownWait = 300ms;

QString channelOf(const void *requester)
{
    // OlsClient cancels the running request of a channel when the next one
    // arrives, which frees the worker at once when the person types on.
    return requester ? u"term-requester:%1"_s.arg(quintptr(requester), 0, 16) : QString();
}

} // namespace

// The state the workers share with the widget thread. Workers hold it by
// shared_ptr, so a TermLookup may go away while one still runs.
struct TermLookupShared
{
    explicit TermLookupShared(const TermService::Options &serviceOptions) : options(serviceOptions) {}

    const TermService::Options options;

    // Opened by the first worker that needs it (never on the widget thread:
    // opening creates the user's store and may touch a slow disk).
    std::once_flag openOnce;
    std::unique_ptr<TermService> service;
    std::unique_ptr<TermTypeAhead> typeAhead;
    QString openFailure;  // the service cannot answer at all
    QString openFallback; // it answers from the offline index only, because …

    std::atomic_bool abandoned{false};

    std::mutex mutex; // guards everything below
    std::condition_variable wake;
    std::condition_variable idle;
    std::deque<Question> waiting;
    QHash<const void *, int> latest; // per requester: the question that counts
    int running = 0;
    TermLookup *owner = nullptr; // null once the TermLookup is gone

    void open()
    {
        service = std::make_unique<TermService>();
        Status opened = service->open(options);
        if (!opened && !options.offline) {
            // Unusable OLS settings (a plain-http address, a missing
            // certificate file) must not cost the offline index.
            TermService::Options offline = options;
            offline.offline = true;
            auto fallback = std::make_unique<TermService>();
            if (fallback->open(offline)) {
                openFallback = opened.error();
                service = std::move(fallback);
                opened = Done{};
            }
        }
        if (!opened)
            openFailure = opened.error();
        typeAhead = std::make_unique<TermTypeAhead>(*service, abandoned);
        // A missing installed index is worth a status-bar line, once.
        const QStringList warnings = service->warnings();
        std::lock_guard lock(mutex);
        if (owner && !warnings.isEmpty()) {
            QMetaObject::invokeMethod(owner, [owner = owner, warnings] {
                for (const QString &warning : warnings)
                    emit owner->warning(warning);
            }, Qt::QueuedConnection);
        }
    }

    // Under `mutex`.
    bool isObsolete(const Question &question) const
    {
        return question.requester && latest.value(question.requester) != question.id;
    }

    // Runs `deliver` on the widget thread, unless the question is obsolete
    // or the TermLookup is gone by then.
    template<typename Deliver>
    void post(const Question &question, Deliver deliver, bool final)
    {
        std::lock_guard lock(mutex);
        if (!owner || isObsolete(question))
            return;
        // `owner` cannot go away meanwhile: its destructor takes `mutex` to
        // clear it, and deleting a QObject discards the events posted to it.
        QMetaObject::invokeMethod(owner, [owner = owner, id = question.id, requester = question.requester, deliver = std::move(deliver), final] {
            owner->deliver(id, requester, deliver, final);
        }, Qt::QueuedConnection);
    }

    void work()
    {
        for (;;) {
            Question question;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return abandoned || !waiting.empty(); });
                if (abandoned)
                    return;
                question = std::move(waiting.front());
                waiting.pop_front();
                ++running;
            }
            answer(question);
            std::lock_guard lock(mutex);
            --running;
            idle.notify_all();
        }
    }

    void answer(const Question &question)
    {
        std::call_once(openOnce, [this] { open(); });
        if (std::holds_alternative<std::monostate>(question.what))
            return;
        {
            std::lock_guard lock(mutex);
            if (isObsolete(question))
                return;
        }
        if (!openFailure.isEmpty()) {
            post(question, [message = openFailure](TermLookup *lookup, int id) { emit lookup->failed(id, message); }, true);
            return;
        }
        const QString channel = channelOf(question.requester);
        std::optional<TermAnswer> answer;
        if (const auto *query = std::get_if<TermQuery>(&question.what)) {
            answer = typeAhead->search(*query, channel, [&](const TermAnswer &early) {
                post(question, [early](TermLookup *lookup, int id) { emit lookup->earlyAnswered(id, early); }, false);
            });
        } else {
            answer = typeAhead->lookup(std::get<QString>(question.what), channel);
        }
        if (!answer)
            return; // superseded or abandoned: nobody waits for it
        if (!openFallback.isEmpty() && answer->fallbackReason.isEmpty())
            answer->fallbackReason = openFallback;
        post(question, [answer = *answer](TermLookup *lookup, int id) {
            lookup->noteSource(answer);
            emit lookup->answered(id, answer);
        }, true);
    }
};

struct TermLookup::Private
{
    std::shared_ptr<TermLookupShared> shared;
    int nextId = 1;
    // The widget thread's view of the service; answers update it.
    bool offline = false;
    QString offlineReason;
};

TermLookup::TermLookup(const TermService::Options &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->shared = std::make_shared<TermLookupShared>(options);
    d->shared->owner = this;
    if (options.offline) {
        d->offline = true;
        d->offlineReason = tr("Offline mode is on (see Settings): terms come from the offline index only.");
    }
    // Detached: each thread holds the shared state, so the destructor need
    // not wait for a question that takes long (see ~TermLookup).
    for (int i = 0; i < WorkerCount; ++i)
        std::thread([shared = d->shared] { shared->work(); }).detach();
    // Open the service now, so that the first keystroke finds it ready.
    std::lock_guard lock(d->shared->mutex);
    d->shared->waiting.push_back(Question{});
    d->shared->wake.notify_one();
}

TermLookup::~TermLookup()
{
    TermLookupShared &shared = *d->shared;
    std::unique_lock lock(shared.mutex);
    shared.owner = nullptr;
    shared.abandoned = true; // running OLS waits end within 50 ms and cancel their requests
    shared.waiting.clear();
    shared.wake.notify_all();
    // Bounded: a worker still inside SQLite is left to finish on its own;
    // it holds the shared state, not this object.
    shared.idle.wait_for(lock, MaxShutdownWait, [&] { return shared.running == 0; });
}

int TermLookup::ask(std::variant<std::monostate, TermQuery, QString> what, const void *requester)
{
    const int id = d->nextId++;
    Question question;
    question.id = id;
    question.requester = requester;
    question.what = std::move(what);
    std::optional<Question> dropped;
    {
        TermLookupShared &shared = *d->shared;
        std::lock_guard lock(shared.mutex);
        if (requester) {
            shared.latest.insert(requester, question.id);
            std::erase_if(shared.waiting, [&](const Question &q) { return q.requester == requester; });
        }
        if (shared.waiting.size() >= MaxWaiting) {
            dropped = std::move(shared.waiting.front());
            shared.waiting.pop_front();
        }
        shared.waiting.push_back(std::move(question));
        shared.wake.notify_one();
    }
    if (dropped) {
        // Asynchronously, like every answer: the caller has not stored the id yet.
        QMetaObject::invokeMethod(this, [this, id = dropped->id] {
            emit failed(id, tr("Too many term questions at once; this one was dropped. Please try again."));
        }, Qt::QueuedConnection);
    }
    return id;
}

int TermLookup::search(const TermQuery &query, const void *requester)
{
    return ask(query, requester);
}

int TermLookup::lookup(const QString &curieOrIri, const void *requester)
{
    return ask(curieOrIri, requester);
}

bool TermLookup::isOffline() const
{
    return d->offline;
}

QString TermLookup::offlineReason() const
{
    return d->offline ? d->offlineReason : QString();
}

void TermLookup::deliver(int id, const void *requester, const std::function<void(TermLookup *, int)> &deliver, bool final)
{
    {
        // A newer question may have come in while this answer was on its way.
        std::lock_guard lock(d->shared->mutex);
        if (requester) {
            const auto latest = d->shared->latest.constFind(requester);
            if (latest == d->shared->latest.cend() || *latest != id)
                return;
            if (final)
                d->shared->latest.erase(latest);
        }
    }
    deliver(this, id);
}

void TermLookup::noteSource(const TermAnswer &answer)
{
    if (d->shared->options.offline)
        return; // offline by choice, whatever an answer says
    bool offline = d->offline;
    if (answer.fromOls) {
        offline = false;
        d->offlineReason.clear();
    } else if (!answer.fallbackReason.isEmpty()) {
        offline = true;
        d->offlineReason = answer.fallbackReason;
    }
    if (offline != d->offline) {
        d->offline = offline;
        emit offlineChanged(offline);
    }
}

} // namespace metafill::gui
