#include "ByteSource.h"

#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace metafill {

ByteSource::ByteSource(QString path, qint64 budget)
    : m_path(std::move(path))
#ifndef Q_OS_UNIX
    , m_file(m_path)
#endif
    , m_budget(budget)
{
}

ByteSource::~ByteSource()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

std::unique_ptr<ByteSource> ByteSource::fromBytes(QByteArray bytes, QString path, qint64 budget)
{
    auto source = std::make_unique<ByteSource>(std::move(path), budget);
    source->m_memory = std::move(bytes);
    source->m_inMemory = true;
    return source;
}

Status ByteSource::open()
{
    if (m_inMemory) {
        m_size = m_memory.size();
        m_head = m_memory.left(static_cast<qsizetype>(std::min(HeadSize, m_size)));
        m_bytesRead = m_head.size();
        return Done{};
    }
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(m_path);
    m_fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (m_fd < 0) {
        if (errno == ENOENT)
            return Status::failure(tr("%1: the file does not exist.").arg(m_path));
        return Status::failure(tr("%1: cannot open the file: %2").arg(m_path, qt_error_string(errno)));
    }
    struct stat status{};
    if (::fstat(m_fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        m_isDirectory = S_ISDIR(status.st_mode);
        return Status::failure(tr("%1: this is not a regular file.").arg(m_path));
    }
    m_size = status.st_size;
#else
    const QFileInfo info(m_path);
    m_isDirectory = info.isDir();
    if (!info.exists())
        return Status::failure(tr("%1: the file does not exist.").arg(m_path));
    if (!info.isFile())
        return Status::failure(tr("%1: this is not a regular file.").arg(m_path));
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Status::failure(tr("%1: cannot open the file: %2").arg(m_path, m_file.errorString()));
    m_size = m_file.size();
#endif
    auto head = readRaw(0, std::min(HeadSize, m_size));
    if (!head)
        return Status::failure(head.error());
    m_head = std::move(head).value();
    return Done{};
}

bool ByteSource::contains(qint64 offset, qint64 length) const
{
    return offset >= 0 && length >= 0 && offset <= m_size && length <= m_size - offset;
}

Result<QByteArray> ByteSource::read(qint64 offset, qint64 length)
{
    if (!contains(offset, length)) {
        return Result<QByteArray>::failure(
            tr("%1: the header points to bytes %2 to %3, but the file has only %4 bytes; it is damaged or cut short.")
                .arg(m_path)
                .arg(offset)
                .arg(offset + length)
                .arg(m_size));
    }
    if (offset + length <= m_head.size())
        return QByteArray(m_head.constData() + offset, static_cast<qsizetype>(length));
    if (length > m_budget - m_charged) {
        if (length > m_budget) {
            return Result<QByteArray>::failure(
                tr("%1: the header asks for %2 MiB of metadata, more than the limit of %3 MiB; the file is damaged or not supported.")
                    .arg(m_path)
                    .arg(double(length) / (1024 * 1024), 0, 'f', 1)
                    .arg(m_budget / (1024 * 1024)));
        }
        // Each read fits, but together they pass the limit (a header that
        // points to many pieces, or to the same piece again and again).
        return Result<QByteArray>::failure(
            tr("%1: the header's metadata adds up to more than the limit of %2 MiB; the file is damaged or not supported.")
                .arg(m_path)
                .arg(m_budget / (1024 * 1024)));
    }
    m_charged += length;
    return readRaw(offset, length);
}

Result<QByteArray> ByteSource::readAtMost(qint64 offset, qint64 length)
{
    if (offset < 0 || length < 0 || offset > m_size)
        return read(offset, length); // the same message
    return read(offset, std::min(length, m_size - offset));
}

Result<QByteArray> ByteSource::readRaw(qint64 offset, qint64 length)
{
    if (m_inMemory) {
        m_bytesRead += length;
        return m_memory.mid(static_cast<qsizetype>(offset), static_cast<qsizetype>(length));
    }
    QByteArray bytes;
    bytes.resize(static_cast<qsizetype>(length));
    qint64 done = 0;
    while (done < length) {
#ifdef Q_OS_UNIX
        const ssize_t got = ::pread(m_fd, bytes.data() + done, size_t(length - done), off_t(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            const QString reason = got == 0 ? tr("the file ended early") : qt_error_string(errno);
            return Result<QByteArray>::failure(tr("%1: cannot read the file: %2").arg(m_path, reason));
        }
#else
        if (!m_file.seek(offset + done))
            return Result<QByteArray>::failure(tr("%1: cannot read the file: %2").arg(m_path, m_file.errorString()));
        const qint64 got = m_file.read(bytes.data() + done, length - done);
        if (got <= 0)
            return Result<QByteArray>::failure(tr("%1: cannot read the file: %2").arg(m_path, m_file.errorString()));
#endif
        done += got;
    }
    m_bytesRead += length;
    s_totalBytesRead += length;
    return bytes;
}

} // namespace metafill
