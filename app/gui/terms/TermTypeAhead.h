#pragma once

#include "OntologyTerm.h"
#include "TermService.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace metafill::gui {

// What a person types into a term field, answered on a worker thread from a
// TermService's offline index and OLS client.
//
// TermService::search() asks OLS's full search (/api/search), which matches
// whole words: "confoc" finds nothing there. Type-ahead needs OLS's
// autocomplete endpoint (/api/select, OlsClient::typeAhead), and it must be
// cancellable when the next keystroke makes it obsolete. This adapter does
// that and answers with TermService's own rules (offlineAnswer,
// mergeOfflineOnly, remember): ids are looked up offline first, OLS's terms
// are remembered in the user's cache, and offline terms OLS did not return
// are merged in. Unlike TermService it never marks OLS unreachable for good: a
// GUI runs all day and the network comes back; OlsClient's pause after
// failures keeps a dead service from costing a time-out per keystroke.
//
// Every call blocks its (worker) thread, bounded by OlsSettings' time limits;
// `abandon` cuts a wait short (the widget went away).
class TermTypeAhead
{
public:
    using EarlyAnswer = std::function<void(const TermAnswer &)>;

    // How long OLS may take before the offline hits are shown meanwhile.
    static constexpr std::chrono::milliseconds EarlyAfter{250};

    TermTypeAhead(TermService &service, const std::atomic_bool &abandon);

    // Terms for text being typed. When `text` is an id (CURIE, IRI, short
    // form, or "label (CURIE)") and some place knows it, that one term.
    // `channel`: a newer question on the same channel supersedes this one;
    // then nullopt. `early` gets the offline hits when OLS is slow.
    std::optional<TermAnswer> search(const TermQuery &query, const QString &channel, const EarlyAnswer &early = {});
    // One term by id: 0 or 1 terms. nullopt when superseded or abandoned.
    std::optional<TermAnswer> lookup(const QString &id, const QString &channel);

    // The id `text` names: the text itself when it looks like a CURIE, IRI
    // or short form, the id of "label (CURIE)" as Metafill shows a term;
    // empty otherwise.
    static QString idIn(const QString &text);

private:
    // Why OLS is not worth asking for an id now (it failed to connect just
    // now); empty when it is.
    QString recentlyUnreachable() const;

    TermService &m_service;
    const std::atomic_bool &m_abandon;
};

} // namespace metafill::gui
