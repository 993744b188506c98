// The Template Packs dialog on Qt's offscreen platform, with packs served by
// a real HTTP server on 127.0.0.1 and the store in a temporary data folder.

#include "FakeOlsServer.h"
#include "PackBuilder.h"
#include "PackServing.h"
#include "packs/PackStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "settings/TemplatePacksDialog.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

namespace {

const QString PackId = u"de.uni-example.lmf"_s;
const QByteArray Prefix = "/packs/lmf/";

} // namespace

class TestTemplatePacksDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void settingsDialog_opensThePacks();
    void addUpdateCancelRemove();

private:
    // Version `version` of a one-template pack; `tamper` alters the template after the index was made.
    QString publish(FakeOlsServer &server, const QString &version, bool tamper = false);
    PackManager::Options options() const;
    QString text(TemplatePacksDialog &dialog, const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTemplatePacksDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_DATA_HOME", m_dir->filePath(u"data"_s).toUtf8());
}

PackManager::Options TestTemplatePacksDialog::options() const
{
    PackManager::Options options;
    options.termStore = m_dir->filePath(u"terms.sqlite"_s);
    return options;
}

QString TestTemplatePacksDialog::publish(FakeOlsServer &server, const QString &version, bool tamper)
{
    const QString folder = m_dir->filePath(u"pack-"_s + version);
    QDir().mkpath(folder + u"/templates"_s);
    QFile file(folder + u"/templates/confocal.yaml"_s);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(u"metafill: 1\nid: de.uni-example.lmf.confocal\nversion: %1\ntitle: Confocal\n"
               "sections:\n  - key: sample\n    label: Sample\n    fields:\n      - {key: name, type: text, label: Name}\n"_s.arg(version)
                   .toUtf8());
    file.close();
    const PackBuilder::Outcome built =
        PackBuilder::build(folder, {PackId, version, u"LMF templates"_s, u"Light Microscopy Facility"_s, {}});
    if (!built.index || !PackBuilder::write(folder, *built.index))
        return {};
    // Altered on the way, the same size: only the hash can tell.
    if (tamper && file.open(QIODevice::ReadWrite)) {
        const QByteArray altered = file.readAll().replace("Sample", "Sampel");
        file.seek(0);
        file.write(altered);
    }
    file.close();
    publishFolder(server, folder, Prefix);
    return folder;
}

QString TestTemplatePacksDialog::text(TemplatePacksDialog &dialog, const char *name) const
{
    if (auto *edit = dialog.findChild<QPlainTextEdit *>(QString::fromLatin1(name)))
        return edit->toPlainText();
    if (auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name)))
        return label->text();
    return {};
}

void TestTemplatePacksDialog::settingsDialog_opensThePacks()
{
    AppSettings settings(m_dir->filePath(u"settings.ini"_s));
    SettingsDialog dialog(settings);
    auto *button = dialog.findChild<QPushButton *>(u"templatePacksButton"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), u"Template &Packs…"_s);
}

void TestTemplatePacksDialog::addUpdateCancelRemove()
{
    AppSettings settings(m_dir->filePath(u"settings.ini"_s));
    FakeOlsServer server;
    QVERIFY(server.start());
    QVERIFY(!publish(server, u"1.0.0"_s).isEmpty());
    const QString url = publishedUrl(server, Prefix);

    TemplatePacksDialog dialog(settings, options());
    dialog.show();
    auto *list = dialog.findChild<QTreeWidget *>(u"packList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY2(text(dialog, "packDetails").startsWith(u"No template packs yet"_s), qPrintable(text(dialog, "packDetails")));
    auto *update = dialog.findChild<QPushButton *>(u"updatePackButton"_s);
    QVERIFY(!update->isEnabled());

    // Add: fetched on the worker, listed with its version, what happened shown.
    dialog.addSource(url);
    QVERIFY(dialog.isBusy());
    QVERIFY(!update->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20'000);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"LMF templates"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"1.0.0"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"Light Microscopy Facility"_s);
    QCOMPARE(list->topLevelItem(0)->text(3), url);
    QVERIFY2(text(dialog, "packDetails").contains(u"Subscribed to de.uni-example.lmf 1.0.0"_s), qPrintable(text(dialog, "packDetails")));
    QCOMPARE(text(dialog, "packStatus"), u"Done."_s);
    // The window's template search path now holds the pack's templates.
    QVERIFY(settings.templateSearchPath().contains(PackStore::templatesFolder(PackStore().versionFolder(PackId, u"1.0.0"_s))));

    // Update from the button: what changed is listed.
    QVERIFY(!publish(server, u"1.1.0"_s).isEmpty());
    QVERIFY(update->isEnabled());
    QTest::mouseClick(update, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20'000);
    QCOMPARE(list->topLevelItem(0)->text(1), u"1.1.0"_s);
    QVERIFY2(text(dialog, "packDetails").contains(u"template de.uni-example.lmf.confocal: 1.0.0 → 1.1.0"_s),
             qPrintable(text(dialog, "packDetails")));

    // A tampered update: refused, said so, 1.1.0 stays.
    QVERIFY(!publish(server, u"1.2.0"_s, true).isEmpty());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"updateAllPacksButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20'000);
    QCOMPARE(list->topLevelItem(0)->text(1), u"1.1.0"_s);
    QVERIFY2(text(dialog, "packDetails").contains(u"Not done: templates/confocal.yaml: the file's SHA-256"_s),
             qPrintable(text(dialog, "packDetails")));
    QVERIFY2(text(dialog, "packStatus").startsWith(u"Some packs could not be updated"_s), qPrintable(text(dialog, "packStatus")));

    // Cancel while a file hangs: nothing changes.
    QVERIFY(!publish(server, u"1.3.0"_s).isEmpty());
    server.queueFault(FakeOlsServer::Fault::None);
    server.queueFault(FakeOlsServer::Fault::NeverAnswer);
    QTest::mouseClick(update, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(text(dialog, "packStatus").contains(u"fetching templates/confocal.yaml (1 of 1)"_s), 20'000);
    auto *cancel = dialog.findChild<QPushButton *>(u"cancelPackButton"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20'000);
    QVERIFY2(text(dialog, "packStatus").startsWith(u"Cancelled"_s), qPrintable(text(dialog, "packStatus")));
    QCOMPARE(list->topLevelItem(0)->text(1), u"1.1.0"_s);
    QVERIFY(!cancel->isVisible());

    // Offline, a new dialog shows the kept copy.
    server.setDefaultFault(FakeOlsServer::Fault::ResetOnAccept);
    {
        TemplatePacksDialog offline(settings, options());
        auto *offlineList = offline.findChild<QTreeWidget *>(u"packList"_s);
        QCOMPARE(offlineList->topLevelItemCount(), 1);
        QVERIFY2(text(offline, "packDetails").contains(u"Template de.uni-example.lmf.confocal 1.1.0"_s),
                 qPrintable(text(offline, "packDetails")));
        QVERIFY2(text(offline, "packDetails").contains(u"Kept on this computer: 1.1.0, 1.0.0"_s), qPrintable(text(offline, "packDetails")));
    }

    dialog.removePack(PackId);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20'000);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY2(text(dialog, "packDetails").startsWith(u"Removed the template pack de.uni-example.lmf"_s),
             qPrintable(text(dialog, "packDetails")));
}

QTEST_MAIN(TestTemplatePacksDialog)
#include "TestTemplatePacksDialog.moc"
