#include "ImageImportJob.h"

#include "ImageCatalog.h"
#include "MetadataReader.h"
#include "batch/HeaderScanner.h"
#include "images/ImageCollector.h"

#include <QHash>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

QString entryKey(const QString &file, const QString &name)
{
    return file + QChar(0) + name;
}

} // namespace

ImageImportJob::ImageImportJob(std::shared_ptr<const Template> t, ValueMap shared, QList<ImageEntry> existing, QObject *parent)
    : QObject(parent)
    , m_template(std::move(t))
    , m_shared(std::move(shared))
    , m_existing(std::move(existing))
    , m_poll(new QTimer(this))
{
    qRegisterMetaType<metafill::gui::ImageImportResult>();
    // A few updates per second are enough for a progress bar.
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImageImportJob::report);
}

ImageImportJob::~ImageImportJob()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
}

void ImageImportJob::start(const QStringList &paths)
{
    if (m_running || !m_template)
        return;
    m_running = true;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_poll->start();
    m_worker = std::thread([this, paths] { run(paths); });
}

void ImageImportJob::cancel()
{
    m_cancel = true;
}

void ImageImportJob::report()
{
    emit progress(m_done.load(), m_total.load());
}

ValueMap ImageImportJob::ownValues(const ValueMap &filled, const ValueMap &shared)
{
    ValueMap own;
    for (auto it = filled.cbegin(); it != filled.cend(); ++it) {
        const auto s = shared.constFind(it.key());
        if (s != shared.cend() && s->values == it->values && s->provenance == it->provenance)
            continue;
        own.insert(it.key(), it.value());
    }
    return own;
}

void ImageImportJob::merge(Record &record, const ImageImportResult &result)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < record.images.size(); ++i)
        index.insert(entryKey(record.images.at(i).file, record.images.at(i).name), i);
    for (const ImportedImage &image : result.images) {
        const QString key = entryKey(image.entry.file, image.entry.name);
        if (const auto at = index.constFind(key); at != index.cend()) {
            record.images[*at] = image.entry;
        } else {
            index.insert(key, record.images.size());
            record.images.append(image.entry);
        }
    }
}

void ImageImportJob::run(const QStringList &paths)
{
    ImageImportResult result;
    const auto finish = [this, &result] {
        result.cancelled = m_cancel.load();
        if (result.cancelled)
            result.images.clear();
        QMetaObject::invokeMethod(this, [this, result] {
            m_worker.join();
            m_poll->stop();
            m_running = false;
            report();
            emit finished(result);
        }, Qt::QueuedConnection);
    };

    const auto files = ImageCollector::collect(paths);
    if (!files) {
        result.collectError = files.error();
        finish();
        return;
    }
    if (m_cancel) {
        finish();
        return;
    }
    QStringList filePaths;
    filePaths.reserve(files->size());
    for (const ImageFile &file : *files)
        filePaths.append(file.path);
    m_total = filePaths.size();

    const MetadataReader reader;
    HeaderScanner::Options options;
    options.cancel = &m_cancel;
    options.progress = [this](qsizetype done, qsizetype) { m_done = done; };
    const QList<ScannedFile> scanned = HeaderScanner::scan(reader, filePaths, options);
    if (m_cancel) {
        finish();
        return;
    }

    QHash<QString, const ImageEntry *> existing;
    for (const ImageEntry &entry : std::as_const(m_existing))
        existing.insert(entryKey(entry.file, entry.name), &entry);

    const AutofillEngine engine(*m_template);
    for (const ScannedFile &scan : scanned) {
        if (!scan.ok())
            ++result.unreadableFiles;
    }
    const QList<CatalogImage> catalog = ImageCatalog::build(*files, scanned);
    result.images.reserve(catalog.size());
    for (const CatalogImage &image : catalog) {
        if (m_cancel)
            break;
        ImportedImage imported;
        imported.entry.file = image.file.path;
        imported.entry.name = image.file.name;
        ValueMap values = m_shared;
        if (const ImageEntry *before = existing.value(entryKey(image.file.path, image.file.name))) {
            for (auto it = before->values.cbegin(); it != before->values.cend(); ++it)
                values.insert(it.key(), it.value());
        }
        const ScannedFile *scan = image.scanIndex >= 0 ? &scanned.at(image.scanIndex) : nullptr;
        if (scan && !scan->ok())
            imported.error = scan->error;
        if (scan && scan->ok())
            imported.format = scan->metadata->format;
        if (image.imageIndex >= 0 && scan && scan->ok()) {
            const AutofillResult filled = engine.fill(*scan->metadata, image.imageIndex, values);
            result.filledValues += filled.filled;
            imported.presetsApplied = filled.presetsApplied;
            imported.suggestions = filled.suggestions;
            for (const QString &note : filled.notes)
                result.notes[note] += 1;
        }
        imported.entry.values = ownValues(values, m_shared);
        result.images.append(std::move(imported));
    }
    finish();
}

} // namespace metafill::gui
