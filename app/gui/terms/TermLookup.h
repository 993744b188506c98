#pragma once

#include "OntologyTerm.h"
#include "TermService.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <variant>

namespace metafill::gui {

// Answers term questions off the UI thread: owns a TermService used from a worker thread.
//
// One per application (the settings' OLS address, proxy and offline mode go
// into the options); every term field shares it. Two worker threads open the
// service and answer questions through TermTypeAhead: search() is type-ahead
// (OLS's autocomplete, offline index merged in, ids looked up), lookup() one
// term by id. Questions wait in a short queue; a newer question of the same
// requester replaces its waiting one and cancels its running OLS request, so
// typing never piles up work. Answers arrive as queued signals on this
// object's thread. The destructor abandons running questions (their OLS
// requests are cancelled) and waits at most a few hundred milliseconds.
class TermLookup : public QObject
{
    Q_OBJECT

public:
    explicit TermLookup(const TermService::Options &options, QObject *parent = nullptr);
    ~TermLookup() override; // waits for/abandons work without blocking long

    // Asks a question; the answer arrives through answered() with this id. Newer requests
    // from the same `requester` make older unanswered ones of that requester obsolete (dropped).
    // A null requester: the question is never made obsolete.
    int search(const TermQuery &query, const void *requester);
    int lookup(const QString &curieOrIri, const void *requester); // answered() with 0 or 1 term
    bool isOffline() const;      // offline mode, or OLS found unreachable
    QString offlineReason() const; // translated; empty when online

signals:
    void answered(int requestId, const metafill::TermAnswer &answer);
    void failed(int requestId, const QString &message);
    void offlineChanged(bool offline);
    // The offline hits for a search, sent while OLS is still being asked
    // (it takes longer than TermTypeAhead::EarlyAfter); answered() follows
    // with the same id.
    void earlyAnswered(int requestId, const metafill::TermAnswer &answer);
    // Something worth a status-bar line, such as a missing installed index
    // (translated). Sent once, when the service has been opened.
    void warning(const QString &message);

private:
    friend struct TermLookupShared;
    int ask(std::variant<std::monostate, TermQuery, QString> what, const void *requester);
    // On this thread: hands an answer to the caller unless a newer question
    // of the same requester has come in meanwhile.
    void deliver(int id, const void *requester, const std::function<void(TermLookup *, int)> &deliver, bool final);
    void noteSource(const TermAnswer &answer);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace metafill::gui
