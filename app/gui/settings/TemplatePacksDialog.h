#pragma once

#include "PackManager.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace metafill::gui {

class AppSettings;
class PackJob;
struct PackJobResult;

// Settings → Templates → Template Packs: the facility packs this computer
// follows, with the version in use, the publisher, the source and when each
// was last checked. Add (an https address or a folder), Update (one or all)
// and Remove run on a worker thread with progress and Cancel; what changed is
// shown below the list. Offline, the list shows the copies kept here, which
// the templates keep working from.
class TemplatePacksDialog final : public QDialog
{
    Q_OBJECT

public:
    // `options`: where the store and the term store are; the proxy is taken from `settings`.
    TemplatePacksDialog(AppSettings &settings, PackManager::Options options, QWidget *parent = nullptr);
    explicit TemplatePacksDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~TemplatePacksDialog() override;

    // What the buttons do once they know what to do; the tests call these directly.
    void addSource(const QString &source);
    void updatePacks(const QStringList &ids);
    void removePack(const QString &id);
    bool isBusy() const;

signals:
    // Packs were added, updated or removed: template lists should be read again.
    void packsChanged();

private:
    void reload();
    void showSelection();
    void askForAddress();
    void askForFolder();
    void askToRemove();
    void started(const QString &what);
    void onProgress(const QString &pack, const QString &file, int fileNumber, int fileCount, qint64 done, qint64 total);
    void onFinished(const PackJobResult &result);
    void updateEnabledStates();
    QString selectedId() const;

    AppSettings &m_settings;
    PackManager::Options m_options;
    PackJob *m_job = nullptr;

    QTreeWidget *m_list = nullptr;
    QLabel *m_storeProblem = nullptr;
    QPushButton *m_addAddress = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_updateAll = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace metafill::gui
