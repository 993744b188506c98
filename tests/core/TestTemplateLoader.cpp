#include "TestPaths.h"

#include "template/TemplateLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace metafill;
using namespace Qt::StringLiterals;

class TestTemplateLoader : public QObject
{
    Q_OBJECT

private:
    static TemplateLoader loader() { return TemplateLoader({TestPaths::data(u"templates/valid"_s)}); }
    static QString allMessages(const Diagnostics &d) { return d.toString(); }

private slots:
    void shippedTemplatesAreValid_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(TestPaths::source(u"templates"_s), {u"*.yaml"_s});
        int n = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
            ++n;
        }
        QVERIFY2(n >= 1, "no templates shipped");
    }
    void shippedTemplatesAreValid()
    {
        QFETCH(QString, path);
        TemplateLoader loader({TestPaths::source(u"templates"_s)});
        const auto outcome = loader.load(path);
        QVERIFY2(outcome.result, qPrintable(allMessages(outcome.diagnostics)));
        QVERIFY2(outcome.diagnostics.isEmpty(), qPrintable(allMessages(outcome.diagnostics)));
        // Every label of a built-in template exists in German too.
        for (const SectionSpec &s : outcome.result->sections) {
            QVERIFY2(s.label.has(u"de"_s), qPrintable(u"section %1 has no German label"_s.arg(s.key)));
            for (const FieldSpec &f : s.fields)
                QVERIFY2(f.label.has(u"de"_s), qPrintable(u"%1.%2 has no German label"_s.arg(s.key, f.key)));
        }
    }

    void validCorpusLoads_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(TestPaths::data(u"templates/valid"_s), {u"*.yaml"_s});
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }
    void validCorpusLoads()
    {
        QFETCH(QString, path);
        auto l = loader();
        const auto outcome = l.load(path);
        QVERIFY2(outcome.result, qPrintable(allMessages(outcome.diagnostics)));
    }

    // Each broken template names on its first line where the error must be
    // reported and what the message must say: "# expect: LINE:COLUMN text".
    void brokenCorpusIsLocated_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(TestPaths::data(u"templates/broken"_s), {u"*.yaml"_s});
        int n = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
            ++n;
        }
        QVERIFY(n >= 10);
    }
    void brokenCorpusIsLocated()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString first = QString::fromUtf8(file.readLine());
        static const QRegularExpression expect(u"^# expect: (\\d+):(\\d*) (.+)$"_s);
        const auto m = expect.match(first.trimmed());
        QVERIFY2(m.hasMatch(), "first line must be '# expect: LINE:COLUMN text'");
        const int line = m.captured(1).toInt();
        const int column = m.captured(2).isEmpty() ? -1 : m.captured(2).toInt();
        const QString text = m.captured(3);

        auto l = loader();
        const auto outcome = l.load(path);
        QVERIFY(!outcome.result);
        QVERIFY(outcome.diagnostics.hasErrors());
        bool found = false;
        for (const Diagnostic &d : outcome.diagnostics.items()) {
            QCOMPARE(d.where.file, path);
            if (d.isError() && d.message.contains(text) && (line == 0 || d.where.line == line) && (column < 0 || d.where.column == column))
                found = true;
        }
        QVERIFY2(found, qPrintable(u"expected %1:%2 '%3', got:\n%4"_s.arg(line).arg(column).arg(text, allMessages(outcome.diagnostics))));
    }

    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        const int depth = 100'000;
        QTest::newRow("flow sequences") << QByteArray(depth, '[') + QByteArray(depth, ']');
        QByteArray flowMaps = "a: ";
        for (int i = 0; i < depth; ++i)
            flowMaps += "{b: ";
        QTest::newRow("flow mappings") << flowMaps + "c" + QByteArray(depth, '}');
        QByteArray block; // "- - - - x": block sequences nested on one line
        for (int i = 0; i < depth; ++i)
            block += "- ";
        QTest::newRow("block sequences") << block + "x\n";
        QByteArray mapping;
        for (int i = 0; i < 1000; ++i)
            mapping += QByteArray(i, ' ') + "k:\n";
        QTest::newRow("block mappings") << mapping;
    }
    void deepNestingIsRefused()
    {
        QFETCH(QByteArray, yaml);
        QElapsedTimer timer;
        timer.start();
        auto l = loader();
        const auto outcome = l.loadData(yaml, u"deep.yaml"_s);
        QVERIFY(!outcome.result);
        QVERIFY(outcome.diagnostics.hasErrors());
        const Diagnostic &d = outcome.diagnostics.items().first();
        QVERIFY2(d.message.contains(u"nested more than"_s), qPrintable(d.toString()));
        qInfo("refused after %lld ms: %s", timer.elapsed(), qPrintable(d.toString()));
    }

    void aliasBombIsRefused()
    {
        QElapsedTimer timer;
        timer.start();
        auto l = loader();
        const auto outcome = l.load(TestPaths::data(u"templates/broken/alias-bomb.yaml"_s));
        QVERIFY(!outcome.result);
        QVERIFY(allMessages(outcome.diagnostics).contains(u"expands to more than"_s));
        qInfo("alias bomb refused after %lld ms", timer.elapsed());
    }

    void hostileBytesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("latin-1") << QByteArray("metafill: 1\ntitle: Gr\xF6\xDF" "e\n") << u"not valid UTF-8"_s;
        QTest::newRow("utf-16") << QByteArray("\xFF\xFEm\0e\0t\0", 8) << u"NUL bytes"_s;
        QTest::newRow("two documents") << QByteArray("metafill: 1\n---\nid: x\n") << u"more than one YAML document"_s;
        QTest::newRow("huge") << QByteArray(5 * 1024 * 1024, 'a') << u"larger than"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("list at top") << QByteArray("- a\n- b\n") << u"mapping"_s;
        QTest::newRow("self alias") << QByteArray("a: &x [*x]\n") << u"alias"_s;
        QTest::newRow("complex key") << QByteArray("? [a, b]\n: c\n") << u"mapping key"_s;
    }
    void hostileBytesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto l = loader();
        const auto outcome = l.loadData(bytes, u"hostile.yaml"_s);
        QVERIFY(!outcome.result);
        QVERIFY2(allMessages(outcome.diagnostics).contains(message), qPrintable(allMessages(outcome.diagnostics)));
    }

    void templateByIdIsFound()
    {
        auto l = loader();
        const auto outcome = l.loadByNameOrPath(u"org.example.base"_s);
        QVERIFY(outcome.result);
        QCOMPARE(outcome.result->version, u"1.2.0"_s);
        QCOMPARE(outcome.result->sha256.size(), 64);
    }

    // A record made with 1.2.0 gets 1.2.0 while a folder keeps it, even when a
    // newer version is in the path (as template packs keep their old versions).
    void recordsGetTheVersionTheyWereMadeWith()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile base(TestPaths::data(u"templates/valid/base.yaml"_s));
        QVERIFY(base.open(QIODevice::ReadOnly));
        const QByteArray v1 = base.readAll();
        QByteArray v2 = v1;
        v2.replace("version: 1.2.0", "version: 1.3.0");
        for (const auto &[folder, text] : {std::pair{u"new"_s, v2}, std::pair{u"old"_s, v1}}) {
            QVERIFY(QDir(dir.path()).mkpath(folder));
            QFile file(dir.filePath(folder + u"/base.yaml"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        TemplateLoader l({dir.filePath(u"new"_s), dir.filePath(u"old"_s)});
        QCOMPARE(l.loadByNameOrPath(u"org.example.base"_s).result->version, u"1.3.0"_s);
        const auto same = l.loadFor(TemplateRef{u"org.example.base"_s, u"1.2.0"_s, {}});
        QVERIFY(same.result);
        QCOMPARE(same.result->version, u"1.2.0"_s);
        // A version no folder keeps: the newest, for RecordBinder to migrate to.
        const auto gone = l.loadFor(TemplateRef{u"org.example.base"_s, u"1.0.0"_s, {}});
        QVERIFY(gone.result);
        QCOMPARE(gone.result->version, u"1.3.0"_s);
        QVERIFY(!l.loadFor(TemplateRef{u"org.example.none"_s, u"1.0.0"_s, {}}).result);
    }
};

QTEST_GUILESS_MAIN(TestTemplateLoader)
#include "TestTemplateLoader.moc"
