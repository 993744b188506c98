#pragma once

#include "record/FieldPath.h"
#include "util/Result.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace metafill {
class Template;
}

namespace metafill::gui {

class AppSettings;
class BatchGridView;
class DocumentSession;
class FieldHelpPanel;
class FormView;
class ImagesPanel;
class RecentFilesMenu;
class SessionJournal;
class TermLookup;

// The window people fill records in: the images on the left ("All images"
// first), the form for the chosen scope in the middle (or the grid of all
// images), the help of the current field on the right. Everything else —
// templates, records, presets, export — is in the menus, on shortcuts, and
// dropped files become images.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` outlives the window. `journalDir`: where the session journal is
    // written (empty: the default folder).
    explicit MainWindow(AppSettings &settings, const QString &journalDir = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentSession *session() const { return m_session; }
    SessionJournal *journal() const { return m_journal; }
    FormView *form() const { return m_form; }
    BatchGridView *grid() const { return m_grid; }
    ImagesPanel *images() const { return m_images; }

    // Starts a new record with the template at `pathOrId` (a file, or the id of
    // a template in the search path). Errors go to the status bar and are returned.
    Status newRecord(const QString &pathOrId);
    // Opens a saved record, with the template it was made with.
    Status openRecord(const QString &path);
    // Adds image files or folders (in the background).
    void addImages(const QStringList &paths);
    // A line in the status bar (never a modal box for information).
    void showMessage(const QString &text);
    // Offers crashed sessions' journals; true when one was restored.
    bool offerRestore();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    // macOS hands a record opened from the Finder ("Open With") to the running
    // program as a QFileOpenEvent, not on the command line.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A single record file is opened (after the unsaved-changes question); anything else is added as images.
    void openOrAddPaths(const QStringList &paths);
    void createActions();
    void createMenus();
    void chooseTemplate();
    void chooseRecord();
    void chooseImages();
    bool save();
    bool saveAs();
    void exportCsv();
    void showSettings();
    void showAbout();
    void showFieldHelp();
    void applyPreset(const QString &key);
    void rebuildPresetMenu();
    void setScope(int scope);
    void updateTitle();
    void updateOnlineStatus();
    void rememberTemplate(const QString &path);
    void useTemplate(std::shared_ptr<const Template> t);
    // Asks what to do with unsaved changes; false when the person cancelled.
    bool settleUnsavedChanges();

    AppSettings &m_settings;
    DocumentSession *m_session;
    SessionJournal *m_journal;
    TermLookup *m_lookup;
    FormView *m_form;
    BatchGridView *m_grid;
    ImagesPanel *m_images;
    FieldHelpPanel *m_help;
    QTabWidget *m_views;
    QLabel *m_online;
    QMenu *m_presetMenu = nullptr;
    RecentFilesMenu *m_recent = nullptr;
    int m_scope = -1;
    FieldPath m_currentField;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_addImagesAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_formViewAction = nullptr;
    QAction *m_gridViewAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace metafill::gui
