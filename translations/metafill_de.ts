<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutofillEngine</name>
    <message>
        <source>the XPath &apos;%1&apos; is not valid XPath 1.0: %2 (at character %3)</source>
        <translation>der XPath-Ausdruck &apos;%1&apos; ist kein gültiger XPath-1.0-Ausdruck: %2 (bei Zeichen %3)</translation>
    </message>
    <message>
        <source>%1: the header says &apos;%2&apos;, which the field cannot take: %3</source>
        <translation>%1: der Dateikopf gibt &apos;%2&apos; an, was das Feld nicht aufnehmen kann: %3</translation>
    </message>
    <message>
        <source>the XPath &apos;%1&apos; nests %2 searches of the whole document, each inside a condition of the one before (//…[…//…[…//…]]); each multiplies the work by the size of the header, so such a query can run for hours. Nest at most %3.</source>
        <translation>der XPath-Ausdruck &apos;%1&apos; verschachtelt %2 Suchen über das ganze Dokument, jede in einer Bedingung der vorigen (//…[…//…[…//…]]); jede vervielfacht den Aufwand mit der Größe des Dateikopfs, sodass eine solche Abfrage stundenlang laufen kann. Verschachteln Sie höchstens %3.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>built with %1</source>
        <translation>erstellt mit %1</translation>
    </message>
    <message>
        <source>at build time</source>
        <translation>Stand beim Erstellen</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>Commit: %1</translation>
    </message>
</context>
<context>
    <name>ByteSource</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: die Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: this is not a regular file.</source>
        <translation>%1: dies ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1: the header points to bytes %2 to %3, but the file has only %4 bytes; it is damaged or cut short.</source>
        <translation>%1: der Dateikopf verweist auf die Bytes %2 bis %3, die Datei hat aber nur %4 Byte; sie ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>%1: the header asks for %2 MiB of metadata, more than the limit of %3 MiB; the file is damaged or not supported.</source>
        <translation>%1: der Dateikopf verlangt %2 MiB Metadaten, mehr als die Grenze von %3 MiB; die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>the file ended early</source>
        <translation>die Datei endete vorzeitig</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the header&apos;s metadata adds up to more than the limit of %2 MiB; the file is damaged or not supported.</source>
        <translation>%1: die Metadaten des Dateikopfs ergeben zusammen mehr als die Grenze von %2 MiB; die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>metafill-cli: unknown command &apos;%1&apos;</source>
        <translation>metafill-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;metafill-cli --help&apos;.</source>
        <translation>&apos;metafill-cli --help&apos; liefert weitere Informationen.</translation>
    </message>
    <message>
        <source>Usage: metafill-cli COMMAND [options]</source>
        <translation>Aufruf: metafill-cli COMMAND [options]</translation>
    </message>
    <message>
        <source>Fill microscopy metadata templates and export them as OMERO key-value CSV files.</source>
        <translation>Metadatenvorlagen für die Mikroskopie ausfüllen und als OMERO-Schlüssel-Wert-CSV-Dateien exportieren.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Each command has --help. Options: --version, --help.</source>
        <translation>Jeder Befehl kennt --help. Optionen: --version, --help.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the input has errors (template, record or value); 2 wrong options; 3 an input file could not be read; 4 the output could not be written.</source>
        <translation>Rückgabewerte: 0 Erfolg; 1 die Eingabe enthält Fehler (Vorlage, Datensatz oder Wert); 2 falsche Optionen; 3 eine Eingabedatei konnte nicht gelesen werden; 4 die Ausgabe konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>metafill-cli %1: %2</source>
        <translation>metafill-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;metafill-cli %1 --help&apos;.</source>
        <translation>&apos;metafill-cli %1 --help&apos; liefert weitere Informationen.</translation>
    </message>
    <message>
        <source>Usage: metafill-cli %1 %2</source>
        <translation>Aufruf: metafill-cli %1 %2</translation>
    </message>
    <message>
        <source>Also look for base templates (named in &apos;extends&apos;) and templates given by id in DIR.</source>
        <translation>Basisvorlagen (in &apos;extends&apos; genannt) und per ID angegebene Vorlagen auch in DIR suchen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
</context>
<context>
    <name>ClxLiteDecoder</name>
    <message>
        <source>the metadata is nested more than %1 levels deep</source>
        <translation>die Metadaten sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the metadata holds more than %1 values</source>
        <translation>die Metadaten enthalten mehr als %1 Werte</translation>
    </message>
    <message>
        <source>the metadata holds a value of unknown type %1</source>
        <translation>die Metadaten enthalten einen Wert vom unbekannten Typ %1</translation>
    </message>
    <message>
        <source>a text value runs past the end of the metadata</source>
        <translation>ein Textwert reicht über das Ende der Metadaten hinaus</translation>
    </message>
    <message>
        <source>a metadata block claims %1 bytes, but only %2 remain; the metadata is damaged or cut short</source>
        <translation>ein Metadatenblock gibt %1 Byte an, es verbleiben aber nur %2; die Metadaten sind beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the metadata ends in the middle of a value; it is damaged or cut short</source>
        <translation>die Metadaten enden mitten in einem Wert; sie sind beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the metadata block is empty</source>
        <translation>der Metadatenblock ist leer</translation>
    </message>
    <message>
        <source>compressed metadata expands to more than %1 MiB; the file is damaged or hostile</source>
        <translation>komprimierte Metadaten ergeben entpackt mehr als %1 MiB; die Datei ist beschädigt oder böswillig präpariert</translation>
    </message>
    <message>
        <source>compressed metadata could not be unpacked (zlib failed to start)</source>
        <translation>komprimierte Metadaten konnten nicht entpackt werden (zlib konnte nicht gestartet werden)</translation>
    </message>
    <message>
        <source>compressed metadata is cut short</source>
        <translation>komprimierte Metadaten sind unvollständig</translation>
    </message>
    <message>
        <source>compressed metadata is damaged (%1)</source>
        <translation>komprimierte Metadaten sind beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key-value table</source>
        <translation>%1 ist zu groß für eine Schlüssel-Wert-Tabelle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is too large to be a key-value table</source>
        <translation>die Datei ist zu groß für eine Schlüssel-Wert-Tabelle</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it is not a text CSV file (UTF-16 files must be saved as UTF-8)</source>
        <translation>die Datei enthält NUL-Bytes; sie ist keine CSV-Textdatei (UTF-16-Dateien müssen als UTF-8 gespeichert werden)</translation>
    </message>
    <message>
        <source>the file is not UTF-8; save it as UTF-8 (OMERO requires that too)</source>
        <translation>die Datei ist nicht in UTF-8 kodiert; speichern Sie sie als UTF-8 (auch OMERO verlangt das)</translation>
    </message>
    <message>
        <source>line %1 has more than %2 columns</source>
        <translation>Zeile %1 hat mehr als %2 Spalten</translation>
    </message>
    <message>
        <source>line %1 has a cell longer than %2 characters</source>
        <translation>Zeile %1 enthält eine Zelle mit mehr als %2 Zeichen</translation>
    </message>
    <message>
        <source>the quoted cell that starts on line %1 is never closed</source>
        <translation>die in Zeile %1 beginnende Zelle in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the file has more than %1 rows</source>
        <translation>die Datei hat mehr als %1 Zeilen</translation>
    </message>
</context>
<context>
    <name>CziMetadataXml</name>
    <message>
        <source>%1: the metadata of this CZI file is not readable XML (%2 at byte %3); the file is damaged.</source>
        <translation>%1: die Metadaten dieser CZI-Datei sind kein lesbares XML (%2 bei Byte %3); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the metadata of this CZI file is not a ZEN ImageDocument; the file is damaged.</source>
        <translation>%1: die Metadaten dieser CZI-Datei sind kein ZEN-ImageDocument; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the file has %2 scenes; Metafill reads the first %3.</source>
        <translation>%1: die Datei hat %2 Szenen; Metafill liest die ersten %3.</translation>
    </message>
    <message>
        <source>%1: the file lists more than %2 channels, objectives, detectors, light sources or filters; Metafill reads the first %2 of each.</source>
        <translation>%1: die Datei führt mehr als %2 Kanäle, Objektive, Detektoren, Lichtquellen oder Filter auf; Metafill liest jeweils die ersten %2.</translation>
    </message>
    <message>
        <source>%1: the metadata is nested more than %2 levels deep; the deeper entries were left out.</source>
        <translation>%1: die Metadaten sind mehr als %2 Ebenen tief verschachtelt; die tieferen Einträge wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the metadata of this CZI file is too large to read: its parts other than ZEN&apos;s Experiment, HardwareSetting and Layers blocks would need more than the %2 MiB of memory Metafill allows for a file&apos;s metadata.</source>
        <translation>%1: die Metadaten dieser CZI-Datei sind zu groß zum Lesen: ihre Teile außer den ZEN-Blöcken Experiment, HardwareSetting und Layers bräuchten mehr als die %2 MiB Arbeitsspeicher, die Metafill für die Metadaten einer Datei zulässt.</translation>
    </message>
    <message>
        <source>the metadata of this CZI file</source>
        <extracomment>The %2 of XmlElementStream&apos;s limit messages (&quot;… has a &lt;Plane&gt; element larger than …&quot;).</extracomment>
        <translation>in den Metadaten dieser CZI-Datei</translation>
    </message>
</context>
<context>
    <name>CziReader</name>
    <message>
        <source>%1: the CZI metadata needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: die CZI-Metadaten benötigen mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1: the CZI metadata could not be read: %2</source>
        <translation>%1: die CZI-Metadaten konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: this is not a Zeiss CZI file (it does not start with ZISRAWFILE).</source>
        <translation>%1: dies ist keine Zeiss-CZI-Datei (sie beginnt nicht mit ZISRAWFILE).</translation>
    </message>
    <message>
        <source>%1: the file ends inside its CZI header (%2 bytes); it is cut short, copy it again.</source>
        <translation>%1: die Datei endet innerhalb ihres CZI-Dateikopfs (%2 Byte); sie ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the CZI header is damaged.</source>
        <translation>%1: der CZI-Dateikopf ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: this is part %2 of a multi-part CZI file; its metadata is in the first part. Open the first file of the set (the one without a number in brackets).</source>
        <translation>%1: dies ist Teil %2 einer mehrteiligen CZI-Datei; ihre Metadaten stehen im ersten Teil. Öffnen Sie die erste Datei der Reihe (die ohne Nummer in Klammern).</translation>
    </message>
    <message>
        <source>%1: this CZI file has no metadata segment; it may still have been being written when it was copied.</source>
        <translation>%1: diese CZI-Datei hat kein Metadatensegment; möglicherweise wurde sie noch geschrieben, als sie kopiert wurde.</translation>
    </message>
    <message>
        <source>%1: the CZI header places the metadata at byte %2, past the end of the file (%3 bytes); the file is cut short, copy it again.</source>
        <translation>%1: laut CZI-Dateikopf liegen die Metadaten bei Byte %2, hinter dem Ende der Datei (%3 Byte); die Datei ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the CZI header points to a &quot;%2&quot; segment where the metadata should be; the file is damaged.</source>
        <translation>%1: der CZI-Dateikopf verweist auf ein &quot;%2&quot;-Segment, wo die Metadaten stehen sollten; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the CZI metadata segment gives an impossible XML length (%2 bytes in a segment of %3); the file is damaged.</source>
        <translation>%1: das CZI-Metadatensegment gibt eine unmögliche XML-Länge an (%2 Byte in einem Segment von %3); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the CZI metadata (%2 bytes at byte %3) runs past the end of the file (%4 bytes); the file is cut short, copy it again.</source>
        <translation>%1: die CZI-Metadaten (%2 Byte ab Byte %3) reichen über das Ende der Datei (%4 Byte) hinaus; die Datei ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the CZI header says an update of the file was not finished; the metadata may not match the pixels.</source>
        <translation>%1: laut CZI-Dateikopf wurde eine Aktualisierung der Datei nicht abgeschlossen; die Metadaten passen möglicherweise nicht zu den Pixeldaten.</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>too many problems; the rest are not shown</source>
        <translation>zu viele Probleme; die übrigen werden nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the OMERO key-value CSV for image files or folders (searched recursively): one row per image, or one per dataset. Values come from --record and --set; every --set value is checked against its field.</source>
        <translation>Die OMERO-Schlüssel-Wert-CSV für Bilddateien oder Ordner (rekursiv durchsucht) schreiben: eine Zeile pro Bild oder eine pro Dataset. Die Werte stammen aus --record und --set; jeder Wert aus --set wird gegen sein Feld geprüft.</translation>
    </message>
    <message>
        <source>The template (file or id).</source>
        <translation>Die Vorlage (Datei oder ID).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A record file with the values shared by all images.</source>
        <translation>Eine Datensatzdatei mit den Werten, die für alle Bilder gelten.</translation>
    </message>
    <message>
        <source>Set a field, e.g. --set study.title=&quot;Mitosis in HeLa&quot;. Repeat for more fields, or for more values of a field that takes several.</source>
        <translation>Ein Feld setzen, z. B. --set study.title=&quot;Mitose in HeLa&quot;. Für weitere Felder wiederholen oder für weitere Werte eines Feldes, das mehrere aufnimmt.</translation>
    </message>
    <message>
        <source>FIELD_PATH=VALUE</source>
        <translation>FIELD_PATH=VALUE</translation>
    </message>
    <message>
        <source>omero (Import_from_csv.py, default) or omero-legacy (KeyVal_from_csv.py, omero-scripts up to 5.8).</source>
        <translation>omero (Import_from_csv.py, Standard) oder omero-legacy (KeyVal_from_csv.py, omero-scripts bis 5.8).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>image (one row per image) or dataset (one row per folder of images). Default: the template&apos;s.</source>
        <translation>image (eine Zeile pro Bild) oder dataset (eine Zeile pro Bildordner). Standard: die Angabe der Vorlage.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>With --level dataset: put all images in one dataset of this name.</source>
        <translation>Mit --level dataset: alle Bilder in ein Dataset mit diesem Namen legen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write the pairs into this OMERO namespace (a NAMESPACE row). Default: the template&apos;s; none means OMERO&apos;s editable client namespace.</source>
        <translation>Die Paare in diesen OMERO-Namespace schreiben (eine NAMESPACE-Zeile). Standard: der Namespace der Vorlage; none steht für den bearbeitbaren Client-Namespace von OMERO.</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>tab (default; the most robust for OMERO), comma or semicolon.</source>
        <translation>tab (Standard; am robustesten für OMERO), comma oder semicolon.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <source>The CSV file to write. Larger than 1 MiB, it is split into OUT.part1.csv, OUT.part2.csv, …</source>
        <translation>Die zu schreibende CSV-Datei. Ist sie größer als 1 MiB, wird sie in OUT.part1.csv, OUT.part2.csv, … aufgeteilt.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Do not fill fields from the image files&apos; headers.</source>
        <translation>Felder nicht aus den Dateiköpfen der Bilddateien ausfüllen.</translation>
    </message>
    <message>
        <source>Also fill the fields whose template rule only suggests a header value (policy &apos;suggest&apos;), where they are empty.</source>
        <translation>Auch die Felder füllen, für die die Vorlage einen Wert aus dem Dateikopf nur vorschlägt (Regel &apos;suggest&apos;), sofern sie leer sind.</translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation>Bilddateien oder Ordner.</translation>
    </message>
    <message>
        <source>--template FILE [options] -o OUT.csv PATH...</source>
        <translation>--template FILE [options] -o OUT.csv PATH...</translation>
    </message>
    <message>
        <source>metafill-cli export: give the output with -o OUT.csv and at least one image file or folder</source>
        <translation>metafill-cli export: geben Sie die Ausgabe mit -o OUT.csv sowie mindestens eine Bilddatei oder einen Ordner an</translation>
    </message>
    <message>
        <source>metafill-cli export: --format must be omero or omero-legacy</source>
        <translation>metafill-cli export: --format muss omero oder omero-legacy sein</translation>
    </message>
    <message>
        <source>metafill-cli export: --delimiter must be tab, comma or semicolon</source>
        <translation>metafill-cli export: --delimiter muss tab, comma oder semicolon sein</translation>
    </message>
    <message>
        <source>metafill-cli export: --level must be image or dataset</source>
        <translation>metafill-cli export: --level muss image oder dataset sein</translation>
    </message>
    <message>
        <source>metafill-cli export: KeyVal_from_csv.py annotates images, not datasets; use --format omero for --level dataset</source>
        <translation>metafill-cli export: KeyVal_from_csv.py annotiert Bilder, keine Datasets; verwenden Sie --format omero für --level dataset</translation>
    </message>
    <message>
        <source>--set %1</source>
        <translation>--set %1</translation>
    </message>
    <message>
        <source>no image files found in: %1</source>
        <translation>keine Bilddateien gefunden in: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files could not be read; their rows hold only the shared values.</source>
        <translation>%1 von %2 Dateien konnten nicht gelesen werden; ihre Zeilen enthalten nur die für alle Bilder geltenden Werte.</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n required field(s) are empty: %1</source>
        <translation>
            <numerusform>Warnung: %n erforderliches Feld ist leer: %1</numerusform>
            <numerusform>Warnung: %n erforderliche Felder sind leer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s))</source>
        <translation>
            <numerusform>(%n Bild)</numerusform>
            <numerusform>(%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>metafill-cli export: %1; nothing was written</source>
        <translation>metafill-cli export: %1; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1: %2 %3, %4 key columns, completeness %5%.</source>
        <translation>%1 geschrieben: %2 %3, %4 Schlüsselspalten, Vollständigkeit %5 %.</translation>
    </message>
    <message>
        <source>dataset rows</source>
        <translation>Dataset-Zeilen</translation>
    </message>
    <message>
        <source>image rows</source>
        <translation>Bildzeilen</translation>
    </message>
    <message>
        <source>Read the headers of %1 of %2 files; %3 values filled from headers and presets.</source>
        <translation>Dateiköpfe von %1 von %2 Dateien gelesen; %3 Werte aus Dateiköpfen und Voreinstellungen ausgefüllt.</translation>
    </message>
    <message>
        <source>In OMERO, run &quot;KeyVal_from_csv&quot; with Data_Type Dataset and the dataset&apos;s ID.</source>
        <translation>Führen Sie in OMERO &quot;KeyVal_from_csv&quot; mit Data_Type Dataset und der ID des Datasets aus.</translation>
    </message>
    <message>
        <source>In OMERO, run &quot;Import from CSV&quot; with Data_Type Project (the project&apos;s ID) and Target Data_Type Dataset; CSV separator: guess.</source>
        <translation>Führen Sie in OMERO &quot;Import from CSV&quot; mit Data_Type Project (ID des Projekts) und Target Data_Type Dataset aus; CSV separator: guess.</translation>
    </message>
    <message>
        <source>In OMERO, run &quot;Import from CSV&quot; with Data_Type Dataset (the dataset&apos;s ID) and Target Data_Type Image; CSV separator: guess.</source>
        <translation>Führen Sie in OMERO &quot;Import from CSV&quot; mit Data_Type Dataset (ID des Datasets) und Target Data_Type Image aus; CSV separator: guess.</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>%1 %2</source>
        <comment>section label and instance number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>section › field</comment>
        <translation>%1 › %2</translation>
    </message>
    <message numerus="yes">
        <source>all %n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>alle %n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, … (%n more)</source>
        <translation>
            <numerusform>, … (%n weiteres)</numerusform>
            <numerusform>, … (%n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s): %2</source>
        <translation>
            <numerusform>%1 von %n Bild: %2</numerusform>
            <numerusform>%1 von %n Bildern: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>KeyVal_from_csv annotates images only. Choose one row per image, or Import from CSV for datasets.</source>
        <translation>KeyVal_from_csv annotiert nur Bilder. Wählen Sie eine Zeile pro Bild oder für Datasets „Import from CSV“.</translation>
    </message>
    <message>
        <source>The record has no images yet. Add images, or type the name of the dataset the values are for.</source>
        <translation>Der Datensatz enthält noch keine Bilder. Fügen Sie Bilder hinzu oder geben Sie den Namen des Datasets ein, für das die Werte gelten.</translation>
    </message>
    <message>
        <source>The record has no images yet. Add images, or export one row for a dataset.</source>
        <translation>Der Datensatz enthält noch keine Bilder. Fügen Sie Bilder hinzu oder exportieren Sie eine Zeile für ein Dataset.</translation>
    </message>
    <message numerus="yes">
        <source>The table is larger than %1, so it will be written as %n file(s) that OMERO imports one after the other.</source>
        <translation>
            <numerusform>Die Tabelle ist größer als %1 und wird daher als %n Datei geschrieben.</numerusform>
            <numerusform>Die Tabelle ist größer als %1 und wird daher in %n Dateien aufgeteilt, die OMERO nacheinander importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image name(s) occur more than once. OMERO finds images by name, so its import refuses this file: export one row per dataset, or the folders one at a time, or rename the files.</source>
        <translation>
            <numerusform>%n Bildname kommt mehrfach vor. OMERO findet Bilder anhand ihres Namens, daher lehnt der Import diese Datei ab: Exportieren Sie eine Zeile pro Dataset oder die Ordner einzeln, oder benennen Sie die Dateien um.</numerusform>
            <numerusform>%n Bildnamen kommen mehrfach vor. OMERO findet Bilder anhand ihres Namens, daher lehnt der Import diese Datei ab: Exportieren Sie eine Zeile pro Dataset oder die Ordner einzeln, oder benennen Sie die Dateien um.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n image(s): %2</source>
        <translation>
            <numerusform>%1 — %n Bild: %2</numerusform>
            <numerusform>%1 — %n Bilder: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) are empty. You can export now and complete them later.</source>
        <translation>
            <numerusform>%n erforderliches Feld ist leer. Sie können jetzt exportieren und es später ergänzen.</numerusform>
            <numerusform>%n erforderliche Felder sind leer. Sie können jetzt exportieren und sie später ergänzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) have empty required fields (%2 fields in all).</source>
        <translation>
            <numerusform>Bei %1 von %n Bild sind erforderliche Felder leer (betroffene Felder: %2).</numerusform>
            <numerusform>Bei %1 von %n Bildern sind erforderliche Felder leer (betroffene Felder: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>field — images</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) break the template&apos;s rules; they are exported as they are.</source>
        <translation>
            <numerusform>%n Wert verstößt gegen die Regeln der Vorlage; er wird unverändert exportiert.</numerusform>
            <numerusform>%n Werte verstoßen gegen die Regeln der Vorlage; sie werden unverändert exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>problem — images</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ExportRows</name>
    <message>
        <source>the images of dataset &apos;%1&apos; differ in &apos;%2&apos; (e.g. &apos;%3&apos; and &apos;%4&apos;); the dataset gets no value for it</source>
        <translation>die Bilder des Datasets &apos;%1&apos; unterscheiden sich in &apos;%2&apos; (z. B. &apos;%3&apos; und &apos;%4&apos;); das Dataset erhält dafür keinen Wert</translation>
    </message>
</context>
<context>
    <name>FileSetWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>GridColumns</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Abschnitt: %1</translation>
    </message>
    <message>
        <source>OMERO key: %1</source>
        <translation>OMERO-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Several values: separate them with “;”</source>
        <translation>Mehrere Werte: durch „;“ trennen</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <comment>section label, instance number, field label</comment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>section label, field label</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>HeaderScanner</name>
    <message>
        <source>%1: not read, the batch was cancelled.</source>
        <translation>%1: nicht gelesen, die Stapelverarbeitung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImageCollector</name>
    <message>
        <source>%1 is nested more than %2 folders deep</source>
        <translation>%1 ist mehr als %2 Ordnerebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 images; export them in parts</source>
        <translation>mehr als %1 Bilder; exportieren Sie sie in Teilen</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>ImageJMetadataBlock</name>
    <message>
        <source>%1: ImageJ&apos;s extra metadata (channel labels, Info) is damaged and was skipped: %2</source>
        <translation>%1: der Block mit den zusätzlichen ImageJ-Metadaten (Kanalbeschriftungen, Info) ist beschädigt und wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>it claims %1 entries.</source>
        <translation>er gibt %1 Einträge an.</translation>
    </message>
    <message>
        <source>its list of entry sizes cannot be read.</source>
        <translation>seine Liste der Eintragsgrößen kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its data has an unexpected type or size.</source>
        <translation>seine Daten haben einen unerwarteten Typ oder eine unerwartete Größe.</translation>
    </message>
    <message>
        <source>its entry sizes add up to more than the %1 bytes it holds.</source>
        <translation>seine Eintragsgrößen ergeben zusammen mehr als die %1 Byte, die er enthält.</translation>
    </message>
    <message>
        <source>its header size %1 is impossible.</source>
        <translation>seine Kopfgröße %1 ist unmöglich.</translation>
    </message>
    <message>
        <source>it lies outside the file.</source>
        <translation>er liegt außerhalb der Datei.</translation>
    </message>
    <message>
        <source>it does not start with ImageJ&apos;s signature.</source>
        <translation>er beginnt nicht mit der ImageJ-Signatur.</translation>
    </message>
    <message>
        <source>its header is cut short.</source>
        <translation>sein Kopf ist abgeschnitten.</translation>
    </message>
    <message>
        <source>its header lists more entries than it has sizes for.</source>
        <translation>sein Kopf nennt mehr Einträge, als Größenangaben vorhanden sind.</translation>
    </message>
    <message>
        <source>%1: ImageJ&apos;s %2 entry holds %3 bytes, more than the %4 Metafill reads; it was skipped.</source>
        <translation>%1: der ImageJ-Eintrag %2 enthält %3 Byte, mehr als die %4, die Metafill liest; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>its entries lie outside the file.</source>
        <translation>seine Einträge liegen außerhalb der Datei.</translation>
    </message>
</context>
<context>
    <name>ImageJTiffReader</name>
    <message>
        <source>%1: the ImageJ description is %2 characters long; only the first %3 were read.</source>
        <translation>%1: die ImageJ-Beschreibung ist %2 Zeichen lang; nur die ersten %3 wurden gelesen.</translation>
    </message>
    <message>
        <source>%1: the ImageJ description declares %2 channels × %3 slices × %4 frames but %5 images; read as a plain stack of %5 slices, as ImageJ does.</source>
        <translation>%1: die ImageJ-Beschreibung gibt %2 Kanäle × %3 Schichten × %4 Zeitpunkte an, aber %5 Bilder; wie in ImageJ als einfacher Stapel aus %5 Schichten gelesen.</translation>
    </message>
    <message>
        <source>%1: the ImageJ header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der ImageJ-Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1: the ImageJ header could not be read: %2</source>
        <translation>%1: der ImageJ-Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Read key-value pairs exported from OMERO (Export_to_csv.py, or a CSV for the import scripts) into a record, one image entry per row.</source>
        <translation>Aus OMERO exportierte Schlüssel-Wert-Paare (Export_to_csv.py oder eine CSV für die Importskripte) in einen Datensatz einlesen, ein Bildeintrag pro Zeile.</translation>
    </message>
    <message>
        <source>The template (file or id).</source>
        <translation>Die Vorlage (Datei oder ID).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The record file to write.</source>
        <translation>Die zu schreibende Datensatzdatei.</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>RECORD</translation>
    </message>
    <message>
        <source>The CSV file exported from OMERO.</source>
        <translation>Die aus OMERO exportierte CSV-Datei.</translation>
    </message>
    <message>
        <source>--template FILE -o RECORD CSV</source>
        <translation>--template FILE -o RECORD CSV</translation>
    </message>
    <message>
        <source>metafill-cli import: give one CSV file and the record to write with -o</source>
        <translation>metafill-cli import: geben Sie eine CSV-Datei und mit -o den zu schreibenden Datensatz an</translation>
    </message>
    <message numerus="yes">
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
        <source>%1: this installation cannot read Imaris files: its helper program %2 could not be started (%3). Reinstall Metafill.</source>
        <translation>%1: diese Installation kann keine Imaris-Dateien lesen: ihr Hilfsprogramm %2 konnte nicht gestartet werden (%3). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <source>%1: reading the Imaris metadata took longer than %2 s and was stopped. The file is probably damaged, or its drive is very slow; other files are not affected.</source>
        <translation>%1: das Lesen der Imaris-Metadaten dauerte länger als %2 s und wurde abgebrochen. Die Datei ist wahrscheinlich beschädigt, oder ihr Laufwerk ist sehr langsam; andere Dateien sind nicht betroffen.</translation>
    </message>
    <message>
        <source>%1: the helper program that reads Imaris files wrote more than %2 MiB about this file and was stopped; the file is probably damaged.</source>
        <translation>%1: das Hilfsprogramm, das Imaris-Dateien liest, hat über diese Datei mehr als %2 MiB ausgegeben und wurde abgebrochen; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>%1: reading the Imaris metadata used more processor time or memory than allowed (%2 s, %3 MiB) and was stopped; the file is probably damaged. Other files are not affected.</source>
        <translation>%1: das Lesen der Imaris-Metadaten hat mehr Rechenzeit oder Speicher als erlaubt verbraucht (%2 s, %3 MiB) und wurde abgebrochen; die Datei ist wahrscheinlich beschädigt. Andere Dateien sind nicht betroffen.</translation>
    </message>
    <message>
        <source>%1: the HDF5 library that reads Imaris files crashed on this file (signal %2), so its metadata could not be read. The file is probably damaged; other files are not affected.</source>
        <translation>%1: die HDF5-Bibliothek, die Imaris-Dateien liest, ist bei dieser Datei abgestürzt (Signal %2), daher konnten ihre Metadaten nicht gelesen werden. Die Datei ist wahrscheinlich beschädigt; andere Dateien sind nicht betroffen.</translation>
    </message>
    <message>
        <source>%1: the HDF5 library could not open the file (%2); it is damaged, cut short or not an HDF5 file.</source>
        <translation>%1: die HDF5-Bibliothek konnte die Datei nicht öffnen (%2); sie ist beschädigt, unvollständig oder keine HDF5-Datei.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1: reading the Imaris metadata needed more than the %2 MiB of memory allowed for it; the file is probably damaged.</source>
        <translation>%1: das Lesen der Imaris-Metadaten benötigte mehr als die dafür erlaubten %2 MiB Speicher; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>%1: the file holds more than %2 MiB of Imaris metadata, more than Metafill reads; the file is probably damaged.</source>
        <translation>%1: die Datei enthält mehr als %2 MiB Imaris-Metadaten, mehr als Metafill liest; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>%1: this installation cannot read Imaris files: its helper program %2 failed (exit status %3: %4). Reinstall Metafill.</source>
        <translation>%1: diese Installation kann keine Imaris-Dateien lesen: ihr Hilfsprogramm %2 ist fehlgeschlagen (Rückgabewert %3: %4). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <source>%1: this installation cannot read Imaris files: its helper program %2 gave an answer Metafill does not understand (%3). Reinstall Metafill.</source>
        <translation>%1: diese Installation kann keine Imaris-Dateien lesen: ihr Hilfsprogramm %2 lieferte eine Antwort, die Metafill nicht versteht (%3). Installieren Sie Metafill neu.</translation>
    </message>
</context>
<context>
    <name>ImsProbeOutput</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no protocol version</source>
        <translation>die Antwort enthält keine Protokollversion</translation>
    </message>
    <message>
        <source>the answer is in version %1 of the protocol; this Metafill understands version %2</source>
        <translation>die Antwort folgt Version %1 des Protokolls; diese Metafill-Version versteht Version %2</translation>
    </message>
    <message>
        <source>the root attributes are missing or malformed</source>
        <translation>die Attribute der Wurzelgruppe fehlen oder sind fehlerhaft</translation>
    </message>
    <message>
        <source>the DataSetInfo groups are missing or malformed</source>
        <translation>die DataSetInfo-Gruppen fehlen oder sind fehlerhaft</translation>
    </message>
    <message>
        <source>more than %1 DataSetInfo groups</source>
        <translation>mehr als %1 DataSetInfo-Gruppen</translation>
    </message>
    <message>
        <source>a DataSetInfo group is malformed</source>
        <translation>eine DataSetInfo-Gruppe ist fehlerhaft</translation>
    </message>
    <message>
        <source>the pixel type is missing</source>
        <translation>der Pixeltyp fehlt</translation>
    </message>
    <message>
        <source>the pixel type is not one Metafill knows</source>
        <translation>der Pixeltyp ist Metafill nicht bekannt</translation>
    </message>
    <message>
        <source>the completeness flags are missing</source>
        <translation>die Angaben zur Vollständigkeit fehlen</translation>
    </message>
    <message>
        <source>the count of bytes read is missing</source>
        <translation>die Anzahl der gelesenen Bytes fehlt</translation>
    </message>
    <message>
        <source>the count of bytes read is impossible</source>
        <translation>die Anzahl der gelesenen Bytes ist unmöglich</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the answer is nested deeper or holds more values than any Imaris file gives</source>
        <translation>die Antwort ist tiefer verschachtelt oder enthält mehr Werte, als eine Imaris-Datei je liefert</translation>
    </message>
</context>
<context>
    <name>ImsReader</name>
    <message>
        <source>%1: the file gives the image extent but no length unit, so the voxel size is left unknown.</source>
        <translation>%1: die Datei gibt die Bildausdehnung an, aber keine Längeneinheit; die Voxelgröße bleibt daher unbekannt.</translation>
    </message>
    <message>
        <source>%1: the length unit &quot;%2&quot; is not one Metafill knows, so the voxel size is left unknown.</source>
        <translation>%1: die Längeneinheit &quot;%2&quot; ist Metafill nicht bekannt; die Voxelgröße bleibt daher unbekannt.</translation>
    </message>
    <message>
        <source>%1: the image has %2 channels; only the first %3 are described.</source>
        <translation>%1: das Bild hat %2 Kanäle; nur die ersten %3 werden beschrieben.</translation>
    </message>
    <message>
        <source>%1: Metafill could not write the temporary copy its Imaris reader needs (%2).</source>
        <translation>%1: Metafill konnte die temporäre Kopie, die sein Imaris-Leser benötigt, nicht schreiben (%2).</translation>
    </message>
    <message>
        <source>%1: this is not an HDF5 file, so not an Imaris 5.5 or later file. Files from Imaris 3 and older are not supported; open the file in Imaris and save it again to convert it.</source>
        <translation>%1: dies ist keine HDF5-Datei und damit keine Datei von Imaris 5.5 oder neuer. Dateien von Imaris 3 und älter werden nicht unterstützt; öffnen Sie die Datei in Imaris und speichern Sie sie erneut, um sie umzuwandeln.</translation>
    </message>
    <message>
        <source>%1: this build of Metafill has no Imaris support (it was built without the HDF5 library). Use a Metafill package with Imaris support, or export the image from Imaris as OME-TIFF.</source>
        <translation>%1: diese Metafill-Version unterstützt kein Imaris (sie wurde ohne die HDF5-Bibliothek erstellt). Verwenden Sie ein Metafill-Paket mit Imaris-Unterstützung oder exportieren Sie das Bild aus Imaris als OME-TIFF.</translation>
    </message>
    <message>
        <source>%1: this installation cannot read Imaris files: its helper program metafill-ims-probe is missing (looked for %2). Reinstall Metafill.</source>
        <translation>%1: diese Installation kann keine Imaris-Dateien lesen: ihr Hilfsprogramm metafill-ims-probe fehlt (gesucht unter %2). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <source>%1: this HDF5 file is not an Imaris file: it has no DataSetInfo group. Metafill reads HDF5 files only in Imaris&apos; layout.</source>
        <translation>%1: diese HDF5-Datei ist keine Imaris-Datei: ihr fehlt die Gruppe DataSetInfo. Metafill liest HDF5-Dateien nur im Aufbau von Imaris.</translation>
    </message>
    <message>
        <source>%1: the Imaris image description (group DataSetInfo/Image) is missing; the file is damaged or was not written by Imaris.</source>
        <translation>%1: die Imaris-Bildbeschreibung (Gruppe DataSetInfo/Image) fehlt; die Datei ist beschädigt oder wurde nicht von Imaris geschrieben.</translation>
    </message>
    <message>
        <source>%1: the file holds more metadata than Metafill reads from an Imaris file (at most %2 groups, %3 attributes and %4 MiB); the rest was left out.</source>
        <translation>%1: die Datei enthält mehr Metadaten, als Metafill aus einer Imaris-Datei liest (höchstens %2 Gruppen, %3 Attribute und %4 MiB); der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: some Imaris metadata could not be decoded and were left out; the file is damaged.</source>
        <translation>%1: einige Imaris-Metadaten konnten nicht entschlüsselt werden und wurden ausgelassen; die Datei ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 pixels, Z %3, C %4, T %5, %6</source>
        <translation>%1 × %2 Pixel, Z %3, C %4, T %5, %6</translation>
    </message>
    <message>
        <source>pixel size %1 × %2 × %3 µm</source>
        <translation>Pixelgröße %1 × %2 × %3 µm</translation>
    </message>
    <message>
        <source>acquired %1</source>
        <translation>aufgenommen am %1</translation>
    </message>
    <message>
        <source>microscope %1</source>
        <translation>Mikroskop %1</translation>
    </message>
    <message>
        <source>objective %1: %2×, NA %3, %4</source>
        <translation>Objektiv %1: %2×, NA %3, %4</translation>
    </message>
    <message>
        <source>excitation %1 nm</source>
        <translation>Anregung %1 nm</translation>
    </message>
    <message>
        <source>emission %1 nm</source>
        <translation>Emission %1 nm</translation>
    </message>
    <message>
        <source>exposure %1 s</source>
        <translation>Belichtungszeit %1 s</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Read the headers of image files (folders are searched recursively) and show what they say: sizes, pixel sizes, channels, objective, microscope, dates. Files that cannot be read are reported and the others still shown.</source>
        <translation>Die Dateiköpfe von Bilddateien lesen (Ordner werden rekursiv durchsucht) und ihren Inhalt anzeigen: Größen, Pixelgrößen, Kanäle, Objektiv, Mikroskop, Datumsangaben. Nicht lesbare Dateien werden gemeldet, die übrigen trotzdem angezeigt.</translation>
    </message>
    <message>
        <source>One JSON object per file and line (see README for the keys); null where the file does not say.</source>
        <translation>Ein JSON-Objekt pro Datei und Zeile (Schlüssel siehe README); null, wo die Datei keine Angabe macht.</translation>
    </message>
    <message>
        <source>The OME-XML document (OME 2016-06) Metafill makes of each file&apos;s header.</source>
        <translation>Das OME-XML-Dokument (OME 2016-06), das Metafill aus dem Dateikopf jeder Datei erstellt.</translation>
    </message>
    <message>
        <source>With --json: add the vendor&apos;s own key/value pairs (&quot;original_metadata&quot;), the keys templates can use.</source>
        <translation>Mit --json: die eigenen Schlüssel-Wert-Paare des Herstellers (&quot;original_metadata&quot;) hinzufügen, also die Schlüssel, die Vorlagen verwenden können.</translation>
    </message>
    <message>
        <source>Read this many files at once (default: one per processor core).</source>
        <translation>So viele Dateien gleichzeitig lesen (Standard: eine pro Prozessorkern).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation>Bilddateien oder Ordner.</translation>
    </message>
    <message>
        <source>[--json | --ome-xml] PATH...</source>
        <translation>[--json | --ome-xml] PATH...</translation>
    </message>
    <message>
        <source>metafill-cli inspect: name at least one image file or folder</source>
        <translation>metafill-cli inspect: geben Sie mindestens eine Bilddatei oder einen Ordner an</translation>
    </message>
    <message>
        <source>metafill-cli inspect: choose either --json or --ome-xml</source>
        <translation>metafill-cli inspect: wählen Sie entweder --json oder --ome-xml</translation>
    </message>
    <message>
        <source>metafill-cli inspect: --threads must be a number from 1 to 256</source>
        <translation>metafill-cli inspect: --threads muss eine Zahl von 1 bis 256 sein</translation>
    </message>
    <message>
        <source>no image files found in: %1</source>
        <translation>keine Bilddateien gefunden in: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files could not be read.</source>
        <translation>%1 von %2 Dateien konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>JournalHeader</name>
    <message>
        <source>the journal&apos;s first line is not a journal header</source>
        <translation>die erste Zeile des Journals ist kein Journal-Kopf</translation>
    </message>
    <message>
        <source>the journal was written by another version of Metafill (journal format %1)</source>
        <translation>das Journal wurde von einer anderen Metafill-Version geschrieben (Journalformat %1)</translation>
    </message>
    <message>
        <source>the journal header has no valid time</source>
        <translation>der Journal-Kopf enthält keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>the journal header does not say which template was used</source>
        <translation>der Journal-Kopf gibt nicht an, welche Vorlage verwendet wurde</translation>
    </message>
    <message>
        <source>the journal header does not describe the record it holds</source>
        <translation>der Journal-Kopf beschreibt den enthaltenen Datensatz nicht</translation>
    </message>
</context>
<context>
    <name>JournalRecovery</name>
    <message>
        <source>%1 now holds the template &apos;%2&apos;</source>
        <translation>%1 enthält jetzt die Vorlage &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 cannot be loaded any more</source>
        <translation>%1 kann nicht mehr geladen werden</translation>
    </message>
    <message>
        <source>%1 is not there any more</source>
        <translation>%1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; (version %2) this work was done with cannot be found: %3, and no template folder has it. Add its folder in the settings, then restart Metafill.</source>
        <translation>Die Vorlage &apos;%1&apos; (Version %2), mit der diese Arbeit erstellt wurde, ist nicht auffindbar: %3, und kein Vorlagenordner enthält sie. Fügen Sie ihren Ordner in den Einstellungen hinzu und starten Sie Metafill dann neu.</translation>
    </message>
    <message>
        <source>The template file %1; &apos;%2&apos; version %3 from %4 was used instead.</source>
        <translation>Die Vorlagendatei %1; stattdessen wurde &apos;%2&apos; Version %3 aus %4 verwendet.</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>es kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>it has no journal header</source>
        <translation>es hat keinen Journal-Kopf</translation>
    </message>
    <message>
        <source>it is incomplete (%1 of %2 bytes)</source>
        <translation>es ist unvollständig (%1 von %2 Byte)</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is larger than any journal Metafill writes</source>
        <translation>es ist größer als jedes Journal, das Metafill schreibt</translation>
    </message>
    <message>
        <source>its content was altered after it was written (checksum mismatch)</source>
        <translation>sein Inhalt wurde nach dem Schreiben verändert (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>The journal cannot be restored with the template %1: %2</source>
        <translation>Das Journal kann mit der Vorlage %1 nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>KeyValueBudget</name>
    <message>
        <source>%1: the file holds more vendor metadata than Metafill keeps; %2 further key/value pairs were left out (at most %3 pairs or %4 million characters per file).</source>
        <translation>%1: die Datei enthält mehr Herstellermetadaten, als Metafill behält; %2 weitere Schlüssel-Wert-Paare wurden ausgelassen (höchstens %3 Paare oder %4 Millionen Zeichen pro Datei).</translation>
    </message>
    <message>
        <source>%1: %2 vendor metadata keys or values were longer than %3 characters and were cut.</source>
        <translation>%1: %2 Schlüssel oder Werte der Herstellermetadaten waren länger als %3 Zeichen und wurden gekürzt.</translation>
    </message>
</context>
<context>
    <name>KeyValueImporter</name>
    <message>
        <source>the key &apos;%1&apos; is not part of the template %2; it is left out</source>
        <translation>der Schlüssel &apos;%1&apos; gehört nicht zur Vorlage %2; er wird ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears more than once, but the field takes one value; the first is kept</source>
        <translation>&apos;%1&apos; kommt mehrfach vor, das Feld nimmt aber nur einen Wert auf; der erste wird behalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; = &apos;%2&apos;: %3; left out</source>
        <translation>&apos;%1&apos; = &apos;%2&apos;: %3; ausgelassen</translation>
    </message>
</context>
<context>
    <name>LifMetadataXml</name>
    <message>
        <source>%1: the header of this LIF file is not readable XML (%2 at character %3); the file is damaged.</source>
        <translation>%1: der Dateikopf dieser LIF-Datei ist kein lesbares XML (%2 bei Zeichen %3); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the header of this LIF file is not a Leica LMSDataContainerHeader; the file is damaged.</source>
        <translation>%1: der Dateikopf dieser LIF-Datei ist kein Leica-LMSDataContainerHeader; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: this LIF file describes no images.</source>
        <translation>%1: diese LIF-Datei beschreibt keine Bilder.</translation>
    </message>
    <message>
        <source>%1: the project is too large; Metafill read its first %2 images (%3 elements at most).</source>
        <translation>%1: das Projekt ist zu groß; Metafill hat seine ersten %2 Bilder gelesen (höchstens %3 Elemente).</translation>
    </message>
    <message>
        <source>%1: folders are nested more than %2 levels deep; the deeper images were left out.</source>
        <translation>%1: Ordner sind mehr als %2 Ebenen tief verschachtelt; die tiefer liegenden Bilder wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1: some images list more channels, dimensions, detectors or laser lines than Metafill reads (at most %2 each); the rest were left out.</source>
        <translation>%1: einige Bilder führen mehr Kanäle, Dimensionen, Detektoren oder Laserlinien auf, als Metafill liest (jeweils höchstens %2); der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the images hold more vendor settings than Metafill keeps; %2 key/value pairs were left out (at most %3 per image).</source>
        <translation>%1: die Bilder enthalten mehr Herstellereinstellungen, als Metafill behält; %2 Schlüssel-Wert-Paare wurden ausgelassen (höchstens %3 pro Bild).</translation>
    </message>
    <message>
        <source>%1: some settings are nested more than %2 levels deep; the deeper ones were left out of the vendor metadata.</source>
        <translation>%1: einige Einstellungen sind mehr als %2 Ebenen tief verschachtelt; die tieferen wurden in den Herstellermetadaten ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the project&apos;s images take more memory than Metafill allows for a file&apos;s metadata; it read the first %2 images.</source>
        <translation>%1: die Bilder des Projekts benötigen mehr Speicher, als Metafill für die Metadaten einer Datei zulässt; Metafill hat die ersten %2 Bilder gelesen.</translation>
    </message>
    <message>
        <source>%1: an element of this LIF file&apos;s header is too large to read: it would need more than %2 MiB of memory; the file is damaged or not supported.</source>
        <translation>%1: ein Element im Dateikopf dieser LIF-Datei ist zu groß zum Lesen: es bräuchte mehr als %2 MiB Arbeitsspeicher; die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1: the settings of the image “%2” in this LIF file are too large to read: they would need more than %3 MiB of memory; the file is damaged or not supported.</source>
        <translation>%1: die Einstellungen des Bildes „%2“ in dieser LIF-Datei sind zu groß zum Lesen: sie bräuchten mehr als %3 MiB Arbeitsspeicher; die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>the header of this LIF file</source>
        <extracomment>The %2 of XmlElementStream&apos;s limit messages (&quot;… has a &lt;Plane&gt; element larger than …&quot;).</extracomment>
        <translation>im Dateikopf dieser LIF-Datei</translation>
    </message>
</context>
<context>
    <name>LifReader</name>
    <message>
        <source>%1: the LIF header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der LIF-Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1: the LIF header could not be read: %2</source>
        <translation>%1: der LIF-Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is too short (%2 bytes) to be a Leica LIF file; it is cut short, copy it again.</source>
        <translation>%1: die Datei ist zu kurz (%2 Byte) für eine Leica-LIF-Datei; sie ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: this is not a Leica LIF file (the header does not start as LIF files do).</source>
        <translation>%1: dies ist keine Leica-LIF-Datei (der Dateikopf beginnt nicht so wie bei LIF-Dateien).</translation>
    </message>
    <message>
        <source>%1: the LIF header gives an impossible length for its XML (%2 characters in a block of %3 bytes); the file is damaged.</source>
        <translation>%1: der LIF-Dateikopf gibt eine unmögliche Länge für sein XML an (%2 Zeichen in einem Block von %3 Byte); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the LIF header (%2 bytes) runs past the end of the file (%3 bytes); the file is cut short, copy it again.</source>
        <translation>%1: der LIF-Dateikopf (%2 Byte) reicht über das Ende der Datei (%3 Byte) hinaus; die Datei ist unvollständig, kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the LIF header claims %2 MiB of XML, more than the %3 MiB Metafill reads; the file is damaged or not supported.</source>
        <translation>%1: der LIF-Dateikopf gibt %2 MiB XML an, mehr als die %3 MiB, die Metafill liest; die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>LsmReader</name>
    <message>
        <source>%1: this TIFF file has no Zeiss LSM information block.</source>
        <translation>%1: diese TIFF-Datei hat keinen Zeiss-LSM-Informationsblock.</translation>
    </message>
    <message>
        <source>%1: the Zeiss LSM information block is too short; the file is damaged.</source>
        <translation>%1: der Zeiss-LSM-Informationsblock ist zu kurz; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the Zeiss LSM information block has an unknown signature; the file is damaged or not an LSM file.</source>
        <translation>%1: der Zeiss-LSM-Informationsblock hat eine unbekannte Signatur; die Datei ist beschädigt oder keine LSM-Datei.</translation>
    </message>
    <message>
        <source>%1: the Zeiss LSM information block declares only %2 bytes; the image dimensions it lacks are unknown.</source>
        <translation>%1: der Zeiss-LSM-Informationsblock gibt nur %2 Byte an; die darin fehlenden Bilddimensionen sind unbekannt.</translation>
    </message>
    <message>
        <source>%1: the Zeiss LSM information block points to its %2 record outside the file; the record was skipped. The file is damaged or cut short.</source>
        <translation>%1: der Zeiss-LSM-Informationsblock verortet seinen Teilblock %2 außerhalb der Datei; der Teilblock wurde übersprungen. Die Datei ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>%1: the Zeiss LSM channel names and colours were skipped: %2</source>
        <translation>%1: der Block mit den Zeiss-LSM-Kanalnamen und -farben wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>it runs past the end of the file.</source>
        <translation>er reicht über das Dateiende hinaus.</translation>
    </message>
    <message>
        <source>its header is damaged.</source>
        <translation>sein Kopf ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the Zeiss LSM channel wavelength ranges run past the end of the file and were skipped.</source>
        <translation>%1: die Zeiss-LSM-Wellenlängenbereiche der Kanäle reichen über das Dateiende hinaus und wurden übersprungen.</translation>
    </message>
    <message>
        <source>%1: the Zeiss LSM scan information is cut short; the settings after the cut are unknown.</source>
        <translation>%1: die Zeiss-LSM-Scaninformation ist abgeschnitten; die Einstellungen nach der Abbruchstelle sind unbekannt.</translation>
    </message>
    <message>
        <source>%1: the Zeiss LSM header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der Zeiss-LSM-Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1: the Zeiss LSM header could not be read: %2</source>
        <translation>%1: der Zeiss-LSM-Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LsmScanInformation</name>
    <message>
        <source>%1: the LSM scan information (objective, lasers, detectors) is damaged: %2</source>
        <translation>%1: die LSM-Scaninformation (Objektiv, Laser, Detektoren) ist beschädigt: %2</translation>
    </message>
    <message>
        <source>it has more than %1 entries.</source>
        <translation>sie hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <source>it does not start with a recording block.</source>
        <translation>sie beginnt nicht mit einem Aufnahmeblock (Recording).</translation>
    </message>
    <message>
        <source>its blocks are nested more than %1 levels deep.</source>
        <translation>ihre Blöcke sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>an entry claims %1 bytes.</source>
        <translation>ein Eintrag gibt %1 Byte an.</translation>
    </message>
    <message>
        <source>%1: the LSM scan information lies outside the file; the file is damaged or cut short.</source>
        <translation>%1: die LSM-Scaninformation liegt außerhalb der Datei; die Datei ist beschädigt oder unvollständig.</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <source>%1: the header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1: the header could not be read: %2</source>
        <translation>%1: der Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no reader for the format %2.</source>
        <translation>%1: kein Lesemodul für das Format %2.</translation>
    </message>
    <message>
        <source>%1: this folder is not an image in a known layout.</source>
        <translation>%1: dieser Ordner ist kein Bild in einem bekannten Aufbau.</translation>
    </message>
    <message>
        <source>%1: not an image format Metafill can read (supported: OME-TIFF, ImageJ TIFF, TIFF, Zeiss CZI and LSM, Leica LIF, Nikon ND2, Imaris IMS, OME-Zarr).</source>
        <translation>%1: kein Bildformat, das Metafill lesen kann (unterstützt: OME-TIFF, ImageJ-TIFF, TIFF, Zeiss CZI und LSM, Leica LIF, Nikon ND2, Imaris IMS, OME-Zarr).</translation>
    </message>
</context>
<context>
    <name>MicroManagerSummary</name>
    <message>
        <source>%1: the Micro-Manager summary claims %2 bytes, more than the %3 MiB Metafill reads; it was skipped.</source>
        <translation>%1: die Micro-Manager-Zusammenfassung gibt %2 Byte an, mehr als die %3 MiB, die Metafill liest; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: the Micro-Manager summary is not valid JSON; it was skipped.</source>
        <translation>%1: die Micro-Manager-Zusammenfassung ist kein gültiges JSON; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: the Micro-Manager metadata of the first plane is not valid JSON; it was skipped.</source>
        <translation>%1: die Micro-Manager-Metadaten der ersten Bildebene sind kein gültiges JSON; sie wurden übersprungen.</translation>
    </message>
</context>
<context>
    <name>Nd2ChunkMap</name>
    <message>
        <source>%1: the ND2 signature at the start of the file is damaged; the file cannot be read.</source>
        <translation>%1: die ND2-Signatur am Anfang der Datei ist beschädigt; die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the chunk map at the end of the ND2 file is missing. The file was not closed properly (acquisition interrupted) or was cut short while copying; copy it again from the original.</source>
        <translation>%1: der Chunk-Index am Ende der ND2-Datei fehlt. Die Datei wurde nicht ordnungsgemäß geschlossen (Aufnahme unterbrochen) oder beim Kopieren abgeschnitten; kopieren Sie sie erneut vom Original.</translation>
    </message>
    <message>
        <source>%1: the chunk map of the ND2 file is damaged (%2); the file cannot be read.</source>
        <translation>%1: der Chunk-Index der ND2-Datei ist beschädigt (%2); die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>it points to byte %1 of a file of %2 bytes</source>
        <translation>er verweist auf Byte %1 einer Datei mit %2 Byte</translation>
    </message>
    <message>
        <source>no chunk map at byte %1</source>
        <translation>kein Chunk-Index bei Byte %1</translation>
    </message>
    <message>
        <source>it claims %1 MiB</source>
        <translation>er gibt %1 MiB an</translation>
    </message>
    <message>
        <source>it runs past the end of the file</source>
        <translation>er reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>entry %1 has no proper name</source>
        <translation>Eintrag %1 hat keinen gültigen Namen</translation>
    </message>
    <message>
        <source>it lists more than %1 chunks</source>
        <translation>er führt mehr als %1 Chunks auf</translation>
    </message>
    <message>
        <source>it ends in the middle of an entry</source>
        <translation>er endet mitten in einem Eintrag</translation>
    </message>
    <message>
        <source>the chunk %1 is listed at bytes %2 to %3, beyond the end of the file (%4 bytes)</source>
        <translation>der Chunk %1 ist bei den Bytes %2 bis %3 verzeichnet, hinter dem Ende der Datei (%4 Byte)</translation>
    </message>
    <message>
        <source>it lists more than %1 metadata chunks</source>
        <translation>er führt mehr als %1 Metadaten-Chunks auf</translation>
    </message>
    <message>
        <source>%1: the ND2 file has no chunk %2.</source>
        <translation>%1: die ND2-Datei hat keinen Chunk %2.</translation>
    </message>
    <message>
        <source>%1: the ND2 chunk %2 at byte %3 is damaged (%4); the file cannot be read completely.</source>
        <translation>%1: der ND2-Chunk %2 bei Byte %3 ist beschädigt (%4); die Datei kann nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>its header does not match the chunk map</source>
        <translation>sein Kopf passt nicht zum Chunk-Index</translation>
    </message>
    <message>
        <source>it claims %1 MiB of metadata</source>
        <translation>er gibt %1 MiB Metadaten an</translation>
    </message>
</context>
<context>
    <name>Nd2Reader</name>
    <message>
        <source>%1: the ND2 image attributes give no valid image size; the file is damaged.</source>
        <translation>%1: die ND2-Bildattribute geben keine gültige Bildgröße an; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the ND2 file stores %2-bit samples of a kind Metafill does not know; the pixel type is left empty.</source>
        <translation>%1: die ND2-Datei speichert %2-Bit-Werte einer Art, die Metafill nicht kennt; der Pixeltyp bleibt leer.</translation>
    </message>
    <message>
        <source>%1: the ND2 pixels are not square (aspect %2); only the pixel width is given.</source>
        <translation>%1: die ND2-Pixel sind nicht quadratisch (Seitenverhältnis %2); nur die Pixelbreite wird angegeben.</translation>
    </message>
    <message>
        <source>%1: the ND2 file holds %2 frames but describes no Z stack or time lapse; Z and T are left open.</source>
        <translation>%1: die ND2-Datei enthält %2 Frames, beschreibt aber weder einen Z-Stapel noch eine Zeitreihe; Z und T bleiben offen.</translation>
    </message>
    <message>
        <source>%1: the time lapse was stopped after %2 of %3 time points.</source>
        <translation>%1: die Zeitreihe wurde nach %2 von %3 Zeitpunkten angehalten.</translation>
    </message>
    <message>
        <source>%1: the ND2 experiment describes %2 frames, but the file holds %3; the sizes may be wrong.</source>
        <translation>%1: das ND2-Experiment beschreibt %2 Frames, die Datei enthält aber %3; die Größen können falsch sein.</translation>
    </message>
    <message>
        <source>%1: the ND2 experiment has a loop of a kind Metafill does not map (type %2, %3 steps); Z and T do not include it.</source>
        <translation>%1: das ND2-Experiment enthält eine Schleife einer Art, die Metafill nicht zuordnet (Typ %2, %3 Schritte); Z und T berücksichtigen sie nicht.</translation>
    </message>
    <message>
        <source>%1: the ND2 file lists %2 XY positions but holds only %3 image planes; %4 positions are listed as images.</source>
        <translation>%1: die ND2-Datei führt %2 XY-Positionen auf, enthält aber nur %3 Bildebenen; %4 Positionen werden als Bilder aufgeführt.</translation>
    </message>
    <message>
        <source>%1: the ND2 file has %2 XY positions; only the first %3 are listed as images.</source>
        <translation>%1: die ND2-Datei hat %2 XY-Positionen; nur die ersten %3 werden als Bilder aufgeführt.</translation>
    </message>
    <message>
        <source>%1: the ND2 file describes %2 channel components but stores %3 per pixel.</source>
        <translation>%1: die ND2-Datei beschreibt %2 Kanalkomponenten, speichert aber %3 pro Pixel.</translation>
    </message>
    <message>
        <source>%1: the ND2 metadata block %2 is damaged: %3.</source>
        <translation>%1: der ND2-Metadatenblock %2 ist beschädigt: %3.</translation>
    </message>
    <message>
        <source>%1: ND2 files from NIS-Elements before version 2 (JPEG 2000) are not supported. Open the file in a current NIS-Elements and save it again as ND2 to read its metadata.</source>
        <translation>%1: ND2-Dateien aus NIS-Elements vor Version 2 (JPEG 2000) werden nicht unterstützt. Öffnen Sie die Datei in einer aktuellen NIS-Elements-Version und speichern Sie sie erneut als ND2, um ihre Metadaten zu lesen.</translation>
    </message>
    <message>
        <source>%1: this is not a Nikon ND2 file (the ND2 signature is missing).</source>
        <translation>%1: dies ist keine Nikon-ND2-Datei (die ND2-Signatur fehlt).</translation>
    </message>
    <message>
        <source>%1: ND2 version %2.%3 is newer than the versions Metafill knows (2 and 3); some values may be missing.</source>
        <translation>%1: ND2-Version %2.%3 ist neuer als die Versionen, die Metafill kennt (2 und 3); einige Werte können fehlen.</translation>
    </message>
    <message>
        <source>%1: the ND2 file has no image attributes (size, channels, bit depth); it is damaged.</source>
        <translation>%1: die ND2-Datei hat keine Bildattribute (Größe, Kanäle, Bittiefe); sie ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the ND2 file has no picture metadata; calibration, objective and channels are unknown.</source>
        <translation>%1: die ND2-Datei hat keine Bildmetadaten; Kalibrierung, Objektiv und Kanäle sind unbekannt.</translation>
    </message>
    <message>
        <source>%1: the ND2 metadata needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: die ND2-Metadaten benötigen mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1: the ND2 metadata could not be read: %2</source>
        <translation>%1: die ND2-Metadaten konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Nd2XmlVariant</name>
    <message>
        <source>the metadata is nested more than %1 levels deep</source>
        <translation>die Metadaten sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the metadata holds more than %1 values</source>
        <translation>die Metadaten enthalten mehr als %1 Werte</translation>
    </message>
    <message>
        <source>the XML metadata is not well-formed (%1 at character %2)</source>
        <translation>die XML-Metadaten sind nicht wohlgeformt (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>the XML metadata is empty</source>
        <translation>die XML-Metadaten sind leer</translation>
    </message>
</context>
<context>
    <name>OboReader</name>
    <message>
        <source>the file holds NUL bytes, so it is not an OBO text file. Choose the .obo file itself.</source>
        <translation>die Datei enthält NUL-Bytes und ist daher keine OBO-Textdatei. Wählen Sie die .obo-Datei selbst.</translation>
    </message>
    <message>
        <source>%1: the file holds no [Term] stanza with an id and a name. Is it an OBO ontology file?</source>
        <translation>%1: die Datei enthält keinen [Term]-Abschnitt mit ID und Namen. Ist es eine OBO-Ontologiedatei?</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes. This is not an OBO file, or it is damaged.</source>
        <translation>die Zeile ist länger als %1 Byte. Dies ist keine OBO-Datei, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8. OBO files are UTF-8; save the file as UTF-8 and import it again.</source>
        <translation>der Text ist kein gültiges UTF-8. OBO-Dateien sind in UTF-8 kodiert; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>the stanza header &quot;%1&quot; is not closed with &quot;]&quot;. The file may be cut off or damaged.</source>
        <translation>die Abschnittsüberschrift &quot;%1&quot; wird nicht mit &quot;]&quot; geschlossen. Die Datei ist möglicherweise unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <source>the line is not of the form &quot;tag: value&quot;. The file may be cut off or damaged.</source>
        <translation>die Zeile hat nicht die Form &quot;tag: value&quot;. Die Datei ist möglicherweise unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <source>the value does not start with a quoted text (&quot;…&quot;). The file may be damaged.</source>
        <translation>der Wert beginnt nicht mit einem Text in Anführungszeichen (&quot;…&quot;). Die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>the quoted text is not closed with &quot;. The file may be cut off or damaged.</source>
        <translation>der Text in Anführungszeichen wird nicht mit &quot; geschlossen. Die Datei ist möglicherweise unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <source>a [Term] without an id was left out.</source>
        <translation>ein [Term] ohne ID wurde ausgelassen.</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; was left out: its id is neither a CURIE nor an IRI.</source>
        <translation>der Begriff &quot;%1&quot; wurde ausgelassen: seine ID ist weder ein CURIE noch eine IRI.</translation>
    </message>
    <message>
        <source>the term %1 was left out: its name is longer than %2 characters.</source>
        <translation>der Begriff %1 wurde ausgelassen: sein Name ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>the definition of %1 was cut at %2 characters.</source>
        <translation>die Definition von %1 wurde auf %2 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>%1 has more than %2 synonyms; %3 were left out.</source>
        <translation>%1 hat mehr als %2 Synonyme; %3 wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 has more than %2 parents; %3 were left out.</source>
        <translation>%1 hat mehr als %2 übergeordnete Begriffe; %3 wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 has more than %2 alternative ids; %3 were left out.</source>
        <translation>%1 hat mehr als %2 alternative IDs; %3 wurden ausgelassen.</translation>
    </message>
    <message>
        <source>the file holds more than %1 terms, more than Metafill takes from one file. Split it, or import a subset.</source>
        <translation>die Datei enthält mehr als %1 Begriffe, mehr als Metafill aus einer Datei übernimmt. Teilen Sie sie auf oder importieren Sie eine Teilmenge.</translation>
    </message>
    <message numerus="yes">
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
        <source>bad request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>login required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>interner Serverfehler</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>Zeitüberschreitung am Gateway</translation>
    </message>
    <message>
        <source>The answer of the Ontology Lookup Service at %1 could not be processed (%2).</source>
        <translation>Die Antwort des Ontology Lookup Service unter %1 konnte nicht verarbeitet werden (%2).</translation>
    </message>
    <message>
        <source>The network library (libcurl) could not be set up.</source>
        <translation>Die Netzwerkbibliothek (libcurl) konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 sent a malformed answer (it %2).</source>
        <translation>Der Ontology Lookup Service unter %1 hat eine fehlerhafte Antwort gesendet (sie %2).</translation>
    </message>
    <message>
        <source>The request to the Ontology Lookup Service was superseded by a newer one.</source>
        <translation>Die Anfrage an den Ontology Lookup Service wurde durch eine neuere ersetzt.</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 did not answer within %2 s.</source>
        <translation>Der Ontology Lookup Service unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The request to the Ontology Lookup Service was cancelled because its client was closed.</source>
        <translation>Die Anfrage an den Ontology Lookup Service wurde abgebrochen, weil ihr Client geschlossen wurde.</translation>
    </message>
    <message>
        <source>The request to the Ontology Lookup Service was cancelled.</source>
        <translation>Die Anfrage an den Ontology Lookup Service wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer of the Ontology Lookup Service at %1 was larger than %2 MiB and was discarded.</source>
        <translation>Die Antwort des Ontology Lookup Service unter %1 war größer als %2 MiB und wurde verworfen.</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 sent its answer too slowly (under %2 bytes per second) and was given up on.</source>
        <translation>Der Ontology Lookup Service unter %1 hat seine Antwort zu langsam gesendet (unter %2 Byte pro Sekunde); der Abruf wurde aufgegeben.</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 could not be reached within %2 s.</source>
        <translation>Der Ontology Lookup Service unter %1 war nicht innerhalb von %2 s erreichbar.</translation>
    </message>
    <message>
        <source>The server of the Ontology Lookup Service at %1 could not be found; is this computer offline? (%2)</source>
        <translation>Der Server des Ontology Lookup Service unter %1 wurde nicht gefunden; ist dieser Computer offline? (%2)</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found (%2).</source>
        <translation>Der Proxy %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>Could not connect to the proxy %1 set for the Ontology Lookup Service: %2</source>
        <translation>Keine Verbindung zum Proxy %1, der für den Ontology Lookup Service eingestellt ist: %2</translation>
    </message>
    <message>
        <source>Could not connect to the Ontology Lookup Service at %1 through the proxy %2 that the environment names: %3</source>
        <translation>Keine Verbindung zum Ontology Lookup Service unter %1 über den Proxy %2, den die Umgebungsvariablen angeben: %3</translation>
    </message>
    <message>
        <source>Could not connect to the Ontology Lookup Service at %1: %2</source>
        <translation>Keine Verbindung zum Ontology Lookup Service unter %1: %2</translation>
    </message>
    <message>
        <source>The proxy refused to connect Metafill to the Ontology Lookup Service at %1: %2</source>
        <translation>Der Proxy hat es abgelehnt, Metafill mit dem Ontology Lookup Service unter %1 zu verbinden: %2</translation>
    </message>
    <message>
        <source>The connection to the Ontology Lookup Service at %1 was reset before the answer was complete (%2).</source>
        <translation>Die Verbindung zum Ontology Lookup Service unter %1 wurde zurückgesetzt, bevor die Antwort vollständig war (%2).</translation>
    </message>
    <message>
        <source>A secure connection to the Ontology Lookup Service at %1 could not be set up: %2</source>
        <translation>Eine sichere Verbindung zum Ontology Lookup Service unter %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <source>The request to the Ontology Lookup Service at %1 failed: %2</source>
        <translation>Die Anfrage an den Ontology Lookup Service unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 answered with a redirect to %2. Metafill does not follow redirects; if the service has moved, set its new address in the settings.</source>
        <translation>Der Ontology Lookup Service unter %1 hat mit einer Weiterleitung an %2 geantwortet. Metafill folgt keinen Weiterleitungen; wenn der Dienst umgezogen ist, geben Sie seine neue Adresse in den Einstellungen an.</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 sent a web page instead of data; a network login page or a wrong address may be in the way.</source>
        <translation>Der Ontology Lookup Service unter %1 hat eine Webseite statt Daten gesendet; möglicherweise steht eine Anmeldeseite des Netzwerks oder eine falsche Adresse im Weg.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 returned %2; is this the address of an OLS4 service?</source>
        <translation>Der Ontology Lookup Service unter %1 hat %2 zurückgegeben; ist dies die Adresse eines OLS4-Dienstes?</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 returned %2 — an HTML page instead of data.</source>
        <translation>Der Ontology Lookup Service unter %1 hat %2 zurückgegeben — eine HTML-Seite statt Daten.</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 returned %2: %3</source>
        <translation>Der Ontology Lookup Service unter %1 hat %2 zurückgegeben: %3</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 returned %2.</source>
        <translation>Der Ontology Lookup Service unter %1 hat %2 zurückgegeben.</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 was not asked, because it failed just now (%2). Metafill asks it again from %3.</source>
        <translation>Der Ontology Lookup Service unter %1 wurde nicht angefragt, weil er gerade eben fehlgeschlagen ist (%2). Metafill fragt ihn ab %3 wieder an.</translation>
    </message>
    <message>
        <source>Too many requests to the Ontology Lookup Service are waiting; try again in a moment.</source>
        <translation>Zu viele Anfragen an den Ontology Lookup Service warten; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. Metafill only talks to a service it can verify; if your institution signs its own certificates, set its authority&apos;s certificate file in the OLS settings (metafill-cli: --ca-certificates).</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden: %2. Metafill kommuniziert nur mit einem Dienst, den es überprüfen kann; wenn Ihre Einrichtung eigene Zertifikate ausstellt, geben Sie die Zertifikatsdatei ihrer Zertifizierungsstelle in den OLS-Einstellungen an (metafill-cli: --ca-certificates).</translation>
    </message>
</context>
<context>
    <name>OlsEndpoints</name>
    <message>
        <source>There is nothing to search for.</source>
        <translation>Es ist kein Suchtext angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ontology id such as fbbi or ncbitaxon.</source>
        <translation>&apos;%1&apos; ist keine Ontologie-ID wie fbbi oder ncbitaxon.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the CURIE or IRI of a branch of an ontology.</source>
        <translation>&apos;%1&apos; ist weder der CURIE noch die IRI eines Zweigs einer Ontologie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term id: give a CURIE such as FBbi:00000246 or an IRI.</source>
        <translation>&apos;%1&apos; ist keine Begriffs-ID: geben Sie einen CURIE wie FBbi:00000246 oder eine IRI an.</translation>
    </message>
    <message>
        <source>Metafill cannot tell which ontology %1 belongs to; name the ontology to look it up in.</source>
        <translation>Metafill kann nicht erkennen, zu welcher Ontologie %1 gehört; geben Sie die Ontologie an, in der gesucht werden soll.</translation>
    </message>
</context>
<context>
    <name>OlsResponse</name>
    <message>
        <source>is larger than %1 MiB</source>
        <extracomment>completes &quot;the answer …&quot;</extracomment>
        <translation>ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>is nested deeper or holds more values than any answer of the service</source>
        <translation>ist tiefer verschachtelt oder enthält mehr Werte als jede Antwort des Dienstes</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>has no list of results</source>
        <translation>enthält keine Ergebnisliste</translation>
    </message>
    <message>
        <source>has no list of terms</source>
        <translation>enthält keine Begriffsliste</translation>
    </message>
    <message>
        <source>describes a term without a usable IRI or id</source>
        <translation>beschreibt einen Begriff ohne brauchbare IRI oder ID</translation>
    </message>
    <message>
        <source>is an error message: %1</source>
        <translation>ist eine Fehlermeldung: %1</translation>
    </message>
    <message>
        <source>holds no terms</source>
        <translation>enthält keine Begriffe</translation>
    </message>
</context>
<context>
    <name>OlsSettings</name>
    <message>
        <source>&apos;%1&apos; is not a proxy address Metafill can use. Give it as http://host:port, socks5h://host:port, or &apos;none&apos; to connect directly.</source>
        <translation>&apos;%1&apos; ist keine Proxy-Adresse, die Metafill verwenden kann. Geben Sie sie als http://host:port oder socks5h://host:port an, oder &apos;none&apos; für eine direkte Verbindung.</translation>
    </message>
    <message>
        <source>No address is set for the Ontology Lookup Service.</source>
        <translation>Für den Ontology Lookup Service ist keine Adresse eingestellt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address for the Ontology Lookup Service; give it as https://host/path, for example %2.</source>
        <translation>&apos;%1&apos; ist keine gültige Adresse für den Ontology Lookup Service; geben Sie sie als https://host/path an, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service at %1 would be reached over plain http, which anyone on the network can read and alter. Use its https address; http is accepted only for a service on this computer (localhost).</source>
        <translation>Der Ontology Lookup Service unter %1 würde über unverschlüsseltes http erreicht, das jeder im Netzwerk mitlesen und verändern kann. Verwenden Sie seine https-Adresse; http wird nur für einen Dienst auf diesem Computer (localhost) akzeptiert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address; the Ontology Lookup Service is reached over https.</source>
        <translation>&apos;%1&apos; ist keine Webadresse; der Ontology Lookup Service wird über https erreicht.</translation>
    </message>
    <message>
        <source>The address %1 contains a user name or password; Metafill does not send those to an Ontology Lookup Service.</source>
        <translation>Die Adresse %1 enthält einen Benutzernamen oder ein Passwort; Metafill sendet diese nicht an einen Ontology Lookup Service.</translation>
    </message>
    <message>
        <source>The address %1 must not contain &apos;?&apos; or &apos;#&apos;; give only the service&apos;s base address, for example %2.</source>
        <translation>Die Adresse %1 darf weder &apos;?&apos; noch &apos;#&apos; enthalten; geben Sie nur die Basisadresse des Dienstes an, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The time limits for the Ontology Lookup Service must be longer than zero.</source>
        <translation>Die Zeitlimits für den Ontology Lookup Service müssen größer als null sein.</translation>
    </message>
    <message>
        <source>The settings for the Ontology Lookup Service are out of range (1–4 connections, at least one attempt and one waiting request, answers of at least 1 KiB).</source>
        <translation>Die Einstellungen für den Ontology Lookup Service liegen außerhalb des zulässigen Bereichs (1–4 Verbindungen, mindestens ein Versuch und eine wartende Anfrage, Antworten von mindestens 1 KiB).</translation>
    </message>
</context>
<context>
    <name>OlsStatus</name>
    <message>
        <source>OLS at %1 not asked yet</source>
        <translation>OLS unter %1 noch nicht angefragt</translation>
    </message>
    <message>
        <source>OLS online (last answer %1)</source>
        <translation>OLS online (letzte Antwort %1)</translation>
    </message>
    <message>
        <source>OLS answering with errors: %1</source>
        <translation>OLS antwortet mit Fehlern: %1</translation>
    </message>
    <message>
        <source>OLS unreachable: %1</source>
        <translation>OLS nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>OmeTiff</name>
    <message>
        <source>%1: the OME-XML names the file &quot;%2&quot;, which is not a plain file name in the same folder; Metafill reads only files next to the image.</source>
        <translation>%1: das OME-XML nennt die Datei &quot;%2&quot;, was kein einfacher Dateiname im selben Ordner ist; Metafill liest nur Dateien neben dem Bild.</translation>
    </message>
    <message>
        <source>%1: the OME-XML refers to &quot;%2&quot;, which is missing from the folder %3. Keep all files of a multi-file OME-TIFF together.</source>
        <translation>%1: das OME-XML verweist auf &quot;%2&quot;, das im Ordner %3 fehlt. Bewahren Sie alle Dateien eines OME-TIFF aus mehreren Dateien zusammen auf.</translation>
    </message>
    <message>
        <source>%1: the OME-XML refers to &quot;%2&quot;, a link to a file in another folder; Metafill reads only files next to the image.</source>
        <translation>%1: das OME-XML verweist auf &quot;%2&quot;, eine Verknüpfung zu einer Datei in einem anderen Ordner; Metafill liest nur Dateien neben dem Bild.</translation>
    </message>
    <message>
        <source>%1: the OME-XML refers to &quot;%2&quot;, which is not a file.</source>
        <translation>%1: das OME-XML verweist auf &quot;%2&quot;, das keine Datei ist.</translation>
    </message>
    <message>
        <source>%1: the companion file is %2 MiB long, more than the %3 MiB Metafill reads; it is damaged or not supported.</source>
        <translation>%1: die Begleitdatei ist %2 MiB groß, mehr als die %3 MiB, die Metafill liest; sie ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1: this OME-TIFF is named as the holder of a multi-file set&apos;s metadata, but it has no OME-XML.</source>
        <translation>%1: dieses OME-TIFF ist als Träger der Metadaten eines Satzes aus mehreren Dateien angegeben, enthält aber kein OME-XML.</translation>
    </message>
    <message>
        <source>%1: the metadata file %2 holds no metadata either but points to yet another file; the multi-file set is damaged.</source>
        <translation>%1: die Metadatendatei %2 enthält ebenfalls keine Metadaten, sondern verweist auf noch eine weitere Datei; der Dateisatz ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>OmeXmlFileReader</name>
    <message>
        <source>%1: the OME-XML file is %2 MiB long, more than the %3 MiB Metafill reads.</source>
        <translation>%1: die OME-XML-Datei ist %2 MiB groß, mehr als die %3 MiB, die Metafill liest.</translation>
    </message>
    <message>
        <source>%1: this OME-XML file holds no image metadata; it points to %2 instead.</source>
        <translation>%1: diese OME-XML-Datei enthält keine Bildmetadaten; sie verweist stattdessen auf %2.</translation>
    </message>
    <message>
        <source>%1: the OME-XML needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: das OME-XML benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1: the OME-XML could not be read: %2</source>
        <translation>%1: das OME-XML konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>OmeXmlParser</name>
    <message>
        <source>%1: the OME-XML describes more images, instruments or channels than Metafill shows; the rest was left out.</source>
        <translation>%1: das OME-XML beschreibt mehr Bilder, Instrumente oder Kanäle, als Metafill anzeigt; der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the acquisition date &quot;%2&quot; of image %3 is not a date; it was left out.</source>
        <translation>%1: das Aufnahmedatum &quot;%2&quot; von Bild %3 ist kein Datum; es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the OME-XML metadata is %2 MiB long, more than the %3 MiB Metafill reads; the file is damaged or not supported.</source>
        <translation>%1: die OME-XML-Metadaten sind %2 MiB groß, mehr als die %3 MiB, die Metafill liest; die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1: the OME-XML metadata is empty.</source>
        <translation>%1: die OME-XML-Metadaten sind leer.</translation>
    </message>
    <message>
        <source>%1: the OME-XML metadata is not valid UTF-8 as the OME-TIFF specification requires; it was read as Latin-1, so some characters may be wrong.</source>
        <translation>%1: die OME-XML-Metadaten sind nicht, wie von der OME-TIFF-Spezifikation verlangt, in gültigem UTF-8 kodiert; sie wurden als Latin-1 gelesen, daher können einige Zeichen falsch sein.</translation>
    </message>
    <message>
        <source>%1: the OME-XML metadata needs more memory than is available.</source>
        <translation>%1: die OME-XML-Metadaten benötigen mehr Speicher als verfügbar.</translation>
    </message>
    <message>
        <source>%1: the OME-XML metadata is damaged (%2 at byte %3); the file may be cut short.</source>
        <translation>%1: die OME-XML-Metadaten sind beschädigt (%2 bei Byte %3); die Datei ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>%1: the XML metadata is not OME-XML: its root element is &lt;%2&gt;, not &lt;OME&gt;.</source>
        <translation>%1: die XML-Metadaten sind kein OME-XML: ihr Wurzelelement ist &lt;%2&gt;, nicht &lt;OME&gt;.</translation>
    </message>
    <message>
        <source>the OME-XML metadata</source>
        <extracomment>The %2 of XmlElementStream&apos;s limit messages (&quot;… has a &lt;Plane&gt; element larger than …&quot;).</extracomment>
        <translation>in den OME-XML-Metadaten</translation>
    </message>
</context>
<context>
    <name>OmeZarrReader</name>
    <message>
        <source>%1: %2 further images could not be read and were left out.</source>
        <translation>%1: %2 weitere Bilder konnten nicht gelesen werden und wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; is written in OME-NGFF version %3, which Metafill does not know; it was read as version 0.5.</source>
        <translation>%1: das Bild &quot;%2&quot; ist in OME-NGFF-Version %3 geschrieben, die Metafill nicht kennt; es wurde als Version 0.5 gelesen.</translation>
    </message>
    <message>
        <source>%1: the axes of the image &quot;%2&quot; are not a list of axes.</source>
        <translation>%1: die Achsen des Bildes &quot;%2&quot; sind keine Liste von Achsen.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; describes %3 axes, but its array has %4 dimensions.</source>
        <translation>%1: das Bild &quot;%2&quot; beschreibt %3 Achsen, sein Array hat aber %4 Dimensionen.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; describes %3 channels, but its array has %4.</source>
        <translation>%1: das Bild &quot;%2&quot; beschreibt %3 Kanäle, sein Array hat aber %4.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; has %3 channels; only the first %4 are described.</source>
        <translation>%1: das Bild &quot;%2&quot; hat %3 Kanäle; nur die ersten %4 werden beschrieben.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; uses the unit &quot;%3&quot;, which Metafill does not know; that size is left unknown.</source>
        <translation>%1: das Bild &quot;%2&quot; verwendet die Einheit &quot;%3&quot;, die Metafill nicht kennt; diese Größe bleibt unbekannt.</translation>
    </message>
    <message>
        <source>%1: the image group &quot;%2&quot; is missing.</source>
        <translation>%1: die Bildgruppe &quot;%2&quot; fehlt.</translation>
    </message>
    <message>
        <source>%1: the group &quot;%2&quot; has no multiscales description, so it is not an OME-Zarr image.</source>
        <translation>%1: die Gruppe &quot;%2&quot; hat keine multiscales-Beschreibung und ist daher kein OME-Zarr-Bild.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; lists no arrays (multiscales datasets).</source>
        <translation>%1: das Bild &quot;%2&quot; führt keine Arrays auf (multiscales datasets).</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; names the array &quot;%3&quot;, which is missing or not an array.</source>
        <translation>%1: das Bild &quot;%2&quot; nennt das Array &quot;%3&quot;, das fehlt oder kein Array ist.</translation>
    </message>
    <message>
        <source>%1: the array &quot;%2&quot; has no plausible shape; its metadata are damaged.</source>
        <translation>%1: das Array &quot;%2&quot; hat keine plausible Form; seine Metadaten sind beschädigt.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; has axes OME has no place for: %3; their planes are not counted.</source>
        <translation>%1: das Bild &quot;%2&quot; hat Achsen, für die OME keinen Platz hat: %3; ihre Ebenen werden nicht mitgezählt.</translation>
    </message>
    <message>
        <source>%1: the OME-XML and the Zarr array of image %2 give different sizes; the OME-XML&apos;s are shown.</source>
        <translation>%1: das OME-XML und das Zarr-Array von Bild %2 geben unterschiedliche Größen an; angezeigt werden die des OME-XML.</translation>
    </message>
    <message>
        <source>%1: the plate lists a well without a path.</source>
        <translation>%1: die Platte führt ein Well ohne Pfad auf.</translation>
    </message>
    <message>
        <source>%1: the well &quot;%2&quot; lists no images.</source>
        <translation>%1: das Well &quot;%2&quot; führt keine Bilder auf.</translation>
    </message>
    <message>
        <source>Well %1, field %2</source>
        <translation>Well %1, Bildfeld %2</translation>
    </message>
    <message>
        <source>%1: this folder holds several Zarr folders (%2); open one of them.</source>
        <translation>%1: dieser Ordner enthält mehrere Zarr-Ordner (%2); öffnen Sie einen davon.</translation>
    </message>
    <message>
        <source>%1: this folder is not an OME-Zarr image.</source>
        <translation>%1: dieser Ordner ist kein OME-Zarr-Bild.</translation>
    </message>
    <message>
        <source>%1: the OME-XML beside the images could not be read, so only the Zarr metadata are shown: %2</source>
        <translation>%1: das OME-XML neben den Bildern konnte nicht gelesen werden, daher werden nur die Zarr-Metadaten angezeigt: %2</translation>
    </message>
    <message>
        <source>%1: the bioformats2raw layout version %2 is not one Metafill knows (1 to 3); it was read as version 3.</source>
        <translation>%1: die bioformats2raw-Layoutversion %2 ist Metafill nicht bekannt (1 bis 3); sie wurde als Version 3 gelesen.</translation>
    </message>
    <message>
        <source>%1: the folder has no Zarr metadata (.zattrs, .zgroup or zarr.json).</source>
        <translation>%1: der Ordner hat keine Zarr-Metadaten (.zattrs, .zgroup oder zarr.json).</translation>
    </message>
    <message>
        <source>%1: this is a plain Zarr array without OME-NGFF metadata, so its dimensions have no meaning Metafill can tell.</source>
        <translation>%1: dies ist ein einfaches Zarr-Array ohne OME-NGFF-Metadaten, daher kann Metafill die Bedeutung seiner Dimensionen nicht erkennen.</translation>
    </message>
    <message>
        <source>%1: this Zarr folder holds no OME-NGFF image: its attributes have none of multiscales, plate, well or bioformats2raw.layout.</source>
        <translation>%1: dieser Zarr-Ordner enthält kein OME-NGFF-Bild: seine Attribute enthalten weder multiscales noch plate, well oder bioformats2raw.layout.</translation>
    </message>
    <message>
        <source>%1: the OME-Zarr collection lists no images.</source>
        <translation>%1: die OME-Zarr-Sammlung führt keine Bilder auf.</translation>
    </message>
    <message>
        <source>%1: the metadata need more memory than is available; the folder is damaged or too large.</source>
        <translation>%1: die Metadaten benötigen mehr Speicher als verfügbar; der Ordner ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1: the metadata could not be read: %2</source>
        <translation>%1: die Metadaten konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>OmeroCsvExporter</name>
    <message>
        <source>there is nothing to export</source>
        <translation>es gibt nichts zu exportieren</translation>
    </message>
    <message>
        <source>the template gives no keys to export</source>
        <translation>die Vorlage liefert keine Schlüssel für den Export</translation>
    </message>
    <message>
        <source>KeyVal_from_csv.py would read the key &apos;%1&apos; as an identifier column; export with --format omero</source>
        <translation>KeyVal_from_csv.py würde den Schlüssel &apos;%1&apos; als Kennungsspalte lesen; exportieren Sie mit --format omero</translation>
    </message>
    <message>
        <source>an object has no name; OMERO finds images by name</source>
        <translation>ein Objekt hat keinen Namen; OMERO findet Bilder anhand ihres Namens</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; starts or ends with blanks; OMERO compares names exactly</source>
        <translation>der Name &apos;%1&apos; beginnt oder endet mit Leerzeichen; OMERO vergleicht Namen exakt</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; appears twice; OMERO&apos;s import refuses such a file. Export the folders separately, or rename the files</source>
        <translation>der Name &apos;%1&apos; kommt zweimal vor; der Import von OMERO lehnt eine solche Datei ab. Exportieren Sie die Ordner getrennt oder benennen Sie die Dateien um</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; for &apos;%2&apos; has more than %3 characters; OMERO&apos;s import script cannot read such a cell. Shorten it.</source>
        <translation>der Wert von &apos;%1&apos; für &apos;%2&apos; hat mehr als %3 Zeichen; das Importskript von OMERO kann eine solche Zelle nicht lesen. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; contains &apos;;&apos; (for &apos;%2&apos;); KeyVal_from_csv.py splits it into several values there</source>
        <translation>der Wert von &apos;%1&apos; enthält &apos;;&apos; (für &apos;%2&apos;); KeyVal_from_csv.py teilt ihn dort in mehrere Werte auf</translation>
    </message>
    <message>
        <source>the header alone is larger than %1 bytes</source>
        <translation>schon die Kopfzeile ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>the row for &apos;%1&apos; alone is larger than %2 bytes, more than OMERO accepts in one file</source>
        <translation>schon die Zeile für &apos;%1&apos; ist größer als %2 Byte, mehr als OMERO in einer Datei annimmt</translation>
    </message>
    <message>
        <source>the table is larger than %1 bytes, so it was split into %2 files that OMERO imports one after the other</source>
        <translation>die Tabelle ist größer als %1 Byte und wurde daher in %2 Dateien aufgeteilt, die OMERO nacheinander importiert</translation>
    </message>
    <message>
        <source>%1 is left from an earlier export to the same name and could not be removed; do not import it</source>
        <translation>%1 stammt aus einem früheren Export unter demselben Namen und konnte nicht entfernt werden; importieren Sie diese Datei nicht</translation>
    </message>
    <message>
        <source>removed %1, left by an earlier export to the same name, so that OMERO does not import it with the new files</source>
        <translation>%1 aus einem früheren Export unter demselben Namen entfernt, damit OMERO die Datei nicht mit den neuen Dateien importiert</translation>
    </message>
</context>
<context>
    <name>OmeroExportReader</name>
    <message>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>row %1 has %2 cells, but the header has %3</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OmeroInstructions</name>
    <message>
        <source>the exported file</source>
        <translation>die exportierte Datei</translation>
    </message>
    <message>
        <source>Run the script once per file, in this order: %1.</source>
        <translation>Führen Sie das Skript einmal pro Datei aus, in dieser Reihenfolge: %1.</translation>
    </message>
    <message>
        <source>In OMERO.web, attach %1 to the dataset that holds the images (right-hand panel, Attachments). Keep the dataset selected, open the script menu (the gear icon) and choose annotation scripts ▸ KeyVal_from_csv.</source>
        <translation>Hängen Sie in OMERO.web %1 an das Dataset an, das die Bilder enthält (rechter Bereich, „Attachments“). Lassen Sie das Dataset ausgewählt, öffnen Sie das Skriptmenü (das Zahnradsymbol) und wählen Sie annotation scripts ▸ KeyVal_from_csv.</translation>
    </message>
    <message>
        <source>The images&apos; dataset.</source>
        <translation>Das Dataset der Bilder.</translation>
    </message>
    <message>
        <source>the dataset&apos;s ID</source>
        <translation>die ID des Datasets</translation>
    </message>
    <message>
        <source>Filled in when the dataset is selected; OMERO.web shows it in the right-hand panel.</source>
        <translation>Wird ausgefüllt, wenn das Dataset ausgewählt ist; OMERO.web zeigt sie im rechten Bereich.</translation>
    </message>
    <message>
        <source>leave empty</source>
        <translation>leer lassen</translation>
    </message>
    <message>
        <source>The script then reads the CSV file attached to the dataset (its name must end in .csv).</source>
        <translation>Das Skript liest dann die an das Dataset angehängte CSV-Datei (ihr Name muss auf .csv enden).</translation>
    </message>
    <message>
        <source>The script finds each image by the name in the column “image”; the names must be unique in the dataset.</source>
        <translation>Das Skript findet jedes Bild über den Namen in der Spalte „image“; die Namen müssen im Dataset eindeutig sein.</translation>
    </message>
    <message>
        <source>It has no separator setting: it guesses, and this file uses commas.</source>
        <translation>Es hat keine Einstellung für das Trennzeichen: Es errät es, und diese Datei verwendet Kommas.</translation>
    </message>
    <message>
        <source>It replaces ALL key-value pairs the images already have, in every namespace, and splits every value at “;”.</source>
        <translation>Es ersetzt ALLE Schlüssel-Wert-Paare, die die Bilder bereits haben, in jedem Namespace und teilt jeden Wert bei „;“ auf.</translation>
    </message>
    <message>
        <source>In OMERO.web, select the dataset that holds the images, open the script menu (the gear icon) and choose annotation scripts ▸ Import from CSV.</source>
        <translation>Wählen Sie in OMERO.web das Dataset aus, das die Bilder enthält, öffnen Sie das Skriptmenü (das Zahnradsymbol) und wählen Sie annotation scripts ▸ Import from CSV.</translation>
    </message>
    <message>
        <source>The parent of the images.</source>
        <translation>Das übergeordnete Objekt der Bilder.</translation>
    </message>
    <message>
        <source>Listed as “-- Image”: each row of the file describes one image.</source>
        <translation>Aufgeführt als „-- Image“: Jede Zeile der Datei beschreibt ein Bild.</translation>
    </message>
    <message>
        <source>In OMERO.web, select the dataset “%1”, open the script menu (the gear icon) and choose annotation scripts ▸ Import from CSV.</source>
        <translation>Wählen Sie in OMERO.web das Dataset „%1“ aus, öffnen Sie das Skriptmenü (das Zahnradsymbol) und wählen Sie annotation scripts ▸ Import from CSV.</translation>
    </message>
    <message>
        <source>The dataset the row describes.</source>
        <translation>Das Dataset, das die Zeile beschreibt.</translation>
    </message>
    <message>
        <source>The pairs go on the dataset itself (newer scripts call this “&lt;selected&gt;”).</source>
        <translation>Die Paare kommen an das Dataset selbst (neuere Skripte nennen dies „&lt;selected&gt;“).</translation>
    </message>
    <message>
        <source>In OMERO.web, select the project that holds the datasets, open the script menu (the gear icon) and choose annotation scripts ▸ Import from CSV.</source>
        <translation>Wählen Sie in OMERO.web das Projekt aus, das die Datasets enthält, öffnen Sie das Skriptmenü (das Zahnradsymbol) und wählen Sie annotation scripts ▸ Import from CSV.</translation>
    </message>
    <message>
        <source>The parent of the datasets.</source>
        <translation>Das übergeordnete Objekt der Datasets.</translation>
    </message>
    <message>
        <source>the project&apos;s ID</source>
        <translation>die ID des Projekts</translation>
    </message>
    <message>
        <source>Filled in when the project is selected; OMERO.web shows it in the right-hand panel.</source>
        <translation>Wird ausgefüllt, wenn das Projekt ausgewählt ist; OMERO.web zeigt sie im rechten Bereich.</translation>
    </message>
    <message>
        <source>Listed as “- Dataset”: each row of the file describes one dataset.</source>
        <translation>Aufgeführt als „- Dataset“: Jede Zeile der Datei beschreibt ein Dataset.</translation>
    </message>
    <message>
        <source>Upload it with “Choose File”, or attach it to the %1 beforehand and leave this empty.</source>
        <translation>Laden Sie sie mit „Choose File“ hoch, oder hängen Sie sie vorher an das %1 an und lassen Sie dieses Feld leer.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>The pairs go to OMERO&apos;s client namespace, where people can edit them in OMERO.web.</source>
        <translation>Die Paare kommen in den Client-Namespace von OMERO, wo man sie in OMERO.web bearbeiten kann.</translation>
    </message>
    <message>
        <source>The file&apos;s first row puts the pairs in the namespace “%1”; OMERO.web shows them but does not let people edit them. Anything typed here would replace it.</source>
        <translation>Die erste Zeile der Datei legt die Paare in den Namespace „%1“; OMERO.web zeigt sie an, lässt sie aber nicht bearbeiten. Eine Eingabe hier würde ihn ersetzen.</translation>
    </message>
    <message>
        <source>The file&apos;s separator (“guess” finds it too).</source>
        <translation>Das Trennzeichen der Datei („guess“ erkennt es ebenfalls).</translation>
    </message>
    <message>
        <source>Keep the default.</source>
        <translation>Standardwert beibehalten.</translation>
    </message>
    <message>
        <source>Keep the default: the file has no ID column, so OMERO finds the objects by name.</source>
        <translation>Standardwert beibehalten: Die Datei hat keine ID-Spalte, daher findet OMERO die Objekte über ihren Namen.</translation>
    </message>
    <message>
        <source>The first column, with the dataset names.</source>
        <translation>Die erste Spalte, mit den Namen der Datasets.</translation>
    </message>
    <message>
        <source>The first column, with the image names.</source>
        <translation>Die erste Spalte, mit den Bildnamen.</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>angehakt</translation>
    </message>
    <message>
        <source>Empty cells then add no pairs.</source>
        <translation>Leere Zellen erzeugen dann keine Paare.</translation>
    </message>
    <message>
        <source>Values that contain “;” or “,” then stay whole.</source>
        <translation>Werte, die „;“ oder „,“ enthalten, bleiben dann ganz.</translation>
    </message>
    <message>
        <source>The names in the first column must be exactly the names of the datasets in OMERO.</source>
        <translation>Die Namen in der ersten Spalte müssen genau den Namen der Datasets in OMERO entsprechen.</translation>
    </message>
    <message>
        <source>The names in the first column must be exactly the names the images have in OMERO, and unique in the dataset.</source>
        <translation>Die Namen in der ersten Spalte müssen genau den Namen der Bilder in OMERO entsprechen und im Dataset eindeutig sein.</translation>
    </message>
    <message>
        <source>Running the script twice adds every pair twice.</source>
        <translation>Wird das Skript zweimal ausgeführt, wird jedes Paar doppelt angelegt.</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>Skript: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>parameter: value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OmeroKeys</name>
    <message>
        <source>the OMERO key is empty</source>
        <translation>der OMERO-Schlüssel ist leer</translation>
    </message>
    <message>
        <source>the OMERO key &apos;%1&apos; starts or ends with blanks, which the import script removes</source>
        <translation>der OMERO-Schlüssel &apos;%1&apos; beginnt oder endet mit Leerzeichen, die das Importskript entfernt</translation>
    </message>
    <message>
        <source>the OMERO key &apos;%1&apos; contains a line break, tab or control character</source>
        <translation>der OMERO-Schlüssel &apos;%1&apos; enthält einen Zeilenumbruch, einen Tabulator oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an OMERO container name; Import_from_csv.py silently drops a column with this exact key. Use another spelling, such as &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist ein OMERO-Containername; Import_from_csv.py verwirft eine Spalte mit genau diesem Schlüssel stillschweigend. Verwenden Sie eine andere Schreibweise, etwa &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a column called &apos;%1&apos; is read as OMERO tags, not as a key-value pair; choose another key</source>
        <translation>eine Spalte namens &apos;%1&apos; wird als OMERO-Tags gelesen, nicht als Schlüssel-Wert-Paar; wählen Sie einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the column OMERO uses to find the images; it cannot be a key</source>
        <translation>&apos;%1&apos; ist die Spalte, über die OMERO die Bilder findet; sie kann kein Schlüssel sein</translation>
    </message>
    <message>
        <source>the OMERO key is longer than 255 characters</source>
        <translation>der OMERO-Schlüssel ist länger als 255 Zeichen</translation>
    </message>
</context>
<context>
    <name>PackAddCommand</name>
    <message>
        <source>Subscribe to a facility&apos;s template pack (an https address or a folder): fetch it, check every file&apos;s SHA-256 and keep a copy for offline use. Its templates join the template search path.</source>
        <translation>Das Vorlagenpaket einer Facility abonnieren (eine https-Adresse oder ein Ordner): abrufen, den SHA-256-Wert jeder Datei prüfen und eine Kopie für die Offline-Nutzung aufbewahren. Seine Vorlagen werden in den Suchpfad für Vorlagen aufgenommen.</translation>
    </message>
    <message>
        <source>The pack&apos;s https address or folder (the one holding metafill-pack.json).</source>
        <translation>Die https-Adresse oder der Ordner des Pakets (der Ordner mit metafill-pack.json).</translation>
    </message>
    <message>
        <source>[options] URL|FOLDER</source>
        <translation>[options] URL|FOLDER</translation>
    </message>
    <message>
        <source>metafill-cli pack add: name one pack address or folder</source>
        <translation>metafill-cli pack add: geben Sie eine Paketadresse oder einen Ordner an</translation>
    </message>
    <message>
        <source>metafill-cli pack add: %1</source>
        <translation>metafill-cli pack add: %1</translation>
    </message>
</context>
<context>
    <name>PackBuildCommand</name>
    <message>
        <source>Write a pack&apos;s index (metafill-pack.json) for a facility&apos;s folder with templates/ and terms/: every file&apos;s size and SHA-256. Every template is checked as &apos;template check&apos; does; on any error nothing is written.</source>
        <translation>Den Paketindex (metafill-pack.json) für den Ordner einer Facility mit templates/ und terms/ schreiben: Größe und SHA-256-Wert jeder Datei. Jede Vorlage wird wie mit &apos;template check&apos; geprüft; bei einem Fehler wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The pack&apos;s id, e.g. de.uni-example.lmf (default: the one in the existing index).</source>
        <translation>Die ID des Pakets, z. B. de.uni-example.lmf (Standard: die aus dem vorhandenen Index).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The pack&apos;s version, MAJOR.MINOR.PATCH; raise it whenever a file changes (default: the existing index&apos;s).</source>
        <translation>Die Version des Pakets, MAJOR.MINOR.PATCH; erhöhen Sie sie bei jeder Änderung einer Datei (Standard: die aus dem vorhandenen Index).</translation>
    </message>
    <message>
        <source>X.Y.Z</source>
        <translation>X.Y.Z</translation>
    </message>
    <message>
        <source>The pack&apos;s title (default: the existing index&apos;s).</source>
        <translation>Der Titel des Pakets (Standard: der aus dem vorhandenen Index).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Who publishes the pack, e.g. the facility&apos;s name (default: the existing index&apos;s).</source>
        <translation>Der Herausgeber des Pakets, z. B. der Name der Facility (Standard: der aus dem vorhandenen Index).</translation>
    </message>
    <message>
        <source>A sentence about the pack (default: the existing index&apos;s).</source>
        <translation>Ein Satz über das Paket (Standard: die Beschreibung aus dem vorhandenen Index).</translation>
    </message>
    <message>
        <source>The pack&apos;s folder.</source>
        <translation>Der Ordner des Pakets.</translation>
    </message>
    <message>
        <source>[options] FOLDER</source>
        <translation>[options] FOLDER</translation>
    </message>
    <message>
        <source>metafill-cli pack build: name the pack&apos;s folder</source>
        <translation>metafill-cli pack build: geben Sie den Ordner des Pakets an</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>metafill-cli pack build: the index was not written</source>
        <translation>metafill-cli pack build: der Index wurde nicht geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%n term(s))</source>
        <translation>
            <numerusform>%1: ok (%n Begriff)</numerusform>
            <numerusform>%1: ok (%n Begriffe)</numerusform>
        </translation>
    </message>
    <message>
        <source>metafill-cli pack build: %1</source>
        <translation>metafill-cli pack build: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term pack(s)</source>
        <translation>
            <numerusform>%n Begriffspaket</numerusform>
            <numerusform>%n Begriffspakete</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2 %3 with %4, %5 bytes.</source>
        <translation>%1 geschrieben: %2 %3 mit %4, %5 Byte.</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the template has no &apos;id&apos; and &apos;version&apos;</source>
        <translation>der Vorlage fehlen &apos;id&apos; und &apos;version&apos;</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the index there now cannot be read, so nothing is taken from it: %1</source>
        <translation>der dort vorhandene Index kann nicht gelesen werden, daher wird nichts daraus übernommen: %1</translation>
    </message>
    <message>
        <source>give the pack&apos;s id with --id, in lower-case reverse-domain form such as de.uni-example.lmf</source>
        <translation>geben Sie die ID des Pakets mit --id an, als umgekehrten Domainnamen in Kleinbuchstaben wie de.uni-example.lmf</translation>
    </message>
    <message>
        <source>give the pack&apos;s version with --version, as MAJOR.MINOR.PATCH such as 1.0.0</source>
        <translation>geben Sie die Version des Pakets mit --version an, als MAJOR.MINOR.PATCH wie 1.0.0</translation>
    </message>
    <message>
        <source>give the pack&apos;s title with --title</source>
        <translation>geben Sie den Titel des Pakets mit --title an</translation>
    </message>
    <message>
        <source>name the pack&apos;s publisher with --publisher</source>
        <translation>geben Sie den Herausgeber des Pakets mit --publisher an</translation>
    </message>
    <message>
        <source>%1: left out; a pack holds only the folders %2/ and %3/</source>
        <translation>%1: ausgelassen; ein Paket enthält nur die Ordner %2/ und %3/</translation>
    </message>
    <message>
        <source>%1: a link to another folder; a pack holds real folders and files</source>
        <translation>%1: eine Verknüpfung zu einem anderen Ordner; ein Paket enthält nur echte Ordner und Dateien</translation>
    </message>
    <message>
        <source>%1: a link; a pack holds real files (copy the file here)</source>
        <translation>%1: eine Verknüpfung; ein Paket enthält nur echte Dateien (kopieren Sie die Datei hierher)</translation>
    </message>
    <message>
        <source>%1/: left out; templates and term packs lie directly in %2/</source>
        <translation>%1/: ausgelassen; Vorlagen und Begriffspakete liegen direkt in %2/</translation>
    </message>
    <message>
        <source>%1: left out (%2)</source>
        <translation>%1: ausgelassen (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than a file of this kind may hold (%3 bytes)</source>
        <translation>%1: %2 Byte sind mehr, als eine Datei dieser Art enthalten darf (%3 Byte)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 holds no templates (%2/*.yaml) and no term packs (%3/*.obo, *.json)</source>
        <translation>%1 enthält keine Vorlagen (%2/*.yaml) und keine Begriffspakete (%3/*.obo, *.json)</translation>
    </message>
    <message>
        <source>the files changed since version %1 was built; give the pack a new version with --version</source>
        <translation>die Dateien haben sich seit dem Erstellen von Version %1 geändert; geben Sie dem Paket mit --version eine neue Version</translation>
    </message>
    <message>
        <source>%1: the template %2 %3 changed since the last build, but its version did not; raise &apos;version&apos; in the template (records made with the old content still name %3)</source>
        <translation>%1: die Vorlage %2 %3 hat sich seit dem letzten Erstellen geändert, ihre Version aber nicht; erhöhen Sie &apos;version&apos; in der Vorlage (Datensätze, die mit dem alten Inhalt erstellt wurden, verweisen weiterhin auf %3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PackChanges</name>
    <message>
        <source>template %1 %2: new</source>
        <translation>Vorlage %1 %2: neu</translation>
    </message>
    <message>
        <source>template %1 %2: removed from the pack (kept here for records made with it)</source>
        <translation>Vorlage %1 %2: aus dem Paket entfernt (hier für damit erstellte Datensätze aufbewahrt)</translation>
    </message>
    <message>
        <source>template %1: %2 → %3</source>
        <translation>Vorlage %1: %2 → %3</translation>
    </message>
    <message>
        <source>template %1 %2: the content changed, but not the version</source>
        <translation>Vorlage %1 %2: der Inhalt hat sich geändert, die Version aber nicht</translation>
    </message>
    <message>
        <source>presets added: %1</source>
        <translation>Voreinstellungen hinzugefügt: %1</translation>
    </message>
    <message>
        <source>presets removed: %1</source>
        <translation>Voreinstellungen entfernt: %1</translation>
    </message>
    <message>
        <source>term pack %1: new</source>
        <translation>Begriffspaket %1: neu</translation>
    </message>
    <message>
        <source>term pack %1: removed</source>
        <translation>Begriffspaket %1: entfernt</translation>
    </message>
    <message>
        <source>term pack %1: changed</source>
        <translation>Begriffspaket %1: geändert</translation>
    </message>
</context>
<context>
    <name>PackCommands</name>
    <message>
        <source>Proxy for fetching packs, e.g. http://proxy:3128, or &apos;none&apos; (default: the https_proxy environment variable).</source>
        <translation>Proxy zum Abrufen von Paketen, z. B. http://proxy:3128, oder &apos;none&apos; (Standard: die Umgebungsvariable https_proxy).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s (an institution&apos;s own).</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen (etwa der eigenen einer Einrichtung), denen zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The store the packs&apos; term packs are imported into (default %1).</source>
        <translation>Der Begriffsspeicher, in den die Begriffspakete der Vorlagenpakete importiert werden (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>PackFetcher</name>
    <message>
        <source>&apos;%1&apos; is not a web address; give the pack&apos;s https address or a folder.</source>
        <translation>&apos;%1&apos; ist keine Webadresse; geben Sie die https-Adresse des Pakets oder einen Ordner an.</translation>
    </message>
    <message>
        <source>%1 would be fetched over plain http, which anyone on the network can read and alter. Use the pack&apos;s https address; http is accepted only for this computer (localhost).</source>
        <translation>%1 würde über unverschlüsseltes http abgerufen, das jeder im Netzwerk mitlesen und verändern kann. Verwenden Sie die https-Adresse des Pakets; http wird nur für diesen Computer (localhost) akzeptiert.</translation>
    </message>
    <message>
        <source>%1: template packs are fetched over https (or from a folder), not over %2.</source>
        <translation>%1: Vorlagenpakete werden über https (oder aus einem Ordner) abgerufen, nicht über %2.</translation>
    </message>
    <message>
        <source>The address %1 contains a user name or password; Metafill does not send those.</source>
        <translation>Die Adresse %1 enthält einen Benutzernamen oder ein Passwort; Metafill sendet diese nicht.</translation>
    </message>
    <message>
        <source>The network library could not be started.</source>
        <translation>Die Netzwerkbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cancelled while fetching %1.</source>
        <translation>Beim Abrufen von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes expected; it was not accepted.</source>
        <translation>%1 ist größer als die erwarteten %2 Byte; die Datei wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Could not store what %1 sent: %2</source>
        <translation>Die Antwort von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2).</translation>
    </message>
    <message>
        <source>The server of %1 is not known here; check the address and that this computer is online.</source>
        <translation>Der Server von %1 ist hier nicht bekannt; prüfen Sie die Adresse und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The proxy could not be used for %1 (%2).</source>
        <translation>Der Proxy konnte für %1 nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>Could not connect to %1; the server may be down or this computer offline.</source>
        <translation>Keine Verbindung zu %1; der Server ist möglicherweise nicht erreichbar oder dieser Computer offline.</translation>
    </message>
    <message>
        <source>The connection ended before all of %1 arrived (%2).</source>
        <translation>Die Verbindung wurde beendet, bevor %1 vollständig angekommen war (%2).</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. If your institution signs its own certificates, name its authority&apos;s certificate file.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden: %2. Wenn Ihre Einrichtung eigene Zertifikate ausstellt, geben Sie die Zertifikatsdatei ihrer Zertifizierungsstelle an.</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: only https is used.</source>
        <translation>%1 kann nicht abgerufen werden: es wird nur https verwendet.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times; given up.</source>
        <translation>%1 leitet mehr als %2-mal weiter; abgebrochen.</translation>
    </message>
    <message>
        <source>%1 redirects to %2, away from https; refused.</source>
        <translation>%1 leitet an %2 weiter, weg von https; abgelehnt.</translation>
    </message>
    <message>
        <source>%1 redirects to an address Metafill does not use: %2</source>
        <translation>%1 leitet an eine Adresse weiter, die Metafill nicht verwendet: %2</translation>
    </message>
    <message>
        <source>%1: the server answered %2%3.</source>
        <translation>%1: der Server antwortete mit %2%3.</translation>
    </message>
</context>
<context>
    <name>PackIndex</name>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>the path is longer than %1 characters</source>
        <translation>der Pfad ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the path must be relative, with &apos;/&apos; between folder and file name</source>
        <translation>der Pfad muss relativ sein, mit &apos;/&apos; zwischen Ordner- und Dateiname</translation>
    </message>
    <message>
        <source>the path must not contain &apos;.&apos; or &apos;..&apos;</source>
        <translation>der Pfad darf weder &apos;.&apos; noch &apos;..&apos; enthalten</translation>
    </message>
    <message>
        <source>a pack holds files directly in its folders templates/ and terms/, nothing else</source>
        <translation>ein Paket enthält nur Dateien direkt in seinen Ordnern templates/ und terms/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a portable file name (letters A–Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;)</source>
        <translation>&apos;%1&apos; ist kein portabler Dateiname (Buchstaben A–Z, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, nicht mit &apos;.&apos; oder &apos;-&apos; am Anfang)</translation>
    </message>
    <message>
        <source>templates end in .yaml or .yml</source>
        <translation>Vorlagen enden auf .yaml oder .yml</translation>
    </message>
    <message>
        <source>term packs end in .obo or .json</source>
        <translation>Begriffspakete enden auf .obo oder .json</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the index is larger than %1 KiB; a pack&apos;s index is far smaller</source>
        <translation>der Index ist größer als %1 KiB; der Index eines Pakets ist weit kleiner</translation>
    </message>
    <message>
        <source>the index is not valid JSON (at byte %1: %2)</source>
        <translation>der Index ist kein gültiges JSON (bei Byte %1: %2)</translation>
    </message>
    <message>
        <source>this is not the index of a Metafill template pack (it has no &apos;%1&apos; entry)</source>
        <translation>dies ist nicht der Index eines Metafill-Vorlagenpakets (es fehlt der Eintrag &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the pack was written for a newer Metafill (pack format %1); update Metafill</source>
        <translation>das Paket wurde für eine neuere Metafill-Version geschrieben (Paketformat %1); aktualisieren Sie Metafill</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be a reverse-domain name in lower case, such as de.uni-example.lmf (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&apos;id&apos; muss ein umgekehrter Domainname in Kleinbuchstaben sein, etwa de.uni-example.lmf (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be MAJOR.MINOR.PATCH, such as 1.4.0</source>
        <translation>&apos;version&apos; muss die Form MAJOR.MINOR.PATCH haben, etwa 1.4.0</translation>
    </message>
    <message>
        <source>&apos;title&apos; must be a text, or a mapping from language codes to texts</source>
        <translation>&apos;title&apos; muss ein Text sein oder eine Zuordnung von Sprachcodes zu Texten</translation>
    </message>
    <message>
        <source>&apos;publisher&apos; must name who publishes the pack</source>
        <translation>&apos;publisher&apos; muss den Herausgeber des Pakets nennen</translation>
    </message>
    <message>
        <source>&apos;description&apos; must be a text, or a mapping from language codes to texts</source>
        <translation>&apos;description&apos; muss ein Text sein oder eine Zuordnung von Sprachcodes zu Texten</translation>
    </message>
    <message>
        <source>&apos;files&apos; must list the pack&apos;s files</source>
        <translation>&apos;files&apos; muss die Dateien des Pakets auflisten</translation>
    </message>
    <message>
        <source>the pack lists %1 files; at most %2 are accepted</source>
        <translation>das Paket führt %1 Dateien auf; höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>%1 is listed twice (perhaps with different upper and lower case)</source>
        <translation>%1 ist doppelt aufgeführt (vielleicht in unterschiedlicher Groß- und Kleinschreibung)</translation>
    </message>
    <message>
        <source>%1: &apos;sha256&apos; must be 64 lower-case hexadecimal digits</source>
        <translation>%1: &apos;sha256&apos; muss aus 64 Hexadezimalziffern in Kleinbuchstaben bestehen</translation>
    </message>
    <message>
        <source>%1: &apos;size&apos; must be the file&apos;s size in bytes</source>
        <translation>%1: &apos;size&apos; muss die Größe der Datei in Byte sein</translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than a file of this kind may hold (%3 bytes)</source>
        <translation>%1: %2 Byte sind mehr, als eine Datei dieser Art enthalten darf (%3 Byte)</translation>
    </message>
    <message>
        <source>the files add up to more than %1 MiB</source>
        <translation>die Dateien ergeben zusammen mehr als %1 MiB</translation>
    </message>
    <message>
        <source>%1: &apos;template&apos; must give the template&apos;s id and version (run &apos;metafill-cli pack build&apos;)</source>
        <translation>%1: &apos;template&apos; muss ID und Version der Vorlage angeben (führen Sie &apos;metafill-cli pack build&apos; aus)</translation>
    </message>
    <message>
        <source>%1: the template %2 %3 is in the pack twice</source>
        <translation>%1: die Vorlage %2 %3 ist doppelt im Paket</translation>
    </message>
</context>
<context>
    <name>PackListCommand</name>
    <message>
        <source>List the subscribed template packs: version in use, source, templates, and the versions kept for older records.</source>
        <translation>Die abonnierten Vorlagenpakete auflisten: verwendete Version, Quelle, Vorlagen und die für ältere Datensätze aufbewahrten Versionen.</translation>
    </message>
    <message>
        <source>metafill-cli pack list: takes no arguments</source>
        <translation>metafill-cli pack list: erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Template packs in %1</source>
        <translation>Vorlagenpakete in %1</translation>
    </message>
    <message>
        <source>No template packs are subscribed; add one with &apos;metafill-cli pack add URL|FOLDER&apos;.</source>
        <translation>Es sind keine Vorlagenpakete abonniert; fügen Sie eines mit &apos;metafill-cli pack add URL|FOLDER&apos; hinzu.</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>checked: %1</source>
        <translation>geprüft: %1</translation>
    </message>
    <message>
        <source>kept versions: %1</source>
        <translation>aufbewahrte Versionen: %1</translation>
    </message>
    <message>
        <source>template %1 %2</source>
        <translation>Vorlage %1 %2</translation>
    </message>
    <message>
        <source>term pack %1</source>
        <translation>Begriffspaket %1</translation>
    </message>
</context>
<context>
    <name>PackManager</name>
    <message>
        <source>This system names no folder for application data, so template packs cannot be stored.</source>
        <translation>Dieses System nennt keinen Ordner für Anwendungsdaten, daher können keine Vorlagenpakete gespeichert werden.</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for template packs</source>
        <translation>der Ordner %1 für Vorlagenpakete kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Another Metafill is changing the template packs right now; try again when it is done.</source>
        <translation>Eine andere Metafill-Instanz ändert gerade die Vorlagenpakete; versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; &apos;%2&apos; is not a pack id and version</source>
        <translation>&apos;%1&apos; &apos;%2&apos; ist keine Paket-ID mit Version</translation>
    </message>
    <message>
        <source>The kept copy of %1 %2 is missing (%3); update the pack to fetch it again.</source>
        <translation>Die aufbewahrte Kopie von %1 %2 fehlt (%3); aktualisieren Sie das Paket, um sie erneut abzurufen.</translation>
    </message>
    <message>
        <source>No template pack &apos;%1&apos; is subscribed; &apos;metafill-cli pack list&apos; shows those that are.</source>
        <translation>Es ist kein Vorlagenpaket &apos;%1&apos; abonniert; &apos;metafill-cli pack list&apos; zeigt die abonnierten an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 %2 stays in use.</source>
        <translation>Es wurde nichts geändert: %1 %2 wird weiter verwendet.</translation>
    </message>
    <message>
        <source>%1 now holds the pack &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation>%1 enthält jetzt das Paket &apos;%2&apos;, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>%1 offers version %2, older than the %3 in use; Metafill does not go back on its own. To use %2, remove the pack and add it again.</source>
        <translation>%1 bietet Version %2 an, älter als die verwendete %3; Metafill kehrt nicht von selbst zu einer älteren Version zurück. Um %2 zu verwenden, entfernen Sie das Paket und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>The pack %1 is subscribed already; &apos;metafill-cli pack update %1&apos; fetches its newest version.</source>
        <translation>Das Paket %1 ist bereits abonniert; &apos;metafill-cli pack update %1&apos; ruft seine neueste Version ab.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 offers version %2 with other files than the %2 kept here; its publisher must give changed files a new version number.</source>
        <translation>%1 bietet Version %2 mit anderen Dateien an als die hier aufbewahrte %2; der Herausgeber muss geänderten Dateien eine neue Versionsnummer geben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The copy of %1 %2 kept here was damaged (%3); it was fetched again.</source>
        <translation>Die hier aufbewahrte Kopie von %1 %2 war beschädigt (%3); sie wurde erneut abgerufen.</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>The content of %1 changed, but its version did not; records made with the old content would be read with the new one. The pack&apos;s publisher must raise the template&apos;s version.</source>
        <translation>Der Inhalt von %1 hat sich geändert, die Version aber nicht; Datensätze, die mit dem alten Inhalt erstellt wurden, würden mit dem neuen gelesen. Der Herausgeber des Pakets muss die Version der Vorlage erhöhen.</translation>
    </message>
    <message>
        <source>cannot move the new version into %1</source>
        <translation>die neue Version kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>The term pack &apos;%1&apos; also comes with the pack %2; the one imported last is used.</source>
        <translation>Das Begriffspaket &apos;%1&apos; ist auch im Paket %2 enthalten; verwendet wird das zuletzt importierte.</translation>
    </message>
    <message>
        <source>cannot create folders in %1</source>
        <translation>in %1 können keine Ordner angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the template cannot be used here: %2</source>
        <translation>%1: die Vorlage kann hier nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is the template %2 %3, but the pack&apos;s index says %4 %5.</source>
        <translation>%1 ist die Vorlage %2 %3, laut Paketindex aber %4 %5.</translation>
    </message>
    <message>
        <source>%1: the term pack cannot be imported: %2</source>
        <translation>%1: das Begriffspaket kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Some files of the pack could not be deleted from %1.</source>
        <translation>Einige Dateien des Pakets konnten nicht aus %1 gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>PackRemoveCommand</name>
    <message>
        <source>End the subscription to a template pack and delete its kept versions and term packs from this computer.</source>
        <translation>Das Abonnement eines Vorlagenpakets beenden und seine aufbewahrten Versionen und Begriffspakete von diesem Computer löschen.</translation>
    </message>
    <message>
        <source>The store the pack&apos;s term packs were imported into (default %1).</source>
        <translation>Der Begriffsspeicher, in den die Begriffspakete des Vorlagenpakets importiert wurden (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The pack&apos;s id, as &apos;metafill-cli pack list&apos; shows it.</source>
        <translation>Die ID des Pakets, wie &apos;metafill-cli pack list&apos; sie anzeigt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>metafill-cli pack remove: name one pack</source>
        <translation>metafill-cli pack remove: geben Sie ein Paket an</translation>
    </message>
    <message>
        <source>metafill-cli pack remove: %1</source>
        <translation>metafill-cli pack remove: %1</translation>
    </message>
    <message>
        <source>Removed the template pack %1 (%2).</source>
        <translation>Vorlagenpaket %1 (%2) entfernt.</translation>
    </message>
    <message>
        <source>These templates are no longer available: %1. Records made with them open again once the pack is added back.</source>
        <translation>Diese Vorlagen sind nicht mehr verfügbar: %1. Damit erstellte Datensätze lassen sich wieder öffnen, sobald das Paket erneut hinzugefügt wird.</translation>
    </message>
    <message>
        <source>term store: %1 removed</source>
        <translation>Begriffsspeicher: %1 entfernt</translation>
    </message>
</context>
<context>
    <name>PackSource</name>
    <message>
        <source>Name the pack&apos;s folder or its https address.</source>
        <translation>Geben Sie den Ordner oder die https-Adresse des Pakets an.</translation>
    </message>
    <message>
        <source>The address %1 must not contain &apos;?&apos; or &apos;#&apos;; give the address of the pack&apos;s folder.</source>
        <translation>Die Adresse %1 darf weder &apos;?&apos; noch &apos;#&apos; enthalten; geben Sie die Adresse des Paketordners an.</translation>
    </message>
    <message>
        <source>%1 is neither a folder here nor an https address.</source>
        <translation>%1 ist weder ein Ordner auf diesem Computer noch eine https-Adresse.</translation>
    </message>
    <message>
        <source>%1 is a file; name the folder that holds %2.</source>
        <translation>%1 ist eine Datei; geben Sie den Ordner an, der %2 enthält.</translation>
    </message>
    <message>
        <source>%1 holds no %2; a facility makes it with &apos;metafill-cli pack build FOLDER&apos;.</source>
        <translation>%1 enthält keine Datei %2; eine Facility erstellt sie mit &apos;metafill-cli pack build FOLDER&apos;.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; a pack&apos;s index is far smaller.</source>
        <translation>%1 ist größer als %2 KiB; der Index eines Pakets ist weit kleiner.</translation>
    </message>
    <message>
        <source>%1 is listed in the pack&apos;s index but is not there.</source>
        <translation>%1 ist im Paketindex aufgeführt, aber nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a link to a file outside the pack; refused.</source>
        <translation>%1 ist eine Verknüpfung zu einer Datei außerhalb des Pakets; abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cancelled while copying %1.</source>
        <translation>Beim Kopieren von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes expected; it was not accepted.</source>
        <translation>%1 ist größer als die erwarteten %2 Byte; die Datei wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Could not store a copy of %1: %2</source>
        <translation>Eine Kopie von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PackStore</name>
    <message>
        <source>%1: %2. Fix the file, or delete it and add the packs again with &apos;metafill-cli pack add&apos;.</source>
        <translation>%1: %2. Korrigieren Sie die Datei, oder löschen Sie sie und fügen Sie die Pakete mit &apos;metafill-cli pack add&apos; erneut hinzu.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB, far more than any list of packs needs</source>
        <translation>die Datei ist größer als %1 KiB, weit mehr, als eine Paketliste je benötigt</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>kein gültiges JSON bei Byte %1 (%2)</translation>
    </message>
    <message>
        <source>this is not Metafill&apos;s list of template packs</source>
        <translation>dies ist nicht die Liste der Vorlagenpakete von Metafill</translation>
    </message>
    <message>
        <source>the list was written by a newer Metafill; update Metafill</source>
        <translation>die Liste wurde von einer neueren Metafill-Version geschrieben; aktualisieren Sie Metafill</translation>
    </message>
    <message>
        <source>it lists more than %1 packs</source>
        <translation>sie führt mehr als %1 Pakete auf</translation>
    </message>
    <message>
        <source>entry %1 has no valid id, version or source</source>
        <translation>Eintrag %1 hat keine gültige ID, Version oder Quelle</translation>
    </message>
    <message>
        <source>the pack %1 is listed twice</source>
        <translation>das Paket %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for template packs</source>
        <translation>der Ordner %1 für Vorlagenpakete kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PackUpdate</name>
    <message>
        <source>Subscribed to %1 %2: %3 (%4), from %5</source>
        <translation>%1 %2 abonniert: %3 (%4), von %5</translation>
    </message>
    <message>
        <source>%1 %2: up to date</source>
        <translation>%1 %2: aktuell</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>term store: %1 (%2), %n term(s)</source>
        <translation>
            <numerusform>Begriffsspeicher: %1 (%2), %n Begriff</numerusform>
            <numerusform>Begriffsspeicher: %1 (%2), %n Begriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 entfernt</translation>
    </message>
    <message>
        <source>term store: %1 removed</source>
        <translation>Begriffsspeicher: %1 entfernt</translation>
    </message>
</context>
<context>
    <name>PackUpdateCommand</name>
    <message>
        <source>Fetch the newest version of subscribed template packs (all, or the one named) and print what changed. A pack with any altered file is refused whole; the version in use stays.</source>
        <translation>Die neueste Version aller abonnierten Vorlagenpakete (oder des genannten) abrufen und die Änderungen ausgeben. Ein Paket mit einer veränderten Datei wird als Ganzes abgelehnt; die verwendete Version bleibt erhalten.</translation>
    </message>
    <message>
        <source>The pack to update; all subscribed packs without it.</source>
        <translation>Das zu aktualisierende Paket; ohne Angabe alle abonnierten Pakete.</translation>
    </message>
    <message>
        <source>[options] [ID]</source>
        <translation>[options] [ID]</translation>
    </message>
    <message>
        <source>metafill-cli pack update: name at most one pack</source>
        <translation>metafill-cli pack update: geben Sie höchstens ein Paket an</translation>
    </message>
    <message>
        <source>No template packs are subscribed; add one with &apos;metafill-cli pack add URL|FOLDER&apos;.</source>
        <translation>Es sind keine Vorlagenpakete abonniert; fügen Sie eines mit &apos;metafill-cli pack add URL|FOLDER&apos; hinzu.</translation>
    </message>
    <message>
        <source>metafill-cli pack update: %1</source>
        <translation>metafill-cli pack update: %1</translation>
    </message>
</context>
<context>
    <name>PackVerifier</name>
    <message>
        <source>Cancelled while checking the pack&apos;s files.</source>
        <translation>Beim Prüfen der Paketdateien abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the file is missing.</source>
        <translation>%1: die Datei fehlt.</translation>
    </message>
    <message>
        <source>%1: the file has %2 bytes, but the pack&apos;s index says %3; it was cut short or altered on the way.</source>
        <translation>%1: die Datei hat %2 Byte, laut Paketindex aber %3; sie wurde unterwegs gekürzt oder verändert.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the file&apos;s SHA-256 (%2) is not the one in the pack&apos;s index (%3); it was altered or damaged on the way.</source>
        <translation>%1: der SHA-256-Wert der Datei (%2) stimmt nicht mit dem im Paketindex (%3) überein; sie wurde unterwegs verändert oder beschädigt.</translation>
    </message>
</context>
<context>
    <name>PlainTiff</name>
    <message>
        <source>%1: the file has more than %2 pages; Metafill does not count them, so the number of time points is left unknown.</source>
        <translation>%1: die Datei hat mehr als %2 Seiten; Metafill zählt sie nicht, daher bleibt die Anzahl der Zeitpunkte unbekannt.</translation>
    </message>
    <message>
        <source>%1: the file&apos;s pages are spread over more than %2 KiB of directories; Metafill stopped counting after %3 pages, so the number of time points is left unknown.</source>
        <translation>%1: die Seiten der Datei verteilen sich auf mehr als %2 KiB an Verzeichnissen; Metafill hat nach %3 Seiten aufgehört zu zählen, daher bleibt die Anzahl der Zeitpunkte unbekannt.</translation>
    </message>
    <message>
        <source>%1: the TIFF directories form a loop; the file is damaged, so the number of pages is left unknown.</source>
        <translation>%1: die TIFF-Verzeichnisse bilden eine Schleife; die Datei ist beschädigt, daher bleibt die Anzahl der Seiten unbekannt.</translation>
    </message>
    <message>
        <source>%1: a TIFF directory pointer leads outside the file; the file is damaged or cut short, so the number of pages is left unknown.</source>
        <translation>%1: ein TIFF-Verzeichniszeiger führt aus der Datei hinaus; die Datei ist beschädigt oder unvollständig, daher bleibt die Anzahl der Seiten unbekannt.</translation>
    </message>
    <message>
        <source>%1: a TIFF directory claims %2 entries; the file is damaged, so the number of pages is left unknown.</source>
        <translation>%1: ein TIFF-Verzeichnis gibt %2 Einträge an; die Datei ist beschädigt, daher bleibt die Anzahl der Seiten unbekannt.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>template default</source>
        <translation>Standardwert der Vorlage</translation>
    </message>
    <message>
        <source>preset %1</source>
        <translation>Voreinstellung %1</translation>
    </message>
    <message>
        <source>file header of %1 (image %2, %3)</source>
        <translation>Dateikopf von %1 (Bild %2, %3)</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
</context>
<context>
    <name>RecordBinder</name>
    <message>
        <source>this record was made with the template &apos;%1&apos;, not with &apos;%2&apos;</source>
        <translation>dieser Datensatz wurde mit der Vorlage &apos;%1&apos; erstellt, nicht mit &apos;%2&apos;</translation>
    </message>
    <message>
        <source>this record was made with &apos;%1&apos;; it is read with &apos;%2&apos;, which extends it</source>
        <translation>dieser Datensatz wurde mit &apos;%1&apos; erstellt; er wird mit &apos;%2&apos; gelesen, einer Erweiterung davon</translation>
    </message>
    <message>
        <source>this record was made with version %1 of the template; it is read with version %2</source>
        <translation>dieser Datensatz wurde mit Version %1 der Vorlage erstellt; er wird mit Version %2 gelesen</translation>
    </message>
    <message>
        <source>the template %1 %2 changed since this record was made, but its version number did not; ask its author to raise the version</source>
        <translation>die Vorlage %1 %2 hat sich seit dem Erstellen dieses Datensatzes geändert, ihre Versionsnummer aber nicht; bitten Sie den Autor der Vorlage, die Version zu erhöhen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field path</source>
        <translation>&apos;%1&apos; ist kein Feldpfad</translation>
    </message>
    <message>
        <source>the template %1 %2 has no field &apos;%3&apos;; its value %4 is not carried over</source>
        <translation>die Vorlage %1 %2 hat kein Feld &apos;%3&apos;; der Wert %4 wird nicht übernommen</translation>
    </message>
    <message>
        <source>renamed to &apos;%1&apos;</source>
        <translation>umbenannt in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; no longer repeats; instance %2 is not carried over</source>
        <translation>Abschnitt &apos;%1&apos; wiederholt sich nicht mehr; Instanz %2 wird nicht übernommen</translation>
    </message>
    <message>
        <source>the field now takes one value, but %1 are stored; none is carried over</source>
        <translation>das Feld nimmt jetzt nur einen Wert auf, gespeichert sind aber %1; keiner davon wird übernommen</translation>
    </message>
    <message>
        <source>the value %1 cannot be read as %2: %3</source>
        <translation>der Wert %1 kann nicht als %2 gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>name the template with --template FILE</source>
        <translation>geben Sie die Vorlage mit --template FILE an</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&apos;%1&apos; is not a field path such as study.title or biosample[1].organism</source>
        <translation>&apos;%1&apos; ist kein Feldpfad wie study.title oder biosample[1].organism</translation>
    </message>
    <message>
        <source>the template %1 has no section &apos;%2&apos;</source>
        <translation>die Vorlage %1 hat keinen Abschnitt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no field &apos;%2&apos; (see &apos;metafill-cli template fields&apos;)</source>
        <translation>Abschnitt &apos;%1&apos; hat kein Feld &apos;%2&apos; (siehe &apos;metafill-cli template fields&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is hidden by the template</source>
        <translation>&apos;%1&apos; wird von der Vorlage ausgeblendet</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; does not repeat; leave out the [%2]</source>
        <translation>Abschnitt &apos;%1&apos; wiederholt sich nicht; lassen Sie [%2] weg</translation>
    </message>
    <message numerus="yes">
        <source>section &apos;%1&apos; may appear at most %n times (instances count from 0)</source>
        <translation>
            <numerusform>Abschnitt &apos;%1&apos; darf höchstens %n-mal vorkommen (Instanzen werden ab 0 gezählt)</numerusform>
            <numerusform>Abschnitt &apos;%1&apos; darf höchstens %n-mal vorkommen (Instanzen werden ab 0 gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; must have the form FIELD_PATH=VALUE</source>
        <translation>&apos;%1&apos; muss die Form FIELD_PATH=VALUE haben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is given twice, but the field takes one value</source>
        <translation>%1 ist zweimal angegeben, das Feld nimmt aber nur einen Wert auf</translation>
    </message>
    <message>
        <source>the template has no preset &apos;%1&apos;</source>
        <translation>die Vorlage hat keine Voreinstellung &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>RecordFile</name>
    <message>
        <source>&apos;values&apos; must be an object mapping field paths to values</source>
        <translation>&apos;values&apos; muss ein Objekt sein, das Feldpfaden Werte zuordnet</translation>
    </message>
    <message>
        <source>the entry for &apos;%1&apos; must be an object with a &apos;value&apos;</source>
        <translation>der Eintrag für &apos;%1&apos; muss ein Objekt mit einem &apos;value&apos; sein</translation>
    </message>
    <message>
        <source>the entry for &apos;%1&apos; has an unknown source &apos;%2&apos;</source>
        <translation>der Eintrag für &apos;%1&apos; hat eine unbekannte Herkunft &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; this is not a record file</source>
        <translation>%1 ist größer als %2 MiB; das ist keine Datensatzdatei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the record is nested more than %1 levels deep</source>
        <translation>der Datensatz ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>this is not valid JSON (at byte %1): %2</source>
        <translation>dies ist kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>dies ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>this is not a Metafill record (it has no &apos;metafill_record&apos; entry)</source>
        <translation>dies ist kein Metafill-Datensatz (es fehlt der Eintrag &apos;metafill_record&apos;)</translation>
    </message>
    <message>
        <source>this record was written in a newer format; update Metafill to read it</source>
        <translation>dieser Datensatz wurde in einem neueren Format geschrieben; aktualisieren Sie Metafill, um ihn zu lesen</translation>
    </message>
    <message>
        <source>the record does not say which template it was made with</source>
        <translation>der Datensatz gibt nicht an, mit welcher Vorlage er erstellt wurde</translation>
    </message>
    <message>
        <source>&apos;images&apos; must be a list</source>
        <translation>&apos;images&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>each entry of &apos;images&apos; must be an object</source>
        <translation>jeder Eintrag von &apos;images&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>image &apos;%1&apos;: %2</source>
        <translation>Bild &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the record is malformed: %1</source>
        <translation>der Datensatz ist fehlerhaft aufgebaut: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message numerus="yes">
        <source>section &apos;%1&apos; may appear at most %n times</source>
        <translation>
            <numerusform>Abschnitt &apos;%1&apos; darf höchstens %n-mal vorkommen</numerusform>
            <numerusform>Abschnitt &apos;%1&apos; darf höchstens %n-mal vorkommen</numerusform>
        </translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation>erforderlich, aber leer</translation>
    </message>
    <message>
        <source>recommended, but empty</source>
        <translation>empfohlen, aber leer</translation>
    </message>
    <message>
        <source>takes one value, but has %1</source>
        <translation>nimmt einen Wert auf, hat aber %1</translation>
    </message>
    <message>
        <source>the template has no such field</source>
        <translation>die Vorlage hat kein solches Feld</translation>
    </message>
    <message>
        <source>has a value, but the template hides this field</source>
        <translation>hat einen Wert, aber die Vorlage blendet dieses Feld aus</translation>
    </message>
</context>
<context>
    <name>SectionCompleteness</name>
    <message>
        <source>Nothing here is required or recommended.</source>
        <translation>Hier ist nichts erforderlich oder empfohlen.</translation>
    </message>
    <message>
        <source>%1 of %2 required and %3 of %4 recommended fields filled.</source>
        <translation>%1 von %2 erforderlichen und %3 von %4 empfohlenen Feldern ausgefüllt.</translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock %1 (is the folder writable?)</source>
        <translation>%1 kann nicht gesperrt werden (ist der Ordner beschreibbar?)</translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <source>The template could not be loaded.</source>
        <translation>Die Vorlage konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>TemplateCheckCommand</name>
    <message>
        <source>%1.%2: the branch root %3 is not a term of %4 (offline index); searches in this field would find nothing</source>
        <translation>%1.%2: die Zweigwurzel %3 ist kein Begriff von %4 (Offline-Index); Suchen in diesem Feld würden nichts finden</translation>
    </message>
    <message>
        <source>%1.%2: the branch root %3 (%4) is obsolete</source>
        <translation>%1.%2: die Zweigwurzel %3 (%4) ist veraltet</translation>
    </message>
    <message>
        <source>Check templates. Prints every problem as file:line:column: message and exits with 1 if any template has errors.</source>
        <translation>Vorlagen prüfen. Gibt jedes Problem als Datei:Zeile:Spalte: Meldung aus und endet mit 1, wenn eine Vorlage Fehler enthält.</translation>
    </message>
    <message>
        <source>Template files (or ids of installed templates).</source>
        <translation>Vorlagendateien (oder IDs installierter Vorlagen).</translation>
    </message>
    <message>
        <source>[options] FILE...</source>
        <translation>[options] FILE...</translation>
    </message>
    <message>
        <source>metafill-cli template check: name at least one template file</source>
        <translation>metafill-cli template check: geben Sie mindestens eine Vorlagendatei an</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%2 %3, %n field(s)</source>
        <translation>
            <numerusform>%1: ok (%2 %3, %n Feld</numerusform>
            <numerusform>%1: ok (%2 %3, %n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>, extends %1 %2</source>
        <translation>, erweitert %1 %2</translation>
    </message>
</context>
<context>
    <name>TemplateChecker</name>
    <message>
        <source>preset &apos;%1&apos; needs &apos;values&apos;: a mapping of field paths to values</source>
        <translation>Voreinstellung &apos;%1&apos; benötigt &apos;values&apos;: eine Zuordnung von Feldpfaden zu Werten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field path such as image_acquisition.microscope_model</source>
        <translation>&apos;%1&apos; ist kein Feldpfad wie image_acquisition.microscope_model</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; sets &apos;%2&apos;, but the template has no such field</source>
        <translation>Voreinstellung &apos;%1&apos; setzt &apos;%2&apos;, aber die Vorlage hat kein solches Feld</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; does not repeat, so it has no instance %2</source>
        <translation>Abschnitt &apos;%1&apos; wiederholt sich nicht und hat daher keine Instanz %2</translation>
    </message>
    <message>
        <source>there is already a section &apos;%1&apos; (at %2)</source>
        <translation>es gibt bereits einen Abschnitt &apos;%1&apos; (bei %2)</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; already has a field &apos;%2&apos;</source>
        <translation>Abschnitt &apos;%1&apos; hat bereits ein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the OMERO key &apos;%1&apos; of &apos;%2&apos; is already used by &apos;%3&apos;; give one of them another &apos;omero_key&apos;</source>
        <translation>der OMERO-Schlüssel &apos;%1&apos; von &apos;%2&apos; wird bereits von &apos;%3&apos; verwendet; geben Sie einem der beiden einen anderen &apos;omero_key&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no fields</source>
        <translation>Abschnitt &apos;%1&apos; hat keine Felder</translation>
    </message>
    <message>
        <source>there is already a preset &apos;%1&apos;</source>
        <translation>es gibt bereits eine Voreinstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;, %2: %3</source>
        <translation>Voreinstellung &apos;%1&apos;, %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one value but has %2 defaults</source>
        <translation>&apos;%1&apos; nimmt einen Wert auf, hat aber %2 Standardwerte</translation>
    </message>
    <message>
        <source>the default of &apos;%1&apos; breaks its own rules: %2</source>
        <translation>der Standardwert von &apos;%1&apos; verstößt gegen die eigenen Regeln des Feldes: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is required and hidden but has no default, so nobody could fill it</source>
        <translation>&apos;%1&apos; ist erforderlich und ausgeblendet, hat aber keinen Standardwert; niemand könnte es ausfüllen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a label</source>
        <translation>&apos;%1&apos; benötigt eine Beschriftung</translation>
    </message>
    <message>
        <source>the legacy script KeyVal_from_csv.py reads a column called &apos;%1&apos; as an identifier; this key only works with Import_from_csv.py</source>
        <translation>das ältere Skript KeyVal_from_csv.py liest eine Spalte namens &apos;%1&apos; als Kennung; dieser Schlüssel funktioniert nur mit Import_from_csv.py</translation>
    </message>
</context>
<context>
    <name>TemplateExtender</name>
    <message>
        <source>a change</source>
        <translation>eine Änderung</translation>
    </message>
    <message>
        <source>a change does one thing; this one has both &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>eine Änderung bewirkt genau eine Sache; diese enthält sowohl &apos;%1&apos; als auch &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a change must start with one of: %1</source>
        <translation>eine Änderung muss mit einem der folgenden Einträge beginnen: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no section of the base template; its sections are: %2</source>
        <translation>&apos;%1&apos; bezeichnet keinen Abschnitt der Basisvorlage; ihre Abschnitte sind: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a field as section.field</source>
        <translation>&apos;%1&apos; muss ein Feld in der Form section.field angeben</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no field &apos;%2&apos;</source>
        <translation>Abschnitt &apos;%1&apos; hat kein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>only fields can be recommended; use &apos;require&apos; to make the section &apos;%1&apos; obligatory</source>
        <translation>nur Felder können empfohlen werden; verwenden Sie &apos;require&apos;, um den Abschnitt &apos;%1&apos; verpflichtend zu machen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 in the base template; an extension may not lower that</source>
        <translation>&apos;%1&apos; ist in der Basisvorlage als %2 eingestuft; eine Erweiterung darf das nicht herabsetzen</translation>
    </message>
    <message>
        <source>this would loosen &apos;%1&apos;: %2</source>
        <translation>dies würde &apos;%1&apos; lockern: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be restricted on a %2 field</source>
        <translation>&apos;%1&apos; kann bei einem Feld vom Typ %2 nicht eingeschränkt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the base template&apos;s choices</source>
        <translation>&apos;%1&apos; gehört nicht zu den Auswahlwerten der Basisvorlage</translation>
    </message>
    <message>
        <source>the base template does not allow terms from &apos;%1&apos;</source>
        <translation>die Basisvorlage erlaubt keine Begriffe aus &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the base template&apos;s branch roots (%2)</source>
        <translation>&apos;%1&apos; gehört nicht zu den Zweigwurzeln der Basisvorlage (%2)</translation>
    </message>
    <message>
        <source>the base template accepts only ontology terms</source>
        <translation>die Basisvorlage akzeptiert nur Ontologie-Begriffe</translation>
    </message>
    <message>
        <source>the base template&apos;s minimum is %1</source>
        <translation>das Minimum der Basisvorlage ist %1</translation>
    </message>
    <message>
        <source>the base template&apos;s maximum is %1</source>
        <translation>das Maximum der Basisvorlage ist %1</translation>
    </message>
    <message>
        <source>after this change the minimum of &apos;%1&apos; is larger than its maximum</source>
        <translation>nach dieser Änderung ist das Minimum von &apos;%1&apos; größer als sein Maximum</translation>
    </message>
    <message>
        <source>the base template asks for at least %1 characters</source>
        <translation>die Basisvorlage verlangt mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>the base template allows at most %1 characters</source>
        <translation>die Basisvorlage erlaubt höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>das Muster &apos;%1&apos; ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not among the base template&apos;s units (%2)</source>
        <translation>&apos;%1&apos; gehört nicht zu den Einheiten der Basisvorlage (%2)</translation>
    </message>
    <message>
        <source>&apos;set_default&apos; needs a &apos;value&apos;</source>
        <translation>&apos;set_default&apos; benötigt einen &apos;value&apos;</translation>
    </message>
    <message>
        <source>the section &apos;%1&apos; is not optional in the base template, so it cannot be hidden</source>
        <translation>der Abschnitt &apos;%1&apos; ist in der Basisvorlage nicht optional und kann daher nicht ausgeblendet werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, so it cannot be hidden; only optional fields can</source>
        <translation>&apos;%1&apos; ist als %2 eingestuft und kann daher nicht ausgeblendet werden; das geht nur bei optionalen Feldern</translation>
    </message>
    <message>
        <source>give &apos;after&apos; or &apos;before&apos;, not both</source>
        <translation>geben Sie &apos;after&apos; oder &apos;before&apos; an, nicht beides</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; to place this next to</source>
        <translation>es gibt kein &apos;%1&apos;, neben das dies gesetzt werden könnte</translation>
    </message>
    <message>
        <source>&apos;add_field&apos; needs a &apos;field&apos;</source>
        <translation>&apos;add_field&apos; benötigt ein &apos;field&apos;</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; already has a field &apos;%2&apos;</source>
        <translation>Abschnitt &apos;%1&apos; hat bereits ein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the base template already has a section &apos;%1&apos;</source>
        <translation>die Basisvorlage hat bereits einen Abschnitt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;add_autofill&apos; needs &apos;rules&apos;</source>
        <translation>&apos;add_autofill&apos; benötigt &apos;rules&apos;</translation>
    </message>
</context>
<context>
    <name>TemplateFieldsCommand</name>
    <message>
        <source>List the fields of a template, one per line: path, type, requirement and OMERO key, separated by tabs.</source>
        <translation>Die Felder einer Vorlage auflisten, eines pro Zeile: Pfad, Typ, Anforderung und OMERO-Schlüssel, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>A template file (or the id of an installed template).</source>
        <translation>Eine Vorlagendatei (oder die ID einer installierten Vorlage).</translation>
    </message>
    <message>
        <source>[options] FILE</source>
        <translation>[options] FILE</translation>
    </message>
    <message>
        <source>metafill-cli template fields: name exactly one template</source>
        <translation>metafill-cli template fields: geben Sie genau eine Vorlage an</translation>
    </message>
</context>
<context>
    <name>TemplateLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a template file</source>
        <translation>dies ist ein Ordner, keine Vorlagendatei</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes; templates are far smaller, so this is refused</source>
        <translation>die Datei ist größer als %1 Byte; Vorlagen sind weit kleiner, daher wird sie abgelehnt</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no such file, and no template with this id in: %1</source>
        <translation>keine solche Datei und keine Vorlage mit dieser ID in: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends itself through %2</source>
        <translation>&apos;%1&apos; erweitert sich selbst über %2</translation>
    </message>
    <message>
        <source>templates extend each other more than %1 levels deep</source>
        <translation>Vorlagen erweitern einander über mehr als %1 Ebenen</translation>
    </message>
    <message>
        <source>the base template &apos;%1&apos; (version %2 or a later compatible one) was not found; put it next to this file or in one of: %3</source>
        <translation>die Basisvorlage &apos;%1&apos; (Version %2 oder eine spätere kompatible) wurde nicht gefunden; legen Sie sie neben diese Datei oder in eines dieser Verzeichnisse: %3</translation>
    </message>
    <message>
        <source>cannot read the base template %1: %2</source>
        <translation>die Basisvorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the base template &apos;%1&apos; has errors (listed above)</source>
        <translation>die Basisvorlage &apos;%1&apos; enthält Fehler (oben aufgeführt)</translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <source>the template</source>
        <translation>die Vorlage</translation>
    </message>
    <message>
        <source>this template is written for template language version &apos;%1&apos;; this Metafill reads version %2</source>
        <translation>diese Vorlage ist für Version &apos;%1&apos; der Vorlagensprache geschrieben; diese Metafill-Version liest Version %2</translation>
    </message>
    <message>
        <source>the template must start with &apos;metafill: %1&apos; (the template language version)</source>
        <translation>die Vorlage muss mit &apos;metafill: %1&apos; beginnen (der Version der Vorlagensprache)</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; must be a reverse domain name in lower case, such as org.example.facility.confocal</source>
        <translation>die ID &apos;%1&apos; muss ein umgekehrter Domainname in Kleinbuchstaben sein, etwa org.example.facility.confocal</translation>
    </message>
    <message>
        <source>the version &apos;%1&apos; must have the form MAJOR.MINOR.PATCH, such as 1.0.0</source>
        <translation>die Version &apos;%1&apos; muss die Form MAJOR.MINOR.PATCH haben, etwa 1.0.0</translation>
    </message>
    <message>
        <source>&apos;extends&apos;</source>
        <translation>&apos;extends&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 1 or 1.2 (meaning: that version or a later compatible one)</source>
        <translation>&apos;%1&apos; ist keine Version wie 1 oder 1.2 (bedeutet: diese Version oder eine spätere kompatible)</translation>
    </message>
    <message>
        <source>&apos;sections&apos; must be a list</source>
        <translation>&apos;sections&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>a template may have at most %1 sections</source>
        <translation>eine Vorlage darf höchstens %1 Abschnitte haben</translation>
    </message>
    <message>
        <source>&apos;changes&apos; must be a list</source>
        <translation>&apos;changes&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>&apos;changes&apos; only makes sense in a template that &apos;extends&apos; another</source>
        <translation>&apos;changes&apos; ist nur in einer Vorlage sinnvoll, die mit &apos;extends&apos; eine andere erweitert</translation>
    </message>
    <message>
        <source>a template that extends another adds sections with &apos;add_section&apos; under &apos;changes&apos;, not with &apos;sections&apos;</source>
        <translation>eine Vorlage, die eine andere erweitert, fügt Abschnitte mit &apos;add_section&apos; unter &apos;changes&apos; hinzu, nicht mit &apos;sections&apos;</translation>
    </message>
    <message>
        <source>the template has no &apos;sections&apos;</source>
        <translation>die Vorlage hat keine &apos;sections&apos;</translation>
    </message>
    <message>
        <source>&apos;presets&apos; must be a list</source>
        <translation>&apos;presets&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>a template may have at most %1 presets</source>
        <translation>eine Vorlage darf höchstens %1 Voreinstellungen haben</translation>
    </message>
    <message>
        <source>&apos;omero&apos;</source>
        <translation>&apos;omero&apos;</translation>
    </message>
    <message>
        <source>&apos;level&apos; must be image or dataset</source>
        <translation>&apos;level&apos; muss image oder dataset sein</translation>
    </message>
    <message>
        <source>the term suffixes must be two different, non-empty texts</source>
        <translation>die Begriffssuffixe müssen zwei verschiedene, nicht leere Texte sein</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>ein Abschnitt</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; must be lower case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>der Schlüssel &apos;%1&apos; darf nur aus Kleinbuchstaben, Ziffern und &apos;_&apos; bestehen und muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>&apos;repeat&apos; must be true, false or the largest number of instances (1 to %1)</source>
        <translation>&apos;repeat&apos; muss true, false oder die Höchstzahl der Instanzen sein (1 bis %1)</translation>
    </message>
    <message>
        <source>a section &apos;per_channel&apos; repeats once per channel; leave out &apos;repeat&apos;</source>
        <translation>ein Abschnitt mit &apos;per_channel&apos; wiederholt sich einmal pro Kanal; lassen Sie &apos;repeat&apos; weg</translation>
    </message>
    <message>
        <source>&apos;instance_key&apos; must contain {key} and {index} (from 0) or {number} (from 1), e.g. &quot;Channel {index} - {key}&quot;</source>
        <translation>&apos;instance_key&apos; muss {key} und {index} (ab 0) oder {number} (ab 1) enthalten, z. B. &quot;Channel {index} - {key}&quot;</translation>
    </message>
    <message>
        <source>&apos;instance_key&apos; only applies to sections that repeat</source>
        <translation>&apos;instance_key&apos; gilt nur für Abschnitte, die sich wiederholen</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; needs a list of &apos;fields&apos;</source>
        <translation>Abschnitt &apos;%1&apos; benötigt eine Liste &apos;fields&apos;</translation>
    </message>
    <message>
        <source>a section may have at most %1 fields</source>
        <translation>ein Abschnitt darf höchstens %1 Felder haben</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>ein Feld</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field type &apos;%1&apos;; use one of: %2</source>
        <translation>unbekannter Feldtyp &apos;%1&apos;; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>&apos;requirement&apos; must be required, recommended or optional, not &apos;%1&apos;</source>
        <translation>&apos;requirement&apos; muss required, recommended oder optional sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; only applies to %2 fields</source>
        <translation>&apos;%1&apos; gilt nur für Felder vom Typ %2</translation>
    </message>
    <message>
        <source>&apos;min&apos; is larger than &apos;max&apos;</source>
        <translation>&apos;min&apos; ist größer als &apos;max&apos;</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>das Muster &apos;%1&apos; ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>a quantity field needs a &apos;unit&apos;, such as µm</source>
        <translation>ein Feld vom Typ quantity benötigt eine &apos;unit&apos;, etwa µm</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit Metafill knows</source>
        <translation>&apos;%1&apos; ist keine Einheit, die Metafill kennt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; measures something else than &apos;%2&apos;</source>
        <translation>&apos;%1&apos; misst etwas anderes als &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the unit &apos;%1&apos; is not among the allowed &apos;units&apos;</source>
        <translation>die Einheit &apos;%1&apos; gehört nicht zu den erlaubten &apos;units&apos;</translation>
    </message>
    <message>
        <source>a choice field needs a list of &apos;choices&apos;</source>
        <translation>ein Feld vom Typ choice benötigt eine Liste &apos;choices&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ontology id as OLS writes it, such as fbbi or ncbitaxon</source>
        <translation>&apos;%1&apos; ist keine Ontologie-ID in der Schreibweise von OLS, etwa fbbi oder ncbitaxon</translation>
    </message>
    <message>
        <source>the root &apos;%1&apos; must be a CURIE such as FBbi:00000243</source>
        <translation>die Wurzel &apos;%1&apos; muss ein CURIE sein, etwa FBbi:00000243</translation>
    </message>
    <message>
        <source>&apos;choices&apos; must be a list</source>
        <translation>&apos;choices&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>a field may have at most %1 choices</source>
        <translation>ein Feld darf höchstens %1 Auswahlwerte haben</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>ein Auswahlwert</translation>
    </message>
    <message>
        <source>a choice value must not be empty or start or end with blanks</source>
        <translation>ein Auswahlwert darf nicht leer sein und nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>the choice &apos;%1&apos; is listed twice</source>
        <translation>der Auswahlwert &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&apos;autofill&apos; must be a list of rules</source>
        <translation>&apos;autofill&apos; muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>a field may have at most %1 auto-fill rules</source>
        <translation>ein Feld darf höchstens %1 Regeln zum automatischen Ausfüllen haben</translation>
    </message>
    <message>
        <source>an auto-fill rule</source>
        <translation>eine Regel zum automatischen Ausfüllen</translation>
    </message>
    <message>
        <source>an auto-fill rule needs exactly one of &apos;xpath&apos; (a query over the image&apos;s OME-XML) or &apos;original&apos; (a key of the vendor&apos;s metadata)</source>
        <translation>eine Regel zum automatischen Ausfüllen benötigt genau eines von &apos;xpath&apos; (eine Abfrage über das OME-XML des Bildes) oder &apos;original&apos; (ein Schlüssel der Herstellermetadaten)</translation>
    </message>
    <message>
        <source>&apos;map&apos; must be a mapping of header value to field value</source>
        <translation>&apos;map&apos; muss eine Zuordnung von Werten aus dem Dateikopf zu Feldwerten sein</translation>
    </message>
    <message>
        <source>each entry of &apos;map&apos; must map to a single value</source>
        <translation>jeder Eintrag von &apos;map&apos; muss auf einen einzelnen Wert abbilden</translation>
    </message>
    <message>
        <source>&apos;policy&apos; must be fill_empty, suggest, overwrite or lock</source>
        <translation>&apos;policy&apos; muss fill_empty, suggest, overwrite oder lock sein</translation>
    </message>
    <message>
        <source>a preset</source>
        <translation>eine Voreinstellung</translation>
    </message>
    <message>
        <source>&apos;match&apos; must be a list of conditions</source>
        <translation>&apos;match&apos; muss eine Liste von Bedingungen sein</translation>
    </message>
    <message>
        <source>a match condition</source>
        <translation>eine &apos;match&apos;-Bedingung</translation>
    </message>
    <message>
        <source>a match condition needs exactly one of &apos;xpath&apos; or &apos;original&apos;</source>
        <translation>eine &apos;match&apos;-Bedingung benötigt genau eines von &apos;xpath&apos; oder &apos;original&apos;</translation>
    </message>
    <message>
        <source>a match condition needs exactly one of &apos;equals&apos; or &apos;contains&apos;</source>
        <translation>eine &apos;match&apos;-Bedingung benötigt genau eines von &apos;equals&apos; oder &apos;contains&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; takes one value, not a list</source>
        <translation>Feld &apos;%1&apos; nimmt einen einzelnen Wert auf, keine Liste</translation>
    </message>
    <message>
        <source>a value must be written as text, such as &quot;0.65 µm&quot; or &quot;FBbi:00000251&quot;</source>
        <translation>ein Wert muss als Text geschrieben werden, etwa &quot;0.65 µm&quot; oder &quot;FBbi:00000251&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>TermCommands</name>
    <message>
        <source>Do not ask the Ontology Lookup Service; answer from the offline index.</source>
        <translation>Den Ontology Lookup Service nicht anfragen; aus dem Offline-Index antworten.</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service to ask (default %1).</source>
        <translation>Der anzufragende Ontology Lookup Service (Standard: %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Proxy for OLS requests, e.g. http://proxy:3128, or &apos;none&apos; (default: the https_proxy environment variable).</source>
        <translation>Proxy für OLS-Anfragen, z. B. http://proxy:3128, oder &apos;none&apos; (Standard: die Umgebungsvariable https_proxy).</translation>
    </message>
    <message>
        <source>The offline term index to use instead of the installed one.</source>
        <translation>Der Offline-Begriffsindex, der statt des installierten verwendet werden soll.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The store of term packs and terms seen online (default %1).</source>
        <translation>Der Speicher für Begriffspakete und online abgerufene Begriffe (Standard: %1).</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s, for an institution&apos;s own OLS whose certificate its own authority signed. Certificates are always verified.</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird, für den eigenen OLS einer Einrichtung, dessen Zertifikat ihre eigene Zertifizierungsstelle ausgestellt hat. Zertifikate werden immer überprüft.</translation>
    </message>
</context>
<context>
    <name>TermFileReader</name>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: die Datei kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB, more than any ontology or term pack Metafill takes.</source>
        <translation>%1: die Datei ist größer als %2 MiB, mehr als Metafill für eine Ontologie oder ein Begriffspaket annimmt.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: die Datei kann nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>TermIndex</name>
    <message>
        <source>%1: the installed term index is missing. Reinstall Metafill; in a build tree, build the target metafill_term_index (see ontology/README.md).</source>
        <translation>%1: der installierte Begriffsindex fehlt. Installieren Sie Metafill neu; in einem Build-Verzeichnis erstellen Sie das Target metafill_term_index (siehe ontology/README.md).</translation>
    </message>
    <message>
        <source>%1: the installed term index cannot be opened (%2). Reinstall Metafill.</source>
        <translation>%1: der installierte Begriffsindex kann nicht geöffnet werden (%2). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <source>%1: the installed term index is damaged or not a database (%2). Reinstall Metafill.</source>
        <translation>%1: der installierte Begriffsindex ist beschädigt oder keine Datenbank (%2). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <source>%1: this file is not Metafill&apos;s installed term index.</source>
        <translation>%1: diese Datei ist nicht der installierte Begriffsindex von Metafill.</translation>
    </message>
    <message>
        <source>%1: the installed term index belongs to another Metafill version. Reinstall Metafill.</source>
        <translation>%1: der installierte Begriffsindex gehört zu einer anderen Metafill-Version. Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <source>%1: the folder for your term store cannot be created. Check that you may write there.</source>
        <translation>%1: der Ordner für Ihren Begriffsspeicher kann nicht angelegt werden. Prüfen Sie, ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <source>%1: your term store cannot be opened (%2). Check that you may write to this file and its folder.</source>
        <translation>%1: Ihr Begriffsspeicher kann nicht geöffnet werden (%2). Prüfen Sie, ob Sie Schreibrechte für diese Datei und ihren Ordner haben.</translation>
    </message>
    <message>
        <source>%1: your term store cannot be created (%2). Check that you may write there.</source>
        <translation>%1: Ihr Begriffsspeicher kann nicht angelegt werden (%2). Prüfen Sie, ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <source>%1: your term store is damaged (%2). Delete the file to start a new one; the cached terms and imported term packs in it are then lost.</source>
        <translation>%1: Ihr Begriffsspeicher ist beschädigt (%2). Löschen Sie die Datei, um einen neuen anzulegen; die darin zwischengespeicherten Begriffe und importierten Begriffspakete gehen dabei verloren.</translation>
    </message>
    <message>
        <source>%1: this file is not a Metafill term store. Choose another file for the term store.</source>
        <translation>%1: diese Datei ist kein Metafill-Begriffsspeicher. Wählen Sie eine andere Datei für den Begriffsspeicher.</translation>
    </message>
    <message>
        <source>%1: your term store was made by a newer Metafill. Update Metafill, or choose another file for the term store.</source>
        <translation>%1: Ihr Begriffsspeicher wurde von einer neueren Metafill-Version angelegt. Aktualisieren Sie Metafill oder wählen Sie eine andere Datei für den Begriffsspeicher.</translation>
    </message>
    <message>
        <source>%1: your term store was made by an older Metafill. Delete the file to start a new one; import your term packs again afterwards.</source>
        <translation>%1: Ihr Begriffsspeicher wurde von einer älteren Metafill-Version angelegt. Löschen Sie die Datei, um einen neuen anzulegen; importieren Sie Ihre Begriffspakete danach erneut.</translation>
    </message>
    <message>
        <source>%1: your term store cannot be changed (%2). Check that you may write there.</source>
        <translation>%1: Ihr Begriffsspeicher kann nicht geändert werden (%2). Prüfen Sie, ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <source>The term index is not open.</source>
        <translation>Der Begriffsindex ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No term index was given: neither the installed index nor a term store.</source>
        <translation>Es wurde kein Begriffsindex angegeben: weder der installierte Index noch ein Begriffsspeicher.</translation>
    </message>
    <message>
        <source>The search text is longer than %1 characters. Search for a shorter part of the name.</source>
        <translation>Der Suchtext ist länger als %1 Zeichen. Suchen Sie nach einem kürzeren Teil des Namens.</translation>
    </message>
    <message>
        <source>Terms cannot be kept for offline use: no term store is open.</source>
        <translation>Begriffe können nicht für die Offline-Nutzung gespeichert werden: kein Begriffsspeicher ist geöffnet.</translation>
    </message>
    <message>
        <source>%1: term packs cannot be imported: no term store is open.</source>
        <translation>%1: Begriffspakete können nicht importiert werden: kein Begriffsspeicher ist geöffnet.</translation>
    </message>
    <message>
        <source>No term store is open, so it holds no term packs.</source>
        <translation>Es ist kein Begriffsspeicher geöffnet, daher gibt es keine Begriffspakete.</translation>
    </message>
    <message>
        <source>There is no term pack &quot;%1&quot;. The list of term packs shows the ids of those imported.</source>
        <translation>Es gibt kein Begriffspaket &quot;%1&quot;. Die Liste der Begriffspakete zeigt die IDs der importierten Pakete.</translation>
    </message>
    <message>
        <source>%1: the installed term index cannot be read (%2). Reinstall Metafill.</source>
        <translation>%1: der installierte Begriffsindex kann nicht gelesen werden (%2). Installieren Sie Metafill neu.</translation>
    </message>
    <message>
        <source>%1: your term store cannot be read or changed (%2). If this repeats, delete the file to start a new one; the cached terms and imported term packs in it are then lost.</source>
        <translation>%1: Ihr Begriffsspeicher kann nicht gelesen oder geändert werden (%2). Wenn dies wieder auftritt, löschen Sie die Datei, um einen neuen anzulegen; die darin zwischengespeicherten Begriffe und importierten Begriffspakete gehen dabei verloren.</translation>
    </message>
</context>
<context>
    <name>TermIndexBuilder</name>
    <message>
        <source>%1: unknown subset rule &quot;%2&quot;; use all, own-prefix or under:CURIE.</source>
        <translation>%1: unbekannte Teilmengenregel &quot;%2&quot;; verwenden Sie all, own-prefix oder under:CURIE.</translation>
    </message>
    <message>
        <source>%1: the subset root &quot;%2&quot; is not a CURIE.</source>
        <translation>%1: die Wurzel der Teilmenge &quot;%2&quot; ist kein CURIE.</translation>
    </message>
    <message>
        <source>%1: the list of commonly used terms cannot be opened (%2).</source>
        <translation>%1: die Liste häufig verwendeter Begriffe kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1: the list of commonly used terms is larger than 16 MiB.</source>
        <translation>%1: die Liste häufig verwendeter Begriffe ist größer als 16 MiB.</translation>
    </message>
    <message>
        <source>%1: %2 terms from %3 (version %4)</source>
        <translation>%1: %2 Begriffe aus %3 (Version %4)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1: the term index cannot be created (%2).</source>
        <translation>%1: der Begriffsindex kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>%1: the term index cannot be written (%2).</source>
        <translation>%1: der Begriffsindex kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1: the old term index cannot be replaced.</source>
        <translation>%1: der alte Begriffsindex kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1: the term index cannot be moved into place.</source>
        <translation>%1: der Begriffsindex kann nicht an seinen Zielort verschoben werden.</translation>
    </message>
</context>
<context>
    <name>TermJsonReader</name>
    <message>
        <source>%1: the file is larger than %2 MiB, more than any term pack Metafill takes.</source>
        <translation>%1: die Datei ist größer als %2 MiB, mehr als Metafill für ein Begriffspaket annimmt.</translation>
    </message>
    <message>
        <source>%1: the JSON is nested deeper than %2 levels or holds more than %3 values; no term file does.</source>
        <translation>%1: das JSON ist tiefer als %2 Ebenen verschachtelt oder enthält mehr als %3 Werte; das tut keine Begriffsdatei.</translation>
    </message>
    <message>
        <source>%1: the file holds no term with an id and a label.</source>
        <translation>%1: die Datei enthält keinen Begriff mit ID und Bezeichnung.</translation>
    </message>
    <message>
        <source>%1:%2:%3: the file is not valid JSON (or not UTF-8) here. It may be cut off or damaged; export or download it again.</source>
        <translation>%1:%2:%3: die Datei ist an dieser Stelle kein gültiges JSON (oder nicht UTF-8). Sie ist möglicherweise unvollständig oder beschädigt; exportieren oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>%1: this JSON holds no terms Metafill knows how to read. Metafill reads an OLS term, an OLS page of terms (_embedded.terms), an OLS search or select answer (response.docs), a list of terms, or a map from CURIE to term.</source>
        <translation>%1: dieses JSON enthält keine Begriffe, die Metafill lesen kann. Metafill liest einen OLS-Begriff, eine OLS-Seite mit Begriffen (_embedded.terms), eine OLS-Antwort auf search oder select (response.docs), eine Liste von Begriffen oder eine Zuordnung von CURIE zu Begriff.</translation>
    </message>
    <message>
        <source>the file holds more than %1 terms; the rest were left out.</source>
        <translation>die Datei enthält mehr als %1 Begriffe; der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <source>not a term object; left out.</source>
        <translation>kein Begriffsobjekt; ausgelassen.</translation>
    </message>
    <message>
        <source>not a term object under a CURIE; left out.</source>
        <translation>kein Begriffsobjekt unter einem CURIE; ausgelassen.</translation>
    </message>
    <message>
        <source>more than %1 synonyms; the rest were left out.</source>
        <translation>mehr als %1 Synonyme; der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <source>more than %1 parents; the rest were left out.</source>
        <translation>mehr als %1 übergeordnete Begriffe; der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <source>no IRI or CURIE; left out.</source>
        <translation>keine IRI und kein CURIE; ausgelassen.</translation>
    </message>
    <message>
        <source>%1 has no label; left out.</source>
        <translation>%1 hat keine Bezeichnung; ausgelassen.</translation>
    </message>
    <message>
        <source>%1 has a label longer than %2 characters; left out.</source>
        <translation>%1 hat eine Bezeichnung mit mehr als %2 Zeichen; ausgelassen.</translation>
    </message>
    <message>
        <source>the definition of %1 was cut at %2 characters.</source>
        <translation>die Definition von %1 wurde auf %2 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>%1: the file could not be read: it is too large for the memory available.</source>
        <translation>%1: die Datei konnte nicht gelesen werden: sie ist zu groß für den verfügbaren Speicher.</translation>
    </message>
</context>
<context>
    <name>TermService</name>
    <message>
        <source>the offline term index %1 is missing; offline search covers only term packs and terms seen online</source>
        <translation>der Offline-Begriffsindex %1 fehlt; die Offline-Suche umfasst nur Begriffspakete und online abgerufene Begriffe</translation>
    </message>
</context>
<context>
    <name>TermWarnings</name>
    <message numerus="yes">
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
        <source>Show the offline term index: ontologies with their versions and licences, term packs, and the cache of terms seen online.</source>
        <translation>Den Offline-Begriffsindex anzeigen: Ontologien mit ihren Versionen und Lizenzen, Begriffspakete und den Zwischenspeicher online abgerufener Begriffe.</translation>
    </message>
    <message>
        <source>installed index: %1 (%2 terms, %3 MB, built %4)</source>
        <translation>installierter Index: %1 (%2 Begriffe, %3 MB, erstellt %4)</translation>
    </message>
    <message>
        <source>user store: %1 (%2 of at most %3 terms seen online)</source>
        <translation>Benutzerspeicher: %1 (%2 von höchstens %3 online abgerufenen Begriffen)</translation>
    </message>
    <message>
        <source>%1 installed, %2 in packs, %3 cached</source>
        <translation>%1 installiert, %2 in Paketen, %3 zwischengespeichert</translation>
    </message>
    <message>
        <source>term pack %1: %2, %3 terms, imported %4 from %5</source>
        <translation>Begriffspaket %1: %2, %3 Begriffe, importiert am %4 aus %5</translation>
    </message>
</context>
<context>
    <name>TermsPackCommand</name>
    <message>
        <source>Import an OBO or OLS-JSON file as a term pack, so its terms are found offline; --remove ID takes a pack out again.</source>
        <translation>Eine OBO- oder OLS-JSON-Datei als Begriffspaket importieren, damit ihre Begriffe offline gefunden werden; --remove ID entfernt ein Paket wieder.</translation>
    </message>
    <message>
        <source>Remove the term pack with this id instead.</source>
        <translation>Stattdessen das Begriffspaket mit dieser ID entfernen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>An OBO file or a JSON file of terms as OLS returns them.</source>
        <translation>Eine OBO-Datei oder eine JSON-Datei mit Begriffen, wie OLS sie liefert.</translation>
    </message>
    <message>
        <source>FILE | --remove ID</source>
        <translation>FILE | --remove ID</translation>
    </message>
    <message>
        <source>metafill-cli terms import: name one file to import, or --remove ID</source>
        <translation>metafill-cli terms import: geben Sie eine zu importierende Datei an oder --remove ID</translation>
    </message>
    <message>
        <source>removed term pack %1</source>
        <translation>Begriffspaket %1 entfernt</translation>
    </message>
    <message>
        <source>term pack %1 (%2%3): %4 terms; %5 added, %6 updated, %7 unchanged, %8 removed</source>
        <translation>Begriffspaket %1 (%2%3): %4 Begriffe; %5 hinzugefügt, %6 aktualisiert, %7 unverändert, %8 entfernt</translation>
    </message>
</context>
<context>
    <name>TermsResolveCommand</name>
    <message>
        <source>Resolve the free-text terms of a record (typed offline) to ontology terms; asks which one is meant when several fit.</source>
        <translation>Die Freitext-Begriffe eines Datensatzes (offline eingegeben) in Ontologie-Begriffe auflösen; fragt nach, welcher gemeint ist, wenn mehrere passen.</translation>
    </message>
    <message>
        <source>The record&apos;s template (default: the one the record names).</source>
        <translation>Die Vorlage des Datensatzes (Standard: die im Datensatz genannte).</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>Write the resolved record here instead of replacing RECORD.</source>
        <translation>Den aufgelösten Datensatz hierhin schreiben, statt RECORD zu ersetzen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only show what would be resolved; write nothing.</source>
        <translation>Nur anzeigen, was aufgelöst würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>A Metafill record file (.metafill.json).</source>
        <translation>Eine Metafill-Datensatzdatei (.metafill.json).</translation>
    </message>
    <message>
        <source>RECORD [--template NAME] [-o FILE] [--offline]</source>
        <translation>RECORD [--template NAME] [-o FILE] [--offline]</translation>
    </message>
    <message>
        <source>metafill-cli terms resolve: name one record file</source>
        <translation>metafill-cli terms resolve: geben Sie eine Datensatzdatei an</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; could be:</source>
        <translation>%1: &apos;%2&apos; könnte Folgendes sein:</translation>
    </message>
    <message>
        <source>Number of the term, or Enter to leave it unresolved: </source>
        <translation>Nummer des Begriffs oder Eingabetaste, um ihn nicht aufzulösen: </translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; → %3 (%4)</source>
        <translation>%1: &apos;%2&apos; → %3 (%4)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: no term found; left unresolved</source>
        <translation>%1: &apos;%2&apos;: kein Begriff gefunden; nicht aufgelöst</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is ambiguous; left unresolved. Candidates: %3</source>
        <translation>%1: &apos;%2&apos; ist mehrdeutig; nicht aufgelöst. Kandidaten: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) resolved</source>
        <translation>
            <numerusform>%n Begriff aufgelöst</numerusform>
            <numerusform>%n Begriffe aufgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>no terms found for &apos;%1&apos;</source>
        <translation>keine Begriffe gefunden für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>synonym: %1</source>
        <translation>Synonym: %1</translation>
    </message>
    <message>
        <source>[obsolete]</source>
        <translation>[veraltet]</translation>
    </message>
    <message>
        <source>%1 — answering from the offline index</source>
        <translation>%1 — Antwort aus dem Offline-Index</translation>
    </message>
    <message>
        <source>Search ontology terms by words, prefix or id (CURIE, IRI): from the Ontology Lookup Service, or from the offline index when OLS cannot be reached or --offline is given.</source>
        <translation>Ontologie-Begriffe nach Wörtern, Präfix oder ID (CURIE, IRI) suchen: im Ontology Lookup Service oder im Offline-Index, wenn OLS nicht erreichbar ist oder --offline angegeben wird.</translation>
    </message>
    <message>
        <source>Only terms of this ontology (OLS id such as fbbi, ncbitaxon); may be repeated.</source>
        <translation>Nur Begriffe dieser Ontologie (OLS-ID wie fbbi, ncbitaxon); kann wiederholt werden.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only terms in this branch: the term itself or below it (is_a, part_of); may be repeated.</source>
        <translation>Nur Begriffe in diesem Zweig: der Begriff selbst oder die darunter (is_a, part_of); kann wiederholt werden.</translation>
    </message>
    <message>
        <source>CURIE</source>
        <translation>CURIE</translation>
    </message>
    <message>
        <source>At most this many terms per query (default 10, at most %1).</source>
        <translation>Höchstens so viele Begriffe pro Suchanfrage (Standard 10, höchstens %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Include obsolete terms (listed last).</source>
        <translation>Veraltete Begriffe einbeziehen (zuletzt aufgeführt).</translation>
    </message>
    <message>
        <source>One JSON object per query and line: query, source, warning and hits with label, curie, iri, ontology, synonyms, definition, obsolete and source.</source>
        <translation>Ein JSON-Objekt pro Suchanfrage und Zeile: query, source, warning und hits mit label, curie, iri, ontology, synonyms, definition, obsolete und source.</translation>
    </message>
    <message>
        <source>Read one query per line from standard input; implies --json.</source>
        <translation>Eine Suchanfrage pro Zeile von der Standardeingabe lesen; impliziert --json.</translation>
    </message>
    <message>
        <source>Words, a prefix, a CURIE or an IRI.</source>
        <translation>Wörter, ein Präfix, ein CURIE oder eine IRI.</translation>
    </message>
    <message>
        <source>QUERY... [--ontology ID]... [--under CURIE]... [--offline] [--json] [--stdin]</source>
        <translation>QUERY... [--ontology ID]... [--under CURIE]... [--offline] [--json] [--stdin]</translation>
    </message>
    <message>
        <source>metafill-cli terms search: --limit must be a number from 1 to %1</source>
        <translation>metafill-cli terms search: --limit muss eine Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>metafill-cli terms search: give queries either as arguments or with --stdin</source>
        <translation>metafill-cli terms search: geben Sie Suchanfragen entweder als Argumente oder mit --stdin an</translation>
    </message>
    <message>
        <source>metafill-cli terms search: standard input cannot be read here</source>
        <translation>metafill-cli terms search: die Standardeingabe kann hier nicht gelesen werden</translation>
    </message>
    <message>
        <source>line %1: a query of more than %2 characters is skipped</source>
        <translation>Zeile %1: eine Suchanfrage mit mehr als %2 Zeichen wird übersprungen</translation>
    </message>
    <message>
        <source>more than %1 queries on standard input; split them into several runs</source>
        <translation>mehr als %1 Suchanfragen auf der Standardeingabe; verteilen Sie sie auf mehrere Aufrufe</translation>
    </message>
    <message>
        <source>metafill-cli terms search: give a query, or --stdin</source>
        <translation>metafill-cli terms search: geben Sie eine Suchanfrage an oder --stdin</translation>
    </message>
    <message>
        <source>metafill-cli terms search: the query is longer than %1 characters</source>
        <translation>metafill-cli terms search: die Suchanfrage ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>TiffDirectory</name>
    <message>
        <source>%1: not a TIFF file.</source>
        <translation>%1: keine TIFF-Datei.</translation>
    </message>
    <message>
        <source>%1: the BigTIFF header is damaged.</source>
        <translation>%1: der BigTIFF-Dateikopf ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the TIFF header points to a directory outside the file.</source>
        <translation>%1: der TIFF-Dateikopf verweist auf ein Verzeichnis außerhalb der Datei.</translation>
    </message>
    <message>
        <source>%1: a TIFF directory lies outside the file.</source>
        <translation>%1: ein TIFF-Verzeichnis liegt außerhalb der Datei.</translation>
    </message>
    <message>
        <source>%1: a TIFF directory claims %2 entries; the file is damaged.</source>
        <translation>%1: ein TIFF-Verzeichnis gibt %2 Einträge an; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: a TIFF directory is cut short.</source>
        <translation>%1: ein TIFF-Verzeichnis ist unvollständig.</translation>
    </message>
    <message>
        <source>%1: TIFF tag %2 has an unknown type or an impossible size.</source>
        <translation>%1: TIFF-Tag %2 hat einen unbekannten Typ oder eine unmögliche Größe.</translation>
    </message>
    <message>
        <source>%1: TIFF tag %2 holds %3 bytes, more than the %4 bytes Metafill reads for it.</source>
        <translation>%1: TIFF-Tag %2 enthält %3 Byte, mehr als die %4 Byte, die Metafill dafür liest.</translation>
    </message>
</context>
<context>
    <name>TiffReader</name>
    <message>
        <source>%1: the TIFF header needs more memory than is available; the file is damaged or too large.</source>
        <translation>%1: der TIFF-Dateikopf benötigt mehr Speicher als verfügbar; die Datei ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1: the TIFF header could not be read: %2</source>
        <translation>%1: der TIFF-Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>%1: completeness %2% (required %3/%4, recommended %5/%6)%7</source>
        <translation>%1: Vollständigkeit %2 % (erforderlich %3/%4, empfohlen %5/%6)%7</translation>
    </message>
    <message>
        <source>, valid</source>
        <translation>, gültig</translation>
    </message>
    <message>
        <source>, INVALID</source>
        <translation>, UNGÜLTIG</translation>
    </message>
    <message>
        <source>Check records against a template: every problem per field, and how complete each record is. Exits with 1 if a record has errors.</source>
        <translation>Datensätze gegen eine Vorlage prüfen: jedes Problem pro Feld und wie vollständig jeder Datensatz ist. Endet mit 1, wenn ein Datensatz Fehler enthält.</translation>
    </message>
    <message>
        <source>The template (file or id).</source>
        <translation>Die Vorlage (Datei oder ID).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Record files.</source>
        <translation>Datensatzdateien.</translation>
    </message>
    <message>
        <source>--template FILE RECORD...</source>
        <translation>--template FILE RECORD...</translation>
    </message>
    <message>
        <source>metafill-cli validate: name at least one record file</source>
        <translation>metafill-cli validate: geben Sie mindestens eine Datensatzdatei an</translation>
    </message>
</context>
<context>
    <name>ValueChecker</name>
    <message>
        <source>%1 is below the minimum of %2%3</source>
        <translation>%1 liegt unter dem Minimum von %2%3</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2%3</source>
        <translation>%1 liegt über dem Maximum von %2%3</translation>
    </message>
    <message>
        <source>the unit &apos;%1&apos; is not allowed here; use one of: %2</source>
        <translation>die Einheit &apos;%1&apos; ist hier nicht erlaubt; verwenden Sie eine von: %2</translation>
    </message>
    <message numerus="yes">
        <source>the text is shorter than %n characters</source>
        <translation>
            <numerusform>der Text ist kürzer als %n Zeichen</numerusform>
            <numerusform>der Text ist kürzer als %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text is longer than %n characters</source>
        <translation>
            <numerusform>der Text ist länger als %n Zeichen</numerusform>
            <numerusform>der Text ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>&apos;%1&apos; gehört nicht zu den Auswahlwerten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not have the required form (%2)</source>
        <translation>&apos;%1&apos; hat nicht die geforderte Form (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is free text, but this field needs an ontology term</source>
        <translation>&apos;%1&apos; ist Freitext, aber dieses Feld erfordert einen Ontologie-Begriff</translation>
    </message>
    <message>
        <source>the term %1 comes from the ontology &apos;%2&apos;; this field takes terms from: %3</source>
        <translation>der Begriff %1 stammt aus der Ontologie &apos;%2&apos;; dieses Feld nimmt Begriffe auf aus: %3</translation>
    </message>
</context>
<context>
    <name>ValueJson</name>
    <message>
        <source>the quantity has no known unit</source>
        <translation>die Größe hat keine bekannte Einheit</translation>
    </message>
    <message>
        <source>the unit &apos;%1&apos; is not allowed here</source>
        <translation>die Einheit &apos;%1&apos; ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>the term has neither a label nor an identifier</source>
        <translation>der Begriff hat weder eine Bezeichnung noch eine Kennung</translation>
    </message>
    <message>
        <source>a %1 value cannot be read from %2</source>
        <translation>ein Wert vom Typ %1 kann nicht aus %2 gelesen werden</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <source>this field takes a single line; use a multi-line field for longer text</source>
        <translation>dieses Feld nimmt nur eine Zeile auf; verwenden Sie für längeren Text ein mehrzeiliges Feld</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a decimal comma; write numbers with a point, e.g. %2</source>
        <translation>&apos;%1&apos; verwendet ein Dezimalkomma; schreiben Sie Zahlen mit Punkt, z. B. %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; ist zu groß</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a decimal comma; write numbers with a point</source>
        <translation>&apos;%1&apos; verwendet ein Dezimalkomma; schreiben Sie Zahlen mit Punkt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number with a unit, such as &apos;0.65 µm&apos;</source>
        <translation>&apos;%1&apos; ist keine Zahl mit Einheit wie &apos;0.65 µm&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unit; add one of: %2</source>
        <translation>&apos;%1&apos; hat keine Einheit; ergänzen Sie eine von: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known unit</source>
        <translation>&apos;%1&apos; ist keine bekannte Einheit</translation>
    </message>
    <message>
        <source>the unit &apos;%1&apos; is not allowed here; use one of: %2</source>
        <translation>die Einheit &apos;%1&apos; ist hier nicht erlaubt; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices: %2</source>
        <translation>&apos;%1&apos; gehört nicht zu den Auswahlwerten: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; ist weder ja noch nein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; ist kein Datum in der Form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time in the form YYYY-MM-DDTHH:MM[:SS][±HH:MM]</source>
        <translation>&apos;%1&apos; ist kein Datum mit Uhrzeit in der Form YYYY-MM-DDTHH:MM[:SS][±HH:MM]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ontology term; give its CURIE (such as FBbi:00000251) or IRI</source>
        <translation>&apos;%1&apos; ist kein Ontologie-Begriff; geben Sie seinen CURIE (etwa FBbi:00000251) oder seine IRI an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address starting with https://</source>
        <translation>&apos;%1&apos; ist keine Webadresse, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ORCID iD such as 0000-0002-1825-0097</source>
        <translation>&apos;%1&apos; ist keine ORCID iD wie 0000-0002-1825-0097</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid ORCID iD (its check digit is wrong; look for a typing error)</source>
        <translation>&apos;%1&apos; ist keine gültige ORCID iD (die Prüfziffer stimmt nicht; suchen Sie nach einem Tippfehler)</translation>
    </message>
    <message>
        <source>unsupported field type</source>
        <translation>nicht unterstützter Feldtyp</translation>
    </message>
</context>
<context>
    <name>XmlElementStream</name>
    <message>
        <source>%1: %2 has a &lt;%3&gt; element larger than Metafill reads (%4 MiB or %5 attributes and inner elements); the file is damaged or not supported.</source>
        <translation>%1: %2 steht ein &lt;%3&gt;-Element, das größer ist, als Metafill liest (%4 MiB oder %5 Attribute und innere Elemente); die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1: %2 nests its elements deeper than Metafill reads (%3 levels); the file is damaged or not supported.</source>
        <translation>%1: %2 sind die Elemente tiefer verschachtelt, als Metafill liest (%3 Ebenen); die Datei ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>YamlMapping</name>
    <message>
        <source>%1 must be a mapping of &apos;key: value&apos; lines, not %2</source>
        <translation>%1 muss eine Zuordnung aus Zeilen der Form &apos;key: value&apos; sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos;</source>
        <translation>%1 benötigt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value, not %2</source>
        <translation>&apos;%1&apos; muss ein einzelner Wert sein, ist aber %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number written with a point, such as 1.5</source>
        <translation>&apos;%1&apos; muss eine Zahl mit Dezimalpunkt sein, etwa 1.5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>the entries of &apos;%1&apos; must be single values</source>
        <translation>die Einträge von &apos;%1&apos; müssen einzelne Werte sein</translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>%2 hat keine Eigenschaft &apos;%1&apos;; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos; in %2; known properties are: %3</source>
        <translation>%2 hat keine Eigenschaft &apos;%1&apos;; bekannte Eigenschaften sind: %3</translation>
    </message>
    <message>
        <source>a text must be written as a single value or as &apos;en: …, de: …&apos;, not %1</source>
        <translation>ein Text muss ein einzelner Wert sein oder die Form &apos;en: …, de: …&apos; haben, ist aber %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code such as en or de</source>
        <translation>&apos;%1&apos; ist kein Sprachcode wie en oder de</translation>
    </message>
    <message>
        <source>the %1 text must be a single value</source>
        <translation>der %1-Text muss ein einzelner Wert sein</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <source>nothing</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>the file holds more than one YAML document; keep one per file</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument; verwenden Sie eines pro Datei</translation>
    </message>
    <message>
        <source>this alias refers to an anchor that is not complete yet (a node cannot contain itself)</source>
        <translation>dieser Alias verweist auf einen Anker, der noch nicht vollständig ist (ein Knoten kann sich nicht selbst enthalten)</translation>
    </message>
    <message>
        <source>a single value is longer than %1 bytes</source>
        <translation>ein einzelner Wert ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>the document expands to more than %1 values (through aliases or sheer size); this is far more than any template needs</source>
        <translation>das Dokument ergibt mehr als %1 Werte (durch Aliase oder schiere Größe); das ist weit mehr, als eine Vorlage je braucht</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>Werte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a mapping key must be a plain word, not %1</source>
        <translation>ein Schlüssel in einer Zuordnung muss ein einfaches Wort sein, ist aber %1</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice in the same mapping (first on line %2); remove or rename one of them</source>
        <translation>der Schlüssel &apos;%1&apos; kommt in derselben Zuordnung zweimal vor (zuerst in Zeile %2); entfernen Sie einen davon oder benennen Sie ihn um</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes; templates are far smaller, so this is refused</source>
        <translation>die Datei ist größer als %1 Byte; Vorlagen sind weit kleiner, daher wird sie abgelehnt</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it is not a text file (or it is UTF-16; save it as UTF-8)</source>
        <translation>die Datei enthält NUL-Bytes; sie ist keine Textdatei (oder sie ist in UTF-16 kodiert; speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>the YAML parser failed: %1</source>
        <translation>der YAML-Parser ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>ZarrStore</name>
    <message>
        <source>%1: the Zarr folder %2 does not exist or cannot be opened.</source>
        <translation>%1: der Zarr-Ordner %2 existiert nicht oder kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1: the metadata is nested more than %2 levels deep; the file is damaged or not Zarr metadata.</source>
        <translation>%1: die Metadaten sind mehr als %2 Ebenen tief verschachtelt; die Datei ist beschädigt oder enthält keine Zarr-Metadaten.</translation>
    </message>
    <message>
        <source>%1: the metadata file is not valid JSON; the Zarr folder is damaged or was not fully copied.</source>
        <translation>%1: die Metadatendatei ist kein gültiges JSON; der Zarr-Ordner ist beschädigt oder wurde nicht vollständig kopiert.</translation>
    </message>
    <message>
        <source>%1: %2 is a link to a file that does not exist.</source>
        <translation>%1: %2 ist eine Verknüpfung zu einer Datei, die nicht existiert.</translation>
    </message>
    <message>
        <source>%1: %2 leads outside the image folder (to %3); Metafill does not follow links out of an image folder.</source>
        <translation>%1: %2 führt aus dem Bildordner hinaus (nach %3); Metafill folgt keinen Verknüpfungen aus einem Bildordner hinaus.</translation>
    </message>
    <message>
        <source>%1: %2 should be a metadata file but is not a regular file.</source>
        <translation>%1: %2 sollte eine Metadatendatei sein, ist aber keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1: the metadata file %2 has %3 MiB, more than the %4 MiB Metafill reads; the file is damaged or not metadata.</source>
        <translation>%1: die Metadatendatei %2 ist %3 MiB groß, mehr als die %4 MiB, die Metafill liest; die Datei ist beschädigt oder enthält keine Metadaten.</translation>
    </message>
    <message>
        <source>%1: the folder&apos;s metadata files add up to more than %2 MiB; Metafill stops reading here.</source>
        <translation>%1: die Metadatendateien des Ordners ergeben zusammen mehr als %2 MiB; Metafill liest hier nicht weiter.</translation>
    </message>
    <message>
        <source>%1: the metadata names the path &quot;%2&quot;, which is not a plain path inside the folder.</source>
        <translation>%1: die Metadaten nennen den Pfad &quot;%2&quot;, der kein einfacher Pfad innerhalb des Ordners ist.</translation>
    </message>
    <message>
        <source>%1: %2 is not a Zarr metadata object.</source>
        <translation>%1: %2 ist kein Zarr-Metadatenobjekt.</translation>
    </message>
    <message>
        <source>%1: %2 is not a Zarr array description.</source>
        <translation>%1: %2 ist keine Zarr-Array-Beschreibung.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Describe microscopy images with metadata templates.</source>
        <translation>Mikroskopiebilder mit Metadatenvorlagen beschreiben.</translation>
    </message>
    <message>
        <source>Start a new record from this template (file or id).</source>
        <translation>Einen neuen Datensatz mit dieser Vorlage beginnen (Datei oder ID).</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>Do not offer to restore sessions that ended without saving.</source>
        <translation>Nicht anbieten, Sitzungen wiederherzustellen, die ohne Speichern beendet wurden.</translation>
    </message>
    <message>
        <source>A record to open, or images to add.</source>
        <translation>Ein zu öffnender Datensatz oder hinzuzufügende Bilder.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
</context>
<context>
    <name>metafill::gui::BatchGridDelegate</name>
    <message>
        <source>Enter starts a new line; Tab or a click elsewhere stores the text, Esc cancels.</source>
        <translation>Eingabetaste: neue Zeile; Tab oder Klick außerhalb: Text übernehmen; Esc: abbrechen.</translation>
    </message>
    <message>
        <source>“%1” cannot take this: %2</source>
        <translation>„%1“ kann dies nicht aufnehmen: %2</translation>
    </message>
</context>
<context>
    <name>metafill::gui::BatchGridModel</name>
    <message>
        <source>takes one value, but has %1</source>
        <translation>nimmt einen Wert auf, hat aber %1</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>required, but this image has no value</source>
        <translation>erforderlich, aber dieses Bild hat keinen Wert</translation>
    </message>
    <message>
        <source>Image names come from the image files; they are not edited here.</source>
        <translation>Bildnamen stammen aus den Bilddateien; sie werden hier nicht bearbeitet.</translation>
    </message>
    <message>
        <source>There is no such cell.</source>
        <translation>Diese Zelle gibt es nicht.</translation>
    </message>
    <message>
        <source>This value was read from the image file, and the template does not allow changing it.</source>
        <translation>Dieser Wert wurde aus der Bilddatei gelesen, und die Vorlage erlaubt keine Änderung.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Diese Spalte kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Values in this row apply to every image that has no value of its own.</source>
        <translation>Werte in dieser Zeile gelten für jedes Bild ohne eigenen Wert.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>From the “All images” row. Type here to give this image its own value.</source>
        <translation>Aus der Zeile „Alle Bilder“. Tippen Sie hier, um diesem Bild einen eigenen Wert zu geben.</translation>
    </message>
    <message>
        <source>Template default</source>
        <translation>Standardwert der Vorlage</translation>
    </message>
    <message>
        <source>This image&apos;s own value; “All images” has “%1”. Clear the cell (Delete) to use that.</source>
        <translation>Eigener Wert dieses Bildes; „Alle Bilder“ hat „%1“. Leeren Sie die Zelle (Entf), um diesen Wert zu verwenden.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>“%1” is free text, not linked to an ontology term.</source>
        <translation>„%1“ ist Freitext, nicht mit einem Ontologie-Begriff verknüpft.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>The image as OMERO names it. The first row, “All images”, holds the values every image shares.</source>
        <translation>Das Bild, wie OMERO es benennt. Die erste Zeile, „Alle Bilder“, enthält die Werte, die alle Bilder gemeinsam haben.</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, erforderlich</translation>
    </message>
    <message>
        <source>Not stored in “%1” of %2: %3</source>
        <translation>Nicht in „%1“ von %2 gespeichert: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>metafill::gui::BatchGridView</name>
    <message>
        <source>Batch grid: images and their values</source>
        <translation>Tabelle: Bilder und ihre Werte</translation>
    </message>
    <message>
        <source>Image names</source>
        <translation>Bildnamen</translation>
    </message>
    <message>
        <source>Filter by image name or any value (%1)</source>
        <translation>Nach Name oder Wert filtern (%1)</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>Bilder filtern</translation>
    </message>
    <message>
        <source>&amp;Copy Cells</source>
        <translation>Zellen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text for a spreadsheet</source>
        <translation>Die ausgewählten Zellen als tabulatorgetrennten Text für eine Tabellenkalkulation kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Cells</source>
        <translation>Zellen &amp;einfügen</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet, starting at the current cell</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zellen ab der aktuellen Zelle einfügen</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Nach &amp;unten ausfüllen</translation>
    </message>
    <message>
        <source>Copy the top selected value of each column into the selected cells below it</source>
        <translation>Den obersten ausgewählten Wert jeder Spalte in die ausgewählten Zellen darunter kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>Zellen &amp;leeren</translation>
    </message>
    <message>
        <source>Remove the values of the selected cells; images then show the value of “All images”</source>
        <translation>Die Werte der ausgewählten Zellen entfernen; die Bilder zeigen dann den Wert von „Alle Bilder“</translation>
    </message>
    <message>
        <source>&amp;Show Image in Form</source>
        <translation>&amp;Bild im Formular zeigen</translation>
    </message>
    <message>
        <source>Filter Images</source>
        <translation>Bilder filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) shown</source>
        <translation>
            <numerusform>%1 von %n Bild angezeigt</numerusform>
            <numerusform>%1 von %n Bildern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>read from the image file</source>
        <translation>aus der Bilddatei gelesen</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation>erforderlich, aber leer</translation>
    </message>
    <message>
        <source>grey italic</source>
        <translation>grau kursiv</translation>
    </message>
    <message>
        <source>from “All images”</source>
        <translation>aus „Alle Bilder“</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Legend: tinted cells were read from the image file, red cells have a problem, orange cells are required but empty, grey italic values come from “All images”, a star marks required fields.</source>
        <translation>Legende: getönte Zellen wurden aus der Bilddatei gelesen, rote Zellen haben ein Problem, orange Zellen sind erforderlich, aber leer, grau kursive Werte stammen aus „Alle Bilder“, ein Stern kennzeichnet erforderliche Felder.</translation>
    </message>
    <message>
        <source>Point at a cell to see where its value came from and what is wrong with it.</source>
        <translation>Zeigen Sie auf eine Zelle, um zu sehen, woher ihr Wert stammt und was daran nicht stimmt.</translation>
    </message>
    <message>
        <source>Select the cells to copy first.</source>
        <translation>Wählen Sie zuerst die zu kopierenden Zellen aus.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle kopiert.</numerusform>
            <numerusform>%n Zellen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message>
        <source>Choose the cell to paste into first.</source>
        <translation>Wählen Sie zuerst die Zelle aus, in die eingefügt werden soll.</translation>
    </message>
    <message>
        <source>“%1” in %2, %3: %4</source>
        <translation>„%1“ in %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle einfügen</numerusform>
            <numerusform>%n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle eingefügt.</numerusform>
            <numerusform>%n Zellen eingefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not pasted; the first: %1</source>
        <translation>
            <numerusform>%n Zelle nicht eingefügt: %1</numerusform>
            <numerusform>%n Zellen nicht eingefügt; die erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell outside the grid.</source>
        <translation>
            <numerusform>%n Zelle lag außerhalb der Tabelle.</numerusform>
            <numerusform>%n Zellen lagen außerhalb der Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a value and the cells below it to fill down (%1).</source>
        <translation>Wählen Sie einen Wert und die Zellen darunter aus, um nach unten auszufüllen (%1).</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Nach unten ausfüllen</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) now follow “All images”.</source>
        <translation>
            <numerusform>%n Zelle folgt jetzt „Alle Bilder“.</numerusform>
            <numerusform>%n Zellen folgen jetzt „Alle Bilder“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n cell(s) down.</source>
        <translation>
            <numerusform>%n Zelle nach unten ausgefüllt.</numerusform>
            <numerusform>%n Zellen nach unten ausgefüllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) left as they were: %1</source>
        <translation>
            <numerusform>%n Zelle unverändert: %1</numerusform>
            <numerusform>%n Zellen unverändert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle leeren</numerusform>
            <numerusform>%n Zellen leeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle geleert.</numerusform>
            <numerusform>%n Zellen geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::ChoiceInput</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>Gespeichert als: %1</translation>
    </message>
    <message>
        <source>yes or no?</source>
        <translation>ja oder nein?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>metafill::gui::CompletenessMeter</name>
    <message>
        <source>%p % complete</source>
        <translation>%p % vollständig</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) empty</source>
        <translation>
            <numerusform>%n Pflichtfeld leer</numerusform>
            <numerusform>%n Pflichtfelder leer</numerusform>
        </translation>
    </message>
    <message>
        <source>all required fields filled</source>
        <translation>alle Pflichtfelder ausgefüllt</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) with problems</source>
        <translation>
            <numerusform>%n Wert mit Problemen</numerusform>
            <numerusform>%n Werte mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 required and %3 of %4 recommended fields filled.</source>
        <translation>%1 von %2 erforderlichen und %3 von %4 empfohlenen Feldern ausgefüllt.</translation>
    </message>
</context>
<context>
    <name>metafill::gui::DateInput</name>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>metafill::gui::DocumentSession</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>There is no template to save a record for.</source>
        <translation>Es gibt keine Vorlage, für die ein Datensatz gespeichert werden könnte.</translation>
    </message>
</context>
<context>
    <name>metafill::gui::ExportDialog</name>
    <message>
        <source>Export for OMERO</source>
        <translation>Für OMERO exportieren</translation>
    </message>
    <message>
        <source>Import from CSV (current OMERO scripts)</source>
        <translation>Import from CSV (aktuelle OMERO-Skripte)</translation>
    </message>
    <message>
        <source>KeyVal_from_csv (older OMERO, scripts up to 5.8)</source>
        <translation>KeyVal_from_csv (ältere OMERO-Server, Skripte bis 5.8)</translation>
    </message>
    <message>
        <source>OMERO script</source>
        <translation>OMERO-Skript</translation>
    </message>
    <message>
        <source>The OMERO script that will read the file. Servers with omero-scripts newer than 5.8 have “Import from CSV”; older ones only “KeyVal_from_csv”. Ask your facility if unsure.</source>
        <translation>Das OMERO-Skript, das die Datei einliest. Server mit omero-scripts neuer als 5.8 haben „Import from CSV“, ältere nur „KeyVal_from_csv“. Fragen Sie im Zweifel Ihre Facility.</translation>
    </message>
    <message>
        <source>One row per image</source>
        <translation>Eine Zeile pro Bild</translation>
    </message>
    <message>
        <source>One row per dataset (the values its images share)</source>
        <translation>Eine Zeile pro Dataset (die gemeinsamen Werte seiner Bilder)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Per image: every image gets its own key-value pairs. Per dataset: each dataset gets the values all its images share; a value that differs between them is left out.</source>
        <translation>Pro Bild: Jedes Bild erhält eigene Schlüssel-Wert-Paare. Pro Dataset: Jedes Dataset erhält die Werte, die alle seine Bilder gemeinsam haben; ein Wert, der sich zwischen ihnen unterscheidet, wird ausgelassen.</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Dataset-Name</translation>
    </message>
    <message>
        <source>empty: each image&apos;s folder is its dataset</source>
        <translation>leer: der Ordner jedes Bildes ist sein Dataset</translation>
    </message>
    <message>
        <source>With one row per dataset: the name of the one dataset all images belong to. Left empty, the images are grouped by their folders, as OMERO.insight names datasets on import.</source>
        <translation>Bei einer Zeile pro Dataset: der Name des einen Datasets, zu dem alle Bilder gehören. Bleibt das Feld leer, werden die Bilder nach ihren Ordnern gruppiert, so wie OMERO.insight Datasets beim Import benennt.</translation>
    </message>
    <message>
        <source>Tab (recommended)</source>
        <translation>Tabulator (empfohlen)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Komma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semikolon  ;</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>The character between the cells. Tab is the safest for OMERO, because values rarely contain it. KeyVal_from_csv files always use commas.</source>
        <translation>Das Zeichen zwischen den Zellen. Der Tabulator ist für OMERO am sichersten, weil Werte ihn selten enthalten. KeyVal_from_csv-Dateien verwenden immer Kommas.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>The OMERO namespace the key-value pairs go to. Empty: OMERO&apos;s client namespace, where people can edit the pairs in OMERO.web. Any other namespace protects them from editing.</source>
        <translation>Der OMERO-Namespace, in den die Schlüssel-Wert-Paare kommen. Leer: der Client-Namespace von OMERO, in dem man die Paare in OMERO.web bearbeiten kann. Jeder andere Namespace schützt sie vor Bearbeitung.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>The file to write. A table larger than 1 MiB is written as several files (name.part1.csv, name.part2.csv, …), which OMERO imports one after the other.</source>
        <translation>Die zu schreibende Datei. Eine Tabelle über 1 MiB wird als mehrere Dateien geschrieben (name.part1.csv, name.part2.csv, …), die OMERO nacheinander importiert.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Skript:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Dataset name:</source>
        <translation>&amp;Dataset-Name:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What to do in OMERO</source>
        <translation>Was in OMERO zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Copy instructions</source>
        <translation>Anleitung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies these steps as text, e.g. to send them with the file.</source>
        <translation>Kopiert diese Schritte als Text, z. B. um sie mit der Datei zu versenden.</translation>
    </message>
    <message>
        <source>In OMERO</source>
        <translation>In OMERO</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Why nothing can be written</source>
        <translation>Warum nichts geschrieben werden kann</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>KeyVal_from_csv uses OMERO&apos;s client namespace</source>
        <translation>KeyVal_from_csv verwendet den Client-Namespace von OMERO</translation>
    </message>
    <message>
        <source>empty: OMERO&apos;s client namespace (editable)</source>
        <translation>leer: Client-Namespace von OMERO (bearbeitbar)</translation>
    </message>
    <message>
        <source>KeyVal_from_csv annotates images only and reads commas.</source>
        <translation>KeyVal_from_csv annotiert nur Bilder und liest Kommas.</translation>
    </message>
    <message>
        <source>No template is loaded.</source>
        <translation>Es ist keine Vorlage geladen.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <source>Nothing to preview until the problem below is solved.</source>
        <translation>Keine Vorschau, bis das Problem unten behoben ist.</translation>
    </message>
    <message numerus="yes">
        <source>Written as %n file(s): %1</source>
        <translation>
            <numerusform>Wird als %n Datei geschrieben: %1</numerusform>
            <numerusform>Wird als %n Dateien geschrieben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This file exists and will be replaced.</source>
        <translation>Diese Datei existiert und wird ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) have empty required fields. You can export now and complete them later.</source>
        <translation>
            <numerusform>Bei %1 von %n Bild sind erforderliche Felder leer. Sie können jetzt exportieren und sie später ergänzen.</numerusform>
            <numerusform>Bei %1 von %n Bildern sind erforderliche Felder leer. Sie können jetzt exportieren und sie später ergänzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be written yet: %1</source>
        <translation>Noch kann nichts geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Run the script “%1”.</source>
        <translation>Führen Sie das Skript „%1“ aus.</translation>
    </message>
    <message>
        <source>The instructions are on the clipboard.</source>
        <translation>Die Anleitung ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Type the name of the file to write, or choose it with Browse.</source>
        <translation>Geben Sie den Namen der zu schreibenden Datei ein oder wählen Sie sie mit „Durchsuchen“ aus.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder; type a file name</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen ein</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>Es wurde nichts geschrieben: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n dataset row(s) for OMERO to %1.</source>
        <translation>
            <numerusform>%n Dataset-Zeile für OMERO nach %1 exportiert.</numerusform>
            <numerusform>%n Dataset-Zeilen für OMERO nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image row(s) for OMERO to %1.</source>
        <translation>
            <numerusform>%n Bildzeile für OMERO nach %1 exportiert.</numerusform>
            <numerusform>%n Bildzeilen für OMERO nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) still have empty required fields.</source>
        <translation>
            <numerusform>Bei %n Bild sind noch erforderliche Felder leer.</numerusform>
            <numerusform>Bei %n Bildern sind noch erforderliche Felder leer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::ExportPreview</name>
    <message>
        <source>Show &amp;tabs and spaces</source>
        <translation>Tabulatoren und &amp;Leerzeichen anzeigen</translation>
    </message>
    <message>
        <source>Preview of the file as a table</source>
        <translation>Vorschau der Datei als Tabelle</translation>
    </message>
    <message>
        <source>Preview of the file as text</source>
        <translation>Vorschau der Datei als Text</translation>
    </message>
    <message>
        <source>Marks each tab with an arrow and each space with a dot, so you can see where one cell ends.</source>
        <translation>Markiert jeden Tabulator mit einem Pfeil und jedes Leerzeichen mit einem Punkt, damit Sie sehen, wo eine Zelle endet.</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>Ta&amp;belle</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>The namespace the pairs of this column go to</source>
        <translation>Der Namespace, in den die Paare dieser Spalte kommen</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n row(s), exactly as the file begins.</source>
        <translation>
            <numerusform>Die ersten %1 von %n Zeile, genau so, wie die Datei beginnt.</numerusform>
            <numerusform>Die ersten %1 von %n Zeilen, genau so, wie die Datei beginnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s), exactly as the file holds them.</source>
        <translation>
            <numerusform>Die %n Zeile, genau so, wie die Datei sie enthält.</numerusform>
            <numerusform>Alle %n Zeilen, genau so, wie die Datei sie enthält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all.</source>
        <translation>
            <numerusform>%n Datei, insgesamt %1.</numerusform>
            <numerusform>%n Dateien, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key column(s), %1.</source>
        <translation>
            <numerusform>%n Schlüsselspalte, %1.</numerusform>
            <numerusform>%n Schlüsselspalten, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::ExportWarningsView</name>
    <message>
        <source>Warnings about the export</source>
        <translation>Warnungen zum Export</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: every image has its required values, and OMERO can import the file as it is.</source>
        <translation>Keine Probleme gefunden: Jedes Bild hat seine erforderlichen Werte, und OMERO kann die Datei so importieren, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>metafill::gui::FieldEditor</name>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Remove this value</source>
        <translation>Diesen Wert entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — not stored until corrected</source>
        <translation>%1 — wird erst nach der Korrektur gespeichert</translation>
    </message>
    <message>
        <source>takes one value, but holds %1; only the first is shown</source>
        <translation>nimmt einen Wert auf, enthält aber %1; nur der erste wird angezeigt</translation>
    </message>
    <message>
        <source>Examples: %1</source>
        <translation>Beispiele: %1</translation>
    </message>
    <message>
        <source>several values, one per line</source>
        <translation>mehrere Werte, einer pro Zeile</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>OMERO key: %1</source>
        <translation>OMERO-Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>metafill::gui::FieldHelpPanel</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Text (several lines)</source>
        <translation>Text (mehrzeilig)</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Number with a unit</source>
        <translation>Zahl mit Einheit</translation>
    </message>
    <message>
        <source>Number with a unit (%1)</source>
        <translation>Zahl mit Einheit (%1)</translation>
    </message>
    <message>
        <source>One of a list</source>
        <translation>Auswahl aus einer Liste</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Ontology term</source>
        <translation>Ontologie-Begriff</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>ORCID iD</source>
        <translation>ORCID iD</translation>
    </message>
    <message>
        <source>Field help</source>
        <translation>Feldhilfe</translation>
    </message>
    <message>
        <source>Click into a field to see what it asks for.</source>
        <translation>Klicken Sie in ein Feld, um zu sehen, was es verlangt.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlwerte</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unterhalb von %1</translation>
    </message>
    <message>
        <source>Ontology</source>
        <translation>Ontologie</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>allowed, kept as unresolved</source>
        <translation>erlaubt, bleibt nicht aufgelöst</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>several allowed</source>
        <translation>mehrere erlaubt</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>OMERO key</source>
        <translation>OMERO-Schlüssel</translation>
    </message>
    <message>
        <source>shared by all images</source>
        <translation>gemeinsam für alle Bilder</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>metafill::gui::FormView</name>
    <message>
        <source>* required   ○ recommended</source>
        <translation>* erforderlich   ○ empfohlen</translation>
    </message>
    <message>
        <source>The pill beside a field says where its value came from: typed, header (read from an image file), edited (typed over a header value), preset, default, or shared (an image showing the value all images share).</source>
        <translation>Die Markierung neben einem Feld zeigt, woher sein Wert stammt: eingegeben, Dateikopf (aus einer Bilddatei gelesen), geändert (Wert aus dem Dateikopf überschrieben), Voreinstellung, Standard oder gemeinsam (ein Bild zeigt den gemeinsamen Wert aller Bilder).</translation>
    </message>
    <message>
        <source>No template is open.</source>
        <translation>Es ist keine Vorlage geöffnet.</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Vorheriger Abschnitt</translation>
    </message>
    <message numerus="yes">
        <source>Values all images share (%n image(s))</source>
        <translation>
            <numerusform>Gemeinsame Werte aller Bilder (%n Bild)</numerusform>
            <numerusform>Gemeinsame Werte aller Bilder (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values all images share</source>
        <translation>Gemeinsame Werte aller Bilder</translation>
    </message>
    <message>
        <source>What you type here applies to every image, unless an image has its own value.</source>
        <translation>Was Sie hier eingeben, gilt für jedes Bild, sofern es keinen eigenen Wert hat.</translation>
    </message>
    <message>
        <source>Image %1 of %2: %3</source>
        <translation>Bild %1 von %2: %3</translation>
    </message>
    <message>
        <source>This image&apos;s values: its own where it has them, else the values all images share (marked &quot;shared&quot;). What you type here applies to this image only.</source>
        <translation>Die Werte dieses Bildes: seine eigenen, wo vorhanden, sonst die gemeinsamen Werte aller Bilder (markiert mit „gemeinsam“). Was Sie hier eingeben, gilt nur für dieses Bild.</translation>
    </message>
</context>
<context>
    <name>metafill::gui::ImageListModel</name>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Values typed here apply to every image unless an image has its own value.</source>
        <translation>Hier eingegebene Werte gelten für jedes Bild, sofern es keinen eigenen Wert hat.</translation>
    </message>
    <message>
        <source>%1

The header could not be read: %2</source>
        <translation>%1

Der Dateikopf konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>metafill::gui::ImagesPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <source>Add image files or folders; their headers fill the form (you can also drop them on the window).</source>
        <translation>Bilddateien oder Ordner hinzufügen; ihre Dateiköpfe füllen das Formular aus (Sie können sie auch auf das Fenster ziehen).</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Stop reading headers; nothing of this batch is added.</source>
        <translation>Das Lesen der Dateiköpfe abbrechen; von diesem Stapel wird nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Still reading the headers of the previous images; add more when that is done or cancel it.</source>
        <translation>Die Dateiköpfe der vorigen Bilder werden noch gelesen; fügen Sie weitere hinzu, wenn das abgeschlossen ist, oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Bilder werden gesucht…</translation>
    </message>
    <message>
        <source>Reading headers: %1 of %2</source>
        <translation>Dateiköpfe werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Adding images was cancelled; nothing was added.</source>
        <translation>Das Hinzufügen der Bilder wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>No image files were found there.</source>
        <translation>Dort wurden keine Bilddateien gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n image(s)</source>
        <translation>
            <numerusform>%n Bild hinzufügen</numerusform>
            <numerusform>%n Bilder hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s); %1 values filled from headers and presets.</source>
        <translation>
            <numerusform>%n Bild hinzugefügt; %1 Werte aus Dateiköpfen und Voreinstellungen ausgefüllt.</numerusform>
            <numerusform>%n Bilder hinzugefügt; %1 Werte aus Dateiköpfen und Voreinstellungen ausgefüllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (marked in the list).</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden (in der Liste markiert).</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden (in der Liste markiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>%n Bild entfernen</numerusform>
            <numerusform>%n Bilder entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) from the list; their files are untouched.</source>
        <translation>
            <numerusform>%n Bild aus der Liste entfernt; die Datei bleibt unberührt.</numerusform>
            <numerusform>%n Bilder aus der Liste entfernt; ihre Dateien bleiben unberührt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::InstanceBox</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of %1 below it (%2)</source>
        <translation>Eine Kopie von %1 darunter einfügen (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its values (%2; Undo brings it back)</source>
        <translation>%1 samt Werten entfernen (%2; mit „Rückgängig“ wiederherstellbar)</translation>
    </message>
</context>
<context>
    <name>metafill::gui::JournalRecoveryDialog</name>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Metafill was not closed properly last time.&lt;/b&gt;&lt;br&gt;Nothing you typed is lost: the session journal kept it. Choose the work to restore.</source>
        <translation>&lt;b&gt;Metafill wurde beim letzten Mal nicht ordnungsgemäß beendet.&lt;/b&gt;&lt;br&gt;Ihre Eingaben sind nicht verloren: Das Sitzungsjournal hat sie aufbewahrt. Wählen Sie die Arbeit, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Nicht gespeicherte Arbeit</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Keep the journals; Metafill offers them again at the next start.</source>
        <translation>Die Journale behalten; Metafill bietet sie beim nächsten Start erneut an.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, version %2
%3</source>
        <translation>%1, Version %2
%3</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n journal(s) could not be read and were kept aside:</source>
        <translation>
            <numerusform>%n Journal konnte nicht gelesen werden und wurde beiseitegelegt:</numerusform>
            <numerusform>%n Journale konnten nicht gelesen werden und wurden beiseitegelegt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>This window has unsaved changes of its own. Save them first, or restore into a new window.</source>
        <translation>Dieses Fenster hat eigene, nicht gespeicherte Änderungen. Speichern Sie diese zuerst, oder stellen Sie in einem neuen Fenster wieder her.</translation>
    </message>
    <message>
        <source>This journal is damaged (%1) and was kept aside.</source>
        <translation>Dieses Journal ist beschädigt (%1) und wurde beiseitegelegt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Restored %1 and %2 from the session of %3.</source>
        <translation>%1 und %2 aus der Sitzung vom %3 wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything came back as it was:</source>
        <translation>Nicht alles wurde unverändert wiederhergestellt:</translation>
    </message>
    <message>
        <source>Discard Unsaved Work</source>
        <translation>Nicht gespeicherte Arbeit verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %1 work last changed %2 (%n value(s))? It cannot be restored afterwards.</source>
        <translation>
            <numerusform>Die Arbeit mit „%1“, zuletzt geändert am %2 (%n Wert), verwerfen? Sie kann danach nicht wiederhergestellt werden.</numerusform>
            <numerusform>Die Arbeit mit „%1“, zuletzt geändert am %2 (%n Werte), verwerfen? Sie kann danach nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::LineInput</name>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>number, with a point: 0.5</source>
        <translation>Zahl mit Dezimalpunkt: 0.5</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>0000-0000-0000-0000</source>
        <translation>0000-0000-0000-0000</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>CURIE such as FBbi:00000251, or text</source>
        <translation>CURIE wie FBbi:00000251 oder Text</translation>
    </message>
</context>
<context>
    <name>metafill::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Metafill records (*.metafill.json);;JSON files (*.json);;All files (*)</source>
        <translation>Metafill-Datensätze (*.metafill.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;Grid of all images</source>
        <translation>&amp;Tabelle aller Bilder</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>About this field</source>
        <translation>Feldhilfe</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Neuer Datensatz…</translation>
    </message>
    <message>
        <source>Start a new record from a template.</source>
        <translation>Einen neuen Datensatz mit einer Vorlage beginnen.</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>Datensatz ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Add &amp;images…</source>
        <translation>B&amp;ilder hinzufügen…</translation>
    </message>
    <message>
        <source>Add image files; their headers fill the form.</source>
        <translation>Bilddateien hinzufügen; ihre Dateiköpfe füllen das Formular aus.</translation>
    </message>
    <message>
        <source>&amp;Export for OMERO…</source>
        <translation>Für OMERO &amp;exportieren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Help on this &amp;field</source>
        <translation>Hilfe zu diesem &amp;Feld</translation>
    </message>
    <message>
        <source>&amp;About Metafill</source>
        <translation>&amp;Über Metafill</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1: the template could not be loaded.</source>
        <translation>%1: die Vorlage konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>New record from &quot;%1&quot;.</source>
        <translation>Neuer Datensatz mit „%1“.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; this record was made with is not installed; add its folder in the settings.</source>
        <translation>%1: die Vorlage „%2“, mit der dieser Datensatz erstellt wurde, ist nicht installiert; fügen Sie ihren Ordner in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>%1: the record does not fit its template.</source>
        <translation>%1: der Datensatz passt nicht zu seiner Vorlage.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>It was made with another version of the template; %n value(s) need a look.</source>
        <translation>
            <numerusform>Er wurde mit einer anderen Version der Vorlage erstellt; %n Wert sollte überprüft werden.</numerusform>
            <numerusform>Er wurde mit einer anderen Version der Vorlage erstellt; %n Werte sollten überprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a template first (File → New record); then add images.</source>
        <translation>Wählen Sie zuerst eine Vorlage (Datei → Neuer Datensatz) und fügen Sie dann Bilder hinzu.</translation>
    </message>
    <message>
        <source>Open a record</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Microscope images (*.tif *.tiff *.ome.tif *.ome.tiff *.btf *.czi *.lsm *.lif *.nd2 *.ims *.ome.xml *.companion.ome);;All files (*)</source>
        <translation>Mikroskopiebilder (*.tif *.tiff *.ome.tif *.ome.tiff *.btf *.czi *.lsm *.lif *.nd2 *.ims *.ome.xml *.companion.ome);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1

The record was not changed on disk; try another folder.</source>
        <translation>%1

Der gespeicherte Datensatz wurde nicht verändert; versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Datensatz speichern</translation>
    </message>
    <message>
        <source>%1

Nothing was written; try another folder.</source>
        <translation>%1

Es wurde nichts geschrieben; versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Settings saved. A new language takes effect at the next start.</source>
        <translation>Einstellungen gespeichert. Eine neue Sprache wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>About Metafill</source>
        <translation>Über Metafill</translation>
    </message>
    <message>
        <source>This template has no presets</source>
        <translation>Diese Vorlage hat keine Voreinstellungen</translation>
    </message>
    <message>
        <source>Apply preset %1</source>
        <translation>Voreinstellung „%1“ anwenden</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; applied to %2.</source>
        <translation>Voreinstellung „%1“ auf %2 angewendet.</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>alle Bilder</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Terms: offline index</source>
        <translation>Begriffe: Offline-Index</translation>
    </message>
    <message>
        <source>Terms: OLS</source>
        <translation>Begriffe: OLS</translation>
    </message>
    <message>
        <source>Ontology terms are looked up at the Ontology Lookup Service, with the offline index as a fallback.</source>
        <translation>Ontologie-Begriffe werden im Ontology Lookup Service nachgeschlagen, ersatzweise im Offline-Index.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The record has changes that are not saved. Save them first?</source>
        <translation>Der Datensatz hat nicht gespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>If you discard them, they are gone; they are kept in the journal until then.</source>
        <translation>Wenn Sie sie verwerfen, sind sie verloren; bis dahin bleiben sie im Journal erhalten.</translation>
    </message>
    <message>
        <source>Only files on this computer or a mounted share can be added.</source>
        <translation>Nur Dateien auf diesem Computer oder einer eingebundenen Netzwerkfreigabe können hinzugefügt werden.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>%1: the change, e.g. Edit study.title</comment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>%1: the change, e.g. Edit study.title</comment>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metafill %1&lt;/h3&gt;&lt;p&gt;Describe microscopy images with metadata templates (REMBI, 4DN-BINA/NBO and your facility&apos;s), fill them from image headers and export key-value CSV files for OMERO.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Metafill %1&lt;/h3&gt;&lt;p&gt;Mikroskopiebilder mit Metadatenvorlagen beschreiben (REMBI, 4DN-BINA/NBO und die Ihrer Facility), sie aus den Dateiköpfen der Bilder ausfüllen und Schlüssel-Wert-CSV-Dateien für OMERO exportieren.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>metafill::gui::PackJob</name>
    <message>
        <source>Removed the template pack %1 (%2).</source>
        <translation>Vorlagenpaket %1 (%2) entfernt.</translation>
    </message>
    <message>
        <source>These templates are no longer available: %1. Records made with them open again once the pack is added back.</source>
        <translation>Diese Vorlagen sind nicht mehr verfügbar: %1. Damit erstellte Datensätze lassen sich wieder öffnen, sobald das Paket erneut hinzugefügt wird.</translation>
    </message>
</context>
<context>
    <name>metafill::gui::ProvenanceMark</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The template&apos;s default value. Type to replace it.</source>
        <translation>Der Standardwert der Vorlage. Tippen Sie, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>This image takes the value all images share (%1). Type to give this image its own value.</source>
        <translation>Dieses Bild übernimmt den gemeinsamen Wert aller Bilder (%1). Tippen Sie, um diesem Bild einen eigenen Wert zu geben.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Typed over the value read from the %1.</source>
        <translation>Eingabe ersetzt den Wert aus dem %1.</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>Typed in by a person.</source>
        <translation>Von Hand eingegeben.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Dateikopf</translation>
    </message>
    <message>
        <source>Read from the %1. The template does not allow changing it.</source>
        <translation>Aus dem %1 gelesen. Die Vorlage erlaubt keine Änderung.</translation>
    </message>
    <message>
        <source>Read from the %1. Type to override it.</source>
        <translation>Aus dem %1 gelesen. Tippen Sie, um ihn zu überschreiben.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Filled in by the %1.</source>
        <translation>Ausgefüllt von der %1.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importiert aus %1.</translation>
    </message>
    <message>
        <source>This image&apos;s own value: it wins over the value all images share.</source>
        <translation>Eigener Wert dieses Bildes: Er hat Vorrang vor dem gemeinsamen Wert aller Bilder.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
</context>
<context>
    <name>metafill::gui::QuantityInput</name>
    <message>
        <source>number, with a point: 0.5</source>
        <translation>Zahl mit Dezimalpunkt: 0.5</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>metafill::gui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>metafill::gui::RequirementMark</name>
    <message>
        <source>Required: the record is not complete without it.</source>
        <translation>Erforderlich: Ohne dieses Feld ist der Datensatz nicht vollständig.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Recommended: fill it in if you can.</source>
        <translation>Empfohlen: Füllen Sie es aus, wenn Sie können.</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
</context>
<context>
    <name>metafill::gui::SectionOutline</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgefüllt</translation>
    </message>
    <message>
        <source>Enter or a click goes to a section. In the form, Ctrl+Page Down and Ctrl+Page Up move to the next and previous section.</source>
        <translation>Eingabetaste oder Klick springt zum Abschnitt. Im Formular wechseln Strg+Bild ab und Strg+Bild auf zum nächsten und vorigen Abschnitt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) empty</source>
        <translation>
            <numerusform>%n Pflichtfeld leer</numerusform>
            <numerusform>%n Pflichtfelder leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::SectionPanel</name>
    <message>
        <source>optional section</source>
        <translation>optionaler Abschnitt</translation>
    </message>
    <message>
        <source>The whole section may be left out. Its required fields count once you start filling it in.</source>
        <translation>Der ganze Abschnitt darf weggelassen werden. Seine erforderlichen Felder zählen, sobald Sie beginnen, ihn auszufüllen.</translation>
    </message>
    <message>
        <source>No channels yet. They appear when images with channel information are added; you can also add them by hand.</source>
        <translation>Noch keine Kanäle. Sie erscheinen, wenn Bilder mit Kanalangaben hinzugefügt werden; Sie können sie auch von Hand hinzufügen.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add another %1 (%2)</source>
        <translation>Weiteren Eintrag „%1“ hinzufügen (%2)</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 are shown here.</source>
        <translation>Hier werden nur die ersten %1 von %2 angezeigt.</translation>
    </message>
    <message>
        <source>%1 filled</source>
        <translation>%1 ausgefüllt</translation>
    </message>
    <message>
        <source>%1 comes from &quot;All images&quot;; remove it there, or change its values for this image</source>
        <translation>%1 stammt aus „Alle Bilder“: dort entfernen oder hier die Werte für dieses Bild ändern</translation>
    </message>
    <message numerus="yes">
        <source>The template asks for at least %n of these</source>
        <translation>
            <numerusform>Die Vorlage verlangt mindestens %n davon</numerusform>
            <numerusform>Die Vorlage verlangt mindestens %n davon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metafill::gui::SessionJournal</name>
    <message>
        <source>Unsaved changes could not be kept in the session journal: %1</source>
        <translation>Nicht gespeicherte Änderungen konnten nicht im Sitzungsjournal gesichert werden: %1</translation>
    </message>
</context>
<context>
    <name>metafill::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>O&amp;ntology Lookup</source>
        <translation>&amp;Ontologie-Suche</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Put every field back to Metafill&apos;s default; nothing is written until OK or Apply.</source>
        <translation>Alle Felder auf die Standardwerte von Metafill zurücksetzen; gespeichert wird erst mit „OK“ oder „Anwenden“.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Metafill starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Metafill wirksam.</translation>
    </message>
    <message>
        <source>&amp;Forget Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Empties File → Open Recent. The files themselves are not touched.</source>
        <translation>Leert Datei → Zuletzt geöffnet. Die Dateien selbst bleiben unberührt.</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Zuletzt geöffnete Dateien:</translation>
    </message>
    <message>
        <source>Settings are stored in %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Ontology Lookup Service address</source>
        <translation>Adresse des Ontology Lookup Service</translation>
    </message>
    <message>
        <source>OLS &amp;address:</source>
        <translation>OLS-A&amp;dresse:</translation>
    </message>
    <message>
        <source>The Ontology Lookup Service that finds terms as you type. Leave it empty for EBI&apos;s public service; an institution&apos;s own OLS is given by its https address.</source>
        <translation>Der Ontology Lookup Service, der während der Eingabe Begriffe findet. Leer lassen für den öffentlichen Dienst des EBI; den eigenen OLS einer Einrichtung geben Sie mit seiner https-Adresse an.</translation>
    </message>
    <message>
        <source>&amp;Work offline: find terms only in the index on this computer</source>
        <translation>O&amp;ffline arbeiten: Begriffe nur im Index auf diesem Computer suchen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system&apos;s proxy (environment variables)</source>
        <translation>Proxy des Systems (Umgebungsvariablen)</translation>
    </message>
    <message>
        <source>No proxy: connect directly</source>
        <translation>Kein Proxy: direkt verbinden</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>Proxy a&amp;ddress:</source>
        <translation>Pro&amp;xy-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Folders with your facility&apos;s templates, searched in this order before your own and the built-in templates:</source>
        <translation>O&amp;rdner mit den Vorlagen Ihrer Facility, in dieser Reihenfolge vor Ihren eigenen und den mitgelieferten Vorlagen durchsucht:</translation>
    </message>
    <message>
        <source>Template folders</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>CSV format</source>
        <translation>CSV-Format</translation>
    </message>
    <message>
        <source>OMERO Import_from_csv (omero-scripts 5.8 and later)</source>
        <translation>OMERO Import_from_csv (omero-scripts ab 5.8)</translation>
    </message>
    <message>
        <source>Legacy KeyVal_from_csv (omero-scripts up to 5.8)</source>
        <translation>Älteres KeyVal_from_csv (omero-scripts bis 5.8)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Legacy files always use commas: KeyVal_from_csv has no separator parameter.</source>
        <translation>Dateien für das ältere Skript verwenden immer Kommas: KeyVal_from_csv hat keinen Parameter für das Trennzeichen.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>none: OMERO&apos;s client namespace, editable in OMERO.web</source>
        <translation>keiner: Client-Namespace von OMERO, in OMERO.web bearbeitbar</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>These are the defaults of File → Export; each export can still choose otherwise.</source>
        <translation>Dies sind die Vorgaben für Datei → Für OMERO exportieren; jeder Export kann davon abweichen.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address, such as http://proxy.example.org:3128, or choose another kind of proxy.</source>
        <translation>Geben Sie die Adresse des Proxys ein, etwa http://proxy.example.org:3128, oder wählen Sie eine andere Proxy-Art.</translation>
    </message>
    <message>
        <source>To connect without a proxy, choose “No proxy: connect directly”.</source>
        <translation>Um ohne Proxy zu verbinden, wählen Sie „Kein Proxy: direkt verbinden“.</translation>
    </message>
    <message>
        <source>Add Template Folder</source>
        <translation>Vorlagenordner hinzufügen</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Standard&amp;werte</translation>
    </message>
    <message>
        <source>Template &amp;Packs…</source>
        <translation>Vorlagen&amp;pakete…</translation>
    </message>
</context>
<context>
    <name>metafill::gui::TemplateChooser</name>
    <message>
        <source>Looking for templates…</source>
        <translation>Vorlagen werden gesucht…</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Vorlage auswählen</translation>
    </message>
    <message>
        <source>Filter by title or id</source>
        <translation>Nach Titel oder ID filtern</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>From your folders</source>
        <translation>Aus Ihren Ordnern</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) found.</source>
        <translation>
            <numerusform>%n Vorlage gefunden.</numerusform>
            <numerusform>%n Vorlagen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be used:</source>
        <translation>Nicht verwendbar:</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instrument preset(s)</source>
        <translation>
            <numerusform>%n Geräte-Voreinstellung</numerusform>
            <numerusform>%n Geräte-Voreinstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a template</source>
        <translation>Vorlage öffnen</translation>
    </message>
    <message>
        <source>Metafill templates (*.yaml *.yml);;All files (*)</source>
        <translation>Metafill-Vorlagen (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>metafill::gui::TemplatePacksDialog</name>
    <message>
        <source>Template Packs</source>
        <translation>Vorlagenpakete</translation>
    </message>
    <message>
        <source>Template packs come from core facilities: templates with their instrument presets, and term lists. Metafill keeps a copy for offline use, checks every file when it updates, and keeps older versions for the records made with them.</source>
        <translation>Vorlagenpakete stammen von Core Facilities: Vorlagen mit ihren Geräte-Voreinstellungen sowie Begriffslisten. Metafill bewahrt eine Kopie für die Offline-Nutzung auf, prüft beim Aktualisieren jede Datei und behält ältere Versionen für die damit erstellten Datensätze.</translation>
    </message>
    <message>
        <source>Subscribed template packs</source>
        <translation>Abonnierte Vorlagenpakete</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Add from &amp;Address…</source>
        <translation>Von &amp;Adresse hinzufügen…</translation>
    </message>
    <message>
        <source>Add from &amp;Folder…</source>
        <translation>Aus &amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Update A&amp;ll</source>
        <translation>A&amp;lle aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>No template packs yet. Your facility gives you an address (https://…) or a folder; add it here.</source>
        <translation>Noch keine Vorlagenpakete. Ihre Facility nennt Ihnen eine Adresse (https://…) oder einen Ordner; fügen Sie das Paket hier hinzu.</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Herausgeber: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Kept on this computer: %1</source>
        <translation>Auf diesem Computer aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Template %1 %2</source>
        <translation>Vorlage %1 %2</translation>
    </message>
    <message>
        <source>Term pack %1</source>
        <translation>Begriffspaket %1</translation>
    </message>
    <message>
        <source>Add Template Pack</source>
        <translation>Vorlagenpaket hinzufügen</translation>
    </message>
    <message>
        <source>The pack&apos;s address, as your facility gives it (https://…):</source>
        <translation>Die Adresse des Pakets, wie Ihre Facility sie angibt (https://…):</translation>
    </message>
    <message>
        <source>Add Template Pack from a Folder</source>
        <translation>Vorlagenpaket aus einem Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Remove Template Pack</source>
        <translation>Vorlagenpaket entfernen</translation>
    </message>
    <message>
        <source>Remove the template pack %1 from this computer, with every version kept of it? Records made with its templates cannot be opened until the pack is added again.</source>
        <translation>Das Vorlagenpaket %1 mit allen aufbewahrten Versionen von diesem Computer entfernen? Datensätze, die mit seinen Vorlagen erstellt wurden, lassen sich erst wieder öffnen, wenn das Paket erneut hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Suche nach Aktualisierungen…</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <source>%1: checking the files…</source>
        <translation>%1: Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>%1: fetching %2 (%3 of %4)</source>
        <translation>%1: %2 wird abgerufen (%3 von %4)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Cancelled; the pack being fetched stays as it was.</source>
        <translation>Abgebrochen; das Paket bleibt, wie es war.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Some packs could not be updated; see below.</source>
        <translation>Einige Pakete konnten nicht aktualisiert werden; siehe unten.</translation>
    </message>
</context>
<context>
    <name>metafill::gui::TermHitDelegate</name>
    <message>
        <source>obsolete</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>gefunden über: %1</translation>
    </message>
</context>
<context>
    <name>metafill::gui::TermHitModel</name>
    <message>
        <source>This term is obsolete in its ontology.</source>
        <translation>Dieser Begriff ist in seiner Ontologie veraltet.</translation>
    </message>
    <message>
        <source>This term is obsolete in its ontology; it was replaced by %1.</source>
        <translation>Dieser Begriff ist in seiner Ontologie veraltet; er wurde ersetzt durch %1.</translation>
    </message>
    <message>
        <source>Synonyms: %1</source>
        <translation>Synonyme: %1</translation>
    </message>
    <message>
        <source>from the Ontology Lookup Service</source>
        <translation>aus dem Ontology Lookup Service</translation>
    </message>
    <message>
        <source>from the offline index</source>
        <translation>aus dem Offline-Index</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>gefunden über: %1</translation>
    </message>
    <message>
        <source>obsolete</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>metafill::gui::TermHitPopup</name>
    <message>
        <source>Matching ontology terms</source>
        <translation>Passende Ontologie-Begriffe</translation>
    </message>
</context>
<context>
    <name>metafill::gui::TermLookup</name>
    <message>
        <source>Offline mode is on (see Settings): terms come from the offline index only.</source>
        <translation>Der Offline-Modus ist eingeschaltet (siehe Einstellungen): Begriffe stammen nur aus dem Offline-Index.</translation>
    </message>
    <message>
        <source>Too many term questions at once; this one was dropped. Please try again.</source>
        <translation>Zu viele Begriffsanfragen auf einmal; diese wurde verworfen. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>metafill::gui::TermPicker</name>
    <message>
        <source>Ontology term</source>
        <translation>Ontologie-Begriff</translation>
    </message>
    <message>
        <source>Type to search terms, or paste a CURIE</source>
        <translation>Tippen, um Begriffe zu suchen, oder CURIE einfügen</translation>
    </message>
    <message>
        <source>Type to search %1, or paste a CURIE</source>
        <translation>Tippen, um in %1 zu suchen, oder CURIE einfügen</translation>
    </message>
    <message>
        <source>Unresolved term</source>
        <translation>Nicht aufgelöster Begriff</translation>
    </message>
    <message>
        <source>offline index</source>
        <translation>Offline-Index</translation>
    </message>
    <message>
        <source>Terms come from the offline index</source>
        <translation>Begriffe stammen aus dem Offline-Index</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Enter without choosing keeps your text as an unresolved term.</source>
        <translation>Eingabetaste ohne Auswahl behält Ihren Text als nicht aufgelösten Begriff.</translation>
    </message>
    <message>
        <source>This field takes ontology terms only: choose one, or paste its CURIE.</source>
        <translation>Dieses Feld nimmt nur Ontologie-Begriffe auf: Wählen Sie einen aus, oder fügen Sie seinen CURIE ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) from the offline index; still asking the Ontology Lookup Service…</source>
        <translation>
            <numerusform>%n Begriff aus dem Offline-Index; der Ontology Lookup Service wird noch angefragt…</numerusform>
            <numerusform>%n Begriffe aus dem Offline-Index; der Ontology Lookup Service wird noch angefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>Kein Begriff passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) from the Ontology Lookup Service</source>
        <translation>
            <numerusform>%n Begriff aus dem Ontology Lookup Service</numerusform>
            <numerusform>%n Begriffe aus dem Ontology Lookup Service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) from the offline index</source>
        <translation>
            <numerusform>%n Begriff aus dem Offline-Index</numerusform>
            <numerusform>%n Begriffe aus dem Offline-Index</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>%1 is obsolete in its ontology.</source>
        <translation>%1 ist in seiner Ontologie veraltet.</translation>
    </message>
    <message>
        <source>%1 is obsolete in its ontology; it was replaced by %2.</source>
        <translation>%1 ist in seiner Ontologie veraltet; ersetzt durch %2.</translation>
    </message>
    <message>
        <source>“%1” is not a term.</source>
        <translation>„%1“ ist kein Begriff.</translation>
    </message>
    <message>
        <source>%1 is not in the offline index, and the Ontology Lookup Service cannot be asked now (%2). It is kept as given.</source>
        <translation>%1 ist nicht im Offline-Index, und der Ontology Lookup Service kann gerade nicht angefragt werden (%2). Die Angabe wird unverändert übernommen.</translation>
    </message>
    <message>
        <source>%1 is not in the offline index (offline mode). It is kept as given; check it for typing errors.</source>
        <translation>%1 ist nicht im Offline-Index (Offline-Modus). Die Angabe wird unverändert übernommen; prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>%1 was found neither online nor in the offline index. It is kept as given; check it for typing errors.</source>
        <translation>%1 wurde weder online noch im Offline-Index gefunden. Die Angabe wird unverändert übernommen; prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>“%1” was not kept: this field takes ontology terms only. Choose one from the list, or paste its CURIE or IRI.</source>
        <translation>„%1“ wurde nicht übernommen: Dieses Feld nimmt nur Ontologie-Begriffe auf. Wählen Sie einen aus der Liste, oder fügen Sie seinen CURIE oder seine IRI ein.</translation>
    </message>
    <message>
        <source>Unresolved: “%1” is free text, not yet an ontology term. It is kept as typed and can be resolved later, for example with “metafill-cli terms resolve”, or here by choosing a term.</source>
        <translation>Nicht aufgelöst: „%1“ ist Freitext, noch kein Ontologie-Begriff. Der Text bleibt wie eingegeben erhalten und kann später aufgelöst werden, zum Beispiel mit „metafill-cli terms resolve“ oder hier durch Auswahl eines Begriffs.</translation>
    </message>
    <message>
        <source>Terms come from the offline index.</source>
        <translation>Begriffe stammen aus dem Offline-Index.</translation>
    </message>
    <message>
        <source>Terms come from the offline index: %1</source>
        <translation>Begriffe stammen aus dem Offline-Index: %1</translation>
    </message>
</context>
<context>
    <name>metafill::gui::ValueInput</name>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
</context>
</TS>
