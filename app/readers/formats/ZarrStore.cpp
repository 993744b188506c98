#include "ZarrStore.h"

#include "io/ByteSource.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace metafill {

namespace {

constexpr qsizetype MaxPathLength = 1'024;
constexpr qsizetype MaxPathComponents = 32;

bool isInside(const QString &canonicalPath, const QString &canonicalFolder)
{
    const QString prefix = canonicalFolder.endsWith(u'/') ? canonicalFolder : canonicalFolder + u'/';
    return canonicalPath.startsWith(prefix);
}

const json *member(const json *object, const char *key)
{
    if (!object || !object->is_object())
        return nullptr;
    const auto found = object->find(key);
    return found == object->end() ? nullptr : &*found;
}

QString joined(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + u'/' + name;
}

// Follows JSON text one character at a time and says which characters are
// part of a string (quotes included): the scanners below look for structure
// and bare words, and a "[" or "NaN" inside a string is neither.
class JsonStringTracker
{
public:
    bool inString(char ch)
    {
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (ch == '\\')
                m_escaped = true;
            else if (ch == '"')
                m_inString = false;
            return true;
        }
        if (ch == '"') {
            m_inString = true;
            return true;
        }
        return false;
    }

private:
    bool m_inString = false;
    bool m_escaped = false;
};

// Python's json module writes NaN and ±Infinity as bare words unless told
// not to, and some Zarr writers let it (fill_value, omero window). Strict JSON
// has no such tokens; they become null so that the rest of the document stays
// readable. Returns the bytes unchanged when there are none.
QByteArray withoutNonFiniteNumbers(QByteArrayView bytes, bool &changed)
{
    changed = false;
    QByteArray out;
    JsonStringTracker strings;
    qsizetype copiedUpTo = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (strings.inString(bytes[i]))
            continue;
        qsizetype tokenLength = 0;
        const QByteArrayView rest = bytes.sliced(i);
        if (rest.startsWith("NaN"))
            tokenLength = 3;
        else if (rest.startsWith("Infinity"))
            tokenLength = 8;
        else if (rest.startsWith("-Infinity"))
            tokenLength = 9;
        if (tokenLength == 0)
            continue;
        if (!changed) {
            out.reserve(bytes.size() + 16);
            changed = true;
        }
        out.append(bytes.sliced(copiedUpTo, i - copiedUpTo).data(), i - copiedUpTo);
        out.append("null");
        i += tokenLength - 1;
        copiedUpTo = i + 1;
    }
    if (changed)
        out.append(bytes.sliced(copiedUpTo).data(), bytes.size() - copiedUpTo);
    return out;
}

} // namespace

ZarrStore::ZarrStore(const QString &folder, QString displayPath) : m_folder(folder), m_displayPath(std::move(displayPath))
{}

ZarrStore::~ZarrStore() = default;

Status ZarrStore::open()
{
    const QFileInfo info(m_folder);
    m_root = info.canonicalFilePath();
    if (m_root.isEmpty() || !info.isDir())
        return Status::failure(tr("%1: the Zarr folder %2 does not exist or cannot be opened.").arg(m_displayPath, m_folder));

    // Consolidated metadata (Zarr v2, ".zmetadata"): every .zattrs/.zarray/.zgroup
    // of the hierarchy in one document, keyed by relative path.
    Result<const json *> consolidated = document(u".zmetadata"_s);
    if (!consolidated)
        return Status::failure(consolidated.error());
    if (const json *metadata = member(*consolidated, "metadata"); metadata && metadata->is_object()) {
        auto moved = std::move(m_documents[u".zmetadata"_s]);
        m_consolidated = std::move(moved);
        m_documents.erase(u".zmetadata"_s);
    }
    return Done{};
}

bool ZarrStore::isPlainRelativePath(const QString &path)
{
    if (path.isEmpty() || path.size() > MaxPathLength || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':') ||
        path.contains(QChar(0)))
        return false;
    const QStringList components = path.split(u'/');
    if (components.size() > MaxPathComponents)
        return false;
    for (const QString &component : components) {
        if (component.isEmpty() || component == u"."_s || component == u".."_s)
            return false;
    }
    return true;
}

Result<std::unique_ptr<json>> ZarrStore::parseJson(QByteArrayView bytes, const QString &origin)
{
    // The depth scan runs before the parser builds anything: a file of a
    // million "[" must fail here, not as a million nested values.
    int depth = 0;
    JsonStringTracker strings;
    for (const char ch : bytes) {
        if (strings.inString(ch))
            continue;
        if (ch == '{' || ch == '[') {
            if (++depth > MaxJsonDepth) {
                return Result<std::unique_ptr<json>>::failure(
                    tr("%1: the metadata is nested more than %2 levels deep; the file is damaged or not Zarr metadata.")
                        .arg(origin, QString::number(MaxJsonDepth)));
            }
        } else if (ch == '}' || ch == ']') {
            --depth;
        }
    }

    bool changed = false;
    const QByteArray cleaned = withoutNonFiniteNumbers(bytes, changed);
    const QByteArrayView text = changed ? QByteArrayView(cleaned) : bytes;
    auto parsed = std::make_unique<json>(json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false));
    if (parsed->is_discarded()) {
        return Result<std::unique_ptr<json>>::failure(
            tr("%1: the metadata file is not valid JSON; the Zarr folder is damaged or was not fully copied.").arg(origin));
    }
    return parsed;
}

Result<std::optional<QByteArray>> ZarrStore::readFile(const QString &filePath, const QString &folder, qint64 maxBytes)
{
    using FileResult = Result<std::optional<QByteArray>>;
    const QFileInfo info(filePath);
    if (!info.exists()) {
        if (info.isSymLink())
            return FileResult::failure(tr("%1: %2 is a link to a file that does not exist.").arg(m_displayPath, filePath));
        return std::optional<QByteArray>();
    }
    // Links may point anywhere; only what really lies inside the folder is read.
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !isInside(canonical, folder)) {
        return FileResult::failure(
            tr("%1: %2 leads outside the image folder (to %3); Metafill does not follow links out of an image folder.")
                .arg(m_displayPath, filePath, canonical));
    }
    if (!info.isFile())
        return FileResult::failure(tr("%1: %2 should be a metadata file but is not a regular file.").arg(m_displayPath, filePath));

    ByteSource source(canonical, maxBytes);
    const Status opened = source.open();
    m_bytesRead += source.bytesRead(); // the head, read by open()
    if (!opened)
        return FileResult::failure(opened.error());
    if (source.size() > maxBytes) {
        return FileResult::failure(
            tr("%1: the metadata file %2 has %3 MiB, more than the %4 MiB Metafill reads; the file is damaged or not metadata.")
                .arg(m_displayPath, filePath, QString::number(double(source.size()) / (1024 * 1024), 'f', 1),
                     QString::number(maxBytes / (1024 * 1024))));
    }
    if (m_bytesRead + source.size() > MaxTotalBytes) {
        return FileResult::failure(tr("%1: the folder's metadata files add up to more than %2 MiB; Metafill stops reading here.")
                                       .arg(m_displayPath, QString::number(MaxTotalBytes / (1024 * 1024))));
    }
    QByteArray bytes = source.head();
    if (source.size() > bytes.size()) {
        const qint64 before = source.bytesRead();
        Result<QByteArray> rest = source.read(bytes.size(), source.size() - bytes.size());
        m_bytesRead += source.bytesRead() - before;
        if (!rest)
            return FileResult::failure(rest.error());
        bytes.append(*rest);
    }
    return std::optional<QByteArray>(std::move(bytes));
}

Result<const json *> ZarrStore::document(const QString &relativeFile)
{
    if (const auto cached = m_documents.find(relativeFile); cached != m_documents.end())
        return static_cast<const json *>(cached->second.get());

    // Consolidated metadata answers for the v2 documents it holds.
    if (const json *metadata = member(m_consolidated.get(), "metadata")) {
        if (const json *entry = member(metadata, relativeFile.toStdString().c_str()))
            return entry;
    }

    const QString filePath = QDir(m_root).filePath(relativeFile);
    Result<std::optional<QByteArray>> bytes = readFile(filePath, m_root, MaxJsonBytes);
    if (!bytes)
        return Result<const json *>::failure(bytes.error());
    std::unique_ptr<json> parsed;
    if (bytes->has_value()) {
        Result<std::unique_ptr<json>> result = parseJson(**bytes, filePath);
        if (!result)
            return Result<const json *>::failure(result.error());
        parsed = std::move(result).value();
    }
    const json *document = parsed.get();
    m_documents[relativeFile] = std::move(parsed);
    return document;
}

Result<ZarrStore::Node> ZarrStore::node(const QString &path)
{
    Node node;
    if (!path.isEmpty() && !isPlainRelativePath(path)) {
        return Result<Node>::failure(
            tr("%1: the metadata names the path \"%2\", which is not a plain path inside the folder.").arg(m_displayPath, path.left(200)));
    }

    // Zarr v3: one zarr.json per group or array.
    Result<const json *> v3 = document(joined(path, u"zarr.json"_s));
    if (!v3)
        return Result<Node>::failure(v3.error());
    if (const json *metadata = *v3) {
        if (!metadata->is_object())
            return Result<Node>::failure(tr("%1: %2 is not a Zarr metadata object.").arg(m_displayPath, joined(path, u"zarr.json"_s)));
        node.exists = true;
        node.zarrFormat = 3;
        const json *attributes = member(metadata, "attributes");
        node.attributes = attributes && attributes->is_object() ? attributes : nullptr;
        const json *type = member(metadata, "node_type");
        if (type && type->is_string() && type->get_ref<const std::string &>() == "array")
            node.array = metadata;
        return node;
    }

    // Zarr v2: attributes, array and group markers are separate files.
    Result<const json *> attributes = document(joined(path, u".zattrs"_s));
    if (!attributes)
        return Result<Node>::failure(attributes.error());
    Result<const json *> array = document(joined(path, u".zarray"_s));
    if (!array)
        return Result<Node>::failure(array.error());
    const bool isGroup = member(member(m_consolidated.get(), "metadata"), joined(path, u".zgroup"_s).toStdString().c_str()) ||
                         QFileInfo::exists(QDir(m_root).filePath(joined(path, u".zgroup"_s)));
    node.attributes = *attributes && (*attributes)->is_object() ? *attributes : nullptr;
    node.array = *array && (*array)->is_object() ? *array : nullptr;
    node.exists = *attributes || *array || isGroup;
    node.zarrFormat = node.exists ? 2 : 0;
    if (*array && !(*array)->is_object())
        return Result<Node>::failure(tr("%1: %2 is not a Zarr array description.").arg(m_displayPath, joined(path, u".zarray"_s)));
    return node;
}

} // namespace metafill
