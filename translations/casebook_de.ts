<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCommands</name>
    <message>
        <source>readable</source>
        <translation>lesbar</translation>
    </message>
    <message>
        <source>missing: enter it again (account add)</source>
        <translation>fehlt: erneut eingeben (account add)</translation>
    </message>
    <message>
        <source>unknown: no keychain available</source>
        <translation>unbekannt: kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>unreadable: keyring locked or access denied</source>
        <translation>nicht lesbar: Schlüsselbund gesperrt oder Zugriff verweigert</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Access key ID: </source>
        <translation>Zugriffsschlüssel-ID: </translation>
    </message>
    <message>
        <source>Expected the access key id on the first line of standard input.</source>
        <translation>Die Zugriffsschlüssel-ID wurde in der ersten Zeile der Standardeingabe erwartet.</translation>
    </message>
    <message>
        <source>Secret access key: </source>
        <translation>Geheimer Zugriffsschlüssel: </translation>
    </message>
    <message>
        <source>Expected the secret access key on the second line of standard input.</source>
        <translation>Der geheime Zugriffsschlüssel wurde in der zweiten Zeile der Standardeingabe erwartet.</translation>
    </message>
    <message>
        <source>An access key id or secret has no spaces; check what was entered.</source>
        <translation>Zugriffsschlüssel-IDs und geheime Schlüssel enthalten keine Leerzeichen; prüfen Sie die Eingabe.</translation>
    </message>
    <message>
        <source>Account %1 saved; its secret is in the keychain.</source>
        <translation>Konto %1 gespeichert; sein geheimer Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No accounts are stored. Add one with: casebook account add NAME</source>
        <translation>Es sind keine Konten gespeichert. Fügen Sie eines hinzu mit: casebook account add NAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>GEHEIMNIS</translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Konto %1 entfernt.</translation>
    </message>
    <message>
        <source>Account %1 is now the default.</source>
        <translation>Konto %1 ist jetzt das Standardkonto.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; is already stored. To replace its keys, add --replace; its region and endpoint stay unless given anew.</source>
        <translation>Ein Konto namens „%1“ ist bereits gespeichert. Um seine Schlüssel zu ersetzen, fügen Sie --replace hinzu; Region und Endpunkt bleiben erhalten, sofern sie nicht neu angegeben werden.</translation>
    </message>
    <message>
        <source>Account %1 replaced; its new secret is in the keychain.</source>
        <translation>Konto %1 ersetzt; sein neuer geheimer Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No keychain is available, so the account cannot be stored. Start a Secret Service (such as gnome-keyring-daemon or KWallet) on the D-Bus session and try again, or give the keys another way: a profile in ~/.aws/credentials (--profile) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Kein Schlüsselbund verfügbar, daher kann das Konto nicht gespeichert werden. Starten Sie einen Secret Service (etwa gnome-keyring-daemon oder KWallet) in der D-Bus-Sitzung und versuchen Sie es erneut, oder geben Sie die Schlüssel auf anderem Weg an: ein Profil in ~/.aws/credentials (--profile) oder AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY.</translation>
    </message>
</context>
<context>
    <name>AccountConnection</name>
    <message>
        <source>Reading credentials of account %1 from the keychain…</source>
        <translation>Anmeldeinformationen von Konto %1 werden aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>%1 · %2 · credentials: %3</source>
        <translation>%1 · %2 · Anmeldeinformationen: %3</translation>
    </message>
    <message>
        <source>Casebook has stored accounts (%1), but none is the default. Choose one with --account NAME, or make one the default: casebook account default NAME.</source>
        <translation>Casebook hat gespeicherte Konten (%1), aber keines ist das Standardkonto. Wählen Sie eines mit --account NAME oder machen Sie eines zum Standardkonto: casebook account default NAME.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The name &apos;default&apos; is reserved; choose another name.</source>
        <translation>Der Name „default“ ist reserviert; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>An account name has 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, and begins with a letter or digit.</source>
        <translation>Ein Kontoname besteht aus 1 bis 64 Buchstaben, Ziffern, „.“, „_“, „@“ oder „-“ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>missing: enter it again</source>
        <translation>fehlt: erneut eingeben</translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>keyring locked or access denied</source>
        <translation>Schlüsselbund gesperrt oder Zugriff verweigert</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Konto %1 entfernt.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>Ver&amp;wenden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>the partition&apos;s Support endpoint</source>
        <translation>der Support-Endpunkt der Partition</translation>
    </message>
    <message>
        <source>optional; kept for this session only</source>
        <translation>optional; nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>Keep for this session only (nothing is written to disk)</source>
        <translation>Nur für diese Sitzung behalten (nichts wird auf die Festplatte geschrieben)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>End&amp;punkt-URL:</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Se&amp;cret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>Sitzungst&amp;oken:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>leer lassen, um den gespeicherten geheimen Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Not an http or https URL: %1</source>
        <translation>Keine http- oder https-URL: %1</translation>
    </message>
    <message>
        <source>Account %1 updated.</source>
        <translation>Konto %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Enter both the access key ID and the secret access key.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Saving account %1…</source>
        <translation>Konto %1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Account %1 is kept for this session only.</source>
        <translation>Konto %1 wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Account %1 saved; its secret is in the keychain.</source>
        <translation>Konto %1 gespeichert; sein geheimer Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Account %1 is now the default.</source>
        <translation>Konto %1 ist jetzt das Standardkonto.</translation>
    </message>
    <message>
        <source>Reading the secret of account %1…</source>
        <translation>Der geheime Schlüssel von Konto %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Testing account %1…</source>
        <translation>Konto %1 wird getestet …</translation>
    </message>
    <message numerus="yes">
        <source>Account %1 works: the service answered with %n case(s).</source>
        <translation>
            <numerusform>Konto %1 funktioniert: Der Dienst hat mit %n Supportfall geantwortet.</numerusform>
            <numerusform>Konto %1 funktioniert: Der Dienst hat mit %n Supportfällen geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 could not connect: %2</source>
        <translation>Konto %1 konnte keine Verbindung herstellen: %2</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <source>Search All Cases</source>
        <translation>Alle Supportfälle durchsuchen</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot; or the start of a word*</source>
        <translation>Wörter, „eine Wortgruppe“ oder ein Wortanfang*</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Supportfall</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status des Supportfalls</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>Written by anyone</source>
        <translation>Von allen geschrieben</translation>
    </message>
    <message>
        <source>Written by AWS</source>
        <translation>Von AWS geschrieben</translation>
    </message>
    <message>
        <source>Written by my side</source>
        <translation>Von meiner Seite geschrieben</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>There is no local archive to search.</source>
        <translation>Es gibt kein lokales Archiv zum Durchsuchen.</translation>
    </message>
    <message>
        <source>No archived message or subject matches.</source>
        <translation>Keine archivierte Nachricht und kein Betreff passt.</translation>
    </message>
    <message>
        <source>The newest %1 matches; add words to narrow the search.</source>
        <translation>Die neuesten %1 Treffer; fügen Sie Wörter hinzu, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the sender</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day</comment>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>ArchiveStore</name>
    <message>
        <source>The damaged archive %1 could not be moved aside.</source>
        <translation>Das beschädigte Archiv %1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer Casebook (schema %2; this version reads up to %3).</source>
        <translation>Das Archiv %1 wurde von einem neueren Casebook geschrieben (Schema %2; diese Version liest bis %3).</translation>
    </message>
    <message>
        <source>The folder for the archive %1 cannot be created.</source>
        <translation>Der Ordner für das Archiv %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Type a word to search for; punctuation alone finds nothing.</source>
        <translation>Geben Sie ein Wort ein, nach dem gesucht werden soll; Satzzeichen allein finden nichts.</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>Die Suche konnte nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveSync</name>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>Das Archiv konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveSyncAction</name>
    <message>
        <source>%v of %m cases</source>
        <translation>%v von %m Supportfällen</translation>
    </message>
    <message>
        <source>Archive sync</source>
        <translation>Archivsynchronisierung</translation>
    </message>
    <message>
        <source>Listing cases to archive…</source>
        <translation>Zu archivierende Supportfälle werden aufgelistet …</translation>
    </message>
    <message>
        <source>Archiving case %1 of %2…</source>
        <translation>Supportfall %1 von %2 wird archiviert …</translation>
    </message>
    <message>
        <source>Archive synced: %1 cases, %2 new, %3 new messages.</source>
        <translation>Archiv synchronisiert: %1 Supportfälle, %2 neu, %3 neue Nachrichten.</translation>
    </message>
    <message>
        <source>Archive sync stopped; %1 new messages were kept.</source>
        <translation>Archivsynchronisierung beendet; %1 neue Nachrichten wurden behalten.</translation>
    </message>
    <message>
        <source>Archive sync failed: %1</source>
        <translation>Archivsynchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stop Archive &amp;Sync</source>
        <translation>Archiv-&amp;Synchronisierung beenden</translation>
    </message>
    <message>
        <source>&amp;Sync Archive</source>
        <translation>Archiv &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Stop copying cases into the local archive</source>
        <translation>Kopieren der Supportfälle in das lokale Archiv beenden</translation>
    </message>
    <message>
        <source>Copy every case and its messages into the local archive</source>
        <translation>Jeden Supportfall mit seinen Nachrichten in das lokale Archiv kopieren</translation>
    </message>
</context>
<context>
    <name>AssumeRoleCredentialsProvider</name>
    <message>
        <source>The role %1 has no source credentials to be assumed with.</source>
        <translation>Für die Rolle %1 gibt es keine Quell-Anmeldeinformationen, mit denen sie übernommen werden kann.</translation>
    </message>
    <message>
        <source>the source was closed</source>
        <translation>die Quelle wurde geschlossen</translation>
    </message>
    <message>
        <source>The source credentials for the role %1 could not be obtained: %2</source>
        <translation>Die Quell-Anmeldeinformationen für die Rolle %1 konnten nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>assume role %1</source>
        <translation>Rolle %1 übernehmen</translation>
    </message>
    <message>
        <source>profile %1 (assume role %2)</source>
        <translation>Profil %1 (Rolle %2 übernehmen)</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>No free file name was found in the folder.</source>
        <translation>Im Ordner wurde kein freier Dateiname gefunden.</translation>
    </message>
    <message>
        <source>Save All &amp;Attachments of This Case…</source>
        <translation>&amp;Alle Anhänge dieses Supportfalls speichern …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop saving attachments</source>
        <translation>Speichern der Anhänge beenden</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Attachments are already being saved.</source>
        <translation>Die Anhänge werden bereits gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save A&amp;ll Attachments…</source>
        <translation>A&amp;lle Anhänge speichern …</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>„%1“ wird heruntergeladen …</translation>
    </message>
    <message>
        <source>No private temporary folder could be created.</source>
        <translation>Es konnte kein privater temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>No application is set up to open “%1”.</source>
        <translation>Keine Anwendung ist zum Öffnen von „%1“ eingerichtet.</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>„%1“ geöffnet.</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>“%1” is a program, script or shortcut, so Casebook does not open it.</source>
        <translation>„%1“ ist ein Programm, Skript oder eine Verknüpfung, daher öffnet Casebook die Datei nicht.</translation>
    </message>
    <message>
        <source>Opening it could run it on this computer. You can save it instead and look at it with a tool you trust.</source>
        <translation>Beim Öffnen könnte sie auf diesem Computer ausgeführt werden. Sie können sie stattdessen speichern und mit einem Werkzeug Ihres Vertrauens ansehen.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Attachment Not Downloaded</source>
        <translation>Anhang nicht heruntergeladen</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded.</source>
        <translation>„%1“ konnte nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>File Not Written</source>
        <translation>Datei nicht geschrieben</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The attachments of this case could not be listed: %1</source>
        <translation>Die Anhänge dieses Supportfalls konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Saving attachments cancelled.</source>
        <translation>Speichern der Anhänge abgebrochen.</translation>
    </message>
    <message>
        <source>There are no attachments to save.</source>
        <translation>Es gibt keine Anhänge zum Speichern.</translation>
    </message>
    <message>
        <source>Attachments saved to %1: %2.</source>
        <translation>Anhänge gespeichert in %1: %2.</translation>
    </message>
    <message>
        <source>No longer available: %1.</source>
        <translation>Nicht mehr verfügbar: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>The attachments of this case could not be listed.</source>
        <translation>Die Anhänge dieses Supportfalls konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Attachments that could not be saved: %1.</source>
        <translation>Anhänge, die nicht gespeichert werden konnten: %1.</translation>
    </message>
    <message>
        <source>Attachments Not Saved</source>
        <translation>Anhänge nicht gespeichert</translation>
    </message>
    <message>
        <source>Listing attachments…</source>
        <translation>Anhänge werden aufgelistet …</translation>
    </message>
    <message>
        <source>Saving attachments: %v of %m</source>
        <translation>Anhänge werden gespeichert: %v von %m</translation>
    </message>
    <message>
        <source>Save Attachments To</source>
        <translation>Anhänge speichern in</translation>
    </message>
</context>
<context>
    <name>AttachmentReply</name>
    <message>
        <source>The reply has no attachment object.</source>
        <translation>Die Antwort enthält kein Anhangsobjekt.</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>it could not be written to %1</source>
        <translation>sie konnte nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>CaseBadge</name>
    <message>
        <source>The case is open.</source>
        <translation>Der Supportfall ist offen.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No AWS engineer has picked up the case yet.</source>
        <translation>Noch hat kein AWS-Techniker den Supportfall übernommen.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>AWS is working on the case.</source>
        <translation>AWS bearbeitet den Supportfall.</translation>
    </message>
    <message>
        <source>Needs your reply</source>
        <translation>Antwort erforderlich</translation>
    </message>
    <message>
        <source>AWS is waiting for an answer from you.</source>
        <translation>AWS wartet auf eine Antwort von Ihnen.</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>You answered; AWS has not replied yet.</source>
        <translation>Sie haben geantwortet; AWS hat noch nicht reagiert.</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>The case was reopened.</source>
        <translation>Der Supportfall wurde wieder geöffnet.</translation>
    </message>
    <message>
        <source>The case is resolved.</source>
        <translation>Der Supportfall ist gelöst.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>General guidance</source>
        <translation>Allgemeine Anleitung</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>System impaired</source>
        <translation>System beeinträchtigt</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Production system impaired</source>
        <translation>Produktionssystem beeinträchtigt</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Production system down</source>
        <translation>Produktionssystem ausgefallen</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Business-critical system down</source>
        <translation>Geschäftskritisches System ausgefallen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>case status</comment>
        <translation>Gelöst</translation>
    </message>
</context>
<context>
    <name>CaseExportJob</name>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existiert bereits; fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Filter cases, or type a case number and press Enter</source>
        <translation>Filtern oder Fallnummer eingeben (Eingabetaste)</translation>
    </message>
    <message>
        <source>Filter cases or go to a case</source>
        <translation>Supportfälle filtern oder zu einem Supportfall springen</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>case status</comment>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>All</source>
        <comment>case status: open and resolved</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>when the case was opened</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>Filter für Supportfälle</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Case details</source>
        <translation>Details zum Supportfall</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Supportfall %1</translation>
    </message>
    <message>
        <source>opened %1 %2</source>
        <comment>long date, then time</comment>
        <translation>eröffnet am %1 um %2</translation>
    </message>
    <message>
        <source>Case id: %1
Service: %2
Submitted by: %3</source>
        <translation>Fall-ID: %1
Service: %2
Eingereicht von: %3</translation>
    </message>
</context>
<context>
    <name>CaseListDelegate</name>
    <message>
        <source>Case %1</source>
        <translation>Supportfall %1</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>archived only</source>
        <translation>nur archiviert</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case %1: %2</source>
        <translation>Supportfall %1: %2</translation>
    </message>
    <message>
        <source>Case %1: %2. Status %3, severity %4.</source>
        <translation>Supportfall %1: %2. Status %3, Schweregrad %4.</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Support cases</source>
        <translation>Supportfälle</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Supportfälle werden geladen …</translation>
    </message>
    <message>
        <source>The case list could not be loaded.</source>
        <translation>Die Liste der Supportfälle konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>No resolved cases.</source>
        <translation>Keine gelösten Supportfälle.</translation>
    </message>
    <message>
        <source>No cases match the filters.</source>
        <translation>Keine Supportfälle entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>This account has no support cases.</source>
        <translation>Dieses Konto hat keine Supportfälle.</translation>
    </message>
    <message>
        <source>Copy Case &amp;ID</source>
        <translation>Fall-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy Case &amp;Number</source>
        <translation>Fall&amp;nummer kopieren</translation>
    </message>
    <message>
        <source>Open in AWS &amp;Console</source>
        <translation>In der AWS-&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <comment>export a case&apos;s conversation</comment>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>No open cases.
Choose “All” under Status to see resolved ones.</source>
        <translation>Keine offenen Supportfälle.
Wählen Sie unter Status „Alle“, um gelöste anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the built-in sandbox with sample cases.</source>
        <translation>Die eingebaute Sandbox mit Beispiel-Supportfällen verwenden.</translation>
    </message>
    <message>
        <source>Use this profile from the AWS shared files.</source>
        <translation>Dieses Profil aus den gemeinsamen AWS-Dateien verwenden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>AWS-Region.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Send requests to this URL instead of AWS.</source>
        <translation>Anfragen an diese URL statt an AWS senden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The case to open or export.</source>
        <translation>Der Supportfall, der geöffnet oder exportiert werden soll.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>List resolved cases too.</source>
        <translation>Auch gelöste Supportfälle auflisten.</translation>
    </message>
    <message>
        <source>Only what was created at or after this time (ISO 8601).</source>
        <translation>Nur, was zu oder nach diesem Zeitpunkt erstellt wurde (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Only what was created before this time (ISO 8601).</source>
        <translation>Nur, was vor diesem Zeitpunkt erstellt wurde (ISO 8601).</translation>
    </message>
    <message>
        <source>Output format: json or txt for cases; json, md, html, txt, pdf or mbox for export.</source>
        <translation>Ausgabeformat: json oder txt für cases; json, md, html, txt, pdf oder mbox für export.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File to write, or - for standard output.</source>
        <translation>Zu schreibende Datei, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Export: also save the attachments, in a folder beside the file, and link them.</source>
        <translation>Export: auch die Anhänge in einem Ordner neben der Datei speichern und verlinken.</translation>
    </message>
    <message>
        <source>Log debug messages of every casebook.* category.</source>
        <translation>Debug-Meldungen aller casebook.*-Kategorien protokollieren.</translation>
    </message>
    <message>
        <source>Also write the log to a file; without a path, to casebook.log in the cache folder.</source>
        <translation>Das Protokoll auch in eine Datei schreiben; ohne Pfad in casebook.log im Cache-Ordner.</translation>
    </message>
    <message>
        <source>Folder for --all-cases; created when missing.</source>
        <translation>Ordner für --all-cases; wird bei Bedarf angelegt.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Show a thread exported as JSON, or saved from aws support describe-communications, without connecting.</source>
        <translation>Einen als JSON exportierten oder mit aws support describe-communications gespeicherten Verlauf anzeigen, ohne Verbindung.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use this account stored by Casebook (see: casebook account).</source>
        <translation>Dieses von Casebook gespeicherte Konto verwenden (siehe: casebook account).</translation>
    </message>
    <message>
        <source>account add: make the account the default one.</source>
        <translation>account add: das Konto zum Standardkonto machen.</translation>
    </message>
    <message>
        <source>--account and --profile both name credentials; choose one.</source>
        <translation>--account und --profile nennen beide Anmeldeinformationen; wählen Sie eines.</translation>
    </message>
    <message>
        <source>Not an http or https URL: %1</source>
        <translation>Keine http- oder https-URL: %1</translation>
    </message>
    <message>
        <source>Not a date or ISO 8601 time: %1</source>
        <translation>Kein Datum und keine ISO-8601-Zeit: %1</translation>
    </message>
    <message>
        <source>--after must be earlier than --before.</source>
        <translation>--after muss vor --before liegen.</translation>
    </message>
    <message>
        <source>cases lists every case; to read one, use: casebook export --case-id ID</source>
        <translation>cases listet alle Supportfälle auf; um einen zu lesen: casebook export --case-id ID</translation>
    </message>
    <message>
        <source>Cases can be listed as json or txt, not %1.</source>
        <translation>Supportfälle können als json oder txt aufgelistet werden, nicht als %1.</translation>
    </message>
    <message>
        <source>--all-cases exports every case; leave out --case-id.</source>
        <translation>--all-cases exportiert alle Supportfälle; lassen Sie --case-id weg.</translation>
    </message>
    <message>
        <source>--all-cases writes one file per case: use --output-dir, not --output.</source>
        <translation>--all-cases schreibt eine Datei je Supportfall: verwenden Sie --output-dir, nicht --output.</translation>
    </message>
    <message>
        <source>--all-cases needs --output-dir FOLDER.</source>
        <translation>--all-cases benötigt --output-dir ORDNER.</translation>
    </message>
    <message>
        <source>Unknown format %1; use one of: %2.</source>
        <translation>Unbekanntes Format %1; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>--output-dir belongs to --all-cases; for one case use --output.</source>
        <translation>--output-dir gehört zu --all-cases; für einen Supportfall verwenden Sie --output.</translation>
    </message>
    <message>
        <source>--include-resolved belongs to cases, not export.</source>
        <translation>--include-resolved gehört zu cases, nicht zu export.</translation>
    </message>
    <message>
        <source>export needs --case-id.</source>
        <translation>export benötigt --case-id.</translation>
    </message>
    <message>
        <source>Cases can be exported as %1, not %2.</source>
        <translation>Supportfälle können als %1 exportiert werden, nicht als %2.</translation>
    </message>
    <message>
        <source>--attachments saves files beside the export, so it needs --output PATH.</source>
        <translation>--attachments speichert Dateien neben dem Export und benötigt daher --output PFAD.</translation>
    </message>
    <message>
        <source>Use: casebook account add|list|remove|default [NAME]</source>
        <translation>Verwendung: casebook account add|list|remove|default [NAME]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>casebook account %1 needs the account&apos;s name.</source>
        <translation>casebook account %1 benötigt den Namen des Kontos.</translation>
    </message>
    <message>
        <source>--default belongs to account add.</source>
        <translation>--default gehört zu account add.</translation>
    </message>
    <message>
        <source>Show Casebook in this language and format dates and numbers for it: de, ja, en or a locale name such as de_CH; overrides the preference.</source>
        <translation>Casebook in dieser Sprache anzeigen und Datumsangaben und Zahlen danach formatieren: de, ja, en oder ein Gebietsschema wie de_CH; hat Vorrang vor der Einstellung.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Not a language or locale name: %1</source>
        <translation>Keine Sprache und kein Gebietsschema: %1</translation>
    </message>
    <message>
        <source>See: casebook --help</source>
        <translation>Siehe: casebook --help</translation>
    </message>
    <message>
        <source>export: every case created in the time range, one file each; sync: also ask again for resolved cases already archived.</source>
        <translation>export: jeden im Zeitraum erstellten Supportfall, je eine Datei; sync: auch bereits archivierte gelöste Supportfälle erneut abfragen.</translation>
    </message>
    <message>
        <source>account add: replace the keys of an account already stored, keeping its region and endpoint unless given.</source>
        <translation>account add: die Schlüssel eines bereits gespeicherten Kontos ersetzen; Region und Endpunkt bleiben, sofern nicht angegeben.</translation>
    </message>
    <message>
        <source>Not an AWS region: %1. Regions look like us-east-1, eu-west-2, us-gov-west-1 or cn-north-1.</source>
        <translation>Keine AWS-Region: %1. Regionen sehen aus wie us-east-1, eu-west-2, us-gov-west-1 oder cn-north-1.</translation>
    </message>
    <message>
        <source>--replace belongs to account add.</source>
        <translation>--replace gehört zu account add.</translation>
    </message>
    <message>
        <source>sync archives every case; it takes no --case-id, --format or --output.</source>
        <translation>sync archiviert jeden Supportfall; es nimmt kein --case-id, --format oder --output an.</translation>
    </message>
    <message>
        <source>sync always includes resolved cases; --all-cases also re-checks archived ones.</source>
        <translation>sync bezieht gelöste Supportfälle immer ein; --all-cases prüft auch bereits archivierte erneut.</translation>
    </message>
    <message>
        <source>Casebook reads AWS Support cases.

  casebook [options]              open the window
  casebook cases [options]        list cases
  casebook export [options]       write a case&apos;s correspondence to a file
  casebook account add NAME       store an account; reads the access key id and
                                  the secret from standard input (two lines)
  casebook account list|remove NAME|default NAME
  casebook sync [options]         copy every case into the local archive</source>
        <translation>Casebook liest AWS-Supportfälle.

  casebook [Optionen]             öffnet das Fenster
  casebook cases [Optionen]       listet Supportfälle auf
  casebook export [Optionen]      schreibt den Schriftverkehr eines Supportfalls in eine Datei
  casebook account add NAME       speichert ein Konto; liest Zugriffsschlüssel-ID und
                                  geheimen Schlüssel aus der Standardeingabe (zwei Zeilen)
  casebook account list|remove NAME|default NAME
  casebook sync [Optionen]        kopiert jeden Supportfall in das lokale Archiv</translation>
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation>Vorhandene Dateien ersetzen.</translation>
    </message>
    <message>
        <source>--attachments belongs to export, not cases.</source>
        <translation>--attachments gehört zu export, nicht zu cases.</translation>
    </message>
</context>
<context>
    <name>CommunicationModel</name>
    <message>
        <source>From %1, %2: %3</source>
        <translation>Von %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>Unbekannte Zeit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>time, then how long ago</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown day</source>
        <translation>Unbekannter Tag</translation>
    </message>
    <message>
        <source>From %1, %2: %3</source>
        <translation>Von %1, %2: %3</translation>
    </message>
    <message>
        <source>From: %1
Date: %2
</source>
        <translation>Von: %1
Datum: %2
</translation>
    </message>
    <message>
        <source>Attachment: %1
</source>
        <translation>Anhang: %1
</translation>
    </message>
    <message>
        <source>AWS</source>
        <comment>avatar of AWS engineers</comment>
        <translation>AWS</translation>
    </message>
    <message numerus="yes">
        <source>Show more (%n more line)</source>
        <translation>
            <numerusform>Mehr anzeigen (%n weitere Zeile)</numerusform>
            <numerusform>Mehr anzeigen (%n weitere Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show more (%n more lines)</source>
        <translation>
            <numerusform>Mehr anzeigen (%n weitere Zeile)</numerusform>
            <numerusform>Mehr anzeigen (%n weitere Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>%1 — downloading…</source>
        <translation>%1 – wird heruntergeladen …</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The messages of the selected case</source>
        <translation>Die Nachrichten des ausgewählten Supportfalls</translation>
    </message>
    <message>
        <source>Load &amp;All Messages</source>
        <translation>&amp;Alle Nachrichten laden</translation>
    </message>
    <message>
        <source>No messages to show.</source>
        <translation>Keine Nachrichten anzuzeigen.</translation>
    </message>
    <message>
        <source>Select a case to read its conversation.</source>
        <translation>Wählen Sie einen Supportfall, um seine Unterhaltung zu lesen.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen …</translation>
    </message>
    <message>
        <source>The messages of this case could not be loaded.</source>
        <translation>Die Nachrichten dieses Supportfalls konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No messages in this case.</source>
        <translation>Keine Nachrichten in diesem Supportfall.</translation>
    </message>
    <message>
        <source>Loading more messages… %1 loaded</source>
        <translation>Weitere Nachrichten werden geladen … %1 geladen</translation>
    </message>
    <message>
        <source>%1 of many</source>
        <translation>%1 von vielen</translation>
    </message>
    <message numerus="yes">
        <source>%n message</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>&amp;Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Thread</source>
        <translation>&amp;Verlauf kopieren</translation>
    </message>
    <message>
        <source>%1 · Load all</source>
        <translation>%1 · Alle laden</translation>
    </message>
</context>
<context>
    <name>CredentialsChain</name>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation>Profil %1 (credential_process)</translation>
    </message>
</context>
<context>
    <name>CredentialsResolver</name>
    <message>
        <source>%1:%2: profile &apos;%3&apos; is defined again here; this section replaces the earlier one, as in the AWS CLI</source>
        <translation>%1:%2: Profil „%3“ wird hier erneut definiert; dieser Abschnitt ersetzt den früheren, wie in der AWS CLI</translation>
    </message>
    <message>
        <source>%1:%2: section [%3] ignored: in the config file a profile is written [profile name] (or [default])</source>
        <translation>%1:%2: Abschnitt [%3] ignoriert: In der config-Datei wird ein Profil als [profile name] (oder [default]) geschrieben</translation>
    </message>
    <message>
        <source>%1, line %2, cannot be read: %3. The AWS CLI refuses this file too.</source>
        <translation>%1, Zeile %2, kann nicht gelesen werden: %3. Auch die AWS CLI lehnt diese Datei ab.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; gets its credentials from a web identity token (web_identity_token_file), which Casebook cannot use. Use a profile with an access key, credential_process or role_arn with source_profile.</source>
        <translation>Das Profil „%1“ bezieht seine Anmeldeinformationen aus einem Web-Identity-Token (web_identity_token_file), das Casebook nicht verwenden kann. Verwenden Sie ein Profil mit Zugriffsschlüssel, credential_process oder role_arn mit source_profile.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; signs in through IAM Identity Center (%2), which Casebook cannot do yet. Run &apos;aws configure export-credentials --profile %1 --format process&apos; as the profile&apos;s credential_process, or use a profile with an access key.</source>
        <translation>Das Profil „%1“ meldet sich über IAM Identity Center (%2) an, was Casebook noch nicht kann. Tragen Sie „aws configure export-credentials --profile %1 --format process“ als credential_process des Profils ein oder verwenden Sie ein Profil mit Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; names both source_profile and credential_source; keep one.</source>
        <translation>Das Profil „%1“ nennt sowohl source_profile als auch credential_source; behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; takes its source credentials from credential_source, which only works on AWS compute; Casebook needs source_profile.</source>
        <translation>Das Profil „%1“ bezieht seine Quell-Anmeldeinformationen aus credential_source, was nur auf AWS-Rechenressourcen funktioniert; Casebook benötigt source_profile.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; has role_arn but no source_profile to assume the role with.</source>
        <translation>Das Profil „%1“ hat role_arn, aber kein source_profile, mit dem die Rolle übernommen werden kann.</translation>
    </message>
    <message>
        <source>The role of profile &apos;%1&apos; needs an MFA code (mfa_serial), which Casebook cannot ask for yet.</source>
        <translation>Die Rolle von Profil „%1“ benötigt einen MFA-Code (mfa_serial), den Casebook noch nicht abfragen kann.</translation>
    </message>
    <message>
        <source>%1: duration_seconds ignored: not a number of seconds: %2</source>
        <translation>%1: duration_seconds ignoriert: keine Anzahl von Sekunden: %2</translation>
    </message>
    <message>
        <source>The source_profile &apos;%1&apos; named in profile &apos;%2&apos; does not exist.</source>
        <translation>Das in Profil „%2“ genannte source_profile „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The profiles %1 name each other as source_profile in a loop.</source>
        <translation>Die Profile %1 nennen einander in einer Schleife als source_profile.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; in %2 has aws_access_key_id but no aws_secret_access_key.</source>
        <translation>Das Profil „%1“ in %2 hat aws_access_key_id, aber keinen aws_secret_access_key.</translation>
    </message>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation>Profil %1 (credential_process)</translation>
    </message>
    <message>
        <source>The source profile &apos;%1&apos; has no credentials: no access key, credential_process or role_arn.</source>
        <translation>Das Quellprofil „%1“ hat keine Anmeldeinformationen: keinen Zugriffsschlüssel, kein credential_process und kein role_arn.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, AWS_SECRET_ACCESS_KEY aber nicht.</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.</source>
        <translation>AWS_SECRET_ACCESS_KEY ist gesetzt, AWS_ACCESS_KEY_ID aber nicht.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was not found in %2 or %3.</source>
        <translation>Das Profil „%1“ wurde weder in %2 noch in %3 gefunden.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; has no access key and secret.</source>
        <translation>Das Profil „%1“ hat keinen Zugriffsschlüssel und keinen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add a profile to %1.</source>
        <translation>Es wurden keine AWS-Anmeldeinformationen gefunden. Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder fügen Sie %1 ein Profil hinzu.</translation>
    </message>
    <message>
        <source>max_attempts ignored: not a positive number: %1</source>
        <translation>max_attempts ignoriert: keine positive Zahl: %1</translation>
    </message>
    <message>
        <source>The role is assumed at %1, not at the local endpoint %2; set AWS_ENDPOINT_URL_STS (or endpoint_url in the profile) to change that.</source>
        <translation>Die Rolle wird bei %1 übernommen, nicht beim lokalen Endpunkt %2; setzen Sie AWS_ENDPOINT_URL_STS (oder endpoint_url im Profil), um das zu ändern.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No messages in this case.</source>
        <translation>Keine Nachrichten in diesem Supportfall.</translation>
    </message>
    <message>
        <source>No messages since %1.</source>
        <translation>Keine Nachrichten seit %1.</translation>
    </message>
    <message>
        <source>No messages until %1.</source>
        <translation>Keine Nachrichten bis %1.</translation>
    </message>
    <message>
        <source>No messages on %1.</source>
        <translation>Keine Nachrichten am %1.</translation>
    </message>
    <message>
        <source>No messages between %1 and %2.</source>
        <translation>Keine Nachrichten zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>Any</source>
        <comment>an open end of a date range</comment>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Gesamten Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Von Tag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <source>Message dates</source>
        <translation>Nachrichtendatum</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>none available</source>
        <translation>keine verfügbar</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fehler schließen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON, as the Support API returns it</source>
        <translation>JSON, wie die Support-API es liefert</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Mailbox (mbox)</source>
        <translation>Postfach (mbox)</translation>
    </message>
    <message>
        <source>Export Cases</source>
        <translation>Supportfälle exportieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Supportfälle</translation>
    </message>
    <message>
        <source>&amp;This case</source>
        <translation>&amp;Dieser Supportfall</translation>
    </message>
    <message>
        <source>&amp;Selected cases</source>
        <translation>&amp;Ausgewählte Supportfälle</translation>
    </message>
    <message>
        <source>&amp;All cases created in the date range</source>
        <translation>A&amp;lle im Zeitraum erstellten Supportfälle</translation>
    </message>
    <message>
        <source>Every case the service lists for the date range, each with its messages in that range</source>
        <translation>Jeder Supportfall, den der Dienst für den Zeitraum auflistet, jeweils mit seinen Nachrichten aus diesem Zeitraum</translation>
    </message>
    <message>
        <source>Include &amp;resolved cases</source>
        <translation>&amp;Gelöste Supportfälle einbeziehen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Include &amp;attachments</source>
        <translation>An&amp;hänge einbeziehen</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Re&amp;place existing files that differ from the export</source>
        <translation>Vorhandene Dateien, die vom Export abweichen, erset&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Selected cases (%1)</source>
        <translation>&amp;Ausgewählte Supportfälle (%1)</translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation>Der PDF-Export ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Casebook export</source>
        <translation>Casebook-Export</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Export To Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace Files</source>
        <translation>Dateien ersetzen</translation>
    </message>
    <message>
        <source>Files in %1 that differ from this export will be replaced. Go on?</source>
        <translation>Dateien in %1, die von diesem Export abweichen, werden ersetzt. Fortfahren?</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 cases</source>
        <translation>Exportieren … %1 von %2 Supportfällen</translation>
    </message>
    <message>
        <source>Written: %1 · Already complete: %2 · Failed: %3</source>
        <translation>Geschrieben: %1 · Bereits vollständig: %2 · Fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source> · Cancelled</source>
        <translation> · Abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saves each case&apos;s attached files in a folder beside its export, NAME_attachments, and links them from it</source>
        <translation>Speichert die angehängten Dateien jedes Supportfalls in einem Ordner neben seinem Export, NAME_attachments, und verlinkt sie darin</translation>
    </message>
    <message>
        <source>Files Casebook wrote are kept while complete and written again when their case has something new; files changed since, or not written by Casebook, are left alone unless this is checked.</source>
        <translation>Von Casebook geschriebene Dateien bleiben erhalten, solange sie vollständig sind, und werden neu geschrieben, wenn es in ihrem Supportfall Neues gibt; seither geänderte oder nicht von Casebook geschriebene Dateien werden nur ersetzt, wenn dies ausgewählt ist.</translation>
    </message>
    <message>
        <source> · Attachments not saved: %1</source>
        <translation> · Nicht gespeicherte Anhänge: %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Casebook does not write through one. Choose another name.</source>
        <translation>%1 ist ein symbolischer Link; Casebook schreibt nicht durch Links. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>A single file holds one case; choose a folder for several.</source>
        <translation>Eine einzelne Datei enthält einen Supportfall; wählen Sie für mehrere einen Ordner.</translation>
    </message>
    <message>
        <source>No folder was chosen for the export.</source>
        <translation>Für den Export wurde kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Casebook cannot write %1 files here.</source>
        <translation>Casebook kann hier keine %1-Dateien schreiben.</translation>
    </message>
    <message>
        <source>The cases could not be listed: %1</source>
        <translation>Die Supportfälle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No case has the id %1.</source>
        <translation>Kein Supportfall hat die ID %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 ist keine reguläre Datei; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Casebook cannot write %1 files yet.</source>
        <translation>Casebook kann noch keine %1-Dateien schreiben.</translation>
    </message>
    <message>
        <source>%1 already exists and differs from what Casebook wrote; it was left as it is.</source>
        <translation>%1 existiert bereits und weicht von dem ab, was Casebook geschrieben hat; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>In der Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Find in messages and senders</source>
        <translation>In Nachrichten und Absendern suchen</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Match counter</source>
        <translation>Trefferzähler</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match counter</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Show only the messages that match; otherwise every message stays and the matches are marked</source>
        <translation>Nur die passenden Nachrichten anzeigen; sonst bleiben alle Nachrichten sichtbar und die Treffer werden markiert</translation>
    </message>
    <message>
        <source>From AWS</source>
        <translation>Von AWS</translation>
    </message>
    <message>
        <source>Show only messages written by AWS Support</source>
        <translation>Nur Nachrichten vom AWS Support anzeigen</translation>
    </message>
    <message>
        <source>From us</source>
        <translation>Von uns</translation>
    </message>
    <message>
        <source>Show only messages written by your side</source>
        <translation>Nur Nachrichten Ihrer Seite anzeigen</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Mit Anhängen</translation>
    </message>
    <message>
        <source>Show only messages with attached files</source>
        <translation>Nur Nachrichten mit angehängten Dateien anzeigen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Close the find bar and show every message (Esc)</source>
        <translation>Suchleiste schließen und alle Nachrichten anzeigen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n messages loaded</source>
        <translation>
            <numerusform>Suche … %n Nachricht geladen</numerusform>
            <numerusform>Suche … %n Nachrichten geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No matches in %n messages</source>
        <translation>
            <numerusform>Keine Treffer in %n Nachricht</numerusform>
            <numerusform>Keine Treffer in %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>show only matching messages</comment>
        <translation>Filtern</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>complete, skipped</source>
        <translation>vollständig, übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 written, %2 skipped, %3 failed</source>
        <translation>%1 geschrieben, %2 übersprungen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich: %1.</translation>
    </message>
    <message>
        <source>, request id %1</source>
        <translation>, Anfrage-ID %1</translation>
    </message>
    <message>
        <source>, %1 attachments not saved</source>
        <translation>, %1 Anhänge nicht gespeichert</translation>
    </message>
    <message>
        <source>The archive was damaged; it was moved to %1 and a new one started.</source>
        <translation>Das Archiv war beschädigt; es wurde nach %1 verschoben und ein neues angelegt.</translation>
    </message>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation>Das Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>synced %1 of %2 cases</source>
        <translation>%1 von %2 Supportfällen synchronisiert</translation>
    </message>
    <message>
        <source>Archived %1 cases (%2 new) and %3 new messages in %4</source>
        <translation>%1 Supportfälle (%2 neu) und %3 neue Nachrichten in %4 archiviert</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existiert bereits; fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialsProvider</name>
    <message>
        <source>account %1 (this session only)</source>
        <translation>Konto %1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>account %1 (keychain)</source>
        <translation>Konto %1 (Schlüsselbund)</translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“.</translation>
    </message>
</context>
<context>
    <name>KeychainProblem</name>
    <message>
        <source>No keychain is available (Casebook needs a Secret Service such as GNOME Keyring or KWallet on a D-Bus session). Start or install one and try again, or keep the account for this session only: its secret then stays in memory and is never written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar (Casebook benötigt einen Secret Service wie GNOME Keyring oder KWallet in einer D-Bus-Sitzung). Starten oder installieren Sie einen und versuchen Sie es erneut, oder behalten Sie das Konto nur für diese Sitzung: Sein geheimer Schlüssel bleibt dann im Arbeitsspeicher und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to the secret of account &apos;%1&apos;. Unlock your keyring (or allow Casebook to use it) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff auf den geheimen Schlüssel von Konto „%1“ verweigert. Entsperren Sie Ihren Schlüsselbund (oder erlauben Sie Casebook den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is saved but its secret can&apos;t be read from the keychain (it may have been deleted, or the keychain changed). Enter the access key again: casebook account add %1, or File &gt; Accounts.</source>
        <translation>Das Konto „%1“ ist gespeichert, aber sein geheimer Schlüssel kann nicht aus dem Schlüsselbund gelesen werden (er wurde vielleicht gelöscht, oder der Schlüsselbund hat sich geändert). Geben Sie den Zugriffsschlüssel erneut ein: casebook account add %1 oder Datei &gt; Konten.</translation>
    </message>
    <message>
        <source>The keychain would not delete the secret of account &apos;%1&apos;. Remove the entry &apos;%1&apos; of service &apos;casebook&apos; with your keyring manager.</source>
        <translation>Der Schlüsselbund hat den geheimen Schlüssel von Konto „%1“ nicht gelöscht. Entfernen Sie den Eintrag „%1“ des Dienstes „casebook“ mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret of account &apos;%1&apos;, so nothing was saved. Check that your keyring is unlocked and writable, or keep the account for this session only.</source>
        <translation>Der Schlüsselbund hat das Speichern des geheimen Schlüssels von Konto „%1“ verweigert, daher wurde nichts gespeichert. Prüfen Sie, ob Ihr Schlüsselbund entsperrt und beschreibbar ist, oder behalten Sie das Konto nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain entry of account &apos;%1&apos; does not hold an access key Casebook can read. Enter the access key again.</source>
        <translation>Der Schlüsselbundeintrag von Konto „%1“ enthält keinen Zugriffsschlüssel, den Casebook lesen kann. Geben Sie den Zugriffsschlüssel erneut ein.</translation>
    </message>
    <message>
        <source>The keychain failed for account &apos;%1&apos;: %2</source>
        <translation>Der Schlüsselbund ist für Konto „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Exported Thread</source>
        <translation>Exportierten Verlauf öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Case list error</source>
        <translation>Fehler in der Liste der Supportfälle</translation>
    </message>
    <message>
        <source>Conversation error</source>
        <translation>Fehler in der Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the case list and the open conversation (F5)</source>
        <translation>Die Liste der Supportfälle und die geöffnete Unterhaltung neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Include Resolved Cases</source>
        <translation>&amp;Gelöste Supportfälle einbeziehen</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>&amp;Über Casebook</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Oldest Message First</source>
        <translation>Ä&amp;lteste Nachricht zuerst</translation>
    </message>
    <message>
        <source>Read the thread from its first message down to the newest, as in a chat</source>
        <translation>Den Verlauf von der ersten Nachricht bis zur neuesten lesen, wie in einem Chat</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Read a thread exported as JSON, without connecting</source>
        <translation>Einen als JSON exportierten Verlauf lesen, ohne Verbindung</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>No case has the number %1.</source>
        <translation>Kein Supportfall hat die Nummer %1.</translation>
    </message>
    <message>
        <source>No case has the id %1.</source>
        <translation>Kein Supportfall hat die ID %1.</translation>
    </message>
    <message>
        <source>The case could not be looked up: %1</source>
        <translation>Der Supportfall konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>Case %1 is open; the list does not show it.</source>
        <translation>Supportfall %1 ist geöffnet; die Liste zeigt ihn nicht an.</translation>
    </message>
    <message>
        <source>%1 — Casebook</source>
        <comment>file name</comment>
        <translation>%1 – Casebook</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>%1 — Casebook</source>
        <comment>case subject</comment>
        <translation>%1 – Casebook</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Supportfälle werden geladen …</translation>
    </message>
    <message>
        <source>Loading messages… %1 loaded</source>
        <translation>Nachrichten werden geladen … %1 geladen</translation>
    </message>
    <message>
        <source>Cases: %1 of %2</source>
        <translation>Supportfälle: %1 von %2</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Supportfälle: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Nachrichten: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;A desktop reader for AWS Support cases: read, search, keep and export the correspondence of your support cases.&lt;/p&gt;&lt;p&gt;Casebook reads cases with your own AWS credentials and talks only to the AWS Support API endpoint you configure.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Programm zum Lesen von AWS-Supportfällen: Lesen, durchsuchen, aufbewahren und exportieren Sie den Schriftverkehr Ihrer Supportfälle.&lt;/p&gt;&lt;p&gt;Casebook liest Supportfälle mit Ihren eigenen AWS-Anmeldeinformationen und kommuniziert nur mit dem von Ihnen konfigurierten Endpunkt der AWS Support API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2. Qt is used under the GNU Lesser General Public License version 3 (LGPLv3); Help &amp;gt; About Qt has the details. QtKeychain is used under the BSD 2-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit Qt %1, läuft mit Qt %2. Qt wird unter der GNU Lesser General Public License Version 3 (LGPLv3) verwendet; Details unter Hilfe &amp;gt; Über Qt. QtKeychain wird unter der BSD-2-Clause-Lizenz verwendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>Über Casebook</translation>
    </message>
    <message>
        <source>Copy Link to Case in &amp;Console</source>
        <translation>Link zum Supportfall in der &amp;Konsole kopieren</translation>
    </message>
    <message>
        <source>&amp;Save Attachments of This Message…</source>
        <translation>Anhänge dieser Nachricht &amp;speichern …</translation>
    </message>
    <message>
        <source>Loading</source>
        <comment>busy indicator</comment>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Search &amp;All Cases…</source>
        <translation>&amp;Alle Supportfälle durchsuchen …</translation>
    </message>
    <message>
        <source>Offline: showing the archived copy</source>
        <translation>Offline: archivierte Kopie wird angezeigt</translation>
    </message>
    <message>
        <source>Offline, last synced at %1</source>
        <translation>Offline, zuletzt synchronisiert am %1</translation>
    </message>
    <message>
        <source>Reading %1 (offline)</source>
        <translation>%1 wird gelesen (offline)</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The account Casebook opens with; empty for the first one available</source>
        <translation>Das Konto, mit dem Casebook startet; leer für das erste verfügbare</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Default account:</source>
        <translation>&amp;Standardkonto:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source> messages</source>
        <comment>page size, after a number</comment>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>How many messages each request to AWS asks for</source>
        <translation>Wie viele Nachrichten jede Anfrage an AWS abruft</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <comment>message order, as in a chat</comment>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>System</source>
        <comment>theme: follow the desktop</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System</source>
        <comment>font size: the desktop&apos;s own</comment>
        <translation>System</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size in points</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>System</source>
        <comment>language: the desktop&apos;s own</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Takes effect when Casebook starts again.</source>
        <translation>Wird beim nächsten Start von Casebook wirksam.</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Message &amp;order:</source>
        <translation>Nachrichten&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>D&amp;esign:</translation>
    </message>
    <message>
        <source>Thread &amp;font size:</source>
        <translation>Sc&amp;hriftgröße im Verlauf:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long fails and is tried again</source>
        <translation>Eine Anfrage, die so lange nichts empfängt, schlägt fehl und wird wiederholt</translation>
    </message>
    <message>
        <source>Attempts per request, the first included. AWS_MAX_ATTEMPTS or max_attempts in the AWS config take precedence.</source>
        <translation>Versuche pro Anfrage, einschließlich des ersten. AWS_MAX_ATTEMPTS oder max_attempts in der AWS-Konfiguration haben Vorrang.</translation>
    </message>
    <message>
        <source>Transfer &amp;timeout:</source>
        <translation>Übertragungs-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Retry attempts:</source>
        <comment>how many times a request is tried</comment>
        <translation>&amp;Wiederholungsversuche:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Write a log file</source>
        <translation>&amp;Protokolldatei schreiben</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Download-Ordner:</translation>
    </message>
    <message>
        <source>Log f&amp;ile:</source>
        <translation>Protokolldate&amp;i:</translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>Log File</source>
        <translation>Protokolldatei</translation>
    </message>
</context>
<context>
    <name>ProcessCredentialsProvider</name>
    <message>
        <source>its output has a %1 that is not a string.</source>
        <translation>seine Ausgabe enthält ein %1, das kein String ist.</translation>
    </message>
    <message>
        <source>its output has no %1.</source>
        <translation>seine Ausgabe enthält kein %1.</translation>
    </message>
    <message>
        <source>its output has no Version; Casebook reads Version 1.</source>
        <translation>seine Ausgabe enthält keine Version; Casebook liest Version 1.</translation>
    </message>
    <message>
        <source>its output has Version %1; Casebook reads only Version 1.</source>
        <translation>seine Ausgabe hat Version %1; Casebook liest nur Version 1.</translation>
    </message>
    <message>
        <source>its Expiration &quot;%1&quot; is not an ISO 8601 time with Z or an offset.</source>
        <translation>seine Expiration „%1“ ist keine ISO-8601-Zeit mit Z oder Zeitversatz.</translation>
    </message>
    <message>
        <source>the credentials it printed expired at %1.</source>
        <translation>die ausgegebenen Anmeldeinformationen sind am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>credential_process</source>
        <translation>credential_process</translation>
    </message>
    <message>
        <source>its output is not valid JSON (%1 at byte %2).</source>
        <translation>seine Ausgabe ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>its output is not a JSON object.</source>
        <translation>seine Ausgabe ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: the command has a quote that is never closed.</source>
        <translation>%1: Der Befehl enthält ein Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>%1: the command is empty.</source>
        <translation>%1: Der Befehl ist leer.</translation>
    </message>
    <message>
        <source>%1: the command printed more than %2 KiB, more than any credentials need; it was stopped.</source>
        <translation>%1: Der Befehl hat mehr als %2 KiB ausgegeben, mehr als Anmeldeinformationen je brauchen; er wurde beendet.</translation>
    </message>
    <message>
        <source>%1: the command was stopped by a signal.%2</source>
        <translation>%1: Der Befehl wurde durch ein Signal beendet.%2</translation>
    </message>
    <message>
        <source>%1: the command exited with code %2.%3</source>
        <translation>%1: Der Befehl wurde mit Code %2 beendet.%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the command could not be started (%2).</source>
        <translation>%1: Der Befehl konnte nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 seconds and was stopped.%3</source>
        <translation>%1: Der Befehl wurde nicht innerhalb von %2 Sekunden fertig und wurde beendet.%3</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
</context>
<context>
    <name>SandboxDataset</name>
    <message>
        <source>%1 has no &quot;cases&quot; folder</source>
        <translation>%1 hat keinen Ordner „cases“</translation>
    </message>
    <message>
        <source>This build of Casebook contains no demo cases</source>
        <translation>Dieser Build von Casebook enthält keine Demo-Supportfälle</translation>
    </message>
    <message>
        <source>%1: case %2 is also defined in another file</source>
        <translation>%1: Supportfall %2 ist auch in einer anderen Datei definiert</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>does not hold a JSON object</source>
        <translation>enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected &quot;case&quot;, &quot;communications&quot; and &quot;attachments&quot;)</source>
        <translation>unbekannter Schlüssel „%1“ (erwartet werden „case“, „communications“ und „attachments“)</translation>
    </message>
    <message>
        <source>&quot;case&quot; is missing or not an object</source>
        <translation>„case“ fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>case: %1</source>
        <translation>case: %1</translation>
    </message>
    <message>
        <source>case: &quot;caseId&quot; is empty</source>
        <translation>case: „caseId“ ist leer</translation>
    </message>
    <message>
        <source>case: &quot;timeCreated&quot; is missing or unreadable</source>
        <translation>case: „timeCreated“ fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>has no &quot;attachmentId&quot;</source>
        <translation>hat keine „attachmentId“</translation>
    </message>
    <message>
        <source>has no &quot;fileName&quot;</source>
        <translation>hat keinen „fileName“</translation>
    </message>
    <message>
        <source>has no &quot;data&quot; in base64</source>
        <translation>hat keine „data“ in Base64</translation>
    </message>
    <message>
        <source>reuses the id %1</source>
        <translation>verwendet die ID %1 erneut</translation>
    </message>
    <message>
        <source>attachment %1 %2</source>
        <translation>Anhang %1 %2</translation>
    </message>
    <message>
        <source>belongs to case %1</source>
        <translation>gehört zu Supportfall %1</translation>
    </message>
    <message>
        <source>has no readable &quot;timeCreated&quot;</source>
        <translation>hat keine lesbare „timeCreated“</translation>
    </message>
    <message>
        <source>has a body of %1 characters (1 to %2 allowed)</source>
        <translation>hat einen Text mit %1 Zeichen (1 bis %2 erlaubt)</translation>
    </message>
    <message>
        <source>lists attachment %1, which the file does not contain</source>
        <translation>führt Anhang %1 auf, den die Datei nicht enthält</translation>
    </message>
    <message>
        <source>calls attachment %1 &quot;%2&quot;, the file calls it &quot;%3&quot;</source>
        <translation>nennt Anhang %1 „%2“, die Datei nennt ihn „%3“</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is unreadable: %1</source>
        <translation>ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>communication %1 %2</source>
        <translation>Nachricht %1 %2</translation>
    </message>
    <message>
        <source>attachment id %1 is also used by another file</source>
        <translation>Die Anhang-ID %1 wird auch von einer anderen Datei verwendet</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>an item has no name before its &quot;=&quot;</source>
        <translation>ein Eintrag hat keinen Namen vor seinem „=“</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known faults are: %2</source>
        <translation>unbekannte Störung „%1“; bekannte Störungen sind: %2</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>%1 needs a value, as in %1=%2</source>
        <translation>%1 benötigt einen Wert, wie in %1=%2</translation>
    </message>
    <message>
        <source>%1 wants a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
</context>
<context>
    <name>SharedFileParser</name>
    <message>
        <source>a setting comes before the first [section]</source>
        <translation>eine Einstellung steht vor dem ersten [Abschnitt]</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time</source>
        <translation>der Abschnitt [%1] kommt ein zweites Mal vor</translation>
    </message>
    <message>
        <source>the line is not a &apos;key = value&apos; setting</source>
        <translation>die Zeile ist keine Einstellung der Form „Schlüssel = Wert“</translation>
    </message>
    <message>
        <source>the setting has no name</source>
        <translation>die Einstellung hat keinen Namen</translation>
    </message>
    <message>
        <source>the setting %1 appears a second time in its section</source>
        <translation>die Einstellung %1 kommt in ihrem Abschnitt ein zweites Mal vor</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark; save it as UTF-8 without one</source>
        <translation>die Datei beginnt mit einer Bytereihenfolge-Markierung (BOM); speichern Sie sie als UTF-8 ohne BOM</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>StaticCredentialsProvider</name>
    <message>
        <source>No AWS credentials are configured.</source>
        <translation>Es sind keine AWS-Anmeldeinformationen konfiguriert.</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>STS at %1 could not be reached: %2</source>
        <translation>STS unter %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>assume role %1</source>
        <translation>Rolle %1 übernehmen</translation>
    </message>
    <message>
        <source>STS refused to assume the role: %1 (%2, HTTP %3)</source>
        <translation>STS hat die Übernahme der Rolle abgelehnt: %1 (%2, HTTP %3)</translation>
    </message>
    <message>
        <source>STS answered HTTP %1 with something that is not an AssumeRole response.</source>
        <translation>STS hat mit HTTP %1 und etwas anderem als einer AssumeRole-Antwort geantwortet.</translation>
    </message>
</context>
<context>
    <name>SupportClient</name>
    <message>
        <source>The source of AWS credentials was closed.</source>
        <translation>Die Quelle der AWS-Anmeldeinformationen wurde geschlossen.</translation>
    </message>
    <message>
        <source>No AWS credentials are configured.</source>
        <translation>Es sind keine AWS-Anmeldeinformationen konfiguriert.</translation>
    </message>
    <message>
        <source>The source of AWS credentials supplied none.</source>
        <translation>Die Quelle der AWS-Anmeldeinformationen hat keine geliefert.</translation>
    </message>
</context>
<context>
    <name>SupportError</name>
    <message>
        <source>Casebook could not set up a secure connection to the AWS Support service: %1. If your network inspects TLS traffic, point AWS_CA_BUNDLE at your organisation&apos;s CA certificate file.</source>
        <translation>Casebook konnte keine sichere Verbindung zum AWS Support-Dienst aufbauen: %1. Wenn Ihr Netzwerk TLS-Verkehr prüft, lassen Sie AWS_CA_BUNDLE auf die CA-Zertifikatsdatei Ihrer Organisation zeigen.</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The AWS Support service stopped answering, so Casebook gave up waiting. Check your connection and try again.</source>
        <translation>Der AWS Support-Dienst hat nicht mehr geantwortet, daher hat Casebook das Warten aufgegeben. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The reply from the AWS Support service could not be read.</source>
        <translation>Die Antwort des AWS Support-Dienstes konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, add a profile to ~/.aws/credentials, or start Casebook with --demo to try it on sample cases.</source>
        <translation>Es wurden keine AWS-Anmeldeinformationen gefunden. Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY, fügen Sie ~/.aws/credentials ein Profil hinzu oder starten Sie Casebook mit --demo, um es mit Beispiel-Supportfällen auszuprobieren.</translation>
    </message>
    <message>
        <source>Casebook could not get AWS credentials. %1</source>
        <translation>Casebook konnte keine AWS-Anmeldeinformationen abrufen. %1</translation>
    </message>
    <message>
        <source>Your temporary AWS credentials have expired. Refresh them and try again.</source>
        <translation>Ihre temporären AWS-Anmeldeinformationen sind abgelaufen. Erneuern Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>AWS refused the request because this computer&apos;s clock is wrong. Set the clock correctly and try again.</source>
        <translation>AWS hat die Anfrage abgelehnt, weil die Uhr dieses Computers falsch geht. Stellen Sie die Uhr richtig und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>AWS refused the request signature. The secret access key is probably wrong for this access key id.</source>
        <translation>AWS hat die Signatur der Anfrage abgelehnt. Der geheime Zugriffsschlüssel passt vermutlich nicht zu dieser Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>AWS does not recognise these credentials. Check the access key id.</source>
        <translation>AWS erkennt diese Anmeldeinformationen nicht. Prüfen Sie die Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to read support cases. They need the IAM actions support:DescribeCases, support:DescribeCommunications and support:DescribeAttachment.</source>
        <translation>Diese Anmeldeinformationen dürfen keine Supportfälle lesen. Sie benötigen die IAM-Aktionen support:DescribeCases, support:DescribeCommunications und support:DescribeAttachment.</translation>
    </message>
    <message>
        <source>This AWS account has no support plan that includes the AWS Support API. The API needs a Business, Enterprise On-Ramp or Enterprise support plan.</source>
        <translation>Dieses AWS-Konto hat keinen Support-Plan, der die AWS Support API umfasst. Die API erfordert einen Business-, Enterprise-On-Ramp- oder Enterprise-Support-Plan.</translation>
    </message>
    <message>
        <source>The service does not know this case. Cases are kept only for a limited time after they are created, and only in the account that opened them.</source>
        <translation>Der Dienst kennt diesen Supportfall nicht. Supportfälle werden nach ihrer Erstellung nur begrenzte Zeit aufbewahrt, und nur in dem Konto, in dem sie eröffnet wurden.</translation>
    </message>
    <message>
        <source>The attachment is no longer available from the service.</source>
        <translation>Der Anhang ist beim Dienst nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The AWS Support service is limiting how fast Casebook may ask. Wait a moment and try again.</source>
        <translation>Der AWS Support-Dienst begrenzt, wie schnell Casebook anfragen darf. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The AWS Support service rejected the request as invalid.</source>
        <translation>Der AWS Support-Dienst hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The AWS Support service had an internal problem. Try again later.</source>
        <translation>Beim AWS Support-Dienst ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1) instead of an AWS reply. Check the endpoint URL; a proxy or login page may be in the way.</source>
        <translation>Der Endpunkt hat mit einer Umleitung (HTTP %1) statt mit einer AWS-Antwort geantwortet. Prüfen Sie die Endpunkt-URL; vielleicht steht ein Proxy oder eine Anmeldeseite im Weg.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 without an AWS error. A proxy, firewall or login page between Casebook and AWS may have refused the request.</source>
        <translation>Der Endpunkt hat mit HTTP %1 ohne AWS-Fehler geantwortet. Ein Proxy, eine Firewall oder eine Anmeldeseite zwischen Casebook und AWS hat die Anfrage vielleicht abgelehnt.</translation>
    </message>
    <message>
        <source>The AWS Support service reported an error.</source>
        <translation>Der AWS Support-Dienst hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The AWS Support endpoint&apos;s name could not be looked up. Check your network connection, DNS settings and the endpoint URL.</source>
        <translation>Der Name des AWS Support-Endpunkts konnte nicht aufgelöst werden. Prüfen Sie Ihre Netzwerkverbindung, die DNS-Einstellungen und die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>The AWS Support endpoint refused the connection. Check the endpoint URL and any firewall between you and it.</source>
        <translation>Der AWS Support-Endpunkt hat die Verbindung abgelehnt. Prüfen Sie die Endpunkt-URL und jede Firewall zwischen Ihnen und dem Endpunkt.</translation>
    </message>
    <message>
        <source>The connection to the AWS Support service broke off before the reply was complete. Try again.</source>
        <translation>Die Verbindung zum AWS Support-Dienst ist abgebrochen, bevor die Antwort vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Casebook could not get through the network proxy. Check the proxy settings (http_proxy, https_proxy) and its credentials.</source>
        <translation>Casebook ist nicht durch den Netzwerk-Proxy gekommen. Prüfen Sie die Proxy-Einstellungen (http_proxy, https_proxy) und deren Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Connect to a network and try again.</source>
        <translation>Dieser Computer scheint offline zu sein. Stellen Sie eine Netzwerkverbindung her und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Casebook could not reach the AWS Support service. Check your network connection and proxy settings.</source>
        <translation>Casebook konnte den AWS Support-Dienst nicht erreichen. Prüfen Sie Ihre Netzwerkverbindung und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>SupportReply</name>
    <message>
        <source>The reply was larger than %1 MiB.</source>
        <translation>Die Antwort war größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The reply is not valid JSON: %1.</source>
        <translation>Die Antwort ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>ThreadFile</name>
    <message>
        <source>Message %1 is not a JSON object.</source>
        <translation>Nachricht %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Message %1 has no &quot;%2&quot;.</source>
        <translation>Nachricht %1 hat kein „%2“.</translation>
    </message>
    <message>
        <source>Message %1 is malformed: %2.</source>
        <translation>Nachricht %1 ist fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>The &quot;case&quot; in the file is malformed: %1.</source>
        <translation>Der „case“ in der Datei ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The file mixes messages of several cases.</source>
        <translation>Die Datei mischt Nachrichten mehrerer Supportfälle.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, more than any exported thread.</source>
        <translation>%1 ist größer als %2, mehr als jeder exportierte Verlauf.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2).</source>
        <translation>es ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it holds no support case thread (a &quot;communications&quot; list, as Casebook exports and aws support describe-communications prints).</source>
        <translation>es enthält keinen Verlauf eines Supportfalls (eine Liste „communications“, wie Casebook sie exportiert und aws support describe-communications sie ausgibt).</translation>
    </message>
</context>
<context>
    <name>ThreadRenderer</name>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>%1 (local %2 %3)</source>
        <translation>%1 (lokal %2 %3)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>from %1 until before %2</source>
        <translation>von %1 bis vor %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until before %1</source>
        <translation>bis vor %1</translation>
    </message>
    <message>
        <source>Display id</source>
        <translation>Anzeige-ID</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n, oldest first</source>
        <translation>
            <numerusform>%n, älteste zuerst</numerusform>
            <numerusform>%n, älteste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(unbekannter Absender)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>profile %1 (assume role %2)</source>
        <translation>Profil %1 (Rolle %2 übernehmen)</translation>
    </message>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation>Profil %1 (credential_process)</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · credentials: %3</source>
        <translation>%1 · %2 · Anmeldeinformationen: %3</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Die Demo-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>demo example key</source>
        <translation>Demo-Beispielschlüssel</translation>
    </message>
    <message>
        <source>Demo sandbox · %1 · credentials: %2</source>
        <translation>Demo-Sandbox · %1 · Anmeldeinformationen: %2</translation>
    </message>
    <message>
        <source>This system has no working TLS library, so Casebook cannot talk to AWS over HTTPS. Install OpenSSL (Debian package libssl3) and start Casebook again.</source>
        <translation>Auf diesem System gibt es keine funktionierende TLS-Bibliothek, daher kann Casebook nicht über HTTPS mit AWS kommunizieren. Installieren Sie OpenSSL (Debian-Paket libssl3) und starten Sie Casebook erneut.</translation>
    </message>
    <message>
        <source>The CA bundle %1 (AWS_CA_BUNDLE or ca_bundle) holds no readable PEM certificate.</source>
        <translation>Das CA-Bundle %1 (AWS_CA_BUNDLE oder ca_bundle) enthält kein lesbares PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind AWS; Casebook corrects for it.</source>
        <translation>Die Uhr dieses Computers geht %1 hinter AWS nach; Casebook gleicht das aus.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of AWS; Casebook corrects for it.</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber AWS vor; Casebook gleicht das aus.</translation>
    </message>
    <message>
        <source>Serves the AWS Support API on 127.0.0.1 from a dataset, for trying Casebook and for tests.</source>
        <translation>Stellt die AWS Support API auf 127.0.0.1 aus einem Datensatz bereit, zum Ausprobieren von Casebook und für Tests.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>Dataset folder holding cases/*.json; without it the built-in demo cases are served.</source>
        <translation>Datensatzordner mit cases/*.json; ohne ihn werden die eingebauten Demo-Supportfälle bereitgestellt.</translation>
    </message>
    <message>
        <source>Faults to inject, comma-separated, for example throttle=3,slow=2000,subscription (see the README).</source>
        <translation>Einzuschleusende Störungen, durch Kommas getrennt, zum Beispiel throttle=3,slow=2000,subscription (siehe README).</translation>
    </message>
    <message>
        <source>--port wants a number from 0 to 65535</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>cannot load the dataset: %1</source>
        <translation>Datensatz kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>injecting faults: %1</source>
        <translation>Störungen werden eingeschleust: %1</translation>
    </message>
    <message>
        <source>The local archive cannot be used, so nothing is kept for offline reading: %1</source>
        <translation>Das lokale Archiv kann nicht verwendet werden, daher wird nichts zum Offline-Lesen aufbewahrt: %1</translation>
    </message>
    <message>
        <source>The local archive was damaged. It was moved to %1 and a new, empty archive was started.</source>
        <translation>Das lokale Archiv war beschädigt. Es wurde nach %1 verschoben und ein neues, leeres Archiv angelegt.</translation>
    </message>
    <message>
        <source>Cases are not listed: no AWS credentials were found. Reading a file needs none.</source>
        <translation>Es werden keine Supportfälle aufgelistet: Es wurden keine AWS-Anmeldedaten gefunden. Zum Lesen einer Datei sind keine nötig.</translation>
    </message>
</context>
</TS>
