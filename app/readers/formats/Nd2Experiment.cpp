#include "Nd2Experiment.h"

#include <algorithm>

namespace metafill::Nd2Experiment {

namespace {

// Flags such as pItemValid: a byte array (3.x) or a list of values (2.x).
std::optional<std::vector<bool>> flagsOf(const ClxNode *node)
{
    if (!node)
        return std::nullopt;
    std::vector<bool> flags;
    if (node->type == ClxNode::Type::Bytes) {
        for (char byte : node->bytes)
            flags.push_back(byte != 0);
    } else if (node->isLevel()) {
        for (const ClxNode &item : node->children)
            flags.push_back(item.integer().value_or(0) != 0);
    } else {
        return std::nullopt;
    }
    return flags;
}

Axis axisOf(qint64 type)
{
    switch (type) {
    case TimeLoop:
    case NETimeLoop:
    case ManTimeLoop:
        return Axis::Time;
    case XYPosLoop:
    case XYDiscrLoop:
        return Axis::Position;
    case ZStackLoop:
    case ZStackLoopAccurate:
        return Axis::Z;
    case SpectLoop:
        return Axis::Spectral;
    default:
        break;
    }
    return Axis::Other;
}

const ClxNode *loopParameters(const ClxNode &level)
{
    const ClxNode *parameters = level.child(u"uLoopPars");
    // 2.x files wrap the parameters in one list item.
    if (parameters && parameters->children.size() == 1 && parameters->children.front().isLevel() &&
        parameters->children.front().name.isEmpty())
        parameters = &parameters->children.front();
    return parameters;
}

qint64 loopCount(qint64 type, const ClxNode &level, const ClxNode *parameters)
{
    qint64 count = parameters ? parameters->integerAt(u"uiCount").value_or(0) : 0;
    if (type == NETimeLoop && count <= 0 && parameters) {
        // Non-equidistant time loop: the frames of its valid periods.
        const ClxNode *periods = parameters->child(u"pPeriod");
        const auto valid = flagsOf(parameters->child(u"pPeriodValid"));
        if (periods) {
            for (std::size_t i = 0; i < periods->children.size(); ++i) {
                if (valid && i < valid->size() && !(*valid)[i])
                    continue;
                count += std::clamp<qint64>(periods->children[i].integerAt(u"uiCount").value_or(0), 0, MaxCount);
            }
        }
    }
    if (type == SpectLoop && parameters)
        count = parameters->integerAt(u"pPlanes/uiCount").value_or(count);
    // pItemValid marks the loop items that were really acquired (limnd2 ExperimentLevel.count).
    if (const auto valid = flagsOf(level.child(u"pItemValid")); valid && !valid->empty())
        count = std::count(valid->begin(), valid->end(), true);
    return std::clamp<qint64>(count, 0, MaxCount);
}

} // namespace

// Follows SLxExperiment → ppNextLevelEx → … (the first sub-level each time,
// as limnd2 does; a time loop's phases may nest differently, rare).
std::vector<Loop> loops(const ClxNode &experiment)
{
    std::vector<Loop> result;
    const ClxNode *level = &experiment;
    for (int depth = 0; level && depth < MaxNesting; ++depth) {
        const auto type = level->integerAt(u"eType");
        const ClxNode *parameters = loopParameters(*level);
        if (type && parameters) {
            Loop loop{axisOf(*type), *type, loopCount(*type, *level, parameters), level, parameters};
            if (loop.count > 0)
                result.push_back(loop);
        }
        const ClxNode *next = level->child(u"ppNextLevelEx");
        level = nullptr;
        if (next) {
            for (const ClxNode &candidate : next->children) {
                if (candidate.isLevel()) {
                    level = &candidate;
                    break;
                }
            }
        }
    }
    return result;
}

std::vector<Position> positions(const Loop &loop)
{
    std::vector<Position> result;
    const ClxNode &parameters = *loop.parameters;
    if (const ClxNode *points = parameters.child(u"Points")) {
        for (const ClxNode &point : points->children) {
            if (!point.isLevel())
                continue;
            QString name = point.textAt(u"dPosName");
            if (name.isEmpty())
                name = point.textAt(u"pPosName");
            result.push_back({name, point.numberAt(u"dPosX"), point.numberAt(u"dPosY"), point.numberAt(u"dPosZ")});
        }
    } else if (const ClxNode *xs = parameters.child(u"dPosX")) {
        // 2.x: parallel lists dPosX, dPosY, dPosZ, pPosName.
        const ClxNode *ys = parameters.child(u"dPosY");
        const ClxNode *zs = parameters.child(u"dPosZ");
        const ClxNode *names = parameters.child(u"pPosName");
        const auto at = [](const ClxNode *list, std::size_t i) -> const ClxNode * {
            return list && i < list->children.size() ? &list->children[i] : nullptr;
        };
        for (std::size_t i = 0; i < xs->children.size(); ++i) {
            Position position;
            position.x = xs->children[i].number();
            if (const ClxNode *y = at(ys, i))
                position.y = y->number();
            if (const ClxNode *z = at(zs, i))
                position.z = z->number();
            if (const ClxNode *name = at(names, i))
                position.name = name->toText();
            result.push_back(position);
        }
    }
    if (const auto valid = flagsOf(loop.level->child(u"pItemValid")); valid && !valid->empty()) {
        std::vector<Position> acquired;
        for (std::size_t i = 0; i < result.size(); ++i) {
            if (i >= valid->size() || (*valid)[i])
                acquired.push_back(result[i]);
        }
        result = std::move(acquired);
    }
    return result;
}

} // namespace metafill::Nd2Experiment
