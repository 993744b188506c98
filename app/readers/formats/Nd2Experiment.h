#pragma once

#include "formats/ClxLiteDecoder.h"

#include <QString>

#include <optional>
#include <vector>

namespace metafill {

// The acquisition loops of an ND2 file, from its SLxExperiment structure
// (chunk ImageMetadataLV!, 2.x ImageMetadata!): a chain of levels, each with
// a loop type (eType), its parameters (uLoopPars) and the next level inside it
// (ppNextLevelEx). Facts from Laboratory-Imaging/limnd2 `experiment.py` and
// tlambert03/nd2 `_parse.py`.
namespace Nd2Experiment {

// SLxExperiment::eType (limnd2 ExperimentLoopType).
enum LoopType : qint64 {
    TimeLoop = 1,
    XYPosLoop = 2,
    XYDiscrLoop = 3,
    ZStackLoop = 4,
    SpectLoop = 6,
    NETimeLoop = 8, // non-equidistant: several periods, each with its own interval
    ManTimeLoop = 9,
    ZStackLoopAccurate = 10,
};

enum class Axis { Time, Position, Z, Spectral, Other };

struct Loop
{
    Axis axis = Axis::Other;
    qint64 type = 0;
    qint64 count = 0;                    // steps really acquired (pItemValid), ≤ MaxCount
    const ClxNode *level = nullptr;      // the SLxExperiment level
    const ClxNode *parameters = nullptr; // its uLoopPars
};

struct Position
{
    QString name;
    std::optional<double> x, y, z; // stage coordinates as the file stores them (µm)
};

constexpr int MaxNesting = 32;
constexpr qint64 MaxCount = 1'000'000'000;

// The loops with at least one step, outermost first. Pointers refer into
// `experiment`, which must outlive them.
std::vector<Loop> loops(const ClxNode &experiment);

// The acquired positions of a multi-point loop, in order; empty when the
// loop lists none.
std::vector<Position> positions(const Loop &loop);

} // namespace Nd2Experiment

} // namespace metafill
