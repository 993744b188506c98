#include "FileSetWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace metafill {

Status FileSetWriter::writeWithSaveFiles(const QList<File> &files)
{
    std::vector<std::unique_ptr<QSaveFile>> open;
    for (const File &file : files) {
        auto saving = std::make_unique<QSaveFile>(file.path);
        if (!saving->open(QIODevice::WriteOnly) || saving->write(file.bytes) != file.bytes.size())
            return Status::failure(tr("cannot write %1: %2").arg(file.path, saving->errorString()));
        open.push_back(std::move(saving));
    }
    for (auto &saving : open) {
        if (!saving->commit())
            return Status::failure(tr("cannot write %1: %2").arg(saving->fileName(), saving->errorString()));
    }
    return Done{};
}

#ifdef Q_OS_LINUX

namespace {

struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

QString systemError(int error)
{
    return qt_error_string(error);
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

} // namespace

Status FileSetWriter::write(const QList<File> &requested)
{
    // A name that is a symbolic link is written through, to where it points, as QSaveFile does.
    QList<File> files = requested;
    for (File &file : files) {
        const QFileInfo info(file.path);
        if (info.isSymLink() && !info.symLinkTarget().isEmpty())
            file.path = info.symLinkTarget();
    }
    std::vector<Descriptor> unnamed(size_t(files.size()));
    for (qsizetype i = 0; i < files.size(); ++i) {
        const File &file = files.at(i);
        const QByteArray folder = QFile::encodeName(QFileInfo(file.path).absolutePath());
        // A new file: mode 0666 less the umask. A file replaced: its own
        // permissions, and none for others until then (as QSaveFile does).
        struct stat existing
        {
        };
        const bool replaces = ::stat(QFile::encodeName(file.path).constData(), &existing) == 0;
        int &fd = unnamed[size_t(i)].fd;
        fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, replaces ? 0600 : 0666);
        if (fd < 0) {
            if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)
                return writeWithSaveFiles(files); // a file system without O_TMPFILE (NFS, SMB)
            return Status::failure(tr("cannot write %1: %2").arg(file.path, systemError(errno)));
        }
        if ((replaces && ::fchmod(fd, existing.st_mode & 07777) != 0) || !writeAll(fd, file.bytes) || ::fdatasync(fd) != 0)
            return Status::failure(tr("cannot write %1: %2").arg(file.path, systemError(errno)));
    }
    // Everything is on disk. Now the names, with nothing slow in between.
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(unnamed[size_t(i)].fd);
        const QByteArray target = QFile::encodeName(files.at(i).path);
        if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW) == 0)
            continue;
        if (errno != EEXIST)
            return Status::failure(tr("cannot write %1: %2").arg(files.at(i).path, systemError(errno)));
        // Replacing a file: a name of its own first, then over the old one in one step.
        bool replaced = false;
        for (int attempt = 0; attempt < 16 && !replaced; ++attempt) {
            const QByteArray temporary = target + ".metafill-" + QByteArray::number(QRandomGenerator::global()->generate(), 36);
            if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, temporary.constData(), AT_SYMLINK_FOLLOW) != 0) {
                if (errno == EEXIST)
                    continue;
                return Status::failure(tr("cannot write %1: %2").arg(files.at(i).path, systemError(errno)));
            }
            if (::rename(temporary.constData(), target.constData()) != 0) {
                const int error = errno;
                ::unlink(temporary.constData());
                return Status::failure(tr("cannot write %1: %2").arg(files.at(i).path, systemError(error)));
            }
            replaced = true;
        }
        if (!replaced)
            return Status::failure(tr("cannot write %1: %2").arg(files.at(i).path, systemError(EEXIST)));
    }
    return Done{};
}

#else

Status FileSetWriter::write(const QList<File> &files)
{
    return writeWithSaveFiles(files);
}

#endif

} // namespace metafill
