#include "ImsHdf5.h"

#include "model/HeaderValues.h"

#include <QFile>
#include <QStringList>

#include <hdf5.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <exception>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

constexpr hid_t InvalidId = -1;
// Group and attribute names longer than this are cut.
constexpr size_t MaxNameBytes = size_t(ImsProbeOutput::MaxNameLength);
// Numbers per numeric attribute: Imaris writes scalars; anything longer is not
// metadata a template would use.
constexpr hssize_t MaxNumbers = 64;

// Owns one HDF5 identifier and closes it with the matching H5?close.
class Handle
{
public:
    using Closer = herr_t (*)(hid_t);

    Handle() = default;
    Handle(hid_t id, Closer close) : m_id(id), m_close(close) {}
    Handle(Handle &&other) noexcept : m_id(std::exchange(other.m_id, InvalidId)), m_close(other.m_close) {}
    Handle &operator=(Handle &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_id = std::exchange(other.m_id, InvalidId);
            m_close = other.m_close;
        }
        return *this;
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    ~Handle() { reset(); }

    bool valid() const { return m_id >= 0; }
    hid_t get() const { return m_id; }

private:
    void reset()
    {
        if (m_id >= 0 && m_close)
            m_close(m_id);
        m_id = InvalidId;
    }

    hid_t m_id = InvalidId;
    Closer m_close = nullptr;
};

// libhdf5 prints its error stack to stderr on every failed call unless told
// not to; a damaged file would fill the terminal of a batch run.
class SilentErrors
{
public:
    SilentErrors()
    {
        H5Eget_auto2(H5E_DEFAULT, &m_function, &m_data);
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    }
    ~SilentErrors() { H5Eset_auto2(H5E_DEFAULT, m_function, m_data); }
    SilentErrors(const SilentErrors &) = delete;
    SilentErrors &operator=(const SilentErrors &) = delete;

private:
    H5E_auto2_t m_function = nullptr;
    void *m_data = nullptr;
};

// The most specific message on libhdf5's error stack ("file signature not
// found", "truncated file: eof = …"), then clears the stack.
QString innermostError()
{
    QString message;
    H5Ewalk2(
        H5E_DEFAULT, H5E_WALK_UPWARD,
        [](unsigned n, const H5E_error2_t *error, void *data) -> herr_t {
            if (n == 0 && error && error->desc)
                *static_cast<QString *>(data) = QString::fromLocal8Bit(error->desc).left(300);
            return 0;
        },
        &message);
    H5Eclear2(H5E_DEFAULT);
    return message;
}

bool isHardLink(hid_t parent, const char *name)
{
    if (H5Lexists(parent, name, H5P_DEFAULT) <= 0)
        return false;
#if H5_VERSION_GE(1, 12, 0)
    H5L_info2_t link;
    if (H5Lget_info2(parent, name, &link, H5P_DEFAULT) < 0)
        return false;
#else
    H5L_info_t link;
    if (H5Lget_info(parent, name, &link, H5P_DEFAULT) < 0)
        return false;
#endif
    return link.type == H5L_TYPE_HARD;
}

// The child object `name` of `parent` when it is reached by a hard link and
// is of the expected kind. Soft links may point anywhere in the file and
// external links into other files; neither is followed.
Handle openChild(hid_t parent, const char *name, H5I_type_t kind)
{
    if (!isHardLink(parent, name))
        return {};
    Handle object(H5Oopen(parent, name, H5P_DEFAULT), H5Oclose);
    if (!object.valid() || H5Iget_type(object.get()) != kind)
        return {};
    return object;
}

template<typename Number> QString shortest(Number value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (result.ec != std::errc())
        return {};
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

// What may still be read from attributes in this file: raw bytes asked of
// libhdf5, and text handed on (ImsReader checks the same bounds). Decoded text
// can be shorter than its bytes (NUL padding) or longer (", " between the
// elements of a string array), so each is counted.
struct Budget
{
    qint64 bytesLeft = ImsProbeOutput::MaxTotalTextLength;
    qint64 textLeft = ImsProbeOutput::MaxTotalTextLength;
    int attributesLeft = ImsProbeOutput::MaxAttributes;
    bool truncated = false;
    bool damaged = false;
};

std::optional<QString> stringValue(hid_t attribute, hid_t type, hsize_t count, Budget &budget)
{
    // Variable-length strings are allocated by libhdf5 at whatever length the
    // file claims; Imaris never writes them.
    if (H5Tis_variable_str(type) != 0)
        return std::nullopt;
    const size_t elementSize = H5Tget_size(type);
    if (elementSize == 0 || count == 0)
        return QString();
    if (count > hsize_t(ImsProbeOutput::MaxValueLength) / elementSize) {
        budget.truncated = true;
        return std::nullopt;
    }
    const auto total = static_cast<qint64>(count * elementSize);
    if (total > budget.bytesLeft) {
        budget.truncated = true;
        return std::nullopt;
    }
    budget.bytesLeft -= total;

    // Read in the attribute's own type, so that libhdf5 converts nothing: a
    // conversion of Imaris' one-character NUL-terminated strings to any other
    // string type would turn every character into the terminator.
    QByteArray raw(static_cast<qsizetype>(total), '\0');
    if (H5Aread(attribute, type, raw.data()) < 0)
        return std::nullopt;

    // Each element ends at its first NUL. Imaris' arrays of single characters
    // are joined as they are; arrays of longer strings get a separator.
    QByteArray joined;
    joined.reserve(raw.size());
    for (hsize_t i = 0; i < count; ++i) {
        const char *element = raw.constData() + i * elementSize;
        const size_t length = strnlen(element, elementSize);
        if (elementSize > 1 && i > 0)
            joined.append(", ");
        joined.append(element, static_cast<qsizetype>(length));
    }
    return HeaderValues::decodeLegacyText(joined);
}

std::optional<QString> numericValue(hid_t attribute, hid_t type, H5T_class_t kind, hsize_t count)
{
    if (count == 0)
        return QString();
    if (count > hsize_t(MaxNumbers))
        return std::nullopt;
    QStringList numbers;
    if (kind == H5T_INTEGER) {
        if (H5Tget_sign(type) == H5T_SGN_NONE) {
            std::vector<unsigned long long> values(count);
            if (H5Aread(attribute, H5T_NATIVE_ULLONG, values.data()) < 0)
                return std::nullopt;
            for (unsigned long long value : values)
                numbers.append(QString::number(value));
        } else {
            std::vector<long long> values(count);
            if (H5Aread(attribute, H5T_NATIVE_LLONG, values.data()) < 0)
                return std::nullopt;
            for (long long value : values)
                numbers.append(QString::number(value));
        }
    } else if (H5Tget_size(type) <= sizeof(float)) {
        // Printed as float so that 0.2f reads "0.2", not "0.20000000298023224".
        std::vector<float> values(count);
        if (H5Aread(attribute, H5T_NATIVE_FLOAT, values.data()) < 0)
            return std::nullopt;
        for (float value : values)
            numbers.append(shortest(value));
    } else {
        std::vector<double> values(count);
        if (H5Aread(attribute, H5T_NATIVE_DOUBLE, values.data()) < 0)
            return std::nullopt;
        for (double value : values)
            numbers.append(shortest(value));
    }
    return numbers.join(u' ');
}

std::optional<QString> attributeValue(hid_t attribute, Budget &budget)
{
    Handle type(H5Aget_type(attribute), H5Tclose);
    Handle space(H5Aget_space(attribute), H5Sclose);
    if (!type.valid() || !space.valid())
        return std::nullopt;
    const hssize_t points = H5Sget_simple_extent_npoints(space.get());
    if (points < 0)
        return std::nullopt;
    const H5T_class_t kind = H5Tget_class(type.get());
    switch (kind) {
    case H5T_STRING:
        return stringValue(attribute, type.get(), static_cast<hsize_t>(points), budget);
    case H5T_INTEGER:
    case H5T_FLOAT:
        return numericValue(attribute, type.get(), kind, static_cast<hsize_t>(points));
    default:
        return std::nullopt;
    }
}

struct AttributeWalk
{
    KeyValueList *attributes = nullptr;
    Budget *budget = nullptr;
    bool failed = false; // an exception (std::bad_alloc) stopped the walk
};

herr_t collectAttribute(hid_t location, const char *name, const H5A_info_t *, void *data)
{
    auto *walk = static_cast<AttributeWalk *>(data);
    // No exception may unwind through libhdf5's C frames.
    try {
        if (walk->budget->attributesLeft <= 0) {
            walk->budget->truncated = true;
            return 1; // stop
        }
        Handle attribute(H5Aopen(location, name, H5P_DEFAULT), H5Aclose);
        if (!attribute.valid())
            return 0;
        std::optional<QString> value = attributeValue(attribute.get(), *walk->budget);
        if (!value)
            return 0;
        QString key = HeaderValues::decodeLegacyText(QByteArrayView(name, static_cast<qsizetype>(strnlen(name, MaxNameBytes))));
        const qint64 length = key.size() + value->size();
        if (value->size() > ImsProbeOutput::MaxValueLength || length > walk->budget->textLeft) {
            walk->budget->truncated = true;
            return 0;
        }
        walk->budget->textLeft -= length;
        --walk->budget->attributesLeft;
        walk->attributes->append({std::move(key), std::move(*value)});
        return 0;
    } catch (...) {
        walk->failed = true;
        return -1;
    }
}

// Natural order: "Channel 2" before "Channel 10".
bool naturalLess(const QString &a, const QString &b)
{
    const auto split = [](const QString &name) {
        qsizetype digits = name.size();
        while (digits > 0 && name[digits - 1].isDigit())
            --digits;
        const QStringView number = QStringView(name).mid(digits);
        bool ok = false;
        const qulonglong value = number.toULongLong(&ok);
        return std::tuple(QStringView(name).left(digits), ok ? value : 0ULL, name);
    };
    const auto [prefixA, numberA, wholeA] = split(a);
    const auto [prefixB, numberB, wholeB] = split(b);
    if (prefixA != prefixB)
        return prefixA < prefixB;
    if (numberA != numberB)
        return numberA < numberB;
    return wholeA < wholeB;
}

void readAttributes(hid_t object, KeyValueList &attributes, Budget &budget)
{
    // libhdf5 1.10.8 dereferences a null pointer when an attribute message
    // fails to decode while it builds the table H5Aiterate2 walks (found by
    // fuzzing; H5A__attr_release_table). Looking up a name no attribute has
    // decodes every attribute message without building that table, so damaged
    // attributes show up here as an error instead.
    if (H5Aexists(object, "\x01metafill: no such attribute") < 0) {
        budget.damaged = true;
        H5Eclear2(H5E_DEFAULT);
        return;
    }
    AttributeWalk walk{&attributes, &budget};
    hsize_t index = 0;
    // Native order needs no sorted index built over a hostile number of attributes.
    H5Aiterate2(object, H5_INDEX_NAME, H5_ITER_NATIVE, &index, collectAttribute, &walk);
    if (walk.failed)
        throw std::bad_alloc();
    std::sort(attributes.begin(), attributes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

struct LinkWalk
{
    std::vector<QByteArray> names;
    bool truncated = false;
    bool failed = false;
};

#if H5_VERSION_GE(1, 12, 0)
using LinkInfo = H5L_info2_t;
#else
using LinkInfo = H5L_info_t;
#endif

herr_t collectLink(hid_t, const char *name, const LinkInfo *info, void *data)
{
    auto *walk = static_cast<LinkWalk *>(data);
    try {
        if (walk->names.size() >= size_t(ImsProbeOutput::MaxDataSetInfoGroups)) {
            walk->truncated = true;
            return 1;
        }
        if (info && info->type == H5L_TYPE_HARD)
            walk->names.emplace_back(name, static_cast<qsizetype>(strnlen(name, MaxNameBytes)));
        return 0;
    } catch (...) {
        walk->failed = true;
        return -1;
    }
}

std::vector<QByteArray> childNames(hid_t group, bool &truncated)
{
    LinkWalk walk;
    hsize_t index = 0;
#if H5_VERSION_GE(1, 12, 0)
    H5Literate2(group, H5_INDEX_NAME, H5_ITER_NATIVE, &index, collectLink, &walk);
#else
    H5Literate(group, H5_INDEX_NAME, H5_ITER_NATIVE, &index, collectLink, &walk);
#endif
    if (walk.failed)
        throw std::bad_alloc();
    truncated = truncated || walk.truncated;
    return std::move(walk.names);
}

// The OME pixel type of an HDF5 number type, or empty.
QString omePixelType(hid_t type)
{
    const size_t size = H5Tget_size(type);
    switch (H5Tget_class(type)) {
    case H5T_INTEGER: {
        const bool isSigned = H5Tget_sign(type) != H5T_SGN_NONE;
        switch (size) {
        case 1:
            return isSigned ? u"int8"_s : u"uint8"_s;
        case 2:
            return isSigned ? u"int16"_s : u"uint16"_s;
        case 4:
            return isSigned ? u"int32"_s : u"uint32"_s;
        default:
            return {};
        }
    }
    case H5T_FLOAT:
        return size == 4 ? u"float"_s : size == 8 ? u"double"_s : QString();
    default:
        return {};
    }
}

// The type of the first image block, looked up without reading its values.
QString firstBlockPixelType(hid_t file)
{
    Handle current = openChild(file, "DataSet", H5I_GROUP);
    for (const char *step : {"ResolutionLevel 0", "TimePoint 0", "Channel 0"}) {
        if (!current.valid())
            return {};
        current = openChild(current.get(), step, H5I_GROUP);
    }
    if (!current.valid())
        return {};
    const Handle data = openChild(current.get(), "Data", H5I_DATASET);
    if (!data.valid())
        return {};
    const Handle type(H5Dget_type(data.get()), H5Tclose);
    return type.valid() ? omePixelType(type.get()) : QString();
}

ImsContents readContents(hid_t file)
{
    ImsContents contents;
    Budget budget;
    readAttributes(file, contents.rootAttributes, budget);

    const Handle info = openChild(file, "DataSetInfo", H5I_GROUP);
    contents.hasDataSetInfo = info.valid();
    if (info.valid()) {
        for (const QByteArray &name : childNames(info.get(), contents.truncated)) {
            const Handle group = openChild(info.get(), name.constData(), H5I_GROUP);
            if (!group.valid())
                continue;
            ImsContents::Group entry{HeaderValues::decodeLegacyText(name), {}};
            readAttributes(group.get(), entry.attributes, budget);
            contents.dataSetInfo.append(std::move(entry));
        }
        std::sort(contents.dataSetInfo.begin(), contents.dataSetInfo.end(),
                  [](const ImsContents::Group &a, const ImsContents::Group &b) { return naturalLess(a.name, b.name); });
    }
    contents.pixelType = firstBlockPixelType(file);
    contents.truncated = contents.truncated || budget.truncated;
    contents.damaged = budget.damaged;
    H5Eclear2(H5E_DEFAULT);
    return contents;
}

// Opens the file and reads its contents. On failure, libhdf5's reason.
Result<ImsContents> openAndRead(const QString &path)
{
    // A damaged file can leave libhdf5 unable to release its internals (it
    // leaks them); its exit handler then prints "infinite loop closing
    // library" on stderr. Nothing needs flushing after a read-only session,
    // and the end of the process frees the memory anyway. Must come before
    // any other call into the library.
    H5dont_atexit();
    const SilentErrors silence;
    // A dataset's filter may name a plugin, which libhdf5 would load as a
    // shared library from HDF5_PLUGIN_PATH. No data are read, but nothing
    // from the file should choose code to run.
    H5PLset_loading_state(0);

    const Handle access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
    if (!access.valid())
        return Result<ImsContents>::failure(u"the HDF5 library could not be initialized"_s);
    // Closing the file closes everything still open in it.
    H5Pset_fclose_degree(access.get(), H5F_CLOSE_STRONG);
#if H5_VERSION_GE(1, 10, 7)
    // No lock: a reader's shared lock would stop Imaris or an acquisition
    // program from opening the file for writing, and network shares often
    // refuse locks altogether.
    H5Pset_file_locking(access.get(), false, true);
#endif

    const Handle file(H5Fopen(QFile::encodeName(path).constData(), H5F_ACC_RDONLY, access.get()), H5Fclose);
    if (!file.valid()) {
        const QString reason = innermostError();
        return Result<ImsContents>::failure(reason.isEmpty() ? u"no reason given"_s : reason);
    }
    return readContents(file.get());
}

} // namespace

Result<ImsContents> ImsHdf5::readFile(const QString &path)
{
    return openAndRead(path);
}

} // namespace metafill
