#include "session/DocumentSession.h"

#include "TestPaths.h"
#include "TestTemplates.h"
#include "record/RecordFile.h"
#include "template/TemplateLoader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

class TestDocumentSession : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Template> m_rembi;

    static FieldValue typed(const QString &text) { return FieldValue{{text}, {}}; }

private slots:
    void initTestCase()
    {
        m_rembi = TestTemplates::builtin(u"rembi.yaml"_s);
        QVERIFY(m_rembi);
    }

    void typingMergesIntoOneUndoStep()
    {
        DocumentSession session;
        session.start(m_rembi);
        QVERIFY(!session.isModified());
        const FieldPath title{u"study"_s, 0, u"title"_s};
        QSignalSpy changes(&session, &DocumentSession::changed);
        session.setValue(title, -1, typed(u"C"_s));
        session.setValue(title, -1, typed(u"Ce"_s));
        session.setValue(title, -1, typed(u"Cells"_s));
        QCOMPARE(changes.size(), 3);
        QVERIFY(session.isModified());
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(std::get<QString>(session.ownValue(title, -1).values.first()), u"Cells"_s);
        session.undoStack()->undo();
        QVERIFY(session.ownValue(title, -1).isEmpty());
        QVERIFY(!session.isModified());
        session.undoStack()->redo();
        QCOMPARE(std::get<QString>(session.ownValue(title, -1).values.first()), u"Cells"_s);

        // Another field is another step; setting the same value again is no step.
        session.setValue({u"study"_s, 0, u"description"_s}, -1, typed(u"HeLa"_s));
        session.setValue({u"study"_s, 0, u"description"_s}, -1, typed(u"HeLa"_s));
        QCOMPARE(session.undoStack()->count(), 2);
    }

    void imageValuesWinOverShared()
    {
        DocumentSession session;
        session.start(m_rembi);
        session.change(u"add images"_s, [](Record &r) {
            r.images.append(ImageEntry{u"/data/a.tif"_s, u"a.tif"_s, {}});
            r.images.append(ImageEntry{u"/data/b.tif"_s, u"b.tif"_s, {}});
        }, RecordChange::images());
        const FieldPath title{u"study"_s, 0, u"title"_s};
        session.setValue(title, -1, typed(u"shared"_s));
        session.setValue(title, 1, typed(u"own"_s));
        QCOMPARE(std::get<QString>(session.effectiveValue(title, 0).values.first()), u"shared"_s);
        QCOMPARE(std::get<QString>(session.effectiveValue(title, 1).values.first()), u"own"_s);
        QVERIFY(session.ownValue(title, 0).isEmpty());
        session.undoStack()->undo(); // the image's own value
        QCOMPARE(std::get<QString>(session.effectiveValue(title, 1).values.first()), u"shared"_s);
        session.undoStack()->undo();
        session.undoStack()->undo(); // the images
        QCOMPARE(session.imageCount(), 0);
    }

    void instancesCanBeAddedDuplicatedAndRemoved()
    {
        DocumentSession session;
        session.start(m_rembi);
        const QString author = u"author"_s;
        const int initial = session.instanceCount(author, -1);
        session.addInstance(author, -1);
        QCOMPARE(session.instanceCount(author, -1), initial + 1);
        session.setValue({author, 0, u"first_name"_s}, -1, typed(u"Ada"_s));
        session.setValue({author, 1, u"first_name"_s}, -1, typed(u"Grace"_s));
        session.duplicateInstance(author, 0, -1);
        QCOMPARE(session.instanceCount(author, -1), 3);
        QCOMPARE(std::get<QString>(session.ownValue({author, 1, u"first_name"_s}, -1).values.first()), u"Ada"_s);
        QCOMPARE(std::get<QString>(session.ownValue({author, 2, u"first_name"_s}, -1).values.first()), u"Grace"_s);
        session.removeInstance(author, 0, -1);
        QCOMPARE(session.instanceCount(author, -1), 2);
        QCOMPARE(std::get<QString>(session.ownValue({author, 0, u"first_name"_s}, -1).values.first()), u"Ada"_s);
        QCOMPARE(std::get<QString>(session.ownValue({author, 1, u"first_name"_s}, -1).values.first()), u"Grace"_s);
        session.undoStack()->undo();
        QCOMPARE(session.instanceCount(author, -1), 3);
        QCOMPARE(std::get<QString>(session.ownValue({author, 0, u"first_name"_s}, -1).values.first()), u"Ada"_s);
    }

    void savingIsAtomicAndMarksClean()
    {
        QTemporaryDir dir;
        DocumentSession session;
        session.start(m_rembi);
        session.setValue({u"study"_s, 0, u"title"_s}, -1, typed(u"Saved title"_s));
        QSignalSpy modified(&session, &DocumentSession::modifiedChanged);
        const QString path = dir.filePath(u"r.metafill.json"_s);
        QVERIFY(session.save(path));
        QVERIFY(!session.isModified());
        QCOMPARE(session.filePath(), path);
        QVERIFY(!modified.isEmpty());
        const auto raw = RecordFile::read(path);
        QVERIFY2(raw, raw ? "" : qPrintable(raw.error()));
        QCOMPARE(raw->values.size(), 1);

        // A save into a folder that does not exist fails and changes nothing.
        session.setValue({u"study"_s, 0, u"title"_s}, -1, typed(u"Changed"_s));
        QVERIFY(!session.save(dir.filePath(u"missing/r.json"_s)));
        QVERIFY(session.isModified());
        QCOMPARE(session.filePath(), path);
    }

    void adoptedRestoreStartsModified()
    {
        DocumentSession session;
        Record record;
        record.templateRef = m_rembi->ref();
        record.values.insert({u"study"_s, 0, u"title"_s}, typed(u"from the journal"_s));
        session.adopt(m_rembi, record, {}, true);
        QVERIFY(session.isModified());
        QCOMPARE(session.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocumentSession)
#include "TestDocumentSession.moc"
