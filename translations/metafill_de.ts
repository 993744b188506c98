<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutofillEngine</name>
    <message>
        <location filename="../app/autofill/AutofillEngine.cpp" line="85"/>
        <source>the XPath &apos;%1&apos; is not valid XPath 1.0: %2 (at character %3)</source>
        <translation>der XPath-Ausdruck &apos;%1&apos; ist kein gültiger XPath-1.0-Ausdruck: %2 (bei Zeichen %3)</translation>
    </message>
    <message>
        <location filename="../app/autofill/AutofillEngine.cpp" line="235"/>
        <source>%1: the header says &apos;%2&apos;, which the field cannot take: %3</source>
        <translation>%1: der Dateikopf gibt &apos;%2&apos; an, was das Feld nicht aufnehmen kann: %3</translation>
    </message>
</context>
<context>
    <name>ByteSource</name>
    <message>
        <location filename="../app/readers/io/ByteSource.cpp" line="53"/>
        <location filename="../app/readers/io/ByteSource.cpp" line="66"/>
        <source>%1: the file does not exist.</source>
        <translation>%1: die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/readers/io/ByteSource.cpp" line="54"/>
        <location filename="../app/readers/io/ByteSource.cpp" line="70"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: die Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/readers/io/ByteSource.cpp" line="59"/>
        <location filename="../app/readers/io/ByteSource.cpp" line="68"/>
        <source>%1: this is not a regular file.</source>
        <translation>%1: dies ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../app/readers/io/ByteSource.cpp" line="89"/>
        <source>%1: the header points to bytes %2 to %3, but the file has only %4 bytes; it is damaged or cut short.</source>
        <translation>%1: der Dateikopf verweist auf die Bytes %2 bis %3, die Datei hat aber nur %4 Byte; sie ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <location filename="../app/readers/io/ByteSource.cpp" line="99"/>
        <source>%1: the header asks for %2 MiB of metadata, more than the limit of %3 MiB; the file is damaged or not supported.</source>
        <translation>%1: der Dateikopf verlangt %2 MiB Metadaten, mehr als die Grenze von %3 MiB; die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../app/readers/io/ByteSource.cpp" line="130"/>
        <source>the file ended early</source>
        <translation>die Datei endete vorzeitig</translation>
    </message>
    <message>
        <location filename="../app/readers/io/ByteSource.cpp" line="131"/>
        <location filename="../app/readers/io/ByteSource.cpp" line="135"/>
        <location filename="../app/readers/io/ByteSource.cpp" line="138"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="41"/>
        <source>metafill-cli: unknown command &apos;%1&apos;</source>
        <translation>metafill-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="42"/>
        <source>Try &apos;metafill-cli --help&apos;.</source>
        <translation>&apos;metafill-cli --help&apos; liefert weitere Informationen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="48"/>
        <source>Usage: metafill-cli COMMAND [options]</source>
        <translation>Aufruf: metafill-cli COMMAND [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="49"/>
        <source>Fill microscopy metadata templates and export them as OMERO key-value CSV files.</source>
        <translation>Metadatenvorlagen für die Mikroskopie ausfüllen und als OMERO-Schlüssel-Wert-CSV-Dateien exportieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="50"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="54"/>
        <source>Each command has --help. Options: --version, --help.</source>
        <translation>Jeder Befehl kennt --help. Optionen: --version, --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="55"/>
        <source>Exit codes: 0 success; 1 the input has errors (template, record or value); 2 wrong options; 3 an input file could not be read; 4 the output could not be written.</source>
        <translation>Rückgabewerte: 0 Erfolg; 1 die Eingabe enthält Fehler (Vorlage, Datensatz oder Wert); 2 falsche Optionen; 3 eine Eingabedatei konnte nicht gelesen werden; 4 die Ausgabe konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="11"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="18"/>
        <source>metafill-cli %1: %2</source>
        <translation>metafill-cli %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="19"/>
        <source>Try &apos;metafill-cli %1 --help&apos;.</source>
        <translation>&apos;metafill-cli %1 --help&apos; liefert weitere Informationen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="26"/>
        <source>Usage: metafill-cli %1 %2</source>
        <translation>Aufruf: metafill-cli %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="35"/>
        <source>Also look for base templates (named in &apos;extends&apos;) and templates given by id in DIR.</source>
        <translation>Basisvorlagen (in &apos;extends&apos; genannt) und per ID angegebene Vorlagen auch in DIR suchen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="36"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
</context>
<context>
    <name>ClxLiteDecoder</name>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="157"/>
        <source>the metadata is nested more than %1 levels deep</source>
        <translation>die Metadaten sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="178"/>
        <source>the metadata holds more than %1 values</source>
        <translation>die Metadaten enthalten mehr als %1 Werte</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="234"/>
        <source>the metadata holds a value of unknown type %1</source>
        <translation>die Metadaten enthalten einen Wert vom unbekannten Typ %1</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="248"/>
        <source>a text value runs past the end of the metadata</source>
        <translation>ein Textwert reicht über das Ende der Metadaten hinaus</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="282"/>
        <source>a metadata block claims %1 bytes, but only %2 remain; the metadata is damaged or cut short</source>
        <translation>ein Metadatenblock gibt %1 Byte an, es verbleiben aber nur %2; die Metadaten sind beschädigt oder unvollständig</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="296"/>
        <source>the metadata ends in the middle of a value; it is damaged or cut short</source>
        <translation>die Metadaten enden mitten in einem Wert; sie sind beschädigt oder unvollständig</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="323"/>
        <source>the metadata block is empty</source>
        <translation>der Metadatenblock ist leer</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="373"/>
        <source>compressed metadata expands to more than %1 MiB; the file is damaged or hostile</source>
        <translation>komprimierte Metadaten ergeben entpackt mehr als %1 MiB; die Datei ist beschädigt oder böswillig präpariert</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="378"/>
        <source>compressed metadata could not be unpacked (zlib failed to start)</source>
        <translation>komprimierte Metadaten konnten nicht entpackt werden (zlib konnte nicht gestartet werden)</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="410"/>
        <source>compressed metadata is cut short</source>
        <translation>komprimierte Metadaten sind unvollständig</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ClxLiteDecoder.cpp" line="412"/>
        <source>compressed metadata is damaged (%1)</source>
        <translation>komprimierte Metadaten sind beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="15"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="18"/>
        <source>%1 is too large to be a key-value table</source>
        <translation>%1 ist zu groß für eine Schlüssel-Wert-Tabelle</translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="34"/>
        <source>the file is too large to be a key-value table</source>
        <translation>die Datei ist zu groß für eine Schlüssel-Wert-Tabelle</translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="36"/>
        <source>the file contains NUL bytes; it is not a text CSV file (UTF-16 files must be saved as UTF-8)</source>
        <translation>die Datei enthält NUL-Bytes; sie ist keine CSV-Textdatei (UTF-16-Dateien müssen als UTF-8 gespeichert werden)</translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="40"/>
        <source>the file is not UTF-8; save it as UTF-8 (OMERO requires that too)</source>
        <translation>die Datei ist nicht in UTF-8 kodiert; speichern Sie sie als UTF-8 (auch OMERO verlangt das)</translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="138"/>
        <source>line %1 has more than %2 columns</source>
        <translation>Zeile %1 hat mehr als %2 Spalten</translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="151"/>
        <source>line %1 has a cell longer than %2 characters</source>
        <translation>Zeile %1 enthält eine Zelle mit mehr als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../app/core/csv/CsvReader.cpp" line="154"/>
        <source>the quoted cell that starts on line %1 is never closed</source>
        <translation>die in Zeile %1 beginnende Zelle in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>CziMetadataXml</name>
    <message>
        <location filename="../app/readers/formats/CziMetadataXml.cpp" line="350"/>
        <source>%1: the metadata of this CZI file is too large to read: its %2 MiB of XML would need more than the %3 MiB of memory Metafill allows for a file&apos;s metadata.</source>
        <translation>%1: die Metadaten dieser CZI-Datei sind zu groß zum Lesen: ihre %2 MiB XML bräuchten mehr als die %3 MiB Arbeitsspeicher, die Metafill für die Metadaten einer Datei zulässt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziMetadataXml.cpp" line="364"/>
        <source>%1: the metadata of this CZI file is not readable XML (%2 at byte %3); the file is damaged.</source>
        <translation>%1: die Metadaten dieser CZI-Datei sind kein lesbares XML (%2 bei Byte %3); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziMetadataXml.cpp" line="370"/>
        <source>%1: the metadata of this CZI file is not a ZEN ImageDocument; the file is damaged.</source>
        <translation>%1: die Metadaten dieser CZI-Datei sind kein ZEN-ImageDocument; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziMetadataXml.cpp" line="438"/>
        <source>%1: the file has %2 scenes; Metafill reads the first %3.</source>
        <translation>%1: die Datei hat %2 Szenen; Metafill liest die ersten %3.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziMetadataXml.cpp" line="442"/>
        <source>%1: the file lists more than %2 channels, objectives, detectors, light sources or filters; Metafill reads the first %2 of each.</source>
        <translation>%1: die Datei führt mehr als %2 Kanäle, Objektive, Detektoren, Lichtquellen oder Filter auf; Metafill liest jeweils die ersten %2.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziMetadataXml.cpp" line="494"/>
        <source>%1: the metadata is nested more than %2 levels deep; the deeper entries were left out.</source>
        <translation>%1: die Metadaten sind mehr als %2 Ebenen tief verschachtelt; die tieferen Einträge wurden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>CziReader</name>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="66"/>
        <source>%1: the CZI metadata needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: die CZI-Metadaten benötigen mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="69"/>
        <source>%1: the CZI metadata could not be read: %2</source>
        <translation>%1: die CZI-Metadaten konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="78"/>
        <source>%1: this is not a Zeiss CZI file (it does not start with ZISRAWFILE).</source>
        <translation>%1: dies ist keine Zeiss-CZI-Datei (sie beginnt nicht mit ZISRAWFILE).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="81"/>
        <source>%1: the file ends inside its CZI header (%2 bytes); it is cut short, copy it again.</source>
        <translation>%1: die Datei endet innerhalb ihres CZI-Dateikopfs (%2 Byte); sie ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="97"/>
        <source>%1: the CZI header is damaged.</source>
        <translation>%1: der CZI-Dateikopf ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="102"/>
        <source>%1: this is part %2 of a multi-part CZI file; its metadata is in the first part. Open the first file of the set (the one without a number in brackets).</source>
        <translation>%1: dies ist Teil %2 einer mehrteiligen CZI-Datei; ihre Metadaten stehen im ersten Teil. Öffnen Sie die erste Datei der Reihe (die ohne Nummer in Klammern).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="108"/>
        <source>%1: this CZI file has no metadata segment; it may still have been being written when it was copied.</source>
        <translation>%1: diese CZI-Datei hat kein Metadatensegment; möglicherweise wurde sie noch geschrieben, als sie kopiert wurde.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="112"/>
        <source>%1: the CZI header places the metadata at byte %2, past the end of the file (%3 bytes); the file is cut short, copy it again.</source>
        <translation>%1: laut CZI-Dateikopf liegen die Metadaten bei Byte %2, hinter dem Ende der Datei (%3 Byte); die Datei ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="128"/>
        <source>%1: the CZI header points to a &quot;%2&quot; segment where the metadata should be; the file is damaged.</source>
        <translation>%1: der CZI-Dateikopf verweist auf ein &quot;%2&quot;-Segment, wo die Metadaten stehen sollten; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="136"/>
        <source>%1: the CZI metadata segment gives an impossible XML length (%2 bytes in a segment of %3); the file is damaged.</source>
        <translation>%1: das CZI-Metadatensegment gibt eine unmögliche XML-Länge an (%2 Byte in einem Segment von %3); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="144"/>
        <source>%1: the CZI metadata (%2 bytes at byte %3) runs past the end of the file (%4 bytes); the file is cut short, copy it again.</source>
        <translation>%1: die CZI-Metadaten (%2 Byte ab Byte %3) reichen über das Ende der Datei (%4 Byte) hinaus; die Datei ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/CziReader.cpp" line="172"/>
        <source>%1: the CZI header says an update of the file was not finished; the metadata may not match the pixels.</source>
        <translation>%1: laut CZI-Dateikopf wurde eine Aktualisierung der Datei nicht abgeschlossen; die Metadaten passen möglicherweise nicht zu den Pixeldaten.</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="53"/>
        <location filename="../app/core/util/Diagnostic.cpp" line="14"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="53"/>
        <location filename="../app/cli/TermCommands.cpp" line="66"/>
        <location filename="../app/cli/TermCommands.cpp" line="145"/>
        <location filename="../app/cli/TermCommands.cpp" line="429"/>
        <location filename="../app/core/util/Diagnostic.cpp" line="15"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/core/util/Diagnostic.cpp" line="41"/>
        <source>too many problems; the rest are not shown</source>
        <translation>zu viele Probleme; die übrigen werden nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="72"/>
        <source>Write the OMERO key-value CSV for image files or folders (searched recursively): one row per image, or one per dataset. Values come from --record and --set; every --set value is checked against its field.</source>
        <translation>Die OMERO-Schlüssel-Wert-CSV für Bilddateien oder Ordner (rekursiv durchsucht) schreiben: eine Zeile pro Bild oder eine pro Dataset. Die Werte stammen aus --record und --set; jeder Wert aus --set wird gegen sein Feld geprüft.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="81"/>
        <source>The template (file or id).</source>
        <translation>Die Vorlage (Datei oder ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="81"/>
        <location filename="../app/cli/RecordCommands.cpp" line="82"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="82"/>
        <source>A record file with the values shared by all images.</source>
        <translation>Eine Datensatzdatei mit den Werten, die für alle Bilder gelten.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="83"/>
        <source>Set a field, e.g. --set study.title=&quot;Mitosis in HeLa&quot;. Repeat for more fields, or for more values of a field that takes several.</source>
        <translation>Ein Feld setzen, z. B. --set study.title=&quot;Mitose in HeLa&quot;. Für weitere Felder wiederholen oder für weitere Werte eines Feldes, das mehrere aufnimmt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="83"/>
        <source>FIELD_PATH=VALUE</source>
        <translation>FIELD_PATH=VALUE</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="84"/>
        <source>omero (Import_from_csv.py, default) or omero-legacy (KeyVal_from_csv.py, omero-scripts up to 5.8).</source>
        <translation>omero (Import_from_csv.py, Standard) oder omero-legacy (KeyVal_from_csv.py, omero-scripts bis 5.8).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="84"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="85"/>
        <source>image (one row per image) or dataset (one row per folder of images). Default: the template&apos;s.</source>
        <translation>image (eine Zeile pro Bild) oder dataset (eine Zeile pro Bildordner). Standard: die Angabe der Vorlage.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="85"/>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="86"/>
        <source>With --level dataset: put all images in one dataset of this name.</source>
        <translation>Mit --level dataset: alle Bilder in ein Dataset mit diesem Namen legen.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="86"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="87"/>
        <source>Write the pairs into this OMERO namespace (a NAMESPACE row). Default: the template&apos;s; none means OMERO&apos;s editable client namespace.</source>
        <translation>Die Paare in diesen OMERO-Namensraum schreiben (eine NAMESPACE-Zeile). Standard: der Namensraum der Vorlage; none steht für den bearbeitbaren Client-Namensraum von OMERO.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="87"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="88"/>
        <source>tab (default; the most robust for OMERO), comma or semicolon.</source>
        <translation>tab (Standard; am robustesten für OMERO), comma oder semicolon.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="88"/>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="89"/>
        <source>The CSV file to write. Larger than 1 MiB, it is split into OUT.part1.csv, OUT.part2.csv, …</source>
        <translation>Die zu schreibende CSV-Datei. Ist sie größer als 1 MiB, wird sie in OUT.part1.csv, OUT.part2.csv, … aufgeteilt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="89"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="90"/>
        <source>Do not fill fields from the image files&apos; headers.</source>
        <translation>Felder nicht aus den Dateiköpfen der Bilddateien ausfüllen.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="91"/>
        <source>Also fill the fields whose template rule only suggests a header value (policy &apos;suggest&apos;), where they are empty.</source>
        <translation>Auch die Felder füllen, für die die Vorlage einen Wert aus dem Dateikopf nur vorschlägt (Regel &apos;suggest&apos;), sofern sie leer sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="93"/>
        <source>Image files or folders.</source>
        <translation>Bilddateien oder Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="94"/>
        <source>--template FILE [options] -o OUT.csv PATH...</source>
        <translation>--template FILE [options] -o OUT.csv PATH...</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="99"/>
        <source>metafill-cli export: give the output with -o OUT.csv and at least one image file or folder</source>
        <translation>metafill-cli export: geben Sie die Ausgabe mit -o OUT.csv sowie mindestens eine Bilddatei oder einen Ordner an</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="107"/>
        <source>metafill-cli export: --format must be omero or omero-legacy</source>
        <translation>metafill-cli export: --format muss omero oder omero-legacy sein</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="118"/>
        <source>metafill-cli export: --delimiter must be tab, comma or semicolon</source>
        <translation>metafill-cli export: --delimiter muss tab, comma oder semicolon sein</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="133"/>
        <source>metafill-cli export: --level must be image or dataset</source>
        <translation>metafill-cli export: --level muss image oder dataset sein</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="138"/>
        <source>metafill-cli export: KeyVal_from_csv.py annotates images, not datasets; use --format omero for --level dataset</source>
        <translation>metafill-cli export: KeyVal_from_csv.py annotiert Bilder, keine Datasets; verwenden Sie --format omero für --level dataset</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="154"/>
        <source>--set %1</source>
        <translation>--set %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="165"/>
        <source>no image files found in: %1</source>
        <translation>keine Bilddateien gefunden in: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="306"/>
        <source>%1 of %2 files could not be read; their rows hold only the shared values.</source>
        <translation>%1 von %2 Dateien konnten nicht gelesen werden; ihre Zeilen enthalten nur die für alle Bilder geltenden Werte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecordCommands.cpp" line="268"/>
        <source>warning: %n required field(s) are empty: %1</source>
        <translation>
            <numerusform>Warnung: %n erforderliches Feld ist leer: %1</numerusform>
            <numerusform>Warnung: %n erforderliche Felder sind leer: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="220"/>
        <location filename="../app/cli/RecordCommands.cpp" line="263"/>
        <location filename="../app/cli/RecordCommands.cpp" line="276"/>
        <location filename="../app/cli/RecordCommands.cpp" line="282"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="186"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecordCommands.cpp" line="222"/>
        <location filename="../app/cli/RecordCommands.cpp" line="261"/>
        <source>(%n image(s))</source>
        <translation>
            <numerusform>(%n Bild)</numerusform>
            <numerusform>(%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="258"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="278"/>
        <source>metafill-cli export: %1; nothing was written</source>
        <translation>metafill-cli export: %1; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="285"/>
        <source>Wrote %1: %2 %3, %4 key columns, completeness %5%.</source>
        <translation>%1 geschrieben: %2 %3, %4 Schlüsselspalten, Vollständigkeit %5 %.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="288"/>
        <source>dataset rows</source>
        <translation>Dataset-Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="288"/>
        <source>image rows</source>
        <translation>Bildzeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="293"/>
        <source>Read the headers of %1 of %2 files; %3 values filled from headers and presets.</source>
        <translation>Dateiköpfe von %1 von %2 Dateien gelesen; %3 Werte aus Dateiköpfen und Voreinstellungen ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="300"/>
        <source>In OMERO, run &quot;KeyVal_from_csv&quot; with Data_Type Dataset and the dataset&apos;s ID.</source>
        <translation>Führen Sie in OMERO &quot;KeyVal_from_csv&quot; mit Data_Type Dataset und der ID des Datasets aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="302"/>
        <source>In OMERO, run &quot;Import from CSV&quot; with Data_Type Project (the project&apos;s ID) and Target Data_Type Dataset; CSV separator: guess.</source>
        <translation>Führen Sie in OMERO &quot;Import from CSV&quot; mit Data_Type Project (ID des Projekts) und Target Data_Type Dataset aus; CSV separator: guess.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="304"/>
        <source>In OMERO, run &quot;Import from CSV&quot; with Data_Type Dataset (the dataset&apos;s ID) and Target Data_Type Image; CSV separator: guess.</source>
        <translation>Führen Sie in OMERO &quot;Import from CSV&quot; mit Data_Type Dataset (ID des Datasets) und Target Data_Type Image aus; CSV separator: guess.</translation>
    </message>
</context>
<context>
    <name>ExportRows</name>
    <message>
        <location filename="../app/core/omero/ExportRows.cpp" line="73"/>
        <source>the images of dataset &apos;%1&apos; differ in &apos;%2&apos; (e.g. &apos;%3&apos; and &apos;%4&apos;); the dataset gets no value for it</source>
        <translation>die Bilder des Datasets &apos;%1&apos; unterscheiden sich in &apos;%2&apos; (z. B. &apos;%3&apos; und &apos;%4&apos;); das Dataset erhält dafür keinen Wert</translation>
    </message>
</context>
<context>
    <name>HeaderScanner</name>
    <message>
        <location filename="../app/readers/batch/HeaderScanner.cpp" line="33"/>
        <source>%1: not read, the batch was cancelled.</source>
        <translation>%1: nicht gelesen, die Stapelverarbeitung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImageCollector</name>
    <message>
        <location filename="../app/core/images/ImageCollector.cpp" line="43"/>
        <source>%1 is nested more than %2 folders deep</source>
        <translation>%1 ist mehr als %2 Ordnerebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/core/images/ImageCollector.cpp" line="71"/>
        <source>more than %1 images; export them in parts</source>
        <translation>mehr als %1 Bilder; exportieren Sie sie in Teilen</translation>
    </message>
    <message>
        <location filename="../app/core/images/ImageCollector.cpp" line="107"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>ImageJMetadataBlock</name>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="43"/>
        <source>%1: ImageJ&apos;s extra metadata (channel labels, Info) is damaged and was skipped: %2</source>
        <translation>%1: der Block mit den zusätzlichen ImageJ-Metadaten (Kanalbeschriftungen, Info) ist beschädigt und wurde übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="47"/>
        <source>it claims %1 entries.</source>
        <translation>er gibt %1 Einträge an.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="50"/>
        <source>its list of entry sizes cannot be read.</source>
        <translation>seine Liste der Eintragsgrößen kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="53"/>
        <source>its data has an unexpected type or size.</source>
        <translation>seine Daten haben einen unerwarteten Typ oder eine unerwartete Größe.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="60"/>
        <source>its entry sizes add up to more than the %1 bytes it holds.</source>
        <translation>seine Eintragsgrößen ergeben zusammen mehr als die %1 Byte, die er enthält.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="66"/>
        <source>its header size %1 is impossible.</source>
        <translation>seine Kopfgröße %1 ist unmöglich.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="69"/>
        <source>it lies outside the file.</source>
        <translation>er liegt außerhalb der Datei.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="72"/>
        <source>it does not start with ImageJ&apos;s signature.</source>
        <translation>er beginnt nicht mit der ImageJ-Signatur.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="85"/>
        <source>its header is cut short.</source>
        <translation>sein Kopf ist abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="87"/>
        <source>its header lists more entries than it has sizes for.</source>
        <translation>sein Kopf nennt mehr Einträge, als Größenangaben vorhanden sind.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="96"/>
        <source>%1: ImageJ&apos;s %2 entry holds %3 bytes, more than the %4 Metafill reads; it was skipped.</source>
        <translation>%1: der ImageJ-Eintrag %2 enthält %3 Byte, mehr als die %4, die Metafill liest; er wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJMetadataBlock.cpp" line="105"/>
        <source>its entries lie outside the file.</source>
        <translation>seine Einträge liegen außerhalb der Datei.</translation>
    </message>
</context>
<context>
    <name>ImageJTiffReader</name>
    <message>
        <location filename="../app/readers/formats/ImageJTiffReader.cpp" line="181"/>
        <source>%1: the ImageJ description is %2 characters long; only the first %3 were read.</source>
        <translation>%1: die ImageJ-Beschreibung ist %2 Zeichen lang; nur die ersten %3 wurden gelesen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJTiffReader.cpp" line="202"/>
        <source>%1: the ImageJ description declares %2 channels × %3 slices × %4 frames but %5 images; read as a plain stack of %5 slices, as ImageJ does.</source>
        <translation>%1: die ImageJ-Beschreibung gibt %2 Kanäle × %3 Schichten × %4 Zeitpunkte an, aber %5 Bilder; wie in ImageJ als einfacher Stapel aus %5 Schichten gelesen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJTiffReader.cpp" line="287"/>
        <source>%1: the ImageJ header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der ImageJ-Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImageJTiffReader.cpp" line="289"/>
        <source>%1: the ImageJ header could not be read: %2</source>
        <translation>%1: der ImageJ-Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="357"/>
        <source>Read key-value pairs exported from OMERO (Export_to_csv.py, or a CSV for the import scripts) into a record, one image entry per row.</source>
        <translation>Aus OMERO exportierte Schlüssel-Wert-Paare (Export_to_csv.py oder eine CSV für die Importskripte) in einen Datensatz einlesen, ein Bildeintrag pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="365"/>
        <source>The template (file or id).</source>
        <translation>Die Vorlage (Datei oder ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="365"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="366"/>
        <source>The record file to write.</source>
        <translation>Die zu schreibende Datensatzdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="366"/>
        <source>RECORD</source>
        <translation>RECORD</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="368"/>
        <source>The CSV file exported from OMERO.</source>
        <translation>Die aus OMERO exportierte CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="369"/>
        <source>--template FILE -o RECORD CSV</source>
        <translation>--template FILE -o RECORD CSV</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="372"/>
        <source>metafill-cli import: give one CSV file and the record to write with -o</source>
        <translation>metafill-cli import: geben Sie eine CSV-Datei und mit -o den zu schreibenden Datensatz an</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecordCommands.cpp" line="391"/>
        <source>Wrote %1 with %n image(s).</source>
        <translation>
            <numerusform>%1 mit %n Bild geschrieben.</numerusform>
            <numerusform>%1 mit %n Bildern geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImsProbe</name>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="174"/>
        <source>%1: this installation cannot read Imaris files: its helper program %2 could not be started (%3). Reinstall Metafill.</source>
        <translation>%1: diese Installation kann keine Imaris-Dateien lesen: ihr Hilfsprogramm %2 konnte nicht gestartet werden (%3). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="204"/>
        <source>%1: reading the Imaris metadata took longer than %2 s and was stopped. The file is probably damaged, or its drive is very slow; other files are not affected.</source>
        <translation>%1: das Lesen der Imaris-Metadaten dauerte länger als %2 s und wurde abgebrochen. Die Datei ist wahrscheinlich beschädigt, oder ihr Laufwerk ist sehr langsam; andere Dateien sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="209"/>
        <source>%1: the helper program that reads Imaris files wrote more than %2 MiB about this file and was stopped; the file is probably damaged.</source>
        <translation>%1: das Hilfsprogramm, das Imaris-Dateien liest, hat über diese Datei mehr als %2 MiB ausgegeben und wurde abgebrochen; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="217"/>
        <source>%1: reading the Imaris metadata used more processor time or memory than allowed (%2 s, %3 MiB) and was stopped; the file is probably damaged. Other files are not affected.</source>
        <translation>%1: das Lesen der Imaris-Metadaten hat mehr Rechenzeit oder Speicher als erlaubt verbraucht (%2 s, %3 MiB) und wurde abgebrochen; die Datei ist wahrscheinlich beschädigt. Andere Dateien sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="222"/>
        <source>%1: the HDF5 library that reads Imaris files crashed on this file (signal %2), so its metadata could not be read. The file is probably damaged; other files are not affected.</source>
        <translation>%1: die HDF5-Bibliothek, die Imaris-Dateien liest, ist bei dieser Datei abgestürzt (Signal %2), daher konnten ihre Metadaten nicht gelesen werden. Die Datei ist wahrscheinlich beschädigt; andere Dateien sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="232"/>
        <source>%1: the HDF5 library could not open the file (%2); it is damaged, cut short or not an HDF5 file.</source>
        <translation>%1: die HDF5-Bibliothek konnte die Datei nicht öffnen (%2); sie ist beschädigt, unvollständig oder keine HDF5-Datei.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="233"/>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="248"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="235"/>
        <source>%1: reading the Imaris metadata needed more than the %2 MiB of memory allowed for it; the file is probably damaged.</source>
        <translation>%1: das Lesen der Imaris-Metadaten benötigte mehr als die dafür erlaubten %2 MiB Speicher; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="239"/>
        <source>%1: the file holds more than %2 MiB of Imaris metadata, more than Metafill reads; the file is probably damaged.</source>
        <translation>%1: die Datei enthält mehr als %2 MiB Imaris-Metadaten, mehr als Metafill liest; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="246"/>
        <source>%1: this installation cannot read Imaris files: its helper program %2 failed (exit status %3: %4). Reinstall Metafill.</source>
        <translation>%1: diese Installation kann keine Imaris-Dateien lesen: ihr Hilfsprogramm %2 ist fehlgeschlagen (Rückgabewert %3: %4). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbe.cpp" line="253"/>
        <source>%1: this installation cannot read Imaris files: its helper program %2 gave an answer Metafill does not understand (%3). Reinstall Metafill.</source>
        <translation>%1: diese Installation kann keine Imaris-Dateien lesen: ihr Hilfsprogramm %2 lieferte eine Antwort, die Metafill nicht versteht (%3). Installieren Sie Metafill neu.</translation>
    </message>
</context>
<context>
    <name>ImsProbeOutput</name>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="50"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="53"/>
        <source>the answer has no protocol version</source>
        <translation>die Antwort enthält keine Protokollversion</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="55"/>
        <source>the answer is in version %1 of the protocol; this Metafill understands version %2</source>
        <translation>die Antwort folgt Version %1 des Protokolls; diese Metafill-Version versteht Version %2</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="62"/>
        <source>the root attributes are missing or malformed</source>
        <translation>die Attribute der Wurzelgruppe fehlen oder sind fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="66"/>
        <source>the DataSetInfo groups are missing or malformed</source>
        <translation>die DataSetInfo-Gruppen fehlen oder sind fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="70"/>
        <source>more than %1 DataSetInfo groups</source>
        <translation>mehr als %1 DataSetInfo-Gruppen</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="74"/>
        <source>a DataSetInfo group is malformed</source>
        <translation>eine DataSetInfo-Gruppe ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="81"/>
        <source>the pixel type is missing</source>
        <translation>der Pixeltyp fehlt</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="84"/>
        <source>the pixel type is not one Metafill knows</source>
        <translation>der Pixeltyp ist Metafill nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="90"/>
        <source>the completeness flags are missing</source>
        <translation>die Angaben zur Vollständigkeit fehlen</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="96"/>
        <source>the count of bytes read is missing</source>
        <translation>die Anzahl der gelesenen Bytes fehlt</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="100"/>
        <source>the count of bytes read is impossible</source>
        <translation>die Anzahl der gelesenen Bytes ist unmöglich</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="202"/>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="218"/>
        <source>the answer is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsProbeOutput.cpp" line="220"/>
        <source>the answer is nested deeper or holds more values than any Imaris file gives</source>
        <translation>die Antwort ist tiefer verschachtelt oder enthält mehr Werte, als eine Imaris-Datei je liefert</translation>
    </message>
</context>
<context>
    <name>ImsReader</name>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="126"/>
        <source>%1: the file gives the image extent but no length unit, so the voxel size is left unknown.</source>
        <translation>%1: die Datei gibt die Bildausdehnung an, aber keine Längeneinheit; die Voxelgröße bleibt daher unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="129"/>
        <source>%1: the length unit &quot;%2&quot; is not one Metafill knows, so the voxel size is left unknown.</source>
        <translation>%1: die Längeneinheit &quot;%2&quot; ist Metafill nicht bekannt; die Voxelgröße bleibt daher unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="155"/>
        <source>%1: the image has %2 channels; only the first %3 are described.</source>
        <translation>%1: das Bild hat %2 Kanäle; nur die ersten %3 werden beschrieben.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="205"/>
        <source>%1: Metafill could not write the temporary copy its Imaris reader needs (%2).</source>
        <translation>%1: Metafill konnte die temporäre Kopie, die sein Imaris-Leser benötigt, nicht schreiben (%2).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="230"/>
        <source>%1: this is not an HDF5 file, so not an Imaris 5.5 or later file. Files from Imaris 3 and older are not supported; open the file in Imaris and save it again to convert it.</source>
        <translation>%1: dies ist keine HDF5-Datei und damit keine Datei von Imaris 5.5 oder neuer. Dateien von Imaris 3 und älter werden nicht unterstützt; öffnen Sie die Datei in Imaris und speichern Sie sie erneut, um sie umzuwandeln.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="239"/>
        <source>%1: this build of Metafill has no Imaris support (it was built without the HDF5 library). Use a Metafill package with Imaris support, or export the image from Imaris as OME-TIFF.</source>
        <translation>%1: diese Metafill-Version unterstützt kein Imaris (sie wurde ohne die HDF5-Bibliothek erstellt). Verwenden Sie ein Metafill-Paket mit Imaris-Unterstützung oder exportieren Sie das Bild aus Imaris als OME-TIFF.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="244"/>
        <source>%1: this installation cannot read Imaris files: its helper program metafill-ims-probe is missing (looked for %2). Reinstall Metafill.</source>
        <translation>%1: diese Installation kann keine Imaris-Dateien lesen: ihr Hilfsprogramm metafill-ims-probe fehlt (gesucht unter %2). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="258"/>
        <source>%1: this HDF5 file is not an Imaris file: it has no DataSetInfo group. Metafill reads HDF5 files only in Imaris&apos; layout.</source>
        <translation>%1: diese HDF5-Datei ist keine Imaris-Datei: ihr fehlt die Gruppe DataSetInfo. Metafill liest HDF5-Dateien nur im Aufbau von Imaris.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="264"/>
        <source>%1: the Imaris image description (group DataSetInfo/Image) is missing; the file is damaged or was not written by Imaris.</source>
        <translation>%1: die Imaris-Bildbeschreibung (Gruppe DataSetInfo/Image) fehlt; die Datei ist beschädigt oder wurde nicht von Imaris geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="308"/>
        <source>%1: the file holds more metadata than Metafill reads from an Imaris file (at most %2 groups, %3 attributes and %4 MiB); the rest was left out.</source>
        <translation>%1: die Datei enthält mehr Metadaten, als Metafill aus einer Imaris-Datei liest (höchstens %2 Gruppen, %3 Attribute und %4 MiB); der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ImsReader.cpp" line="314"/>
        <source>%1: some Imaris metadata could not be decoded and were left out; the file is damaged.</source>
        <translation>%1: einige Imaris-Metadaten konnten nicht entschlüsselt werden und wurden ausgelassen; die Datei ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ImageCommands.cpp" line="30"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="34"/>
        <source>%1 × %2 pixels, Z %3, C %4, T %5, %6</source>
        <translation>%1 × %2 Pixel, Z %3, C %4, T %5, %6</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="40"/>
        <source>pixel size %1 × %2 × %3 µm</source>
        <translation>Pixelgröße %1 × %2 × %3 µm</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="44"/>
        <source>acquired %1</source>
        <translation>aufgenommen am %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="50"/>
        <source>microscope %1</source>
        <translation>Mikroskop %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="54"/>
        <source>objective %1: %2×, NA %3, %4</source>
        <translation>Objektiv %1: %2×, NA %3, %4</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="64"/>
        <source>excitation %1 nm</source>
        <translation>Anregung %1 nm</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="66"/>
        <source>emission %1 nm</source>
        <translation>Emission %1 nm</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="68"/>
        <source>exposure %1 s</source>
        <translation>Belichtungszeit %1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="71"/>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="80"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="87"/>
        <source>Read the headers of image files (folders are searched recursively) and show what they say: sizes, pixel sizes, channels, objective, microscope, dates. Files that cannot be read are reported and the others still shown.</source>
        <translation>Die Dateiköpfe von Bilddateien lesen (Ordner werden rekursiv durchsucht) und ihren Inhalt anzeigen: Größen, Pixelgrößen, Kanäle, Objektiv, Mikroskop, Datumsangaben. Nicht lesbare Dateien werden gemeldet, die übrigen trotzdem angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="95"/>
        <source>One JSON object per file and line (see README for the keys); null where the file does not say.</source>
        <translation>Ein JSON-Objekt pro Datei und Zeile (Schlüssel siehe README); null, wo die Datei keine Angabe macht.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="96"/>
        <source>The OME-XML document (OME 2016-06) Metafill makes of each file&apos;s header.</source>
        <translation>Das OME-XML-Dokument (OME 2016-06), das Metafill aus dem Dateikopf jeder Datei erstellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="97"/>
        <source>With --json: add the vendor&apos;s own key/value pairs (&quot;original_metadata&quot;), the keys templates can use.</source>
        <translation>Mit --json: die eigenen Schlüssel-Wert-Paare des Herstellers (&quot;original_metadata&quot;) hinzufügen, also die Schlüssel, die Vorlagen verwenden können.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="98"/>
        <source>Read this many files at once (default: one per processor core).</source>
        <translation>So viele Dateien gleichzeitig lesen (Standard: eine pro Prozessorkern).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="98"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="100"/>
        <source>Image files or folders.</source>
        <translation>Bilddateien oder Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="101"/>
        <source>[--json | --ome-xml] PATH...</source>
        <translation>[--json | --ome-xml] PATH...</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="104"/>
        <source>metafill-cli inspect: name at least one image file or folder</source>
        <translation>metafill-cli inspect: geben Sie mindestens eine Bilddatei oder einen Ordner an</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="110"/>
        <source>metafill-cli inspect: choose either --json or --ome-xml</source>
        <translation>metafill-cli inspect: wählen Sie entweder --json oder --ome-xml</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="118"/>
        <source>metafill-cli inspect: --threads must be a number from 1 to 256</source>
        <translation>metafill-cli inspect: --threads muss eine Zahl von 1 bis 256 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="129"/>
        <source>no image files found in: %1</source>
        <translation>keine Bilddateien gefunden in: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="154"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImageCommands.cpp" line="176"/>
        <source>%1 of %2 files could not be read.</source>
        <translation>%1 von %2 Dateien konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>KeyValueBudget</name>
    <message>
        <location filename="../app/readers/formats/KeyValueBudget.cpp" line="45"/>
        <source>%1: the file holds more vendor metadata than Metafill keeps; %2 further key/value pairs were left out (at most %3 pairs or %4 million characters per file).</source>
        <translation>%1: die Datei enthält mehr Herstellermetadaten, als Metafill behält; %2 weitere Schlüssel-Wert-Paare wurden ausgelassen (höchstens %3 Paare oder %4 Millionen Zeichen pro Datei).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/KeyValueBudget.cpp" line="52"/>
        <source>%1: %2 vendor metadata keys or values were longer than %3 characters and were cut.</source>
        <translation>%1: %2 Schlüssel oder Werte der Herstellermetadaten waren länger als %3 Zeichen und wurden gekürzt.</translation>
    </message>
</context>
<context>
    <name>KeyValueImporter</name>
    <message>
        <location filename="../app/core/omero/KeyValueImporter.cpp" line="76"/>
        <source>the key &apos;%1&apos; is not part of the template %2; it is left out</source>
        <translation>der Schlüssel &apos;%1&apos; gehört nicht zur Vorlage %2; er wird ausgelassen</translation>
    </message>
    <message>
        <location filename="../app/core/omero/KeyValueImporter.cpp" line="92"/>
        <source>&apos;%1&apos; appears more than once, but the field takes one value; the first is kept</source>
        <translation>&apos;%1&apos; kommt mehrfach vor, das Feld nimmt aber nur einen Wert auf; der erste wird behalten</translation>
    </message>
    <message>
        <location filename="../app/core/omero/KeyValueImporter.cpp" line="120"/>
        <source>&apos;%1&apos; = &apos;%2&apos;: %3; left out</source>
        <translation>&apos;%1&apos; = &apos;%2&apos;: %3; ausgelassen</translation>
    </message>
</context>
<context>
    <name>LifMetadataXml</name>
    <message>
        <location filename="../app/readers/formats/LifMetadataXml.cpp" line="742"/>
        <source>%1: the header of this LIF file is too large to read: its %2 MiB of XML would need more than the %3 MiB of memory Metafill allows for a file&apos;s metadata.</source>
        <translation>%1: der Dateikopf dieser LIF-Datei ist zu groß zum Lesen: sein %2 MiB großes XML bräuchte mehr als die %3 MiB Arbeitsspeicher, die Metafill für die Metadaten einer Datei zulässt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifMetadataXml.cpp" line="756"/>
        <source>%1: the header of this LIF file is not readable XML (%2 at character %3); the file is damaged.</source>
        <translation>%1: der Dateikopf dieser LIF-Datei ist kein lesbares XML (%2 bei Zeichen %3); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifMetadataXml.cpp" line="762"/>
        <source>%1: the header of this LIF file is not a Leica LMSDataContainerHeader; the file is damaged.</source>
        <translation>%1: der Dateikopf dieser LIF-Datei ist kein Leica-LMSDataContainerHeader; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifMetadataXml.cpp" line="844"/>
        <source>%1: this LIF file describes no images.</source>
        <translation>%1: diese LIF-Datei beschreibt keine Bilder.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifMetadataXml.cpp" line="846"/>
        <source>%1: the project is too large; Metafill read its first %2 images (%3 elements at most).</source>
        <translation>%1: das Projekt ist zu groß; Metafill hat seine ersten %2 Bilder gelesen (höchstens %3 Elemente).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifMetadataXml.cpp" line="853"/>
        <source>%1: folders are nested more than %2 levels deep; the deeper images were left out.</source>
        <translation>%1: Ordner sind mehr als %2 Ebenen tief verschachtelt; die tiefer liegenden Bilder wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifMetadataXml.cpp" line="855"/>
        <source>%1: some images list more channels, dimensions, detectors or laser lines than Metafill reads (at most %2 each); the rest were left out.</source>
        <translation>%1: einige Bilder führen mehr Kanäle, Dimensionen, Detektoren oder Laserlinien auf, als Metafill liest (jeweils höchstens %2); der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifMetadataXml.cpp" line="861"/>
        <source>%1: the images hold more vendor settings than Metafill keeps; %2 key/value pairs were left out (at most %3 per image).</source>
        <translation>%1: die Bilder enthalten mehr Herstellereinstellungen, als Metafill behält; %2 Schlüssel-Wert-Paare wurden ausgelassen (höchstens %3 pro Bild).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifMetadataXml.cpp" line="868"/>
        <source>%1: some settings are nested more than %2 levels deep; the deeper ones were left out of the vendor metadata.</source>
        <translation>%1: einige Einstellungen sind mehr als %2 Ebenen tief verschachtelt; die tieferen wurden in den Herstellermetadaten ausgelassen.</translation>
    </message>
</context>
<context>
    <name>LifReader</name>
    <message>
        <location filename="../app/readers/formats/LifReader.cpp" line="41"/>
        <source>%1: the LIF header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der LIF-Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifReader.cpp" line="44"/>
        <source>%1: the LIF header could not be read: %2</source>
        <translation>%1: der LIF-Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifReader.cpp" line="58"/>
        <source>%1: the file is too short (%2 bytes) to be a Leica LIF file; it is cut short, copy it again.</source>
        <translation>%1: die Datei ist zu kurz (%2 Byte) für eine Leica-LIF-Datei; sie ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifReader.cpp" line="63"/>
        <source>%1: this is not a Leica LIF file (the header does not start as LIF files do).</source>
        <translation>%1: dies ist keine Leica-LIF-Datei (der Dateikopf beginnt nicht so wie bei LIF-Dateien).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifReader.cpp" line="70"/>
        <source>%1: the LIF header gives an impossible length for its XML (%2 characters in a block of %3 bytes); the file is damaged.</source>
        <translation>%1: der LIF-Dateikopf gibt eine unmögliche Länge für sein XML an (%2 Zeichen in einem Block von %3 Byte); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifReader.cpp" line="77"/>
        <source>%1: the LIF header (%2 bytes) runs past the end of the file (%3 bytes); the file is cut short, copy it again.</source>
        <translation>%1: der LIF-Dateikopf (%2 Byte) reicht über das Ende der Datei (%3 Byte) hinaus; die Datei ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LifReader.cpp" line="84"/>
        <source>%1: the LIF header claims %2 MiB of XML, more than the %3 MiB Metafill reads; the file is damaged or not supported.</source>
        <translation>%1: der LIF-Dateikopf gibt %2 MiB XML an, mehr als die %3 MiB, die Metafill liest; die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>LsmReader</name>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="267"/>
        <source>%1: this TIFF file has no Zeiss LSM information block.</source>
        <translation>%1: diese TIFF-Datei hat keinen Zeiss-LSM-Informationsblock.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="270"/>
        <source>%1: the Zeiss LSM information block is too short; the file is damaged.</source>
        <translation>%1: der Zeiss-LSM-Informationsblock ist zu kurz; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="280"/>
        <source>%1: the Zeiss LSM information block has an unknown signature; the file is damaged or not an LSM file.</source>
        <translation>%1: der Zeiss-LSM-Informationsblock hat eine unbekannte Signatur; die Datei ist beschädigt oder keine LSM-Datei.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="289"/>
        <source>%1: the Zeiss LSM information block declares only %2 bytes; the image dimensions it lacks are unknown.</source>
        <translation>%1: der Zeiss-LSM-Informationsblock gibt nur %2 Byte an; die darin fehlenden Bilddimensionen sind unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="402"/>
        <source>%1: the Zeiss LSM information block points to its %2 record outside the file; the record was skipped. The file is damaged or cut short.</source>
        <translation>%1: der Zeiss-LSM-Informationsblock verortet seinen Teilblock %2 außerhalb der Datei; der Teilblock wurde übersprungen. Die Datei ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="416"/>
        <source>%1: the Zeiss LSM channel names and colours were skipped: %2</source>
        <translation>%1: der Block mit den Zeiss-LSM-Kanalnamen und -farben wurde übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="420"/>
        <location filename="../app/readers/formats/LsmReader.cpp" line="431"/>
        <source>it runs past the end of the file.</source>
        <translation>er reicht über das Dateiende hinaus.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="428"/>
        <source>its header is damaged.</source>
        <translation>sein Kopf ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="484"/>
        <source>%1: the Zeiss LSM channel wavelength ranges run past the end of the file and were skipped.</source>
        <translation>%1: die Zeiss-LSM-Wellenlängenbereiche der Kanäle reichen über das Dateiende hinaus und wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="531"/>
        <source>%1: the Zeiss LSM scan information is cut short; the settings after the cut are unknown.</source>
        <translation>%1: die Zeiss-LSM-Scaninformation ist abgeschnitten; die Einstellungen nach der Abbruchstelle sind unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="699"/>
        <source>%1: the Zeiss LSM header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der Zeiss-LSM-Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmReader.cpp" line="701"/>
        <source>%1: the Zeiss LSM header could not be read: %2</source>
        <translation>%1: der Zeiss-LSM-Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LsmScanInformation</name>
    <message>
        <location filename="../app/readers/formats/LsmScanInformation.cpp" line="319"/>
        <source>%1: the LSM scan information (objective, lasers, detectors) is damaged: %2</source>
        <translation>%1: die LSM-Scaninformation (Objektiv, Laser, Detektoren) ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmScanInformation.cpp" line="329"/>
        <source>it has more than %1 entries.</source>
        <translation>sie hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmScanInformation.cpp" line="334"/>
        <source>it does not start with a recording block.</source>
        <translation>sie beginnt nicht mit einem Aufnahmeblock (Recording).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmScanInformation.cpp" line="346"/>
        <source>its blocks are nested more than %1 levels deep.</source>
        <translation>ihre Blöcke sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmScanInformation.cpp" line="355"/>
        <source>an entry claims %1 bytes.</source>
        <translation>ein Eintrag gibt %1 Byte an.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/LsmScanInformation.cpp" line="389"/>
        <source>%1: the LSM scan information lies outside the file; the file is damaged or cut short.</source>
        <translation>%1: die LSM-Scaninformation liegt außerhalb der Datei; die Datei ist beschädigt oder unvollständig.</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <location filename="../app/readers/MetadataReader.cpp" line="50"/>
        <source>%1: the header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <location filename="../app/readers/MetadataReader.cpp" line="52"/>
        <source>%1: the header could not be read: %2</source>
        <translation>%1: der Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/readers/MetadataReader.cpp" line="79"/>
        <source>%1: no reader for the format %2.</source>
        <translation>%1: kein Lesemodul für das Format %2.</translation>
    </message>
    <message>
        <location filename="../app/readers/MetadataReader.cpp" line="92"/>
        <source>%1: this folder is not an image in a known layout.</source>
        <translation>%1: dieser Ordner ist kein Bild in einem bekannten Aufbau.</translation>
    </message>
    <message>
        <location filename="../app/readers/MetadataReader.cpp" line="107"/>
        <source>%1: not an image format Metafill can read (supported: OME-TIFF, ImageJ TIFF, TIFF, Zeiss CZI and LSM, Leica LIF, Nikon ND2, Imaris IMS, OME-Zarr).</source>
        <translation>%1: kein Bildformat, das Metafill lesen kann (unterstützt: OME-TIFF, ImageJ-TIFF, TIFF, Zeiss CZI und LSM, Leica LIF, Nikon ND2, Imaris IMS, OME-Zarr).</translation>
    </message>
</context>
<context>
    <name>MicroManagerSummary</name>
    <message>
        <location filename="../app/readers/formats/MicroManagerSummary.cpp" line="255"/>
        <source>%1: the Micro-Manager summary claims %2 bytes, more than the %3 MiB Metafill reads; it was skipped.</source>
        <translation>%1: die Micro-Manager-Zusammenfassung gibt %2 Byte an, mehr als die %3 MiB, die Metafill liest; sie wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/MicroManagerSummary.cpp" line="261"/>
        <source>%1: the Micro-Manager summary is not valid JSON; it was skipped.</source>
        <translation>%1: die Micro-Manager-Zusammenfassung ist kein gültiges JSON; sie wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/MicroManagerSummary.cpp" line="275"/>
        <source>%1: the Micro-Manager metadata of the first plane is not valid JSON; it was skipped.</source>
        <translation>%1: die Micro-Manager-Metadaten der ersten Bildebene sind kein gültiges JSON; sie wurden übersprungen.</translation>
    </message>
</context>
<context>
    <name>Nd2ChunkMap</name>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="72"/>
        <source>%1: the ND2 signature at the start of the file is damaged; the file cannot be read.</source>
        <translation>%1: die ND2-Signatur am Anfang der Datei ist beschädigt; die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="91"/>
        <source>%1: the chunk map at the end of the ND2 file is missing. The file was not closed properly (acquisition interrupted) or was cut short while copying; copy it again from the original.</source>
        <translation>%1: der Chunk-Index am Ende der ND2-Datei fehlt. Die Datei wurde nicht ordnungsgemäß geschlossen (Aufnahme unterbrochen) oder beim Kopieren abgeschnitten; kopieren Sie sie erneut vom Original.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="105"/>
        <source>%1: the chunk map of the ND2 file is damaged (%2); the file cannot be read.</source>
        <translation>%1: der Chunk-Index der ND2-Datei ist beschädigt (%2); die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="107"/>
        <source>it points to byte %1 of a file of %2 bytes</source>
        <translation>er verweist auf Byte %1 einer Datei mit %2 Byte</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="114"/>
        <source>no chunk map at byte %1</source>
        <translation>kein Chunk-Index bei Byte %1</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="117"/>
        <source>it claims %1 MiB</source>
        <translation>er gibt %1 MiB an</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="119"/>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="192"/>
        <source>it runs past the end of the file</source>
        <translation>er reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="132"/>
        <source>entry %1 has no proper name</source>
        <translation>Eintrag %1 hat keinen gültigen Namen</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="137"/>
        <source>it lists more than %1 chunks</source>
        <translation>er führt mehr als %1 Chunks auf</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="139"/>
        <source>it ends in the middle of an entry</source>
        <translation>er endet mitten in einem Eintrag</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="147"/>
        <source>the chunk %1 is listed at bytes %2 to %3, beyond the end of the file (%4 bytes)</source>
        <translation>der Chunk %1 ist bei den Bytes %2 bis %3 verzeichnet, hinter dem Ende der Datei (%4 Byte)</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="157"/>
        <source>it lists more than %1 metadata chunks</source>
        <translation>er führt mehr als %1 Metadaten-Chunks auf</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="169"/>
        <source>%1: the ND2 file has no chunk %2.</source>
        <translation>%1: die ND2-Datei hat keinen Chunk %2.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="171"/>
        <source>%1: the ND2 chunk %2 at byte %3 is damaged (%4); the file cannot be read completely.</source>
        <translation>%1: der ND2-Chunk %2 bei Byte %3 ist beschädigt (%4); die Datei kann nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="181"/>
        <source>its header does not match the chunk map</source>
        <translation>sein Kopf passt nicht zum Chunk-Index</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2ChunkMap.cpp" line="187"/>
        <source>it claims %1 MiB of metadata</source>
        <translation>er gibt %1 MiB Metadaten an</translation>
    </message>
</context>
<context>
    <name>Nd2Reader</name>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="188"/>
        <source>%1: the ND2 image attributes give no valid image size; the file is damaged.</source>
        <translation>%1: die ND2-Bildattribute geben keine gültige Bildgröße an; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="195"/>
        <source>%1: the ND2 file stores %2-bit samples of a kind Metafill does not know; the pixel type is left empty.</source>
        <translation>%1: die ND2-Datei speichert %2-Bit-Werte einer Art, die Metafill nicht kennt; der Pixeltyp bleibt leer.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="239"/>
        <source>%1: the ND2 pixels are not square (aspect %2); only the pixel width is given.</source>
        <translation>%1: die ND2-Pixel sind nicht quadratisch (Seitenverhältnis %2); nur die Pixelbreite wird angegeben.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="268"/>
        <source>%1: the ND2 file holds %2 frames but describes no Z stack or time lapse; Z and T are left open.</source>
        <translation>%1: die ND2-Datei enthält %2 Frames, beschreibt aber weder einen Z-Stapel noch eine Zeitreihe; Z und T bleiben offen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="287"/>
        <source>%1: the time lapse was stopped after %2 of %3 time points.</source>
        <translation>%1: die Zeitreihe wurde nach %2 von %3 Zeitpunkten angehalten.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="290"/>
        <source>%1: the ND2 experiment describes %2 frames, but the file holds %3; the sizes may be wrong.</source>
        <translation>%1: das ND2-Experiment beschreibt %2 Frames, die Datei enthält aber %3; die Größen können falsch sein.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="318"/>
        <source>%1: the ND2 experiment has a loop of a kind Metafill does not map (type %2, %3 steps); Z and T do not include it.</source>
        <translation>%1: das ND2-Experiment enthält eine Schleife einer Art, die Metafill nicht zuordnet (Typ %2, %3 Schritte); Z und T berücksichtigen sie nicht.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="340"/>
        <source>%1: the ND2 file lists %2 XY positions but holds only %3 image planes; %4 positions are listed as images.</source>
        <translation>%1: die ND2-Datei führt %2 XY-Positionen auf, enthält aber nur %3 Bildebenen; %4 Positionen werden als Bilder aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="350"/>
        <source>%1: the ND2 file has %2 XY positions; only the first %3 are listed as images.</source>
        <translation>%1: die ND2-Datei hat %2 XY-Positionen; nur die ersten %3 werden als Bilder aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="446"/>
        <source>%1: the ND2 file describes %2 channel components but stores %3 per pixel.</source>
        <translation>%1: die ND2-Datei beschreibt %2 Kanalkomponenten, speichert aber %3 pro Pixel.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="620"/>
        <source>%1: the ND2 metadata block %2 is damaged: %3.</source>
        <translation>%1: der ND2-Metadatenblock %2 ist beschädigt: %3.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="649"/>
        <source>%1: ND2 files from NIS-Elements before version 2 (JPEG 2000) are not supported. Open the file in a current NIS-Elements and save it again as ND2 to read its metadata.</source>
        <translation>%1: ND2-Dateien aus NIS-Elements vor Version 2 (JPEG 2000) werden nicht unterstützt. Öffnen Sie die Datei in einer aktuellen NIS-Elements-Version und speichern Sie sie erneut als ND2, um ihre Metadaten zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="653"/>
        <source>%1: this is not a Nikon ND2 file (the ND2 signature is missing).</source>
        <translation>%1: dies ist keine Nikon-ND2-Datei (die ND2-Signatur fehlt).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="666"/>
        <source>%1: ND2 version %2.%3 is newer than the versions Metafill knows (2 and 3); some values may be missing.</source>
        <translation>%1: ND2-Version %2.%3 ist neuer als die Versionen, die Metafill kennt (2 und 3); einige Werte können fehlen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="696"/>
        <source>%1: the ND2 file has no image attributes (size, channels, bit depth); it is damaged.</source>
        <translation>%1: die ND2-Datei hat keine Bildattribute (Größe, Kanäle, Bittiefe); sie ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="700"/>
        <source>%1: the ND2 file has no picture metadata; calibration, objective and channels are unknown.</source>
        <translation>%1: die ND2-Datei hat keine Bildmetadaten; Kalibrierung, Objektiv und Kanäle sind unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="766"/>
        <source>%1: the ND2 metadata needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: die ND2-Metadaten benötigen mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2Reader.cpp" line="769"/>
        <source>%1: the ND2 metadata could not be read: %2</source>
        <translation>%1: die ND2-Metadaten konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Nd2XmlVariant</name>
    <message>
        <location filename="../app/readers/formats/Nd2XmlVariant.cpp" line="49"/>
        <source>the metadata is nested more than %1 levels deep</source>
        <translation>die Metadaten sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2XmlVariant.cpp" line="51"/>
        <source>the metadata holds more than %1 values</source>
        <translation>die Metadaten enthalten mehr als %1 Werte</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2XmlVariant.cpp" line="132"/>
        <source>the XML metadata is not well-formed (%1 at character %2)</source>
        <translation>die XML-Metadaten sind nicht wohlgeformt (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/Nd2XmlVariant.cpp" line="135"/>
        <source>the XML metadata is empty</source>
        <translation>die XML-Metadaten sind leer</translation>
    </message>
</context>
<context>
    <name>OboReader</name>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="64"/>
        <source>the file holds NUL bytes, so it is not an OBO text file. Choose the .obo file itself.</source>
        <translation>die Datei enthält NUL-Bytes und ist daher keine OBO-Textdatei. Wählen Sie die .obo-Datei selbst.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="78"/>
        <source>%1: the file holds no [Term] stanza with an id and a name. Is it an OBO ontology file?</source>
        <translation>%1: die Datei enthält keinen [Term]-Abschnitt mit ID und Namen. Ist es eine OBO-Ontologiedatei?</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="112"/>
        <location filename="../app/ontology/OboReader.cpp" line="123"/>
        <source>the line is longer than %1 bytes. This is not an OBO file, or it is damaged.</source>
        <translation>die Zeile ist länger als %1 Byte. Dies ist keine OBO-Datei, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="141"/>
        <source>the text is not valid UTF-8. OBO files are UTF-8; save the file as UTF-8 and import it again.</source>
        <translation>der Text ist kein gültiges UTF-8. OBO-Dateien sind in UTF-8 kodiert; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="155"/>
        <source>the stanza header &quot;%1&quot; is not closed with &quot;]&quot;. The file may be cut off or damaged.</source>
        <translation>die Abschnittsüberschrift &quot;%1&quot; wird nicht mit &quot;]&quot; geschlossen. Die Datei ist möglicherweise unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="172"/>
        <source>the line is not of the form &quot;tag: value&quot;. The file may be cut off or damaged.</source>
        <translation>die Zeile hat nicht die Form &quot;tag: value&quot;. Die Datei ist möglicherweise unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="236"/>
        <source>the value does not start with a quoted text (&quot;…&quot;). The file may be damaged.</source>
        <translation>der Wert beginnt nicht mit einem Text in Anführungszeichen (&quot;…&quot;). Die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="253"/>
        <source>the quoted text is not closed with &quot;. The file may be cut off or damaged.</source>
        <translation>der Text in Anführungszeichen wird nicht mit &quot; geschlossen. Die Datei ist möglicherweise unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="418"/>
        <source>a [Term] without an id was left out.</source>
        <translation>ein [Term] ohne ID wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="419"/>
        <source>the term &quot;%1&quot; was left out: its id is neither a CURIE nor an IRI.</source>
        <translation>der Begriff &quot;%1&quot; wurde ausgelassen: seine ID ist weder ein CURIE noch eine IRI.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="423"/>
        <source>the term %1 was left out: its name is longer than %2 characters.</source>
        <translation>der Begriff %1 wurde ausgelassen: sein Name ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="430"/>
        <source>the definition of %1 was cut at %2 characters.</source>
        <translation>die Definition von %1 wurde auf %2 Zeichen gekürzt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="433"/>
        <source>%1 has more than %2 synonyms; %3 were left out.</source>
        <translation>%1 hat mehr als %2 Synonyme; %3 wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="436"/>
        <source>%1 has more than %2 parents; %3 were left out.</source>
        <translation>%1 hat mehr als %2 übergeordnete Begriffe; %3 wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="439"/>
        <source>%1 has more than %2 alternative ids; %3 were left out.</source>
        <translation>%1 hat mehr als %2 alternative IDs; %3 wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OboReader.cpp" line="455"/>
        <source>the file holds more than %1 terms, more than Metafill takes from one file. Split it, or import a subset.</source>
        <translation>die Datei enthält mehr als %1 Begriffe, mehr als Metafill aus einer Datei übernimmt. Teilen Sie sie auf oder importieren Sie eine Teilmenge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ontology/OboReader.cpp" line="505"/>
        <source>%1: %n term(s) without a name were left out.</source>
        <translation>
            <numerusform>%1: %n Begriff ohne Namen wurde ausgelassen.</numerusform>
            <numerusform>%1: %n Begriffe ohne Namen wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OlsClient</name>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="133"/>
        <source>bad request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="134"/>
        <source>login required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="135"/>
        <source>forbidden</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="136"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="137"/>
        <source>request timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="138"/>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="139"/>
        <source>internal server error</source>
        <translation>interner Serverfehler</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="140"/>
        <source>bad gateway</source>
        <translation>fehlerhaftes Gateway</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="141"/>
        <source>service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="142"/>
        <source>gateway timeout</source>
        <translation>Zeitüberschreitung am Gateway</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="340"/>
        <source>The answer of the Ontology Lookup Service at %1 could not be processed (%2).</source>
        <translation>Die Antwort des Ontology Lookup Service unter %1 konnte nicht verarbeitet werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="358"/>
        <source>The network library (libcurl) could not be set up.</source>
        <translation>Die Netzwerkbibliothek (libcurl) konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="378"/>
        <location filename="../app/ontology/OlsClient.cpp" line="404"/>
        <source>The Ontology Lookup Service at %1 sent a malformed answer (it %2).</source>
        <translation>Der Ontology Lookup Service unter %1 hat eine fehlerhafte Antwort gesendet (sie %2).</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="472"/>
        <source>The request to the Ontology Lookup Service was superseded by a newer one.</source>
        <translation>Die Anfrage an den Ontology Lookup Service wurde durch eine neuere ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="475"/>
        <location filename="../app/ontology/OlsClient.cpp" line="521"/>
        <source>The Ontology Lookup Service at %1 did not answer within %2 s.</source>
        <translation>Der Ontology Lookup Service unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="478"/>
        <source>The request to the Ontology Lookup Service was cancelled because its client was closed.</source>
        <translation>Die Anfrage an den Ontology Lookup Service wurde abgebrochen, weil ihr Client geschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="480"/>
        <source>The request to the Ontology Lookup Service was cancelled.</source>
        <translation>Die Anfrage an den Ontology Lookup Service wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="506"/>
        <source>The answer of the Ontology Lookup Service at %1 was larger than %2 MiB and was discarded.</source>
        <translation>Die Antwort des Ontology Lookup Service unter %1 war größer als %2 MiB und wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="510"/>
        <source>The Ontology Lookup Service at %1 sent its answer too slowly (under %2 bytes per second) and was given up on.</source>
        <translation>Der Ontology Lookup Service unter %1 hat seine Antwort zu langsam gesendet (unter %2 Byte pro Sekunde); der Abruf wurde aufgegeben.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="520"/>
        <source>The Ontology Lookup Service at %1 could not be reached within %2 s.</source>
        <translation>Der Ontology Lookup Service unter %1 war nicht innerhalb von %2 s erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="524"/>
        <source>The server of the Ontology Lookup Service at %1 could not be found; is this computer offline? (%2)</source>
        <translation>Der Server des Ontology Lookup Service unter %1 wurde nicht gefunden; ist dieser Computer offline? (%2)</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="526"/>
        <source>The proxy %1 could not be found (%2).</source>
        <translation>Der Proxy %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="529"/>
        <source>Could not connect to the proxy %1 set for the Ontology Lookup Service: %2</source>
        <translation>Keine Verbindung zum Proxy %1, der für den Ontology Lookup Service eingestellt ist: %2</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="533"/>
        <source>Could not connect to the Ontology Lookup Service at %1 through the proxy %2 that the environment names: %3</source>
        <translation>Keine Verbindung zum Ontology Lookup Service unter %1 über den Proxy %2, den die Umgebungsvariablen angeben: %3</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="537"/>
        <source>Could not connect to the Ontology Lookup Service at %1: %2</source>
        <translation>Keine Verbindung zum Ontology Lookup Service unter %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="540"/>
        <source>The proxy refused to connect Metafill to the Ontology Lookup Service at %1: %2</source>
        <translation>Der Proxy hat es abgelehnt, Metafill mit dem Ontology Lookup Service unter %1 zu verbinden: %2</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="549"/>
        <source>The connection to the Ontology Lookup Service at %1 was reset before the answer was complete (%2).</source>
        <translation>Die Verbindung zum Ontology Lookup Service unter %1 wurde zurückgesetzt, bevor die Antwort vollständig war (%2).</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="551"/>
        <source>The certificate of %1 could not be verified: %2. Metafill only talks to a service it can verify; if your institution signs its own certificates, set its authority&apos;s certificate file in the OLS settings.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden: %2. Metafill kommuniziert nur mit einem Dienst, den es überprüfen kann; wenn Ihre Einrichtung eigene Zertifikate ausstellt, geben Sie die Zertifikatsdatei ihrer Zertifizierungsstelle in den OLS-Einstellungen an.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="566"/>
        <source>A secure connection to the Ontology Lookup Service at %1 could not be set up: %2</source>
        <translation>Eine sichere Verbindung zum Ontology Lookup Service unter %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="568"/>
        <source>The request to the Ontology Lookup Service at %1 failed: %2</source>
        <translation>Die Anfrage an den Ontology Lookup Service unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="573"/>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="574"/>
        <source>The Ontology Lookup Service at %1 answered with a redirect to %2. Metafill does not follow redirects; if the service has moved, set its new address in the settings.</source>
        <translation>Der Ontology Lookup Service unter %1 hat mit einer Weiterleitung an %2 geantwortet. Metafill folgt keinen Weiterleitungen; wenn der Dienst umgezogen ist, geben Sie seine neue Adresse in den Einstellungen an.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="581"/>
        <source>The Ontology Lookup Service at %1 sent a web page instead of data; a network login page or a wrong address may be in the way.</source>
        <translation>Der Ontology Lookup Service unter %1 hat eine Webseite statt Daten gesendet; möglicherweise steht eine Anmeldeseite des Netzwerks oder eine falsche Adresse im Weg.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="596"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="596"/>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="599"/>
        <source>The Ontology Lookup Service at %1 returned %2; is this the address of an OLS4 service?</source>
        <translation>Der Ontology Lookup Service unter %1 hat %2 zurückgegeben; ist dies die Adresse eines OLS4-Dienstes?</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="601"/>
        <source>The Ontology Lookup Service at %1 returned %2 — an HTML page instead of data.</source>
        <translation>Der Ontology Lookup Service unter %1 hat %2 zurückgegeben — eine HTML-Seite statt Daten.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="603"/>
        <source>The Ontology Lookup Service at %1 returned %2: %3</source>
        <translation>Der Ontology Lookup Service unter %1 hat %2 zurückgegeben: %3</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="605"/>
        <source>The Ontology Lookup Service at %1 returned %2.</source>
        <translation>Der Ontology Lookup Service unter %1 hat %2 zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="665"/>
        <source>The Ontology Lookup Service at %1 was not asked, because it failed just now (%2). Metafill asks it again from %3.</source>
        <translation>Der Ontology Lookup Service unter %1 wurde nicht angefragt, weil er gerade eben fehlgeschlagen ist (%2). Metafill fragt ihn ab %3 wieder an.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsClient.cpp" line="786"/>
        <source>Too many requests to the Ontology Lookup Service are waiting; try again in a moment.</source>
        <translation>Zu viele Anfragen an den Ontology Lookup Service warten; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>OlsEndpoints</name>
    <message>
        <location filename="../app/ontology/OlsEndpoints.cpp" line="53"/>
        <source>There is nothing to search for.</source>
        <translation>Es ist kein Suchtext angegeben.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsEndpoints.cpp" line="60"/>
        <location filename="../app/ontology/OlsEndpoints.cpp" line="146"/>
        <source>&apos;%1&apos; is not an ontology id such as fbbi or ncbitaxon.</source>
        <translation>&apos;%1&apos; ist keine Ontologie-ID wie fbbi oder ncbitaxon.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsEndpoints.cpp" line="76"/>
        <source>&apos;%1&apos; is not the CURIE or IRI of a branch of an ontology.</source>
        <translation>&apos;%1&apos; ist weder der CURIE noch die IRI eines Zweigs einer Ontologie.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsEndpoints.cpp" line="137"/>
        <source>&apos;%1&apos; is not a term id: give a CURIE such as FBbi:00000246 or an IRI.</source>
        <translation>&apos;%1&apos; ist keine Begriffs-ID: geben Sie einen CURIE wie FBbi:00000246 oder eine IRI an.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsEndpoints.cpp" line="144"/>
        <source>Metafill cannot tell which ontology %1 belongs to; name the ontology to look it up in.</source>
        <translation>Metafill kann nicht erkennen, zu welcher Ontologie %1 gehört; geben Sie die Ontologie an, in der gesucht werden soll.</translation>
    </message>
</context>
<context>
    <name>OlsResponse</name>
    <message>
        <location filename="../app/ontology/OlsResponse.cpp" line="346"/>
        <source>is larger than %1 MiB</source>
        <extracomment>completes &quot;the answer …&quot;</extracomment>
        <translation>ist größer als %1 MiB</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsResponse.cpp" line="350"/>
        <source>is nested deeper or holds more values than any answer of the service</source>
        <translation>ist tiefer verschachtelt oder enthält mehr Werte als jede Antwort des Dienstes</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsResponse.cpp" line="352"/>
        <source>is not valid JSON</source>
        <translation>ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsResponse.cpp" line="354"/>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsResponse.cpp" line="360"/>
        <source>has no list of results</source>
        <translation>enthält keine Ergebnisliste</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsResponse.cpp" line="367"/>
        <location filename="../app/ontology/OlsResponse.cpp" line="376"/>
        <source>has no list of terms</source>
        <translation>enthält keine Begriffsliste</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsResponse.cpp" line="384"/>
        <source>describes a term without a usable IRI or id</source>
        <translation>beschreibt einen Begriff ohne brauchbare IRI oder ID</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsResponse.cpp" line="388"/>
        <source>is an error message: %1</source>
        <translation>ist eine Fehlermeldung: %1</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsResponse.cpp" line="389"/>
        <source>holds no terms</source>
        <translation>enthält keine Begriffe</translation>
    </message>
</context>
<context>
    <name>OlsSettings</name>
    <message>
        <location filename="../app/ontology/OlsSettings.cpp" line="20"/>
        <source>&apos;%1&apos; is not a proxy address Metafill can use. Give it as http://host:port, socks5h://host:port, or &apos;none&apos; to connect directly.</source>
        <translation>&apos;%1&apos; ist keine Proxy-Adresse, die Metafill verwenden kann. Geben Sie sie als http://host:port oder socks5h://host:port an, oder &apos;none&apos; für eine direkte Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsSettings.cpp" line="62"/>
        <source>No address is set for the Ontology Lookup Service.</source>
        <translation>Für den Ontology Lookup Service ist keine Adresse eingestellt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsSettings.cpp" line="66"/>
        <source>&apos;%1&apos; is not a valid address for the Ontology Lookup Service; give it as https://host/path, for example %2.</source>
        <translation>&apos;%1&apos; ist keine gültige Adresse für den Ontology Lookup Service; geben Sie sie als https://host/path an, zum Beispiel %2.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsSettings.cpp" line="73"/>
        <source>The Ontology Lookup Service at %1 would be reached over plain http, which anyone on the network can read and alter. Use its https address; http is accepted only for a service on this computer (localhost).</source>
        <translation>Der Ontology Lookup Service unter %1 würde über unverschlüsseltes http erreicht, das jeder im Netzwerk mitlesen und verändern kann. Verwenden Sie seine https-Adresse; http wird nur für einen Dienst auf diesem Computer (localhost) akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsSettings.cpp" line="79"/>
        <source>&apos;%1&apos; is not a web address; the Ontology Lookup Service is reached over https.</source>
        <translation>&apos;%1&apos; ist keine Webadresse; der Ontology Lookup Service wird über https erreicht.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsSettings.cpp" line="82"/>
        <source>The address %1 contains a user name or password; Metafill does not send those to an Ontology Lookup Service.</source>
        <translation>Die Adresse %1 enthält einen Benutzernamen oder ein Passwort; Metafill sendet diese nicht an einen Ontology Lookup Service.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsSettings.cpp" line="86"/>
        <source>The address %1 must not contain &apos;?&apos; or &apos;#&apos;; give only the service&apos;s base address, for example %2.</source>
        <translation>Die Adresse %1 darf weder &apos;?&apos; noch &apos;#&apos; enthalten; geben Sie nur die Basisadresse des Dienstes an, zum Beispiel %2.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsSettings.cpp" line="93"/>
        <source>The time limits for the Ontology Lookup Service must be longer than zero.</source>
        <translation>Die Zeitlimits für den Ontology Lookup Service müssen größer als null sein.</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsSettings.cpp" line="95"/>
        <source>The settings for the Ontology Lookup Service are out of range (1–4 connections, at least one attempt and one waiting request, answers of at least 1 KiB).</source>
        <translation>Die Einstellungen für den Ontology Lookup Service liegen außerhalb des zulässigen Bereichs (1–4 Verbindungen, mindestens ein Versuch und eine wartende Anfrage, Antworten von mindestens 1 KiB).</translation>
    </message>
</context>
<context>
    <name>OlsStatus</name>
    <message>
        <location filename="../app/ontology/OlsStatus.cpp" line="13"/>
        <source>OLS at %1 not asked yet</source>
        <translation>OLS unter %1 noch nicht angefragt</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsStatus.cpp" line="15"/>
        <source>OLS online (last answer %1)</source>
        <translation>OLS online (letzte Antwort %1)</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsStatus.cpp" line="17"/>
        <source>OLS answering with errors: %1</source>
        <translation>OLS antwortet mit Fehlern: %1</translation>
    </message>
    <message>
        <location filename="../app/ontology/OlsStatus.cpp" line="19"/>
        <source>OLS unreachable: %1</source>
        <translation>OLS nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>OmeTiff</name>
    <message>
        <location filename="../app/readers/formats/OmeTiff.cpp" line="32"/>
        <source>%1: the OME-XML names the file &quot;%2&quot;, which is not a plain file name in the same folder; Metafill reads only files next to the image.</source>
        <translation>%1: das OME-XML nennt die Datei &quot;%2&quot;, was kein einfacher Dateiname im selben Ordner ist; Metafill liest nur Dateien neben dem Bild.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeTiff.cpp" line="41"/>
        <source>%1: the OME-XML refers to &quot;%2&quot;, which is missing from the folder %3. Keep all files of a multi-file OME-TIFF together.</source>
        <translation>%1: das OME-XML verweist auf &quot;%2&quot;, das im Ordner %3 fehlt. Bewahren Sie alle Dateien eines OME-TIFF aus mehreren Dateien zusammen auf.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeTiff.cpp" line="49"/>
        <source>%1: the OME-XML refers to &quot;%2&quot;, a link to a file in another folder; Metafill reads only files next to the image.</source>
        <translation>%1: das OME-XML verweist auf &quot;%2&quot;, eine Verknüpfung zu einer Datei in einem anderen Ordner; Metafill liest nur Dateien neben dem Bild.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeTiff.cpp" line="54"/>
        <source>%1: the OME-XML refers to &quot;%2&quot;, which is not a file.</source>
        <translation>%1: das OME-XML verweist auf &quot;%2&quot;, das keine Datei ist.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeTiff.cpp" line="64"/>
        <source>%1: the companion file is %2 MiB long, more than the %3 MiB Metafill reads; it is damaged or not supported.</source>
        <translation>%1: die Begleitdatei ist %2 MiB groß, mehr als die %3 MiB, die Metafill liest; sie ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeTiff.cpp" line="84"/>
        <source>%1: this OME-TIFF is named as the holder of a multi-file set&apos;s metadata, but it has no OME-XML.</source>
        <translation>%1: dieses OME-TIFF ist als Träger der Metadaten eines Satzes aus mehreren Dateien angegeben, enthält aber kein OME-XML.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeTiff.cpp" line="123"/>
        <source>%1: the metadata file %2 holds no metadata either but points to yet another file; the multi-file set is damaged.</source>
        <translation>%1: die Metadatendatei %2 enthält ebenfalls keine Metadaten, sondern verweist auf noch eine weitere Datei; der Dateisatz ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>OmeXmlFileReader</name>
    <message>
        <location filename="../app/readers/formats/OmeXmlFileReader.cpp" line="33"/>
        <source>%1: the OME-XML file is %2 MiB long, more than the %3 MiB Metafill reads.</source>
        <translation>%1: die OME-XML-Datei ist %2 MiB groß, mehr als die %3 MiB, die Metafill liest.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeXmlFileReader.cpp" line="45"/>
        <source>%1: this OME-XML file holds no image metadata; it points to %2 instead.</source>
        <translation>%1: diese OME-XML-Datei enthält keine Bildmetadaten; sie verweist stattdessen auf %2.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeXmlFileReader.cpp" line="58"/>
        <source>%1: the OME-XML needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: das OME-XML benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeXmlFileReader.cpp" line="60"/>
        <source>%1: the OME-XML could not be read: %2</source>
        <translation>%1: das OME-XML konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>OmeXmlParser</name>
    <message>
        <location filename="../app/readers/ome/OmeModelBuilder.cpp" line="762"/>
        <source>%1: the OME-XML describes more images, instruments or channels than Metafill shows; the rest was left out.</source>
        <translation>%1: das OME-XML beschreibt mehr Bilder, Instrumente oder Kanäle, als Metafill anzeigt; der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/readers/ome/OmeModelBuilder.cpp" line="571"/>
        <source>%1: the acquisition date &quot;%2&quot; of image %3 is not a date; it was left out.</source>
        <translation>%1: das Aufnahmedatum &quot;%2&quot; von Bild %3 ist kein Datum; es wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/readers/ome/OmeXmlParser.cpp" line="489"/>
        <source>%1: the OME-XML metadata is %2 MiB long, more than the %3 MiB Metafill reads; the file is damaged or not supported.</source>
        <translation>%1: die OME-XML-Metadaten sind %2 MiB groß, mehr als die %3 MiB, die Metafill liest; die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../app/readers/ome/OmeXmlParser.cpp" line="180"/>
        <location filename="../app/readers/ome/OmeXmlParser.cpp" line="434"/>
        <source>%1: the OME-XML metadata is empty.</source>
        <translation>%1: die OME-XML-Metadaten sind leer.</translation>
    </message>
    <message>
        <location filename="../app/readers/ome/OmeXmlParser.cpp" line="136"/>
        <source>%1: the OME-XML metadata is not valid UTF-8 as the OME-TIFF specification requires; it was read as Latin-1, so some characters may be wrong.</source>
        <translation>%1: die OME-XML-Metadaten sind nicht, wie von der OME-TIFF-Spezifikation verlangt, in gültigem UTF-8 kodiert; sie wurden als Latin-1 gelesen, daher können einige Zeichen falsch sein.</translation>
    </message>
    <message>
        <location filename="../app/readers/ome/OmeXmlParser.cpp" line="123"/>
        <source>%1: the OME-XML metadata needs more memory than is available.</source>
        <translation>%1: die OME-XML-Metadaten benötigen mehr Speicher als verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/readers/ome/OmeXmlParser.cpp" line="124"/>
        <source>%1: the OME-XML metadata is damaged (%2 at byte %3); the file may be cut short.</source>
        <translation>%1: die OME-XML-Metadaten sind beschädigt (%2 bei Byte %3); die Datei ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <location filename="../app/readers/ome/OmeXmlParser.cpp" line="130"/>
        <source>%1: the XML metadata is not OME-XML: its root element is &lt;%2&gt;, not &lt;OME&gt;.</source>
        <translation>%1: die XML-Metadaten sind kein OME-XML: ihr Wurzelelement ist &lt;%2&gt;, nicht &lt;OME&gt;.</translation>
    </message>
    <message>
        <location filename="../app/readers/ome/OmeXmlParser.cpp" line="410"/>
        <source>%1: the OME-XML metadata has a &lt;%2&gt; element larger than Metafill reads (%3 MiB or %4 attributes and inner elements); the file is damaged or not supported.</source>
        <translation>%1: die OME-XML-Metadaten enthalten ein &lt;%2&gt;-Element, das größer ist, als Metafill liest (%3 MiB oder %4 Attribute und innere Elemente); die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../app/readers/ome/OmeXmlParser.cpp" line="415"/>
        <source>%1: the OME-XML metadata nests its elements deeper than Metafill reads (%2 levels); the file is damaged or not supported.</source>
        <translation>%1: die OME-XML-Metadaten verschachteln ihre Elemente tiefer, als Metafill liest (%2 Ebenen); die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>OmeZarrReader</name>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="314"/>
        <source>%1: %2 further images could not be read and were left out.</source>
        <translation>%1: %2 weitere Bilder konnten nicht gelesen werden und wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="333"/>
        <source>%1: the image &quot;%2&quot; is written in OME-NGFF version %3, which Metafill does not know; it was read as version 0.5.</source>
        <translation>%1: das Bild &quot;%2&quot; ist in OME-NGFF-Version %3 geschrieben, die Metafill nicht kennt; es wurde als Version 0.5 gelesen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="344"/>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="356"/>
        <source>%1: the axes of the image &quot;%2&quot; are not a list of axes.</source>
        <translation>%1: die Achsen des Bildes &quot;%2&quot; sind keine Liste von Achsen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="372"/>
        <source>%1: the image &quot;%2&quot; describes %3 axes, but its array has %4 dimensions.</source>
        <translation>%1: das Bild &quot;%2&quot; beschreibt %3 Achsen, sein Array hat aber %4 Dimensionen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="397"/>
        <source>%1: the image &quot;%2&quot; describes %3 channels, but its array has %4.</source>
        <translation>%1: das Bild &quot;%2&quot; beschreibt %3 Kanäle, sein Array hat aber %4.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="402"/>
        <source>%1: the image &quot;%2&quot; has %3 channels; only the first %4 are described.</source>
        <translation>%1: das Bild &quot;%2&quot; hat %3 Kanäle; nur die ersten %4 werden beschrieben.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="445"/>
        <source>%1: the image &quot;%2&quot; uses the unit &quot;%3&quot;, which Metafill does not know; that size is left unknown.</source>
        <translation>%1: das Bild &quot;%2&quot; verwendet die Einheit &quot;%3&quot;, die Metafill nicht kennt; diese Größe bleibt unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="459"/>
        <source>%1: the image group &quot;%2&quot; is missing.</source>
        <translation>%1: die Bildgruppe &quot;%2&quot; fehlt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="464"/>
        <source>%1: the group &quot;%2&quot; has no multiscales description, so it is not an OME-Zarr image.</source>
        <translation>%1: die Gruppe &quot;%2&quot; hat keine multiscales-Beschreibung und ist daher kein OME-Zarr-Bild.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="478"/>
        <source>%1: the image &quot;%2&quot; lists no arrays (multiscales datasets).</source>
        <translation>%1: das Bild &quot;%2&quot; führt keine Arrays auf (multiscales datasets).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="486"/>
        <source>%1: the image &quot;%2&quot; names the array &quot;%3&quot;, which is missing or not an array.</source>
        <translation>%1: das Bild &quot;%2&quot; nennt das Array &quot;%3&quot;, das fehlt oder kein Array ist.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="504"/>
        <source>%1: the array &quot;%2&quot; has no plausible shape; its metadata are damaged.</source>
        <translation>%1: das Array &quot;%2&quot; hat keine plausible Form; seine Metadaten sind beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="551"/>
        <source>%1: the image &quot;%2&quot; has axes OME has no place for: %3; their planes are not counted.</source>
        <translation>%1: das Bild &quot;%2&quot; hat Achsen, für die OME keinen Platz hat: %3; ihre Ebenen werden nicht mitgezählt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="596"/>
        <source>%1: the OME-XML and the Zarr array of image %2 give different sizes; the OME-XML&apos;s are shown.</source>
        <translation>%1: das OME-XML und das Zarr-Array von Bild %2 geben unterschiedliche Größen an; angezeigt werden die des OME-XML.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="646"/>
        <source>%1: the plate lists a well without a path.</source>
        <translation>%1: die Platte führt ein Well ohne Pfad auf.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="658"/>
        <source>%1: the well &quot;%2&quot; lists no images.</source>
        <translation>%1: das Well &quot;%2&quot; führt keine Bilder auf.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="667"/>
        <source>Well %1, field %2</source>
        <translation>Well %1, Bildfeld %2</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="761"/>
        <source>%1: this folder holds several Zarr folders (%2); open one of them.</source>
        <translation>%1: dieser Ordner enthält mehrere Zarr-Ordner (%2); öffnen Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="765"/>
        <source>%1: this folder is not an OME-Zarr image.</source>
        <translation>%1: dieser Ordner ist kein OME-Zarr-Bild.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="790"/>
        <source>%1: the OME-XML beside the images could not be read, so only the Zarr metadata are shown: %2</source>
        <translation>%1: das OME-XML neben den Bildern konnte nicht gelesen werden, daher werden nur die Zarr-Metadaten angezeigt: %2</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="805"/>
        <source>%1: the bioformats2raw layout version %2 is not one Metafill knows (1 to 3); it was read as version 3.</source>
        <translation>%1: die bioformats2raw-Layoutversion %2 ist Metafill nicht bekannt (1 bis 3); sie wurde als Version 3 gelesen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="876"/>
        <source>%1: the folder has no Zarr metadata (.zattrs, .zgroup or zarr.json).</source>
        <translation>%1: der Ordner hat keine Zarr-Metadaten (.zattrs, .zgroup oder zarr.json).</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="895"/>
        <source>%1: this is a plain Zarr array without OME-NGFF metadata, so its dimensions have no meaning Metafill can tell.</source>
        <translation>%1: dies ist ein einfaches Zarr-Array ohne OME-NGFF-Metadaten, daher kann Metafill die Bedeutung seiner Dimensionen nicht erkennen.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="900"/>
        <source>%1: this Zarr folder holds no OME-NGFF image: its attributes have none of multiscales, plate, well or bioformats2raw.layout.</source>
        <translation>%1: dieser Zarr-Ordner enthält kein OME-NGFF-Bild: seine Attribute enthalten weder multiscales noch plate, well oder bioformats2raw.layout.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="906"/>
        <source>%1: the OME-Zarr collection lists no images.</source>
        <translation>%1: die OME-Zarr-Sammlung führt keine Bilder auf.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="957"/>
        <source>%1: the metadata need more memory than is available; the folder is damaged or too large.</source>
        <translation>%1: die Metadaten benötigen mehr Speicher als verfügbar; der Ordner ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/OmeZarrReader.cpp" line="959"/>
        <source>%1: the metadata could not be read: %2</source>
        <translation>%1: die Metadaten konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>OmeroCsvExporter</name>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="36"/>
        <source>there is nothing to export</source>
        <translation>es gibt nichts zu exportieren</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="65"/>
        <source>the template gives no keys to export</source>
        <translation>die Vorlage liefert keine Schlüssel für den Export</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="79"/>
        <source>KeyVal_from_csv.py would read the key &apos;%1&apos; as an identifier column; export with --format omero</source>
        <translation>KeyVal_from_csv.py würde den Schlüssel &apos;%1&apos; als Kennungsspalte lesen; exportieren Sie mit --format omero</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="92"/>
        <source>an object has no name; OMERO finds images by name</source>
        <translation>ein Objekt hat keinen Namen; OMERO findet Bilder anhand ihres Namens</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="94"/>
        <source>the name &apos;%1&apos; starts or ends with blanks; OMERO compares names exactly</source>
        <translation>der Name &apos;%1&apos; beginnt oder endet mit Leerzeichen; OMERO vergleicht Namen exakt</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="96"/>
        <source>the name &apos;%1&apos; appears twice; OMERO&apos;s import refuses such a file. Export the folders separately, or rename the files</source>
        <translation>der Name &apos;%1&apos; kommt zweimal vor; der Import von OMERO lehnt eine solche Datei ab. Exportieren Sie die Ordner getrennt oder benennen Sie die Dateien um</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="108"/>
        <source>the value of &apos;%1&apos; for &apos;%2&apos; has more than %3 characters; OMERO&apos;s import script cannot read such a cell. Shorten it.</source>
        <translation>der Wert von &apos;%1&apos; für &apos;%2&apos; hat mehr als %3 Zeichen; das Importskript von OMERO kann eine solche Zelle nicht lesen. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="113"/>
        <source>the value of &apos;%1&apos; contains &apos;;&apos; (for &apos;%2&apos;); KeyVal_from_csv.py splits it into several values there</source>
        <translation>der Wert von &apos;%1&apos; enthält &apos;;&apos; (für &apos;%2&apos;); KeyVal_from_csv.py teilt ihn dort in mehrere Werte auf</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="133"/>
        <source>the header alone is larger than %1 bytes</source>
        <translation>schon die Kopfzeile ist größer als %1 Byte</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="142"/>
        <source>the row for &apos;%1&apos; alone is larger than %2 bytes, more than OMERO accepts in one file</source>
        <translation>schon die Zeile für &apos;%1&apos; ist größer als %2 Byte, mehr als OMERO in einer Datei annimmt</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="185"/>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="188"/>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="194"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroCsvExporter.cpp" line="197"/>
        <source>the table is larger than %1 bytes, so it was split into %2 files that OMERO imports one after the other</source>
        <translation>die Tabelle ist größer als %1 Byte und wurde daher in %2 Dateien aufgeteilt, die OMERO nacheinander importiert</translation>
    </message>
</context>
<context>
    <name>OmeroExportReader</name>
    <message>
        <location filename="../app/core/omero/OmeroExportReader.cpp" line="26"/>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroExportReader.cpp" line="43"/>
        <source>row %1 has %2 cells, but the header has %3</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroExportReader.cpp" line="75"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OmeroKeys</name>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="11"/>
        <source>the OMERO key is empty</source>
        <translation>der OMERO-Schlüssel ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="13"/>
        <source>the OMERO key &apos;%1&apos; starts or ends with blanks, which the import script removes</source>
        <translation>der OMERO-Schlüssel &apos;%1&apos; beginnt oder endet mit Leerzeichen, die das Importskript entfernt</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="16"/>
        <source>the OMERO key &apos;%1&apos; contains a line break, tab or control character</source>
        <translation>der OMERO-Schlüssel &apos;%1&apos; enthält einen Zeilenumbruch, einen Tabulator oder ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="19"/>
        <source>&apos;%1&apos; is an OMERO container name; Import_from_csv.py silently drops a column with this exact key. Use another spelling, such as &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist ein OMERO-Containername; Import_from_csv.py verwirft eine Spalte mit genau diesem Schlüssel stillschweigend. Verwenden Sie eine andere Schreibweise, etwa &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="23"/>
        <source>a column called &apos;%1&apos; is read as OMERO tags, not as a key-value pair; choose another key</source>
        <translation>eine Spalte namens &apos;%1&apos; wird als OMERO-Tags gelesen, nicht als Schlüssel-Wert-Paar; wählen Sie einen anderen Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="25"/>
        <source>&apos;%1&apos; is the column OMERO uses to find the images; it cannot be a key</source>
        <translation>&apos;%1&apos; ist die Spalte, über die OMERO die Bilder findet; sie kann kein Schlüssel sein</translation>
    </message>
    <message>
        <location filename="../app/core/omero/OmeroKeys.cpp" line="27"/>
        <source>the OMERO key is longer than 255 characters</source>
        <translation>der OMERO-Schlüssel ist länger als 255 Zeichen</translation>
    </message>
</context>
<context>
    <name>PlainTiff</name>
    <message>
        <location filename="../app/readers/formats/PlainTiff.cpp" line="81"/>
        <source>%1: the file has more than %2 pages; Metafill does not count them, so the number of time points is left unknown.</source>
        <translation>%1: die Datei hat mehr als %2 Seiten; Metafill zählt sie nicht, daher bleibt die Anzahl der Zeitpunkte unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/PlainTiff.cpp" line="86"/>
        <source>%1: the file&apos;s pages are spread over more than %2 KiB of directories; Metafill stopped counting after %3 pages, so the number of time points is left unknown.</source>
        <translation>%1: die Seiten der Datei verteilen sich auf mehr als %2 KiB an Verzeichnissen; Metafill hat nach %3 Seiten aufgehört zu zählen, daher bleibt die Anzahl der Zeitpunkte unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/PlainTiff.cpp" line="91"/>
        <source>%1: the TIFF directories form a loop; the file is damaged, so the number of pages is left unknown.</source>
        <translation>%1: die TIFF-Verzeichnisse bilden eine Schleife; die Datei ist beschädigt, daher bleibt die Anzahl der Seiten unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/PlainTiff.cpp" line="95"/>
        <source>%1: a TIFF directory pointer leads outside the file; the file is damaged or cut short, so the number of pages is left unknown.</source>
        <translation>%1: ein TIFF-Verzeichniszeiger führt aus der Datei hinaus; die Datei ist beschädigt oder unvollständig, daher bleibt die Anzahl der Seiten unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/PlainTiff.cpp" line="108"/>
        <source>%1: a TIFF directory claims %2 entries; the file is damaged, so the number of pages is left unknown.</source>
        <translation>%1: ein TIFF-Verzeichnis gibt %2 Einträge an; die Datei ist beschädigt, daher bleibt die Anzahl der Seiten unbekannt.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../app/core/record/Record.cpp" line="39"/>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <location filename="../app/core/record/Record.cpp" line="41"/>
        <source>template default</source>
        <translation>Standardwert der Vorlage</translation>
    </message>
    <message>
        <location filename="../app/core/record/Record.cpp" line="43"/>
        <source>preset %1</source>
        <translation>Voreinstellung %1</translation>
    </message>
    <message>
        <location filename="../app/core/record/Record.cpp" line="45"/>
        <source>file header of %1 (image %2, %3)</source>
        <translation>Dateikopf von %1 (Bild %2, %3)</translation>
    </message>
    <message>
        <location filename="../app/core/record/Record.cpp" line="47"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
</context>
<context>
    <name>RecordBinder</name>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="39"/>
        <source>this record was made with the template &apos;%1&apos;, not with &apos;%2&apos;</source>
        <translation>dieser Datensatz wurde mit der Vorlage &apos;%1&apos; erstellt, nicht mit &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="43"/>
        <source>this record was made with &apos;%1&apos;; it is read with &apos;%2&apos;, which extends it</source>
        <translation>dieser Datensatz wurde mit &apos;%1&apos; erstellt; er wird mit &apos;%2&apos; gelesen, einer Erweiterung davon</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="46"/>
        <source>this record was made with version %1 of the template; it is read with version %2</source>
        <translation>dieser Datensatz wurde mit Version %1 der Vorlage erstellt; er wird mit Version %2 gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="50"/>
        <source>the template %1 %2 changed since this record was made, but its version number did not; ask its author to raise the version</source>
        <translation>die Vorlage %1 %2 hat sich seit dem Erstellen dieses Datensatzes geändert, ihre Versionsnummer aber nicht; bitten Sie den Autor der Vorlage, die Version zu erhöhen</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="62"/>
        <source>&apos;%1&apos; is not a field path</source>
        <translation>&apos;%1&apos; ist kein Feldpfad</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="67"/>
        <source>the template %1 %2 has no field &apos;%3&apos;; its value %4 is not carried over</source>
        <translation>die Vorlage %1 %2 hat kein Feld &apos;%3&apos;; der Wert %4 wird nicht übernommen</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="72"/>
        <source>renamed to &apos;%1&apos;</source>
        <translation>umbenannt in &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="75"/>
        <source>section &apos;%1&apos; no longer repeats; instance %2 is not carried over</source>
        <translation>Abschnitt &apos;%1&apos; wiederholt sich nicht mehr; Instanz %2 wird nicht übernommen</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="83"/>
        <source>the field now takes one value, but %1 are stored; none is carried over</source>
        <translation>das Feld nimmt jetzt nur einen Wert auf, gespeichert sind aber %1; keiner davon wird übernommen</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordBinder.cpp" line="90"/>
        <source>the value %1 cannot be read as %2: %3</source>
        <translation>der Wert %1 kann nicht als %2 gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="27"/>
        <source>name the template with --template FILE</source>
        <translation>geben Sie die Vorlage mit --template FILE an</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="14"/>
        <source>&apos;%1&apos; is not a field path such as study.title or biosample[1].organism</source>
        <translation>&apos;%1&apos; ist kein Feldpfad wie study.title oder biosample[1].organism</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="17"/>
        <source>the template %1 has no section &apos;%2&apos;</source>
        <translation>die Vorlage %1 hat keinen Abschnitt &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="20"/>
        <source>section &apos;%1&apos; has no field &apos;%2&apos; (see &apos;metafill-cli template fields&apos;)</source>
        <translation>Abschnitt &apos;%1&apos; hat kein Feld &apos;%2&apos; (siehe &apos;metafill-cli template fields&apos;)</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="22"/>
        <source>&apos;%1&apos; is hidden by the template</source>
        <translation>&apos;%1&apos; wird von der Vorlage ausgeblendet</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="24"/>
        <source>section &apos;%1&apos; does not repeat; leave out the [%2]</source>
        <translation>Abschnitt &apos;%1&apos; wiederholt sich nicht; lassen Sie [%2] weg</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/record/RecordEditor.cpp" line="26"/>
        <source>section &apos;%1&apos; may appear at most %n times (instances count from 0)</source>
        <translation>
            <numerusform>Abschnitt &apos;%1&apos; darf höchstens %n-mal vorkommen (Instanzen werden ab 0 gezählt)</numerusform>
            <numerusform>Abschnitt &apos;%1&apos; darf höchstens %n-mal vorkommen (Instanzen werden ab 0 gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="36"/>
        <source>&apos;%1&apos; must have the form FIELD_PATH=VALUE</source>
        <translation>&apos;%1&apos; muss die Form FIELD_PATH=VALUE haben</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="48"/>
        <location filename="../app/core/record/RecordEditor.cpp" line="51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="55"/>
        <source>%1 is given twice, but the field takes one value</source>
        <translation>%1 ist zweimal angegeben, das Feld nimmt aber nur einen Wert auf</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordEditor.cpp" line="69"/>
        <source>the template has no preset &apos;%1&apos;</source>
        <translation>die Vorlage hat keine Voreinstellung &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>RecordFile</name>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="55"/>
        <source>&apos;values&apos; must be an object mapping field paths to values</source>
        <translation>&apos;values&apos; muss ein Objekt sein, das Feldpfaden Werte zuordnet</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="61"/>
        <source>the entry for &apos;%1&apos; must be an object with a &apos;value&apos;</source>
        <translation>der Eintrag für &apos;%1&apos; muss ein Objekt mit einem &apos;value&apos; sein</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="67"/>
        <source>the entry for &apos;%1&apos; has an unknown source &apos;%2&apos;</source>
        <translation>der Eintrag für &apos;%1&apos; hat eine unbekannte Herkunft &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="120"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="122"/>
        <source>%1 is larger than %2 MiB; this is not a record file</source>
        <translation>%1 ist größer als %2 MiB; das ist keine Datensatzdatei</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="125"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="133"/>
        <source>the record is nested more than %1 levels deep</source>
        <translation>der Datensatz ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="138"/>
        <source>this is not valid JSON (at byte %1): %2</source>
        <translation>dies ist kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="140"/>
        <source>this is not valid JSON: %1</source>
        <translation>dies ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="143"/>
        <source>this is not a Metafill record (it has no &apos;metafill_record&apos; entry)</source>
        <translation>dies ist kein Metafill-Datensatz (es fehlt der Eintrag &apos;metafill_record&apos;)</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="145"/>
        <source>this record was written in a newer format; update Metafill to read it</source>
        <translation>dieser Datensatz wurde in einem neueren Format geschrieben; aktualisieren Sie Metafill, um ihn zu lesen</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="152"/>
        <source>the record does not say which template it was made with</source>
        <translation>der Datensatz gibt nicht an, mit welcher Vorlage er erstellt wurde</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="159"/>
        <source>&apos;images&apos; must be a list</source>
        <translation>&apos;images&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="162"/>
        <source>each entry of &apos;images&apos; must be an object</source>
        <translation>jeder Eintrag von &apos;images&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="168"/>
        <source>image &apos;%1&apos;: %2</source>
        <translation>Bild &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="173"/>
        <source>the record is malformed: %1</source>
        <translation>der Datensatz ist fehlerhaft aufgebaut: %1</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordFile.cpp" line="203"/>
        <location filename="../app/core/record/RecordFile.cpp" line="206"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message numerus="yes">
        <location filename="../app/core/record/RecordValidator.cpp" line="49"/>
        <source>section &apos;%1&apos; may appear at most %n times</source>
        <translation>
            <numerusform>Abschnitt &apos;%1&apos; darf höchstens %n-mal vorkommen</numerusform>
            <numerusform>Abschnitt &apos;%1&apos; darf höchstens %n-mal vorkommen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="62"/>
        <source>required, but empty</source>
        <translation>erforderlich, aber leer</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="67"/>
        <source>recommended, but empty</source>
        <translation>empfohlen, aber leer</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="70"/>
        <source>takes one value, but has %1</source>
        <translation>nimmt einen Wert auf, hat aber %1</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="83"/>
        <source>the template has no such field</source>
        <translation>die Vorlage hat kein solches Feld</translation>
    </message>
    <message>
        <location filename="../app/core/record/RecordValidator.cpp" line="85"/>
        <source>has a value, but the template hides this field</source>
        <translation>hat einen Wert, aber die Vorlage blendet dieses Feld aus</translation>
    </message>
</context>
<context>
    <name>TemplateCheckCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="30"/>
        <source>%1.%2: the branch root %3 is not a term of %4 (offline index); searches in this field would find nothing</source>
        <translation>%1.%2: die Zweigwurzel %3 ist kein Begriff von %4 (Offline-Index); Suchen in diesem Feld würden nichts finden</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="34"/>
        <source>%1.%2: the branch root %3 (%4) is obsolete</source>
        <translation>%1.%2: die Zweigwurzel %3 (%4) ist veraltet</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="47"/>
        <source>Check templates. Prints every problem as file:line:column: message and exits with 1 if any template has errors.</source>
        <translation>Vorlagen prüfen. Gibt jedes Problem als Datei:Zeile:Spalte: Meldung aus und endet mit 1, wenn eine Vorlage Fehler enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="54"/>
        <source>Template files (or ids of installed templates).</source>
        <translation>Vorlagendateien (oder IDs installierter Vorlagen).</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="55"/>
        <source>[options] FILE...</source>
        <translation>[options] FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="58"/>
        <source>metafill-cli template check: name at least one template file</source>
        <translation>metafill-cli template check: geben Sie mindestens eine Vorlagendatei an</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TemplateCommands.cpp" line="93"/>
        <source>%1: ok (%2 %3, %n field(s)</source>
        <translation>
            <numerusform>%1: ok (%2 %3, %n Feld</numerusform>
            <numerusform>%1: ok (%2 %3, %n Felder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="95"/>
        <source>, extends %1 %2</source>
        <translation>, erweitert %1 %2</translation>
    </message>
</context>
<context>
    <name>TemplateChecker</name>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="32"/>
        <source>preset &apos;%1&apos; needs &apos;values&apos;: a mapping of field paths to values</source>
        <translation>Voreinstellung &apos;%1&apos; benötigt &apos;values&apos;: eine Zuordnung von Feldpfaden zu Werten</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="39"/>
        <source>&apos;%1&apos; is not a field path such as image_acquisition.microscope_model</source>
        <translation>&apos;%1&apos; ist kein Feldpfad wie image_acquisition.microscope_model</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="45"/>
        <source>preset &apos;%1&apos; sets &apos;%2&apos;, but the template has no such field</source>
        <translation>Voreinstellung &apos;%1&apos; setzt &apos;%2&apos;, aber die Vorlage hat kein solches Feld</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="49"/>
        <source>section &apos;%1&apos; does not repeat, so it has no instance %2</source>
        <translation>Abschnitt &apos;%1&apos; wiederholt sich nicht und hat daher keine Instanz %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="67"/>
        <source>there is already a section &apos;%1&apos; (at %2)</source>
        <translation>es gibt bereits einen Abschnitt &apos;%1&apos; (bei %2)</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="74"/>
        <source>section &apos;%1&apos; already has a field &apos;%2&apos;</source>
        <translation>Abschnitt &apos;%1&apos; hat bereits ein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="89"/>
        <source>the OMERO key &apos;%1&apos; of &apos;%2&apos; is already used by &apos;%3&apos;; give one of them another &apos;omero_key&apos;</source>
        <translation>der OMERO-Schlüssel &apos;%1&apos; von &apos;%2&apos; wird bereits von &apos;%3&apos; verwendet; geben Sie einem der beiden einen anderen &apos;omero_key&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="96"/>
        <source>section &apos;%1&apos; has no fields</source>
        <translation>Abschnitt &apos;%1&apos; hat keine Felder</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="102"/>
        <source>there is already a preset &apos;%1&apos;</source>
        <translation>es gibt bereits eine Voreinstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="110"/>
        <source>preset &apos;%1&apos;, %2: %3</source>
        <translation>Voreinstellung &apos;%1&apos;, %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="120"/>
        <source>&apos;%1&apos; takes one value but has %2 defaults</source>
        <translation>&apos;%1&apos; nimmt einen Wert auf, hat aber %2 Standardwerte</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="123"/>
        <source>the default of &apos;%1&apos; breaks its own rules: %2</source>
        <translation>der Standardwert von &apos;%1&apos; verstößt gegen die eigenen Regeln des Feldes: %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="126"/>
        <source>&apos;%1&apos; is required and hidden but has no default, so nobody could fill it</source>
        <translation>&apos;%1&apos; ist erforderlich und ausgeblendet, hat aber keinen Standardwert; niemand könnte es ausfüllen</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="128"/>
        <source>&apos;%1&apos; needs a label</source>
        <translation>&apos;%1&apos; benötigt eine Beschriftung</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateChecker.cpp" line="137"/>
        <source>the legacy script KeyVal_from_csv.py reads a column called &apos;%1&apos; as an identifier; this key only works with Import_from_csv.py</source>
        <translation>das ältere Skript KeyVal_from_csv.py liest eine Spalte namens &apos;%1&apos; als Kennung; dieser Schlüssel funktioniert nur mit Import_from_csv.py</translation>
    </message>
</context>
<context>
    <name>TemplateExtender</name>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="52"/>
        <source>a change</source>
        <translation>eine Änderung</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="60"/>
        <source>a change does one thing; this one has both &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>eine Änderung bewirkt genau eine Sache; diese enthält sowohl &apos;%1&apos; als auch &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="66"/>
        <source>a change must start with one of: %1</source>
        <translation>eine Änderung muss mit einem der folgenden Einträge beginnen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="105"/>
        <source>&apos;%1&apos; names no section of the base template; its sections are: %2</source>
        <translation>&apos;%1&apos; bezeichnet keinen Abschnitt der Basisvorlage; ihre Abschnitte sind: %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="114"/>
        <source>&apos;%1&apos; must name a field as section.field</source>
        <translation>&apos;%1&apos; muss ein Feld in der Form section.field angeben</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="122"/>
        <source>section &apos;%1&apos; has no field &apos;%2&apos;</source>
        <translation>Abschnitt &apos;%1&apos; hat kein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="134"/>
        <source>only fields can be recommended; use &apos;require&apos; to make the section &apos;%1&apos; obligatory</source>
        <translation>nur Felder können empfohlen werden; verwenden Sie &apos;require&apos;, um den Abschnitt &apos;%1&apos; verpflichtend zu machen</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="146"/>
        <source>&apos;%1&apos; is %2 in the base template; an extension may not lower that</source>
        <translation>&apos;%1&apos; ist in der Basisvorlage als %2 eingestuft; eine Erweiterung darf das nicht herabsetzen</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="174"/>
        <source>this would loosen &apos;%1&apos;: %2</source>
        <translation>dies würde &apos;%1&apos; lockern: %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="177"/>
        <source>&apos;%1&apos; cannot be restricted on a %2 field</source>
        <translation>&apos;%1&apos; kann bei einem Feld vom Typ %2 nicht eingeschränkt werden</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="187"/>
        <source>&apos;%1&apos; is not one of the base template&apos;s choices</source>
        <translation>&apos;%1&apos; gehört nicht zu den Auswahlwerten der Basisvorlage</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="204"/>
        <source>the base template does not allow terms from &apos;%1&apos;</source>
        <translation>die Basisvorlage erlaubt keine Begriffe aus &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="213"/>
        <source>&apos;%1&apos; is not one of the base template&apos;s branch roots (%2)</source>
        <translation>&apos;%1&apos; gehört nicht zu den Zweigwurzeln der Basisvorlage (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="219"/>
        <source>the base template accepts only ontology terms</source>
        <translation>die Basisvorlage akzeptiert nur Ontologie-Begriffe</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="229"/>
        <source>the base template&apos;s minimum is %1</source>
        <translation>das Minimum der Basisvorlage ist %1</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="237"/>
        <source>the base template&apos;s maximum is %1</source>
        <translation>das Maximum der Basisvorlage ist %1</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="242"/>
        <source>after this change the minimum of &apos;%1&apos; is larger than its maximum</source>
        <translation>nach dieser Änderung ist das Minimum von &apos;%1&apos; größer als sein Maximum</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="245"/>
        <source>the base template asks for at least %1 characters</source>
        <translation>die Basisvorlage verlangt mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="251"/>
        <source>the base template allows at most %1 characters</source>
        <translation>die Basisvorlage erlaubt höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="258"/>
        <source>the pattern &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>das Muster &apos;%1&apos; ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="270"/>
        <source>&apos;%1&apos; is not among the base template&apos;s units (%2)</source>
        <translation>&apos;%1&apos; gehört nicht zu den Einheiten der Basisvorlage (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="290"/>
        <source>&apos;set_default&apos; needs a &apos;value&apos;</source>
        <translation>&apos;set_default&apos; benötigt einen &apos;value&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="306"/>
        <source>the section &apos;%1&apos; is not optional in the base template, so it cannot be hidden</source>
        <translation>der Abschnitt &apos;%1&apos; ist in der Basisvorlage nicht optional und kann daher nicht ausgeblendet werden</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="316"/>
        <source>&apos;%1&apos; is %2, so it cannot be hidden; only optional fields can</source>
        <translation>&apos;%1&apos; ist als %2 eingestuft und kann daher nicht ausgeblendet werden; das geht nur bei optionalen Feldern</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="358"/>
        <source>give &apos;after&apos; or &apos;before&apos;, not both</source>
        <translation>geben Sie &apos;after&apos; oder &apos;before&apos; an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="366"/>
        <source>there is no &apos;%1&apos; to place this next to</source>
        <translation>es gibt kein &apos;%1&apos;, neben das dies gesetzt werden könnte</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="375"/>
        <source>&apos;add_field&apos; needs a &apos;field&apos;</source>
        <translation>&apos;add_field&apos; benötigt ein &apos;field&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="385"/>
        <source>section &apos;%1&apos; already has a field &apos;%2&apos;</source>
        <translation>Abschnitt &apos;%1&apos; hat bereits ein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="401"/>
        <source>the base template already has a section &apos;%1&apos;</source>
        <translation>die Basisvorlage hat bereits einen Abschnitt &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateExtender.cpp" line="413"/>
        <source>&apos;add_autofill&apos; needs &apos;rules&apos;</source>
        <translation>&apos;add_autofill&apos; benötigt &apos;rules&apos;</translation>
    </message>
</context>
<context>
    <name>TemplateFieldsCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="103"/>
        <source>List the fields of a template, one per line: path, type, requirement and OMERO key, separated by tabs.</source>
        <translation>Die Felder einer Vorlage auflisten, eines pro Zeile: Pfad, Typ, Anforderung und OMERO-Schlüssel, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="110"/>
        <source>A template file (or the id of an installed template).</source>
        <translation>Eine Vorlagendatei (oder die ID einer installierten Vorlage).</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="111"/>
        <source>[options] FILE</source>
        <translation>[options] FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="114"/>
        <source>metafill-cli template fields: name exactly one template</source>
        <translation>metafill-cli template fields: geben Sie genau eine Vorlage an</translation>
    </message>
</context>
<context>
    <name>TemplateLoader</name>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="67"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="71"/>
        <source>this is a folder, not a template file</source>
        <translation>dies ist ein Ordner, keine Vorlagendatei</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="75"/>
        <source>the file is larger than %1 bytes; templates are far smaller, so this is refused</source>
        <translation>die Datei ist größer als %1 Byte; Vorlagen sind weit kleiner, daher wird sie abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="79"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="103"/>
        <source>no such file, and no template with this id in: %1</source>
        <translation>keine solche Datei und keine Vorlage mit dieser ID in: %1</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="127"/>
        <source>&apos;%1&apos; extends itself through %2</source>
        <translation>&apos;%1&apos; erweitert sich selbst über %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="131"/>
        <source>templates extend each other more than %1 levels deep</source>
        <translation>Vorlagen erweitern einander über mehr als %1 Ebenen</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="136"/>
        <source>the base template &apos;%1&apos; (version %2 or a later compatible one) was not found; put it next to this file or in one of: %3</source>
        <translation>die Basisvorlage &apos;%1&apos; (Version %2 oder eine spätere kompatible) wurde nicht gefunden; legen Sie sie neben diese Datei oder in eines dieser Verzeichnisse: %3</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="143"/>
        <source>cannot read the base template %1: %2</source>
        <translation>die Basisvorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateLoader.cpp" line="150"/>
        <source>the base template &apos;%1&apos; has errors (listed above)</source>
        <translation>die Basisvorlage &apos;%1&apos; enthält Fehler (oben aufgeführt)</translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="35"/>
        <source>the template</source>
        <translation>die Vorlage</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="41"/>
        <source>this template is written for template language version &apos;%1&apos;; this Metafill reads version %2</source>
        <translation>diese Vorlage ist für Version &apos;%1&apos; der Vorlagensprache geschrieben; diese Metafill-Version liest Version %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="45"/>
        <source>the template must start with &apos;metafill: %1&apos; (the template language version)</source>
        <translation>die Vorlage muss mit &apos;metafill: %1&apos; beginnen (der Version der Vorlagensprache)</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="51"/>
        <source>the id &apos;%1&apos; must be a reverse domain name in lower case, such as org.example.facility.confocal</source>
        <translation>die ID &apos;%1&apos; muss ein umgekehrter Domainname in Kleinbuchstaben sein, etwa org.example.facility.confocal</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="56"/>
        <source>the version &apos;%1&apos; must have the form MAJOR.MINOR.PATCH, such as 1.0.0</source>
        <translation>die Version &apos;%1&apos; muss die Form MAJOR.MINOR.PATCH haben, etwa 1.0.0</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="61"/>
        <source>&apos;extends&apos;</source>
        <translation>&apos;extends&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="69"/>
        <source>&apos;%1&apos; is not a version such as 1 or 1.2 (meaning: that version or a later compatible one)</source>
        <translation>&apos;%1&apos; ist keine Version wie 1 oder 1.2 (bedeutet: diese Version oder eine spätere kompatible)</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="83"/>
        <source>&apos;sections&apos; must be a list</source>
        <translation>&apos;sections&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="85"/>
        <source>a template may have at most %1 sections</source>
        <translation>eine Vorlage darf höchstens %1 Abschnitte haben</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="96"/>
        <source>&apos;changes&apos; must be a list</source>
        <translation>&apos;changes&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="100"/>
        <source>&apos;changes&apos; only makes sense in a template that &apos;extends&apos; another</source>
        <translation>&apos;changes&apos; ist nur in einer Vorlage sinnvoll, die mit &apos;extends&apos; eine andere erweitert</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="102"/>
        <source>a template that extends another adds sections with &apos;add_section&apos; under &apos;changes&apos;, not with &apos;sections&apos;</source>
        <translation>eine Vorlage, die eine andere erweitert, fügt Abschnitte mit &apos;add_section&apos; unter &apos;changes&apos; hinzu, nicht mit &apos;sections&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="104"/>
        <source>the template has no &apos;sections&apos;</source>
        <translation>die Vorlage hat keine &apos;sections&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="108"/>
        <source>&apos;presets&apos; must be a list</source>
        <translation>&apos;presets&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="110"/>
        <source>a template may have at most %1 presets</source>
        <translation>eine Vorlage darf höchstens %1 Voreinstellungen haben</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="128"/>
        <source>&apos;omero&apos;</source>
        <translation>&apos;omero&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="139"/>
        <source>&apos;level&apos; must be image or dataset</source>
        <translation>&apos;level&apos; muss image oder dataset sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="147"/>
        <source>the term suffixes must be two different, non-empty texts</source>
        <translation>die Begriffssuffixe müssen zwei verschiedene, nicht leere Texte sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="153"/>
        <source>a section</source>
        <translation>ein Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="161"/>
        <location filename="../app/core/template/TemplateParser.cpp" line="220"/>
        <location filename="../app/core/template/TemplateParser.cpp" line="445"/>
        <source>the key &apos;%1&apos; must be lower case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>der Schlüssel &apos;%1&apos; darf nur aus Kleinbuchstaben, Ziffern und &apos;_&apos; bestehen und muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="173"/>
        <source>&apos;repeat&apos; must be true, false or the largest number of instances (1 to %1)</source>
        <translation>&apos;repeat&apos; muss true, false oder die Höchstzahl der Instanzen sein (1 bis %1)</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="178"/>
        <source>a section &apos;per_channel&apos; repeats once per channel; leave out &apos;repeat&apos;</source>
        <translation>ein Abschnitt mit &apos;per_channel&apos; wiederholt sich einmal pro Kanal; lassen Sie &apos;repeat&apos; weg</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="187"/>
        <source>&apos;instance_key&apos; must contain {key} and {index} (from 0) or {number} (from 1), e.g. &quot;Channel {index} - {key}&quot;</source>
        <translation>&apos;instance_key&apos; muss {key} und {index} (ab 0) oder {number} (ab 1) enthalten, z. B. &quot;Channel {index} - {key}&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="189"/>
        <source>&apos;instance_key&apos; only applies to sections that repeat</source>
        <translation>&apos;instance_key&apos; gilt nur für Abschnitte, die sich wiederholen</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="194"/>
        <source>section &apos;%1&apos; needs a list of &apos;fields&apos;</source>
        <translation>Abschnitt &apos;%1&apos; benötigt eine Liste &apos;fields&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="196"/>
        <source>a section may have at most %1 fields</source>
        <translation>ein Abschnitt darf höchstens %1 Felder haben</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="213"/>
        <source>a field</source>
        <translation>ein Feld</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="213"/>
        <source>field &apos;%1&apos;</source>
        <translation>Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="228"/>
        <source>unknown field type &apos;%1&apos;; use one of: %2</source>
        <translation>unbekannter Feldtyp &apos;%1&apos;; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="239"/>
        <source>&apos;requirement&apos; must be required, recommended or optional, not &apos;%1&apos;</source>
        <translation>&apos;requirement&apos; muss required, recommended oder optional sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="264"/>
        <source>&apos;%1&apos; only applies to %2 fields</source>
        <translation>&apos;%1&apos; gilt nur für Felder vom Typ %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="272"/>
        <source>&apos;min&apos; is larger than &apos;max&apos;</source>
        <translation>&apos;min&apos; ist größer als &apos;max&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="286"/>
        <source>the pattern &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>das Muster &apos;%1&apos; ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="296"/>
        <source>a quantity field needs a &apos;unit&apos;, such as µm</source>
        <translation>ein Feld vom Typ quantity benötigt eine &apos;unit&apos;, etwa µm</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="298"/>
        <location filename="../app/core/template/TemplateParser.cpp" line="303"/>
        <location filename="../app/core/template/TemplateParser.cpp" line="404"/>
        <source>&apos;%1&apos; is not a unit Metafill knows</source>
        <translation>&apos;%1&apos; ist keine Einheit, die Metafill kennt</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="305"/>
        <source>&apos;%1&apos; measures something else than &apos;%2&apos;</source>
        <translation>&apos;%1&apos; misst etwas anderes als &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="312"/>
        <source>the unit &apos;%1&apos; is not among the allowed &apos;units&apos;</source>
        <translation>die Einheit &apos;%1&apos; gehört nicht zu den erlaubten &apos;units&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="319"/>
        <source>a choice field needs a list of &apos;choices&apos;</source>
        <translation>ein Feld vom Typ choice benötigt eine Liste &apos;choices&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="331"/>
        <source>&apos;%1&apos; is not an ontology id as OLS writes it, such as fbbi or ncbitaxon</source>
        <translation>&apos;%1&apos; ist keine Ontologie-ID in der Schreibweise von OLS, etwa fbbi oder ncbitaxon</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="335"/>
        <source>the root &apos;%1&apos; must be a CURIE such as FBbi:00000243</source>
        <translation>die Wurzel &apos;%1&apos; muss ein CURIE sein, etwa FBbi:00000243</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="343"/>
        <source>&apos;choices&apos; must be a list</source>
        <translation>&apos;choices&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="347"/>
        <source>a field may have at most %1 choices</source>
        <translation>ein Feld darf höchstens %1 Auswahlwerte haben</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="356"/>
        <source>a choice</source>
        <translation>ein Auswahlwert</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="364"/>
        <source>a choice value must not be empty or start or end with blanks</source>
        <translation>ein Auswahlwert darf nicht leer sein und nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="368"/>
        <source>the choice &apos;%1&apos; is listed twice</source>
        <translation>der Auswahlwert &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="381"/>
        <source>&apos;autofill&apos; must be a list of rules</source>
        <translation>&apos;autofill&apos; muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="385"/>
        <source>a field may have at most %1 auto-fill rules</source>
        <translation>ein Feld darf höchstens %1 Regeln zum automatischen Ausfüllen haben</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="389"/>
        <source>an auto-fill rule</source>
        <translation>eine Regel zum automatischen Ausfüllen</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="397"/>
        <source>an auto-fill rule needs exactly one of &apos;xpath&apos; (a query over the image&apos;s OME-XML) or &apos;original&apos; (a key of the vendor&apos;s metadata)</source>
        <translation>eine Regel zum automatischen Ausfüllen benötigt genau eines von &apos;xpath&apos; (eine Abfrage über das OME-XML des Bildes) oder &apos;original&apos; (ein Schlüssel der Herstellermetadaten)</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="408"/>
        <source>&apos;map&apos; must be a mapping of header value to field value</source>
        <translation>&apos;map&apos; muss eine Zuordnung von Werten aus dem Dateikopf zu Feldwerten sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="412"/>
        <source>each entry of &apos;map&apos; must map to a single value</source>
        <translation>jeder Eintrag von &apos;map&apos; muss auf einen einzelnen Wert abbilden</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="428"/>
        <source>&apos;policy&apos; must be fill_empty, suggest, overwrite or lock</source>
        <translation>&apos;policy&apos; muss fill_empty, suggest, overwrite oder lock sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="438"/>
        <source>a preset</source>
        <translation>eine Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="450"/>
        <source>&apos;match&apos; must be a list of conditions</source>
        <translation>&apos;match&apos; muss eine Liste von Bedingungen sein</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="453"/>
        <source>a match condition</source>
        <translation>eine &apos;match&apos;-Bedingung</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="460"/>
        <source>a match condition needs exactly one of &apos;xpath&apos; or &apos;original&apos;</source>
        <translation>eine &apos;match&apos;-Bedingung benötigt genau eines von &apos;xpath&apos; oder &apos;original&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="466"/>
        <source>a match condition needs exactly one of &apos;equals&apos; or &apos;contains&apos;</source>
        <translation>eine &apos;match&apos;-Bedingung benötigt genau eines von &apos;equals&apos; oder &apos;contains&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="485"/>
        <source>field &apos;%1&apos; takes one value, not a list</source>
        <translation>Feld &apos;%1&apos; nimmt einen einzelnen Wert auf, keine Liste</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="495"/>
        <source>a value must be written as text, such as &quot;0.65 µm&quot; or &quot;FBbi:00000251&quot;</source>
        <translation>ein Wert muss als Text geschrieben werden, etwa &quot;0.65 µm&quot; oder &quot;FBbi:00000251&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/template/TemplateParser.cpp" line="500"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>TermCommands</name>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="32"/>
        <source>Do not ask the Ontology Lookup Service; answer from the offline index.</source>
        <translation>Den Ontology Lookup Service nicht anfragen; aus dem Offline-Index antworten.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="34"/>
        <source>The Ontology Lookup Service to ask (default %1).</source>
        <translation>Der anzufragende Ontology Lookup Service (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="35"/>
        <location filename="../app/cli/TermCommands.cpp" line="38"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="37"/>
        <source>Proxy for OLS requests, e.g. http://proxy:3128, or &apos;none&apos; (default: the https_proxy environment variable).</source>
        <translation>Proxy für OLS-Anfragen, z. B. http://proxy:3128, oder &apos;none&apos; (Standard: die Umgebungsvariable https_proxy).</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="39"/>
        <source>The offline term index to use instead of the installed one.</source>
        <translation>Der Offline-Begriffsindex, der statt des installierten verwendet werden soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="40"/>
        <location filename="../app/cli/TermCommands.cpp" line="44"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="42"/>
        <source>The store of term packs and terms seen online (default %1).</source>
        <translation>Der Speicher für Begriffspakete und online abgerufene Begriffe (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>TermFileReader</name>
    <message>
        <location filename="../app/ontology/TermFileReader.cpp" line="16"/>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: die Datei kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermFileReader.cpp" line="19"/>
        <location filename="../app/ontology/TermFileReader.cpp" line="31"/>
        <source>%1: the file is larger than %2 MiB, more than any ontology or term pack Metafill takes.</source>
        <translation>%1: die Datei ist größer als %2 MiB, mehr als Metafill für eine Ontologie oder ein Begriffspaket annimmt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermFileReader.cpp" line="24"/>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: die Datei kann nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>TermIndex</name>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="192"/>
        <source>%1: the installed term index is missing. Reinstall Metafill; in a build tree, build the target metafill_term_index (see ontology/README.md).</source>
        <translation>%1: der installierte Begriffsindex fehlt. Installieren Sie Metafill neu; in einem Build-Verzeichnis erstellen Sie das Target metafill_term_index (siehe ontology/README.md).</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="200"/>
        <source>%1: the installed term index cannot be opened (%2). Reinstall Metafill.</source>
        <translation>%1: der installierte Begriffsindex kann nicht geöffnet werden (%2). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="205"/>
        <source>%1: the installed term index is damaged or not a database (%2). Reinstall Metafill.</source>
        <translation>%1: der installierte Begriffsindex ist beschädigt oder keine Datenbank (%2). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="209"/>
        <source>%1: this file is not Metafill&apos;s installed term index.</source>
        <translation>%1: diese Datei ist nicht der installierte Begriffsindex von Metafill.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="212"/>
        <source>%1: the installed term index belongs to another Metafill version. Reinstall Metafill.</source>
        <translation>%1: der installierte Begriffsindex gehört zu einer anderen Metafill-Version. Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="222"/>
        <source>%1: the folder for your term store cannot be created. Check that you may write there.</source>
        <translation>%1: der Ordner für Ihren Begriffsspeicher kann nicht angelegt werden. Prüfen Sie, ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="229"/>
        <source>%1: your term store cannot be opened (%2). Check that you may write to this file and its folder.</source>
        <translation>%1: Ihr Begriffsspeicher kann nicht geöffnet werden (%2). Prüfen Sie, ob Sie Schreibrechte für diese Datei und ihren Ordner haben.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="242"/>
        <location filename="../app/ontology/TermIndex.cpp" line="246"/>
        <source>%1: your term store cannot be created (%2). Check that you may write there.</source>
        <translation>%1: Ihr Begriffsspeicher kann nicht angelegt werden (%2). Prüfen Sie, ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="255"/>
        <source>%1: your term store is damaged (%2). Delete the file to start a new one; the cached terms and imported term packs in it are then lost.</source>
        <translation>%1: Ihr Begriffsspeicher ist beschädigt (%2). Löschen Sie die Datei, um einen neuen anzulegen; die darin zwischengespeicherten Begriffe und importierten Begriffspakete gehen dabei verloren.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="261"/>
        <source>%1: this file is not a Metafill term store. Choose another file for the term store.</source>
        <translation>%1: diese Datei ist kein Metafill-Begriffsspeicher. Wählen Sie eine andere Datei für den Begriffsspeicher.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="264"/>
        <source>%1: your term store was made by a newer Metafill. Update Metafill, or choose another file for the term store.</source>
        <translation>%1: Ihr Begriffsspeicher wurde von einer neueren Metafill-Version angelegt. Aktualisieren Sie Metafill oder wählen Sie eine andere Datei für den Begriffsspeicher.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="268"/>
        <source>%1: your term store was made by an older Metafill. Delete the file to start a new one; import your term packs again afterwards.</source>
        <translation>%1: Ihr Begriffsspeicher wurde von einer älteren Metafill-Version angelegt. Löschen Sie die Datei, um einen neuen anzulegen; importieren Sie Ihre Begriffspakete danach erneut.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="274"/>
        <source>%1: your term store cannot be changed (%2). Check that you may write there.</source>
        <translation>%1: Ihr Begriffsspeicher kann nicht geändert werden (%2). Prüfen Sie, ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="286"/>
        <source>The term index is not open.</source>
        <translation>Der Begriffsindex ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="370"/>
        <source>No term index was given: neither the installed index nor a term store.</source>
        <translation>Es wurde kein Begriffsindex angegeben: weder der installierte Index noch ein Begriffsspeicher.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="408"/>
        <source>The search text is longer than %1 characters. Search for a shorter part of the name.</source>
        <translation>Der Suchtext ist länger als %1 Zeichen. Suchen Sie nach einem kürzeren Teil des Namens.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="462"/>
        <source>Terms cannot be kept for offline use: no term store is open.</source>
        <translation>Begriffe können nicht für die Offline-Nutzung gespeichert werden: kein Begriffsspeicher ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="522"/>
        <source>%1: term packs cannot be imported: no term store is open.</source>
        <translation>%1: Begriffspakete können nicht importiert werden: kein Begriffsspeicher ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="625"/>
        <source>No term store is open, so it holds no term packs.</source>
        <translation>Es ist kein Begriffsspeicher geöffnet, daher gibt es keine Begriffspakete.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndex.cpp" line="641"/>
        <source>There is no term pack &quot;%1&quot;. The list of term packs shows the ids of those imported.</source>
        <translation>Es gibt kein Begriffspaket &quot;%1&quot;. Die Liste der Begriffspakete zeigt die IDs der importierten Pakete.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermSearch.cpp" line="675"/>
        <source>%1: the installed term index cannot be read (%2). Reinstall Metafill.</source>
        <translation>%1: der installierte Begriffsindex kann nicht gelesen werden (%2). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermSearch.cpp" line="676"/>
        <source>%1: your term store cannot be read or changed (%2). If this repeats, delete the file to start a new one; the cached terms and imported term packs in it are then lost.</source>
        <translation>%1: Ihr Begriffsspeicher kann nicht gelesen oder geändert werden (%2). Wenn dies wieder auftritt, löschen Sie die Datei, um einen neuen anzulegen; die darin zwischengespeicherten Begriffe und importierten Begriffspakete gehen dabei verloren.</translation>
    </message>
</context>
<context>
    <name>TermIndexBuilder</name>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="45"/>
        <source>%1: unknown subset rule &quot;%2&quot;; use all, own-prefix or under:CURIE.</source>
        <translation>%1: unbekannte Teilmengenregel &quot;%2&quot;; verwenden Sie all, own-prefix oder under:CURIE.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="53"/>
        <source>%1: the subset root &quot;%2&quot; is not a CURIE.</source>
        <translation>%1: die Wurzel der Teilmenge &quot;%2&quot; ist kein CURIE.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="111"/>
        <source>%1: the list of commonly used terms cannot be opened (%2).</source>
        <translation>%1: die Liste häufig verwendeter Begriffe kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="113"/>
        <source>%1: the list of commonly used terms is larger than 16 MiB.</source>
        <translation>%1: die Liste häufig verwendeter Begriffe ist größer als 16 MiB.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="159"/>
        <source>%1: %2 terms from %3 (version %4)</source>
        <translation>%1: %2 Begriffe aus %3 (Version %4)</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="161"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="185"/>
        <source>%1: the term index cannot be created (%2).</source>
        <translation>%1: der Begriffsindex kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="186"/>
        <source>%1: the term index cannot be written (%2).</source>
        <translation>%1: der Begriffsindex kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="219"/>
        <source>%1: the old term index cannot be replaced.</source>
        <translation>%1: der alte Begriffsindex kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermIndexBuilder.cpp" line="221"/>
        <source>%1: the term index cannot be moved into place.</source>
        <translation>%1: der Begriffsindex kann nicht an seinen Zielort verschoben werden.</translation>
    </message>
</context>
<context>
    <name>TermJsonReader</name>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="100"/>
        <source>%1: the file is larger than %2 MiB, more than any term pack Metafill takes.</source>
        <translation>%1: die Datei ist größer als %2 MiB, mehr als Metafill für ein Begriffspaket annimmt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="115"/>
        <source>%1: the JSON is nested deeper than %2 levels or holds more than %3 values; no term file does.</source>
        <translation>%1: das JSON ist tiefer als %2 Ebenen verschachtelt oder enthält mehr als %3 Werte; das tut keine Begriffsdatei.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="142"/>
        <source>%1: the file holds no term with an id and a label.</source>
        <translation>%1: die Datei enthält keinen Begriff mit ID und Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="174"/>
        <source>%1:%2:%3: the file is not valid JSON (or not UTF-8) here. It may be cut off or damaged; export or download it again.</source>
        <translation>%1:%2:%3: die Datei ist an dieser Stelle kein gültiges JSON (oder nicht UTF-8). Sie ist möglicherweise unvollständig oder beschädigt; exportieren oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="182"/>
        <source>%1: this JSON holds no terms Metafill knows how to read. Metafill reads an OLS term, an OLS page of terms (_embedded.terms), an OLS search or select answer (response.docs), a list of terms, or a map from CURIE to term.</source>
        <translation>%1: dieses JSON enthält keine Begriffe, die Metafill lesen kann. Metafill liest einen OLS-Begriff, eine OLS-Seite mit Begriffen (_embedded.terms), eine OLS-Antwort auf search oder select (response.docs), eine Liste von Begriffen oder eine Zuordnung von CURIE zu Begriff.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="195"/>
        <source>the file holds more than %1 terms; the rest were left out.</source>
        <translation>die Datei enthält mehr als %1 Begriffe; der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="209"/>
        <source>not a term object; left out.</source>
        <translation>kein Begriffsobjekt; ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="323"/>
        <source>not a term object under a CURIE; left out.</source>
        <translation>kein Begriffsobjekt unter einem CURIE; ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="373"/>
        <source>more than %1 synonyms; the rest were left out.</source>
        <translation>mehr als %1 Synonyme; der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="391"/>
        <source>more than %1 parents; the rest were left out.</source>
        <translation>mehr als %1 übergeordnete Begriffe; der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="401"/>
        <source>no IRI or CURIE; left out.</source>
        <translation>keine IRI und kein CURIE; ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="405"/>
        <source>%1 has no label; left out.</source>
        <translation>%1 hat keine Bezeichnung; ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="409"/>
        <source>%1 has a label longer than %2 characters; left out.</source>
        <translation>%1 hat eine Bezeichnung mit mehr als %2 Zeichen; ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="415"/>
        <source>the definition of %1 was cut at %2 characters.</source>
        <translation>die Definition von %1 wurde auf %2 Zeichen gekürzt.</translation>
    </message>
    <message>
        <location filename="../app/ontology/TermJsonReader.cpp" line="455"/>
        <source>%1: the file could not be read: it is too large for the memory available.</source>
        <translation>%1: die Datei konnte nicht gelesen werden: sie ist zu groß für den verfügbaren Speicher.</translation>
    </message>
</context>
<context>
    <name>TermService</name>
    <message>
        <location filename="../app/ontology/TermService.cpp" line="31"/>
        <source>the offline term index %1 is missing; offline search covers only term packs and terms seen online</source>
        <translation>der Offline-Begriffsindex %1 fehlt; die Offline-Suche umfasst nur Begriffspakete und online abgerufene Begriffe</translation>
    </message>
</context>
<context>
    <name>TermWarnings</name>
    <message numerus="yes">
        <location filename="../app/ontology/TermFileReader.cpp" line="62"/>
        <source>… and %n more warning(s) like these.</source>
        <translation>
            <numerusform>… und %n weitere Warnung dieser Art.</numerusform>
            <numerusform>… und %n weitere Warnungen dieser Art.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsInfoCommand</name>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="444"/>
        <source>Show the offline term index: ontologies with their versions and licences, term packs, and the cache of terms seen online.</source>
        <translation>Den Offline-Begriffsindex anzeigen: Ontologien mit ihren Versionen und Lizenzen, Begriffspakete und den Zwischenspeicher online abgerufener Begriffe.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="461"/>
        <source>installed index: %1 (%2 terms, %3 MB, built %4)</source>
        <translation>installierter Index: %1 (%2 Begriffe, %3 MB, erstellt %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="467"/>
        <source>user store: %1 (%2 of at most %3 terms seen online)</source>
        <translation>Benutzerspeicher: %1 (%2 von höchstens %3 online abgerufenen Begriffen)</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="474"/>
        <source>%1 installed, %2 in packs, %3 cached</source>
        <translation>%1 installiert, %2 in Paketen, %3 zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="480"/>
        <source>term pack %1: %2, %3 terms, imported %4 from %5</source>
        <translation>Begriffspaket %1: %2, %3 Begriffe, importiert am %4 aus %5</translation>
    </message>
</context>
<context>
    <name>TermsPackCommand</name>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="396"/>
        <source>Import an OBO or OLS-JSON file as a term pack, so its terms are found offline; --remove ID takes a pack out again.</source>
        <translation>Eine OBO- oder OLS-JSON-Datei als Begriffspaket importieren, damit ihre Begriffe offline gefunden werden; --remove ID entfernt ein Paket wieder.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="403"/>
        <source>Remove the term pack with this id instead.</source>
        <translation>Stattdessen das Begriffspaket mit dieser ID entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="403"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="404"/>
        <source>An OBO file or a JSON file of terms as OLS returns them.</source>
        <translation>Eine OBO-Datei oder eine JSON-Datei mit Begriffen, wie OLS sie liefert.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="405"/>
        <source>FILE | --remove ID</source>
        <translation>FILE | --remove ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="409"/>
        <source>metafill-cli terms import: name one file to import, or --remove ID</source>
        <translation>metafill-cli terms import: geben Sie eine zu importierende Datei an oder --remove ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="420"/>
        <source>removed term pack %1</source>
        <translation>Begriffspaket %1 entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="431"/>
        <source>term pack %1 (%2%3): %4 terms; %5 added, %6 updated, %7 unchanged, %8 removed</source>
        <translation>Begriffspaket %1 (%2%3): %4 Begriffe; %5 hinzugefügt, %6 aktualisiert, %7 unverändert, %8 entfernt</translation>
    </message>
</context>
<context>
    <name>TermsResolveCommand</name>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="268"/>
        <source>Resolve the free-text terms of a record (typed offline) to ontology terms; asks which one is meant when several fit.</source>
        <translation>Die Freitext-Begriffe eines Datensatzes (offline eingegeben) in Ontologie-Begriffe auflösen; fragt nach, welcher gemeint ist, wenn mehrere passen.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="277"/>
        <source>The record&apos;s template (default: the one the record names).</source>
        <translation>Die Vorlage des Datensatzes (Standard: die im Datensatz genannte).</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="277"/>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="278"/>
        <source>Write the resolved record here instead of replacing RECORD.</source>
        <translation>Den aufgelösten Datensatz hierhin schreiben, statt RECORD zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="278"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="279"/>
        <source>Only show what would be resolved; write nothing.</source>
        <translation>Nur anzeigen, was aufgelöst würde; nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="281"/>
        <source>A Metafill record file (.metafill.json).</source>
        <translation>Eine Metafill-Datensatzdatei (.metafill.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="282"/>
        <source>RECORD [--template NAME] [-o FILE] [--offline]</source>
        <translation>RECORD [--template NAME] [-o FILE] [--offline]</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="285"/>
        <source>metafill-cli terms resolve: name one record file</source>
        <translation>metafill-cli terms resolve: geben Sie eine Datensatzdatei an</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="346"/>
        <source>%1: &apos;%2&apos; could be:</source>
        <translation>%1: &apos;%2&apos; könnte Folgendes sein:</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="354"/>
        <source>Number of the term, or Enter to leave it unresolved: </source>
        <translation>Nummer des Begriffs oder Eingabetaste, um ihn nicht aufzulösen: </translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="362"/>
        <source>%1: &apos;%2&apos; → %3 (%4)</source>
        <translation>%1: &apos;%2&apos; → %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="369"/>
        <source>%1: &apos;%2&apos;: no term found; left unresolved</source>
        <translation>%1: &apos;%2&apos;: kein Begriff gefunden; nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="374"/>
        <source>%1: &apos;%2&apos; is ambiguous; left unresolved. Candidates: %3</source>
        <translation>%1: &apos;%2&apos; ist mehrdeutig; nicht aufgelöst. Kandidaten: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TermCommands.cpp" line="383"/>
        <source>%n term(s) resolved</source>
        <translation>
            <numerusform>%n Begriff aufgelöst</numerusform>
            <numerusform>%n Begriffe aufgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TermCommands.cpp" line="383"/>
        <source>%n left unresolved</source>
        <translation>
            <numerusform>%n nicht aufgelöst</numerusform>
            <numerusform>%n nicht aufgelöst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsSearchCommand</name>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="100"/>
        <source>no terms found for &apos;%1&apos;</source>
        <translation>keine Begriffe gefunden für &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="108"/>
        <source>synonym: %1</source>
        <translation>Synonym: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="110"/>
        <source>[obsolete]</source>
        <translation>[veraltet]</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="146"/>
        <source>%1 — answering from the offline index</source>
        <translation>%1 — Antwort aus dem Offline-Index</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="153"/>
        <source>Search ontology terms by words, prefix or id (CURIE, IRI): from the Ontology Lookup Service, or from the offline index when OLS cannot be reached or --offline is given.</source>
        <translation>Ontologie-Begriffe nach Wörtern, Präfix oder ID (CURIE, IRI) suchen: im Ontology Lookup Service oder im Offline-Index, wenn OLS nicht erreichbar ist oder --offline angegeben wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="162"/>
        <source>Only terms of this ontology (OLS id such as fbbi, ncbitaxon); may be repeated.</source>
        <translation>Nur Begriffe dieser Ontologie (OLS-ID wie fbbi, ncbitaxon); kann wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="162"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="163"/>
        <source>Only terms in this branch: the term itself or below it (is_a, part_of); may be repeated.</source>
        <translation>Nur Begriffe in diesem Zweig: der Begriff selbst oder die darunter (is_a, part_of); kann wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="163"/>
        <source>CURIE</source>
        <translation>CURIE</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="164"/>
        <source>At most this many terms per query (default 10, at most %1).</source>
        <translation>Höchstens so viele Begriffe pro Suchanfrage (Standard 10, höchstens %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="164"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="165"/>
        <source>Include obsolete terms (listed last).</source>
        <translation>Veraltete Begriffe einbeziehen (zuletzt aufgeführt).</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="166"/>
        <source>One JSON object per query and line: query, source, warning and hits with label, curie, iri, ontology, synonyms, definition, obsolete and source.</source>
        <translation>Ein JSON-Objekt pro Suchanfrage und Zeile: query, source, warning und hits mit label, curie, iri, ontology, synonyms, definition, obsolete und source.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="168"/>
        <source>Read one query per line from standard input; implies --json.</source>
        <translation>Eine Suchanfrage pro Zeile von der Standardeingabe lesen; impliziert --json.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="170"/>
        <source>Words, a prefix, a CURIE or an IRI.</source>
        <translation>Wörter, ein Präfix, ein CURIE oder eine IRI.</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="171"/>
        <source>QUERY... [--ontology ID]... [--under CURIE]... [--offline] [--json] [--stdin]</source>
        <translation>QUERY... [--ontology ID]... [--under CURIE]... [--offline] [--json] [--stdin]</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="184"/>
        <source>metafill-cli terms search: --limit must be a number from 1 to %1</source>
        <translation>metafill-cli terms search: --limit muss eine Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="194"/>
        <source>metafill-cli terms search: give queries either as arguments or with --stdin</source>
        <translation>metafill-cli terms search: geben Sie Suchanfragen entweder als Argumente oder mit --stdin an</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="198"/>
        <source>metafill-cli terms search: standard input cannot be read here</source>
        <translation>metafill-cli terms search: die Standardeingabe kann hier nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="207"/>
        <source>line %1: a query of more than %2 characters is skipped</source>
        <translation>Zeile %1: eine Suchanfrage mit mehr als %2 Zeichen wird übersprungen</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="211"/>
        <source>more than %1 queries on standard input; split them into several runs</source>
        <translation>mehr als %1 Suchanfragen auf der Standardeingabe; verteilen Sie sie auf mehrere Aufrufe</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="219"/>
        <source>metafill-cli terms search: give a query, or --stdin</source>
        <translation>metafill-cli terms search: geben Sie eine Suchanfrage an oder --stdin</translation>
    </message>
    <message>
        <location filename="../app/cli/TermCommands.cpp" line="223"/>
        <source>metafill-cli terms search: the query is longer than %1 characters</source>
        <translation>metafill-cli terms search: die Suchanfrage ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>TiffDirectory</name>
    <message>
        <location filename="../app/readers/tiff/TiffDirectory.cpp" line="54"/>
        <source>%1: not a TIFF file.</source>
        <translation>%1: keine TIFF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/readers/tiff/TiffDirectory.cpp" line="65"/>
        <source>%1: the BigTIFF header is damaged.</source>
        <translation>%1: der BigTIFF-Dateikopf ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/tiff/TiffDirectory.cpp" line="70"/>
        <source>%1: the TIFF header points to a directory outside the file.</source>
        <translation>%1: der TIFF-Dateikopf verweist auf ein Verzeichnis außerhalb der Datei.</translation>
    </message>
    <message>
        <location filename="../app/readers/tiff/TiffDirectory.cpp" line="80"/>
        <source>%1: a TIFF directory lies outside the file.</source>
        <translation>%1: ein TIFF-Verzeichnis liegt außerhalb der Datei.</translation>
    </message>
    <message>
        <location filename="../app/readers/tiff/TiffDirectory.cpp" line="89"/>
        <source>%1: a TIFF directory claims %2 entries; the file is damaged.</source>
        <translation>%1: ein TIFF-Verzeichnis gibt %2 Einträge an; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/readers/tiff/TiffDirectory.cpp" line="119"/>
        <source>%1: a TIFF directory is cut short.</source>
        <translation>%1: ein TIFF-Verzeichnis ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../app/readers/tiff/TiffDirectory.cpp" line="147"/>
        <source>%1: TIFF tag %2 has an unknown type or an impossible size.</source>
        <translation>%1: TIFF-Tag %2 hat einen unbekannten Typ oder eine unmögliche Größe.</translation>
    </message>
    <message>
        <location filename="../app/readers/tiff/TiffDirectory.cpp" line="150"/>
        <source>%1: TIFF tag %2 holds %3 bytes, more than the %4 bytes Metafill reads for it.</source>
        <translation>%1: TIFF-Tag %2 enthält %3 Byte, mehr als die %4 Byte, die Metafill dafür liest.</translation>
    </message>
</context>
<context>
    <name>TiffReader</name>
    <message>
        <location filename="../app/readers/formats/TiffReader.cpp" line="49"/>
        <source>%1: the TIFF header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der TIFF-Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/TiffReader.cpp" line="51"/>
        <source>%1: the TIFF header could not be read: %2</source>
        <translation>%1: der TIFF-Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="56"/>
        <source>%1: completeness %2% (required %3/%4, recommended %5/%6)%7</source>
        <translation>%1: Vollständigkeit %2 % (erforderlich %3/%4, empfohlen %5/%6)%7</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="63"/>
        <source>, valid</source>
        <translation>, gültig</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="64"/>
        <source>, INVALID</source>
        <translation>, UNGÜLTIG</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="314"/>
        <source>Check records against a template: every problem per field, and how complete each record is. Exits with 1 if a record has errors.</source>
        <translation>Datensätze gegen eine Vorlage prüfen: jedes Problem pro Feld und wie vollständig jeder Datensatz ist. Endet mit 1, wenn ein Datensatz Fehler enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="321"/>
        <source>The template (file or id).</source>
        <translation>Die Vorlage (Datei oder ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="321"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="322"/>
        <source>Record files.</source>
        <translation>Datensatzdateien.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="323"/>
        <source>--template FILE RECORD...</source>
        <translation>--template FILE RECORD...</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="326"/>
        <source>metafill-cli validate: name at least one record file</source>
        <translation>metafill-cli validate: geben Sie mindestens eine Datensatzdatei an</translation>
    </message>
</context>
<context>
    <name>ValueChecker</name>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="36"/>
        <source>%1 is below the minimum of %2%3</source>
        <translation>%1 liegt unter dem Minimum von %2%3</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="38"/>
        <source>%1 is above the maximum of %2%3</source>
        <translation>%1 liegt über dem Maximum von %2%3</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="42"/>
        <source>the unit &apos;%1&apos; is not allowed here; use one of: %2</source>
        <translation>die Einheit &apos;%1&apos; ist hier nicht erlaubt; verwenden Sie eine von: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/record/ValueChecker.cpp" line="47"/>
        <source>the text is shorter than %n characters</source>
        <translation>
            <numerusform>der Text ist kürzer als %n Zeichen</numerusform>
            <numerusform>der Text ist kürzer als %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/record/ValueChecker.cpp" line="49"/>
        <source>the text is longer than %n characters</source>
        <translation>
            <numerusform>der Text ist länger als %n Zeichen</numerusform>
            <numerusform>der Text ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="51"/>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>&apos;%1&apos; gehört nicht zu den Auswahlwerten</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="57"/>
        <source>&apos;%1&apos; does not have the required form (%2)</source>
        <translation>&apos;%1&apos; hat nicht die geforderte Form (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="62"/>
        <source>&apos;%1&apos; is free text, but this field needs an ontology term</source>
        <translation>&apos;%1&apos; ist Freitext, aber dieses Feld erfordert einen Ontologie-Begriff</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueChecker.cpp" line="65"/>
        <source>the term %1 comes from the ontology &apos;%2&apos;; this field takes terms from: %3</source>
        <translation>der Begriff %1 stammt aus der Ontologie &apos;%2&apos;; dieses Feld nimmt Begriffe auf aus: %3</translation>
    </message>
</context>
<context>
    <name>ValueJson</name>
    <message>
        <location filename="../app/core/record/ValueJson.cpp" line="83"/>
        <source>the quantity has no known unit</source>
        <translation>die Größe hat keine bekannte Einheit</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueJson.cpp" line="88"/>
        <source>the unit &apos;%1&apos; is not allowed here</source>
        <translation>die Einheit &apos;%1&apos; ist hier nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueJson.cpp" line="109"/>
        <source>the term has neither a label nor an identifier</source>
        <translation>der Begriff hat weder eine Bezeichnung noch eine Kennung</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueJson.cpp" line="118"/>
        <source>a %1 value cannot be read from %2</source>
        <translation>ein Wert vom Typ %1 kann nicht aus %2 gelesen werden</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="67"/>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="72"/>
        <source>this field takes a single line; use a multi-line field for longer text</source>
        <translation>dieses Feld nimmt nur eine Zeile auf; verwenden Sie für längeren Text ein mehrzeiliges Feld</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="85"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="92"/>
        <source>&apos;%1&apos; uses a decimal comma; write numbers with a point, e.g. %2</source>
        <translation>&apos;%1&apos; verwendet ein Dezimalkomma; schreiben Sie Zahlen mit Punkt, z. B. %2</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="94"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="98"/>
        <location filename="../app/core/record/ValueText.cpp" line="107"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; ist zu groß</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="105"/>
        <source>&apos;%1&apos; uses a decimal comma; write numbers with a point</source>
        <translation>&apos;%1&apos; verwendet ein Dezimalkomma; schreiben Sie Zahlen mit Punkt</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="108"/>
        <source>&apos;%1&apos; is not a number with a unit, such as &apos;0.65 µm&apos;</source>
        <translation>&apos;%1&apos; ist keine Zahl mit Einheit wie &apos;0.65 µm&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="115"/>
        <source>&apos;%1&apos; has no unit; add one of: %2</source>
        <translation>&apos;%1&apos; hat keine Einheit; ergänzen Sie eine von: %2</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="116"/>
        <source>&apos;%1&apos; is not a known unit</source>
        <translation>&apos;%1&apos; ist keine bekannte Einheit</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="119"/>
        <source>the unit &apos;%1&apos; is not allowed here; use one of: %2</source>
        <translation>die Einheit &apos;%1&apos; ist hier nicht erlaubt; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="136"/>
        <source>&apos;%1&apos; is not one of the choices: %2</source>
        <translation>&apos;%1&apos; gehört nicht zu den Auswahlwerten: %2</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="144"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; ist weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="149"/>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; ist kein Datum in der Form YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="158"/>
        <source>&apos;%1&apos; is not a date and time in the form YYYY-MM-DDTHH:MM[:SS][±HH:MM]</source>
        <translation>&apos;%1&apos; ist kein Datum mit Uhrzeit in der Form YYYY-MM-DDTHH:MM[:SS][±HH:MM]</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="179"/>
        <source>&apos;%1&apos; is not an ontology term; give its CURIE (such as FBbi:00000251) or IRI</source>
        <translation>&apos;%1&apos; ist kein Ontologie-Begriff; geben Sie seinen CURIE (etwa FBbi:00000251) oder seine IRI an</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="190"/>
        <source>&apos;%1&apos; is not a web address starting with https://</source>
        <translation>&apos;%1&apos; ist keine Webadresse, die mit https:// beginnt</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="196"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="203"/>
        <source>&apos;%1&apos; is not an ORCID iD such as 0000-0002-1825-0097</source>
        <translation>&apos;%1&apos; ist keine ORCID iD wie 0000-0002-1825-0097</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="206"/>
        <source>&apos;%1&apos; is not a valid ORCID iD (its check digit is wrong; look for a typing error)</source>
        <translation>&apos;%1&apos; ist keine gültige ORCID iD (die Prüfziffer stimmt nicht; suchen Sie nach einem Tippfehler)</translation>
    </message>
    <message>
        <location filename="../app/core/record/ValueText.cpp" line="210"/>
        <source>unsupported field type</source>
        <translation>nicht unterstützter Feldtyp</translation>
    </message>
</context>
<context>
    <name>YamlMapping</name>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="39"/>
        <source>%1 must be a mapping of &apos;key: value&apos; lines, not %2</source>
        <translation>%1 muss eine Zuordnung aus Zeilen der Form &apos;key: value&apos; sein, ist aber %2</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="77"/>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="100"/>
        <source>%1 needs &apos;%2&apos;</source>
        <translation>%1 benötigt &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="81"/>
        <source>&apos;%1&apos; must be a single value, not %2</source>
        <translation>&apos;%1&apos; muss ein einzelner Wert sein, ist aber %2</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="113"/>
        <source>&apos;%1&apos; must be a number written with a point, such as 1.5</source>
        <translation>&apos;%1&apos; muss eine Zahl mit Dezimalpunkt sein, etwa 1.5</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="124"/>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="137"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="150"/>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="155"/>
        <source>the entries of &apos;%1&apos; must be single values</source>
        <translation>die Einträge von &apos;%1&apos; müssen einzelne Werte sein</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="181"/>
        <source>unknown property &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>%2 hat keine Eigenschaft &apos;%1&apos;; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="185"/>
        <source>unknown property &apos;%1&apos; in %2; known properties are: %3</source>
        <translation>%2 hat keine Eigenschaft &apos;%1&apos;; bekannte Eigenschaften sind: %3</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="201"/>
        <source>a text must be written as a single value or as &apos;en: …, de: …&apos;, not %1</source>
        <translation>ein Text muss ein einzelner Wert sein oder die Form &apos;en: …, de: …&apos; haben, ist aber %1</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="208"/>
        <source>&apos;%1&apos; is not a language code such as en or de</source>
        <translation>&apos;%1&apos; ist kein Sprachcode wie en oder de</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlMapping.cpp" line="212"/>
        <source>the %1 text must be a single value</source>
        <translation>der %1-Text muss ein einzelner Wert sein</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <location filename="../app/core/yaml/YamlNode.cpp" line="26"/>
        <source>nothing</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlNode.cpp" line="28"/>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlNode.cpp" line="30"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlNode.cpp" line="32"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="39"/>
        <source>the file holds more than one YAML document; keep one per file</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument; verwenden Sie eines pro Datei</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="53"/>
        <source>this alias refers to an anchor that is not complete yet (a node cannot contain itself)</source>
        <translation>dieser Alias verweist auf einen Anker, der noch nicht vollständig ist (ein Knoten kann sich nicht selbst enthalten)</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="61"/>
        <source>a single value is longer than %1 bytes</source>
        <translation>ein einzelner Wert ist länger als %1 Byte</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="105"/>
        <source>the document expands to more than %1 values (through aliases or sheer size); this is far more than any template needs</source>
        <translation>das Dokument ergibt mehr als %1 Werte (durch Aliase oder schiere Größe); das ist weit mehr, als eine Vorlage je braucht</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="114"/>
        <location filename="../app/core/yaml/YamlReader.cpp" line="210"/>
        <source>values are nested more than %1 levels deep</source>
        <translation>Werte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="154"/>
        <source>a mapping key must be a plain word, not %1</source>
        <translation>ein Schlüssel in einer Zuordnung muss ein einfaches Wort sein, ist aber %1</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="159"/>
        <source>the key &apos;%1&apos; appears twice in the same mapping (first on line %2); remove or rename one of them</source>
        <translation>der Schlüssel &apos;%1&apos; kommt in derselben Zuordnung zweimal vor (zuerst in Zeile %2); entfernen Sie einen davon oder benennen Sie ihn um</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="191"/>
        <source>the file is larger than %1 bytes; templates are far smaller, so this is refused</source>
        <translation>die Datei ist größer als %1 Byte; Vorlagen sind weit kleiner, daher wird sie abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="195"/>
        <source>the file contains NUL bytes; it is not a text file (or it is UTF-16; save it as UTF-8)</source>
        <translation>die Datei enthält NUL-Bytes; sie ist keine Textdatei (oder sie ist in UTF-16 kodiert; speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="197"/>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="212"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="215"/>
        <source>the YAML parser failed: %1</source>
        <translation>der YAML-Parser ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/yaml/YamlReader.cpp" line="218"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>ZarrStore</name>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="117"/>
        <source>%1: the Zarr folder %2 does not exist or cannot be opened.</source>
        <translation>%1: der Zarr-Ordner %2 existiert nicht oder kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="159"/>
        <source>%1: the metadata is nested more than %2 levels deep; the file is damaged or not Zarr metadata.</source>
        <translation>%1: die Metadaten sind mehr als %2 Ebenen tief verschachtelt; die Datei ist beschädigt oder enthält keine Zarr-Metadaten.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="173"/>
        <source>%1: the metadata file is not valid JSON; the Zarr folder is damaged or was not fully copied.</source>
        <translation>%1: die Metadatendatei ist kein gültiges JSON; der Zarr-Ordner ist beschädigt oder wurde nicht vollständig kopiert.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="184"/>
        <source>%1: %2 is a link to a file that does not exist.</source>
        <translation>%1: %2 ist eine Verknüpfung zu einer Datei, die nicht existiert.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="191"/>
        <source>%1: %2 leads outside the image folder (to %3); Metafill does not follow links out of an image folder.</source>
        <translation>%1: %2 führt aus dem Bildordner hinaus (nach %3); Metafill folgt keinen Verknüpfungen aus einem Bildordner hinaus.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="195"/>
        <source>%1: %2 should be a metadata file but is not a regular file.</source>
        <translation>%1: %2 sollte eine Metadatendatei sein, ist aber keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="204"/>
        <source>%1: the metadata file %2 has %3 MiB, more than the %4 MiB Metafill reads; the file is damaged or not metadata.</source>
        <translation>%1: die Metadatendatei %2 ist %3 MiB groß, mehr als die %4 MiB, die Metafill liest; die Datei ist beschädigt oder enthält keine Metadaten.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="209"/>
        <source>%1: the folder&apos;s metadata files add up to more than %2 MiB; Metafill stops reading here.</source>
        <translation>%1: die Metadatendateien des Ordners ergeben zusammen mehr als %2 MiB; Metafill liest hier nicht weiter.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="256"/>
        <source>%1: the metadata names the path &quot;%2&quot;, which is not a plain path inside the folder.</source>
        <translation>%1: die Metadaten nennen den Pfad &quot;%2&quot;, der kein einfacher Pfad innerhalb des Ordners ist.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="265"/>
        <source>%1: %2 is not a Zarr metadata object.</source>
        <translation>%1: %2 ist kein Zarr-Metadatenobjekt.</translation>
    </message>
    <message>
        <location filename="../app/readers/formats/ZarrStore.cpp" line="290"/>
        <source>%1: %2 is not a Zarr array description.</source>
        <translation>%1: %2 ist keine Zarr-Array-Beschreibung.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_gui.cpp" line="24"/>
        <source>Describe microscopy images with metadata templates.</source>
        <translation>Mikroskopiebilder mit Metadatenvorlagen beschreiben.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="27"/>
        <source>Open this template (file or id).</source>
        <translation>Diese Vorlage öffnen (Datei oder ID).</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="28"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>metafill::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="28"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="30"/>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="32"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="41"/>
        <source>Metafill</source>
        <translation>Metafill</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="54"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="54"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="54"/>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="54"/>
        <source>OMERO key</source>
        <translation>OMERO-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="65"/>
        <source>&amp;Open Template…</source>
        <translation>Vorlage ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="87"/>
        <source>one per channel</source>
        <translation>einmal pro Kanal</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="89"/>
        <source>repeatable</source>
        <translation>wiederholbar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="91"/>
        <source>optional section</source>
        <translation>optionaler Abschnitt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="104"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — version %2, %n field(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — Version %2, %n Feld</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — Version %2, %n Felder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="105"/>
        <source>%1 — Metafill</source>
        <translation>%1 — Metafill</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="111"/>
        <source>Open Template</source>
        <translation>Vorlage öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="111"/>
        <source>Metafill templates (*.yaml *.yml)</source>
        <translation>Metafill-Vorlagen (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>This template has errors</source>
        <translation>Diese Vorlage enthält Fehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="119"/>
        <source>%n problem(s) in %1</source>
        <translation>
            <numerusform>%n Problem in %1</numerusform>
            <numerusform>%n Probleme in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Unit: %1 (allowed: %2)</source>
        <translation>Einheit: %1 (erlaubt: %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>Ontologies: %1</source>
        <translation>Ontologien: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="146"/>
        <source>Choices: %1</source>
        <translation>Auswahlwerte: %1</translation>
    </message>
</context>
</TS>
