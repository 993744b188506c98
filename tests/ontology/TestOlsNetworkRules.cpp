// What Metafill promises about the network (SECURITY.md): it talks only to
// the OLS address the user configured, only over a connection it could
// verify, and says so when it answers from the offline index instead.
//
// Every server here is a FakeOlsServer on 127.0.0.1; the "other host" a
// hostile answer points at is a second one, which must never see a
// connection. Certificates are made at test time with openssl.
#include "FakeOlsServer.h"
#include "OlsClient.h"
#include "OlsEndpoints.h"
#include "QuickOlsSettings.h"
#include "TermService.h"

#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace metafill;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Fault = FakeOlsServer::Fault;
using Kind = OlsError::Kind;

namespace {

TermQuery query(const QString &text, const QStringList &ontologies = {})
{
    TermQuery q;
    q.text = text;
    q.ontologies = ontologies;
    q.limit = 10;
    return q;
}

QByteArray why(const OlsResult &result)
{
    return result.error ? result.error->message.toUtf8() : QByteArray("ok");
}

OlsError errorOf(const OlsResult &result)
{
    return result.error.value_or(OlsError{Kind::Other, u"no error: the request succeeded"_s, 0});
}

// A term document of OLS4 (as /api/search and /api/ontologies/…/terms give
// them) whose every link leads to `elsewhere`.
QByteArray termJson(const QByteArray &elsewhere, const QByteArray &label, const QByteArray &curie)
{
    const QByteArray shortForm = QByteArray(curie).replace(':', '_');
    const QByteArray iri = elsewhere + "/obo/" + shortForm;
    return R"({"iri":")" + iri + R"(","label":")" + label + R"(","obo_id":")" + curie + R"(","short_form":")" + shortForm +
           R"(","ontology_name":"fbbi","ontology_prefix":"FBbi","ontology_iri":")" + elsewhere + R"(/ontology/fbbi.owl",)" +
           R"("description":["see )" + elsewhere + R"(/more"],"synonyms":[],"is_defining_ontology":true,"is_obsolete":false,)" +
           R"("term_replaced_by":")" + elsewhere + R"(/obo/FBbi_99999999",)" + R"("_links":{"self":{"href":")" + elsewhere +
           R"(/api/terms/x"},"parents":{"href":")" + elsewhere + R"(/api/parents"},"graph":{"href":")" + elsewhere + R"(/api/graph"}}})";
}

// A result page that says there are more pages, and where: elsewhere.
QByteArray pageJson(const QByteArray &elsewhere, const QByteArray &term)
{
    return R"({"_embedded":{"terms":[)" + term + R"(]},"_links":{"first":{"href":")" + elsewhere + R"(/api/terms?page=0"},)" +
           R"("self":{"href":")" + elsewhere + R"(/api/terms?page=0"},"next":{"href":")" + elsewhere + R"(/api/terms?page=1"},)" +
           R"("last":{"href":")" + elsewhere + R"(/api/terms?page=9"}},"page":{"size":1,"totalElements":10,"totalPages":10,"number":0}})";
}

QByteArray solrJson(const QByteArray &elsewhere, const QByteArray &term)
{
    return R"({"responseHeader":{"status":0,"params":{"url":")" + elsewhere + R"("}},"response":{"numFound":5000,"start":0,"docs":[)" +
           term + R"(]},"highlighting":{},"_links":{"next":{"href":")" + elsewhere + R"(/api/search?start=10"}}})";
}

} // namespace

class TestOlsNetworkRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_certificate; // self-signed for 127.0.0.1
    QString m_key;
    QString m_otherCertificate; // self-signed for ols.example.org only
    QString m_otherKey;

    bool makeCertificate(const QString &name, const QString &subject, const QString &altNames, QString *certificate, QString *key)
    {
        *certificate = m_dir.filePath(name + u"-cert.pem"_s);
        *key = m_dir.filePath(name + u"-key.pem"_s);
        QProcess make;
        make.start(QStandardPaths::findExecutable(u"openssl"_s),
                   {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, subject, u"-addext"_s,
                    u"subjectAltName="_s + altNames, u"-keyout"_s, *key, u"-out"_s, *certificate});
        return make.waitForFinished(30'000) && make.exitStatus() == QProcess::NormalExit && make.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty() || !QSslSocket::supportsSsl())
            QSKIP("needs the openssl program (packaging/dev/install-deps.sh installs it) and Qt's TLS backend");
        QVERIFY(makeCertificate(u"local"_s, u"/CN=127.0.0.1"_s, u"IP:127.0.0.1"_s, &m_certificate, &m_key));
        QVERIFY(makeCertificate(u"other"_s, u"/CN=ols.example.org"_s, u"DNS:ols.example.org"_s, &m_otherCertificate, &m_otherKey));
    }

    // A self-signed certificate: refused before a byte of the request is
    // sent, and the offline answer says why instead of passing for OLS's.
    void selfSignedServiceIsRefusedAndSaidSo()
    {
        FakeOlsServer server;
        QVERIFY(server.start(m_certificate, m_key));
        const TermQuery q = query(u"nomarski"_s, {u"fbbi"_s});
        server.addResponse("/ols4" + *OlsEndpoints::search(q, false), 200,
                           solrJson("https://127.0.0.1:1", termJson("https://127.0.0.1:1", "x", "FBbi:1")));

        TermService service;
        TermService::Options options;
        options.installedIndex.clear();
        options.userStore = m_dir.filePath(u"store-self-signed.sqlite"_s);
        options.ols = quickOlsSettings(server.baseUrl());
        QVERIFY(service.open(options));

        const TermAnswer answer = service.search(q);
        QVERIFY(!answer.fromOls);
        QVERIFY2(answer.fallbackReason.startsWith(u"The certificate of 127.0.0.1 could not be verified: "_s),
                 qPrintable(answer.fallbackReason));
        QVERIFY(answer.fallbackReason.contains(u"--ca-certificates"_s));
        // Later questions go straight to the index, and still say why.
        TermAnswer origin;
        const auto looked = service.lookup(u"FBbi:00000245"_s, &origin);
        QVERIFY(looked && !*looked);
        QVERIFY2(origin.fallbackReason.contains(u"could not be verified"_s), qPrintable(origin.fallbackReason));
        QCOMPARE(service.search(query(u"dic"_s)).fallbackReason, answer.fallbackReason);
        QCOMPARE(server.requests().size(), 0);
    }

    // Trusting an authority does not mean trusting its certificate for
    // another name: a certificate for ols.example.org served on 127.0.0.1.
    void certificateForAnotherHostIsRefused()
    {
        FakeOlsServer server;
        QVERIFY(server.start(m_otherCertificate, m_otherKey));
        OlsSettings settings = quickOlsSettings(server.baseUrl());
        settings.caCertificatesFile = m_otherCertificate;
        OlsClient client(settings);
        const OlsResult result = client.search(query(u"dic"_s)).wait(5s);
        QVERIFY(!result.ok());
        QCOMPARE(errorOf(result).kind, Kind::Certificate);
        QVERIFY2(errorOf(result).message.contains(u"127.0.0.1"_s), why(result).constData());
        QCOMPARE(server.requests().size(), 0);
    }

    // https to http, or to another host: never followed, whatever the status.
    void redirectsAreNeverFollowed()
    {
        FakeOlsServer elsewhere; // plain http on another port: the host the redirect names
        QVERIFY(elsewhere.start());
        FakeOlsServer server;
        QVERIFY(server.start(m_certificate, m_key));
        OlsSettings settings = quickOlsSettings(server.baseUrl());
        settings.caCertificatesFile = m_certificate;
        const QByteArray target = "http://127.0.0.1:" + QByteArray::number(elsewhere.port()) + "/ols4/api/search?q=dic";
        server.setRedirectTarget(target);
        server.setDefaultFault(Fault::Redirect);
        OlsClient client(settings);
        for (const OlsRequest &request : {client.typeAhead(query(u"dic"_s)), client.search(query(u"dic"_s)),
                                          client.searchExact(query(u"dic"_s)), client.lookup(u"FBbi:00000245"_s)}) {
            const OlsResult result = request.wait(5s);
            QVERIFY(!result.ok());
            QCOMPARE(errorOf(result).kind, Kind::Redirected);
            QVERIFY2(errorOf(result).message.contains(QString::fromUtf8(target)), why(result).constData());
        }
        QTest::qWait(100);
        QCOMPARE(elsewhere.connectionCount(), 0);
        QCOMPARE(server.requests().size(), 4);
    }

    // Answers full of links to another host (pages, parents, the terms' own
    // IRIs): nothing is fetched from there, and looking up a term by such an
    // IRI still asks only the configured service.
    void linksInAnswersAreNotFollowed()
    {
        FakeOlsServer elsewhere;
        QVERIFY(elsewhere.start());
        const QByteArray other = "http://127.0.0.1:" + QByteArray::number(elsewhere.port());
        FakeOlsServer server;
        QVERIFY(server.start(m_certificate, m_key));
        OlsSettings settings = quickOlsSettings(server.baseUrl());
        settings.caCertificatesFile = m_certificate;

        const TermQuery q = query(u"differential interference contrast microscopy"_s, {u"fbbi"_s});
        const QByteArray term = termJson(other, "differential interference contrast microscopy", "FBbi:00000245");
        server.addResponse("/ols4" + *OlsEndpoints::select(q), 200, solrJson(other, term));
        server.addResponse("/ols4" + *OlsEndpoints::search(q, false), 200, solrJson(other, term));
        server.addResponse("/ols4" + *OlsEndpoints::search(q, true), 200, solrJson(other, term));
        server.addResponse("/ols4" + *OlsEndpoints::term(u"FBbi:00000245"_s), 200, pageJson(other, term));
        const QString iri = QString::fromUtf8(other) + u"/obo/FBbi_00000245"_s;
        server.addResponse("/ols4" + *OlsEndpoints::term(iri, u"fbbi"_s), 200, pageJson(other, term));

        OlsClient client(settings);
        for (const OlsRequest &request : {client.typeAhead(q), client.search(q), client.searchExact(q), client.lookup(u"FBbi:00000245"_s),
                                          client.lookup(iri, u"fbbi"_s)}) {
            const OlsResult result = request.wait(5s);
            QVERIFY2(result.ok(), QByteArray(why(result) + " for " + server.requests().last().target).constData());
            QCOMPARE(result.terms.size(), 1);
            QCOMPARE(result.terms.first().iri, iri); // kept as data, not followed
        }
        QTest::qWait(200);
        QCOMPARE(elsewhere.connectionCount(), 0);
        const QList<FakeOlsServer::Request> requests = server.requests();
        QCOMPARE(requests.size(), 5);
        const QByteArray host = "127.0.0.1:" + QByteArray::number(server.port());
        for (const FakeOlsServer::Request &request : requests) {
            QCOMPARE(request.headers.value("host"), host);
            QVERIFY2(request.path.startsWith("/ols4/api/"), request.target.constData());
        }
    }

    // Line breaks and URL syntax in what a user or a record types cannot
    // add headers or change where the request goes.
    void typedTextCannotSteerTheRequest()
    {
        FakeOlsServer server;
        QVERIFY(server.start(m_certificate, m_key));
        OlsSettings settings = quickOlsSettings(server.baseUrl());
        settings.caCertificatesFile = m_certificate;
        server.setDefaultFault(Fault::NotFoundJson);
        OlsClient client(settings);
        const QStringList hostile{u"dic\r\nHost: ols.example.org\r\nX-Injected: 1"_s, u"@ols.example.org/"_s, u"../../../admin?x=1#y"_s,
                                  u"FBbi:1\r\nX-Injected: 1"_s, u"http://user:pw@ols.example.org/obo/X_1"_s};
        for (const QString &text : hostile) {
            client.search(query(text)).wait(5s);
            client.lookup(text).wait(5s);
        }
        const QList<FakeOlsServer::Request> requests = server.requests();
        QVERIFY(!requests.isEmpty());
        const QByteArray host = "127.0.0.1:" + QByteArray::number(server.port());
        for (const FakeOlsServer::Request &request : requests) {
            QCOMPARE(request.headers.value("host"), host);
            QVERIFY2(!request.headers.contains("x-injected"), request.target.constData());
            QVERIFY2(request.path.startsWith("/ols4/api/") && !request.target.contains('\r'), request.target.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestOlsNetworkRules)
#include "TestOlsNetworkRules.moc"
