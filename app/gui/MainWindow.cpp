#include "MainWindow.h"

#include "BuildInfo.h"

#include "export/ExportDialog.h"
#include "form/FormView.h"
#include "grid/BatchGridModel.h"
#include "grid/BatchGridView.h"
#include "help/FieldHelpPanel.h"
#include "images/ImagesPanel.h"
#include "recovery/JournalRecoveryDialog.h"
#include "session/DocumentSession.h"
#include "session/SessionJournal.h"
#include "settings/AppSettings.h"
#include "settings/RecentFilesMenu.h"
#include "settings/SettingsDialog.h"
#include "templates/TemplateChooser.h"
#include "terms/TermLookup.h"

#include "record/RecordBinder.h"
#include "record/RecordEditor.h"
#include "record/RecordFile.h"
#include "template/TemplateLoader.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

constexpr int StatusMessageMs = 8000;

QString recordFilter()
{
    return MainWindow::tr("Metafill records (*.metafill.json);;JSON files (*.json);;All files (*)");
}

} // namespace

MainWindow::MainWindow(AppSettings &settings, const QString &journalDir, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_session(new DocumentSession(this))
    , m_journal(new SessionJournal(m_session, journalDir.isEmpty() ? SessionJournal::defaultDirectory() : journalDir, this))
    , m_lookup(new TermLookup(settings.termServiceOptions(), this))
    , m_form(new FormView(m_session, m_lookup, this))
    , m_grid(new BatchGridView(m_session, this))
    , m_images(new ImagesPanel(m_session, this))
    , m_help(new FieldHelpPanel(m_session, this))
    , m_views(new QTabWidget(this))
    , m_online(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    qApp->installEventFilter(this);

    m_views->setObjectName(u"views"_s);
    m_views->setDocumentMode(true);
    m_views->addTab(m_form, tr("&Form"));
    m_views->addTab(m_grid, tr("&Grid of all images"));
    setCentralWidget(m_views);

    auto *imagesDock = new QDockWidget(tr("Images"), this);
    imagesDock->setObjectName(u"imagesDock"_s);
    imagesDock->setWidget(m_images);
    addDockWidget(Qt::LeftDockWidgetArea, imagesDock);
    auto *outlineDock = new QDockWidget(tr("Sections"), this);
    outlineDock->setObjectName(u"outlineDock"_s);
    outlineDock->setWidget(m_form->outline());
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    auto *helpDock = new QDockWidget(tr("About this field"), this);
    helpDock->setObjectName(u"helpDock"_s);
    helpDock->setWidget(m_help);
    // Wide enough that longer (German) words in the help do not break mid-word.
    m_help->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    addDockWidget(Qt::RightDockWidgetArea, helpDock);

    m_online->setObjectName(u"onlineStatus"_s);
    statusBar()->addPermanentWidget(m_online);

    createActions();
    createMenus();

    connect(m_images, &ImagesPanel::scopeSelected, this, &MainWindow::setScope);
    connect(m_images, &ImagesPanel::addImagesRequested, this, &MainWindow::chooseImages);
    connect(m_images, &ImagesPanel::message, this, &MainWindow::showMessage);
    connect(m_grid, &BatchGridView::imageActivated, this, [this](int image) {
        m_images->setCurrentScope(image);
        m_views->setCurrentWidget(m_form);
    });
    // The grid follows the document only while it is the view on screen (see BatchGridModel::setFollowing).
    m_grid->model()->setFollowing(false);
    connect(m_views, &QTabWidget::currentChanged, this, [this] { m_grid->model()->setFollowing(m_views->currentWidget() == m_grid); });
    // The grid speaks in the status bar; its own message line would say it twice.
    m_grid->setMessageLineShown(false);
    connect(m_grid, &BatchGridView::statusMessage, this, &MainWindow::showMessage);
    connect(m_grid, &BatchGridView::currentFieldChanged, this, [this](const FieldPath &path, int image) {
        m_currentField = path;
        m_help->showField(path, image);
    });
    connect(m_grid, &BatchGridView::fieldHelpRequested, this, [this](const FieldPath &path, int image) {
        m_currentField = path;
        m_help->showField(path, image);
        showFieldHelp();
    });
    connect(m_form, &FormView::fieldFocused, this, [this](const FieldPath &path) {
        m_currentField = path;
        m_help->showField(path, m_scope);
    });
    connect(m_form, &FormView::helpRequested, this, [this](const FieldPath &path) {
        m_currentField = path;
        m_help->showField(path, m_scope);
        if (auto *dock = findChild<QDockWidget *>(u"helpDock"_s)) {
            dock->show();
            dock->raise();
        }
    });
    connect(m_session, &DocumentSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::templateChanged, this, [this] {
        updateTitle();
        rebuildPresetMenu();
    });
    connect(m_journal, &SessionJournal::writeFailed, this, &MainWindow::showMessage);
    connect(m_lookup, &TermLookup::offlineChanged, this, &MainWindow::updateOnlineStatus);
    connect(m_lookup, &TermLookup::warning, this, &MainWindow::showMessage);

    updateTitle();
    updateOnlineStatus();
    resize(1280, 800);
    m_settings.restoreWindowLayout(*this);
}

MainWindow::~MainWindow()
{
    // Children die in the order they were made, the session first; the views
    // and the journal hold on to it, so they go before it does.
    delete m_views;
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete m_journal;
    delete m_lookup;
    delete m_session;
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(tr("&New record…"), QKeySequence::New, &MainWindow::chooseTemplate);
    m_newAction->setStatusTip(tr("Start a new record from a template."));
    m_openAction = make(tr("&Open record…"), QKeySequence::Open, &MainWindow::chooseRecord);
    m_saveAction = make(tr("&Save"), QKeySequence::Save, &MainWindow::save);
    m_saveAsAction = make(tr("Save &as…"), QKeySequence::SaveAs, &MainWindow::saveAs);
    m_addImagesAction = make(tr("Add &images…"), QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::chooseImages);
    m_addImagesAction->setStatusTip(tr("Add image files; their headers fill the form."));
    m_exportAction = make(tr("&Export for OMERO…"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportCsv);
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, &MainWindow::close);
    m_settingsAction = make(tr("Se&ttings…"), QKeySequence::Preferences, &MainWindow::showSettings);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_helpAction = make(tr("Help on this &field"), QKeySequence::HelpContents, &MainWindow::showFieldHelp);
    m_aboutAction = make(tr("&About Metafill"), QKeySequence(), &MainWindow::showAbout);

    // The change's name goes where each language puts it ("&Undo %1", in German
    // "&Rückgängig: %1"); QUndoStack's own prefix is always followed by a space.
    QUndoStack *undo = m_session->undoStack();
    m_undoAction = undo->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = undo->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    const auto nameUndo = [this](const QString &change) {
        m_undoAction->setText(change.isEmpty() ? tr("&Undo") : tr("&Undo %1", "%1: the change, e.g. Edit study.title").arg(change));
    };
    const auto nameRedo = [this](const QString &change) {
        m_redoAction->setText(change.isEmpty() ? tr("&Redo") : tr("&Redo %1", "%1: the change, e.g. Edit study.title").arg(change));
    };
    connect(undo, &QUndoStack::undoTextChanged, m_undoAction, nameUndo);
    connect(undo, &QUndoStack::redoTextChanged, m_redoAction, nameRedo);
    nameUndo(undo->undoText());
    nameRedo(undo->redoText());

    m_formViewAction = new QAction(tr("&Form"), this);
    m_formViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_formViewAction, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_form); });
    m_gridViewAction = new QAction(tr("&Grid of all images"), this);
    m_gridViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_gridViewAction, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_grid); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recent = new RecentFilesMenu(m_settings, this);
    m_recent->setTitle(tr("Open &recent"));
    connect(m_recent, &RecentFilesMenu::fileChosen, this, [this](const QString &path) {
        if (settleUnsavedChanges())
            openRecord(path);
    });
    file->addMenu(m_recent);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_addImagesAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    // The grid's own actions (copy, paste, fill down …): their shortcuts work
    // while the grid has the focus, the menu shows them.
    edit->addActions(m_grid->editActions());
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    m_presetMenu = menuBar()->addMenu(tr("&Presets"));
    m_presetMenu->setObjectName(u"presetMenu"_s);
    rebuildPresetMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_formViewAction);
    view->addAction(m_gridViewAction);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addAction(m_aboutAction);
}

Status MainWindow::newRecord(const QString &pathOrId)
{
    TemplateLoader loader(m_settings.templateSearchPath());
    TemplateLoader::Outcome outcome = loader.loadByNameOrPath(pathOrId);
    if (!outcome.result) {
        const QList<Diagnostic> &items = outcome.diagnostics.items();
        const QString reason = items.isEmpty() ? tr("%1: the template could not be loaded.").arg(pathOrId) : items.first().toString();
        showMessage(reason);
        return Status::failure(reason);
    }
    auto t = std::make_shared<const Template>(std::move(*outcome.result));
    rememberTemplate(t->filePath);
    useTemplate(std::move(t));
    showMessage(tr("New record from \"%1\".").arg(m_session->templ()->title.localized()));
    return Done{};
}

void MainWindow::useTemplate(std::shared_ptr<const Template> t)
{
    m_session->start(std::move(t));
    m_images->setCurrentScope(-1);
    setScope(-1);
}

Status MainWindow::openRecord(const QString &path)
{
    auto raw = RecordFile::read(path);
    if (!raw) {
        showMessage(raw.error());
        return Status::failure(raw.error());
    }
    // The record names its template by id and version: find it where
    // templates live (the same version if kept), or among the template files
    // used lately (one opened from anywhere).
    TemplateLoader loader(m_settings.templateSearchPath());
    TemplateLoader::Outcome outcome = loader.loadFor(raw->templateRef);
    for (const QString &recent : m_settings.recentTemplates()) {
        if (outcome.result)
            break;
        TemplateLoader::Outcome candidate = loader.load(recent);
        if (candidate.result && candidate.result->id == raw->templateRef.id)
            outcome = std::move(candidate);
    }
    if (!outcome.result) {
        const QString reason = tr("%1: the template \"%2\" this record was made with is not installed; add its folder in the settings.")
                                   .arg(path, raw->templateRef.id);
        showMessage(reason);
        return Status::failure(reason);
    }
    auto t = std::make_shared<const Template>(std::move(*outcome.result));
    RecordBinder::Outcome bound = RecordBinder::bind(*raw, *t, path);
    if (!bound.record) {
        const QList<Diagnostic> &items = bound.notes.items();
        const QString reason = items.isEmpty() ? tr("%1: the record does not fit its template.").arg(path) : items.first().toString();
        showMessage(reason);
        return Status::failure(reason);
    }
    m_session->adopt(t, std::move(*bound.record), path, bound.migrated);
    m_images->setCurrentScope(-1);
    setScope(-1);
    m_settings.addRecentFile(path);
    m_recent->addFile(path);
    rememberTemplate(t->filePath);
    QString text = tr("Opened %1.").arg(QFileInfo(path).fileName());
    if (bound.migrated)
        text += u' ' + tr("It was made with another version of the template; %n value(s) need a look.", nullptr, int(bound.notes.items().size()));
    showMessage(text);
    return Done{};
}

void MainWindow::addImages(const QStringList &paths)
{
    if (!m_session->templ()) {
        showMessage(tr("Choose a template first (File → New record); then add images."));
        return;
    }
    m_images->addPaths(paths);
    if (!paths.isEmpty())
        m_settings.setLastFolder(AppSettings::Folder::Images, QFileInfo(paths.first()).absolutePath());
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, StatusMessageMs);
}

bool MainWindow::offerRestore()
{
    QString summary;
    const bool restored = JournalRecoveryDialog::offer(m_journal->journalDirectory(), *m_session, m_journal,
                                                       m_settings.templateSearchPath(), this, &summary);
    if (restored) {
        m_images->setCurrentScope(-1);
        setScope(-1);
        showMessage(summary);
    }
    return restored;
}

void MainWindow::chooseTemplate()
{
    if (!settleUnsavedChanges())
        return;
    TemplateChooser chooser(m_settings.templateSearchPath(), m_settings.recentTemplates(), this);
    if (chooser.exec() != QDialog::Accepted || chooser.chosenPath().isEmpty())
        return;
    newRecord(chooser.chosenPath());
}

void MainWindow::chooseRecord()
{
    if (!settleUnsavedChanges())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a record"), m_settings.lastFolder(AppSettings::Folder::Records),
                                                      recordFilter());
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(AppSettings::Folder::Records, QFileInfo(path).absolutePath());
    openRecord(path);
}

void MainWindow::chooseImages()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add images"), m_settings.lastFolder(AppSettings::Folder::Images),
        tr("Microscope images (*.tif *.tiff *.ome.tif *.ome.tiff *.btf *.czi *.lsm *.lif *.nd2 *.ims *.ome.xml *.companion.ome);;All files (*)"));
    addImages(paths);
}

bool MainWindow::save()
{
    if (m_session->filePath().isEmpty())
        return saveAs();
    const Status saved = m_session->save(m_session->filePath());
    if (!saved) {
        // A failed save is a decision to take (save elsewhere), so it may interrupt.
        QMessageBox::warning(this, tr("Could not save"), tr("%1\n\nThe record was not changed on disk; try another folder.").arg(saved.error()));
        return false;
    }
    m_settings.addRecentFile(m_session->filePath());
    m_recent->addFile(m_session->filePath());
    showMessage(tr("Saved %1.").arg(QFileInfo(m_session->filePath()).fileName()));
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_session->templ())
        return false;
    QString suggested = m_session->filePath();
    if (suggested.isEmpty())
        suggested = m_settings.lastFolder(AppSettings::Folder::Records) + u"/"_s + tr("record") + u".metafill.json"_s;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the record"), suggested, recordFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".json"_s, Qt::CaseInsensitive))
        path += u".metafill.json"_s;
    m_settings.setLastFolder(AppSettings::Folder::Records, QFileInfo(path).absolutePath());
    const Status saved = m_session->save(path);
    if (!saved) {
        QMessageBox::warning(this, tr("Could not save"), tr("%1\n\nNothing was written; try another folder.").arg(saved.error()));
        return false;
    }
    m_settings.addRecentFile(path);
    m_recent->addFile(path);
    showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::exportCsv()
{
    if (!m_session->templ())
        return;
    ExportDialog::Defaults defaults;
    defaults.format = m_settings.csvFormat();
    defaults.delimiter = m_settings.csvDelimiter();
    // An empty namespace in the settings leaves the choice to the template.
    if (const QString mapNamespace = m_settings.csvNamespace(); !mapNamespace.isEmpty())
        defaults.mapNamespace = mapNamespace;
    defaults.lastFolder = m_settings.lastFolder(AppSettings::Folder::Export);
    ExportDialog dialog(m_session, defaults, this);
    connect(&dialog, &ExportDialog::exported, this, [this](const QStringList &files, const QString &summary) {
        if (!files.isEmpty())
            m_settings.setLastFolder(AppSettings::Folder::Export, QFileInfo(files.first()).absolutePath());
        showMessage(summary);
    });
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Settings saved. A new language takes effect at the next start."));
}

void MainWindow::showAbout()
{
    // The same facts as `metafill-cli --version`, so a bug report can say exactly what ran.
    QStringList facts;
    for (const QString &line : BuildInfo::describe())
        facts.append(line.toHtmlEscaped());
    QMessageBox::about(this, tr("About Metafill"),
                       tr("<h3>Metafill %1</h3><p>Describe microscopy images with metadata templates (REMBI, 4DN-BINA/NBO and "
                          "your facility's), fill them from image headers and export key-value CSV files for OMERO.</p>"
                          "<p>%2</p>")
                           .arg(BuildInfo::version(), facts.join(u"<br>"_s)));
}

void MainWindow::showFieldHelp()
{
    if (auto *dock = findChild<QDockWidget *>(u"helpDock"_s)) {
        dock->show();
        dock->raise();
    }
    // The panel already follows the field in the form or grid; it only needs a field when it has none yet.
    if (!m_help->field() && !m_currentField.section.isEmpty())
        m_help->showField(m_currentField, m_scope);
}

void MainWindow::rebuildPresetMenu()
{
    if (!m_presetMenu)
        return;
    m_presetMenu->clear();
    const Template *t = m_session->templ();
    if (!t || t->presets.isEmpty()) {
        QAction *none = m_presetMenu->addAction(tr("This template has no presets"));
        none->setEnabled(false);
        return;
    }
    for (const PresetSpec &preset : t->presets) {
        QAction *action = m_presetMenu->addAction(preset.label.isEmpty() ? preset.key : preset.label.localized());
        action->setObjectName(u"preset:"_s + preset.key);
        action->setStatusTip(preset.help.localized());
        action->setToolTip(preset.help.localized());
        const QString key = preset.key;
        connect(action, &QAction::triggered, this, [this, key] { applyPreset(key); });
    }
}

void MainWindow::applyPreset(const QString &key)
{
    const Template *t = m_session->templ();
    const PresetSpec *preset = t ? t->preset(key) : nullptr;
    if (!preset)
        return;
    const int scope = m_scope;
    QString error;
    m_session->change(tr("Apply preset %1").arg(preset->label.localized()), [&](Record &record) {
        ValueMap &values = scope >= 0 && scope < record.images.size() ? record.images[scope].values : record.values;
        RecordEditor editor(*t, values);
        if (const Status applied = editor.applyPreset(key); !applied)
            error = applied.error();
    });
    if (!error.isEmpty())
        showMessage(error);
    else
        showMessage(tr("Preset \"%1\" applied to %2.").arg(preset->label.localized(), scope < 0 ? tr("all images") : m_session->record().images.at(scope).name));
}

void MainWindow::setScope(int scope)
{
    m_scope = scope;
    m_form->setScope(scope);
    if (!m_currentField.section.isEmpty())
        m_help->showField(m_currentField, scope);
}

void MainWindow::updateTitle()
{
    const Template *t = m_session->templ();
    QString title = m_session->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_session->filePath()).fileName();
    title += u"[*]"_s;
    if (t)
        title += u" — "_s + t->title.localized();
    setWindowTitle(title);
    setWindowModified(m_session->isModified());
    m_saveAction->setEnabled(t != nullptr);
    m_saveAsAction->setEnabled(t != nullptr);
    m_exportAction->setEnabled(t != nullptr);
    m_addImagesAction->setEnabled(t != nullptr);
}

void MainWindow::updateOnlineStatus()
{
    if (m_lookup->isOffline()) {
        m_online->setText(tr("Terms: offline index"));
        m_online->setToolTip(m_lookup->offlineReason());
    } else {
        m_online->setText(tr("Terms: OLS"));
        m_online->setToolTip(tr("Ontology terms are looked up at the Ontology Lookup Service, with the offline index as a fallback."));
    }
}

void MainWindow::rememberTemplate(const QString &path)
{
    m_settings.addRecentTemplate(path);
}

bool MainWindow::settleUnsavedChanges()
{
    if (!m_session->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The record has changes that are not saved. Save them first?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    box.setInformativeText(tr("If you discard them, they are gone; they are kept in the journal until then."));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_journal->discard();
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleUnsavedChanges()) {
        event->ignore();
        return;
    }
    m_images->cancelImport();
    m_settings.saveWindowLayout(*this);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_session->templ())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty()) {
        showMessage(tr("Only files on this computer or a mounted share can be added."));
        return;
    }
    openOrAddPaths(paths);
    event->acceptProposedAction();
}

void MainWindow::openOrAddPaths(const QStringList &paths)
{
    // A record file dropped on the window is opened, images are added.
    if (paths.size() == 1 && paths.first().endsWith(u".metafill.json"_s, Qt::CaseInsensitive)) {
        if (settleUnsavedChanges())
            openRecord(paths.first());
    } else {
        addImages(paths);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        if (!file.isEmpty()) {
            openOrAddPaths({file});
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace metafill::gui
