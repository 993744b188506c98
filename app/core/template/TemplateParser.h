#pragma once

#include "TemplateDocument.h"
#include "util/Diagnostic.h"

#include <QCoreApplication>

#include <optional>

namespace metafill {

// Turns the YAML of a template file into the template model, reporting every
// structural mistake with its line and column. Semantic checks that need the
// whole (extended) template are TemplateChecker's.
class TemplateParser
{
    Q_DECLARE_TR_FUNCTIONS(TemplateParser)

public:
    TemplateParser(const QString &file, Diagnostics &diagnostics);

    TemplateDocument parseDocument(const YamlNodePtr &root);
    std::optional<SectionSpec> parseSection(const YamlNode *node, const QString &definedBy);
    std::optional<FieldSpec> parseField(const YamlNode *node, const QString &definedBy);
    QList<AutofillRule> parseAutofill(const YamlNode *node);
    std::optional<PresetSpec> parsePreset(const YamlNode *node);

    // Reads one value or a list of values for a field (defaults, presets).
    QList<Value> parseValues(const FieldSpec &field, const YamlNode *node);

    void parseOmero(const YamlNode *node, OmeroOptions &omero);
    static bool isValidKey(const QString &key);

    static constexpr int MaxSections = 200;
    static constexpr int MaxFieldsPerSection = 500;
    static constexpr int MaxChoices = 2000;
    static constexpr int MaxPresets = 500;
    static constexpr int MaxRulesPerField = 20;

private:
    SourceLocation at(const YamlNode *node) const;
    void parseTypeSpecific(class YamlMapping &map, FieldSpec &field);
    QList<Choice> parseChoices(const YamlNode *node);

    QString m_file;
    Diagnostics &m_diagnostics;
};

} // namespace metafill
