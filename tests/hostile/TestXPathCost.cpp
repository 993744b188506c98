// XPathCost: auto-fill queries that would nest whole-document searches three
// deep are refused before they run (they ran for hours in the hostile-input
// suite); every query of the built-in templates stays allowed.

#include "AutofillEngine.h"
#include "TestPaths.h"
#include "XPathCost.h"
#include "template/TemplateLoader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace metafill;

class TestXPathCost : public QObject
{
    Q_OBJECT

private slots:
    void nestedSearches_data()
    {
        QTest::addColumn<QString>("xpath");
        QTest::addColumn<int>("nested");
        QTest::newRow("attribute") << u"string(@ExcitationWavelength)"_s << 0;
        QTest::newRow("absolute child path") << u"string(/OME/Image/@Name)"_s << 0;
        QTest::newRow("one search") << u"string(//Pixels/@PhysicalSizeX)"_s << 1;
        QTest::newRow("two searches side by side") << u"concat(//a/@x, //b/@y)"_s << 1;
        QTest::newRow("lookup by id") << u"string(//Instrument/Objective[@ID = //Image/ObjectiveSettings/@ID]/@Model)"_s << 2;
        QTest::newRow("REMBI's objective")
            << u"string((//Instrument/Objective[@ID = //Image/ObjectiveSettings/@ID or (not(//Image/ObjectiveSettings/@ID) and "
               u"count(../Objective) = 1)])[1]/@Model)"_s
            << 2;
        QTest::newRow("relative predicate inside") << u"//Channel[LightSourceSettings[@ID = //Laser/@ID]]"_s << 2;
        QTest::newRow("cubic") << u"count(//*[count(//*[count(//*) > 0]) > 0])"_s << 3;
        QTest::newRow("descendant axis") << u"count(descendant::*[descendant::*[descendant::*]])"_s << 3;
        QTest::newRow("following axis") << u"count(//*[following::*[preceding::*]])"_s << 3;
        QTest::newRow("parenthesised search filtered") << u"(//a)[//b[//c]]"_s << 3;
        QTest::newRow("quoted slashes do not count") << u"//a[@x = '//b[//c]']"_s << 1;
        QTest::newRow("four deep") << u"//a[//b[//c[//d]]]"_s << 4;
        QTest::newRow("unbalanced") << u"//a]]]//b[[[//c"_s << 2;
    }

    void nestedSearches()
    {
        QFETCH(QString, xpath);
        QFETCH(int, nested);
        QCOMPARE(XPathCost::nestedSearches(xpath), nested);
    }

    void builtInTemplatesStayAllowed()
    {
        TemplateLoader loader({TestPaths::source(u"templates"_s)});
        const QStringList files = QDir(TestPaths::source(u"templates"_s)).entryList({u"*.yaml"_s}, QDir::Files);
        QVERIFY(!files.isEmpty());
        int queries = 0;
        for (const QString &file : files) {
            const auto outcome = loader.load(TestPaths::source(u"templates/"_s + file));
            QVERIFY2(outcome.result, qPrintable(outcome.diagnostics.toString()));
            const AutofillEngine engine(*outcome.result);
            QVERIFY2(!engine.problems().hasErrors(), qPrintable(engine.problems().toString()));
            for (const SectionSpec &section : outcome.result->sections) {
                for (const FieldSpec &field : section.fields) {
                    for (const AutofillRule &rule : field.autofill) {
                        if (rule.source != AutofillRule::Source::XPath)
                            continue;
                        ++queries;
                        QVERIFY2(XPathCost::nestedSearches(rule.query) <= XPathCost::MaxNestedSearches, qPrintable(rule.query));
                    }
                }
            }
        }
        QVERIFY(queries > 50);
    }

    void engineRefusesTheCubicQuery()
    {
        TemplateLoader loader({TestPaths::data(u"templates/valid"_s)});
        const auto outcome = loader.load(TestPaths::data(u"bad/yaml/xpath-heavy.yaml"_s));
        QVERIFY2(outcome.result, qPrintable(outcome.diagnostics.toString()));
        const AutofillEngine engine(*outcome.result);
        QVERIFY(engine.problems().hasErrors());
        QVERIFY2(engine.problems().toString().contains(u"nests 3 searches of the whole document"_s),
                 qPrintable(engine.problems().toString()));
        QVERIFY(engine.problems().toString().contains(u"xpath-heavy.yaml:"_s));
    }
};

QTEST_GUILESS_MAIN(TestXPathCost)
#include "TestXPathCost.moc"
