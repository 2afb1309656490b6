<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCommands</name>
    <message>
        <source>readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: enter it again (account add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: no keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: keyring locked or access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the access key id on the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the secret access key on the second line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access key id or secret has no spaces; check what was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 saved; its secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts are stored. Add one with: casebook account add NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is now the default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountConnection</name>
    <message>
        <source>Reading credentials of account %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · credentials: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The name &apos;default&apos; is reserved; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account name has 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, and begins with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring locked or access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partition&apos;s Support endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session only (nothing is written to disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;cret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an http or https URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the access key ID and the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving account %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 saved; its secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is now the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret of account %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing account %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Account %1 works: the service answered with %n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 could not connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssumeRoleCredentialsProvider</name>
    <message>
        <source>The role %1 has no source credentials to be assumed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source credentials for the role %1 could not be obtained: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assume role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 (assume role %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>No free file name was found in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All &amp;Attachments of This Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop saving attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments are already being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save A&amp;ll Attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private temporary folder could be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is set up to open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a program, script or shortcut, so Casebook does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening it could run it on this computer. You can save it instead and look at it with a tool you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment Not Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Not Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments of this case could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving attachments cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no attachments to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments of this case could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments that could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving attachments: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachments To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentReply</name>
    <message>
        <source>The reply has no attachment object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseBadge</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS engineer has picked up the case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS is working on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS is waiting for an answer from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered; AWS has not replied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System impaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production system impaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production system down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business-critical system down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseExportJob</name>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Filter cases, or type a case number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases or go to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened %1 %2</source>
        <comment>long date, then time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case id: %1
Service: %2
Submitted by: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListDelegate</name>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2. Status %3, severity %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Support cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resolved cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no support cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases.
Choose Ǌll” under Status to see resolved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Case &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Case &amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in AWS &amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <comment>export a case&apos;s conversation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the built-in sandbox with sample cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile from the AWS shared files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests to this URL instead of AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case to open or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List resolved cases too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what was created at or after this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what was created before this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json or txt for cases; json, md, html, txt, pdf or mbox for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: also save the attachments, in a folder beside the file, and link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: replace files that already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages of every casebook.* category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the log to a file; without a path, to casebook.log in the cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every case created in the time range, one file each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for --all-cases; created when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a thread exported as JSON, or saved from aws support describe-communications, without connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this account stored by Casebook (see: casebook account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: make the account the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account and --profile both name credentials; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an http or https URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date or ISO 8601 time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after must be earlier than --before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases lists every case; to read one, use: casebook export --case-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attachments and --force belong to export, not cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases can be listed as json or txt, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all-cases exports every case; leave out --case-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all-cases writes one file per case: use --output-dir, not --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all-cases needs --output-dir FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files of many cases are written from the window (File &gt; Export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-dir belongs to --all-cases; for one case use --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-resolved belongs to cases, not export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --case-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases can be exported as %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attachments saves files beside the export, so it needs --output PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: casebook account add|list|remove|default [NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook account %1 needs the account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--default belongs to account add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook reads AWS Support cases.

  casebook [options]              open the window
  casebook cases [options]        list cases
  casebook export [options]       write a case&apos;s correspondence to a file
  casebook account add NAME       store an account; reads the access key id and
                                  the secret from standard input (two lines)
  casebook account list|remove NAME|default NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationModel</name>
    <message>
        <source>From %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Amazon Web Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>time, then how long ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1
Date: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <comment>avatar of AWS engineers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show more (%n more line)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show more (%n more lines)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;All Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to read its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of this case could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more messages… %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of many</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Load all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsChain</name>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsResolver</name>
    <message>
        <source>%1:%2: profile &apos;%3&apos; is defined again here; this section replaces the earlier one, as in the AWS CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: section [%3] ignored: in the config file a profile is written [profile name] (or [default])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, cannot be read: %3. The AWS CLI refuses this file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; gets its credentials from a web identity token (web_identity_token_file), which Casebook cannot use. Use a profile with an access key, credential_process or role_arn with source_profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; signs in through IAM Identity Center (%2), which Casebook cannot do yet. Run &apos;aws configure export-credentials --profile %1 --format process&apos; as the profile&apos;s credential_process, or use a profile with an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; names both source_profile and credential_source; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; takes its source credentials from credential_source, which only works on AWS compute; Casebook needs source_profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; has role_arn but no source_profile to assume the role with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of profile &apos;%1&apos; needs an MFA code (mfa_serial), which Casebook cannot ask for yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duration_seconds ignored: not a number of seconds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source_profile &apos;%1&apos; named in profile &apos;%2&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles %1 name each other as source_profile in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; in %2 has aws_access_key_id but no aws_secret_access_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source profile &apos;%1&apos; has no credentials: no access key, credential_process or role_arn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was not found in %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; has no access key and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add a profile to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_attempts ignored: not a positive number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>Any</source>
        <comment>an open end of a date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>none available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON, as the Support API returns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox (mbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All cases created in the date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case the service lists for the date range, each with its messages in that range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;resolved cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports hold the messages and the names of their attached files; save attachments with File &gt; Save All Attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place existing files that differ from the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that already hold exactly this export are always kept; others are left alone unless this is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in %1 that differ from this export will be replaced. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1 · Already complete: %2 · Failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>A single file holds one case; choose a folder for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder was chosen for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook cannot write %1 files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook cannot write %1 files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and differs from this export; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in messages and senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match counter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the messages that match; otherwise every message stays and the matches are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages written by AWS Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages written by your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages with attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar and show every message (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n messages loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No matches in %n messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>The attachment %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written, %2 skipped, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, request id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialsProvider</name>
    <message>
        <source>account %1 (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 (keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainProblem</name>
    <message>
        <source>No keychain is available (Casebook needs a Secret Service such as GNOME Keyring or KWallet on a D-Bus session). Start or install one and try again, or keep the account for this session only: its secret then stays in memory and is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to the secret of account &apos;%1&apos;. Unlock your keyring (or allow Casebook to use it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is saved but its secret can&apos;t be read from the keychain (it may have been deleted, or the keychain changed). Enter the access key again: casebook account add %1, or File &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain would not delete the secret of account &apos;%1&apos;. Remove the entry &apos;%1&apos; of service &apos;casebook&apos; with your keyring manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the secret of account &apos;%1&apos;, so nothing was saved. Check that your keyring is unlocked and writable, or keep the account for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry of account &apos;%1&apos; does not hold an access key Casebook can read. Enter the access key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed for account &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Exported Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case list error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the case list and the open conversation (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include Resolved Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oldest Message First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the thread from its first message down to the newest, as in a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a thread exported as JSON, without connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is open; the list does not show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Casebook</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Casebook</source>
        <comment>case subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading messages… %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;A desktop reader for AWS Support cases: read, search, keep and export the correspondence of your support cases.&lt;/p&gt;&lt;p&gt;Casebook reads cases with your own AWS credentials and talks only to the AWS Support API endpoint you configure.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2. Qt is used under the GNU Lesser General Public License version 3 (LGPLv3); Help &amp;gt; About Qt has the details. QtKeychain is used under the BSD 2-Clause licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link to Case in &amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Attachments of This Message…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account Casebook opens with; empty for the first one available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages</source>
        <comment>page size, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many messages each request to AWS asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <comment>message order, as in a chat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <comment>theme: follow the desktop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <comment>font size: the desktop&apos;s own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size in points</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <comment>language: the desktop&apos;s own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Casebook starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread &amp;font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that receives nothing for this long fails and is tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per request, the first included. AWS_MAX_ATTEMPTS or max_attempts in the AWS config take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry attempts:</source>
        <comment>how many times a request is tried</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessCredentialsProvider</name>
    <message>
        <source>its output has a %1 that is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output has no Version; Casebook reads Version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output has Version %1; Casebook reads only Version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Expiration &quot;%1&quot; is not an ISO 8601 time with Z or an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials it printed expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command has a quote that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command printed more than %2 KiB, more than any credentials need; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command was stopped by a signal.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command exited with code %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command could not be started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 seconds and was stopped.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxDataset</name>
    <message>
        <source>%1 has no &quot;cases&quot; folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Casebook contains no demo cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: case %2 is also defined in another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected &quot;case&quot;, &quot;communications&quot; and &quot;attachments&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;case&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case: &quot;caseId&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case: &quot;timeCreated&quot; is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &quot;attachmentId&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &quot;fileName&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &quot;data&quot; in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reuses the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no readable &quot;timeCreated&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a body of %1 characters (1 to %2 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists attachment %1, which the file does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls attachment %1 &quot;%2&quot;, the file calls it &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment id %1 is also used by another file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>an item has no name before its &quot;=&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known faults are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value, as in %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedFileParser</name>
    <message>
        <source>a setting comes before the first [section]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section [%1] appears a second time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not a &apos;key = value&apos; setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting %1 appears a second time in its section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a byte order mark; save it as UTF-8 without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticCredentialsProvider</name>
    <message>
        <source>No AWS credentials are configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>STS at %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assume role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS refused to assume the role: %1 (%2, HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS answered HTTP %1 with something that is not an AssumeRole response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportClient</name>
    <message>
        <source>The source of AWS credentials was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS credentials are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of AWS credentials supplied none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportError</name>
    <message>
        <source>Casebook could not set up a secure connection to the AWS Support service: %1. If your network inspects TLS traffic, point AWS_CA_BUNDLE at your organisation&apos;s CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS Support service stopped answering, so Casebook gave up waiting. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from the AWS Support service could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, add a profile to ~/.aws/credentials, or start Casebook with --demo to try it on sample cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook could not get AWS credentials. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your temporary AWS credentials have expired. Refresh them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS refused the request because this computer&apos;s clock is wrong. Set the clock correctly and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS refused the request signature. The secret access key is probably wrong for this access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS does not recognise these credentials. Check the access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials are not allowed to read support cases. They need the IAM actions support:DescribeCases, support:DescribeCommunications and support:DescribeAttachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This AWS account has no support plan that includes the AWS Support API. The API needs a Business, Enterprise On-Ramp or Enterprise support plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not know this case. Cases are kept only for a limited time after they are created, and only in the account that opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is no longer available from the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS Support service is limiting how fast Casebook may ask. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS Support service rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS Support service had an internal problem. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1) instead of an AWS reply. Check the endpoint URL; a proxy or login page may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 without an AWS error. A proxy, firewall or login page between Casebook and AWS may have refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS Support service reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS Support endpoint&apos;s name could not be looked up. Check your network connection, DNS settings and the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS Support endpoint refused the connection. Check the endpoint URL and any firewall between you and it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the AWS Support service broke off before the reply was complete. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook could not get through the network proxy. Check the proxy settings (http_proxy, https_proxy) and its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer seems to be offline. Connect to a network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook could not reach the AWS Support service. Check your network connection and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportReply</name>
    <message>
        <source>The reply was larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadFile</name>
    <message>
        <source>Message %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 has no &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is malformed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;case&quot; in the file is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file mixes messages of several cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, more than any exported thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no support case thread (a &quot;communications&quot; list, as Casebook exports and aws support describe-communications prints).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadRenderer</name>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n, oldest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>profile %1 (assume role %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · credentials: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo example key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox · %1 · credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no working TLS library, so Casebook cannot talk to AWS over HTTPS. Install OpenSSL (Debian package libssl3) and start Casebook again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 (AWS_CA_BUNDLE or ca_bundle) holds no readable PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind AWS; Casebook corrects for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of AWS; Casebook corrects for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the AWS Support API on 127.0.0.1 from a dataset, for trying Casebook and for tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset folder holding cases/*.json; without it the built-in demo cases are served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults to inject, comma-separated, for example throttle=3,slow=2000,subscription (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port wants a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injecting faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
