#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace metafill {

// Writes one compact JSON object into a byte buffer, without building a tree:
// `inspect --json` prints one object per file for thousands of files, and a
// tree of small allocations per value cost more than reading the header did.
class JsonLine
{
public:
    explicit JsonLine(QByteArray &out) : m_out(out) {}

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

    static void escape(QByteArray &out, const QString &value);

private:
    void separate();

    QByteArray &m_out;
    bool m_needComma = false;
};

} // namespace metafill
