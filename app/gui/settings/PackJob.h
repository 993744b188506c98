#pragma once

#include "PackManager.h"

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <thread>

class QTimer;

namespace metafill::gui {

struct PackJobResult
{
    bool ok = true; // every pack asked for went through
    bool cancelled = false;
    QStringList report; // what happened, PackUpdate::describe() per pack
    QStringList errors; // one per pack that failed
    QStringList warnings;
};

// Adds, updates or removes template packs off the UI thread: a download can
// take minutes on an institute's link, and the window must stay usable and
// the work cancellable. Progress is polled a few times per second.
class PackJob final : public QObject
{
    Q_OBJECT

public:
    explicit PackJob(PackManager::Options options, QObject *parent = nullptr);
    ~PackJob() override;

    void add(const QString &source);
    // Every subscribed pack when `ids` is empty.
    void update(const QStringList &ids);
    void remove(const QString &id);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // `file` is empty while an index is read or files are checked; `total` 0 before the index is known.
    void progress(const QString &pack, const QString &file, int fileNumber, int fileCount, qint64 done, qint64 total);
    void finished(const metafill::gui::PackJobResult &result);

private:
    void start(std::function<PackJobResult(PackManager &)> work);
    void report();

    PackManager::Options m_options;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    std::thread m_worker;
    QTimer *m_poll = nullptr;

    // Written by the worker, read by report().
    QMutex m_mutex;
    QString m_pack;
    PackProgress m_progress;
};

} // namespace metafill::gui

Q_DECLARE_METATYPE(metafill::gui::PackJobResult)
