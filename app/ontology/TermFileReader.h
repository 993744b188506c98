#pragma once

#include "TermFile.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace metafill {

// Reads a term file of any format the index takes: OBO 1.2/1.4, or JSON (the
// term objects OLS4 returns, the FBbi index file, cellxgene-ontology-guide's
// ontology assets). The format is told by the content, not the file name.
// Every file is treated as hostile: see TermReadLimits.
class TermFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TermFileReader)

public:
    static Result<TermFile> read(const QString &path, const TermReadLimits &limits = {});
    // `path` names the bytes in messages.
    static Result<TermFile> parse(QByteArrayView bytes, const QString &path, const TermReadLimits &limits = {});
    static bool looksLikeJson(QByteArrayView bytes);
};

// Collects a reader's warnings up to TermReadLimits::maxWarnings; finish()
// adds one line for the ones left out.
class TermWarnings
{
    Q_DECLARE_TR_FUNCTIONS(TermWarnings)

public:
    explicit TermWarnings(int max) : m_max(max) {}
    void add(const QString &warning);
    QStringList finish() &&;

private:
    int m_max;
    int m_dropped = 0;
    QStringList m_warnings;
};

} // namespace metafill
