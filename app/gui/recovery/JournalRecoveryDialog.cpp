#include "JournalRecoveryDialog.h"

#include "session/DocumentSession.h"
#include "session/SessionJournal.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QStyle>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

constexpr int JournalPathRole = Qt::UserRole + 1;

enum Column { WhenColumn, TemplateColumn, FileColumn, ValuesColumn, ImagesColumn, ColumnCount };

} // namespace

JournalRecoveryDialog::JournalRecoveryDialog(JournalRecovery &recovery, DocumentSession &session, SessionJournal *journal,
                                             QStringList templateSearchPath, QWidget *parent)
    : QDialog(parent)
    , m_recovery(recovery)
    , m_session(session)
    , m_journal(journal)
    , m_searchPath(std::move(templateSearchPath))
{
    setObjectName(u"JournalRecoveryDialog"_s);
    setWindowTitle(tr("Restore Unsaved Work"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *intro = new QLabel(this);
    intro->setObjectName(u"recoveryIntro"_s);
    intro->setWordWrap(true);
    intro->setText(tr("<b>Metafill was not closed properly last time.</b><br>"
                      "Nothing you typed is lost: the session journal kept it. Choose the work to restore."));
    top->addWidget(intro, 1);
    layout->addLayout(top);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"recoverableSessions"_s);
    m_list->setAccessibleName(tr("Unsaved work"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Last change"), tr("Template"), tr("Saved as"), tr("Values"), tr("Images")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    m_damaged = new QLabel(this);
    m_damaged->setObjectName(u"damagedJournals"_s);
    m_damaged->setWordWrap(true);
    m_damaged->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_damaged);

    m_status = new QLabel(this);
    m_status->setObjectName(u"recoveryStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();
    layout->addWidget(m_status);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"recoveryProgress"_s);
    m_progress->setRange(0, 0); // reading a journal has no steps to count
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_buttons = new QDialogButtonBox(this);
    m_restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setIcon(style()->standardIcon(QStyle::SP_DialogOkButton, nullptr, this));
    m_discard = m_buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(u"discardButton"_s);
    m_discard->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton, nullptr, this));
    m_later = m_buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    m_later->setObjectName(u"laterButton"_s);
    m_later->setToolTip(tr("Keep the journals; Metafill offers them again at the next start."));
    m_continue = m_buttons->addButton(tr("&Continue"), QDialogButtonBox::ActionRole);
    m_continue->setObjectName(u"continueButton"_s);
    m_continue->hide();
    layout->addWidget(m_buttons);

    // The buttons act themselves (QDialogButtonBox would close the dialog on any accept role).
    connect(m_restore, &QPushButton::clicked, this, &JournalRecoveryDialog::restoreCurrent);
    connect(m_discard, &QPushButton::clicked, this, &JournalRecoveryDialog::discardCurrent);
    connect(m_later, &QPushButton::clicked, this, &JournalRecoveryDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &JournalRecoveryDialog::restoreCurrent);
    connect(&m_loading, &QFutureWatcher<JournalRecovery::LoadOutcome>::finished, this, &JournalRecoveryDialog::finishRestore);

    fillList();
    showDamaged();
    m_restore->setDefault(true);
    m_list->setFocus();
    resize(760, 360);
}

JournalRecoveryDialog::~JournalRecoveryDialog()
{
    // A journal still being read finishes on its own; its result is not used.
    m_loading.disconnect(this);
}

bool JournalRecoveryDialog::offer(const QString &journalDir, DocumentSession &session, SessionJournal *journal,
                                  const QStringList &templateSearchPath, QWidget *parent, QString *summary)
{
    JournalRecovery recovery(journalDir);
    recovery.scan();
    if (recovery.isEmpty())
        return false;
    JournalRecoveryDialog dialog(recovery, session, journal, templateSearchPath, parent);
    dialog.exec();
    if (summary)
        *summary = dialog.restoredSummary();
    return dialog.hasRestored();
}

void JournalRecoveryDialog::fillList()
{
    m_list->clear();
    const QLocale locale;
    for (const RecoverableSession &entry : m_recovery.sessions()) {
        const JournalHeader &h = entry.header;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(WhenColumn, JournalPathRole, entry.journalPath);
        item->setText(WhenColumn, locale.toString(entry.lastChange(), QLocale::ShortFormat));
        const QString title = h.templateTitle.isEmpty() ? h.templateId : h.templateTitle;
        item->setText(TemplateColumn, tr("%1 %2").arg(title, h.templateVersion));
        item->setToolTip(TemplateColumn, tr("%1, version %2\n%3").arg(h.templateId, h.templateVersion, QDir::toNativeSeparators(h.templatePath)));
        if (h.recordFile.isEmpty()) {
            item->setText(FileColumn, tr("not saved yet"));
        } else {
            item->setText(FileColumn, QFileInfo(h.recordFile).fileName());
            item->setToolTip(FileColumn, QDir::toNativeSeparators(h.recordFile));
        }
        item->setText(ValuesColumn, locale.toString(h.valueCount));
        item->setText(ImagesColumn, locale.toString(h.imageCount));
        item->setTextAlignment(ValuesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(ImagesColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const bool any = m_list->topLevelItemCount() > 0;
    m_list->setVisible(any);
    m_restore->setEnabled(any);
    m_discard->setEnabled(any);
}

void JournalRecoveryDialog::showDamaged()
{
    const QList<DamagedJournal> &damaged = m_recovery.damaged();
    if (damaged.isEmpty()) {
        m_damaged->hide();
        return;
    }
    QString html = u"<p>"_s + tr("%n journal(s) could not be read and were kept aside:", nullptr, int(damaged.size())).toHtmlEscaped()
        + u"</p><ul>"_s;
    for (const DamagedJournal &d : damaged)
        html += u"<li><code>%1</code>: %2</li>"_s.arg(QDir::toNativeSeparators(d.journalPath).toHtmlEscaped(), d.reason.toHtmlEscaped());
    html += u"</ul>"_s;
    m_damaged->setText(html);
    m_damaged->show();
}

const RecoverableSession *JournalRecoveryDialog::currentEntry() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const QString path = item->data(WhenColumn, JournalPathRole).toString();
    for (const RecoverableSession &entry : m_recovery.sessions()) {
        if (entry.journalPath == path)
            return &entry;
    }
    return nullptr;
}

void JournalRecoveryDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_list->setEnabled(!busy);
    m_restore->setEnabled(!busy && m_list->topLevelItemCount() > 0);
    m_discard->setEnabled(!busy && m_list->topLevelItemCount() > 0);
    m_later->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_status->setText(tr("Restoring…"));
        m_status->show();
    }
}

void JournalRecoveryDialog::restoreCurrent()
{
    const RecoverableSession *entry = currentEntry();
    if (!entry || m_busy)
        return;
    if (m_session.isModified()) {
        // Restoring replaces the document: never at the price of other unsaved work.
        m_status->setText(tr("This window has unsaved changes of its own. Save them first, or restore into a new window."));
        m_status->show();
        return;
    }
    m_loadingEntry = *entry;
    setBusy(true);
    // Reading thousands of images and a template takes a moment: on a worker,
    // so the window keeps painting.
    auto promise = std::make_shared<QPromise<JournalRecovery::LoadOutcome>>();
    m_loading.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, entry = m_loadingEntry, searchPath = m_searchPath] {
        promise->addResult(JournalRecovery::load(entry, searchPath));
        promise->finish();
    });
}

void JournalRecoveryDialog::finishRestore()
{
    setBusy(false);
    if (m_loading.future().resultCount() == 0)
        return;
    JournalRecovery::LoadOutcome outcome = m_loading.result();
    if (!outcome.session) {
        if (outcome.damaged) {
            m_recovery.setAside(m_loadingEntry, outcome.error);
            m_status->setText(tr("This journal is damaged (%1) and was kept aside.").arg(outcome.error));
            fillList();
            showDamaged();
        } else {
            m_status->setText(outcome.error);
        }
        m_status->show();
        if (m_list->topLevelItemCount() == 0)
            m_later->setText(tr("&Close"));
        return;
    }

    const JournalHeader header = m_loadingEntry.header;
    m_notes = outcome.session->notes;
    m_recovery.adopt(m_loadingEntry, std::move(*outcome.session), m_session, m_journal);
    m_restored = true;
    m_summary = tr("Restored %1 and %2 from the session of %3.")
                    .arg(tr("%n value(s)", nullptr, header.valueCount), tr("%n image(s)", nullptr, header.imageCount),
                         QLocale().toString(m_loadingEntry.lastChange(), QLocale::ShortFormat));
    if (m_notes.isEmpty()) {
        accept();
        return;
    }
    // Values that migrated or did not come back: the person reads this before going on.
    QString html = u"<p>"_s + m_summary.toHtmlEscaped() + u"</p><p>"_s
        + tr("Not everything came back as it was:").toHtmlEscaped() + u"</p><ul>"_s;
    for (const QString &note : std::as_const(m_notes))
        html += u"<li>"_s + note.toHtmlEscaped() + u"</li>"_s;
    m_status->setText(html + u"</ul>"_s);
    m_status->show();
    m_list->hide();
    m_restore->hide();
    m_discard->hide();
    m_later->hide();
    m_continue->show();
    m_continue->setDefault(true);
    m_continue->setFocus();
}

void JournalRecoveryDialog::discardCurrent()
{
    const RecoverableSession *entry = currentEntry();
    if (!entry || m_busy)
        return;
    const QString title = entry->header.templateTitle.isEmpty() ? entry->header.templateId : entry->header.templateTitle;
    QMessageBox ask(QMessageBox::Warning, tr("Discard Unsaved Work"),
                    tr("Discard the %1 work last changed %2 (%n value(s))? It cannot be restored afterwards.", nullptr,
                       entry->header.valueCount)
                        .arg(title, QLocale().toString(entry->lastChange(), QLocale::ShortFormat)),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(u"confirmDiscard"_s);
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Discard)
        return;
    m_recovery.discard(*entry);
    fillList();
    if (m_list->topLevelItemCount() == 0) {
        if (m_recovery.damaged().isEmpty()) {
            QDialog::reject();
            return;
        }
        m_later->setText(tr("&Close"));
    }
}

void JournalRecoveryDialog::reject()
{
    // Escape while a journal is read would leave the session half restored.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace metafill::gui
