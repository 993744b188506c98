#include "RecentFilesMenu.h"

#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

// Room for the folder after the file name; longer folders lose their middle.
constexpr int FolderWidthInAverageCharacters = 48;

QString escapeMnemonic(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

} // namespace

RecentFilesMenu::RecentFilesMenu(AppSettings &settings, QWidget *parent) : QMenu(parent), m_settings(settings)
{
    setObjectName(u"recentFilesMenu"_s);
    setTitle(tr("Open &Recent"));
    rebuild();
    connect(this, &QMenu::aboutToShow, this, [this] {
        rebuild();
        pruneMissing();
    });
}

void RecentFilesMenu::addFile(const QString &path)
{
    m_settings.addRecentFile(path);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings.recentFiles();
    const int folderWidth = fontMetrics().averageCharWidth() * FolderWidthInAverageCharacters;
    int number = 0;
    for (const QString &path : files) {
        ++number;
        const QFileInfo info(path);
        const QString folder = fontMetrics().elidedText(QDir::toNativeSeparators(info.absolutePath()), Qt::ElideMiddle, folderWidth);
        // 1–9 and 0 for the tenth: each entry has a key of its own.
        const QString key = number < 10 ? u"&%1"_s.arg(number) : u"1&0"_s;
        QAction *action = addAction(tr("%1  %2  (%3)").arg(key, escapeMnemonic(info.fileName()), escapeMnemonic(folder)));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (files.isEmpty()) {
        QAction *none = addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *clearAll = addAction(tr("&Clear Menu"), this, [this] {
        m_settings.clearRecentFiles();
        rebuild();
    });
    clearAll->setObjectName(u"clearRecentFiles"_s);
    clearAll->setEnabled(!files.isEmpty());
    setEnabled(true);
}

void RecentFilesMenu::pruneMissing()
{
    const QStringList files = m_settings.recentFiles();
    if (files.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            removeMissing(watcher->result());
    });
    auto promise = std::make_shared<QPromise<QStringList>>();
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, files] {
        promise->addResult(AppSettings::missingFiles(files));
        promise->finish();
    });
}

void RecentFilesMenu::removeMissing(const QStringList &missing)
{
    if (!missing.isEmpty()) {
        m_settings.removeRecentFiles(missing);
        rebuild();
    }
    emit pruned(missing);
}

} // namespace metafill::gui
