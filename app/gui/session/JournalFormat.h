#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace metafill::gui {

// The layout of a session journal file, shared by the writer (SessionJournal)
// and the reader (JournalRecovery):
//
//   line 1: a compact JSON header (this struct), ending in '\n'
//   rest:   the record exactly as RecordFile::serialize writes it
//
// The header comes first and stands on its own line so that listing the
// journals at start reads a few hundred bytes per journal, not megabytes of
// record. It states the record's length and SHA-256, so a truncated or
// altered journal is recognised before anything is restored from it.
struct JournalHeader
{
    Q_DECLARE_TR_FUNCTIONS(JournalHeader)

public:
    static constexpr int FormatVersion = 1;
    // A header is a few hundred bytes; anything longer is not one.
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;
    static constexpr const char16_t *FileSuffix = u".journal";
    static constexpr const char16_t *LockSuffix = u".lock";
    static constexpr const char16_t *DamagedSuffix = u".damaged";

    QDateTime written; // UTC
    qint64 pid = 0;
    QString host;
    QString appVersion;

    QString templatePath; // absolute path of the template file when it was loaded
    QString templateId;
    QString templateVersion;
    QString templateSha256;
    QString templateTitle; // in the language of the session that wrote it, for the list at start

    QString recordFile; // where the record was last saved; empty if never
    bool modified = true;
    int valueCount = 0; // shared and per-image values
    int imageCount = 0;

    qint64 recordBytes = 0;
    QByteArray recordSha256; // hex

    // The header line, '\n' included.
    QByteArray toLine() const;
    // Reads a header line (with or without its '\n'); a translated reason when it is not one.
    static Result<JournalHeader> fromLine(const QByteArray &line);
};

} // namespace metafill::gui
