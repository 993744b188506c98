#include "JsonLine.h"

#include <charconv>
#include <cmath>

namespace metafill {

void JsonLine::separate()
{
    if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

JsonLine &JsonLine::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonLine &JsonLine::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonLine &JsonLine::beginArray()
{
    separate();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonLine &JsonLine::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonLine &JsonLine::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_needComma = false;
    return *this;
}

JsonLine &JsonLine::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonLine &JsonLine::text(const QString &value)
{
    return value.isEmpty() ? null() : string(value);
}

JsonLine &JsonLine::string(const QString &value)
{
    separate();
    escape(m_out, value);
    return *this;
}

JsonLine &JsonLine::number(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return null();
    separate();
    char buffer[32];
    // Shortest text that reads back as the same double (JSON has no NaN or infinity).
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, *value);
    m_out.append(buffer, result.ptr - buffer);
    return *this;
}

JsonLine &JsonLine::integer(const std::optional<qint64> &value)
{
    if (!value)
        return null();
    separate();
    m_out.append(QByteArray::number(*value));
    return *this;
}

void JsonLine::escape(QByteArray &out, const QString &value)
{
    // toUtf8 turns unpaired surrogates into U+FFFD, so the result is valid UTF-8.
    const QByteArray utf8 = value.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    static const char hex[] = "0123456789abcdef";
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                out.append(escaped, sizeof escaped);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

} // namespace metafill
