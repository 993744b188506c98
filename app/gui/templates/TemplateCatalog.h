#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace metafill::gui {

// What a person choosing a template needs to know about each one found in the
// template folders: its title and description in their language, how big it
// is, where it lives — or why it cannot be used.
struct TemplateSummary
{
    QString path;
    QString id;
    QString version;
    QString title;
    QString description;
    QString folder;      // the folder it was found in
    bool builtin = false;
    int fieldCount = 0;
    int presetCount = 0;
    QString problem;     // translated; empty when the template loads
};

// Scans template folders. Loading reads and checks every file, so it belongs
// on a worker thread when the folders may be on a network share.
class TemplateCatalog
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCatalog)

public:
    // The folders searched: extra folders from the settings first (a facility's
    // share), then the default search path (user folder, built-in templates).
    static QStringList searchPath(const QStringList &extraFolders);
    static QList<TemplateSummary> scan(const QStringList &searchPath);
    // Several versions of one template: only the newest is offered.
    static QList<TemplateSummary> newestOnly(const QList<TemplateSummary> &all);
};

} // namespace metafill::gui
