#include "settings/AppSettings.h"
#include "settings/RecentFilesMenu.h"
#include "settings/SettingsDialog.h"

#include "template/TemplateLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh settings file per test: never the user's real settings.
    QString newIniFile() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files)); }

    template<typename T>
    static T *child(QWidget &parent, const QString &name)
    {
        T *widget = parent.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Also the default-constructed AppSettings must stay in the temporary folder.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(u"MetafillTest"_s);
        QCoreApplication::setApplicationName(u"TestSettings"_s);
    }

    void defaultsWhenNothingIsSet()
    {
        AppSettings settings(newIniFile());
        QCOMPARE(settings.olsUrl(), u"https://www.ebi.ac.uk/ols4"_s);
        QCOMPARE(settings.proxy(), QString());
        QCOMPARE(settings.offlineMode(), false);
        QCOMPARE(settings.templateFolders(), QStringList());
        QCOMPARE(settings.templateSearchPath(), TemplateLoader::defaultSearchPath());
        QCOMPARE(settings.language(), AppSettings::Language::System);
        QCOMPARE(settings.languageCode(), QString());
        QCOMPARE(settings.csvFormat(), OmeroCsvExporter::Format::Omero);
        QCOMPARE(settings.csvDelimiter(), QChar(u'\t'));
        QCOMPARE(settings.csvNamespace(), QString());
        QCOMPARE(settings.recentFiles(), QStringList());
        QCOMPARE(settings.lastFolder(AppSettings::Folder::Images), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));

        const TermService::Options options = settings.termServiceOptions();
        QCOMPARE(options.ols.baseUrl, u"https://www.ebi.ac.uk/ols4"_s);
        QVERIFY(options.ols.proxy.isEmpty());
        QVERIFY(!options.offline);
        QVERIFY(options.ols.check());

        // The default constructor keeps to QSettings::setPath: the test's folder.
        AppSettings user;
        QVERIFY2(user.location().startsWith(m_dir.path()), qPrintable(user.location()));
    }

    void everySettingRoundTrips()
    {
        const QString file = newIniFile();
        {
            AppSettings settings(file);
            settings.setOlsUrl(u"https://ols.facility.example.org/ols4/"_s);
            settings.setProxy(u"socks5h://proxy.example.org:1080"_s);
            settings.setOfflineMode(true);
            settings.setTemplateFolders({u"/srv/templates"_s, u"/srv/templates"_s, u" "_s, u"/home/me/templates/"_s});
            settings.setLanguage(AppSettings::Language::German);
            settings.setCsvFormat(OmeroCsvExporter::Format::Legacy);
            settings.setCsvDelimiter(u';');
            settings.setCsvNamespace(u"  openmicroscopy.org/facility/rembi "_s);
            settings.setLastFolder(AppSettings::Folder::Images, u"/data/2024/"_s);
            settings.setLastFolder(AppSettings::Folder::Export, u"/exports"_s);
            settings.sync();
        }
        AppSettings settings(file);
        QCOMPARE(settings.olsUrl(), u"https://ols.facility.example.org/ols4/"_s);
        QCOMPARE(settings.proxy(), u"socks5h://proxy.example.org:1080"_s);
        QVERIFY(settings.offlineMode());
        QCOMPARE(settings.templateFolders(), (QStringList{u"/srv/templates"_s, u"/home/me/templates"_s}));
        QCOMPARE(settings.templateSearchPath().mid(0, 2), settings.templateFolders());
        QCOMPARE(settings.language(), AppSettings::Language::German);
        QCOMPARE(settings.languageCode(), u"de"_s);
        QCOMPARE(settings.csvFormat(), OmeroCsvExporter::Format::Legacy);
        QCOMPARE(settings.csvDelimiter(), QChar(u';'));
        QCOMPARE(settings.csvNamespace(), u"openmicroscopy.org/facility/rembi"_s);
        QCOMPARE(settings.lastFolder(AppSettings::Folder::Images), u"/data/2024"_s);
        QCOMPARE(settings.lastFolder(AppSettings::Folder::Export), u"/exports"_s);

        const TermService::Options options = settings.termServiceOptions();
        QCOMPARE(options.ols.baseUrl, settings.olsUrl());
        QCOMPARE(options.ols.proxy, settings.proxy());
        QVERIFY(options.offline);
        const Status usable = options.ols.check();
        QVERIFY2(usable, usable ? "" : qPrintable(usable.error()));
        const OmeroCsvExporter::Options csv = settings.csvOptions();
        QCOMPARE(csv.format, OmeroCsvExporter::Format::Legacy);
        QCOMPARE(csv.delimiter, QChar(u';'));
        QCOMPARE(csv.mapNamespace, u"openmicroscopy.org/facility/rembi"_s);

        // Back to the defaults: the keys go, so a new default reaches everyone.
        settings.setOlsUrl(u"https://www.ebi.ac.uk/ols4"_s);
        settings.setLanguage(AppSettings::Language::System);
        settings.setCsvDelimiter(u'\t');
        settings.sync();
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY(!written.contains("olsUrl"));
        QVERIFY(!written.contains("language"));
        QVERIFY2(written.contains("csvDelimiter=tab"), written.constData()); // a readable word, not an invisible tab
    }

    void unreadableValuesFallBackToDefaults()
    {
        const QString file = newIniFile();
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(u"general/language"_s, u"klingon"_s);
            raw.setValue(u"export/csvFormat"_s, u"excel"_s);
            raw.setValue(u"export/csvDelimiter"_s, u"||"_s);
            raw.setValue(u"ontology/offline"_s, u"perhaps"_s);
        }
        AppSettings settings(file);
        QCOMPARE(settings.language(), AppSettings::Language::System);
        QCOMPARE(settings.csvFormat(), OmeroCsvExporter::Format::Omero);
        QCOMPARE(settings.csvDelimiter(), QChar(u'\t'));
        QCOMPARE(settings.offlineMode(), false);
    }

    void recentFilesAreCappedAndPruned()
    {
        QTemporaryDir records;
        QStringList files;
        for (int i = 0; i < 12; ++i) {
            files.append(records.filePath(u"run %1 & more.metafill.json"_s.arg(i)));
            QFile f(files.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        AppSettings settings(newIniFile());
        for (const QString &file : files)
            settings.addRecentFile(file);
        QCOMPARE(settings.recentFiles().size(), AppSettings::MaxRecentFiles);
        QCOMPARE(settings.recentFiles().first(), files.at(11));
        QVERIFY(!settings.recentFiles().contains(files.at(0)));
        settings.addRecentFile(files.at(5)); // opened again: to the top, not twice
        QCOMPARE(settings.recentFiles().first(), files.at(5));
        QCOMPARE(settings.recentFiles().count(files.at(5)), 1);

        RecentFilesMenu menu(settings);
        QSignalSpy chosen(&menu, &RecentFilesMenu::fileChosen);
        QSignalSpy pruned(&menu, &RecentFilesMenu::pruned);
        QList<QAction *> entries = menu.actions();
        QCOMPARE(entries.first()->text(), u"&1  run 5 && more.metafill.json  (%1)"_s.arg(QDir::toNativeSeparators(records.path())));
        entries.at(1)->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), files.at(11));

        // Two files vanish; the next time the menu opens they are pruned (off the UI thread).
        QVERIFY(QFile::remove(files.at(11)));
        QVERIFY(QFile::remove(files.at(7)));
        QCOMPARE(AppSettings::missingFiles(settings.recentFiles()), (QStringList{files.at(11), files.at(7)}));
        menu.pruneMissing();
        QVERIFY(pruned.wait(5000));
        QCOMPARE(pruned.first().first().toStringList().size(), 2);
        QCOMPARE(settings.recentFiles().size(), AppSettings::MaxRecentFiles - 2);
        QVERIFY(!settings.recentFiles().contains(files.at(7)));
        int fileEntries = 0;
        for (QAction *action : menu.actions())
            fileEntries += action->data().isValid() ? 1 : 0;
        QCOMPARE(fileEntries, AppSettings::MaxRecentFiles - 2);

        auto *clear = menu.findChild<QAction *>(u"clearRecentFiles"_s);
        QVERIFY(clear && clear->isEnabled());
        clear->trigger();
        QVERIFY(settings.recentFiles().isEmpty());
        QVERIFY(!menu.actions().first()->isEnabled()); // "No recent files"
    }

    void windowLayoutIsRemembered()
    {
        AppSettings settings(newIniFile());
        {
            QMainWindow window;
            window.setObjectName(u"MainWindow"_s);
            window.resize(930, 610);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            settings.saveWindowLayout(window);
        }
        QMainWindow window;
        window.setObjectName(u"MainWindow"_s);
        QVERIFY(settings.restoreWindowLayout(window));
        QCOMPARE(window.size(), QSize(930, 610));

        QMainWindow other;
        other.setObjectName(u"OtherWindow"_s);
        QVERIFY(!settings.restoreWindowLayout(other));
    }

    void dialogEditsByKeyboardPersist()
    {
        const QString file = newIniFile();
        AppSettings settings(file);
        SettingsDialog dialog(settings);
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = child<QTabWidget>(dialog, u"settingsPages"_s);
        QCOMPARE(tabs->currentIndex(), 0);

        // General: Alt+L to the language, Down to English.
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        auto *language = child<QComboBox>(dialog, u"languageCombo"_s);
        QTRY_VERIFY(language->hasFocus());
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), u"English"_s);

        // Ctrl+Tab to the ontology page; Alt+A to the address.
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        auto *url = child<QLineEdit>(dialog, u"olsUrlEdit"_s);
        QTRY_VERIFY(url->hasFocus());
        QTest::keyClicks(url, u"https://ols.facility.example.org/ols4"_s);
        // Proxy: Alt+P, Down twice to "This proxy:", Alt+D to its address.
        QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
        auto *proxyMode = child<QComboBox>(dialog, u"proxyModeCombo"_s);
        QTRY_VERIFY(proxyMode->hasFocus());
        QTest::keyClick(proxyMode, Qt::Key_Down);
        QTest::keyClick(proxyMode, Qt::Key_Down);
        auto *proxy = child<QLineEdit>(dialog, u"proxyEdit"_s);
        QVERIFY(proxy->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(proxy->hasFocus());
        QTest::keyClicks(proxy, u"http://proxy.example.org:3128"_s);
        // Alt+W: work offline (address and proxy stay, greyed).
        QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(child<QCheckBox>(dialog, u"offlineCheck"_s)->isChecked()); // buttons click a moment after their mnemonic
        QVERIFY(!url->isEnabled());

        // Alt+E to the export page: separator and namespace.
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 3);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        auto *delimiter = child<QComboBox>(dialog, u"csvDelimiterCombo"_s);
        QTRY_VERIFY(delimiter->hasFocus());
        QTest::keyClick(delimiter, Qt::Key_Down);
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
        auto *mapNamespace = child<QLineEdit>(dialog, u"csvNamespaceEdit"_s);
        QTRY_VERIFY(mapNamespace->hasFocus());
        QTest::keyClicks(mapNamespace, u"facility.example.org/rembi"_s);

        // Nothing is written before OK.
        QCOMPARE(AppSettings(file).olsUrl(), u"https://www.ebi.ac.uk/ols4"_s);
        QTest::keyClick(mapNamespace, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(applied.size(), 1);

        AppSettings reread(file);
        QCOMPARE(reread.language(), AppSettings::Language::English);
        QCOMPARE(reread.olsUrl(), u"https://ols.facility.example.org/ols4"_s);
        QCOMPARE(reread.proxy(), u"http://proxy.example.org:3128"_s);
        QVERIFY(reread.offlineMode());
        QCOMPARE(reread.csvDelimiter(), QChar(u','));
        QCOMPARE(reread.csvNamespace(), u"facility.example.org/rembi"_s);

        // Opened again, the dialog shows what is stored.
        SettingsDialog again(reread);
        QCOMPARE(child<QLineEdit>(again, u"olsUrlEdit"_s)->text(), u"https://ols.facility.example.org/ols4"_s);
        QCOMPARE(child<QComboBox>(again, u"proxyModeCombo"_s)->currentIndex(), 2);
        QCOMPARE(child<QComboBox>(again, u"languageCombo"_s)->currentText(), u"English"_s);
    }

    void invalidAddressIsRefusedWithAMessage()
    {
        const QString file = newIniFile();
        AppSettings settings(file);
        SettingsDialog dialog(settings);
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = child<QTabWidget>(dialog, u"settingsPages"_s);
        auto *url = child<QLineEdit>(dialog, u"olsUrlEdit"_s);
        auto *error = child<QLabel>(dialog, u"olsUrlError"_s);

        dialog.showPage(SettingsDialog::Page::Ontology);
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(url->hasFocus());
        QTest::keyClicks(url, u"http://ols.example.org/ols4"_s);
        // OK from another page: the dialog stays, shows the page, the field and why.
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 3);
        QTest::keyClick(tabs->currentWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(applied.size(), 0);
        QCOMPARE(tabs->currentIndex(), 1);
        QTRY_VERIFY(url->hasFocus());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"https"_s) && error->text().contains(u"localhost"_s), qPrintable(error->text()));
        QCOMPARE(AppSettings(file).olsUrl(), u"https://www.ebi.ac.uk/ols4"_s);

        typeInto(url, u"ftp://ols.example.org"_s);
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(u"https"_s), qPrintable(error->text()));

        // A manual proxy needs an address.
        typeInto(url, u"http://localhost:8080/ols4"_s);
        QVERIFY(!error->isVisible()); // the complaint goes as soon as the address is right
        auto *proxyMode = child<QComboBox>(dialog, u"proxyModeCombo"_s);
        proxyMode->setFocus();
        QTest::keyClick(proxyMode, Qt::Key_End);
        QTest::keyClick(proxyMode, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        auto *proxyError = child<QLabel>(dialog, u"proxyError"_s);
        QVERIFY(proxyError->isVisible());
        QTRY_VERIFY(child<QLineEdit>(dialog, u"proxyEdit"_s)->hasFocus());
        QTest::keyClicks(child<QLineEdit>(dialog, u"proxyEdit"_s), u"http://proxy:3128"_s);
        QVERIFY(!proxyError->isVisible());

        // Plain http is fine for a service on this computer.
        QTest::keyClick(child<QLineEdit>(dialog, u"proxyEdit"_s), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(applied.size(), 1);
        QCOMPARE(AppSettings(file).olsUrl(), u"http://localhost:8080/ols4"_s);
        QCOMPARE(AppSettings(file).proxy(), u"http://proxy:3128"_s);
    }

    void cancelForgetsAndApplyKeepsTheDialogOpen()
    {
        const QString file = newIniFile();
        AppSettings settings(file);
        {
            SettingsDialog dialog(settings);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            dialog.showPage(SettingsDialog::Page::Export);
            QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
            auto *mapNamespace = child<QLineEdit>(dialog, u"csvNamespaceEdit"_s);
            QTRY_VERIFY(mapNamespace->hasFocus());
            QTest::keyClicks(mapNamespace, u"not.wanted"_s);
            QTest::keyClick(mapNamespace, Qt::Key_Escape);
            QTRY_VERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QCOMPARE(AppSettings(file).csvNamespace(), QString());

        SettingsDialog dialog(settings);
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *buttons = child<QDialogButtonBox>(dialog, u"settingsButtons"_s);
        QPushButton *apply = buttons->button(QDialogButtonBox::Apply);
        QVERIFY(!apply->isEnabled()); // nothing changed yet
        dialog.showPage(SettingsDialog::Page::Export);
        auto *format = child<QComboBox>(dialog, u"csvFormatCombo"_s);
        format->setFocus();
        QTest::keyClick(format, Qt::Key_Down); // legacy: its files always use commas
        QVERIFY(!child<QComboBox>(dialog, u"csvDelimiterCombo"_s)->isEnabled());
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(applied.size(), 1);
        QVERIFY(!apply->isEnabled());
        QCOMPARE(AppSettings(file).csvFormat(), OmeroCsvExporter::Format::Legacy);

        // Restore Defaults changes the fields only; Cancel keeps what was applied.
        QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(format->currentIndex(), 0);
        dialog.reject();
        QCOMPARE(AppSettings(file).csvFormat(), OmeroCsvExporter::Format::Legacy);
    }

    void templateFoldersAreAddedOrderedAndRemoved()
    {
        QTemporaryDir folders;
        QVERIFY(QDir(folders.path()).mkpath(u"facility"_s));
        QVERIFY(QDir(folders.path()).mkpath(u"lab"_s));
        const QString facility = folders.filePath(u"facility"_s);
        const QString lab = folders.filePath(u"lab"_s);

        const QString file = newIniFile();
        AppSettings settings(file);
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.showPage(SettingsDialog::Page::Templates);
        auto *list = child<QListWidget>(dialog, u"templateFolderList"_s);
        auto *add = child<QPushButton>(dialog, u"addTemplateFolderButton"_s);

        const auto addFolder = [&](const QString &folder) {
            // A window manager gives the focus back after a modal chooser; offscreen, the test does.
            dialog.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            // The folder chooser is modal: answer it from a timer once it is up.
            bool answered = false;
            QTimer poll;
            poll.setInterval(20);
            QString unexpected;
            connect(&poll, &QTimer::timeout, this, [&] {
                QWidget *modal = QApplication::activeModalWidget();
                if (auto *chooser = qobject_cast<QFileDialog *>(modal)) {
                    // As a person would: type the folder into the name field, press Return.
                    auto *name = chooser->findChild<QLineEdit *>(u"fileNameEdit"_s);
                    if (!name)
                        return;
                    poll.stop();
                    name->setText(QDir::toNativeSeparators(folder));
                    QTest::keyClick(name, Qt::Key_Return);
                    answered = true;
                } else if (auto *box = qobject_cast<QDialog *>(modal); box && box != &dialog) {
                    unexpected = box->windowTitle();
                    box->reject(); // never hang on a message nobody answers
                }
            });
            poll.start();
            QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier); // "&Add…"
            QTRY_VERIFY(answered);
            QTRY_VERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == &dialog);
            QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        };
        addFolder(facility);
        addFolder(lab);
        addFolder(lab); // already there: not twice
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(add->isEnabled());

        // Alt+U moves the lab folder first; Delete removes the facility one.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(list->item(0)->text(), QDir::toNativeSeparators(lab));
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), 1);
        addFolder(facility);
        QCOMPARE(list->count(), 2);

        QVERIFY(dialog.apply());
        QCOMPARE(AppSettings(file).templateFolders(), (QStringList{lab, facility}));
        QCOMPARE(AppSettings(file).templateSearchPath().mid(0, 2), (QStringList{lab, facility}));
        QCOMPARE(AppSettings(file).lastFolder(AppSettings::Folder::Templates), facility);
    }
};

QTEST_MAIN(TestSettings)
#include "TestSettings.moc"
