// The store's folders and its list of subscriptions, which the template
// loader reads on every start: a damaged or hand-edited list must never
// lead the loader outside the store.

#include "PackFixture.h"
#include "packs/PackStore.h"
#include "template/TemplateLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace metafill;

class TestPackStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void subscriptions_roundTrip();
    void missingList_meansNoSubscriptions();
    void damagedList_isReportedNotFollowed_data();
    void damagedList_isReportedNotFollowed();
    void keptVersions_newestFirst_onlyCompleteOnes();
    void searchPath_activeBeforeBuiltin_olderAfter();

private:
    void writeVersion(const QString &id, const QString &version);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPackStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_DATA_HOME", m_dir->filePath(u"data"_s).toUtf8());
    qunsetenv("METAFILL_TEMPLATE_PATH");
}

void TestPackStore::writeVersion(const QString &id, const QString &version)
{
    const QString folder = PackStore().versionFolder(id, version);
    QVERIFY(PackFixture::writeFile(PackStore::indexPath(folder), "{}"));
    QVERIFY(QDir().mkpath(PackStore::templatesFolder(folder)));
}

void TestPackStore::subscriptions_roundTrip()
{
    const PackStore store;
    QCOMPARE(store.root(), m_dir->filePath(u"data/metafill/packs"_s));
    PackSubscription a;
    a.id = u"de.uni-example.lmf"_s;
    a.source = u"https://facility.example.org/packs/lmf/"_s;
    a.activeVersion = u"1.2.0"_s;
    a.title = u"LMF-Vorlagen"_s;
    a.publisher = u"Lichtmikroskopie"_s;
    a.updated = QDateTime(QDate(2026, 3, 1), QTime(12, 30), Qt::UTC);
    a.termPacks = {u"lmf-stains"_s};
    PackSubscription b = a;
    b.id = u"org.example.other"_s;
    b.source = u"/mnt/share/packs"_s;
    b.termPacks.clear();
    QVERIFY(store.saveSubscriptions({a, b}).ok());

    const auto read = store.subscriptions();
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 2);
    const PackSubscription &first = read->first();
    QCOMPARE(first.id, a.id);
    QCOMPARE(first.source, a.source);
    QCOMPARE(first.activeVersion, a.activeVersion);
    QCOMPARE(first.title, a.title);
    QCOMPARE(first.publisher, a.publisher);
    QCOMPARE(first.updated, a.updated);
    QCOMPARE(first.termPacks, a.termPacks);
    QCOMPARE(read->last().id, b.id);
}

void TestPackStore::missingList_meansNoSubscriptions()
{
    const auto read = PackStore().subscriptions();
    QVERIFY(read.ok());
    QVERIFY(read->isEmpty());
    QVERIFY(PackStore().templateFolders().active.isEmpty());
    // No data folder at all: no store, nothing on the search path.
    QVERIFY(PackStore(QString()).templateFolders().active.isEmpty());
}

void TestPackStore::damagedList_isReportedNotFollowed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray entry = R"({"id": "%ID%", "source": "https://x.example/", "active_version": "%V%"})";
    const auto list = [&](const QByteArray &id, const QByteArray &version) -> QByteArray {
        return "{\"metafill_pack_subscriptions\": 1, \"packs\": [" + QByteArray(entry).replace("%ID%", id).replace("%V%", version) + "]}";
    };
    QTest::newRow("not JSON") << QByteArray("{\"metafill_pack_subscriptions\": 1, [") << u"not valid JSON"_s;
    QTest::newRow("other file") << QByteArray("{\"packs\": []}") << u"not Metafill's list"_s;
    QTest::newRow("newer") << QByteArray("{\"metafill_pack_subscriptions\": 7, \"packs\": []}") << u"newer Metafill"_s;
    QTest::newRow("id traversal") << list("../../../etc", "1.0.0") << u"entry 1 has no valid id"_s;
    QTest::newRow("version traversal") << list("de.example", "../../x") << u"entry 1 has no valid id"_s;
    QTest::newRow("absolute id") << list("/tmp", "1.0.0") << u"entry 1 has no valid id"_s;
    QByteArray twice = list("de.example", "1.0.0");
    twice.replace("]}", QByteArray("," + QByteArray(entry).replace("%ID%", "de.example").replace("%V%", "1.0.0") + "]}"));
    QTest::newRow("twice") << twice << u"listed twice"_s;
    QTest::newRow("huge") << QByteArray(PackStore::MaxSubscriptionsBytes + 10, ' ') << u"larger than"_s;
}

void TestPackStore::damagedList_isReportedNotFollowed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const PackStore store;
    QVERIFY(PackFixture::writeFile(store.subscriptionsPath(), json));
    const auto read = store.subscriptions();
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
    QVERIFY2(read.error().contains(u"delete it and add the packs again"_s), qPrintable(read.error()));
    // The loader's search path simply has no packs then.
    QVERIFY(store.templateFolders().active.isEmpty());
    QVERIFY(store.templateFolders().older.isEmpty());
    for (const QString &folder : TemplateLoader::defaultSearchPath())
        QVERIFY2(!folder.contains(u"etc"_s) && !folder.startsWith(u"/tmp/templates"_s), qPrintable(folder));
}

void TestPackStore::keptVersions_newestFirst_onlyCompleteOnes()
{
    const QString id = u"de.example.lmf"_s;
    for (const QString &version : {u"1.9.0"_s, u"1.10.0"_s, u"0.2.1"_s})
        writeVersion(id, version);
    const PackStore store;
    // A download in progress, a folder without index, a stray name: not versions.
    QVERIFY(QDir().mkpath(store.packFolder(id) + u"/.incoming-abc123/templates"_s));
    QVERIFY(QDir().mkpath(store.versionFolder(id, u"2.0.0"_s)));
    QVERIFY(QDir().mkpath(store.packFolder(id) + u"/latest"_s));
    QCOMPARE(store.keptVersions(id), (QStringList{u"1.10.0"_s, u"1.9.0"_s, u"0.2.1"_s}));
    QVERIFY(store.keptVersions(u"../x"_s).isEmpty());
}

void TestPackStore::searchPath_activeBeforeBuiltin_olderAfter()
{
    qputenv("METAFILL_TEMPLATE_PATH", m_dir->filePath(u"facility"_s).toUtf8());
    const PackStore store;
    for (const QString &version : {u"1.0.0"_s, u"1.1.0"_s, u"2.0.0"_s})
        writeVersion(u"de.example.a"_s, version);
    writeVersion(u"org.example.b"_s, u"3.0.0"_s);
    PackSubscription a{u"de.example.a"_s, u"https://a.example/"_s, u"1.1.0"_s, {}, {}, {}, {}};
    PackSubscription b{u"org.example.b"_s, u"/mnt/b"_s, u"3.0.0"_s, {}, {}, {}, {}};
    QVERIFY(store.saveSubscriptions({a, b}).ok());

    const auto folder = [&](const QString &id, const QString &version) {
        return PackStore::templatesFolder(store.versionFolder(id, version));
    };
    const QStringList expected{
        m_dir->filePath(u"facility"_s),
        m_dir->filePath(u"data/metafill/templates"_s),
        folder(u"de.example.a"_s, u"1.1.0"_s),
        folder(u"org.example.b"_s, u"3.0.0"_s),
        TemplateLoader::builtinTemplateDir(),
        // Kept for records made with them, newest first: 2.0.0 (offered but not in use here) and 1.0.0.
        folder(u"de.example.a"_s, u"2.0.0"_s),
        folder(u"de.example.a"_s, u"1.0.0"_s),
    };
    QCOMPARE(TemplateLoader::defaultSearchPath(), expected);
    qunsetenv("METAFILL_TEMPLATE_PATH");
}

QTEST_GUILESS_MAIN(TestPackStore)
#include "TestPackStore.moc"
