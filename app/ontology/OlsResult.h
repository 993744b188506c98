#pragma once

#include "OntologyTerm.h"

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace metafill {

// Why a request to the Ontology Lookup Service gave no terms. `message` is a
// whole translated sentence that names the service's address and says what
// happened, ready for a status bar or stderr.
struct OlsError
{
    enum class Kind {
        InvalidSettings,  // the base URL or proxy setting cannot be used; nothing was sent
        InvalidRequest,   // nothing to search for, or an id that is no CURIE or IRI
        Busy,             // too many requests waiting; nothing was sent
        Paused,           // type-ahead not sent: the service failed several times in a row just now
        Cancelled,        // cancelled, superseded by a newer request on the same channel, or the client closed
        TimedOut,         // no (complete) answer within the time limit
        TooSlow,          // the answer trickled in below the low-speed limit
        CannotResolve,    // the server's name could not be looked up (offline?)
        CannotConnect,    // the connection was refused or could not be made
        Proxy,            // the proxy could not be found, reached, or refused the connection
        ConnectionReset,  // the connection broke before the answer was complete
        Certificate,      // the server's certificate could not be verified
        SecureConnection, // another TLS failure
        HttpStatus,       // the service answered with an HTTP error status (httpStatus)
        Redirected,       // the service answered with a redirect, which Metafill does not follow
        Malformed,        // the answer was not the JSON the service sends (an HTML page, cut short …)
        TooLarge,         // the answer exceeded OlsSettings::maxResponseBytes
        Other,
    };

    Kind kind = Kind::Other;
    QString message;
    int httpStatus = 0; // for HttpStatus and Redirected

    // Worth another attempt after a pause: no connection, a time-out, a
    // broken connection, HTTP 502/503/504. Never a 4xx or a bad answer.
    bool isTransient() const;
    // The service could not be talked to at all (as opposed to answering badly).
    bool meansUnreachable() const;
};

// The outcome of one request. Exactly one of: `error` set; or terms (possibly
// none) with `notFound` telling a lookup of an id the service does not know.
struct OlsResult
{
    enum class Operation { TypeAhead, Search, ExactSearch, Lookup };

    Operation operation = Operation::Search;
    QString query;                 // the text or id asked for, to match answers to what is on screen
    std::optional<OlsError> error; // empty: the service answered
    QList<OntologyTerm> terms;     // source = Ols; one per IRI, best first
    qint64 totalHits = -1;         // as the service counts them before deduplication; -1: not said
    bool notFound = false;         // a lookup answered "no such term" (HTTP 404): an answer, not a failure
    bool cut = false;              // the answer exceeded a parser bound; some of it is missing
    int attempts = 0;              // HTTP requests made, retries included
    std::chrono::milliseconds elapsed{0}; // from submission to the result

    bool ok() const { return !error.has_value(); }
    bool wasCancelled() const { return error && error->kind == OlsError::Kind::Cancelled; }
};

} // namespace metafill
