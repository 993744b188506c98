#pragma once

#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <algorithm>
#include <cstring>

// Writes small classic TIFF files for the ImageJ and LSM reader tests: one
// directory (IFD0) right after the header, its out-of-line tag values after
// it, and a data region at a fixed offset for records that tag values point
// to by absolute offset (LSM sub-records). No pixel data: a header reader
// never looks at it. Layout:
//   0: header | 8: IFD0 | tag values | zero padding | dataStart: data region
// so cutting the file inside the data region leaves IFD0 and its values whole.
class TiffTestFile
{
public:
    enum Type : quint16 { Byte = 1, Ascii = 2, Short = 3, Long = 4, Rational = 5, Undefined = 7, Double = 12 };

    explicit TiffTestFile(bool bigEndian = false, qint64 dataStart = 2048) : m_bigEndian(bigEndian), m_dataStart(dataStart) {}

    bool bigEndian() const { return m_bigEndian; }

    // Numbers in the file's byte order.
    QByteArray u16(quint16 v) const { return number(v); }
    QByteArray u32(quint32 v) const { return number(v); }
    QByteArray i32(qint32 v) const { return number(v); }
    QByteArray f64(double v) const
    {
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        return number(bits);
    }
    // UTF-16 text in the file's byte order, without terminator (ImageJ's strings).
    QByteArray utf16(const QString &text) const
    {
        QByteArray out;
        for (QChar c : text)
            out += u16(c.unicode());
        return out;
    }

    void add(quint16 tag, quint16 type, quint32 count, const QByteArray &value) { m_tags.append({tag, type, count, value}); }
    void ascii(quint16 tag, const QByteArray &text) { add(tag, Ascii, quint32(text.size() + 1), text + '\0'); }
    void shortValue(quint16 tag, quint16 value) { add(tag, Short, 1, u16(value)); }
    void shorts(quint16 tag, const QList<quint16> &values)
    {
        QByteArray data;
        for (quint16 v : values)
            data += u16(v);
        add(tag, Short, quint32(values.size()), data);
    }
    void longValue(quint16 tag, quint32 value) { add(tag, Long, 1, u32(value)); }
    void longs(quint16 tag, const QList<quint32> &values)
    {
        QByteArray data;
        for (quint32 v : values)
            data += u32(v);
        add(tag, Long, quint32(values.size()), data);
    }
    void rational(quint16 tag, quint32 numerator, quint32 denominator) { add(tag, Rational, 1, u32(numerator) + u32(denominator)); }

    // Appends a record to the data region; returns its absolute offset.
    quint32 append(const QByteArray &record)
    {
        if (m_data.size() % 2)
            m_data += '\0';
        const auto offset = quint32(m_dataStart + m_data.size());
        m_data += record;
        return offset;
    }

    QByteArray build() const
    {
        QList<Tag> tags = m_tags;
        std::stable_sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) { return a.tag < b.tag; });
        QByteArray out = m_bigEndian ? QByteArray("MM") : QByteArray("II");
        out += u16(42) + u32(8);
        const qint64 valuesStart = 8 + 2 + 12 * tags.size() + 4;
        QByteArray values;
        QByteArray directory = u16(quint16(tags.size()));
        for (const Tag &tag : tags) {
            directory += u16(tag.tag) + u16(tag.type) + u32(tag.count);
            if (tag.value.size() <= 4) {
                directory += tag.value + QByteArray(4 - tag.value.size(), '\0');
            } else {
                if (values.size() % 2)
                    values += '\0';
                directory += u32(quint32(valuesStart + values.size()));
                values += tag.value;
            }
        }
        directory += u32(0); // no further IFD
        out += directory + values;
        if (!m_data.isEmpty()) {
            Q_ASSERT(out.size() <= m_dataStart);
            out += QByteArray(m_dataStart - out.size(), '\0');
            out += m_data;
        }
        return out;
    }

private:
    struct Tag
    {
        quint16 tag;
        quint16 type;
        quint32 count;
        QByteArray value;
    };

    template<typename T>
    QByteArray number(T v) const
    {
        QByteArray out(sizeof(T), '\0');
        if (m_bigEndian)
            qToBigEndian(v, out.data());
        else
            qToLittleEndian(v, out.data());
        return out;
    }

    bool m_bigEndian;
    qint64 m_dataStart;
    QList<Tag> m_tags;
    QByteArray m_data;
};
