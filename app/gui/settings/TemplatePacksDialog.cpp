#include "TemplatePacksDialog.h"

#include "AppSettings.h"
#include "PackJob.h"
#include "template/TemplateLoader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

enum Column { Title, Version, Publisher, Source, Checked, ColumnCount };

PackManager::Options defaultOptions(const AppSettings &settings)
{
    PackManager::Options options;
    options.templateSearchPath = settings.templateSearchPath();
    return options;
}

} // namespace

TemplatePacksDialog::TemplatePacksDialog(AppSettings &settings, QWidget *parent)
    : TemplatePacksDialog(settings, defaultOptions(settings), parent)
{}

TemplatePacksDialog::TemplatePacksDialog(AppSettings &settings, PackManager::Options options, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_options(std::move(options))
{
    setObjectName(u"TemplatePacksDialog"_s);
    setWindowTitle(tr("Template Packs"));
    // The same proxy as for term lookups: one setting for "how this PC reaches the internet".
    m_options.fetch.proxy = m_settings.proxy();
    m_job = new PackJob(m_options, this);

    auto *intro = new QLabel(tr("Template packs come from core facilities: templates with their instrument presets, and term "
                                "lists. Metafill keeps a copy for offline use, checks every file when it updates, and keeps "
                                "older versions for the records made with them."),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"packList"_s);
    m_list->setAccessibleName(tr("Subscribed template packs"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Pack"), tr("Version"), tr("Publisher"), tr("Source"), tr("Last checked")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Source, QHeaderView::Stretch);

    m_addAddress = new QPushButton(tr("Add from &Address…"), this);
    m_addAddress->setObjectName(u"addPackAddressButton"_s);
    m_addFolder = new QPushButton(tr("Add from &Folder…"), this);
    m_addFolder->setObjectName(u"addPackFolderButton"_s);
    m_update = new QPushButton(tr("&Update"), this);
    m_update->setObjectName(u"updatePackButton"_s);
    m_updateAll = new QPushButton(tr("Update A&ll"), this);
    m_updateAll->setObjectName(u"updateAllPacksButton"_s);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(u"removePackButton"_s);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_addAddress, m_addFolder, m_update, m_updateAll, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);

    m_storeProblem = new QLabel(this);
    m_storeProblem->setObjectName(u"packStoreProblem"_s);
    m_storeProblem->setWordWrap(true);
    m_storeProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeProblem->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(u"packStatus"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"packProgress"_s);
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(u"cancelPackButton"_s);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    auto *detailsLabel = new QLabel(tr("&Details:"), this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"packDetails"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    detailsLabel->setBuddy(m_details);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 2);
    layout->addWidget(m_storeProblem);
    layout->addLayout(progressRow);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(close);

    connect(m_addAddress, &QPushButton::clicked, this, &TemplatePacksDialog::askForAddress);
    connect(m_addFolder, &QPushButton::clicked, this, &TemplatePacksDialog::askForFolder);
    connect(m_update, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            updatePacks({id});
    });
    connect(m_updateAll, &QPushButton::clicked, this, [this] { updatePacks({}); });
    connect(m_remove, &QPushButton::clicked, this, &TemplatePacksDialog::askToRemove);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showSelection();
        updateEnabledStates();
    });
    connect(m_job, &PackJob::progress, this, &TemplatePacksDialog::onProgress);
    connect(m_job, &PackJob::finished, this, &TemplatePacksDialog::onFinished);

    reload();
    showSelection();
    resize(820, 560);
}

TemplatePacksDialog::~TemplatePacksDialog() = default;

bool TemplatePacksDialog::isBusy() const
{
    return m_job->isRunning();
}

QString TemplatePacksDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(Title, Qt::UserRole).toString() : QString();
}

void TemplatePacksDialog::reload()
{
    const QString keep = selectedId();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    const PackManager manager(m_options);
    const auto packs = manager.list();
    m_storeProblem->setVisible(!packs);
    if (!packs) {
        m_storeProblem->setText(packs.error());
        updateEnabledStates();
        return;
    }
    const QLocale locale;
    for (const PackInfo &info : *packs) {
        const PackSubscription &s = info.subscription;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Title, s.title.isEmpty() ? s.id : s.title);
        item->setData(Title, Qt::UserRole, s.id);
        item->setToolTip(Title, s.id);
        item->setText(Version, s.activeVersion);
        item->setText(Publisher, s.publisher);
        item->setText(Source, s.source);
        item->setToolTip(Source, s.source);
        item->setText(Checked, s.updated.isValid() ? locale.toString(s.updated.toLocalTime(), QLocale::ShortFormat) : QString());
        if (!info.index)
            item->setToolTip(Version, info.problem);
        if (s.id == keep || !m_list->currentItem())
            m_list->setCurrentItem(item);
    }
    updateEnabledStates();
}

void TemplatePacksDialog::showSelection()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_details->setPlainText(m_list->topLevelItemCount() == 0 ? tr("No template packs yet. Your facility gives you an address "
                                                                      "(https://…) or a folder; add it here.")
                                                                 : QString());
        return;
    }
    const PackManager manager(m_options);
    const auto packs = manager.list();
    if (!packs)
        return;
    for (const PackInfo &info : *packs) {
        if (info.subscription.id != id)
            continue;
        const PackSubscription &s = info.subscription;
        QStringList lines{tr("%1 %2 — %3").arg(s.id, s.activeVersion, s.title), tr("Publisher: %1").arg(s.publisher),
                          tr("Source: %1").arg(s.source), tr("Kept on this computer: %1").arg(info.keptVersions.join(u", "_s))};
        if (info.index) {
            for (const PackFile &file : info.index->files) {
                lines.append(file.kind() == PackFile::Kind::Template ? tr("Template %1 %2").arg(file.templateId, file.templateVersion)
                                                                     : tr("Term pack %1").arg(file.path));
            }
        } else {
            lines.append(info.problem);
        }
        m_details->setPlainText(lines.join(u'\n'));
    }
}

void TemplatePacksDialog::updateEnabledStates()
{
    const bool busy = m_job->isRunning();
    const bool selected = !selectedId().isEmpty();
    m_addAddress->setEnabled(!busy);
    m_addFolder->setEnabled(!busy);
    m_update->setEnabled(!busy && selected);
    m_updateAll->setEnabled(!busy && m_list->topLevelItemCount() > 0);
    m_remove->setEnabled(!busy && selected);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void TemplatePacksDialog::askForAddress()
{
    bool ok = false;
    const QString address = QInputDialog::getText(
        this, tr("Add Template Pack"), tr("The pack's address, as your facility gives it (https://…):"), QLineEdit::Normal, QString(), &ok);
    if (ok && !address.trimmed().isEmpty())
        addSource(address.trimmed());
}

void TemplatePacksDialog::askForFolder()
{
    const QString start = m_settings.lastFolder(AppSettings::Folder::Templates);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Template Pack from a Folder"), start);
    if (folder.isEmpty())
        return;
    m_settings.setLastFolder(AppSettings::Folder::Templates, folder);
    addSource(folder);
}

void TemplatePacksDialog::askToRemove()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove Template Pack"),
                                              tr("Remove the template pack %1 from this computer, with every version kept of it? "
                                                 "Records made with its templates cannot be opened until the pack is added again.")
                                                  .arg(m_list->currentItem()->text(Title)),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removePack(id);
}

void TemplatePacksDialog::addSource(const QString &source)
{
    if (m_job->isRunning())
        return;
    started(tr("Fetching %1…").arg(source));
    m_job->add(source);
    updateEnabledStates();
}

void TemplatePacksDialog::updatePacks(const QStringList &ids)
{
    if (m_job->isRunning())
        return;
    started(tr("Checking for updates…"));
    m_job->update(ids);
    updateEnabledStates();
}

void TemplatePacksDialog::removePack(const QString &id)
{
    if (m_job->isRunning())
        return;
    started(tr("Removing %1…").arg(id));
    m_job->remove(id);
    updateEnabledStates();
}

void TemplatePacksDialog::started(const QString &what)
{
    m_status->setText(what);
    m_progress->setRange(0, 0); // busy until sizes are known
    m_cancel->setEnabled(true);
    m_details->clear();
}

void TemplatePacksDialog::onProgress(const QString &pack, const QString &file, int fileNumber, int fileCount, qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
    if (!m_cancel->isEnabled())
        return; // "Cancelling…" stays
    m_status->setText(file.isEmpty() ? tr("%1: checking the files…").arg(pack)
                                     : tr("%1: fetching %2 (%3 of %4)").arg(pack, file).arg(fileNumber).arg(fileCount));
}

void TemplatePacksDialog::onFinished(const PackJobResult &result)
{
    QStringList lines = result.report;
    for (const QString &error : result.errors)
        lines.append(tr("Not done: %1").arg(error));
    for (const QString &warning : result.warnings)
        lines.append(tr("Note: %1").arg(warning));
    if (result.cancelled)
        m_status->setText(tr("Cancelled; the pack being fetched stays as it was."));
    else if (result.ok)
        m_status->setText(tr("Done."));
    else
        m_status->setText(tr("Some packs could not be updated; see below."));
    reload();
    m_details->setPlainText(lines.join(u'\n'));
    emit packsChanged();
}

} // namespace metafill::gui
