#pragma once

#include "TemplateDocument.h"
#include "util/Diagnostic.h"

#include <QCoreApplication>

namespace metafill {

class YamlMapping;

// Builds a facility template from its base and its `changes`. Every change may
// only add or tighten: more required, fewer choices, narrower ranges, extra
// fields. A record that satisfies the result therefore satisfies the base.
class TemplateExtender
{
    Q_DECLARE_TR_FUNCTIONS(TemplateExtender)

public:
    TemplateExtender(const QString &file, Diagnostics &diagnostics);

    Template extend(const Template &base, const TemplateDocument &extension);

private:
    void apply(Template &t, const YamlNode *change);
    void require(Template &t, YamlMapping &change, const QString &path, Requirement level);
    void restrict(Template &t, YamlMapping &change, const QString &path);
    void setDefault(Template &t, YamlMapping &change, const QString &path);
    void hide(Template &t, YamlMapping &change, const QString &path);
    void describe(Template &t, YamlMapping &change, const QString &path);
    void addField(Template &t, YamlMapping &change, const QString &sectionKey);
    void addSection(Template &t, YamlMapping &change);
    void addAutofill(Template &t, YamlMapping &change, const QString &path);

    SectionSpec *findSection(Template &t, const QString &key, YamlMapping &change, const QString &op);
    FieldSpec *findField(Template &t, const QString &path, YamlMapping &change, const QString &op);
    // The index to insert at, from 'after:' or 'before:' (or the end).
    template<typename List>
    qsizetype insertPosition(const List &list, YamlMapping &change);

    QString m_file;
    QString m_extensionId;
    Diagnostics &m_diagnostics;
};

} // namespace metafill
