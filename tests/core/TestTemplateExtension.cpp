#include "TestPaths.h"

#include "record/ValueText.h"
#include "template/TemplateLoader.h"

#include <QTest>

using namespace metafill;
using namespace Qt::StringLiterals;

// The rules that keep a facility template's records valid for its base.
class TestTemplateExtension : public QObject
{
    Q_OBJECT

    std::optional<Template> m_base;
    std::optional<Template> m_ext;

    static QString messages(const Diagnostics &d) { return d.toString(); }
    // An extension of org.example.base with the given changes.
    static TemplateLoader::Outcome extend(const QByteArray &changes)
    {
        TemplateLoader loader({TestPaths::data(u"templates/valid"_s)});
        return loader.loadData("metafill: 1\nid: org.example.x\nversion: 1.0.0\ntitle: X\n"
                               "extends: {id: org.example.base, version: \"1\"}\nchanges:\n" + changes,
                               TestPaths::data(u"templates/valid/inline.yaml"_s));
    }

private slots:
    void initTestCase()
    {
        TemplateLoader loader({TestPaths::data(u"templates/valid"_s)});
        auto base = loader.load(TestPaths::data(u"templates/valid/base.yaml"_s));
        QVERIFY2(base.result, qPrintable(messages(base.diagnostics)));
        m_base = base.result;
        auto ext = loader.load(TestPaths::data(u"templates/valid/extension.yaml"_s));
        QVERIFY2(ext.result, qPrintable(messages(ext.diagnostics)));
        m_ext = ext.result;
    }

    void extensionKeepsIdentityAndBase()
    {
        QCOMPARE(m_ext->id, u"org.example.facility"_s);
        QVERIFY(m_ext->base);
        QCOMPARE(m_ext->base->id, u"org.example.base"_s);
        QCOMPARE(m_ext->base->version, u"1.2.0"_s);
        QCOMPARE(m_ext->base->sha256, m_base->sha256);
        QVERIFY(m_ext->sha256 != m_base->sha256);
    }

    void changesAreApplied()
    {
        QCOMPARE(m_ext->field(u"study"_s, u"keywords"_s)->requirement, Requirement::Required);
        const FieldSpec *license = m_ext->field(u"study"_s, u"license"_s);
        QCOMPARE(license->choices.size(), 2);
        QCOMPARE(license->choices.at(0).value, u"CC0-1.0"_s); // the base's order is kept
        QCOMPARE(license->defaults.size(), 1);
        QCOMPARE(ValueText::format(license->defaults.first()), u"CC-BY-4.0"_s);
        const FieldSpec *temperature = m_ext->field(u"sample"_s, u"temperature"_s);
        QCOMPARE(*temperature->minimum, 4.0);
        QCOMPARE(*temperature->maximum, 42.0);
        QCOMPARE(temperature->units, QStringList{u"°C"_s});
        const FieldSpec *organism = m_ext->field(u"sample"_s, u"organism"_s);
        QCOMPARE(organism->ontology.roots, QStringList{u"NCBITaxon:9606"_s});
        QVERIFY(!organism->ontology.allowFreeText);
        QVERIFY(m_ext->field(u"study"_s, u"note"_s)->hidden);
        QVERIFY(m_ext->section(u"correlation"_s)->hidden);
        // Relabelling adds a language but keeps the OMERO key.
        const FieldSpec *title = m_ext->field(u"study"_s, u"title"_s);
        QCOMPARE(title->label.text(u"de"_s), u"Projekttitel"_s);
        QCOMPARE(title->omeroKey, u"Study title"_s);
        // Placement of additions.
        const SectionSpec *sample = m_ext->section(u"sample"_s);
        QCOMPARE(sample->fields.at(1).key, u"strain"_s);
        QCOMPARE(sample->fields.at(1).definedBy, u"org.example.facility"_s);
        QCOMPARE(sample->fields.at(0).definedBy, u"org.example.base"_s);
        QCOMPARE(m_ext->sections.at(1).key, u"booking"_s);
        QCOMPARE(m_ext->presets.size(), 1);
        QCOMPARE(m_ext->presets.first().values.size(), 2);
    }

    void looseningIsRefused_data()
    {
        QTest::addColumn<QByteArray>("changes");
        QTest::addColumn<QString>("message");
        QTest::newRow("lower requirement") << QByteArray("  - recommend: study.title\n") << u"may not lower"_s;
        QTest::newRow("hide required") << QByteArray("  - hide: study.title\n") << u"cannot be hidden"_s;
        QTest::newRow("hide recommended") << QByteArray("  - hide: study.keywords\n") << u"cannot be hidden"_s;
        QTest::newRow("hide obligatory section") << QByteArray("  - hide: study\n") << u"not optional"_s;
        QTest::newRow("hide per-channel section") << QByteArray("  - hide: channel\n") << u"not optional"_s;
        QTest::newRow("new choice") << QByteArray("  - restrict: study.license\n    choices: [MIT]\n") << u"would loosen"_s;
        QTest::newRow("lower minimum") << QByteArray("  - restrict: sample.temperature\n    min: -100\n") << u"would loosen"_s;
        QTest::newRow("higher maximum") << QByteArray("  - restrict: sample.temperature\n    max: 101\n") << u"would loosen"_s;
        QTest::newRow("other unit") << QByteArray("  - restrict: sample.temperature\n    units: [m]\n") << u"would loosen"_s;
        QTest::newRow("other ontology") << QByteArray("  - restrict: sample.organism\n    ontologies: [uberon]\n") << u"would loosen"_s;
        QTest::newRow("min above max") << QByteArray("  - restrict: sample.count\n    min: 10\n  - restrict: sample.count\n    max: 5\n") << u"larger than its maximum"_s;
        QTest::newRow("choices on text") << QByteArray("  - restrict: study.title\n    choices: [a]\n") << u"cannot be restricted"_s;
        QTest::newRow("two operations") << QByteArray("  - require: study.keywords\n    hide: study.note\n") << u"does one thing"_s;
        QTest::newRow("no operation") << QByteArray("  - frobnicate: study.title\n") << u"must start with one of"_s;
        QTest::newRow("default breaks restriction") << QByteArray("  - restrict: sample.count\n    max: 5\n  - set_default: sample.count\n    value: 7\n") << u"breaks its own rules"_s;
        QTest::newRow("duplicate added field") << QByteArray("  - add_field: study\n    field: {key: title, type: text, label: T2, omero_key: T2}\n") << u"already has a field"_s;
        QTest::newRow("added reserved key") << QByteArray("  - add_field: study\n    field: {key: plate, type: text, label: Plate, omero_key: PLATE}\n") << u"silently drops"_s;
        QTest::newRow("bad anchor") << QByteArray("  - add_field: study\n    after: nope\n    field: {key: x, type: text, label: X}\n") << u"no 'nope'"_s;
        QTest::newRow("sections in extension") << QByteArray("  - require: study.keywords\nsections: []\n") << u"add_section"_s;
    }
    void looseningIsRefused()
    {
        QFETCH(QByteArray, changes);
        QFETCH(QString, message);
        const auto outcome = extend(changes);
        QVERIFY(!outcome.result);
        const QString all = messages(outcome.diagnostics);
        QVERIFY2(all.contains(message), qPrintable(all));
        QVERIFY2(all.contains(u"inline.yaml:"_s), qPrintable(all)); // located in the extending file
    }

    void tighteningTwiceIsAllowed()
    {
        const auto outcome = extend("  - recommend: study.keywords\n  - require: study.keywords\n"
                                    "  - restrict: sample.count\n    max: 10\n  - restrict: sample.count\n    max: 5\n"
                                    "  - restrict: study.title\n    pattern: \"[A-Z].*\"\n");
        QVERIFY2(outcome.result, qPrintable(messages(outcome.diagnostics)));
        QCOMPARE(*outcome.result->field(u"sample"_s, u"count"_s)->maximum, 5.0);
        QCOMPARE(outcome.result->field(u"study"_s, u"title"_s)->patterns.size(), 1);
    }

    void extensionOfExtension()
    {
        TemplateLoader loader({TestPaths::data(u"templates/valid"_s)});
        const auto outcome = loader.loadData("metafill: 1\nid: org.example.lab\nversion: 1.0.0\ntitle: Lab\n"
                                             "extends: {id: org.example.facility, version: \"1\"}\nchanges:\n"
                                             "  - restrict: sample.temperature\n    max: 38\n",
                                             TestPaths::data(u"templates/valid/lab.yaml"_s));
        QVERIFY2(outcome.result, qPrintable(messages(outcome.diagnostics)));
        QCOMPARE(*outcome.result->field(u"sample"_s, u"temperature"_s)->minimum, 4.0);
        QCOMPARE(*outcome.result->field(u"sample"_s, u"temperature"_s)->maximum, 38.0);
    }
};

QTEST_GUILESS_MAIN(TestTemplateExtension)
#include "TestTemplateExtension.moc"
