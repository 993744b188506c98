#include "export/ExportDialog.h"
#include "export/ExportPlan.h"
#include "export/ExportPreview.h"
#include "export/ExportWarningsView.h"
#include "export/OmeroInstructions.h"
#include "session/DocumentSession.h"

#include "TestPaths.h"
#include "TestTemplates.h"
#include "omero/ExportRows.h"
#include "template/TemplateLoader.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

namespace {

// CPU time the calling thread has used, or -1 where it cannot be measured.
qint64 uiThreadCpuMs()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
#endif
    return -1;
}

FieldValue typed(const Value &value)
{
    return FieldValue{{value}, {}};
}

const FieldPath Title{u"study"_s, 0, u"title"_s};
const FieldPath Description{u"study"_s, 0, u"description"_s};
const FieldPath Keywords{u"study"_s, 0, u"keywords"_s};
const FieldPath ReleaseDate{u"study"_s, 0, u"release_date"_s};
const FieldPath ComponentName{u"study_component"_s, 0, u"name"_s};
const FieldPath Organism{u"biosample"_s, 0, u"organism"_s};

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Template> m_rembi;
    QTemporaryDir m_dir;
    QStringList m_imageFiles; // three empty files in <tmp>/plate1, as the CLI needs them on disk

    // REMBI with three images: shared study values (a keyword with ';'), each
    // image its own component name, and only the first one an organism.
    void fill(DocumentSession &session)
    {
        session.start(m_rembi);
        session.change(
            u"add images"_s,
            [this](Record &r) {
                for (const QString &file : std::as_const(m_imageFiles))
                    r.images.append(ImageEntry{file, QFileInfo(file).fileName(), {}});
            },
            RecordChange::images());
        session.setValue(Title, -1, typed(u"Mitosis in HeLa cells"_s));
        session.setValue(Description, -1, typed(u"Live imaging over 3 days at 37 °C, \"H2B-GFP\""_s));
        session.setValue(Keywords, -1, FieldValue{{u"mitosis"_s, u"HeLa; live"_s}, {}});
        session.setValue(ReleaseDate, -1, typed(QDate(2025, 1, 31)));
        for (int i = 0; i < session.imageCount(); ++i)
            session.setValue(ComponentName, i, typed(u"Timepoint %1"_s.arg(i + 1)));
        session.setValue(
            Organism, 0,
            typed(Term{u"Homo sapiens"_s, u"NCBITaxon:9606"_s, u"http://purl.obolibrary.org/obo/NCBITaxon_9606"_s, u"ncbitaxon"_s}));
    }

    // What OmeroCsvExporter produces for the session, computed here without the GUI.
    QList<QByteArray> encoded(const DocumentSession &session, const OmeroCsvExporter::Options &options, OmeroOptions::Level level)
    {
        QStringList warnings;
        const auto objects = ExportRows::build(*m_rembi, session.record(), ExportPlan::imagesOf(session.record()), level, {}, &warnings);
        const auto table = OmeroCsvExporter::layout(objects, options, &warnings);
        if (!table)
            return {};
        const auto files = OmeroCsvExporter::encode(*table, options);
        return files ? *files : QList<QByteArray>{};
    }

    static ExportDialog::Defaults defaultsIn(const QString &folder)
    {
        ExportDialog::Defaults defaults;
        defaults.lastFolder = folder;
        return defaults;
    }

    template<typename T> static T *find(const ExportDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    // Waits until the preview shows the current options.
    static bool settled(const ExportDialog &dialog)
    {
        return QTest::qWaitFor([&dialog] { return !dialog.isUpdating(); }, 30000);
    }

    static QStringList warningLines(const ExportDialog &dialog) { return find<ExportWarningsView>(dialog, u"exportWarnings"_s)->lines(); }

    static bool anyContains(const QStringList &lines, const QString &a, const QString &b = {})
    {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(a) && l.contains(b); });
    }

    // Shortcuts such as Alt+P reach only the active window.
    static bool showActive(ExportDialog &dialog)
    {
        dialog.show();
        return QTest::qWaitForWindowActive(&dialog);
    }

private slots:
    void initTestCase()
    {
        m_rembi = TestTemplates::builtin(u"rembi.yaml"_s);
        QVERIFY(m_rembi);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"plate1"_s));
        for (const QString &name : {u"a.tif"_s, u"b.tif"_s, u"c.tif"_s}) {
            const QString path = m_dir.filePath(u"plate1/"_s + name);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            m_imageFiles.append(path);
        }
    }

    void previewIsTheEncodedBytes()
    {
        DocumentSession session;
        fill(session);
        ExportDialog dialog(&session, defaultsIn(m_dir.path()));
        QVERIFY(showActive(dialog));
        QVERIFY(settled(dialog));

        // Default: Import_from_csv, tab, one row per image, no namespace.
        auto *text = find<QPlainTextEdit>(dialog, u"previewText"_s);
        OmeroCsvExporter::Options options;
        QList<QByteArray> expected = encoded(session, options, OmeroOptions::Level::Image);
        QCOMPARE(expected.size(), 1);
        QCOMPARE(text->toPlainText().toUtf8(), expected.first());
        QVERIFY(text->toPlainText().startsWith(u"OBJECT_NAME\tStudy title\t"_s));

        auto *table = find<QTableWidget>(dialog, u"previewTable"_s);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), u"OBJECT_NAME"_s);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Study title"_s);
        QCOMPARE(table->item(1, 0)->text(), u"b.tif"_s);
        QCOMPARE(table->item(2, 1)->text(), u"Mitosis in HeLa cells"_s);
        QCOMPARE(table->verticalHeaderItem(0)->text(), u"2"_s); // the file's row number

        // Choose semicolon and a namespace by keyboard only.
        QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
        auto *separator = find<QComboBox>(dialog, u"separatorCombo"_s);
        QCOMPARE(QApplication::focusWidget(), separator);
        QTest::keyClick(separator, Qt::Key_Down);
        QTest::keyClick(separator, Qt::Key_Down);
        QCOMPARE(separator->currentIndex(), 2);
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        auto *ns = find<QLineEdit>(dialog, u"namespaceEdit"_s);
        QCOMPARE(QApplication::focusWidget(), ns);
        QTest::keyClicks(ns, u"org.example/imaging"_s);
        QVERIFY(dialog.isUpdating());
        QVERIFY(settled(dialog));

        options.delimiter = u';';
        options.mapNamespace = u"org.example/imaging"_s;
        expected = encoded(session, options, OmeroOptions::Level::Image);
        QCOMPARE(text->toPlainText().toUtf8(), expected.first());
        QVERIFY(text->toPlainText().startsWith(u"NAMESPACE;org.example/imaging;"_s));
        // The namespace row is the table's first row; the header stays the header.
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, 0)->text(), u"NAMESPACE"_s);
        QCOMPARE(table->item(1, 0)->text(), u"a.tif"_s);

        // The OMERO panel follows the options.
        const QString steps = find<QTextBrowser>(dialog, u"omeroInstructions"_s)->toPlainText();
        QVERIFY2(steps.contains(u"Import from CSV"_s), qPrintable(steps));
        QVERIFY(steps.contains(u"Target Data_Type"_s));
        QVERIFY(steps.contains(u"org.example/imaging"_s));
        QVERIFY(steps.contains(u"OBJECT_NAME"_s));
    }

    void previewShowsOnlyTheFirstRows()
    {
        DocumentSession session;
        session.start(m_rembi);
        session.change(
            u"add images"_s,
            [](Record &r) {
                for (int i = 0; i < 50; ++i)
                    r.images.append(
                        ImageEntry{u"/data/run/img%1.tif"_s.arg(i, 3, 10, QChar(u'0')), u"img%1.tif"_s.arg(i, 3, 10, QChar(u'0')), {}});
            },
            RecordChange::images());
        session.setValue(Title, -1, typed(u"Cells"_s));
        ExportDialog dialog(&session, defaultsIn(m_dir.path()));
        QVERIFY(settled(dialog));
        const QByteArray whole = encoded(session, {}, OmeroOptions::Level::Image).first();
        const QByteArray shown = find<QPlainTextEdit>(dialog, u"previewText"_s)->toPlainText().toUtf8();
        QVERIFY(whole.startsWith(shown));
        QCOMPARE(shown.count('\n'), 1 + ExportPlan::PreviewRows);
        QCOMPARE(find<QTableWidget>(dialog, u"previewTable"_s)->rowCount(), ExportPlan::PreviewRows);
        QVERIFY(find<QLabel>(dialog, u"previewCaption"_s)->text().contains(u"20 of 50"_s));
    }

    void exportWritesWhatTheCliWrites_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("separator");
        QTest::addColumn<QString>("mapNamespace");
        QTest::addColumn<QStringList>("cliOptions");
        QTest::newRow("import, tab") << 0 << 0 << 0 << QString() << QStringList{u"--format"_s, u"omero"_s, u"--level"_s, u"image"_s};
        QTest::newRow("import, semicolon, namespace")
            << 0 << 0 << 2 << u"org.example/imaging"_s
            << QStringList{u"--format"_s,    u"omero"_s,     u"--level"_s,     u"image"_s,
                           u"--delimiter"_s, u"semicolon"_s, u"--namespace"_s, u"org.example/imaging"_s};
        QTest::newRow("legacy") << 1 << 0 << 0 << QString() << QStringList{u"--format"_s, u"omero-legacy"_s, u"--level"_s, u"image"_s};
        QTest::newRow("dataset, comma") << 0 << 1 << 1 << QString()
                                        << QStringList{u"--format"_s, u"omero"_s, u"--level"_s, u"dataset"_s, u"--delimiter"_s, u"comma"_s};
    }

    void exportWritesWhatTheCliWrites()
    {
        QFETCH(int, format);
        QFETCH(int, level);
        QFETCH(int, separator);
        QFETCH(QString, mapNamespace);
        QFETCH(QStringList, cliOptions);
        QVERIFY2(QFileInfo::exists(TestPaths::cliBinary()), "build metafill-cli first: this test compares with its output");

        QTemporaryDir out;
        DocumentSession session;
        fill(session);
        const QString recordPath = out.filePath(u"experiment.json"_s);
        QVERIFY(session.save(recordPath));

        ExportDialog dialog(&session, defaultsIn(out.path()));
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        QVERIFY(showActive(dialog));
        find<QComboBox>(dialog, u"formatCombo"_s)->setCurrentIndex(format);
        if (format == 0) {
            find<QComboBox>(dialog, u"levelCombo"_s)->setCurrentIndex(level);
            find<QComboBox>(dialog, u"separatorCombo"_s)->setCurrentIndex(separator);
            find<QLineEdit>(dialog, u"namespaceEdit"_s)->setText(mapNamespace);
        }
        const QString guiFile = out.filePath(u"gui.csv"_s);
        auto *output = find<QLineEdit>(dialog, u"outputEdit"_s);
        output->selectAll();
        QTest::keyClicks(output, guiFile);
        QVERIFY(settled(dialog));
        QVERIFY(!QFile::exists(guiFile)); // nothing is written before Export

        QTest::mouseClick(find<QPushButton>(dialog, u"exportButton"_s), Qt::LeftButton);
        QVERIFY(exported.wait(30000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(exported.first().at(0).toStringList(), QStringList{guiFile});
        QVERIFY(exported.first().at(1).toString().contains(u"gui.csv"_s));

        const QString cliFile = out.filePath(u"cli.csv"_s);
        QProcess cli;
        cli.start(TestPaths::cliBinary(), QStringList{u"export"_s, u"--template"_s, TestPaths::source(u"templates/rembi.yaml"_s),
                                                      u"--record"_s, recordPath, u"--no-autofill"_s, u"-o"_s, cliFile} +
                                              cliOptions + m_imageFiles);
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(QFile::exists(cliFile), cli.readAllStandardError().constData());

        QFile gui(guiFile);
        QFile reference(cliFile);
        QVERIFY(gui.open(QIODevice::ReadOnly));
        QVERIFY(reference.open(QIODevice::ReadOnly));
        const QByteArray written = gui.readAll();
        QCOMPARE(written, reference.readAll());
        QVERIFY(!written.isEmpty());
    }

    void duplicateNamesAreWarned()
    {
        DocumentSession session;
        session.start(m_rembi);
        session.change(
            u"add images"_s,
            [](Record &r) {
                r.images.append(ImageEntry{u"/data/day1/cell.tif"_s, u"cell.tif"_s, {}});
                r.images.append(ImageEntry{u"/data/day2/cell.tif"_s, u"cell.tif"_s, {}});
                r.images.append(ImageEntry{u"/data/day2/other.tif"_s, u"other.tif"_s, {}});
            },
            RecordChange::images());
        session.setValue(Title, -1, typed(u"Cells"_s));
        ExportDialog dialog(&session, defaultsIn(m_dir.path()));
        QVERIFY(showActive(dialog));
        QVERIFY(settled(dialog));

        const QStringList lines = warningLines(dialog);
        QVERIFY2(anyContains(lines, u"occur more than once"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(anyContains(lines, u"cell.tif — 2 image"_s, u"day1"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(!anyContains(lines, u"other.tif — "_s));
        QVERIFY(!find<QPushButton>(dialog, u"exportButton"_s)->isEnabled());
        auto *error = find<QLabel>(dialog, u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"cell.tif"_s));

        // One row per dataset names the rows after the folders: no clash.
        auto *level = find<QComboBox>(dialog, u"levelCombo"_s);
        level->setFocus();
        QTest::keyClick(level, Qt::Key_Down);
        QVERIFY(settled(dialog));
        QVERIFY(!anyContains(warningLines(dialog), u"occur more than once"_s));
        QVERIFY(find<QPushButton>(dialog, u"exportButton"_s)->isEnabled());
        QVERIFY(!error->isVisible());
        QCOMPARE(find<QTableWidget>(dialog, u"previewTable"_s)->item(1, 0)->text(), u"day2"_s);
    }

    void legacySplitIsWarned()
    {
        DocumentSession session;
        fill(session);
        ExportDialog dialog(&session, defaultsIn(m_dir.path()));
        QVERIFY(showActive(dialog));
        QVERIFY(settled(dialog));
        QVERIFY(!anyContains(warningLines(dialog), u"splits"_s));

        // Choose the old script by keyboard: its file uses commas, one row per image.
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        auto *format = find<QComboBox>(dialog, u"formatCombo"_s);
        QCOMPARE(QApplication::focusWidget(), format);
        QTest::keyClick(format, Qt::Key_Down);
        QVERIFY(settled(dialog));
        const QStringList lines = warningLines(dialog);
        QVERIFY2(anyContains(lines, u"Keyword"_s, u"splits"_s), qPrintable(lines.join(u'\n')));
        auto *separator = find<QComboBox>(dialog, u"separatorCombo"_s);
        QVERIFY(!separator->isEnabled());
        QCOMPARE(separator->currentIndex(), 1);
        QVERIFY(!find<QComboBox>(dialog, u"levelCombo"_s)->isEnabled());
        QVERIFY(find<QPlainTextEdit>(dialog, u"previewText"_s)->toPlainText().startsWith(u"image,Study title,"_s));
        const QString steps = find<QTextBrowser>(dialog, u"omeroInstructions"_s)->toPlainText();
        QVERIFY2(steps.contains(u"KeyVal_from_csv"_s) && steps.contains(u"replaces ALL"_s), qPrintable(steps));

        // Back to the current script: the earlier choices return.
        QTest::keyClick(format, Qt::Key_Up);
        QVERIFY(settled(dialog));
        QCOMPARE(separator->currentIndex(), 0);
        QVERIFY(separator->isEnabled());
        QVERIFY(!anyContains(warningLines(dialog), u"splits"_s));
    }

    void missingRequiredIsWarned()
    {
        DocumentSession session;
        fill(session);
        ExportDialog dialog(&session, defaultsIn(m_dir.path()));
        QVERIFY(showActive(dialog));
        QVERIFY(settled(dialog));

        auto *note = find<QLabel>(dialog, u"requiredNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(u"3 of 3 image"_s), qPrintable(note->text()));
        const QStringList lines = warningLines(dialog);
        QVERIFY2(lines.first().contains(u"have empty required fields"_s), qPrintable(lines.join(u'\n')));
        // Only the first image has an organism; the others are named.
        QVERIFY2(anyContains(lines, u"Biosample › Organism — 2 of 3 image"_s, u": b.tif, c.tif"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(!anyContains(lines, u"Study title"_s));
        // Work in progress may be exported.
        QVERIFY(find<QPushButton>(dialog, u"exportButton"_s)->isEnabled());

        // Filling the organism everywhere takes that line away, while the dialog is open.
        session.setValue(Organism, -1, typed(Term{u"Homo sapiens"_s, u"NCBITaxon:9606"_s, {}, u"ncbitaxon"_s}));
        QVERIFY(dialog.isUpdating());
        QVERIFY(settled(dialog));
        QVERIFY(!anyContains(warningLines(dialog), u"Biosample › Organism"_s));
    }

    void unwritableFolderShowsInlineErrorAndWritesNothing()
    {
        DocumentSession session;
        fill(session);
        ExportDialog dialog(&session, defaultsIn(m_dir.path()));
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        QVERIFY(showActive(dialog));
        auto *error = find<QLabel>(dialog, u"errorLabel"_s);

        const QString missingFolder = m_dir.filePath(u"no-such-folder/out.csv"_s);
        dialog.setOutputPath(missingFolder);
        QVERIFY(settled(dialog));
        QTest::keyClick(find<QLineEdit>(dialog, u"outputEdit"_s), Qt::Key_Return); // the default button
        QTRY_VERIFY(!dialog.isWriting());
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"does not exist"_s), qPrintable(error->text()));
        QTest::qWait(400); // the error stays until the person changes something
        QVERIFY(error->isVisible());
        QVERIFY(dialog.isVisible());
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFileInfo::exists(missingFolder));

#ifdef Q_OS_LINUX
        // A folder nobody may create files in, not even root.
        const QString forbidden = u"/proc/metafill-export-test.csv"_s;
        dialog.setOutputPath(forbidden);
        QVERIFY(settled(dialog));
        QVERIFY(!error->isVisible()); // new options, old error gone
        QTest::mouseClick(find<QPushButton>(dialog, u"exportButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isWriting());
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Nothing was written"_s) && error->text().contains(u"cannot write"_s), qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFileInfo::exists(forbidden));
        const QStringList left = QDir(u"/proc"_s).entryList({u"metafill-export-test*"_s});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
#endif
    }

    void largeTablesAreSplitIntoFiles()
    {
        DocumentSession session;
        session.start(m_rembi);
        session.change(
            u"add images"_s,
            [](Record &r) {
                for (int i = 0; i < 1500; ++i) {
                    const QString name = u"img%1.tif"_s.arg(i, 4, 10, QChar(u'0'));
                    ValueMap own;
                    own.insert(Description, typed(u"µ"_s.repeated(400) + QString::number(i))); // 800 bytes of UTF-8 per row
                    r.images.append(ImageEntry{u"/data/run/"_s + name, name, own});
                }
            },
            RecordChange::images());
        const ExportPlan plan = ExportPlan::compute(*m_rembi, session.record(), {});
        QVERIFY2(plan.canExport(), qPrintable(plan.error()));
        QCOMPARE(plan.fileCount(), 2);
        QVERIFY(
            std::all_of(plan.fileBytes().cbegin(), plan.fileBytes().cend(), [](const QByteArray &b) { return b.size() <= 1024 * 1024; }));
        QVERIFY(std::any_of(plan.warnings().cbegin(), plan.warnings().cend(),
                            [](const ExportWarning &w) { return w.kind == ExportWarning::Kind::SplitFiles && !w.blocksExport; }));

        ExportDialog dialog(&session, defaultsIn(m_dir.path()));
        dialog.setOutputPath(m_dir.filePath(u"big.csv"_s));
        QVERIFY(settled(dialog));
        QVERIFY(anyContains(warningLines(dialog), u"2 file"_s));
        const QString note = find<QLabel>(dialog, u"outputNote"_s)->text();
        QVERIFY2(note.contains(u"big.part1.csv, big.part2.csv"_s), qPrintable(note));
        QVERIFY(find<QTextBrowser>(dialog, u"omeroInstructions"_s)->toPlainText().contains(u"once per file"_s));
    }

    void tabOrderFollowsTheLayout()
    {
        DocumentSession session;
        fill(session);
        ExportDialog dialog(&session, defaultsIn(m_dir.path()));
        QVERIFY(showActive(dialog));
        QVERIFY(settled(dialog));
        find<QComboBox>(dialog, u"formatCombo"_s)->setFocus();
        QStringList order;
        for (int i = 0; i < 13; ++i) {
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            order.append(focused->objectName());
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        // The dataset name is skipped while it does not apply; the table lets Tab go.
        const QStringList expected{u"formatCombo"_s,    u"levelCombo"_s,          u"separatorCombo"_s,    u"namespaceEdit"_s,
                                   u"outputEdit"_s,     u"browseButton"_s,        u"omeroInstructions"_s, u"copyInstructionsButton"_s,
                                   u"exportWarnings"_s, u"qt_tabwidget_tabbar"_s, u"previewTable"_s,      u"exportButton"_s,
                                   u"cancelButton"_s};
        QCOMPARE(order, expected);
    }

    void instructionsNameTheRightParameters()
    {
        ExportSettings settings;
        OmeroInstructions steps = OmeroInstructions::forExport(settings, {u"x.csv"_s});
        const auto value = [&steps](const QString &name) {
            for (const auto &p : std::as_const(steps.parameters))
                if (p.name == name)
                    return p.value;
            return u"(missing)"_s;
        };
        QCOMPARE(value(u"Data_Type"_s), u"Dataset"_s);
        QCOMPARE(value(u"Target Data_Type"_s), u"Image"_s);
        QCOMPARE(value(u"CSV separator"_s), u"TAB"_s);
        QCOMPARE(value(u"Target name colname"_s), u"OBJECT_NAME"_s);

        settings.level = OmeroOptions::Level::Dataset;
        steps = OmeroInstructions::forExport(settings, {u"x.csv"_s});
        QCOMPARE(value(u"Data_Type"_s), u"Project"_s);
        QCOMPARE(value(u"Target Data_Type"_s), u"Dataset"_s);
        settings.datasetName = u"Run 7"_s;
        steps = OmeroInstructions::forExport(settings, {u"x.csv"_s});
        QCOMPARE(value(u"Data_Type"_s), u"Dataset"_s);
        QCOMPARE(value(u"Target Data_Type"_s), u"<on current>"_s);

        settings = {};
        settings.delimiter = u';';
        settings.format = OmeroCsvExporter::Format::Legacy;
        steps = OmeroInstructions::forExport(settings, {u"x.csv"_s});
        QCOMPARE(steps.script, u"KeyVal_from_csv"_s);
        QCOMPARE(value(u"Target Data_Type"_s), u"(missing)"_s); // the old script has none
        QVERIFY(steps.toPlainText().contains(u"commas"_s));
    }

    // 5,000 images: the plan is computed on a worker; the UI thread only shows it.
    void fiveThousandImagesKeepTheWindowResponsive()
    {
        constexpr int Images = 5000;
        DocumentSession session;
        session.start(m_rembi);
        session.change(
            u"add images"_s,
            [](Record &r) {
                for (int i = 0; i < Images; ++i) {
                    const QString name = u"cell_%1.tif"_s.arg(i, 5, 10, QChar(u'0'));
                    ValueMap own;
                    own.insert(ComponentName, typed(u"Timepoint %1"_s.arg(i % 24)));
                    r.images.append(ImageEntry{u"/data/run%1/"_s.arg(i / 1000) + name, name, own});
                }
            },
            RecordChange::images());
        session.setValue(Title, -1, typed(u"Mitosis in HeLa cells"_s));
        session.setValue(Description, -1, typed(u"Live imaging over 3 days"_s));

        QElapsedTimer clock;
        clock.start();
        const ExportPlan plan = ExportPlan::compute(*m_rembi, session.record(), {});
        const qint64 computeMs = clock.elapsed();
        QVERIFY2(plan.canExport(), qPrintable(plan.error()));
        QCOMPARE(plan.rowCount(), Images);
        QVERIFY(plan.imagesMissingRequired() == Images);

        // The longest the event loop went without turning while the dialog
        // opened, computed and showed the plan.
        qint64 longestStallMs = 0;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, this, [&] { longestStallMs = std::max(longestStallMs, sinceTick.restart()); });
        clock.restart();
        ExportDialog dialog(&session, defaultsIn(m_dir.path()));
        const qint64 constructMs = clock.elapsed();
        dialog.show();
        sinceTick.start();
        ticker.start();
        QVERIFY(settled(dialog));
        const qint64 firstPreviewMs = clock.elapsed();
        const qint64 openingStallMs = longestStallMs; // includes the first paint of the window

        // An option change: the worker recomputes, the UI thread only shows the result.
        longestStallMs = 0;
        sinceTick.restart();
        find<QComboBox>(dialog, u"separatorCombo"_s)->setCurrentIndex(1);
        clock.restart();
        QVERIFY(settled(dialog));
        const qint64 updateMs = clock.elapsed();
        ticker.stop();

        // Wall-clock stalls also count the time a busy machine does not run
        // the UI thread at all; the CPU time that thread itself spends while
        // the worker computes says what the dialog costs it.
        const qint64 cpuBefore = uiThreadCpuMs();
        find<QComboBox>(dialog, u"separatorCombo"_s)->setCurrentIndex(2);
        QVERIFY(settled(dialog));
        const qint64 uiCpuMs = cpuBefore < 0 ? -1 : uiThreadCpuMs() - cpuBefore;

        qInfo("5,000 images: plan computed in %lld ms (%d rows, %d key columns, %d file(s), %lld bytes); "
              "dialog built in %lld ms, first preview after %lld ms (longest UI stall %lld ms, with the first paint), "
              "update after an option change %lld ms (longest UI stall %lld ms); UI-thread CPU for one update %lld ms",
              computeMs, plan.rowCount(), plan.keyColumnCount(), plan.fileCount(), plan.totalBytes(), constructMs, firstPreviewMs,
              openingStallMs, updateMs, longestStallMs, uiCpuMs);
        QCOMPARE(dialog.currentPlan()->rowCount(), Images);
        QCOMPARE(dialog.currentPlan()->settings().delimiter, u';');
        // The plan takes seconds of CPU in a debug build; showing it, a few tens of ms.
        if (uiCpuMs >= 0)
            QVERIFY2(uiCpuMs < 200, qPrintable(u"the UI thread worked %1 ms for one update"_s.arg(uiCpuMs)));
    }
};

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
