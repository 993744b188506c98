#pragma once

#include "TermFile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace metafill {

// Builds the installed term index (terms.sqlite) from ontology source files.
// Used by metafill-term-index at build time, and by tests and the benchmark
// to make indexes of their own.
class TermIndexBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TermIndexBuilder)

public:
    struct Source
    {
        QString ontology; // OLS id: "fbbi"
        QString path;
        // Which of the file's terms go in:
        //   "all"                 every term
        //   "own-prefix"          terms whose CURIE prefix is the ontology's (drops imported BFO, GO … terms)
        //   "under:A[,B…]"        own-prefix terms that are A or B or lie below them (is_a, part_of),
        //                         plus the file's obsolete own-prefix terms, flagged
        QString rule = QStringLiteral("all");
        // What ontology/sources.tsv says; the file's own header wins for the
        // version and title when it has them.
        QString title;
        QString version;
        QString licence;
        QString url;
    };

    void addSource(const Source &source);
    // A list of commonly used terms (lab organisms, common units): a ranking
    // tie-break. Tab-separated; the first column is a CURIE; lines starting
    // with '#' and a first line "curie…" are skipped.
    void addBoostList(const QString &path);
    void setLimits(const TermReadLimits &limits) { m_limits = limits; }

    // Reads every source and writes the index to `outPath`, through a
    // temporary file beside it, so a failed build leaves no half index.
    Status build(const QString &outPath);

    // After build(): one line per source (terms taken, version), then the
    // readers' warnings.
    QStringList report() const { return m_report; }
    int termCount() const { return m_termCount; }

private:
    QList<Source> m_sources;
    QStringList m_boostLists;
    TermReadLimits m_limits;
    QStringList m_report;
    int m_termCount = 0;
};

} // namespace metafill
