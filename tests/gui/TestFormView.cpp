// The template form on the real widgets (offscreen): filled by keyboard only,
// checked in what the person sees and in what lands in the DocumentSession.
#include "form/ChoiceInput.h"
#include "form/CompletenessMeter.h"
#include "form/DateInput.h"
#include "form/FieldEditor.h"
#include "form/FormView.h"
#include "form/InstanceBox.h"
#include "form/LineInput.h"
#include "form/MultilineInput.h"
#include "form/QuantityInput.h"
#include "form/QuietComboBox.h"
#include "form/SectionPanel.h"
#include "form/TermInput.h"
#include "session/DocumentSession.h"
#include "terms/TermLookup.h"
#include "terms/TermPicker.h"

#include "TermIndexBuilder.h"

#include "TestPaths.h"
#include "TestTemplates.h"
#include "template/TemplateLoader.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

namespace {

FieldPath path(const QString &text)
{
    return *FieldPath::parse(text);
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Types as a person does: into whatever has the focus.
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

QString lineText(const FieldEditor *editor, int row = 0)
{
    if (auto *line = qobject_cast<LineInput *>(editor->input(row)))
        return line->lineEdit()->text();
    if (auto *multi = qobject_cast<MultilineInput *>(editor->input(row)))
        return multi->textEdit()->toPlainText();
    return {};
}

template<typename T>
T single(const FieldValue &value)
{
    if (value.values.size() != 1 || !std::holds_alternative<T>(value.values.first()))
        return T{};
    return std::get<T>(value.values.first());
}

} // namespace

class TestFormView : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Template> m_rembi;
    std::unique_ptr<DocumentSession> m_session;
    std::unique_ptr<FormView> m_view;

    FieldEditor *editor(const QString &pathText) const
    {
        FieldEditor *found = m_view->editor(path(pathText));
        if (!found)
            qWarning("no editor for %s", qPrintable(pathText));
        return found;
    }
    FieldValue stored(const QString &pathText, int scope = -1) const { return m_session->ownValue(path(pathText), scope); }

    void addImages()
    {
        m_session->change(u"add images"_s, [](Record &r) {
            r.images.append(ImageEntry{u"/data/a.czi"_s, u"a.czi"_s, {}});
            r.images.append(ImageEntry{u"/data/b.czi"_s, u"b.czi"_s, {}});
        }, RecordChange::images());
    }

private slots:
    void initTestCase()
    {
        m_rembi = TestTemplates::builtin(u"rembi.yaml"_s);
        QVERIFY(m_rembi);
    }

    void init()
    {
        m_session = std::make_unique<DocumentSession>();
        m_session->start(m_rembi);
        m_view = std::make_unique<FormView>(m_session.get(), nullptr);
        m_view->resize(1100, 800);
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
    }

    void sectionsFollowTheTemplate()
    {
        QStringList expected;
        for (const SectionSpec &section : m_rembi->sections) {
            if (!section.hidden)
                expected.append(section.label.localized());
        }
        QStringList shown;
        for (int i = 0; i < m_view->outline()->topLevelItemCount(); ++i)
            shown.append(m_view->outline()->topLevelItem(i)->text(0).section(u" ("_s, 0, 0));
        QCOMPARE(shown, expected);
        QCOMPARE(m_view->sectionPanels().size(), expected.size());
        // Every visible field has an editor in the first instance.
        QVERIFY(editor(u"study.title"_s));
        QVERIFY(editor(u"author[0].first_name"_s));
        QVERIFY(qobject_cast<MultilineInput *>(editor(u"study.description"_s)->input()));
        QVERIFY(qobject_cast<QuantityInput *>(editor(u"image_data.pixel_size_x"_s)->input()));
        QVERIFY(qobject_cast<ChoiceInput *>(editor(u"study.license"_s)->input()));
        QVERIFY(qobject_cast<DateInput *>(editor(u"study.release_date"_s)->input()));
        // Required and recommended marks.
        QCOMPARE(editor(u"study.title"_s)->label()->text(), u"Study title"_s);
        // A per-channel section has no instances before images bring channels.
        QCOMPARE(m_view->sectionPanel(u"channel"_s)->instanceCount(), 0);
        // Optional non-repeatable sections are there to be filled in.
        QCOMPARE(m_view->sectionPanel(u"funding"_s)->instanceCount(), 1);
    }

    void fillsStudyByKeyboardOnly()
    {
        m_view->focusField(path(u"study.title"_s));
        QCOMPARE(focused(), editor(u"study.title"_s)->focusTarget());
        type(u"Mitotic spindles in HeLa"_s);
        QCOMPARE(single<QString>(stored(u"study.title"_s)), u"Mitotic spindles in HeLa"_s);
        QCOMPARE(stored(u"study.title"_s).provenance.kind, Provenance::Kind::Typed);
        QCOMPARE(editor(u"study.title"_s)->provenanceMark()->text(), u"typed"_s);

        press(Qt::Key_Tab); // multi-line: Tab leaves it, it is no tab character
        QCOMPARE(focused(), editor(u"study.description"_s)->focusTarget());
        type(u"Cells"_s);
        press(Qt::Key_Return);
        type(u"fixed"_s);
        press(Qt::Key_Tab);
        QCOMPARE(single<QString>(stored(u"study.description"_s)), u"Cells\nfixed"_s);
        QCOMPARE(focused(), editor(u"study.study_type"_s)->focusTarget());

        press(Qt::Key_Tab); // keywords: one line per value, a new line appears for the next
        FieldEditor *keywords = editor(u"study.keywords"_s);
        QCOMPARE(focused(), keywords->focusTarget());
        type(u"mitosis"_s);
        QCOMPARE(keywords->rowCount(), 2);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), keywords->input(1)->focusTarget());
        type(u"spindle"_s);
        QCOMPARE(stored(u"study.keywords"_s).values, (QList<Value>{u"mitosis"_s, u"spindle"_s}));

        press(Qt::Key_Tab);
        press(Qt::Key_Tab); // past the empty third keyword line
        FieldEditor *license = editor(u"study.license"_s);
        QCOMPARE(focused(), license->focusTarget());
        type(u"CC0"_s); // keyboard search picks "CC0 1.0 (public domain dedication)"
        QCOMPARE(single<QString>(stored(u"study.license"_s)), u"CC0-1.0"_s);
        QCOMPARE(qobject_cast<ChoiceInput *>(license->input())->comboBox()->currentText(), u"CC0 1.0 (public domain dedication)"_s);
        press(Qt::Key_Delete); // leaves the choice unset again
        QVERIFY(stored(u"study.license"_s).isEmpty());
        press(Qt::Key_Down);
        QCOMPARE(single<QString>(stored(u"study.license"_s)), u"CC0-1.0"_s);

        press(Qt::Key_Tab); // copyright (multi-line)
        press(Qt::Key_Tab);
        QCOMPARE(focused(), editor(u"study.release_date"_s)->focusTarget());
        type(u"2025-03-14"_s);
        QCOMPARE(single<QDate>(stored(u"study.release_date"_s)), QDate(2025, 3, 14));
        QVERIFY(editor(u"study.release_date"_s)->message().isEmpty());
    }

    void datePickerAndEmptyDate()
    {
        FieldEditor *date = editor(u"study.release_date"_s);
        m_view->focusField(date->path());
        press(Qt::Key_Down, Qt::AltModifier);
        auto *input = qobject_cast<DateInput *>(date->input());
        QVERIFY(input->calendar());
        QTRY_VERIFY(input->calendar()->isVisible());
        input->calendar()->setSelectedDate(QDate(2024, 12, 24));
        QTest::keyClick(input->calendar()->focusWidget() ? input->calendar()->focusWidget() : input->calendar(), Qt::Key_Return);
        QCOMPARE(single<QDate>(stored(u"study.release_date"_s)), QDate(2024, 12, 24));
        QCOMPARE(focused(), date->focusTarget());
        // Emptying the text empties the field.
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Delete);
        QVERIFY(stored(u"study.release_date"_s).isEmpty());
        QVERIFY(date->message().isEmpty());
    }

    void quantityTakesNumberAndUnit()
    {
        FieldEditor *pixel = editor(u"image_data.pixel_size_x"_s);
        m_view->focusField(pixel->path());
        type(u"0.65"_s);
        QCOMPARE(single<Quantity>(stored(u"image_data.pixel_size_x"_s)), (Quantity{0.65, u"µm"_s}));
        press(Qt::Key_Tab);
        auto *quantity = qobject_cast<QuantityInput *>(pixel->input());
        QCOMPARE(focused(), quantity->unitBox());
        type(u"n"_s); // nm
        QCOMPARE(single<Quantity>(stored(u"image_data.pixel_size_x"_s)), (Quantity{0.65, u"nm"_s}));
        // A unit typed after the number wins and moves to the unit box when the field is left.
        QTest::keyClick(quantity->numberEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(quantity->numberEdit(), u"120 nm"_s);
        QCOMPARE(single<Quantity>(stored(u"image_data.pixel_size_x"_s)), (Quantity{120, u"nm"_s}));
        m_view->focusField(path(u"study.title"_s));
        QTRY_COMPARE(quantity->numberEdit()->text(), u"120"_s);
        QCOMPARE(quantity->unitBox()->currentText(), u"nm"_s);
    }

    void invalidNumberShowsMessageAndStoresNothing()
    {
        FieldEditor *sizeX = editor(u"image_data.size_x"_s);
        m_view->focusField(sizeX->path());
        type(u"12a"_s);
        press(Qt::Key_Tab);
        QVERIFY(stored(u"image_data.size_x"_s).isEmpty());
        QTRY_VERIFY2(sizeX->message().contains(u"whole number"_s), qPrintable(sizeX->message()));
        QVERIFY(sizeX->findChild<QLabel *>(u"message:image_data.size_x"_s)->isVisible());
        QCOMPARE(lineText(sizeX), u"12a"_s); // the text stays for the person to correct

        // Corrected, it is stored and the message goes at once.
        m_view->focusField(sizeX->path());
        press(Qt::Key_Backspace);
        QCOMPARE(single<qint64>(stored(u"image_data.size_x"_s)), 12);
        QVERIFY(sizeX->message().isEmpty());

        // A decimal comma is named as such.
        FieldEditor *na = editor(u"image_acquisition.objective_na"_s);
        m_view->focusField(na->path());
        type(u"1,4"_s);
        QVERIFY(stored(u"image_acquisition.objective_na"_s).isEmpty());
        QTRY_VERIFY(na->message().contains(u"point"_s)); // after a short pause, no Tab needed
    }

    void authorsCanBeAddedDuplicatedAndRemoved()
    {
        SectionPanel *authors = m_view->sectionPanel(u"author"_s);
        QCOMPARE(authors->instanceCount(), 1);
        m_view->focusField(path(u"author[0].first_name"_s));
        type(u"Ada"_s);

        // Add by the button (mouse), then by keyboard.
        auto *add = authors->findChild<QPushButton *>(u"add:author"_s);
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(authors->instanceCount(), 2);
        QCOMPARE(m_session->instanceCount(u"author"_s, -1), 2);
        QCOMPARE(focused(), editor(u"author[1].first_name"_s)->focusTarget());
        type(u"Grace"_s);
        QCOMPARE(single<QString>(stored(u"author[1].first_name"_s)), u"Grace"_s);

        // Tab from the last field of author 1 reaches the new author 2, not the end of the form.
        const QList<QWidget *> firstStops = authors->instanceBox(0)->tabStops();
        firstStops.last()->setFocus(Qt::OtherFocusReason);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), editor(u"author[1].first_name"_s)->focusTarget());

        // Duplicate author 1 (Ada) with the keyboard: the copy comes right after it.
        m_view->focusField(path(u"author[0].first_name"_s));
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(authors->instanceCount(), 3);
        QCOMPARE(single<QString>(stored(u"author[1].first_name"_s)), u"Ada"_s);
        QCOMPARE(single<QString>(stored(u"author[2].first_name"_s)), u"Grace"_s);
        QCOMPARE(lineText(editor(u"author[1].first_name"_s)), u"Ada"_s);
        QCOMPARE(lineText(editor(u"author[2].first_name"_s)), u"Grace"_s);
        QCOMPARE(focused(), editor(u"author[1].first_name"_s)->focusTarget());

        // Remove the first: the others move up, the focus stays in place.
        m_view->focusField(path(u"author[0].first_name"_s));
        press(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(authors->instanceCount(), 2);
        QCOMPARE(lineText(editor(u"author[0].first_name"_s)), u"Ada"_s);
        QCOMPARE(lineText(editor(u"author[1].first_name"_s)), u"Grace"_s);
        QCOMPARE(focused(), editor(u"author[0].first_name"_s)->focusTarget());

        // Ctrl+Shift+N adds from any field of the section.
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(authors->instanceCount(), 3);
        QCOMPARE(focused(), editor(u"author[2].first_name"_s)->focusTarget());

        // Undo brings the removed author back into the boxes.
        m_session->undoStack()->undo(); // the add
        m_session->undoStack()->undo(); // the remove
        QCOMPARE(authors->instanceCount(), 3);
        QCOMPARE(lineText(editor(u"author[0].first_name"_s)), u"Ada"_s);
        QCOMPARE(lineText(editor(u"author[2].first_name"_s)), u"Grace"_s);
    }

    void thousandsOfInstancesDoNotFreezeTheForm()
    {
        m_session->change(u"import"_s, [](Record &r) {
            r.values.insert({u"author"_s, 999, u"first_name"_s}, FieldValue{{u"Zed"_s}, {}});
        });
        SectionPanel *authors = m_view->sectionPanel(u"author"_s);
        QCOMPARE(authors->instanceCount(), SectionPanel::MaxBoxes);
        bool noted = false;
        for (const QLabel *label : authors->findChildren<QLabel *>())
            noted = noted || (label->isVisible() && label->text().contains(u"1000"_s));
        QVERIFY(noted);
        m_session->undoStack()->undo();
        QCOMPARE(authors->instanceCount(), 1);
    }

    void undoUpdatesTheEditor()
    {
        FieldEditor *title = editor(u"study.title"_s);
        m_view->focusField(title->path());
        type(u"Spindles"_s);
        m_view->focusField(path(u"study.release_date"_s));
        m_session->undoStack()->undo();
        QVERIFY(stored(u"study.title"_s).isEmpty());
        QCOMPARE(lineText(title), QString());
        QCOMPARE(title->provenanceMark()->text(), QString());
        m_session->undoStack()->redo();
        QCOMPARE(lineText(title), u"Spindles"_s);
    }

    void changesElsewhereKeepTheCursor()
    {
        FieldEditor *title = editor(u"study.title"_s);
        m_view->focusField(title->path());
        type(u"Spindle"_s);
        auto *line = qobject_cast<LineInput *>(title->input())->lineEdit();
        line->setCursorPosition(3);
        // Auto-fill or the grid changes another field and this one (to the same value).
        m_session->change(u"fill"_s, [](Record &r) {
            r.values.insert({u"study"_s, 0, u"acknowledgements"_s}, FieldValue{{u"Core facility"_s}, {}});
        });
        QCOMPARE(lineText(editor(u"study.acknowledgements"_s)), u"Core facility"_s);
        QCOMPARE(line->cursorPosition(), 3);
        QCOMPARE(focused(), line);
        // A different value for the field being typed in arrives, the cursor stays where it was.
        m_session->setValue(title->path(), -1, FieldValue{{u"Spindle poles"_s}, {}});
        QCOMPARE(line->text(), u"Spindle poles"_s);
        QCOMPARE(line->cursorPosition(), 3);
    }

    void scopeShowsImageValuesWithMarks()
    {
        addImages();
        const FieldPath title = path(u"study.title"_s);
        m_session->setValue(title, -1, FieldValue{{u"Shared title"_s}, {}});
        Provenance header;
        header.kind = Provenance::Kind::Header;
        header.file = u"/data/b.czi"_s;
        header.image = 0;
        header.query = u"//Image/@Name"_s;
        m_session->setValue(title, 1, FieldValue{{u"From header"_s}, header});
        Provenance locked = header;
        locked.query = u"//Pixels/@SizeX"_s;
        locked.locked = true;
        m_session->setValue(path(u"image_data.size_x"_s), 1, FieldValue{{qint64(512)}, locked});

        FieldEditor *titleEditor = editor(u"study.title"_s);
        QCOMPARE(lineText(titleEditor), u"Shared title"_s);
        QCOMPARE(titleEditor->provenanceMark()->text(), u"typed"_s);

        QSignalSpy scopes(m_view.get(), &FormView::scopeChanged);
        m_view->setScope(0);
        QCOMPARE(m_view->scope(), 0);
        QCOMPARE(scopes.size(), 1);
        QCOMPARE(lineText(titleEditor), u"Shared title"_s);
        QCOMPARE(titleEditor->provenanceMark()->text(), u"shared"_s);
        QVERIFY(m_view->findChild<QLabel *>(u"scopeLabel"_s)->text().contains(u"a.czi"_s));

        m_view->setScope(1);
        QCOMPARE(lineText(titleEditor), u"From header"_s);
        QCOMPARE(titleEditor->provenanceMark()->text(), u"header"_s);
        QVERIFY(titleEditor->provenanceMark()->toolTip().contains(u"b.czi"_s));
        FieldEditor *sizeX = editor(u"image_data.size_x"_s);
        QCOMPARE(lineText(sizeX), u"512"_s);
        QCOMPARE(sizeX->provenanceMark()->text(), u"locked"_s);
        QVERIFY(sizeX->isReadOnly());
        QVERIFY(qobject_cast<LineInput *>(sizeX->input())->lineEdit()->isReadOnly());

        // Typing over the header value: the image's own value, marked as typed over the header.
        m_view->focusField(title);
        press(Qt::Key_End);
        type(u"!"_s);
        const FieldValue own = stored(u"study.title"_s, 1);
        QCOMPARE(single<QString>(own), u"From header!"_s);
        QCOMPARE(own.provenance.kind, Provenance::Kind::Typed);
        QCOMPARE(own.provenance.file, u"/data/b.czi"_s);
        QCOMPARE(titleEditor->provenanceMark()->text(), u"edited"_s);
        QCOMPARE(single<QString>(stored(u"study.title"_s)), u"Shared title"_s); // shared untouched

        // Typing in image 0 gives it its own value; emptying it shows the shared one again.
        m_view->setScope(0);
        m_view->focusField(title);
        press(Qt::Key_End);
        type(u" 0"_s);
        QCOMPARE(single<QString>(stored(u"study.title"_s, 0)), u"Shared title 0"_s);
        QCOMPARE(titleEditor->provenanceMark()->text(), u"typed"_s);
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Delete);
        QVERIFY(stored(u"study.title"_s, 0).isEmpty());
        QCOMPARE(lineText(titleEditor), QString()); // not while typing...
        press(Qt::Key_Tab);
        QTRY_COMPARE(lineText(titleEditor), u"Shared title"_s); // ...but once the field is left
        QCOMPARE(titleEditor->provenanceMark()->text(), u"shared"_s);

        m_view->setScope(-1);
        QCOMPARE(lineText(titleEditor), u"Shared title"_s);
        QVERIFY(!sizeX->isReadOnly());
    }

    // In an image's scope, an author that comes from "All images" cannot be
    // removed there, and Remove says why; the image's own extra author can.
    void sharedInstancesSayWhyTheyCannotBeRemovedForOneImage()
    {
        addImages();
        m_session->setValue(path(u"author[0].first_name"_s), -1, FieldValue{{u"Ada"_s}, {}});
        m_session->setValue(path(u"author[1].first_name"_s), -1, FieldValue{{u"Grace"_s}, {}});
        m_session->setValue(path(u"author[2].first_name"_s), 0, FieldValue{{u"Rosalind"_s}, {}});
        m_view->setScope(0);
        SectionPanel *authors = m_view->sectionPanel(u"author"_s);
        QCOMPARE(authors->instanceCount(), 3);
        auto *sharedRemove = authors->findChild<QToolButton *>(u"remove:author[1]"_s);
        auto *ownRemove = authors->findChild<QToolButton *>(u"remove:author[2]"_s);
        QVERIFY(sharedRemove && ownRemove);
        QVERIFY(!sharedRemove->isEnabled());
        QVERIFY2(sharedRemove->toolTip().contains(u"All images"_s), qPrintable(sharedRemove->toolTip()));
        QVERIFY(ownRemove->isEnabled());
        QVERIFY(ownRemove->toolTip().contains(u"Undo"_s));

        // For "All images" both shared authors can go again.
        m_view->setScope(-1);
        QCOMPARE(authors->instanceCount(), 2);
        sharedRemove = authors->findChild<QToolButton *>(u"remove:author[1]"_s);
        QVERIFY(sharedRemove && sharedRemove->isEnabled());
        QVERIFY(sharedRemove->toolTip().contains(u"Undo"_s));
    }

    void termFieldsUseThePicker()
    {
        // An offline index with the lab organisms: no network in tests.
        QTemporaryDir dir;
        const QString index = dir.filePath(u"terms.sqlite"_s);
        TermIndexBuilder builder;
        builder.addSource({u"ncbitaxon"_s, TestPaths::data(u"ontology/lab-organisms.obo"_s), u"all"_s, {}, {}, {}, {}});
        const Status built = builder.build(index);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error()));
        TermService::Options options;
        options.installedIndex = index;
        options.userStore = dir.filePath(u"user.sqlite"_s);
        options.offline = true;
        TermLookup lookup(options);

        m_view.reset();
        m_view = std::make_unique<FormView>(m_session.get(), &lookup);
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));

        FieldEditor *organism = editor(u"biosample.organism"_s);
        auto *input = qobject_cast<TermInput *>(organism->input());
        QVERIFY(input);
        m_view->focusField(organism->path());
        QCOMPARE(focused(), input->picker()->lineEdit());
        type(u"NCBITaxon:10090"_s);
        press(Qt::Key_Return);
        QTRY_COMPARE(single<Term>(stored(u"biosample.organism"_s)).curie, u"NCBITaxon:10090"_s);
        QCOMPARE(single<Term>(stored(u"biosample.organism"_s)).label, u"Mus musculus"_s);
        QCOMPARE(organism->provenanceMark()->text(), u"typed"_s);

        // Undo empties the picker; a value from elsewhere shows in it.
        m_view->focusField(path(u"study.title"_s));
        m_session->undoStack()->undo();
        QVERIFY(!input->picker()->term());
        const Term human{u"Homo sapiens"_s, u"NCBITaxon:9606"_s, u"http://purl.obolibrary.org/obo/NCBITaxon_9606"_s, u"ncbitaxon"_s};
        m_session->setValue(organism->path(), -1, FieldValue{{human}, {}});
        QCOMPARE(input->picker()->term(), std::optional<Term>(human));
        m_view.reset(); // before the lookup it uses
    }

    void booleansDefaultsDateTimesAndOrcids()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"kinds.yaml"_s);
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(R"(metafill: 1
id: org.example.kinds
version: 1.0.0
title: Kinds
sections:
  - key: run
    label: Run
    fields:
      - {key: live, type: boolean, label: Live cells}
      - {key: checked, type: boolean, label: Checked, requirement: required}
      - {key: mode, type: choice, label: Mode, requirement: recommended, default: fast, choices: [fast, slow]}
      - {key: started, type: datetime, label: Started}
      - {key: orcid, type: orcid, label: ORCID}
      - {key: power, type: quantity, label: Power, unit: mW, min: 0, max: 100}
)");
        yaml.close();
        TemplateLoader loader;
        auto outcome = loader.load(file);
        QVERIFY2(outcome.result, qPrintable(outcome.diagnostics.toString()));
        m_session->start(std::make_shared<const Template>(std::move(*outcome.result)));
        QVERIFY(editor(u"run.live"_s)); // the form was built again for the new template

        // A boolean can be unknown: not set, yes or no.
        auto *live = qobject_cast<ChoiceInput *>(editor(u"run.live"_s)->input());
        QVERIFY(live);
        QCOMPARE(live->comboBox()->currentText(), QString());
        m_view->focusField(path(u"run.live"_s));
        press(Qt::Key_Down);
        QCOMPARE(single<bool>(stored(u"run.live"_s)), true);
        press(Qt::Key_Down);
        QCOMPARE(stored(u"run.live"_s).values, QList<Value>{false});
        press(Qt::Key_Delete);
        QVERIFY(stored(u"run.live"_s).isEmpty());
        // A required one starts with nothing chosen.
        QCOMPARE(qobject_cast<ChoiceInput *>(editor(u"run.checked"_s)->input())->comboBox()->currentIndex(), -1);

        // The template's default shows, marked, and is not stored until changed.
        FieldEditor *mode = editor(u"run.mode"_s);
        QCOMPARE(qobject_cast<ChoiceInput *>(mode->input())->comboBox()->currentText(), u"fast"_s);
        QCOMPARE(mode->provenanceMark()->text(), u"default"_s);
        QVERIFY(stored(u"run.mode"_s).isEmpty());
        m_view->focusField(mode->path());
        press(Qt::Key_Down);
        QCOMPARE(single<QString>(stored(u"run.mode"_s)), u"slow"_s);
        QCOMPARE(mode->provenanceMark()->text(), u"typed"_s);

        m_view->focusField(path(u"run.started"_s));
        type(u"2025-03-14 10:30"_s);
        QCOMPARE(single<QDateTime>(stored(u"run.started"_s)), QDateTime(QDate(2025, 3, 14), QTime(10, 30)));

        // An ORCID iD with a wrong check digit is not kept; a right one is, in its canonical form.
        m_view->focusField(path(u"run.orcid"_s));
        type(u"0000-0002-1825-0098"_s);
        press(Qt::Key_Tab);
        QVERIFY(stored(u"run.orcid"_s).isEmpty());
        QTRY_VERIFY(editor(u"run.orcid"_s)->message().contains(u"check digit"_s));
        m_view->focusField(path(u"run.orcid"_s));
        press(Qt::Key_Backspace);
        type(u"7"_s);
        QCOMPARE(single<QString>(stored(u"run.orcid"_s)), u"https://orcid.org/0000-0002-1825-0097"_s);
        QVERIFY(editor(u"run.orcid"_s)->message().isEmpty());

        // A value that breaks a rule of the field is kept, and the message names the rule.
        m_view->focusField(path(u"run.power"_s));
        type(u"250"_s);
        QCOMPARE(single<Quantity>(stored(u"run.power"_s)), (Quantity{250, u"mW"_s}));
        press(Qt::Key_Tab);
        QTRY_VERIFY(editor(u"run.power"_s)->message().contains(u"maximum"_s));
    }

    void perChannelSectionsFollowTheValues()
    {
        addImages();
        m_session->change(u"auto-fill"_s, [](Record &r) {
            for (int channel = 0; channel < 3; ++channel)
                r.images[0].values.insert({u"channel"_s, channel, u"emission_wavelength"_s}, FieldValue{{Quantity{520.0 + channel, u"nm"_s}}, {}});
        }, RecordChange::images());
        QCOMPARE(m_view->sectionPanel(u"channel"_s)->instanceCount(), 0);
        m_view->setScope(0);
        QCOMPARE(m_view->sectionPanel(u"channel"_s)->instanceCount(), 3);
        QVERIFY(m_view->findChild<InstanceBox *>(u"instance:channel[2]"_s));
        // Channels are counted from 0, as the template's OMERO keys count them.
        QCOMPARE(InstanceBox::title(*m_rembi->section(u"channel"_s), 0), u"Channel 0"_s);
        QCOMPARE(InstanceBox::title(*m_rembi->section(u"author"_s), 0), u"Author 1"_s);
        m_view->setScope(1);
        QCOMPARE(m_view->sectionPanel(u"channel"_s)->instanceCount(), 0);
    }

    void completenessGoesUpAsRequiredFieldsAreFilled()
    {
        m_view->updateCompleteness();
        CompletenessMeter *meter = m_view->completenessMeter();
        const int before = meter->percent();
        QTreeWidgetItem *study = m_view->outline()->topLevelItem(0);
        const QString studyBefore = study->text(1);
        QVERIFY(meter->summary().contains(u"required"_s));

        m_view->focusField(path(u"study.title"_s));
        type(u"Spindles"_s);
        QTRY_VERIFY(meter->percent() > before);
        QVERIFY(study->text(1) != studyBefore);
        QCOMPARE(study->text(1).section(u'/', 0, 0).toInt(), studyBefore.section(u'/', 0, 0).toInt() + 1);
    }

    void keyboardNavigationAndHelp()
    {
        QSignalSpy focusedFields(m_view.get(), &FormView::fieldFocused);
        QSignalSpy help(m_view.get(), &FormView::helpRequested);
        m_view->focusField(path(u"study.title"_s));
        QCOMPARE(focusedFields.size(), 1);
        QCOMPARE(focusedFields.last().first().value<FieldPath>(), path(u"study.title"_s));

        press(Qt::Key_F1);
        QCOMPARE(help.size(), 1);
        QCOMPARE(help.last().first().value<FieldPath>(), path(u"study.title"_s));
        QVERIFY(editor(u"study.title"_s)->focusTarget()->whatsThis().contains(u"search results"_s));

        // Ctrl+Page Down: the first field of the next section; the outline follows.
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(focused(), editor(u"author[0].first_name"_s)->focusTarget());
        QCOMPARE(m_view->outline()->currentItem(), m_view->outline()->topLevelItem(1));
        // Also from inside a multi-line field, with Ctrl+Down.
        m_view->focusField(path(u"study.description"_s));
        press(Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(focused(), editor(u"author[0].first_name"_s)->focusTarget());
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(focused(), editor(u"study.title"_s)->focusTarget());

        // Enter on an outline entry goes into that section.
        m_view->outline()->setFocus();
        m_view->outline()->setCurrentItem(m_view->outline()->topLevelItem(4));
        press(Qt::Key_Return);
        const QString fifth = m_view->sectionPanels().at(4)->section().key;
        QVERIFY(m_view->sectionPanel(fifth)->isAncestorOf(focused()));
    }

    void tabOrderFollowsTheFormTopToBottom()
    {
        // From the first field to the end, Tab visits the fields in the order they are shown.
        m_view->focusField(path(u"study.title"_s));
        QWidget *previous = focused();
        int steps = 0;
        int lastY = -1;
        while (steps < 400) {
            press(Qt::Key_Tab);
            QWidget *now = focused();
            if (!m_view->scrollArea()->widget()->isAncestorOf(now))
                break; // left the form
            // Parts of one row (number and unit) may sit a pixel or two apart.
            const int y = now->mapTo(m_view->scrollArea()->widget(), QPoint(0, 0)).y();
            QVERIFY2(y >= lastY - 4, qPrintable(u"Tab went up from %1 (%2) to %3 %4 (%5) in %6"_s.arg(previous->parentWidget()->objectName()).arg(lastY)
                                                  .arg(QString::fromLatin1(now->metaObject()->className()), now->parentWidget()->objectName()).arg(y)
                                                  .arg(now->parentWidget()->parentWidget()->objectName())));
            lastY = y;
            previous = now;
            ++steps;
        }
        QVERIFY(steps > 60);
        Q_UNUSED(previous)
    }

    // Not a check: pictures of the form for people to look at. Runs when
    // METAFILL_FORM_SCREENSHOTS names a folder (e.g. under xvfb-run with QT_QPA_PLATFORM=xcb).
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("METAFILL_FORM_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set METAFILL_FORM_SCREENSHOTS to a folder to take screenshots");
        const bool dark = qEnvironmentVariableIsSet("METAFILL_FORM_SCREENSHOTS_DARK");
        if (dark) { // the dark Fusion palette most dark desktop themes resemble
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(45, 45, 48));
            palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
            palette.setColor(QPalette::Base, QColor(30, 30, 32));
            palette.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
            palette.setColor(QPalette::Text, QColor(230, 230, 230));
            palette.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
            palette.setColor(QPalette::Button, QColor(50, 50, 54));
            palette.setColor(QPalette::ButtonText, QColor(230, 230, 230));
            palette.setColor(QPalette::Mid, QColor(90, 90, 96));
            palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
            palette.setColor(QPalette::HighlightedText, Qt::white);
            QApplication::setPalette(palette);
            m_view.reset();
            m_view = std::make_unique<FormView>(m_session.get(), nullptr);
            m_view->show();
            m_view->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        }
        const QString suffix = dark ? u"-dark"_s : QString();
        addImages();
        m_session->setValue(path(u"study.title"_s), -1, FieldValue{{u"Mitotic spindle orientation in HeLa cells"_s}, {}});
        m_session->setValue(path(u"study.keywords"_s), -1, FieldValue{{u"mitosis"_s, u"spindle"_s}, {}});
        m_session->setValue(path(u"study.license"_s), -1, FieldValue{{u"CC-BY-4.0"_s}, {}});
        Provenance header;
        header.kind = Provenance::Kind::Header;
        header.file = u"/data/b.czi"_s;
        header.image = 0;
        header.query = u"//Pixels/@PhysicalSizeX"_s;
        m_session->setValue(path(u"image_data.pixel_size_x"_s), 1, FieldValue{{Quantity{0.0645, u"µm"_s}}, header});
        header.query = u"//Pixels/@SizeX"_s;
        header.locked = true;
        m_session->setValue(path(u"image_data.size_x"_s), 1, FieldValue{{qint64(2048)}, header});
        header.locked = false;
        header.query = u"//Pixels/@PhysicalSizeY"_s;
        Provenance edited = header;
        edited.kind = Provenance::Kind::Typed;
        m_session->setValue(path(u"image_data.pixel_size_y"_s), 1, FieldValue{{Quantity{0.065, u"µm"_s}}, edited});
        Provenance preset;
        preset.kind = Provenance::Kind::Preset;
        preset.preset = u"sp8"_s;
        m_session->setValue(path(u"image_data.type"_s), -1, FieldValue{{u"fluorescence"_s}, preset});
        m_view->resize(1200, 860);

        m_view->focusField(path(u"study.description"_s));
        type(u"Live imaging of spindle orientation"_s);
        m_view->focusField(path(u"study.release_date"_s));
        type(u"2025-13-01"_s);
        m_view->focusField(path(u"study.title"_s));
        QTest::qWait(300);
        m_view->showSection(u"study"_s, false);
        QTest::qWait(300);
        QVERIFY(m_view->grab().save(folder + u"/form-study"_s + suffix + u".png"_s));

        m_view->setScope(1);
        m_view->showSection(u"image_data"_s, false);
        m_view->focusField(path(u"image_data.size_z"_s));
        type(u"12.5"_s);
        QTest::qWait(1000);
        QVERIFY(m_view->grab().save(folder + u"/form-image"_s + suffix + u".png"_s));
        if (qEnvironmentVariableIsSet("METAFILL_FORM_SCREENSHOT_WAIT"))
            QTest::qWait(qEnvironmentVariableIntValue("METAFILL_FORM_SCREENSHOT_WAIT"));
    }

    void buildTime()
    {
        // NBO twice: the first form of a run also pays for fonts and style caches.
        for (const QString &file : {u"rembi.yaml"_s, u"nbo-tier1.yaml"_s, u"nbo-tier1.yaml"_s}) {
            const auto t = TestTemplates::builtin(file);
            QVERIFY(t);
            DocumentSession session;
            session.start(t);
            QElapsedTimer clock;
            clock.start();
            FormView view(&session, nullptr);
            const qint64 built = clock.elapsed();
            view.resize(1100, 800);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QCoreApplication::processEvents();
            const qint64 shown = clock.elapsed();
            int editors = 0;
            for (const SectionPanel *panel : view.sectionPanels()) {
                for (const InstanceBox *box : panel->instanceBoxes())
                    editors += int(box->editors().size());
            }
            // What one key costs the UI thread: the value goes to the session,
            // the change comes back to the editor and its marks.
            QWidget *first = nullptr;
            for (const SectionPanel *panel : view.sectionPanels()) {
                for (const InstanceBox *box : panel->instanceBoxes()) {
                    for (const FieldEditor *fieldEditor : box->editors()) {
                        if (!first && fieldEditor->field().type == FieldType::Text)
                            first = fieldEditor->focusTarget();
                    }
                }
            }
            QVERIFY(first);
            first->setFocus();
            QElapsedTimer typing;
            typing.start();
            QTest::keyClicks(first, u"Spindle orientation"_s);
            const double perKey = double(typing.nsecsElapsed()) / 1e6 / 19;
            QVERIFY(!session.record().values.isEmpty()); // the keys did reach the session
            typing.restart();
            view.updateCompleteness();
            const double completeness = double(typing.nsecsElapsed()) / 1e6;
            qInfo("%s: %d field editors built in %lld ms, shown and laid out after %lld ms; %.2f ms per typed key, "
                  "%.2f ms per completeness count",
                  qPrintable(file), editors, built, shown, perKey, completeness);
            QVERIFY(editors > 50);
        }
    }
};

QTEST_MAIN(TestFormView)
#include "TestFormView.moc"
