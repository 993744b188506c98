// The whole window as people use it: a template chosen, values typed by
// keyboard, images dropped and filled from their headers, a preset applied,
// the record saved and opened again, and the prompt about unsaved changes.
#include "MainWindow.h"
#include "form/FieldEditor.h"
#include "form/FormView.h"
#include "images/ImagesPanel.h"
#include "session/DocumentSession.h"
#include "settings/AppSettings.h"

#include "TestPaths.h"
#include "record/RecordFile.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFileOpenEvent>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QString text(const FieldValue &v)
    {
        return v.values.isEmpty() ? QString() : std::get<QString>(v.values.first());
    }

    // Answers the next modal message box with `button`.
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    box->button(button)->click();
                    return;
                }
            }
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The built-in templates, as the installed program finds them beside itself.
        qputenv("METAFILL_TEMPLATE_PATH", TestPaths::source(u"templates"_s).toUtf8());
    }

    void typeDropExportSaveReopen()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        settings.setOfflineMode(true);
        MainWindow window(settings, dir.filePath(u"journal"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.newRecord(TestPaths::source(u"templates/facility-confocal.yaml"_s)));
        DocumentSession *session = window.session();
        QCOMPARE(session->templ()->id, u"org.metafill.example.confocal-facility"_s);
        QVERIFY(!session->isModified());

        // Type the study title by keyboard.
        const FieldPath title{u"study"_s, 0, u"title"_s};
        window.form()->focusField(title);
        QWidget *input = window.form()->editor(title)->focusTarget();
        QTest::keyClicks(input, u"Spindles"_s);
        QTest::keyClick(input, Qt::Key_Tab);
        QCOMPARE(text(session->ownValue(title, -1)), u"Spindles"_s);
        QVERIFY(session->isModified());
        QVERIFY(window.isWindowModified());

        // Drop two image files on the window: they are read and filled in the background.
        QSignalSpy imported(window.images(), &ImagesPanel::importFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(TestPaths::data(u"images/lsm/two-tracks.lsm"_s)),
                      QUrl::fromLocalFile(TestPaths::data(u"images/nd2/synthetic-v2.nd2"_s))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(imported.wait(20'000));
        QCOMPARE(session->imageCount(), 2);
        const FieldPath objective{u"image_acquisition"_s, 0, u"objective_model"_s};
        QCOMPARE(text(session->effectiveValue(objective, 0)), u"Plan-Apochromat 63x/1.40 Oil DIC M27"_s);
        QCOMPARE(session->effectiveValue(objective, 0).provenance.kind, Provenance::Kind::Header);

        // Choosing the image in the list shows its values in the form.
        window.images()->setCurrentScope(0);
        QCOMPARE(window.form()->scope(), 0);

        // A preset from the Presets menu fills the chosen image.
        auto *preset = window.findChild<QAction *>(u"preset:leica_stellaris8"_s);
        QVERIFY(preset);
        preset->trigger();
        const FieldPath manufacturer{u"image_acquisition"_s, 0, u"microscope_manufacturer"_s};
        QCOMPARE(session->effectiveValue(manufacturer, 0).provenance.kind, Provenance::Kind::Preset);
        QVERIFY(session->effectiveValue(manufacturer, 1).isEmpty() || session->effectiveValue(manufacturer, 1).provenance.kind != Provenance::Kind::Preset);
        session->undoStack()->undo();
        QVERIFY(session->effectiveValue(manufacturer, 0).provenance.kind != Provenance::Kind::Preset);

        // Save, and open the saved record again in a fresh window.
        const QString recordPath = dir.filePath(u"spindles.metafill.json"_s);
        QVERIFY(session->save(recordPath));
        QVERIFY(!window.isWindowModified());
        MainWindow second(settings, dir.filePath(u"journal2"_s));
        QVERIFY(second.openRecord(recordPath));
        QCOMPARE(second.session()->imageCount(), 2);
        QCOMPARE(text(second.session()->ownValue(title, -1)), u"Spindles"_s);
        QCOMPARE(text(second.session()->effectiveValue(objective, 0)), u"Plan-Apochromat 63x/1.40 Oil DIC M27"_s);
        QVERIFY(settings.recentFiles().contains(recordPath));
        QVERIFY(settings.recentTemplates().first().endsWith(u"facility-confocal.yaml"_s));

        // A record opened from the Finder (macOS "Open With") arrives as a QFileOpenEvent.
        MainWindow third(settings, dir.filePath(u"journal3"_s));
        QFileOpenEvent fromFinder(recordPath);
        QApplication::sendEvent(qApp, &fromFinder);
        QCOMPARE(third.session()->filePath(), recordPath);
        QCOMPARE(third.session()->imageCount(), 2);
    }

    void closingAsksAboutUnsavedChanges()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        settings.setOfflineMode(true);
        MainWindow window(settings, dir.filePath(u"journal"_s));
        window.show();
        QVERIFY(window.newRecord(u"org.metafill.rembi"_s));
        window.session()->setValue({u"study"_s, 0, u"title"_s}, -1, FieldValue{{u"unsaved"_s}, {}});

        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(window.session()->isModified());

        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void aRecordOfAnUnknownTemplateSaysWhatIsMissing()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        MainWindow window(settings, dir.filePath(u"journal"_s));
        QFile file(dir.filePath(u"other.metafill.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"metafill_record": 1, "template": {"id": "org.example.unknown", "version": "1.0"}, "values": {}})");
        file.close();
        const Status opened = window.openRecord(file.fileName());
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(u"org.example.unknown"_s) || opened.error().contains(u"other.metafill.json"_s), qPrintable(opened.error()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
