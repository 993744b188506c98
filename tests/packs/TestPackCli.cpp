// metafill-cli pack build / add / update / list / remove, run as the real
// program in a process of its own, with its data folder in a temporary
// XDG_DATA_HOME and packs served by a real HTTP server on 127.0.0.1.

#include "FakeOlsServer.h"
#include "PackFixture.h"
#include "PackIndex.h"
#include "PackServing.h"
#include "TestPaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace metafill;

namespace {

const QString PackId = u"de.uni-example.lmf"_s;
const QString Confocal = u"de.uni-example.lmf.confocal"_s;
const QByteArray Prefix = "/packs/lmf/";

} // namespace

class TestPackCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyCommand_hasHelp();
    void build_writesTheIndex();
    void build_refusesABadTemplate_andKeepsTheOldIndex();
    void build_refusesChangedFilesUnderTheSameVersion();
    void build_withoutAboutTheFolder_saysWhatToGive();
    void addUpdateListRemove_overHttp();
    void update_refusesATamperedFile_exitOne();
    void add_refusesPlainHttpElsewhere();

private:
    int cli(const QStringList &arguments);
    QString templateFile(const QString &folder) const { return folder + u"/templates/confocal.yaml"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QString m_err;
};

void TestPackCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

int TestPackCli::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The store, the user's templates and its term store: all in the temporary folder.
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"METAFILL_LANG"_s, u"en"_s);
    environment.remove(u"METAFILL_TEMPLATE_PATH"_s);
    process.setProcessEnvironment(environment);
    process.start(TestPaths::cliBinary(), arguments);
    if (!process.waitForFinished(60'000))
        return -1;
    m_out = QString::fromUtf8(process.readAllStandardOutput());
    m_err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestPackCli::everyCommand_hasHelp()
{
    for (const QString &command : {u"add"_s, u"update"_s, u"list"_s, u"remove"_s, u"build"_s}) {
        QCOMPARE(cli({u"pack"_s, command, u"--help"_s}), 0);
        QVERIFY2(m_out.startsWith(u"Usage: metafill-cli pack "_s + command), qPrintable(m_out));
    }
    QCOMPARE(cli({u"--help"_s}), 0);
    QVERIFY2(m_out.contains(u"pack update"_s), qPrintable(m_out));
    QCOMPARE(cli({u"pack"_s, u"add"_s}), 2);
}

void TestPackCli::build_writesTheIndex()
{
    const QString folder = m_dir->filePath(u"lmf"_s);
    QVERIFY(PackFixture::writeFile(templateFile(folder), PackFixture::templateYaml(Confocal, u"1.0.0"_s, {u"sp8"_s})));
    QVERIFY(PackFixture::writeFile(folder + u"/terms/stains.obo"_s, PackFixture::termsObo(u"lmf-stains"_s, {u"DAPI"_s, u"Hoechst"_s})));
    QVERIFY(PackFixture::writeFile(folder + u"/README.txt"_s, "for the facility's staff"));

    QCOMPARE(cli({u"pack"_s, u"build"_s, folder, u"--id"_s, PackId, u"--version"_s, u"1.0.0"_s, u"--title"_s, u"LMF templates"_s,
                  u"--publisher"_s, u"Light Microscopy Facility"_s}),
             0);
    QVERIFY2(m_out.contains(u"templates/confocal.yaml: ok (de.uni-example.lmf.confocal 1.0.0, 2 field"_s), qPrintable(m_out + m_err));
    QVERIFY2(m_out.contains(u"terms/stains.obo: ok (2 term"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u": de.uni-example.lmf 1.0.0 with 1 template"_s), qPrintable(m_out));
    QVERIFY2(m_err.contains(u"note: README.txt: left out"_s), qPrintable(m_err));

    QFile written(folder + u"/metafill-pack.json"_s);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const auto index = PackIndex::parse(written.readAll(), written.fileName());
    QVERIFY(index.ok());
    QCOMPARE(index->files.size(), 2);
    QCOMPARE(index->file(u"templates/confocal.yaml"_s)->templateId, Confocal);
    QCOMPARE(index->file(u"templates/confocal.yaml"_s)->size, QFileInfo(templateFile(folder)).size());

    // Built again with nothing changed: the same index, no options needed.
    QCOMPARE(cli({u"pack"_s, u"build"_s, folder}), 0);
}

void TestPackCli::build_refusesABadTemplate_andKeepsTheOldIndex()
{
    const QString folder = m_dir->filePath(u"lmf"_s);
    QVERIFY(PackFixture::writeFile(templateFile(folder), PackFixture::templateYaml(Confocal, u"1.0.0"_s)));
    PackFixture::buildIndex(folder, PackId, u"1.0.0"_s);
    QFile index(folder + u"/metafill-pack.json"_s);
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray before = index.readAll();
    index.close();

    QByteArray broken = PackFixture::templateYaml(Confocal, u"1.1.0"_s);
    broken.replace("requirement: required", "requirement: mandatory");
    QVERIFY(PackFixture::writeFile(templateFile(folder), broken));
    QCOMPARE(cli({u"pack"_s, u"build"_s, folder, u"--version"_s, u"1.1.0"_s}), 1);
    QVERIFY2(m_err.contains(u"confocal.yaml:"_s) && m_err.contains(u"mandatory"_s), qPrintable(m_err));
    QVERIFY2(m_err.contains(u"the index was not written"_s), qPrintable(m_err));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), before);
}

void TestPackCli::build_refusesChangedFilesUnderTheSameVersion()
{
    const QString folder = m_dir->filePath(u"lmf"_s);
    QVERIFY(PackFixture::writeFile(templateFile(folder), PackFixture::templateYaml(Confocal, u"1.0.0"_s)));
    PackFixture::buildIndex(folder, PackId, u"1.0.0"_s);

    // A reworded template: the pack's version must change, and so must the template's.
    QVERIFY(PackFixture::writeFile(templateFile(folder), PackFixture::templateYaml(Confocal, u"1.0.0"_s, {}, u"Specimen"_s)));
    QCOMPARE(cli({u"pack"_s, u"build"_s, folder}), 1);
    QVERIFY2(m_err.contains(u"the files changed since version 1.0.0 was built; give the pack a new version with --version"_s),
             qPrintable(m_err));
    QCOMPARE(cli({u"pack"_s, u"build"_s, folder, u"--version"_s, u"1.0.1"_s}), 1);
    QVERIFY2(m_err.contains(u"the template de.uni-example.lmf.confocal 1.0.0 changed since the last build, but its version did not"_s),
             qPrintable(m_err));

    QVERIFY(PackFixture::writeFile(templateFile(folder), PackFixture::templateYaml(Confocal, u"1.0.1"_s, {}, u"Specimen"_s)));
    QCOMPARE(cli({u"pack"_s, u"build"_s, folder, u"--version"_s, u"1.0.1"_s}), 0);
}

void TestPackCli::build_withoutAboutTheFolder_saysWhatToGive()
{
    const QString folder = m_dir->filePath(u"lmf"_s);
    QVERIFY(PackFixture::writeFile(templateFile(folder), PackFixture::templateYaml(Confocal, u"1.0.0"_s)));
    QCOMPARE(cli({u"pack"_s, u"build"_s, folder}), 1);
    for (const QString &option : {u"--id"_s, u"--version"_s, u"--title"_s, u"--publisher"_s})
        QVERIFY2(m_err.contains(option), qPrintable(m_err));
    QVERIFY(!QFileInfo::exists(folder + u"/metafill-pack.json"_s));
    QCOMPARE(cli({u"pack"_s, u"build"_s, m_dir->filePath(u"nothing-here"_s)}), 3);
}

void TestPackCli::addUpdateListRemove_overHttp()
{
    const QString v1 = m_dir->filePath(u"v1"_s);
    QVERIFY(PackFixture::writeFile(templateFile(v1), PackFixture::templateYaml(Confocal, u"1.0.0"_s, {u"sp8"_s})));
    QVERIFY(PackFixture::writeFile(v1 + u"/terms/stains.obo"_s, PackFixture::termsObo(u"lmf-stains"_s, {u"DAPI"_s})));
    PackFixture::buildIndex(v1, PackId, u"1.0.0"_s);
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    const QString url = publishedUrl(server, Prefix);

    QCOMPARE(cli({u"pack"_s, u"add"_s, url}), 0);
    QVERIFY2(m_out.startsWith(u"Subscribed to de.uni-example.lmf 1.0.0: LMF templates (Light Microscopy Facility), from "_s + url),
             qPrintable(m_out + m_err));
    QVERIFY2(m_out.contains(u"  template de.uni-example.lmf.confocal 1.0.0: new\n      presets added: sp8\n"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"  term store: lmf-stains (stains.obo), 1 term"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"; 1 added, 0 updated, 0 removed\n"_s), qPrintable(m_out));

    // Its templates are what the other commands find by id.
    QCOMPARE(cli({u"template"_s, u"fields"_s, Confocal}), 0);
    QVERIFY2(m_out.contains(u"sample.name\ttext\trequired"_s), qPrintable(m_out + m_err));

    const QString v2 = m_dir->filePath(u"v2"_s);
    QVERIFY(PackFixture::writeFile(templateFile(v2), PackFixture::templateYaml(Confocal, u"1.1.0"_s, {u"sp8"_s, u"stellaris"_s})));
    QVERIFY(PackFixture::writeFile(v2 + u"/terms/stains.obo"_s, PackFixture::termsObo(u"lmf-stains"_s, {u"DAPI"_s, u"Hoechst"_s})));
    PackFixture::buildIndex(v2, PackId, u"1.1.0"_s);
    publishFolder(server, v2, Prefix);
    QCOMPARE(cli({u"pack"_s, u"update"_s}), 0);
    QVERIFY2(m_out.startsWith(u"de.uni-example.lmf: 1.0.0 → 1.1.0\n"
                              "  template de.uni-example.lmf.confocal: 1.0.0 → 1.1.0\n"
                              "      presets added: stellaris\n"
                              "  term pack terms/stains.obo: changed\n"_s),
             qPrintable(m_out + m_err));
    QVERIFY2(m_out.contains(u"1 added, 0 updated, 0 removed"_s), qPrintable(m_out));
    QCOMPARE(cli({u"pack"_s, u"update"_s, PackId}), 0);
    QCOMPARE(m_out, u"de.uni-example.lmf 1.1.0: up to date\n"_s);

    QCOMPARE(cli({u"pack"_s, u"list"_s}), 0);
    QVERIFY2(m_out.contains(u"de.uni-example.lmf 1.1.0  LMF templates — Light Microscopy Facility"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"source: "_s + url), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"kept versions: 1.1.0, 1.0.0"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"template de.uni-example.lmf.confocal 1.1.0"_s), qPrintable(m_out));

    QCOMPARE(cli({u"pack"_s, u"update"_s, u"org.example.unknown"_s}), 2);
    QCOMPARE(cli({u"pack"_s, u"remove"_s, PackId}), 0);
    QVERIFY2(
        m_out.contains(u"These templates are no longer available: de.uni-example.lmf.confocal 1.1.0, de.uni-example.lmf.confocal 1.0.0."_s),
        qPrintable(m_out));
    QVERIFY2(m_out.contains(u"term store: lmf-stains removed"_s), qPrintable(m_out));
    QCOMPARE(cli({u"pack"_s, u"list"_s}), 0);
    QVERIFY2(m_out.contains(u"No template packs are subscribed"_s), qPrintable(m_out));
    QCOMPARE(cli({u"template"_s, u"fields"_s, Confocal}), 1);
}

void TestPackCli::update_refusesATamperedFile_exitOne()
{
    const QString v1 = m_dir->filePath(u"v1"_s);
    QVERIFY(PackFixture::writeFile(templateFile(v1), PackFixture::templateYaml(Confocal, u"1.0.0"_s)));
    PackFixture::buildIndex(v1, PackId, u"1.0.0"_s);
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    QCOMPARE(cli({u"pack"_s, u"add"_s, publishedUrl(server, Prefix)}), 0);

    const QString v2 = m_dir->filePath(u"v2"_s);
    QVERIFY(PackFixture::writeFile(templateFile(v2), PackFixture::templateYaml(Confocal, u"2.0.0"_s)));
    PackFixture::buildIndex(v2, PackId, u"2.0.0"_s);
    QByteArray altered = PackFixture::templateYaml(Confocal, u"2.0.0"_s);
    altered.replace("Stain", "Stein");
    QVERIFY(PackFixture::writeFile(templateFile(v2), altered));
    publishFolder(server, v2, Prefix);

    QCOMPARE(cli({u"pack"_s, u"update"_s}), 1);
    QVERIFY2(m_err.startsWith(u"metafill-cli pack update: templates/confocal.yaml: the file's SHA-256"_s), qPrintable(m_err));
    QVERIFY2(m_err.contains(u"Nothing was changed: de.uni-example.lmf 1.0.0 stays in use."_s), qPrintable(m_err));
    QVERIFY(m_out.isEmpty());
    QCOMPARE(cli({u"template"_s, u"fields"_s, Confocal}), 0); // 1.0.0 still serves

    // And with the server gone, the kept copy still serves; the update says why it cannot check.
    server.setDefaultFault(FakeOlsServer::Fault::ResetOnAccept);
    QCOMPARE(cli({u"pack"_s, u"update"_s}), 3);
    QVERIFY2(m_err.contains(u"stays in use"_s), qPrintable(m_err));
}

void TestPackCli::add_refusesPlainHttpElsewhere()
{
    QCOMPARE(cli({u"pack"_s, u"add"_s, u"http://facility.example.org/packs/lmf/"_s}), 2);
    QVERIFY2(m_err.contains(u"plain http, which anyone on the network can read and alter"_s), qPrintable(m_err));
    QCOMPARE(cli({u"pack"_s, u"add"_s, m_dir->filePath(u"no-such-folder"_s)}), 2);
    QVERIFY2(m_err.contains(u"is neither a folder here nor an https address"_s), qPrintable(m_err));
}

QTEST_GUILESS_MAIN(TestPackCli)
#include "TestPackCli.moc"
