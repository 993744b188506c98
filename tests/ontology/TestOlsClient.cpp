// The OLS client against a fake OLS server on 127.0.0.1: the recorded
// fixtures of ../shared/ols-fixtures (skipped when absent), inline answers
// (always), and a server that misbehaves in every way the real one has.
// No test touches the internet: every client here points at the fake server
// or at a closed local port.
#include "FakeOlsServer.h"
#include "OlsClient.h"
#include "OlsEndpoints.h"
#include "OlsResponse.h"
#include "QuickOlsSettings.h"
#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace metafill;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Fault = FakeOlsServer::Fault;
using Kind = OlsError::Kind;

Q_DECLARE_METATYPE(FakeOlsServer::Fault)
Q_DECLARE_METATYPE(OlsError::Kind)

namespace {

TermQuery query(const QString &text, const QStringList &ontologies = {}, int limit = 10)
{
    TermQuery q;
    q.text = text;
    q.ontologies = ontologies;
    q.limit = limit;
    return q;
}

// A port nobody listens on.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString fixturesDir()
{
    return QStringLiteral(METAFILL_SHARED_DIR) + u"/ols-fixtures"_s;
}

// Collects callback results from whatever thread calls.
class Probe
{
public:
    OlsClient::Callback callback()
    {
        return [this](const OlsResult &result) {
            std::lock_guard lock(m_mutex);
            m_results.append(result);
            m_threads.append(std::this_thread::get_id());
            m_changed.notify_all();
        };
    }
    bool waitFor(int count, std::chrono::milliseconds timeout = 5s)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, timeout, [&] { return m_results.size() >= count; });
    }
    QList<OlsResult> results()
    {
        std::lock_guard lock(m_mutex);
        return m_results;
    }
    QList<std::thread::id> threads()
    {
        std::lock_guard lock(m_mutex);
        return m_threads;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<OlsResult> m_results;
    QList<std::thread::id> m_threads;
};

const QByteArray SelectBody = R"({"responseHeader":{"params":{"q":"nomarski"},"status":0,"QTime":2},
 "response":{"numFound":1,"start":0,"docs":[
  {"id":"fbbi:class:http://purl.obolibrary.org/obo/FBbi_00000245","iri":"http://purl.obolibrary.org/obo/FBbi_00000245",
   "short_form":"FBbi_00000245","obo_id":"FBbi:00000245","label":"differential interference contrast microscopy",
   "ontology_name":"fbbi","ontology_prefix":"FBbi","description":[],"type":"class",
   "synonym":["DIC","Nomarski"],"is_defining_ontology":true}]},
 "highlighting":{"fbbi:class:http://purl.obolibrary.org/obo/FBbi_00000245":{"synonym_autosuggest":["<b>Nomarski</b>"]}}})";

QByteArray searchBody(const QString &label, const QString &curie)
{
    const QString iri = u"http://purl.obolibrary.org/obo/"_s + QString(curie).replace(u':', u'_');
    return (uR"({"responseHeader":{"status":0},"response":{"numFound":1,"start":0,"docs":[{"iri":")"_s + iri + uR"(","label":")"_s + label
            + uR"(","obo_id":")"_s + curie + uR"(","ontology_name":")"_s + curie.section(u':', 0, 0).toLower()
            + uR"(","synonym":[],"is_defining_ontology":true}]}})"_s)
        .toUtf8();
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

QByteArray why(const OlsResult &result)
{
    return result.error ? result.error->message.toUtf8() : QByteArray("ok");
}

// The error of a result that should have failed; a stand-in when it did not.
OlsError errorOf(const OlsResult &result)
{
    return result.error.value_or(OlsError{OlsError::Kind::Other, u"no error: the request succeeded"_s, 0});
}

QByteArray selectTarget(const TermQuery &q)
{
    return "/ols4" + *OlsEndpoints::select(q);
}

QByteArray searchTarget(const TermQuery &q, bool exact = false)
{
    return "/ols4" + *OlsEndpoints::search(q, exact);
}

} // namespace

class TestOlsClient : public QObject
{
    Q_OBJECT

private slots:
    void settingsCheck_data();
    void settingsCheck();
    void invalidSettingsFailAtOnce();
    void endpoints();
    void parserShapes();
    void parserBounds();
    void fuzzSeeds();

    void fixtureRoundTrips();
    void inlineRoundTrips();
    void exactSearchFallsBackWithoutCase();

    void faults_data();
    void faults();
    void refusedConnection();
    void deadExplicitProxy();
    void redirectIsNotFollowed();
    void retryOn503ThenSuccess();
    void noRetryOn4xx();
    void typeAheadNeverRetries();
    void cancellation();
    void supersession();
    void supersedingAQueuedRequest();
    void concurrentRequests();
    void boundedQueue();
    void waitDeadline();
    void destructorCancelsEverything();
    void statusFollowsResults();
    void typeAheadPausesAfterFailures();
    void certificateIsAlwaysVerified();
};

void TestOlsClient::settingsCheck_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("EBI default") << QString::fromUtf16(OlsSettings::DefaultBaseUrl) << QString() << true << QString();
    QTest::newRow("institution https") << u"https://ols.example.org/ols4/"_s << QString() << true << QString();
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/ols4"_s << QString() << true << QString();
    QTest::newRow("http loopback 127/8") << u"http://127.3.2.1/ols4"_s << QString() << true << QString();
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << QString() << true << QString();
    QTest::newRow("http loopback v6") << u"http://[::1]:8080/ols4"_s << QString() << true << QString();
    QTest::newRow("http remote") << u"http://www.ebi.ac.uk/ols4"_s << QString() << false << u"plain http"_s;
    QTest::newRow("http lookalike host") << u"http://127.0.0.1.example.org/ols4"_s << QString() << false << u"plain http"_s;
    QTest::newRow("http private net") << u"http://10.0.0.1/ols4"_s << QString() << false << u"plain http"_s;
    QTest::newRow("ftp") << u"ftp://ols.example.org/ols4"_s << QString() << false << u"not a web address"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << QString() << false << u"not a valid address"_s;
    QTest::newRow("empty") << QString() << QString() << false << u"No address"_s;
    QTest::newRow("garbage") << u"not a url"_s << QString() << false << u"not a valid address"_s;
    QTest::newRow("credentials") << u"https://user:secret@ols.example.org/ols4"_s << QString() << false << u"user name or password"_s;
    QTest::newRow("query") << u"https://ols.example.org/ols4?x=1"_s << QString() << false << u"'?' or '#'"_s;
    QTest::newRow("proxy none") << u"https://ols.example.org"_s << u"none"_s << true << QString();
    QTest::newRow("proxy http") << u"https://ols.example.org"_s << u"http://proxy.example.org:3128"_s << true << QString();
    QTest::newRow("proxy socks") << u"https://ols.example.org"_s << u"socks5h://127.0.0.1:1080"_s << true << QString();
    QTest::newRow("proxy ftp") << u"https://ols.example.org"_s << u"ftp://proxy:21"_s << false << u"proxy"_s;
    QTest::newRow("proxy no scheme") << u"https://ols.example.org"_s << u"proxy:3128"_s << false << u"proxy"_s;
}

void TestOlsClient::settingsCheck()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, proxy);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    OlsSettings settings;
    settings.baseUrl = baseUrl;
    settings.proxy = proxy;
    const Status check = settings.check();
    QCOMPARE(check.ok(), accepted);
    if (!accepted)
        QVERIFY2(check.error().contains(messagePart), why(check).constData());
}

void TestOlsClient::invalidSettingsFailAtOnce()
{
    Probe probe;
    OlsClient client(quickOlsSettings(u"http://ols.example.org/ols4"_s));
    QVERIFY(!client.settingsCheck());
    QElapsedTimer timer;
    timer.start();
    const OlsRequest request = client.typeAhead(query(u"confoc"_s), probe.callback());
    // Refused before anything is sent; the callback ran on this thread.
    QVERIFY(request.isFinished());
    QCOMPARE(probe.results().size(), 1);
    QCOMPARE(probe.threads().first(), std::this_thread::get_id());
    QCOMPARE(errorOf(probe.results().first()).kind, Kind::InvalidSettings);
    QVERIFY(errorOf(probe.results().first()).message.contains(u"plain http"));
    QVERIFY(timer.elapsed() < 100);
    QCOMPARE(client.status().state, OlsStatus::State::Unreachable);
}

void TestOlsClient::endpoints()
{
    TermQuery q = query(u"confocal microscopy"_s, {u"FBbi"_s});
    q.roots = {u"FBbi:00000222"_s};
    const QByteArray select = *OlsEndpoints::select(q);
    QVERIFY(select.startsWith("/api/select?"));
    const auto parameters = FakeOlsServer::normalisedQuery(select.mid(select.indexOf('?') + 1));
    QVERIFY(parameters.contains(qMakePair(u"q"_s, u"confocal microscopy"_s)));
    QVERIFY(parameters.contains(qMakePair(u"ontology"_s, u"fbbi"_s)));
    QVERIFY(parameters.contains(qMakePair(u"allChildrenOf"_s, u"http://purl.obolibrary.org/obo/FBbi_00000222"_s)));
    QVERIFY(parameters.contains(qMakePair(u"type"_s, u"class"_s)));
    QVERIFY(parameters.contains(qMakePair(u"fieldList"_s, u"is_defining_ontology"_s)));
    QVERIFY(parameters.contains(qMakePair(u"fieldList"_s, u"synonym"_s)));
    QVERIFY(parameters.contains(qMakePair(u"rows"_s, u"10"_s)));
    QVERIFY(!select.contains("obsoletes"));
    QVERIFY(!select.contains("local="));
    // No ontology named: the defining ontology's copy only.
    QVERIFY(OlsEndpoints::select(query(u"brain"_s))->contains("local=true"));
    q.includeObsolete = true; // still never obsoletes=true, which would mean ONLY obsolete terms
    QVERIFY(!OlsEndpoints::search(q, true)->contains("obsoletes"));
    QVERIFY(OlsEndpoints::search(q, true)->contains("exact=true"));

    QCOMPARE(*OlsEndpoints::term(u"http://purl.obolibrary.org/obo/FBbi_00000246"_s),
             QByteArray("/api/ontologies/fbbi/terms/http%253A%252F%252Fpurl.obolibrary.org%252Fobo%252FFBbi_00000246"));
    QCOMPARE(*OlsEndpoints::term(u"NCBITaxon:9606"_s), QByteArray("/api/ontologies/ncbitaxon/terms?obo_id=NCBITaxon%3A9606"));
    QCOMPARE(*OlsEndpoints::term(u"UBERON:0000955"_s, u"efo"_s), QByteArray("/api/ontologies/efo/terms?obo_id=UBERON%3A0000955"));
    QCOMPARE(*OlsEndpoints::term(u"FBbi_00000246"_s), QByteArray("/api/ontologies/fbbi/terms?short_form=FBbi_00000246"));
    QVERIFY(!OlsEndpoints::term(u"confocal"_s));
    QVERIFY(!OlsEndpoints::term(u"FBbi:1"_s, u"../admin"_s));
    QVERIFY(!OlsEndpoints::select(query(u"   "_s)));
    TermQuery badRoot = query(u"x"_s);
    badRoot.roots = {u"imaging method"_s};
    QVERIFY(!OlsEndpoints::select(badRoot)); // never dropped silently
    QVERIFY(!OlsEndpoints::select(query(u"x"_s, {u"fbbi) OR (x"_s})));
}

void TestOlsClient::parserShapes()
{
    // v2: label and synonym arrays, booleans as strings, localised values.
    const auto v2 = OlsResponse::parse(R"({"page":0,"totalElements":7,"elements":[{"iri":"http://purl.obolibrary.org/obo/NCBITaxon_9606",
        "curie":"NCBITaxon:9606","label":["Homo sapiens"],"synonym":["human",{"type":"x","value":"man"}],"ontologyId":"NCBITaxon",
        "isObsolete":"false","isDefiningOntology":"true","definition":[{"value":"A species."}]}]})");
    QVERIFY2(v2, why(v2).constData());
    QCOMPARE(v2->totalHits, 7);
    QCOMPARE(v2->terms.size(), 1);
    const OntologyTerm &human = v2->terms.first();
    QCOMPARE(human.label, u"Homo sapiens"_s);
    QCOMPARE(human.synonyms, QStringList({u"human"_s, u"man"_s}));
    QCOMPARE(human.ontology, u"ncbitaxon"_s);
    QCOMPARE(human.definition, u"A species."_s);
    QCOMPARE(human.source, OntologyTerm::Source::Ols);
    QVERIFY(!human.obsolete);

    // One term: obsolete by flag, by label; replaced-by kept; CURIE from the IRI.
    const auto term = OlsResponse::parse(R"({"iri":"http://purl.obolibrary.org/obo/FBbi_00000001","label":"obsolete thing",
        "is_obsolete":"true","term_replaced_by":"http://purl.obolibrary.org/obo/FBbi_00000002","description":["first","second"]})");
    QVERIFY2(term, why(term).constData());
    QCOMPARE(term->terms.first().curie, u"FBbi:00000001"_s);
    QCOMPARE(term->terms.first().ontology, u"fbbi"_s);
    QVERIFY(term->terms.first().obsolete);
    QCOMPARE(term->terms.first().replacedBy, u"http://purl.obolibrary.org/obo/FBbi_00000002"_s);
    QCOMPARE(term->terms.first().definition, u"first"_s);
    QVERIFY(OlsResponse::isObsoleteLabel(u"OBSOLETE: rat"_s));
    QVERIFY(!OlsResponse::isObsoleteLabel(u"obsolescence"_s));

    // The same IRI from two ontologies: the defining one stays, at the first place.
    const auto twice = OlsResponse::parse(R"({"response":{"numFound":3,"docs":[
        {"iri":"http://purl.obolibrary.org/obo/UBERON_0000955","label":"brain","ontology_name":"efo","is_defining_ontology":false},
        {"iri":"http://purl.obolibrary.org/obo/UBERON_0002107","label":"liver","ontology_name":"uberon","is_defining_ontology":true},
        {"iri":"http://purl.obolibrary.org/obo/UBERON_0000955","label":"brain","ontology_name":"UBERON","is_defining_ontology":true}]}})");
    QVERIFY2(twice, why(twice).constData());
    QCOMPARE(twice->terms.size(), 2);
    QCOMPARE(twice->terms[0].ontology, u"uberon"_s);
    QCOMPARE(twice->terms[1].label, u"liver"_s);
    // Without the flag, the ontology the prefix names wins.
    const auto noFlag = OlsResponse::parse(R"({"response":{"docs":[
        {"iri":"http://purl.obolibrary.org/obo/UBERON_0000955","obo_id":"UBERON:0000955","label":"brain","ontology_name":"efo"},
        {"iri":"http://purl.obolibrary.org/obo/UBERON_0000955","obo_id":"UBERON:0000955","label":"brain","ontology_name":"uberon"}]}})");
    QVERIFY2(noFlag, why(noFlag).constData());
    QCOMPARE(noFlag->terms.size(), 1);
    QCOMPARE(noFlag->terms[0].ontology, u"uberon"_s);

    // Highlighting names the matched synonym.
    const auto select = OlsResponse::parse(SelectBody);
    QVERIFY2(select, why(select).constData());
    QCOMPARE(select->terms.first().matchedSynonym, u"Nomarski"_s);

    // An empty HAL page has no _embedded.
    const auto empty = OlsResponse::parse(R"({"page":{"size":20,"totalElements":0,"totalPages":0,"number":0}})");
    QVERIFY2(empty, why(empty).constData());
    QVERIFY(empty->terms.isEmpty());

    // Hostile values: a javascript: IRI is not an IRI, control characters go.
    const auto hostile = OlsResponse::parse(R"json({"response":{"docs":[
        {"iri":"javascript:alert(1)","label":"x"},
        {"iri":"http://purl.obolibrary.org/obo/FBbi_00000003","label":"a\u0000b\nc\u202Ed","obo_id":"not a curie"}]}})json");
    QVERIFY2(hostile, why(hostile).constData());
    QCOMPARE(hostile->terms.size(), 1);
    QCOMPARE(hostile->terms.first().label, u"a b c d"_s);
    QCOMPARE(hostile->terms.first().curie, u"FBbi:00000003"_s);

    QCOMPARE(OlsResponse::errorMessage(R"({"status":404,"message":"No term with id X in fbbi"})"), u"No term with id X in fbbi"_s);
    QVERIFY(OlsResponse::errorMessage("<html>").isEmpty());
    QVERIFY(OlsResponse::parse(R"({"status":500,"message":"boom"})").error().contains(u"boom"));
    QVERIFY(!OlsResponse::parse("{\"response\":{\"docs\":[{\"iri\":\"http://purl"));
    QVERIFY(!OlsResponse::parse("[1,2]"));
    QVERIFY(!OlsResponse::parse(R"({"response":{"docs":{}}})"));
    QVERIFY(!OlsResponse::parse(R"({"unrelated":true})"));

    QList<OntologyTerm> ranked(3);
    ranked[0].label = u"confocal microscopy system"_s;
    ranked[1].label = u"laser scanning"_s;
    ranked[1].synonyms = {u"Confocal"_s};
    ranked[2].label = u"confocal"_s;
    OlsResponse::promoteExactMatches(ranked, u"confocal"_s);
    QCOMPARE(ranked[0].label, u"confocal"_s);
    QCOMPARE(ranked[1].label, u"laser scanning"_s);
    QCOMPARE(ranked[1].matchedSynonym, u"Confocal"_s);
    QCOMPARE(ranked[2].label, u"confocal microscopy system"_s);
}

void TestOlsClient::parserBounds()
{
    QByteArray many = R"({"response":{"numFound":1500,"docs":[)";
    for (int i = 0; i < 1'500; ++i)
        many += (i ? "," : "") + QByteArray(R"({"iri":"http://purl.obolibrary.org/obo/FBbi_)") + QByteArray::number(i) + "\"}";
    many += "]}}";
    const auto page = OlsResponse::parse(many);
    QVERIFY2(page, why(page).constData());
    QCOMPARE(page->terms.size(), OlsResponse::MaxTerms);
    QVERIFY(page->cut);

    QByteArray synonyms = R"({"iri":"http://purl.obolibrary.org/obo/FBbi_1","synonyms":[)";
    for (int i = 0; i < 300; ++i)
        synonyms += (i ? ",\"s" : "\"s") + QByteArray::number(i) + '"';
    synonyms += "]}";
    const auto bounded = OlsResponse::parse(synonyms);
    QVERIFY2(bounded, why(bounded).constData());
    QCOMPARE(bounded->terms.first().synonyms.size(), OlsResponse::MaxSynonyms);
    QVERIFY(bounded->cut);

    // A label of 100 KiB of "é" is cut at a character boundary.
    QByteArray longLabel = R"({"iri":"http://purl.obolibrary.org/obo/FBbi_1","label":")";
    for (int i = 0; i < 50 * 1024; ++i)
        longLabel += "\xC3\xA9";
    longLabel += "\"}";
    const auto cut = OlsResponse::parse(longLabel);
    QVERIFY2(cut, why(cut).constData());
    QVERIFY(cut->cut);
    QVERIFY(cut->terms.first().label.toUtf8().size() <= OlsResponse::MaxTextBytes);
    QVERIFY(!cut->terms.first().label.contains(QChar::ReplacementCharacter));

    const QByteArray nested = QByteArray(100'000, '[') + QByteArray(100'000, ']');
    const auto deep = OlsResponse::parse(nested);
    QVERIFY(!deep);
    QVERIFY(deep.error().contains(u"nested"));
}

// The seeds of fuzz_ols_json (tests/data/fuzz/ols-json, synthetic bodies of
// every shape, written by hand) read as they should.
void TestOlsClient::fuzzSeeds()
{
    const QDir dir(TestPaths::data(u"fuzz/ols-json"_s));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    QVERIFY(files.size() >= 10);
    QHash<QString, OlsPage> pages;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto page = OlsResponse::parse(file.readAll());
        if (name.startsWith(u"error-")) {
            QVERIFY2(!page && page.error().startsWith(u"is an error message: "_s), qPrintable(name));
            continue;
        }
        QVERIFY2(page, qPrintable(name + u": "_s + QString::fromUtf8(why(page))));
        pages.insert(name, *page);
    }
    const OlsPage select = pages.value(u"select-highlighting.json"_s);
    QCOMPARE(select.terms.size(), 1);
    QCOMPARE(select.terms.first().ontology, u"fbbi"_s);
    QCOMPARE(select.terms.first().matchedSynonym, u"Nipkow disk microscopy"_s);

    const OlsPage search = pages.value(u"search-fieldlist.json"_s);
    QCOMPARE(search.terms.size(), 2);
    QCOMPARE(search.terms[0].ontology, u"ncbitaxon"_s);
    QCOMPARE(search.terms[1].curie, u"EFO:0000001"_s);
    QVERIFY(search.terms[1].obsolete); // by its label

    const OlsPage obsolete = pages.value(u"term-obsolete.json"_s);
    QVERIFY(obsolete.terms.first().obsolete);
    QCOMPARE(obsolete.terms.first().replacedBy, u"FBbi:00000251"_s);

    const OlsPage unit = pages.value(u"term.json"_s);
    QCOMPARE(unit.terms.first().synonyms, QStringList({u"micron"_s, u"um"_s}));

    const OlsPage v2 = pages.value(u"v2-page.json"_s);
    QCOMPARE(v2.terms.first().synonyms, QStringList({u"zebrafish"_s, u"zebra fish"_s}));
    QCOMPARE(v2.terms.first().definition, u"A species of ray-finned fish."_s);

    QCOMPARE(pages.value(u"hal-page.json"_s).terms.size(), 1);
    QCOMPARE(pages.value(u"hal-page.json"_s).terms.first().ontology, u"cl"_s);
    QCOMPARE(pages.value(u"hal-page-empty.json"_s).totalHits, 0);
    QCOMPARE(pages.value(u"select-empty.json"_s).terms.size(), 0);
}

void TestOlsClient::fixtureRoundTrips()
{
    if (!QFile::exists(fixturesDir() + u"/index.json"_s))
        QSKIP("../shared/ols-fixtures is not here");
    FakeOlsServer server;
    QVERIFY(server.start());
    QString error;
    QCOMPARE(server.loadFixtures(fixturesDir(), &error), 10);
    // The fixtures were recorded with fewer returned fields and without
    // type=class; the client's own choice of both is checked below.
    server.setIgnoredParameters({u"fieldList"_s, u"type"_s});
    OlsClient client(quickOlsSettings(server));

    const OlsResult confoc = client.typeAhead(query(u"confoc"_s, {u"fbbi"_s})).wait(5s);
    QVERIFY2(confoc.ok(), why(confoc).constData());
    QCOMPARE(confoc.terms.size(), 5);
    QCOMPARE(confoc.terms.first().label, u"confocal microscopy"_s);
    QCOMPARE(confoc.terms.first().curie, u"FBbi:00000251"_s);
    QCOMPARE(confoc.terms.first().ontology, u"fbbi"_s);
    QCOMPARE(confoc.terms.first().source, OntologyTerm::Source::Ols);
    QCOMPARE(confoc.terms.last().definition, u"Fixed array of sources focused to an array of spots that is swept over the specimen in raster fashion"_s);
    QCOMPARE(confoc.totalHits, 5);

    const OlsResult human = client.searchExact(query(u"Homo sapiens"_s, {u"ncbitaxon"_s})).wait(5s);
    QVERIFY2(human.ok(), why(human).constData());
    QCOMPARE(human.terms.size(), 1);
    QCOMPARE(human.terms.first().curie, u"NCBITaxon:9606"_s);
    QCOMPARE(human.terms.first().ontology, u"ncbitaxon"_s); // not the "NCBITAXON" prefix
    QVERIFY(human.terms.first().synonyms.contains(u"human"_s));

    const OlsResult brain = client.searchExact(query(u"brain"_s, {u"uberon"_s, u"efo"_s})).wait(5s);
    QVERIFY2(brain.ok(), why(brain).constData());
    QCOMPARE(brain.terms.size(), 1); // one result per IRI …
    QCOMPARE(brain.terms.first().ontology, u"uberon"_s); // … from the defining ontology
    QCOMPARE(brain.totalHits, 2);

    const OlsResult fluorescence = client.search(query(u"fluorescence microscopy"_s, {u"fbbi"_s}, 5)).wait(5s);
    QVERIFY2(fluorescence.ok(), why(fluorescence).constData());
    QCOMPARE(fluorescence.terms.first().label, u"fluorescence microscopy"_s);

    TermQuery mus = query(u"mus"_s, {u"ncbitaxon"_s}, 5);
    mus.roots = {u"NCBITaxon:40674"_s};
    const OlsResult mice = client.typeAhead(mus).wait(5s);
    QVERIFY2(mice.ok(), why(mice).constData());
    QCOMPARE(mice.terms.size(), 5);
    QCOMPARE(mice.terms.first().label, u"Mus <genus>"_s);

    const OlsResult byCurie = client.lookup(u"NCBITaxon:9606"_s).wait(5s);
    QVERIFY2(byCurie.ok(), why(byCurie).constData());
    QCOMPARE(byCurie.terms.size(), 1);
    QCOMPARE(byCurie.terms.first().label, u"Homo sapiens"_s);
    QVERIFY(byCurie.terms.first().synonyms.contains(u"human"_s));

    const OlsResult byIri = client.lookup(u"http://purl.obolibrary.org/obo/FBbi_00000246"_s).wait(5s);
    QVERIFY2(byIri.ok(), why(byIri).constData());
    QCOMPARE(byIri.terms.first().label, u"fluorescence microscopy"_s);
    QCOMPARE(byIri.terms.first().curie, u"FBbi:00000246"_s);
    QVERIFY(!byIri.terms.first().obsolete);
    QVERIFY(byIri.terms.first().replacedBy.isEmpty());

    const OlsResult unknown = client.lookup(u"http://purl.obolibrary.org/obo/FBbi_99999999"_s).wait(5s);
    QVERIFY(unknown.ok()); // "no such term" is an answer …
    QVERIFY(unknown.notFound);
    QVERIFY(unknown.terms.isEmpty());
    QCOMPARE(client.status().state, OlsStatus::State::Online); // … and the service is fine

    // What went over the wire.
    const QList<FakeOlsServer::Request> requests = server.requests();
    QCOMPARE(requests.size(), 8);
    for (const FakeOlsServer::Request &request : requests) {
        QCOMPARE(request.headers.value("user-agent"), QByteArray("Metafill/" METAFILL_VERSION " (+https://metafill.org)"));
        QCOMPARE(request.headers.value("host"), "127.0.0.1:" + QByteArray::number(server.port()));
        QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
        QVERIFY2(!request.hasParameter(u"obsoletes"_s), request.target.constData());
        QVERIFY(request.path.startsWith("/ols4/api/"));
    }
    QCOMPARE(requests[0].queryValue(u"type"_s), u"class"_s);
    QVERIFY(requests[0].query.contains(qMakePair(u"fieldList"_s, u"synonym"_s)));
    QVERIFY(requests[0].query.contains(qMakePair(u"fieldList"_s, u"is_defining_ontology"_s)));
    QVERIFY(requests[0].query.contains(qMakePair(u"fieldList"_s, u"id"_s))); // the key of the highlighting
    QCOMPARE(requests[4].queryValue(u"allChildrenOf"_s), u"http://purl.obolibrary.org/obo/NCBITaxon_40674"_s);
    QCOMPARE(requests[6].path, QByteArray("/ols4/api/ontologies/fbbi/terms/http%253A%252F%252Fpurl.obolibrary.org%252Fobo%252FFBbi_00000246"));
}

void TestOlsClient::inlineRoundTrips()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    const TermQuery nomarski = query(u"nomarski"_s, {u"fbbi"_s});
    server.addResponse(selectTarget(nomarski), 200, SelectBody);
    server.addResponse("/ols4/api/ontologies/fbbi/terms?obo_id=FBbi%3A00000245", 200,
                       R"({"_embedded":{"terms":[{"iri":"http://purl.obolibrary.org/obo/FBbi_00000245","label":"differential interference contrast microscopy",
                          "obo_id":"FBbi:00000245","ontology_name":"fbbi","is_obsolete":false,"synonyms":["DIC","Nomarski"],
                          "description":["Uses polarized light and a prism."]}]},"page":{"size":1,"totalElements":1,"totalPages":1,"number":0}})");
    Probe probe;
    OlsClient client(quickOlsSettings(server));

    const OlsResult dic = client.typeAhead(nomarski, probe.callback()).wait(5s);
    QVERIFY2(dic.ok(), why(dic).constData());
    QCOMPARE(dic.terms.size(), 1);
    QCOMPARE(dic.terms.first().matchedSynonym, u"Nomarski"_s);
    QCOMPARE(dic.operation, OlsResult::Operation::TypeAhead);
    QCOMPARE(dic.query, u"nomarski"_s);
    QCOMPARE(dic.attempts, 1);
    // wait() returns once the callback has run, and that was on a worker.
    QCOMPARE(probe.results().size(), 1);
    QVERIFY(probe.threads().first() != std::this_thread::get_id());

    const OlsResult term = client.lookup(u"FBbi:00000245"_s).wait(5s);
    QVERIFY2(term.ok(), why(term).constData());
    QCOMPARE(term.terms.first().definition, u"Uses polarized light and a prism."_s);
    QCOMPARE(term.terms.first().synonyms, QStringList({u"DIC"_s, u"Nomarski"_s}));
}

void TestOlsClient::exactSearchFallsBackWithoutCase()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    const TermQuery lower = query(u"homo sapiens"_s, {u"ncbitaxon"_s});
    server.addResponse(searchTarget(lower, true), 200, R"({"response":{"numFound":0,"start":0,"docs":[]}})");
    TermQuery wider = lower;
    wider.limit = 50;
    QByteArray plain = searchBody(u"Homo sapiens"_s, u"NCBITaxon:9606"_s);
    plain.replace("]}}", R"(,{"iri":"http://purl.obolibrary.org/obo/NCBITaxon_63221","label":"Homo sapiens neanderthalensis"}]}})");
    server.addResponse(searchTarget(wider), 200, plain);
    OlsClient client(quickOlsSettings(server));

    const OlsResult result = client.searchExact(lower).wait(5s);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result.attempts, 2);
    QCOMPARE(result.terms.size(), 1); // the subspecies is not an exact match
    QCOMPARE(result.terms.first().label, u"Homo sapiens"_s);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests()[0].queryValue(u"exact"_s), u"true"_s);
    QVERIFY(!server.requests()[1].hasParameter(u"exact"_s));
}

void TestOlsClient::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<Kind>("orKind");     // a reset can arrive while libcurl still counts it as connecting
    QTest::addColumn<QString>("orMessage");

    const auto row = [](const char *name, Fault fault, Kind kind, const QString &message, int maxMs, Kind orKind = Kind::Other,
                        const QString &orMessage = {}) {
        QTest::newRow(name) << fault << kind << message << maxMs << (orMessage.isEmpty() ? kind : orKind) << (orMessage.isEmpty() ? message : orMessage);
    };
    row("never answers", Fault::NeverAnswer, Kind::TimedOut, u"did not answer within 1.5 s"_s, 3'000);
    row("trickles", Fault::Trickle, Kind::TooSlow, u"sent its answer too slowly (under 64 bytes per second)"_s, 3'000);
    row("503 HTML", Fault::ServiceUnavailable, Kind::HttpStatus, u"returned HTTP 503 (service unavailable) — an HTML page instead of data"_s, 1'000);
    row("malformed JSON", Fault::MalformedJson, Kind::Malformed, u"malformed answer (it is not valid JSON)"_s, 1'000);
    row("reset after the request", Fault::ResetConnection, Kind::ConnectionReset, u"was reset before the answer was complete"_s, 1'000);
    row("reset on accept", Fault::ResetOnAccept, Kind::ConnectionReset, u"was reset before the answer was complete"_s, 1'000, Kind::CannotConnect,
        u"Could not connect to the Ontology Lookup Service"_s);
    row("404 JSON on search", Fault::NotFoundJson, Kind::HttpStatus, u"HTTP 404 (not found); is this the address of an OLS4"_s, 1'000);
    row("huge body", Fault::HugeBody, Kind::TooLarge, u"larger than 4 MiB"_s, 3'000);
    row("huge declared body", Fault::HugeDeclaredBody, Kind::TooLarge, u"larger than 4 MiB"_s, 1'000);
}

// Each fault, once, on a type-ahead request (never retried): the documented
// error within a bounded time, and the server sees the connection end.
void TestOlsClient::faults()
{
    QFETCH(Fault, fault);
    QFETCH(Kind, kind);
    QFETCH(QString, messagePart);
    QFETCH(int, maxMs);
    QFETCH(Kind, orKind);
    QFETCH(QString, orMessage);

    FakeOlsServer server;
    QVERIFY(server.start());
    const TermQuery q = query(u"confoc"_s, {u"fbbi"_s});
    server.addResponse(selectTarget(q), 200, SelectBody);
    server.setDefaultFault(fault);
    OlsClient client(quickOlsSettings(server));

    QElapsedTimer timer;
    timer.start();
    const OlsResult result = client.typeAhead(q).wait(10s);
    const qint64 elapsed = timer.elapsed();
    qInfo("%s: %lld ms: %s", QTest::currentDataTag(), elapsed, result.error ? why(result).constData() : "ok");
    QVERIFY(!result.ok());
    const bool usual = errorOf(result).kind == kind && errorOf(result).message.contains(messagePart);
    const bool alternative = errorOf(result).kind == orKind && errorOf(result).message.contains(orMessage);
    QVERIFY2(usual || alternative, why(result).constData());
    QVERIFY2(errorOf(result).message.contains(server.baseUrl()), why(result).constData());
    QVERIFY2(elapsed < maxMs, qPrintable(QString::number(elapsed)));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(server.connectionCount(), 1);
    const OlsStatus status = client.status();
    QVERIFY(status.state == OlsStatus::State::Unreachable || status.state == OlsStatus::State::Degraded);
    QCOMPARE(status.lastError, errorOf(result).message);
    if (fault == Fault::NeverAnswer || fault == Fault::Trickle)
        QVERIFY(server.waitForClientClose(0, 1'000)); // given up on, not left hanging
}

void TestOlsClient::refusedConnection()
{
    const QString base = u"http://127.0.0.1:"_s + QString::number(closedPort()) + u"/ols4"_s;
    OlsClient client(quickOlsSettings(base));
    QElapsedTimer timer;
    timer.start();
    const OlsResult result = client.lookup(u"FBbi:00000246"_s).wait(10s);
    QVERIFY(!result.ok());
    QCOMPARE(errorOf(result).kind, Kind::CannotConnect);
    QVERIFY2(errorOf(result).message.startsWith(u"Could not connect to the Ontology Lookup Service at "_s + base), why(result).constData());
    QCOMPARE(result.attempts, 3); // a lookup retries a failed connection …
    QVERIFY(timer.elapsed() < 2'000); // … briefly
    QVERIFY(client.status().describe().startsWith(u"OLS unreachable: Could not connect"_s));
}

void TestOlsClient::deadExplicitProxy()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    OlsSettings settings = quickOlsSettings(server);
    const QString proxy = u"http://127.0.0.1:"_s + QString::number(closedPort());
    settings.proxy = proxy;
    OlsClient client(settings);
    QElapsedTimer timer;
    timer.start();
    const OlsResult result = client.typeAhead(query(u"confoc"_s)).wait(10s);
    QVERIFY(!result.ok());
    QCOMPARE(errorOf(result).kind, Kind::Proxy);
    QVERIFY2(errorOf(result).message.contains(u"Could not connect to the proxy "_s + proxy), why(result).constData());
    QVERIFY(timer.elapsed() < 1'500);
    QCOMPARE(server.connectionCount(), 0); // nothing went around the proxy
}

void TestOlsClient::redirectIsNotFollowed()
{
    FakeOlsServer elsewhere;
    QVERIFY(elsewhere.start());
    FakeOlsServer server;
    QVERIFY(server.start());
    const QByteArray target = "http://localhost:" + QByteArray::number(elsewhere.port()) + "/ols4/api/select?q=confoc";
    server.setRedirectTarget(target);
    server.setDefaultFault(Fault::Redirect);
    OlsClient client(quickOlsSettings(server));
    const OlsResult result = client.lookup(u"FBbi:00000251"_s).wait(5s);
    QVERIFY(!result.ok());
    QCOMPARE(errorOf(result).kind, Kind::Redirected);
    QCOMPARE(errorOf(result).httpStatus, 302);
    QVERIFY2(errorOf(result).message.contains(QString::fromUtf8(target)), why(result).constData());
    QVERIFY(errorOf(result).message.contains(u"does not follow redirects"));
    QCOMPARE(result.attempts, 1);
    QTest::qWait(100);
    QCOMPARE(elsewhere.connectionCount(), 0);
    QCOMPARE(server.connectionCount(), 1);
}

void TestOlsClient::retryOn503ThenSuccess()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    const TermQuery q = query(u"dapi"_s, {u"chebi"_s});
    server.addResponse(searchTarget(q), 200, searchBody(u"DAPI"_s, u"CHEBI:51231"_s));
    server.queueFault(Fault::ServiceUnavailable, 2);
    OlsClient client(quickOlsSettings(server));
    QElapsedTimer timer;
    timer.start();
    const OlsResult result = client.search(q).wait(10s);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result.attempts, 3);
    QCOMPARE(result.terms.first().curie, u"CHEBI:51231"_s);
    QCOMPARE(server.requests().size(), 3);
    // Backoff: 25–50 ms, then 50–100 ms (settings: 50 ms base).
    QVERIFY(timer.elapsed() >= 75);
    QVERIFY(timer.elapsed() < 2'000);
    QCOMPARE(client.status().state, OlsStatus::State::Online);

    // A reset connection is retried too.
    server.queueFault(Fault::ResetConnection, 1);
    const OlsResult again = client.search(q).wait(10s);
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again.attempts, 2);
}

void TestOlsClient::noRetryOn4xx()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    server.setDefaultFault(Fault::NotFoundJson);
    OlsClient client(quickOlsSettings(server));
    const OlsResult search = client.search(query(u"confoc"_s)).wait(5s);
    QCOMPARE(errorOf(search).kind, Kind::HttpStatus);
    QCOMPARE(errorOf(search).httpStatus, 404);
    QCOMPARE(search.attempts, 1);

    // A lookup's 404 JSON is "no such term", not an error; no retry either.
    const OlsResult lookup = client.lookup(u"FBbi:99999999"_s).wait(5s);
    QVERIFY(lookup.ok());
    QVERIFY(lookup.notFound);
    QCOMPARE(lookup.attempts, 1);
    QCOMPARE(server.requests().size(), 2);

    // A 404 without OLS's error document: the address leads somewhere else.
    server.setDefaultFault(Fault::None);
    server.addResponse(OlsEndpoints::term(u"FBbi:00000001"_s).value().prepend("/ols4"), 404, "<html>Not here</html>", "text/html");
    const OlsResult wrongPlace = client.lookup(u"FBbi:00000001"_s).wait(5s);
    QVERIFY(!wrongPlace.ok());
    QVERIFY2(wrongPlace.error->message.contains(u"is this the address of an OLS4 service"), why(wrongPlace).constData());
}

void TestOlsClient::typeAheadNeverRetries()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    server.setDefaultFault(Fault::ServiceUnavailable);
    OlsClient client(quickOlsSettings(server));
    const OlsResult result = client.typeAhead(query(u"conf"_s)).wait(5s);
    QCOMPARE(errorOf(result).kind, Kind::HttpStatus);
    QVERIFY(errorOf(result).isTransient());
    QCOMPARE(result.attempts, 1);
    QCOMPARE(server.connectionCount(), 1);
}

void TestOlsClient::cancellation()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    server.setDefaultFault(Fault::NeverAnswer);
    Probe probe;
    OlsClient client(quickOlsSettings(server));
    OlsRequest request = client.lookup(u"FBbi:00000246"_s, {}, probe.callback());
    QVERIFY(server.waitForRequests(1, 2'000));
    QElapsedTimer timer;
    timer.start();
    request.cancel();
    QVERIFY(probe.waitFor(1, 1s));
    QVERIFY2(timer.elapsed() < 300, qPrintable(QString::number(timer.elapsed())));
    const OlsResult result = probe.results().first();
    QVERIFY(result.wasCancelled());
    QCOMPARE(errorOf(result).message, u"The request to the Ontology Lookup Service was cancelled."_s);
    QVERIFY(server.waitForClientClose(0, 1'000));
    QVERIFY(server.requests().first().closedAfterMs < 1'000);
    QCOMPARE(client.status().state, OlsStatus::State::Unknown); // cancelling says nothing about the service
    request.cancel(); // again: nothing happens
    QCOMPARE(probe.results().size(), 1);
}

void TestOlsClient::supersession()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    const TermQuery second = query(u"nomarski"_s, {u"fbbi"_s});
    server.addResponse(selectTarget(second), 200, SelectBody);
    server.queueFault(Fault::NeverAnswer, 1);
    Probe first;
    Probe next;
    OlsClient client(quickOlsSettings(server));
    client.typeAhead(query(u"noma"_s, {u"fbbi"_s}), first.callback(), u"field:imaging-method"_s);
    QVERIFY(server.waitForRequests(1, 2'000));
    const OlsRequest latest = client.typeAhead(second, next.callback(), u"field:imaging-method"_s);
    QVERIFY(first.waitFor(1, 1s));
    QVERIFY(first.results().first().wasCancelled());
    QVERIFY(errorOf(first.results().first()).message.contains(u"superseded"));
    const OlsResult result = latest.wait(5s);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result.terms.first().curie, u"FBbi:00000245"_s);
    QVERIFY(server.waitForClientClose(0, 1'000)); // the server saw the earlier request end
    QCOMPARE(next.results().size(), 1);
    QCOMPARE(first.results().size(), 1);
}

void TestOlsClient::supersedingAQueuedRequest()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    const TermQuery q = query(u"nomarski"_s, {u"fbbi"_s});
    server.addResponse(selectTarget(q), 200, SelectBody);
    server.queueFault(Fault::NeverAnswer, 1);
    OlsSettings settings = quickOlsSettings(server);
    settings.workerThreads = 1;
    Probe queued;
    OlsClient client(settings);
    OlsRequest blocker = client.lookup(u"FBbi:1"_s); // holds the only worker
    QVERIFY(server.waitForRequests(1, 2'000));
    client.typeAhead(query(u"nom"_s, {u"fbbi"_s}), queued.callback(), u"f"_s);
    const OlsRequest latest = client.typeAhead(q, {}, u"f"_s);
    // Still waiting in the queue: finished at once, on this thread.
    QCOMPARE(queued.results().size(), 1);
    QVERIFY(queued.results().first().wasCancelled());
    QCOMPARE(queued.threads().first(), std::this_thread::get_id());
    blocker.cancel();
    const OlsResult result = latest.wait(5s);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(server.requests().size(), 2); // the superseded request never went out
}

void TestOlsClient::concurrentRequests()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    server.setDefaultFault(Fault::Delay);
    server.setDelayMs(600);
    OlsSettings settings = quickOlsSettings(server);
    settings.workerThreads = 3;
    OlsClient client(settings);
    QList<OlsRequest> requests;
    QElapsedTimer timer;
    timer.start();
    for (const char *curie : {"FBbi:00000246", "FBbi:00000251", "FBbi:00000253"}) {
        server.addResponse(OlsEndpoints::term(QString::fromLatin1(curie)).value().prepend("/ols4"), 200,
                           searchBody(u"term "_s + QString::fromLatin1(curie), QString::fromLatin1(curie)));
        requests.append(client.lookup(QString::fromLatin1(curie)));
    }
    for (int i = 0; i < requests.size(); ++i) {
        const OlsResult result = requests[i].wait(5s);
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result.terms.first().label, u"term "_s + result.query);
    }
    // In parallel: one delay, not three.
    QVERIFY2(timer.elapsed() < 1'500, qPrintable(QString::number(timer.elapsed())));
}

void TestOlsClient::boundedQueue()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    server.setDefaultFault(Fault::NeverAnswer);
    OlsSettings settings = quickOlsSettings(server);
    settings.workerThreads = 1;
    settings.maxQueuedRequests = 2;
    OlsClient client(settings);
    client.lookup(u"FBbi:1"_s);
    QVERIFY(server.waitForRequests(1, 2'000));
    client.lookup(u"FBbi:2"_s);
    client.lookup(u"FBbi:3"_s);
    const OlsRequest refused = client.lookup(u"FBbi:4"_s);
    QVERIFY(refused.isFinished());
    QCOMPARE(errorOf(*refused.result()).kind, Kind::Busy);
    client.cancelAll();
}

void TestOlsClient::waitDeadline()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    server.setDefaultFault(Fault::NeverAnswer);
    OlsClient client(quickOlsSettings(server));
    QElapsedTimer timer;
    timer.start();
    const OlsResult result = client.lookup(u"FBbi:00000246"_s).wait(300ms);
    QVERIFY(timer.elapsed() < 800);
    QCOMPARE(errorOf(result).kind, Kind::TimedOut);
    QCOMPARE(errorOf(result).message, u"The Ontology Lookup Service at "_s + server.baseUrl() + u" did not answer within 0.3 s."_s);
    QVERIFY(server.waitForClientClose(0, 1'000));
}

void TestOlsClient::destructorCancelsEverything()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    server.setDefaultFault(Fault::NeverAnswer);
    Probe probe;
    QElapsedTimer timer;
    {
        OlsSettings settings = quickOlsSettings(server);
        settings.workerThreads = 1;
        OlsClient client(settings);
        client.lookup(u"FBbi:1"_s, {}, probe.callback());
        QVERIFY(server.waitForRequests(1, 2'000));
        client.lookup(u"FBbi:2"_s, {}, probe.callback());
        timer.start();
    }
    QVERIFY(timer.elapsed() < 500);
    QCOMPARE(probe.results().size(), 2); // every callback has returned by then
    for (const OlsResult &result : probe.results())
        QVERIFY(result.wasCancelled());
}

void TestOlsClient::statusFollowsResults()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    std::mutex mutex;
    QList<OlsStatus::State> seen;
    OlsClient client(quickOlsSettings(server));
    client.setStatusCallback([&](const OlsStatus &status) {
        std::lock_guard lock(mutex);
        seen.append(status.state);
    });
    QCOMPARE(client.status().state, OlsStatus::State::Unknown);
    QCOMPARE(client.status().baseUrl, server.baseUrl());

    server.queueFault(Fault::ServiceUnavailable, 1);
    client.typeAhead(query(u"x"_s)).wait(5s);
    QCOMPARE(client.status().state, OlsStatus::State::Degraded);
    QVERIFY(client.status().describe().startsWith(u"OLS answering with errors: The Ontology Lookup Service at"_s));
    QCOMPARE(client.status().consecutiveFailures, 1);

    server.queueFault(Fault::NotFoundJson, 1);
    QVERIFY(client.lookup(u"FBbi:99999999"_s).wait(5s).notFound);
    const OlsStatus online = client.status();
    QCOMPARE(online.state, OlsStatus::State::Online);
    QCOMPARE(online.consecutiveFailures, 0);
    QVERIFY(online.lastSuccess.isValid());
    QVERIFY(!online.lastError.isEmpty()); // kept for "last error" displays
    std::lock_guard lock(mutex);
    QCOMPARE(seen, QList<OlsStatus::State>({OlsStatus::State::Degraded, OlsStatus::State::Online}));
}

void TestOlsClient::typeAheadPausesAfterFailures()
{
    FakeOlsServer server;
    QVERIFY(server.start());
    server.setDefaultFault(Fault::ResetConnection);
    OlsSettings settings = quickOlsSettings(server);
    settings.failuresBeforePause = 2;
    settings.pauseAfterFailures = 60s;
    OlsClient client(settings);
    QCOMPARE(errorOf(client.typeAhead(query(u"a"_s)).wait(5s)).kind, Kind::ConnectionReset);
    QCOMPARE(errorOf(client.typeAhead(query(u"ab"_s)).wait(5s)).kind, Kind::ConnectionReset);
    QCOMPARE(server.connectionCount(), 2);
    const OlsRequest paused = client.typeAhead(query(u"abc"_s));
    QVERIFY(paused.isFinished()); // answered at once, nothing sent
    QCOMPARE(errorOf(*paused.result()).kind, Kind::Paused);
    QVERIFY(errorOf(*paused.result()).message.contains(u"was reset"));
    QCOMPARE(server.connectionCount(), 2);
    // Lookups still try, and a success ends the pause.
    server.setDefaultFault(Fault::NotFoundJson);
    QVERIFY(client.lookup(u"FBbi:1"_s).wait(5s).ok());
    QVERIFY(errorOf(client.typeAhead(query(u"abcd"_s)).wait(5s)).kind != Kind::Paused);
}

void TestOlsClient::certificateIsAlwaysVerified()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty() || !QSslSocket::supportsSsl())
        QSKIP("needs the openssl program and Qt's TLS backend");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certificate = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess make;
    make.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                         u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, certificate});
    QVERIFY(make.waitForFinished(20'000));
    if (make.exitCode() != 0)
        QSKIP("openssl could not make a test certificate");

    FakeOlsServer server;
    QVERIFY(server.start(certificate, key));
    QVERIFY(server.baseUrl().startsWith(u"https://"));
    const TermQuery q = query(u"nomarski"_s, {u"fbbi"_s});
    server.addResponse(selectTarget(q), 200, SelectBody);

    // A self-signed certificate: refused, with the reason.
    {
        OlsClient client(quickOlsSettings(server));
        const OlsResult result = client.typeAhead(q).wait(5s);
        QVERIFY(!result.ok());
        QCOMPARE(errorOf(result).kind, Kind::Certificate);
        QVERIFY2(errorOf(result).message.startsWith(u"The certificate of 127.0.0.1 could not be verified: "_s), why(result).constData());
        QCOMPARE(server.requests().size(), 0); // not a byte of the request was sent
    }
    // Trusted once its authority is named.
    {
        OlsSettings settings = quickOlsSettings(server);
        settings.caCertificatesFile = certificate;
        OlsClient client(settings);
        const OlsResult result = client.typeAhead(q).wait(5s);
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result.terms.first().matchedSynonym, u"Nomarski"_s);
    }
}

QTEST_GUILESS_MAIN(TestOlsClient)
#include "TestOlsClient.moc"
