#pragma once

#include "OlsClient.h"
#include "OlsSettings.h"
#include "OntologyTerm.h"
#include "TermIndex.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace metafill {

// Where the answer to a term question came from, and why not from OLS.
struct TermAnswer
{
    QList<OntologyTerm> terms;
    bool fromOls = false; // the Ontology Lookup Service answered
    // Why the answer comes from the offline index although OLS was to be
    // asked (translated; empty when OLS answered or offline mode is on).
    QString fallbackReason;
};

// Term questions answered the way people expect at a disconnected
// acquisition PC: from the Ontology Lookup Service when it can be reached,
// else from the offline index — never no answer because the network is down.
// Every term OLS returns is remembered in the user's cache, so it can be
// found offline later. When OLS answers, offline terms it did not return
// are merged in — above all a facility's term-pack terms, which OLS does not
// know: one whose label or synonym is exactly the text comes before OLS's
// hits, the others after them (within the query's limit). Ids (CURIE, IRI, short form) are looked up offline
// first: the index answers them at once and OLS only for what it lacks.
//
// Once OLS could not be reached at all (no network, no server), later
// questions go straight to the index with the same reason for the rest of the
// service's life: a bulk job of a thousand queries on a disconnected PC must
// not wait out a time-out per query.
//
// The calls block the calling thread, at most for Options::deadline each:
// the CLI calls them directly, the GUI from a worker thread. They may be
// called from several threads at once (TermIndex and OlsClient allow it).
class TermService
{
    Q_DECLARE_TR_FUNCTIONS(TermService)

public:
    struct Options
    {
        QString installedIndex = TermIndex::installedIndexPath();
        QString userStore = TermIndex::defaultUserStorePath(); // empty: no cache, no packs
        bool offline = false;                   // never ask OLS
        OlsSettings ols;
        std::chrono::milliseconds deadline{20'000};
    };

    // Opens the index; a missing installed index is not fatal (packs, cache
    // and OLS still work) but is reported in warnings().
    Status open(const Options &options);

    TermAnswer search(const TermQuery &query);
    // One term by CURIE, IRI or short form; nullopt with no reason when
    // neither the index nor OLS knows it.
    Result<std::optional<OntologyTerm>> lookup(const QString &id, TermAnswer *origin = nullptr);

    // The pieces search() is made of, for callers that ask OLS in another way
    // (the GUI's cancellable type-ahead) and must answer by the same rules:
    // the index's answer with the reason OLS was not used; OLS's terms with
    // the offline terms it did not return merged in (an exact match first,
    // the others after OLS's hits); and OLS's terms kept in the user's cache.
    TermAnswer offlineAnswer(const TermQuery &query, const QString &reason);
    QList<OntologyTerm> mergeOfflineOnly(const TermQuery &query, const QList<OntologyTerm> &online);
    void remember(const QList<OntologyTerm> &terms);

    TermIndex &index() { return m_index; }
    OlsClient *ols() { return m_ols.get(); } // null in offline mode
    const QStringList &warnings() const { return m_warnings; }

private:
    // Why OLS is not to be asked any more; empty while it may be.
    QString unreachableReason() const;
    void noteFailure(const OlsError &error);

    Options m_options;
    TermIndex m_index;
    std::unique_ptr<OlsClient> m_ols;
    QStringList m_warnings;
    mutable std::mutex m_mutex; // guards m_unreachable
    QString m_unreachable;
};

} // namespace metafill
