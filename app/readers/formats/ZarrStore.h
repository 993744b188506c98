#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <memory>
#include <optional>

namespace metafill {

// The metadata documents of one Zarr hierarchy in a folder: Zarr v2 (.zattrs,
// .zarray, .zgroup, and .zmetadata when the metadata is consolidated) and
// Zarr v3 (zarr.json). Chunk files are never opened.
//
// Every document is read through a ByteSource and parsed without exceptions,
// after a scan that refuses nesting deeper than MaxJsonDepth. nlohmann::json
// copies and dumps recursively, so a document that passed the scan can be
// walked (and copied) without exhausting the stack. Paths inside the
// hierarchy come from the documents themselves: they are checked to be plain
// relative paths, and a file is read only when its real location (after
// symbolic links) lies inside the folder.
class ZarrStore
{
    Q_DECLARE_TR_FUNCTIONS(ZarrStore)

public:
    static constexpr qint64 MaxJsonBytes = 16 * 1024 * 1024;
    static constexpr int MaxJsonDepth = 64;
    // All metadata files of one folder together (the OME-XML of bioformats2raw included).
    static constexpr qint64 MaxTotalBytes = 128 * 1024 * 1024;

    // One group or array of the hierarchy.
    struct Node
    {
        bool exists = false;
        int zarrFormat = 0; // 2 or 3
        // The user attributes (.zattrs, or "attributes" of zarr.json): an object, or null when there are none.
        const nlohmann::json *attributes = nullptr;
        // The array's metadata (.zarray, or the array's zarr.json); null for a group.
        const nlohmann::json *array = nullptr;
    };

    // `folder` is the hierarchy's root; `displayPath` names it in messages.
    ZarrStore(const QString &folder, QString displayPath);
    ~ZarrStore();
    ZarrStore(const ZarrStore &) = delete;
    ZarrStore &operator=(const ZarrStore &) = delete;

    // Resolves the folder and reads .zmetadata when there is one.
    Status open();

    // The node at `path` ("" is the root, "0", "A/1/0" …). Fails when a
    // metadata file is unreadable or malformed; a missing node has exists == false.
    Result<Node> node(const QString &path);

    // A file inside `folder` (a real, resolved folder): nullopt when absent,
    // an error when it leads outside the folder or is larger than `maxBytes`.
    Result<std::optional<QByteArray>> readFile(const QString &filePath, const QString &folder, qint64 maxBytes);

    const QString &root() const { return m_root; }
    qint64 bytesRead() const { return m_bytesRead; }

    // A path the documents name ("0", "A/1", "labels/cells/0"): relative, "/"-separated,
    // no "." or ".." components, nothing a file system could read as a drive or root.
    static bool isPlainRelativePath(const QString &path);
    // Parses one JSON document within the depth bound; `origin` names it in messages.
    static Result<std::unique_ptr<nlohmann::json>> parseJson(QByteArrayView bytes, const QString &origin);

private:
    // The parsed document at `relativeFile` (cached), or null when absent.
    Result<const nlohmann::json *> document(const QString &relativeFile);

    QString m_folder;
    QString m_displayPath;
    QString m_root; // canonical
    std::map<QString, std::unique_ptr<nlohmann::json>> m_documents;
    std::unique_ptr<nlohmann::json> m_consolidated;
    qint64 m_bytesRead = 0;
};

} // namespace metafill
