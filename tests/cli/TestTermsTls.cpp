// The real metafill-cli against an OLS on 127.0.0.1 that speaks TLS with a
// self-signed certificate (made here with openssl): refused, with the reason
// on standard error and in the JSON, never a silent offline answer; accepted
// once the certificate's authority is named with --ca-certificates.
#include "FakeOlsServer.h"
#include "OlsEndpoints.h"
#include "TestPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace metafill;

namespace {

// One hit, as OLS4's /api/search gives it.
const QByteArray SearchBody =
    "{\"responseHeader\":{\"status\":0},\"response\":{\"numFound\":1,\"start\":0,\"docs\":["
    "{\"iri\":\"http://purl.obolibrary.org/obo/FBbi_00000245\",\"label\":\"differential interference contrast microscopy\","
    "\"obo_id\":\"FBbi:00000245\",\"short_form\":\"FBbi_00000245\",\"ontology_name\":\"fbbi\",\"ontology_prefix\":\"FBbi\","
    "\"synonym\":[\"DIC\",\"Nomarski\"],\"is_defining_ontology\":true}]}}";

} // namespace

class TestTermsTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_key;
    QByteArray m_out;
    QByteArray m_err;

    int cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *proxy : {"https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY"})
            environment.remove(QString::fromLatin1(proxy));
        environment.insert(u"HOME"_s, m_dir.path());
        environment.insert(u"METAFILL_LANG"_s, u"en"_s);
        process.setProcessEnvironment(environment);
        // Only a store of its own, never the installed index: the offline answer is empty and obvious.
        process.start(TestPaths::cliBinary(),
                      arguments + QStringList{u"--index"_s, QString(), u"--user-store"_s, m_dir.filePath(u"store.sqlite"_s)});
        if (!process.waitForFinished(60'000))
            return -1;
        m_out = process.readAllStandardOutput();
        m_err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    QJsonObject line() const { return QJsonDocument::fromJson(m_out.trimmed()).object(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty() || !QSslSocket::supportsSsl())
            QSKIP("needs the openssl program (packaging/dev/install-deps.sh installs it) and Qt's TLS backend");
        m_certificate = m_dir.filePath(u"cert.pem"_s);
        m_key = m_dir.filePath(u"key.pem"_s);
        QProcess make;
        make.start(openssl,
                   {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                    u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, m_key, u"-out"_s, m_certificate});
        QVERIFY(make.waitForFinished(30'000));
        QCOMPARE(make.exitCode(), 0);
    }

    void selfSignedIsRefusedWithTheReason()
    {
        FakeOlsServer server;
        QVERIFY(server.start(m_certificate, m_key));
        QVERIFY(server.baseUrl().startsWith(u"https://127.0.0.1:"_s));
        TermQuery q;
        q.text = u"nomarski"_s;
        q.limit = 10;
        server.addResponse("/ols4" + *OlsEndpoints::search(q, false), 200, SearchBody);

        // README: when OLS cannot be used the answer comes from the offline index, with a warning, exit code 0.
        QCOMPARE(cli({u"terms"_s, u"search"_s, u"--ols-url"_s, server.baseUrl(), u"--json"_s, u"nomarski"_s}), 0);
        const QString err = QString::fromUtf8(m_err);
        QVERIFY2(err.contains(u"warning: The certificate of 127.0.0.1 could not be verified: "_s), m_err.constData());
        QVERIFY2(err.contains(u"answering from the offline index"_s), m_err.constData());
        QVERIFY2(err.contains(u"--ca-certificates"_s), m_err.constData());
        const QJsonObject json = line();
        QCOMPARE(json.value(u"source"_s).toString(), u"offline"_s);
        QVERIFY2(json.value(u"warning"_s).toString().startsWith(u"The certificate of 127.0.0.1 could not be verified"_s),
                 m_out.constData());
        QCOMPARE(server.requests().size(), 0); // not a byte of the request went out

        // A lookup by id says so too.
        QCOMPARE(cli({u"terms"_s, u"search"_s, u"--ols-url"_s, server.baseUrl(), u"--json"_s, u"FBbi:00000245"_s}), 0);
        QVERIFY2(QString::fromUtf8(m_err).contains(u"could not be verified"_s), m_err.constData());
        QCOMPARE(line().value(u"source"_s).toString(), u"offline"_s);
        QCOMPARE(server.requests().size(), 0);
    }

    void trustedOnceItsAuthorityIsNamed()
    {
        FakeOlsServer server;
        QVERIFY(server.start(m_certificate, m_key));
        TermQuery q;
        q.text = u"nomarski"_s;
        q.limit = 10;
        server.addResponse("/ols4" + *OlsEndpoints::search(q, false), 200, SearchBody);
        QCOMPARE(cli({u"terms"_s, u"search"_s, u"--ols-url"_s, server.baseUrl(), u"--ca-certificates"_s, m_certificate, u"--json"_s,
                      u"nomarski"_s}),
                 0);
        const QJsonObject json = line();
        QCOMPARE(json.value(u"source"_s).toString(), u"ols"_s);
        QVERIFY(json.value(u"warning"_s).isNull());
        QVERIFY2(!m_err.contains("warning"), m_err.constData());
        QCOMPARE(server.requests().size(), 1);
    }

    void missingAuthorityFileIsSaid()
    {
        FakeOlsServer server;
        QVERIFY(server.start(m_certificate, m_key));
        const QString missing = m_dir.filePath(u"no-such-authority.pem"_s);
        QCOMPARE(
            cli({u"terms"_s, u"search"_s, u"--ols-url"_s, server.baseUrl(), u"--ca-certificates"_s, missing, u"--json"_s, u"nomarski"_s}),
            0);
        QVERIFY2(QString::fromUtf8(m_err).contains(u"warning: A secure connection to the Ontology Lookup Service at "_s),
                 m_err.constData());
        QCOMPARE(line().value(u"source"_s).toString(), u"offline"_s);
        QCOMPARE(server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTermsTls)
#include "TestTermsTls.moc"
