#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace metafill::gui {

class AppSettings;

// Metafill's preferences: ontology lookup (OLS address, proxy, offline),
// template folders, language and the defaults of the CSV export. OK and
// Apply write them to AppSettings after checking them; a bad address is
// refused with a message next to the field (https only, plain http just for
// this computer). Every control has a mnemonic; Ctrl+Tab changes the page.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    enum class Page { General, Ontology, Templates, Export };
    void showPage(Page page);

    // Checks and writes the fields; false (with the message shown at the field) when one is wrong.
    bool apply();
    void accept() override;

signals:
    // The settings were written (OK or Apply): the term service and the
    // template chooser pick the new values up from AppSettings.
    void settingsApplied();

private:
    QWidget *buildGeneralPage();
    QWidget *buildOntologyPage();
    QWidget *buildTemplatesPage();
    QWidget *buildExportPage();
    void load();
    void restoreDefaults();
    void markChanged();
    void updateEnabledStates();
    bool checkOlsUrl(bool focusOnError);
    bool checkProxy(bool focusOnError);
    QString proxyValue() const;
    void addTemplateFolder();
    void removeTemplateFolder();
    void moveTemplateFolder(int by);

    AppSettings &m_settings;
    QTabWidget *m_tabs = nullptr;

    QComboBox *m_language = nullptr;
    QPushButton *m_clearRecent = nullptr;

    QLineEdit *m_olsUrl = nullptr;
    QLabel *m_olsUrlError = nullptr;
    QCheckBox *m_offline = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLabel *m_proxyError = nullptr;

    QListWidget *m_templateFolders = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_removeFolder = nullptr;
    QPushButton *m_folderUp = nullptr;
    QPushButton *m_folderDown = nullptr;

    QComboBox *m_csvFormat = nullptr;
    QComboBox *m_csvDelimiter = nullptr;
    QLabel *m_delimiterNote = nullptr;
    QLineEdit *m_csvNamespace = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    bool m_loading = false;
};

} // namespace metafill::gui
