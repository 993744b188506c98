#include "PackSource.h"

#include "PackIndex.h"
#include "packs/PackStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

constexpr qint64 CopyChunk = 256 * 1024;

QString indexName()
{
    return QString::fromUtf16(PackStore::IndexFileName);
}

} // namespace

Result<PackSource> PackSource::parse(const QString &given)
{
    using R = Result<PackSource>;
    const QString text = given.trimmed();
    if (text.isEmpty())
        return R::failure(tr("Name the pack's folder or its https address."));
    PackSource source;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // One letter is a Windows drive ("C:/packs"), not a scheme.
    const bool web = url.isValid() && scheme.size() > 1 && scheme != u"file";
    if (web) {
        if (const Status allowed = PackFetcher::checkAddress(url); !allowed)
            return R::failure(allowed.error());
        if (url.hasQuery() || url.hasFragment())
            return R::failure(tr("The address %1 must not contain '?' or '#'; give the address of the pack's folder.").arg(text));
        QUrl base = url;
        QString path = base.path();
        if (path.endsWith(u'/' + indexName()))
            path.chop(indexName().size());
        if (!path.endsWith(u'/'))
            path += u'/';
        base.setPath(path);
        source.m_base = base;
        return source;
    }
    QString local = scheme == u"file" ? url.toLocalFile() : text;
    QFileInfo info(local);
    if (info.isFile() && info.fileName() == indexName())
        info = QFileInfo(info.absolutePath());
    if (!info.exists())
        return R::failure(tr("%1 is neither a folder here nor an https address.").arg(QDir::toNativeSeparators(local)));
    if (!info.isDir())
        return R::failure(tr("%1 is a file; name the folder that holds %2.").arg(QDir::toNativeSeparators(local), indexName()));
    source.m_folder = QDir::cleanPath(info.absoluteFilePath());
    return source;
}

QString PackSource::text() const
{
    return isFolder() ? QDir::toNativeSeparators(m_folder) : m_base.toString();
}

QString PackSource::describe(const QString &path) const
{
    return isFolder() ? QDir::toNativeSeparators(QDir(m_folder).filePath(path)) : m_base.resolved(QUrl(path)).toString();
}

Result<QByteArray> PackSource::readIndex(PackFetcher &fetcher, const std::atomic<bool> &cancel, FetchFailure &why) const
{
    using R = Result<QByteArray>;
    if (!isFolder()) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (const Status fetched = fetcher.fetch(m_base.resolved(QUrl(indexName())), buffer, PackIndex::MaxIndexBytes, cancel, {}, &why);
            !fetched)
            return R::failure(fetched.error());
        return buffer.data();
    }
    why = FetchFailure::Unreachable;
    QFile file(QDir(m_folder).filePath(indexName()));
    if (!file.exists())
        return R::failure(tr("%1 holds no %2; a facility makes it with 'metafill-cli pack build FOLDER'.")
                              .arg(QDir::toNativeSeparators(m_folder), indexName()));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    if (file.size() > PackIndex::MaxIndexBytes) {
        why = FetchFailure::Refused;
        return R::failure(tr("%1 is larger than %2 KiB; a pack's index is far smaller.")
                              .arg(QDir::toNativeSeparators(file.fileName()))
                              .arg(PackIndex::MaxIndexBytes / 1024));
    }
    why = FetchFailure::None;
    return file.read(PackIndex::MaxIndexBytes + 1);
}

Status PackSource::copyFile(const QString &path, QIODevice &out, qint64 maxBytes, PackFetcher &fetcher, const std::atomic<bool> &cancel,
                            const PackFetcher::Progress &progress, FetchFailure &why) const
{
    if (!isFolder())
        return fetcher.fetch(m_base.resolved(QUrl(path)), out, maxBytes, cancel, progress, &why);

    const auto failed = [&why](FetchFailure kind, const QString &message) {
        why = kind;
        return Status::failure(message);
    };
    const QString shown = describe(path);
    const QFileInfo info(QDir(m_folder).filePath(path));
    if (!info.exists())
        return failed(FetchFailure::Refused, tr("%1 is listed in the pack's index but is not there.").arg(shown));
    // The index's paths have no "..", but a linked folder or file could still lead outside the pack.
    const QString root = QFileInfo(m_folder).canonicalFilePath();
    if (!info.canonicalFilePath().startsWith(root + u'/'))
        return failed(FetchFailure::Refused, tr("%1 is a link to a file outside the pack; refused.").arg(shown));
    if (!info.isFile())
        return failed(FetchFailure::Refused, tr("%1 is not a file.").arg(shown));
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return failed(FetchFailure::Unreachable, tr("cannot read %1: %2").arg(shown, file.errorString()));
    qint64 copied = 0;
    while (!file.atEnd()) {
        if (cancel.load())
            return failed(FetchFailure::Cancelled, tr("Cancelled while copying %1.").arg(shown));
        const QByteArray chunk = file.read(CopyChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return failed(FetchFailure::Unreachable, tr("cannot read %1: %2").arg(shown, file.errorString()));
        copied += chunk.size();
        if (copied > maxBytes)
            return failed(FetchFailure::Refused, tr("%1 is larger than the %2 bytes expected; it was not accepted.").arg(shown).arg(maxBytes));
        if (out.write(chunk) != chunk.size())
            return failed(FetchFailure::LocalWrite, tr("Could not store a copy of %1: %2").arg(shown, out.errorString()));
        if (progress)
            progress(copied);
    }
    why = FetchFailure::None;
    return Done{};
}

} // namespace metafill
