<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>File Folder</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1 File</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Look in:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Files of type:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Parent Directory</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Create New Folder</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>New Folder</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>List View</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detail View</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>All Files (*)</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Directory:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>My Computer</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Show &amp;hidden files</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 already exists.
Do you want to replace it?</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Recent Places</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;New Folder</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choose</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Save As</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Find Directory</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Show </translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Are you sure you want to delete '%1'?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Could not delete directory.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Date Modified</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>My Computer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Enter a value:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Show Details...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Hide Details...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>About Qt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Save All</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Yes to &amp;All</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o to All</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restore Defaults</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Don't Save</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Close without Saving</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Print Preview</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>First page</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Last page</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Fit page</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Show single page</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Show facing pages</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Show overview of all pages</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Page setup</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Export to PDF</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Undo %1</source>
            <translation>Undo %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Redo %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo %1</source>
            <translation>Undo %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Redo %1</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
    </context>
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
        <message numerus="yes">
            <source>No report is drafted from “%1”: the file check finds %n problem(s), the first: %2 Run the file check (cchc-inspector check) or open a backup copy.</source>
            <translation>
                <numerusform>No report is drafted from “%1”: the file check finds %n problem(s), the first: %2 Run the file check (cchc-inspector check) or open a backup copy.</numerusform>
                <numerusform>No report is drafted from “%1”: the file check finds %n problem(s), the first: %2 Run the file check (cchc-inspector check) or open a backup copy.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cchc::FileCopy</name>
        <message>
            <source>“%1” is the open file; choose another name for the copy.</source>
            <translation>“%1” is the open file; choose another name for the copy.</translation>
        </message>
        <message>
            <source>The copy “%1” could not be written: %2</source>
            <translation>The copy “%1” could not be written: %2</translation>
        </message>
        <message>
            <source>“%1” could not be replaced.</source>
            <translation>“%1” could not be replaced.</translation>
        </message>
        <message>
            <source>The copy “%1” could not be written.</source>
            <translation>The copy “%1” could not be written.</translation>
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
        <message>
            <source>The file is already open in another window of this program.</source>
            <translation>The file is already open in another window of this program.</translation>
        </message>
        <message>
            <source>The file is marked as open for editing on the computer “%1” (since %2). If it is no longer open there (that computer stopped or the drive was removed without closing it), it can be opened for editing anyway; if it is still open there, changes made on both computers would overwrite each other.</source>
            <translation>The file is marked as open for editing on the computer “%1” (since %2). If it is no longer open there (that computer stopped or the drive was removed without closing it), it can be opened for editing anyway; if it is still open there, changes made on both computers would overwrite each other.</translation>
        </message>
        <message>
            <source>The lock file beside it cannot be written.</source>
            <translation>The lock file beside it cannot be written.</translation>
        </message>
        <message>
            <source>“%1” has a save that was not finished (the program stopped while saving). It will be completed when the file is opened for editing; until then it cannot be read here. %2</source>
            <translation>“%1” has a save that was not finished (the program stopped while saving). It will be completed when the file is opened for editing; until then it cannot be read here. %2</translation>
        </message>
        <message>
            <source>“%1” is damaged: its contents are not those of the file format its header names (%2). It was not opened and not changed; open a backup copy instead.%3</source>
            <translation>“%1” is damaged: its contents are not those of the file format its header names (%2). It was not opened and not changed; open a backup copy instead.%3</translation>
        </message>
        <message>
            <source>“%1” could not be upgraded to the current file format; it was not changed.</source>
            <translation>“%1” could not be upgraded to the current file format; it was not changed.</translation>
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
        <message>
            <source>%1 is not a year</source>
            <translation>%1 is not a year</translation>
        </message>
        <message>
            <source>the number series of “%1” in %2 is in the file twice</source>
            <translation>the number series of “%1” in %2 is in the file twice</translation>
        </message>
        <message>
            <source>the paragraph “%1” is edited twice in this round</source>
            <translation>the paragraph “%1” is edited twice in this round</translation>
        </message>
        <message>
            <source>%1 is not a document number</source>
            <translation>%1 is not a document number</translation>
        </message>
        <message>
            <source>an issued notice needs its date</source>
            <translation>an issued notice needs its date</translation>
        </message>
        <message>
            <source>is not the issued number of a notice</source>
            <translation>is not the issued number of a notice</translation>
        </message>
        <message>
            <source>the round's notice is issued twice</source>
            <translation>the round's notice is issued twice</translation>
        </message>
        <message>
            <source>refers to the team member “%1”, who is not in the round's team</source>
            <translation>refers to the team member “%1”, who is not in the round's team</translation>
        </message>
        <message>
            <source>the round's notice date is given twice</source>
            <translation>the round's notice date is given twice</translation>
        </message>
        <message>
            <source>a snapshot needs the notice it was issued as</source>
            <translation>a snapshot needs the notice it was issued as</translation>
        </message>
        <message>
            <source>the snapshot of the issued notice does not match its SHA-256 digest %1: its content was changed after it was made, so it is not imported</source>
            <translation>the snapshot of the issued notice does not match its SHA-256 digest %1: its content was changed after it was made, so it is not imported</translation>
        </message>
        <message>
            <source>is not the snapshot of a notice</source>
            <translation>is not the snapshot of a notice</translation>
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
        <name>cchc::SchemaCheck</name>
        <message>
            <source>table</source>
            <translation>table</translation>
        </message>
        <message>
            <source>index</source>
            <translation>index</translation>
        </message>
        <message>
            <source>The format number %1 is not one this program knows.</source>
            <translation>The format number %1 is not one this program knows.</translation>
        </message>
        <message>
            <source>The %1 “%2” of format %3 is missing.</source>
            <translation>The %1 “%2” of format %3 is missing.</translation>
        </message>
        <message>
            <source>The %1 “%2” is not as format %3 defines it.</source>
            <translation>The %1 “%2” is not as format %3 defines it.</translation>
        </message>
        <message>
            <source>The %1 “%2” is not part of format %3.</source>
            <translation>The %1 “%2” is not part of format %3.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::Command</name>
        <message>
            <source>The file has no inspection round yet.</source>
            <translation>The file has no inspection round yet.</translation>
        </message>
        <message>
            <source>The file has %1 rounds: choose one with --round ID (the id or its first characters, as list prints them): %2</source>
            <translation>The file has %1 rounds: choose one with --round ID (the id or its first characters, as list prints them): %2</translation>
        </message>
        <message>
            <source>No round's id starts with “%1”. The rounds are: %2</source>
            <translation>No round's id starts with “%1”. The rounds are: %2</translation>
        </message>
        <message>
            <source>“%1” is the start of %2 round ids; give more characters: %3</source>
            <translation>“%1” is the start of %2 round ids; give more characters: %3</translation>
        </message>
        <message>
            <source>Open FILE for editing even though it is marked as open on another computer. Only when it is not open there any more: changes made on both would overwrite each other.</source>
            <translation>Open FILE for editing even though it is marked as open on another computer. Only when it is not open there any more: changes made on both would overwrite each other.</translation>
        </message>
        <message>
            <source>“%1” is open read-only and cannot be changed. %2</source>
            <translation>“%1” is open read-only and cannot be changed. %2</translation>
        </message>
        <message>
            <source>To open it for editing anyway, add --force-lock to the command.</source>
            <translation>To open it for editing anyway, add --force-lock to the command.</translation>
        </message>
        <message>
            <source>The round has no unit yet.</source>
            <translation>The round has no unit yet.</translation>
        </message>
        <message>
            <source>The round has %1 units: choose one with --unit ID (the id or its first characters, as list prints them): %2</source>
            <translation>The round has %1 units: choose one with --unit ID (the id or its first characters, as list prints them): %2</translation>
        </message>
        <message>
            <source>No unit of the round has an id starting with “%1”. Its units are: %2</source>
            <translation>No unit of the round has an id starting with “%1”. Its units are: %2</translation>
        </message>
        <message>
            <source>“%1” is the start of %2 unit ids; give more characters: %3</source>
            <translation>“%1” is the start of %2 unit ids; give more characters: %3</translation>
        </message>
        <message>
            <source>Why results of a round whose notice is issued change (required for such a change; kept in the edit history).</source>
            <translation>Why results of a round whose notice is issued change (required for such a change; kept in the edit history).</translation>
        </message>
        <message>
            <source>Give the reason with --reason "…".</source>
            <translation>Give the reason with --reason "…".</translation>
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
        <message>
            <source>The imported file could not be saved as “%1” (%2 was written but could not be renamed).</source>
            <translation>The imported file could not be saved as “%1” (%2 was written but could not be renamed).</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector import-json IN.json FILE [--reason TEXT] [--force-lock]</source>
            <translation>Usage: cchc-inspector import-json IN.json FILE [--reason TEXT] [--force-lock]</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::ReportCommands</name>
        <message>
            <source>notice, minutes or scores (default: notice).</source>
            <translation>notice, minutes or scores (default: notice).</translation>
        </message>
        <message>
            <source>The unit, for minutes.</source>
            <translation>The unit, for minutes.</translation>
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
        <message>
            <source>Issue the notice: give it the next number of the year's series (once; later exports keep that number and date).</source>
            <translation>Issue the notice: give it the next number of the year's series (once; later exports keep that number and date).</translation>
        </message>
        <message>
            <source>Only the notice is issued with a number: --issue goes with --kind notice.</source>
            <translation>Only the notice is issued with a number: --issue goes with --kind notice.</translation>
        </message>
        <message>
            <source>Notice issued as number %1
</source>
            <translation>Notice issued as number %1
</translation>
        </message>
        <message>
            <source>The round (id from list, or its first characters; default: the file's only round).</source>
            <translation>The round (id from list, or its first characters; default: the file's only round).</translation>
        </message>
        <message>
            <source>The file to write (%1).</source>
            <translation>The file to write (%1).</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector report FILE [--round ID] --kind notice|minutes|scores [--unit ID] -o %1</source>
            <translation>Usage: cchc-inspector report FILE [--round ID] --kind notice|minutes|scores [--unit ID] -o %1</translation>
        </message>
        <message>
            <source>Date of the notice for this export only, YYYY-MM-DD (default: the date kept with notice --date, else the first working day after the visits).</source>
            <translation>Date of the notice for this export only, YYYY-MM-DD (default: the date kept with notice --date, else the first working day after the visits).</translation>
        </message>
        <message>
            <source>“%1” is not a member of the round's team.</source>
            <translation>“%1” is not a member of the round's team.</translation>
        </message>
        <message>
            <source>“%1” names more than one team member.</source>
            <translation>“%1” names more than one team member.</translation>
        </message>
        <message>
            <source>The round has no team.</source>
            <translation>The round has no team.</translation>
        </message>
        <message>
            <source>The team: %1.</source>
            <translation>The team: %1.</translation>
        </message>
        <message>
            <source>Keep this date for the notice, YYYY-MM-DD; "default": the first working day after the visits.</source>
            <translation>Keep this date for the notice, YYYY-MM-DD; "default": the first working day after the visits.</translation>
        </message>
        <message>
            <source>The team member who signs the notice: full name or id (or its first characters); "lead": the team lead.</source>
            <translation>The team member who signs the notice: full name or id (or its first characters); "lead": the team lead.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector notice FILE [--round ID] [--date YYYY-MM-DD|default] [--signer MEMBER|lead]</source>
            <translation>Usage: cchc-inspector notice FILE [--round ID] [--date YYYY-MM-DD|default] [--signer MEMBER|lead]</translation>
        </message>
        <message>
            <source>--date must be YYYY-MM-DD or default, not “%1”.</source>
            <translation>--date must be YYYY-MM-DD or default, not “%1”.</translation>
        </message>
        <message>
            <source>Notice date: %1 (%2)
</source>
            <translation>Notice date: %1 (%2)
</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>chosen</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>Signed by: %1
</source>
            <translation>Signed by: %1
</translation>
        </message>
        <message>
            <source>nobody: the round has no team lead</source>
            <translation>nobody: the round has no team lead</translation>
        </message>
        <message>
            <source>Show or set the date and the signer of a round's findings notice.</source>
            <translation>Show or set the date and the signer of a round's findings notice.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::TeamCommands</name>
        <message>
            <source>The round to hand out.</source>
            <translation>The round to hand out.</translation>
        </message>
        <message>
            <source>Only these units (ids, separated by commas).</source>
            <translation>Only these units (ids, separated by commas).</translation>
        </message>
        <message>
            <source>Who the package is for.</source>
            <translation>Who the package is for.</translation>
        </message>
        <message>
            <source>The package file to write.</source>
            <translation>The package file to write.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector split FILE --round ID [--units ID,...] [--member NAME] -o PACKAGE.cchc</source>
            <translation>Usage: cchc-inspector split FILE --round ID [--units ID,...] [--member NAME] -o PACKAGE.cchc</translation>
        </message>
        <message numerus="yes">
            <source>Work package %1 written to %2 (%n unit(s)).
</source>
            <translation>
                <numerusform>Work package %1 written to %2 (%n unit(s)).
</numerusform>
                <numerusform>Work package %1 written to %2 (%n unit(s)).
</numerusform>
            </translation>
        </message>
        <message>
            <source>The decisions file “%1” could not be read.</source>
            <translation>The decisions file “%1” could not be read.</translation>
        </message>
        <message>
            <source>%1, line %2: write “KEY mine”, “KEY theirs” or “KEY both”.</source>
            <translation>%1, line %2: write “KEY mine”, “KEY theirs” or “KEY both”.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>  mine (%1): %2
</source>
            <translation>  mine (%1): %2
</translation>
        </message>
        <message>
            <source>  theirs (%1, %2): %3
</source>
            <translation>  theirs (%1, %2): %3
</translation>
        </message>
        <message>
            <source>Keep the lead's value in every conflict.</source>
            <translation>Keep the lead's value in every conflict.</translation>
        </message>
        <message>
            <source>Take the package's value in every conflict.</source>
            <translation>Take the package's value in every conflict.</translation>
        </message>
        <message>
            <source>Decide conflict by conflict from FILE.</source>
            <translation>Decide conflict by conflict from FILE.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to decide; nothing was merged. Add --mine, --theirs or --decisions FILE.</source>
            <translation>
                <numerusform>%n conflict(s) to decide; nothing was merged. Add --mine, --theirs or --decisions FILE.</numerusform>
                <numerusform>%n conflict(s) to decide; nothing was merged. Add --mine, --theirs or --decisions FILE.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged %1 into %2: %3 added, %4 updated, %5 removed, %6 attached files already present, %7 conflicts decided.
</source>
            <translation>Merged %1 into %2: %3 added, %4 updated, %5 removed, %6 attached files already present, %7 conflicts decided.
</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>  %1  %2 [%3]  %4  %5: %6 → %7%8
</source>
            <translation>  %1  %2 [%3]  %4  %5: %6 → %7%8
</translation>
        </message>
        <message>
            <source>Only this round.</source>
            <translation>Only this round.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector history FILE [--round ID]</source>
            <translation>Usage: cchc-inspector history FILE [--round ID]</translation>
        </message>
        <message>
            <source>The file has no round “%1”.</source>
            <translation>The file has no round “%1”.</translation>
        </message>
        <message>
            <source>Hand out a round (or some of its units) as a work package for a member.</source>
            <translation>Hand out a round (or some of its units) as a work package for a member.</translation>
        </message>
        <message>
            <source>Merge a member's work package back; conflicts are listed or decided.</source>
            <translation>Merge a member's work package back; conflicts are listed or decided.</translation>
        </message>
        <message>
            <source>Who changed what, when and on which laptop (old → new), round by round.</source>
            <translation>Who changed what, when and on which laptop (old → new), round by round.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector merge LEAD.cchc PACKAGE.cchc [--mine | --theirs | --decisions FILE] [--reason TEXT]</source>
            <translation>Usage: cchc-inspector merge LEAD.cchc PACKAGE.cchc [--mine | --theirs | --decisions FILE] [--reason TEXT]</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::UiCommands</name>
        <message>
            <source>The folder for the PNG files.</source>
            <translation>The folder for the PNG files.</translation>
        </message>
        <message>
            <source>Give exactly one folder: cchc-inspector screenshots DIR</source>
            <translation>Give exactly one folder: cchc-inspector screenshots DIR</translation>
        </message>
        <message>
            <source>Write PNG screenshots of the main screens (1366×768, demo file) into DIR.</source>
            <translation>Write PNG screenshots of the main screens (1366×768, demo file) into DIR.</translation>
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
        <name>cchc::report::NoticeSnapshot</name>
        <message>
            <source>The snapshot kept with the issued notice cannot be read: the file is damaged. Run “check” on it.</source>
            <translation>The snapshot kept with the issued notice cannot be read: the file is damaged. Run “check” on it.</translation>
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
        <name>cchc::report::ReportFormats</name>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::ReportStore</name>
        <message>
            <source>“%1” is open read-only: the report settings and edits cannot be saved.</source>
            <translation>“%1” is open read-only: the report settings and edits cannot be saved.</translation>
        </message>
        <message>
            <source>The notice was issued on %1: its date and signer no longer change.</source>
            <translation>The notice was issued on %1: its date and signer no longer change.</translation>
        </message>
        <message>
            <source>The chosen signer is not a member of this round's team.</source>
            <translation>The chosen signer is not a member of this round's team.</translation>
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
        <message>
            <source>The notice was issued as %1: its date cannot change.</source>
            <translation>The notice was issued as %1: its date cannot change.</translation>
        </message>
        <message>
            <source>The notice was not issued: the next number is now %1, not the number %2 that was confirmed.</source>
            <translation>The notice was not issued: the next number is now %1, not the number %2 that was confirmed.</translation>
        </message>
        <message>
            <source>Number %1 of %2 was already given to a notice: the next number must be %3 or more.</source>
            <translation>Number %1 of %2 was already given to a notice: the next number must be %3 or more.</translation>
        </message>
        <message>
            <source>The snapshot kept with the issued notice no longer matches its SHA-256 digest: the file was changed outside the program or is damaged. Run “check” on it.</source>
            <translation>The snapshot kept with the issued notice no longer matches its SHA-256 digest: the file was changed outside the program or is damaged. Run “check” on it.</translation>
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
        <message>
            <source>The inspection file has a format number this program does not know.</source>
            <translation>The inspection file has a format number this program does not know.</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::AttachedFile</name>
        <message>
            <source>“%1” could not be opened beside this file: %2</source>
            <translation>“%1” could not be opened beside this file: %2</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::EditHistory</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Results of a round whose notice is issued change only with a reason: nothing was changed.</source>
            <translation>Results of a round whose notice is issued change only with a reason: nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::FrozenGuards</name>
        <message>
            <source>The notice of this round is issued: the round is an official record and cannot be removed. Nothing was removed.</source>
            <translation>The notice of this round is issued: the round is an official record and cannot be removed. Nothing was removed.</translation>
        </message>
        <message>
            <source>The notice of this round is issued: a unit it names cannot be removed from the round. Nothing was changed.</source>
            <translation>The notice of this round is issued: a unit it names cannot be removed from the round. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::FrozenRounds</name>
        <message>
            <source>results changed after Notice No. %1 was issued</source>
            <translation>results changed after Notice No. %1 was issued</translation>
        </message>
        <message>
            <source>Round “%1”</source>
            <translation>Round “%1”</translation>
        </message>
        <message>
            <source>%1: Notice No. %2 has no snapshot of what it printed (it was issued by an older version); exports print the current data.</source>
            <translation>%1: Notice No. %2 has no snapshot of what it printed (it was issued by an older version); exports print the current data.</translation>
        </message>
        <message>
            <source>%1: the snapshot of Notice No. %2 no longer matches its SHA-256 digest %3.</source>
            <translation>%1: the snapshot of Notice No. %2 no longer matches its SHA-256 digest %3.</translation>
        </message>
        <message>
            <source>%1: Notice No. %2, snapshot made after the fact (%3), SHA-256 %4: matches.</source>
            <translation>%1: Notice No. %2, snapshot made after the fact (%3), SHA-256 %4: matches.</translation>
        </message>
        <message>
            <source>%1: Notice No. %2, snapshot made when issued (%3), SHA-256 %4: matches.</source>
            <translation>%1: Notice No. %2, snapshot made when issued (%3), SHA-256 %4: matches.</translation>
        </message>
        <message numerus="yes">
            <source> (%n change(s), the last at %1</source>
            <translation>
                <numerusform> (%n change, the last at %1</numerusform>
                <numerusform> (%n changes, the last at %1</numerusform>
            </translation>
        </message>
        <message>
            <source>; reason: %1</source>
            <translation>; reason: %1</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::PackageMerge</name>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Inspection team</source>
            <translation>Inspection team</translation>
        </message>
        <message>
            <source>Unit visit</source>
            <translation>Unit visit</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Corrective action</translation>
        </message>
        <message>
            <source>Notice paragraph</source>
            <translation>Notice paragraph</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>“Keep both” is only possible for text; “%1” is not text.</source>
            <translation>“Keep both” is only possible for text; “%1” is not text.</translation>
        </message>
        <message>
            <source>The merge was cancelled; the file was left as it was.</source>
            <translation>The merge was cancelled; the file was left as it was.</translation>
        </message>
        <message>
            <source>The work package “%1” was not handed out from this file: it belongs to another inspection file or another round. Merge it into the file it was made from.</source>
            <translation>The work package “%1” was not handed out from this file: it belongs to another inspection file or another round. Merge it into the file it was made from.</translation>
        </message>
        <message>
            <source>The round of the work package “%1” is no longer in this file.</source>
            <translation>The round of the work package “%1” is no longer in this file.</translation>
        </message>
        <message>
            <source>“%1” is open read-only; nothing can be merged into it.</source>
            <translation>“%1” is open read-only; nothing can be merged into it.</translation>
        </message>
        <message>
            <source>A file cannot be merged into itself.</source>
            <translation>A file cannot be merged into itself.</translation>
        </message>
        <message>
            <source>The work package “%1” was not merged; the file was left as it was: %2</source>
            <translation>The work package “%1” was not merged; the file was left as it was: %2</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::WorkPackage</name>
        <message>
            <source>“%1” is not a unit of the round “%2”.</source>
            <translation>“%1” is not a unit of the round “%2”.</translation>
        </message>
        <message>
            <source>The round “%1” has no units to hand out.</source>
            <translation>The round “%1” has no units to hand out.</translation>
        </message>
        <message>
            <source>“%1” is open read-only: a work package is recorded in the file it was made from.</source>
            <translation>“%1” is open read-only: a work package is recorded in the file it was made from.</translation>
        </message>
        <message>
            <source>“%1” already exists; choose another name for the package.</source>
            <translation>“%1” already exists; choose another name for the package.</translation>
        </message>
        <message>
            <source>The work package “%1” was not made: %2</source>
            <translation>The work package “%1” was not made: %2</translation>
        </message>
        <message>
            <source>“%1” is not a work package: it was not made with “Hand out work”.</source>
            <translation>“%1” is not a work package: it was not made with “Hand out work”.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::About</name>
        <message>
            <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;Administrative-reform inspections, from the checklist on site to the findings notice.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;Administrative-reform inspections, from the checklist on site to the findings notice.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::Banner</name>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ChecklistModel</name>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Partially met</source>
            <translation>Partially met</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Appraised</source>
            <translation>Appraised</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Review conflicts</source>
            <translation>Review conflicts</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) were changed both here and in the member's package since it was handed out. Choose what to keep; nothing is merged before every conflict is decided.</source>
            <translation>
                <numerusform>%n field(s) were changed both here and in the member's package since it was handed out. Choose what to keep; nothing is merged before every conflict is decided.</numerusform>
                <numerusform>%n field(s) were changed both here and in the member's package since it was handed out. Choose what to keep; nothing is merged before every conflict is decided.</numerusform>
            </translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Mine (this file)</source>
            <translation>Mine (this file)</translation>
        </message>
        <message>
            <source>Theirs (package)</source>
            <translation>Theirs (package)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>this file</source>
            <translation>this file</translation>
        </message>
        <message>
            <source>%1
— %2, %3</source>
            <translation>%1
— %2, %3</translation>
        </message>
        <message>
            <source>member</source>
            <translation>member</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <source>Both, mine first</source>
            <translation>Both, mine first</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>All &amp;mine</source>
            <translation>All &amp;mine</translation>
        </message>
        <message>
            <source>All &amp;theirs</source>
            <translation>All &amp;theirs</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::CorrectiveActionDialog</name>
        <message>
            <source>New corrective action</source>
            <translation>New corrective action</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Corrective action</translation>
        </message>
        <message>
            <source>e.g. Ban hành quy chế chi tiêu nội bộ năm 2022</source>
            <translation>e.g. Ban hành quy chế chi tiêu nội bộ năm 2022</translation>
        </message>
        <message>
            <source>&amp;What must be fixed:</source>
            <translation>&amp;What must be fixed:</translation>
        </message>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Deadline:</translation>
        </message>
        <message>
            <source>Say what the unit must fix.</source>
            <translation>Say what the unit must fix.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::CriterionController</name>
        <message>
            <source>Change scores</source>
            <translation>Change scores</translation>
        </message>
        <message>
            <source>Mark as exemplary</source>
            <translation>Mark as exemplary</translation>
        </message>
        <message>
            <source>Unmark as exemplary</source>
            <translation>Unmark as exemplary</translation>
        </message>
        <message>
            <source>Document reviewed</source>
            <translation>Document reviewed</translation>
        </message>
        <message>
            <source>Document number (e.g. 15/KH-TTYT):</source>
            <translation>Document number (e.g. 15/KH-TTYT):</translation>
        </message>
        <message>
            <source>Attach a photo or file</source>
            <translation>Attach a photo or file</translation>
        </message>
        <message>
            <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;All files (*)</source>
            <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;All files (*)</translation>
        </message>
        <message>
            <source>Set %1 to “%2”</source>
            <translation>Set %1 to “%2”</translation>
        </message>
        <message>
            <source>Edit finding of %1</source>
            <translation>Edit finding of %1</translation>
        </message>
        <message>
            <source>The finding could not be saved yet; it is kept and will be saved again shortly. %1</source>
            <translation>The finding could not be saved yet; it is kept and will be saved again shortly. %1</translation>
        </message>
        <message>
            <source>Edit finding</source>
            <translation>Edit finding</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>“%1” could not be read: %2</translation>
        </message>
        <message>
            <source>A copy of “%1” could not be made to open it: %2</source>
            <translation>A copy of “%1” could not be made to open it: %2</translation>
        </message>
        <message>
            <source>No program on this computer could open “%1”. A copy is at %2.</source>
            <translation>No program on this computer could open “%1”. A copy is at %2.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::CriterionPane</name>
        <message>
            <source>Exemplary: name as a good example in the report</source>
            <translation>Exemplary: name as a good example in the report</translation>
        </message>
        <message>
            <source>Guidance:</source>
            <translation>Guidance:</translation>
        </message>
        <message>
            <source>Legal basis:</source>
            <translation>Legal basis:</translation>
        </message>
        <message>
            <source>Self-assessed score:</source>
            <translation>Self-assessed score:</translation>
        </message>
        <message>
            <source>Appraised score:</source>
            <translation>Appraised score:</translation>
        </message>
        <message>
            <source>&amp;Finding (F2):</source>
            <translation>&amp;Finding (F2):</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>Corrective actions</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Document number…</source>
            <translation>Document number…</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Attach file…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Done / not done</source>
            <translation>Done / not done</translation>
        </message>
        <message>
            <source>✓ Done: %1 (deadline %2)</source>
            <translation>✓ Done: %1 (deadline %2)</translation>
        </message>
        <message>
            <source>%1 (deadline %2)</source>
            <translation>%1 (deadline %2)</translation>
        </message>
        <message>
            <source>Corrective actions (%1)</source>
            <translation>Corrective actions (%1)</translation>
        </message>
        <message>
            <source>Criterion %1</source>
            <translation>Criterion %1</translation>
        </message>
        <message>
            <source>Choose a criterion in the checklist.</source>
            <translation>Choose a criterion in the checklist.</translation>
        </message>
        <message>
            <source>Evidence (%1)</source>
            <translation>Evidence (%1)</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::EditableTable</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::FindingEditor</name>
        <message>
            <source>Finding: what the team saw (F2 to write, Esc to return)</source>
            <translation>Finding: what the team saw (F2 to write, Esc to return)</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::FirstSteps</name>
        <message>
            <source>This file has no inspection round yet</source>
            <translation>This file has no inspection round yet</translation>
        </message>
        <message>
            <source>Unit register… (Ctrl+U)</source>
            <translation>Unit register… (Ctrl+U)</translation>
        </message>
        <message>
            <source>New round… (Ctrl+Shift+N)</source>
            <translation>New round… (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Register the units to inspect: name, head, address.</source>
            <translation>Register the units to inspect: name, head, address.</translation>
        </message>
        <message>
            <source>Create the round: its title, legal bases, the team with its lead, the visit dates and the units visited (a unit can also be added to the register from there).</source>
            <translation>Create the round: its title, legal bases, the team with its lead, the visit dates and the units visited (a unit can also be added to the register from there).</translation>
        </message>
        <message>
            <source>Check at each unit: keys 1–4 give the result, F2 writes the finding, Ctrl+PgDown goes to the next unit.</source>
            <translation>Check at each unit: keys 1–4 give the result, F2 writes the finding, Ctrl+PgDown goes to the next unit.</translation>
        </message>
        <message>
            <source>Print the unit's minutes on site: Reports › Minutes of this unit (Ctrl+M).</source>
            <translation>Print the unit's minutes on site: Reports › Minutes of this unit (Ctrl+M).</translation>
        </message>
        <message>
            <source>After the visits: draft the notice (Reports › Edit the notice draft, Ctrl+Shift+D), review it on its pages, then issue it with a number.</source>
            <translation>After the visits: draft the notice (Reports › Edit the notice draft, Ctrl+Shift+D), review it on its pages, then issue it with a number.</translation>
        </message>
        <message>
            <source>None registered yet: this is the next step.</source>
            <translation>None registered yet: this is the next step.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) registered.</source>
            <translation>
                <numerusform>%n unit(s) registered.</numerusform>
                <numerusform>%n unit(s) registered.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::FrozenRoundBanner</name>
        <message>
            <source>Notice No. %1 has been issued: a change of results asks for a reason and is recorded in the edit history.</source>
            <translation>Notice No. %1 has been issued: a change of results asks for a reason and is recorded in the edit history.</translation>
        </message>
        <message numerus="yes">
            <source> (%n change(s))</source>
            <translation>
                <numerusform> (%n change)</numerusform>
                <numerusform> (%n changes)</numerusform>
            </translation>
        </message>
        <message>
            <source>. Reason: %1</source>
            <translation>. Reason: %1</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::HistoryDialog</name>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Self score</source>
            <translation>Self score</translation>
        </message>
        <message>
            <source>Appraised score</source>
            <translation>Appraised score</translation>
        </message>
        <message>
            <source>Good example</source>
            <translation>Good example</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Document number</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Evidence: %1</translation>
        </message>
        <message>
            <source>Corrective action: %1</source>
            <translation>Corrective action: %1</translation>
        </message>
        <message>
            <source>Only the selected &amp;criterion</source>
            <translation>Only the selected &amp;criterion</translation>
        </message>
        <message>
            <source>Edit history</source>
            <translation>Edit history</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::MainWindow</name>
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
            <source>1–4 result · N next unchecked · F2 finding · Esc back · Ctrl+F filter</source>
            <translation>1–4 result · N next unchecked · F2 finding · Esc back · Ctrl+F filter</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Open the &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation>&amp;Recent files</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Save a &amp;copy as…</translation>
        </message>
        <message>
            <source>&amp;Close file</source>
            <translation>&amp;Close file</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Undo: %1</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Redo: %1</translation>
        </message>
        <message>
            <source>&amp;Filter criteria</source>
            <translation>&amp;Filter criteria</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Checklist</translation>
        </message>
        <message>
            <source>&amp;Met</source>
            <translation>&amp;Met</translation>
        </message>
        <message>
            <source>&amp;Partially met</source>
            <translation>&amp;Partially met</translation>
        </message>
        <message>
            <source>&amp;Not met</source>
            <translation>&amp;Not met</translation>
        </message>
        <message>
            <source>Not &amp;applicable</source>
            <translation>Not &amp;applicable</translation>
        </message>
        <message>
            <source>&amp;Clear result</source>
            <translation>&amp;Clear result</translation>
        </message>
        <message>
            <source>Next &amp;unchecked criterion</source>
            <translation>Next &amp;unchecked criterion</translation>
        </message>
        <message>
            <source>Write the &amp;finding</source>
            <translation>Write the &amp;finding</translation>
        </message>
        <message>
            <source>Ne&amp;xt unit</source>
            <translation>Ne&amp;xt unit</translation>
        </message>
        <message>
            <source>Pre&amp;vious unit</source>
            <translation>Pre&amp;vious unit</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Round</translation>
        </message>
        <message>
            <source>&amp;New round…</source>
            <translation>&amp;New round…</translation>
        </message>
        <message>
            <source>&amp;Edit round…</source>
            <translation>&amp;Edit round…</translation>
        </message>
        <message>
            <source>&amp;Unit register…</source>
            <translation>&amp;Unit register…</translation>
        </message>
        <message>
            <source>Checklist &amp;templates…</source>
            <translation>Checklist &amp;templates…</translation>
        </message>
        <message>
            <source>Re&amp;ports</source>
            <translation>Re&amp;ports</translation>
        </message>
        <message>
            <source>No report actions available</source>
            <translation>No report actions available</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About…</source>
            <translation>&amp;About…</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>%1 (read-only)[*]</source>
            <translation>%1 (read-only)[*]</translation>
        </message>
        <message>
            <source>Read-only: %1 Changes cannot be made in this window.</source>
            <translation>Read-only: %1 Changes cannot be made in this window.</translation>
        </message>
        <message>
            <source>Open again</source>
            <translation>Open again</translation>
        </message>
        <message>
            <source>The file was upgraded to the current format; the previous version was kept as %1.</source>
            <translation>The file was upgraded to the current format; the previous version was kept as %1.</translation>
        </message>
        <message>
            <source>“%1” could not be replaced.</source>
            <translation>“%1” could not be replaced.</translation>
        </message>
        <message>
            <source>A copy was saved as %1.</source>
            <translation>A copy was saved as %1.</translation>
        </message>
        <message>
            <source>New inspection file</source>
            <translation>New inspection file</translation>
        </message>
        <message>
            <source>inspection.cchc</source>
            <translation>inspection.cchc</translation>
        </message>
        <message>
            <source> (copy).cchc</source>
            <translation> (copy).cchc</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Save a copy as</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Not saved:</source>
            <translation>Not saved:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Unsaved finding</source>
            <translation>Unsaved finding</translation>
        </message>
        <message>
            <source>A finding could not be saved. Close anyway and lose it?</source>
            <translation>A finding could not be saved. Close anyway and lose it?</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>&amp;Remove round…</source>
            <translation>&amp;Remove round…</translation>
        </message>
        <message>
            <source>Remove the round “%1”? It holds %2 and %3, with their evidence and corrective actions. Edit › Undo brings it all back.</source>
            <translation>Remove the round “%1”? It holds %2 and %3, with their evidence and corrective actions. Edit › Undo brings it all back.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove round</source>
            <translation>Remove round</translation>
        </message>
        <message>
            <source>%1 Next unchecked</source>
            <translation>%1 Next unchecked</translation>
        </message>
        <message>
            <source>“%1” is already open in this window.</source>
            <translation>“%1” is already open in this window.</translation>
        </message>
        <message>
            <source>Open for editing anyway…</source>
            <translation>Open for editing anyway…</translation>
        </message>
        <message>
            <source>Open for editing anyway</source>
            <translation>Open for editing anyway</translation>
        </message>
        <message>
            <source>Open the file for editing although it is marked as open on “%1”?

Do this only if it is no longer open there. If it still is, the changes made on the two computers would overwrite each other.</source>
            <translation>Open the file for editing although it is marked as open on “%1”?

Do this only if it is no longer open there. If it still is, the changes made on the two computers would overwrite each other.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::NavigationModel</name>
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
        <message>
            <source>Add after</source>
            <translation>Add after</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>Leave out</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Out of date: review</source>
            <translation>Out of date: review</translation>
        </message>
        <message>
            <source>The team's own</source>
            <translation>The team's own</translation>
        </message>
        <message>
            <source>(empty: type the paragraph)</source>
            <translation>(empty: type the paragraph)</translation>
        </message>
        <message>
            <source>%1; left out of the notice</source>
            <translation>%1; left out of the notice</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Put back</source>
            <translation>Put back</translation>
        </message>
        <message>
            <source>Edit paragraph</source>
            <translation>Edit paragraph</translation>
        </message>
        <message>
            <source>Add a paragraph</source>
            <translation>Add a paragraph</translation>
        </message>
        <message>
            <source>Delete a paragraph</source>
            <translation>Delete a paragraph</translation>
        </message>
        <message>
            <source>Leave a paragraph out</source>
            <translation>Leave a paragraph out</translation>
        </message>
        <message>
            <source>Put a paragraph back</source>
            <translation>Put a paragraph back</translation>
        </message>
        <message>
            <source>Move a paragraph up</source>
            <translation>Move a paragraph up</translation>
        </message>
        <message>
            <source>Move a paragraph down</source>
            <translation>Move a paragraph down</translation>
        </message>
        <message>
            <source>Accept as reviewed</source>
            <translation>Accept as reviewed</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Notice date</translation>
        </message>
        <message>
            <source>Default notice date</source>
            <translation>Default notice date</translation>
        </message>
        <message>
            <source>Notice signer</source>
            <translation>Notice signer</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::NoticeFields</name>
        <message>
            <source>The date the notice is dated with</source>
            <translation>The date the notice is dated with</translation>
        </message>
        <message>
            <source>Default date</source>
            <translation>Default date</translation>
        </message>
        <message>
            <source>Date the notice by the first working day after the last visit again</source>
            <translation>Date the notice by the first working day after the last visit again</translation>
        </message>
        <message>
            <source>The team member who signs the notice</source>
            <translation>The team member who signs the notice</translation>
        </message>
        <message>
            <source>Letterhead and signer…</source>
            <translation>Letterhead and signer…</translation>
        </message>
        <message>
            <source>The issuing body, the signer's authority and title, the recipients</source>
            <translation>The issuing body, the signer's authority and title, the recipients</translation>
        </message>
        <message>
            <source>Notice &amp;date:</source>
            <translation>Notice &amp;date:</translation>
        </message>
        <message>
            <source>&amp;Signed by:</source>
            <translation>&amp;Signed by:</translation>
        </message>
        <message>
            <source>%1, chosen by the team</source>
            <translation>%1, chosen by the team</translation>
        </message>
        <message>
            <source>%1, by default (the first working day after the visits)</source>
            <translation>%1, by default (the first working day after the visits)</translation>
        </message>
        <message>
            <source>(the round has no team: add it in the round)</source>
            <translation>(the round has no team: add it in the round)</translation>
        </message>
        <message>
            <source>Issued as %1: it prints as issued; its text, date and signer no longer change.</source>
            <translation>Issued as %1: it prints as issued; its text, date and signer no longer change.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Thị Lan</source>
            <translation>e.g. Nguyễn Thị Lan</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Your name:</translation>
        </message>
        <message>
            <source>A new language is used from the next start of the program. Your name is recorded with every change you make on this laptop, so a team can see who changed what.</source>
            <translation>A new language is used from the next start of the program. Your name is recorded with every change you make on this laptop, so a team can see who changed what.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ReasonDialog</name>
        <message>
            <source>Reason for the change</source>
            <translation>Reason for the change</translation>
        </message>
        <message>
            <source>Notice No. %1 of this round has been issued. It stays as it was printed; a change of results is recorded in the edit history with its reason, and the round is marked “%2”.

Why do the results change? The reason is recorded with every change of this round's results until the file is closed. Cancel: nothing is changed.</source>
            <translation>Notice No. %1 of this round has been issued. It stays as it was printed; a change of results is recorded in the edit history with its reason, and the round is marked “%2”.

Why do the results change? The reason is recorded with every change of this round's results until the file is closed. Cancel: nothing is changed.</translation>
        </message>
        <message>
            <source>For example: corrected after the unit sent the missing documents on 15/6/2022</source>
            <translation>For example: corrected after the unit sent the missing documents on 15/6/2022</translation>
        </message>
        <message>
            <source>Record the reason and change</source>
            <translation>Record the reason and change</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ReportActions</name>
        <message>
            <source>Print preview of the notice…</source>
            <translation>Print preview of the notice…</translation>
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
        <message>
            <source>Issue the notice with a number…</source>
            <translation>Issue the notice with a number…</translation>
        </message>
        <message>
            <source>Issue the notice</source>
            <translation>Issue the notice</translation>
        </message>
        <message>
            <source>Issue the notice as number %1? The number is taken from the series of %2 and stays with this notice; later exports keep it.</source>
            <translation>Issue the notice as number %1? The number is taken from the series of %2 and stays with this notice; later exports keep it.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>Minutes of this unit (PDF)…</source>
            <translation>Minutes of this unit (PDF)…</translation>
        </message>
        <message>
            <source>Export the notice as PDF…</source>
            <translation>Export the notice as PDF…</translation>
        </message>
        <message>
            <source>Export the notice as Word (.docx)…</source>
            <translation>Export the notice as Word (.docx)…</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Minutes of every unit (PDF)…</source>
            <translation>Minutes of every unit (PDF)…</translation>
        </message>
        <message>
            <source>Score annex (PDF)…</source>
            <translation>Score annex (PDF)…</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Print preview: %1</translation>
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
    <context>
        <name>cchc::ui::RoundEditor</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Visit date</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Representatives</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>New round</translation>
        </message>
        <message>
            <source>Edit round</source>
            <translation>Edit round</translation>
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (version %2)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;General</translation>
        </message>
        <message>
            <source>&amp;Legal bases</source>
            <translation>&amp;Legal bases</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <source>&amp;Units visited</source>
            <translation>&amp;Units visited</translation>
        </message>
        <message>
            <source>e.g. Kiểm tra CCHC tại các đơn vị sự nghiệp năm 2022</source>
            <translation>e.g. Kiểm tra CCHC tại các đơn vị sự nghiệp năm 2022</translation>
        </message>
        <message>
            <source>e.g. đơn vị sự nghiệp</source>
            <translation>e.g. đơn vị sự nghiệp</translation>
        </message>
        <message>
            <source>e.g. năm 2021 và 6 tháng đầu năm 2022</source>
            <translation>e.g. năm 2021 và 6 tháng đầu năm 2022</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Check&amp;list:</source>
            <translation>Check&amp;list:</translation>
        </message>
        <message>
            <source>Units are called:</source>
            <translation>Units are called:</translation>
        </message>
        <message>
            <source>&amp;Period assessed:</source>
            <translation>&amp;Period assessed:</translation>
        </message>
        <message>
            <source>Visits &amp;from:</source>
            <translation>Visits &amp;from:</translation>
        </message>
        <message>
            <source>Visits &amp;until:</source>
            <translation>Visits &amp;until:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>Give the round a title.</source>
            <translation>Give the round a title.</translation>
        </message>
        <message>
            <source>Choose the checklist the round uses.</source>
            <translation>Choose the checklist the round uses.</translation>
        </message>
        <message>
            <source>The date “%1” of a legal basis is not a date like 30/03/2022.</source>
            <translation>The date “%1” of a legal basis is not a date like 30/03/2022.</translation>
        </message>
        <message>
            <source>The units visited are chosen from the file's unit register (Round › Unit register, Ctrl+U), which is empty. Add one here with “New unit in the register…”.</source>
            <translation>The units visited are chosen from the file's unit register (Round › Unit register, Ctrl+U), which is empty. Add one here with “New unit in the register…”.</translation>
        </message>
        <message>
            <source>&amp;New unit in the register…</source>
            <translation>&amp;New unit in the register…</translation>
        </message>
        <message>
            <source>Units are added in the unit register (Round › Unit register).</source>
            <translation>Units are added in the unit register (Round › Unit register).</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>New unit</translation>
        </message>
        <message>
            <source>Name of the unit:</source>
            <translation>Name of the unit:</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::Screenshots</name>
        <message>
            <source>The screenshot “%1” could not be written.</source>
            <translation>The screenshot “%1” could not be written.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation>The folder “%1” could not be created.</translation>
        </message>
        <message>
            <source>The demo file could not be opened.</source>
            <translation>The demo file could not be opened.</translation>
        </message>
        <message>
            <source>A finding could not be saved. Close anyway and lose it?</source>
            <translation>A finding could not be saved. Close anyway and lose it?</translation>
        </message>
        <message>
            <source>The new file could not be created.</source>
            <translation>The new file could not be created.</translation>
        </message>
        <message>
            <source>The notice was not issued.</source>
            <translation>The notice was not issued.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::Session</name>
        <message>
            <source>Add evidence</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>Remove evidence</translation>
        </message>
        <message>
            <source>Edit corrective action</source>
            <translation>Edit corrective action</translation>
        </message>
        <message>
            <source>Add corrective action</source>
            <translation>Add corrective action</translation>
        </message>
        <message>
            <source>Remove corrective action</source>
            <translation>Remove corrective action</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>Edit unit</translation>
        </message>
        <message>
            <source>Add unit</source>
            <translation>Add unit</translation>
        </message>
        <message>
            <source>Remove unit</source>
            <translation>Remove unit</translation>
        </message>
        <message>
            <source>Edit round</source>
            <translation>Edit round</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>New round</translation>
        </message>
        <message>
            <source>The template could not be restored.</source>
            <translation>The template could not be restored.</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Save template</translation>
        </message>
        <message>
            <source>“%1” could not be undone: %2</source>
            <translation>“%1” could not be undone: %2</translation>
        </message>
        <message>
            <source>“%1” could not be redone: %2</source>
            <translation>“%1” could not be redone: %2</translation>
        </message>
        <message>
            <source>Remove round “%1”</source>
            <translation>Remove round “%1”</translation>
        </message>
        <message>
            <source>The round cannot be removed: no room for the copy that undo needs (%1).</source>
            <translation>The round cannot be removed: no room for the copy that undo needs (%1).</translation>
        </message>
        <message>
            <source>Change report settings</source>
            <translation>Change report settings</translation>
        </message>
        <message>
            <source>Edit notice paragraph</source>
            <translation>Edit notice paragraph</translation>
        </message>
        <message>
            <source>Back to the drafted paragraph</source>
            <translation>Back to the drafted paragraph</translation>
        </message>
        <message>
            <source>Mark paragraph as reviewed</source>
            <translation>Mark paragraph as reviewed</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::SplitDialog</name>
        <message>
            <source>Hand out work</source>
            <translation>Hand out work</translation>
        </message>
        <message>
            <source>The member gets a file with the round “%1”, the units ticked below, the checklist and the report settings. They open it in this program on their own laptop; afterwards “Merge a member's work” takes their results back into this file.</source>
            <translation>The member gets a file with the round “%1”, the units ticked below, the checklist and the report settings. They open it in this program on their own laptop; afterwards “Merge a member's work” takes their results back into this file.</translation>
        </message>
        <message>
            <source>e.g. Lê Văn Nam</source>
            <translation>e.g. Lê Văn Nam</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>&amp;Units:</source>
            <translation>&amp;Units:</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Member:</translation>
        </message>
        <message>
            <source>&amp;Package file:</source>
            <translation>&amp;Package file:</translation>
        </message>
        <message>
            <source>&amp;Write package</source>
            <translation>&amp;Write package</translation>
        </message>
        <message>
            <source>work-package</source>
            <translation>work-package</translation>
        </message>
        <message>
            <source>work-%1</source>
            <translation>work-%1</translation>
        </message>
        <message>
            <source>Work package</source>
            <translation>Work package</translation>
        </message>
        <message>
            <source>Inspection files (*.cchc)</source>
            <translation>Inspection files (*.cchc)</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::StartPage</name>
        <message>
            <source>Administrative reform inspection</source>
            <translation>Administrative reform inspection</translation>
        </message>
        <message>
            <source>One file holds the unit register, the checklists and every round. Each change is saved the moment it is made.</source>
            <translation>One file holds the unit register, the checklists and every round. Each change is saved the moment it is made.</translation>
        </message>
        <message>
            <source>New inspection file…</source>
            <translation>New inspection file…</translation>
        </message>
        <message>
            <source>Start an empty file with the built-in checklist.</source>
            <translation>Start an empty file with the built-in checklist.</translation>
        </message>
        <message>
            <source>Open a file…</source>
            <translation>Open a file…</translation>
        </message>
        <message>
            <source>Continue work on a .cchc file.</source>
            <translation>Continue work on a .cchc file.</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Open the demo</translation>
        </message>
        <message>
            <source>The 2022 round of eight public-service units, to look around safely.</source>
            <translation>The 2022 round of eight public-service units, to look around safely.</translation>
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation>&amp;Recent files</translation>
        </message>
        <message>
            <source>No recent files yet.</source>
            <translation>No recent files yet.</translation>
        </message>
        <message>
            <source>&lt;b&gt;A round, step by step:&lt;/b&gt; 1. New inspection file. 2. Round › Unit register: the units to inspect. 3. Round › New round: legal bases, team, dates, units visited. 4. At each unit: keys 1–4 and F2, then Reports › Minutes of this unit (Ctrl+M). 5. Reports › Edit the notice draft: review it on its pages, then issue it with a number.</source>
            <translation>&lt;b&gt;A round, step by step:&lt;/b&gt; 1. New inspection file. 2. Round › Unit register: the units to inspect. 3. Round › New round: legal bases, team, dates, units visited. 4. At each unit: keys 1–4 and F2, then Reports › Minutes of this unit (Ctrl+M). 5. Reports › Edit the notice draft: review it on its pages, then issue it with a number.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::TeamworkActions</name>
        <message>
            <source>&amp;Hand out work…</source>
            <translation>&amp;Hand out work…</translation>
        </message>
        <message>
            <source>&amp;Merge a member's work…</source>
            <translation>&amp;Merge a member's work…</translation>
        </message>
        <message>
            <source>Edit &amp;history…</source>
            <translation>Edit &amp;history…</translation>
        </message>
        <message>
            <source>Team work</source>
            <translation>Team work</translation>
        </message>
        <message>
            <source>No file is open.</source>
            <translation>No file is open.</translation>
        </message>
        <message>
            <source>Choose the round to hand out first.</source>
            <translation>Choose the round to hand out first.</translation>
        </message>
        <message numerus="yes">
            <source>The work package for %n unit(s) was written to “%1”. Give it to the member; they open it in this program.</source>
            <translation>
                <numerusform>The work package for %n unit(s) was written to “%1”. Give it to the member; they open it in this program.</numerusform>
                <numerusform>The work package for %n unit(s) was written to “%1”. Give it to the member; they open it in this program.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge a member's work</source>
            <translation>Merge a member's work</translation>
        </message>
        <message>
            <source>Inspection files (*.cchc)</source>
            <translation>Inspection files (*.cchc)</translation>
        </message>
        <message>
            <source>Merged: %1 added, %2 updated, %3 removed, %4 conflicts decided.</source>
            <translation>Merged: %1 added, %2 updated, %3 removed, %4 conflicts decided.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::TemplateEditor</name>
        <message>
            <source>Checklist templates</source>
            <translation>Checklist templates</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Area / criterion</source>
            <translation>Area / criterion</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>From (%)</source>
            <translation>From (%)</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Template:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>Result (met / partly / not met); the score follows</source>
            <translation>Result (met / partly / not met); the score follows</translation>
        </message>
        <message>
            <source>Score entered by the team</source>
            <translation>Score entered by the team</translation>
        </message>
        <message>
            <source>Choose an area or a criterion on the left.</source>
            <translation>Choose an area or a criterion on the left.</translation>
        </message>
        <message>
            <source>Add &amp;area</source>
            <translation>Add &amp;area</translation>
        </message>
        <message>
            <source>Add &amp;criterion</source>
            <translation>Add &amp;criterion</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Grading bands:</source>
            <translation>Grading bands:</translation>
        </message>
        <message>
            <source>Add &amp;grade</source>
            <translation>Add &amp;grade</translation>
        </message>
        <message>
            <source>Remove gra&amp;de</source>
            <translation>Remove gra&amp;de</translation>
        </message>
        <message>
            <source>New grade</source>
            <translation>New grade</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Area:</source>
            <translation>Area:</translation>
        </message>
        <message>
            <source>Criterion:</source>
            <translation>Criterion:</translation>
        </message>
        <message>
            <source>Report, when met:</source>
            <translation>Report, when met:</translation>
        </message>
        <message>
            <source>Report, when not met:</source>
            <translation>Report, when not met:</translation>
        </message>
        <message>
            <source>Maximum score:</source>
            <translation>Maximum score:</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Weight:</translation>
        </message>
        <message>
            <source>Guidance:</source>
            <translation>Guidance:</translation>
        </message>
        <message>
            <source>Legal reference:</source>
            <translation>Legal reference:</translation>
        </message>
        <message>
            <source>Answered by:</source>
            <translation>Answered by:</translation>
        </message>
        <message numerus="yes">
            <source>used by %n round(s)</source>
            <translation>
                <numerusform>used by %n round</numerusform>
                <numerusform>used by %n rounds</numerusform>
            </translation>
        </message>
        <message>
            <source>not used yet</source>
            <translation>not used yet</translation>
        </message>
        <message>
            <source>%1 — version %2 (%3)</source>
            <translation>%1 — version %2 (%3)</translation>
        </message>
        <message>
            <source>This version is used by a round: saving keeps it unchanged and stores your changes as a new version.</source>
            <translation>This version is used by a round: saving keeps it unchanged and stores your changes as a new version.</translation>
        </message>
        <message>
            <source>New area</source>
            <translation>New area</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>New criterion</translation>
        </message>
        <message>
            <source>Version %1 is used by a round, so your changes were saved as a new version %2. Rounds already run keep version %1 and their reports do not change.</source>
            <translation>Version %1 is used by a round, so your changes were saved as a new version %2. Rounds already run keep version %1 and their reports do not change.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Report, when partly met:</source>
            <translation>Report, when partly met:</translation>
        </message>
        <message>
            <source>Report, when exemplary:</source>
            <translation>Report, when exemplary:</translation>
        </message>
        <message>
            <source>e.g. “issued the working rules, not yet up to standard”; empty: the met phrasing + “not yet complete”</source>
            <translation>e.g. “issued the working rules, not yet up to standard”; empty: the met phrasing + “not yet complete”</translation>
        </message>
        <message>
            <source>what an exemplary unit did well; empty: the units are named as examples</source>
            <translation>what an exemplary unit did well; empty: the units are named as examples</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::UnitRegisterDialog</name>
        <message>
            <source>Unit register</source>
            <translation>Unit register</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Head</translation>
        </message>
        <message>
            <source>Head's title</source>
            <translation>Head's title</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>&amp;Add unit</source>
            <translation>&amp;Add unit</translation>
        </message>
        <message>
            <source>&amp;Remove unit</source>
            <translation>&amp;Remove unit</translation>
        </message>
        <message>
            <source>Each change is saved at once and can be undone from the Edit menu.</source>
            <translation>Each change is saved at once and can be undone from the Edit menu.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::Workspace</name>
        <message>
            <source>Rounds and units</source>
            <translation>Rounds and units</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Filter criteria (Ctrl+F), e.g. “ky luat”</source>
            <translation>Filter criteria (Ctrl+F), e.g. “ky luat”</translation>
        </message>
        <message>
            <source>No criterion of this unit matches the filter “%1”: change it, or clear it with Esc in the filter box.</source>
            <translation>No criterion of this unit matches the filter “%1”: change it, or clear it with Esc in the filter box.</translation>
        </message>
    </context>
</TS>
