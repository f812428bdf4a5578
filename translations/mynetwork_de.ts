<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>My Network</source>
        <translation>Mein Netzwerk</translation>
    </message>
    <message>
        <source>My Network: grow your professional network with invitations.</source>
        <translation>Mein Netzwerk: Bauen Sie Ihr berufliches Netzwerk mit Einladungen aus.</translation>
    </message>
    <message>
        <source>Use the SQLite database file &lt;path&gt; instead of the default.</source>
        <translation>Die SQLite-Datenbankdatei &lt;Pfad&gt; statt der Standarddatei verwenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Interface language: de or en.</source>
        <translation>Sprache der Oberfläche: de oder en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Do not fill a new database with the demo network.</source>
        <translation>Eine neue Datenbank nicht mit dem Demo-Netzwerk füllen.</translation>
    </message>
    <message>
        <source>Sign in as the member with the number &lt;id&gt;.</source>
        <translation>Als Mitglied mit der Nummer &lt;ID&gt; anmelden.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de or en.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie de oder en.</translation>
    </message>
    <message>
        <source>Could not create the demo network: %1</source>
        <translation>Das Demo-Netzwerk konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>InvitationDelegate</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by e-mail; not a member yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My Network</source>
        <translation>Mein Netzwerk</translation>
    </message>
    <message>
        <source>My Network – %1</source>
        <translation>Mein Netzwerk – %1</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance by a &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance by a &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance by a &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance to a &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Switch member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as another member to play the other side of an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, headline, company or number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyNetworkPage</name>
    <message>
        <source>Manage my network</source>
        <translation type="unfinished">Mein Netzwerk verwalten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished">Verbindungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Sent invitations</source>
        <translation type="unfinished">Gesendete Einladungen</translation>
    </message>
    <message>
        <source>Unread notifications</source>
        <translation type="unfinished">Ungelesene Benachrichtigungen</translation>
    </message>
    <message>
        <source>Invite by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation type="unfinished">Unbekanntes Mitglied</translation>
    </message>
    <message numerus="yes">
        <source>You can send %n more invitation(s) this week.</source>
        <translation type="unfinished">
            <numerusform>Sie können diese Woche noch %n Einladung senden.</numerusform>
            <numerusform>Sie können diese Woche noch %n Einladungen senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent invitations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending invitations. Invitations people send you appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no invitations waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received invitations</source>
        <translation type="unfinished">Erhaltene Einladungen</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all older than %n week(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You and %1 are now connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation from %1 ignored. %1 will not be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw your invitation to %1? You can invite %1 again on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn. You can invite %1 again on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – can be invited again on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No sent invitation is older than %n week(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n invitation(s) older than %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) withdrawn. You can invite them again on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had already invited you: you are now connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>You cannot invite yourself.</source>
        <translation>Sie können sich nicht selbst einladen.</translation>
    </message>
    <message>
        <source>This member does not exist (any more).</source>
        <translation>Dieses Mitglied gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>You and %1 are already connected.</source>
        <translation>Sie und %1 sind bereits vernetzt.</translation>
    </message>
    <message>
        <source>You have already invited %1. The invitation is waiting for a response.</source>
        <translation>Sie haben %1 bereits eingeladen. Die Einladung wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>You withdrew your invitation to %1. You can invite them again on %2.</source>
        <translation>Sie haben Ihre Einladung an %1 zurückgezogen. Eine neue Einladung ist ab dem %2 möglich.</translation>
    </message>
    <message numerus="yes">
        <source>You have reached the limit of %n invitation(s) in seven days. Try again in a few days.</source>
        <translation>
            <numerusform>Sie haben das Limit von %n Einladung in sieben Tagen erreicht. Versuchen Sie es in einigen Tagen erneut.</numerusform>
            <numerusform>Sie haben das Limit von %n Einladungen in sieben Tagen erreicht. Versuchen Sie es in einigen Tagen erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal note is too long: at most %n character(s).</source>
        <translation>
            <numerusform>Die persönliche Nachricht ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Die persönliche Nachricht ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The e-mail address %1 already belongs to a member.</source>
        <translation>Die E-Mail-Adresse %1 gehört bereits einem Mitglied.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Diese Einladung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This invitation was not sent to you.</source>
        <translation>Diese Einladung wurde nicht an Sie gesendet.</translation>
    </message>
    <message>
        <source>Only the person who sent an invitation can withdraw it.</source>
        <translation>Nur wer eine Einladung gesendet hat, kann sie zurückziehen.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted.</source>
        <translation>Diese Einladung wurde bereits angenommen.</translation>
    </message>
    <message>
        <source>This invitation has already been answered.</source>
        <translation>Diese Einladung wurde bereits beantwortet.</translation>
    </message>
    <message>
        <source>%1 has withdrawn this invitation.</source>
        <translation>%1 hat diese Einladung zurückgezogen.</translation>
    </message>
    <message>
        <source>This invitation has expired.</source>
        <translation>Diese Einladung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No mutual connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mutual connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of My Network (schema %2; this version reads up to %3). It was left unchanged.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Mein Netzwerk geschrieben (Schema %2; diese Version liest bis %3). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. My Network needs to write to it; it was left unchanged.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Mein Netzwerk muss in sie schreiben; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a My Network database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 ist keine Datenbank von Mein Netzwerk (keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close it and try again.</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; restore it from a backup or choose another file.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not a My Network database. It was left unchanged.</source>
        <translation>%1 enthält Daten eines anderen Programms, keine Datenbank von Mein Netzwerk. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 has no schema version; it is damaged. It was left unchanged.</source>
        <translation>Die Datenbank %1 hat keine Schemaversion; sie ist beschädigt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Updating the database %1 from schema %2 to %3 failed: %4. Nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank %1 von Schema %2 auf %3 ist fehlgeschlagen: %4. Es wurde nichts verändert.</translation>
    </message>
</context>
</TS>
