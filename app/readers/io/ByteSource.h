#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <atomic>
#include <memory>

namespace metafill {

// Read access to one file for a header reader. Every read is bounds-checked
// against the file's size and charged against a budget, so that a header that
// claims gigabytes of metadata gets a clear error instead of an allocation, and
// so that the benchmark can count exactly how many bytes a reader pulled.
//
// The first HeadSize bytes are read once and served from memory: format
// detection and many headers need nothing else. It is kept small because a
// batch reads thousands of headers and every byte copied costs time.
class ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(ByteSource)

public:
    static constexpr qint64 HeadSize = 4 * 1024;
    static constexpr qint64 DefaultBudget = 64 * 1024 * 1024;

    explicit ByteSource(QString path, qint64 budget = DefaultBudget);
    ~ByteSource();
    // Bytes already in memory (fuzzing, tests, files inside containers), named
    // `path` in messages. open() must still be called.
    static std::unique_ptr<ByteSource> fromBytes(QByteArray bytes, QString path, qint64 budget = DefaultBudget);
    ByteSource(const ByteSource &) = delete;
    ByteSource &operator=(const ByteSource &) = delete;

    Status open();
    const QString &path() const { return m_path; }
    qint64 size() const { return m_size; }

    // The file's first bytes (up to HeadSize).
    const QByteArray &head() const { return m_head; }

    // Exactly `length` bytes at `offset`, or an error naming the file when the
    // range lies outside it or would exceed the budget.
    Result<QByteArray> read(qint64 offset, qint64 length);
    // Up to `length` bytes at `offset`; shorter at the end of the file.
    Result<QByteArray> readAtMost(qint64 offset, qint64 length);

    bool contains(qint64 offset, qint64 length) const;
    // After a failed open(): the path is a folder (some formats are folders).
    bool isDirectory() const { return m_isDirectory; }

    qint64 bytesRead() const { return m_bytesRead; }
    // Counts what another file read on this one's behalf (an OME-TIFF's
    // companion) as this file's reads and against its budget.
    void absorb(const ByteSource &other)
    {
        m_bytesRead += other.m_bytesRead;
        m_charged += other.m_charged;
    }
    qint64 budgetLeft() const { return m_budget - m_charged; }

    // Bytes read from disk by every ByteSource in this process (benchmarks).
    static qint64 totalBytesRead() { return s_totalBytesRead.load(); }

private:
    Result<QByteArray> readRaw(qint64 offset, qint64 length);

    QString m_path;
#ifdef Q_OS_UNIX
    int m_fd = -1; // pread(2): one system call per read, no seek, no buffering
#else
    QFile m_file;
#endif
    qint64 m_size = 0;
    qint64 m_budget;
    qint64 m_charged = 0;
    qint64 m_bytesRead = 0;
    QByteArray m_head;
    QByteArray m_memory;
    bool m_inMemory = false;
    bool m_isDirectory = false;

    static inline std::atomic<qint64> s_totalBytesRead{0};
};

} // namespace metafill
