<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Admin</name>
    <message>
        <source>The team store: postgresql://owner@host[:port]/database.</source>
        <translation>Der Team-Speicher: postgresql://eigentuemer@host[:port]/datenbank.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>init: fill a new store with the demo network.</source>
        <translation>init: einen neuen Speicher mit dem Demo-Netzwerk füllen.</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>Der Name des Mitglieds.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The member&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Mitglieds.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The login (lower-case letters, digits, _).</source>
        <translation>Der Anmeldename (Kleinbuchstaben, Ziffern, _).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>anmeldename</translation>
    </message>
    <message>
        <source>The login&apos;s password.</source>
        <translation>Das Passwort zum Anmeldenamen.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>passwort</translation>
    </message>
    <message>
        <source>An existing member&apos;s number.</source>
        <translation>Die Nummer eines vorhandenen Mitglieds.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>nr</translation>
    </message>
    <message>
        <source>list-members: only members with a login.</source>
        <translation>list-members: nur Mitglieder mit Anmeldenamen.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <source>Name one command: %1 (see --help).</source>
        <translation>Geben Sie einen Befehl an: %1 (siehe --help).</translation>
    </message>
    <message>
        <source>Name the team store with --db postgresql://… (see --help).</source>
        <translation>Geben Sie den Team-Speicher mit --db postgresql://… an (siehe --help).</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 erfordert --%2.</translation>
    </message>
    <message>
        <source>Created the team store %1.</source>
        <translation>Team-Speicher %1 angelegt.</translation>
    </message>
    <message>
        <source>The team store %1 is ready.</source>
        <translation>Der Team-Speicher %1 ist bereit.</translation>
    </message>
    <message>
        <source>Member %1 signs in as %2.</source>
        <translation>Mitglied %1 meldet sich als %2 an.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>kann sich anmelden</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Password (shown only now): %1</source>
        <translation>Passwort (wird nur jetzt angezeigt): %1</translation>
    </message>
    <message>
        <source>set-profile: the headline.</source>
        <translation>set-profile: die Überschrift.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>set-profile: the company.</source>
        <translation>set-profile: das Unternehmen.</translation>
    </message>
    <message>
        <source>set-profile: the school.</source>
        <translation>set-profile: die Ausbildung.</translation>
    </message>
    <message>
        <source>set-profile: where the member is.</source>
        <translation>set-profile: der Ort des Mitglieds.</translation>
    </message>
    <message>
        <source>set-profile: the phone.</source>
        <translation>set-profile: die Telefonnummer.</translation>
    </message>
    <message>
        <source>The profile of member %1 was saved.</source>
        <translation>Das Profil von Mitglied %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>import-members: a new file for the logins&apos; passwords.</source>
        <translation>import-members: eine neue Datei für die Passwörter der Anmeldenamen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>import-members: check the file, change nothing.</source>
        <translation>import-members: die Datei prüfen, nichts ändern.</translation>
    </message>
    <message>
        <source>Administers a My Network team store as its owner login.

Commands:
  init [--demo]                                   create or update the store and the member role
  add-member --name N --email E --login L [--password P]
                                                  a new member who signs in as L
  add-login --member ID --login L [--password P]  let an existing member sign in as L
  disable-member --login L                        L can no longer sign in
  list-members [--with-login]                     members, their logins and whether they can sign in
  set-profile --member ID [--name N] [--email E] [--headline H] [--company C] [--school S]
              [--location L] [--phone P]          change one member&apos;s profile
  import-members FILE --passwords OUT [--check]   an organisation&apos;s people from a CSV, vCard or
                                                  LDIF export, all or none, with generated logins
A password left out is generated and shown once.</source>
        <translation>Verwaltet einen Team-Speicher von „Mein Netzwerk“ mit dem Anmeldenamen seines Eigentümers.

Befehle:
  init [--demo]                                   den Speicher und die Mitgliederrolle anlegen oder aktualisieren
  add-member --name N --email E --login L [--password P]
                                                  ein neues Mitglied, das sich als L anmeldet
  add-login --member ID --login L [--password P]  ein vorhandenes Mitglied als L anmelden lassen
  disable-member --login L                        L kann sich nicht mehr anmelden
  list-members [--with-login]                     Mitglieder, ihre Anmeldenamen und ob sie sich anmelden können
  set-profile --member ID [--name N] [--email E] [--headline H] [--company C] [--school S]
              [--location L] [--phone P]          das Profil eines Mitglieds ändern
  import-members FILE --passwords OUT [--check]   die Personen einer Organisation aus einem CSV-, vCard- oder
                                                  LDIF-Export, alle oder keine, mit erzeugten Anmeldenamen
Ein weggelassenes Passwort wird erzeugt und einmal angezeigt.</translation>
    </message>
    <message>
        <source>import-members: the export to read.</source>
        <translation>import-members: der zu lesende Export.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 exists already; name a new file for the passwords.</source>
        <translation>%1 gibt es bereits; geben Sie für die Passwörter eine neue Datei an.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 people can be added; nothing was changed (--check).</source>
        <translation>%1 Personen können hinzugefügt werden; es wurde nichts geändert (--check).</translation>
    </message>
    <message>
        <source>Added %1 members from %2; their passwords are in %3, which only you can read.</source>
        <translation>%1 Mitglieder aus %2 hinzugefügt; ihre Passwörter stehen in %3, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Send the commands through the connection pooler at &lt;location&gt; (PgBouncer in transaction mode); init, which may migrate the store, runs on the server itself.</source>
        <translation>Die Befehle über den Pooler unter &lt;Ort&gt; senden (PgBouncer im Transaktionsmodus); init, das den Speicher migrieren kann, läuft auf dem Server selbst.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Could not create the demo network: %1</source>
        <translation>Das Demo-Netzwerk konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. My Network was not closed properly last time; nothing has been written to the store since.</source>
        <translation>Die Datenbank %1 ist beschädigt: %2. „Mein Netzwerk“ wurde beim letzten Mal nicht ordnungsgemäß beendet; seitdem wurde nichts in die Datenbank geschrieben.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Nothing has been written to it.</source>
        <translation>Die Datenbank %1 ist beschädigt: %2. Es wurde nichts in sie geschrieben.</translation>
    </message>
    <message>
        <source>There is no backup of it; choose another file.</source>
        <translation>Es gibt keine Sicherung davon; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The latest good backup is %1; My Network&apos;s window offers to restore it.</source>
        <translation>Die neueste intakte Sicherung ist %1; das Fenster von „Mein Netzwerk“ bietet an, sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>the store is damaged</source>
        <translation>die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>the store is being checked; try again in a moment</source>
        <translation>die Datenbank wird geprüft; versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
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
        <source>Unknown language “%1”: use de or en.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie de oder en.</translation>
    </message>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Unknown page “%1”.</source>
        <translation>Unbekannte Seite „%1“.</translation>
    </message>
    <message>
        <source>Print what importing the address book &lt;file&gt; would find, and quit.</source>
        <translation>Ausgeben, was der Import des Adressbuchs &lt;Datei&gt; finden würde, und beenden.</translation>
    </message>
    <message>
        <source>Use the store at &lt;location&gt; instead of the default: an SQLite file path, or a team server as postgresql://login@host[:port]/database[?sslmode=require].</source>
        <translation>Den Speicher unter &lt;Ort&gt; statt des Standards verwenden: den Pfad einer SQLite-Datei oder einen Team-Server als postgresql://anmeldename@host[:port]/datenbank[?sslmode=require].</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>--member is for a local store. On the team store %1 you act as the member tied to your login (%2); sign in with another login instead.</source>
        <translation>--member gibt es nur für einen lokalen Speicher. Auf dem Team-Speicher %1 handeln Sie als das Mitglied Ihrer Anmeldung (%2); melden Sie sich stattdessen mit einer anderen Anmeldung an.</translation>
    </message>
    <message>
        <source>Size of the picture --screenshot saves, as &lt;width&gt;x&lt;height&gt;.</source>
        <translation>Größe des Bildes, das --screenshot speichert, als &lt;Breite&gt;x&lt;Höhe&gt;.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The size “%1” is not &lt;width&gt;x&lt;height&gt; of at least 200x200.</source>
        <translation>Die Größe „%1“ hat nicht die Form &lt;Breite&gt;x&lt;Höhe&gt; oder ist kleiner als 200x200.</translation>
    </message>
    <message>
        <source>With --import-preview: read the file as &lt;name&gt; (Shift_JIS, KOI8-R, ISO-8859-2, …) instead of guessing its encoding.</source>
        <translation>Mit --import-preview: die Datei als &lt;Name&gt; lesen (Shift_JIS, KOI8-R, ISO-8859-2, …), statt ihre Kodierung zu erraten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The network is damaged</source>
        <translation>Das Netzwerk ist beschädigt</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2 members, %3 connections, %4 contacts). Restore it?</source>
        <translation>Die neueste intakte Sicherung ist vom %1 (%2 Mitglieder, %3 Kontakte im Netzwerk, %4 importierte Kontakte). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit without changes</source>
        <translation>Ohne Änderungen beenden</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Keep the local store&apos;s backups in &lt;folder&gt; (default: backups beside the store; also the setting backups/folder).</source>
        <translation>Sicherungen der lokalen Datenbank in &lt;folder&gt; ablegen (Standard: backups neben der Datenbank; auch die Einstellung backups/folder).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Keep the last &lt;n&gt; backups (default 7, 0 takes none; also the setting backups/kept).</source>
        <translation>Die letzten &lt;n&gt; Sicherungen behalten (Standard 7, 0 legt keine an; auch die Einstellung backups/kept).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The number of backups “%1” is not a whole number of 0 or more.</source>
        <translation>Die Anzahl der Sicherungen „%1“ ist keine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>With a team store: read people you may know and searches on the read replica at &lt;location&gt; (a standby of the server, postgresql://host[:port]/database).</source>
        <translation>Bei einem Team-Speicher: Personen, die Sie kennen könnten, und Suchen auf dem Lesereplikat unter &lt;Ort&gt; lesen (einem Standby des Servers, postgresql://host[:port]/datenbank).</translation>
    </message>
    <message>
        <source>With a team store: send its queries through the connection pooler at &lt;location&gt; (PgBouncer in transaction mode, postgresql://host[:port]/database).</source>
        <translation>Bei einem Team-Speicher: seine Abfragen über den Pooler unter &lt;Ort&gt; senden (PgBouncer im Transaktionsmodus, postgresql://host[:port]/datenbank).</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: mynetwork, received, sent, connections, notifications, outbox, profile:ID, search:TEXT, import:FILE, contacts, restore, withdraw, edit-profile[:PICTURE], welcome, connect, join, invitation-mail, about or user-guide.</source>
        <translation>Auf &lt;Seite&gt; öffnen: mynetwork, received, sent, connections, notifications, outbox, profile:ID, search:TEXT, import:FILE, contacts, restore, withdraw, edit-profile[:BILD], welcome, connect, join, invitation-mail, about oder user-guide.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ByteSource</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>Die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is the database My Network is using, not an address book</source>
        <translation>Das ist die Datenbank, die „Mein Netzwerk“ gerade verwendet, kein Adressbuch</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Open %1&apos;s profile</source>
        <translation>Profil von %1 öffnen</translation>
    </message>
    <message>
        <source>Connect with a note…</source>
        <translation>Mit Nachricht vernetzen …</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>Cannot listen for changes on the team server: %1</source>
        <translation>Änderungen auf dem Team-Server können nicht verfolgt werden: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>Mit einem Team-Server verbinden</translation>
    </message>
    <message>
        <source>Share one network with your team: open the store on a PostgreSQL server, signed in with your own login.</source>
        <translation>Teilen Sie ein Netzwerk mit Ihrem Team: Öffnen Sie den gemeinsamen Speicher auf einem PostgreSQL-Server mit Ihrem eigenen Anmeldenamen.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.beispiel.de</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Name oder Adresse des Servers</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keychain</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Leave the password empty to use ~/.pgpass or PGPASSWORD.</source>
        <translation>Lassen Sie das Passwort leer, um ~/.pgpass oder PGPASSWORD zu verwenden.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Wenn der Server sie anbietet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Erforderlich, mit Prüfung des Serverzertifikats</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the database the team store is in.</source>
        <translation>Geben Sie die Datenbank ein, in der der Team-Speicher liegt.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>The password could not be kept in the desktop&apos;s keychain (%1). It is used now; you will be asked for it at the next start.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Desktops gespeichert werden (%1). Es wird jetzt verwendet; beim nächsten Start werden Sie wieder danach gefragt.</translation>
    </message>
    <message>
        <source>Read repli&amp;ca:</source>
        <translation>Lese&amp;replikat:</translation>
    </message>
    <message>
        <source>Read replica (optional)</source>
        <translation>Lesereplikat (optional)</translation>
    </message>
    <message>
        <source>A standby of the server that answers people you may know and searches; empty: the server answers everything.</source>
        <translation>Ein Standby des Servers, der „Personen, die Sie kennen könnten“ und Suchen beantwortet; leer: Der Server beantwortet alles.</translation>
    </message>
    <message>
        <source>The read replica cannot be reached: %1</source>
        <translation>Das Lesereplikat ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 is not a standby of the team server: a read replica is a streaming copy of it (pg_basebackup -R).</source>
        <translation>%1 ist kein Standby des Team-Servers: Ein Lesereplikat ist eine laufend nachgeführte Kopie davon (pg_basebackup -R).</translation>
    </message>
    <message>
        <source>P&amp;ooler:</source>
        <translation>P&amp;ooler:</translation>
    </message>
    <message>
        <source>Connection pooler (optional)</source>
        <translation>Pooler (optional)</translation>
    </message>
    <message>
        <source>PgBouncer in transaction mode in front of the server, which carries the window&apos;s queries; empty: the window talks to the server itself.</source>
        <translation>PgBouncer im Transaktionsmodus vor dem Server, der die Abfragen des Fensters weiterleitet; leer: Das Fenster spricht mit dem Server selbst.</translation>
    </message>
    <message>
        <source>The team server itself cannot be reached, which tells the window of changes: %1</source>
        <translation>Der Team-Server selbst, der dem Fenster Änderungen meldet, ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Optional: postgresql://pooler:6432/network</source>
        <translation>Optional: postgresql://pooler:6432/netzwerk</translation>
    </message>
    <message>
        <source>Optional: postgresql://standby/network</source>
        <translation>Optional: postgresql://standby/netzwerk</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>Connected %1</source>
        <translation>Vernetzt %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Connected on %1</source>
        <translation>Vernetzt am %1</translation>
    </message>
    <message>
        <source>Connected just now</source>
        <translation>Gerade eben vernetzt</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remove connection</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from your connections? %1 won&apos;t be notified, and either of you can send a new invitation at any time.</source>
        <translation>%1 aus Ihren Kontakten entfernen? %1 wird nicht benachrichtigt. Sie beide können jederzeit erneut eine Einladung senden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 was removed from your connections.</source>
        <translation>%1 wurde aus Ihren Kontakten entfernt.</translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation>Kontakte (%1)</translation>
    </message>
    <message>
        <source>Connections (%1 of %2)</source>
        <translation>Kontakte (%1 von %2)</translation>
    </message>
    <message>
        <source>No connections yet. People whose invitations you accept, and who accept yours, appear here.</source>
        <translation>Noch keine Kontakte. Hier erscheinen alle, deren Einladung Sie angenommen haben oder die Ihre Einladung angenommen haben.</translation>
    </message>
    <message>
        <source>None of your connections matches “%1”.</source>
        <translation>Keine Treffer für „%1“ in Ihren Kontakten.</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>Search your connections by name, headline, company or place</source>
        <translation>Kontakte nach Name, Titel, Unternehmen oder Ort durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Zuletzt hinzugefügt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation>Ihre Kontakte</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>Already connected</source>
        <translation>Bereits vernetzt</translation>
    </message>
    <message>
        <source>Invitation pending</source>
        <translation>Einladung ausstehend</translation>
    </message>
    <message>
        <source>Has invited you</source>
        <translation>Hat Sie eingeladen</translation>
    </message>
    <message>
        <source>Can be invited again on %1</source>
        <translation>Erneute Einladung ab %1 möglich</translation>
    </message>
    <message>
        <source>Not a member yet</source>
        <translation>Noch kein Mitglied</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <source>Duplicate in this file</source>
        <translation>Doppelt in dieser Datei</translation>
    </message>
    <message>
        <source>That is you</source>
        <translation>Das sind Sie</translation>
    </message>
    <message>
        <source>Possible match: %1 — please confirm</source>
        <translation>Mögliche Übereinstimmung: %1 – bitte bestätigen</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Member, not connected yet</source>
        <translation>Mitglied, noch nicht vernetzt</translation>
    </message>
    <message>
        <source>found as %1</source>
        <comment>the member an imported contact turned out to be</comment>
        <translation>gefunden als %1</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <comment>the name an imported contact is kept under</comment>
        <translation>gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>ContactReader</name>
    <message>
        <source>bytes that are not UTF-8 were replaced</source>
        <translation>Bytes, die kein UTF-8 sind, wurden ersetzt</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the extra ones are ignored</source>
        <translation>%1 Felder, die Kopfzeile hat aber nur %2; die überzähligen werden ignoriert</translation>
    </message>
    <message>
        <source>the file has a header row but no contacts after it</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Kontakte danach</translation>
    </message>
    <message>
        <source>the file holds no vCard</source>
        <translation>Die Datei enthält keine vCard</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>this is not a text file: it holds binary data</source>
        <translation>Keine Textdatei: Die Datei enthält Binärdaten</translation>
    </message>
    <message>
        <source>no column is mapped to a name or an email address</source>
        <translation>Keine Spalte ist einem Namen oder einer E-Mail-Adresse zugeordnet</translation>
    </message>
    <message>
        <source>the file holds no contact record</source>
        <translation>Die Datei enthält keinen Kontakteintrag</translation>
    </message>
    <message>
        <source>“%1” is no encoding this program can read</source>
        <translation>„%1“ ist keine Kodierung, die dieses Programm lesen kann</translation>
    </message>
    <message numerus="yes">
        <source>longer than %n character(s): left out</source>
        <translation>
            <numerusform>länger als %n Zeichen: weggelassen</numerusform>
            <numerusform>länger als %n Zeichen: weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>This import would keep more than %1 contacts (you have %2). Remove contacts you no longer need under Manage imported contacts, or import a smaller file.</source>
        <translation>Mit diesem Import wären es mehr als %1 Kontakte (Sie haben %2). Entfernen Sie nicht mehr benötigte Kontakte unter „Importierte Kontakte verwalten“, oder importieren Sie eine kleinere Datei.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Imported contacts</source>
        <translation>Importierte Kontakte</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Ausgewählte löschen</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <source>You have not imported any contacts yet.</source>
        <translation>Sie haben noch keine Kontakte importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) from your imported contacts?</source>
        <translation>
            <numerusform>%Ln Kontakt aus Ihren importierten Kontakten löschen?</numerusform>
            <numerusform>%Ln Kontakte aus Ihren importierten Kontakten löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln imported contact(s)? People you already invited keep their invitations.</source>
        <translation>
            <numerusform>%Ln importierten Kontakt löschen? Bereits gesendete Einladungen bleiben bestehen.</numerusform>
            <numerusform>Alle %Ln importierten Kontakte löschen? Bereits gesendete Einladungen bleiben bestehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported contact(s). Only you can see them.</source>
        <translation>
            <numerusform>%Ln importierter Kontakt. Nur Sie können ihn sehen.</numerusform>
            <numerusform>%Ln importierte Kontakte. Nur Sie können sie sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, address or company</source>
        <translation>Nach Name, Adresse oder Unternehmen filtern</translation>
    </message>
    <message>
        <source>Filter imported contacts</source>
        <translation>Importierte Kontakte filtern</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln imported contact(s) match “%2”.</source>
        <translation>
            <numerusform>Treffer für „%2“: %1 von %Ln importierten Kontakt.</numerusform>
            <numerusform>Treffer für „%2“: %1 von %Ln importierten Kontakten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CropView</name>
    <message>
        <source>Part of the picture to use</source>
        <translation>Verwendeter Bildausschnitt</translation>
    </message>
    <message>
        <source>Arrow keys move the square; plus and minus change its size.</source>
        <translation>Die Pfeiltasten verschieben das Quadrat, Plus und Minus ändern seine Größe.</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>a quoted field opened here runs on for more than 1 MiB without closing</source>
        <translation>Ein hier beginnendes Feld in Anführungszeichen ist auch nach 1 MiB nicht geschlossen</translation>
    </message>
    <message>
        <source>a line longer than 1 MiB; this does not look like a contacts file</source>
        <translation>Eine Zeile ist länger als 1 MiB; das sieht nicht nach einer Kontaktdatei aus</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>Ein hier geöffnetes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Sends the reminders and expires the invitations of a My Network store. Any number may run against one team store: one leads, the others take over within seconds when it stops.</source>
        <translation>Sendet die Erinnerungen und lässt die Einladungen eines Speichers von „Mein Netzwerk“ ablaufen. Beliebig viele dürfen auf einem Team-Speicher laufen: Einer führt, die anderen übernehmen binnen Sekunden, wenn er ausfällt.</translation>
    </message>
    <message>
        <source>The store: postgresql://login@host[:port]/database, or an SQLite file.</source>
        <translation>Der Speicher: postgresql://anmeldename@host[:port]/datenbank oder eine SQLite-Datei.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>Do what is due now (if no other engine leads) and quit.</source>
        <translation>Erledigen, was jetzt fällig ist (sofern kein anderer Dienst führt), und beenden.</translation>
    </message>
    <message>
        <source>Fill a store that does not exist yet with the demo network.</source>
        <translation>Einen noch nicht vorhandenen Speicher mit dem Demo-Netzwerk füllen.</translation>
    </message>
    <message>
        <source>Name the store with --db (see --help).</source>
        <translation>Geben Sie den Speicher mit --db an (siehe --help).</translation>
    </message>
    <message>
        <source>Created the store %1.</source>
        <translation>Speicher %1 angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung gesendet</numerusform>
            <numerusform>%n Erinnerungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung abgelaufen</numerusform>
            <numerusform>%n Einladungen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>purged %n address invitation(s).</source>
        <translation>
            <numerusform>%n E-Mail-Einladung gelöscht.</numerusform>
            <numerusform>%n E-Mail-Einladungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run failed (%1); retrying in %2 ms.</source>
        <translation>Der Lauf ist fehlgeschlagen (%1); neuer Versuch in %2 ms.</translation>
    </message>
    <message>
        <source>Leading: this engine sends the reminders and expires invitations now.</source>
        <translation>Führend: Dieser Dienst sendet jetzt die Erinnerungen und lässt Einladungen ablaufen.</translation>
    </message>
    <message>
        <source>Standing by: another engine leads.</source>
        <translation>In Bereitschaft: Ein anderer Dienst führt.</translation>
    </message>
    <message>
        <source>The server is away (%1); reconnecting in %2 ms.</source>
        <translation>Der Server ist nicht erreichbar (%1); neue Verbindung in %2 ms.</translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation>Wieder verbunden.</translation>
    </message>
    <message>
        <source>Another engine leads; nothing done.</source>
        <translation>Ein anderer Dienst führt; nichts getan.</translation>
    </message>
    <message>
        <source>Started on %1.</source>
        <translation>Gestartet auf %1.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>%1 signs in as a member&apos;s login; the engine needs the store owner&apos;s login.</source>
        <translation>%1 meldet sich als Mitglied an; der Dienst benötigt die Anmeldedaten des Eigentümers des Team-Speichers.</translation>
    </message>
    <message>
        <source>Team store: end a member&apos;s session idle in a transaction for longer (default 60).</source>
        <translation>Team-Speicher: Sitzungen von Mitgliedern beenden, die länger untätig in einer Transaktion stehen (Standard 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--idle-transaction-limit takes a number of seconds, 1 or more.</source>
        <translation>--idle-transaction-limit erwartet eine Anzahl Sekunden, 1 oder mehr.</translation>
    </message>
    <message>
        <source>Delivered e-mail %1 to %2 (%3).</source>
        <translation>E-Mail %1 an %2 zugestellt (%3).</translation>
    </message>
    <message>
        <source>E-mail %1 to %2 not delivered yet (%3); trying again in %4 s.</source>
        <translation>E-Mail %1 an %2 noch nicht zugestellt (%3); neuer Versuch in %4 s.</translation>
    </message>
    <message>
        <source>E-mail %1 to %2 could not be delivered: %3</source>
        <translation>E-Mail %1 an %2 konnte nicht zugestellt werden: %3</translation>
    </message>
    <message>
        <source>Delivery paused: %1</source>
        <translation>Zustellung angehalten: %1</translation>
    </message>
    <message>
        <source>Team store: deliver outbox e-mails through this mail server, smtp://[user@]host[:port] (STARTTLS required; ?tls=off for a relay on this machine) or smtps://[user@]host[:port]. Also MYNETWORK_SMTP; the password from MYNETWORK_SMTP_PASSWORD or the systemd credential smtp-password.</source>
        <translation>Team-Speicher: E-Mails des Postausgangs über diesen Mailserver zustellen, smtp://[benutzer@]host[:port] (STARTTLS erforderlich; ?tls=off für ein Relay auf diesem Rechner) oder smtps://[benutzer@]host[:port]. Auch MYNETWORK_SMTP; das Passwort aus MYNETWORK_SMTP_PASSWORD oder dem systemd-Credential smtp-password.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The address the e-mails come from (also MYNETWORK_MAIL_FROM).</source>
        <translation>Die Absenderadresse der E-Mails (auch MYNETWORK_MAIL_FROM).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>How long one e-mail may take before the server counts as away (default 60).</source>
        <translation>Wie lange eine E-Mail dauern darf, bevor der Server als nicht erreichbar gilt (Standard 60).</translation>
    </message>
    <message>
        <source>--smtp needs --mail-from with the address the e-mails come from.</source>
        <translation>--smtp erfordert --mail-from mit der Absenderadresse der E-Mails.</translation>
    </message>
    <message>
        <source>--smtp-timeout takes a number of seconds, 1 or more.</source>
        <translation>--smtp-timeout erwartet eine Anzahl Sekunden, 1 oder mehr.</translation>
    </message>
    <message>
        <source>--smtp delivers a team store&apos;s e-mails; a local store&apos;s outbox is sent from its window with the person&apos;s own mail program.</source>
        <translation>--smtp stellt die E-Mails eines Team-Speichers zu; den Postausgang eines lokalen Speichers versendet man aus seinem Fenster mit dem eigenen E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Delivering e-mails through %1 while leading.</source>
        <translation>Stellt E-Mails über %1 zu, solange dieser Dienst führt.</translation>
    </message>
    <message>
        <source>Where invited people reach the team store, as the e-mails name it (default: the engine&apos;s own server; also MYNETWORK_JOIN_SERVER).</source>
        <translation>Wo Eingeladene den Team-Speicher erreichen, wie die E-Mails ihn nennen (Standard: der Server dieses Dienstes; auch MYNETWORK_JOIN_SERVER).</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>Host[:Port]</translation>
    </message>
    <message>
        <source>--join-server takes host[:port], without a scheme, login or database.</source>
        <translation>--join-server erwartet Host[:Port], ohne Schema, Anmeldenamen oder Datenbank.</translation>
    </message>
</context>
<context>
    <name>ExpiryEngine</name>
    <message>
        <source>invitation %1 was updated by another engine during this run</source>
        <translation>Einladung %1 wurde während dieses Laufs von einem anderen Dienst geändert</translation>
    </message>
    <message>
        <source>the connection to the server is closed</source>
        <translation>die Verbindung zum Server ist geschlossen</translation>
    </message>
    <message>
        <source>another engine leads now</source>
        <translation>ein anderer Dienst führt jetzt</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>My Network – user guide</source>
        <translation>Mein Netzwerk – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>About My Network</source>
        <translation>Über „Mein Netzwerk“</translation>
    </message>
    <message>
        <source>My Network %1</source>
        <translation>„Mein Netzwerk“ %1</translation>
    </message>
    <message>
        <source>Your professional network: invitations, people you may know and your address book, in German and English.

Licence: proprietary, all rights reserved.
Built with Qt %1.

Store: %2</source>
        <translation>Ihr berufliches Netzwerk: Einladungen, Personen, die Sie kennen könnten, und Ihr Adressbuch, auf Deutsch und Englisch.

Lizenz: proprietär, alle Rechte vorbehalten.
Erstellt mit Qt %1.

Speicher: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import address book</source>
        <translation>Adressbuch importieren</translation>
    </message>
    <message>
        <source>Find the people you know on My Network</source>
        <translation>Finden Sie Bekannte in „Mein Netzwerk“</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen …</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter by name, address or company</source>
        <translation>Nach Name, Adresse oder Unternehmen filtern</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select all members</source>
        <translation>Alle Mitglieder auswählen</translation>
    </message>
    <message>
        <source>Contacts who are members</source>
        <translation>Kontakte, die Mitglied sind</translation>
    </message>
    <message>
        <source>Select all contacts who are not members</source>
        <translation>Alle Kontakte auswählen, die kein Mitglied sind</translation>
    </message>
    <message>
        <source>Contacts who are not members yet</source>
        <translation>Kontakte, die noch kein Mitglied sind</translation>
    </message>
    <message>
        <source>Import another file…</source>
        <translation>Weitere Datei importieren …</translation>
    </message>
    <message>
        <source>Choose an address book</source>
        <translation>Adressbuch auswählen</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>Bedeutung der Spalte %1</translation>
    </message>
    <message>
        <source>Choose at least one column with a name or an email address.</source>
        <translation>Wählen Sie mindestens eine Spalte mit einem Namen oder einer E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The contacts could not be saved: %1</source>
        <translation>Die Kontakte konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Already on My Network (%1)</source>
        <translation>Bereits Mitglied (%1)</translation>
    </message>
    <message>
        <source>Not on My Network yet — invite by email (%1)</source>
        <translation>Noch kein Mitglied – per E-Mail einladen (%1)</translation>
    </message>
    <message>
        <source>Invite selected</source>
        <translation>Ausgewählte Personen einladen</translation>
    </message>
    <message>
        <source>Encoding %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <source>, separated by %1</source>
        <translation>, Trennzeichen: %1</translation>
    </message>
    <message>
        <source>We don&apos;t recognize this file&apos;s header. Tell us what each column contains; the first values of each column are shown beside it.</source>
        <translation>Wir erkennen die Kopfzeile dieser Datei nicht. Geben Sie an, was die einzelnen Spalten enthalten; daneben sehen Sie jeweils die ersten Werte.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Reading %1 and looking for members…</source>
        <translation>%1 wird gelesen und nach Mitgliedern durchsucht …</translation>
    </message>
    <message>
        <source>Nothing is selected for you: check the people you want to invite.</source>
        <translation>Es ist nichts vorausgewählt. Markieren Sie die Personen, die Sie einladen möchten.</translation>
    </message>
    <message numerus="yes">
        <source>Invite %Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählte Person einladen</numerusform>
            <numerusform>%Ln ausgewählte Personen einladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln contact(s) read</source>
        <translation>
            <numerusform>%1 · %2 · %Ln Kontakt gelesen</numerusform>
            <numerusform>%1 · %2 · %Ln Kontakte gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had problems; the first: %1</source>
        <translation>
            <numerusform>%Ln Zeile ist fehlerhaft: %1</numerusform>
            <numerusform>%Ln Zeilen sind fehlerhaft, zum Beispiel: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) sent.</source>
        <translation>
            <numerusform>%Ln Einladung gesendet.</numerusform>
            <numerusform>%Ln Einladungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>… und %Ln weitere.</numerusform>
            <numerusform>… und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export your contacts from Google Contacts, Outlook, Thunderbird, Apple Contacts or LinkedIn as a CSV, vCard or LDIF file, then choose the file here. We show you who is already a member and whom you can invite. Nothing is sent until you choose.</source>
        <translation>Exportieren Sie Ihre Kontakte aus Google Kontakte, Outlook, Thunderbird, Apple Kontakte oder LinkedIn als CSV-, vCard- oder LDIF-Datei und wählen Sie die Datei hier aus. Wir zeigen Ihnen, wer bereits Mitglied ist und wen Sie einladen können. Gesendet wird erst, wenn Sie ausgewählte Personen ausdrücklich einladen.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Kodierung der Datei</translation>
    </message>
    <message>
        <source>Address books (*.csv *.vcf *.vcard *.ldif *.ldi *.txt *.tsv *.tab);;All files (*)</source>
        <translation>Adressbücher (*.csv *.vcf *.vcard *.ldif *.ldi *.txt *.tsv *.tab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>We are not sure which encoding this file uses and read it as %1. If the names below look wrong, choose another encoding.</source>
        <translation>Wir sind nicht sicher, welche Kodierung diese Datei verwendet, und haben sie als %1 gelesen. Wenn die Namen unten falsch aussehen, wählen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <source>Read as %1. Check the names below.</source>
        <translation>Als %1 gelesen. Prüfen Sie die Namen unten.</translation>
    </message>
    <message>
        <source>Check what each column contains; the first values of each column are shown beside it.</source>
        <translation>Prüfen Sie, was die einzelnen Spalten enthalten; daneben sehen Sie jeweils die ersten Werte.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Waiting for the check of the store to finish, then saving…</source>
        <translation>Warten, bis die Prüfung der Datenbank abgeschlossen ist, dann wird gespeichert …</translation>
    </message>
    <message>
        <source>Invite with a note…</source>
        <translation>Mit einer Notiz einladen …</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln selected people</source>
        <translation>
            <numerusform>die %Ln ausgewählte Person</numerusform>
            <numerusform>die %Ln ausgewählten Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No names</source>
        <translation>Keine Namen</translation>
    </message>
    <message>
        <source>No column is marked as holding names: your contacts would be listed by their email addresses. Continue without names?</source>
        <translation>Keine Spalte ist als Name markiert: Ihre Kontakte würden mit ihren E-Mail-Adressen aufgeführt. Ohne Namen fortfahren?</translation>
    </message>
    <message>
        <source>Continue without names</source>
        <translation>Ohne Namen fortfahren</translation>
    </message>
    <message>
        <source>Keeping your contacts…</source>
        <translation>Ihre Kontakte werden gespeichert …</translation>
    </message>
    <message>
        <source>Your contacts were not kept: %1</source>
        <translation>Ihre Kontakte wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Kept in your imported contacts: %1 new, %2 updated.</source>
        <translation>In Ihren importierten Kontakten gespeichert: %1 neu, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Not sent: this week’s limit is reached</source>
        <translation>Nicht gesendet: Das Wochenlimit ist erreicht</translation>
    </message>
    <message>
        <source>Invite %1 of %2 selected</source>
        <translation>%1 von %2 ausgewählten Personen einladen</translation>
    </message>
    <message>
        <source>You have sent this week’s invitations; you can send again from %1.</source>
        <translation>Sie haben alle Einladungen dieser Woche gesendet. Ab %1 können Sie wieder einladen.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 selected can be invited this week: the first %1 in the lists above, members first. You can invite more from %3.</source>
        <translation>Diese Woche können nur %1 der %2 ausgewählten Personen eingeladen werden: die ersten %1 in den Listen oben, Mitglieder zuerst. Weitere können Sie ab %3 einladen.</translation>
    </message>
    <message numerus="yes">
        <source>You can send %Ln more invitation(s) this week.</source>
        <translation>
            <numerusform>Sie können diese Woche noch %Ln Einladung senden.</numerusform>
            <numerusform>Sie können diese Woche noch %Ln Einladungen senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not sent: this week’s limit; you can send again from %2.</source>
        <translation>%1 nicht gesendet: Das Wochenlimit ist erreicht. Ab %2 können Sie wieder einladen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent for another reason:</source>
        <translation>
            <numerusform>%Ln aus einem anderen Grund nicht gesendet:</numerusform>
            <numerusform>%Ln aus anderen Gründen nicht gesendet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep these %1 contacts (only you can see them)</source>
        <translation>Diese %1 Kontakte speichern (nur für Sie sichtbar)</translation>
    </message>
    <message>
        <source>People who join later with one of their addresses are then suggested to you. If you leave this unticked, nothing of the file stays once you close this window.</source>
        <translation>Wer später mit einer dieser Adressen Mitglied wird, wird Ihnen dann vorgeschlagen. Ohne Häkchen bleibt nichts von der Datei gespeichert, sobald Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>%1 of them are in your contacts under another name; keeping gives them the names in this file.</source>
        <translation>%1 davon sind unter einem anderen Namen in Ihren importierten Kontakten; beim Speichern erhalten sie die Namen aus dieser Datei.</translation>
    </message>
    <message>
        <source>This file has no header line: its first line is already a contact, shown with the others. Tell us what each column contains.</source>
        <translation>Diese Datei hat keine Kopfzeile: Schon die erste Zeile ist ein Kontakt und wird mit den anderen gezeigt. Geben Sie an, was die einzelnen Spalten enthalten.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Kontakte: %1</translation>
    </message>
    <message>
        <source>Encoding: %1 (a guess: the file fits several encodings; name another with --encoding)</source>
        <translation>Kodierung: %1 (geraten: Die Datei passt zu mehreren Kodierungen; geben Sie mit --encoding eine andere an)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%Ln more</source>
        <comment>further addresses of the contact</comment>
        <translation>
            <numerusform>%1 +%Ln weitere</numerusform>
            <numerusform>%1 +%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>%1, line %2, field “%3”: %4</source>
        <translation>%1, Zeile %2, Feld „%3“: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>Google-Kontakte-CSV</translation>
    </message>
    <message>
        <source>Google Contacts CSV (older form)</source>
        <translation>Google-Kontakte-CSV (ältere Form)</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>Outlook-CSV</translation>
    </message>
    <message>
        <source>Outlook CSV (German)</source>
        <translation>Outlook-CSV (deutsch)</translation>
    </message>
    <message>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird-CSV</translation>
    </message>
    <message>
        <source>Thunderbird CSV (German)</source>
        <translation>Thunderbird-CSV (deutsch)</translation>
    </message>
    <message>
        <source>LinkedIn Connections.csv</source>
        <translation>LinkedIn Connections.csv</translation>
    </message>
    <message>
        <source>CSV with its own header</source>
        <translation>CSV mit eigener Kopfzeile</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <comment>import column</comment>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>LDIF</source>
        <translation>LDIF</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>today&apos;s %1 new address lookups are used up: contacts past them are found among the members over the next days</source>
        <translation>die %1 neuen Adressabfragen für heute sind aufgebraucht: weitere Kontakte werden in den nächsten Tagen unter den Mitgliedern gefunden</translation>
    </message>
    <message>
        <source>The contacts were not kept: the import ended while the store was being checked.</source>
        <translation>Die Kontakte wurden nicht gespeichert: Der Import wurde beendet, während die Datenbank geprüft wurde.</translation>
    </message>
    <message>
        <source>The contacts could not be saved.</source>
        <translation>Die Kontakte konnten nicht gespeichert werden.</translation>
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
        <source>Invited by email; not a member yet</source>
        <translation>Per E-Mail eingeladen, noch kein Mitglied</translation>
    </message>
    <message>
        <source>Invitation from %1</source>
        <translation>Einladung von %1</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>Einladung an %1</translation>
    </message>
    <message>
        <source>Sent just now</source>
        <translation>Gerade eben gesendet</translation>
    </message>
    <message>
        <source>Could not be delivered: %1</source>
        <translation>Konnte nicht zugestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>InvitationMail</name>
    <message>
        <source>%1 invites you to connect on My Network</source>
        <translation>%1 lädt Sie ein, sich bei „Mein Netzwerk“ zu vernetzen</translation>
    </message>
    <message>
        <source>Reminder: %1 invites you to connect on My Network</source>
        <translation>Erinnerung: %1 lädt Sie ein, sich bei „Mein Netzwerk“ zu vernetzen</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>%1 (%2) would like to add you to their professional network on My Network.</source>
        <translation>%1 (%2) möchte Sie bei „Mein Netzwerk“ in das eigene berufliche Netzwerk aufnehmen.</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 schreibt:</translation>
    </message>
    <message>
        <source>Questions? Reply to this e-mail to reach %1.</source>
        <translation>Fragen? Antworten Sie auf diese E-Mail, um %1 zu erreichen.</translation>
    </message>
    <message>
        <source>To accept, become a member of the team network with this e-mail address; the invitation waits for you until %1.</source>
        <translation>Um anzunehmen, werden Sie mit dieser E-Mail-Adresse Mitglied des Team-Netzwerks; die Einladung gilt bis zum %1.</translation>
    </message>
    <message>
        <source>To accept, join the team network with My Network: choose “Join a team network with an invitation code”, give this e-mail address and paste this line:</source>
        <translation>Um anzunehmen, treten Sie dem Team-Netzwerk mit „Mein Netzwerk“ bei: Wählen Sie „Einem Team-Netzwerk mit Einladungscode beitreten“, geben Sie diese E-Mail-Adresse an und fügen Sie diese Zeile ein:</translation>
    </message>
    <message>
        <source>Or enter the server %1 and the code %2.</source>
        <translation>Oder geben Sie den Server %1 und den Code %2 ein.</translation>
    </message>
    <message>
        <source>The invitation waits for you until %1.</source>
        <translation>Die Einladung gilt bis zum %1.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Remember the password in the desktop&apos;s keychain</source>
        <translation>Passwort im Schlüsselbund des Desktops speichern</translation>
    </message>
    <message>
        <source>Join a team network</source>
        <translation>Einem Team-Netzwerk beitreten</translation>
    </message>
    <message>
        <source>Your invitation e-mail names a server and a code. Paste the line that holds both into the first field, then say who you are and choose your login.</source>
        <translation>Ihre Einladungs-E-Mail nennt einen Server und einen Code. Fügen Sie die Zeile mit beidem in das erste Feld ein, sagen Sie dann, wer Sie sind, und wählen Sie Ihren Anmeldenamen.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>the address the invitation went to</source>
        <translation>die Adresse, an die die Einladung ging</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>For example: Product designer at Acme</source>
        <translation>Zum Beispiel: Produktdesignerin bei Acme</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>You are a member now. The password could not be kept in the desktop&apos;s keychain (%1); you will be asked for it at the next start.</source>
        <translation>Sie sind jetzt Mitglied. Das Passwort konnte nicht im Schlüsselbund des Desktops gespeichert werden (%1); beim nächsten Start werden Sie danach gefragt.</translation>
    </message>
</context>
<context>
    <name>LdifParser</name>
    <message>
        <source>a line longer than 1 MiB; this does not look like an LDIF file</source>
        <translation>Eine Zeile ist länger als 1 MiB; das sieht nicht nach einer LDIF-Datei aus</translation>
    </message>
    <message>
        <source>an LDIF record must begin with “dn:”</source>
        <translation>Ein LDIF-Eintrag muss mit „dn:“ beginnen</translation>
    </message>
    <message>
        <source>expected “attribute: value”, found a line without a colon</source>
        <translation>„Attribut: Wert“ erwartet, aber eine Zeile ohne Doppelpunkt gefunden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My Network</source>
        <translation>Mein Netzwerk</translation>
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
        <source>Back to &amp;real time</source>
        <translation>Zurück zur &amp;Echtzeit</translation>
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
        <translation>Echtzeit: %1</translation>
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
    <message>
        <source>&amp;Import address book…</source>
        <translation>Adressbuch &amp;importieren …</translation>
    </message>
    <message>
        <source>Manage imported &amp;contacts…</source>
        <translation>Importierte &amp;Kontakte verwalten …</translation>
    </message>
    <message>
        <source>Search people by name, headline or company</source>
        <translation>Personen nach Name, Titel oder Unternehmen suchen</translation>
    </message>
    <message>
        <source>Current time of the network</source>
        <translation>Aktuelle Zeit des Netzwerks</translation>
    </message>
    <message>
        <source>Team store %1/%2 · signed in as %3 (%4)</source>
        <translation>Team-Speicher %1/%2 · angemeldet als %3 (%4)</translation>
    </message>
    <message>
        <source>Connect to a &amp;team server…</source>
        <translation>Mit einem &amp;Team-Server verbinden …</translation>
    </message>
    <message>
        <source>Use the &amp;local store</source>
        <translation>&amp;Lokalen Speicher verwenden</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <source>No copy of the network could be kept (%1), so going back to real time will not be able to undo what happens in simulated time. Move the clock anyway?</source>
        <translation>Es konnte keine Kopie des Netzwerks angelegt werden (%1). Was in der simulierten Zeit geschieht, lässt sich daher bei der Rückkehr zur Echtzeit nicht rückgängig machen. Uhr trotzdem stellen?</translation>
    </message>
    <message>
        <source>Move the clock</source>
        <translation>Uhr stellen</translation>
    </message>
    <message>
        <source>Back to real time</source>
        <translation>Zurück zur Echtzeit</translation>
    </message>
    <message>
        <source>While time was simulated, invitations were reminded, expired or answered, and some actions carry later dates than today. Keep what happened, or return the network to how it was before you first moved the clock?</source>
        <translation>In der simulierten Zeit wurden Erinnerungen verschickt, Einladungen sind abgelaufen oder wurden beantwortet, und manche Aktionen tragen ein späteres Datum als heute. Möchten Sie das behalten oder das Netzwerk auf den Stand zurücksetzen, den es hatte, bevor Sie die Uhr zum ersten Mal gestellt haben?</translation>
    </message>
    <message>
        <source>Return to before</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Keep what happened</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The network is back as it was before simulated time.</source>
        <translation>Das Netzwerk wurde auf den Stand vor der simulierten Zeit zurückgesetzt.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer &amp;Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Profil bearbeiten …</translation>
    </message>
    <message>
        <source>Your profile was saved.</source>
        <translation>Ihr Profil wurde gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Join a team network with an invitation code…</source>
        <translation>Einem Team-Netzwerk mit Einladungs&amp;code beitreten …</translation>
    </message>
    <message>
        <source>Hello Lea, it was good to meet you at the conference in Berlin.</source>
        <translation>Hallo Lea, es war schön, Sie auf der Konferenz in Berlin kennenzulernen.</translation>
    </message>
    <message>
        <source>Advance &amp;to a date…</source>
        <translation>Bis zu einem &amp;Datum vorspulen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About My Network</source>
        <translation>&amp;Über „Mein Netzwerk“</translation>
    </message>
</context>
<context>
    <name>MemberFile</name>
    <message>
        <source>… and more problems after these.</source>
        <translation>… und weitere Probleme nach diesen.</translation>
    </message>
    <message>
        <source>no column holds e-mail addresses (the columns are: %1)</source>
        <translation>keine Spalte enthält E-Mail-Adressen (die Spalten sind: %1)</translation>
    </message>
    <message>
        <source>no column holds names (the columns are: %1)</source>
        <translation>keine Spalte enthält Namen (die Spalten sind: %1)</translation>
    </message>
    <message>
        <source>%1: the encoding was guessed as %2.</source>
        <translation>%1: Die Kodierung wurde als %2 geraten.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 becomes the login&apos;s address; also given: %2</source>
        <translation>%1 wird die Adresse des Anmeldenamens; außerdem angegeben: %2</translation>
    </message>
    <message>
        <source>the photo is a link, which is not fetched: %1 starts with initials</source>
        <translation>das Foto ist ein Link, der nicht abgerufen wird: %1 beginnt mit Initialen</translation>
    </message>
    <message>
        <source>the photo</source>
        <translation>das Foto</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Switch member</source>
        <translation>Mitglied wechseln</translation>
    </message>
    <message>
        <source>Act as another member to see invitations from the other side.</source>
        <translation>Wechseln Sie zu einem anderen Mitglied, um Einladungen aus dessen Sicht zu sehen.</translation>
    </message>
    <message>
        <source>Search by name, headline, company or number</source>
        <translation>Nach Name, Titel, Unternehmen oder Nummer suchen</translation>
    </message>
    <message>
        <source>Find a member by name</source>
        <translation>Mitglied nach Namen finden</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
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
        <translation>An %1: %2 lädt Sie zu „Mein Netzwerk“ ein</translation>
    </message>
    <message>
        <source>To %1: Reminder, %2 is still waiting for your answer</source>
        <translation>An %1: Erinnerung – %2 wartet noch auf Ihre Antwort</translation>
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
        <source>%1 would like to connect with you on My Network. Sign up with this address to reply.</source>
        <translation>%1 möchte sich mit Ihnen in „Mein Netzwerk“ vernetzen. Registrieren Sie sich mit dieser Adresse, um zu antworten.</translation>
    </message>
    <message>
        <source>Reminder: %1 invited you</source>
        <translation>Erinnerung: %1 hat Sie eingeladen</translation>
    </message>
    <message>
        <source>You accepted this invitation: you and %1 are connected.</source>
        <translation>Sie haben diese Einladung angenommen: Sie und %1 sind jetzt vernetzt.</translation>
    </message>
    <message>
        <source>You ignored this invitation.</source>
        <translation>Sie haben diese Einladung ignoriert.</translation>
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
        <source>Waiting to be delivered.</source>
        <translation>Wartet auf Zustellung.</translation>
    </message>
    <message>
        <source>Not delivered yet (%1); trying again.</source>
        <translation>Noch nicht zugestellt (%1); neuer Versuch folgt.</translation>
    </message>
    <message>
        <source>Being delivered…</source>
        <translation>Wird zugestellt …</translation>
    </message>
    <message>
        <source>Delivered %1.</source>
        <translation>Zugestellt %1.</translation>
    </message>
    <message>
        <source>Could not be delivered: %1</source>
        <translation>Konnte nicht zugestellt werden: %1</translation>
    </message>
    <message>
        <source>Click it or press Enter to send it with your e-mail program.</source>
        <translation>Zum Senden mit Ihrem E-Mail-Programm anklicken oder Eingabetaste drücken.</translation>
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
        <source>Outbox: emails to non-members</source>
        <translation>Postausgang: E-Mails an Nichtmitglieder</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>No notifications yet. Reminders of invitations waiting for your answer, and people accepting yours, appear here.</source>
        <translation>Noch keine Benachrichtigungen. Hier erscheinen Erinnerungen an unbeantwortete Einladungen und Hinweise, wenn jemand Ihre Einladung annimmt.</translation>
    </message>
    <message>
        <source>No emails sent. When you invite an address that is not a member, the invitation and its reminders appear here.</source>
        <translation>Keine E-Mails gesendet. Wenn Sie eine Adresse einladen, die kein Mitglied ist, erscheinen hier die Einladung und ihre Erinnerungen.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>No e-mail program</source>
        <translation>Kein E-Mail-Programm</translation>
    </message>
    <message>
        <source>No e-mail program took the message. Write to %1 from your own e-mail program.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht übernommen. Schreiben Sie %1 aus Ihrem eigenen E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Show every member&apos;s emails (simulation)</source>
        <translation>E-Mails aller Mitglieder zeigen (Simulation)</translation>
    </message>
    <message>
        <source>On a store on this computer you can act as any member: here are the emails every member&apos;s invitations would send.</source>
        <translation>In einer Datenbank auf diesem Computer können Sie als jedes Mitglied handeln: Hier stehen die E-Mails, die die Einladungen aller Mitglieder senden würden.</translation>
    </message>
    <message>
        <source>Send with your e-mail program</source>
        <translation>Mit Ihrem E-Mail-Programm senden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
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
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Importierte Kontakte</translation>
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
        <source>Invite by email</source>
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
        <translation>Keine ausstehenden Einladungen. Einladungen, die Sie erhalten, erscheinen hier.</translation>
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
        <source>See all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Withdraw older…</source>
        <translation>Ältere zurückziehen …</translation>
    </message>
    <message>
        <source>You and %1 are now connected.</source>
        <translation>Sie und %1 sind jetzt vernetzt.</translation>
    </message>
    <message>
        <source>Invitation from %1 ignored. %1 won&apos;t be notified.</source>
        <translation>Einladung von %1 ignoriert. %1 wird nicht benachrichtigt.</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw your invitation to %1? You can invite %1 again on %2.</source>
        <translation>Einladung an %1 zurückziehen? Sie können %1 erst ab %2 wieder einladen.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn. You can invite %1 again on %2.</source>
        <translation>Einladung an %1 zurückgezogen. Sie können %1 ab %2 wieder einladen.</translation>
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
        <translation>Personen, die Sie kennen könnten</translation>
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
        <source>Finding people you may know…</source>
        <translation>Vorschläge werden geladen …</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Grow your network</source>
        <translation>Netzwerk erweitern</translation>
    </message>
    <message>
        <source>Import address book…</source>
        <translation>Adressbuch importieren …</translation>
    </message>
    <message>
        <source>Find people you know from a Google, Outlook, Thunderbird, Apple or LinkedIn export</source>
        <translation>Finden Sie Bekannte aus einem Export von Google, Outlook, Thunderbird, Apple oder LinkedIn</translation>
    </message>
    <message>
        <source>Manage imported contacts ›</source>
        <translation>Importierte Kontakte verwalten ›</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>Einzuladende E-Mail-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported contact(s)</source>
        <translation>
            <numerusform>%Ln importierter Kontakt</numerusform>
            <numerusform>%Ln importierte Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent invitation(s) awaiting an answer</source>
        <translation>
            <numerusform>%Ln gesendete Einladung wartet auf Antwort</numerusform>
            <numerusform>%Ln gesendete Einladungen warten auf Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread notification(s)</source>
        <translation>
            <numerusform>%Ln ungelesene Benachrichtigung</numerusform>
            <numerusform>%Ln ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the invitations you sent more than a chosen number of weeks ago, to withdraw them together</source>
        <translation>Zeigt Einladungen, die älter als eine gewählte Anzahl Wochen sind, und zieht sie gesammelt zurück</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) withdrawn. You can invite them again on %1.</source>
        <translation>
            <numerusform>%Ln Einladung zurückgezogen. Sie können die Person ab %1 wieder einladen.</numerusform>
            <numerusform>%Ln Einladungen zurückgezogen. Sie können diese Personen ab %1 wieder einladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>See and manage your connections</source>
        <translation>Ihre Kontakte ansehen und verwalten</translation>
    </message>
    <message>
        <source>%1 may be suggested again.</source>
        <translation>%1 kann wieder vorgeschlagen werden.</translation>
    </message>
    <message>
        <source>All received invitations</source>
        <translation>Alle erhaltenen Einladungen</translation>
    </message>
    <message>
        <source>Manage sent invitations ›</source>
        <translation>Gesendete Einladungen verwalten ›</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Invite %1 to connect</source>
        <translation>%1 zum Vernetzen einladen</translation>
    </message>
    <message>
        <source>Add a note to say how you know %1 (optional).</source>
        <translation>Schreiben Sie eine persönliche Nachricht, woher Sie %1 kennen (optional).</translation>
    </message>
    <message>
        <source>Note to %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>For example: We met at the conference in Berlin.</source>
        <translation>Zum Beispiel: Wir haben uns auf der Konferenz in Berlin kennengelernt.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>%1 / %2 characters – please shorten your note</source>
        <translation>%1 / %2 Zeichen – bitte kürzen Sie Ihre Nachricht</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop your photo</source>
        <translation>Foto zuschneiden</translation>
    </message>
    <message>
        <source>Move the square over your face; the part in the circle is what people see.</source>
        <translation>Schieben Sie das Quadrat über Ihr Gesicht. Andere sehen den Teil im Kreis.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>Size of the square</source>
        <translation>Größe des Quadrats</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Dieses Foto verwenden</translation>
    </message>
</context>
<context>
    <name>PhotoImage</name>
    <message>
        <source>%1 is the database My Network is using, not a picture.</source>
        <translation>%1 ist die Datenbank, die „Mein Netzwerk“ gerade verwendet, kein Bild.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Please choose a smaller picture.</source>
        <translation>%1 ist größer als %2 MB. Bitte wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, more than 40 megapixels. Please choose a smaller picture.</source>
        <translation>%1 hat %2 × %3 Pixel, mehr als 40 Megapixel. Bitte wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>%1 is not a picture My Network can read (PNG, JPEG or WebP).</source>
        <translation>%1 ist kein Bild, das „Mein Netzwerk“ lesen kann (PNG, JPEG oder WebP).</translation>
    </message>
    <message>
        <source>%1 is not a picture My Network can read (%2).</source>
        <translation>%1 ist kein Bild, das „Mein Netzwerk“ lesen kann (%2).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to My Network</source>
        <translation>Willkommen bei „Mein Netzwerk“</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Tell people who you are. Your name and e-mail address are needed; the rest helps people recognise you and find what you have in common.</source>
        <translation>Sagen Sie, wer Sie sind. Name und E-Mail-Adresse sind nötig; alles Weitere hilft anderen, Sie zu erkennen und Gemeinsamkeiten zu finden.</translation>
    </message>
    <message>
        <source>This is how other members see you.</source>
        <translation>So sehen andere Mitglieder Sie.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Überschrift</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Ausbildung</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;E-mail *</source>
        <translation>&amp;E-Mail *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>For example: Product designer at Acme</source>
        <translation>Zum Beispiel: Produktdesignerin bei Acme</translation>
    </message>
    <message>
        <source>Your e-mail address belongs to your login: the administrator changes it.</source>
        <translation>Ihre E-Mail-Adresse gehört zu Ihrer Anmeldung; sie wird vom Administrator geändert.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Mein Profil anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation>%1 von %2 Zeichen verwendet</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>&amp;Foto wählen …</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>Foto &amp;entfernen</translation>
    </message>
    <message>
        <source>PNG, JPEG or WebP, up to 10 MB. You can also drop a picture here.</source>
        <translation>PNG, JPEG oder WebP, bis 10 MB. Sie können ein Bild auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Noch kein Foto</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Ihr Foto</translation>
    </message>
    <message>
        <source>Join with an invitation code…</source>
        <translation>Mit Einladungscode beitreten …</translation>
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
    <message>
        <source>Studied at %1</source>
        <translation>Hochschule: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Contact details and connections are visible to %1&apos;s connections only.</source>
        <translation>Kontaktdaten und Kontakte von %1 sehen nur direkte Kontakte.</translation>
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
        <translation>Kontakte von %1</translation>
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
        <translation>Einladung an %1 zurückziehen? Sie können %1 erst ab %2 wieder einladen.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn. You can invite %1 again on %2.</source>
        <translation>Einladung an %1 zurückgezogen. Sie können %1 ab %2 wieder einladen.</translation>
    </message>
    <message>
        <source>Invitation ignored.</source>
        <translation>Einladung ignoriert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Mit Nachricht …</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten …</translation>
    </message>
    <message>
        <source>%1 degree</source>
        <translation>Kontakt %1 Grades</translation>
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
        <translation>Sie haben Ihre Einladung an %1 zurückgezogen. Sie können %1 erst ab %2 wieder einladen.</translation>
    </message>
    <message numerus="yes">
        <source>You have reached the limit of %n invitation(s) in seven days. Try again in a few days.</source>
        <translation>
            <numerusform>Sie haben das Limit von %n Einladung innerhalb von sieben Tagen erreicht. Versuchen Sie es in ein paar Tagen erneut.</numerusform>
            <numerusform>Sie haben das Limit von %n Einladungen innerhalb von sieben Tagen erreicht. Versuchen Sie es in ein paar Tagen erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal note is too long: at most %n character(s).</source>
        <translation>
            <numerusform>Die persönliche Nachricht ist zu lang (höchstens %n Zeichen).</numerusform>
            <numerusform>Die persönliche Nachricht ist zu lang (höchstens %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The email address %1 already belongs to a member.</source>
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
    <message>
        <source>Another program is writing to the store right now. Nothing was changed; try again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade in die Datenbank. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The team server cannot be reached right now. Nothing was changed; My Network reconnects by itself, try again once the status bar no longer says “Reconnecting”.</source>
        <translation>Der Team-Server ist gerade nicht erreichbar. Es wurde nichts geändert; „Mein Netzwerk“ verbindet sich von selbst neu – versuchen Sie es erneut, sobald die Statusleiste nicht mehr „Verbindung wird wiederhergestellt“ anzeigt.</translation>
    </message>
    <message>
        <source>You are not connected with %1.</source>
        <translation>Sie sind nicht mit %1 vernetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: too long, at most %n character(s).</source>
        <translation>
            <numerusform>%1: zu lang, höchstens %n Zeichen.</numerusform>
            <numerusform>%1: zu lang, höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your name: it is how people find and recognise you.</source>
        <translation>Bitte geben Sie Ihren Namen ein: Daran finden und erkennen andere Sie.</translation>
    </message>
    <message>
        <source>On a team store your e-mail address belongs to your login: ask the store&apos;s administrator to change it.</source>
        <translation>In einem Team-Speicher gehört Ihre E-Mail-Adresse zu Ihrer Anmeldung: Bitten Sie den Administrator des Speichers, sie zu ändern.</translation>
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
        <translation>Erneut einladen ab %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Vernetzen</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <source>3rd+</source>
        <translation>3.+</translation>
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
        <translation>Keine gemeinsamen Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mutual connection(s)</source>
        <translation>
            <numerusform>%Ln gemeinsamer Kontakt</numerusform>
            <numerusform>%Ln gemeinsame Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a personal note, quoted</comment>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other mutual connection(s)</source>
        <translation>
            <numerusform>%1 und %Ln weiterer gemeinsamer Kontakt</numerusform>
            <numerusform>%1 und %Ln weitere gemeinsame Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a mutual connection</source>
        <translation>%1 ist ein gemeinsamer Kontakt</translation>
    </message>
    <message>
        <source>%1 and %2 are mutual connections</source>
        <translation>%1 und %2 sind gemeinsame Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other(s)</source>
        <comment>mutual connections on a narrow card</comment>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>My Network backs up this network once a day and before every update, in %1. Restoring puts the whole network back as it was then.</source>
        <translation>„Mein Netzwerk“ sichert dieses Netzwerk einmal täglich und vor jeder Aktualisierung in %1. Beim Wiederherstellen wird das ganze Netzwerk auf den damaligen Stand zurückgesetzt.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Importierte Kontakte</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>There is no backup yet. “Back up now” takes one.</source>
        <translation>Es gibt noch keine Sicherung. „Jetzt sichern“ legt eine an.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert in %1.</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>Es wurde keine Sicherung angelegt: %1</translation>
    </message>
    <message>
        <source>Put the whole network back as it was on %1? Everything changed since then is replaced; a backup of the network as it is now is taken first.</source>
        <translation>Das ganze Netzwerk auf den Stand vom %1 zurücksetzen? Alles, was sich seitdem geändert hat, wird ersetzt; vorher wird der jetzige Stand gesichert.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The network is back as it was on %1.</source>
        <translation>Das Netzwerk ist wieder auf dem Stand vom %1.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>%1 (before a restore)</source>
        <translation>%1 (vor einer Wiederherstellung)</translation>
    </message>
    <message>
        <source>%1 (before an update)</source>
        <translation>%1 (vor einer Aktualisierung)</translation>
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
        <translation>Die ersten %1 Treffer für „%2“</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try part of a name, a headline or a company.</source>
        <translation>Keine Treffer für „%1“. Versuchen Sie es mit einem Teil eines Namens, Titels oder Unternehmens.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “%1”</source>
        <translation>
            <numerusform>%Ln Ergebnis für „%1“</numerusform>
            <numerusform>%Ln Ergebnisse für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow by:</source>
        <translation>Eingrenzen nach:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Narrow the results by company</source>
        <translation>Ergebnisse nach Unternehmen eingrenzen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Narrow the results by location</source>
        <translation>Ergebnisse nach Ort eingrenzen</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Narrow the results by school</source>
        <translation>Ergebnisse nach Ausbildung eingrenzen</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>The team server %1 cannot be reached. Check that it is running and that this computer can reach it (network, VPN, firewall). (%2)</source>
        <translation>Der Team-Server %1 ist nicht erreichbar. Prüfen Sie, ob er läuft und ob dieser Computer ihn erreichen kann (Netzwerk, VPN, Firewall). (%2)</translation>
    </message>
    <message>
        <source>The team server %1 refused the login “%2”. Check the login name and password, or ask the server&apos;s administrator whether the login may use the database %3. (%4)</source>
        <translation>Der Team-Server %1 hat den Anmeldenamen „%2“ abgelehnt. Prüfen Sie Anmeldename und Passwort oder fragen Sie die Administration des Servers, ob diese Anmeldung die Datenbank %3 verwenden darf. (%4)</translation>
    </message>
    <message>
        <source>The team server %1 accepts only encrypted (TLS) connections, or TLS was asked for and the server has none. Choose the TLS setting the administrator gave you. (%2)</source>
        <translation>Der Team-Server %1 nimmt nur verschlüsselte Verbindungen (TLS) an, oder TLS wurde verlangt und der Server bietet es nicht. Wählen Sie die TLS-Einstellung, die Ihnen die Administration genannt hat. (%2)</translation>
    </message>
    <message>
        <source>The team server %1 has no database “%2”. Check the database name, or ask the administrator to create it. (%3)</source>
        <translation>Auf dem Team-Server %1 gibt es keine Datenbank „%2“. Prüfen Sie den Namen der Datenbank oder bitten Sie die Administration, sie anzulegen. (%3)</translation>
    </message>
    <message>
        <source>Cannot open the team store on %1: %2</source>
        <translation>Der Team-Speicher auf %1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>The mail server %1 is not smtp://[user@]host[:port] or smtps://[user@]host[:port].</source>
        <translation>Der Mailserver %1 ist weder smtp://[benutzer@]host[:port] noch smtps://[benutzer@]host[:port].</translation>
    </message>
    <message>
        <source>The mail server %1 has the unknown parameter “%2” (known: tls=off).</source>
        <translation>Der Mailserver %1 hat den unbekannten Parameter „%2“ (bekannt: tls=off).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of My Network (schema %2; this version reads up to %3). It was left unchanged.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von „Mein Netzwerk“ geschrieben (Schema %2; diese Version liest bis %3). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. My Network needs to write to it; it was left unchanged.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. „Mein Netzwerk“ muss in sie schreiben; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a My Network database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 ist keine Datenbank von „Mein Netzwerk“ (keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
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
        <translation>%1 enthält Daten eines anderen Programms, keine Datenbank von „Mein Netzwerk“. Die Datei wurde nicht verändert.</translation>
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
    <message>
        <source>Cannot read the team store on %1: %2</source>
        <translation>Der Team-Speicher auf %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The schema “%1” of the database %2 holds another program&apos;s tables, not a My Network store. It was left unchanged.</source>
        <translation>Das Schema „%1“ der Datenbank %2 enthält Tabellen eines anderen Programms, keinen Speicher von „Mein Netzwerk“. Es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the connection to the team server %1 was lost; reconnecting…</source>
        <translation>die Verbindung zum Team-Server %1 wurde unterbrochen; sie wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be created there. Create the folder or choose another place.</source>
        <translation>Den Ordner %1 gibt es nicht, daher kann die Datenbank %2 dort nicht angelegt werden. Legen Sie den Ordner an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The team store %1 needs an update (schema %2 to %3) that only its owner may make. Ask its administrator to run: mynetwork-admin --db … init. Nothing was changed.</source>
        <translation>Der Team-Speicher %1 benötigt eine Aktualisierung (Schema %2 auf %3), die nur sein Eigentümer vornehmen darf. Bitten Sie die Administration, „mynetwork-admin --db … init“ auszuführen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database %1 needs an update (schema %2 to %3), but no backup could be made first: %4. Nothing was changed.</source>
        <translation>Die Datenbank %1 benötigt eine Aktualisierung (Schema %2 auf %3), aber vorher konnte keine Sicherung angelegt werden: %4. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The team store %1 is at schema %2 and this version of My Network needs %3: a migration runs on the server itself, not through the pooler %4. Open it once without the pooler (or run mynetwork-admin init).</source>
        <translation>Der Team-Speicher %1 hat Schema %2, diese Version von „Mein Netzwerk“ braucht %3: Eine Migration läuft auf dem Server selbst, nicht über den Pooler %4. Öffnen Sie ihn einmal ohne den Pooler (oder führen Sie mynetwork-admin init aus).</translation>
    </message>
    <message>
        <source>The pooler %1 does not choose the team store&apos;s schema on its server connections: give its database the connect_query that docs/team-admin.md shows.</source>
        <translation>Der Pooler %1 wählt auf seinen Serververbindungen nicht das Schema des Team-Speichers: Geben Sie seiner Datenbank die connect_query, die docs/team-admin.md zeigt.</translation>
    </message>
</context>
<context>
    <name>StoreConfig</name>
    <message>
        <source>The server address %1 is not a valid URI: %2</source>
        <translation>Die Serveradresse %1 ist keine gültige URI: %2</translation>
    </message>
    <message>
        <source>The server address %1 has the unknown parameter “%2” (known: %3).</source>
        <translation>Die Serveradresse %1 enthält den unbekannten Parameter „%2“ (bekannt: %3).</translation>
    </message>
    <message>
        <source>The server address %1 has an invalid port.</source>
        <translation>Die Serveradresse %1 hat einen ungültigen Port.</translation>
    </message>
    <message>
        <source>The server address %1 has the unknown sslmode “%2” (known: %3).</source>
        <translation>Die Serveradresse %1 hat den unbekannten sslmode „%2“ (bekannt: %3).</translation>
    </message>
    <message>
        <source>The server address %1 names no database: add /name after the server.</source>
        <translation>Die Serveradresse %1 nennt keine Datenbank: Ergänzen Sie /name nach dem Server.</translation>
    </message>
    <message>
        <source>A read replica is for a team store on a PostgreSQL server; %1 is a local store.</source>
        <translation>Ein Lesereplikat gibt es nur für einen Team-Speicher auf einem PostgreSQL-Server; %1 ist ein lokaler Speicher.</translation>
    </message>
    <message>
        <source>The read replica %1 is not a PostgreSQL server&apos;s address: give it as postgresql://host[:port]/database.</source>
        <translation>Das Lesereplikat %1 ist keine Adresse eines PostgreSQL-Servers: Geben Sie es als postgresql://host[:port]/datenbank an.</translation>
    </message>
    <message>
        <source>A pooler is for a team store on a PostgreSQL server; %1 is a local store.</source>
        <translation>Einen Pooler gibt es nur für einen Team-Speicher auf einem PostgreSQL-Server; %1 ist ein lokaler Speicher.</translation>
    </message>
    <message>
        <source>The pooler %1 is not a PostgreSQL server&apos;s address: give it as postgresql://host[:port]/database.</source>
        <translation>Der Pooler %1 ist keine Adresse eines PostgreSQL-Servers: Geben Sie ihn als postgresql://host[:port]/datenbank an.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>The copy was made by another version of My Network.</source>
        <translation>Die Kopie stammt von einer anderen Version von „Mein Netzwerk“.</translation>
    </message>
</context>
<context>
    <name>StoreStatus</name>
    <message>
        <source>Checking the store after an unclean shutdown…</source>
        <translation>Datenbank wird nach einem unerwarteten Programmende geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>Store busy: another program is writing to it. Retrying in %n second(s)…</source>
        <translation>
            <numerusform>Datenbank belegt: Ein anderes Programm schreibt gerade. Neuer Versuch in %n Sekunde …</numerusform>
            <numerusform>Datenbank belegt: Ein anderes Programm schreibt gerade. Neuer Versuch in %n Sekunden …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminders and expiry could not run (%1). Retrying in %n second(s)…</source>
        <translation>
            <numerusform>Erinnerungen und abgelaufene Einladungen konnten nicht verarbeitet werden (%1). Neuer Versuch in %n Sekunde …</numerusform>
            <numerusform>Erinnerungen und abgelaufene Einladungen konnten nicht verarbeitet werden (%1). Neuer Versuch in %n Sekunden …</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to the team server %1… (next attempt in %n second(s))</source>
        <translation>
            <numerusform>Verbindung zum Team-Server %1 wird wiederhergestellt … (nächster Versuch in %n Sekunde)</numerusform>
            <numerusform>Verbindung zum Team-Server %1 wird wiederhergestellt … (nächster Versuch in %n Sekunden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <source>Connect</source>
        <translation>Vernetzen</translation>
    </message>
    <message>
        <source>Dismiss %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Invitation to %1 pending</source>
        <translation>Einladung an %1 ausstehend</translation>
    </message>
    <message>
        <source>Undo: suggest %1 again</source>
        <translation>Rückgängig: %1 wieder vorschlagen</translation>
    </message>
    <message>
        <source>Connect with %1</source>
        <translation>Mit %1 vernetzen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Also studied at %1</source>
        <translation>Gleiche Hochschule: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>In your contacts</source>
        <translation>In Ihrem Adressbuch</translation>
    </message>
    <message>
        <source>Also at %1</source>
        <translation>Ebenfalls bei %1</translation>
    </message>
    <message>
        <source>Lives in %1</source>
        <translation>Wohnt in %1</translation>
    </message>
    <message>
        <source>Invitation sent, awaiting an answer</source>
        <translation>Einladung gesendet, wartet auf Antwort</translation>
    </message>
    <message>
        <source>Dismissed; Undo suggests %1 again</source>
        <translation>Ausgeblendet. Mit „Rückgängig“ wird %1 wieder vorgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TeamAdmin</name>
    <message>
        <source>Logins exist only on a team store (PostgreSQL).</source>
        <translation>Anmeldungen gibt es nur auf einem Team-Speicher (PostgreSQL).</translation>
    </message>
    <message>
        <source>“%1” cannot be a login: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>„%1“ kann kein Anmeldename sein: Verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>The login “%1” exists already on this server.</source>
        <translation>Den Anmeldenamen „%1“ gibt es auf diesem Server bereits.</translation>
    </message>
    <message>
        <source>Member %1 does not exist or has a login already.</source>
        <translation>Mitglied %1 gibt es nicht oder es hat bereits einen Anmeldenamen.</translation>
    </message>
    <message>
        <source>No member signs in as “%1”.</source>
        <translation>Kein Mitglied meldet sich als „%1“ an.</translation>
    </message>
    <message>
        <source>The store&apos;s owner %1 may not end other logins&apos; sessions, so “%2” was not disabled. A superuser can allow it: GRANT pg_signal_backend TO %1;</source>
        <translation>Der Eigentümer %1 der Datenbank darf die Sitzungen anderer Anmeldenamen nicht beenden, daher wurde „%2“ nicht deaktiviert. Ein Superuser kann es erlauben: GRANT pg_signal_backend TO %1;</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner can limit who connects to it (%1).</source>
        <translation>Nur der Eigentümer der Datenbank kann festlegen, wer sich mit ihr verbindet (%1).</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>%1 is on line %2 too</source>
        <translation>%1 steht auch in Zeile %2</translation>
    </message>
    <message>
        <source>%1 is the address of member %2 (%3) already</source>
        <translation>%1 ist bereits die Adresse von Mitglied %2 (%3)</translation>
    </message>
    <message>
        <source>the login “%1” is on line %2 too</source>
        <translation>der Anmeldename „%1“ steht auch in Zeile %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>TeamIdentity</name>
    <message>
        <source>The login “%1” is not tied to a member of the network on %2. Ask the store&apos;s administrator to tie your login to your member.</source>
        <translation>Der Anmeldename „%1“ ist keinem Mitglied des Netzwerks auf %2 zugeordnet. Bitten Sie die Administration des Speichers, ihn Ihrem Mitgliedsprofil zuzuordnen.</translation>
    </message>
</context>
<context>
    <name>TeamJoin</name>
    <message>
        <source>“%1” is not the server line of an invitation: it reads postgresql://mynetwork_join_…@server/database.</source>
        <translation>„%1“ ist nicht die Serverzeile einer Einladung: Sie lautet postgresql://mynetwork_join_…@server/datenbank.</translation>
    </message>
    <message>
        <source>Enter the code from the invitation.</source>
        <translation>Geben Sie den Code aus der Einladung ein.</translation>
    </message>
    <message>
        <source>Enter the e-mail address the invitation was sent to.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die die Einladung ging.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This code is not valid for %1: check the code and the address, or the invitation may have expired or been used.</source>
        <translation>Dieser Code gilt nicht für %1: Prüfen Sie Code und Adresse; vielleicht ist die Einladung auch abgelaufen oder wurde schon verwendet.</translation>
    </message>
    <message>
        <source>Too many wrong codes for %1. Try again in an hour.</source>
        <translation>Zu viele falsche Codes für %1. Versuchen Sie es in einer Stunde erneut.</translation>
    </message>
    <message>
        <source>%1 is a member already: connect to the team server with your login instead.</source>
        <translation>%1 ist bereits Mitglied: Verbinden Sie sich stattdessen mit Ihrem Anmeldenamen mit dem Team-Server.</translation>
    </message>
    <message>
        <source>The login “%1” is taken on this server: choose another.</source>
        <translation>Den Anmeldenamen „%1“ gibt es auf diesem Server schon: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The team server did not accept these details (a field may be too long).</source>
        <translation>Der Team-Server hat diese Angaben nicht angenommen (vielleicht ist ein Feld zu lang).</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>Only the owner&apos;s login on a team store relays its notices.</source>
        <translation>Nur die Anmeldung des Eigentümers eines Team-Speichers leitet dessen Benachrichtigungen weiter.</translation>
    </message>
    <message>
        <source>Cannot relay notices: %1</source>
        <translation>Benachrichtigungen können nicht weitergeleitet werden: %1</translation>
    </message>
    <message>
        <source>Cannot relay notices (windows look for changes every %1 s meanwhile): %2</source>
        <translation>Benachrichtigungen können nicht weitergeleitet werden (Fenster sehen solange alle %1 s nach Änderungen): %2</translation>
    </message>
    <message>
        <source>The owner %1 may not see or end members&apos; sessions, so a stuck one is not ended. A superuser can allow it: GRANT pg_signal_backend, pg_read_all_stats TO %1;</source>
        <translation>Der Eigentümer %1 darf Sitzungen von Mitgliedern weder sehen noch beenden, daher wird eine hängende Sitzung nicht beendet. Ein Superuser kann es erlauben: GRANT pg_signal_backend, pg_read_all_stats TO %1;</translation>
    </message>
    <message>
        <source>Cannot end members&apos; stuck sessions: %1</source>
        <translation>Hängende Sitzungen von Mitgliedern können nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>Ended session %1 of %2: idle in a transaction for more than %3 s.</source>
        <translation>Sitzung %1 von %2 beendet: länger als %3 s untätig in einer Transaktion.</translation>
    </message>
    <message>
        <source>Ended session %1 of %2: it kept the notification queue from emptying (more than %3% full).</source>
        <translation>Sitzung %1 von %2 beendet: sie hielt die Benachrichtigungswarteschlange auf (mehr als %3 % voll).</translation>
    </message>
    <message>
        <source>Cannot prune the change log: %1</source>
        <translation>Das Änderungsprotokoll kann nicht gekürzt werden: %1</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>TimeSandbox</name>
    <message>
        <source>Simulated time exists only on a local store.</source>
        <translation>Simulierte Zeit gibt es nur bei einem lokalen Speicher.</translation>
    </message>
    <message>
        <source>There is no copy of the network from before simulated time.</source>
        <translation>Es gibt keine Kopie des Netzwerks aus der Zeit vor der Simulation.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>VCardParser</name>
    <message>
        <source>expected BEGIN:VCARD, found text that is not a vCard property</source>
        <translation>BEGIN:VCARD erwartet, aber Text gefunden, der keine vCard-Eigenschaft ist</translation>
    </message>
    <message>
        <source>the vCard begun here has no END:VCARD before the next one</source>
        <translation>Die hier begonnene vCard hat vor der nächsten kein END:VCARD</translation>
    </message>
    <message>
        <source>a vCard property outside BEGIN:VCARD … END:VCARD</source>
        <translation>Eine vCard-Eigenschaft außerhalb von BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <source>a line longer than 1 MiB; this does not look like a vCard file</source>
        <translation>Eine Zeile ist länger als 1 MiB; das sieht nicht nach einer vCard-Datei aus</translation>
    </message>
    <message>
        <source>the vCard begun here has no END:VCARD</source>
        <translation>Die hier begonnene vCard hat kein END:VCARD</translation>
    </message>
</context>
<context>
    <name>WithdrawCandidatesModel</name>
    <message>
        <source>Invited</source>
        <translation>Eingeladene Person</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Can be invited again on</source>
        <translation>Erneut einladen ab</translation>
    </message>
</context>
<context>
    <name>WithdrawOldDialog</name>
    <message>
        <source>Withdraw older invitations</source>
        <translation>Ältere Einladungen zurückziehen</translation>
    </message>
    <message>
        <source>Sent more than</source>
        <translation>Gesendet vor mehr als</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Anzahl der Wochen</translation>
    </message>
    <message>
        <source>Invitations that would be withdrawn</source>
        <translation>Einladungen, die zurückgezogen würden</translation>
    </message>
    <message numerus="yes">
        <source>Old invitations that were never answered make a network look stale. You can invite each person again %n day(s) after withdrawing.</source>
        <translation>
            <numerusform>Lange unbeantwortete Einladungen lassen ein Netzwerk ungepflegt wirken. Sie können jede Person %n Tag nach dem Zurückziehen erneut einladen.</numerusform>
            <numerusform>Lange unbeantwortete Einladungen lassen ein Netzwerk ungepflegt wirken. Sie können jede Person %n Tage nach dem Zurückziehen erneut einladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s) ago</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) will be withdrawn.</source>
        <translation>
            <numerusform>%Ln Einladung wird zurückgezogen.</numerusform>
            <numerusform>%Ln Einladungen werden zurückgezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No invitation you sent is that old.</source>
        <translation>Keine Ihrer gesendeten Einladungen ist so alt.</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %Ln</source>
        <translation>
            <numerusform>%Ln Einladung zurückziehen</numerusform>
            <numerusform>%Ln Einladungen zurückziehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
</TS>
