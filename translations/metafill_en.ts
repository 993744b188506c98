<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>(%n image(s))</source>
        <translation>
            <numerusform>(%n image)</numerusform>
            <numerusform>(%n images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n required field(s) are empty: %1</source>
        <translation>
            <numerusform>warning: %n required field is empty: %1</numerusform>
            <numerusform>warning: %n required fields are empty: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message numerus="yes">
        <source>all %n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>all %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, … (%n more)</source>
        <translation>
            <numerusform>, … (%n more)</numerusform>
            <numerusform>, … (%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s): %2</source>
        <translation>
            <numerusform>%1 of %n image: %2</numerusform>
            <numerusform>%1 of %n images: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table is larger than %1, so it will be written as %n file(s) that OMERO imports one after the other.</source>
        <translation>
            <numerusform>The table is larger than %1, so it will be written as %n file.</numerusform>
            <numerusform>The table is larger than %1, so it will be written as %n files that OMERO imports one after the other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image name(s) occur more than once. OMERO finds images by name, so its import refuses this file: export one row per dataset, or the folders one at a time, or rename the files.</source>
        <translation>
            <numerusform>%n image name occurs more than once. OMERO finds images by name, so its import refuses this file: export one row per dataset, or the folders one at a time, or rename the files.</numerusform>
            <numerusform>%n image names occur more than once. OMERO finds images by name, so its import refuses this file: export one row per dataset, or the folders one at a time, or rename the files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n image(s): %2</source>
        <translation>
            <numerusform>%1 — %n image: %2</numerusform>
            <numerusform>%1 — %n images: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) are empty. You can export now and complete them later.</source>
        <translation>
            <numerusform>%n required field is empty. You can export now and complete it later.</numerusform>
            <numerusform>%n required fields are empty. You can export now and complete them later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) have empty required fields (%2 fields in all).</source>
        <translation>
            <numerusform>%1 of %n image has empty required fields (fields in all: %2).</numerusform>
            <numerusform>%1 of %n images have empty required fields (fields in all: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) break the template&apos;s rules; they are exported as they are.</source>
        <translation>
            <numerusform>%n value breaks the template&apos;s rules; it is exported as it is.</numerusform>
            <numerusform>%n values break the template&apos;s rules; they are exported as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Wrote %1 with %n image(s).</source>
        <translation>
            <numerusform>Wrote %1 with %n image.</numerusform>
            <numerusform>Wrote %1 with %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OboReader</name>
    <message numerus="yes">
        <source>%1: %n term(s) without a name were left out.</source>
        <translation>
            <numerusform>%1: %n term without a name was left out.</numerusform>
            <numerusform>%1: %n terms without a name were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackBuildCommand</name>
    <message numerus="yes">
        <source>%1: ok (%n term(s))</source>
        <translation>
            <numerusform>%1: ok (%n term)</numerusform>
            <numerusform>%1: ok (%n terms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term pack(s)</source>
        <translation>
            <numerusform>%n term pack</numerusform>
            <numerusform>%n term packs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackUpdate</name>
    <message numerus="yes">
        <source>term store: %1 (%2), %n term(s)</source>
        <translation>
            <numerusform>term store: %1 (%2), %n term</numerusform>
            <numerusform>term store: %1 (%2), %n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <source>section &apos;%1&apos; may appear at most %n times (instances count from 0)</source>
        <translation>
            <numerusform>section &apos;%1&apos; may appear at most once (instances count from 0)</numerusform>
            <numerusform>section &apos;%1&apos; may appear at most %n times (instances count from 0)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message numerus="yes">
        <source>section &apos;%1&apos; may appear at most %n times</source>
        <translation>
            <numerusform>section &apos;%1&apos; may appear at most once</numerusform>
            <numerusform>section &apos;%1&apos; may appear at most %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateCheckCommand</name>
    <message numerus="yes">
        <source>%1: ok (%2 %3, %n field(s)</source>
        <translation>
            <numerusform>%1: ok (%2 %3, %n field</numerusform>
            <numerusform>%1: ok (%2 %3, %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermWarnings</name>
    <message numerus="yes">
        <source>… and %n more warning(s) like these.</source>
        <translation>
            <numerusform>… and %n more warning like these.</numerusform>
            <numerusform>… and %n more warnings like these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsResolveCommand</name>
    <message numerus="yes">
        <source>%n term(s) resolved</source>
        <translation>
            <numerusform>%n term resolved</numerusform>
            <numerusform>%n terms resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unresolved</source>
        <translation>
            <numerusform>%n left unresolved</numerusform>
            <numerusform>%n left unresolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueChecker</name>
    <message numerus="yes">
        <source>the text is shorter than %n characters</source>
        <translation>
            <numerusform>the text is shorter than %n character</numerusform>
            <numerusform>the text is shorter than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text is longer than %n characters</source>
        <translation>
            <numerusform>the text is longer than %n character</numerusform>
            <numerusform>the text is longer than %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::BatchGridView</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) shown</source>
        <translation>
            <numerusform>%1 of %n image shown</numerusform>
            <numerusform>%1 of %n images shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Copied %n cell.</numerusform>
            <numerusform>Copied %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Pasted %n cell.</numerusform>
            <numerusform>Pasted %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not pasted; the first: %1</source>
        <translation>
            <numerusform>%n cell not pasted: %1</numerusform>
            <numerusform>%n cells not pasted; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell outside the grid.</source>
        <translation>
            <numerusform>%n cell fell outside the grid.</numerusform>
            <numerusform>%n cells fell outside the grid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) now follow “All images”.</source>
        <translation>
            <numerusform>%n cell now follows “All images”.</numerusform>
            <numerusform>%n cells now follow “All images”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n cell(s) down.</source>
        <translation>
            <numerusform>Filled %n cell down.</numerusform>
            <numerusform>Filled %n cells down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) left as they were: %1</source>
        <translation>
            <numerusform>%n cell left as it was: %1</numerusform>
            <numerusform>%n cells left as they were: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cell(s).</source>
        <translation>
            <numerusform>Cleared %n cell.</numerusform>
            <numerusform>Cleared %n cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::CompletenessMeter</name>
    <message numerus="yes">
        <source>%n required field(s) empty</source>
        <translation>
            <numerusform>%n required field empty</numerusform>
            <numerusform>%n required fields empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) with problems</source>
        <translation>
            <numerusform>%n value with problems</numerusform>
            <numerusform>%n values with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::ExportDialog</name>
    <message numerus="yes">
        <source>Written as %n file(s): %1</source>
        <translation>
            <numerusform>Written as %n file: %1</numerusform>
            <numerusform>Written as %n files: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) have empty required fields. You can export now and complete them later.</source>
        <translation>
            <numerusform>%1 of %n image has empty required fields. You can export now and complete them later.</numerusform>
            <numerusform>%1 of %n images have empty required fields. You can export now and complete them later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n dataset row(s) for OMERO to %1.</source>
        <translation>
            <numerusform>Exported %n dataset row for OMERO to %1.</numerusform>
            <numerusform>Exported %n dataset rows for OMERO to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image row(s) for OMERO to %1.</source>
        <translation>
            <numerusform>Exported %n image row for OMERO to %1.</numerusform>
            <numerusform>Exported %n image rows for OMERO to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) still have empty required fields.</source>
        <translation>
            <numerusform>%n image still has empty required fields.</numerusform>
            <numerusform>%n images still have empty required fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::ExportPreview</name>
    <message numerus="yes">
        <source>The first %1 of %n row(s), exactly as the file begins.</source>
        <translation>
            <numerusform>The first %1 of %n row, exactly as the file begins.</numerusform>
            <numerusform>The first %1 of %n rows, exactly as the file begins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s), exactly as the file holds them.</source>
        <translation>
            <numerusform>The %n row, exactly as the file holds it.</numerusform>
            <numerusform>All %n rows, exactly as the file holds them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all.</source>
        <translation>
            <numerusform>%n file, %1 in all.</numerusform>
            <numerusform>%n files, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key column(s), %1.</source>
        <translation>
            <numerusform>%n key column, %1.</numerusform>
            <numerusform>%n key columns, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::ExportWarningsView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::FormView</name>
    <message numerus="yes">
        <source>Values all images share (%n image(s))</source>
        <translation>
            <numerusform>Values all images share (%n image)</numerusform>
            <numerusform>Values all images share (%n images)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::ImagesPanel</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n image(s)</source>
        <translation>
            <numerusform>Add %n image</numerusform>
            <numerusform>Add %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s); %1 values filled from headers and presets.</source>
        <translation>
            <numerusform>Added %n image; %1 values filled from headers and presets.</numerusform>
            <numerusform>Added %n images; %1 values filled from headers and presets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (marked in the list).</source>
        <translation>
            <numerusform>%n file could not be read (marked in the list).</numerusform>
            <numerusform>%n files could not be read (marked in the list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>Remove %n image</numerusform>
            <numerusform>Remove %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) from the list; their files are untouched.</source>
        <translation>
            <numerusform>Removed %n image from the list; its file is untouched.</numerusform>
            <numerusform>Removed %n images from the list; their files are untouched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::JournalRecoveryDialog</name>
    <message numerus="yes">
        <source>%n journal(s) could not be read and were kept aside:</source>
        <translation>
            <numerusform>%n journal could not be read and was kept aside:</numerusform>
            <numerusform>%n journals could not be read and were kept aside:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the %1 work last changed %2 (%n value(s))? It cannot be restored afterwards.</source>
        <translation>
            <numerusform>Discard the %1 work last changed %2 (%n value)? It cannot be restored afterwards.</numerusform>
            <numerusform>Discard the %1 work last changed %2 (%n values)? It cannot be restored afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::MainWindow</name>
    <message numerus="yes">
        <source>It was made with another version of the template; %n value(s) need a look.</source>
        <translation>
            <numerusform>It was made with another version of the template; %n value needs a look.</numerusform>
            <numerusform>It was made with another version of the template; %n values need a look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::SectionOutline</name>
    <message numerus="yes">
        <source>%n required field(s) empty</source>
        <translation>
            <numerusform>%n required field empty</numerusform>
            <numerusform>%n required fields empty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::SectionPanel</name>
    <message numerus="yes">
        <source>The template asks for at least %n of these</source>
        <translation>
            <numerusform>The template asks for at least one of these</numerusform>
            <numerusform>The template asks for at least %n of these</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::TemplateChooser</name>
    <message numerus="yes">
        <source>%n template(s) found.</source>
        <translation>
            <numerusform>%n template found.</numerusform>
            <numerusform>%n templates found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instrument preset(s)</source>
        <translation>
            <numerusform>%n instrument preset</numerusform>
            <numerusform>%n instrument presets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::TermPicker</name>
    <message numerus="yes">
        <source>%n term(s) from the offline index; still asking the Ontology Lookup Service…</source>
        <translation>
            <numerusform>%n term from the offline index; still asking the Ontology Lookup Service…</numerusform>
            <numerusform>%n terms from the offline index; still asking the Ontology Lookup Service…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) from the Ontology Lookup Service</source>
        <translation>
            <numerusform>%n term from the Ontology Lookup Service</numerusform>
            <numerusform>%n terms from the Ontology Lookup Service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) from the offline index</source>
        <translation>
            <numerusform>%n term from the offline index</numerusform>
            <numerusform>%n terms from the offline index</numerusform>
        </translation>
    </message>
</context>
</TS>
