#pragma once

#include "PackFetcher.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QIODevice;

namespace metafill {

// Where a pack is published: a folder (a network share, a USB stick) or a web
// address. Either way it holds metafill-pack.json and the files it lists, at
// the same relative paths.
class PackSource
{
    Q_DECLARE_TR_FUNCTIONS(PackSource)

public:
    // "https://facility.example.org/packs/lmf/", ".../metafill-pack.json",
    // a folder, or a file:// address of one. The text as stored in the
    // subscription comes back from text().
    static Result<PackSource> parse(const QString &text);

    bool isFolder() const { return !m_folder.isEmpty(); }
    // How the source is stored and shown: the folder's absolute path, or the
    // address of the pack's folder (ending in '/').
    QString text() const;

    // Reads the index (at most PackIndex::MaxIndexBytes); `why` says which
    // kind of failure it was.
    Result<QByteArray> readIndex(PackFetcher &fetcher, const std::atomic<bool> &cancel, FetchFailure &why) const;
    // Copies one listed file into `out`, at most `maxBytes`. From a folder,
    // only a regular file inside the folder is read: a symbolic link, or a
    // name that leads outside, is refused. `why` says which kind of failure
    // it was.
    Status copyFile(const QString &path, QIODevice &out, qint64 maxBytes, PackFetcher &fetcher, const std::atomic<bool> &cancel,
                    const PackFetcher::Progress &progress, FetchFailure &why) const;
    // Where a listed file comes from, for messages.
    QString describe(const QString &path) const;

private:
    QString m_folder; // absolute, cleaned; empty for a web source
    QUrl m_base;      // the pack's folder on the web server, ending in '/'
};

} // namespace metafill
