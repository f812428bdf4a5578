<?xml version='1.0' encoding='utf-8'?>
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
        <source>Unknown language "%1": use de or en.</source>
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
    <message>
        <source>Open on &lt;page&gt;: mynetwork, sent, notifications, outbox, profile:ID or search:TEXT.</source>
        <translation>Mit &lt;Seite&gt; öffnen: mynetwork, sent, notifications, outbox, profile:ID oder search:TEXT.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Unknown page "%1".</source>
        <translation>Unbekannte Seite „%1“.</translation>
    </message>
</context>
<context>
    <name>InvitationDelegate</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Invited by e-mail; not a member yet</source>
        <translation>Per E-Mail eingeladen; noch kein Mitglied</translation>
    </message>
    <message>
        <source>Invitation from %1</source>
        <translation>Einladung von %1</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>Einladung an %1</translation>
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
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>Simulated &amp;time</source>
        <translation>Simulierte &amp;Zeit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Switch member…</source>
        <translation>Mitglied &amp;wechseln …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Advance by a &amp;day</source>
        <translation>Einen &amp;Tag vorspulen</translation>
    </message>
    <message>
        <source>Advance by a &amp;week</source>
        <translation>Eine &amp;Woche vorspulen</translation>
    </message>
    <message>
        <source>Advance by a &amp;month</source>
        <translation>Einen &amp;Monat vorspulen</translation>
    </message>
    <message>
        <source>Advance to a &amp;date…</source>
        <translation>Bis zu einem &amp;Datum vorspulen …</translation>
    </message>
    <message>
        <source>Back to &amp;real time</source>
        <translation>Zurück zur &amp;echten Zeit</translation>
    </message>
    <message>
        <source>Advance to a date</source>
        <translation>Bis zu einem Datum vorspulen</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Simulated time: %1</source>
        <translation>Simulierte Zeit: %1</translation>
    </message>
    <message>
        <source>Real time: %1</source>
        <translation>Echte Zeit: %1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Switch member</source>
        <translation>Mitglied wechseln</translation>
    </message>
    <message>
        <source>Act as another member to play the other side of an invitation.</source>
        <translation>Handeln Sie als anderes Mitglied, um die andere Seite einer Einladung zu spielen.</translation>
    </message>
    <message>
        <source>Search by name, headline, company or number</source>
        <translation>Nach Name, Titel, Unternehmen oder Nummer suchen</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>%1 accepted your invitation</source>
        <translation>%1 hat Ihre Einladung angenommen</translation>
    </message>
    <message>
        <source>Reminder: %1 is waiting for your answer</source>
        <translation>Erinnerung: %1 wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>To %1: %2 invites you to join My Network</source>
        <translation>An %1: %2 lädt Sie zu Mein Netzwerk ein</translation>
    </message>
    <message>
        <source>To %1: Reminder, %2 is still waiting for your answer</source>
        <translation>An %1: Erinnerung, %2 wartet noch auf Ihre Antwort</translation>
    </message>
    <message>
        <source>You are now connected with %1.</source>
        <translation>Sie sind jetzt mit %1 vernetzt.</translation>
    </message>
    <message>
        <source>Accept or ignore the invitation on your My Network page.</source>
        <translation>Nehmen Sie die Einladung auf Ihrer Seite „Mein Netzwerk“ an oder ignorieren Sie sie.</translation>
    </message>
    <message>
        <source>%1 would like to connect with you on My Network. Join with this address to answer.</source>
        <translation>%1 möchte sich mit Ihnen auf Mein Netzwerk vernetzen. Treten Sie mit dieser Adresse bei, um zu antworten.</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Notifications (%1 unread)</source>
        <translation>Benachrichtigungen (%1 ungelesen)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Outbox: e-mails to non-members</source>
        <translation>Postausgang: E-Mails an Nichtmitglieder</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
</context>
<context>
    <name>MyNetworkPage</name>
    <message>
        <source>Manage my network</source>
        <translation>Mein Netzwerk verwalten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Sent invitations</source>
        <translation>Gesendete Einladungen</translation>
    </message>
    <message>
        <source>Unread notifications</source>
        <translation>Ungelesene Benachrichtigungen</translation>
    </message>
    <message>
        <source>Invite by e-mail</source>
        <translation>Per E-Mail einladen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation>Unbekanntes Mitglied</translation>
    </message>
    <message numerus="yes">
        <source>You can send %n more invitation(s) this week.</source>
        <translation>
            <numerusform>Sie können diese Woche noch %n Einladung senden.</numerusform>
            <numerusform>Sie können diese Woche noch %n Einladungen senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations (%1)</source>
        <translation>Einladungen (%1)</translation>
    </message>
    <message>
        <source>Sent invitations (%1)</source>
        <translation>Gesendete Einladungen (%1)</translation>
    </message>
    <message>
        <source>No pending invitations. Invitations people send you appear here.</source>
        <translation>Keine offenen Einladungen. Einladungen, die Sie erhalten, erscheinen hier.</translation>
    </message>
    <message>
        <source>You have no invitations waiting for an answer.</source>
        <translation>Keine Ihrer Einladungen wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>Received invitations</source>
        <translation>Erhaltene Einladungen</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Withdraw older…</source>
        <translation>Ältere zurückziehen …</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all older than %n week(s)…</source>
        <translation>
            <numerusform>Alle älter als %n Woche zurückziehen …</numerusform>
            <numerusform>Alle älter als %n Wochen zurückziehen …</numerusform>
        </translation>
    </message>
    <message>
        <source>You and %1 are now connected.</source>
        <translation>Sie und %1 sind jetzt vernetzt.</translation>
    </message>
    <message>
        <source>Invitation from %1 ignored. %1 will not be told.</source>
        <translation>Einladung von %1 ignoriert. %1 erfährt davon nichts.</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw your invitation to %1? You can invite %1 again on %2.</source>
        <translation>Einladung an %1 zurückziehen? Eine neue Einladung an %1 ist ab dem %2 möglich.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn. You can invite %1 again on %2.</source>
        <translation>Einladung an %1 zurückgezogen. Eine neue Einladung an %1 ist ab dem %2 möglich.</translation>
    </message>
    <message>
        <source>%1 – can be invited again on %2</source>
        <translation>%1 – erneut einladen ab dem %2</translation>
    </message>
    <message numerus="yes">
        <source>No sent invitation is older than %n week(s).</source>
        <translation>
            <numerusform>Keine gesendete Einladung ist älter als %n Woche.</numerusform>
            <numerusform>Keine gesendete Einladung ist älter als %n Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n invitation(s) older than %1?</source>
        <translation>
            <numerusform>%n Einladung, älter als %1, zurückziehen?</numerusform>
            <numerusform>%n Einladungen, älter als %1, zurückziehen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw invitations</source>
        <translation>Einladungen zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw all</source>
        <translation>Alle zurückziehen</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) withdrawn. You can invite them again on %1.</source>
        <translation>
            <numerusform>%n Einladung zurückgezogen. Eine neue Einladung ist ab dem %1 möglich.</numerusform>
            <numerusform>%n Einladungen zurückgezogen. Neue Einladungen sind ab dem %1 möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>%1 had already invited you: you are now connected.</source>
        <translation>%1 hatte Sie bereits eingeladen: Sie sind jetzt vernetzt.</translation>
    </message>
    <message>
        <source>People you may know</source>
        <translation>Personen, die Sie vielleicht kennen</translation>
    </message>
    <message>
        <source>No suggestions right now.</source>
        <translation>Im Moment keine Vorschläge.</translation>
    </message>
    <message>
        <source>%1 will not be suggested again.</source>
        <translation>%1 wird Ihnen nicht mehr vorgeschlagen.</translation>
    </message>
    <message>
        <source>Manage sent invitations (%1) ›</source>
        <translation>Gesendete Einladungen verwalten (%1) ›</translation>
    </message>
    <message>
        <source>Finding people you may know…</source>
        <translation>Personen, die Sie vielleicht kennen, werden gesucht …</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Studied at %1</source>
        <translation>Studium: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Contact details and connections are visible to %1's connections only.</source>
        <translation>Kontaktdaten und Verbindungen sehen nur die Verbindungen von %1.</translation>
    </message>
    <message>
        <source>Pending – withdraw</source>
        <translation>Ausstehend – zurückziehen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Connections of %1</source>
        <translation>Verbindungen von %1</translation>
    </message>
    <message>
        <source>You and %1 are now connected.</source>
        <translation>Sie und %1 sind jetzt vernetzt.</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw your invitation to %1? You can invite %1 again on %2.</source>
        <translation>Einladung an %1 zurückziehen? Eine neue Einladung an %1 ist ab dem %2 möglich.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn. You can invite %1 again on %2.</source>
        <translation>Einladung an %1 zurückgezogen. Eine neue Einladung an %1 ist ab dem %2 möglich.</translation>
    </message>
    <message>
        <source>Invitation ignored.</source>
        <translation>Einladung ignoriert.</translation>
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
        <source>"%1" is not a valid e-mail address.</source>
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
    <name>RelationText</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Vernetzt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Available again on %1</source>
        <translation>Wieder möglich ab %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Vernetzen</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n minute(s)</source>
        <translation>
            <numerusform>läuft in %n Minute ab</numerusform>
            <numerusform>läuft in %n Minuten ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n hour(s)</source>
        <translation>
            <numerusform>läuft in %n Stunde ab</numerusform>
            <numerusform>läuft in %n Stunden ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n week(s)</source>
        <translation>
            <numerusform>läuft in %n Woche ab</numerusform>
            <numerusform>läuft in %n Wochen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n month(s)</source>
        <translation>
            <numerusform>läuft in %n Monat ab</numerusform>
            <numerusform>läuft in %n Monaten ab</numerusform>
        </translation>
    </message>
    <message>
        <source>No mutual connections</source>
        <translation>Keine gemeinsamen Verbindungen</translation>
    </message>
    <message numerus="yes">
        <source>%n mutual connection(s)</source>
        <translation>
            <numerusform>%n gemeinsame Verbindung</numerusform>
            <numerusform>%n gemeinsame Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>You and %1 are now connected.</source>
        <translation>Sie und %1 sind jetzt vernetzt.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>The first %1 people for “%2”</source>
        <translation>Die ersten %1 Personen für „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“</numerusform>
            <numerusform>%n Ergebnisse für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try part of a name, a headline or a company.</source>
        <translation>Niemand passt zu „%1“. Versuchen Sie einen Teil eines Namens, Titels oder Unternehmens.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
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
        <source>%1 holds another program's data, not a My Network database. It was left unchanged.</source>
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
<context>
    <name>SuggestionDelegate</name>
    <message>
        <source>Connect</source>
        <translation>Vernetzen</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>In your imported contacts</source>
        <translation>In Ihren importierten Kontakten</translation>
    </message>
    <message>
        <source>Also works at %1</source>
        <translation>Arbeitet auch bei %1</translation>
    </message>
    <message>
        <source>Also studied at %1</source>
        <translation>Hat auch an %1 studiert</translation>
    </message>
    <message>
        <source>Also in %1</source>
        <translation>Auch in %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>