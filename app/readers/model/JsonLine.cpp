#include "JsonLine.h"

#include <charconv>
#include <cmath>

namespace metafill {

void JsonLine::separate()
{
    if (m_needComma)
        m_out.push_back(',');
    m_needComma = true;
}

JsonLine &JsonLine::beginObject()
{
    separate();
    m_out.push_back('{');
    m_needComma = false;
    return *this;
}

JsonLine &JsonLine::endObject()
{
    m_out.push_back('}');
    m_needComma = true;
    return *this;
}

JsonLine &JsonLine::beginArray()
{
    separate();
    m_out.push_back('[');
    m_needComma = false;
    return *this;
}

JsonLine &JsonLine::endArray()
{
    m_out.push_back(']');
    m_needComma = true;
    return *this;
}

JsonLine &JsonLine::key(const char *name)
{
    separate();
    m_out.push_back('"');
    m_out.append(name);
    m_out.append("\":");
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
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, *value);
    m_out.append(buffer, result.ptr - buffer);
    return *this;
}

void JsonLine::escape(std::string &out, const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    const auto *it = reinterpret_cast<const char16_t *>(value.constData());
    const char16_t *const end = it + value.size();
    while (it != end) {
        char32_t c = *it++;
        if (QChar::isHighSurrogate(c) && it != end && QChar::isLowSurrogate(*it))
            c = QChar::surrogateToUcs4(char16_t(c), *it++);
        else if (QChar::isSurrogate(c))
            c = 0xFFFD;
        if (c < 0x80) {
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
                    out.push_back(char(c));
                }
            }
        } else if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(char(0xE0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(char(0x80 | (c & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(char(0x80 | (c & 0x3F)));
        }
    }
    out.push_back('"');
}

} // namespace metafill
