#pragma once

#include "AutofillEngine.h"
#include "record/Record.h"
#include "template/Template.h"

#include <QMap>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

class QTimer;

namespace metafill::gui {

// One image as the import made it: its record entry (the values it holds
// beyond the shared ones, filled from its header and matching presets) and
// what the person should hear about it.
struct ImportedImage
{
    ImageEntry entry;
    QString format;                 // "czi", "ome-tiff", … ; empty when unreadable
    QString error;                  // translated; empty when the header was read
    QStringList presetsApplied;
    QList<Suggestion> suggestions;  // values rules only offer
};

struct ImageImportResult
{
    QList<ImportedImage> images;
    QMap<QString, int> notes;       // the same note for many images, with a count
    QString collectError;           // the paths could not be searched
    int filledValues = 0;
    int unreadableFiles = 0;
    bool cancelled = false;
};

// Adds images the way people drop them on the window: folders are searched,
// every header is read on all cores and every image is auto-filled — all off
// the UI thread. Progress is polled (a counter the workers bump), so a batch
// of thousands of files sends the UI a few updates per second, not one event
// per file. Cancelling stops after the files in flight; what was read by
// then is not added (a half-added batch would be harder to reason about).
class ImageImportJob final : public QObject
{
    Q_OBJECT

public:
    // `shared`: the values all images share now, so fill-if-empty rules see
    // what the person typed already. `existing`: the record's images, so a
    // file added again keeps what was typed for it.
    ImageImportJob(std::shared_ptr<const Template> t, ValueMap shared, QList<ImageEntry> existing, QObject *parent = nullptr);
    ~ImageImportJob() override;

    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running; }

    // What an image's own values are after auto-fill: those of `filled` that differ from the shared ones.
    static ValueMap ownValues(const ValueMap &filled, const ValueMap &shared);
    // Puts the imported images into the record: an image already there (same
    // file and name) gets its new entry in place, others are appended.
    static void merge(Record &record, const ImageImportResult &result);

signals:
    // `total` is 0 while folders are still being searched.
    void progress(qsizetype done, qsizetype total);
    void finished(const metafill::gui::ImageImportResult &result);

private:
    void run(const QStringList &paths);
    void report();

    std::shared_ptr<const Template> m_template;
    ValueMap m_shared;
    QList<ImageEntry> m_existing;
    std::atomic<bool> m_cancel{false};
    std::atomic<qsizetype> m_done{0};
    std::atomic<qsizetype> m_total{0};
    bool m_running = false;
    std::thread m_worker;
    QTimer *m_poll = nullptr;
};

} // namespace metafill::gui

Q_DECLARE_METATYPE(metafill::gui::ImageImportResult)
