#include "images/ImageListModel.h"
#include "images/ImagesPanel.h"
#include "session/DocumentSession.h"

#include "TestPaths.h"
#include "TestTemplates.h"
#include "template/TemplateLoader.h"

#include <QFileInfo>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

class TestImagesPanel : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Template> m_rembi;

    static QString text(const FieldValue &v) { return v.values.isEmpty() ? QString() : std::get<QString>(v.values.first()); }

    int scopeOf(const DocumentSession &session, const QString &fileSuffix)
    {
        for (int i = 0; i < session.imageCount(); ++i) {
            if (session.record().images.at(i).file.endsWith(fileSuffix))
                return i;
        }
        return -2;
    }

private slots:
    void initTestCase()
    {
        m_rembi = TestTemplates::builtin(u"rembi.yaml"_s);
        QVERIFY(m_rembi);
    }

    void addedImagesAreFilledFromTheirHeaders()
    {
        DocumentSession session;
        session.start(m_rembi);
        // Typed before the images came: a header must not overwrite it.
        const FieldPath objective{u"image_acquisition"_s, 0, u"objective_model"_s};
        ImagesPanel panel(&session);
        panel.show();
        QSignalSpy finished(&panel, &ImagesPanel::importFinished);
        QSignalSpy messages(&panel, &ImagesPanel::message);
        panel.addPaths({TestPaths::data(u"images/lsm"_s), TestPaths::data(u"images/nd2/synthetic-v3.nd2"_s)});
        QVERIFY(panel.isImporting());
        QVERIFY(finished.wait(20'000));
        QVERIFY(!panel.isImporting());
        QCOMPARE(panel.findChild<QProgressBar *>(u"importProgress"_s)->isVisible(), false);

        const int nd2 = scopeOf(session, u"synthetic-v3.nd2"_s);
        const int lsm = scopeOf(session, u"two-tracks.lsm"_s);
        QVERIFY(nd2 >= 0 && lsm >= 0);
        const FieldValue nd2Objective = session.effectiveValue(objective, nd2);
        QCOMPARE(text(nd2Objective), u"Plan Apo λ 100x Oil"_s);
        QCOMPARE(nd2Objective.provenance.kind, Provenance::Kind::Header);
        QVERIFY(nd2Objective.provenance.file.endsWith(u"synthetic-v3.nd2"_s));
        QCOMPARE(text(session.effectiveValue(objective, lsm)), u"Plan-Apochromat 63x/1.40 Oil DIC M27"_s);
        // Per-channel sections follow each image's channels.
        QCOMPARE(session.instanceCount(u"channel"_s, nd2), 2);
        QCOMPARE(text(session.effectiveValue({u"channel"_s, 1, u"name"_s}, nd2)), u"mCherry"_s);
        // Header values are the image's own; the shared values stay empty.
        QVERIFY(session.ownValue(objective, -1).isEmpty());
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.last().first().toString().contains(u"image"_s));

        // The list shows "All images" and every image; picking one selects its scope.
        QCOMPARE(panel.model()->rowCount(), session.imageCount() + 1);
        QSignalSpy scopes(&panel, &ImagesPanel::scopeSelected);
        panel.list()->setFocus();
        QTest::keyClick(panel.list(), Qt::Key_Down);
        QCOMPARE(scopes.size(), 1);
        QCOMPARE(scopes.first().first().toInt(), 0);

        // One undo step takes the whole batch back.
        session.undoStack()->undo();
        QCOMPARE(session.imageCount(), 0);
        QCOMPARE(panel.model()->rowCount(), 1);
    }

    void realSampleFilesFillTheirFields()
    {
        const QString czi = TestPaths::samples(u"czi/488_PSF.czi"_s);
        const QString nd2 = TestPaths::samples(u"nd2/cluster.nd2"_s);
        if (!QFileInfo::exists(czi) || !QFileInfo::exists(nd2))
            QSKIP("../shared/samples is not here");
        DocumentSession session;
        session.start(m_rembi);
        ImagesPanel panel(&session);
        QSignalSpy finished(&panel, &ImagesPanel::importFinished);
        panel.addPaths({czi, nd2});
        QVERIFY(finished.wait(20'000));
        const int zeiss = scopeOf(session, u"488_PSF.czi"_s);
        QVERIFY(zeiss >= 0);
        const auto field = [&](const QString &key) { return session.effectiveValue({u"image_acquisition"_s, 0, key}, zeiss); };
        // The MANIFEST's observed values: the detection objective is the one ObjectiveRef names.
        QCOMPARE(text(field(u"microscope_model"_s)), u"Lattice Lightsheet"_s);
        QCOMPARE(text(field(u"objective_model"_s)), u"Objective Observation"_s);
        QCOMPARE(field(u"objective_model"_s).provenance.kind, Provenance::Kind::Header);
        QVERIFY(field(u"objective_model"_s).provenance.file.endsWith(u"488_PSF.czi"_s));
        QCOMPARE(session.instanceCount(u"channel"_s, zeiss), 1);
        QVERIFY(scopeOf(session, u"cluster.nd2"_s) >= 0);
    }

    void typedValuesSurviveAddingTheSameImagesAgain()
    {
        DocumentSession session;
        session.start(m_rembi);
        ImagesPanel panel(&session);
        QSignalSpy finished(&panel, &ImagesPanel::importFinished);
        panel.addPaths({TestPaths::data(u"images/nd2/synthetic-v3.nd2"_s)});
        QVERIFY(finished.wait(20'000));
        QCOMPARE(session.imageCount(), 2); // two positions, two OMERO images
        const FieldPath objective{u"image_acquisition"_s, 0, u"objective_model"_s};
        session.setValue(objective, 0, FieldValue{{u"my objective"_s}, {}});
        panel.addPaths({TestPaths::data(u"images/nd2/synthetic-v3.nd2"_s)});
        QVERIFY(finished.wait(20'000));
        QCOMPARE(session.imageCount(), 2);
        QCOMPARE(text(session.effectiveValue(objective, 1)), u"Plan Apo λ 100x Oil"_s);
        QCOMPARE(text(session.effectiveValue(objective, 0)), u"my objective"_s);
        QCOMPARE(session.effectiveValue(objective, 0).provenance.kind, Provenance::Kind::Typed);
    }

    void unreadableFilesAreMarkedAndTheBatchGoesOn()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(u"broken.czi"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("ZISRAWFILE but nothing else");
        broken.close();
        QVERIFY(QFile::copy(TestPaths::data(u"images/nd2/synthetic-v3.nd2"_s), dir.filePath(u"good.nd2"_s)));
        DocumentSession session;
        session.start(m_rembi);
        ImagesPanel panel(&session);
        QSignalSpy finished(&panel, &ImagesPanel::importFinished);
        QSignalSpy messages(&panel, &ImagesPanel::message);
        panel.addPaths({dir.path()});
        QVERIFY(finished.wait(20'000));
        QCOMPARE(session.imageCount(), 3); // the broken file, and the two positions of the good one
        const int broken_ = scopeOf(session, u"broken.czi"_s);
        const QModelIndex row = panel.model()->index(ImageListModel::rowOfScope(broken_));
        QVERIFY(panel.model()->data(row, Qt::ToolTipRole).toString().contains(u"could not be read"_s));
        QVERIFY(!panel.model()->data(row, Qt::DecorationRole).isNull());
        QVERIFY(messages.last().first().toString().contains(u"could not be read"_s));
    }

    void cancellingAddsNothing()
    {
        // Enough files that the batch is still running when cancel comes.
        QTemporaryDir dir;
        for (int i = 0; i < 400; ++i)
            QVERIFY(QFile::copy(TestPaths::data(u"images/nd2/synthetic-v3.nd2"_s), dir.filePath(u"f%1.nd2"_s.arg(i))));
        DocumentSession session;
        session.start(m_rembi);
        ImagesPanel panel(&session);
        panel.show();
        QSignalSpy finished(&panel, &ImagesPanel::importFinished);
        QSignalSpy messages(&panel, &ImagesPanel::message);
        panel.addPaths({dir.path()});
        auto *cancel = panel.findChild<QPushButton *>(u"cancelImportButton"_s);
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(session.imageCount(), 0);
        QVERIFY(messages.last().first().toString().contains(u"cancelled"_s));
        QVERIFY(!session.isModified());
    }
};

QTEST_MAIN(TestImagesPanel)
#include "TestImagesPanel.moc"
