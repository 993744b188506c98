#pragma once

#include "record/Record.h"
#include "template/Template.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace metafill::gui {

// One column of the batch grid: a field of one section instance.
struct GridColumn
{
    FieldPath path;
    const SectionSpec *section = nullptr;
    const FieldSpec *field = nullptr;
    QString title;   // what the header shows, e.g. "Channel 1 · Emission wavelength"
    QString toolTip; // full label, section, OMERO key, requirement and help
};

// Which columns the grid shows for a template and a record: every field that
// is not hidden, of every section that is not hidden; a repeatable section
// once per instance that any scope has (at least one, so there is always a
// column to type the first instance into).
class GridColumns
{
    Q_DECLARE_TR_FUNCTIONS(GridColumns)

public:
    // A record with thousands of instances of one section would make
    // thousands of columns nobody can scroll through; the form shows them all.
    static constexpr int MaxInstancesShown = 64;

    // `extraInstances`: instances a person added without values yet (section -> count).
    static QList<GridColumn> build(const Template &t, const Record &record, const QMap<QString, int> &extraInstances = {});

    // Instances of each repeatable section the columns need for this record.
    static QMap<QString, int> instancesNeeded(const Template &t, const Record &record, const QMap<QString, int> &extraInstances);
};

} // namespace metafill::gui
