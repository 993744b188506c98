#include "TemplateCatalog.h"

#include "template/TemplateLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace metafill::gui {

QStringList TemplateCatalog::searchPath(const QStringList &extraFolders)
{
    QStringList path;
    for (const QString &folder : extraFolders) {
        if (!folder.trimmed().isEmpty())
            path.append(folder);
    }
    for (const QString &folder : TemplateLoader::defaultSearchPath()) {
        if (!path.contains(folder))
            path.append(folder);
    }
    return path;
}

QList<TemplateSummary> TemplateCatalog::scan(const QStringList &searchPath)
{
    TemplateLoader loader(searchPath);
    const QString builtin = QFileInfo(TemplateLoader::builtinTemplateDir()).canonicalFilePath();
    QList<TemplateSummary> summaries;
    for (const TemplateLoader::Entry &entry : loader.available()) {
        TemplateSummary summary;
        summary.path = entry.path;
        summary.id = entry.id;
        summary.version = entry.version;
        summary.folder = QFileInfo(entry.path).absolutePath();
        summary.builtin = !builtin.isEmpty() && QFileInfo(summary.folder).canonicalFilePath() == builtin;
        const TemplateLoader::Outcome outcome = loader.load(entry.path);
        if (!outcome.result) {
            const QList<Diagnostic> &items = outcome.diagnostics.items();
            summary.problem = items.isEmpty() ? tr("The template could not be loaded.") : items.first().toString();
            summary.title = QFileInfo(entry.path).fileName();
        } else {
            const Template &t = *outcome.result;
            summary.title = t.title.localized();
            summary.description = t.description.localized();
            summary.fieldCount = t.fieldCount();
            summary.presetCount = int(t.presets.size());
        }
        summaries.append(summary);
    }
    return summaries;
}

QList<TemplateSummary> TemplateCatalog::newestOnly(const QList<TemplateSummary> &all)
{
    QHash<QString, qsizetype> newest;
    QList<TemplateSummary> kept;
    for (const TemplateSummary &summary : all) {
        const auto at = newest.constFind(summary.id);
        if (summary.id.isEmpty() || at == newest.cend()) {
            if (!summary.id.isEmpty())
                newest.insert(summary.id, kept.size());
            kept.append(summary);
            continue;
        }
        // Earlier folders come first in the search path and win a tie.
        if (QVersionNumber::fromString(summary.version) > QVersionNumber::fromString(kept.at(*at).version))
            kept[*at] = summary;
    }
    return kept;
}

} // namespace metafill::gui
