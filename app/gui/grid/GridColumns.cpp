#include "GridColumns.h"

#include "omero/OmeroKeys.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

bool isShown(const SectionSpec &section)
{
    return !section.hidden && std::any_of(section.fields.cbegin(), section.fields.cend(), [](const FieldSpec &f) { return !f.hidden; });
}

QString requirementText(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Required:
        return GridColumns::tr("Required");
    case Requirement::Recommended:
        return GridColumns::tr("Recommended");
    case Requirement::Optional:
        break;
    }
    return GridColumns::tr("Optional");
}

QString toolTipFor(const GridColumn &column, const SectionSpec &section, const FieldSpec &field)
{
    QString html = u"<p><b>%1</b></p>"_s.arg(column.title.toHtmlEscaped());
    html += u"<p>"_s + GridColumns::tr("Section: %1").arg(section.label.localized().toHtmlEscaped());
    html += u"<br>"_s + GridColumns::tr("OMERO key: %1").arg(OmeroKeys::keyFor(section, field, column.path.instance).toHtmlEscaped());
    html += u"<br>"_s + requirementText(field.requirement).toHtmlEscaped();
    if (field.multiple)
        html += u"<br>"_s + GridColumns::tr("Several values: separate them with “;”").toHtmlEscaped();
    html += u"</p>"_s;
    if (const QString help = field.help.localized(); !help.isEmpty())
        html += u"<p>"_s + help.toHtmlEscaped() + u"</p>"_s;
    return html;
}

} // namespace

QMap<QString, int> GridColumns::instancesNeeded(const Template &t, const Record &record, const QMap<QString, int> &extraInstances)
{
    QHash<QString, int> stored; // the repeatable sections shown, and the most instances any scope holds
    for (const SectionSpec &section : t.sections) {
        if (section.isRepeatable() && isShown(section))
            stored.insert(section.key, 0);
    }
    // One walk over each scope's values, not one look-up per section and
    // image: FieldPath orders by section, so a section's instances come
    // together, and thousands of images must not stall the window.
    const auto scan = [&stored](const ValueMap &values) {
        const QString *section = nullptr;
        int *most = nullptr;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const FieldPath &path = it.key();
            if (!section || path.section != *section) {
                section = &path.section;
                const auto found = stored.find(path.section);
                most = found == stored.end() ? nullptr : &found.value();
            }
            if (most)
                *most = std::max(*most, path.instance + 1);
        }
    };
    scan(record.values);
    for (const ImageEntry &image : record.images)
        scan(image.values);

    QMap<QString, int> needed;
    for (const SectionSpec &section : t.sections) {
        if (!section.isRepeatable() || !isShown(section))
            continue;
        // Per-channel sections start empty (an image may have no channels);
        // one column still lets people type the first channel's values.
        const int count = std::max({1, section.perChannel ? 0 : section.minCount, extraInstances.value(section.key, 0),
                                    stored.value(section.key)});
        needed.insert(section.key, std::min(count, MaxInstancesShown));
    }
    return needed;
}

QList<GridColumn> GridColumns::build(const Template &t, const Record &record, const QMap<QString, int> &extraInstances)
{
    const QMap<QString, int> instances = instancesNeeded(t, record, extraInstances);

    // A field label alone ("Name", "Description") can stand in several
    // sections; such columns name their section too.
    QHash<QString, int> labelUses;
    for (const SectionSpec &section : t.sections) {
        if (!isShown(section) || section.isRepeatable())
            continue;
        for (const FieldSpec &field : section.fields) {
            if (!field.hidden)
                ++labelUses[field.label.localized()];
        }
    }

    QList<GridColumn> columns;
    for (const SectionSpec &section : t.sections) {
        if (!isShown(section))
            continue;
        const QString sectionLabel = section.label.localized();
        const int count = section.isRepeatable() ? instances.value(section.key, 1) : 1;
        for (int instance = 0; instance < count; ++instance) {
            for (const FieldSpec &field : section.fields) {
                if (field.hidden)
                    continue;
                GridColumn column;
                column.path = FieldPath{section.key, instance, field.key};
                column.section = &section;
                column.field = &field;
                const QString fieldLabel = field.label.localized();
                if (section.isRepeatable())
                    column.title = tr("%1 %2 · %3", "section label, instance number, field label").arg(sectionLabel).arg(instance + 1).arg(fieldLabel);
                else if (labelUses.value(fieldLabel) > 1)
                    column.title = tr("%1 · %2", "section label, field label").arg(sectionLabel, fieldLabel);
                else
                    column.title = fieldLabel;
                column.toolTip = toolTipFor(column, section, field);
                columns.append(std::move(column));
            }
        }
    }
    return columns;
}

} // namespace metafill::gui
