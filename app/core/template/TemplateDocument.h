#pragma once

#include "Template.h"
#include "yaml/YamlNode.h"

#include <QByteArray>

#include <optional>

namespace metafill {

// One template file as written, before its base (if any) is merged in.
struct TemplateDocument
{
    struct Extends
    {
        QString id;
        QString version; // "1" or "1.2" or "1.2.3": any compatible version at least this
        SourceLocation where;
    };

    Template content; // the template's own id, version, texts, sections and presets
    std::optional<Extends> extends;
    const YamlNode *changes = nullptr; // the `changes:` list, applied by TemplateExtender
    const YamlNode *omero = nullptr;   // the `omero:` block as written
    QList<const YamlNode *> presetValues; // `values:` of each preset, by index
    YamlNodePtr root;                  // keeps the nodes above alive
    bool declaresSections = false;
};

} // namespace metafill
