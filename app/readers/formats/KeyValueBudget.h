#pragma once

#include "model/ImageMetadata.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>

namespace metafill {

// Adds vendor key/value pairs to a file's original metadata within the model's
// bounds: at most MaxPairs pairs and MaxTotalCharacters characters (keys and
// values) per file (file level and all images together), values cut at
// MaxValueLength characters — so the pairs of one file never hold more than
// 16 MiB, whatever the header claims. A header can carry
// hundreds of thousands of keys (Bio-Formats embeds whole vendor XML trees);
// templates need a few of them, the window and the OME-XML must stay small.
// When something is dropped or cut, finish() says so once in the warnings.
class KeyValueBudget
{
    Q_DECLARE_TR_FUNCTIONS(KeyValueBudget)

public:
    static constexpr qsizetype MaxPairs = 20'000;
    static constexpr qsizetype MaxValueLength = 4'096;
    static constexpr qsizetype MaxKeyLength = 1'024;
    static constexpr qsizetype MaxTotalCharacters = 8 * 1024 * 1024;

    // Counts the pairs `metadata` already holds against the bound; `origin`
    // names the file in the warnings.
    KeyValueBudget(FileMetadata &metadata, QString origin);

    // Appends to `list` (the file's or one image's originalMetadata). Returns
    // false once the file's bound is reached; the pair is then dropped.
    bool add(KeyValueList &list, QString key, QString value);
    bool addToFile(QString key, QString value) { return add(m_metadata.originalMetadata, std::move(key), std::move(value)); }
    bool full() const { return m_count >= MaxPairs || m_characters >= MaxTotalCharacters; }
    // Pairs a collector left out before they reached the budget (its own cap
    // within the file's), so that finish() reports all of them in one warning.
    void countDropped(qsizetype pairs) { m_dropped += std::max<qsizetype>(0, pairs); }

    // Adds the warnings about dropped or cut pairs (once).
    void finish();

private:
    FileMetadata &m_metadata;
    QString m_origin;
    qsizetype m_count = 0;
    qsizetype m_characters = 0;
    qsizetype m_dropped = 0;
    qsizetype m_cut = 0;
};

} // namespace metafill
