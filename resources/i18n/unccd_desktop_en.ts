<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>About {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>The country list comes from lukes/ISO-3166-Countries-with-Regional-Codes, compiled from the UN M49 standard and ISO 3166, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Currency codes are the IATI Currency codelist.</source>
        <translation>The country list comes from lukes/ISO-3166-Countries-with-Regional-Codes, compiled from the UN M49 standard and ISO 3166, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Currency codes are the IATI Currency codelist.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Rene&amp;w…</translation>
    </message>
    <message>
        <source>Start the renewal of this agreement: a new draft whose term follows it</source>
        <translation>Start the renewal of this agreement: a new draft whose term follows it</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>A&amp;mend…</translation>
    </message>
    <message>
        <source>Start an amendment of this agreement: a new draft with the same term</source>
        <translation>Start an amendment of this agreement: a new draft with the same term</translation>
    </message>
    <message>
        <source>Renewal of “{0}”</source>
        <translation>Renewal of “{0}”</translation>
    </message>
    <message>
        <source>Amendment of “{0}”</source>
        <translation>Amendment of “{0}”</translation>
    </message>
    <message>
        <source>Not saved yet: check the dates, the parties and the title, then save.</source>
        <translation>Not saved yet: check the dates, the parties and the title, then save.</translation>
    </message>
    <message>
        <source>Not saved yet: the agreement renewed has no expiry date, so the new term is not known. Enter its dates, check the parties and the title, then save.</source>
        <translation>Not saved yet: the agreement renewed has no expiry date, so the new term is not known. Enter its dates, check the parties and the title, then save.</translation>
    </message>
    <message>
        <source>Renewed agreement</source>
        <translation>Renewed agreement</translation>
    </message>
    <message>
        <source>“{0}” renews “{1}”. Mark “{1}” as {2}?</source>
        <translation>“{0}” renews “{1}”. Mark “{1}” as {2}?</translation>
    </message>
    <message>
        <source>mark &apos;{0}&apos; renewed</source>
        <translation>mark &apos;{0}&apos; renewed</translation>
    </message>
    <message>
        <source>Not marked renewed</source>
        <translation>Not marked renewed</translation>
    </message>
</context>
<context>
    <name>AgreementTimeline</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Notice by</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Agreement timeline</source>
        <translation>Agreement timeline</translation>
    </message>
    <message>
        <source>No dates recorded.</source>
        <translation>No dates recorded.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{0} already exists; choose another name for a new database.</source>
        <translation>{0} already exists; choose another name for a new database.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>UNCCD Partnerships databases (*.unccd);;All files (*)</translation>
    </message>
    <message>
        <source>The backup was restored. The file it replaced is kept as {0}.</source>
        <translation>The backup was restored. The file it replaced is kept as {0}.</translation>
    </message>
    <message>
        <source>Restoring the latest backup…</source>
        <translation>Restoring the latest backup…</translation>
    </message>
    <message>
        <source>The new language is shown once the work under way is done.</source>
        <translation>The new language is shown once the work under way is done.</translation>
    </message>
    <message>
        <source>The language was not changed: for each marked field, keep your value or take theirs first.</source>
        <translation>The language was not changed: for each marked field, keep your value or take theirs first.</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>What needs attention</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <source>Open the dashboard (Ctrl+1)</source>
        <translation>Open the dashboard (Ctrl+1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss (Escape)</source>
        <translation>Dismiss (Escape)</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) overdue</source>
        <translation>
            <numerusform>%n deliverable overdue</numerusform>
            <numerusform>%n deliverables overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) due this week</source>
        <translation>
            <numerusform>%n deliverable due this week</numerusform>
            <numerusform>%n deliverables due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) reaching the renewal notice date this week</source>
        <translation>
            <numerusform>%n agreement reaching the renewal notice date this week</numerusform>
            <numerusform>%n agreements reaching the renewal notice date this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) expiring this week</source>
        <translation>
            <numerusform>%n agreement expiring this week</numerusform>
            <numerusform>%n agreements expiring this week</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of the start-up notice</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Needs attention: {0}</source>
        <translation>Needs attention: {0}</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>Renewal notice and expiry dates of signed and active agreements, and due dates of open deliverables, as all-day events for Outlook, Thunderbird or any calendar. Importing a newer file again updates the events it had added.</source>
        <translation>Renewal notice and expiry dates of signed and active agreements, and due dates of open deliverables, as all-day events for Outlook, Thunderbird or any calendar. Importing a newer file again updates the events it had added.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Every date from today on</source>
        <translation>Every date from today on</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message numerus="yes">
        <source>The next %n day(s)</source>
        <translation>
            <numerusform>The next %n day</numerusform>
            <numerusform>The next %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Writing the calendar…</translation>
    </message>
    <message>
        <source>%n reminder date(s) written to {0}</source>
        <translation>%n reminder date(s) written to {0}</translation>
    </message>
</context>
<context>
    <name>CheckListWidget</name>
    <message>
        <source>Type to filter…</source>
        <translation>Type to filter…</translation>
    </message>
    <message>
        <source>Type to filter; Down goes into the list, where Space ticks an entry</source>
        <translation>Type to filter; Down goes into the list, where Space ticks an entry</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Keep mine as another record</source>
        <translation>&amp;Keep mine as another record</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>&amp;Take theirs: merge mine into it</source>
        <translation>&amp;Take theirs: merge mine into it</translation>
    </message>
    <message>
        <source>Both records stay: they are not the same partner.</source>
        <translation>Both records stay: they are not the same partner.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>Changed here, deleted on the server</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Deleted here, changed on the server</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>The change is sent again at the next sync (once what the server refused is put right).</source>
        <translation>The change is sent again at the next sync (once what the server refused is put right).</translation>
    </message>
    <message>
        <source>The change made here is dropped; the record takes the server&apos;s values.</source>
        <translation>The change made here is dropped; the record takes the server&apos;s values.</translation>
    </message>
    <message>
        <source>The record comes back here as the server has it.</source>
        <translation>The record comes back here as the server has it.</translation>
    </message>
    <message>
        <source>The record goes back onto the server, with the changes made here.</source>
        <translation>The record goes back onto the server, with the changes made here.</translation>
    </message>
    <message>
        <source>The record is deleted here too.</source>
        <translation>The record is deleted here too.</translation>
    </message>
    <message>
        <source>The record is deleted on the server too, at the next sync.</source>
        <translation>The record is deleted on the server too, at the next sync.</translation>
    </message>
    <message>
        <source>The record made here is merged into the server&apos;s: its links and history join the server&apos;s record, and the copy made here goes.</source>
        <translation>The record made here is merged into the server&apos;s: its links and history join the server&apos;s record, and the copy made here goes.</translation>
    </message>
    <message>
        <source>The server&apos;s value is put here; the value typed here is dropped.</source>
        <translation>The server&apos;s value is put here; the value typed here is dropped.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value goes to the server at the next sync.</source>
        <translation>This laptop&apos;s value goes to the server at the next sync.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Before both changes</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>Mine (this laptop)</translation>
    </message>
    <message>
        <source>Theirs (team server)</source>
        <translation>Theirs (team server)</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>Values on both sides</translation>
    </message>
    <message>
        <source>History on this laptop</source>
        <translation>History on this laptop</translation>
    </message>
    <message>
        <source>History on the team server</source>
        <translation>History on the team server</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>the whole record</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here and on the team server differ. The server keeps its value until you choose; your choice is sent at the next sync.</source>
        <translation>
            <numerusform>%n change made here and on the team server differs. The server keeps its value until you choose; your choice is sent at the next sync.</numerusform>
            <numerusform>%n changes made here and on the team server differ. The server keeps its value until you choose; your choice is sent at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict waits for your choice.</source>
        <translation>No conflict waits for your choice.</translation>
    </message>
    <message>
        <source>“{0}” was changed here and on the team server, to different values.</source>
        <translation>“{0}” was changed here and on the team server, to different values.</translation>
    </message>
    <message>
        <source>This record was deleted here and changed on the team server.</source>
        <translation>This record was deleted here and changed on the team server.</translation>
    </message>
    <message>
        <source>This record was changed here and deleted on the team server.</source>
        <translation>This record was changed here and deleted on the team server.</translation>
    </message>
    <message>
        <source>This partner was made here with the name or acronym of a partner the team server already has.</source>
        <translation>This partner was made here with the name or acronym of a partner the team server already has.</translation>
    </message>
    <message>
        <source>The team server did not take the change made here.</source>
        <translation>The team server did not take the change made here.</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(no record)</translation>
    </message>
    <message>
        <source>Reading the history on the team server…</source>
        <translation>Reading the history on the team server…</translation>
    </message>
    <message>
        <source>The history on the server cannot be shown: {0}</source>
        <translation>The history on the server cannot be shown: {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>What needs attention</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Days past</source>
        <translation>Days past</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Overdue deliverables</source>
        <translation>Overdue deliverables</translation>
    </message>
    <message>
        <source>Records by status</source>
        <translation>Records by status</translation>
    </message>
    <message>
        <source>Deliverables by initiative</source>
        <translation>Deliverables by initiative</translation>
    </message>
    <message>
        <source>Deliverables by donor</source>
        <translation>Deliverables by donor</translation>
    </message>
    <message>
        <source>Agreements expiring (renewal notice or {0} days)</source>
        <translation>Agreements expiring (renewal notice or {0} days)</translation>
    </message>
    <message>
        <source>Deliverables due within {0} days</source>
        <translation>Deliverables due within {0} days</translation>
    </message>
    <message>
        <source>No agreement expires soon.</source>
        <translation>No agreement expires soon.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <source>Nothing is due in the next {0} days.</source>
        <translation>Nothing is due in the next {0} days.</translation>
    </message>
    <message>
        <source>No signed or active agreement is past its expiry.</source>
        <translation>No signed or active agreement is past its expiry.</translation>
    </message>
    <message>
        <source>Every signed or active agreement has an expiry date.</source>
        <translation>Every signed or active agreement has an expiry date.</translation>
    </message>
    <message numerus="yes">
        <source>Active agreements past their expiry (%n)</source>
        <translation>
            <numerusform>Active agreements past their expiry (%n)</numerusform>
            <numerusform>Active agreements past their expiry (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements without an expiry date (%n)</source>
        <translation>
            <numerusform>Agreements without an expiry date (%n)</numerusform>
            <numerusform>Agreements without an expiry date (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Pick the date in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <source>No date (Delete)</source>
        <translation>No date (Delete)</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it as {1} or {2}, or press Delete to leave it empty.</source>
        <translation>“{0}” is not a date. Write it as {1} or {2}, or press Delete to leave it empty.</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Drop files here to attach them.</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Save the record before attaching documents.</source>
        <translation>Save the record before attaching documents.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Remove {0} from this record?</source>
        <translation>Remove {0} from this record?</translation>
    </message>
</context>
<context>
    <name>DonorReportDialog</name>
    <message>
        <source>Export donor report</source>
        <translation>Export donor report</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>All partnerships</translation>
    </message>
    <message>
        <source>One donor:</source>
        <translation>One donor:</translation>
    </message>
    <message>
        <source>One initiative:</source>
        <translation>One initiative:</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(choose a donor)</translation>
    </message>
    <message>
        <source>(choose an initiative)</source>
        <translation>(choose an initiative)</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>Choose the donor whose report to export.</translation>
    </message>
    <message>
        <source>Choose the initiative whose report to export.</source>
        <translation>Choose the initiative whose report to export.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Focal point</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Focal points</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Accountable</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Convention secretariat</source>
        <translation>Convention secretariat</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Extending</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Financial institution</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>GEF enabling activity</source>
        <translation>GEF enabling activity</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Implementer</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Implementing</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Informal partnership</source>
        <translation>Informal partnership</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Intergovernmental</translation>
    </message>
    <message>
        <source>Letter of agreement</source>
        <translation>Letter of agreement</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>Multi-party MoU</source>
        <translation>Multi-party MoU</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Private sector</translation>
    </message>
    <message>
        <source>Project preparation</source>
        <translation>Project preparation</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>UN entity</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside {0}. Your saved data is safe. Please send the details below to whoever supports the application.</source>
        <translation>Something went wrong inside {0}. Your saved data is safe. Please send the details below to whoever supports the application.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Also written to {0}</source>
        <translation>Also written to {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>The file {0} does not exist.</translation>
    </message>
    <message>
        <source>You do not have permission to use {0}.</source>
        <translation>You do not have permission to use {0}.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and retry.</source>
        <translation>The disk is full. Free some space and retry.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donors</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Uuid</source>
        <translation>Uuid</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Headquarters country</source>
        <translation>Headquarters country</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>IATI organisation identifier</source>
        <translation>IATI organisation identifier</translation>
    </message>
    <message>
        <source>Other names (one per line)</source>
        <translation>Other names (one per line)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Renewal notice (days)</source>
        <translation>Renewal notice (days)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Evidence (web address)</source>
        <translation>Evidence (web address)</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>Responsible partner</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>Amends or renews</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Focal points</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Launched at</source>
        <translation>Launched at</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <source>Still in post</source>
        <translation>Still in post</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Thematic areas</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>End year</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
</context>
<context>
    <name>FocalPointsPanel</name>
    <message>
        <source>Focal points of this partner</source>
        <translation>Focal points of this partner</translation>
    </message>
    <message>
        <source>&amp;Add focal point…</source>
        <translation>&amp;Add focal point…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;it…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>History of this record</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&apos;{0}&apos; is ambiguous (day and month could be either way round); write it as YYYY-MM-DD</source>
        <translation>&apos;{0}&apos; is ambiguous (day and month could be either way round); write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation>&apos;{0}&apos; is not a date (write it as YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a percentage</source>
        <translation>&apos;{0}&apos; is not a percentage</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>&apos;{0}&apos; is not a valid date</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; should be yes or no</source>
        <translation>&apos;{0}&apos; should be yes or no</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a date was expected</source>
        <translation>&apos;{0}&apos; where a date was expected</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a number was expected</source>
        <translation>&apos;{0}&apos; where a number was expected</translation>
    </message>
    <message>
        <source>Blank row</source>
        <translation>Blank row</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Content ignored</source>
        <translation>Content ignored</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>File refused</translation>
    </message>
    <message>
        <source>Links to other workbooks were ignored.</source>
        <translation>Links to other workbooks were ignored.</translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation>Missing column</translation>
    </message>
    <message>
        <source>New contacts can only be added in a partner update workbook (it says whose contacts they are).</source>
        <translation>New contacts can only be added in a partner update workbook (it says whose contacts they are).</translation>
    </message>
    <message>
        <source>New row refused</source>
        <translation>New row refused</translation>
    </message>
    <message>
        <source>No deliverable has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>No deliverable has the ID {0} (it may have been deleted from the database since the export).</translation>
    </message>
    <message>
        <source>No export record</source>
        <translation>No export record</translation>
    </message>
    <message>
        <source>No focal point has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>No focal point has the ID {0} (it may have been deleted from the database since the export).</translation>
    </message>
    <message>
        <source>No sheet of this file holds deliverables or focal points with the expected columns (for example &apos;Deliverable ID&apos; and &apos;Status&apos;).</source>
        <translation>No sheet of this file holds deliverables or focal points with the expected columns (for example &apos;Deliverable ID&apos; and &apos;Status&apos;).</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Not tried</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>Other schema version</source>
        <translation>Other schema version</translation>
    </message>
    <message>
        <source>Repeated column</source>
        <translation>Repeated column</translation>
    </message>
    <message>
        <source>Repeated record</source>
        <translation>Repeated record</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; has no &apos;{1}&apos; column, so its rows cannot be matched to records; it was not imported.</source>
        <translation>Sheet &apos;{0}&apos; has no &apos;{1}&apos; column, so its rows cannot be matched to records; it was not imported.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; was not imported: it holds no deliverables or focal points columns.</source>
        <translation>Sheet &apos;{0}&apos; was not imported: it holds no deliverables or focal points columns.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: reading stopped at row {1} after {2} blank rows.</source>
        <translation>Sheet &apos;{0}&apos;: reading stopped at row {1} after {2} blank rows.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; appears twice; the first one was used.</source>
        <translation>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; appears twice; the first one was used.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; is not one this import reads; it was ignored.</source>
        <translation>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; is not one this import reads; it was ignored.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: {1} rows hold nothing in the imported columns (the first is row {2}); they were skipped.</source>
        <translation>Sheet &apos;{0}&apos;: {1} rows hold nothing in the imported columns (the first is row {2}); they were skipped.</translation>
    </message>
    <message>
        <source>Sheet ignored</source>
        <translation>Sheet ignored</translation>
    </message>
    <message>
        <source>The database refused these values ({0}).</source>
        <translation>The database refused these values ({0}).</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; holds partner comments, which are read only from a partner update workbook; it was ignored.</source>
        <translation>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; holds partner comments, which are read only from a partner update workbook; it was ignored.</translation>
    </message>
    <message>
        <source>{0} has the hidden sheet of a partner update workbook, but it names no export: the sheet was changed, so the file cannot be held to what was sent. Export a new workbook for the partner.</source>
        <translation>{0} has the hidden sheet of a partner update workbook, but it names no export: the sheet was changed, so the file cannot be held to what was sent. Export a new workbook for the partner.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, which this database did not make (was it exported from another copy of the database?). It cannot be checked against what was sent, so it is not imported.</source>
        <translation>{0} names the export {1}, which this database did not make (was it exported from another copy of the database?). It cannot be checked against what was sent, so it is not imported.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, but not the partner that export was made for: its hidden sheet was changed, so it is not imported. Export a new workbook for the partner.</source>
        <translation>{0} names the export {1}, but not the partner that export was made for: its hidden sheet was changed, so it is not imported. Export a new workbook for the partner.</translation>
    </message>
    <message>
        <source>{0} {1} is not one of the records this workbook was sent with; a partner update workbook changes only its own partner&apos;s records, so this row is not imported.</source>
        <translation>{0} {1} is not one of the records this workbook was sent with; a partner update workbook changes only its own partner&apos;s records, so this row is not imported.</translation>
    </message>
    <message>
        <source>{0} is a workbook whose parts are laid out in a way this application does not read. Open it in your spreadsheet program and save it again as an Excel Workbook (.xlsx).</source>
        <translation>{0} is a workbook whose parts are laid out in a way this application does not read. Open it in your spreadsheet program and save it again as an Excel Workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is a PDF, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is a PDF, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is a {1} image, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is a {1} image, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is a {1} archive, not a spreadsheet. Extract the workbook from it and import that file.</source>
        <translation>{0} is a {1} archive, not a spreadsheet. Extract the workbook from it and import that file.</translation>
    </message>
    <message>
        <source>{0} is a Word document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is a Word document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is a PowerPoint presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is a PowerPoint presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is an OpenDocument text, drawing or presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is an OpenDocument text, drawing or presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is an old Microsoft Office file that holds no workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is an old Microsoft Office file that holds no workbook (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive without a workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is a ZIP archive without a workbook (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive holding {1}: extract that file and import it.</source>
        <translation>{0} is a ZIP archive holding {1}: extract that file and import it.</translation>
    </message>
    <message>
        <source>{0} is a web page (HTML), not a spreadsheet. If a website gave it as a spreadsheet, open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} is a web page (HTML), not a spreadsheet. If a website gave it as a spreadsheet, open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an XML file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is an XML file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is a JSON file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is a JSON file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is a Rich Text (RTF) document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is a Rich Text (RTF) document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is UTF-16 text (Unicode Text). Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} is UTF-16 text (Unicode Text). Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an Excel workbook; if it is a CSV export, name it .csv.</source>
        <translation>{0} is a text file, not an Excel workbook; if it is a CSV export, name it .csv.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an OpenDocument spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} is a text file, not an OpenDocument spreadsheet; if it is a CSV export, name it .csv.</translation>
    </message>
    <message>
        <source>{0} is a text file, not a spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} is a text file, not a spreadsheet; if it is a CSV export, name it .csv.</translation>
    </message>
    <message>
        <source>The rows could not be tried against the database ({0}); they are checked again when applied.</source>
        <translation>The rows could not be tried against the database ({0}); they are checked again when applied.</translation>
    </message>
    <message>
        <source>The workbook contains macros; they were not run.</source>
        <translation>The workbook contains macros; they were not run.</translation>
    </message>
    <message>
        <source>The workbook was exported from another database schema version ({0}; this database is at {1}); its columns are read by name as usual.</source>
        <translation>The workbook was exported from another database schema version ({0}; this database is at {1}); its columns are read by name as usual.</translation>
    </message>
    <message>
        <source>There is no file at {0}.</source>
        <translation>There is no file at {0}.</translation>
    </message>
    <message>
        <source>This ID is also on row {0}; each record may appear once.</source>
        <translation>This ID is also on row {0}; each record may appear once.</translation>
    </message>
    <message>
        <source>This contact belongs to another partner.</source>
        <translation>This contact belongs to another partner.</translation>
    </message>
    <message>
        <source>This file carries no export record: changes are compared with the database as it is now, so edits made meanwhile cannot be told apart.</source>
        <translation>This file carries no export record: changes are compared with the database as it is now, so edits made meanwhile cannot be told apart.</translation>
    </message>
    <message>
        <source>This file was already imported (batch {0}).</source>
        <translation>This file was already imported (batch {0}).</translation>
    </message>
    <message>
        <source>This record changed in the database while the file was read; preview the file again.</source>
        <translation>This record changed in the database while the file was read; preview the file again.</translation>
    </message>
    <message>
        <source>This row has no Deliverable ID; new deliverables cannot be added from a workbook.</source>
        <translation>This row has no Deliverable ID; new deliverables cannot be added from a workbook.</translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>Unknown column</translation>
    </message>
    <message>
        <source>Unknown record</source>
        <translation>Unknown record</translation>
    </message>
    <message>
        <source>Unreadable value</source>
        <translation>Unreadable value</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>Value refused</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>You do not have permission to read {0}.</translation>
    </message>
    <message>
        <source>a new contact needs a name</source>
        <translation>a new contact needs a name</translation>
    </message>
    <message>
        <source>a reference to text number {0}, which the file does not hold</source>
        <translation>a reference to text number {0}, which the file does not hold</translation>
    </message>
    <message>
        <source>cannot be left empty</source>
        <translation>cannot be left empty</translation>
    </message>
    <message>
        <source>holds a formula whose result was never calculated; open the file in Excel or LibreOffice and save it again, or type the value</source>
        <translation>holds a formula whose result was never calculated; open the file in Excel or LibreOffice and save it again, or type the value</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>is not a date</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>must be a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>{0} changed since the preview; preview it again.</source>
        <translation>{0} changed since the preview; preview it again.</translation>
    </message>
    <message>
        <source>{0} characters, more than the {1} a spreadsheet cell can hold</source>
        <translation>{0} characters, more than the {1} a spreadsheet cell can hold</translation>
    </message>
    <message>
        <source>{0} contains XML entity declarations, which workbooks never need; it is refused as unsafe.</source>
        <translation>{0} contains XML entity declarations, which workbooks never need; it is refused as unsafe.</translation>
    </message>
    <message>
        <source>{0} contains a part compressed {1} times, far beyond any real workbook; it is refused as a possible zip bomb.</source>
        <translation>{0} contains a part compressed {1} times, far beyond any real workbook; it is refused as a possible zip bomb.</translation>
    </message>
    <message>
        <source>{0} has too many parts ({1}) to be a normal workbook.</source>
        <translation>{0} has too many parts ({1}) to be a normal workbook.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a spreadsheet.</source>
        <translation>{0} is a folder, not a spreadsheet.</translation>
    </message>
    <message>
        <source>{0} is an Excel Binary Workbook (.xlsb). Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} is an Excel Binary Workbook (.xlsb). Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read (malformed or unsafe XML: {1}).</source>
        <translation>{0} is damaged and cannot be read (malformed or unsafe XML: {1}).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read ({1}). Open it in your spreadsheet program and save it again.</source>
        <translation>{0} is damaged and cannot be read ({1}). Open it in your spreadsheet program and save it again.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (it is not a readable workbook). Ask for the file again, or open and re-save it.</source>
        <translation>{0} is damaged or incomplete (it is not a readable workbook). Ask for the file again, or open and re-save it.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (part {1} cannot be read).</source>
        <translation>{0} is damaged or incomplete (part {1} cannot be read).</translation>
    </message>
    <message>
        <source>{0} is damaged: its sheet data is missing.</source>
        <translation>{0} is damaged: its sheet data is missing.</translation>
    </message>
    <message>
        <source>{0} is empty.</source>
        <translation>{0} is empty.</translation>
    </message>
    <message>
        <source>{0} is in the old Excel 97–2003 (.xls) format. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} is in the old Excel 97–2003 (.xls) format. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text. Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} is not UTF-8 text. Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</translation>
    </message>
    <message>
        <source>{0} is not a date</source>
        <translation>{0} is not a date</translation>
    </message>
    <message>
        <source>{0} is not a percentage from 0 to 100</source>
        <translation>{0} is not a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>{0} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv).</translation>
    </message>
    <message>
        <source>{0} is not a well-formed CSV file ({1}).</source>
        <translation>{0} is not a well-formed CSV file ({1}).</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again.</source>
        <translation>{0} is protected with a password (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again.</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Remove the password and save it again.</source>
        <translation>{0} is protected with a password (encrypted), so it cannot be read. Remove the password and save it again.</translation>
    </message>
    <message>
        <source>{0} is too large or too deeply nested to read.</source>
        <translation>{0} is too large or too deeply nested to read.</translation>
    </message>
    <message>
        <source>{0} is {1} MB; files over {2} MB are not imported. Split it into smaller files.</source>
        <translation>{0} is {1} MB; files over {2} MB are not imported. Split it into smaller files.</translation>
    </message>
    <message>
        <source>{0} rows have conflicts still to resolve (keep the database value or take the partner&apos;s); nothing was written.</source>
        <translation>{0} rows have conflicts still to resolve (keep the database value or take the partner&apos;s); nothing was written.</translation>
    </message>
    <message>
        <source>{0} rows have errors. Correct the file, or choose to skip those rows; nothing was written.</source>
        <translation>{0} rows have errors. Correct the file, or choose to skip those rows; nothing was written.</translation>
    </message>
    <message>
        <source>{0} would expand to {1} MB when opened, over the limit of {2} MB; it is refused as a possible zip bomb.</source>
        <translation>{0} would expand to {1} MB when opened, over the limit of {2} MB; it is refused as a possible zip bomb.</translation>
    </message>
    <message>
        <source>{0}: changed in the database since the export, and in the file; choose which value to keep.</source>
        <translation>{0}: changed in the database since the export, and in the file; choose which value to keep.</translation>
    </message>
    <message>
        <source>{0}: sheet &apos;{1}&apos; has more than {2} rows, the most one import takes. Split the file.</source>
        <translation>{0}: sheet &apos;{1}&apos; has more than {2} rows, the most one import takes. Split the file.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
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
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Errors skipped</source>
        <translation>Errors skipped</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Reverted</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>Re&amp;vert…</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Revert import</translation>
    </message>
    <message>
        <source>Restore the values that import batch {0} ({1}) replaced?</source>
        <translation>Restore the values that import batch {0} ({1}) replaced?</translation>
    </message>
    <message>
        <source>Reverting import batch {0}…</source>
        <translation>Reverting import batch {0}…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Import {0}</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} conflicts, {4} errors. Nothing is written until you apply.</source>
        <translation>{0} new, {1} updated, {2} unchanged, {3} conflicts, {4} errors. Nothing is written until you apply.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Rows with changes, conflicts or errors</source>
        <translation>Rows with changes, conflicts or errors</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Keep all database values</source>
        <translation>Keep all database values</translation>
    </message>
    <message>
        <source>Take all file values</source>
        <translation>Take all file values</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation>Skip the rows with errors</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Keep database value</source>
        <translation>Keep database value</translation>
    </message>
    <message>
        <source>Take file value</source>
        <translation>Take file value</translation>
    </message>
    <message>
        <source>Rows with errors: correct the file, or skip them.</source>
        <translation>Rows with errors: correct the file, or skip them.</translation>
    </message>
    <message>
        <source>Choose a value for every conflict.</source>
        <translation>Choose a value for every conflict.</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <source>Error ({0}): {1}</source>
        <translation>Error ({0}): {1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning ({0}): {1}</source>
        <translation>Warning ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>IntWidget</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export this list</source>
        <translation>Export this list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}.</source>
        <translation>{0} could not be written: {1}.</translation>
    </message>
    <message>
        <source>%n row(s) written to {0}.</source>
        <translation>%n row(s) written to {0}.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Writing {0}…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter {0}…</source>
        <translation>Filter {0}…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Text filter</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Add a new record (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Delete the selected record</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>Focal &amp;points</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>U&amp;pdates</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>Rela&amp;ted</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>{0} from</source>
        <translation>{0} from</translation>
    </message>
    <message>
        <source>{0} until</source>
        <translation>{0} until</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Any {0}</source>
        <translation>Any {0}</translation>
    </message>
    <message>
        <source>Filter by {0}</source>
        <translation>Filter by {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>E&amp;xport selection…</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>Delete the {0} &apos;{1}&apos;? This cannot be undone.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be deleted because other records still refer to it: {1}. Remove or reassign those first.</source>
        <translation>&apos;{0}&apos; cannot be deleted because other records still refer to it: {1}. Remove or reassign those first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Cancelling… nothing of it will be kept.</source>
        <translation>Cancelling… nothing of it will be kept.</translation>
    </message>
    <message>
        <source>Opening the database… the list can be changed in a moment.</source>
        <translation>Opening the database… the list can be changed in a moment.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Save or revert the changes not saved yet before undoing saved ones.</source>
        <translation>Save or revert the changes not saved yet before undoing saved ones.</translation>
    </message>
    <message>
        <source>N&amp;ew record</source>
        <translation>N&amp;ew record</translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation>&amp;Team server…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Sync con&amp;flicts…</source>
        <translation>Sync con&amp;flicts…</translation>
    </message>
    <message>
        <source>E&amp;xport donor report as PDF…</source>
        <translation>E&amp;xport donor report as PDF…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Export &amp;calendar…</translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation>Export this &amp;list…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>Your &amp;name in the history…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;{0} {1}</source>
        <comment>Go menu: the section&apos;s number (its mnemonic), its name</comment>
        <translation>&amp;{0} {1}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;About {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Name recorded in the history of your changes:</source>
        <translation>Name recorded in the history of your changes:</translation>
    </message>
    <message>
        <source>Changes are recorded under “{0}” from now on.</source>
        <translation>Changes are recorded under “{0}” from now on.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>UNCCD Partnerships databases (*.unccd)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>UNCCD Partnerships databases (*.unccd);;All files (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools.</source>
        <translation>Back up a server database with the server&apos;s own tools.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <source>Export &amp;donor report…</source>
        <translation>Export &amp;donor report…</translation>
    </message>
    <message>
        <source>Export &amp;partner update workbook…</source>
        <translation>Export &amp;partner update workbook…</translation>
    </message>
    <message>
        <source>Import &amp;workbook…</source>
        <translation>Import &amp;workbook…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into another partner</source>
        <translation>Merge into another partner</translation>
    </message>
    <message>
        <source>Name or acronym of the partner to keep</source>
        <translation>Name or acronym of the partner to keep</translation>
    </message>
    <message>
        <source>Partner to keep</source>
        <translation>Partner to keep</translation>
    </message>
    <message>
        <source>Merge “{0}” &amp;into:</source>
        <translation>Merge “{0}” &amp;into:</translation>
    </message>
    <message>
        <source>The partner chosen is kept. What refers to “{0}” will refer to it, and “{0}” will be deleted; its history stays with the partner kept.</source>
        <translation>The partner chosen is kept. What refers to “{0}” will refer to it, and “{0}” will be deleted; its history stays with the partner kept.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
</context>
<context>
    <name>OpenFailedBox</name>
    <message>
        <source>Open another file…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>The latest backup is {0}. Restoring it keeps the current file beside it.</source>
        <translation>The latest backup is {0}. Restoring it keeps the current file beside it.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restore the latest backup</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PartnerMergeActions</name>
    <message>
        <source>&amp;Merge into another partner…</source>
        <translation>&amp;Merge into another partner…</translation>
    </message>
    <message>
        <source>Fold this partner into another record of the same organisation</source>
        <translation>Fold this partner into another record of the same organisation</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Merge partners</translation>
    </message>
    <message>
        <source>Fields of “{0}” left empty take the values of “{1}”, whose name stays among the other names of “{0}”. A merge cannot be undone.</source>
        <translation>Fields of “{0}” left empty take the values of “{1}”, whose name stays among the other names of “{0}”. A merge cannot be undone.</translation>
    </message>
    <message>
        <source>“{0}” was merged into this partner.</source>
        <translation>“{0}” was merged into this partner.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Not merged</translation>
    </message>
    <message numerus="yes">
        <source>%n focal point(s)</source>
        <translation>
            <numerusform>%n focal point</numerusform>
            <numerusform>%n focal points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) as donor</source>
        <translation>
            <numerusform>%n initiative as donor</numerusform>
            <numerusform>%n initiatives as donor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n deliverable</numerusform>
            <numerusform>%n deliverables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner update(s)</source>
        <translation>
            <numerusform>%n partner update</numerusform>
            <numerusform>%n partner updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update workbook(s) sent</source>
        <translation>
            <numerusform>%n update workbook sent</numerusform>
            <numerusform>%n update workbooks sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refers to “{0}”. It will be deleted; its history stays with “{1}”.</source>
        <translation>Nothing refers to “{0}”. It will be deleted; its history stays with “{1}”.</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <source>{0} will move from “{1}” to “{2}”. “{1}” will be deleted; its history stays with “{2}”.</source>
        <translation>{0} will move from “{1}” to “{2}”. “{1}” will be deleted; its history stays with “{2}”.</translation>
    </message>
</context>
<context>
    <name>PartnerUpdatesPanel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a label, then its value</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updates reported by the partner</source>
        <translation>Updates reported by the partner</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>batch {0}</translation>
    </message>
    <message>
        <source>What the partner reported in the update workbooks they sent back. Their comments are their own; the deliverable&apos;s notes are never sent to them.</source>
        <translation>What the partner reported in the update workbooks they sent back. Their comments are their own; the deliverable&apos;s notes are never sent to them.</translation>
    </message>
    <message>
        <source>No updates from the partner yet.</source>
        <translation>No updates from the partner yet.</translation>
    </message>
</context>
<context>
    <name>PartnerWorkbookDialog</name>
    <message>
        <source>Export partner update workbook</source>
        <translation>Export partner update workbook</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(choose a partner)</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Choose the partner whose workbook to export.</source>
        <translation>Choose the partner whose workbook to export.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Your user name on this computer</source>
        <translation>Your user name on this computer</translation>
    </message>
    <message>
        <source>Show what needs attention at start-up</source>
        <translation>Show what needs attention at start-up</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>S&amp;ync with the team server automatically, every</source>
        <translation>S&amp;ync with the team server automatically, every</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutes between automatic syncs</translation>
    </message>
    <message>
        <source>Your name in the history:</source>
        <translation>Your name in the history:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Remind me of agreements expiring within:</source>
        <translation>Remind me of agreements expiring within:</translation>
    </message>
    <message>
        <source>Remind me of deliverables due within:</source>
        <translation>Remind me of deliverables due within:</translation>
    </message>
    <message>
        <source>Folder for new databases:</source>
        <translation>Folder for new databases:</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Team server:</translation>
    </message>
    <message>
        <source>An agreement with a longer renewal notice is listed from the start of its notice.</source>
        <translation>An agreement with a longer renewal notice is listed from the start of its notice.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Folder for new databases</source>
        <translation>Folder for new databases</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview: {0}</source>
        <translation>Print preview: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Export donor report as PDF</source>
        <translation>Export donor report as PDF</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(choose a donor)</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Donor:</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>Choose the donor whose report to export.</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>%n page(s)</translation>
    </message>
    <message>
        <source>Donor report exported</source>
        <translation>Donor report exported</translation>
    </message>
    <message>
        <source>The PDF ({0}) was saved as {1}.</source>
        <translation>The PDF ({0}) was saved as {1}.</translation>
    </message>
    <message>
        <source>{0} — printed {1}</source>
        <translation>{0} — printed {1}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <source>Dashboard: {0}</source>
        <translation>Dashboard: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>Text: “{0}”</source>
        <translation>Text: “{0}”</translation>
    </message>
    <message>
        <source>Filters: {0}</source>
        <translation>Filters: {0}</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>No records.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete this record, after asking</source>
        <translation>Delete this record, after asking</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save and close (Enter, Ctrl+S)</source>
        <translation>Save and close (Enter, Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Close without saving (Escape)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Close without saving the changes to {0}?</source>
        <translation>Close without saving the changes to {0}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>Delete the {0} &apos;{1}&apos;? This cannot be undone.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Discard the changes not saved yet</source>
        <translation>Discard the changes not saved yet</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>Editor status</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problem with {0}</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>New {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copy)</translation>
    </message>
    <message>
        <source>add {0} &apos;{1}&apos;</source>
        <translation>add {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>edit {0} of &apos;{1}&apos;</source>
        <translation>edit {0} of &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Not saved: a date is not complete or not valid.</source>
        <translation>Not saved: a date is not complete or not valid.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This record was changed by {0} while you were editing. Their changes are in the form (marked); your unsaved changes are kept.</source>
        <translation>This record was changed by {0} while you were editing. Their changes are in the form (marked); your unsaved changes are kept.</translation>
    </message>
    <message>
        <source>This record was deleted by {0}. Your changes are still shown: copy what you need.</source>
        <translation>This record was deleted by {0}. Your changes are still shown: copy what you need.</translation>
    </message>
    <message>
        <source>The record was deleted by {0}.</source>
        <translation>The record was deleted by {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updated by {0}; showing the current version.</source>
        <translation>Updated by {0}; showing the current version.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>your import (batch {0})</source>
        <translation>your import (batch {0})</translation>
    </message>
    <message>
        <source>your revert of import batch {0}</source>
        <translation>your revert of import batch {0}</translation>
    </message>
    <message>
        <source>Changed to “{0}” by {1}. Keep your value or take theirs?</source>
        <translation>Changed to “{0}” by {1}. Keep your value or take theirs?</translation>
    </message>
    <message>
        <source>you, in another window</source>
        <translation>you, in another window</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Changed by {0}.</source>
        <translation>Changed by {0}.</translation>
    </message>
    <message>
        <source>Choose, for each marked field, your value or theirs before saving: {0}.</source>
        <translation>Choose, for each marked field, your value or theirs before saving: {0}.</translation>
    </message>
    <message>
        <source>Your value is kept.</source>
        <translation>Your value is kept.</translation>
    </message>
    <message>
        <source>Their value is taken.</source>
        <translation>Their value is taken.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Not saved: %n problem to fix.</numerusform>
            <numerusform>Not saved: %n problems to fix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation>Save the changes to {0}?</translation>
    </message>
    <message>
        <source>the new record</source>
        <translation>the new record</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not delivered yet</source>
        <translation>Overdue: the due date has passed and it is not delivered yet</translation>
    </message>
</context>
<context>
    <name>RefWidget</name>
    <message>
        <source>Open this record</source>
        <translation>Open this record</translation>
    </message>
    <message>
        <source>Open the linked record</source>
        <translation>Open the linked record</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Focal points</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>Amends or renews</translation>
    </message>
    <message>
        <source>Amended or renewed by</source>
        <translation>Amended or renewed by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Related records</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the record.</source>
        <translation>Enter or a double-click opens the record.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>RowsWidget</name>
    <message>
        <source>Tab walks the cells of the current row, then leaves the table; {0} / {1} go to the row above / below.</source>
        <translation>Tab walks the cells of the current row, then leaves the table; {0} / {1} go to the row above / below.</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>Add a row below the current one ({0})</source>
        <translation>Add a row below the current one ({0})</translation>
    </message>
    <message>
        <source>De&amp;lete row</source>
        <translation>De&amp;lete row</translation>
    </message>
    <message>
        <source>Delete the current row ({0})</source>
        <translation>Delete the current row ({0})</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Move the current row up ({0})</source>
        <translation>Move the current row up ({0})</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move the current row down ({0})</source>
        <translation>Move the current row down ({0})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search partners, acronyms, contacts, agreements, projects, deliverables…</source>
        <translation>Search partners, acronyms, contacts, agreements, projects, deliverables…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Type at least two letters. Enter opens, Esc closes.</source>
        <translation>Type at least two letters. Enter opens, Esc closes.</translation>
    </message>
    <message>
        <source>Enter opens the selected record.</source>
        <translation>Enter opens the selected record.</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Nothing found for “{0}”.</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <source>Show all (Down arrow)</source>
        <translation>Show all (Down arrow)</translation>
    </message>
    <message>
        <source>No entry matches “{0}”</source>
        <translation>No entry matches “{0}”</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>No entries</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>&apos;{0}&apos; is not a known country code</source>
        <translation>&apos;{0}&apos; is not a known country code</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid database address.</source>
        <translation>&apos;{0}&apos; is not a valid database address.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;{0}&apos; is not an ISO 4217 currency code</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the reference list</source>
        <translation>&apos;{0}&apos; is not in the reference list</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>&apos;{0}&apos; is not one of: {1}</translation>
    </message>
    <message>
        <source>No database driver for {0}: {1}.</source>
        <translation>No database driver for {0}: {1}.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server.</source>
        <translation>The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server.</translation>
    </message>
    <message>
        <source>The backup could not be made: {0}.</source>
        <translation>The backup could not be made: {0}.</translation>
    </message>
    <message>
        <source>The backup could not be restored to {0}: {1}.</source>
        <translation>The backup could not be restored to {0}: {1}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: the disk is full or failed ({1}). Free some space or choose another place, then try again.</source>
        <translation>The backup could not be written to {0}: the disk is full or failed ({1}). Free some space or choose another place, then try again.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: {1}.</source>
        <translation>The backup could not be written to {0}: {1}.</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself.</source>
        <translation>The backup file must not be the database itself.</translation>
    </message>
    <message>
        <source>The backup of {0} came out empty.</source>
        <translation>The backup of {0} came out empty.</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself.</source>
        <translation>The backup to restore must not be the database itself.</translation>
    </message>
    <message>
        <source>The database {0} cannot be opened: check that the file and its folder exist and that you may write there.</source>
        <translation>The database {0} cannot be opened: check that the file and its folder exist and that you may write there.</translation>
    </message>
    <message>
        <source>The database {0} cannot be used: {1}</source>
        <translation>The database {0} cannot be used: {1}</translation>
    </message>
    <message>
        <source>The database {0} is damaged and cannot be read. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>The database {0} is damaged and cannot be read. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</translation>
    </message>
    <message>
        <source>The database {0} is empty (0 bytes): it was cut short or never written. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>The database {0} is empty (0 bytes): it was cut short or never written. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</translation>
    </message>
    <message>
        <source>The database {0} is in use by another program (or another copy of UNCCD Partnerships) and stayed locked for {1} seconds. Nothing was changed; close the other program, then try again.</source>
        <translation>The database {0} is in use by another program (or another copy of UNCCD Partnerships) and stayed locked for {1} seconds. Nothing was changed; close the other program, then try again.</translation>
    </message>
    <message>
        <source>The database {0} is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</source>
        <translation>The database {0} is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</translation>
    </message>
    <message>
        <source>The disk holding {0} reported a read or write error (it may be full or removed). Nothing was saved; check the disk, then try again.</source>
        <translation>The disk holding {0} reported a read or write error (it may be full or removed). Nothing was saved; check the disk, then try again.</translation>
    </message>
    <message>
        <source>The schema upgrade was stopped because it would leave {0} broken references (first in table {1}); the database was not changed.</source>
        <translation>The schema upgrade was stopped because it would leave {0} broken references (first in table {1}); the database was not changed.</translation>
    </message>
    <message>
        <source>There is no backup file at {0}.</source>
        <translation>There is no backup file at {0}.</translation>
    </message>
    <message>
        <source>There is no database file at {0}.</source>
        <translation>There is no database file at {0}.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {0}. Nothing was saved; free some space, then try again.</source>
        <translation>There is no space left on the disk holding {0}. Nothing was saved; free some space, then try again.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of UNCCD Partnerships (schema {0}). Install the latest version of the application to open it.</source>
        <translation>This database was created by a newer version of UNCCD Partnerships (schema {0}). Install the latest version of the application to open it.</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>You do not have permission to read {0}.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not read the team database {1}: ask its administrator to grant you a level (viewer, editor or admin).</source>
        <translation>Your account &apos;{0}&apos; may not read the team database {1}: ask its administrator to grant you a level (viewer, editor or admin).</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not manage the accounts of the team server {1}: run this as the account that created the team database, or as a PostgreSQL superuser. Nothing was changed.</source>
        <translation>Your account &apos;{0}&apos; may not manage the accounts of the team server {1}: run this as the account that created the team database, or as a PostgreSQL superuser. Nothing was changed.</translation>
    </message>
    <message>
        <source>The team server {0} has no access levels yet: run unccd-desktop sync roles --server URL first.</source>
        <translation>The team server {0} has no access levels yet: run unccd-desktop sync roles --server URL first.</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships team database: create it first with unccd-desktop db init --db URL.</source>
        <translation>{0} is not a UNCCD Partnerships team database: create it first with unccd-desktop db init --db URL.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an access level: use viewer, editor or admin.</source>
        <translation>&apos;{0}&apos; is not an access level: use viewer, editor or admin.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be an officer&apos;s account: names starting with pg_ and the group roles unccd_viewer, unccd_editor and unccd_admin are reserved.</source>
        <translation>&apos;{0}&apos; cannot be an officer&apos;s account: names starting with pg_ and the group roles unccd_viewer, unccd_editor and unccd_admin are reserved.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password for {0} in. Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>This computer has no keyring to keep the password for {0} in. Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not keep the password for {0} ({1}). Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>This computer&apos;s keyring did not keep the password for {0} ({1}). Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</translation>
    </message>
    <message>
        <source>a contact who has left cannot be the primary one</source>
        <translation>a contact who has left cannot be the primary one</translation>
    </message>
    <message>
        <source>a deliverable belongs to a project or an agreement</source>
        <translation>a deliverable belongs to a project or an agreement</translation>
    </message>
    <message>
        <source>agreement &apos;{0}&apos;</source>
        <translation>agreement &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>amendment or renewal &apos;{0}&apos;</source>
        <translation>amendment or renewal &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>row {0}, {1}: {2}</source>
        <translation>row {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>row {0}: no such record</source>
        <translation>row {0}: no such record</translation>
    </message>
    <message>
        <source>too long (at most {0} characters)</source>
        <translation>too long (at most {0} characters)</translation>
    </message>
    <message>
        <source>{0} (amendment)</source>
        <translation>{0} (amendment)</translation>
    </message>
    <message>
        <source>{0} (renewal {1})</source>
        <translation>{0} (renewal {1})</translation>
    </message>
    <message>
        <source>{0} (renewal)</source>
        <translation>{0} (renewal)</translation>
    </message>
    <message>
        <source>Conflict {0} was already resolved.</source>
        <translation>Conflict {0} was already resolved.</translation>
    </message>
    <message>
        <source>The file of document {0} ({1}) is on neither this laptop nor the server.</source>
        <translation>The file of document {0} ({1}) is on neither this laptop nor the server.</translation>
    </message>
    <message>
        <source>The team server cannot be reached: {0} Nothing was exchanged.</source>
        <translation>The team server cannot be reached: {0} Nothing was exchanged.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: an administrator must upgrade the server first (unccd-desktop db upgrade --db SERVER). Nothing was exchanged.</source>
        <translation>The team server is at schema {0} and this laptop at {1}: an administrator must upgrade the server first (unccd-desktop db upgrade --db SERVER). Nothing was exchanged.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: install the newer version of UNCCD Partnerships on this laptop, then sync again. Nothing was exchanged.</source>
        <translation>The team server is at schema {0} and this laptop at {1}: install the newer version of UNCCD Partnerships on this laptop, then sync again. Nothing was exchanged.</translation>
    </message>
    <message>
        <source>The team server {0} already holds records: publish only onto an empty server, or clone a laptop file from it instead.</source>
        <translation>The team server {0} already holds records: publish only onto an empty server, or clone a laptop file from it instead.</translation>
    </message>
    <message>
        <source>There is no conflict number {0}.</source>
        <translation>There is no conflict number {0}.</translation>
    </message>
    <message>
        <source>The partner made here and the team server&apos;s are both named &apos;{0}&apos;: rename yours first, then keep it as another record.</source>
        <translation>The partner made here and the team server&apos;s are both named &apos;{0}&apos;: rename yours first, then keep it as another record.</translation>
    </message>
    <message>
        <source>{0} is another team server than the one this laptop was made from: a laptop syncs only with its own server. Nothing was exchanged.</source>
        <translation>{0} is another team server than the one this laptop was made from: a laptop syncs only with its own server. Nothing was exchanged.</translation>
    </message>
    <message>
        <source>This database is already a laptop of the team server {0}.</source>
        <translation>This database is already a laptop of the team server {0}.</translation>
    </message>
    <message>
        <source>This database is not connected to a team server: clone a laptop file from the server or publish this database to an empty server first.</source>
        <translation>This database is not connected to a team server: clone a laptop file from the server or publish this database to an empty server first.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; on the team server may only read, and this laptop has {1} change(s) waiting: ask the server&apos;s administrator for editor rights. Nothing was exchanged.</source>
        <translation>Your account &apos;{0}&apos; on the team server may only read, and this laptop has {1} change(s) waiting: ask the server&apos;s administrator for editor rights. Nothing was exchanged.</translation>
    </message>
    <message>
        <source>{0} already exists: choose a new file name for the laptop copy.</source>
        <translation>{0} already exists: choose a new file name for the laptop copy.</translation>
    </message>
    <message>
        <source>{0} change(s) made on this laptop have not reached the team server and {1} conflict(s) are open: sync first, or disconnect anyway and lose them for the team.</source>
        <translation>{0} change(s) made on this laptop have not reached the team server and {1} conflict(s) are open: sync first, or disconnect anyway and lose them for the team.</translation>
    </message>
    <message>
        <source>{0} is not a team server database: an administrator makes one with unccd-desktop db init --db ADDRESS (PostgreSQL). Nothing was exchanged.</source>
        <translation>{0} is not a team server database: an administrator makes one with unccd-desktop db init --db ADDRESS (PostgreSQL). Nothing was exchanged.</translation>
    </message>
    <message>
        <source>another partner already has this name</source>
        <translation>another partner already has this name</translation>
    </message>
    <message>
        <source>another project already has this code</source>
        <translation>another project already has this code</translation>
    </message>
    <message>
        <source>attach the file to one agreement or one deliverable</source>
        <translation>attach the file to one agreement or one deliverable</translation>
    </message>
    <message>
        <source>cannot be this agreement itself</source>
        <translation>cannot be this agreement itself</translation>
    </message>
    <message>
        <source>deliverable &apos;{0}&apos;</source>
        <translation>deliverable &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>document &apos;{0}&apos;</source>
        <translation>document &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>focal point &apos;{0}&apos;</source>
        <translation>focal point &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>initiative &apos;{0}&apos; (donor)</source>
        <translation>initiative &apos;{0}&apos; (donor)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>must be a web address starting with http:// or https://</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>must be at least {0}</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>must be at most {0}</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>must be filled in</translation>
    </message>
    <message>
        <source>must be filled in when a budget is given</source>
        <translation>must be filled in when a budget is given</translation>
    </message>
    <message>
        <source>must be on or after the actual start</source>
        <translation>must be on or after the actual start</translation>
    </message>
    <message>
        <source>must be on or after the effective date</source>
        <translation>must be on or after the effective date</translation>
    </message>
    <message>
        <source>must be on or after the planned start</source>
        <translation>must be on or after the planned start</translation>
    </message>
    <message>
        <source>must be on or after the signature date</source>
        <translation>must be on or after the signature date</translation>
    </message>
    <message>
        <source>must be on or after the submission date</source>
        <translation>must be on or after the submission date</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>must be yes or no</translation>
    </message>
    <message>
        <source>must not be below {0}</source>
        <translation>must not be below {0}</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>no such record</translation>
    </message>
    <message>
        <source>not a SHA-256 digest (64 hex digits)</source>
        <translation>not a SHA-256 digest (64 hex digits)</translation>
    </message>
    <message>
        <source>not a field of this record</source>
        <translation>not a field of this record</translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation>not a valid date (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>not a valid e-mail address</translation>
    </message>
    <message>
        <source>project &apos;{0}&apos;</source>
        <translation>project &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>row {0}: the end year is before the start year</source>
        <translation>row {0}: the end year is before the start year</translation>
    </message>
    <message>
        <source>{0} holds tables but is not a UNCCD Partnerships database.</source>
        <translation>{0} holds tables but is not a UNCCD Partnerships database.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>{0} is listed twice as a party</source>
        <translation>{0} is listed twice as a party</translation>
    </message>
    <message>
        <source>{0} is listed twice in the role {1}</source>
        <translation>{0} is listed twice in the role {1}</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships database (not SQLite).</source>
        <translation>{0} is not a UNCCD Partnerships database (not SQLite).</translation>
    </message>
    <message>
        <source>{0} is not a complete UNCCD Partnerships backup.</source>
        <translation>{0} is not a complete UNCCD Partnerships backup.</translation>
    </message>
    <message>
        <source>{0} is not a usable backup: {1}.</source>
        <translation>{0} is not a usable backup: {1}.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>This database is not connected to a team server (File → Team server…).</source>
        <translation>This database is not connected to a team server (File → Team server…).</translation>
    </message>
    <message>
        <source>A sync is already under way.</source>
        <translation>A sync is already under way.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>Syncing with the team server…</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>Synced: %n record sent</numerusform>
            <numerusform>Synced: %n records sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>, %n received</numerusform>
            <numerusform>, %n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) wait for your choice</source>
        <translation>
            <numerusform>; %n conflict waits for your choice</numerusform>
            <numerusform>; %n conflicts wait for your choice</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server does not answer.</source>
        <translation>The team server does not answer.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync failed {0}: {1}</source>
        <translation>Sync failed {0}: {1}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>Synced {0}</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server sync</source>
        <translation>Team server sync</translation>
    </message>
    <message>
        <source>The last sync failed: {0}</source>
        <translation>The last sync failed: {0}</translation>
    </message>
    <message>
        <source>Team server: {0}</source>
        <translation>Team server: {0}</translation>
    </message>
    <message>
        <source>Click to resolve the conflicts.</source>
        <translation>Click to resolve the conflicts.</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>This database</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Changes waiting:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Open conflicts:</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Connect to a team server</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Team server address</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Your PostgreSQL user name goes before the @. A password typed in the address is kept in this computer&apos;s keyring, never in the database file.</source>
        <translation>Your PostgreSQL user name goes before the @. A password typed in the address is kept in this computer&apos;s keyring, never in the database file.</translation>
    </message>
    <message>
        <source>&amp;Clone into a new file…</source>
        <translation>&amp;Clone into a new file…</translation>
    </message>
    <message>
        <source>Make a new laptop file holding the server&apos;s records, and open it.</source>
        <translation>Make a new laptop file holding the server&apos;s records, and open it.</translation>
    </message>
    <message>
        <source>&amp;Publish this database…</source>
        <translation>&amp;Publish this database…</translation>
    </message>
    <message>
        <source>Put this database onto an empty team server; this file then becomes a laptop of that server.</source>
        <translation>Put this database onto an empty team server; this file then becomes a laptop of that server.</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>Sync with the server</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send the changes made here, then receive the team&apos;s.</source>
        <translation>Send the changes made here, then receive the team&apos;s.</translation>
    </message>
    <message>
        <source>Resolve con&amp;flicts…</source>
        <translation>Resolve con&amp;flicts…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Disconnect…</translation>
    </message>
    <message>
        <source>This file becomes a standalone database; the server keeps its records.</source>
        <translation>This file becomes a standalone database; the server keeps its records.</translation>
    </message>
    <message>
        <source>Laptop of {0}</source>
        <translation>Laptop of {0}</translation>
    </message>
    <message>
        <source>A team server: laptops connect to it, officers may work on it directly.</source>
        <translation>A team server: laptops connect to it, officers may work on it directly.</translation>
    </message>
    <message>
        <source>Standalone: not connected to a team server.</source>
        <translation>Standalone: not connected to a team server.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>{0} (the last try, {1}, failed: {2})</source>
        <translation>{0} (the last try, {1}, failed: {2})</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as {0}.</source>
        <translation>Type the server&apos;s address as {0}.</translation>
    </message>
    <message>
        <source>Save the new laptop file as</source>
        <translation>Save the new laptop file as</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>UNCCD Partnerships databases (*.unccd)</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name for the new file.</source>
        <translation>{0} already exists; choose another name for the new file.</translation>
    </message>
    <message>
        <source>Copying the team server&apos;s records into {0}…</source>
        <translation>Copying the team server&apos;s records into {0}…</translation>
    </message>
    <message>
        <source>The laptop file {0} was made from the team server.</source>
        <translation>The laptop file {0} was made from the team server.</translation>
    </message>
    <message>
        <source>Publish this database</source>
        <translation>Publish this database</translation>
    </message>
    <message>
        <source>Put every record of this database onto the team server {0}?</source>
        <translation>Put every record of this database onto the team server {0}?</translation>
    </message>
    <message>
        <source>The server must be empty. This file then becomes a laptop of the server: your changes are sent to it, and the team&apos;s come back, at each sync.</source>
        <translation>The server must be empty. This file then becomes a laptop of the server: your changes are sent to it, and the team&apos;s come back, at each sync.</translation>
    </message>
    <message>
        <source>Publishing this database onto {0}…</source>
        <translation>Publishing this database onto {0}…</translation>
    </message>
    <message>
        <source>This database is now on the team server.</source>
        <translation>This database is now on the team server.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the team server.</source>
        <translation>
            <numerusform>%n change made here has not reached the team server.</numerusform>
            <numerusform>%n changes made here have not reached the team server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are open.</source>
        <translation>
            <numerusform>%n conflict is open.</numerusform>
            <numerusform>%n conflicts are open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected, this file keeps its records but never sends these changes: sync first to keep them for the team. Disconnect anyway?</source>
        <translation>Disconnected, this file keeps its records but never sends these changes: sync first to keep them for the team. Disconnect anyway?</translation>
    </message>
    <message>
        <source>Disconnect this file from {0}?</source>
        <translation>Disconnect this file from {0}?</translation>
    </message>
    <message>
        <source>It becomes a standalone database; the team server keeps its records.</source>
        <translation>It becomes a standalone database; the team server keeps its records.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>This file is no longer connected to a server.</source>
        <translation>This file is no longer connected to a server.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Redone: {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo “{0}”? The record will be deleted.</source>
        <translation>Undo “{0}”? The record will be deleted.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>a sync with the team server</source>
        <translation>a sync with the team server</translation>
    </message>
    <message>
        <source>&amp;Redo: {0}</source>
        <translation>&amp;Redo: {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo: {0}</source>
        <translation>&amp;Undo: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Undone: {0}.</translation>
    </message>
    <message>
        <source>an import or a restore</source>
        <translation>an import or a restore</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>import batch {0}</source>
        <translation>import batch {0}</translation>
    </message>
    <message>
        <source>revert of import batch {0}</source>
        <translation>revert of import batch {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>“{0}” can no longer be undone or redone: the record was changed by {1}.</source>
        <translation>“{0}” can no longer be undone or redone: the record was changed by {1}.</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was changed since.</source>
        <translation>“{0}” was not undone: the record was changed since.</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was deleted since.</source>
        <translation>“{0}” was not undone: the record was deleted since.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation>{0} user guide</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>The user guide is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Welcome to {0}</translation>
    </message>
    <message>
        <source>This application keeps the register of the partnerships of the United Nations Convention to Combat Desertification: partners, agreements, initiatives, projects and their deliverables. There is no database on this computer yet. How would you like to start?</source>
        <translation>This application keeps the register of the partnerships of the United Nations Convention to Combat Desertification: partners, agreements, initiatives, projects and their deliverables. There is no database on this computer yet. How would you like to start?</translation>
    </message>
    <message>
        <source>Explore the demo database</source>
        <translation>Explore the demo database</translation>
    </message>
    <message>
        <source>The partnerships of the Global Mechanism described in the COP 15 note ICCD/COP(15)/21: a safe place to try everything.</source>
        <translation>The partnerships of the Global Mechanism described in the COP 15 note ICCD/COP(15)/21: a safe place to try everything.</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Create an empty database</translation>
    </message>
    <message>
        <source>Start your own register of partnerships.</source>
        <translation>Start your own register of partnerships.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Open an existing database…</translation>
    </message>
    <message>
        <source>A file a colleague gave you, or one from another computer.</source>
        <translation>A file a colleague gave you, or one from another computer.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Your databases and their backups are kept in {0}</source>
        <translation>Your databases and their backups are kept in {0}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>UNCCD Partnerships databases (*.unccd);;All files (*)</translation>
    </message>
    <message>
        <source>Folder for your databases</source>
        <translation>Folder for your databases</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Save workbook</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Deliverable ID</source>
        <translation>Deliverable ID</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Evidence link</translation>
    </message>
    <message>
        <source>Has left (yes/no)</source>
        <translation>Has left (yes/no)</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Import workbook</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Project or agreement</source>
        <translation>Project or agreement</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>The import was applied as batch {0}.</source>
        <translation>The import was applied as batch {0}.</translation>
    </message>
    <message>
        <source>The workbook was saved as {0}.</source>
        <translation>The workbook was saved as {0}.</translation>
    </message>
    <message>
        <source>Workbook exchange</source>
        <translation>Workbook exchange</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>Workbook exported</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
</TS>
