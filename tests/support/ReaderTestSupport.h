#pragma once

#include "MetadataReader.h"
#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "model/InspectJson.h"
#include "ome/OmeXmlWriter.h"
#include "tiff/TiffDirectory.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QtTest>

#include <algorithm>
#include <optional>
#include <utility>

// What the header-reader tests share: looking up the original metadata a
// reader kept, serving synthetic bytes to a reader, and the fuzz seeds that
// the tests write and check under tests/data/images.
namespace ReaderTestSupport {

// A key no reader kept reads as "<absent>", so that a comparison with an
// expected value fails with a message that says so, and tests can expect it.
inline QString originalValue(const metafill::KeyValueList &pairs, const QString &key)
{
    for (const auto &[k, v] : pairs) {
        if (k == key)
            return v;
    }
    return QStringLiteral("<absent>");
}

inline QString originalValue(const metafill::FileMetadata &metadata, const QString &key)
{
    return originalValue(metadata.originalMetadata, key);
}

// For groups of keys a reader must leave out (software state, not metadata).
inline bool hasKeyStartingWith(const metafill::KeyValueList &pairs, const QString &prefix)
{
    return std::any_of(pairs.begin(), pairs.end(), [&](const auto &pair) { return pair.first.startsWith(prefix); });
}

inline bool hasKeyStartingWith(const metafill::FileMetadata &metadata, const QString &prefix)
{
    return hasKeyStartingWith(metadata.originalMetadata, prefix);
}

// Synthetic bytes read through the registry as `format`, as the fuzzers read
// them; building the registry once serves the whole test run.
inline metafill::Result<metafill::FileMetadata> readBytesAs(const QByteArray &bytes, const QString &name, const QString &format)
{
    static const metafill::MetadataReader reader;
    return reader.readBytes(bytes, name, format);
}

// Hands synthetic bytes to `read` as a file named `name`, the way a file on
// disk reaches a reader: through an opened ByteSource.
template<typename Read> metafill::Result<metafill::FileMetadata> readFromBytes(const QByteArray &bytes, const QString &name, Read &&read)
{
    auto source = metafill::ByteSource::fromBytes(bytes, name);
    if (metafill::Status opened = source->open(); !opened)
        return metafill::Result<metafill::FileMetadata>::failure(opened.error());
    return read(*source);
}

// IFD0 of a TIFF-based file, read as the TIFF dispatcher reads it before it
// hands the file to a format reader (ImageJ, LSM).
inline metafill::Result<metafill::TiffDirectory> readFirstDirectory(metafill::ByteSource &source)
{
    auto header = metafill::TiffDirectory::readHeader(source);
    if (!header)
        return metafill::Result<metafill::TiffDirectory>::failure(header.error());
    return metafill::TiffDirectory::read(source, *header, header->firstDirectory);
}

// `full` cut after `first` bytes, then every `step` bytes more: files as an
// interrupted copy or download leaves them. A reader must answer each with
// metadata or a clear error, never crash or read past the end.
inline QList<QByteArray> truncations(const QByteArray &full, qsizetype first, qsizetype step)
{
    QList<QByteArray> pieces;
    for (qsizetype cut = first; cut < full.size(); cut += step)
        pieces.append(full.left(cut));
    return pieces;
}

// Writes `bytes` to `path`, creating its folder; false unless all was written.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The whole content of `path`, or nothing when it cannot be opened.
inline std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// --- Fuzz seeds ---------------------------------------------------------
// The synthetic files the tests build are committed under tests/data/images
// as the fuzzers' starting corpus: a file name and the bytes the test builds.
using SeedFile = std::pair<QString, QByteArray>;

// Fuzzers mutate small inputs best; larger seeds slow every run down.
inline constexpr qint64 MaxSeedBytes = 16 * 1024;

// Rewrites the seeds in `folder` only when the environment variable
// `variable` is set (after a change to the synthetic files): normal runs
// check the committed ones. False when a seed could not be written.
inline bool writeSeedsIfAsked(const char *variable, const QDir &folder, const QList<SeedFile> &seeds)
{
    if (!qEnvironmentVariableIsSet(variable))
        return true;
    return std::all_of(seeds.begin(), seeds.end(),
                       [&](const SeedFile &seed) { return writeFile(folder.filePath(seed.first), seed.second); });
}

// A committed seed read through the registry, as the fuzzers and users read
// files; an error too when it is missing or too large for the corpus.
inline metafill::Result<metafill::FileMetadata> readSeed(const QString &path)
{
    using Failed = metafill::Result<metafill::FileMetadata>;
    const QFileInfo info(path);
    if (!info.exists())
        return Failed::failure(path + QStringLiteral(" is missing"));
    if (info.size() > MaxSeedBytes)
        return Failed::failure(path + QStringLiteral(" is larger than a fuzz seed may be (16 KiB)"));
    return metafill::MetadataReader().read(path);
}

// Like readSeed(), and the seed must still be what the test builds now: the
// fuzzers are to start from the files the readers are tested on.
inline metafill::Result<metafill::FileMetadata> readCurrentSeed(const QString &path, const QByteArray &expected)
{
    using Failed = metafill::Result<metafill::FileMetadata>;
    const std::optional<QByteArray> stored = readFile(path);
    if (!stored)
        return Failed::failure(path + QStringLiteral(" cannot be read"));
    if (*stored != expected)
        return Failed::failure(path + QStringLiteral(" differs from what the test builds; rewrite the seeds"));
    return readSeed(path);
}

// All a result says, to compare two ways of reading the same file (a tree
// and a stream): the OME-XML and the JSON the CLI writes of it, every
// key/value pair in order, and the warnings; or the error.
inline QString describe(const metafill::Result<metafill::FileMetadata> &result)
{
    using namespace Qt::StringLiterals;
    if (!result)
        return u"error: "_s + result.error();
    const metafill::FileMetadata &m = *result;
    QString text = QString::fromUtf8(metafill::OmeXmlWriter::toXml(m));
    metafill::InspectJson::Extras extras;
    extras.originalMetadata = true;
    text += QString::fromUtf8(metafill::InspectJson::forFile(m, extras));
    const auto pairs = [&text](const metafill::KeyValueList &list) {
        for (const auto &[key, value] : list)
            text += key + u" = "_s + value + u'\n';
    };
    pairs(m.originalMetadata);
    for (const metafill::ImageInfo &image : m.images) {
        text += u"--- "_s + image.id + u'\n';
        pairs(image.originalMetadata);
    }
    return text + m.warnings.join(u'\n');
}

} // namespace ReaderTestSupport

// Real microscope files from ../shared/samples are optional. QSKIP returns
// from the function it stands in, so this must be a macro to end the test.
#define SKIP_UNLESS_SAMPLE_EXISTS(path)                                                                                                    \
    do {                                                                                                                                   \
        if (!QFileInfo::exists(path))                                                                                                      \
            QSKIP(qPrintable((path) + QStringLiteral(" is not present (../shared/samples is optional)")));                                 \
    } while (false)
