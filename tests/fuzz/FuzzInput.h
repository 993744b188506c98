#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

// A fuzzer's input as Metafill's loaders receive a file's contents. An empty
// file reads as a null QByteArray, whose view has no data at all (nullptr);
// libFuzzer passes a valid pointer even with no bytes, which would hide a
// memchr(nullptr, …, 0) or memcpy from nullptr (undefined behaviour that
// UBSan reports, found once in the OBO reader).
namespace FuzzInput {

inline QByteArrayView view(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return view(data, size).toByteArray();
}

} // namespace FuzzInput
