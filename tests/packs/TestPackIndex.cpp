// The index of a template pack comes from a web server or a shared folder:
// every hostile form of it must be refused with a message that says what is
// wrong, and every valid one must survive a round trip.

#include "PackFixture.h"
#include "PackIndex.h"
#include "PackVerifier.h"
#include "packs/PackStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace metafill;

namespace {

const QString Hash = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;

QJsonObject templateEntry(const QString &path, const QString &id = u"de.example.t"_s, const QString &version = u"1.0.0"_s)
{
    return QJsonObject{
        {u"path"_s, path}, {u"size"_s, 100}, {u"sha256"_s, Hash}, {u"template"_s, QJsonObject{{u"id"_s, id}, {u"version"_s, version}}}};
}

QJsonObject validIndex()
{
    return QJsonObject{
        {u"metafill_pack"_s, 1},
        {u"id"_s, u"de.uni-example.lmf"_s},
        {u"version"_s, u"1.2.0"_s},
        {u"title"_s, QJsonObject{{u"en"_s, u"LMF templates"_s}, {u"de"_s, u"LMF-Vorlagen"_s}}},
        {u"publisher"_s, u"Light Microscopy Facility"_s},
        {u"files"_s, QJsonArray{templateEntry(u"templates/confocal.yaml"_s),
                                QJsonObject{{u"path"_s, u"terms/stains.obo"_s}, {u"size"_s, 5000}, {u"sha256"_s, Hash}}}},
    };
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

class TestPackIndex : public QObject
{
    Q_OBJECT

private slots:
    void validIndex_roundTrips();
    void hostileIndex_isRefused_data();
    void hostileIndex_isRefused();
    void hugeIndex_isRefusedBeforeParsing();
    void tooManyFiles_areRefused();
    void sameNameInOtherCase_isRefused();
    void build_leavesOutStrayFiles_refusesLinks();
    void storeNames_followTheRules_data();
    void storeNames_followTheRules();
};

void TestPackIndex::validIndex_roundTrips()
{
    const auto parsed = PackIndex::parse(bytes(validIndex()), u"index"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed->id, u"de.uni-example.lmf"_s);
    QCOMPARE(parsed->title.text(u"de"_s), u"LMF-Vorlagen"_s);
    QCOMPARE(parsed->files.size(), 2);
    QCOMPARE(parsed->files.at(0).kind(), PackFile::Kind::Template);
    QCOMPARE(parsed->files.at(0).templateId, u"de.example.t"_s);
    QCOMPARE(parsed->files.at(1).kind(), PackFile::Kind::Terms);
    QCOMPARE(parsed->totalBytes(), 5100);

    // What the builder writes, the parser reads back the same.
    const auto again = PackIndex::parse(parsed->toJson(), u"index"_s);
    QVERIFY(again.ok());
    QVERIFY(again->sameContentAs(*parsed));
    QCOMPARE(again->files, parsed->files);
    QCOMPARE(again->title.all(), parsed->title.all());
    QCOMPARE(again->publisher, parsed->publisher);
    // Readable: the pack's name comes before its files.
    QVERIFY(parsed->toJson().indexOf("\"id\"") < parsed->toJson().indexOf("\"files\""));
}

void TestPackIndex::hostileIndex_isRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // part of the message

    const auto withFile = [](const QJsonObject &file) {
        QJsonObject index = validIndex();
        index.insert(u"files"_s, QJsonArray{file});
        return bytes(index);
    };
    const auto withPath = [&](const QString &path) { return withFile(templateEntry(path)); };
    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject index = validIndex();
        index.insert(key, value);
        return bytes(index);
    };
    QJsonObject entry = templateEntry(u"templates/a.yaml"_s);

    QTest::newRow("not JSON") << QByteArray("{\"metafill_pack\": 1, ") << u"not valid JSON"_s;
    QTest::newRow("a list") << QByteArray("[1, 2]") << u"not the index of a Metafill template pack"_s;
    QTest::newRow("newer format") << with(u"metafill_pack"_s, 2) << u"newer Metafill"_s;
    QTest::newRow("deep nesting") << QByteArray(2000, '[') + QByteArray(2000, ']') << u"not valid JSON"_s;

    QTest::newRow("id traversal") << with(u"id"_s, u"../../etc"_s) << u"'id'"_s;
    QTest::newRow("id upper case") << with(u"id"_s, u"De.Example"_s) << u"'id'"_s;
    QTest::newRow("id double dot") << with(u"id"_s, u"de..example"_s) << u"'id'"_s;
    QTest::newRow("id device name") << with(u"id"_s, u"con"_s) << u"'id'"_s;
    QTest::newRow("id not text") << with(u"id"_s, 42) << u"'id'"_s;
    QTest::newRow("version two parts") << with(u"version"_s, u"1.0"_s) << u"'version'"_s;
    QTest::newRow("version leading zero") << with(u"version"_s, u"1.02.0"_s) << u"'version'"_s;
    QTest::newRow("version traversal") << with(u"version"_s, u"../1.0.0"_s) << u"'version'"_s;
    QTest::newRow("no title") << with(u"title"_s, QJsonValue()) << u"'title'"_s;
    QTest::newRow("title bad language") << with(u"title"_s, QJsonObject{{u"../x"_s, u"t"_s}}) << u"'title'"_s;
    QTest::newRow("no publisher") << with(u"publisher"_s, u"  "_s) << u"'publisher'"_s;
    QTest::newRow("files not a list") << with(u"files"_s, u"all"_s) << u"'files'"_s;

    QTest::newRow("path traversal") << withPath(u"templates/../../.bashrc"_s) << u"'.' or '..'"_s;
    QTest::newRow("path parent only") << withPath(u"../templates/a.yaml"_s) << u"'.' or '..'"_s;
    QTest::newRow("path absolute") << withPath(u"/etc/passwd"_s) << u"must be relative"_s;
    QTest::newRow("path drive") << withPath(u"C:/Windows/a.yaml"_s) << u"must be relative"_s;
    QTest::newRow("path backslash") << withPath(u"templates\\a.yaml"_s) << u"must be relative"_s;
    QTest::newRow("path deeper") << withPath(u"templates/sub/a.yaml"_s) << u"directly in its folders"_s;
    QTest::newRow("path other folder") << withPath(u"bin/a.yaml"_s) << u"directly in its folders"_s;
    QTest::newRow("path at root") << withPath(u"a.yaml"_s) << u"directly in its folders"_s;
    QTest::newRow("path hidden") << withPath(u"templates/.a.yaml"_s) << u"portable file name"_s;
    QTest::newRow("path device") << withPath(u"templates/aux.yaml"_s) << u"portable file name"_s;
    QTest::newRow("path space") << withPath(u"templates/my template.yaml"_s) << u"portable file name"_s;
    QTest::newRow("path non-ASCII") << withPath(u"templates/größe.yaml"_s) << u"portable file name"_s;
    QTest::newRow("path too long") << withPath(u"templates/"_s + QString(150, u'a') + u".yaml"_s) << u"longer than"_s;
    QTest::newRow("path empty") << withPath(QString()) << u"empty"_s;
    QTest::newRow("template not yaml") << withPath(u"templates/run.sh"_s) << u".yaml or .yml"_s;
    QTest::newRow("terms not obo") << withFile(QJsonObject{{u"path"_s, u"terms/x.exe"_s}, {u"size"_s, 1}, {u"sha256"_s, Hash}})
                                   << u".obo or .json"_s;

    entry.insert(u"sha256"_s, Hash.left(40));
    QTest::newRow("hash short") << withFile(entry) << u"'sha256'"_s;
    entry.insert(u"sha256"_s, Hash.toUpper());
    QTest::newRow("hash upper case") << withFile(entry) << u"'sha256'"_s;
    entry.insert(u"sha256"_s, QString(64, u'z'));
    QTest::newRow("hash not hex") << withFile(entry) << u"'sha256'"_s;
    entry.insert(u"sha256"_s, 12345);
    QTest::newRow("hash a number") << withFile(entry) << u"'sha256'"_s;
    entry.insert(u"sha256"_s, Hash);

    entry.insert(u"size"_s, -1);
    QTest::newRow("size negative") << withFile(entry) << u"'size'"_s;
    entry.insert(u"size"_s, 10.5);
    QTest::newRow("size fraction") << withFile(entry) << u"'size'"_s;
    entry.insert(u"size"_s, u"100"_s);
    QTest::newRow("size text") << withFile(entry) << u"'size'"_s;
    entry.insert(u"size"_s, 1e18);
    QTest::newRow("size absurd") << withFile(entry) << u"'size'"_s;
    entry.insert(u"size"_s, 5 * 1024 * 1024);
    QTest::newRow("template too large") << withFile(entry) << u"more than a file of this kind may hold"_s;
    entry.insert(u"size"_s, 100);

    entry.remove(u"template"_s);
    QTest::newRow("template without id") << withFile(entry) << u"'template'"_s;

    QJsonObject twice = validIndex();
    twice.insert(u"files"_s, QJsonArray{templateEntry(u"templates/a.yaml"_s), templateEntry(u"templates/b.yaml"_s)});
    QTest::newRow("template twice") << bytes(twice) << u"in the pack twice"_s;

    QJsonArray big;
    for (int i = 0; i < 9; ++i)
        big.append(QJsonObject{{u"path"_s, u"terms/t%1.obo"_s.arg(i)}, {u"size"_s, 60 * 1024 * 1024}, {u"sha256"_s, Hash}});
    QTest::newRow("total too large") << with(u"files"_s, big) << u"add up to more than"_s;
}

void TestPackIndex::hostileIndex_isRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto parsed = PackIndex::parse(json, u"https://example.org/metafill-pack.json"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
    // Every message names the index it is about.
    QVERIFY(parsed.error().startsWith(u"https://example.org/metafill-pack.json: "_s));
}

void TestPackIndex::hugeIndex_isRefusedBeforeParsing()
{
    QByteArray huge = bytes(validIndex());
    huge.insert(1, "\"padding\": \"" + QByteArray(PackIndex::MaxIndexBytes, 'x') + "\",");
    const auto parsed = PackIndex::parse(huge, u"index"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(u"larger than 1024 KiB"_s), qPrintable(parsed.error()));
}

void TestPackIndex::tooManyFiles_areRefused()
{
    QJsonArray files;
    for (int i = 0; i <= PackIndex::MaxFiles; ++i)
        files.append(QJsonObject{{u"path"_s, u"terms/t%1.obo"_s.arg(i)}, {u"size"_s, 1}, {u"sha256"_s, Hash}});
    QJsonObject index = validIndex();
    index.insert(u"files"_s, files);
    const auto parsed = PackIndex::parse(bytes(index), u"index"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(u"at most 500"_s), qPrintable(parsed.error()));

    files.removeLast();
    index.insert(u"files"_s, files);
    QVERIFY(PackIndex::parse(bytes(index), u"index"_s).ok());
}

void TestPackIndex::sameNameInOtherCase_isRefused()
{
    // One file on Windows and macOS: the second would overwrite the first.
    QJsonObject index = validIndex();
    index.insert(u"files"_s,
                 QJsonArray{templateEntry(u"templates/Confocal.yaml"_s, u"a"_s), templateEntry(u"templates/confocal.yaml"_s, u"b"_s)});
    const auto parsed = PackIndex::parse(bytes(index), u"index"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(u"listed twice"_s), qPrintable(parsed.error()));
}

void TestPackIndex::build_leavesOutStrayFiles_refusesLinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"lmf"_s);
    QVERIFY(PackFixture::writeFile(folder + u"/templates/confocal.yaml"_s, PackFixture::templateYaml(u"de.example.c"_s, u"1.0.0"_s)));
    QVERIFY(PackFixture::writeFile(folder + u"/templates/confocal.yaml~"_s, "editor backup"));
    QVERIFY(PackFixture::writeFile(folder + u"/templates/old/confocal.yaml"_s, "archive"));
    QVERIFY(PackFixture::writeFile(folder + u"/notes.txt"_s, "for the staff"));
    const PackBuilder::About about{u"de.example"_s, u"1.0.0"_s, u"T"_s, u"P"_s, {}};

    PackBuilder::Outcome built = PackBuilder::build(folder, about);
    QVERIFY2(built.index.has_value(), qPrintable(built.errors.join(u'\n')));
    QCOMPARE(built.index->files.size(), 1);
    QCOMPARE(built.index->files.first().templateId, u"de.example.c"_s);
    QCOMPARE(built.index->files.first().sha256, PackVerifier::sha256Of(folder + u"/templates/confocal.yaml"_s));
    QCOMPARE(built.notes.size(), 3);

    // A name others could not hold, and a link to a file elsewhere: errors, nothing built.
    QVERIFY(PackFixture::writeFile(folder + u"/templates/my confocal.yaml"_s, "x"));
    QVERIFY(PackFixture::writeFile(dir.filePath(u"outside.yaml"_s), PackFixture::templateYaml(u"de.example.o"_s, u"1.0.0"_s)));
    if (!QFile::link(dir.filePath(u"outside.yaml"_s), folder + u"/templates/linked.yaml"_s))
        QSKIP("this file system has no symbolic links");
    built = PackBuilder::build(folder, about);
    QVERIFY(!built.index.has_value());
    QCOMPARE(built.errors.size(), 2);
    QVERIFY2(built.errors.at(0).startsWith(u"templates/linked.yaml: a link"_s), qPrintable(built.errors.join(u'\n')));
    QVERIFY2(built.errors.at(1).startsWith(u"templates/my confocal.yaml: "_s), qPrintable(built.errors.join(u'\n')));
}

void TestPackIndex::storeNames_followTheRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("id");
    QTest::addColumn<bool>("version");
    QTest::addColumn<bool>("file");
    QTest::newRow("reverse domain") << u"de.uni-example.lmf"_s << true << false << true;
    QTest::newRow("version") << u"1.10.0"_s << true << true << true;
    QTest::newRow("zero version") << u"0.0.0"_s << true << true << true;
    QTest::newRow("dot dot") << u".."_s << false << false << false;
    QTest::newRow("dot") << u"."_s << false << false << false;
    QTest::newRow("slash") << u"a/b"_s << false << false << false;
    QTest::newRow("trailing dot") << u"abc."_s << false << false << false;
    QTest::newRow("leading dash") << u"-rf"_s << false << false << false;
    QTest::newRow("device") << u"NUL.txt"_s << false << false << false;
    QTest::newRow("com port") << u"com1"_s << false << false << false;
    QTest::newRow("upper case") << u"Confocal.yaml"_s << false << false << true;
    QTest::newRow("seven digits") << u"1234567.0.0"_s << true << false << true;
    QTest::newRow("empty") << QString() << false << false << false;
}

void TestPackIndex::storeNames_followTheRules()
{
    QFETCH(QString, name);
    QFETCH(bool, id);
    QFETCH(bool, version);
    QFETCH(bool, file);
    QCOMPARE(PackStore::isValidId(name), id);
    QCOMPARE(PackStore::isValidVersion(name), version);
    QCOMPARE(PackStore::isPortableName(name), file);
}

QTEST_GUILESS_MAIN(TestPackIndex)
#include "TestPackIndex.moc"
