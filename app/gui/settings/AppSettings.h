#pragma once

#include "omero/OmeroCsvExporter.h"
#include "TermService.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

class QWidget;

namespace metafill::gui {

// Metafill's preferences, typed and with their defaults, over QSettings:
// the one place that knows the keys. Cheap to create; QSettings caches and
// writes back on its own. Use one object per thread (QSettings is reentrant,
// not thread-safe).
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    enum class Language { System, English, German };
    // Folders file dialogs start in, remembered per purpose.
    enum class Folder { Images, Records, Templates, Export };

    static constexpr int MaxRecentFiles = 10;

    // The user's settings (organisation and application name of the program).
    AppSettings();
    // Settings in an INI file: tests, portable installations.
    explicit AppSettings(const QString &iniFile);

    // Ontology lookup --------------------------------------------------------
    QString olsUrl() const;
    void setOlsUrl(const QString &url);
    // As OlsSettings::proxy: empty = the environment's proxy, "none" = connect
    // directly, anything else = that proxy ("http://host:port", "socks5h://…").
    QString proxy() const;
    void setProxy(const QString &proxy);
    bool offlineMode() const;
    void setOfflineMode(bool offline);
    // The term service's options with these settings (installed index and
    // user store stay at their defaults).
    TermService::Options termServiceOptions() const;
    // Why an OLS address cannot be used (translated), or Done: https only,
    // plain http for this computer alone.
    static Status checkOlsUrl(const QString &url);
    static Status checkProxy(const QString &proxy);

    // Templates --------------------------------------------------------------
    // Folders of the facility's templates, searched in this order.
    QStringList templateFolders() const;
    void setTemplateFolders(const QStringList &folders);
    // The folders above, then TemplateLoader's default search path: what a
    // TemplateLoader in the program should be given.
    QStringList templateSearchPath() const;

    // Language (takes effect at the next start) --------------------------------
    Language language() const;
    void setLanguage(Language language);
    // For installTranslations(): "" (the system's), "en" or "de".
    QString languageCode() const;

    // CSV export defaults ----------------------------------------------------
    OmeroCsvExporter::Format csvFormat() const;
    void setCsvFormat(OmeroCsvExporter::Format format);
    QChar csvDelimiter() const; // tab, ',' or ';'
    void setCsvDelimiter(QChar delimiter);
    QString csvNamespace() const; // empty: OMERO's client namespace
    void setCsvNamespace(const QString &mapNamespace);
    OmeroCsvExporter::Options csvOptions() const;
    static const QList<QChar> &csvDelimiters();

    // Recent record files, newest first ------------------------------------
    // As stored; no disk access (a missing network drive must not block).
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void removeRecentFiles(const QStringList &paths);
    void clearRecentFiles();
    // Template files used last, newest first: offered first when choosing one,
    // and the one a start without arguments opens.
    QStringList recentTemplates() const;
    void addRecentTemplate(const QString &path);
    // The files of `paths` that do not exist. Touches the disk: call it on a worker thread.
    static QStringList missingFiles(const QStringList &paths);

    // Window layout ----------------------------------------------------------
    // Geometry, and for a QMainWindow its docks and toolbars, under the
    // widget's objectName (which must be set).
    void saveWindowLayout(const QWidget &window);
    bool restoreWindowLayout(QWidget &window) const;

    // Last folders -----------------------------------------------------------
    QString lastFolder(Folder purpose) const; // the user's documents folder by default
    void setLastFolder(Folder purpose, const QString &folder);

    // Where the settings live (a file path, or a registry key on Windows).
    QString location() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace metafill::gui
