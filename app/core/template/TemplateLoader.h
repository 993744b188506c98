#pragma once

#include "Template.h"
#include "util/Diagnostic.h"
#include "yaml/YamlReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace metafill {

// Loads a template file, merges it with the template it extends, and checks
// the result. Templates travel between institutions, so every file is treated
// as untrusted: its size, nesting and alias expansion are bounded, and every
// problem comes back as a located, readable diagnostic, never as a crash.
class TemplateLoader
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLoader)

public:
    struct Outcome
    {
        std::optional<Template> result; // empty when there are errors
        Diagnostics diagnostics;
    };

    // `searchPath` lists folders where templates named in `extends` are looked
    // up, after the extending template's own folder.
    explicit TemplateLoader(QStringList searchPath = defaultSearchPath());

    Outcome load(const QString &path);
    Outcome loadData(const QByteArray &data, const QString &path);
    // A path to a file, or the id of a template in the search path (its newest version).
    Outcome loadByNameOrPath(const QString &nameOrPath);
    // The template a record was made with: the same id and version if the
    // search path keeps it (template packs keep older versions for exactly
    // this), else the newest version of that id, which RecordBinder migrates to.
    Outcome loadFor(const TemplateRef &ref);

    // Every template file in the search path, as (id, version, path).
    struct Entry
    {
        QString id;
        QString version;
        QString path;
    };
    QList<Entry> available();

    // Where templates are looked up by default: $METAFILL_TEMPLATE_PATH, the
    // user's template folder, then the templates installed with the program.
    static QStringList defaultSearchPath();
    static QString builtinTemplateDir();

    YamlLimits limits;
    static constexpr int MaxExtensionDepth = 8;
    static constexpr int MaxFilesScanned = 1000;

private:
    Outcome loadChain(const QByteArray &data, const QString &path, QStringList chain);
    std::optional<Entry> findBase(const QString &id, const QString &versionRule, const QString &nearDir);
    QList<Entry> scan(const QString &dir);

    QStringList m_searchPath;
    QHash<QString, QList<Entry>> m_scanned;
};

} // namespace metafill
