#include "formats/KeyValueBudget.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace metafill;

class TestKeyValueBudget : public QObject
{
    Q_OBJECT

private slots:
    void pairsAreBounded()
    {
        FileMetadata file;
        KeyValueBudget budget(file, u"a.tif"_s);
        for (qsizetype i = 0; i < KeyValueBudget::MaxPairs + 5; ++i)
            budget.addToFile(u"key %1"_s.arg(i), u"v"_s);
        budget.finish();
        QCOMPARE(file.originalMetadata.size(), KeyValueBudget::MaxPairs);
        QCOMPARE(file.warnings.size(), 1);
        QVERIFY2(file.warnings.first().contains(u"5 further key/value pairs"_s), qPrintable(file.warnings.first()));
    }

    // 20,000 pairs of the longest keys and values would be 100 million
    // characters; the total bound keeps one file's pairs at 16 MiB.
    void charactersAreBoundedInTotal()
    {
        FileMetadata file;
        ImageInfo image;
        image.originalMetadata.append({u"already"_s, QString(1000, u'x')});
        file.images.append(image);
        KeyValueBudget budget(file, u"a.czi"_s);
        const QString longValue(KeyValueBudget::MaxValueLength + 10, u'v');
        qsizetype added = 0;
        for (int i = 0; i < 5'000; ++i)
            added += budget.add(file.images.first().originalMetadata, QString(KeyValueBudget::MaxKeyLength + 5, u'k'), longValue);
        QVERIFY(budget.full());
        // A small pair after the bound was reached is dropped too: what is kept is a prefix of the file's pairs.
        QVERIFY(!budget.addToFile(u"late"_s, u"1"_s));
        budget.finish();

        qsizetype characters = 0;
        for (const auto &[key, value] : file.images.first().originalMetadata) {
            QVERIFY(key.size() <= KeyValueBudget::MaxKeyLength);
            QVERIFY(value.size() <= KeyValueBudget::MaxValueLength);
            characters += key.size() + value.size();
        }
        QVERIFY(characters <= KeyValueBudget::MaxTotalCharacters);
        QVERIFY(characters > KeyValueBudget::MaxTotalCharacters - (KeyValueBudget::MaxKeyLength + KeyValueBudget::MaxValueLength));
        QCOMPARE(file.images.first().originalMetadata.size(), added + 1);
        QVERIFY(file.originalMetadata.isEmpty());
        QCOMPARE(file.warnings.size(), 2); // left out, and cut
        QVERIFY2(file.warnings.first().contains(u"%1 further key/value pairs"_s.arg(5'000 - added + 1)), qPrintable(file.warnings.first()));
        QVERIFY(file.warnings.last().contains(u"were cut"_s));
    }
};

QTEST_GUILESS_MAIN(TestKeyValueBudget)
#include "TestKeyValueBudget.moc"
