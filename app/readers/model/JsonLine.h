#pragma once

#include <QString>

#include <optional>
#include <string>

namespace metafill {

// Writes one compact JSON object into a byte buffer, without building a tree:
// `inspect --json` prints one object per file for thousands of files, and a
// tree of small allocations per value cost more than reading the header did.
// The buffer is a std::string because appending single characters to it is a
// plain store, where QByteArray checks for sharing on every append.
class JsonLine
{
public:
    explicit JsonLine(std::string &out) : m_out(out) {}

    JsonLine &beginObject();
    JsonLine &endObject();
    JsonLine &beginArray();
    JsonLine &endArray();
    JsonLine &key(const char *name);

    JsonLine &null();
    JsonLine &text(const QString &value);        // null when empty
    JsonLine &string(const QString &value);      // "" when empty
    JsonLine &number(const std::optional<double> &value);
    JsonLine &integer(const std::optional<qint64> &value);

    // Appends `value` as a quoted JSON string in UTF-8; an unpaired surrogate
    // becomes U+FFFD, so the result is always valid UTF-8.
    static void escape(std::string &out, const QString &value);

private:
    void separate();

    std::string &m_out;
    bool m_needComma = false;
};

} // namespace metafill
