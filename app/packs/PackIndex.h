#pragma once

#include "template/LocalizedText.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace metafill {

// One file of a pack as its index lists it.
struct PackFile
{
    enum class Kind { Template, Terms };

    QString path;   // "templates/lmf-confocal.yaml", "terms/stains.obo"
    QString sha256; // 64 lower-case hex digits
    qint64 size = 0;
    // Templates only: what the file says about itself. `pack build` fills
    // these; installing checks them against the file.
    QString templateId;
    QString templateVersion;

    Kind kind() const;
    friend bool operator==(const PackFile &, const PackFile &) = default;
};

// The index of a template pack, metafill-pack.json at the pack's root
// (described in templates/PACKS.md). It arrives from a web server or a shared
// folder, so parse() takes nothing on trust: its size, the number of files,
// every path (relative, two levels, portable names, no "..", unique even
// where case does not count), every size and the form of every hash.
class PackIndex
{
    Q_DECLARE_TR_FUNCTIONS(PackIndex)

public:
    QString id;
    QString version;
    LocalizedText title;
    QString publisher;
    LocalizedText description;
    QList<PackFile> files;

    // `where` names the index in messages (its address or path).
    static Result<PackIndex> parse(const QByteArray &json, const QString &where);
    QByteArray toJson() const;

    qint64 totalBytes() const;
    const PackFile *file(const QString &path) const;
    QList<PackFile> filesOfKind(PackFile::Kind kind) const;
    // Same id, version and files (path, size, hash): the same content.
    bool sameContentAs(const PackIndex &other) const;

    // Why `path` cannot name a file of a pack, or an empty string if it can.
    static QString pathProblem(const QString &path);
    // The most a file of this kind may hold.
    static qint64 maxFileBytes(PackFile::Kind kind);

    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxIndexBytes = 1024 * 1024;
    static constexpr int MaxFiles = 500;
    static constexpr qint64 MaxTotalBytes = 512LL * 1024 * 1024;
    static constexpr int MaxPathLength = 120;
    static constexpr int MaxTextLength = 500;
};

} // namespace metafill
