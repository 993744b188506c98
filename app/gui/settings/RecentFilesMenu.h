#pragma once

#include <QMenu>

namespace metafill::gui {

class AppSettings;

// File → Open Recent: the last record files, newest first, numbered for the
// keyboard (Alt+F, R, 1). Files that no longer exist are pruned: the check
// runs on a worker thread each time the menu opens (a vanished network drive
// must not freeze the menu), and missing entries disappear when it answers.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT

public:
    // `settings` must outlive the menu.
    explicit RecentFilesMenu(AppSettings &settings, QWidget *parent = nullptr);

    // After a record was opened or saved: it moves to the top.
    void addFile(const QString &path);
    // Rebuilds the entries from the settings (without checking the disk).
    void rebuild();
    // Checks which files still exist, on a worker; missing ones are removed.
    void pruneMissing();

signals:
    void fileChosen(const QString &path);
    // Emitted after a prune finished (for tests and the status bar).
    void pruned(const QStringList &missing);

private:
    void removeMissing(const QStringList &missing);

    AppSettings &m_settings;
};

} // namespace metafill::gui
