#include "grid/BatchGridModel.h"
#include "grid/BatchGridProxy.h"
#include "grid/BatchGridView.h"
#include "grid/GridColors.h"
#include "grid/TsvText.h"
#include "session/DocumentSession.h"

#include "TestPaths.h"
#include "TestTemplates.h"
#include "record/ValueText.h"
#include "template/TemplateLoader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

namespace {

const FieldPath Title{u"study"_s, 0, u"title"_s};
const FieldPath Fluorophore{u"channel"_s, 0, u"fluorophore"_s};
const FieldPath Excitation{u"channel"_s, 0, u"excitation_wavelength"_s};
const FieldPath Emission{u"channel"_s, 0, u"emission_wavelength"_s};

FieldValue typed(const Value &value)
{
    return FieldValue{{value}, {}};
}

QString text(const FieldValue &value)
{
    return value.isEmpty() ? QString() : ValueText::format(value.values.first());
}

} // namespace

class TestBatchGrid : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Template> m_rembi;
    std::unique_ptr<DocumentSession> m_session;
    std::unique_ptr<BatchGridView> m_view;

    QTableView *table() const { return m_view->table(); }
    BatchGridModel *model() const { return m_view->model(); }
    // The cell of an image (-1: "All images") in a column, as the table shows it now.
    QModelIndex cell(int image, const FieldPath &path) const
    {
        const int column = model()->columnOf(path);
        return m_view->proxy()->mapFromSource(model()->index(BatchGridModel::rowOfImage(image), column));
    }
    QModelIndex nameCell(int image) const { return cell(image, Title).siblingAtColumn(BatchGridModel::NameColumn); }
    void selectRange(const QModelIndex &from, const QModelIndex &to)
    {
        table()->setCurrentIndex(from);
        table()->selectionModel()->select(QItemSelection(from, to), QItemSelectionModel::ClearAndSelect);
    }

private slots:
    void initTestCase()
    {
        m_rembi = TestTemplates::builtin(u"rembi.yaml"_s);
        QVERIFY(m_rembi);
    }

    // A session with three images, the grid shown and active.
    void init()
    {
        m_session = std::make_unique<DocumentSession>();
        m_session->start(m_rembi);
        m_session->change(u"add images"_s, [](Record &r) {
            for (const QString &name : {u"a.tif"_s, u"b.tif"_s, u"c.tif"_s})
                r.images.append(ImageEntry{u"/data/"_s + name, name, {}});
        }, RecordChange::images());
        m_session->undoStack()->clear();
        m_view = std::make_unique<BatchGridView>(m_session.get());
        m_view->resize(1000, 500);
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        table()->setFocus();
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
    }

    void rowsAndColumnsFollowTheTemplate()
    {
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(cell(-1, Title).row(), 0);
        QCOMPARE(nameCell(-1).data().toString(), u"All images"_s);
        QCOMPARE(nameCell(1).data().toString(), u"b.tif"_s);
        QCOMPARE(model()->headerData(model()->columnOf(Title), Qt::Horizontal).toString(), u"Study title *"_s);
        // Repeatable sections: one column per instance, named after both labels.
        const int emission = model()->columnOf(Emission);
        QVERIFY(emission > 0);
        QCOMPARE(model()->headerData(emission, Qt::Horizontal).toString(), u"Channel 1 · Emission wavelength"_s);
        QVERIFY(model()->headerData(emission, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"Channel 0 - Emission wavelength"_s));
        QCOMPARE(model()->columnOf({u"channel"_s, 1, u"emission_wavelength"_s}), -1);

        // A second channel in one image adds the columns of channel 2 for all.
        m_session->setValue({u"channel"_s, 1, u"fluorophore"_s}, 2, typed(u"GFP"_s));
        const int second = model()->columnOf({u"channel"_s, 1, u"fluorophore"_s});
        QVERIFY(second > 0);
        QCOMPARE(cell(2, {u"channel"_s, 1, u"fluorophore"_s}).data().toString(), u"GFP"_s);
    }

    // An empty instance added in one image's scope gets columns; undoing the
    // addition takes them away again (the session, not the grid, keeps count).
    void addedInstancesComeAndGoWithUndo()
    {
        const FieldPath second{u"channel"_s, 1, u"fluorophore"_s};
        const FieldPath third{u"channel"_s, 2, u"fluorophore"_s};
        QCOMPARE(model()->columnOf(second), -1);
        // The image has no channel yet: the first one added is channel 1, whose column is always there.
        m_session->addInstance(u"channel"_s, 1);
        m_session->addInstance(u"channel"_s, 1);
        QVERIFY(model()->columnOf(second) > 0);
        m_session->addInstance(u"channel"_s, 1);
        QVERIFY(model()->columnOf(third) > 0);
        // Changes elsewhere, also to another image's channels, do not forget them.
        m_session->setValue(Title, 0, typed(u"Mitosis"_s));
        m_session->addInstance(u"channel"_s, 2);
        QVERIFY(model()->columnOf(third) > 0);
        m_session->undoStack()->undo(); // image 2's channel
        m_session->undoStack()->undo(); // the title
        m_session->undoStack()->undo(); // the third channel
        QCOMPARE(model()->columnOf(third), -1);
        QVERIFY(model()->columnOf(second) > 0);
        m_session->undoStack()->undo(); // the second channel
        QCOMPARE(model()->columnOf(second), -1);
        QCOMPARE(m_session->instanceCount(u"channel"_s, 1), 1);
        m_session->undoStack()->redo();
        QVERIFY(model()->columnOf(second) > 0);
    }

    void typingIntoACellStoresTheImagesValue()
    {
        const QModelIndex target = cell(1, Title);
        table()->setCurrentIndex(target);
        // The first key opens the editor, as in a spreadsheet.
        QTest::keyClicks(table(), u"C"_s);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        QCOMPARE(editor->objectName(), u"gridCellEditor"_s);
        QTest::keyClicks(editor, u"ells in mitosis"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(text(m_session->ownValue(Title, 1)), u"Cells in mitosis"_s);
        QVERIFY(m_session->ownValue(Title, 0).isEmpty());
        QVERIFY(m_session->ownValue(Title, -1).isEmpty());
        QCOMPARE(target.data().toString(), u"Cells in mitosis"_s);
        // Enter went on to the next image.
        QTRY_COMPARE(table()->currentIndex(), cell(2, Title));

        // F2 edits too; the editor starts with the value.
        table()->setCurrentIndex(target);
        QTest::keyClick(table(), Qt::Key_F2);
        editor = QApplication::focusWidget();
        QVERIFY(editor && editor->objectName() == u"gridCellEditor"_s);
        QCOMPARE(editor->property("text").toString(), u"Cells in mitosis"_s);
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(m_session->undoStack()->count(), 1);

        // Typing over a value replaces it, as in a spreadsheet.
        QTest::keyClicks(table(), u"M"_s);
        editor = QApplication::focusWidget();
        QVERIFY(editor && editor->objectName() == u"gridCellEditor"_s);
        QTest::keyClicks(editor, u"etaphase"_s);
        QTest::keyClick(editor, Qt::Key_Enter);
        QTRY_COMPARE(text(m_session->ownValue(Title, 1)), u"Metaphase"_s);
    }

    void textTheFieldCannotTakeIsNotStored()
    {
        table()->setCurrentIndex(cell(0, Emission));
        QTest::keyClick(table(), Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor->objectName() == u"gridCellEditor"_s);
        QTest::keyClicks(editor, u"5,5 nm"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The editor stays open with the text, and the grid says why.
        QCOMPARE(QApplication::focusWidget(), editor);
        QVERIFY2(m_view->lastMessage().contains(u"decimal comma"_s), qPrintable(m_view->lastMessage()));
        QVERIFY(m_session->ownValue(Emission, 0).isEmpty());
        editor->setProperty("text", u"520 nm"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_session->ownValue(Emission, 0).values.value(0), Value(Quantity{520, u"nm"_s}));
    }

    void fillDownIsOneUndoStep()
    {
        m_session->setValue(Title, 0, typed(u"Mitosis"_s));
        const int before = m_session->undoStack()->count();
        selectRange(cell(0, Title), cell(2, Title));
        QTest::keyClick(table(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(text(m_session->ownValue(Title, 1)), u"Mitosis"_s);
        QCOMPARE(text(m_session->ownValue(Title, 2)), u"Mitosis"_s);
        QCOMPARE(m_session->ownValue(Title, 2).provenance.kind, Provenance::Kind::Typed);
        QCOMPARE(m_session->undoStack()->count(), before + 1);
        QVERIFY(m_view->lastMessage().contains(u"2"_s));
        // The selection survives the refresh, ready for the next key.
        QVERIFY(table()->selectionModel()->isSelected(cell(2, Title)));

        m_session->undoStack()->undo();
        QVERIFY(m_session->ownValue(Title, 1).isEmpty());
        QVERIFY(m_session->ownValue(Title, 2).isEmpty());
        QCOMPARE(text(m_session->ownValue(Title, 0)), u"Mitosis"_s);
        QVERIFY(cell(2, Title).data().toString().isEmpty());
    }

    void fillingDownFromAllImagesMakesImagesFollowIt()
    {
        m_session->setValue(Title, -1, typed(u"Shared"_s));
        m_session->setValue(Title, 0, typed(u"Own 0"_s));
        m_session->setValue(Title, 2, typed(u"Own 2"_s));
        selectRange(cell(-1, Title), cell(2, Title));
        QTest::keyClick(table(), Qt::Key_D, Qt::ControlModifier);
        // No copies: the images drop their own values and show the shared one.
        for (int image = 0; image < 3; ++image) {
            QVERIFY(m_session->ownValue(Title, image).isEmpty());
            QCOMPARE(cell(image, Title).data().toString(), u"Shared"_s);
        }
        QVERIFY2(m_view->lastMessage().contains(u"follow"_s), qPrintable(m_view->lastMessage()));
        m_session->setValue(Title, -1, typed(u"Changed later"_s));
        QCOMPARE(cell(1, Title).data().toString(), u"Changed later"_s);
    }

    void pastingABlockFromASpreadsheet()
    {
        QCOMPARE(model()->columnOf(Excitation), model()->columnOf(Fluorophore) + 1);
        // As LibreOffice copies two rows of two cells: CR LF, a cell with a tab quoted.
        QGuiApplication::clipboard()->setText(u"\"Alexa\t488\"\t488 nm\r\nGFP\t0.49 µm\r\n"_s);
        table()->setCurrentIndex(cell(0, Fluorophore));
        const int before = m_session->undoStack()->count();
        QTest::keyClick(table(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(text(m_session->ownValue(Fluorophore, 0)), u"Alexa\t488"_s);
        QCOMPARE(m_session->ownValue(Excitation, 0).values.value(0), Value(Quantity{488, u"nm"_s}));
        QCOMPARE(text(m_session->ownValue(Fluorophore, 1)), u"GFP"_s);
        QVERIFY(m_session->ownValue(Excitation, 1).isEmpty()); // µm is not allowed here
        QVERIFY(m_session->ownValue(Fluorophore, 2).isEmpty());
        QCOMPARE(m_session->undoStack()->count(), before + 1);
        // The cell that could not be read is counted and explained.
        const QString message = m_view->lastMessage();
        QVERIFY2(message.contains(u"Pasted 3 cell(s)"_s) && message.contains(u"1 cell(s) not pasted"_s) && message.contains(u"µm"_s),
                 qPrintable(message));

        m_session->undoStack()->undo();
        QVERIFY(m_session->ownValue(Fluorophore, 0).isEmpty());
        QVERIFY(m_session->ownValue(Excitation, 0).isEmpty());
        QVERIFY(m_session->ownValue(Fluorophore, 1).isEmpty());
    }

    void copyWritesTabSeparatedText()
    {
        m_session->setValue(Fluorophore, 0, typed(u"DAPI"_s));
        m_session->setValue(Excitation, 0, typed(Quantity{405, u"nm"_s}));
        m_session->setValue(Fluorophore, 1, typed(u"Alexa\t647"_s));
        selectRange(cell(0, Fluorophore), cell(1, Excitation));
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"DAPI\t405 nm\n\"Alexa\t647\"\t\n"_s);
        // What was copied pastes back to the same values.
        m_session->change(u"clear"_s, [](Record &r) { r.images[0].values.clear(); r.images[1].values.clear(); }, RecordChange::images());
        table()->setCurrentIndex(cell(0, Fluorophore));
        QTest::keyClick(table(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(text(m_session->ownValue(Fluorophore, 1)), u"Alexa\t647"_s);
        QCOMPARE(text(m_session->ownValue(Excitation, 0)), u"405 nm"_s);
    }

    void deleteClearsCellsInOneStep()
    {
        m_session->setValue(Title, -1, typed(u"Shared"_s));
        m_session->setValue(Title, 0, typed(u"Own 0"_s));
        m_session->setValue(Title, 1, typed(u"Own 1"_s));
        const int before = m_session->undoStack()->count();
        selectRange(cell(0, Title), cell(1, Title));
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(m_session->ownValue(Title, 0).isEmpty());
        QVERIFY(m_session->ownValue(Title, 1).isEmpty());
        QCOMPARE(m_session->undoStack()->count(), before + 1);
        // The images show the shared value again.
        QCOMPARE(cell(0, Title).data().toString(), u"Shared"_s);
        QVERIFY(cell(0, Title).data(BatchGridModel::CellStateRole).toInt() & BatchGridModel::Inherited);
    }

    void editingAllImagesChangesInheritedCells()
    {
        m_session->setValue(Title, 2, typed(u"Own title"_s));
        table()->setCurrentIndex(cell(-1, Title));
        QTest::keyClicks(table(), u"S"_s);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor->objectName() == u"gridCellEditor"_s);
        QTest::keyClicks(editor, u"hared title"_s);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(text(m_session->ownValue(Title, -1)), u"Shared title"_s);
        QVERIFY(m_session->ownValue(Title, 0).isEmpty());

        // Images without a value of their own show it, grey and italic.
        const QModelIndex inherited = cell(0, Title);
        QCOMPARE(inherited.data().toString(), u"Shared title"_s);
        QVERIFY(inherited.data(BatchGridModel::CellStateRole).toInt() & BatchGridModel::Inherited);
        QVERIFY(inherited.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(inherited.data(Qt::ToolTipRole).toString().contains(u"All images"_s));
        QCOMPARE(cell(1, Title).data().toString(), u"Shared title"_s);
        // An image with its own value keeps it.
        QCOMPARE(cell(2, Title).data().toString(), u"Own title"_s);
        QVERIFY(cell(2, Title).data(BatchGridModel::CellStateRole).toInt() & BatchGridModel::Own);
        QVERIFY(!cell(2, Title).data(Qt::FontRole).value<QFont>().italic());
        // Typing the inherited text into an image keeps it inheriting.
        QVERIFY(model()->setData(model()->index(BatchGridModel::rowOfImage(0), model()->columnOf(Title)), u"Shared title"_s));
        QVERIFY(m_session->ownValue(Title, 0).isEmpty());
    }

    void sortingKeepsAllImagesOnTop()
    {
        m_session->setValue(Title, 0, typed(u"beta"_s));
        m_session->setValue(Title, 1, typed(u"alpha"_s));
        const int title = model()->columnOf(Title);
        table()->sortByColumn(title, Qt::AscendingOrder);
        const auto names = [this] {
            QStringList list;
            for (int row = 0; row < m_view->proxy()->rowCount(); ++row)
                list.append(m_view->proxy()->index(row, 0).data().toString());
            return list;
        };
        // c.tif has no title: empty cells go last either way.
        QCOMPARE(names(), (QStringList{u"All images"_s, u"b.tif"_s, u"a.tif"_s, u"c.tif"_s}));
        table()->sortByColumn(title, Qt::DescendingOrder);
        QCOMPARE(names(), (QStringList{u"All images"_s, u"a.tif"_s, u"b.tif"_s, u"c.tif"_s}));

        // A click on the name header sorts by name, numbers as people count them.
        m_session->change(u"more"_s, [](Record &r) {
            r.images.append(ImageEntry{u"/data/10.tif"_s, u"img 10.tif"_s, {}});
            r.images.append(ImageEntry{u"/data/9.tif"_s, u"img 9.tif"_s, {}});
        }, RecordChange::images());
        // New rows come sorted by the same column.
        QCOMPARE(names().mid(0, 3), (QStringList{u"All images"_s, u"a.tif"_s, u"b.tif"_s}));
        QHeaderView *nameHeader = m_view->findChild<QTableView *>(u"batchGridNames"_s)->horizontalHeader();
        QTest::mouseClick(nameHeader->viewport(), Qt::LeftButton, {}, QPoint(10, nameHeader->height() / 2));
        QCOMPARE(names(), (QStringList{u"All images"_s, u"a.tif"_s, u"b.tif"_s, u"c.tif"_s, u"img 9.tif"_s, u"img 10.tif"_s}));
        QTest::mouseClick(nameHeader->viewport(), Qt::LeftButton, {}, QPoint(10, nameHeader->height() / 2));
        QCOMPARE(names().first(), u"All images"_s);
        QCOMPARE(names().at(1), u"img 10.tif"_s);
        // Filtering keeps the order.
        m_view->filterEdit()->setText(u"img"_s);
        QCOMPARE(names(), (QStringList{u"All images"_s, u"img 10.tif"_s, u"img 9.tif"_s}));
        m_view->filterEdit()->clear();
        QCOMPARE(names().size(), 6);
        QCOMPARE(names().at(1), u"img 10.tif"_s);

        // Editing a sorted column does not make rows jump under the cursor.
        table()->sortByColumn(title, Qt::AscendingOrder);
        const QModelIndex first = m_view->proxy()->index(1, title);
        QVERIFY(m_view->proxy()->setData(first, u"zeta"_s));
        QCOMPARE(m_view->proxy()->index(1, title).data().toString(), u"zeta"_s);
    }

    void filterMatchesNamesAndValues()
    {
        m_session->setValue(Title, -1, typed(u"HeLa mitosis"_s));
        m_session->setValue(Title, 1, typed(u"Fibroblasts"_s));
        m_session->setValue(Fluorophore, 2, typed(u"mCherry"_s));
        auto *filter = m_view->findChild<QLineEdit *>(u"gridFilter"_s);
        auto *count = m_view->findChild<QLabel *>(u"gridCount"_s);
        QVERIFY(filter && count);
        QCOMPARE(count->text(), u"3 image(s)"_s);

        QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), filter);
        QTest::keyClicks(filter, u"B.TIF"_s);
        QCOMPARE(m_view->proxy()->rowCount(), 2); // "All images" stays
        QCOMPARE(m_view->proxy()->index(1, 0).data().toString(), u"b.tif"_s);
        QCOMPARE(count->text(), u"1 of 3 image(s) shown"_s);

        filter->clear();
        QTest::keyClicks(filter, u"cherry"_s);
        QCOMPARE(m_view->proxy()->rowCount(), 2);
        QCOMPARE(m_view->proxy()->index(1, 0).data().toString(), u"c.tif"_s);

        // A shared value matches the images that show it, not one that overrides it.
        filter->clear();
        QTest::keyClicks(filter, u"mitosis"_s);
        QCOMPARE(m_view->proxy()->rowCount(), 3);
        QCOMPARE(m_view->proxy()->index(1, 0).data().toString(), u"a.tif"_s);
        QCOMPARE(m_view->proxy()->index(2, 0).data().toString(), u"c.tif"_s);

        // Escape empties the filter, Down goes back to the cells.
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(m_view->proxy()->rowCount(), 4);
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), table());
    }

    void problemCellsAreHighlightedWithTheReason()
    {
        m_session->setValue(Emission, 0, typed(Quantity{-5, u"nm"_s}));
        const QModelIndex bad = cell(0, Emission);
        QVERIFY(bad.data(BatchGridModel::CellStateRole).toInt() & BatchGridModel::Problem);
        QVERIFY2(bad.data(Qt::ToolTipRole).toString().contains(u"below the minimum"_s), qPrintable(bad.data(Qt::ToolTipRole).toString()));
        QCOMPARE(bad.data(Qt::BackgroundRole).value<QColor>(), GridColors::problem(QGuiApplication::palette()));
        QVERIFY(!bad.data(Qt::DecorationRole).value<QIcon>().isNull());
        // A good value is not highlighted.
        m_session->setValue(Emission, 0, typed(Quantity{520, u"nm"_s}));
        QVERIFY(!(cell(0, Emission).data(BatchGridModel::CellStateRole).toInt() & BatchGridModel::Problem));

        // An image's empty required field is marked; "All images" may stay empty.
        const QModelIndex empty = cell(1, Title);
        QVERIFY(empty.data(BatchGridModel::CellStateRole).toInt() & BatchGridModel::RequiredEmpty);
        QVERIFY(empty.data(Qt::ToolTipRole).toString().contains(u"required"_s));
        QVERIFY(!(cell(-1, Title).data(BatchGridModel::CellStateRole).toInt() & BatchGridModel::RequiredEmpty));
        m_session->setValue(Title, -1, typed(u"Shared"_s));
        QVERIFY(!(cell(1, Title).data(BatchGridModel::CellStateRole).toInt() & BatchGridModel::RequiredEmpty));
    }

    void headerValuesShowTheirSource()
    {
        Provenance header;
        header.kind = Provenance::Kind::Header;
        header.file = u"/data/a.tif"_s;
        header.image = 0;
        header.query = u"//Pixels/Channel/@EmissionWavelength"_s;
        m_session->setValue(Emission, 0, FieldValue{{Quantity{520, u"nm"_s}}, header});
        const QModelIndex filled = cell(0, Emission);
        QVERIFY(filled.data(BatchGridModel::CellStateRole).toInt() & BatchGridModel::FromHeader);
        QCOMPARE(filled.data(Qt::BackgroundRole).value<QColor>(), GridColors::fromHeader(QGuiApplication::palette()));
        QVERIFY(filled.data(Qt::ToolTipRole).toString().contains(header.describe()));
        // Retyping the same value keeps the header as its source.
        QVERIFY(m_view->proxy()->setData(filled, u"520 nm"_s));
        QCOMPARE(m_session->ownValue(Emission, 0).provenance.kind, Provenance::Kind::Header);

        // A locked header value cannot be typed over.
        header.locked = true;
        m_session->setValue(Emission, 1, FieldValue{{Quantity{600, u"nm"_s}}, header});
        QVERIFY(!(cell(1, Emission).flags() & Qt::ItemIsEditable));
        QVERIFY(!m_view->proxy()->setData(cell(1, Emission), u"610 nm"_s));
        QCOMPARE(m_session->ownValue(Emission, 1).values.value(0), Value(Quantity{600, u"nm"_s}));
    }

    void aGridNotOnScreenCatchesUpWhenShown()
    {
        model()->setFollowing(false);
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        const int rows = model()->rowCount();
        m_session->setValue(Title, 1, typed(u"while hidden"_s));
        m_session->change(u"one more image"_s, [](Record &r) { r.images.append(ImageEntry{u"/x/new.tif"_s, u"new.tif"_s, {}}); },
                          RecordChange::images());
        QCOMPARE(changed.size() + reset.size(), 0);
        QCOMPARE(model()->rowCount(), rows);
        model()->setFollowing(true);
        QCOMPARE(model()->rowCount(), rows + 1);
        QCOMPARE(model()->data(model()->index(BatchGridModel::rowOfImage(1), model()->columnOf(Title))).toString(), u"while hidden"_s);
    }

    void aValueChangeRefreshesOneRowOnly()
    {
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        m_session->setValue(Title, 1, typed(u"One"_s));
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), BatchGridModel::rowOfImage(1));
        QCOMPARE(bottomRight.row(), BatchGridModel::rowOfImage(1));
        QVERIFY(topLeft.column() <= model()->columnOf(Title) && model()->columnOf(Title) <= bottomRight.column());
        QCOMPARE(reset.size(), 0);
    }

    void enterOnANameShowsTheImage()
    {
        QSignalSpy activated(m_view.get(), &BatchGridView::imageActivated);
        table()->setCurrentIndex(nameCell(2));
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), 2);
        table()->setCurrentIndex(cell(-1, Title));
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().toInt(), -1);
    }

    void f1ExplainsTheField()
    {
        QSignalSpy help(m_view.get(), &BatchGridView::fieldHelpRequested);
        QSignalSpy current(m_view.get(), &BatchGridView::currentFieldChanged);
        table()->setCurrentIndex(cell(1, Emission));
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().at(0).value<FieldPath>(), Emission);
        QTest::keyClick(table(), Qt::Key_F1);
        QCOMPARE(help.size(), 1);
        QCOMPARE(help.first().at(0).value<FieldPath>(), Emission);
        QCOMPARE(help.first().at(1).toInt(), 1);
    }

    void tsvFromSpreadsheets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("Excel CR LF") << u"a\tb\r\nc\td\r\n"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("LF, no last line end") << u"a\tb\nc\td"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("quoted tab, line break, quote") << u"\"x\ty\"\t\"1\n2\"\t\"say \"\"hi\"\"\"\n"_s
                                                        << QList<QStringList>{{u"x\ty"_s, u"1\n2"_s, u"say \"hi\""_s}};
        QTest::newRow("quote inside a cell") << u"5\" disk\tb\n"_s << QList<QStringList>{{u"5\" disk"_s, u"b"_s}};
        QTest::newRow("empty cells and rows") << u"a\t\n\n\tb\n"_s << QList<QStringList>{{u"a"_s, u""_s}, {u""_s}, {u""_s, u"b"_s}};
        QTest::newRow("one cell") << u"value\r\n"_s << QList<QStringList>{{u"value"_s}};
        QTest::newRow("nothing") << QString() << QList<QStringList>{};
    }

    void tsvFromSpreadsheets()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, rows);
        QCOMPARE(TsvText::parse(text), rows);
        if (!rows.isEmpty())
            QCOMPARE(TsvText::parse(TsvText::write(rows)), rows);
    }
};

QTEST_MAIN(TestBatchGrid)
#include "TestBatchGrid.moc"
