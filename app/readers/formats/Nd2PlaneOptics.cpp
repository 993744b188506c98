#include "Nd2PlaneOptics.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace metafill::Nd2PlaneOptics {

namespace {

// Optical filter placement and spectrum point types (limnd2 metadata.py).
enum FilterPlacement : qint64 { ExcitationFilter = 1, EmissionFilter = 2, FilterTurret = 3, LampSpectrum = 4, UserOverride = 6 };
enum SpectrumPointType : qint64 { RaisingEdge = 2, FallingEdge = 3, Peak = 4, Range = 5 };

std::optional<double> positive(std::optional<double> value)
{
    return value && *value > 0 ? value : std::nullopt;
}

// One representative wavelength of a spectrum: its single point, the centre of
// a rising/falling edge pair (a band-pass), or its peak. Sampled curves give
// none (nothing to pick without guessing).
std::optional<double> spectrumWavelength(const ClxNode *spectrum)
{
    if (!spectrum)
        return std::nullopt;
    const ClxNode *points = spectrum->child(u"pPoint");
    if (!points || points->children.empty())
        return std::nullopt;
    const auto &items = points->children;
    if (items.size() == 1)
        return positive(items.front().numberAt(u"dWavelength"));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const qint64 type = items[i].integerAt(u"eType").value_or(0);
        if (type == RaisingEdge && i + 1 < items.size() && items[i + 1].integerAt(u"eType").value_or(0) == FallingEdge) {
            const auto from = positive(items[i].numberAt(u"dWavelength"));
            const auto to = positive(items[i + 1].numberAt(u"dWavelength"));
            if (from && to)
                return (*from + *to) / 2;
        }
        if (type == Peak)
            return positive(items[i].numberAt(u"dWavelength"));
    }
    return std::nullopt;
}

std::vector<const ClxNode *> filtersOf(const ClxNode &plane)
{
    std::vector<const ClxNode *> filters;
    if (const ClxNode *list = plane.find(u"pFilterPath/m_pFilter")) {
        for (const ClxNode &filter : list->children) {
            if (filter.isLevel())
                filters.push_back(&filter);
        }
    }
    return filters;
}

} // namespace

// Emission: the fluorescent probe's spectrum, else the filter path's emission
// filters in the order NIS-Elements trusts them (user override, emission
// filter, filter turret), as limnd2 FilterPath.meanEmissionWavelength does
// for the common cases.
std::optional<double> emissionNm(const ClxNode &plane)
{
    if (auto probe = spectrumWavelength(plane.find(u"pFluorescentProbe/m_EmissionSpectrum")))
        return probe;
    const auto filters = filtersOf(plane);
    for (qint64 placement : {UserOverride, EmissionFilter, FilterTurret}) {
        for (const ClxNode *filter : filters) {
            if (filter->integerAt(u"m_ePlacement").value_or(0) != placement)
                continue;
            if (auto wavelength = spectrumWavelength(filter->child(u"m_EmissionSpectrum")))
                return wavelength;
        }
    }
    return std::nullopt;
}

// Excitation: the probe's spectrum, a user override, else the excitation line
// or band of the filter path closest below the emission (the intent of limnd2
// FilterPath.closestExcitationWavelength). A confocal's filter path lists every
// laser of the light path (488 and 561 nm in sample #14); the one below the
// channel's emission is the one that excites it. Without an emission only a
// single candidate is taken.
std::optional<double> excitationNm(const ClxNode &plane, std::optional<double> emission)
{
    if (auto probe = spectrumWavelength(plane.find(u"pFluorescentProbe/m_ExcitationSpectrum")))
        return probe;
    const auto filters = filtersOf(plane);
    for (const ClxNode *filter : filters) {
        if (filter->integerAt(u"m_ePlacement").value_or(0) == UserOverride) {
            if (auto wavelength = spectrumWavelength(filter->child(u"m_ExcitationSpectrum")))
                return wavelength;
        }
    }
    std::vector<double> candidates;
    for (const ClxNode *filter : filters) {
        const qint64 placement = filter->integerAt(u"m_ePlacement").value_or(0);
        if (placement != ExcitationFilter && placement != FilterTurret && placement != LampSpectrum)
            continue;
        const ClxNode *points = filter->find(u"m_ExcitationSpectrum/pPoint");
        if (!points)
            continue;
        const auto &items = points->children;
        if (items.size() == 2 && items[0].integerAt(u"eType").value_or(0) == RaisingEdge) {
            if (auto band = spectrumWavelength(filter->child(u"m_ExcitationSpectrum")))
                candidates.push_back(*band);
            continue;
        }
        for (const ClxNode &point : items) {
            if (point.integerAt(u"eType").value_or(0) == Peak) {
                if (auto wavelength = positive(point.numberAt(u"dWavelength")))
                    candidates.push_back(*wavelength);
            }
        }
    }
    if (!emission)
        return candidates.size() == 1 ? std::optional<double>(candidates.front()) : std::nullopt;
    std::optional<double> best;
    for (double candidate : candidates) {
        if (candidate < *emission && (!best || candidate > *best))
            best = candidate;
    }
    return best;
}

// NIS-Elements colours are 0x00BBGGRR; OME wants RGBA in a signed int32. Black
// means "no colour" (Bio-Formats does not set it either).
std::optional<qint32> omeColor(std::optional<qint64> nisColor)
{
    if (!nisColor)
        return std::nullopt;
    const quint32 value = quint32(*nisColor);
    const quint32 red = value & 0xFF, green = (value >> 8) & 0xFF, blue = (value >> 16) & 0xFF;
    if (red == 0 && green == 0 && blue == 0)
        return std::nullopt;
    return qint32((red << 24) | (green << 16) | (blue << 8) | 0xFF);
}

// uiModalityMask bits (limnd2 PicturePlaneModalityFlags). Only the contrast
// bits are used: the acquisition-hardware bits contradict the text description
// in sample #14 (a laser-scanning A1 plane flagged "spinning disk"), so the
// acquisition mode is left to the vendor keys.
QString contrastMethod(std::optional<qint64> modalityMask)
{
    if (!modalityMask)
        return {};
    if (*modalityMask & 0x20)
        return u"DIC"_s;
    if (*modalityMask & 0x10)
        return u"Phase"_s;
    if (*modalityMask & 0x04)
        return u"Darkfield"_s;
    if (*modalityMask & 0x01)
        return u"Fluorescence"_s;
    if (*modalityMask & 0x02)
        return u"Brightfield"_s;
    return {};
}

} // namespace metafill::Nd2PlaneOptics
