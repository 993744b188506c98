#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace metafill {

// Conversions every reader needs, so that each vendor quirk is handled once:
// units to the model's fixed units, the date encodings vendors use, and the
// text encodings of old headers.
namespace HeaderValues {

// A length in any spelling ("m", "µm" with U+00B5 or U+03BC, "um", "micron",
// "micrometer", "\u00B5m", "nm", "angstrom" …) in micrometres; nullopt when the
// unit is unknown or means "not calibrated" ("pixel").
std::optional<double> toMicrometres(double value, const QString &unit);
std::optional<double> toNanometres(double value, const QString &unit);
std::optional<double> toSeconds(double value, const QString &unit);

// The value rounded to `significantDigits` decimal digits: scaling and
// quotients bring binary noise (1.0000000000000002E-07 m × 1e6, (6.3 + 0.1) / 32
// = 0.19999999999999998) that no calibration means. Exact, through text.
double withoutBinaryNoise(double value, int significantDigits);

// A number as a header writes it ("1.44992E-07", " 63 ", "0,95" is refused):
// nullopt for empty, non-numeric, infinite or NaN text.
std::optional<double> number(QStringView text);

// Magnification from an objective's name when the header has no number for it:
// "Plan Apo λ 60x" → 60, "EC Plan-Neofluar 40x/1.30 Oil" → 40, "HC PL APO 63x/1.30" → 63.
std::optional<double> magnificationFromName(const QString &objectiveName);
// Numerical aperture from a name such as "40x/1.30 Oil".
std::optional<double> numericalApertureFromName(const QString &objectiveName);
// The OME Immersion enumeration value for a vendor's word ("Oel", "GLYC", "W", "Wasser" …), or empty.
QString omeImmersion(const QString &vendorWord);

// Dates, as ISO 8601 text ("2021-03-04T16:39:17.951Z"; without "Z" when the file
// gives local time without a zone).
QString isoDate(const QDateTime &dateTime);
// Windows FILETIME: 100 ns ticks since 1601-01-01 UTC (Leica LIF).
std::optional<QDateTime> fromFileTime(quint64 ticks);
// OLE automation date: days since 1899-12-30, local time of the instrument (Zeiss LSM).
std::optional<QDateTime> fromOleDate(double days);
// Julian day number, UTC (Nikon ND2 dTimeAbsolute).
std::optional<QDateTime> fromJulianDay(double julianDay);
// An xsd:dateTime or a close relative ("2002-01-01 00:00:00.000",
// "2020-03-02T06:48:39.1784942Z" with 7 fraction digits). Invalid when unreadable.
QDateTime parseDateTime(const QString &text);

// Text of unknown encoding from an old header: UTF-8 when it is valid UTF-8,
// otherwise Latin-1. Trailing NULs and blanks are dropped.
QString decodeLegacyText(QByteArrayView bytes);
// UTF-16 text in the given byte order, up to the first NUL.
QString decodeUtf16(QByteArrayView bytes, bool littleEndian = true);

} // namespace HeaderValues

} // namespace metafill
