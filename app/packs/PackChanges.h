#pragma once

#include "PackIndex.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace metafill {

// What differs between two versions of a pack, as a person deciding whether
// to trust an update wants to read it: templates by id with their versions,
// the presets inside them, and the term packs.
struct PackTemplateChange
{
    enum class Kind {
        Added,
        Removed,   // the old version stays in the store for records made with it
        Upgraded,  // same id, another version
        Rewritten, // same id and version, other content: records would silently see new content
    };
    Kind kind = Kind::Added;
    QString id;
    QString oldVersion;
    QString newVersion;
    QString file; // in the newer version, else in the older one
    QStringList presetsAdded;
    QStringList presetsRemoved;
};

struct PackTermsChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Added;
    QString file;
};

class PackChanges
{
    Q_DECLARE_TR_FUNCTIONS(PackChanges)

public:
    QList<PackTemplateChange> templates;
    QList<PackTermsChange> terms;

    bool isEmpty() const { return templates.isEmpty() && terms.isEmpty(); }
    QList<PackTemplateChange> rewritten() const;

    // `before` may be null (a new subscription). The folders hold the files
    // the indexes list; presets are read from them.
    static PackChanges between(const PackIndex *before, const QString &beforeFolder, const PackIndex &after, const QString &afterFolder);

    // One line per change, indented by `indent`, in the user's language.
    QStringList describe(const QString &indent = {}) const;
    // The keys of the presets a template file defines itself (not those of
    // its base); empty when the file cannot be read.
    static QStringList presetKeys(const QString &templateFile);
};

} // namespace metafill
