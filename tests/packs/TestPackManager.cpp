// Template packs end to end with real parts: a real HTTP server on 127.0.0.1
// serving real pack folders, the real store under a temporary XDG_DATA_HOME,
// the real template loader and record binder, and a real term store.

#include "FakeOlsServer.h"
#include "PackFixture.h"
#include "PackManager.h"
#include "PackServing.h"
#include "PackVerifier.h"
#include "record/RecordBinder.h"
#include "record/RecordEditor.h"
#include "record/RecordFile.h"
#include "template/TemplateLoader.h"

#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace metafill;
using Fault = FakeOlsServer::Fault;

namespace {

const QString PackId = u"de.uni-example.lmf"_s;
const QString Confocal = u"de.uni-example.lmf.confocal"_s;
const QString Widefield = u"de.uni-example.lmf.widefield"_s;
const QString Screening = u"de.uni-example.lmf.screening"_s;
const QByteArray Prefix = "/packs/lmf/";

QString why(const Result<PackUpdate> &result)
{
    return result.ok() ? QString() : result.error();
}

} // namespace

class TestPackManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void subscribe_overHttp_fetchesVerifiesAndServesTemplates();
    void source_mayBeTheIndexAddress();
    void keptCopy_worksOfflineAfterTheServerStops();
    void tamperedFile_refusesTheUpdate_oldVersionStaysActive();
    void truncatedFile_isRefused();
    void connectionCutMidway_isRefused();
    void update_reportsWhatChanged_recordKeepsItsVersion();
    void upToDate_changesNothing();
    void sameVersionOtherFiles_isRefused();
    void templateRewrittenUnderSameVersion_isRefused();
    void olderVersion_isNotInstalled();
    void brokenTemplate_refusesThePack();
    void brokenTermPack_refusesTheUpdate_termStoreAsBefore();
    void folderPack_isSubscribedAndUpdated();
    void folderPack_linkLeadingOutside_isRefused();
    void damagedKeptCopy_isFetchedAgain();
    void plainHttpToAnotherHost_isRefusedWithoutConnecting();
    void redirects_areCheckedHopByHop();
    void oversizedAnswer_isCutOff();
    void cancel_stopsAndLeavesNothing();
    void remove_deletesPackAndTermPacks();
    void tls_certificateIsVerified();

private:
    PackManager manager() const;
    // Writes version `version` of the pack folder: the templates given as
    // (file, id, version, presets) and a term pack with the given labels.
    struct T
    {
        QString file;
        QString id;
        QString version;
        QStringList presets;
    };
    QString makePack(const QString &version, const QList<T> &templates, const QStringList &terms = {});
    QStringList termPackIds() const;
    bool hasIncomingFolders() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_packs = 0;
};

void TestPackManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The store and the user's template folder live in the generic data folder.
    qputenv("XDG_DATA_HOME", m_dir->filePath(u"data"_s).toUtf8());
    QVERIFY(PackStore::defaultRoot().startsWith(m_dir->path()));
}

void TestPackManager::cleanup()
{
    m_dir.reset();
}

PackManager TestPackManager::manager() const
{
    PackManager::Options options;
    options.termStore = m_dir->filePath(u"terms.sqlite"_s);
    options.templateSearchPath = TemplateLoader::defaultSearchPath();
    options.fetch.connectTimeout = std::chrono::milliseconds(3'000);
    options.fetch.transferTimeout = std::chrono::milliseconds(10'000);
    return PackManager(options);
}

QString TestPackManager::makePack(const QString &version, const QList<T> &templates, const QStringList &terms)
{
    const QString folder = m_dir->filePath(u"published-%1"_s.arg(++m_packs));
    for (const T &t : templates)
        PackFixture::writeFile(folder + u"/templates/"_s + t.file, PackFixture::templateYaml(t.id, t.version, t.presets));
    if (!terms.isEmpty())
        PackFixture::writeFile(folder + u"/terms/stains.obo"_s, PackFixture::termsObo(u"lmf-stains"_s, terms));
    PackFixture::buildIndex(folder, PackId, version);
    return folder;
}

QStringList TestPackManager::termPackIds() const
{
    TermIndex index;
    if (!index.open(QString(), m_dir->filePath(u"terms.sqlite"_s)))
        return {u"(cannot open)"_s};
    QStringList ids;
    if (const auto packs = index.packs()) {
        for (const TermPack &pack : *packs)
            ids.append(pack.id + u' ' + QString::number(pack.terms));
    }
    return ids;
}

bool TestPackManager::hasIncomingFolders() const
{
    const QDir pack(PackStore().packFolder(PackId));
    return !pack.entryList({u".incoming-*"_s}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty();
}

void TestPackManager::subscribe_overHttp_fetchesVerifiesAndServesTemplates()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {u"sp8"_s}}}, {u"DAPI"_s, u"Hoechst"_s});
    FakeOlsServer server;
    QVERIFY(server.start());
    QCOMPARE(publishFolder(server, v1, Prefix), 3);

    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    QList<PackProgress> seen;
    const auto added = packs.add(publishedUrl(server, Prefix), cancel, [&](const PackProgress &p) { seen.append(p); });
    QVERIFY2(added.ok(), qPrintable(why(added)));
    QCOMPARE(added->pack.id, PackId);
    QCOMPARE(added->pack.activeVersion, u"1.0.0"_s);
    QCOMPARE(added->pack.title, u"LMF templates"_s);
    QCOMPARE(added->pack.publisher, u"Light Microscopy Facility"_s);
    QVERIFY(added->previousVersion.isEmpty());
    QCOMPARE(added->changes.templates.size(), 1);
    QCOMPARE(added->changes.templates.first().kind, PackTemplateChange::Kind::Added);
    QCOMPARE(added->changes.templates.first().presetsAdded, QStringList{u"sp8"_s});
    QCOMPARE(added->changes.terms.size(), 1);
    // Three files fetched: the index and the two it lists; progress reached the end.
    QCOMPARE(server.requests().size(), 3);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().bytesDone, seen.last().bytesTotal);
    QCOMPARE(seen.last().fileCount, 2);

    // The term pack went into the user's term store.
    QCOMPARE(termPackIds(), QStringList{u"lmf-stains 2"_s});
    QCOMPARE(added->pack.termPacks, QStringList{u"lmf-stains"_s});

    // Its templates are on the default search path, found by id.
    const QString activeTemplates = PackStore::templatesFolder(PackStore().versionFolder(PackId, u"1.0.0"_s));
    QVERIFY(TemplateLoader::defaultSearchPath().contains(activeTemplates));
    TemplateLoader loader;
    const auto loaded = loader.loadByNameOrPath(Confocal);
    QVERIFY2(loaded.result, qPrintable(loaded.diagnostics.toString()));
    QCOMPARE(loaded.result->version, u"1.0.0"_s);
    QVERIFY(loaded.result->filePath.startsWith(activeTemplates));

    // Subscribing again is not an update.
    const auto again = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(u"subscribed already"_s), qPrintable(again.error()));
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Refused);
}

void TestPackManager::source_mayBeTheIndexAddress()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    // People copy the index's address from a browser; the pack's folder is what is kept.
    const auto added = packs.add(publishedUrl(server, Prefix) + u"metafill-pack.json"_s, cancel);
    QVERIFY2(added.ok(), qPrintable(why(added)));
    QCOMPARE(added->pack.source, publishedUrl(server, Prefix));
    QVERIFY(packs.update(PackId, cancel).ok());

    const QString share = m_dir->filePath(u"share"_s);
    QVERIFY(QDir().rename(v1, share));
    QVERIFY(packs.remove(PackId).ok());
    const auto fromFile = packs.add(QUrl::fromLocalFile(share + u"/metafill-pack.json"_s).toString(), cancel);
    QVERIFY2(fromFile.ok(), qPrintable(why(fromFile)));
    QCOMPARE(fromFile->pack.source, QDir::toNativeSeparators(share));
}

void TestPackManager::keptCopy_worksOfflineAfterTheServerStops()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    QString url;
    {
        FakeOlsServer server;
        QVERIFY(server.start());
        publishFolder(server, v1, Prefix);
        url = publishedUrl(server, Prefix);
        std::atomic<bool> cancel{false};
        QVERIFY(manager().add(url, cancel).ok());
    } // the server is gone: this computer is offline as far as the pack is concerned

    PackManager packs = manager();
    const auto listed = packs.list();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->first().index.has_value());
    QCOMPARE(listed->first().index->files.size(), 1);
    QCOMPARE(listed->first().subscription.source, url);

    TemplateLoader loader;
    QVERIFY(loader.loadByNameOrPath(Confocal).result.has_value());

    std::atomic<bool> cancel{false};
    const auto update = packs.update(PackId, cancel);
    QVERIFY(!update.ok());
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Unreachable);
    QVERIFY2(update.error().contains(u"Could not connect"_s), qPrintable(update.error()));
    QVERIFY2(update.error().contains(u"de.uni-example.lmf 1.0.0 stays in use"_s), qPrintable(update.error()));
    QVERIFY(TemplateLoader().loadByNameOrPath(Confocal).result.has_value());
}

void TestPackManager::tamperedFile_refusesTheUpdate_oldVersionStaysActive()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    QVERIFY(packs.add(publishedUrl(server, Prefix), cancel).ok());

    // Version 2 as published, then one template altered on the way (same size, other bytes).
    const QString v2 = makePack(u"2.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"2.0.0"_s, {}}, {u"extra.yaml"_s, Widefield, u"1.0.0"_s, {}}});
    QFile extra(v2 + u"/templates/extra.yaml"_s);
    QVERIFY(extra.open(QIODevice::ReadWrite));
    QByteArray content = extra.readAll();
    content.replace("Sample name", "Sample nane");
    extra.seek(0);
    extra.write(content);
    extra.close();
    publishFolder(server, v2, Prefix);

    const auto update = packs.update(PackId, cancel);
    QVERIFY(!update.ok());
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Refused);
    QVERIFY2(update.error().startsWith(u"templates/extra.yaml: the file's SHA-256"_s), qPrintable(update.error()));
    QVERIFY2(update.error().contains(u"altered or damaged on the way"_s), qPrintable(update.error()));
    QVERIFY2(update.error().contains(u"Nothing was changed: de.uni-example.lmf 1.0.0 stays in use."_s), qPrintable(update.error()));

    // Nothing of version 2 is kept, nothing half-written is left, 1.0.0 is what the loader finds.
    QCOMPARE(packs.store().keptVersions(PackId), QStringList{u"1.0.0"_s});
    QVERIFY(!hasIncomingFolders());
    QCOMPARE(packs.store().subscriptions()->first().activeVersion, u"1.0.0"_s);
    QCOMPARE(TemplateLoader().loadByNameOrPath(Confocal).result->version, u"1.0.0"_s);
    QVERIFY(!TemplateLoader().loadByNameOrPath(Widefield).result.has_value());
}

void TestPackManager::truncatedFile_isRefused()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}}, {u"DAPI"_s});
    // The server sends a complete answer, but of a file cut short.
    QFile terms(v1 + u"/terms/stains.obo"_s);
    QVERIFY(terms.open(QIODevice::ReadWrite));
    QVERIFY(terms.resize(terms.size() - 10));
    terms.close();
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);

    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    const auto added = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY(!added.ok());
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Refused);
    QVERIFY2(added.error().startsWith(u"terms/stains.obo: the file has"_s), qPrintable(added.error()));
    QVERIFY2(added.error().contains(u"cut short"_s), qPrintable(added.error()));
    QVERIFY(packs.store().subscriptions()->isEmpty());
    QVERIFY(packs.store().keptVersions(PackId).isEmpty());
    QVERIFY(!hasIncomingFolders());
    QVERIFY(termPackIds().isEmpty());
}

void TestPackManager::connectionCutMidway_isRefused()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"a.yaml"_s, Confocal, u"1.0.0"_s, {}}, {u"b.yaml"_s, Widefield, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    // The index and the first template arrive; the connection for the second is reset.
    server.queueFault(Fault::None, 2);
    server.queueFault(Fault::ResetConnection);

    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    const auto added = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY(!added.ok());
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Unreachable);
    QVERIFY2(added.error().contains(u"templates/b.yaml"_s), qPrintable(added.error()));
    QVERIFY(packs.store().subscriptions()->isEmpty());
    QVERIFY(!hasIncomingFolders());
}

void TestPackManager::update_reportsWhatChanged_recordKeepsItsVersion()
{
    const QString v1 = makePack(
        u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {u"sp8"_s, u"lsm980"_s}}, {u"widefield.yaml"_s, Widefield, u"1.0.0"_s, {}}},
        {u"DAPI"_s});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    QVERIFY(packs.add(publishedUrl(server, Prefix), cancel).ok());

    // A record made with the confocal template as version 1 of the pack has it.
    TemplateLoader before;
    const auto v1Template = before.loadByNameOrPath(Confocal);
    QVERIFY(v1Template.result);
    Record record;
    record.templateRef = v1Template.result->ref();
    QVERIFY(RecordEditor(*v1Template.result, record.values).assign(u"sample.name=HeLa fixed"_s).ok());
    const QString recordPath = m_dir->filePath(u"hela.metafill.json"_s);
    QVERIFY(RecordFile::write(record, *v1Template.result, recordPath).ok());

    // Version 2: confocal 1.1.0 with other presets, widefield gone, screening new, terms changed.
    const QString v2 =
        makePack(u"1.1.0"_s,
                 {{u"confocal.yaml"_s, Confocal, u"1.1.0"_s, {u"sp8"_s, u"stellaris"_s}}, {u"screening.yaml"_s, Screening, u"1.0.0"_s, {}}},
                 {u"DAPI"_s, u"Hoechst 33342"_s});
    publishFolder(server, v2, Prefix);
    const auto update = packs.update(PackId, cancel);
    QVERIFY2(update.ok(), qPrintable(why(update)));
    QVERIFY(update->changed);
    QCOMPARE(update->previousVersion, u"1.0.0"_s);
    QCOMPARE(update->pack.activeVersion, u"1.1.0"_s);

    QCOMPARE(update->changes.templates.size(), 3);
    const QStringList lines = update->changes.describe();
    QVERIFY2(lines.contains(u"template de.uni-example.lmf.confocal: 1.0.0 → 1.1.0"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"    presets added: stellaris"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"    presets removed: lsm980"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"template de.uni-example.lmf.screening 1.0.0: new"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"template de.uni-example.lmf.widefield 1.0.0: removed from the pack (kept here for records made with it)"_s),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"term pack terms/stains.obo: changed"_s), qPrintable(lines.join(u'\n')));
    QCOMPARE(update->termImports.size(), 1);
    QCOMPARE(update->termImports.first().added, 1);
    QCOMPARE(update->termImports.first().unchanged, 1);
    QCOMPARE(termPackIds(), QStringList{u"lmf-stains 2"_s});

    // Both versions are kept; new records get the newest template.
    QCOMPARE(packs.store().keptVersions(PackId), (QStringList{u"1.1.0"_s, u"1.0.0"_s}));
    TemplateLoader after;
    QCOMPARE(after.loadByNameOrPath(Confocal).result->version, u"1.1.0"_s);
    QVERIFY(after.loadByNameOrPath(Widefield).result.has_value()); // only in the kept 1.0.0

    // The record still finds the very template version it was made with, and binds without migration.
    const auto raw = RecordFile::read(recordPath);
    QVERIFY(raw.ok());
    std::optional<TemplateLoader::Entry> same;
    for (const TemplateLoader::Entry &entry : after.available()) {
        if (entry.id == raw->templateRef.id && entry.version == raw->templateRef.version)
            same = entry;
    }
    QVERIFY(same.has_value());
    QVERIFY(same->path.startsWith(PackStore().versionFolder(PackId, u"1.0.0"_s)));
    const auto original = after.load(same->path);
    QVERIFY(original.result);
    QCOMPARE(original.result->sha256, raw->templateRef.sha256);
    const RecordBinder::Outcome bound = RecordBinder::bind(*raw, *original.result, recordPath);
    QVERIFY(bound.record.has_value());
    QVERIFY(!bound.migrated);
    QVERIFY2(bound.notes.isEmpty(), qPrintable(bound.notes.toString()));
}

void TestPackManager::upToDate_changesNothing()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    const auto added = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY(added.ok());
    server.clearRecords();

    const auto update = packs.update(PackId, cancel);
    QVERIFY2(update.ok(), qPrintable(why(update)));
    QVERIFY(!update->changed);
    QVERIFY(update->changes.isEmpty());
    QCOMPARE(update->previousVersion, u"1.0.0"_s);
    QVERIFY(update->pack.updated >= added->pack.updated);
    QCOMPARE(server.requests().size(), 1); // the index alone
}

void TestPackManager::sameVersionOtherFiles_isRefused()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    QVERIFY(packs.add(publishedUrl(server, Prefix), cancel).ok());

    // Republished as 1.0.0 with a file more: a version must always mean the same files.
    const QString again = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}, {u"w.yaml"_s, Widefield, u"1.0.0"_s, {}}});
    publishFolder(server, again, Prefix);
    const auto update = packs.update(PackId, cancel);
    QVERIFY(!update.ok());
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Refused);
    QVERIFY2(update.error().contains(u"with other files than the 1.0.0 kept here"_s), qPrintable(update.error()));
    QVERIFY(!TemplateLoader().loadByNameOrPath(Widefield).result.has_value());
}

void TestPackManager::templateRewrittenUnderSameVersion_isRefused()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    QVERIFY(packs.add(publishedUrl(server, Prefix), cancel).ok());

    // A new pack version whose template changed but kept its version 1.0.0.
    const QString folder = m_dir->filePath(u"rewritten"_s);
    PackFixture::writeFile(folder + u"/templates/confocal.yaml"_s, PackFixture::templateYaml(Confocal, u"1.0.0"_s, {}, u"Specimen"_s));
    PackFixture::buildIndex(folder, PackId, u"1.1.0"_s);
    publishFolder(server, folder, Prefix);
    const auto update = packs.update(PackId, cancel);
    QVERIFY(!update.ok());
    QVERIFY2(update.error().contains(
                 u"The content of de.uni-example.lmf.confocal 1.0.0 (templates/confocal.yaml) changed, but its version did not"_s),
             qPrintable(update.error()));
    QCOMPARE(packs.store().keptVersions(PackId), QStringList{u"1.0.0"_s});
    QVERIFY(!hasIncomingFolders());
}

void TestPackManager::olderVersion_isNotInstalled()
{
    const QString v2 = makePack(u"2.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"2.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v2, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    QVERIFY(packs.add(publishedUrl(server, Prefix), cancel).ok());

    publishFolder(server, makePack(u"1.5.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.5.0"_s, {}}}), Prefix);
    const auto update = packs.update(PackId, cancel);
    QVERIFY(!update.ok());
    QVERIFY2(update.error().contains(u"offers version 1.5.0, older than the 2.0.0 in use"_s), qPrintable(update.error()));
    QCOMPARE(packs.store().keptVersions(PackId), QStringList{u"2.0.0"_s});
}

void TestPackManager::brokenTemplate_refusesThePack()
{
    const QString folder = m_dir->filePath(u"broken"_s);
    QByteArray yaml = PackFixture::templateYaml(Confocal, u"1.0.0"_s);
    yaml.replace("type: text, label: Stain", "type: colour, label: Stain");
    PackFixture::writeFile(folder + u"/templates/confocal.yaml"_s, yaml);
    PackFixture::buildIndex(folder, PackId, u"1.0.0"_s); // the index alone does not look inside
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, folder, Prefix);

    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    const auto added = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY(!added.ok());
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Refused);
    QVERIFY2(added.error().startsWith(u"templates/confocal.yaml: the template cannot be used here: "_s), qPrintable(added.error()));
    QVERIFY2(added.error().contains(u"colour"_s), qPrintable(added.error()));
    QVERIFY(packs.store().subscriptions()->isEmpty());
}

void TestPackManager::brokenTermPack_refusesTheUpdate_termStoreAsBefore()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}}, {u"DAPI"_s});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    QVERIFY(packs.add(publishedUrl(server, Prefix), cancel).ok());
    QCOMPARE(termPackIds(), QStringList{u"lmf-stains 1"_s});

    // Version 2: a new term pack (imported first), then one that does not read.
    const QString v2 = m_dir->filePath(u"v2"_s);
    PackFixture::writeFile(v2 + u"/templates/confocal.yaml"_s, PackFixture::templateYaml(Confocal, u"1.1.0"_s));
    PackFixture::writeFile(v2 + u"/terms/a-dyes.obo"_s, PackFixture::termsObo(u"lmf-dyes"_s, {u"DAPI"_s, u"Hoechst"_s, u"DRAQ5"_s}));
    PackFixture::writeFile(v2 + u"/terms/b-broken.obo"_s, "format-version: 1.4\nontology: broken\n\n[Term]\nid: FAC:1\nthis is no tag\n");
    PackFixture::buildIndex(v2, PackId, u"1.1.0"_s);
    publishFolder(server, v2, Prefix);

    const auto update = packs.update(PackId, cancel);
    QVERIFY(!update.ok());
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Refused);
    QVERIFY2(update.error().startsWith(u"terms/b-broken.obo: the term pack cannot be imported"_s), qPrintable(update.error()));
    // The term store holds what version 1 brought, nothing of 1.1.0.
    QCOMPARE(termPackIds(), QStringList{u"lmf-stains 1"_s});
    QCOMPARE(packs.store().keptVersions(PackId), QStringList{u"1.0.0"_s});
    QCOMPARE(packs.store().subscriptions()->first().activeVersion, u"1.0.0"_s);
}

void TestPackManager::folderPack_isSubscribedAndUpdated()
{
    // A facility's share: the pack is read where it lies, no server involved.
    const QString share = m_dir->filePath(u"share/lmf"_s);
    PackFixture::writeFile(share + u"/templates/confocal.yaml"_s, PackFixture::templateYaml(Confocal, u"1.0.0"_s, {u"sp8"_s}));
    PackFixture::writeFile(share + u"/terms/stains.obo"_s, PackFixture::termsObo(u"lmf-stains"_s, {u"DAPI"_s}));
    PackFixture::buildIndex(share, PackId, u"1.0.0"_s);

    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    const auto added = packs.add(share, cancel);
    QVERIFY2(added.ok(), qPrintable(why(added)));
    QCOMPARE(added->pack.source, QDir::toNativeSeparators(share));
    QCOMPARE(termPackIds(), QStringList{u"lmf-stains 1"_s});

    PackFixture::writeFile(share + u"/templates/confocal.yaml"_s, PackFixture::templateYaml(Confocal, u"1.1.0"_s, {u"sp8"_s}));
    QFile::remove(share + u"/terms/stains.obo"_s);
    PackFixture::buildIndex(share, PackId, u"1.1.0"_s);
    const auto update = packs.update(PackId, cancel);
    QVERIFY2(update.ok(), qPrintable(why(update)));
    QCOMPARE(update->pack.activeVersion, u"1.1.0"_s);
    QCOMPARE(update->changes.describe(),
             (QStringList{u"template de.uni-example.lmf.confocal: 1.0.0 → 1.1.0"_s, u"term pack terms/stains.obo: removed"_s}));
    // The term pack left with the file.
    QCOMPARE(update->termPacksRemoved, QStringList{u"lmf-stains"_s});
    QVERIFY(termPackIds().isEmpty());

    // A folder index that lies about a file is refused like a server's.
    PackFixture::writeFile(share + u"/templates/confocal.yaml"_s, PackFixture::templateYaml(Confocal, u"1.2.0"_s));
    QFile index(share + u"/metafill-pack.json"_s);
    QVERIFY(index.open(QIODevice::ReadWrite));
    QByteArray json = index.readAll().replace("\"1.1.0\"", "\"1.2.0\"");
    index.resize(0);
    index.write(json);
    index.close();
    const auto lying = packs.update(PackId, cancel);
    QVERIFY(!lying.ok());
    QVERIFY2(lying.error().startsWith(u"templates/confocal.yaml: the file"_s), qPrintable(lying.error()));
}

void TestPackManager::folderPack_linkLeadingOutside_isRefused()
{
    const QString share = m_dir->filePath(u"share/lmf"_s);
    PackFixture::writeFile(share + u"/templates/confocal.yaml"_s, PackFixture::templateYaml(Confocal, u"1.0.0"_s));
    PackFixture::buildIndex(share, PackId, u"1.0.0"_s);
    // Someone replaces the templates folder by a link to elsewhere, holding the same file.
    const QString elsewhere = m_dir->filePath(u"elsewhere"_s);
    QVERIFY(QDir().rename(share + u"/templates"_s, elsewhere));
    if (!QFile::link(elsewhere, share + u"/templates"_s))
        QSKIP("this file system has no symbolic links");

    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    const auto added = packs.add(share, cancel);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"is a link to a file outside the pack"_s), qPrintable(added.error()));
}

void TestPackManager::damagedKeptCopy_isFetchedAgain()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    QVERIFY(packs.add(publishedUrl(server, Prefix), cancel).ok());

    const QString kept = PackStore().versionFolder(PackId, u"1.0.0"_s) + u"/templates/confocal.yaml"_s;
    PackFixture::writeFile(kept, "metafill: 1\nid: something.else\n");
    const auto update = packs.update(PackId, cancel);
    QVERIFY2(update.ok(), qPrintable(why(update)));
    QVERIFY(!update->changed);
    QCOMPARE(update->warnings.size(), 1);
    QVERIFY2(update->warnings.first().contains(u"was damaged"_s), qPrintable(update->warnings.first()));
    const auto index = packs.storedIndex(PackId, u"1.0.0"_s);
    QVERIFY(index.ok());
    QVERIFY(PackVerifier::verify(PackStore().versionFolder(PackId, u"1.0.0"_s), *index, cancel).ok());
}

void TestPackManager::plainHttpToAnotherHost_isRefusedWithoutConnecting()
{
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    for (const QString &url : {u"http://facility.example.org/packs/lmf/"_s, u"http://192.168.1.20/packs/"_s, u"ftp://127.0.0.1/pack/"_s,
                               u"https://user:secret@facility.example.org/pack/"_s}) {
        const auto added = packs.add(url, cancel);
        QVERIFY2(!added.ok(), qPrintable(url));
        QVERIFY2(added.error().contains(u"plain http"_s) || added.error().contains(u"not over ftp"_s) ||
                     added.error().contains(u"password"_s),
                 qPrintable(added.error()));
    }
    QVERIFY(packs.store().subscriptions()->isEmpty());
}

void TestPackManager::redirects_areCheckedHopByHop()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};

    // To plain http on another computer: refused before any request goes there.
    server.setRedirectTarget("http://192.0.2.1/packs/lmf/metafill-pack.json");
    server.queueFault(Fault::Redirect);
    auto added = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"redirects to an address Metafill does not use"_s), qPrintable(added.error()));

    // Within this computer a redirect is followed, and the pack arrives.
    server.setRedirectTarget(publishedUrl(server, Prefix).toUtf8() + "metafill-pack.json");
    server.queueFault(Fault::Redirect);
    added = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY2(added.ok(), qPrintable(why(added)));
    QVERIFY(packs.remove(PackId).ok());

    // An endless chain is given up on.
    server.queueFault(Fault::Redirect, 10);
    added = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"redirects more than 5 times"_s), qPrintable(added.error()));
}

void TestPackManager::oversizedAnswer_isCutOff()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    server.setHugeBodyBytes(3 * 1024 * 1024);
    // The index itself endless: stopped at 1 MiB.
    server.queueFault(Fault::HugeBody);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    auto added = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"is larger than the 1048576 bytes expected"_s), qPrintable(added.error()));
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Refused); // reached, and refused: not "try again later"

    // A template far longer than its index says: stopped at the listed size.
    server.queueFault(Fault::None);
    server.queueFault(Fault::HugeDeclaredBody);
    added = packs.add(publishedUrl(server, Prefix), cancel);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"templates/confocal.yaml is larger than the"_s), qPrintable(added.error()));
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Refused);
    QVERIFY(!hasIncomingFolders());
}

void TestPackManager::cancel_stopsAndLeavesNothing()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    server.queueFault(Fault::None);
    server.queueFault(Fault::NeverAnswer);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    // Cancelled once the template's download has begun.
    const auto added = packs.add(publishedUrl(server, Prefix), cancel, [&](const PackProgress &p) {
        if (!p.file.isEmpty())
            cancel = true;
    });
    QVERIFY(!added.ok());
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Cancelled);
    QVERIFY2(added.error().startsWith(u"Cancelled"_s), qPrintable(added.error()));
    QVERIFY(!hasIncomingFolders());
    QVERIFY(packs.store().subscriptions()->isEmpty());
}

void TestPackManager::remove_deletesPackAndTermPacks()
{
    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}}, {u"DAPI"_s});
    FakeOlsServer server;
    QVERIFY(server.start());
    publishFolder(server, v1, Prefix);
    PackManager packs = manager();
    std::atomic<bool> cancel{false};
    QVERIFY(packs.add(publishedUrl(server, Prefix), cancel).ok());
    publishFolder(server, makePack(u"1.1.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.1.0"_s, {}}}, {u"DAPI"_s}), Prefix);
    QVERIFY(packs.update(PackId, cancel).ok());

    const auto removed = packs.remove(PackId);
    QVERIFY(removed.ok());
    QCOMPARE(removed->templates, (QStringList{Confocal + u" 1.1.0"_s, Confocal + u" 1.0.0"_s}));
    QCOMPARE(removed->termPacksRemoved, QStringList{u"lmf-stains"_s});
    QVERIFY(packs.store().subscriptions()->isEmpty());
    QVERIFY(!QFileInfo::exists(packs.store().packFolder(PackId)));
    QVERIFY(termPackIds().isEmpty());
    QVERIFY(!TemplateLoader().loadByNameOrPath(Confocal).result.has_value());

    const auto unknown = packs.remove(PackId);
    QVERIFY(!unknown.ok());
    QCOMPARE(packs.lastFailure(), PackManager::Failure::Usage);
}

void TestPackManager::tls_certificateIsVerified()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty() || !QSslSocket::supportsSsl())
        QSKIP("needs the openssl program and Qt's TLS backend");
    const QString certificate = m_dir->filePath(u"cert.pem"_s);
    const QString key = m_dir->filePath(u"key.pem"_s);
    QProcess make;
    make.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                         u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, certificate});
    QVERIFY(make.waitForFinished(20'000));
    if (make.exitCode() != 0)
        QSKIP("openssl could not make a test certificate");

    const QString v1 = makePack(u"1.0.0"_s, {{u"confocal.yaml"_s, Confocal, u"1.0.0"_s, {}}});
    FakeOlsServer server;
    QVERIFY(server.start(certificate, key));
    publishFolder(server, v1, Prefix);
    const QString url = publishedUrl(server, Prefix);
    QVERIFY(url.startsWith(u"https://127.0.0.1:"_s));
    std::atomic<bool> cancel{false};

    // Signed by nobody this computer trusts: refused, with the reason.
    PackManager untrusting = manager();
    auto added = untrusting.add(url, cancel);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().startsWith(u"The certificate of 127.0.0.1 could not be verified"_s), qPrintable(added.error()));
    QCOMPARE(server.requests().size(), 0);

    PackManager::Options options;
    options.termStore = m_dir->filePath(u"terms.sqlite"_s);
    options.fetch.caCertificatesFile = certificate;
    PackManager trusting(options);
    // From https, a redirect down to plain http is refused, even on this computer.
    server.setRedirectTarget("http://127.0.0.1:9/packs/lmf/metafill-pack.json");
    server.queueFault(Fault::Redirect);
    added = trusting.add(url, cancel);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"away from https"_s), qPrintable(added.error()));

    added = trusting.add(url, cancel);
    QVERIFY2(added.ok(), qPrintable(why(added)));
}

QTEST_GUILESS_MAIN(TestPackManager)
#include "TestPackManager.moc"
