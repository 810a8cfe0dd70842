<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>cchc::ConsistencyCheck</name>
        <message>
            <source>Assessment %1 has a result code the application does not know.</source>
            <translation>Assessment %1 has a result code the application does not know.</translation>
        </message>
        <message>
            <source>Assessment %1 belongs to a criterion outside its round's checklist version.</source>
            <translation>Assessment %1 belongs to a criterion outside its round's checklist version.</translation>
        </message>
        <message>
            <source>Assessment %1 has a score below zero or above the criterion's maximum.</source>
            <translation>Assessment %1 has a score below zero or above the criterion's maximum.</translation>
        </message>
        <message>
            <source>Criterion %1 has a maximum score or weight that is not above zero.</source>
            <translation>Criterion %1 has a maximum score or weight that is not above zero.</translation>
        </message>
        <message>
            <source>Round %1 ends before it starts.</source>
            <translation>Round %1 ends before it starts.</translation>
        </message>
        <message>
            <source>Record %1 has no modification time.</source>
            <translation>Record %1 has no modification time.</translation>
        </message>
        <message>
            <source>SQLite integrity check: %1</source>
            <translation>SQLite integrity check: %1</translation>
        </message>
        <message>
            <source>Table %1, row %2 points to a missing record in %3.</source>
            <translation>Table %1, row %2 points to a missing record in %3.</translation>
        </message>
    </context>
    <context>
        <name>cchc::InspectionFile</name>
        <message>
            <source>An assessment must belong to a unit of a round and a criterion.</source>
            <translation>An assessment must belong to a unit of a round and a criterion.</translation>
        </message>
        <message>
            <source>The attached file is no longer in this inspection file.</source>
            <translation>The attached file is no longer in this inspection file.</translation>
        </message>
        <message>
            <source>A corrective action needs a description.</source>
            <translation>A corrective action needs a description.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>“%1” cannot be read: %2</translation>
        </message>
        <message>
            <source>“%1” is not an inspection file (.cchc).</source>
            <translation>“%1” is not an inspection file (.cchc).</translation>
        </message>
        <message>
            <source>“%1” is damaged or incomplete and was not opened. Open a backup copy instead.</source>
            <translation>“%1” is damaged or incomplete and was not opened. Open a backup copy instead.</translation>
        </message>
        <message>
            <source>“%1” already exists.</source>
            <translation>“%1” already exists.</translation>
        </message>
        <message>
            <source>“%1” cannot be created: the folder is read-only or does not exist.</source>
            <translation>“%1” cannot be created: the folder is read-only or does not exist.</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>“%1” does not exist.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not an inspection file.</source>
            <translation>“%1” is a folder, not an inspection file.</translation>
        </message>
        <message>
            <source>The file or its folder is read-only.</source>
            <translation>The file or its folder is read-only.</translation>
        </message>
        <message>
            <source>“%1” is being created by another program.</source>
            <translation>“%1” is being created by another program.</translation>
        </message>
        <message>
            <source>The file is already open in another window or program (%1, process %2).</source>
            <translation>The file is already open in another window or program (%1, process %2).</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>this computer</translation>
        </message>
        <message>
            <source>“%1” cannot be opened: %2</source>
            <translation>“%1” cannot be opened: %2</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer version of CCHC Inspector (file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
            <translation>“%1” was saved by a newer version of CCHC Inspector (file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</translation>
        </message>
        <message>
            <source>“%1” was saved by an older version and must be upgraded, but it cannot be written now. %2</source>
            <translation>“%1” was saved by an older version and must be upgraded, but it cannot be written now. %2</translation>
        </message>
        <message>
            <source>“%1” needs an upgrade, but the backup copy “%2” could not be made; the file was not changed.</source>
            <translation>“%1” needs an upgrade, but the backup copy “%2” could not be made; the file was not changed.</translation>
        </message>
        <message>
            <source>“%1” is open read-only; the change was not saved. %2</source>
            <translation>“%1” is open read-only; the change was not saved. %2</translation>
        </message>
        <message>
            <source>“%1” could not be written: %2</source>
            <translation>“%1” could not be written: %2</translation>
        </message>
        <message>
            <source>An inspection round needs a title.</source>
            <translation>An inspection round needs a title.</translation>
        </message>
        <message>
            <source>An inspection round needs a checklist template.</source>
            <translation>An inspection round needs a checklist template.</translation>
        </message>
        <message>
            <source>The last visit day is before the first.</source>
            <translation>The last visit day is before the first.</translation>
        </message>
        <message>
            <source>Every team member needs a name.</source>
            <translation>Every team member needs a name.</translation>
        </message>
        <message>
            <source>The inspection round %1 is not in this file.</source>
            <translation>The inspection round %1 is not in this file.</translation>
        </message>
        <message>
            <source>A checklist template needs a name.</source>
            <translation>A checklist template needs a name.</translation>
        </message>
        <message>
            <source>Every area of the checklist needs a title.</source>
            <translation>Every area of the checklist needs a title.</translation>
        </message>
        <message>
            <source>Criterion %1 in “%2” has no text.</source>
            <translation>Criterion %1 in “%2” has no text.</translation>
        </message>
        <message>
            <source>Criterion %1 needs a maximum score and a weight above zero.</source>
            <translation>Criterion %1 needs a maximum score and a weight above zero.</translation>
        </message>
        <message>
            <source>Every grade needs a name and a threshold between 0 and 100%.</source>
            <translation>Every grade needs a name and a threshold between 0 and 100%.</translation>
        </message>
        <message>
            <source>The checklist template %1 is not in this file.</source>
            <translation>The checklist template %1 is not in this file.</translation>
        </message>
        <message>
            <source>This checklist template is used by an inspection round and cannot be removed.</source>
            <translation>This checklist template is used by an inspection round and cannot be removed.</translation>
        </message>
        <message>
            <source>The unit %1 is not in this file.</source>
            <translation>The unit %1 is not in this file.</translation>
        </message>
        <message>
            <source>A unit needs a name.</source>
            <translation>A unit needs a name.</translation>
        </message>
        <message>
            <source>This unit is part of an inspection round; remove it from the round first.</source>
            <translation>This unit is part of an inspection round; remove it from the round first.</translation>
        </message>
        <message>
            <source>the file already has this record (%1) in another place; records never move between rounds, units or templates</source>
            <translation>the file already has this record (%1) in another place; records never move between rounds, units or templates</translation>
        </message>
        <message>
            <source>the file already has this checklist version with other criteria and keeps it unchanged (it is newer or used by a round)</source>
            <translation>the file already has this checklist version with other criteria and keeps it unchanged (it is newer or used by a round)</translation>
        </message>
        <message>
            <source>the file already has the same record under another id (%1); import does not merge records made separately</source>
            <translation>the file already has the same record under another id (%1); import does not merge records made separately</translation>
        </message>
    </context>
    <context>
        <name>cchc::JsonExport</name>
        <message>
            <source>The JSON could not be written: %1</source>
            <translation>The JSON could not be written: %1</translation>
        </message>
    </context>
    <context>
        <name>cchc::JsonImport</name>
        <message>
            <source>must be text</source>
            <translation>must be text</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <source>“%1” is not a time in the form yyyy-MM-ddThh:mm:ss.zzzZ</source>
            <translation>“%1” is not a time in the form yyyy-MM-ddThh:mm:ss.zzzZ</translation>
        </message>
        <message>
            <source>“%1” is not a date in the form yyyy-MM-dd</source>
            <translation>“%1” is not a date in the form yyyy-MM-dd</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>must be a number</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>must be a whole number</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>must be true or false</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>must be a list</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>must be an object</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>is missing</translation>
        </message>
        <message>
            <source>“%1” is not a valid id (UUID)</source>
            <translation>“%1” is not a valid id (UUID)</translation>
        </message>
        <message>
            <source>a round export holds exactly one round</source>
            <translation>a round export holds exactly one round</translation>
        </message>
        <message>
            <source>“%1” is not the CCHC Inspector format (“%2”)</source>
            <translation>“%1” is not the CCHC Inspector format (“%2”)</translation>
        </message>
        <message>
            <source>version %1 was written by a newer CCHC Inspector; this version reads up to %2. Install the newer version to import it.</source>
            <translation>version %1 was written by a newer CCHC Inspector; this version reads up to %2. Install the newer version to import it.</translation>
        </message>
        <message>
            <source>%1 is not a format version</source>
            <translation>%1 is not a format version</translation>
        </message>
        <message>
            <source>“%1” is not a known scope</source>
            <translation>“%1” is not a known scope</translation>
        </message>
        <message>
            <source>the id “%1” is used twice (first at %2)</source>
            <translation>the id “%1” is used twice (first at %2)</translation>
        </message>
        <message>
            <source>must be 1 or more</source>
            <translation>must be 1 or more</translation>
        </message>
        <message>
            <source>must be between 0 and 100</source>
            <translation>must be between 0 and 100</translation>
        </message>
        <message>
            <source>version %1 of this checklist is in the file twice</source>
            <translation>version %1 of this checklist is in the file twice</translation>
        </message>
        <message>
            <source>“%1” is not a known response kind</source>
            <translation>“%1” is not a known response kind</translation>
        </message>
        <message>
            <source>must be above zero</source>
            <translation>must be above zero</translation>
        </message>
        <message>
            <source>refers to the criterion “%1”, which is not in the file</source>
            <translation>refers to the criterion “%1”, which is not in the file</translation>
        </message>
        <message>
            <source>the criterion “%1” belongs to another checklist version than the round's</source>
            <translation>the criterion “%1” belongs to another checklist version than the round's</translation>
        </message>
        <message>
            <source>refers to the checklist template “%1”, which is not in the file</source>
            <translation>refers to the checklist template “%1”, which is not in the file</translation>
        </message>
        <message>
            <source>the last visit day is before the first</source>
            <translation>the last visit day is before the first</translation>
        </message>
        <message>
            <source>“%1” is not a known round status</source>
            <translation>“%1” is not a known round status</translation>
        </message>
        <message>
            <source>“%1” is not a known team role</source>
            <translation>“%1” is not a known team role</translation>
        </message>
        <message>
            <source>refers to the unit “%1”, which is not in the file</source>
            <translation>refers to the unit “%1”, which is not in the file</translation>
        </message>
        <message>
            <source>the unit “%1” is in this round twice</source>
            <translation>the unit “%1” is in this round twice</translation>
        </message>
        <message>
            <source>the criterion “%1” is assessed twice at this unit</source>
            <translation>the criterion “%1” is assessed twice at this unit</translation>
        </message>
        <message>
            <source>“%1” is not a known result</source>
            <translation>“%1” is not a known result</translation>
        </message>
        <message>
            <source>“%1” is not a known action status</source>
            <translation>“%1” is not a known action status</translation>
        </message>
        <message>
            <source>%1 is outside 0 to %2, the criterion's maximum score</source>
            <translation>%1 is outside 0 to %2, the criterion's maximum score</translation>
        </message>
        <message>
            <source>“%1” is not a known evidence kind</source>
            <translation>“%1” is not a known evidence kind</translation>
        </message>
        <message>
            <source>is not valid base64</source>
            <translation>is not valid base64</translation>
        </message>
        <message>
            <source>not valid JSON (at character %1: %2)</source>
            <translation>not valid JSON (at character %1: %2)</translation>
        </message>
        <message>
            <source>not a CCHC Inspector export: the JSON is not an object</source>
            <translation>not a CCHC Inspector export: the JSON is not an object</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>“%1” cannot be read: %2</translation>
        </message>
        <message>
            <source>“%1” was not imported: %2</source>
            <translation>“%1” was not imported: %2</translation>
        </message>
    </context>
    <context>
        <name>cchc::SaveFile</name>
        <message>
            <source>“%1” could not be written: %2</source>
            <translation>“%1” could not be written: %2</translation>
        </message>
        <message>
            <source>%1. If the folder is synchronised (OneDrive, Dropbox) or on the network, save to a local folder and copy the file afterwards.</source>
            <translation>%1. If the folder is synchronised (OneDrive, Dropbox) or on the network, save to a local folder and copy the file afterwards.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::CommandLine</name>
        <message>
            <source>Usage: cchc-inspector [--lang vi|en] [FILE]
       cchc-inspector [--lang vi|en] COMMAND [arguments]

Kiểm tra CCHC: administrative-reform inspections, from the checklist on site to the findings notice.

Options:
  -v, --version  Print the version and exit.
  -h, --help     Print this help and exit.
  --lang vi|en   Interface language (default: Vietnamese).

FILE opens the inspection file in the application.

Commands:
</source>
            <translation>Usage: cchc-inspector [--lang vi|en] [FILE]
       cchc-inspector [--lang vi|en] COMMAND [arguments]

Kiểm tra CCHC: administrative-reform inspections, from the checklist on site to the findings notice.

Options:
  -v, --version  Print the version and exit.
  -h, --help     Print this help and exit.
  --lang vi|en   Interface language (default: Vietnamese).

FILE opens the inspection file in the application.

Commands:
</translation>
        </message>
        <message>
            <source>
Exit codes: 0 success, 1 the job failed, 2 wrong command line.
</source>
            <translation>
Exit codes: 0 success, 1 the job failed, 2 wrong command line.
</translation>
        </message>
        <message>
            <source>The command line is not understood (%1). Run cchc-inspector --help.</source>
            <translation>The command line is not understood (%1). Run cchc-inspector --help.</translation>
        </message>
        <message>
            <source>The command line is not understood. Run cchc-inspector --help.</source>
            <translation>The command line is not understood. Run cchc-inspector --help.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::FileCommands</name>
        <message>
            <source>The inspection file (.cchc).</source>
            <translation>The inspection file (.cchc).</translation>
        </message>
        <message>
            <source>Give exactly one file: cchc-inspector %1 FILE</source>
            <translation>Give exactly one file: cchc-inspector %1 FILE</translation>
        </message>
        <message>
            <source>Replace FILE if it exists.</source>
            <translation>Replace FILE if it exists.</translation>
        </message>
        <message>
            <source>“%1” already exists; add --force to replace it.</source>
            <translation>“%1” already exists; add --force to replace it.</translation>
        </message>
        <message>
            <source>“%1” could not be replaced.</source>
            <translation>“%1” could not be replaced.</translation>
        </message>
        <message>
            <source>Demo file written: %1
</source>
            <translation>Demo file written: %1
</translation>
        </message>
        <message>
            <source>no dates</source>
            <translation>no dates</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
        <message>
            <source>checked</source>
            <translation>checked</translation>
        </message>
        <message>
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <source>File: %1
</source>
            <translation>File: %1
</translation>
        </message>
        <message>
            <source>Units (%1):
</source>
            <translation>Units (%1):
</translation>
        </message>
        <message>
            <source>Checklist templates (%1):
</source>
            <translation>Checklist templates (%1):
</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <source>Inspection rounds (%1):
</source>
            <translation>Inspection rounds (%1):
</translation>
        </message>
        <message numerus="yes">
            <source>“%1” has %n problem(s).</source>
            <translation>
                <numerusform>“%1” has %n problem.</numerusform>
                <numerusform>“%1” has %n problems.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”: no problems found.
</source>
            <translation>“%1”: no problems found.
</translation>
        </message>
        <message>
            <source>Write the demo file: the 2022 round at eight public-service units.</source>
            <translation>Write the demo file: the 2022 round at eight public-service units.</translation>
        </message>
        <message>
            <source>Print the rounds, units and their ids, with each unit's progress and score.</source>
            <translation>Print the rounds, units and their ids, with each unit's progress and score.</translation>
        </message>
        <message>
            <source>Run SQLite's integrity check and the application's consistency checks.</source>
            <translation>Run SQLite's integrity check and the application's consistency checks.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::InterchangeCommands</name>
        <message>
            <source>Export only this round.</source>
            <translation>Export only this round.</translation>
        </message>
        <message>
            <source>The JSON file to write.</source>
            <translation>The JSON file to write.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector export-json FILE [--round ID] -o OUT.json</source>
            <translation>Usage: cchc-inspector export-json FILE [--round ID] -o OUT.json</translation>
        </message>
        <message>
            <source>“%1” was not exported: %2</source>
            <translation>“%1” was not exported: %2</translation>
        </message>
        <message>
            <source>Exported to %1
</source>
            <translation>Exported to %1
</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector import-json IN.json FILE</source>
            <translation>Usage: cchc-inspector import-json IN.json FILE</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>“%1” does not exist.</translation>
        </message>
        <message>
            <source>Imported %1 into %2: %3 added, %4 replaced by newer versions, %5 kept.
</source>
            <translation>Imported %1 into %2: %3 added, %4 replaced by newer versions, %5 kept.
</translation>
        </message>
        <message>
            <source>Write the whole file, or one round, as JSON (ids and times kept).</source>
            <translation>Write the whole file, or one round, as JSON (ids and times kept).</translation>
        </message>
        <message>
            <source>Import a JSON export into FILE (created if missing); newer records replace older ones.</source>
            <translation>Import a JSON export into FILE (created if missing); newer records replace older ones.</translation>
        </message>
        <message>
            <source>The JSON would replace the inspection file “%1”; choose another output file.</source>
            <translation>The JSON would replace the inspection file “%1”; choose another output file.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::ReportCommands</name>
        <message>
            <source>The round (id from list).</source>
            <translation>The round (id from list).</translation>
        </message>
        <message>
            <source>notice, minutes or scores (default: notice).</source>
            <translation>notice, minutes or scores (default: notice).</translation>
        </message>
        <message>
            <source>The unit, for minutes.</source>
            <translation>The unit, for minutes.</translation>
        </message>
        <message>
            <source>The file to write (.pdf or .docx).</source>
            <translation>The file to write (.pdf or .docx).</translation>
        </message>
        <message>
            <source>Date of the notice, YYYY-MM-DD (default: today).</source>
            <translation>Date of the notice, YYYY-MM-DD (default: today).</translation>
        </message>
        <message>
            <source>Leave the score annex out of the notice.</source>
            <translation>Leave the score annex out of the notice.</translation>
        </message>
        <message>
            <source>The inspection file (.cchc).</source>
            <translation>The inspection file (.cchc).</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector report FILE --round ID --kind notice|minutes|scores [--unit ID] -o OUT.pdf|OUT.docx</source>
            <translation>Usage: cchc-inspector report FILE --round ID --kind notice|minutes|scores [--unit ID] -o OUT.pdf|OUT.docx</translation>
        </message>
        <message>
            <source>--kind must be notice, minutes or scores, not “%1”.</source>
            <translation>--kind must be notice, minutes or scores, not “%1”.</translation>
        </message>
        <message>
            <source>--date must be YYYY-MM-DD, not “%1”.</source>
            <translation>--date must be YYYY-MM-DD, not “%1”.</translation>
        </message>
        <message>
            <source>Report written: %1
</source>
            <translation>Report written: %1
</translation>
        </message>
        <message>
            <source>Write the findings notice, a unit's minutes or the score annex of a round.</source>
            <translation>Write the findings notice, a unit's minutes or the score annex of a round.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::main</name>
        <message>
            <source>No display is available, so the window cannot open; printing the file's summary instead.</source>
            <translation>No display is available, so the window cannot open; printing the file's summary instead.</translation>
        </message>
        <message>
            <source>Give a file to summarise: cchc-inspector FILE</source>
            <translation>Give a file to summarise: cchc-inspector FILE</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::DocxOutput</name>
        <message>
            <source>“%1” could not be written as a Word document.</source>
            <translation>“%1” could not be written as a Word document.</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::MinutesBuilder</name>
        <message>
            <source>The unit %1 is not part of the round “%2”.</source>
            <translation>The unit %1 is not part of the round “%2”.</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::PdfOutput</name>
        <message>
            <source>The report is empty: nothing was written to “%1”.</source>
            <translation>The report is empty: nothing was written to “%1”.</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::ReportStore</name>
        <message>
            <source>“%1” is open read-only: the report settings and edits cannot be saved.</source>
            <translation>“%1” is open read-only: the report settings and edits cannot be saved.</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::Reports</name>
        <message>
            <source>Minutes are written for one unit: name it with --unit.</source>
            <translation>Minutes are written for one unit: name it with --unit.</translation>
        </message>
        <message>
            <source>Unknown report kind.</source>
            <translation>Unknown report kind.</translation>
        </message>
        <message>
            <source>“%1”: reports are written as .pdf or .docx files.</source>
            <translation>“%1”: reports are written as .pdf or .docx files.</translation>
        </message>
    </context>
    <context>
        <name>cchc::storage</name>
        <message>
            <source>The inspection file could not be locked for an upgrade.</source>
            <translation>The inspection file could not be locked for an upgrade.</translation>
        </message>
        <message>
            <source>The upgrade of the inspection file could not be saved.</source>
            <translation>The upgrade of the inspection file could not be saved.</translation>
        </message>
        <message>
            <source>The inspection file could not be read or written (%1).</source>
            <translation>The inspection file could not be read or written (%1).</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::MainWindow</name>
        <message>
            <source>Round / unit</source>
            <translation>Round / unit</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open inspection file</source>
            <translation>Open inspection file</translation>
        </message>
        <message>
            <source>Inspection files (*.cchc)</source>
            <translation>Inspection files (*.cchc)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Cannot open file</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::NoticeDraftEditor</name>
        <message>
            <source>Notice draft</source>
            <translation>Notice draft</translation>
        </message>
        <message>
            <source>Back to the draft</source>
            <translation>Back to the draft</translation>
        </message>
        <message>
            <source>Reviewed: keep my text</source>
            <translation>Reviewed: keep my text</translation>
        </message>
        <message>
            <source>Drafted</source>
            <translation>Drafted</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <source>Remove this paragraph</source>
            <translation>Remove this paragraph</translation>
        </message>
        <message>
            <source>The results no longer draft this paragraph.</source>
            <translation>The results no longer draft this paragraph.</translation>
        </message>
        <message>
            <source>Current draft: %1</source>
            <translation>Current draft: %1</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ReportActions</name>
        <message>
            <source>Print preview of the notice…</source>
            <translation>Print preview of the notice…</translation>
        </message>
        <message>
            <source>Export notice as PDF…</source>
            <translation>Export notice as PDF…</translation>
        </message>
        <message>
            <source>Export Word (.docx)…</source>
            <translation>Export Word (.docx)…</translation>
        </message>
        <message>
            <source>Minutes of this unit…</source>
            <translation>Minutes of this unit…</translation>
        </message>
        <message>
            <source>Minutes of every unit…</source>
            <translation>Minutes of every unit…</translation>
        </message>
        <message>
            <source>Score annex…</source>
            <translation>Score annex…</translation>
        </message>
        <message>
            <source>Edit the notice draft…</source>
            <translation>Edit the notice draft…</translation>
        </message>
        <message>
            <source>Report settings…</source>
            <translation>Report settings…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Folder for the minutes</source>
            <translation>Folder for the minutes</translation>
        </message>
        <message>
            <source>Writing the minutes of every unit…</source>
            <translation>Writing the minutes of every unit…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ReportSettingsDialog</name>
        <message>
            <source>Report settings</source>
            <translation>Report settings</translation>
        </message>
        <message>
            <source>Governing body</source>
            <translation>Governing body</translation>
        </message>
        <message>
            <source>Issuing body</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <source>Issuing body in sentences</source>
            <translation>Issuing body in sentences</translation>
        </message>
        <message>
            <source>Symbol in numbers</source>
            <translation>Symbol in numbers</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Signing authority</source>
            <translation>Signing authority</translation>
        </message>
        <message>
            <source>Signer's title</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <source>Corrective-action reports go to</source>
            <translation>Corrective-action reports go to</translation>
        </message>
        <message>
            <source>Next notice number in %1</source>
            <translation>Next notice number in %1</translation>
        </message>
        <message>
            <source>Recipients (one per line)</source>
            <translation>Recipients (one per line)</translation>
        </message>
    </context>
</TS>
