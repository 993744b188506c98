#include "HeaderValues.h"

#include "template/Units.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace metafill::HeaderValues {

namespace {

QString cleanUnit(const QString &spelling)
{
    QString unit = spelling.trimmed();
    // ImageJ writes the micro sign escaped when its text encoding could not hold it.
    if (unit.contains(u'\\')) {
        unit.replace(u"\\u00B5"_s, u"µ"_s, Qt::CaseInsensitive);
        unit.replace(u"\\u03BC"_s, u"µ"_s, Qt::CaseInsensitive);
    }
    unit.replace(QChar(0x03BC), QChar(0x00B5));
    return unit;
}

std::optional<double> convertTo(double value, const QString &unit, const QString &target)
{
    if (!std::isfinite(value))
        return std::nullopt;
    // Most headers spell the target unit itself (OME's "µm", "nm", "s").
    if (unit == target)
        return value;
    const QString spelled = cleanUnit(unit);
    if (spelled.isEmpty())
        return std::nullopt;
    auto converted = Units::convert(value, spelled, target);
    if (!converted)
        converted = Units::convert(value, spelled.toLower(), target);
    if (!converted)
        return std::nullopt;
    // 15 significant digits are all a double holds reliably.
    return withoutBinaryNoise(*converted, 15);
}

} // namespace

std::optional<double> toMicrometres(double value, const QString &unit)
{
    // Units has no inch (no template asks for one); ImageJ and TIFF resolutions use it.
    if (unit.compare(u"inch"_s, Qt::CaseInsensitive) == 0 || unit.compare(u"in"_s, Qt::CaseInsensitive) == 0)
        return std::isfinite(value) ? std::optional<double>(withoutBinaryNoise(value * 25400.0, 15)) : std::nullopt;
    static const QString micrometre = u"µm"_s;
    return convertTo(value, unit, micrometre);
}

std::optional<double> toNanometres(double value, const QString &unit)
{
    static const QString nanometre = u"nm"_s;
    return convertTo(value, unit, nanometre);
}

std::optional<double> toSeconds(double value, const QString &unit)
{
    static const QString second = u"s"_s;
    return convertTo(value, unit, second);
}

double withoutBinaryNoise(double value, int significantDigits)
{
    if (!std::isfinite(value))
        return value;
    char buffer[40];
    // std::to_chars/from_chars: cheap enough for the thousands of values a batch converts.
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, significantDigits);
    double rounded = value;
    std::from_chars(buffer, written.ptr, rounded);
    return rounded;
}

std::optional<double> number(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> magnificationFromName(const QString &objectiveName)
{
    static const QRegularExpression pattern(uR"((?<![\w.])(\d{1,3}(?:\.\d+)?)\s*[xX×](?![A-Za-z]))"_s);
    const QRegularExpressionMatch match = pattern.match(objectiveName);
    if (!match.hasMatch())
        return std::nullopt;
    return number(match.capturedView(1));
}

std::optional<double> numericalApertureFromName(const QString &objectiveName)
{
    static const QRegularExpression slash(uR"([xX×]\s*/\s*(\d(?:\.\d+)?))"_s);
    static const QRegularExpression named(uR"(\bNA\s*[:=]?\s*(\d(?:\.\d+)?))"_s, QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = slash.match(objectiveName);
    if (!match.hasMatch())
        match = named.match(objectiveName);
    if (!match.hasMatch())
        return std::nullopt;
    return number(match.capturedView(1));
}

QString omeImmersion(const QString &vendorWord)
{
    const QString word = vendorWord.trimmed().toLower();
    if (word.isEmpty())
        return {};
    static const QHash<QString, QString> words = {
        {u"oil"_s, u"Oil"_s},           {u"oel"_s, u"Oil"_s},         {u"öl"_s, u"Oil"_s},
        {u"water"_s, u"Water"_s},       {u"w"_s, u"Water"_s},         {u"wasser"_s, u"Water"_s},
        {u"waterdipping"_s, u"WaterDipping"_s}, {u"water dipping"_s, u"WaterDipping"_s},
        {u"dipping"_s, u"WaterDipping"_s},
        {u"air"_s, u"Air"_s},           {u"dry"_s, u"Air"_s},         {u"luft"_s, u"Air"_s},
        {u"glyc"_s, u"Glycerol"_s},     {u"glycerol"_s, u"Glycerol"_s}, {u"glycerin"_s, u"Glycerol"_s},
        {u"glycerine"_s, u"Glycerol"_s}, {u"glyz"_s, u"Glycerol"_s},
        {u"multi"_s, u"Multi"_s},       {u"imm"_s, u"Multi"_s},       {u"multiimmersion"_s, u"Multi"_s},
        {u"other"_s, u"Other"_s},       {u"silicone"_s, u"Other"_s},  {u"sil"_s, u"Other"_s},
    };
    return words.value(word);
}

QString isoDate(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const bool withMs = dateTime.time().msec() != 0;
    const QString local = dateTime.toString(withMs ? u"yyyy-MM-ddTHH:mm:ss.zzz"_s : u"yyyy-MM-ddTHH:mm:ss"_s);
    switch (dateTime.timeSpec()) {
    case Qt::UTC:
        return local + u'Z';
    case Qt::OffsetFromUTC:
    case Qt::TimeZone: {
        const int offset = dateTime.offsetFromUtc();
        if (offset == 0)
            return local + u'Z';
        const int minutes = std::abs(offset) / 60;
        return local + (offset < 0 ? u'-' : u'+')
            + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
    }
    case Qt::LocalTime:
        break;
    }
    return local;
}

std::optional<QDateTime> fromFileTime(quint64 ticks)
{
    // 1601-01-01 to 1970-01-01 is 11,644,473,600 s.
    constexpr qint64 epochDifferenceMs = 11'644'473'600'000LL;
    const qint64 ms = static_cast<qint64>(ticks / 10'000) - epochDifferenceMs;
    // Years 1900..2200 only: anything else is not an acquisition date.
    if (ticks == 0 || ms < -2'208'988'800'000LL || ms > 7'258'118'400'000LL)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<QDateTime> fromOleDate(double days)
{
    if (!std::isfinite(days) || days <= 0 || days > 200'000)
        return std::nullopt;
    const QDateTime base(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC);
    const QDateTime utc = base.addMSecs(static_cast<qint64>(std::llround(days * 86'400'000.0)));
    // The instrument wrote its local time without a zone: keep it zone-less.
    return QDateTime(utc.date(), utc.time(), Qt::LocalTime);
}

std::optional<QDateTime> fromJulianDay(double julianDay)
{
    // JD 2440587.5 is 1970-01-01T00:00:00Z; accept 1900..2200.
    if (!std::isfinite(julianDay) || julianDay < 2'415'020.5 || julianDay > 2'524'593.5)
        return std::nullopt;
    const double ms = (julianDay - 2'440'587.5) * 86'400'000.0;
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(ms)), Qt::UTC);
}

QDateTime parseDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$)"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (m.capturedLength(7) > 0)
        msec = m.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(8);
    if (zone.isEmpty())
        return QDateTime(date, time, Qt::LocalTime);
    if (zone == u"Z"_s)
        return QDateTime(date, time, Qt::UTC);
    const QString digits = QString(zone).remove(u':');
    const int sign = digits.startsWith(u'-') ? -1 : 1;
    const int offset = sign * (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

QString decodeLegacyText(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && (bytes.back() == '\0' || bytes.back() == ' '))
        bytes.chop(1);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0)
        text.truncate(nul);
    return text;
}

QString decodeUtf16(QByteArrayView bytes, bool littleEndian)
{
    QString text;
    text.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const auto lo = static_cast<uchar>(bytes[littleEndian ? i : i + 1]);
        const auto hi = static_cast<uchar>(bytes[littleEndian ? i + 1 : i]);
        const char16_t unit = static_cast<char16_t>(lo | (hi << 8));
        if (unit == 0)
            break;
        text.append(QChar(unit));
    }
    return text;
}

} // namespace metafill::HeaderValues
