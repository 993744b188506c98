#include "PackVerifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace metafill {

QString PackVerifier::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

Status PackVerifier::verify(const QString &folder, const PackIndex &index, const std::atomic<bool> &cancel)
{
    for (const PackFile &listed : index.files) {
        if (cancel.load())
            return Status::failure(tr("Cancelled while checking the pack's files."));
        const QFileInfo info(QDir(folder).filePath(listed.path));
        if (info.isSymLink() || !info.isFile())
            return Status::failure(tr("%1: the file is missing.").arg(listed.path));
        if (info.size() != listed.size) {
            return Status::failure(tr("%1: the file has %2 bytes, but the pack's index says %3; it was cut short or altered on the way.")
                                       .arg(listed.path)
                                       .arg(info.size())
                                       .arg(listed.size));
        }
        const QString actual = sha256Of(info.filePath());
        if (actual.isEmpty())
            return Status::failure(tr("%1: the file cannot be read.").arg(listed.path));
        if (actual != listed.sha256) {
            return Status::failure(tr("%1: the file's SHA-256 (%2) is not the one in the pack's index (%3); it was altered or "
                                      "damaged on the way.")
                                       .arg(listed.path, actual, listed.sha256));
        }
    }
    return Done{};
}

} // namespace metafill
