#include "TemplateChecker.h"

#include "TemplateParser.h"
#include "omero/OmeroKeys.h"
#include "record/ValueChecker.h"
#include "record/ValueText.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace metafill {

TemplateChecker::TemplateChecker(Diagnostics &diagnostics) : m_diagnostics(diagnostics) {}

void TemplateChecker::readPresetValues(Template &t, const TemplateDocument &document)
{
    const QString file = document.content.filePath;
    TemplateParser parser(file, m_diagnostics);
    for (qsizetype i = 0; i < document.content.presets.size() && i < document.presetValues.size(); ++i) {
        const YamlNode *values = document.presetValues.at(i);
        PresetSpec *preset = nullptr;
        for (PresetSpec &p : t.presets) {
            if (p.key == document.content.presets.at(i).key)
                preset = &p;
        }
        if (!preset)
            continue;
        preset->values.clear();
        if (!values || !values->isMap()) {
            m_diagnostics.error(preset->where, tr("preset '%1' needs 'values': a mapping of field paths to values").arg(preset->key));
            continue;
        }
        for (const YamlNode::Entry &e : values->entries) {
            const SourceLocation where{file, e.line, e.column};
            const auto path = FieldPath::parse(e.key);
            if (!path) {
                m_diagnostics.error(where, tr("'%1' is not a field path such as image_acquisition.microscope_model").arg(e.key));
                continue;
            }
            const SectionSpec *section = t.section(path->section);
            const FieldSpec *field = section ? section->field(path->field) : nullptr;
            if (!field) {
                m_diagnostics.error(where, tr("preset '%1' sets '%2', but the template has no such field").arg(preset->key, e.key));
                continue;
            }
            if (path->instance > 0 && !section->isRepeatable()) {
                m_diagnostics.error(where, tr("section '%1' does not repeat, so it has no instance %2").arg(path->section).arg(path->instance));
                continue;
            }
            Diagnostics local;
            const QList<Value> parsed = TemplateParser(file, local).parseValues(*field, e.value.get());
            m_diagnostics.append(local);
            if (!local.hasErrors())
                preset->values.append(PresetSpec::Assignment{*path, parsed, where});
        }
    }
}

void TemplateChecker::check(const Template &t)
{
    QHash<QString, SourceLocation> sectionKeys;
    QHash<QString, QString> omeroKeys; // key -> field path that produces it
    for (const SectionSpec &section : t.sections) {
        if (sectionKeys.contains(section.key)) {
            m_diagnostics.error(section.where, tr("there is already a section '%1' (at %2)").arg(section.key, sectionKeys.value(section.key).toString()));
            continue;
        }
        sectionKeys.insert(section.key, section.where);
        QSet<QString> fieldKeys;
        for (const FieldSpec &field : section.fields) {
            if (fieldKeys.contains(field.key)) {
                m_diagnostics.error(field.where, tr("section '%1' already has a field '%2'").arg(section.key, field.key));
                continue;
            }
            fieldKeys.insert(field.key);
            checkField(t, section, field);

            // Two fields writing the same key could not be told apart when OMERO's
            // annotations are read back.
            QStringList produced{OmeroKeys::keyFor(section, field, 0)};
            if (field.type == FieldType::Term)
                produced << OmeroKeys::accessionKey(t.omero, produced.first()) << OmeroKeys::sourceKey(t.omero, produced.first());
            const QString path = section.key + u'.' + field.key;
            for (const QString &key : std::as_const(produced)) {
                checkOmeroKey(field.origin(), key);
                if (omeroKeys.contains(key))
                    m_diagnostics.error(field.origin(), tr("the OMERO key '%1' of '%2' is already used by '%3'; give one of them another 'omero_key'")
                                                            .arg(key, path, omeroKeys.value(key)));
                else
                    omeroKeys.insert(key, path);
            }
        }
        if (section.fields.isEmpty() && !section.hidden)
            m_diagnostics.warning(section.where, tr("section '%1' has no fields").arg(section.key));
    }

    QSet<QString> presetKeys;
    for (const PresetSpec &preset : t.presets) {
        if (presetKeys.contains(preset.key))
            m_diagnostics.error(preset.where, tr("there is already a preset '%1'").arg(preset.key));
        presetKeys.insert(preset.key);
        for (const PresetSpec::Assignment &a : preset.values) {
            const FieldSpec *field = t.field(a.path);
            if (!field)
                continue;
            for (const Value &v : a.values) {
                for (const QString &problem : ValueChecker::check(*field, v))
                    m_diagnostics.error(a.where, tr("preset '%1', %2: %3").arg(preset.key, t.pathText(a.path), problem));
            }
        }
    }
}

void TemplateChecker::checkField(const Template &, const SectionSpec &section, const FieldSpec &field)
{
    const QString path = section.key + u'.' + field.key;
    if (field.defaults.size() > 1 && !field.multiple)
        m_diagnostics.error(field.origin(), tr("'%1' takes one value but has %2 defaults").arg(path).arg(field.defaults.size()));
    for (const Value &v : field.defaults) {
        for (const QString &problem : ValueChecker::check(field, v))
            m_diagnostics.error(field.origin(), tr("the default of '%1' breaks its own rules: %2").arg(path, problem));
    }
    if (field.hidden && field.requirement == Requirement::Required && field.defaults.isEmpty())
        m_diagnostics.error(field.origin(), tr("'%1' is required and hidden but has no default, so nobody could fill it").arg(path));
    if (field.label.isEmpty())
        m_diagnostics.error(field.where, tr("'%1' needs a label").arg(path));
}

void TemplateChecker::checkOmeroKey(const SourceLocation &where, const QString &key)
{
    const QString problem = OmeroKeys::problemWith(key);
    if (!problem.isEmpty())
        m_diagnostics.error(where, problem);
    else if (OmeroKeys::isLegacyIdentifier(key))
        m_diagnostics.warning(where, tr("the legacy script KeyVal_from_csv.py reads a column called '%1' as an identifier; "
                                        "this key only works with Import_from_csv.py")
                                         .arg(key));
}

} // namespace metafill
