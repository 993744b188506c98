#include "Units.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

constexpr std::array<Units::Unit, 41> kUnits{{
    {u"pm", u"length", 1e-12, 0},
    {u"Å", u"length", 1e-10, 0},
    {u"nm", u"length", 1e-9, 0},
    {u"µm", u"length", 1e-6, 0},
    {u"mm", u"length", 1e-3, 0},
    {u"cm", u"length", 1e-2, 0},
    {u"m", u"length", 1, 0},
    {u"ps", u"time", 1e-12, 0},
    {u"ns", u"time", 1e-9, 0},
    {u"µs", u"time", 1e-6, 0},
    {u"ms", u"time", 1e-3, 0},
    {u"s", u"time", 1, 0},
    {u"min", u"time", 60, 0},
    {u"h", u"time", 3600, 0},
    {u"d", u"time", 86400, 0},
    {u"Hz", u"frequency", 1, 0},
    {u"kHz", u"frequency", 1e3, 0},
    {u"MHz", u"frequency", 1e6, 0},
    {u"GHz", u"frequency", 1e9, 0},
    {u"µW", u"power", 1e-6, 0},
    {u"mW", u"power", 1e-3, 0},
    {u"W", u"power", 1, 0},
    {u"°C", u"temperature", 1, 273.15},
    {u"K", u"temperature", 1, 0},
    {u"mV", u"voltage", 1e-3, 0},
    {u"V", u"voltage", 1, 0},
    {u"kV", u"voltage", 1e3, 0},
    {u"Pa", u"pressure", 1, 0},
    {u"hPa", u"pressure", 100, 0},
    {u"kPa", u"pressure", 1e3, 0},
    {u"bar", u"pressure", 1e5, 0},
    {u"mbar", u"pressure", 100, 0},
    {u"%", u"fraction", 0.01, 0},
    {u"µl", u"volume", 1e-9, 0},
    {u"ml", u"volume", 1e-6, 0},
    {u"l", u"volume", 1e-3, 0},
    {u"nM", u"concentration", 1e-9, 0},
    {u"µM", u"concentration", 1e-6, 0},
    {u"mM", u"concentration", 1e-3, 0},
    {u"M", u"concentration", 1, 0},
    {u"°", u"angle", 1, 0},
}};

const QHash<QString, const Units::Unit *> &index()
{
    static const QHash<QString, const Units::Unit *> map = [] {
        QHash<QString, const Units::Unit *> m;
        for (const Units::Unit &u : kUnits) {
            const QString symbol = QString::fromUtf16(u.symbol);
            m.insert(symbol, &u);
            if (symbol.startsWith(u'µ')) {
                const QString rest = symbol.mid(1);
                m.insert(u"u"_s + rest, &u);      // ASCII spelling
                m.insert(QChar(0x03BC) + rest, &u); // Greek small letter mu
            }
        }
        auto alias = [&m](const QString &spelling, const QString &canonical) { m.insert(spelling, m.value(canonical)); };
        alias(u"micron"_s, u"µm"_s);
        alias(u"microns"_s, u"µm"_s);
        alias(u"micrometer"_s, u"µm"_s);
        alias(u"micrometre"_s, u"µm"_s);
        alias(u"nanometer"_s, u"nm"_s);
        alias(u"nanometre"_s, u"nm"_s);
        // Spellings image headers use (OME-Zarr's UDUNITS-2 names, Imaris, ImageJ).
        alias(u"angstrom"_s, u"Å"_s);
        alias(u"picometer"_s, u"pm"_s);
        alias(u"millimeter"_s, u"mm"_s);
        alias(u"millimetre"_s, u"mm"_s);
        alias(u"centimeter"_s, u"cm"_s);
        alias(u"meter"_s, u"m"_s);
        alias(u"metre"_s, u"m"_s);
        alias(u"second"_s, u"s"_s);
        alias(u"seconds"_s, u"s"_s);
        alias(u"millisecond"_s, u"ms"_s);
        alias(u"microsecond"_s, u"µs"_s);
        alias(u"nanosecond"_s, u"ns"_s);
        alias(u"picosecond"_s, u"ps"_s);
        alias(u"minute"_s, u"min"_s);
        alias(u"hour"_s, u"h"_s);
        alias(u"day"_s, u"d"_s);
        alias(u"sec"_s, u"s"_s);
        alias(u"degC"_s, u"°C"_s);
        alias(u"℃"_s, u"°C"_s);
        alias(u"C"_s, u"°C"_s);
        alias(u"deg"_s, u"°"_s);
        alias(u"uL"_s, u"µl"_s);
        alias(u"µL"_s, u"µl"_s);
        alias(u"mL"_s, u"ml"_s);
        alias(u"L"_s, u"l"_s);
        return m;
    }();
    return map;
}

} // namespace

const Units::Unit *Units::find(const QString &spelling)
{
    return index().value(spelling.trimmed(), nullptr);
}

QString Units::canonical(const QString &spelling)
{
    const Unit *u = find(spelling);
    return u ? QString::fromUtf16(u->symbol) : QString();
}

QString Units::dimensionOf(const QString &spelling)
{
    const Unit *u = find(spelling);
    return u ? QString::fromUtf16(u->dimension) : QString();
}

QStringList Units::symbolsOf(const QString &dimension)
{
    QStringList symbols;
    for (const Unit &u : kUnits) {
        if (QString::fromUtf16(u.dimension) == dimension)
            symbols.append(QString::fromUtf16(u.symbol));
    }
    return symbols;
}

std::optional<double> Units::convert(double value, const QString &from, const QString &to)
{
    const Unit *a = find(from);
    const Unit *b = find(to);
    if (!a || !b || QStringView(a->dimension) != QStringView(b->dimension))
        return std::nullopt;
    if (a == b)
        return value;
    const double base = value * a->factor + a->offset;
    return (base - b->offset) / b->factor;
}

} // namespace metafill
