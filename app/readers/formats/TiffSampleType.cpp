#include "TiffSampleType.h"

using namespace Qt::StringLiterals;

namespace metafill::TiffSampleType {

namespace {

// TIFF 6.0 SampleFormat values.
enum SampleFormat : quint64 { UnsignedInteger = 1, SignedInteger = 2, IeeeFloat = 3 };

// One value per sample; a header never has more samples than this.
constexpr int MaxSamples = 256;

// The tag's single value when all its values agree; nullopt when absent or mixed.
std::optional<quint64> uniformValue(ByteSource &source, const TiffDirectory &directory, quint16 tag)
{
    const auto values = directory.integers(source, tag, MaxSamples);
    if (!values || values->isEmpty())
        return std::nullopt;
    for (quint64 value : *values) {
        if (value != values->first())
            return std::nullopt;
    }
    return values->first();
}

} // namespace

QString omePixelType(ByteSource &source, const TiffDirectory &directory)
{
    if (!directory.find(TiffDirectory::BitsPerSample))
        return {}; // TIFF's default of 1 bit is for bilevel images, never a microscope's
    const std::optional<quint64> bits = uniformValue(source, directory, TiffDirectory::BitsPerSample);
    if (!bits)
        return {};
    quint64 format = UnsignedInteger; // TIFF 6.0: absent SampleFormat means unsigned integer
    if (directory.find(TiffDirectory::SampleFormat)) {
        const std::optional<quint64> declared = uniformValue(source, directory, TiffDirectory::SampleFormat);
        if (!declared)
            return {};
        format = *declared;
    }
    return pixelType(*bits, format);
}

QString pixelType(quint64 bits, quint64 sampleFormat)
{
    switch (sampleFormat) {
    case UnsignedInteger:
        switch (bits) {
        case 1: return u"bit"_s;
        case 8: return u"uint8"_s;
        case 16: return u"uint16"_s;
        case 32: return u"uint32"_s;
        default: return {};
        }
    case SignedInteger:
        switch (bits) {
        case 8: return u"int8"_s;
        case 16: return u"int16"_s;
        case 32: return u"int32"_s;
        default: return {};
        }
    case IeeeFloat:
        switch (bits) {
        case 32: return u"float"_s;
        case 64: return u"double"_s;
        default: return {};
        }
    default:
        return {};
    }
}

std::optional<int> samplesPerPixel(const TiffDirectory &directory)
{
    if (!directory.find(TiffDirectory::SamplesPerPixel))
        return 1;
    const std::optional<quint64> samples = directory.integer(TiffDirectory::SamplesPerPixel);
    if (!samples || *samples == 0 || *samples > quint64(MaxSamples))
        return std::nullopt;
    return int(*samples);
}

} // namespace metafill::TiffSampleType
