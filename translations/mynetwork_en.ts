<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Admin</name>
    <message>
        <source>The team store: postgresql://owner@host[:port]/database.</source>
        <translation>The team store: postgresql://owner@host[:port]/database.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>init: fill a new store with the demo network.</source>
        <translation>init: fill a new store with the demo network.</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>The member&apos;s name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The member&apos;s email address.</source>
        <translation>The member&apos;s email address.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>The login (lower-case letters, digits, _).</source>
        <translation>The login (lower-case letters, digits, _).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>The login&apos;s password.</source>
        <translation>The login&apos;s password.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>An existing member&apos;s number.</source>
        <translation>An existing member&apos;s number.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>list-members: only members with a login.</source>
        <translation>list-members: only members with a login.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>What to do (see above).</translation>
    </message>
    <message>
        <source>Name one command: %1 (see --help).</source>
        <translation>Name one command: %1 (see --help).</translation>
    </message>
    <message>
        <source>Name the team store with --db postgresql://… (see --help).</source>
        <translation>Name the team store with --db postgresql://… (see --help).</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 needs --%2.</translation>
    </message>
    <message>
        <source>Created the team store %1.</source>
        <translation>Created the team store %1.</translation>
    </message>
    <message>
        <source>The team store %1 is ready.</source>
        <translation>The team store %1 is ready.</translation>
    </message>
    <message>
        <source>Member %1 signs in as %2.</source>
        <translation>Member %1 signs in as %2.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>can sign in</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Password (shown only now): %1</source>
        <translation>Password (shown only now): %1</translation>
    </message>
    <message>
        <source>set-profile: the headline.</source>
        <translation>set-profile: the headline.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>set-profile: the company.</source>
        <translation>set-profile: the company.</translation>
    </message>
    <message>
        <source>set-profile: the school.</source>
        <translation>set-profile: the school.</translation>
    </message>
    <message>
        <source>set-profile: where the member is.</source>
        <translation>set-profile: where the member is.</translation>
    </message>
    <message>
        <source>set-profile: the phone.</source>
        <translation>set-profile: the phone.</translation>
    </message>
    <message>
        <source>The profile of member %1 was saved.</source>
        <translation>The profile of member %1 was saved.</translation>
    </message>
    <message>
        <source>import-members: a new file for the logins&apos; passwords.</source>
        <translation>import-members: a new file for the logins&apos; passwords.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>import-members: check the file, change nothing.</source>
        <translation>import-members: check the file, change nothing.</translation>
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
        <translation>Administers a My Network team store as its owner login.

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
A password left out is generated and shown once.</translation>
    </message>
    <message>
        <source>import-members: the export to read.</source>
        <translation>import-members: the export to read.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 cannot be created: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 exists already; name a new file for the passwords.</source>
        <translation>%1 exists already; name a new file for the passwords.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 people can be added; nothing was changed (--check).</source>
        <translation>%1 people can be added; nothing was changed (--check).</translation>
    </message>
    <message>
        <source>Added %1 members from %2; their passwords are in %3, which only you can read.</source>
        <translation>Added %1 members from %2; their passwords are in %3, which only you can read.</translation>
    </message>
    <message>
        <source>Send the commands through the connection pooler at &lt;location&gt; (PgBouncer in transaction mode); init, which may migrate the store, runs on the server itself.</source>
        <translation>Send the commands through the connection pooler at &lt;location&gt; (PgBouncer in transaction mode); init, which may migrate the store, runs on the server itself.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Could not create the demo network: %1</source>
        <translation>Could not create the demo network: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. My Network was not closed properly last time; nothing has been written to the store since.</source>
        <translation>The database %1 is damaged: %2. My Network was not closed properly last time; nothing has been written to the store since.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Nothing has been written to it.</source>
        <translation>The database %1 is damaged: %2. Nothing has been written to it.</translation>
    </message>
    <message>
        <source>There is no backup of it; choose another file.</source>
        <translation>There is no backup of it; choose another file.</translation>
    </message>
    <message>
        <source>The latest good backup is %1; My Network&apos;s window offers to restore it.</source>
        <translation>The latest good backup is %1; My Network&apos;s window offers to restore it.</translation>
    </message>
    <message>
        <source>the store is damaged</source>
        <translation>the store is damaged</translation>
    </message>
    <message>
        <source>the store is being checked; try again in a moment</source>
        <translation>the store is being checked; try again in a moment</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>My Network</source>
        <translation>My Network</translation>
    </message>
    <message>
        <source>My Network: grow your professional network with invitations.</source>
        <translation>My Network: grow your professional network with invitations.</translation>
    </message>
    <message>
        <source>Interface language: de or en.</source>
        <translation>Interface language: de or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Do not fill a new database with the demo network.</source>
        <translation>Do not fill a new database with the demo network.</translation>
    </message>
    <message>
        <source>Sign in as the member with the number &lt;id&gt;.</source>
        <translation>Sign in as the member with the number &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Save a picture of the window to &lt;file&gt; and quit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use de or en.</source>
        <translation>Unknown language “%1”: use de or en.</translation>
    </message>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation>Cannot write the picture %1.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Unknown page “%1”.</source>
        <translation>Unknown page “%1”.</translation>
    </message>
    <message>
        <source>Print what importing the address book &lt;file&gt; would find, and quit.</source>
        <translation>Print what importing the address book &lt;file&gt; would find, and quit.</translation>
    </message>
    <message>
        <source>Use the store at &lt;location&gt; instead of the default: an SQLite file path, or a team server as postgresql://login@host[:port]/database[?sslmode=require].</source>
        <translation>Use the store at &lt;location&gt; instead of the default: an SQLite file path, or a team server as postgresql://login@host[:port]/database[?sslmode=require].</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>--member is for a local store. On the team store %1 you act as the member tied to your login (%2); sign in with another login instead.</source>
        <translation>--member is for a local store. On the team store %1 you act as the member tied to your login (%2); sign in with another login instead.</translation>
    </message>
    <message>
        <source>Size of the picture --screenshot saves, as &lt;width&gt;x&lt;height&gt;.</source>
        <translation>Size of the picture --screenshot saves, as &lt;width&gt;x&lt;height&gt;.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>The size “%1” is not &lt;width&gt;x&lt;height&gt; of at least 200x200.</source>
        <translation>The size “%1” is not &lt;width&gt;x&lt;height&gt; of at least 200x200.</translation>
    </message>
    <message>
        <source>With --import-preview: read the file as &lt;name&gt; (Shift_JIS, KOI8-R, ISO-8859-2, …) instead of guessing its encoding.</source>
        <translation>With --import-preview: read the file as &lt;name&gt; (Shift_JIS, KOI8-R, ISO-8859-2, …) instead of guessing its encoding.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The network is damaged</source>
        <translation>The network is damaged</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2 members, %3 connections, %4 contacts). Restore it?</source>
        <translation>The latest good backup is from %1 (%2 members, %3 connections, %4 contacts). Restore it?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Quit without changes</source>
        <translation>Quit without changes</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>The backup could not be restored: %1</translation>
    </message>
    <message>
        <source>Keep the local store&apos;s backups in &lt;folder&gt; (default: backups beside the store; also the setting backups/folder).</source>
        <translation>Keep the local store&apos;s backups in &lt;folder&gt; (default: backups beside the store; also the setting backups/folder).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Keep the last &lt;n&gt; backups (default 7, 0 takes none; also the setting backups/kept).</source>
        <translation>Keep the last &lt;n&gt; backups (default 7, 0 takes none; also the setting backups/kept).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The number of backups “%1” is not a whole number of 0 or more.</source>
        <translation>The number of backups “%1” is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>With a team store: read people you may know and searches on the read replica at &lt;location&gt; (a standby of the server, postgresql://host[:port]/database).</source>
        <translation>With a team store: read people you may know and searches on the read replica at &lt;location&gt; (a standby of the server, postgresql://host[:port]/database).</translation>
    </message>
    <message>
        <source>With a team store: send its queries through the connection pooler at &lt;location&gt; (PgBouncer in transaction mode, postgresql://host[:port]/database).</source>
        <translation>With a team store: send its queries through the connection pooler at &lt;location&gt; (PgBouncer in transaction mode, postgresql://host[:port]/database).</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: mynetwork, received, sent, connections, notifications, outbox, profile:ID, search:TEXT, import:FILE, contacts, restore, withdraw, edit-profile[:PICTURE], welcome, connect, join, invitation-mail, about or user-guide.</source>
        <translation>Open on &lt;page&gt;: mynetwork, received, sent, connections, notifications, outbox, profile:ID, search:TEXT, import:FILE, contacts, restore, withdraw, edit-profile[:PICTURE], welcome, connect, join, invitation-mail, about or user-guide.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Cannot read the backup %1.</translation>
    </message>
</context>
<context>
    <name>ByteSource</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>is the database My Network is using, not an address book</source>
        <translation>is the database My Network is using, not an address book</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Open %1&apos;s profile</source>
        <translation>Open %1&apos;s profile</translation>
    </message>
    <message>
        <source>Connect with a note…</source>
        <translation>Connect with a note…</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>Cannot listen for changes on the team server: %1</source>
        <translation>Cannot listen for changes on the team server: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>Connect to a team server</translation>
    </message>
    <message>
        <source>Share one network with your team: open the store on a PostgreSQL server, signed in with your own login.</source>
        <translation>Share one network with your team: open the store on a PostgreSQL server, signed in with your own login.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Server name or address</translation>
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
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keychain</source>
        <translation>&amp;Remember the password in the desktop&apos;s keychain</translation>
    </message>
    <message>
        <source>Leave the password empty to use ~/.pgpass or PGPASSWORD.</source>
        <translation>Leave the password empty to use ~/.pgpass or PGPASSWORD.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>When the server offers it</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Required, with the server&apos;s certificate checked</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Enter the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Enter the database the team store is in.</source>
        <translation>Enter the database the team store is in.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>The password could not be kept in the desktop&apos;s keychain (%1). It is used now; you will be asked for it at the next start.</source>
        <translation>The password could not be kept in the desktop&apos;s keychain (%1). It is used now; you will be asked for it at the next start.</translation>
    </message>
    <message>
        <source>Read repli&amp;ca:</source>
        <translation>Read repli&amp;ca:</translation>
    </message>
    <message>
        <source>Read replica (optional)</source>
        <translation>Read replica (optional)</translation>
    </message>
    <message>
        <source>A standby of the server that answers people you may know and searches; empty: the server answers everything.</source>
        <translation>A standby of the server that answers people you may know and searches; empty: the server answers everything.</translation>
    </message>
    <message>
        <source>The read replica cannot be reached: %1</source>
        <translation>The read replica cannot be reached: %1</translation>
    </message>
    <message>
        <source>%1 is not a standby of the team server: a read replica is a streaming copy of it (pg_basebackup -R).</source>
        <translation>%1 is not a standby of the team server: a read replica is a streaming copy of it (pg_basebackup -R).</translation>
    </message>
    <message>
        <source>P&amp;ooler:</source>
        <translation>P&amp;ooler:</translation>
    </message>
    <message>
        <source>Connection pooler (optional)</source>
        <translation>Connection pooler (optional)</translation>
    </message>
    <message>
        <source>PgBouncer in transaction mode in front of the server, which carries the window&apos;s queries; empty: the window talks to the server itself.</source>
        <translation>PgBouncer in transaction mode in front of the server, which carries the window&apos;s queries; empty: the window talks to the server itself.</translation>
    </message>
    <message>
        <source>The team server itself cannot be reached, which tells the window of changes: %1</source>
        <translation>The team server itself cannot be reached, which tells the window of changes: %1</translation>
    </message>
    <message>
        <source>Optional: postgresql://pooler:6432/network</source>
        <translation>Optional: postgresql://pooler:6432/network</translation>
    </message>
    <message>
        <source>Optional: postgresql://standby/network</source>
        <translation>Optional: postgresql://standby/network</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Cannot prepare the database %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>Connected %1</source>
        <translation>Connected %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Connected on %1</source>
        <translation>Connected on %1</translation>
    </message>
    <message>
        <source>Connected just now</source>
        <translation>Connected just now</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remove connection</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <source>Remove %1 from your connections? %1 won&apos;t be notified, and either of you can send a new invitation at any time.</source>
        <translation>Remove %1 from your connections? %1 won&apos;t be notified, and either of you can send a new invitation at any time.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 was removed from your connections.</source>
        <translation>%1 was removed from your connections.</translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation>Connections (%1)</translation>
    </message>
    <message>
        <source>Connections (%1 of %2)</source>
        <translation>Connections (%1 of %2)</translation>
    </message>
    <message>
        <source>No connections yet. People whose invitations you accept, and who accept yours, appear here.</source>
        <translation>No connections yet. People whose invitations you accept, and who accept yours, appear here.</translation>
    </message>
    <message>
        <source>None of your connections matches “%1”.</source>
        <translation>None of your connections matches “%1”.</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Search your connections by name, headline, company or place</source>
        <translation>Search your connections by name, headline, company or place</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sort by:</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Recently added</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation>Your connections</translation>
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
        <translation>Email</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>Already connected</source>
        <translation>Already connected</translation>
    </message>
    <message>
        <source>Invitation pending</source>
        <translation>Invitation pending</translation>
    </message>
    <message>
        <source>Has invited you</source>
        <translation>Has invited you</translation>
    </message>
    <message>
        <source>Can be invited again on %1</source>
        <translation>Can be invited again on %1</translation>
    </message>
    <message>
        <source>Not a member yet</source>
        <translation>Not a member yet</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Invalid address</translation>
    </message>
    <message>
        <source>Duplicate in this file</source>
        <translation>Duplicate in this file</translation>
    </message>
    <message>
        <source>That is you</source>
        <translation>That is you</translation>
    </message>
    <message>
        <source>Possible match: %1 — please confirm</source>
        <translation>Possible match: %1 — please confirm</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>No email address</translation>
    </message>
    <message>
        <source>Member, not connected yet</source>
        <translation>Member, not connected yet</translation>
    </message>
    <message>
        <source>found as %1</source>
        <comment>the member an imported contact turned out to be</comment>
        <translation>found as %1</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <comment>the name an imported contact is kept under</comment>
        <translation>saved as %1</translation>
    </message>
</context>
<context>
    <name>ContactReader</name>
    <message>
        <source>bytes that are not UTF-8 were replaced</source>
        <translation>bytes that are not UTF-8 were replaced</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the extra ones are ignored</source>
        <translation>%1 fields where the header has %2; the extra ones are ignored</translation>
    </message>
    <message>
        <source>the file has a header row but no contacts after it</source>
        <translation>the file has a header row but no contacts after it</translation>
    </message>
    <message>
        <source>the file holds no vCard</source>
        <translation>the file holds no vCard</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>this is not a text file: it holds binary data</source>
        <translation>this is not a text file: it holds binary data</translation>
    </message>
    <message>
        <source>no column is mapped to a name or an email address</source>
        <translation>no column is mapped to a name or an email address</translation>
    </message>
    <message>
        <source>the file holds no contact record</source>
        <translation>the file holds no contact record</translation>
    </message>
    <message>
        <source>“%1” is no encoding this program can read</source>
        <translation>“%1” is no encoding this program can read</translation>
    </message>
    <message numerus="yes">
        <source>longer than %n character(s): left out</source>
        <translation>
            <numerusform>longer than %n character: left out</numerusform>
            <numerusform>longer than %n characters: left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>This import would keep more than %1 contacts (you have %2). Remove contacts you no longer need under Manage imported contacts, or import a smaller file.</source>
        <translation>This import would keep more than %1 contacts (you have %2). Remove contacts you no longer need under Manage imported contacts, or import a smaller file.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Imported contacts</source>
        <translation>Imported contacts</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Delete all</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Could not delete: %1</translation>
    </message>
    <message>
        <source>You have not imported any contacts yet.</source>
        <translation>You have not imported any contacts yet.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) from your imported contacts?</source>
        <translation>
            <numerusform>Delete %Ln contact from your imported contacts?</numerusform>
            <numerusform>Delete %Ln contacts from your imported contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln imported contact(s)? People you already invited keep their invitations.</source>
        <translation>
            <numerusform>Delete the %Ln imported contact? People you already invited keep their invitations.</numerusform>
            <numerusform>Delete all %Ln imported contacts? People you already invited keep their invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported contact(s). Only you can see them.</source>
        <translation>
            <numerusform>%Ln imported contact. Only you can see it.</numerusform>
            <numerusform>%Ln imported contacts. Only you can see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, address or company</source>
        <translation>Filter by name, address or company</translation>
    </message>
    <message>
        <source>Filter imported contacts</source>
        <translation>Filter imported contacts</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln imported contact(s) match “%2”.</source>
        <translation>
            <numerusform>%1 of %Ln imported contact match “%2”.</numerusform>
            <numerusform>%1 of %Ln imported contacts match “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CropView</name>
    <message>
        <source>Part of the picture to use</source>
        <translation>Part of the picture to use</translation>
    </message>
    <message>
        <source>Arrow keys move the square; plus and minus change its size.</source>
        <translation>Arrow keys move the square; plus and minus change its size.</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>a quoted field opened here runs on for more than 1 MiB without closing</source>
        <translation>a quoted field opened here runs on for more than 1 MiB without closing</translation>
    </message>
    <message>
        <source>a line longer than 1 MiB; this does not look like a contacts file</source>
        <translation>a line longer than 1 MiB; this does not look like a contacts file</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>a quoted field opened here is never closed</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Sends the reminders and expires the invitations of a My Network store. Any number may run against one team store: one leads, the others take over within seconds when it stops.</source>
        <translation>Sends the reminders and expires the invitations of a My Network store. Any number may run against one team store: one leads, the others take over within seconds when it stops.</translation>
    </message>
    <message>
        <source>The store: postgresql://login@host[:port]/database, or an SQLite file.</source>
        <translation>The store: postgresql://login@host[:port]/database, or an SQLite file.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>Do what is due now (if no other engine leads) and quit.</source>
        <translation>Do what is due now (if no other engine leads) and quit.</translation>
    </message>
    <message>
        <source>Fill a store that does not exist yet with the demo network.</source>
        <translation>Fill a store that does not exist yet with the demo network.</translation>
    </message>
    <message>
        <source>Name the store with --db (see --help).</source>
        <translation>Name the store with --db (see --help).</translation>
    </message>
    <message>
        <source>Created the store %1.</source>
        <translation>Created the store %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n reminder(s)</source>
        <translation>
            <numerusform>Sent %n reminder</numerusform>
            <numerusform>Sent %n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n invitation(s)</source>
        <translation>
            <numerusform>expired %n invitation</numerusform>
            <numerusform>expired %n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>purged %n address invitation(s).</source>
        <translation>
            <numerusform>purged %n address invitation.</numerusform>
            <numerusform>purged %n address invitations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run failed (%1); retrying in %2 ms.</source>
        <translation>The run failed (%1); retrying in %2 ms.</translation>
    </message>
    <message>
        <source>Leading: this engine sends the reminders and expires invitations now.</source>
        <translation>Leading: this engine sends the reminders and expires invitations now.</translation>
    </message>
    <message>
        <source>Standing by: another engine leads.</source>
        <translation>Standing by: another engine leads.</translation>
    </message>
    <message>
        <source>The server is away (%1); reconnecting in %2 ms.</source>
        <translation>The server is away (%1); reconnecting in %2 ms.</translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation>Reconnected.</translation>
    </message>
    <message>
        <source>Another engine leads; nothing done.</source>
        <translation>Another engine leads; nothing done.</translation>
    </message>
    <message>
        <source>Started on %1.</source>
        <translation>Started on %1.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>%1 signs in as a member&apos;s login; the engine needs the store owner&apos;s login.</source>
        <translation>%1 signs in as a member&apos;s login; the engine needs the store owner&apos;s login.</translation>
    </message>
    <message>
        <source>Team store: end a member&apos;s session idle in a transaction for longer (default 60).</source>
        <translation>Team store: end a member&apos;s session idle in a transaction for longer (default 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>--idle-transaction-limit takes a number of seconds, 1 or more.</source>
        <translation>--idle-transaction-limit takes a number of seconds, 1 or more.</translation>
    </message>
    <message>
        <source>Delivered e-mail %1 to %2 (%3).</source>
        <translation>Delivered e-mail %1 to %2 (%3).</translation>
    </message>
    <message>
        <source>E-mail %1 to %2 not delivered yet (%3); trying again in %4 s.</source>
        <translation>E-mail %1 to %2 not delivered yet (%3); trying again in %4 s.</translation>
    </message>
    <message>
        <source>E-mail %1 to %2 could not be delivered: %3</source>
        <translation>E-mail %1 to %2 could not be delivered: %3</translation>
    </message>
    <message>
        <source>Delivery paused: %1</source>
        <translation>Delivery paused: %1</translation>
    </message>
    <message>
        <source>Team store: deliver outbox e-mails through this mail server, smtp://[user@]host[:port] (STARTTLS required; ?tls=off for a relay on this machine) or smtps://[user@]host[:port]. Also MYNETWORK_SMTP; the password from MYNETWORK_SMTP_PASSWORD or the systemd credential smtp-password.</source>
        <translation>Team store: deliver outbox e-mails through this mail server, smtp://[user@]host[:port] (STARTTLS required; ?tls=off for a relay on this machine) or smtps://[user@]host[:port]. Also MYNETWORK_SMTP; the password from MYNETWORK_SMTP_PASSWORD or the systemd credential smtp-password.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The address the e-mails come from (also MYNETWORK_MAIL_FROM).</source>
        <translation>The address the e-mails come from (also MYNETWORK_MAIL_FROM).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>How long one e-mail may take before the server counts as away (default 60).</source>
        <translation>How long one e-mail may take before the server counts as away (default 60).</translation>
    </message>
    <message>
        <source>--smtp needs --mail-from with the address the e-mails come from.</source>
        <translation>--smtp needs --mail-from with the address the e-mails come from.</translation>
    </message>
    <message>
        <source>--smtp-timeout takes a number of seconds, 1 or more.</source>
        <translation>--smtp-timeout takes a number of seconds, 1 or more.</translation>
    </message>
    <message>
        <source>--smtp delivers a team store&apos;s e-mails; a local store&apos;s outbox is sent from its window with the person&apos;s own mail program.</source>
        <translation>--smtp delivers a team store&apos;s e-mails; a local store&apos;s outbox is sent from its window with the person&apos;s own mail program.</translation>
    </message>
    <message>
        <source>Delivering e-mails through %1 while leading.</source>
        <translation>Delivering e-mails through %1 while leading.</translation>
    </message>
    <message>
        <source>Where invited people reach the team store, as the e-mails name it (default: the engine&apos;s own server; also MYNETWORK_JOIN_SERVER).</source>
        <translation>Where invited people reach the team store, as the e-mails name it (default: the engine&apos;s own server; also MYNETWORK_JOIN_SERVER).</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>host[:port]</translation>
    </message>
    <message>
        <source>--join-server takes host[:port], without a scheme, login or database.</source>
        <translation>--join-server takes host[:port], without a scheme, login or database.</translation>
    </message>
</context>
<context>
    <name>ExpiryEngine</name>
    <message>
        <source>invitation %1 was updated by another engine during this run</source>
        <translation>invitation %1 was updated by another engine during this run</translation>
    </message>
    <message>
        <source>the connection to the server is closed</source>
        <translation>the connection to the server is closed</translation>
    </message>
    <message>
        <source>another engine leads now</source>
        <translation>another engine leads now</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>My Network – user guide</source>
        <translation>My Network – user guide</translation>
    </message>
    <message>
        <source>About My Network</source>
        <translation>About My Network</translation>
    </message>
    <message>
        <source>My Network %1</source>
        <translation>My Network %1</translation>
    </message>
    <message>
        <source>Your professional network: invitations, people you may know and your address book, in German and English.

Licence: proprietary, all rights reserved.
Built with Qt %1.

Store: %2</source>
        <translation>Your professional network: invitations, people you may know and your address book, in German and English.

Licence: proprietary, all rights reserved.
Built with Qt %1.

Store: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import address book</source>
        <translation>Import address book</translation>
    </message>
    <message>
        <source>Find the people you know on My Network</source>
        <translation>Find the people you know on My Network</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filter by name, address or company</source>
        <translation>Filter by name, address or company</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filter contacts</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Select all members</source>
        <translation>Select all members</translation>
    </message>
    <message>
        <source>Contacts who are members</source>
        <translation>Contacts who are members</translation>
    </message>
    <message>
        <source>Select all contacts who are not members</source>
        <translation>Select all contacts who are not members</translation>
    </message>
    <message>
        <source>Contacts who are not members yet</source>
        <translation>Contacts who are not members yet</translation>
    </message>
    <message>
        <source>Import another file…</source>
        <translation>Import another file…</translation>
    </message>
    <message>
        <source>Choose an address book</source>
        <translation>Choose an address book</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>Meaning of column %1</translation>
    </message>
    <message>
        <source>Choose at least one column with a name or an email address.</source>
        <translation>Choose at least one column with a name or an email address.</translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation>The import was canceled.</translation>
    </message>
    <message>
        <source>The contacts could not be saved: %1</source>
        <translation>The contacts could not be saved: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Already on My Network (%1)</source>
        <translation>Already on My Network (%1)</translation>
    </message>
    <message>
        <source>Not on My Network yet — invite by email (%1)</source>
        <translation>Not on My Network yet — invite by email (%1)</translation>
    </message>
    <message>
        <source>Invite selected</source>
        <translation>Invite selected</translation>
    </message>
    <message>
        <source>Encoding %1</source>
        <translation>Encoding %1</translation>
    </message>
    <message>
        <source>, separated by %1</source>
        <translation>, separated by %1</translation>
    </message>
    <message>
        <source>We don&apos;t recognize this file&apos;s header. Tell us what each column contains; the first values of each column are shown beside it.</source>
        <translation>We don&apos;t recognize this file&apos;s header. Tell us what each column contains; the first values of each column are shown beside it.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contains</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Reading %1 and looking for members…</source>
        <translation>Reading %1 and looking for members…</translation>
    </message>
    <message>
        <source>Nothing is selected for you: check the people you want to invite.</source>
        <translation>Nothing is selected for you: check the people you want to invite.</translation>
    </message>
    <message numerus="yes">
        <source>Invite %Ln selected</source>
        <translation>
            <numerusform>Invite %Ln selected person</numerusform>
            <numerusform>Invite %Ln selected people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln contact(s) read</source>
        <translation>
            <numerusform>%1 · %2 · %Ln contact read</numerusform>
            <numerusform>%1 · %2 · %Ln contacts read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had problems; the first: %1</source>
        <translation>
            <numerusform>%Ln line had a problem: %1</numerusform>
            <numerusform>%Ln lines had problems; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) sent.</source>
        <translation>
            <numerusform>%Ln invitation sent.</numerusform>
            <numerusform>%Ln invitations sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export your contacts from Google Contacts, Outlook, Thunderbird, Apple Contacts or LinkedIn as a CSV, vCard or LDIF file, then choose the file here. We show you who is already a member and whom you can invite. Nothing is sent until you choose.</source>
        <translation>Export your contacts from Google Contacts, Outlook, Thunderbird, Apple Contacts or LinkedIn as a CSV, vCard or LDIF file, then choose the file here. We show you who is already a member and whom you can invite. Nothing is sent until you choose.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Encoding of the file</translation>
    </message>
    <message>
        <source>Address books (*.csv *.vcf *.vcard *.ldif *.ldi *.txt *.tsv *.tab);;All files (*)</source>
        <translation>Address books (*.csv *.vcf *.vcard *.ldif *.ldi *.txt *.tsv *.tab);;All files (*)</translation>
    </message>
    <message>
        <source>We are not sure which encoding this file uses and read it as %1. If the names below look wrong, choose another encoding.</source>
        <translation>We are not sure which encoding this file uses and read it as %1. If the names below look wrong, choose another encoding.</translation>
    </message>
    <message>
        <source>Read as %1. Check the names below.</source>
        <translation>Read as %1. Check the names below.</translation>
    </message>
    <message>
        <source>Check what each column contains; the first values of each column are shown beside it.</source>
        <translation>Check what each column contains; the first values of each column are shown beside it.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Waiting for the check of the store to finish, then saving…</source>
        <translation>Waiting for the check of the store to finish, then saving…</translation>
    </message>
    <message>
        <source>Invite with a note…</source>
        <translation>Invite with a note…</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln selected people</source>
        <translation>
            <numerusform>the %Ln selected person</numerusform>
            <numerusform>the %Ln selected people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No names</source>
        <translation>No names</translation>
    </message>
    <message>
        <source>No column is marked as holding names: your contacts would be listed by their email addresses. Continue without names?</source>
        <translation>No column is marked as holding names: your contacts would be listed by their email addresses. Continue without names?</translation>
    </message>
    <message>
        <source>Continue without names</source>
        <translation>Continue without names</translation>
    </message>
    <message>
        <source>Keeping your contacts…</source>
        <translation>Keeping your contacts…</translation>
    </message>
    <message>
        <source>Your contacts were not kept: %1</source>
        <translation>Your contacts were not kept: %1</translation>
    </message>
    <message>
        <source>Kept in your imported contacts: %1 new, %2 updated.</source>
        <translation>Kept in your imported contacts: %1 new, %2 updated.</translation>
    </message>
    <message>
        <source>Not sent: this week’s limit is reached</source>
        <translation>Not sent: this week’s limit is reached</translation>
    </message>
    <message>
        <source>Invite %1 of %2 selected</source>
        <translation>Invite %1 of %2 selected</translation>
    </message>
    <message>
        <source>You have sent this week’s invitations; you can send again from %1.</source>
        <translation>You have sent this week’s invitations; you can send again from %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 selected can be invited this week: the first %1 in the lists above, members first. You can invite more from %3.</source>
        <translation>Only %1 of the %2 selected can be invited this week: the first %1 in the lists above, members first. You can invite more from %3.</translation>
    </message>
    <message numerus="yes">
        <source>You can send %Ln more invitation(s) this week.</source>
        <translation>
            <numerusform>You can send %Ln more invitation this week.</numerusform>
            <numerusform>You can send %Ln more invitations this week.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not sent: this week’s limit; you can send again from %2.</source>
        <translation>%1 not sent: this week’s limit; you can send again from %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent for another reason:</source>
        <translation>
            <numerusform>%Ln not sent for another reason:</numerusform>
            <numerusform>%Ln not sent for other reasons:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep these %1 contacts (only you can see them)</source>
        <translation>Keep these %1 contacts (only you can see them)</translation>
    </message>
    <message>
        <source>People who join later with one of their addresses are then suggested to you. If you leave this unticked, nothing of the file stays once you close this window.</source>
        <translation>People who join later with one of their addresses are then suggested to you. If you leave this unticked, nothing of the file stays once you close this window.</translation>
    </message>
    <message>
        <source>%1 of them are in your contacts under another name; keeping gives them the names in this file.</source>
        <translation>%1 of them are in your contacts under another name; keeping gives them the names in this file.</translation>
    </message>
    <message>
        <source>This file has no header line: its first line is already a contact, shown with the others. Tell us what each column contains.</source>
        <translation>This file has no header line: its first line is already a contact, shown with the others. Tell us what each column contains.</translation>
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
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Delimiter: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contacts: %1</translation>
    </message>
    <message>
        <source>Encoding: %1 (a guess: the file fits several encodings; name another with --encoding)</source>
        <translation>Encoding: %1 (a guess: the file fits several encodings; name another with --encoding)</translation>
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
        <translation>Email</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%Ln more</source>
        <comment>further addresses of the contact</comment>
        <translation>
            <numerusform>%1 +%Ln more</numerusform>
            <numerusform>%1 +%Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Also: %1</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>%1, line %2, field “%3”: %4</source>
        <translation>%1, line %2, field “%3”: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>Google Contacts CSV</translation>
    </message>
    <message>
        <source>Google Contacts CSV (older form)</source>
        <translation>Google Contacts CSV (older form)</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>Outlook CSV</translation>
    </message>
    <message>
        <source>Outlook CSV (German)</source>
        <translation>Outlook CSV (German)</translation>
    </message>
    <message>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird CSV</translation>
    </message>
    <message>
        <source>Thunderbird CSV (German)</source>
        <translation>Thunderbird CSV (German)</translation>
    </message>
    <message>
        <source>LinkedIn Connections.csv</source>
        <translation>LinkedIn Connections.csv</translation>
    </message>
    <message>
        <source>CSV with its own header</source>
        <translation>CSV with its own header</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <comment>import column</comment>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>LDIF</source>
        <translation>LDIF</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>today&apos;s %1 new address lookups are used up: contacts past them are found among the members over the next days</source>
        <translation>today&apos;s %1 new address lookups are used up: contacts past them are found among the members over the next days</translation>
    </message>
    <message>
        <source>The contacts were not kept: the import ended while the store was being checked.</source>
        <translation>The contacts were not kept: the import ended while the store was being checked.</translation>
    </message>
    <message>
        <source>The contacts could not be saved.</source>
        <translation>The contacts could not be saved.</translation>
    </message>
</context>
<context>
    <name>InvitationDelegate</name>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>Invited by email; not a member yet</source>
        <translation>Invited by email; not a member yet</translation>
    </message>
    <message>
        <source>Invitation from %1</source>
        <translation>Invitation from %1</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitation to %1</translation>
    </message>
    <message>
        <source>Sent just now</source>
        <translation>Sent just now</translation>
    </message>
    <message>
        <source>Could not be delivered: %1</source>
        <translation>Could not be delivered: %1</translation>
    </message>
</context>
<context>
    <name>InvitationMail</name>
    <message>
        <source>%1 invites you to connect on My Network</source>
        <translation>%1 invites you to connect on My Network</translation>
    </message>
    <message>
        <source>Reminder: %1 invites you to connect on My Network</source>
        <translation>Reminder: %1 invites you to connect on My Network</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hello,</translation>
    </message>
    <message>
        <source>%1 (%2) would like to add you to their professional network on My Network.</source>
        <translation>%1 (%2) would like to add you to their professional network on My Network.</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 wrote:</translation>
    </message>
    <message>
        <source>Questions? Reply to this e-mail to reach %1.</source>
        <translation>Questions? Reply to this e-mail to reach %1.</translation>
    </message>
    <message>
        <source>To accept, become a member of the team network with this e-mail address; the invitation waits for you until %1.</source>
        <translation>To accept, become a member of the team network with this e-mail address; the invitation waits for you until %1.</translation>
    </message>
    <message>
        <source>To accept, join the team network with My Network: choose “Join a team network with an invitation code”, give this e-mail address and paste this line:</source>
        <translation>To accept, join the team network with My Network: choose “Join a team network with an invitation code”, give this e-mail address and paste this line:</translation>
    </message>
    <message>
        <source>Or enter the server %1 and the code %2.</source>
        <translation>Or enter the server %1 and the code %2.</translation>
    </message>
    <message>
        <source>The invitation waits for you until %1.</source>
        <translation>The invitation waits for you until %1.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Remember the password in the desktop&apos;s keychain</source>
        <translation>Remember the password in the desktop&apos;s keychain</translation>
    </message>
    <message>
        <source>Join a team network</source>
        <translation>Join a team network</translation>
    </message>
    <message>
        <source>Your invitation e-mail names a server and a code. Paste the line that holds both into the first field, then say who you are and choose your login.</source>
        <translation>Your invitation e-mail names a server and a code. Paste the line that holds both into the first field, then say who you are and choose your login.</translation>
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
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <source>the address the invitation went to</source>
        <translation>the address the invitation went to</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Headline:</translation>
    </message>
    <message>
        <source>For example: Product designer at Acme</source>
        <translation>For example: Product designer at Acme</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>lower-case letters, digits and _</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>You are a member now. The password could not be kept in the desktop&apos;s keychain (%1); you will be asked for it at the next start.</source>
        <translation>You are a member now. The password could not be kept in the desktop&apos;s keychain (%1); you will be asked for it at the next start.</translation>
    </message>
</context>
<context>
    <name>LdifParser</name>
    <message>
        <source>a line longer than 1 MiB; this does not look like an LDIF file</source>
        <translation>a line longer than 1 MiB; this does not look like an LDIF file</translation>
    </message>
    <message>
        <source>an LDIF record must begin with “dn:”</source>
        <translation>an LDIF record must begin with “dn:”</translation>
    </message>
    <message>
        <source>expected “attribute: value”, found a line without a colon</source>
        <translation>expected “attribute: value”, found a line without a colon</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My Network</source>
        <translation>My Network</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>Simulated &amp;time</source>
        <translation>Simulated &amp;time</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Switch member…</source>
        <translation>&amp;Switch member…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Advance by a &amp;day</source>
        <translation>Advance by a &amp;day</translation>
    </message>
    <message>
        <source>Advance by a &amp;week</source>
        <translation>Advance by a &amp;week</translation>
    </message>
    <message>
        <source>Advance by a &amp;month</source>
        <translation>Advance by a &amp;month</translation>
    </message>
    <message>
        <source>Back to &amp;real time</source>
        <translation>Back to &amp;real time</translation>
    </message>
    <message>
        <source>Advance to a date</source>
        <translation>Advance to a date</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Simulated time: %1</source>
        <translation>Simulated time: %1</translation>
    </message>
    <message>
        <source>Real time: %1</source>
        <translation>Real time: %1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>&amp;Import address book…</source>
        <translation>&amp;Import address book…</translation>
    </message>
    <message>
        <source>Manage imported &amp;contacts…</source>
        <translation>Manage imported &amp;contacts…</translation>
    </message>
    <message>
        <source>Search people by name, headline or company</source>
        <translation>Search people by name, headline or company</translation>
    </message>
    <message>
        <source>Current time of the network</source>
        <translation>Current time of the network</translation>
    </message>
    <message>
        <source>Team store %1/%2 · signed in as %3 (%4)</source>
        <translation>Team store %1/%2 · signed in as %3 (%4)</translation>
    </message>
    <message>
        <source>Connect to a &amp;team server…</source>
        <translation>Connect to a &amp;team server…</translation>
    </message>
    <message>
        <source>Use the &amp;local store</source>
        <translation>Use the &amp;local store</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Simulated time</translation>
    </message>
    <message>
        <source>No copy of the network could be kept (%1), so going back to real time will not be able to undo what happens in simulated time. Move the clock anyway?</source>
        <translation>No copy of the network could be kept (%1), so going back to real time will not be able to undo what happens in simulated time. Move the clock anyway?</translation>
    </message>
    <message>
        <source>Move the clock</source>
        <translation>Move the clock</translation>
    </message>
    <message>
        <source>Back to real time</source>
        <translation>Back to real time</translation>
    </message>
    <message>
        <source>While time was simulated, invitations were reminded, expired or answered, and some actions carry later dates than today. Keep what happened, or return the network to how it was before you first moved the clock?</source>
        <translation>While time was simulated, invitations were reminded, expired or answered, and some actions carry later dates than today. Keep what happened, or return the network to how it was before you first moved the clock?</translation>
    </message>
    <message>
        <source>Return to before</source>
        <translation>Return to before</translation>
    </message>
    <message>
        <source>Keep what happened</source>
        <translation>Keep what happened</translation>
    </message>
    <message>
        <source>The network is back as it was before simulated time.</source>
        <translation>The network is back as it was before simulated time.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Edit profile…</translation>
    </message>
    <message>
        <source>Your profile was saved.</source>
        <translation>Your profile was saved.</translation>
    </message>
    <message>
        <source>&amp;Join a team network with an invitation code…</source>
        <translation>&amp;Join a team network with an invitation code…</translation>
    </message>
    <message>
        <source>Hello Lea, it was good to meet you at the conference in Berlin.</source>
        <translation>Hello Lea, it was good to meet you at the conference in Berlin.</translation>
    </message>
    <message>
        <source>Advance &amp;to a date…</source>
        <translation>Advance &amp;to a date…</translation>
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
        <source>&amp;About My Network</source>
        <translation>&amp;About My Network</translation>
    </message>
</context>
<context>
    <name>MemberFile</name>
    <message>
        <source>… and more problems after these.</source>
        <translation>… and more problems after these.</translation>
    </message>
    <message>
        <source>no column holds e-mail addresses (the columns are: %1)</source>
        <translation>no column holds e-mail addresses (the columns are: %1)</translation>
    </message>
    <message>
        <source>no column holds names (the columns are: %1)</source>
        <translation>no column holds names (the columns are: %1)</translation>
    </message>
    <message>
        <source>%1: the encoding was guessed as %2.</source>
        <translation>%1: the encoding was guessed as %2.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>“%1” is not a valid e-mail address</translation>
    </message>
    <message>
        <source>%1 becomes the login&apos;s address; also given: %2</source>
        <translation>%1 becomes the login&apos;s address; also given: %2</translation>
    </message>
    <message>
        <source>the photo is a link, which is not fetched: %1 starts with initials</source>
        <translation>the photo is a link, which is not fetched: %1 starts with initials</translation>
    </message>
    <message>
        <source>the photo</source>
        <translation>the photo</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Switch member</source>
        <translation>Switch member</translation>
    </message>
    <message>
        <source>Act as another member to see invitations from the other side.</source>
        <translation>Act as another member to see invitations from the other side.</translation>
    </message>
    <message>
        <source>Search by name, headline, company or number</source>
        <translation>Search by name, headline, company or number</translation>
    </message>
    <message>
        <source>Find a member by name</source>
        <translation>Find a member by name</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Undo (%1)</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>%1 accepted your invitation</source>
        <translation>%1 accepted your invitation</translation>
    </message>
    <message>
        <source>Reminder: %1 is waiting for your answer</source>
        <translation>Reminder: %1 is waiting for your answer</translation>
    </message>
    <message>
        <source>To %1: %2 invites you to join My Network</source>
        <translation>To %1: %2 invites you to join My Network</translation>
    </message>
    <message>
        <source>To %1: Reminder, %2 is still waiting for your answer</source>
        <translation>To %1: Reminder, %2 is still waiting for your answer</translation>
    </message>
    <message>
        <source>You are now connected with %1.</source>
        <translation>You are now connected with %1.</translation>
    </message>
    <message>
        <source>Accept or ignore the invitation on your My Network page.</source>
        <translation>Accept or ignore the invitation on your My Network page.</translation>
    </message>
    <message>
        <source>%1 would like to connect with you on My Network. Sign up with this address to reply.</source>
        <translation>%1 would like to connect with you on My Network. Sign up with this address to reply.</translation>
    </message>
    <message>
        <source>Reminder: %1 invited you</source>
        <translation>Reminder: %1 invited you</translation>
    </message>
    <message>
        <source>You accepted this invitation: you and %1 are connected.</source>
        <translation>You accepted this invitation: you and %1 are connected.</translation>
    </message>
    <message>
        <source>You ignored this invitation.</source>
        <translation>You ignored this invitation.</translation>
    </message>
    <message>
        <source>%1 has withdrawn this invitation.</source>
        <translation>%1 has withdrawn this invitation.</translation>
    </message>
    <message>
        <source>This invitation has expired.</source>
        <translation>This invitation has expired.</translation>
    </message>
    <message>
        <source>Waiting to be delivered.</source>
        <translation>Waiting to be delivered.</translation>
    </message>
    <message>
        <source>Not delivered yet (%1); trying again.</source>
        <translation>Not delivered yet (%1); trying again.</translation>
    </message>
    <message>
        <source>Being delivered…</source>
        <translation>Being delivered…</translation>
    </message>
    <message>
        <source>Delivered %1.</source>
        <translation>Delivered %1.</translation>
    </message>
    <message>
        <source>Could not be delivered: %1</source>
        <translation>Could not be delivered: %1</translation>
    </message>
    <message>
        <source>Click it or press Enter to send it with your e-mail program.</source>
        <translation>Click it or press Enter to send it with your e-mail program.</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Notifications (%1 unread)</source>
        <translation>Notifications (%1 unread)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Outbox: emails to non-members</source>
        <translation>Outbox: emails to non-members</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>No notifications yet. Reminders of invitations waiting for your answer, and people accepting yours, appear here.</source>
        <translation>No notifications yet. Reminders of invitations waiting for your answer, and people accepting yours, appear here.</translation>
    </message>
    <message>
        <source>No emails sent. When you invite an address that is not a member, the invitation and its reminders appear here.</source>
        <translation>No emails sent. When you invite an address that is not a member, the invitation and its reminders appear here.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <source>No e-mail program</source>
        <translation>No e-mail program</translation>
    </message>
    <message>
        <source>No e-mail program took the message. Write to %1 from your own e-mail program.</source>
        <translation>No e-mail program took the message. Write to %1 from your own e-mail program.</translation>
    </message>
    <message>
        <source>Show every member&apos;s emails (simulation)</source>
        <translation>Show every member&apos;s emails (simulation)</translation>
    </message>
    <message>
        <source>On a store on this computer you can act as any member: here are the emails every member&apos;s invitations would send.</source>
        <translation>On a store on this computer you can act as any member: here are the emails every member&apos;s invitations would send.</translation>
    </message>
    <message>
        <source>Send with your e-mail program</source>
        <translation>Send with your e-mail program</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>MyNetworkPage</name>
    <message>
        <source>Manage my network</source>
        <translation>Manage my network</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Sent invitations</source>
        <translation>Sent invitations</translation>
    </message>
    <message>
        <source>Unread notifications</source>
        <translation>Unread notifications</translation>
    </message>
    <message>
        <source>Invite by email</source>
        <translation>Invite by email</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Send invitation</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation>Unknown member</translation>
    </message>
    <message numerus="yes">
        <source>You can send %n more invitation(s) this week.</source>
        <translation>
            <numerusform>You can send %n more invitation this week.</numerusform>
            <numerusform>You can send %n more invitations this week.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations (%1)</source>
        <translation>Invitations (%1)</translation>
    </message>
    <message>
        <source>Sent invitations (%1)</source>
        <translation>Sent invitations (%1)</translation>
    </message>
    <message>
        <source>No pending invitations. Invitations people send you appear here.</source>
        <translation>No pending invitations. Invitations people send you appear here.</translation>
    </message>
    <message>
        <source>You have no invitations waiting for an answer.</source>
        <translation>You have no invitations waiting for an answer.</translation>
    </message>
    <message>
        <source>Received invitations</source>
        <translation>Received invitations</translation>
    </message>
    <message>
        <source>See all</source>
        <translation>See all</translation>
    </message>
    <message>
        <source>Withdraw older…</source>
        <translation>Withdraw older…</translation>
    </message>
    <message>
        <source>You and %1 are now connected.</source>
        <translation>You and %1 are now connected.</translation>
    </message>
    <message>
        <source>Invitation from %1 ignored. %1 won&apos;t be notified.</source>
        <translation>Invitation from %1 ignored. %1 won&apos;t be notified.</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Withdraw invitation</translation>
    </message>
    <message>
        <source>Withdraw your invitation to %1? You can invite %1 again on %2.</source>
        <translation>Withdraw your invitation to %1? You can invite %1 again on %2.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn. You can invite %1 again on %2.</source>
        <translation>Invitation to %1 withdrawn. You can invite %1 again on %2.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitation sent to %1.</translation>
    </message>
    <message>
        <source>%1 had already invited you: you are now connected.</source>
        <translation>%1 had already invited you: you are now connected.</translation>
    </message>
    <message>
        <source>People you may know</source>
        <translation>People you may know</translation>
    </message>
    <message>
        <source>No suggestions right now.</source>
        <translation>No suggestions right now.</translation>
    </message>
    <message>
        <source>%1 will not be suggested again.</source>
        <translation>%1 will not be suggested again.</translation>
    </message>
    <message>
        <source>Finding people you may know…</source>
        <translation>Finding people you may know…</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Grow your network</source>
        <translation>Grow your network</translation>
    </message>
    <message>
        <source>Import address book…</source>
        <translation>Import address book…</translation>
    </message>
    <message>
        <source>Find people you know from a Google, Outlook, Thunderbird, Apple or LinkedIn export</source>
        <translation>Find people you know from a Google, Outlook, Thunderbird, Apple or LinkedIn export</translation>
    </message>
    <message>
        <source>Manage imported contacts ›</source>
        <translation>Manage imported contacts ›</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>Email address to invite</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln connection</numerusform>
            <numerusform>%Ln connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported contact(s)</source>
        <translation>
            <numerusform>%Ln imported contact</numerusform>
            <numerusform>%Ln imported contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent invitation(s) awaiting an answer</source>
        <translation>
            <numerusform>%Ln sent invitation awaiting an answer</numerusform>
            <numerusform>%Ln sent invitations awaiting an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread notification(s)</source>
        <translation>
            <numerusform>%Ln unread notification</numerusform>
            <numerusform>%Ln unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the invitations you sent more than a chosen number of weeks ago, to withdraw them together</source>
        <translation>Lists the invitations you sent more than a chosen number of weeks ago, to withdraw them together</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) withdrawn. You can invite them again on %1.</source>
        <translation>
            <numerusform>%Ln invitation withdrawn. You can invite them again on %1.</numerusform>
            <numerusform>%Ln invitations withdrawn. You can invite them again on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>See and manage your connections</source>
        <translation>See and manage your connections</translation>
    </message>
    <message>
        <source>%1 may be suggested again.</source>
        <translation>%1 may be suggested again.</translation>
    </message>
    <message>
        <source>All received invitations</source>
        <translation>All received invitations</translation>
    </message>
    <message>
        <source>Manage sent invitations ›</source>
        <translation>Manage sent invitations ›</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Invite %1 to connect</source>
        <translation>Invite %1 to connect</translation>
    </message>
    <message>
        <source>Add a note to say how you know %1 (optional).</source>
        <translation>Add a note to say how you know %1 (optional).</translation>
    </message>
    <message>
        <source>Note to %1</source>
        <translation>Note to %1</translation>
    </message>
    <message>
        <source>For example: We met at the conference in Berlin.</source>
        <translation>For example: We met at the conference in Berlin.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>%1 / %2 characters – please shorten your note</source>
        <translation>%1 / %2 characters – please shorten your note</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop your photo</source>
        <translation>Crop your photo</translation>
    </message>
    <message>
        <source>Move the square over your face; the part in the circle is what people see.</source>
        <translation>Move the square over your face; the part in the circle is what people see.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <source>Size of the square</source>
        <translation>Size of the square</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Use this photo</translation>
    </message>
</context>
<context>
    <name>PhotoImage</name>
    <message>
        <source>%1 is the database My Network is using, not a picture.</source>
        <translation>%1 is the database My Network is using, not a picture.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Please choose a smaller picture.</source>
        <translation>%1 is larger than %2 MB. Please choose a smaller picture.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, more than 40 megapixels. Please choose a smaller picture.</source>
        <translation>%1 is %2 × %3 pixels, more than 40 megapixels. Please choose a smaller picture.</translation>
    </message>
    <message>
        <source>%1 is not a picture My Network can read (PNG, JPEG or WebP).</source>
        <translation>%1 is not a picture My Network can read (PNG, JPEG or WebP).</translation>
    </message>
    <message>
        <source>%1 is not a picture My Network can read (%2).</source>
        <translation>%1 is not a picture My Network can read (%2).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to My Network</source>
        <translation>Welcome to My Network</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Edit profile</translation>
    </message>
    <message>
        <source>Tell people who you are. Your name and e-mail address are needed; the rest helps people recognise you and find what you have in common.</source>
        <translation>Tell people who you are. Your name and e-mail address are needed; the rest helps people recognise you and find what you have in common.</translation>
    </message>
    <message>
        <source>This is how other members see you.</source>
        <translation>This is how other members see you.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Headline</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>&amp;E-mail *</source>
        <translation>&amp;E-mail *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>For example: Product designer at Acme</source>
        <translation>For example: Product designer at Acme</translation>
    </message>
    <message>
        <source>Your e-mail address belongs to your login: the administrator changes it.</source>
        <translation>Your e-mail address belongs to your login: the administrator changes it.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Create my profile</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation>%1 of %2 characters used</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Remove photo</translation>
    </message>
    <message>
        <source>PNG, JPEG or WebP, up to 10 MB. You can also drop a picture here.</source>
        <translation>PNG, JPEG or WebP, up to 10 MB. You can also drop a picture here.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Your photo</translation>
    </message>
    <message>
        <source>Join with an invitation code…</source>
        <translation>Join with an invitation code…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitation sent to %1.</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Studied at %1</source>
        <translation>Studied at %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Contact details and connections are visible to %1&apos;s connections only.</source>
        <translation>Contact details and connections are visible to %1&apos;s connections only.</translation>
    </message>
    <message>
        <source>Pending – withdraw</source>
        <translation>Pending – withdraw</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Connections of %1</source>
        <translation>Connections of %1</translation>
    </message>
    <message>
        <source>You and %1 are now connected.</source>
        <translation>You and %1 are now connected.</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Withdraw invitation</translation>
    </message>
    <message>
        <source>Withdraw your invitation to %1? You can invite %1 again on %2.</source>
        <translation>Withdraw your invitation to %1? You can invite %1 again on %2.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn. You can invite %1 again on %2.</source>
        <translation>Invitation to %1 withdrawn. You can invite %1 again on %2.</translation>
    </message>
    <message>
        <source>Invitation ignored.</source>
        <translation>Invitation ignored.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln connection</numerusform>
            <numerusform>%Ln connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Edit profile…</translation>
    </message>
    <message>
        <source>%1 degree</source>
        <translation>%1 degree</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>You cannot invite yourself.</source>
        <translation>You cannot invite yourself.</translation>
    </message>
    <message>
        <source>This member does not exist (any more).</source>
        <translation>This member does not exist (any more).</translation>
    </message>
    <message>
        <source>You and %1 are already connected.</source>
        <translation>You and %1 are already connected.</translation>
    </message>
    <message>
        <source>You have already invited %1. The invitation is waiting for a response.</source>
        <translation>You have already invited %1. The invitation is waiting for a response.</translation>
    </message>
    <message>
        <source>You withdrew your invitation to %1. You can invite them again on %2.</source>
        <translation>You withdrew your invitation to %1. You can invite them again on %2.</translation>
    </message>
    <message numerus="yes">
        <source>You have reached the limit of %n invitation(s) in seven days. Try again in a few days.</source>
        <translation>
            <numerusform>You have reached the limit of %n invitation in seven days. Try again in a few days.</numerusform>
            <numerusform>You have reached the limit of %n invitations in seven days. Try again in a few days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal note is too long: at most %n character(s).</source>
        <translation>
            <numerusform>The personal note is too long: at most %n character.</numerusform>
            <numerusform>The personal note is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1” is not a valid email address.</translation>
    </message>
    <message>
        <source>The email address %1 already belongs to a member.</source>
        <translation>The email address %1 already belongs to a member.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>This invitation no longer exists.</translation>
    </message>
    <message>
        <source>This invitation was not sent to you.</source>
        <translation>This invitation was not sent to you.</translation>
    </message>
    <message>
        <source>Only the person who sent an invitation can withdraw it.</source>
        <translation>Only the person who sent an invitation can withdraw it.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted.</source>
        <translation>This invitation has already been accepted.</translation>
    </message>
    <message>
        <source>This invitation has already been answered.</source>
        <translation>This invitation has already been answered.</translation>
    </message>
    <message>
        <source>%1 has withdrawn this invitation.</source>
        <translation>%1 has withdrawn this invitation.</translation>
    </message>
    <message>
        <source>This invitation has expired.</source>
        <translation>This invitation has expired.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>Another program is writing to the store right now. Nothing was changed; try again in a moment.</source>
        <translation>Another program is writing to the store right now. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>The team server cannot be reached right now. Nothing was changed; My Network reconnects by itself, try again once the status bar no longer says “Reconnecting”.</source>
        <translation>The team server cannot be reached right now. Nothing was changed; My Network reconnects by itself, try again once the status bar no longer says “Reconnecting”.</translation>
    </message>
    <message>
        <source>You are not connected with %1.</source>
        <translation>You are not connected with %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: too long, at most %n character(s).</source>
        <translation>
            <numerusform>%1: too long, at most %n character.</numerusform>
            <numerusform>%1: too long, at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your name: it is how people find and recognise you.</source>
        <translation>Please enter your name: it is how people find and recognise you.</translation>
    </message>
    <message>
        <source>On a team store your e-mail address belongs to your login: ask the store&apos;s administrator to change it.</source>
        <translation>On a team store your e-mail address belongs to your login: ask the store&apos;s administrator to change it.</translation>
    </message>
</context>
<context>
    <name>RelationText</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Available again on %1</source>
        <translation>Available again on %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1st</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2nd</translation>
    </message>
    <message>
        <source>3rd+</source>
        <translation>3rd+</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n minute(s)</source>
        <translation>
            <numerusform>expires in %n minute</numerusform>
            <numerusform>expires in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n hour(s)</source>
        <translation>
            <numerusform>expires in %n hour</numerusform>
            <numerusform>expires in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n week(s)</source>
        <translation>
            <numerusform>expires in %n week</numerusform>
            <numerusform>expires in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n month(s)</source>
        <translation>
            <numerusform>expires in %n month</numerusform>
            <numerusform>expires in %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>No mutual connections</source>
        <translation>No mutual connections</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mutual connection(s)</source>
        <translation>
            <numerusform>%Ln mutual connection</numerusform>
            <numerusform>%Ln mutual connections</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a personal note, quoted</comment>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other mutual connection(s)</source>
        <translation>
            <numerusform>%1 and %Ln other mutual connection</numerusform>
            <numerusform>%1 and %Ln other mutual connections</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a mutual connection</source>
        <translation>%1 is a mutual connection</translation>
    </message>
    <message>
        <source>%1 and %2 are mutual connections</source>
        <translation>%1 and %2 are mutual connections</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other(s)</source>
        <comment>mutual connections on a narrow card</comment>
        <translation>
            <numerusform>%1 and %Ln other</numerusform>
            <numerusform>%1 and %Ln others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>My Network backs up this network once a day and before every update, in %1. Restoring puts the whole network back as it was then.</source>
        <translation>My Network backs up this network once a day and before every update, in %1. Restoring puts the whole network back as it was then.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>There is no backup yet. “Back up now” takes one.</source>
        <translation>There is no backup yet. “Back up now” takes one.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>No backup was taken: %1</translation>
    </message>
    <message>
        <source>Put the whole network back as it was on %1? Everything changed since then is replaced; a backup of the network as it is now is taken first.</source>
        <translation>Put the whole network back as it was on %1? Everything changed since then is replaced; a backup of the network as it is now is taken first.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The network is back as it was on %1.</source>
        <translation>The network is back as it was on %1.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>%1 (before a restore)</source>
        <translation>%1 (before a restore)</translation>
    </message>
    <message>
        <source>%1 (before an update)</source>
        <translation>%1 (before an update)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>You and %1 are now connected.</source>
        <translation>You and %1 are now connected.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitation sent to %1.</translation>
    </message>
    <message>
        <source>The first %1 people for “%2”</source>
        <translation>The first %1 people for “%2”</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try part of a name, a headline or a company.</source>
        <translation>Nobody matches “%1”. Try part of a name, a headline or a company.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “%1”</source>
        <translation>
            <numerusform>%Ln result for “%1”</numerusform>
            <numerusform>%Ln results for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow by:</source>
        <translation>Narrow by:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Narrow the results by company</source>
        <translation>Narrow the results by company</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Narrow the results by location</source>
        <translation>Narrow the results by location</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Narrow the results by school</source>
        <translation>Narrow the results by school</translation>
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
        <translation>The team server %1 cannot be reached. Check that it is running and that this computer can reach it (network, VPN, firewall). (%2)</translation>
    </message>
    <message>
        <source>The team server %1 refused the login “%2”. Check the login name and password, or ask the server&apos;s administrator whether the login may use the database %3. (%4)</source>
        <translation>The team server %1 refused the login “%2”. Check the login name and password, or ask the server&apos;s administrator whether the login may use the database %3. (%4)</translation>
    </message>
    <message>
        <source>The team server %1 accepts only encrypted (TLS) connections, or TLS was asked for and the server has none. Choose the TLS setting the administrator gave you. (%2)</source>
        <translation>The team server %1 accepts only encrypted (TLS) connections, or TLS was asked for and the server has none. Choose the TLS setting the administrator gave you. (%2)</translation>
    </message>
    <message>
        <source>The team server %1 has no database “%2”. Check the database name, or ask the administrator to create it. (%3)</source>
        <translation>The team server %1 has no database “%2”. Check the database name, or ask the administrator to create it. (%3)</translation>
    </message>
    <message>
        <source>Cannot open the team store on %1: %2</source>
        <translation>Cannot open the team store on %1: %2</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>The mail server %1 is not smtp://[user@]host[:port] or smtps://[user@]host[:port].</source>
        <translation>The mail server %1 is not smtp://[user@]host[:port] or smtps://[user@]host[:port].</translation>
    </message>
    <message>
        <source>The mail server %1 has the unknown parameter “%2” (known: tls=off).</source>
        <translation>The mail server %1 has the unknown parameter “%2” (known: tls=off).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>The Qt SQL driver %1 is not installed.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of My Network (schema %2; this version reads up to %3). It was left unchanged.</source>
        <translation>The database %1 was written by a newer version of My Network (schema %2; this version reads up to %3). It was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. My Network needs to write to it; it was left unchanged.</source>
        <translation>The database %1 is read-only. My Network needs to write to it; it was left unchanged.</translation>
    </message>
    <message>
        <source>%1 is not a My Network database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 is not a My Network database (it is not an SQLite file). It was left unchanged.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close it and try again.</source>
        <translation>The database %1 is locked by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; restore it from a backup or choose another file.</source>
        <translation>The database %1 is damaged (%2). It was left unchanged; restore it from a backup or choose another file.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Cannot read the database %1: %2</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not a My Network database. It was left unchanged.</source>
        <translation>%1 holds another program&apos;s data, not a My Network database. It was left unchanged.</translation>
    </message>
    <message>
        <source>The database %1 has no schema version; it is damaged. It was left unchanged.</source>
        <translation>The database %1 has no schema version; it is damaged. It was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Cannot prepare the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2</source>
        <translation>Cannot update the database %1: %2</translation>
    </message>
    <message>
        <source>Updating the database %1 from schema %2 to %3 failed: %4. Nothing was changed.</source>
        <translation>Updating the database %1 from schema %2 to %3 failed: %4. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot read the team store on %1: %2</source>
        <translation>Cannot read the team store on %1: %2</translation>
    </message>
    <message>
        <source>The schema “%1” of the database %2 holds another program&apos;s tables, not a My Network store. It was left unchanged.</source>
        <translation>The schema “%1” of the database %2 holds another program&apos;s tables, not a My Network store. It was left unchanged.</translation>
    </message>
    <message>
        <source>the connection to the team server %1 was lost; reconnecting…</source>
        <translation>the connection to the team server %1 was lost; reconnecting…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be created there. Create the folder or choose another place.</source>
        <translation>The folder %1 does not exist, so the database %2 cannot be created there. Create the folder or choose another place.</translation>
    </message>
    <message>
        <source>The team store %1 needs an update (schema %2 to %3) that only its owner may make. Ask its administrator to run: mynetwork-admin --db … init. Nothing was changed.</source>
        <translation>The team store %1 needs an update (schema %2 to %3) that only its owner may make. Ask its administrator to run: mynetwork-admin --db … init. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 needs an update (schema %2 to %3), but no backup could be made first: %4. Nothing was changed.</source>
        <translation>The database %1 needs an update (schema %2 to %3), but no backup could be made first: %4. Nothing was changed.</translation>
    </message>
    <message>
        <source>The team store %1 is at schema %2 and this version of My Network needs %3: a migration runs on the server itself, not through the pooler %4. Open it once without the pooler (or run mynetwork-admin init).</source>
        <translation>The team store %1 is at schema %2 and this version of My Network needs %3: a migration runs on the server itself, not through the pooler %4. Open it once without the pooler (or run mynetwork-admin init).</translation>
    </message>
    <message>
        <source>The pooler %1 does not choose the team store&apos;s schema on its server connections: give its database the connect_query that docs/team-admin.md shows.</source>
        <translation>The pooler %1 does not choose the team store&apos;s schema on its server connections: give its database the connect_query that docs/team-admin.md shows.</translation>
    </message>
</context>
<context>
    <name>StoreConfig</name>
    <message>
        <source>The server address %1 is not a valid URI: %2</source>
        <translation>The server address %1 is not a valid URI: %2</translation>
    </message>
    <message>
        <source>The server address %1 has the unknown parameter “%2” (known: %3).</source>
        <translation>The server address %1 has the unknown parameter “%2” (known: %3).</translation>
    </message>
    <message>
        <source>The server address %1 has an invalid port.</source>
        <translation>The server address %1 has an invalid port.</translation>
    </message>
    <message>
        <source>The server address %1 has the unknown sslmode “%2” (known: %3).</source>
        <translation>The server address %1 has the unknown sslmode “%2” (known: %3).</translation>
    </message>
    <message>
        <source>The server address %1 names no database: add /name after the server.</source>
        <translation>The server address %1 names no database: add /name after the server.</translation>
    </message>
    <message>
        <source>A read replica is for a team store on a PostgreSQL server; %1 is a local store.</source>
        <translation>A read replica is for a team store on a PostgreSQL server; %1 is a local store.</translation>
    </message>
    <message>
        <source>The read replica %1 is not a PostgreSQL server&apos;s address: give it as postgresql://host[:port]/database.</source>
        <translation>The read replica %1 is not a PostgreSQL server&apos;s address: give it as postgresql://host[:port]/database.</translation>
    </message>
    <message>
        <source>A pooler is for a team store on a PostgreSQL server; %1 is a local store.</source>
        <translation>A pooler is for a team store on a PostgreSQL server; %1 is a local store.</translation>
    </message>
    <message>
        <source>The pooler %1 is not a PostgreSQL server&apos;s address: give it as postgresql://host[:port]/database.</source>
        <translation>The pooler %1 is not a PostgreSQL server&apos;s address: give it as postgresql://host[:port]/database.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Cannot rename %1 to %2.</translation>
    </message>
    <message>
        <source>The copy was made by another version of My Network.</source>
        <translation>The copy was made by another version of My Network.</translation>
    </message>
</context>
<context>
    <name>StoreStatus</name>
    <message>
        <source>Checking the store after an unclean shutdown…</source>
        <translation>Checking the store after an unclean shutdown…</translation>
    </message>
    <message numerus="yes">
        <source>Store busy: another program is writing to it. Retrying in %n second(s)…</source>
        <translation>
            <numerusform>Store busy: another program is writing to it. Retrying in %n second…</numerusform>
            <numerusform>Store busy: another program is writing to it. Retrying in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminders and expiry could not run (%1). Retrying in %n second(s)…</source>
        <translation>
            <numerusform>Reminders and expiry could not run (%1). Retrying in %n second…</numerusform>
            <numerusform>Reminders and expiry could not run (%1). Retrying in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Could not read the store: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to the team server %1… (next attempt in %n second(s))</source>
        <translation>
            <numerusform>Reconnecting to the team server %1… (next attempt in %n second)</numerusform>
            <numerusform>Reconnecting to the team server %1… (next attempt in %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Clear the field</source>
        <translation>Clear the field</translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Dismiss %1</source>
        <translation>Dismiss %1</translation>
    </message>
    <message>
        <source>Invitation to %1 pending</source>
        <translation>Invitation to %1 pending</translation>
    </message>
    <message>
        <source>Undo: suggest %1 again</source>
        <translation>Undo: suggest %1 again</translation>
    </message>
    <message>
        <source>Connect with %1</source>
        <translation>Connect with %1</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Also studied at %1</source>
        <translation>Also studied at %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>In your contacts</source>
        <translation>In your contacts</translation>
    </message>
    <message>
        <source>Also at %1</source>
        <translation>Also at %1</translation>
    </message>
    <message>
        <source>Lives in %1</source>
        <translation>Lives in %1</translation>
    </message>
    <message>
        <source>Invitation sent, awaiting an answer</source>
        <translation>Invitation sent, awaiting an answer</translation>
    </message>
    <message>
        <source>Dismissed; Undo suggests %1 again</source>
        <translation>Dismissed; Undo suggests %1 again</translation>
    </message>
</context>
<context>
    <name>TeamAdmin</name>
    <message>
        <source>Logins exist only on a team store (PostgreSQL).</source>
        <translation>Logins exist only on a team store (PostgreSQL).</translation>
    </message>
    <message>
        <source>“%1” cannot be a login: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>“%1” cannot be a login: use lower-case letters, digits and _, starting with a letter.</translation>
    </message>
    <message>
        <source>The login “%1” exists already on this server.</source>
        <translation>The login “%1” exists already on this server.</translation>
    </message>
    <message>
        <source>Member %1 does not exist or has a login already.</source>
        <translation>Member %1 does not exist or has a login already.</translation>
    </message>
    <message>
        <source>No member signs in as “%1”.</source>
        <translation>No member signs in as “%1”.</translation>
    </message>
    <message>
        <source>The store&apos;s owner %1 may not end other logins&apos; sessions, so “%2” was not disabled. A superuser can allow it: GRANT pg_signal_backend TO %1;</source>
        <translation>The store&apos;s owner %1 may not end other logins&apos; sessions, so “%2” was not disabled. A superuser can allow it: GRANT pg_signal_backend TO %1;</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner can limit who connects to it (%1).</source>
        <translation>Only the database&apos;s owner can limit who connects to it (%1).</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>line %1: </translation>
    </message>
    <message>
        <source>%1 is on line %2 too</source>
        <translation>%1 is on line %2 too</translation>
    </message>
    <message>
        <source>%1 is the address of member %2 (%3) already</source>
        <translation>%1 is the address of member %2 (%3) already</translation>
    </message>
    <message>
        <source>the login “%1” is on line %2 too</source>
        <translation>the login “%1” is on line %2 too</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>TeamIdentity</name>
    <message>
        <source>The login “%1” is not tied to a member of the network on %2. Ask the store&apos;s administrator to tie your login to your member.</source>
        <translation>The login “%1” is not tied to a member of the network on %2. Ask the store&apos;s administrator to tie your login to your member.</translation>
    </message>
</context>
<context>
    <name>TeamJoin</name>
    <message>
        <source>“%1” is not the server line of an invitation: it reads postgresql://mynetwork_join_…@server/database.</source>
        <translation>“%1” is not the server line of an invitation: it reads postgresql://mynetwork_join_…@server/database.</translation>
    </message>
    <message>
        <source>Enter the code from the invitation.</source>
        <translation>Enter the code from the invitation.</translation>
    </message>
    <message>
        <source>Enter the e-mail address the invitation was sent to.</source>
        <translation>Enter the e-mail address the invitation was sent to.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Choose a password of at least %1 characters.</translation>
    </message>
    <message>
        <source>This code is not valid for %1: check the code and the address, or the invitation may have expired or been used.</source>
        <translation>This code is not valid for %1: check the code and the address, or the invitation may have expired or been used.</translation>
    </message>
    <message>
        <source>Too many wrong codes for %1. Try again in an hour.</source>
        <translation>Too many wrong codes for %1. Try again in an hour.</translation>
    </message>
    <message>
        <source>%1 is a member already: connect to the team server with your login instead.</source>
        <translation>%1 is a member already: connect to the team server with your login instead.</translation>
    </message>
    <message>
        <source>The login “%1” is taken on this server: choose another.</source>
        <translation>The login “%1” is taken on this server: choose another.</translation>
    </message>
    <message>
        <source>The team server did not accept these details (a field may be too long).</source>
        <translation>The team server did not accept these details (a field may be too long).</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>Only the owner&apos;s login on a team store relays its notices.</source>
        <translation>Only the owner&apos;s login on a team store relays its notices.</translation>
    </message>
    <message>
        <source>Cannot relay notices: %1</source>
        <translation>Cannot relay notices: %1</translation>
    </message>
    <message>
        <source>Cannot relay notices (windows look for changes every %1 s meanwhile): %2</source>
        <translation>Cannot relay notices (windows look for changes every %1 s meanwhile): %2</translation>
    </message>
    <message>
        <source>The owner %1 may not see or end members&apos; sessions, so a stuck one is not ended. A superuser can allow it: GRANT pg_signal_backend, pg_read_all_stats TO %1;</source>
        <translation>The owner %1 may not see or end members&apos; sessions, so a stuck one is not ended. A superuser can allow it: GRANT pg_signal_backend, pg_read_all_stats TO %1;</translation>
    </message>
    <message>
        <source>Cannot end members&apos; stuck sessions: %1</source>
        <translation>Cannot end members&apos; stuck sessions: %1</translation>
    </message>
    <message>
        <source>Ended session %1 of %2: idle in a transaction for more than %3 s.</source>
        <translation>Ended session %1 of %2: idle in a transaction for more than %3 s.</translation>
    </message>
    <message>
        <source>Ended session %1 of %2: it kept the notification queue from emptying (more than %3% full).</source>
        <translation>Ended session %1 of %2: it kept the notification queue from emptying (more than %3% full).</translation>
    </message>
    <message>
        <source>Cannot prune the change log: %1</source>
        <translation>Cannot prune the change log: %1</translation>
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
        <translation>Headline</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>TimeSandbox</name>
    <message>
        <source>Simulated time exists only on a local store.</source>
        <translation>Simulated time exists only on a local store.</translation>
    </message>
    <message>
        <source>There is no copy of the network from before simulated time.</source>
        <translation>There is no copy of the network from before simulated time.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
</context>
<context>
    <name>VCardParser</name>
    <message>
        <source>expected BEGIN:VCARD, found text that is not a vCard property</source>
        <translation>expected BEGIN:VCARD, found text that is not a vCard property</translation>
    </message>
    <message>
        <source>the vCard begun here has no END:VCARD before the next one</source>
        <translation>the vCard begun here has no END:VCARD before the next one</translation>
    </message>
    <message>
        <source>a vCard property outside BEGIN:VCARD … END:VCARD</source>
        <translation>a vCard property outside BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <source>a line longer than 1 MiB; this does not look like a vCard file</source>
        <translation>a line longer than 1 MiB; this does not look like a vCard file</translation>
    </message>
    <message>
        <source>the vCard begun here has no END:VCARD</source>
        <translation>the vCard begun here has no END:VCARD</translation>
    </message>
</context>
<context>
    <name>WithdrawCandidatesModel</name>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Can be invited again on</source>
        <translation>Can be invited again on</translation>
    </message>
</context>
<context>
    <name>WithdrawOldDialog</name>
    <message>
        <source>Withdraw older invitations</source>
        <translation>Withdraw older invitations</translation>
    </message>
    <message>
        <source>Sent more than</source>
        <translation>Sent more than</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Number of weeks</translation>
    </message>
    <message>
        <source>Invitations that would be withdrawn</source>
        <translation>Invitations that would be withdrawn</translation>
    </message>
    <message numerus="yes">
        <source>Old invitations that were never answered make a network look stale. You can invite each person again %n day(s) after withdrawing.</source>
        <translation>
            <numerusform>Old invitations that were never answered make a network look stale. You can invite each person again %n day after withdrawing.</numerusform>
            <numerusform>Old invitations that were never answered make a network look stale. You can invite each person again %n days after withdrawing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s) ago</source>
        <translation>
            <numerusform>week ago</numerusform>
            <numerusform>weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) will be withdrawn.</source>
        <translation>
            <numerusform>%Ln invitation will be withdrawn.</numerusform>
            <numerusform>%Ln invitations will be withdrawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>No invitation you sent is that old.</source>
        <translation>No invitation you sent is that old.</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %Ln</source>
        <translation>
            <numerusform>Withdraw %Ln</numerusform>
            <numerusform>Withdraw %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
</TS>
