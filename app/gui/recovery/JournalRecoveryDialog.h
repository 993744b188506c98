#pragma once

#include "session/JournalRecovery.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace metafill::gui {

class DocumentSession;
class SessionJournal;

// Offered at start when a crash or a kill left unsaved work in session
// journals: lists each (when, template, file, how much), restores the chosen
// one into the window's session, or discards it after asking. "Decide Later"
// (Escape) keeps every journal for the next start. Journals that cannot be
// read are listed with the reason and where they were kept aside.
//
// Reading a journal runs on a worker thread; the dialog shows that it works
// and stays responsive. When the restore had to migrate values (the template
// changed) the dialog shows what, and closes when the person has read it.
class JournalRecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    // `recovery` has been scanned. A restored session continues its old
    // journal in `journal` (may be null: then the old journal is removed).
    JournalRecoveryDialog(JournalRecovery &recovery, DocumentSession &session, SessionJournal *journal,
                          QStringList templateSearchPath, QWidget *parent = nullptr);
    ~JournalRecoveryDialog() override;

    // Scans `journalDir` and, when anything is there, shows the dialog
    // (modal) until the person decided. True when a session was restored;
    // `summary` gets a line for the status bar.
    static bool offer(const QString &journalDir, DocumentSession &session, SessionJournal *journal,
                      const QStringList &templateSearchPath, QWidget *parent, QString *summary = nullptr);

    bool hasRestored() const { return m_restored; }
    // "Restored 12 values and 3 images from 14:32." — for the status bar.
    QString restoredSummary() const { return m_summary; }
    // What did not come back as it was (template replaced, values migrated).
    QStringList restoreNotes() const { return m_notes; }

    void reject() override;

private:
    void fillList();
    void showDamaged();
    const RecoverableSession *currentEntry() const;
    void restoreCurrent();
    void discardCurrent();
    void finishRestore();
    void setBusy(bool busy);

    JournalRecovery &m_recovery;
    DocumentSession &m_session;
    SessionJournal *m_journal;
    QStringList m_searchPath;

    QTreeWidget *m_list = nullptr;
    QLabel *m_damaged = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_later = nullptr;
    QPushButton *m_continue = nullptr;

    QFutureWatcher<JournalRecovery::LoadOutcome> m_loading;
    RecoverableSession m_loadingEntry;
    bool m_busy = false;
    bool m_restored = false;
    QString m_summary;
    QStringList m_notes;
};

} // namespace metafill::gui
