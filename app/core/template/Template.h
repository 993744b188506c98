#pragma once

#include "PresetSpec.h"
#include "SectionSpec.h"

#include <QList>
#include <QString>

#include <optional>

namespace metafill {

// Identifies the exact template a record was filled with.
struct TemplateRef
{
    QString id;
    QString version;
    QString sha256;
    friend bool operator==(const TemplateRef &, const TemplateRef &) = default;
};

struct OmeroOptions
{
    enum class Level { Image, Dataset };

    QString mapNamespace; // empty: OMERO's client namespace, editable in OMERO.web
    QString accessionSuffix = QStringLiteral(" term accession number");
    QString sourceSuffix = QStringLiteral(" term source REF");
    Level level = Level::Image;
};

// A template after loading, extension and checking: immutable from here on.
class Template
{
public:
    QString id;
    QString version;
    LocalizedText title;
    LocalizedText description;
    QString filePath;
    QString sha256; // of the file, and for an extension also of its base
    std::optional<TemplateRef> base; // the template this one extends
    OmeroOptions omero;
    QList<SectionSpec> sections;
    QList<PresetSpec> presets;

    TemplateRef ref() const { return TemplateRef{id, version, sha256}; }

    const SectionSpec *section(const QString &key) const;
    const FieldSpec *field(const FieldPath &path) const;
    const FieldSpec *field(const QString &sectionKey, const QString &fieldKey) const;
    const PresetSpec *preset(const QString &key) const;
    // The spelling records and messages use for a path in this template.
    QString pathText(const FieldPath &path) const;
    int fieldCount() const;

    static constexpr int LanguageVersion = 1;
};

} // namespace metafill
