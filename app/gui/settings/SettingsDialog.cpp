#include "SettingsDialog.h"

#include "AppSettings.h"
#include "TemplatePacksDialog.h"

#include "OlsSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

enum class ProxyMode { Environment, Direct, Manual };

// A message under a field: the style's warning icon in the label column, the
// text under the field, both hidden until there is something to say.
QLabel *addMessageRow(QFormLayout *form, QWidget *parent, const QString &objectName)
{
    auto *icon = new QLabel(parent);
    const int size = parent->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, parent);
    icon->setPixmap(parent->style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, parent).pixmap(size, size));
    icon->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *text = new QLabel(parent);
    text->setObjectName(objectName);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(icon, text);
    // The row is found again through its text label.
    text->setProperty("formRow", form->rowCount() - 1);
    form->setRowVisible(form->rowCount() - 1, false);
    return text;
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    if (auto *form = qobject_cast<QFormLayout *>(label->parentWidget()->layout()))
        form->setRowVisible(label->property("formRow").toInt(), !message.isEmpty());
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    // Secondary text in the palette's own dimmed colour: right on light and dark themes.
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(u"SettingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsPages"_s);
    m_tabs->addTab(buildGeneralPage(), tr("&General"));
    m_tabs->addTab(buildOntologyPage(), tr("O&ntology Lookup"));
    m_tabs->addTab(buildTemplatesPage(), tr("&Templates"));
    m_tabs->addTab(buildExportPage(), tr("&Export"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->setObjectName(u"settingsButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    // Qt's own German for this button is the word the Presets menu uses; say what it does instead.
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore &Defaults"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Put every field back to Metafill's default; nothing is written until OK or Apply."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    load();
    resize(620, 440);
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // a button as wide as the dialog looks like a bar

    m_language = new QComboBox(page);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Same as the system"), int(AppSettings::Language::System));
    // Each language in its own words, so people find theirs whatever the current one.
    m_language->addItem(u"English"_s, int(AppSettings::Language::English));
    m_language->addItem(u"Deutsch"_s, int(AppSettings::Language::German));
    auto *languageLabel = new QLabel(tr("&Language:"), page);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), hint(tr("A new language takes effect the next time Metafill starts."), page));

    m_clearRecent = new QPushButton(tr("&Forget Recent Files"), page);
    m_clearRecent->setObjectName(u"clearRecentButton"_s);
    m_clearRecent->setToolTip(tr("Empties File → Open Recent. The files themselves are not touched."));
    connect(m_clearRecent, &QPushButton::clicked, this, [this] {
        m_settings.clearRecentFiles();
        m_clearRecent->setEnabled(false);
    });
    form->addRow(tr("Recent files:"), m_clearRecent);

    auto *where = hint(tr("Settings are stored in %1").arg(QDir::toNativeSeparators(m_settings.location())), page);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), where);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::markChanged);
    return page;
}

QWidget *SettingsDialog::buildOntologyPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_olsUrl = new QLineEdit(page);
    m_olsUrl->setObjectName(u"olsUrlEdit"_s);
    m_olsUrl->setAccessibleName(tr("Ontology Lookup Service address"));
    m_olsUrl->setPlaceholderText(QString::fromUtf16(OlsSettings::DefaultBaseUrl));
    m_olsUrl->setClearButtonEnabled(true);
    auto *urlLabel = new QLabel(tr("OLS &address:"), page);
    urlLabel->setBuddy(m_olsUrl);
    form->addRow(urlLabel, m_olsUrl);
    m_olsUrlError = addMessageRow(form, page, u"olsUrlError"_s);
    form->addRow(QString(), hint(tr("The Ontology Lookup Service that finds terms as you type. Leave it empty for EBI's "
                                    "public service; an institution's own OLS is given by its https address."),
                                 page));

    m_offline = new QCheckBox(tr("&Work offline: find terms only in the index on this computer"), page);
    m_offline->setObjectName(u"offlineCheck"_s);
    form->addRow(QString(), m_offline);

    m_proxyMode = new QComboBox(page);
    m_proxyMode->setObjectName(u"proxyModeCombo"_s);
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("The system's proxy (environment variables)"), int(ProxyMode::Environment));
    m_proxyMode->addItem(tr("No proxy: connect directly"), int(ProxyMode::Direct));
    m_proxyMode->addItem(tr("This proxy:"), int(ProxyMode::Manual));
    auto *proxyLabel = new QLabel(tr("&Proxy:"), page);
    proxyLabel->setBuddy(m_proxyMode);
    form->addRow(proxyLabel, m_proxyMode);
    m_proxy = new QLineEdit(page);
    m_proxy->setObjectName(u"proxyEdit"_s);
    m_proxy->setAccessibleName(tr("Proxy address"));
    m_proxy->setPlaceholderText(u"http://proxy.example.org:3128"_s);
    auto *proxyAddressLabel = new QLabel(tr("Proxy a&ddress:"), page);
    proxyAddressLabel->setBuddy(m_proxy);
    form->addRow(proxyAddressLabel, m_proxy);
    m_proxyError = addMessageRow(form, page, u"proxyError"_s);

    connect(m_olsUrl, &QLineEdit::textEdited, this, [this] {
        markChanged();
        // Clear an old complaint as soon as the address is right; new ones wait until the field is left.
        if (!m_olsUrlError->text().isEmpty())
            checkOlsUrl(false);
    });
    connect(m_olsUrl, &QLineEdit::editingFinished, this, [this] { checkOlsUrl(false); });
    connect(m_offline, &QCheckBox::toggled, this, [this] {
        markChanged();
        updateEnabledStates();
    });
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this] {
        markChanged();
        updateEnabledStates();
        if (!m_proxyError->text().isEmpty())
            checkProxy(false);
    });
    connect(m_proxy, &QLineEdit::textEdited, this, [this] {
        markChanged();
        if (!m_proxyError->text().isEmpty())
            checkProxy(false);
    });
    connect(m_proxy, &QLineEdit::editingFinished, this, [this] { checkProxy(false); });
    return page;
}

QWidget *SettingsDialog::buildTemplatesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("&Folders with your facility's templates, searched in this order before your own and the "
                                "built-in templates:"),
                             page);
    label->setWordWrap(true);
    layout->addWidget(label);

    auto *row = new QHBoxLayout;
    m_templateFolders = new QListWidget(page);
    m_templateFolders->setObjectName(u"templateFolderList"_s);
    m_templateFolders->setAccessibleName(tr("Template folders"));
    label->setBuddy(m_templateFolders);
    row->addWidget(m_templateFolders, 1);

    auto *buttons = new QVBoxLayout;
    m_addFolder = new QPushButton(tr("&Add…"), page);
    m_addFolder->setObjectName(u"addTemplateFolderButton"_s);
    m_removeFolder = new QPushButton(tr("&Remove"), page);
    m_removeFolder->setObjectName(u"removeTemplateFolderButton"_s);
    m_folderUp = new QPushButton(tr("Move &Up"), page);
    m_folderUp->setObjectName(u"templateFolderUpButton"_s);
    m_folderDown = new QPushButton(tr("Move Do&wn"), page);
    m_folderDown->setObjectName(u"templateFolderDownButton"_s);
    for (QPushButton *button : {m_addFolder, m_removeFolder, m_folderUp, m_folderDown})
        buttons->addWidget(button);
    buttons->addStretch(1);
    // Facility packs are fetched, checked and updated, not just searched: they have a dialog of their own.
    auto *packs = new QPushButton(tr("Template &Packs…"), page);
    packs->setObjectName(u"templatePacksButton"_s);
    connect(packs, &QPushButton::clicked, this, [this] {
        TemplatePacksDialog dialog(m_settings, this);
        dialog.exec();
    });
    buttons->addWidget(packs);
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    connect(m_addFolder, &QPushButton::clicked, this, &SettingsDialog::addTemplateFolder);
    connect(m_removeFolder, &QPushButton::clicked, this, &SettingsDialog::removeTemplateFolder);
    connect(m_folderUp, &QPushButton::clicked, this, [this] { moveTemplateFolder(-1); });
    connect(m_folderDown, &QPushButton::clicked, this, [this] { moveTemplateFolder(+1); });
    connect(m_templateFolders, &QListWidget::currentRowChanged, this, &SettingsDialog::updateEnabledStates);
    // Delete removes the selected folder, as in any list.
    auto *remove = new QShortcut(QKeySequence::Delete, m_templateFolders, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SettingsDialog::removeTemplateFolder);
    return page;
}

QWidget *SettingsDialog::buildExportPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_csvFormat = new QComboBox(page);
    m_csvFormat->setObjectName(u"csvFormatCombo"_s);
    m_csvFormat->setAccessibleName(tr("CSV format"));
    m_csvFormat->addItem(tr("OMERO Import_from_csv (omero-scripts 5.8 and later)"), int(OmeroCsvExporter::Format::Omero));
    m_csvFormat->addItem(tr("Legacy KeyVal_from_csv (omero-scripts up to 5.8)"), int(OmeroCsvExporter::Format::Legacy));
    auto *formatLabel = new QLabel(tr("&Format:"), page);
    formatLabel->setBuddy(m_csvFormat);
    form->addRow(formatLabel, m_csvFormat);

    m_csvDelimiter = new QComboBox(page);
    m_csvDelimiter->setObjectName(u"csvDelimiterCombo"_s);
    m_csvDelimiter->setAccessibleName(tr("Separator"));
    for (const QChar delimiter : AppSettings::csvDelimiters()) {
        const QString name = delimiter == u'\t' ? tr("Tab") : delimiter == u',' ? tr("Comma ( , )") : tr("Semicolon ( ; )");
        m_csvDelimiter->addItem(name, QString(delimiter));
    }
    auto *delimiterLabel = new QLabel(tr("&Separator:"), page);
    delimiterLabel->setBuddy(m_csvDelimiter);
    form->addRow(delimiterLabel, m_csvDelimiter);
    m_delimiterNote = hint(tr("Legacy files always use commas: KeyVal_from_csv has no separator parameter."), page);
    form->addRow(QString(), m_delimiterNote);

    m_csvNamespace = new QLineEdit(page);
    m_csvNamespace->setObjectName(u"csvNamespaceEdit"_s);
    m_csvNamespace->setAccessibleName(tr("Namespace"));
    m_csvNamespace->setPlaceholderText(tr("none: OMERO's client namespace, editable in OMERO.web"));
    auto *namespaceLabel = new QLabel(tr("Na&mespace:"), page);
    namespaceLabel->setBuddy(m_csvNamespace);
    form->addRow(namespaceLabel, m_csvNamespace);
    form->addRow(QString(), hint(tr("These are the defaults of File → Export; each export can still choose otherwise."), page));

    connect(m_csvFormat, &QComboBox::currentIndexChanged, this, [this] {
        markChanged();
        updateEnabledStates();
    });
    connect(m_csvDelimiter, &QComboBox::currentIndexChanged, this, &SettingsDialog::markChanged);
    connect(m_csvNamespace, &QLineEdit::textEdited, this, &SettingsDialog::markChanged);
    return page;
}

void SettingsDialog::load()
{
    m_loading = true;
    m_language->setCurrentIndex(m_language->findData(int(m_settings.language())));
    m_clearRecent->setEnabled(!m_settings.recentFiles().isEmpty());

    const QString url = m_settings.olsUrl();
    m_olsUrl->setText(url == QStringView(OlsSettings::DefaultBaseUrl) ? QString() : url);
    m_offline->setChecked(m_settings.offlineMode());
    const QString proxy = m_settings.proxy();
    const ProxyMode mode = proxy.isEmpty() ? ProxyMode::Environment
        : proxy == QStringView(OlsSettings::NoProxy) ? ProxyMode::Direct
                                                     : ProxyMode::Manual;
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(mode)));
    m_proxy->setText(mode == ProxyMode::Manual ? proxy : QString());

    m_templateFolders->clear();
    for (const QString &folder : m_settings.templateFolders())
        m_templateFolders->addItem(QDir::toNativeSeparators(folder));
    m_templateFolders->setCurrentRow(0);

    m_csvFormat->setCurrentIndex(m_csvFormat->findData(int(m_settings.csvFormat())));
    m_csvDelimiter->setCurrentIndex(m_csvDelimiter->findData(QString(m_settings.csvDelimiter())));
    m_csvNamespace->setText(m_settings.csvNamespace());

    showMessage(m_olsUrlError, {});
    showMessage(m_proxyError, {});
    m_loading = false;
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    updateEnabledStates();
}

void SettingsDialog::restoreDefaults()
{
    m_language->setCurrentIndex(m_language->findData(int(AppSettings::Language::System)));
    m_olsUrl->clear();
    m_offline->setChecked(false);
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(ProxyMode::Environment)));
    m_proxy->clear();
    m_templateFolders->clear();
    m_csvFormat->setCurrentIndex(m_csvFormat->findData(int(OmeroCsvExporter::Format::Omero)));
    m_csvDelimiter->setCurrentIndex(m_csvDelimiter->findData(u"\t"_s));
    m_csvNamespace->clear();
    showMessage(m_olsUrlError, {});
    showMessage(m_proxyError, {});
    markChanged();
    updateEnabledStates();
}

void SettingsDialog::markChanged()
{
    if (!m_loading)
        m_buttons->button(QDialogButtonBox::Apply)->setEnabled(true);
}

void SettingsDialog::updateEnabledStates()
{
    // Offline, the address and proxy are kept but not used.
    const bool online = !m_offline->isChecked();
    m_olsUrl->setEnabled(online);
    m_proxyMode->setEnabled(online);
    m_proxy->setEnabled(online && ProxyMode(m_proxyMode->currentData().toInt()) == ProxyMode::Manual);

    const int row = m_templateFolders->currentRow();
    const int count = m_templateFolders->count();
    m_removeFolder->setEnabled(row >= 0);
    m_folderUp->setEnabled(row > 0);
    m_folderDown->setEnabled(row >= 0 && row < count - 1);

    const bool legacy = OmeroCsvExporter::Format(m_csvFormat->currentData().toInt()) == OmeroCsvExporter::Format::Legacy;
    m_csvDelimiter->setEnabled(!legacy);
    m_delimiterNote->setVisible(legacy);
}

bool SettingsDialog::checkOlsUrl(bool focusOnError)
{
    const QString url = m_olsUrl->text().trimmed();
    const Status ok = url.isEmpty() ? Status(Done{}) : AppSettings::checkOlsUrl(url);
    showMessage(m_olsUrlError, ok ? QString() : ok.error());
    if (!ok && focusOnError) {
        showPage(Page::Ontology);
        m_olsUrl->setFocus();
        m_olsUrl->selectAll();
    }
    return ok.ok();
}

QString SettingsDialog::proxyValue() const
{
    switch (ProxyMode(m_proxyMode->currentData().toInt())) {
    case ProxyMode::Environment:
        return {};
    case ProxyMode::Direct:
        return QString::fromUtf16(OlsSettings::NoProxy);
    case ProxyMode::Manual:
        return m_proxy->text().trimmed();
    }
    return {};
}

bool SettingsDialog::checkProxy(bool focusOnError)
{
    QString message;
    if (ProxyMode(m_proxyMode->currentData().toInt()) == ProxyMode::Manual) {
        const QString proxy = proxyValue();
        if (proxy.isEmpty()) {
            message = tr("Enter the proxy's address, such as http://proxy.example.org:3128, or choose another kind of proxy.");
        } else if (proxy == QStringView(OlsSettings::NoProxy)) {
            message = tr("To connect without a proxy, choose “No proxy: connect directly”.");
        } else if (const Status ok = AppSettings::checkProxy(proxy); !ok) {
            message = ok.error();
        }
    }
    showMessage(m_proxyError, message);
    if (!message.isEmpty() && focusOnError) {
        showPage(Page::Ontology);
        m_proxy->setFocus();
        m_proxy->selectAll();
    }
    return message.isEmpty();
}

bool SettingsDialog::apply()
{
    // Checked even when offline: the address is kept for when the PC is online again.
    if (!checkOlsUrl(true) || !checkProxy(true))
        return false;

    m_settings.setLanguage(AppSettings::Language(m_language->currentData().toInt()));
    m_settings.setOlsUrl(m_olsUrl->text());
    m_settings.setOfflineMode(m_offline->isChecked());
    m_settings.setProxy(proxyValue());
    QStringList folders;
    for (int i = 0; i < m_templateFolders->count(); ++i)
        folders.append(QDir::fromNativeSeparators(m_templateFolders->item(i)->text()));
    m_settings.setTemplateFolders(folders);
    m_settings.setCsvFormat(OmeroCsvExporter::Format(m_csvFormat->currentData().toInt()));
    m_settings.setCsvDelimiter(m_csvDelimiter->currentData().toString().front());
    m_settings.setCsvNamespace(m_csvNamespace->text());
    m_settings.sync();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    emit settingsApplied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void SettingsDialog::addTemplateFolder()
{
    const QString start = m_settings.lastFolder(AppSettings::Folder::Templates);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Template Folder"), start);
    if (folder.isEmpty())
        return;
    m_settings.setLastFolder(AppSettings::Folder::Templates, folder);
    const QString shown = QDir::toNativeSeparators(QDir::cleanPath(folder));
    const QList<QListWidgetItem *> existing = m_templateFolders->findItems(shown, Qt::MatchExactly);
    if (!existing.isEmpty()) {
        m_templateFolders->setCurrentItem(existing.first());
        return;
    }
    m_templateFolders->addItem(shown);
    m_templateFolders->setCurrentRow(m_templateFolders->count() - 1);
    markChanged();
    updateEnabledStates();
}

void SettingsDialog::removeTemplateFolder()
{
    const int row = m_templateFolders->currentRow();
    if (row < 0)
        return;
    delete m_templateFolders->takeItem(row);
    m_templateFolders->setCurrentRow(std::min(row, m_templateFolders->count() - 1));
    markChanged();
    updateEnabledStates();
}

void SettingsDialog::moveTemplateFolder(int by)
{
    const int row = m_templateFolders->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_templateFolders->count())
        return;
    QListWidgetItem *item = m_templateFolders->takeItem(row);
    m_templateFolders->insertItem(target, item);
    m_templateFolders->setCurrentRow(target);
    markChanged();
    updateEnabledStates();
}

} // namespace metafill::gui
