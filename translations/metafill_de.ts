<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="34"/>
        <source>metafill-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="35"/>
        <source>Try &apos;metafill-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="41"/>
        <source>Usage: metafill-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="42"/>
        <source>Fill microscopy metadata templates and export them as OMERO key-value CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="43"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="47"/>
        <source>Each command has --help. Options: --version, --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="48"/>
        <source>Exit codes: 0 success; 1 the input has errors (template, record or value); 2 wrong options; 3 an input file could not be read; 4 the output could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="11"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="18"/>
        <source>metafill-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="19"/>
        <source>Try &apos;metafill-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="26"/>
        <source>Usage: metafill-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="35"/>
        <source>Also look for base templates (named in &apos;extends&apos;) and templates given by id in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="36"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="15"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="18"/>
        <source>%1 is too large to be a key-value table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="21"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="34"/>
        <source>the file is too large to be a key-value table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="36"/>
        <source>the file contains NUL bytes; it is not a text CSV file (UTF-16 files must be saved as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="40"/>
        <source>the file is not UTF-8; save it as UTF-8 (OMERO requires that too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="138"/>
        <source>line %1 has more than %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="151"/>
        <source>line %1 has a cell longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="154"/>
        <source>the quoted cell that starts on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="49"/>
        <location filename="../app/core/util/Diagnostic.cpp" line="13"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="49"/>
        <location filename="../app/core/util/Diagnostic.cpp" line="14"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/Diagnostic.cpp" line="40"/>
        <source>too many problems; the rest are not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="68"/>
        <source>Write the OMERO key-value CSV for image files or folders (searched recursively): one row per image, or one per dataset. Values come from --record and --set; every --set value is checked against its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="77"/>
        <source>The template (file or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="77"/>
        <location filename="../app/cli/RecordCommands.cpp" line="78"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="78"/>
        <source>A record file with the values shared by all images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="79"/>
        <source>Set a field, e.g. --set study.title=&quot;Mitosis in HeLa&quot;. Repeat for more fields, or for more values of a field that takes several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="79"/>
        <source>FIELD_PATH=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="80"/>
        <source>omero (Import_from_csv.py, default) or omero-legacy (KeyVal_from_csv.py, omero-scripts up to 5.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="80"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="81"/>
        <source>image (one row per image) or dataset (one row per folder of images). Default: the template&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="81"/>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="82"/>
        <source>With --level dataset: put all images in one dataset of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="82"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="83"/>
        <source>Write the pairs into this OMERO namespace (a NAMESPACE row). Default: the template&apos;s; none means OMERO&apos;s editable client namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="83"/>
        <source>NS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="84"/>
        <source>tab (default; the most robust for OMERO), comma or semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="84"/>
        <source>CHAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="85"/>
        <source>The CSV file to write. Larger than 1 MiB, it is split into OUT.part1.csv, OUT.part2.csv, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="85"/>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="87"/>
        <source>Image files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="88"/>
        <source>--template FILE [options] -o OUT.csv PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="93"/>
        <source>metafill-cli export: give the output with -o OUT.csv and at least one image file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="101"/>
        <source>metafill-cli export: --format must be omero or omero-legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="112"/>
        <source>metafill-cli export: --delimiter must be tab, comma or semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="127"/>
        <source>metafill-cli export: --level must be image or dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="132"/>
        <source>metafill-cli export: KeyVal_from_csv.py annotates images, not datasets; use --format omero for --level dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="148"/>
        <source>--set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="159"/>
        <source>no image files found in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="166"/>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="173"/>
        <location filename="../app/cli/RecordCommands.cpp" line="179"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="175"/>
        <source>metafill-cli export: %1; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="182"/>
        <source>Wrote %1: %2 %3, %4 key columns, completeness %5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="185"/>
        <source>dataset rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="185"/>
        <source>image rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="190"/>
        <source>In OMERO, run &quot;KeyVal_from_csv&quot; with Data_Type Dataset and the dataset&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="192"/>
        <source>In OMERO, run &quot;Import from CSV&quot; with Data_Type Project (the project&apos;s ID) and Target Data_Type Dataset; CSV separator: guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="194"/>
        <source>In OMERO, run &quot;Import from CSV&quot; with Data_Type Dataset (the dataset&apos;s ID) and Target Data_Type Image; CSV separator: guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRows</name>
    <message>
        <location filename="../app/core/omero/ExportRows.cpp" line="56"/>
        <source>the images of dataset &apos;%1&apos; differ in &apos;%2&apos; (e.g. &apos;%3&apos; and &apos;%4&apos;); the dataset gets no value for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCollector</name>
    <message>
        <location filename="../app/core/images/ImageCollector.cpp" line="38"/>
        <source>%1 is nested more than %2 folders deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/images/ImageCollector.cpp" line="45"/>
        <source>more than %1 images; export them in parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/images/ImageCollector.cpp" line="81"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="243"/>
        <source>Read key-value pairs exported from OMERO (Export_to_csv.py, or a CSV for the import scripts) into a record, one image entry per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="251"/>
        <source>The template (file or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="251"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="252"/>
        <source>The record file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="252"/>
        <source>RECORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="254"/>
        <source>The CSV file exported from OMERO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="255"/>
        <source>--template FILE -o RECORD CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="258"/>
        <source>metafill-cli import: give one CSV file and the record to write with -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecordCommands.cpp" line="277"/>
        <source>Wrote %1 with %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyValueImporter</name>
    <message>
        <location filename="../app/core/omero/KeyValueImporter.cpp" line="60"/>
        <source>the key &apos;%1&apos; is not part of the template %2; it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/KeyValueImporter.cpp" line="76"/>
        <source>&apos;%1&apos; appears more than once, but the field takes one value; the first is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/KeyValueImporter.cpp" line="104"/>
        <source>&apos;%1&apos; = &apos;%2&apos;: %3; left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmeroCsvExporter</name>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="36"/>
        <source>there is nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="65"/>
        <source>the template gives no keys to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="79"/>
        <source>KeyVal_from_csv.py would read the key &apos;%1&apos; as an identifier column; export with --format omero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="92"/>
        <source>an object has no name; OMERO finds images by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="94"/>
        <source>the name &apos;%1&apos; starts or ends with blanks; OMERO compares names exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="96"/>
        <source>the name &apos;%1&apos; appears twice; OMERO&apos;s import refuses such a file. Export the folders separately, or rename the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="108"/>
        <source>the value of &apos;%1&apos; for &apos;%2&apos; has more than %3 characters; OMERO&apos;s import script cannot read such a cell. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="113"/>
        <source>the value of &apos;%1&apos; contains &apos;;&apos; (for &apos;%2&apos;); KeyVal_from_csv.py splits it into several values there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="133"/>
        <source>the header alone is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="142"/>
        <source>the row for &apos;%1&apos; alone is larger than %2 bytes, more than OMERO accepts in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="185"/>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="188"/>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="194"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="197"/>
        <source>the table is larger than %1 bytes, so it was split into %2 files that OMERO imports one after the other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmeroExportReader</name>
    <message>
        <location filename="../app/core/omero/OmeroExportReader.cpp" line="26"/>
        <source>the file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroExportReader.cpp" line="43"/>
        <source>row %1 has %2 cells, but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroExportReader.cpp" line="75"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmeroKeys</name>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="11"/>
        <source>the OMERO key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="13"/>
        <source>the OMERO key &apos;%1&apos; starts or ends with blanks, which the import script removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="16"/>
        <source>the OMERO key &apos;%1&apos; contains a line break, tab or control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="19"/>
        <source>&apos;%1&apos; is an OMERO container name; Import_from_csv.py silently drops a column with this exact key. Use another spelling, such as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="23"/>
        <source>a column called &apos;%1&apos; is read as OMERO tags, not as a key-value pair; choose another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="25"/>
        <source>&apos;%1&apos; is the column OMERO uses to find the images; it cannot be a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="27"/>
        <source>the OMERO key is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../app/core/record/Record.cpp" line="39"/>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/Record.cpp" line="41"/>
        <source>template default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/Record.cpp" line="43"/>
        <source>preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/Record.cpp" line="45"/>
        <source>file header of %1 (image %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/Record.cpp" line="47"/>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordBinder</name>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="39"/>
        <source>this record was made with the template &apos;%1&apos;, not with &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="43"/>
        <source>this record was made with &apos;%1&apos;; it is read with &apos;%2&apos;, which extends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="46"/>
        <source>this record was made with version %1 of the template; it is read with version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="50"/>
        <source>the template %1 %2 changed since this record was made, but its version number did not; ask its author to raise the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="62"/>
        <source>&apos;%1&apos; is not a field path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="67"/>
        <source>the template %1 %2 has no field &apos;%3&apos;; its value %4 is not carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="72"/>
        <source>renamed to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="75"/>
        <source>section &apos;%1&apos; no longer repeats; instance %2 is not carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="83"/>
        <source>the field now takes one value, but %1 are stored; none is carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="90"/>
        <source>the value %1 cannot be read as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="23"/>
        <source>name the template with --template FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="14"/>
        <source>&apos;%1&apos; is not a field path such as study.title or biosample[1].organism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="17"/>
        <source>the template %1 has no section &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="20"/>
        <source>section &apos;%1&apos; has no field &apos;%2&apos; (see &apos;metafill-cli template fields&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="22"/>
        <source>&apos;%1&apos; is hidden by the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="24"/>
        <source>section &apos;%1&apos; does not repeat; leave out the [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/record/RecordEditor.cpp" line="26"/>
        <source>section &apos;%1&apos; may appear at most %n times (instances count from 0)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="34"/>
        <source>&apos;%1&apos; must have the form FIELD_PATH=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="46"/>
        <location filename="../app/core/record/RecordEditor.cpp" line="49"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="53"/>
        <source>%1 is given twice, but the field takes one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="67"/>
        <source>the template has no preset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFile</name>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="55"/>
        <source>&apos;values&apos; must be an object mapping field paths to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="61"/>
        <source>the entry for &apos;%1&apos; must be an object with a &apos;value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="67"/>
        <source>the entry for &apos;%1&apos; has an unknown source &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="116"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="118"/>
        <source>%1 is larger than %2 MiB; this is not a record file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="121"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="129"/>
        <source>the record is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="134"/>
        <source>this is not valid JSON (at byte %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="136"/>
        <source>this is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="139"/>
        <source>this is not a Metafill record (it has no &apos;metafill_record&apos; entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="141"/>
        <source>this record was written in a newer format; update Metafill to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="148"/>
        <source>the record does not say which template it was made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="155"/>
        <source>&apos;images&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="158"/>
        <source>each entry of &apos;images&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="164"/>
        <source>image &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="169"/>
        <source>the record is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="199"/>
        <location filename="../app/core/record/RecordFile.cpp" line="202"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message numerus="yes">
        <location filename="../app/core/record/RecordValidator.cpp" line="49"/>
        <source>section &apos;%1&apos; may appear at most %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="62"/>
        <source>required, but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="67"/>
        <source>recommended, but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="70"/>
        <source>takes one value, but has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="83"/>
        <source>the template has no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="85"/>
        <source>has a value, but the template hides this field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCheckCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="12"/>
        <source>Check templates. Prints every problem as file:line:column: message and exits with 1 if any template has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="19"/>
        <source>Template files (or ids of installed templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="20"/>
        <source>[options] FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="23"/>
        <source>metafill-cli template check: name at least one template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TemplateCommands.cpp" line="36"/>
        <source>%1: ok (%2 %3, %n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="38"/>
        <source>, extends %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateChecker</name>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="32"/>
        <source>preset &apos;%1&apos; needs &apos;values&apos;: a mapping of field paths to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="39"/>
        <source>&apos;%1&apos; is not a field path such as image_acquisition.microscope_model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="45"/>
        <source>preset &apos;%1&apos; sets &apos;%2&apos;, but the template has no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="49"/>
        <source>section &apos;%1&apos; does not repeat, so it has no instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="67"/>
        <source>there is already a section &apos;%1&apos; (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="74"/>
        <source>section &apos;%1&apos; already has a field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="89"/>
        <source>the OMERO key &apos;%1&apos; of &apos;%2&apos; is already used by &apos;%3&apos;; give one of them another &apos;omero_key&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="96"/>
        <source>section &apos;%1&apos; has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="102"/>
        <source>there is already a preset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="110"/>
        <source>preset &apos;%1&apos;, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="120"/>
        <source>&apos;%1&apos; takes one value but has %2 defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="123"/>
        <source>the default of &apos;%1&apos; breaks its own rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="126"/>
        <source>&apos;%1&apos; is required and hidden but has no default, so nobody could fill it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="128"/>
        <source>&apos;%1&apos; needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="137"/>
        <source>the legacy script KeyVal_from_csv.py reads a column called &apos;%1&apos; as an identifier; this key only works with Import_from_csv.py</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateExtender</name>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="52"/>
        <source>a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="60"/>
        <source>a change does one thing; this one has both &apos;%1&apos; and &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="66"/>
        <source>a change must start with one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="105"/>
        <source>&apos;%1&apos; names no section of the base template; its sections are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="114"/>
        <source>&apos;%1&apos; must name a field as section.field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="122"/>
        <source>section &apos;%1&apos; has no field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="134"/>
        <source>only fields can be recommended; use &apos;require&apos; to make the section &apos;%1&apos; obligatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="146"/>
        <source>&apos;%1&apos; is %2 in the base template; an extension may not lower that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="174"/>
        <source>this would loosen &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="177"/>
        <source>&apos;%1&apos; cannot be restricted on a %2 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="187"/>
        <source>&apos;%1&apos; is not one of the base template&apos;s choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="204"/>
        <source>the base template does not allow terms from &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="213"/>
        <source>&apos;%1&apos; is not one of the base template&apos;s branch roots (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="219"/>
        <source>the base template accepts only ontology terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="229"/>
        <source>the base template&apos;s minimum is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="237"/>
        <source>the base template&apos;s maximum is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="242"/>
        <source>after this change the minimum of &apos;%1&apos; is larger than its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="245"/>
        <source>the base template asks for at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="251"/>
        <source>the base template allows at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="258"/>
        <source>the pattern &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="270"/>
        <source>&apos;%1&apos; is not among the base template&apos;s units (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="290"/>
        <source>&apos;set_default&apos; needs a &apos;value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="306"/>
        <source>the section &apos;%1&apos; is not optional in the base template, so it cannot be hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="316"/>
        <source>&apos;%1&apos; is %2, so it cannot be hidden; only optional fields can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="358"/>
        <source>give &apos;after&apos; or &apos;before&apos;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="366"/>
        <source>there is no &apos;%1&apos; to place this next to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="375"/>
        <source>&apos;add_field&apos; needs a &apos;field&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="385"/>
        <source>section &apos;%1&apos; already has a field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="401"/>
        <source>the base template already has a section &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="413"/>
        <source>&apos;add_autofill&apos; needs &apos;rules&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateFieldsCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="46"/>
        <source>List the fields of a template, one per line: path, type, requirement and OMERO key, separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="53"/>
        <source>A template file (or the id of an installed template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="54"/>
        <source>[options] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="57"/>
        <source>metafill-cli template fields: name exactly one template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLoader</name>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="67"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="71"/>
        <source>this is a folder, not a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="75"/>
        <source>the file is larger than %1 bytes; templates are far smaller, so this is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="79"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="103"/>
        <source>no such file, and no template with this id in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="127"/>
        <source>&apos;%1&apos; extends itself through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="131"/>
        <source>templates extend each other more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="136"/>
        <source>the base template &apos;%1&apos; (version %2 or a later compatible one) was not found; put it next to this file or in one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="143"/>
        <source>cannot read the base template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="150"/>
        <source>the base template &apos;%1&apos; has errors (listed above)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="35"/>
        <source>the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="41"/>
        <source>this template is written for template language version &apos;%1&apos;; this Metafill reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="45"/>
        <source>the template must start with &apos;metafill: %1&apos; (the template language version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="51"/>
        <source>the id &apos;%1&apos; must be a reverse domain name in lower case, such as org.example.facility.confocal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="56"/>
        <source>the version &apos;%1&apos; must have the form MAJOR.MINOR.PATCH, such as 1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="61"/>
        <source>&apos;extends&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="69"/>
        <source>&apos;%1&apos; is not a version such as 1 or 1.2 (meaning: that version or a later compatible one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="83"/>
        <source>&apos;sections&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="85"/>
        <source>a template may have at most %1 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="96"/>
        <source>&apos;changes&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="100"/>
        <source>&apos;changes&apos; only makes sense in a template that &apos;extends&apos; another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="102"/>
        <source>a template that extends another adds sections with &apos;add_section&apos; under &apos;changes&apos;, not with &apos;sections&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="104"/>
        <source>the template has no &apos;sections&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="108"/>
        <source>&apos;presets&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="110"/>
        <source>a template may have at most %1 presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="128"/>
        <source>&apos;omero&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="139"/>
        <source>&apos;level&apos; must be image or dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="147"/>
        <source>the term suffixes must be two different, non-empty texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="153"/>
        <source>a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="161"/>
        <location filename="../app/core/template/TemplateParser.cpp" line="221"/>
        <location filename="../app/core/template/TemplateParser.cpp" line="446"/>
        <source>the key &apos;%1&apos; must be lower case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="173"/>
        <source>&apos;repeat&apos; must be true, false or the largest number of instances (1 to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="178"/>
        <source>a section &apos;per_channel&apos; repeats once per channel; leave out &apos;repeat&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="187"/>
        <source>&apos;instance_key&apos; must contain {key} and {index} (from 0) or {number} (from 1), e.g. &quot;Channel {index} - {key}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="189"/>
        <source>&apos;instance_key&apos; only applies to sections that repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="194"/>
        <source>section &apos;%1&apos; needs a list of &apos;fields&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="196"/>
        <source>a section may have at most %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="211"/>
        <source>a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="216"/>
        <source>field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="229"/>
        <source>unknown field type &apos;%1&apos;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="240"/>
        <source>&apos;requirement&apos; must be required, recommended or optional, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="265"/>
        <source>&apos;%1&apos; only applies to %2 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="273"/>
        <source>&apos;min&apos; is larger than &apos;max&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="287"/>
        <source>the pattern &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="297"/>
        <source>a quantity field needs a &apos;unit&apos;, such as µm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="299"/>
        <location filename="../app/core/template/TemplateParser.cpp" line="304"/>
        <location filename="../app/core/template/TemplateParser.cpp" line="405"/>
        <source>&apos;%1&apos; is not a unit Metafill knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="306"/>
        <source>&apos;%1&apos; measures something else than &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="313"/>
        <source>the unit &apos;%1&apos; is not among the allowed &apos;units&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="320"/>
        <source>a choice field needs a list of &apos;choices&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="332"/>
        <source>&apos;%1&apos; is not an ontology id as OLS writes it, such as fbbi or ncbitaxon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="336"/>
        <source>the root &apos;%1&apos; must be a CURIE such as FBbi:00000243</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="344"/>
        <source>&apos;choices&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="348"/>
        <source>a field may have at most %1 choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="357"/>
        <source>a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="365"/>
        <source>a choice value must not be empty or start or end with blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="369"/>
        <source>the choice &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="382"/>
        <source>&apos;autofill&apos; must be a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="386"/>
        <source>a field may have at most %1 auto-fill rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="390"/>
        <source>an auto-fill rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="398"/>
        <source>an auto-fill rule needs exactly one of &apos;xpath&apos; (a query over the image&apos;s OME-XML) or &apos;original&apos; (a key of the vendor&apos;s metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="409"/>
        <source>&apos;map&apos; must be a mapping of header value to field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="413"/>
        <source>each entry of &apos;map&apos; must map to a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="429"/>
        <source>&apos;policy&apos; must be fill_empty, suggest, overwrite or lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="439"/>
        <source>a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="451"/>
        <source>&apos;match&apos; must be a list of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="454"/>
        <source>a match condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="461"/>
        <source>a match condition needs exactly one of &apos;xpath&apos; or &apos;original&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="467"/>
        <source>a match condition needs exactly one of &apos;equals&apos; or &apos;contains&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="486"/>
        <source>field &apos;%1&apos; takes one value, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="496"/>
        <source>a value must be written as text, such as &quot;0.65 µm&quot; or &quot;FBbi:00000251&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="501"/>
        <source>&apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="52"/>
        <source>%1: completeness %2% (required %3/%4, recommended %5/%6)%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="59"/>
        <source>, valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="60"/>
        <source>, INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="200"/>
        <source>Check records against a template: every problem per field, and how complete each record is. Exits with 1 if a record has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="207"/>
        <source>The template (file or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="207"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="208"/>
        <source>Record files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="209"/>
        <source>--template FILE RECORD...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="212"/>
        <source>metafill-cli validate: name at least one record file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueChecker</name>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="36"/>
        <source>%1 is below the minimum of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="38"/>
        <source>%1 is above the maximum of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="42"/>
        <source>the unit &apos;%1&apos; is not allowed here; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/record/ValueChecker.cpp" line="47"/>
        <source>the text is shorter than %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/record/ValueChecker.cpp" line="49"/>
        <source>the text is longer than %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="51"/>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="57"/>
        <source>&apos;%1&apos; does not have the required form (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="62"/>
        <source>&apos;%1&apos; is free text, but this field needs an ontology term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="65"/>
        <source>the term %1 comes from the ontology &apos;%2&apos;; this field takes terms from: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueJson</name>
    <message>
        <location filename="../app/core/record/ValueJson.cpp" line="83"/>
        <source>the quantity has no known unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueJson.cpp" line="88"/>
        <source>the unit &apos;%1&apos; is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueJson.cpp" line="109"/>
        <source>the term has neither a label nor an identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueJson.cpp" line="118"/>
        <source>a %1 value cannot be read from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="53"/>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="58"/>
        <source>this field takes a single line; use a multi-line field for longer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="71"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="78"/>
        <source>&apos;%1&apos; uses a decimal comma; write numbers with a point, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="80"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="84"/>
        <location filename="../app/core/record/ValueText.cpp" line="96"/>
        <source>&apos;%1&apos; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="91"/>
        <source>&apos;%1&apos; uses a decimal comma; write numbers with a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="92"/>
        <source>&apos;%1&apos; is not a number with a unit, such as &apos;0.65 µm&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="101"/>
        <source>&apos;%1&apos; has no unit; add one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="102"/>
        <source>&apos;%1&apos; is not a known unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="105"/>
        <source>the unit &apos;%1&apos; is not allowed here; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="122"/>
        <source>&apos;%1&apos; is not one of the choices: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="130"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="135"/>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="144"/>
        <source>&apos;%1&apos; is not a date and time in the form YYYY-MM-DDTHH:MM[:SS][±HH:MM]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="165"/>
        <source>&apos;%1&apos; is not an ontology term; give its CURIE (such as FBbi:00000251) or IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="176"/>
        <source>&apos;%1&apos; is not a web address starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="182"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="189"/>
        <source>&apos;%1&apos; is not an ORCID iD such as 0000-0002-1825-0097</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="192"/>
        <source>&apos;%1&apos; is not a valid ORCID iD (its check digit is wrong; look for a typing error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="196"/>
        <source>unsupported field type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlMapping</name>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="39"/>
        <source>%1 must be a mapping of &apos;key: value&apos; lines, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="77"/>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="100"/>
        <source>%1 needs &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="81"/>
        <source>&apos;%1&apos; must be a single value, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="113"/>
        <source>&apos;%1&apos; must be a number written with a point, such as 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="124"/>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="137"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="150"/>
        <source>&apos;%1&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="155"/>
        <source>the entries of &apos;%1&apos; must be single values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="181"/>
        <source>unknown property &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="185"/>
        <source>unknown property &apos;%1&apos; in %2; known properties are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="201"/>
        <source>a text must be written as a single value or as &apos;en: …, de: …&apos;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="208"/>
        <source>&apos;%1&apos; is not a language code such as en or de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="212"/>
        <source>the %1 text must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <location filename="../app/core/yaml/YamlNode.cpp" line="26"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlNode.cpp" line="28"/>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlNode.cpp" line="30"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlNode.cpp" line="32"/>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="39"/>
        <source>the file holds more than one YAML document; keep one per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="53"/>
        <source>this alias refers to an anchor that is not complete yet (a node cannot contain itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="61"/>
        <source>a single value is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="105"/>
        <source>the document expands to more than %1 values (through aliases or sheer size); this is far more than any template needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="114"/>
        <location filename="../app/core/yaml/YamlReader.cpp" line="210"/>
        <source>values are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="154"/>
        <source>a mapping key must be a plain word, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="159"/>
        <source>the key &apos;%1&apos; appears twice in the same mapping (first on line %2); remove or rename one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="191"/>
        <source>the file is larger than %1 bytes; templates are far smaller, so this is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="195"/>
        <source>the file contains NUL bytes; it is not a text file (or it is UTF-16; save it as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="197"/>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="212"/>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="215"/>
        <source>the YAML parser failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="218"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_gui.cpp" line="24"/>
        <source>Describe microscopy images with metadata templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="27"/>
        <source>Open this template (file or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="28"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>metafill::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="27"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="29"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="31"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="40"/>
        <source>Metafill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>OMERO key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="63"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="64"/>
        <source>&amp;Open Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="67"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="86"/>
        <source>one per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="88"/>
        <source>repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="90"/>
        <source>optional section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="101"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — version %2, %n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="102"/>
        <source>%1 — Metafill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Open Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Metafill templates (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>This template has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="118"/>
        <source>%n problem(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>Unit: %1 (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Ontologies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="145"/>
        <source>Choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
