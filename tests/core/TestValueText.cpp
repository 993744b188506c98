#include "record/ValueChecker.h"
#include "record/ValueText.h"
#include "template/Units.h"

#include <QElapsedTimer>
#include <QTest>

using namespace metafill;
using namespace Qt::StringLiterals;

class TestValueText : public QObject
{
    Q_OBJECT

    static FieldSpec field(FieldType type)
    {
        FieldSpec f;
        f.key = u"f"_s;
        f.type = type;
        if (type == FieldType::Quantity) {
            f.unit = u"µm"_s;
            f.units = {u"nm"_s, u"µm"_s};
        }
        if (type == FieldType::Choice)
            f.choices = {Choice{u"oil"_s, {}}, Choice{u"water"_s, {}}};
        if (type == FieldType::Choice)
            f.choices[0].label.set(u"de"_s, u"Öl"_s);
        return f;
    }

private slots:
    void canonicalForms_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char *name, FieldType t, const QString &in, const QString &out) {
            QTest::newRow(name) << int(t) << in << out;
        };
        row("text trimmed", FieldType::Text, u"  Mitose, \"µ\" 5 °C; ä  "_s, u"Mitose, \"µ\" 5 °C; ä"_s);
        row("multiline CRLF", FieldType::MultilineText, u"a\r\nb\rc"_s, u"a\nb\nc"_s);
        row("integer", FieldType::Integer, u"+42"_s, u"42"_s);
        row("number shortest", FieldType::Number, u"0.1000"_s, u"0.1"_s);
        row("number exponent", FieldType::Number, u"6.02e23"_s, u"6.02e+23"_s);
        row("quantity default unit", FieldType::Quantity, u"0.65"_s, u"0.65 µm"_s);
        row("quantity ascii u", FieldType::Quantity, u"65um"_s, u"65 µm"_s);
        row("quantity greek mu", FieldType::Quantity, u"65 \u03BCm"_s, u"65 µm"_s);
        row("quantity micron", FieldType::Quantity, u"1.5 micron"_s, u"1.5 µm"_s);
        row("choice by label", FieldType::Choice, u"öl"_s, u"oil"_s);
        row("choice case", FieldType::Choice, u"WATER"_s, u"water"_s);
        row("boolean ja", FieldType::Boolean, u"Ja"_s, u"yes"_s);
        row("boolean false", FieldType::Boolean, u"false"_s, u"no"_s);
        row("date", FieldType::Date, u"2024-02-29"_s, u"2024-02-29"_s);
        row("datetime space", FieldType::DateTime, u"2020-03-02 06:48:39Z"_s, u"2020-03-02T06:48:39Z"_s);
        row("term curie", FieldType::Term, u"FBbi:00000251"_s, u"FBbi:00000251"_s);
        row("term labelled", FieldType::Term, u"confocal microscopy (FBbi:00000251)"_s, u"confocal microscopy (FBbi:00000251)"_s);
        row("term iri", FieldType::Term, u"http://purl.obolibrary.org/obo/NCBITaxon_9606"_s, u"NCBITaxon:9606"_s);
        row("term free text", FieldType::Term, u"HeLa cells"_s, u"HeLa cells"_s);
        row("orcid bare", FieldType::Orcid, u"0000-0002-1825-0097"_s, u"https://orcid.org/0000-0002-1825-0097"_s);
        row("orcid X", FieldType::Orcid, u"https://orcid.org/0000-0002-1694-233x"_s, u"https://orcid.org/0000-0002-1694-233X"_s);
        row("email", FieldType::Email, u"a.b@uni-example.de"_s, u"a.b@uni-example.de"_s);
        row("url", FieldType::Url, u"https://example.org/x?y=1"_s, u"https://example.org/x?y=1"_s);
    }
    void canonicalForms()
    {
        QFETCH(int, type);
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        const FieldSpec f = field(FieldType(type));
        const auto value = ValueText::parse(f, input);
        QVERIFY2(value, qPrintable(value.ok() ? QString() : value.error()));
        QCOMPARE(ValueText::format(*value), canonical);
        // The canonical form reads back to the same value.
        const auto again = ValueText::parse(f, canonical);
        QVERIFY(again);
        QVERIFY(*again == *value);
    }

    void rejected_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("decimal comma") << int(FieldType::Number) << u"0,65"_s << u"decimal comma"_s;
        QTest::newRow("quantity comma") << int(FieldType::Quantity) << u"0,65 µm"_s << u"decimal comma"_s;
        QTest::newRow("wrong unit") << int(FieldType::Quantity) << u"3 s"_s << u"not allowed"_s;
        QTest::newRow("unknown unit") << int(FieldType::Quantity) << u"3 furlong"_s << u"not a known unit"_s;
        QTest::newRow("not integer") << int(FieldType::Integer) << u"1.5"_s << u"whole number"_s;
        QTest::newRow("bad date") << int(FieldType::Date) << u"2023-02-29"_s << u"YYYY-MM-DD"_s;
        QTest::newRow("orcid checksum") << int(FieldType::Orcid) << u"0000-0002-1825-0098"_s << u"check digit"_s;
        QTest::newRow("email") << int(FieldType::Email) << u"someone@"_s << u"e-mail"_s;
        QTest::newRow("url") << int(FieldType::Url) << u"example.org"_s << u"https://"_s;
        QTest::newRow("choice") << int(FieldType::Choice) << u"glycerol"_s << u"oil, water"_s;
        QTest::newRow("text newline") << int(FieldType::Text) << u"a\nb"_s << u"single line"_s;
        QTest::newRow("empty") << int(FieldType::Text) << u"   "_s << u"empty"_s;
        QTest::newRow("infinite") << int(FieldType::Number) << u"1e999"_s << u"too large"_s;
    }
    void rejected()
    {
        QFETCH(int, type);
        QFETCH(QString, input);
        QFETCH(QString, message);
        const auto value = ValueText::parse(field(FieldType(type)), input);
        QVERIFY(!value);
        QVERIFY2(value.error().contains(message), qPrintable(value.error()));
    }

    void freeTextCanBeForbidden()
    {
        FieldSpec f = field(FieldType::Term);
        f.ontology.allowFreeText = false;
        QVERIFY(!ValueText::parse(f, u"HeLa"_s));
        QVERIFY(ValueText::parse(f, u"CL:0000084"_s));
    }

    void constraints()
    {
        FieldSpec q = field(FieldType::Quantity);
        q.minimum = 0.1;
        q.maximum = 10;
        QVERIFY(ValueChecker::check(q, Quantity{500, u"nm"_s}).isEmpty()); // 0.5 µm
        QVERIFY(!ValueChecker::check(q, Quantity{50, u"nm"_s}).isEmpty()); // 0.05 µm
        QVERIFY(!ValueChecker::check(q, Quantity{11, u"µm"_s}).isEmpty());

        FieldSpec t = field(FieldType::Text);
        t.patterns = {u"[A-Z]{2}-\\d{3}"_s};
        QVERIFY(ValueChecker::check(t, QString(u"AB-123"_s)).isEmpty());
        QVERIFY(!ValueChecker::check(t, QString(u"AB-1234"_s)).isEmpty()); // the whole value must match
        t.maxLength = 3;
        QVERIFY(!ValueChecker::check(t, QString(u"AB-123"_s)).isEmpty());

        FieldSpec term = field(FieldType::Term);
        term.ontology.ontologies = {u"fbbi"_s};
        QVERIFY(ValueChecker::check(term, Term{u"x"_s, u"FBbi:00000251"_s, {}, u"fbbi"_s}).isEmpty());
        QVERIFY(!ValueChecker::check(term, Term{u"x"_s, u"NCBITaxon:9606"_s, {}, u"ncbitaxon"_s}).isEmpty());
    }

    void catastrophicPatternIsBounded()
    {
        // A hostile template's pattern must not stall validation.
        FieldSpec t = field(FieldType::Text);
        t.patterns = {u"(a+)+$"_s};
        const QString subject = QString(40, u'a') + u'!';
        QElapsedTimer timer;
        timer.start();
        const QStringList problems = ValueChecker::check(t, subject);
        QVERIFY(!problems.isEmpty());
        qInfo("catastrophic pattern answered in %lld ms", timer.elapsed());
    }

    void unitConversion()
    {
        QCOMPARE(*Units::convert(1, u"µm"_s, u"nm"_s), 1000.0);
        QCOMPARE(*Units::convert(37, u"°C"_s, u"K"_s), 310.15);
        QCOMPARE(*Units::convert(40000000, u"ns"_s, u"ms"_s), 40.0);
        QVERIFY(!Units::convert(1, u"µm"_s, u"s"_s));
        QCOMPARE(Units::canonical(u"\u03BCm"_s), u"\u00B5m"_s);
    }
};

QTEST_GUILESS_MAIN(TestValueText)
#include "TestValueText.moc"
