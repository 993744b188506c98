#pragma once

#include <QByteArray>
#include <QtEndian>

#include <cstring>
#include <type_traits>

namespace metafill {

// Walks a block of bytes that came from an untrusted file. Every read checks
// that the bytes are there; a read past the end returns 0 and marks the cursor
// as failed, so a parser can read a whole structure and check ok() once.
class BinaryCursor
{
public:
    enum class Order { LittleEndian, BigEndian };

    explicit BinaryCursor(QByteArrayView bytes, Order order = Order::LittleEndian) : m_bytes(bytes), m_order(order) {}

    bool ok() const { return m_ok; }
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_bytes.size(); }
    qsizetype remaining() const { return m_bytes.size() - m_pos; }
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    void setOrder(Order order) { m_order = order; }
    Order order() const { return m_order; }

    void seek(qint64 position)
    {
        if (position < 0 || position > m_bytes.size()) {
            m_ok = false;
            m_pos = m_bytes.size();
            return;
        }
        m_pos = static_cast<qsizetype>(position);
    }
    void skip(qint64 count) { seek(count < 0 || count > remaining() ? -1 : m_pos + count); }

    quint8 u8() { return number<quint8>(); }
    qint8 i8() { return number<qint8>(); }
    quint16 u16() { return number<quint16>(); }
    qint16 i16() { return number<qint16>(); }
    quint32 u32() { return number<quint32>(); }
    qint32 i32() { return number<qint32>(); }
    quint64 u64() { return number<quint64>(); }
    qint64 i64() { return number<qint64>(); }
    float f32()
    {
        const quint32 bits = u32();
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    double f64()
    {
        const quint64 bits = u64();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }

    // The next `count` bytes, or an empty view (and failure) if they are not there.
    QByteArrayView bytes(qint64 count)
    {
        if (count < 0 || count > remaining()) {
            m_ok = false;
            m_pos = m_bytes.size();
            return {};
        }
        const QByteArrayView view = m_bytes.sliced(m_pos, static_cast<qsizetype>(count));
        m_pos += static_cast<qsizetype>(count);
        return view;
    }

private:
    template<typename T>
    T number()
    {
        static_assert(std::is_integral_v<T>);
        if (remaining() < qsizetype(sizeof(T))) {
            m_ok = false;
            m_pos = m_bytes.size();
            return 0;
        }
        const uchar *p = reinterpret_cast<const uchar *>(m_bytes.data()) + m_pos;
        m_pos += sizeof(T);
        return m_order == Order::LittleEndian ? qFromLittleEndian<T>(p) : qFromBigEndian<T>(p);
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    Order m_order;
    bool m_ok = true;
};

} // namespace metafill
