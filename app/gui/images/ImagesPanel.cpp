#include "ImagesPanel.h"

#include "ImageImportJob.h"
#include "ImageListModel.h"
#include "session/DocumentSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill::gui {

ImagesPanel::ImagesPanel(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ImageListModel(session, this))
    , m_list(new QListView(this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_progressRow))
    , m_count(new QLabel(this))
{
    m_list->setObjectName(u"imageList"_s);
    m_list->setAccessibleName(tr("Images"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true); // thousands of rows scroll without measuring each
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setCurrentIndex(m_model->index(0));

    auto *add = new QToolButton(this);
    add->setObjectName(u"addImagesButton"_s);
    add->setText(tr("Add images…"));
    add->setToolTip(tr("Add image files or folders; their headers fill the form (you can also drop them on the window)."));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(add, &QToolButton::clicked, this, &ImagesPanel::addImagesRequested);

    auto *remove = new QAction(tr("Remove from the list"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ImagesPanel::removeSelected);
    m_list->addAction(remove);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(u"cancelImportButton"_s);
    m_cancel->setToolTip(tr("Stop reading headers; nothing of this batch is added."));
    connect(m_cancel, &QPushButton::clicked, this, &ImagesPanel::cancelImport);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    m_count->setObjectName(u"imageCount"_s);
    // The count lines up with the names in the list below, not with its frame.
    m_count->setIndent(m_list->frameWidth() + style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list));
    auto *header = new QHBoxLayout;
    header->addWidget(m_count, 1);
    header->addWidget(add);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progressRow);

    const auto updateCount = [this] {
        m_count->setText(tr("%n image(s)", nullptr, m_session->imageCount()));
    };
    updateCount();
    connect(m_session, &DocumentSession::changed, this, [this, updateCount](const RecordChange &change) {
        if (change.kind != RecordChange::Kind::Images && change.kind != RecordChange::Kind::Everything)
            return;
        updateCount();
        // The list was reset; keep a valid current row so the form always has a scope.
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit scopeSelected(ImageListModel::scopeOfRow(current.row()));
    });
}

int ImagesPanel::currentScope() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? ImageListModel::scopeOfRow(current.row()) : -1;
}

void ImagesPanel::setCurrentScope(int scope)
{
    const int row = ImageListModel::rowOfScope(std::clamp(scope, -1, m_session->imageCount() - 1));
    m_list->setCurrentIndex(m_model->index(row));
}

bool ImagesPanel::isImporting() const
{
    return m_job && m_job->isRunning();
}

void ImagesPanel::cancelImport()
{
    if (m_job)
        m_job->cancel();
}

void ImagesPanel::addPaths(const QStringList &paths)
{
    if (paths.isEmpty() || !m_session->templ())
        return;
    if (isImporting()) {
        emit message(tr("Still reading the headers of the previous images; add more when that is done or cancel it."));
        return;
    }
    auto *job = new ImageImportJob(m_session->sharedTemplate(), m_session->record().values, m_session->record().images, this);
    m_job = job;
    connect(job, &ImageImportJob::progress, this, &ImagesPanel::onProgress);
    connect(job, &ImageImportJob::finished, this, &ImagesPanel::onFinished);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Looking for images…"));
    m_progressRow->show();
    job->start(paths);
}

void ImagesPanel::onProgress(qsizetype done, qsizetype total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, int(std::min<qsizetype>(total, INT_MAX)));
    m_progress->setValue(int(std::min(done, total)));
    m_progress->setFormat(tr("Reading headers: %1 of %2").arg(done).arg(total));
}

void ImagesPanel::onFinished(const ImageImportResult &result)
{
    m_progressRow->hide();
    if (m_job)
        m_job->deleteLater();
    if (!result.collectError.isEmpty()) {
        emit message(result.collectError);
        emit importFinished();
        return;
    }
    if (result.cancelled) {
        emit message(tr("Adding images was cancelled; nothing was added."));
        emit importFinished();
        return;
    }
    if (result.images.isEmpty()) {
        emit message(tr("No image files were found there."));
        emit importFinished();
        return;
    }
    QHash<QString, QString> problems;
    for (const ImportedImage &image : result.images) {
        if (!image.error.isEmpty())
            problems.insert(image.entry.file, image.error);
    }
    m_model->addProblems(problems);
    const int count = int(result.images.size());
    m_session->change(tr("Add %n image(s)", nullptr, count), [&result](Record &record) { ImageImportJob::merge(record, result); },
                      RecordChange::images());
    QString text = tr("Added %n image(s); %1 values filled from headers and presets.", nullptr, count).arg(result.filledValues);
    if (result.unreadableFiles > 0)
        text += u' ' + tr("%n file(s) could not be read (marked in the list).", nullptr, result.unreadableFiles);
    emit message(text);
    emit importFinished();
}

void ImagesPanel::removeSelected()
{
    QList<int> scopes;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        const int scope = ImageListModel::scopeOfRow(index.row());
        if (scope >= 0)
            scopes.append(scope);
    }
    if (scopes.isEmpty())
        return;
    std::sort(scopes.begin(), scopes.end(), std::greater<>());
    m_session->change(tr("Remove %n image(s)", nullptr, int(scopes.size())), [&scopes](Record &record) {
        for (int scope : scopes)
            record.images.removeAt(scope);
    }, RecordChange::images());
    emit message(tr("Removed %n image(s) from the list; their files are untouched.", nullptr, int(scopes.size())));
}

} // namespace metafill::gui
