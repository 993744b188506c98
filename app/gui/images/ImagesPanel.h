#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace metafill::gui {

class DocumentSession;
class ImageImportJob;
class ImageListModel;
struct ImageImportResult;

// The images being described: "All images" and one row per image. Selecting
// a row chooses whose values the form shows. Adding images (button, menu or
// drop) reads their headers in the background with a progress bar and a
// cancel button; the window stays usable meanwhile.
class ImagesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ImagesPanel(DocumentSession *session, QWidget *parent = nullptr);

    // Searches the paths (files or folders), reads the headers and adds the images, auto-filled.
    void addPaths(const QStringList &paths);
    bool isImporting() const;
    void cancelImport();

    int currentScope() const;
    void setCurrentScope(int scope);
    QListView *list() const { return m_list; }
    ImageListModel *model() const { return m_model; }

signals:
    void scopeSelected(int scope);
    void addImagesRequested();
    // A one-line outcome for the status bar ("Added 12 images; 48 values filled from headers.").
    void message(const QString &text);
    void importFinished();

private:
    void onProgress(qsizetype done, qsizetype total);
    void onFinished(const ImageImportResult &result);
    void removeSelected();

    DocumentSession *m_session;
    ImageListModel *m_model;
    QListView *m_list;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_count;
    QPointer<ImageImportJob> m_job;
};

} // namespace metafill::gui
