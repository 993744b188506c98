#include "AppSettings.h"

#include "templates/TemplateCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

// Every key in one place. Renaming one loses what people set: add, never rename.
namespace Key {
const QString OlsUrl = u"ontology/olsUrl"_s;
const QString Proxy = u"ontology/proxy"_s;
const QString Offline = u"ontology/offline"_s;
const QString TemplateFolders = u"templates/folders"_s;
const QString Language = u"general/language"_s;
const QString CsvFormat = u"export/csvFormat"_s;
const QString CsvDelimiter = u"export/csvDelimiter"_s;
const QString CsvNamespace = u"export/namespace"_s;
const QString RecentFiles = u"recent/files"_s;
const QString RecentTemplates = u"recent/templates"_s;
QString windowGeometry(const QString &name) { return u"window/"_s + name + u"/geometry"_s; }
QString windowState(const QString &name) { return u"window/"_s + name + u"/state"_s; }
QString lastFolder(const QString &purpose) { return u"folders/"_s + purpose; }
} // namespace Key

// Stored as words, so the file stays readable and survives reordered enums.
const QString LanguageSystem = u"system"_s;
const QString LanguageEnglish = u"en"_s;
const QString LanguageGerman = u"de"_s;
const QString FormatOmero = u"omero"_s;
const QString FormatLegacy = u"legacy"_s;
const QString DelimiterTab = u"tab"_s;

QString folderName(AppSettings::Folder purpose)
{
    switch (purpose) {
    case AppSettings::Folder::Images:
        return u"images"_s;
    case AppSettings::Folder::Records:
        return u"records"_s;
    case AppSettings::Folder::Templates:
        return u"templates"_s;
    case AppSettings::Folder::Export:
        return u"export"_s;
    }
    return u"other"_s;
}

QString cleanPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniFile) : m_settings(iniFile, QSettings::IniFormat) {}

QString AppSettings::olsUrl() const
{
    const QString url = m_settings.value(Key::OlsUrl).toString().trimmed();
    return url.isEmpty() ? QString::fromUtf16(OlsSettings::DefaultBaseUrl) : url;
}

void AppSettings::setOlsUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    // The default is not written, so a later change of the default reaches everyone who never chose another.
    if (trimmed.isEmpty() || trimmed == QStringView(OlsSettings::DefaultBaseUrl))
        m_settings.remove(Key::OlsUrl);
    else
        m_settings.setValue(Key::OlsUrl, trimmed);
}

QString AppSettings::proxy() const
{
    return m_settings.value(Key::Proxy).toString().trimmed();
}

void AppSettings::setProxy(const QString &proxy)
{
    if (proxy.trimmed().isEmpty())
        m_settings.remove(Key::Proxy);
    else
        m_settings.setValue(Key::Proxy, proxy.trimmed());
}

bool AppSettings::offlineMode() const
{
    // QVariant calls any non-empty text true; only a clear "true" turns the network off.
    const QVariant stored = m_settings.value(Key::Offline, false);
    if (stored.typeId() == QMetaType::QString)
        return stored.toString().trimmed().compare(u"true", Qt::CaseInsensitive) == 0 || stored.toString().trimmed() == u"1";
    return stored.toBool();
}

void AppSettings::setOfflineMode(bool offline)
{
    m_settings.setValue(Key::Offline, offline);
}

TermService::Options AppSettings::termServiceOptions() const
{
    TermService::Options options;
    options.offline = offlineMode();
    options.ols.baseUrl = olsUrl();
    options.ols.proxy = proxy();
    return options;
}

Status AppSettings::checkOlsUrl(const QString &url)
{
    OlsSettings ols;
    ols.baseUrl = url;
    return ols.check();
}

Status AppSettings::checkProxy(const QString &proxy)
{
    // OlsSettings checks the proxy after the address; with the default address
    // only the proxy can fail.
    OlsSettings ols;
    ols.proxy = proxy;
    return ols.check();
}

QStringList AppSettings::templateFolders() const
{
    QStringList folders = m_settings.value(Key::TemplateFolders).toStringList();
    folders.removeIf([](const QString &folder) { return folder.trimmed().isEmpty(); });
    folders.removeDuplicates();
    return folders;
}

void AppSettings::setTemplateFolders(const QStringList &folders)
{
    QStringList clean;
    for (const QString &folder : folders) {
        const QString path = folder.trimmed();
        if (!path.isEmpty() && !clean.contains(path))
            clean.append(QDir::cleanPath(path));
    }
    if (clean.isEmpty())
        m_settings.remove(Key::TemplateFolders);
    else
        m_settings.setValue(Key::TemplateFolders, clean);
}

QStringList AppSettings::templateSearchPath() const
{
    return TemplateCatalog::searchPath(templateFolders());
}

AppSettings::Language AppSettings::language() const
{
    const QString stored = m_settings.value(Key::Language).toString();
    if (stored == LanguageEnglish)
        return Language::English;
    if (stored == LanguageGerman)
        return Language::German;
    return Language::System;
}

void AppSettings::setLanguage(Language language)
{
    switch (language) {
    case Language::System:
        m_settings.remove(Key::Language);
        return;
    case Language::English:
        m_settings.setValue(Key::Language, LanguageEnglish);
        return;
    case Language::German:
        m_settings.setValue(Key::Language, LanguageGerman);
        return;
    }
}

QString AppSettings::languageCode() const
{
    switch (language()) {
    case Language::English:
        return LanguageEnglish;
    case Language::German:
        return LanguageGerman;
    case Language::System:
        break;
    }
    return {};
}

OmeroCsvExporter::Format AppSettings::csvFormat() const
{
    return m_settings.value(Key::CsvFormat).toString() == FormatLegacy ? OmeroCsvExporter::Format::Legacy
                                                                          : OmeroCsvExporter::Format::Omero;
}

void AppSettings::setCsvFormat(OmeroCsvExporter::Format format)
{
    m_settings.setValue(Key::CsvFormat, format == OmeroCsvExporter::Format::Legacy ? FormatLegacy : FormatOmero);
}

const QList<QChar> &AppSettings::csvDelimiters()
{
    // Those OMERO's Import_from_csv.py offers as its 'Separator' parameter.
    static const QList<QChar> delimiters{u'\t', u',', u';'};
    return delimiters;
}

QChar AppSettings::csvDelimiter() const
{
    const QString stored = m_settings.value(Key::CsvDelimiter).toString();
    if (stored == DelimiterTab || stored.isEmpty())
        return u'\t';
    if (stored.size() == 1 && csvDelimiters().contains(stored.front()))
        return stored.front();
    return u'\t';
}

void AppSettings::setCsvDelimiter(QChar delimiter)
{
    if (!csvDelimiters().contains(delimiter))
        delimiter = u'\t';
    // A tab would be invisible (and easily mangled) in the settings file.
    m_settings.setValue(Key::CsvDelimiter, delimiter == u'\t' ? DelimiterTab : QString(delimiter));
}

QString AppSettings::csvNamespace() const
{
    return m_settings.value(Key::CsvNamespace).toString().trimmed();
}

void AppSettings::setCsvNamespace(const QString &mapNamespace)
{
    if (mapNamespace.trimmed().isEmpty())
        m_settings.remove(Key::CsvNamespace);
    else
        m_settings.setValue(Key::CsvNamespace, mapNamespace.trimmed());
}

OmeroCsvExporter::Options AppSettings::csvOptions() const
{
    OmeroCsvExporter::Options options;
    options.format = csvFormat();
    options.delimiter = csvDelimiter();
    options.mapNamespace = csvNamespace();
    return options;
}

QStringList AppSettings::recentFiles() const
{
    QStringList files = m_settings.value(Key::RecentFiles).toStringList();
    files.removeIf([](const QString &file) { return file.isEmpty(); });
    files.removeDuplicates();
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
    return files;
}

void AppSettings::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString clean = cleanPath(path);
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
    m_settings.setValue(Key::RecentFiles, files);
}

QStringList AppSettings::recentTemplates() const
{
    QStringList templates = m_settings.value(Key::RecentTemplates).toStringList();
    templates.removeIf([](const QString &file) { return file.isEmpty(); });
    templates.removeDuplicates();
    if (templates.size() > MaxRecentFiles)
        templates.resize(MaxRecentFiles);
    return templates;
}

void AppSettings::addRecentTemplate(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString clean = cleanPath(path);
    QStringList templates = recentTemplates();
    templates.removeAll(clean);
    templates.prepend(clean);
    if (templates.size() > MaxRecentFiles)
        templates.resize(MaxRecentFiles);
    m_settings.setValue(Key::RecentTemplates, templates);
}

void AppSettings::removeRecentFile(const QString &path)
{
    removeRecentFiles({path});
}

void AppSettings::removeRecentFiles(const QStringList &paths)
{
    QStringList files = recentFiles();
    for (const QString &path : paths) {
        files.removeAll(path);
        files.removeAll(cleanPath(path));
    }
    if (files.isEmpty())
        m_settings.remove(Key::RecentFiles);
    else
        m_settings.setValue(Key::RecentFiles, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(Key::RecentFiles);
}

QStringList AppSettings::missingFiles(const QStringList &paths)
{
    QStringList missing;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            missing.append(path);
    }
    return missing;
}

void AppSettings::saveWindowLayout(const QWidget &window)
{
    const QString name = window.objectName();
    Q_ASSERT_X(!name.isEmpty(), "AppSettings::saveWindowLayout", "the window needs an objectName");
    if (name.isEmpty())
        return;
    m_settings.setValue(Key::windowGeometry(name), window.saveGeometry());
    if (const auto *main = qobject_cast<const QMainWindow *>(&window))
        m_settings.setValue(Key::windowState(name), main->saveState());
}

bool AppSettings::restoreWindowLayout(QWidget &window) const
{
    const QString name = window.objectName();
    if (name.isEmpty())
        return false;
    const QByteArray geometry = m_settings.value(Key::windowGeometry(name)).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry))
        return false;
    if (auto *main = qobject_cast<QMainWindow *>(&window))
        main->restoreState(m_settings.value(Key::windowState(name)).toByteArray());
    return true;
}

QString AppSettings::lastFolder(Folder purpose) const
{
    const QString stored = m_settings.value(Key::lastFolder(folderName(purpose))).toString();
    if (!stored.isEmpty())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void AppSettings::setLastFolder(Folder purpose, const QString &folder)
{
    if (!folder.isEmpty())
        m_settings.setValue(Key::lastFolder(folderName(purpose)), QDir::cleanPath(folder));
}

} // namespace metafill::gui
