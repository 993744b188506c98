#pragma once

#include "ExportPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace metafill::gui {

// What to do in OMERO.web with an exported file: which script to run and how
// to fill in its parameters, for the options chosen in the export dialog.
// Parameter names and choice values are OMERO's own (never translated); the
// explanations are for a facility user who has not run the script before.
class OmeroInstructions
{
    Q_DECLARE_TR_FUNCTIONS(OmeroInstructions)

public:
    struct Parameter
    {
        QString name;  // as the script's dialog labels it, e.g. "Data_Type"
        QString value; // what to choose or type
        QString note;  // why, or where to find it
    };

    QString script; // as OMERO.web's script menu lists it
    QString start;  // what to select first and where the script is
    QList<Parameter> parameters;
    QStringList notes; // what else to know (replaced pairs, running twice, …)

    // `fileNames`: the files to import, in order (several when the table was split).
    static OmeroInstructions forExport(const ExportSettings &settings, const QStringList &fileNames);

    QString toPlainText() const;
    QString toHtml() const;
};

} // namespace metafill::gui
