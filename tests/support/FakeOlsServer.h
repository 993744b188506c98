#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

// A fake Ontology Lookup Service for tests: a real HTTP/1.1 server on
// 127.0.0.1 (never any other address), running in a thread of its own so that
// a test can block on a client while the server answers.
//
// It answers from responses registered inline (addResponse) and from the
// recorded fixtures of ../shared/ols-fixtures (loadFixtures). A request
// matches a response when the method and the raw path are equal (the
// double-encoded IRI paths are compared as sent) and the query parameters
// are equal as a multiset: order does not matter, names and values are
// percent-decoded once, the comma lists of ontology, type, fieldList, slim
// and queryFields are split, repeated parameters merged. Unmatched requests
// get 404 {"status":404,"message":"No fixture for …"}.
//
// Faults make it misbehave for the next connections (queueFault) or for all
// (setDefaultFault). Every request is recorded, with its headers and whether
// the client closed the connection before the server had answered.
class FakeOlsServer
{
public:
    enum class Fault {
        None,
        NeverAnswer,        // reads the request, then says nothing
        Trickle,            // headers, then the answer one byte per trickle interval
        ServiceUnavailable, // 503 with nginx's HTML page
        MalformedJson,      // 200 with JSON cut off mid-document (Content-Length consistent)
        ResetOnAccept,      // RST right after accept (SO_LINGER 0), before reading anything
        ResetConnection,    // RST once the request has been read
        NotFoundJson,       // 404 {"status":404,"message":…}, whatever was asked
        HugeBody,           // 200 streaming hugeBodyBytes with no length declared
        HugeDeclaredBody,   // the same with Content-Length declared up front
        Redirect,           // 302 to redirectTarget (another host)
        Delay,              // the normal answer after delayMs
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QByteArray path;   // raw, still percent-encoded
        QList<QPair<QString, QString>> query; // normalised as described above, sorted
        QHash<QByteArray, QByteArray> headers; // names in lower case
        Fault fault = Fault::None;
        bool closedByClient = false; // the client hung up before the server was done
        qint64 closedAfterMs = -1;   // … this long after the request arrived
        QString queryValue(const QString &name) const;
        bool hasParameter(const QString &name) const;
    };

    FakeOlsServer();
    ~FakeOlsServer();
    FakeOlsServer(const FakeOlsServer &) = delete;
    FakeOlsServer &operator=(const FakeOlsServer &) = delete;

    // Listens on 127.0.0.1 on a free port. With a certificate and key (PEM
    // files) it speaks TLS. False if it cannot listen.
    bool start(const QString &certificateFile = {}, const QString &keyFile = {});
    quint16 port() const;
    // "http://127.0.0.1:<port>/ols4": the fixtures' paths start with /ols4.
    QString baseUrl() const;

    // Loads <dir>/index.json and the fixtures it lists; the number loaded,
    // or -1 with `error` set.
    int loadFixtures(const QString &directory, QString *error = nullptr);
    // `target`: path and query as a client would send them ("/ols4/api/select?q=x&rows=5").
    void addResponse(const QByteArray &target, int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    // Parameters left out of the comparison on both sides.
    void setIgnoredParameters(const QStringList &names);

    void queueFault(Fault fault, int connections = 1);
    void setDefaultFault(Fault fault);
    void setDelayMs(int milliseconds);
    void setTrickleIntervalMs(int milliseconds);
    void setRedirectTarget(const QByteArray &url);
    void setHugeBodyBytes(qint64 bytes);

    QList<Request> requests() const;
    int connectionCount() const;
    void clearRecords();
    bool waitForRequests(int count, int timeoutMs) const;
    bool waitForClientClose(int requestIndex, int timeoutMs) const;

    static QList<QPair<QString, QString>> normalisedQuery(const QByteArray &rawQuery);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
