<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>My Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Network: grow your professional network with invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite database file &lt;path&gt; instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not fill a new database with the demo network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as the member with the number &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Network – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can send %n more invitation(s) this week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) waiting for your answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) you sent are waiting for an answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next reminder or expiry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders or expiries are scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>You cannot invite yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and %1 are already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already invited %1. The invitation is waiting for a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You withdrew your invitation to %1. You can invite them again on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have reached the limit of %n invitation(s) in seven days. Try again in a few days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal note is too long: at most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 already belongs to a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was not sent to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who sent an invitation can withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has already been accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has withdrawn this invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of My Network (schema %2; this version reads up to %3). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. My Network needs to write to it; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a My Network database (it is not an SQLite file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not a My Network database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no schema version; it is damaged. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database %1 from schema %2 to %3 failed: %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
