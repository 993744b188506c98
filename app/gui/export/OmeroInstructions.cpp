#include "OmeroInstructions.h"

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

// The values the "CSV separator" parameter of Import_from_csv.py offers.
QString separatorChoice(QChar delimiter)
{
    return delimiter == u'\t' ? u"TAB"_s : QString(delimiter);
}

} // namespace

OmeroInstructions OmeroInstructions::forExport(const ExportSettings &settings, const QStringList &fileNames)
{
    OmeroInstructions steps;
    const QString files = fileNames.isEmpty() ? tr("the exported file") : fileNames.join(u", "_s);
    const QString attach = fileNames.size() > 1 ? tr("Run the script once per file, in this order: %1.").arg(files) : QString();

    if (settings.format == OmeroCsvExporter::Format::Legacy) {
        steps.script = u"KeyVal_from_csv"_s;
        steps.start = tr("In OMERO.web, attach %1 to the dataset that holds the images (right-hand panel, Attachments). "
                         "Keep the dataset selected, open the script menu (the gear icon) and choose annotation scripts ▸ KeyVal_from_csv.")
                          .arg(files);
        steps.parameters = {
            {u"Data_Type"_s, u"Dataset"_s, tr("The images' dataset.")},
            {u"IDs"_s, tr("the dataset's ID"), tr("Filled in when the dataset is selected; OMERO.web shows it in the right-hand panel.")},
            {u"File_Annotation"_s, tr("leave empty"),
             tr("The script then reads the CSV file attached to the dataset (its name must end in .csv).")},
        };
        steps.notes = {
            tr("The script finds each image by the name in the column “image”; the names must be unique in the dataset."),
            tr("It has no separator setting: it guesses, and this file uses commas."),
            tr("It replaces ALL key-value pairs the images already have, in every namespace, and splits every value at “;”."),
        };
        if (!attach.isEmpty())
            steps.notes.prepend(attach);
        return steps;
    }

    steps.script = u"Import from CSV"_s;
    const bool datasets = settings.level == OmeroOptions::Level::Dataset;
    const bool oneDataset = datasets && !settings.datasetName.trimmed().isEmpty();
    if (!datasets) {
        steps.start = tr("In OMERO.web, select the dataset that holds the images, open the script menu (the gear icon) "
                         "and choose annotation scripts ▸ Import from CSV.");
        steps.parameters = {
            {u"Data_Type"_s, u"Dataset"_s, tr("The parent of the images.")},
            {u"IDs"_s, tr("the dataset's ID"), tr("Filled in when the dataset is selected; OMERO.web shows it in the right-hand panel.")},
            {u"Target Data_Type"_s, u"Image"_s, tr("Listed as “-- Image”: each row of the file describes one image.")},
        };
    } else if (oneDataset) {
        steps.start = tr("In OMERO.web, select the dataset “%1”, open the script menu (the gear icon) "
                         "and choose annotation scripts ▸ Import from CSV.")
                          .arg(settings.datasetName.trimmed());
        steps.parameters = {
            {u"Data_Type"_s, u"Dataset"_s, tr("The dataset the row describes.")},
            {u"IDs"_s, tr("the dataset's ID"), tr("Filled in when the dataset is selected; OMERO.web shows it in the right-hand panel.")},
            {u"Target Data_Type"_s, u"<on current>"_s, tr("The pairs go on the dataset itself (newer scripts call this “<selected>”).")},
        };
    } else {
        steps.start = tr("In OMERO.web, select the project that holds the datasets, open the script menu (the gear icon) "
                         "and choose annotation scripts ▸ Import from CSV.");
        steps.parameters = {
            {u"Data_Type"_s, u"Project"_s, tr("The parent of the datasets.")},
            {u"IDs"_s, tr("the project's ID"), tr("Filled in when the project is selected; OMERO.web shows it in the right-hand panel.")},
            {u"Target Data_Type"_s, u"Dataset"_s, tr("Listed as “- Dataset”: each row of the file describes one dataset.")},
        };
    }
    steps.parameters += {
        {u"File_Annotation"_s, files,
         tr("Upload it with “Choose File”, or attach it to the %1 beforehand and leave this empty.")
             .arg(datasets && !oneDataset ? tr("project") : tr("dataset"))},
        {u"Namespace"_s, tr("leave empty"),
         settings.mapNamespace.trimmed().isEmpty()
             ? tr("The pairs go to OMERO's client namespace, where people can edit them in OMERO.web.")
             : tr("The file's first row puts the pairs in the namespace “%1”; OMERO.web shows them but does not let people edit them. "
                  "Anything typed here would replace it.")
                   .arg(settings.mapNamespace.trimmed())},
        {u"CSV separator"_s, separatorChoice(settings.effectiveDelimiter()), tr("The file's separator (“guess” finds it too).")},
        {u"Columns to exclude"_s, u"<ID>,<NAME>,<PARENTS>"_s, tr("Keep the default.")},
        {u"Target ID colname"_s, u"OBJECT_ID"_s, tr("Keep the default: the file has no ID column, so OMERO finds the objects by name.")},
        {u"Target name colname"_s, settings.csvOptions().nameColumn,
         datasets ? tr("The first column, with the dataset names.") : tr("The first column, with the image names.")},
        {u"Exclude empty values"_s, tr("ticked"), tr("Empty cells then add no pairs.")},
        {u"Split values on"_s, tr("leave empty"), tr("Values that contain “;” or “,” then stay whole.")},
    };
    if (!attach.isEmpty())
        steps.notes.append(attach);
    steps.notes.append(
        datasets ? tr("The names in the first column must be exactly the names of the datasets in OMERO.")
                 : tr("The names in the first column must be exactly the names the images have in OMERO, and unique in the dataset."));
    steps.notes.append(tr("Running the script twice adds every pair twice."));
    return steps;
}

QString OmeroInstructions::toPlainText() const
{
    QString text = tr("Script: %1").arg(script) + u'\n' + start + u'\n';
    for (const Parameter &p : parameters)
        text += u"  "_s + tr("%1: %2", "parameter: value").arg(p.name, p.value) + u"  — "_s + p.note + u'\n';
    for (const QString &note : notes)
        text += u"• "_s + note + u'\n';
    return text;
}

QString OmeroInstructions::toHtml() const
{
    // No colours: the text browser's palette decides, so dark themes work.
    // Two columns, the note after the value: readable in a narrow panel too.
    QString html = u"<p>"_s + start.toHtmlEscaped() + u"</p><table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const Parameter &p : parameters) {
        html += u"<tr><td valign=\"top\"><b>"_s + p.name.toHtmlEscaped() + u"</b></td><td valign=\"top\"><tt>"_s + p.value.toHtmlEscaped() +
                u"</tt><br/>"_s + p.note.toHtmlEscaped() + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    if (!notes.isEmpty()) {
        html += u"<ul>"_s;
        for (const QString &note : notes)
            html += u"<li>"_s + note.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace metafill::gui
