#pragma once

#include "ExportPlan.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace metafill::gui {

class DocumentSession;
class ExportPreview;
class ExportWarningsView;

// Exports the session's record as the CSV OMERO's annotation scripts import:
// the person picks the script (current or legacy), one row per image or per
// dataset, separator, namespace and file; sees the first rows exactly as they
// will be written, what to warn about, and which script parameters to set in
// OMERO. The plan is computed on a worker thread (debounced), the file is
// written on one too, atomically, and only on Export.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // The starting choices; the main window maps its settings onto these and
    // stores chosenDefaults() after an export.
    struct Defaults
    {
        OmeroCsvExporter::Format format = OmeroCsvExporter::Format::Omero;
        QChar delimiter = u'\t';
        std::optional<QString> mapNamespace;      // unset: the template's omero.namespace
        std::optional<OmeroOptions::Level> level; // unset: the template's omero.level
        QString lastFolder;                       // empty: beside the record file, else the home folder
    };

    ExportDialog(DocumentSession *session, const Defaults &defaults, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportSettings settings() const;
    Defaults chosenDefaults() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);

    // A preview is being computed for changed options (or a changed record).
    bool isUpdating() const { return m_updatePending || m_planInFlight; }
    bool isWriting() const { return m_writing; }
    // The plan the preview shows (counts, preview, warnings; its rows are
    // released, see ExportPlan::releaseRows); nullptr before the first one.
    const ExportPlan *currentPlan() const { return m_plan ? &*m_plan : nullptr; }

public slots:
    // Export: writes the file(s) on a worker thread; closes on success, shows
    // the error inline otherwise.
    void accept() override;
    // Closes, except while a file is being written (it is never left half done).
    void reject() override;

signals:
    // The preview, warnings and OMERO instructions show the current options.
    void previewUpdated();
    // Written; `summary` is one sentence for the status bar.
    void exported(const QStringList &files, const QString &summary);

private:
    struct PlanJob
    {
        ExportPlan plan;
        bool outputExists = false;
    };
    struct WriteJob
    {
        QString error;
        QStringList files;
        QStringList warnings;
        int rows = 0;
        int keyColumns = 0;
        int imagesMissingRequired = 0;
        OmeroOptions::Level level = OmeroOptions::Level::Image;
    };

    void buildWidgets();
    void applyDefaults(const Defaults &defaults);
    void formatChanged();
    void levelChanged();
    void updateEnabledOptions();
    void scheduleUpdate();
    void startUpdate();
    void planFinished();
    void writeFinished();
    void browse();
    void copyInstructions();
    void showInstructions();
    void showError(const QString &message);
    void setWriting(bool writing);
    void showFieldHelp();
    QStringList targetFiles(int fileCount) const;

    DocumentSession *m_session = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_datasetName = nullptr;
    QComboBox *m_separator = nullptr;
    QLineEdit *m_namespace = nullptr;
    QLineEdit *m_output = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_outputNote = nullptr;
    QTextBrowser *m_instructions = nullptr;
    QPushButton *m_copyInstructions = nullptr;
    ExportWarningsView *m_warnings = nullptr;
    ExportPreview *m_preview = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_requiredIcon = nullptr;
    QLabel *m_requiredNote = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;

    // While the legacy script is chosen, level and separator are fixed; these
    // keep what the person had chosen for the current script.
    int m_levelBeforeLegacy = 0;
    int m_separatorBeforeLegacy = 0;
    bool m_legacyApplied = false;
    bool m_writing = false;

    QTimer m_updateTimer;
    bool m_updatePending = false; // options changed; the timer will start a plan
    bool m_planInFlight = false;  // a plan is computed, or computed and not shown yet
    QFutureWatcher<PlanJob> m_planWatcher;
    QFutureWatcher<WriteJob> m_writeWatcher;
    std::optional<ExportPlan> m_plan;
};

} // namespace metafill::gui
