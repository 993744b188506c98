#include "PackJob.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace metafill::gui {

PackJob::PackJob(PackManager::Options options, QObject *parent) : QObject(parent), m_options(std::move(options)), m_poll(new QTimer(this))
{
    qRegisterMetaType<metafill::gui::PackJobResult>();
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &PackJob::report);
}

PackJob::~PackJob()
{
    // A transfer notices within a fraction of a second.
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
}

void PackJob::cancel()
{
    m_cancel = true;
}

void PackJob::report()
{
    QMutexLocker lock(&m_mutex);
    emit progress(m_pack, m_progress.file, m_progress.fileNumber, m_progress.fileCount, m_progress.bytesDone, m_progress.bytesTotal);
}

void PackJob::start(std::function<PackJobResult(PackManager &)> work)
{
    if (m_running)
        return;
    if (m_worker.joinable())
        m_worker.join(); // the previous job has ended; only its thread object is left
    m_running = true;
    m_cancel = false;
    {
        QMutexLocker lock(&m_mutex);
        m_pack.clear();
        m_progress = {};
    }
    m_poll->start();
    m_worker = std::thread([this, work = std::move(work)] {
        PackManager manager(m_options);
        const PackJobResult result = work(manager);
        QMetaObject::invokeMethod(this, [this, result] {
            m_poll->stop();
            m_running = false;
            emit finished(result);
        });
    });
}

void PackJob::add(const QString &source)
{
    start([this, source](PackManager &manager) {
        PackJobResult result;
        {
            QMutexLocker lock(&m_mutex);
            m_pack = source;
        }
        const auto added = manager.add(source, m_cancel, [this](const PackProgress &p) {
            QMutexLocker lock(&m_mutex);
            m_progress = p;
        });
        if (added) {
            result.report = added->describe();
            result.warnings = added->warnings;
        } else {
            result.ok = false;
            result.cancelled = manager.lastFailure() == PackManager::Failure::Cancelled;
            result.errors.append(added.error());
        }
        return result;
    });
}

void PackJob::update(const QStringList &ids)
{
    start([this, ids](PackManager &manager) {
        PackJobResult result;
        QStringList packs = ids;
        if (packs.isEmpty()) {
            const auto subscribed = manager.store().subscriptions();
            if (!subscribed) {
                result.ok = false;
                result.errors.append(subscribed.error());
                return result;
            }
            for (const PackSubscription &s : *subscribed)
                packs.append(s.id);
        }
        // One unreachable pack does not keep the others from their updates.
        for (const QString &id : std::as_const(packs)) {
            if (m_cancel) {
                result.cancelled = true;
                break;
            }
            {
                QMutexLocker lock(&m_mutex);
                m_pack = id;
                m_progress = {};
            }
            const auto updated = manager.update(id, m_cancel, [this](const PackProgress &p) {
                QMutexLocker lock(&m_mutex);
                m_progress = p;
            });
            if (updated) {
                result.report.append(updated->describe());
                result.warnings.append(updated->warnings);
            } else {
                result.ok = false;
                result.cancelled = result.cancelled || manager.lastFailure() == PackManager::Failure::Cancelled;
                result.errors.append(updated.error());
            }
        }
        return result;
    });
}

void PackJob::remove(const QString &id)
{
    start([id](PackManager &manager) {
        PackJobResult result;
        const auto removed = manager.remove(id);
        if (!removed) {
            result.ok = false;
            result.errors.append(removed.error());
            return result;
        }
        result.report.append(tr("Removed the template pack %1 (%2).").arg(removed->pack.id, removed->pack.title));
        if (!removed->templates.isEmpty()) {
            result.report.append(tr("These templates are no longer available: %1. Records made with them open again once the pack is "
                                    "added back.")
                                     .arg(removed->templates.join(u", "_s)));
        }
        result.warnings = removed->warnings;
        return result;
    });
}

} // namespace metafill::gui
