#include "ExportDialog.h"

#include "ExportPreview.h"
#include "ExportWarningsView.h"
#include "OmeroInstructions.h"
#include "session/DocumentSession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <memory>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

// Typing a namespace or a dataset name should not recompute on every key.
constexpr int UpdateDelayMs = 150;
// A preview quicker than this appears without a "working" note flashing up.
constexpr int ProgressNoteDelayMs = 300;

// Runs `work` on the global thread pool and returns its future. `work` gets a
// function telling it whether the caller has given up (the future was canceled),
// and owns copies of everything it reads, so the dialog may close meanwhile.
template<typename T, typename Work> QFuture<T> runInPool(Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() {
        if (!promise->isCanceled())
            promise->addResult(work([&promise] { return promise->isCanceled(); }));
        promise->finish();
    });
    return future;
}

enum SeparatorIndex { Tab = 0, Comma = 1, Semicolon = 2 };

QChar separatorAt(int index)
{
    return index == Comma ? u',' : index == Semicolon ? u';' : u'\t';
}

int separatorIndex(QChar delimiter)
{
    return delimiter == u',' ? Comma : delimiter == u';' ? Semicolon : Tab;
}

} // namespace

ExportDialog::ExportDialog(DocumentSession *session, const Defaults &defaults, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export for OMERO"));
    buildWidgets();
    applyDefaults(defaults);

    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(UpdateDelayMs);
    connect(&m_updateTimer, &QTimer::timeout, this, &ExportDialog::startUpdate);
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this, &ExportDialog::planFinished);
    connect(&m_writeWatcher, &QFutureWatcherBase::finished, this, &ExportDialog::writeFinished);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ExportDialog::levelChanged);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleUpdate);
    connect(m_datasetName, &QLineEdit::textChanged, this, &ExportDialog::scheduleUpdate);
    connect(m_namespace, &QLineEdit::textChanged, this, &ExportDialog::scheduleUpdate);
    connect(m_output, &QLineEdit::textChanged, this, &ExportDialog::scheduleUpdate);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_copyInstructions, &QPushButton::clicked, this, &ExportDialog::copyInstructions);
    connect(m_session, &DocumentSession::changed, this, &ExportDialog::scheduleUpdate);
    connect(m_session, &DocumentSession::templateChanged, this, &ExportDialog::scheduleUpdate);

    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &ExportDialog::showFieldHelp);

    // The first preview is wanted at once, not after the typing delay.
    m_updatePending = true;
    startUpdate();
}

ExportDialog::~ExportDialog()
{
    // A running preview only reads its own copies; nobody waits for it.
    m_planWatcher.cancel();
}

void ExportDialog::buildWidgets()
{
    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(tr("Import from CSV (current OMERO scripts)"), int(OmeroCsvExporter::Format::Omero));
    m_format->addItem(tr("KeyVal_from_csv (older OMERO, scripts up to 5.8)"), int(OmeroCsvExporter::Format::Legacy));
    m_format->setAccessibleName(tr("OMERO script"));
    m_format->setWhatsThis(tr("The OMERO script that will read the file. Servers with omero-scripts newer than 5.8 have "
                              "“Import from CSV”; older ones only “KeyVal_from_csv”. Ask your facility if unsure."));

    m_level = new QComboBox(this);
    m_level->setObjectName(u"levelCombo"_s);
    m_level->addItem(tr("One row per image"), int(OmeroOptions::Level::Image));
    m_level->addItem(tr("One row per dataset (the values its images share)"), int(OmeroOptions::Level::Dataset));
    m_level->setAccessibleName(tr("Rows"));
    m_level->setWhatsThis(tr("Per image: every image gets its own key-value pairs. Per dataset: each dataset gets the values "
                             "all its images share; a value that differs between them is left out."));

    m_datasetName = new QLineEdit(this);
    m_datasetName->setObjectName(u"datasetNameEdit"_s);
    m_datasetName->setAccessibleName(tr("Dataset name"));
    m_datasetName->setPlaceholderText(tr("empty: each image's folder is its dataset"));
    m_datasetName->setClearButtonEnabled(true);
    m_datasetName->setWhatsThis(tr("With one row per dataset: the name of the one dataset all images belong to. "
                                   "Left empty, the images are grouped by their folders, as OMERO.insight names datasets on import."));

    m_separator = new QComboBox(this);
    m_separator->setObjectName(u"separatorCombo"_s);
    m_separator->insertItem(Tab, tr("Tab (recommended)"));
    m_separator->insertItem(Comma, tr("Comma  ,"));
    m_separator->insertItem(Semicolon, tr("Semicolon  ;"));
    m_separator->setAccessibleName(tr("Separator"));
    m_separator->setWhatsThis(tr("The character between the cells. Tab is the safest for OMERO, because values rarely "
                                 "contain it. KeyVal_from_csv files always use commas."));

    m_namespace = new QLineEdit(this);
    m_namespace->setObjectName(u"namespaceEdit"_s);
    m_namespace->setAccessibleName(tr("Namespace"));
    m_namespace->setClearButtonEnabled(true);
    m_namespace->setWhatsThis(tr("The OMERO namespace the key-value pairs go to. Empty: OMERO's client namespace, "
                                 "where people can edit the pairs in OMERO.web. Any other namespace protects them from editing."));

    m_output = new QLineEdit(this);
    m_output->setObjectName(u"outputEdit"_s);
    m_output->setAccessibleName(tr("File to write"));
    m_output->setWhatsThis(tr("The file to write. A table larger than 1 MiB is written as several files "
                              "(name.part1.csv, name.part2.csv, …), which OMERO imports one after the other."));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"browseButton"_s);
    m_outputNote = new QLabel(this);
    m_outputNote->setObjectName(u"outputNote"_s);
    m_outputNote->setWordWrap(true);
    m_outputNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outputNote->hide();

    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [form](const QString &text, QWidget *field, QLayout *fieldLayout = nullptr) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        if (fieldLayout)
            form->addRow(label, fieldLayout);
        else
            form->addRow(label, field);
    };
    addRow(tr("&Script:"), m_format);
    addRow(tr("&Rows:"), m_level);
    addRow(tr("&Dataset name:"), m_datasetName);
    addRow(tr("Se&parator:"), m_separator);
    addRow(tr("&Namespace:"), m_namespace);
    addRow(tr("Save &to:"), m_output, outputRow);
    form->addRow(QString(), m_outputNote);
    auto *options = new QGroupBox(tr("File"), this);
    options->setLayout(form);

    m_instructions = new QTextBrowser(this);
    m_instructions->setObjectName(u"omeroInstructions"_s);
    m_instructions->setAccessibleName(tr("What to do in OMERO"));
    m_instructions->setOpenLinks(false);
    m_instructions->setTabChangesFocus(true);
    m_copyInstructions = new QPushButton(tr("&Copy instructions"), this);
    m_copyInstructions->setObjectName(u"copyInstructionsButton"_s);
    m_copyInstructions->setToolTip(tr("Copies these steps as text, e.g. to send them with the file."));
    auto *omeroBox = new QGroupBox(tr("In OMERO"), this);
    auto *omeroLayout = new QVBoxLayout(omeroBox);
    omeroLayout->addWidget(m_instructions, 1);
    omeroLayout->addWidget(m_copyInstructions, 0, Qt::AlignRight);

    m_warnings = new ExportWarningsView(this);
    auto *warningsBox = new QGroupBox(tr("Check before importing"), this);
    auto *warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->addWidget(m_warnings);

    // Left: the choices and what they lead to; right, as tall as both: what
    // to do in OMERO. The preview spans the width below, as wide tables need.
    auto *choices = new QWidget(this);
    auto *choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(options);
    choicesLayout->addWidget(warningsBox, 1);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(u"exportTopSplitter"_s);
    top->setChildrenCollapsible(false);
    top->addWidget(choices);
    top->addWidget(omeroBox);
    top->setStretchFactor(0, 5);
    top->setStretchFactor(1, 4);

    m_preview = new ExportPreview(this);
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"exportSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto iconLabel = [this, iconSize](QStyle::StandardPixmap which) {
        auto *label = new QLabel(this);
        label->setPixmap(style()->standardIcon(which, nullptr, this).pixmap(iconSize, iconSize));
        label->hide();
        return label;
    };
    const auto noteLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->hide();
        return label;
    };
    m_progress = noteLabel(u"progressNote"_s);
    m_requiredIcon = iconLabel(QStyle::SP_MessageBoxWarning);
    m_requiredNote = noteLabel(u"requiredNote"_s);
    m_errorIcon = iconLabel(QStyle::SP_MessageBoxCritical);
    m_error = noteLabel(u"errorLabel"_s);
    m_error->setAccessibleName(tr("Why nothing can be written"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this));
    m_export->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *notes = new QGridLayout;
    notes->setColumnStretch(1, 1);
    notes->addWidget(m_errorIcon, 0, 0, Qt::AlignTop);
    notes->addWidget(m_error, 0, 1);
    notes->addWidget(m_requiredIcon, 1, 0, Qt::AlignTop);
    notes->addWidget(m_requiredNote, 1, 1);
    notes->addWidget(m_progress, 2, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(notes, 1);
    bottom->addWidget(m_buttons, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    // Options first, then what they produce, then the decision.
    setTabOrder(m_format, m_level);
    setTabOrder(m_level, m_datasetName);
    setTabOrder(m_datasetName, m_separator);
    setTabOrder(m_separator, m_namespace);
    setTabOrder(m_namespace, m_output);
    setTabOrder(m_output, m_browse);
    setTabOrder(m_browse, m_instructions);
    setTabOrder(m_instructions, m_copyInstructions);
    setTabOrder(m_copyInstructions, m_warnings);
    setTabOrder(m_warnings, m_preview);
    setTabOrder(m_preview, m_export);

    resize(1100, 780);
}

void ExportDialog::applyDefaults(const Defaults &defaults)
{
    const Template *t = m_session->templ();
    m_format->setCurrentIndex(m_format->findData(int(defaults.format)));
    m_separator->setCurrentIndex(separatorIndex(defaults.delimiter));
    m_separatorBeforeLegacy = m_separator->currentIndex();
    const OmeroOptions::Level level = defaults.level.value_or(t ? t->omero.level : OmeroOptions::Level::Image);
    m_level->setCurrentIndex(m_level->findData(int(level)));
    m_levelBeforeLegacy = m_level->currentIndex();
    m_namespace->setText(defaults.mapNamespace.value_or(t ? t->omero.mapNamespace : QString()));

    QString folder = defaults.lastFolder;
    const QString recordFile = m_session->filePath();
    if (folder.isEmpty() && !recordFile.isEmpty())
        folder = QFileInfo(recordFile).absolutePath();
    if (folder.isEmpty())
        folder = QDir::homePath();
    // File names are not translated: they travel between people and machines.
    const QString base = recordFile.isEmpty() ? u"metadata"_s : QFileInfo(recordFile).baseName();
    m_output->setText(QDir::toNativeSeparators(QDir(folder).filePath(base + u"-omero.csv"_s)));

    formatChanged();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = OmeroCsvExporter::Format(m_format->currentData().toInt());
    s.level = OmeroOptions::Level(m_level->currentData().toInt());
    if (s.level == OmeroOptions::Level::Dataset)
        s.datasetName = m_datasetName->text().trimmed();
    s.delimiter = separatorAt(m_separator->currentIndex());
    if (s.format == OmeroCsvExporter::Format::Omero)
        s.mapNamespace = m_namespace->text().trimmed();
    return s;
}

ExportDialog::Defaults ExportDialog::chosenDefaults() const
{
    const ExportSettings s = settings();
    Defaults d;
    d.format = s.format;
    d.delimiter = separatorAt(s.format == OmeroCsvExporter::Format::Legacy ? m_separatorBeforeLegacy : m_separator->currentIndex());
    d.mapNamespace = m_namespace->text().trimmed();
    d.level = OmeroOptions::Level(
        m_level->itemData(s.format == OmeroCsvExporter::Format::Legacy ? m_levelBeforeLegacy : m_level->currentIndex()).toInt());
    d.lastFolder = QFileInfo(outputPath()).absolutePath();
    return d;
}

QString ExportDialog::outputPath() const
{
    const QString typed = QDir::fromNativeSeparators(m_output->text().trimmed());
    if (typed.isEmpty())
        return {};
    // A bare file name goes beside the record (or into the home folder), not
    // wherever the program happened to be started.
    const QString recordFile = m_session->filePath();
    const QDir base(recordFile.isEmpty() ? QDir::homePath() : QFileInfo(recordFile).absolutePath());
    return QDir::cleanPath(base.absoluteFilePath(typed));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::formatChanged()
{
    const bool legacy = OmeroCsvExporter::Format(m_format->currentData().toInt()) == OmeroCsvExporter::Format::Legacy;
    if (legacy && !m_legacyApplied) {
        // KeyVal_from_csv annotates images only, reads commas and knows no namespaces.
        m_levelBeforeLegacy = m_level->currentIndex();
        m_separatorBeforeLegacy = m_separator->currentIndex();
        const QSignalBlocker levelBlocker(m_level);
        const QSignalBlocker separatorBlocker(m_separator);
        m_level->setCurrentIndex(m_level->findData(int(OmeroOptions::Level::Image)));
        m_separator->setCurrentIndex(Comma);
    } else if (!legacy && m_legacyApplied) {
        const QSignalBlocker levelBlocker(m_level);
        const QSignalBlocker separatorBlocker(m_separator);
        m_level->setCurrentIndex(m_levelBeforeLegacy);
        m_separator->setCurrentIndex(m_separatorBeforeLegacy);
    }
    m_legacyApplied = legacy;
    updateEnabledOptions();
    scheduleUpdate();
}

void ExportDialog::levelChanged()
{
    updateEnabledOptions();
    scheduleUpdate();
}

void ExportDialog::updateEnabledOptions()
{
    // While a file is written the options stay as they were written with.
    const bool legacy = m_legacyApplied;
    const bool datasets = OmeroOptions::Level(m_level->currentData().toInt()) == OmeroOptions::Level::Dataset;
    m_format->setEnabled(!m_writing);
    m_level->setEnabled(!legacy && !m_writing);
    m_datasetName->setEnabled(datasets && !legacy && !m_writing);
    m_separator->setEnabled(!legacy && !m_writing);
    m_namespace->setEnabled(!legacy && !m_writing);
    m_output->setEnabled(!m_writing);
    m_browse->setEnabled(!m_writing);
    m_namespace->setPlaceholderText(legacy ? tr("KeyVal_from_csv uses OMERO's client namespace")
                                           : tr("empty: OMERO's client namespace (editable)"));
    const QString fixed = legacy ? tr("KeyVal_from_csv annotates images only and reads commas.") : QString();
    m_level->setToolTip(fixed);
    m_separator->setToolTip(fixed);
}

void ExportDialog::scheduleUpdate()
{
    m_updatePending = true;
    m_updateTimer.start();
}

void ExportDialog::startUpdate()
{
    m_updateTimer.stop();
    if (m_planWatcher.isRunning())
        m_planWatcher.cancel();
    const std::shared_ptr<const Template> t = m_session->sharedTemplate();
    if (!t) {
        m_updatePending = false;
        m_planInFlight = false;
        m_plan.reset();
        m_preview->showNothing(tr("No template is loaded."));
        m_export->setEnabled(false);
        emit previewUpdated();
        return;
    }
    // Copies of the record share its data until the session changes it, so
    // handing one to the worker costs a few reference counts.
    const Record record = m_session->record();
    const ExportSettings chosen = settings();
    const QString output = outputPath();
    m_updatePending = false;
    m_planInFlight = true;
    m_planWatcher.setFuture(runInPool<PlanJob>([t, record, chosen, output](const std::function<bool()> &canceled) {
        PlanJob job{ExportPlan::compute(*t, record, chosen, canceled), false};
        job.plan.releaseRows();
        job.outputExists = !output.isEmpty() && QFileInfo::exists(output);
        return job;
    }));
    QTimer::singleShot(ProgressNoteDelayMs, this, [this] {
        if (isUpdating() && !isWriting()) {
            m_progress->setText(tr("Updating the preview…"));
            m_progress->show();
        }
    });
}

void ExportDialog::planFinished()
{
    const QFuture<PlanJob> future = m_planWatcher.future();
    m_planInFlight = false;
    if (future.isCanceled() || future.resultCount() == 0 || m_updatePending)
        return; // newer options are on their way
    const PlanJob job = future.result();
    m_plan = job.plan;
    if (!isWriting())
        m_progress->hide();

    if (m_plan->canExport() || !m_plan->previewBytes().isEmpty())
        m_preview->showPlan(*m_plan);
    else
        m_preview->showNothing(tr("Nothing to preview until the problem below is solved."));
    m_warnings->showPlan(*m_plan);
    showInstructions();

    QStringList notes;
    const QStringList files = targetFiles(m_plan->fileCount());
    if (files.size() > 1)
        notes.append(tr("Written as %n file(s): %1", nullptr, int(files.size())).arg(files.join(u", "_s)));
    if (job.outputExists)
        notes.append(tr("This file exists and will be replaced."));
    m_outputNote->setText(notes.join(u' '));
    m_outputNote->setVisible(!notes.isEmpty());

    const int missing = m_plan->imagesMissingRequired();
    if (missing > 0 && m_plan->imageCount() > 0) {
        m_requiredNote->setText(
            tr("%1 of %n image(s) have empty required fields. You can export now and complete them later.", nullptr, m_plan->imageCount())
                .arg(missing));
        m_requiredNote->show();
    } else {
        m_requiredNote->hide();
    }
    m_requiredIcon->setVisible(m_requiredNote->isVisibleTo(this));
    showError(m_plan->canExport() ? QString() : tr("Nothing can be written yet: %1").arg(m_plan->error()));
    m_export->setEnabled(m_plan->canExport() && !isWriting());
    emit previewUpdated();
}

QStringList ExportDialog::targetFiles(int fileCount) const
{
    const QString path = outputPath();
    if (path.isEmpty())
        return {};
    QStringList names;
    if (fileCount <= 1)
        return {QFileInfo(path).fileName()};
    for (int i = 1; i <= fileCount; ++i)
        names.append(QFileInfo(OmeroCsvExporter::partPath(path, i)).fileName());
    return names;
}

void ExportDialog::showInstructions()
{
    const ExportSettings shown = m_plan ? m_plan->settings() : settings();
    const OmeroInstructions steps = OmeroInstructions::forExport(shown, targetFiles(m_plan ? m_plan->fileCount() : 1));
    m_instructions->setHtml(u"<p><b>"_s + tr("Run the script “%1”.").arg(steps.script).toHtmlEscaped() + u"</b></p>"_s + steps.toHtml());
}

void ExportDialog::copyInstructions()
{
    const ExportSettings shown = m_plan ? m_plan->settings() : settings();
    const OmeroInstructions steps = OmeroInstructions::forExport(shown, targetFiles(m_plan ? m_plan->fileCount() : 1));
    QApplication::clipboard()->setText(steps.toPlainText());
    m_progress->setText(tr("The instructions are on the clipboard."));
    m_progress->show();
}

void ExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export for OMERO"), outputPath(), tr("CSV files (*.csv *.tsv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    // KeyVal_from_csv only finds attached files whose names end in .csv.
    setOutputPath(QFileInfo(chosen).suffix().isEmpty() ? chosen + u".csv"_s : chosen);
}

void ExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_errorIcon->setVisible(!message.isEmpty());
}

void ExportDialog::setWriting(bool writing)
{
    m_writing = writing;
    updateEnabledOptions();
    m_export->setEnabled(!writing && (!m_plan || m_plan->canExport()));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!writing);
    m_progress->setText(writing ? tr("Writing…") : QString());
    m_progress->setVisible(writing);
}

void ExportDialog::accept()
{
    if (isWriting())
        return;
    const QString path = outputPath();
    if (path.isEmpty()) {
        showError(tr("Type the name of the file to write, or choose it with Browse."));
        m_output->setFocus();
        return;
    }
    if (m_plan && !m_updatePending && !m_planWatcher.isRunning() && !m_plan->canExport()) {
        showError(tr("Nothing can be written yet: %1").arg(m_plan->error()));
        return;
    }
    const std::shared_ptr<const Template> t = m_session->sharedTemplate();
    if (!t)
        return;
    showError({});
    setWriting(true);
    const Record record = m_session->record();
    const ExportSettings chosen = settings();
    // The plan is computed once more from the record as it is now, so the file
    // is exactly what the options and values give at the moment of the click.
    m_writeWatcher.setFuture(runInPool<WriteJob>([t, record, chosen, path](const std::function<bool()> &) {
        WriteJob job;
        job.level = chosen.level;
        const QFileInfo target(path);
        if (!target.absoluteDir().exists()) {
            job.error = tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(target.absolutePath()));
            return job;
        }
        if (target.isDir()) {
            job.error = tr("%1 is a folder; type a file name").arg(QDir::toNativeSeparators(path));
            return job;
        }
        const ExportPlan plan = ExportPlan::compute(*t, record, chosen);
        const auto outcome = plan.write(path);
        if (!outcome) {
            job.error = outcome.error();
            return job;
        }
        job.files = outcome->files;
        job.warnings = outcome->warnings;
        job.rows = outcome->rows;
        job.keyColumns = outcome->keyColumns;
        job.imagesMissingRequired = plan.imagesMissingRequired();
        return job;
    }));
}

void ExportDialog::writeFinished()
{
    const QFuture<WriteJob> future = m_writeWatcher.future();
    setWriting(false);
    if (future.resultCount() == 0) {
        showError(tr("Nothing was written."));
        return;
    }
    const WriteJob job = future.result();
    if (!job.error.isEmpty()) {
        showError(tr("Nothing was written: %1.").arg(job.error));
        return;
    }
    QStringList shown;
    for (const QString &file : job.files)
        shown.append(QDir::toNativeSeparators(file));
    QString summary = job.level == OmeroOptions::Level::Dataset
                          ? tr("Exported %n dataset row(s) for OMERO to %1.", nullptr, job.rows).arg(shown.join(u", "_s))
                          : tr("Exported %n image row(s) for OMERO to %1.", nullptr, job.rows).arg(shown.join(u", "_s));
    if (job.imagesMissingRequired > 0)
        summary += u' ' + tr("%n image(s) still have empty required fields.", nullptr, job.imagesMissingRequired);
    emit exported(job.files, summary);
    QDialog::accept();
}

void ExportDialog::reject()
{
    if (isWriting())
        return; // a moment: the file is being completed or left untouched
    QDialog::reject();
}

void ExportDialog::showFieldHelp()
{
    QWidget *field = focusWidget();
    if (!field)
        return;
    QString help = field->whatsThis();
    if (help.isEmpty() && field->parentWidget())
        help = field->parentWidget()->whatsThis();
    if (help.isEmpty())
        help = field->toolTip();
    if (!help.isEmpty())
        QWhatsThis::showText(field->mapToGlobal(QPoint(0, field->height())), help, field);
}

} // namespace metafill::gui
