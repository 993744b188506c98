// metafill-cli terms search / resolve / import, run in this process against a
// term pack in a temporary user store. OLS is either switched off or pointed
// at a port on this computer where nothing listens: no test reaches the
// internet.
#include "CliApplication.h"
#include "FakeOlsServer.h"
#include "TermIndex.h"
#include "TestPaths.h"
#include "record/RecordBinder.h"
#include "record/RecordFile.h"
#include "template/TemplateLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::cli;

class TestTermsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out;
    QString m_err;

    int run(QStringList arguments, const QString &input = {}, bool interactive = false)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        QString inputText = input;
        QTextStream in(&inputText, QIODevice::ReadOnly);
        CliIo io{out, err, &in, interactive};
        // Only the pack in the temporary store, never the installed index.
        if (arguments.size() > 1 && arguments.first() == u"terms")
            arguments << u"--index"_s << QString() << u"--user-store"_s << store();
        const int code = CliApplication().run(arguments, io);
        out.flush();
        err.flush();
        return code;
    }

    QString store() const { return m_dir.filePath(u"terms-user.sqlite"_s); }

    // An address on this computer where nothing listens.
    static QString deadOlsUrl()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return u"http://127.0.0.1:9"_s;
        const quint16 port = server.serverPort();
        server.close();
        return u"http://127.0.0.1:%1/ols4"_s.arg(port);
    }

    static QString rembiPath() { return QStringLiteral(METAFILL_SOURCE_DIR) + u"/templates/rembi.yaml"_s; }

    std::optional<Template> rembi()
    {
        TemplateLoader loader(QStringList{});
        return loader.loadByNameOrPath(rembiPath()).result;
    }

    static FieldPath organismPath() { return FieldPath{u"biosample"_s, 0, u"organism"_s}; }

    QString writeRecord(const QString &organism)
    {
        const std::optional<Template> t = rembi();
        if (!t)
            return {};
        Record record;
        record.templateRef = t->ref();
        record.values.insert(organismPath(), FieldValue{{Value(Term{organism, {}, {}, {}})}, Provenance{}});
        const QString path = m_dir.filePath(u"record-%1.metafill.json"_s.arg(organism.size()));
        return RecordFile::write(record, *t, path) ? path : QString();
    }

    std::optional<Term> organismIn(const QString &recordPath)
    {
        const std::optional<Template> t = rembi();
        const auto raw = RecordFile::read(recordPath);
        if (!t || !raw)
            return std::nullopt;
        const RecordBinder::Outcome bound = RecordBinder::bind(*raw, *t, recordPath);
        if (!bound.record || !bound.record->values.contains(organismPath()))
            return std::nullopt;
        const FieldValue &value = bound.record->values.value(organismPath());
        if (value.values.isEmpty() || !std::holds_alternative<Term>(value.values.first()))
            return std::nullopt;
        return std::get<Term>(value.values.first());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(run({u"terms"_s, u"import"_s, u"--offline"_s, TestPaths::data(u"ontology/lab-organisms.obo"_s)}), 0);
        QVERIFY2(m_out.contains(u"5 terms"_s), qPrintable(m_out + m_err));
    }

    void searchOffline()
    {
        QCOMPARE(run({u"terms"_s, u"search"_s, u"--offline"_s, u"house"_s, u"mouse"_s}), 0);
        QVERIFY2(m_out.startsWith(u"Mus musculus  NCBITaxon:10090  (ncbitaxon)"_s), qPrintable(m_out));
        QVERIFY(m_err.isEmpty());
    }

    void jsonHasTheIssuesKeys()
    {
        QCOMPARE(run({u"terms"_s, u"search"_s, u"--offline"_s, u"--json"_s, u"NCBITaxon:10090"_s}), 0);
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(line.value(u"source"_s).toString(), u"offline"_s);
        const QJsonArray hits = line.value(u"hits"_s).toArray();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        for (const char *key : {"label", "curie", "iri", "ontology", "synonyms", "definition", "obsolete", "source"})
            QVERIFY2(hit.contains(QLatin1String(key)), key);
        QCOMPARE(hit.value(u"label"_s).toString(), u"Mus musculus"_s);
        QCOMPARE(hit.value(u"iri"_s).toString(), u"http://purl.obolibrary.org/obo/NCBITaxon_10090"_s);
        QCOMPARE(hit.value(u"source"_s).toString(), u"offline"_s);
        QCOMPARE(hit.value(u"obsolete"_s).toBool(), false);
    }

    void stdinGivesOneLinePerQueryInOrder()
    {
        QCOMPARE(run({u"terms"_s, u"search"_s, u"--offline"_s, u"--stdin"_s}, u"bananas\n\n  Mus musculus domesticus \nnothing like this\n"_s), 0);
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const auto first = [](const QString &line) {
            return QJsonDocument::fromJson(line.toUtf8()).object().value(u"hits"_s).toArray().first().toObject().value(u"curie"_s).toString();
        };
        QCOMPARE(QJsonDocument::fromJson(lines[0].toUtf8()).object().value(u"query"_s).toString(), u"bananas"_s);
        QCOMPARE(first(lines[0]), u"NCBITaxon:4640"_s);
        QCOMPARE(first(lines[1]), u"NCBITaxon:10092"_s);
        QVERIFY(QJsonDocument::fromJson(lines[2].toUtf8()).object().value(u"hits"_s).toArray().isEmpty());
    }

    // The issue: when OLS cannot be reached, the answer comes from the index
    // with a warning on stderr and exit code 0.
    void unreachableOlsFallsBackToTheIndex()
    {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run({u"terms"_s, u"search"_s, u"--ols-url"_s, deadOlsUrl(), u"--json"_s, u"Musa"_s}), 0);
        QVERIFY2(timer.elapsed() < 15'000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(m_err.contains(u"warning"_s) && m_err.contains(u"offline index"_s), qPrintable(m_err));
        const QJsonObject line = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(line.value(u"source"_s).toString(), u"offline"_s);
        QVERIFY(!line.value(u"warning"_s).toString().isEmpty());
        QCOMPARE(line.value(u"hits"_s).toArray().first().toObject().value(u"curie"_s).toString(), u"NCBITaxon:4640"_s);
    }

    // A bulk job on a disconnected PC: once OLS is known to be unreachable,
    // the other queries do not wait for it one by one.
    void bulkSearchWithoutOlsDoesNotWaitPerQuery()
    {
        QString input;
        for (int i = 0; i < 64; ++i)
            input += (i % 2 ? u"Musa\n"_s : u"house mouse\n"_s);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run({u"terms"_s, u"search"_s, u"--ols-url"_s, deadOlsUrl(), u"--stdin"_s}, input), 0);
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 64);
        for (const QString &line : lines)
            QCOMPARE(QJsonDocument::fromJson(line.toUtf8()).object().value(u"source"_s).toString(), u"offline"_s);
        QCOMPARE(m_err.count(u"offline index"_s), 1); // one warning, not 64
    }

    // OLS answers, but knows nothing of a facility's own terms: the term
    // pack's exact match still comes first, marked as offline.
    void termPackTermsJoinAnOlsAnswer()
    {
        QCOMPARE(run({u"terms"_s, u"import"_s, u"--offline"_s, TestPaths::data(u"ontology/facility-pack.obo"_s)}), 0);
        FakeOlsServer ols;
        QVERIFY(ols.start());
        ols.setIgnoredParameters({u"rows"_s, u"start"_s, u"fieldList"_s, u"type"_s, u"ontology"_s, u"local"_s, u"exact"_s,
                                  u"allChildrenOf"_s, u"id"_s});
        ols.addResponse("/ols4/api/search?q=homebrew%20confocal", 200, R"({"response":{"numFound":0,"start":0,"docs":[]}})");
        QCOMPARE(run({u"terms"_s, u"search"_s, u"--ols-url"_s, ols.baseUrl(), u"--json"_s, u"homebrew"_s, u"confocal"_s}), 0);
        QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
        const QJsonObject line = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(line.value(u"source"_s).toString(), u"ols"_s); // OLS answered
        const QJsonObject first = line.value(u"hits"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"curie"_s).toString(), u"FAC:0000002"_s);
        QCOMPARE(first.value(u"source"_s).toString(), u"offline"_s);
        QCOMPARE(first.value(u"matched_synonym"_s).toString(), u"homebrew confocal"_s);
        QCOMPARE(ols.requests().size(), 1);
        QCOMPARE(run({u"terms"_s, u"import"_s, u"--offline"_s, u"--remove"_s, u"facility-methods"_s}), 0);
    }

    void plainHttpToAnotherHostIsRefused()
    {
        QCOMPARE(run({u"terms"_s, u"search"_s, u"--ols-url"_s, u"http://ols.example.org/ols4"_s, u"Musa"_s}), 3);
        QVERIFY2(m_err.contains(u"https"_s), qPrintable(m_err));
    }

    // template check looks the branch roots of term fields up in the installed
    // index (the real program, which finds the index beside itself).
    void templateCheckWarnsAboutAnUnknownBranchRoot()
    {
        const QString index = QFileInfo(QStringLiteral(METAFILL_CLI_BINARY)).absolutePath() + u"/../share/metafill/ontology/terms.sqlite"_s;
        QFile source(rembiPath());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray yaml = source.readAll();
        QVERIFY(yaml.contains("roots: [NCBITaxon:1]"));
        yaml.replace("roots: [NCBITaxon:1]", "roots: [NCBITaxon:999999999]");
        const QString bad = m_dir.filePath(u"rembi-bad-root.yaml"_s);
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yaml);
        out.close();

        QProcess cli;
        cli.start(QStringLiteral(METAFILL_CLI_BINARY), {u"template"_s, u"check"_s, bad});
        QVERIFY(cli.waitForFinished(30'000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0); // a warning, not an error
        // A build without ../shared/ontology-sources installs an index without NCBITaxon.
        TermIndex installed;
        bool hasTaxonomy = false;
        if (QFileInfo::exists(index) && installed.open(index, QString())) {
            if (const Result<TermIndexStatistics> stats = installed.statistics()) {
                for (const TermOntologyStatistics &o : stats->ontologies)
                    hasTaxonomy = hasTaxonomy || (o.ontology == u"ncbitaxon" && o.installed > 0);
            }
        }
        if (!hasTaxonomy)
            QSKIP("the installed term index of this build has no NCBITaxon (../shared/ontology-sources absent)");
        QVERIFY2(err.contains(u"NCBITaxon:999999999 is not a term of ncbitaxon"_s), qPrintable(err));

        cli.start(QStringLiteral(METAFILL_CLI_BINARY), {u"template"_s, u"check"_s, rembiPath()});
        QVERIFY(cli.waitForFinished(30'000));
        QVERIFY2(cli.readAllStandardError().isEmpty(), "the built-in REMBI template's roots are all known");
    }

    void resolveTakesTheOneExactMatch()
    {
        const QString record = writeRecord(u"house mouse"_s);
        QVERIFY(!record.isEmpty());
        QCOMPARE(run({u"terms"_s, u"resolve"_s, u"--offline"_s, u"--template"_s, rembiPath(), record}), 0);
        QVERIFY2(m_out.contains(u"NCBITaxon:10090"_s), qPrintable(m_out + m_err));
        const std::optional<Term> term = organismIn(record);
        QVERIFY(term);
        QCOMPARE(term->curie, u"NCBITaxon:10090"_s);
        QCOMPARE(term->label, u"Mus musculus"_s);
    }

    void resolveLeavesAnAmbiguousTermAndSaysSo()
    {
        const QString record = writeRecord(u"mouse"_s); // Mus musculus and the genus Mus both have the synonym
        const QByteArray before = [&] { QFile f(record); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
        QCOMPARE(run({u"terms"_s, u"resolve"_s, u"--offline"_s, u"--template"_s, rembiPath(), record}), 1);
        QVERIFY2(m_out.contains(u"ambiguous"_s) && m_out.contains(u"NCBITaxon:10088"_s), qPrintable(m_out));
        QFile after(record);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // nothing resolved: the file is untouched
    }

    void resolveAsksWhenInteractive()
    {
        const QString record = writeRecord(u"mouse"_s);
        QCOMPARE(run({u"terms"_s, u"resolve"_s, u"--offline"_s, u"--template"_s, rembiPath(), record}, u"1\n"_s, true), 0);
        QVERIFY2(m_err.contains(u"could be"_s), qPrintable(m_err));
        const std::optional<Term> term = organismIn(record);
        QVERIFY(term && term->isResolved());
        QVERIFY(term->curie == u"NCBITaxon:10090"_s || term->curie == u"NCBITaxon:10088"_s);
    }
};

QTEST_GUILESS_MAIN(TestTermsCli)
#include "TestTermsCli.moc"
