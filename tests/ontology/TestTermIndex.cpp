// The offline term index: readers (OBO, OLS JSON), the installed index built
// from small hand-written sources (tests/data/ontology), the user's store
// (cache and term packs), ranking, ids, branches, threads and hostile input.
// The last tests use the real installed index when the build had the sources.
#include "OboReader.h"
#include "TermFileReader.h"
#include "TermIndex.h"
#include "TermIndexBuilder.h"
#include "TermJsonReader.h"
#include "TermText.h"

#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace metafill;
using namespace Qt::StringLiterals;

// Set by tests/ontology/CMakeLists.txt from app/ontology/tools.
#ifndef METAFILL_TERM_INDEX
#define METAFILL_TERM_INDEX ""
#define METAFILL_TERM_INDEX_COMPLETE 0
#endif

namespace {

QString ontologyData(const QString &name)
{
    return TestPaths::data(u"ontology/"_s + name);
}

QStringList curiesOf(const QList<OntologyTerm> &terms)
{
    QStringList curies;
    for (const OntologyTerm &term : terms)
        curies.append(term.curie);
    return curies;
}

TermQuery query(const QString &text, int limit = 20)
{
    TermQuery q;
    q.text = text;
    q.limit = limit;
    return q;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

const TermEntry *findEntry(const TermFile &file, const QString &curie)
{
    for (const TermEntry &term : file.terms) {
        if (term.curie == curie)
            return &term;
    }
    return nullptr;
}

} // namespace

class TestTermIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_installed;
    QByteArray m_installedHash;
    QDateTime m_installedModified;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // An index of the small test sources; a fresh user store per test.
    std::unique_ptr<TermIndex> openIndex(const QString &userName)
    {
        auto index = std::make_unique<TermIndex>();
        const Status opened = index->open(m_installed, path(userName));
        if (!opened) {
            qWarning() << opened.error();
            return nullptr;
        }
        return index;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_installed = path(u"installed.sqlite"_s);
        TermIndexBuilder builder;
        builder.addSource({u"mfx"_s, ontologyData(u"ranking.obo"_s), u"all"_s, {}, {}, u"CC0 1.0"_s, u"https://example.org/mfx"_s});
        builder.addSource({u"ncbitaxon"_s, ontologyData(u"taxa.obo"_s), u"all"_s, u"NCBITaxon test subset"_s, u"2022-10-06"_s, {}, {}});
        builder.addBoostList(ontologyData(u"boost.tsv"_s));
        const Status built = builder.build(m_installed);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error()));
        QVERIFY(!QFile::exists(m_installed + u".part"_s));
        // Read-only from here on: the index must never be written.
        QVERIFY(QFile::setPermissions(m_installed, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        m_installedHash = sha256Of(m_installed);
        m_installedModified = QFileInfo(m_installed).lastModified();
    }

    // ---- readers --------------------------------------------------------

    void oboReaderReadsEveryTag()
    {
        const Result<TermFile> file = TermFileReader::read(ontologyData(u"ranking.obo"_s));
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error()));
        QCOMPARE(file->format, u"obo"_s);
        QCOMPARE(file->ontology, u"mfx"_s);
        QCOMPARE(file->version, u"2026-02-01"_s);
        QCOMPARE(file->title, u"Metafill test ontology"_s);
        QCOMPARE(file->licence, u"http://creativecommons.org/publicdomain/zero/1.0/"_s);

        const TermEntry *scope = findEntry(*file, u"MFX:0000010"_s);
        QVERIFY(scope);
        QCOMPARE(scope->iri, u"http://purl.obolibrary.org/obo/MFX_0000010"_s);
        QCOMPARE(scope->altIds, QStringList{u"MFX:0000099"_s});
        QCOMPARE(scope->parents.size(), 1); // the {modifier} and the comment are gone
        QCOMPARE(scope->parents.at(0).iri, u"http://purl.obolibrary.org/obo/MFX_0000001"_s);

        const TermEntry *meter = findEntry(*file, u"MFX:0000012"_s);
        QVERIFY(meter);
        QCOMPARE(meter->synonyms.size(), 1); // from the second stanza with the same id
        QCOMPARE(meter->synonyms.at(0).text, u"scopemeter"_s);
        QCOMPARE(meter->synonyms.at(0).scope, TermEntry::Scope::Exact);

        const TermEntry *escapes = findEntry(*file, u"MFX:0000022"_s);
        QVERIFY(escapes);
        QCOMPARE(escapes->label, u"bang ! inside"_s);
        QCOMPARE(escapes->definition, u"Says \"hello\",\nthen goes on over two lines."_s);
        QCOMPARE(escapes->synonyms.size(), 2);
        QCOMPARE(escapes->synonyms.at(0).text, u"say \"cheese\""_s);
        QCOMPARE(escapes->synonyms.at(1).text, u"old style synonym"_s);
        QCOMPARE(escapes->synonyms.at(1).scope, TermEntry::Scope::Exact);

        const TermEntry *nucleolus = findEntry(*file, u"MFX:0000032"_s);
        QVERIFY(nucleolus);
        QCOMPARE(nucleolus->parents.size(), 1);
        QCOMPARE(nucleolus->parents.at(0).relation, TermEntry::Relation::PartOf);
        const TermEntry *holder = findEntry(*file, u"MFX:0000036"_s);
        QVERIFY(holder);
        QVERIFY(holder->parents.isEmpty()); // has_part is not a way down

        const TermEntry *obsolete = findEntry(*file, u"MFX:0000016"_s);
        QVERIFY(obsolete && obsolete->obsolete);
        QCOMPARE(obsolete->replacedBy, u"MFX:0000010"_s);
        QCOMPARE(findEntry(*file, u"OTHER:0000001"_s)->ontology, u"other"_s);
        for (const TermEntry &term : file->terms)
            QVERIFY2(term.label != u"part of", "the [Typedef] must be skipped");
    }

    void jsonReaderShapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("curies");
        QTest::addColumn<QString>("ontology");
        QTest::newRow("OLS HAL page") << u"pack-ols-page.json"_s << QStringList{u"CL:0000540"_s, u"CL:0000127"_s, u"CL:0000999"_s}
                                      << u"cl"_s;
        QTest::newRow("OLS search, one IRI twice") << u"ols-search-duplicates.json"_s << QStringList{u"UBERON:0000955"_s} << QString();
        QTest::newRow("OLS term") << u"ols-term.json"_s << QStringList{u"FBbi:00000246"_s} << u"fbbi"_s;
        QTest::newRow("FBbi index list") << u"index-list.json"_s << QStringList{u"FBbi:00000001"_s, u"FBbi:00000025"_s, u"FBbi:00000032"_s}
                                         << u"fbbi"_s;
        QTest::newRow("cellxgene CURIE map") << u"curie-map.json"_s
                                             << QStringList{u"CL:0000000"_s, u"CL:0000540"_s, u"CL:0002319"_s, u"CL:0000004"_s} << u"cl"_s;
    }

    void jsonReaderShapes()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, curies);
        QFETCH(QString, ontology);
        const Result<TermFile> read = TermFileReader::read(ontologyData(file));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(read->format, u"json"_s);
        QStringList got;
        for (const TermEntry &term : read->terms)
            got.append(term.curie);
        got.sort();
        curies.sort();
        QCOMPARE(got, curies);
        if (!ontology.isEmpty())
            QCOMPARE(read->ontology, ontology);
    }

    void jsonReaderDetails()
    {
        const Result<TermFile> page = TermFileReader::read(ontologyData(u"pack-ols-page.json"_s));
        QVERIFY(page.ok());
        const TermEntry *neuron = findEntry(*page, u"CL:0000540"_s);
        QCOMPARE(neuron->definition, u"The basic cellular unit of nervous tissue."_s);
        QCOMPARE(neuron->synonyms.size(), 1); // "nerve cell" once, with its scope from obo_synonym
        QCOMPARE(neuron->synonyms.at(0).scope, TermEntry::Scope::Exact);
        QVERIFY(!findEntry(*page, u"CL:0000127"_s)->obsolete); // "false" as a string
        const TermEntry *obsolete = findEntry(*page, u"CL:0000999"_s);
        QVERIFY(obsolete->obsolete);
        QCOMPARE(obsolete->replacedBy, u"http://purl.obolibrary.org/obo/CL_0000127"_s);
        QCOMPARE(page->warnings.size(), 1); // the term without an id
        QVERIFY2(page->warnings.at(0).contains(u"_embedded.terms[3]"), qPrintable(page->warnings.at(0)));

        const Result<TermFile> search = TermFileReader::read(ontologyData(u"ols-search-duplicates.json"_s));
        QVERIFY(search.ok());
        QCOMPARE(search->terms.at(0).label, u"brain"_s); // the defining ontology's copy
        QCOMPARE(search->terms.at(0).ontology, u"uberon"_s);
        QCOMPARE(search->terms.at(0).synonyms.at(0).text, u"encephalon"_s);

        const Result<TermFile> map = TermFileReader::read(ontologyData(u"curie-map.json"_s));
        QVERIFY(map.ok());
        const TermEntry *mapped = findEntry(*map, u"CL:0000540"_s);
        QCOMPARE(mapped->parents.size(), 1); // the ancestor at distance 1
        QCOMPARE(mapped->parents.at(0).iri, u"http://purl.obolibrary.org/obo/CL_0002319"_s);
    }

    void textFolding()
    {
        QCOMPARE(TermText::fold(u"  Schrödinger   STAIN "_s), u"schrodinger stain"_s);
        QCOMPARE(TermText::fold(u"\u00B5m"_s), TermText::fold(u"\u03BCm"_s)); // micro sign and Greek mu
        QCOMPARE(TermText::fold(u"Ångström"_s), u"angstrom"_s);
        QCOMPARE(TermText::fold(u"ﬁbre"_s), u"fibre"_s);
        QCOMPARE(TermText::fold(u"soft\u00ADhyphen"_s), u"softhyphen"_s);
        QCOMPARE(TermText::words(u"mus <genus> 2-photon"_s), (QStringList{u"mus"_s, u"genus"_s, u"2"_s, u"photon"_s}));
        QVERIFY(TermText::wordsStartWith({u"light"_s, u"scope"_s}, {u"sco"_s, u"li"_s}));
        QVERIFY(!TermText::wordsStartWith({u"light"_s, u"scope"_s}, {u"cope"_s}));
    }

    // ---- search ----------------------------------------------------------

    void ranking()
    {
        auto index = openIndex(u"ranking-user.sqlite"_s);
        QVERIFY(index);
        TermQuery q = query(u"scope"_s);
        q.ontologies = {u"mfx"_s};
        const auto hits = index->search(q);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error()));
        // exact label > exact synonym (EXACT before RELATED) > label prefix
        // (shorter first) > synonym prefix > word in label > word in synonym;
        // the obsolete "scope obsolete" is left out.
        QCOMPARE(curiesOf(*hits), (QStringList{u"MFX:0000010"_s, u"MFX:0000011"_s, u"MFX:0000018"_s, u"MFX:0000012"_s, u"MFX:0000017"_s,
                                               u"MFX:0000013"_s, u"MFX:0000014"_s, u"MFX:0000015"_s}));
        QCOMPARE(hits->at(0).matchedSynonym, QString());
        QCOMPARE(hits->at(1).matchedSynonym, u"scope"_s);
        QCOMPARE(hits->at(5).matchedSynonym, u"scopes and probes"_s);
        QCOMPARE(hits->at(6).matchedSynonym, QString());
        QCOMPARE(hits->at(7).matchedSynonym, u"medical scope camera"_s);
        for (const OntologyTerm &term : *hits) {
            QCOMPARE(term.source, OntologyTerm::Source::Offline);
            QCOMPARE(term.ontology, u"mfx"_s);
            QCOMPARE(term.iri, u"http://purl.obolibrary.org/obo/"_s + QString(term.curie).replace(u':', u'_'));
        }

        // The limit cuts the ranked list.
        q.limit = 3;
        QCOMPARE(curiesOf(*index->search(q)), (QStringList{u"MFX:0000010"_s, u"MFX:0000011"_s, u"MFX:0000018"_s}));
        // Word prefixes anywhere, in any order.
        QCOMPARE(curiesOf(*index->search(query(u"unit sco"_s))), QStringList{u"MFX:0000014"_s});
        QCOMPARE(curiesOf(*index->search(query(u"camera med"_s))), QStringList{u"MFX:0000015"_s});
        QVERIFY(index->search(query(u"xyzzy"_s))->isEmpty());
        QVERIFY(index->search(query(u"   "_s))->isEmpty());
        QVERIFY(index->search(query(u"!!!"_s)).ok());
        QVERIFY(!index->search(query(QString(600, u'a'))).ok());
    }

    void obsoleteTerms()
    {
        auto index = openIndex(u"obsolete-user.sqlite"_s);
        QVERIFY(index);
        TermQuery q = query(u"scope"_s);
        q.ontologies = {u"mfx"_s};
        q.includeObsolete = true;
        const auto hits = index->search(q);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 9);
        QCOMPARE(hits->last().curie, u"MFX:0000016"_s); // asked for: last
        QVERIFY(hits->last().obsolete);
        QCOMPARE(hits->last().replacedBy, u"MFX:0000010"_s);
        // Named by its id, an obsolete term is found even when not asked for.
        const auto byId = index->search(query(u"MFX:0000016"_s));
        QCOMPARE(curiesOf(*byId), QStringList{u"MFX:0000016"_s});
        QVERIFY(byId->at(0).obsolete);
    }

    void ontologyRestriction()
    {
        auto index = openIndex(u"ontologies-user.sqlite"_s);
        QVERIFY(index);
        TermQuery q = query(u"scope of"_s);
        QCOMPARE(curiesOf(*index->search(q)), QStringList{u"OTHER:0000001"_s});
        q.ontologies = {u"mfx"_s};
        QVERIFY(index->search(q)->isEmpty());
        q.ontologies = {u"OTHER"_s}; // ids in any case
        QCOMPARE(curiesOf(*index->search(q)), QStringList{u"OTHER:0000001"_s});
        q = query(u"mouse"_s);
        q.ontologies = {u"mfx"_s, u"other"_s};
        QVERIFY(index->search(q)->isEmpty());
        // The word tier filters too.
        q = query(u"unit sco"_s);
        q.ontologies = {u"other"_s};
        QVERIFY(index->search(q)->isEmpty());
        q.ontologies = {u"mfx"_s};
        QCOMPARE(curiesOf(*index->search(q)), QStringList{u"MFX:0000014"_s});
        q.ontologies = {u"\"; DROP"_s}; // hostile ids match nothing and break nothing
        QVERIFY(index->search(q)->isEmpty());
    }

    void caseAndDiacritics_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("curie");
        QTest::addColumn<QString>("matchedSynonym");
        QTest::newRow("plain") << u"schrodinger"_s << u"MFX:0000020"_s << QString();
        QTest::newRow("upper with umlaut") << u"SCHRÖDINGER STAIN"_s << u"MFX:0000020"_s << QString();
        QTest::newRow("decomposed umlaut") << u"schro\u0308dinger"_s << u"MFX:0000020"_s << QString();
        QTest::newRow("synonym without ring") << u"angstrom"_s << u"MFX:0000020"_s << u"Ångström marker"_s;
        QTest::newRow("greek mu for micro sign") << u"\u03BCm scale"_s << u"MFX:0000021"_s << QString();
        QTest::newRow("extra spaces") << u"  scope    meter "_s << u"MFX:0000012"_s << QString();
        QTest::newRow("quotes in synonym") << u"say \"chee"_s << u"MFX:0000022"_s << u"say \"cheese\""_s;
    }

    void caseAndDiacritics()
    {
        QFETCH(QString, text);
        QFETCH(QString, curie);
        QFETCH(QString, matchedSynonym);
        auto index = openIndex(u"text-user.sqlite"_s);
        QVERIFY(index);
        const auto hits = index->search(query(text));
        QVERIFY(hits.ok());
        QVERIFY2(!hits->isEmpty(), qPrintable(text));
        QCOMPARE(hits->at(0).curie, curie);
        QCOMPARE(hits->at(0).matchedSynonym, matchedSynonym);
    }

    void commonlyUsedFirst()
    {
        auto index = openIndex(u"boost-user.sqlite"_s);
        QVERIFY(index);
        // Two taxa have the exact synonym "mouse"; the lab organism wins.
        const auto mouse = index->search(query(u"mouse"_s));
        QCOMPARE(curiesOf(*mouse).mid(0, 2), (QStringList{u"NCBITaxon:10090"_s, u"NCBITaxon:10088"_s}));
        QCOMPARE(mouse->at(0).matchedSynonym, u"mouse"_s);
        // Among label prefixes, before the shorter "Musa" and "Mus <genus>".
        QCOMPARE(index->search(query(u"mus"_s))->at(0).curie, u"NCBITaxon:10088"_s); // exact synonym "Mus"
        QCOMPARE(index->search(query(u"musc"_s))->at(0).curie, u"NCBITaxon:10090"_s);
        QCOMPARE(curiesOf(*index->search(query(u"mu"_s))).mid(0, 2), (QStringList{u"NCBITaxon:10090"_s, u"NCBITaxon:4640"_s}));
    }

    void idsInEverySpelling_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("curie");
        QTest::newRow("CURIE") << u"MFX:0000031"_s << u"MFX:0000031"_s;
        QTest::newRow("CURIE lower-case prefix") << u"mfx:0000031"_s << u"MFX:0000031"_s;
        QTest::newRow("CURIE with spaces") << u"  MFX:0000031 "_s << u"MFX:0000031"_s;
        QTest::newRow("IRI") << u"http://purl.obolibrary.org/obo/MFX_0000031"_s << u"MFX:0000031"_s;
        QTest::newRow("https IRI") << u"https://purl.obolibrary.org/obo/MFX_0000031"_s << u"MFX:0000031"_s;
        QTest::newRow("short form") << u"MFX_0000031"_s << u"MFX:0000031"_s;
        QTest::newRow("short form lower case") << u"mfx_0000031"_s << u"MFX:0000031"_s;
        QTest::newRow("alternative id") << u"MFX:0000099"_s << u"MFX:0000010"_s;
        QTest::newRow("merged taxon") << u"NCBITaxon:85055"_s << u"NCBITaxon:10090"_s;
        QTest::newRow("taxon short form") << u"ncbitaxon_10090"_s << u"NCBITaxon:10090"_s;
    }

    void idsInEverySpelling()
    {
        QFETCH(QString, id);
        QFETCH(QString, curie);
        auto index = openIndex(u"ids-user.sqlite"_s);
        QVERIFY(index);
        const auto found = index->lookup(id);
        QVERIFY(found.ok());
        QVERIFY2(found->has_value(), qPrintable(id));
        QCOMPARE((*found)->curie, curie);
        // search() puts the named term first.
        const auto hits = index->search(query(id));
        QVERIFY(hits.ok() && !hits->isEmpty());
        QCOMPARE(hits->at(0).curie, curie);
    }

    void unknownIds()
    {
        auto index = openIndex(u"unknown-user.sqlite"_s);
        QVERIFY(index);
        for (const QString &id : {u"MFX:9999999"_s, u"http://example.org/nothing"_s, u"nothing_here"_s, u"scope"_s, QString()}) {
            const auto found = index->lookup(id);
            QVERIFY(found.ok());
            QVERIFY2(!found->has_value(), qPrintable(id));
        }
    }

    void branches()
    {
        auto index = openIndex(u"branch-user.sqlite"_s);
        QVERIFY(index);
        TermQuery q = query(u"nucle"_s);
        QCOMPARE(curiesOf(*index->search(q)), (QStringList{u"MFX:0000031"_s, u"MFX:0000032"_s, u"MFX:0000036"_s}));
        q.roots = {u"MFX:0000030"_s}; // cell: part_of links lead down
        QCOMPARE(curiesOf(*index->search(q)), (QStringList{u"MFX:0000031"_s, u"MFX:0000032"_s}));
        q.roots = {u"mfx:0000031"_s}; // the root itself belongs to its branch
        QCOMPARE(curiesOf(*index->search(q)), (QStringList{u"MFX:0000031"_s, u"MFX:0000032"_s}));
        q.roots = {u"MFX:0000001"_s};
        QVERIFY(index->search(q)->isEmpty());
        q.roots = {u"MFX:0000001"_s, u"http://purl.obolibrary.org/obo/MFX_0000030"_s};
        QCOMPARE(index->search(q)->size(), 2);
        q = query(u"cycle"_s);
        q.roots = {u"MFX:0000034"_s}; // a cycle: alpha <-> beta, gamma below alpha; shorter labels first
        QCOMPARE(curiesOf(*index->search(q)), (QStringList{u"MFX:0000034"_s, u"MFX:0000033"_s, u"MFX:0000035"_s}));
        q = query(u"scope"_s);
        q.roots = {u"MFX:0000012"_s}; // is_a
        QCOMPARE(curiesOf(*index->search(q)), (QStringList{u"MFX:0000012"_s, u"MFX:0000017"_s}));
        q = query(u"calib"_s); // a word inside the label: the word tier filters by branch too
        q.roots = {u"MFX:0000012"_s};
        QCOMPARE(curiesOf(*index->search(q)), QStringList{u"MFX:0000017"_s});
        q = query(u"medical cam"_s);
        q.roots = {u"MFX:0000001"_s};
        QVERIFY(index->search(q)->isEmpty());
        q.roots = {u"MFX:9999999"_s, u"no id at all"_s}; // roots nobody has: nothing is below them
        QVERIFY(index->search(q)->isEmpty());

        struct Case
        {
            QString id;
            QStringList roots;
            bool below;
        };
        const QList<Case> cases{
            {u"MFX:0000032"_s, {u"MFX:0000030"_s}, true}, // part_of twice
            {u"MFX:0000032"_s, {u"MFX:0000031"_s}, true},
            {u"MFX:0000030"_s, {u"MFX:0000030"_s}, true},  // a root itself
            {u"MFX:0000036"_s, {u"MFX:0000030"_s}, false}, // has_part does not count
            {u"MFX:0000035"_s, {u"MFX:0000030"_s}, false}, // the cycle ends
            {u"MFX:0000035"_s, {u"MFX:0000034"_s}, true},
            {u"MFX:0000033"_s, {u"MFX:0000033"_s, u"MFX:0000001"_s}, true},
            {u"MFX:0000017"_s, {u"mfx:0000001"_s}, true},
            {u"MFX_0000017"_s, {u"http://purl.obolibrary.org/obo/MFX_0000001"_s}, true},
            {u"MFX:0000017"_s, {}, false},
            {u"MFX:9999999"_s, {u"MFX:0000001"_s}, false},
        };
        for (const Case &c : cases) {
            const Result<bool> below = index->isBelow(c.id, c.roots);
            QVERIFY(below.ok());
            QVERIFY2(*below == c.below, qPrintable(c.id + u" under "_s + c.roots.join(u',')));
        }
    }

    // ---- the user's store -------------------------------------------------

    void packFromObo()
    {
        auto index = openIndex(u"pack-obo-user.sqlite"_s);
        QVERIFY(index);
        const auto imported = index->importPack(ontologyData(u"facility-pack.obo"_s));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
        QCOMPARE(imported->pack.id, u"facility-methods"_s);
        QCOMPARE(imported->pack.title, u"Imaging facility methods"_s);
        QCOMPARE(imported->pack.version, u"2026-03-01"_s);
        QCOMPARE(imported->pack.terms, 3);
        QCOMPARE(imported->pack.ontologies, (QStringList{u"fac"_s, u"mfx"_s}));
        QCOMPARE(imported->added, 3);

        QCOMPARE(curiesOf(*index->search(query(u"homebrew"_s))), QStringList{u"FAC:0000002"_s});
        // A pack term below an installed root, and one below that.
        TermQuery q = query(u"l"_s);
        q.roots = {u"MFX:0000001"_s};
        q.ontologies = {u"fac"_s};
        QCOMPARE(curiesOf(*index->search(q)), QStringList{u"FAC:0000001"_s});
        QVERIFY(*index->isBelow(u"FAC:0000002"_s, {u"MFX:0000001"_s}));
        q = query(u"sheet"_s); // a word of a pack term's label, in an installed branch
        q.roots = {u"MFX:0000001"_s};
        QCOMPARE(curiesOf(*index->search(q)), QStringList{u"FAC:0000001"_s});
        // The pack's copy of an installed term is shown, once.
        const auto light = index->search(query(u"light scope"_s));
        QCOMPARE(curiesOf(*light), QStringList{u"MFX:0000014"_s});
        QCOMPARE(light->at(0).label, u"light scope unit (facility)"_s);
        QCOMPARE((*index->lookup(u"MFX:0000014"_s))->label, u"light scope unit (facility)"_s);

        const auto packs = index->packs();
        QVERIFY(packs.ok());
        QCOMPARE(packs->size(), 1);
        QCOMPARE(packs->at(0).id, u"facility-methods"_s);
        QVERIFY(packs->at(0).imported.isValid());

        // Importing the same pack again replaces it.
        const auto again = index->importPack(ontologyData(u"facility-pack.obo"_s));
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(again->updated, 0);
        QCOMPARE(index->packs()->size(), 1);

        QVERIFY(index->removePack(u"facility-methods"_s).ok());
        QVERIFY(index->search(query(u"homebrew"_s))->isEmpty());
        QCOMPARE((*index->lookup(u"MFX:0000014"_s))->label, u"light scope unit"_s);
        QVERIFY(index->packs()->isEmpty());
        const Status missing = index->removePack(u"facility-methods"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(u"facility-methods"));
    }

    void packFromOlsJson()
    {
        auto index = openIndex(u"pack-json-user.sqlite"_s);
        QVERIFY(index);
        const auto imported = index->importPack(ontologyData(u"pack-ols-page.json"_s));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
        QCOMPARE(imported->pack.id, u"cl"_s);
        QCOMPARE(imported->added, 3);
        QCOMPARE(imported->warnings.size(), 1);
        const auto nerve = index->search(query(u"nerve"_s));
        QCOMPARE(curiesOf(*nerve), QStringList{u"CL:0000540"_s});
        QCOMPARE(nerve->at(0).matchedSynonym, u"nerve cell"_s);
        QCOMPARE(nerve->at(0).definition, u"The basic cellular unit of nervous tissue."_s);
        QVERIFY(index->search(query(u"obsolete glial"_s))->isEmpty());
        QCOMPARE((*index->lookup(u"http://purl.obolibrary.org/obo/CL_0000127"_s))->label, u"astrocyte"_s);

        // A changed file: one term updated, one removed, one added.
        QFile original(ontologyData(u"pack-ols-page.json"_s));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray changed = original.readAll();
        changed.replace("\"astrocyte\"", "\"astrocyte (updated)\"");
        changed.replace("CL_0000999", "CL_0000998").replace("CL:0000999", "CL:0000998");
        const QString changedPath = path(u"cl.json"_s);
        QVERIFY(writeFile(changedPath, changed));
        const auto again = index->importPack(changedPath);
        QVERIFY(again.ok());
        QCOMPARE(again->pack.id, u"cl"_s);
        QCOMPARE(again->added, 1);
        QCOMPARE(again->updated, 1);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(again->removed, 1);
    }

    void packErrors()
    {
        auto index = openIndex(u"pack-errors-user.sqlite"_s);
        QVERIFY(index);
        const auto missing = index->importPack(path(u"no-such-file.obo"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(u"no-such-file.obo"));
        const QString broken = path(u"broken-pack.obo"_s);
        QVERIFY(writeFile(broken, "format-version: 1.2\n\n[Term]\nid: X:1\nname: x\ndef: \"never closed\n"));
        const auto failed = index->importPack(broken);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().startsWith(broken + u":6:"_s), qPrintable(failed.error()));
        QVERIFY(index->packs()->isEmpty());
    }

    void cacheRemembersAndEvicts()
    {
        auto index = openIndex(u"cache-user.sqlite"_s);
        QVERIFY(index);
        index->setCacheCapacity(5);
        auto online = [](int n) {
            OntologyTerm term;
            term.label = u"online term %1"_s.arg(n);
            term.curie = u"EFO:%1"_s.arg(n, 7, 10, QChar(u'0'));
            term.iri = u"http://www.ebi.ac.uk/efo/EFO_%1"_s.arg(n, 7, 10, QChar(u'0'));
            term.ontology = u"efo"_s;
            term.synonyms = {u"seen online %1"_s.arg(n)};
            term.source = OntologyTerm::Source::Ols;
            return term;
        };
        for (int n = 1; n <= 3; ++n)
            QVERIFY(index->remember({online(n)}).ok());
        QCOMPARE(index->search(query(u"online term"_s))->size(), 3);
        // Seen again: now the most recently used.
        QVERIFY(index->remember({online(1)}).ok());
        QVERIFY(index->remember({online(4), online(5), online(6), online(7)}).ok());
        const auto hits = index->search(query(u"online term"_s));
        QCOMPARE(hits->size(), 5);
        QStringList kept = curiesOf(*hits);
        kept.sort();
        QCOMPARE(kept, (QStringList{u"EFO:0000001"_s, u"EFO:0000004"_s, u"EFO:0000005"_s, u"EFO:0000006"_s, u"EFO:0000007"_s}));
        QVERIFY(!index->lookup(u"EFO:0000002"_s)->has_value());
        QVERIFY(!index->lookup(u"EFO:0000003"_s)->has_value());
        const auto seen = index->search(query(u"seen online 7"_s));
        QCOMPARE(seen->at(0).curie, u"EFO:0000007"_s);
        QCOMPARE(seen->at(0).source, OntologyTerm::Source::Offline); // answered from the index
        QCOMPARE(seen->at(0).matchedSynonym, u"seen online 7"_s);

        // A cached copy of an installed term is not shown twice; the installed one wins.
        OntologyTerm scope;
        scope.label = u"scope (as OLS had it)"_s;
        scope.curie = u"MFX:0000010"_s;
        QVERIFY(index->remember({scope}).ok());
        TermQuery q = query(u"scope"_s);
        q.ontologies = {u"mfx"_s};
        const auto scopes = index->search(q);
        QCOMPARE(scopes->at(0).label, u"scope"_s);
        QCOMPARE(curiesOf(*scopes).count(u"MFX:0000010"_s), 1);

        // Terms without an id or label are not kept; a hostile label is cleaned.
        OntologyTerm nothing;
        nothing.label = u"no id"_s;
        OntologyTerm hostile = online(8);
        hostile.label = u"line\nbreak"_s + QChar(0) + u"and tab\t"_s;
        QVERIFY(index->remember({nothing, hostile}).ok());
        QCOMPARE((*index->lookup(u"EFO:0000008"_s))->label, u"line break and tab"_s);

        const auto statistics = index->statistics();
        QVERIFY(statistics.ok());
        QCOMPARE(statistics->cachedTerms, 5);
        QCOMPARE(statistics->cacheCapacity, 5);
        QCOMPARE(statistics->installedTerms, 25);
    }

    void cacheSurvivesReopening()
    {
        {
            auto index = openIndex(u"persist-user.sqlite"_s);
            QVERIFY(index);
            OntologyTerm term;
            term.label = u"persisted term"_s;
            term.iri = u"http://purl.obolibrary.org/obo/GO_0005739"_s;
            QVERIFY(index->remember({term}).ok());
        }
        auto index = openIndex(u"persist-user.sqlite"_s);
        QVERIFY(index);
        const auto found = index->lookup(u"GO:0005739"_s);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->label, u"persisted term"_s);
        QCOMPARE((*found)->ontology, u"go"_s);
    }

    void statistics()
    {
        auto index = openIndex(u"stats-user.sqlite"_s);
        QVERIFY(index);
        QVERIFY(index->importPack(ontologyData(u"facility-pack.obo"_s)).ok());
        const auto statistics = index->statistics();
        QVERIFY(statistics.ok());
        QCOMPARE(statistics->installedTerms, 25);
        QVERIFY(statistics->installedBytes > 0);
        QVERIFY(!statistics->installedBuilt.isEmpty());
        QCOMPARE(statistics->packs.size(), 1);
        QMap<QString, TermOntologyStatistics> byId;
        for (const TermOntologyStatistics &item : statistics->ontologies)
            byId.insert(item.ontology, item);
        QCOMPARE(byId.value(u"mfx"_s).installed, 20);
        QCOMPARE(byId.value(u"mfx"_s).inPacks, 1);
        QCOMPARE(byId.value(u"mfx"_s).version, u"2026-02-01"_s); // the file's own header
        QCOMPARE(byId.value(u"mfx"_s).licence, u"CC0 1.0"_s);
        QCOMPARE(byId.value(u"ncbitaxon"_s).installed, 4);
        QCOMPARE(byId.value(u"ncbitaxon"_s).version, u"2022-10-06"_s);
        QCOMPARE(byId.value(u"ncbitaxon"_s).title, u"NCBITaxon test subset"_s);
        QCOMPARE(byId.value(u"fac"_s).inPacks, 2);
    }

    void concurrentSearches()
    {
        auto index = openIndex(u"threads-user.sqlite"_s);
        QVERIFY(index);
        const QStringList texts{u"scope"_s, u"s"_s, u"mouse"_s, u"MFX:0000031"_s, u"nucle"_s, u"schrö"_s, u"mus"_s, u"cycle"_s};
        QHash<QString, QStringList> expected;
        for (const QString &text : texts)
            expected.insert(text, curiesOf(*index->search(query(text))));

        std::atomic<int> mismatches{0};
        std::atomic<int> failures{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back(QThread::create([&, t] {
                for (int i = 0; i < 200; ++i) {
                    const QString &text = texts.at((i + t) % texts.size());
                    TermQuery q = query(text);
                    if (i % 7 == 0)
                        q.roots = {u"MFX:0000030"_s};
                    const auto hits = index->search(q);
                    if (!hits.ok())
                        ++failures;
                    else if (q.roots.isEmpty() && curiesOf(*hits) != expected.value(text))
                        ++mismatches;
                    if (i % 50 == 0 && t == 0) {
                        OntologyTerm term;
                        term.label = u"zz parallel write %1"_s.arg(i);
                        term.curie = u"EFO:%1"_s.arg(9000000 + i);
                        if (!index->remember({term}).ok())
                            ++failures;
                    }
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(120'000));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(mismatches.load(), 0);
        QCOMPARE(index->search(query(u"zz parallel"_s))->size(), 4);
    }

    // ---- hostile and broken input -----------------------------------------

    void brokenOboFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where"); // "file:line:" the message must start with
        QTest::addColumn<QString>("says");
        const QByteArray term = "format-version: 1.2\n\n[Term]\nid: X:1\nname: one\n";
        QTest::newRow("quote not closed") << QByteArray(term + "def: \"cut off here") << u":6:"_s << u"not closed"_s;
        QTest::newRow("stanza header cut") << QByteArray(term + "\n[Ter") << u":7:"_s << u"not closed"_s;
        QTest::newRow("tag cut") << QByteArray(term + "synon") << u":6:"_s << u"tag: value"_s;
        QTest::newRow("10 MB line") << QByteArray(term + "name: " + QByteArray(10 * 1024 * 1024, 'x') + "\n") << u":6:"_s
                                    << u"longer than"_s;
        QTest::newRow("invalid UTF-8") << QByteArray(term + "synonym: \"bad \xC3\x28 byte\" EXACT []\n") << u":6:"_s << u"UTF-8"_s;
        QTest::newRow("overlong UTF-8") << QByteArray(term + "name: \xC0\xAF\n") << u":6:"_s << u"UTF-8"_s;
        QTest::newRow("NUL bytes") << QByteArray("format-version: 1.2\n\0\0\0", 23) << QString() << u"NUL"_s;
        QTest::newRow("no terms") << QByteArray("format-version: 1.2\nontology: x\n") << QString() << u"no [Term]"_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QString() << QString();
    }

    void brokenOboFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        QFETCH(QString, says);
        const QString name = u"broken %2 file.obo"_s; // "%2" must stay as it is in messages
        const Result<TermFile> read = TermFileReader::parse(bytes, name);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(name + (where.isEmpty() ? u":"_s : where)), qPrintable(read.error()));
        QVERIFY2(read.error().contains(says), qPrintable(read.error()));
    }

    void truncatedOboNeverCrashes()
    {
        QFile file(ontologyData(u"ranking.obo"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        int failed = 0;
        for (qsizetype cut = 0; cut < whole.size(); cut += 7) {
            const Result<TermFile> read = OboReader::parse(whole.left(cut), u"cut.obo"_s);
            if (!read.ok()) {
                ++failed;
                QVERIFY2(read.error().startsWith(u"cut.obo:"_s), qPrintable(read.error()));
            } else {
                for (const TermEntry &term : read->terms)
                    QVERIFY(!term.iri.isEmpty() && !term.label.isEmpty());
            }
        }
        QVERIFY(failed > 0);
    }

    void oboBounds()
    {
        // 100,000 synonyms on one term and a label of 2,000 characters: the
        // term keeps the first 200 synonyms; the long-named term is left out.
        QByteArray bytes = "format-version: 1.2\n\n[Term]\nid: X:1\nname: many\n";
        for (int i = 0; i < 100'000; ++i)
            bytes += "synonym: \"s" + QByteArray::number(i) + "\" EXACT []\n";
        bytes += "\n[Term]\nid: X:2\nname: " + QByteArray(2000, 'n') + "\n";
        const Result<TermFile> read = OboReader::parse(bytes, u"big.obo"_s);
        QVERIFY(read.ok());
        QCOMPARE(read->terms.size(), 1);
        QCOMPARE(read->terms.at(0).synonyms.size(), 200);
        QCOMPARE(read->warnings.size(), 2);

        TermReadLimits limits;
        limits.maxTerms = 3;
        QByteArray four = "format-version: 1.2\n";
        for (int i = 0; i < 4; ++i)
            four += "[Term]\nid: X:" + QByteArray::number(i) + "\nname: t\n";
        const Result<TermFile> tooMany = OboReader::parse(four, u"many.obo"_s, limits);
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.error().startsWith(u"many.obo:"_s), qPrintable(tooMany.error()));

        limits = TermReadLimits();
        limits.maxFileBytes = 100;
        const Result<TermFile> tooLarge = TermFileReader::parse(QByteArray(200, ' '), u"large.obo"_s, limits);
        QVERIFY(!tooLarge.ok());
        QVERIFY(tooLarge.error().contains(u"larger than"));
    }

    void brokenJsonFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("starts");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << QByteArray("{\n \"_embedded\": {\n  \"terms\": [ {\"iri\": \"http://x") << u"bad.json:3:"_s
                                   << u"not valid JSON"_s;
        QTest::newRow("bad literal") << QByteArray("[\n{\"id\": \"X:1\", \"label\": nope}]") << u"bad.json:2:"_s << u"not valid JSON"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"id\": \"X:1\", \"label\": \"\xFF\xFE\"}]") << u"bad.json:1:"_s << u"UTF-8"_s;
        QTest::newRow("deep nesting") << QByteArray(100'000, '[') << u"bad.json:"_s << u"nested deeper"_s;
        QTest::newRow("unknown shape") << QByteArray("{\"hello\": \"world\"}") << u"bad.json:"_s << u"Metafill reads"_s;
        QTest::newRow("no usable term") << QByteArray("[{\"label\": \"no id\"}, 5, \"x\"]") << u"bad.json:"_s << u"no term"_s;
        QTest::newRow("huge counts only") << QByteArray("{\"response\": {\"numFound\": 2147483648, \"docs\": []}}") << u"bad.json:"_s
                                          << u"no term"_s;
    }

    void brokenJsonFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, starts);
        QFETCH(QString, says);
        const QString name = u"bad %1%2.json"_s; // placeholders in a file name must not be filled
        const Result<TermFile> read = TermJsonReader::parse(bytes, name);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(QString(starts).replace(u"bad.json"_s, name)), qPrintable(read.error()));
        QVERIFY2(read.error().contains(says), qPrintable(read.error()));
    }

    void jsonBounds()
    {
        TermReadLimits limits;
        limits.maxJsonValues = 1000;
        QByteArray many = "[";
        for (int i = 0; i < 2000; ++i)
            many += "1,";
        many += "1]";
        const Result<TermFile> tooMany = TermJsonReader::parse(many, u"many.json"_s, limits);
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.error().contains(u"more than 1000 values"));
        // A 10 MB label: the term is left out, the file is still read.
        const QByteArray longLabel =
            "[{\"id\": \"X:1\", \"label\": \"" + QByteArray(10 * 1024 * 1024, 'l') + "\"}, {\"id\": \"X:2\", \"label\": \"fine\"}]";
        const Result<TermFile> read = TermJsonReader::parse(longLabel, u"long.json"_s);
        QVERIFY(read.ok());
        QCOMPARE(read->terms.size(), 1);
        QCOMPARE(read->warnings.size(), 1);
    }

    void openErrors()
    {
        TermIndex index;
        Status opened = index.open(path(u"missing.sqlite"_s), {});
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"missing.sqlite") && opened.error().contains(u"missing"), qPrintable(opened.error()));
        QVERIFY(!index.isOpen());
        QVERIFY(!index.search(query(u"scope"_s)).ok());

        const QString garbage = path(u"garbage.sqlite"_s);
        QVERIFY(writeFile(garbage, QByteArray(8192, 'g')));
        opened = index.open(garbage, {});
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().startsWith(garbage), qPrintable(opened.error()));

        // The installed index is not a user store, and a user store is not the installed index.
        opened = index.open({}, m_installed);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"not a Metafill term store"), qPrintable(opened.error()));
        const QString user = path(u"kinds-user.sqlite"_s);
        QVERIFY(index.open({}, user).ok());
        opened = index.open(user, {});
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"not Metafill's installed term index"), qPrintable(opened.error()));

        QVERIFY(!index.open({}, {}).ok());
        QVERIFY(!index.open({}, garbage).ok());

        // Only a user store: packs and the cache still work.
        QVERIFY(index.open({}, path(u"alone-user.sqlite"_s)).ok());
        QVERIFY(index.importPack(ontologyData(u"taxa.obo"_s)).ok());
        QCOMPARE(index.search(query(u"mouse"_s))->size(), 3); // two exact synonyms, one word of a synonym
        // Only the installed index: changes are refused with a message.
        QVERIFY(index.open(m_installed, {}).ok());
        QVERIFY(index.search(query(u"scope"_s))->size() > 0);
        QVERIFY(!index.remember({OntologyTerm{}}).ok());
        QVERIFY(!index.importPack(ontologyData(u"taxa.obo"_s)).ok());
    }

    void unusualPaths()
    {
        // The files are opened through SQLite URIs: characters that mean
        // something in a URI must still name the file.
        const QString folder = path(u"a folder with spaces, #hash, ?query and 100%"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString installed = folder + u"/terms ü.sqlite"_s;
        QVERIFY(QFile::copy(m_installed, installed));
        TermIndex index;
        const Status opened = index.open(installed, folder + u"/user?.sqlite"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        QCOMPARE(index.search(query(u"scope meter"_s))->at(0).curie, u"MFX:0000012"_s);
        OntologyTerm term;
        term.label = u"odd path term"_s;
        term.curie = u"EFO:0000042"_s;
        QVERIFY(index.remember({term}).ok());
        QVERIFY(QFile::exists(folder + u"/user?.sqlite"_s));
    }

    void installedIndexIsNeverWritten()
    {
        // Every test above searched, imported and cached with this index open.
        QCOMPARE(sha256Of(m_installed), m_installedHash);
        QCOMPARE(QFileInfo(m_installed).lastModified(), m_installedModified);
        QDir dir(m_dir.path());
        QVERIFY(dir.entryList({u"installed.sqlite-*"_s}).isEmpty()); // no journal, no WAL
    }

    // ---- the real installed index (skipped without ../shared) ---------------

    void realIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("curie");
        QTest::addColumn<int>("within"); // the term must be among the first `within` hits
        QTest::newRow("fluorescence microscopy") << u"fluorescence microscopy"_s << u"FBbi:00000246"_s << 1;
        QTest::newRow("mouse") << u"mouse"_s << u"NCBITaxon:10090"_s << 1;
        QTest::newRow("human") << u"human"_s << u"NCBITaxon:9606"_s << 1;
        QTest::newRow("zebrafish") << u"zebrafish"_s << u"NCBITaxon:7955"_s << 1;
        QTest::newRow("confoc") << u"confoc"_s << u"FBbi:00000251"_s << 3;
        QTest::newRow("um") << u"um"_s << u"UO:0000017"_s << 1;
        QTest::newRow("micrometer") << u"micrometer"_s << u"UO:0000017"_s << 1;
        QTest::newRow("micron") << u"micron"_s << u"UO:0000017"_s << 1;
        QTest::newRow("CURIE") << u"FBbi:00000246"_s << u"FBbi:00000246"_s << 1;
        QTest::newRow("IRI") << u"http://purl.obolibrary.org/obo/FBbi_00000246"_s << u"FBbi:00000246"_s << 1;
        QTest::newRow("short form") << u"fbbi_00000246"_s << u"FBbi:00000246"_s << 1;
        QTest::newRow("lower-case CURIE") << u"ncbitaxon:9606"_s << u"NCBITaxon:9606"_s << 1;
        QTest::newRow("merged taxon id") << u"NCBITaxon:85055"_s << u"NCBITaxon:10090"_s << 1;
    }

    void realIndex()
    {
        QFETCH(QString, text);
        QFETCH(QString, curie);
        QFETCH(int, within);
        if (!METAFILL_TERM_INDEX_COMPLETE || !QFile::exists(QStringLiteral(METAFILL_TERM_INDEX)))
            QSKIP("The installed term index was built without all its sources (../shared/ontology-sources).");
        TermIndex index;
        QElapsedTimer opening;
        opening.start();
        const Status opened = index.open(QStringLiteral(METAFILL_TERM_INDEX), path(u"real-user.sqlite"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        const auto hits = index.search(query(text, 10));
        QVERIFY(hits.ok());
        const qsizetype at = curiesOf(*hits).indexOf(curie);
        QVERIFY2(at >= 0 && at < within, qPrintable(text + u" → "_s + curiesOf(*hits).join(u", "_s)));
    }

    void realIndexBranches()
    {
        if (!METAFILL_TERM_INDEX_COMPLETE || !QFile::exists(QStringLiteral(METAFILL_TERM_INDEX)))
            QSKIP("The installed term index was built without all its sources (../shared/ontology-sources).");
        TermIndex index;
        QVERIFY(index.open(QStringLiteral(METAFILL_TERM_INDEX), path(u"real-branch-user.sqlite"_s)).ok());
        // Imaging methods (FBbi:00000222): confocal yes, the mouse no.
        TermQuery q = query(u"con"_s, 50);
        q.roots = {u"FBbi:00000222"_s};
        const auto methods = index.search(q);
        QVERIFY(methods.ok());
        QVERIFY(curiesOf(*methods).contains(u"FBbi:00000251"_s));
        for (const OntologyTerm &term : *methods)
            QCOMPARE(term.ontology, u"fbbi"_s);
        q = query(u"mouse"_s);
        q.roots = {u"NCBITaxon:40674"_s}; // Mammalia
        QCOMPARE(index.search(q)->at(0).curie, u"NCBITaxon:10090"_s);
        q.roots = {u"FBbi:00000222"_s};
        QVERIFY(index.search(q)->isEmpty());
        QVERIFY(*index.isBelow(u"NCBITaxon:10090"_s, {u"NCBITaxon:40674"_s}));
        QVERIFY(!*index.isBelow(u"NCBITaxon:10090"_s, {u"NCBITaxon:8782"_s})); // birds

        const auto statistics = index.statistics();
        QVERIFY(statistics.ok());
        QMap<QString, int> counts;
        for (const TermOntologyStatistics &item : statistics->ontologies) {
            counts.insert(item.ontology, item.installed);
            if (item.installed > 0) {
                QVERIFY2(!item.version.isEmpty(), qPrintable(item.ontology));
                QVERIFY2(!item.licence.isEmpty(), qPrintable(item.ontology));
            }
        }
        QVERIFY(counts.value(u"fbbi"_s) > 600);
        QVERIFY(counts.value(u"uo"_s) > 500);
        QVERIFY(counts.value(u"ncbitaxon"_s) > 14000);
    }
};

QTEST_GUILESS_MAIN(TestTermIndex)
#include "TestTermIndex.moc"
