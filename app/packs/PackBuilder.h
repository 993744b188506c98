#pragma once

#include "PackIndex.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace metafill {

// Writes the index of a pack a facility prepared in a folder: every file in
// templates/ and terms/ with its size and SHA-256, and each template's id
// and version. What the index says about the pack itself (id, version,
// title, publisher) comes from the caller or, where the caller is silent,
// from the index already in the folder. The templates' content is checked by
// the caller (metafill-cli runs its template checker on each).
class PackBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PackBuilder)

public:
    struct About
    {
        QString id;
        QString version;
        QString title; // English
        QString publisher;
        QString description;
    };

    struct Outcome
    {
        std::optional<PackIndex> index; // empty when there are errors
        QStringList errors;             // "templates/x.yaml: what is wrong and what to do"
        QStringList notes;              // files left out, and why
        std::optional<PackIndex> previous;
    };

    static Outcome build(const QString &folder, const About &given);
    // Atomically: the old index stays until the new one is complete.
    static Status write(const QString &folder, const PackIndex &index);
};

} // namespace metafill
