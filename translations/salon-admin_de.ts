<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppointmentPhasePlanner</name>
    <message>
        <source>Choose when the appointment starts.</source>
        <translation>Wählen Sie, wann der Termin beginnt.</translation>
    </message>
    <message>
        <source>The service has no segments; add at least one on the Segments page first.</source>
        <translation>Die Leistung hat keine Segmente; legen Sie zuerst auf der Seite „Segmente“ mindestens eines an.</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; has no duration.</source>
        <translation>Segment „%1“ hat keine Dauer.</translation>
    </message>
    <message>
        <source>Choose a staff member for segment &quot;%1&quot; (%2).</source>
        <translation>Wählen Sie eine Mitarbeiterin oder einen Mitarbeiter für Segment „%1“ (%2).</translation>
    </message>
</context>
<context>
    <name>AppointmentStore</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Geben Sie den Namen der Kundin oder des Kunden ein.</translation>
    </message>
    <message>
        <source>An appointment needs at least one phase.</source>
        <translation>Ein Termin braucht mindestens eine Phase.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Die Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the appointment: %1</source>
        <translation>Der Termin kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the appointment: the database returned no id.</source>
        <translation>Der Termin kann nicht gespeichert werden: Die Datenbank hat keine ID geliefert.</translation>
    </message>
    <message>
        <source>Cannot save phase &quot;%1&quot;: %2</source>
        <translation>Phase „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentCommand</name>
    <message>
        <source>Appointment to cancel (one or more).</source>
        <translation>Abzusagender Termin (einer oder mehrere).</translation>
    </message>
    <message>
        <source>Why, as Cal.com tells the customer (default: &quot;%1&quot;).</source>
        <translation>Grund, wie Cal.com ihn der Kundin oder dem Kunden mitteilt (Standard: „%1“).</translation>
    </message>
    <message>
        <source>Show what would be cancelled; change nothing.</source>
        <translation>Zeigen, was abgesagt würde; nichts ändern.</translation>
    </message>
    <message>
        <source>cancel-appointment needs appointment ids, not &quot;%1&quot;</source>
        <translation>cancel-appointment braucht Termin-IDs, nicht „%1“</translation>
    </message>
    <message>
        <source>cancel-appointment needs at least one appointment id</source>
        <translation>cancel-appointment braucht mindestens eine Termin-ID</translation>
    </message>
    <message>
        <source>Cancel appointments and their bookings in Cal.com.</source>
        <translation>Termine absagen und ihre Buchungen in Cal.com stornieren.</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>step %1 (phase %2, %3, %4): %5</source>
        <translation>Schritt %1 (Phase %2, %3, %4): %5</translation>
    </message>
</context>
<context>
    <name>ClaimWrites</name>
    <message>
        <source>Synced by another run meanwhile (booking %1), while this run booked %2 (%3) as well: cancel one of the two in Cal.com.</source>
        <translation>Inzwischen von einem anderen Lauf synchronisiert (Buchung %1), während dieser Lauf ebenfalls %2 (%3) gebucht hat: stornieren Sie eine der beiden in Cal.com.</translation>
    </message>
    <message>
        <source>Synced by another run meanwhile (booking %1).</source>
        <translation>Inzwischen von einem anderen Lauf synchronisiert (Buchung %1).</translation>
    </message>
    <message>
        <source>Another run took this phase over while this run booked %1 (%2); that run finds the booking in Cal.com before it posts.</source>
        <translation>Ein anderer Lauf hat diese Phase übernommen, während dieser Lauf %1 (%2) gebucht hat; jener Lauf findet die Buchung in Cal.com, bevor er bucht.</translation>
    </message>
    <message>
        <source>Another run took this phase over; nothing was sent for it by this run.</source>
        <translation>Ein anderer Lauf hat diese Phase übernommen; dieser Lauf hat für sie nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 (no password from PGPASSWORD or the keychain: %2)</source>
        <translation>%1 (kein Passwort aus PGPASSWORD oder dem Schlüsselbund: %2)</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2 but this Salon Admin needs %3: run `salon-admin-cli migrate` first.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, dieses Salon Admin braucht aber %3: Führen Sie zuerst `salon-admin-cli migrate` aus.</translation>
    </message>
    <message>
        <source>--db is empty; give sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, or leave --db out for the default database %1.</source>
        <translation>--db ist leer; geben Sie sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DBNAME an, oder lassen Sie --db weg für die Standarddatenbank %1.</translation>
    </message>
    <message>
        <source>SALON_ADMIN_DB is set but empty; give sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, or unset it for the default database %1.</source>
        <translation>SALON_ADMIN_DB ist gesetzt, aber leer; geben Sie sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DBNAME an, oder entfernen Sie die Variable für die Standarddatenbank %1.</translation>
    </message>
</context>
<context>
    <name>CreateEventTypesCommand</name>
    <message>
        <source>A service to plan for (repeatable; at least one).</source>
        <translation>Eine Leistung, für die geplant wird (wiederholbar; mindestens eine).</translation>
    </message>
    <message>
        <source>Only this staff member (repeatable; default: everyone who performs the service).</source>
        <translation>Nur diese Person (wiederholbar; Standard: alle, die die Leistung ausführen).</translation>
    </message>
    <message>
        <source>Event type titles; placeholders {service}, {segment}, {segmentName}, {staff}, {minutes} (default: &quot;%1&quot;).</source>
        <translation>Titel der Termintypen; Platzhalter {service}, {segment}, {segmentName}, {staff}, {minutes} (Standard: „%1“).</translation>
    </message>
    <message>
        <source>Print the plan; change nothing in Cal.com or the database.</source>
        <translation>Den Plan ausgeben; nichts in Cal.com oder in der Datenbank ändern.</translation>
    </message>
    <message>
        <source>Afterwards delete the replaced MANAGED parents that nothing refers to any more (with --dry-run: only list them).</source>
        <translation>Danach die ersetzten Sammel-Elterntypen löschen, auf die nichts mehr verweist (mit --dry-run: nur auflisten).</translation>
    </message>
    <message>
        <source>Items in flight at once (default 4).</source>
        <translation>Gleichzeitig bearbeitete Einträge (Standard 4).</translation>
    </message>
    <message>
        <source>create-event-types takes no arguments</source>
        <translation>create-event-types nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--service needs a service id, not &quot;%1&quot;</source>
        <translation>--service braucht eine Leistungs-ID, nicht „%1“</translation>
    </message>
    <message>
        <source>create-event-types needs at least one --service ID</source>
        <translation>create-event-types braucht mindestens einmal --service ID</translation>
    </message>
    <message>
        <source>--concurrency needs a positive number</source>
        <translation>--concurrency braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>Plan for team %1: %2 items — %3 create, %4 replace, %5 adopt, %6 keep, %7 conflict, %8 blocked.</source>
        <translation>Plan für Team %1: %2 Einträge — %3 anlegen, %4 ersetzen, %5 übernehmen, %6 behalten, %7 Konflikt, %8 blockiert.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Result: %1 done, %2 unchanged, %3 failed, %4 not touched.</source>
        <translation>Ergebnis: %1 erledigt, %2 unverändert, %3 fehlgeschlagen, %4 nicht angefasst.</translation>
    </message>
    <message>
        <source>would be deleted</source>
        <translation>würde gelöscht</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <source>MANAGED %1 &quot;%2&quot;: %3</source>
        <translation>MANAGED %1 „%2“: %3</translation>
    </message>
    <message>
        <source>No replaced MANAGED event types are left to retire.</source>
        <translation>Es sind keine ersetzten Sammel-Termintypen mehr zu entfernen.</translation>
    </message>
    <message>
        <source>MANAGED %1: replaced by this plan; retirable after the run if nothing else refers to it.</source>
        <translation>MANAGED %1: durch diesen Plan ersetzt; nach dem Lauf entfernbar, wenn nichts anderes mehr darauf verweist.</translation>
    </message>
    <message>
        <source>Create one single-host Cal.com event type per service segment and staff member; --dry-run shows the plan.</source>
        <translation>Je Leistungssegment und Person einen Cal.com-Termintyp mit einem einzigen Gastgeber anlegen; --dry-run zeigt den Plan.</translation>
    </message>
    <message>
        <source>%1: stopping (%2): no new event types; waiting for requests already sent. A second %2 stops at once.</source>
        <translation>%1: wird beendet (%2): keine neuen Ereignistypen; warte auf bereits gesendete Anfragen. Ein zweites %2 beendet sofort.</translation>
    </message>
    <message>
        <source>Run %1 (salon-admin-cli undo-run %1 takes it back).</source>
        <translation>Lauf %1 (salon-admin-cli undo-run %1 macht ihn rückgängig).</translation>
    </message>
    <message>
        <source>%1: stopped by %2. What was created is mapped; run the command again to go on (it finds what exists by its slug and creates nothing twice).</source>
        <translation>%1: durch %2 beendet. Was angelegt wurde, ist zugeordnet; führen Sie den Befehl erneut aus, um fortzufahren (er findet Vorhandenes über den Kurznamen und legt nichts doppelt an).</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>CSV for other programs: commas, UTF-8 without byte order mark (*.csv)</source>
        <translation>CSV für andere Programme: durch Kommas getrennt, UTF-8 ohne Kennung am Dateianfang (*.csv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets such as Excel, separated by semicolons (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen wie Excel, durch Semikolons getrennt (*.csv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets such as Excel, separated by commas (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen wie Excel, durch Kommas getrennt (*.csv)</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary folder for the demo database.</source>
        <translation>Für die Demo-Datenbank kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The demo dataset is missing from this build.</source>
        <translation>Der Demo-Datensatz fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The built-in Cal.com sandbox cannot listen on 127.0.0.1.</source>
        <translation>Die eingebaute Cal.com-Sandbox kann nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Cannot open the demo database.</source>
        <translation>Die Demo-Datenbank kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Where to write the dataset (- for stdout).</source>
        <translation>Wohin der Datensatz geschrieben wird (- für stdout).</translation>
    </message>
    <message>
        <source>export needs exactly one FILE.json</source>
        <translation>export braucht genau eine Datei FILE.json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 staff, %2 services, %3 event maps and %4 appointments to %5.</source>
        <translation>%1 Personen, %2 Leistungen, %3 Termintyp-Zuordnungen und %4 Termine nach %5 exportiert.</translation>
    </message>
    <message>
        <source>Export the whole salon dataset to FILE.json.</source>
        <translation>Den gesamten Datensatz des Salons nach FILE.json exportieren.</translation>
    </message>
    <message>
        <source>the disk is full (%1 KiB free, %2 KiB needed)</source>
        <translation>der Datenträger ist voll (%1 KiB frei, %2 KiB nötig)</translation>
    </message>
    <message>
        <source>Cannot write the dataset to standard output: %1</source>
        <translation>Der Datensatz kann nicht auf die Standardausgabe geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Validate and report counts; write nothing.</source>
        <translation>Prüfen und die Anzahlen melden; nichts schreiben.</translation>
    </message>
    <message>
        <source>The dataset to import.</source>
        <translation>Der zu importierende Datensatz.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.json</source>
        <translation>import braucht genau eine Datei FILE.json</translation>
    </message>
    <message>
        <source>%1 is not a valid dataset: %2</source>
        <translation>%1 ist kein gültiger Datensatz: %2</translation>
    </message>
    <message>
        <source>Import of %1 aborted, nothing was written: %2</source>
        <translation>Import von %1 abgebrochen, es wurde nichts geschrieben: %2</translation>
    </message>
    <message>
        <source>Import staff, services, event maps and appointments from FILE.json.</source>
        <translation>Personal, Leistungen, Termintyp-Zuordnungen und Termine aus FILE.json importieren.</translation>
    </message>
    <message>
        <source>Phases already in the database keep their sync state (status, booking, attempts); the file&apos;s is used for new phases only.</source>
        <translation>Phasen, die schon in der Datenbank sind, behalten ihren Synchronisierungsstand (Status, Buchung, Versuche); der aus der Datei gilt nur für neue Phasen.</translation>
    </message>
    <message>
        <source>Take the file&apos;s sync state even where it drops a phase&apos;s Cal.com booking (the next sync asks Cal.com first). Without either option such a file is refused.</source>
        <translation>Den Synchronisierungsstand der Datei übernehmen, auch wo dadurch die Cal.com-Buchung einer Phase verloren geht (die nächste Synchronisierung fragt zuerst Cal.com). Ohne eine der beiden Optionen wird eine solche Datei abgelehnt.</translation>
    </message>
    <message>
        <source>Refuse files larger than this many MiB (default %1).</source>
        <translation>Dateien ablehnen, die größer als so viele MiB sind (Standard %1).</translation>
    </message>
    <message>
        <source>--keep-sync-state and --replace-sync-state exclude each other</source>
        <translation>--keep-sync-state und --replace-sync-state schließen einander aus</translation>
    </message>
    <message>
        <source>--max-size needs a number of MiB between 1 and 4096, not &quot;%1&quot;</source>
        <translation>--max-size braucht eine Anzahl MiB zwischen 1 und 4096, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: stopped by %2; the import of %3 was rolled back, nothing was written.</source>
        <translation>%1: durch %2 beendet; der Import von %3 wurde zurückgerollt, es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 came after the import of %3 had been committed; it is complete.</source>
        <translation>%1: %2 kam, nachdem der Import von %3 festgeschrieben war; er ist vollständig.</translation>
    </message>
</context>
<context>
    <name>LifecycleReport</name>
    <message numerus="yes">
        <source>%n appointment(s) planned, nothing changed; %1 refused.</source>
        <translation>
            <numerusform>%n Termin geplant, nichts geändert; %1 abgelehnt.</numerusform>
            <numerusform>%n Termine geplant, nichts geändert; %1 abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) done</source>
        <translation>
            <numerusform>%n Termin erledigt</numerusform>
            <numerusform>%n Termine erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (nothing changed)</source>
        <translation>
            <numerusform>%n abgelehnt (nichts geändert)</numerusform>
            <numerusform>%n abgelehnt (nichts geändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n put back</source>
        <translation>
            <numerusform>%n zurückgesetzt</numerusform>
            <numerusform>%n zurückgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with work owed (the next run finishes it)</source>
        <translation>
            <numerusform>%n mit offener Arbeit (der nächste Lauf erledigt sie)</numerusform>
            <numerusform>%n mit offener Arbeit (der nächste Lauf erledigt sie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>LifecycleRepository</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the change of appointment %1: %2</source>
        <translation>Die Änderung von Termin %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Appointment %1 is being changed already (change %2 is not finished); run `salon-admin-cli reassign` or the same command again later to finish it first.</source>
        <translation>Termin %1 wird bereits geändert (Änderung %2 ist nicht abgeschlossen); führen Sie später `salon-admin-cli reassign` oder denselben Befehl erneut aus, um sie zuerst abzuschließen.</translation>
    </message>
    <message>
        <source>Phase %1 of appointment %2 is being synced right now; try again when that sync has finished.</source>
        <translation>Phase %1 von Termin %2 wird gerade synchronisiert; versuchen Sie es erneut, wenn diese Synchronisierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cannot record the change of phase %1: %2</source>
        <translation>Die Änderung von Phase %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot cancel phase %1: %2</source>
        <translation>Phase %1 kann nicht storniert werden: %2</translation>
    </message>
    <message>
        <source>Cannot cancel appointment %1: %2</source>
        <translation>Termin %1 kann nicht abgesagt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read change %1: %2</source>
        <translation>Änderung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Change %1 does not exist.</source>
        <translation>Änderung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the steps of change %1: %2</source>
        <translation>Die Schritte von Änderung %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot list the unfinished changes: %1</source>
        <translation>Die nicht abgeschlossenen Änderungen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Cannot take over change %1: %2</source>
        <translation>Änderung %1 kann nicht übernommen werden: %2</translation>
    </message>
    <message>
        <source>Cannot release change %1: %2</source>
        <translation>Änderung %1 kann nicht freigegeben werden: %2</translation>
    </message>
    <message>
        <source>Cannot record step %1 of change %2: %3</source>
        <translation>Schritt %1 von Änderung %2 kann nicht protokolliert werden: %3</translation>
    </message>
    <message>
        <source>Cannot record change %1: %2</source>
        <translation>Änderung %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record step %1: %2</source>
        <translation>Schritt %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the new booking of phase %1: %2</source>
        <translation>Die neue Buchung von Phase %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the change of phase %1: %2</source>
        <translation>Die Änderung von Phase %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the undo of change %1: %2</source>
        <translation>Das Rückgängigmachen von Änderung %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the undo of phase %1: %2</source>
        <translation>Das Rückgängigmachen von Phase %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot change phase %1: %2</source>
        <translation>Phase %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Cannot change appointment %1: %2</source>
        <translation>Termin %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Cannot finish change %1: %2</source>
        <translation>Änderung %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>The database %1 is up to date (schema version %2).</source>
        <translation>Die Datenbank %1 ist aktuell (Schemaversion %2).</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s) to %1; schema version is now %2.</source>
        <translation>
            <numerusform>%n Migration auf %1 angewendet; die Schemaversion ist jetzt %2.</numerusform>
            <numerusform>%n Migrationen auf %1 angewendet; die Schemaversion ist jetzt %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create or update the database schema (idempotent).</source>
        <translation>Das Datenbankschema anlegen oder aktualisieren (idempotent).</translation>
    </message>
</context>
<context>
    <name>MoveAppointmentCommand</name>
    <message>
        <source>Appointment to move.</source>
        <translation>Zu verschiebender Termin.</translation>
    </message>
    <message>
        <source>New start, ISO 8601 with an offset or Z (2030-11-26T10:00:00+01:00).</source>
        <translation>Neuer Beginn, ISO 8601 mit Zeitzonenversatz oder Z (2030-11-26T10:00:00+01:00).</translation>
    </message>
    <message>
        <source>Show every step at its new time and whether it is free; change nothing.</source>
        <translation>Jeden Schritt zur neuen Zeit zeigen und ob er frei ist; nichts ändern.</translation>
    </message>
    <message>
        <source>move-appointment needs exactly one appointment id</source>
        <translation>move-appointment braucht genau eine Termin-ID</translation>
    </message>
    <message>
        <source>move-appointment needs --to DATETIME</source>
        <translation>move-appointment braucht --to DATETIME</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not an ISO 8601 date and time with an offset or Z, e.g. 2030-11-26T10:00:00+01:00</source>
        <translation>--to „%1“ ist kein ISO-8601-Datum mit Uhrzeit und Zeitzonenversatz oder Z, z. B. 2030-11-26T10:00:00+01:00</translation>
    </message>
    <message>
        <source>Move an appointment (all its steps) to a new start.</source>
        <translation>Einen Termin (alle seine Schritte) auf einen neuen Beginn verschieben.</translation>
    </message>
</context>
<context>
    <name>PhaseRepository</name>
    <message>
        <source>Cannot read phase %1: %2</source>
        <translation>Phase %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Phase %1 does not exist.</source>
        <translation>Phase %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the staff of phase %1: %2</source>
        <translation>Das Personal von Phase %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the event map of phase %1: %2</source>
        <translation>Die Termintyp-Zuordnung von Phase %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the attempts of phase %1: %2</source>
        <translation>Die Versuche von Phase %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot claim phase %1: %2</source>
        <translation>Phase %1 kann nicht reserviert werden: %2</translation>
    </message>
    <message>
        <source>Cannot release phase %1: %2</source>
        <translation>Phase %1 kann nicht freigegeben werden: %2</translation>
    </message>
    <message>
        <source>Cannot refresh the claim of phase %1: %2</source>
        <translation>Die Reservierung von Phase %1 kann nicht erneuert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record an attempt for phase %1: %2</source>
        <translation>Für Phase %1 kann kein Versuch protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the end of attempt %1: %2</source>
        <translation>Das Ende von Versuch %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the booking of phase %1: %2</source>
        <translation>Die Buchung von Phase %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the failure of phase %1: %2</source>
        <translation>Der Fehler von Phase %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot mark phase %1 as skipped: %2</source>
        <translation>Phase %1 kann nicht als übersprungen markiert werden: %2</translation>
    </message>
    <message>
        <source>Archiving a failure needs a reason.</source>
        <translation>Zum Archivieren eines Fehlers ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>Cannot archive phase %1: %2</source>
        <translation>Phase %1 kann nicht archiviert werden: %2</translation>
    </message>
    <message>
        <source>Phase %1 is not failed (any more); only failures can be archived.</source>
        <translation>Phase %1 ist nicht (mehr) fehlgeschlagen; nur Fehler können archiviert werden.</translation>
    </message>
    <message>
        <source>Cannot unarchive phase %1: %2</source>
        <translation>Die Archivierung von Phase %1 kann nicht aufgehoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot mark phase %1 for a new sync: %2</source>
        <translation>Phase %1 kann nicht für eine neue Synchronisierung markiert werden: %2</translation>
    </message>
    <message>
        <source>Phase %1 is being synced or was skipped; it was not changed.</source>
        <translation>Phase %1 wird gerade synchronisiert oder wurde übersprungen; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot list the phases to sync: %1</source>
        <translation>Die zu synchronisierenden Phasen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Cannot list the synced phases: %1</source>
        <translation>Die synchronisierten Phasen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Phase %1 was synced by another run meanwhile (booking %2).</source>
        <translation>Phase %1 wurde inzwischen von einem anderen Lauf synchronisiert (Buchung %2).</translation>
    </message>
    <message>
        <source>Phase %1 is no longer held by this sync: another run took it over.</source>
        <translation>Phase %1 wird nicht mehr von dieser Synchronisierung gehalten: ein anderer Lauf hat sie übernommen.</translation>
    </message>
    <message>
        <source>%1 Booking %2 (%3) made by this run was not stored.</source>
        <translation>%1 Die von diesem Lauf angelegte Buchung %2 (%3) wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot list the phases held by other runs: %1</source>
        <translation>Die von anderen Läufen gehaltenen Phasen können nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>PopulateEventMapsCommand</name>
    <message>
        <source>Show the changes; write nothing.</source>
        <translation>Die Änderungen zeigen; nichts schreiben.</translation>
    </message>
    <message>
        <source>Only the maps of this service.</source>
        <translation>Nur die Zuordnungen dieser Leistung.</translation>
    </message>
    <message>
        <source>populate-event-maps takes no arguments</source>
        <translation>populate-event-maps nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--service needs a service id</source>
        <translation>--service braucht eine Leistungs-ID</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>Es gibt keine Leistung %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Store the staff members&apos; child event type ids of MANAGED event types.</source>
        <translation>Bei Sammel-Termintypen die IDs der persönlichen Kopien jeder Person speichern.</translation>
    </message>
    <message>
        <source>%1: stopped by %2 while asking Cal.com; nothing was changed.</source>
        <translation>%1: durch %2 beendet, während Cal.com gefragt wurde; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ReassignCommand</name>
    <message>
        <source>A step to hand over (repeatable).</source>
        <translation>Ein zu übergebender Schritt (wiederholbar).</translation>
    </message>
    <message>
        <source>Hand every staff step of this appointment over.</source>
        <translation>Alle Schritte dieses Termins, die Personal brauchen, übergeben.</translation>
    </message>
    <message>
        <source>The staff member who takes the steps (with --phase or --appointment).</source>
        <translation>Die Person, die die Schritte übernimmt (mit --phase oder --appointment).</translation>
    </message>
    <message>
        <source>The staff member who is off (with --to-staff and --on).</source>
        <translation>Die Person, die frei hat (mit --to-staff und --on).</translation>
    </message>
    <message>
        <source>The staff member who takes that day&apos;s steps.</source>
        <translation>Die Person, die die Schritte dieses Tages übernimmt.</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD in the salon&apos;s time zone.</source>
        <translation>Der Tag, JJJJ-MM-TT in der Zeitzone des Salons.</translation>
    </message>
    <message>
        <source>Show the plan and each step&apos;s availability; change nothing.</source>
        <translation>Den Plan und die Verfügbarkeit jedes Schritts zeigen; nichts ändern.</translation>
    </message>
    <message>
        <source>reassign takes no arguments; use --phase, --appointment or --from-staff</source>
        <translation>reassign nimmt keine Argumente; verwenden Sie --phase, --appointment oder --from-staff</translation>
    </message>
    <message>
        <source>reassign needs exactly one of: --phase ID... --staff UUID, --appointment ID --staff UUID, or --from-staff UUID --to-staff UUID --on DATE</source>
        <translation>reassign braucht genau eine dieser Angaben: --phase ID... --staff UUID, --appointment ID --staff UUID oder --from-staff UUID --to-staff UUID --on DATE</translation>
    </message>
    <message>
        <source>--from-staff and --to-staff need staff ids (UUIDs)</source>
        <translation>--from-staff und --to-staff brauchen Personen-IDs (UUIDs)</translation>
    </message>
    <message>
        <source>--on needs a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--on braucht ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>--staff needs the id (UUID) of the staff member who takes the steps</source>
        <translation>--staff braucht die ID (UUID) der Person, die die Schritte übernimmt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id</source>
        <translation>„%1“ ist keine ID</translation>
    </message>
    <message>
        <source>--appointment takes one appointment id</source>
        <translation>--appointment nimmt eine Termin-ID</translation>
    </message>
    <message>
        <source>Hand steps, an appointment or a staff member&apos;s day to another staff member.</source>
        <translation>Schritte, einen Termin oder den Tag einer Person an eine andere Person übergeben.</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Start of the period (YYYY-MM-DD or ISO time, UTC; default now).</source>
        <translation>Beginn des Zeitraums (YYYY-MM-DD oder ISO-Zeit, UTC; Standard: jetzt).</translation>
    </message>
    <message>
        <source>End of the period, exclusive (default: 30 days after --from).</source>
        <translation>Ende des Zeitraums, ausschließlich (Standard: 30 Tage nach --from).</translation>
    </message>
    <message>
        <source>Print the findings as JSON on stdout.</source>
        <translation>Die Befunde als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>reconcile takes no arguments</source>
        <translation>reconcile nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--from needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--from braucht ein Datum (YYYY-MM-DD) oder eine ISO-Zeit</translation>
    </message>
    <message>
        <source>--to needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--to braucht ein Datum (YYYY-MM-DD) oder eine ISO-Zeit</translation>
    </message>
    <message>
        <source>--to must lie after --from</source>
        <translation>--to muss nach --from liegen</translation>
    </message>
    <message>
        <source>Checked %1 synced phases from %2 to %3: %4 findings. Nothing was changed.</source>
        <translation>%1 synchronisierte Phasen von %2 bis %3 geprüft: %4 Befunde. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Compare synced phases with Cal.com&apos;s bookings and report drift.</source>
        <translation>Synchronisierte Phasen mit den Buchungen in Cal.com vergleichen und Abweichungen melden.</translation>
    </message>
    <message>
        <source>%1 phase %2 (appointment %3): %4</source>
        <translation>%1 Phase %2 (Termin %3): %4</translation>
    </message>
    <message>
        <source>%1: stopped by %2 before every phase was checked (%3 findings so far); nothing was changed.</source>
        <translation>%1: durch %2 beendet, bevor jede Phase geprüft war (bisher %3 Befunde); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Apply the proposals of these kinds, comma-separated, each optionally KIND:CHOICE (kinds: %1).</source>
        <translation>Die Vorschläge dieser Arten umsetzen, durch Komma getrennt, jede wahlweise ART:WAHL (Arten: %1).</translation>
    </message>
    <message>
        <source>Apply every proposal.</source>
        <translation>Jeden Vorschlag umsetzen.</translation>
    </message>
    <message>
        <source>With --apply: show what would be applied; change nothing.</source>
        <translation>Mit --apply: zeigen, was umgesetzt würde; nichts ändern.</translation>
    </message>
    <message>
        <source>give either --apply KINDS or --apply-all, not both</source>
        <translation>entweder --apply ARTEN oder --apply-all angeben, nicht beides</translation>
    </message>
    <message>
        <source>--dry-run goes with --apply or --apply-all (without them nothing changes)</source>
        <translation>--dry-run gehört zu --apply oder --apply-all (ohne sie ändert sich nichts)</translation>
    </message>
    <message>
        <source>Finished %1 unfinished changes of earlier runs first.</source>
        <translation>Zuerst %1 unfertige Änderungen früherer Läufe abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 findings, %2 changes planned (dry run, nothing was changed).</source>
        <translation>%1 Befunde, %2 Änderungen geplant (Probelauf, nichts wurde geändert).</translation>
    </message>
    <message>
        <source>%1 findings, %2 changes applied, %3 failed (run %4).</source>
        <translation>%1 Befunde, %2 Änderungen umgesetzt, %3 fehlgeschlagen (Lauf %4).</translation>
    </message>
    <message>
        <source>%1: stopped by %2 after %3 of the changes.</source>
        <translation>%1: durch %2 nach %3 der Änderungen angehalten.</translation>
    </message>
</context>
<context>
    <name>RepairEventMapsCommand</name>
    <message>
        <source>Show the changes; write nothing.</source>
        <translation>Die Änderungen zeigen; nichts schreiben.</translation>
    </message>
    <message>
        <source>Do not ask Cal.com: only clear children equal to their parent.</source>
        <translation>Cal.com nicht fragen: nur persönliche Kopien leeren, die ihrem Sammel-Termintyp gleichen.</translation>
    </message>
    <message>
        <source>repair-event-maps takes no arguments</source>
        <translation>repair-event-maps nimmt keine Argumente</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>would change </source>
        <translation>würde geändert: </translation>
    </message>
    <message>
        <source>changed </source>
        <translation>geändert: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>No map rows need changing.</source>
        <translation>Keine Zuordnungszeile muss geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would change; nothing was written.</source>
        <translation>
            <numerusform>Probelauf: %n Zeile würde geändert; es wurde nichts geschrieben.</numerusform>
            <numerusform>Probelauf: %n Zeilen würden geändert; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed (audit-logged).</source>
        <translation>
            <numerusform>%n Zeile geändert (im Prüfprotokoll vermerkt).</numerusform>
            <numerusform>%n Zeilen geändert (im Prüfprotokoll vermerkt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to Cal.com.</source>
        <translation>
            <numerusform>%n Anfrage an Cal.com.</numerusform>
            <numerusform>%n Anfragen an Cal.com.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear poisoned child event type ids and re-resolve them.</source>
        <translation>Vergiftete IDs persönlicher Kopien leeren und neu ermitteln.</translation>
    </message>
    <message>
        <source>%1: stopped by %2 while asking Cal.com; nothing was changed.</source>
        <translation>%1: durch %2 beendet, während Cal.com gefragt wurde; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1:0; port 0 picks a free port).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1:0; Port 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Allow a non-loopback --listen address.</source>
        <translation>Eine --listen-Adresse erlauben, die keine Loopback-Adresse ist.</translation>
    </message>
    <message>
        <source>Start from this state file (see docs/sandbox.md).</source>
        <translation>Mit dieser Zustandsdatei starten (siehe docs/sandbox.md).</translation>
    </message>
    <message>
        <source>Start from a built-in scenario: incident.</source>
        <translation>Mit einem eingebauten Szenario starten: incident.</translation>
    </message>
    <message>
        <source>Save the state here on exit (also on SIGINT/SIGTERM).</source>
        <translation>Den Zustand beim Beenden hier speichern (auch bei SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>Register this API key for the state&apos;s team admin.</source>
        <translation>Diesen API-Schlüssel für den Team-Admin des Zustands registrieren.</translation>
    </message>
    <message>
        <source>Requests per key and window (default 120).</source>
        <translation>Anfragen pro Schlüssel und Zeitfenster (Standard 120).</translation>
    </message>
    <message>
        <source>Rate-limit window and block in milliseconds (default 60000).</source>
        <translation>Zeitfenster und Sperrdauer des Anfragelimits in Millisekunden (Standard 60000).</translation>
    </message>
    <message>
        <source>Latency added to every answer, in milliseconds.</source>
        <translation>Zusätzliche Verzögerung jeder Antwort, in Millisekunden.</translation>
    </message>
    <message>
        <source>Fault injection SPEC, e.g. seed=7,500=0.1,reset=0.02 (see docs/sandbox.md).</source>
        <translation>Fehlerinjektion SPEC, z. B. seed=7,500=0.1,reset=0.02 (siehe docs/sandbox.md).</translation>
    </message>
    <message>
        <source>Status for a taken slot: 400 (default) or 409.</source>
        <translation>Status für einen belegten Slot: 400 (Standard) oder 409.</translation>
    </message>
    <message>
        <source>sandbox: --state and --scenario exclude each other</source>
        <translation>sandbox: --state und --scenario schließen einander aus</translation>
    </message>
    <message>
        <source>sandbox: an API key starts with cal_</source>
        <translation>sandbox: Ein API-Schlüssel beginnt mit cal_</translation>
    </message>
    <message>
        <source>sandbox: --api-key needs a state with a team owner or admin</source>
        <translation>sandbox: --api-key braucht einen Zustand mit einem Team-Besitzer oder Team-Admin</translation>
    </message>
    <message>
        <source>sandbox: --rate-limit must be a positive number</source>
        <translation>sandbox: --rate-limit muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>sandbox: --rate-window must be a positive number of milliseconds</source>
        <translation>sandbox: --rate-window muss eine positive Anzahl Millisekunden sein</translation>
    </message>
    <message>
        <source>sandbox: --latency must be a number of milliseconds</source>
        <translation>sandbox: --latency muss eine Anzahl Millisekunden sein</translation>
    </message>
    <message>
        <source>sandbox: --slot-taken-status must be 400 or 409</source>
        <translation>sandbox: --slot-taken-status muss 400 oder 409 sein</translation>
    </message>
    <message>
        <source>sandbox: --listen wants HOST:PORT, e.g. 127.0.0.1:8765</source>
        <translation>sandbox: --listen erwartet HOST:PORT, z. B. 127.0.0.1:8765</translation>
    </message>
    <message>
        <source>sandbox: %1 is not a loopback address; add --allow-remote to serve it</source>
        <translation>sandbox: %1 ist keine Loopback-Adresse; geben Sie --allow-remote an, um darauf zu lauschen</translation>
    </message>
    <message>
        <source>sandbox: cannot listen on %1</source>
        <translation>sandbox: Lauschen auf %1 nicht möglich</translation>
    </message>
    <message>
        <source>Cal.com sandbox: %1 users, %2 teams, %3 event types, %4 bookings. Stop with Ctrl+C.</source>
        <translation>Cal.com-Sandbox: %1 Benutzer, %2 Teams, %3 Termintypen, %4 Buchungen. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Saved the sandbox state to %1.</source>
        <translation>Den Sandbox-Zustand in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Serve a local Cal.com simulator for tests and demos.</source>
        <translation>Einen lokalen Cal.com-Simulator für Tests und Demos bereitstellen.</translation>
    </message>
</context>
<context>
    <name>SetApiKeyCommand</name>
    <message>
        <source>Remove the stored key instead.</source>
        <translation>Stattdessen den gespeicherten Schlüssel entfernen.</translation>
    </message>
    <message>
        <source>Cannot read the API key from standard input.</source>
        <translation>Der API-Schlüssel kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>No API key on standard input; pipe it in, e.g. from a password manager.</source>
        <translation>Kein API-Schlüssel auf der Standardeingabe; leiten Sie ihn per Pipe ein, z. B. aus einem Passwortmanager.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Removed the API key for %1 from the keychain.</source>
        <translation>Der API-Schlüssel für %1 wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Stored the API key for %1 in the keychain.</source>
        <translation>Der API-Schlüssel für %1 wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Store the Cal.com API key (read from standard input) in the keychain.</source>
        <translation>Den Cal.com-API-Schlüssel (von der Standardeingabe gelesen) im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>set-api-key never takes the key from the command line, where the process list and the shell history would show it; pipe it in on standard input, e.g. from a password manager.</source>
        <translation>set-api-key nimmt den Schlüssel nie von der Befehlszeile, wo Prozessliste und Shell-Verlauf ihn zeigen würden; leiten Sie ihn über die Standardeingabe ein, z. B. aus einem Passwortmanager.</translation>
    </message>
    <message>
        <source>on standard input</source>
        <translation>auf der Standardeingabe</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>SQLite-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>PostgreSQL host</source>
        <translation>PostgreSQL-Host</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>PostgreSQL-Port</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>PostgreSQL user</source>
        <translation>PostgreSQL-Benutzer</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>PostgreSQL database name</source>
        <translation>Name der PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>The password is stored in the system keychain, never in the settings file. A new database takes effect after a restart.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei. Eine neue Datenbank wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Cal.com</source>
        <translation>Cal.com</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Cal.com API base URL</source>
        <translation>Basis-URL der Cal.com-API</translation>
    </message>
    <message>
        <source>https://api.cal.com/v2</source>
        <translation>https://api.cal.com/v2</translation>
    </message>
    <message>
        <source>&amp;Team ID:</source>
        <translation>&amp;Team-ID:</translation>
    </message>
    <message>
        <source>Cal.com team ID</source>
        <translation>Cal.com-Team-ID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Cal.com API key</source>
        <translation>Cal.com-API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the Cal.com connection</source>
        <translation>Die Verbindung zu Cal.com testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>The API key is written to the system keychain and never shown again. Leave the field empty to keep the stored key.</source>
        <translation>Der API-Schlüssel wird in den Schlüsselbund des Systems geschrieben und nie wieder angezeigt. Lassen Sie das Feld leer, um den gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Salon time zone</source>
        <translation>Zeitzone des Salons</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Eine neue Sprache wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>About the demo</source>
        <translation>Über die Demo</translation>
    </message>
    <message>
        <source>Look for &amp;changes in Cal.com every:</source>
        <translation>Nach Ä&amp;nderungen in Cal.com sehen alle:</translation>
    </message>
    <message>
        <source>Minutes between two looks for changes made in Cal.com</source>
        <translation>Minuten zwischen zwei Blicken auf Änderungen in Cal.com</translation>
    </message>
    <message>
        <source>Customers cancel and move bookings in Cal.com; the sync console lists what changed. Off: only when you ask.</source>
        <translation>Kundinnen und Kunden sagen Buchungen in Cal.com ab oder verschieben sie; die Abgleichskonsole listet, was sich geändert hat. Aus: nur, wenn Sie es anstoßen.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>Cannot read the appointments: %1</source>
        <translation>Die Termine können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the phases of the appointments: %1</source>
        <translation>Die Phasen der Termine können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the unfinished changes of the appointments: %1</source>
        <translation>Die nicht abgeschlossenen Änderungen der Termine können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Das Personal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the event map: %1</source>
        <translation>Die Termintyp-Zuordnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Appointment %1 does not exist.</source>
        <translation>Termin %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the phases: %1</source>
        <translation>Die Phasen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Phase %1 does not exist.</source>
        <translation>Phase %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the appointments of the staff member: %1</source>
        <translation>Die Termine der Person können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync the phases of this appointment (repeatable).</source>
        <translation>Die Phasen dieses Termins synchronisieren (wiederholbar).</translation>
    </message>
    <message>
        <source>Only phases whose last sync failed (default: failed and pending).</source>
        <translation>Nur Phasen, deren letzte Synchronisierung fehlgeschlagen ist (Standard: fehlgeschlagene und ausstehende).</translation>
    </message>
    <message>
        <source>Resolve and show what would be booked; change nothing.</source>
        <translation>Auflösen und zeigen, was gebucht würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Print the report as JSON on stdout.</source>
        <translation>Den Bericht als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>With --appointment: also retry failures that were archived.</source>
        <translation>Mit --appointment: auch archivierte Fehler erneut versuchen.</translation>
    </message>
    <message>
        <source>Take over phases another run claimed (&quot;syncing&quot;) and left for this many seconds (default 900). Use 0 after a crashed run, when no other sync is running; Cal.com is checked first, so nothing is booked twice.</source>
        <translation>Phasen übernehmen, die ein anderer Lauf reserviert („syncing“) und seit so vielen Sekunden liegen gelassen hat (Standard 900). Verwenden Sie 0 nach einem abgestürzten Lauf, wenn keine andere Synchronisierung läuft; Cal.com wird zuerst geprüft, daher wird nichts doppelt gebucht.</translation>
    </message>
    <message>
        <source>sync takes no arguments; use --appointment ID</source>
        <translation>sync nimmt keine Argumente; verwenden Sie --appointment ID</translation>
    </message>
    <message>
        <source>--appointment needs an appointment id, not &quot;%1&quot;</source>
        <translation>--appointment braucht eine Termin-ID, nicht „%1“</translation>
    </message>
    <message>
        <source>--failed and --appointment exclude each other</source>
        <translation>--failed und --appointment schließen einander aus</translation>
    </message>
    <message>
        <source>--take-over-after needs a number of seconds (0 or more), not &quot;%1&quot;</source>
        <translation>--take-over-after braucht eine Anzahl Sekunden (0 oder mehr), nicht „%1“</translation>
    </message>
    <message>
        <source>No phases found for the given appointment(s).</source>
        <translation>Für die angegebenen Termine wurden keine Phasen gefunden.</translation>
    </message>
    <message>
        <source>Nothing to sync.</source>
        <translation>Nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>Some phases were not synced; see above.</source>
        <translation>Einige Phasen wurden nicht synchronisiert; siehe oben.</translation>
    </message>
    <message>
        <source>Book appointment phases in Cal.com (all failed/pending ones by default).</source>
        <translation>Terminphasen in Cal.com buchen (standardmäßig alle fehlgeschlagenen und ausstehenden).</translation>
    </message>
    <message>
        <source>phase %1 (appointment %2, %3, %4): %5</source>
        <translation>Phase %1 (Termin %2, %3, %4): %5</translation>
    </message>
    <message>
        <source> booking %1 (%2)</source>
        <translation> Buchung %1 (%2)</translation>
    </message>
    <message>
        <source>next step: </source>
        <translation>nächster Schritt: </translation>
    </message>
    <message>
        <source> (claimed since %1)</source>
        <translation> (beansprucht seit %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) held by another sync%1: %2. If no other sync is running (it was killed or crashed), run sync --take-over-after 0 to take them over now (Cal.com is asked first, nothing is booked twice); otherwise they are taken over after %3 s without progress.</source>
        <translation>
            <numerusform>%n Phase wird von einer anderen Synchronisierung gehalten%1: %2. Läuft keine andere Synchronisierung (sie wurde beendet oder ist abgestürzt), übernimmt sync --take-over-after 0 sie sofort (Cal.com wird zuerst gefragt, nichts wird doppelt gebucht); sonst wird sie nach %3 s ohne Fortschritt übernommen.</numerusform>
            <numerusform>%n Phasen werden von einer anderen Synchronisierung gehalten%1: %2. Läuft keine andere Synchronisierung (sie wurde beendet oder ist abgestürzt), übernimmt sync --take-over-after 0 sie sofort (Cal.com wird zuerst gefragt, nichts wird doppelt gebucht); sonst werden sie nach %3 s ohne Fortschritt übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>When a step of an appointment&apos;s first booking fails, keep the steps already booked (default: cancel them again, so an appointment is booked completely or not at all).</source>
        <translation>Wenn bei der ersten Buchung eines Termins ein Schritt fehlschlägt, die bereits gebuchten Schritte behalten (Standard: sie wieder stornieren, damit ein Termin ganz oder gar nicht gebucht ist).</translation>
    </message>
    <message>
        <source>Do not check all staff steps of an appointment in Cal.com before its first booking.</source>
        <translation>Vor der ersten Buchung eines Termins nicht alle Schritte mit Personal in Cal.com prüfen.</translation>
    </message>
    <message>
        <source>%1: stopping the sync (%2): no new phases; waiting for requests already sent to Cal.com. A second %2 stops at once.</source>
        <translation>%1: die Synchronisierung wird beendet (%2): keine neuen Phasen; warte auf bereits an Cal.com gesendete Anfragen. Ein zweites %2 beendet sofort.</translation>
    </message>
    <message>
        <source>%1: stopped by %2. Phases not yet booked keep their status; run sync again to go on.</source>
        <translation>%1: durch %2 beendet. Noch nicht gebuchte Phasen behalten ihren Status; führen Sie sync erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>the sync stopped: %1 Phases not reached keep their status.</source>
        <translation>die Synchronisierung wurde beendet: %1 Nicht erreichte Phasen behalten ihren Status.</translation>
    </message>
</context>
<context>
    <name>SyncConsole</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Search customer, e-mail, appointment id or error</source>
        <translation>Kunde, E-Mail, Termin-ID oder Fehler suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Appointments to sync</source>
        <translation>Zu synchronisierende Termine</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Reconcile compares synced phases with Cal.com; nothing changes unless you confirm.</source>
        <translation>Der Abgleich vergleicht synchronisierte Phasen mit Cal.com; nichts ändert sich ohne Ihre Bestätigung.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Book cancelled or missing phases again...</source>
        <translation>Stornierte oder fehlende Phasen erneut buchen...</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Auswahl erneut versuchen</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Alle fehlgeschlagenen erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Archive failure...</source>
        <translation>Fehler archivieren...</translation>
    </message>
    <message>
        <source>Reconcile with Cal.com</source>
        <translation>Mit Cal.com abgleichen</translation>
    </message>
    <message>
        <source>Export log...</source>
        <translation>Protokoll exportieren...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>SyncErrorAdvice</name>
    <message>
        <source>Cal.com refused the booking: the event type is a managed parent (&quot;%1&quot;).</source>
        <translation>Cal.com hat die Buchung abgelehnt: Der Termintyp ist ein verwalteter Eltern-Termintyp („%1“).</translation>
    </message>
    <message>
        <source>Run Verify event maps, or create bookable event types with the event type wizard, then retry.</source>
        <translation>Führen Sie „Termintyp-Zuordnungen prüfen“ aus oder legen Sie buchbare Termintypen mit dem Termintyp-Assistenten an, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The host is busy at that time in Cal.com (&quot;%1&quot;).</source>
        <translation>Die Person ist zu dieser Zeit in Cal.com belegt („%1“).</translation>
    </message>
    <message>
        <source>Cal.com did not accept the API key (&quot;%1&quot;).</source>
        <translation>Cal.com hat den API-Schlüssel nicht akzeptiert („%1“).</translation>
    </message>
    <message>
        <source>Check the API key in Settings.</source>
        <translation>Prüfen Sie den API-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>Cal.com does not know the event type (&quot;%1&quot;).</source>
        <translation>Cal.com kennt den Termintyp nicht („%1“).</translation>
    </message>
    <message>
        <source>Run Verify event maps to repair the event map, then retry.</source>
        <translation>Führen Sie „Termintyp-Zuordnungen prüfen“ aus, um die Termintyp-Zuordnung zu reparieren, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Cal.com rejected the booking: %1</source>
        <translation>Cal.com hat die Buchung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cal.com&apos;s rate limit was reached (&quot;%1&quot;).</source>
        <translation>Das Anfragelimit von Cal.com wurde erreicht („%1“).</translation>
    </message>
    <message>
        <source>Retry later; the limit resets within a minute.</source>
        <translation>Versuchen Sie es später erneut; das Limit wird innerhalb einer Minute zurückgesetzt.</translation>
    </message>
    <message>
        <source>Cal.com answered with a server error (&quot;%1&quot;).</source>
        <translation>Cal.com hat mit einem Serverfehler geantwortet („%1“).</translation>
    </message>
    <message>
        <source>Retry later; Cal.com is checked for the booking first, so nothing is booked twice.</source>
        <translation>Versuchen Sie es später erneut; Cal.com wird zuerst auf die Buchung geprüft, daher wird nichts doppelt gebucht.</translation>
    </message>
    <message>
        <source>Cal.com did not answer in time (%1).</source>
        <translation>Cal.com hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>Cal.com could not be reached (%1).</source>
        <translation>Cal.com war nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Check the internet connection and retry; Cal.com is checked for the booking first, so nothing is booked twice.</source>
        <translation>Prüfen Sie die Internetverbindung und versuchen Sie es erneut; Cal.com wird zuerst auf die Buchung geprüft, daher wird nichts doppelt gebucht.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>(Cal.com request id %1)</source>
        <translation>(Cal.com-Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>Run Verify event maps and let the event type wizard create a bookable round-robin event type for this staff member, then retry.</source>
        <translation>Führen Sie „Termintyp-Zuordnungen prüfen“ aus und lassen Sie den Termintyp-Assistenten einen buchbaren Round-Robin-Termintyp für diese Person anlegen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Use an API key of a team admin who can see the child, or store the child&apos;s id in the event map (Verify event maps).</source>
        <translation>Verwenden Sie den API-Schlüssel eines Team-Admins, der die persönliche Kopie sehen kann, oder speichern Sie ihre ID in der Termintyp-Zuordnung („Termintyp-Zuordnungen prüfen“).</translation>
    </message>
    <message>
        <source>Run Verify event maps to point the event map at an existing event type, then retry.</source>
        <translation>Führen Sie „Termintyp-Zuordnungen prüfen“ aus, um die Termintyp-Zuordnung auf einen vorhandenen Termintyp zu richten, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s Cal.com user id and username, then retry.</source>
        <translation>Geben Sie die Cal.com-Benutzer-ID und den Benutzernamen der Person ein, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>No event map row for service %1, segment %2 and %3.</source>
        <translation>Keine Termintyp-Zuordnung für Leistung %1, Segment %2 und %3.</translation>
    </message>
    <message>
        <source>Create the event type with the event type wizard, then retry.</source>
        <translation>Legen Sie den Termintyp mit dem Termintyp-Assistenten an, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The phase needs staff but has no staff member assigned.</source>
        <translation>Die Phase braucht Personal, aber niemand ist zugewiesen.</translation>
    </message>
    <message>
        <source>Assign a staff member to the appointment, then retry.</source>
        <translation>Weisen Sie dem Termin eine Person zu, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The database could not be updated: %1</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Check the database connection and retry.</source>
        <translation>Prüfen Sie die Datenbankverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Verify event maps</source>
        <translation>Termintyp-Zuordnungen prüfen</translation>
    </message>
    <message>
        <source>Open the event type wizard</source>
        <translation>Termintyp-Assistenten öffnen</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Cal.com booked %1 (%2), but the database could not store it: %3.</source>
        <translation>Cal.com hat %1 (%2) gebucht, aber die Datenbank konnte es nicht speichern: %3.</translation>
    </message>
    <message>
        <source>The next sync finds this booking in Cal.com and stores it; nothing is booked twice.</source>
        <translation>Die nächste Synchronisierung findet diese Buchung in Cal.com und speichert sie; nichts wird doppelt gebucht.</translation>
    </message>
    <message numerus="yes">
        <source>The phase stays &apos;syncing&apos; under this run&apos;s claim (attempt &apos;posting&apos;). A later sync takes the claim over after %n minute(s) (the CLI at once with --take-over-after 0), finds this booking in Cal.com and stores it; nothing is booked twice.</source>
        <translation>
            <numerusform>Die Phase bleibt „syncing“ unter dem Anspruch dieses Laufs (Versuch „posting“). Eine spätere Synchronisierung übernimmt den Anspruch nach %n Minute (die CLI sofort mit --take-over-after 0), findet diese Buchung in Cal.com und speichert sie; nichts wird doppelt gebucht.</numerusform>
            <numerusform>Die Phase bleibt „syncing“ unter dem Anspruch dieses Laufs (Versuch „posting“). Eine spätere Synchronisierung übernimmt den Anspruch nach %n Minuten (die CLI sofort mit --take-over-after 0), findet diese Buchung in Cal.com und speichert sie; nichts wird doppelt gebucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another console or cron job has held this phase since %1 (%2 s ago); a claim left untouched for %n minute(s) is taken over, with Cal.com asked first.</source>
        <translation>
            <numerusform>Eine andere Konsole oder ein Cron-Job hält diese Phase seit %1 (vor %2 s); ein Anspruch, der %n Minute unberührt bleibt, wird übernommen, nachdem Cal.com gefragt wurde.</numerusform>
            <numerusform>Eine andere Konsole oder ein Cron-Job hält diese Phase seit %1 (vor %2 s); ein Anspruch, der %n Minuten unberührt bleibt, wird übernommen, nachdem Cal.com gefragt wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phase stays &apos;syncing&apos; until a later sync takes the claim over after %n minute(s).</source>
        <translation>
            <numerusform>Die Phase bleibt „syncing“, bis eine spätere Synchronisierung den Anspruch nach %n Minute übernimmt.</numerusform>
            <numerusform>Die Phase bleibt „syncing“, bis eine spätere Synchronisierung den Anspruch nach %n Minuten übernimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The failure could not be stored (%1); the phase stays &apos;syncing&apos; until a later sync takes the claim over after %n minute(s).</source>
        <translation>
            <numerusform>Der Fehler konnte nicht gespeichert werden (%1); die Phase bleibt „syncing“, bis eine spätere Synchronisierung den Anspruch nach %n Minute übernimmt.</numerusform>
            <numerusform>Der Fehler konnte nicht gespeichert werden (%1); die Phase bleibt „syncing“, bis eine spätere Synchronisierung den Anspruch nach %n Minuten übernimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the appointment to a free time (Move…) or free the host&apos;s calendar in Cal.com, then retry.</source>
        <translation>Verschieben Sie den Termin auf eine freie Zeit (Verschieben…) oder machen Sie den Kalender der Person in Cal.com frei, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Move the appointment (Move…) or correct the event type as Cal.com says, then retry.</source>
        <translation>Verschieben Sie den Termin (Verschieben…) oder korrigieren Sie den Termintyp, wie Cal.com es verlangt, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Move the appointment…</source>
        <translation>Termin verschieben…</translation>
    </message>
    <message>
        <source>Another console or cron job is syncing this phase right now.</source>
        <translation>Eine andere Konsole oder ein Cron-Job synchronisiert diese Phase gerade.</translation>
    </message>
    <message>
        <source>sent, no answer stored</source>
        <translation>gesendet, keine Antwort gespeichert</translation>
    </message>
    <message>
        <source>checking Cal.com</source>
        <translation>Abgleich mit Cal.com</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>found booked in Cal.com</source>
        <translation>in Cal.com schon gebucht gefunden</translation>
    </message>
    <message>
        <source>answer unclear, Cal.com is checked first</source>
        <translation>Antwort unklar, zuerst wird Cal.com geprüft</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>event type not found</source>
        <translation>Termintyp nicht gefunden</translation>
    </message>
    <message>
        <source>shared event type, not bookable</source>
        <translation>Sammel-Termintyp, nicht buchbar</translation>
    </message>
    <message>
        <source>time not free</source>
        <translation>Zeit nicht frei</translation>
    </message>
    <message>
        <source>booking refused</source>
        <translation>Buchung abgelehnt</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>Cal.com server error</source>
        <translation>Fehler auf dem Cal.com-Server</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no event type for this staff member</source>
        <translation>kein Termintyp für diese Person</translation>
    </message>
    <message>
        <source>no staff member</source>
        <translation>keine Person zugeteilt</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>staff member&apos;s event type not visible</source>
        <translation>Termintyp der Person nicht sichtbar</translation>
    </message>
    <message>
        <source>event type deleted in Cal.com</source>
        <translation>Termintyp in Cal.com gelöscht</translation>
    </message>
    <message>
        <source>staff member has no event type</source>
        <translation>Person hat keinen Termintyp</translation>
    </message>
    <message>
        <source>staff member not linked to Cal.com</source>
        <translation>Person nicht mit Cal.com verknüpft</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>%1 synced, %2 skipped, %3 failed</source>
        <translation>%1 synchronisiert, %2 übersprungen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 held by another sync</source>
        <translation>, %1 von einer anderen Synchronisierung gehalten</translation>
    </message>
    <message>
        <source>, %1 archived</source>
        <translation>, %1 archiviert</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, %1 abgebrochen</translation>
    </message>
    <message>
        <source>Dry run: %1 would be booked, %2 skipped, %3 cannot be booked</source>
        <translation>Probelauf: %1 würden gebucht, %2 übersprungen, %3 können nicht gebucht werden</translation>
    </message>
</context>
<context>
    <name>VerifyEventMapsCommand</name>
    <message>
        <source>Also compare with Cal.com (needs the API key and the team).</source>
        <translation>Auch mit Cal.com vergleichen (braucht den API-Schlüssel und das Team).</translation>
    </message>
    <message>
        <source>Check only the maps of this service.</source>
        <translation>Nur die Zuordnungen dieser Leistung prüfen.</translation>
    </message>
    <message>
        <source>verify-event-maps takes no arguments</source>
        <translation>verify-event-maps nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--service needs a service id</source>
        <translation>--service braucht eine Leistungs-ID</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>Es gibt keine Leistung %1.</translation>
    </message>
    <message>
        <source>Cal.com could not be checked: %1</source>
        <translation>Cal.com konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>Zuordnung %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Leistung %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message numerus="yes">
        <source>%n event map row(s) checked, no problems found.</source>
        <translation>
            <numerusform>%n Zeile der Termintyp-Zuordnung geprüft, keine Probleme gefunden.</numerusform>
            <numerusform>%n Zeilen der Termintyp-Zuordnung geprüft, keine Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 event map rows checked: %2 error(s), %3 warning(s).</source>
        <translation>%1 Zeilen der Termintyp-Zuordnung geprüft: %2 Fehler, %3 Warnung(en).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to Cal.com.</source>
        <translation>
            <numerusform>%n Anfrage an Cal.com.</numerusform>
            <numerusform>%n Anfragen an Cal.com.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the Cal.com event map for rows that would break bookings.</source>
        <translation>Die Cal.com-Termintyp-Zuordnung auf Zeilen prüfen, an denen Buchungen scheitern würden.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Seconds between two looks (default %1).</source>
        <translation>Sekunden zwischen zwei Blicken (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Look once and exit (for cron).</source>
        <translation>Einmal nachsehen und beenden (für cron).</translation>
    </message>
    <message>
        <source>Print each look as JSON on stdout.</source>
        <translation>Jeden Blick als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>watch takes no arguments</source>
        <translation>watch nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds, at least 1</source>
        <translation>--interval braucht eine ganze Zahl Sekunden, mindestens 1</translation>
    </message>
    <message>
        <source>Changes in Cal.com since %1: %2 bookings (%3 of the salon&apos;s steps, %4 busy time), %5 need attention; %6 list requests.</source>
        <translation>Änderungen in Cal.com seit %1: %2 Buchungen (%3 Schritte des Salons, %4 belegte Zeit), %5 brauchen Aufmerksamkeit; %6 Listenabfragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Report changes made in Cal.com since the last look, again every few minutes.</source>
        <translation>Änderungen in Cal.com seit dem letzten Blick melden, alle paar Minuten wieder.</translation>
    </message>
    <message>
        <source>%1: watch stopped by %2; nothing was changed.</source>
        <translation>%1: watch durch %2 beendet; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps a hair salon&apos;s bookings and its Cal.com account in step.</source>
        <translation>Hält die Buchungen eines Friseursalons und sein Cal.com-Konto im Gleichklang.</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Die Datenbank: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file once loaded, then quit.</source>
        <translation>Das Fenster nach dem Laden als PNG-Datei speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Salon Admin</source>
        <translation>Salon Admin</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Salon Admin cannot open the database %1.

%2

Choose another one with --db, or check the file&apos;s permissions or the server.</source>
        <translation>Salon Admin kann die Datenbank %1 nicht öffnen.

%2

Wählen Sie mit --db eine andere oder prüfen Sie die Zugriffsrechte der Datei oder den Server.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; the pages are: %2</source>
        <translation>Unbekannte Seite „%1“; die Seiten sind: %2</translation>
    </message>
    <message>
        <source>Open the incident demo: a temporary database and the built-in Cal.com sandbox. Nothing real is touched.</source>
        <translation>Die Vorfall-Demo öffnen: eine temporäre Datenbank und die eingebaute Cal.com-Sandbox. Echte Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Open a tool once Cal.com is connected: wizard (the event type wizard) or verify (verify event maps).</source>
        <translation>Ein Werkzeug öffnen, sobald Cal.com verbunden ist: wizard (der Termintyp-Assistent) oder verify (Termintyp-Zuordnungen prüfen).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Keeps a salon&apos;s booking data and its Cal.com account in step.

Exit codes: 0 done and clean; 1 done but problems were found or some items failed; 2 could not run.

</source>
        <translation>Hält die Buchungsdaten eines Salons und sein Cal.com-Konto im Gleichklang.

Exit-Codes: 0 erledigt, alles in Ordnung; 1 erledigt, aber es wurden Probleme gefunden oder einzelne Einträge sind fehlgeschlagen; 2 konnte nicht ausgeführt werden.

</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: the GUI&apos;s SQLite file; env SALON_ADMIN_DB).</source>
        <translation>Datenbank: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DBNAME (Standard: die SQLite-Datei der GUI; Umgebungsvariable SALON_ADMIN_DB).</translation>
    </message>
    <message>
        <source>Print a machine-readable result on stdout.</source>
        <translation>Ein maschinenlesbares Ergebnis auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Cal.com API base URL (env CALCOM_URL; default https://api.cal.com/v2).</source>
        <translation>Basis-URL der Cal.com-API (Umgebungsvariable CALCOM_URL; Standard https://api.cal.com/v2).</translation>
    </message>
    <message>
        <source>Cal.com team id (env CALCOM_TEAM_ID).</source>
        <translation>Cal.com-Team-ID (Umgebungsvariable CALCOM_TEAM_ID).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>The options below work before or after the command, as in &quot;verify-event-maps --remote --json&quot;.

</source>
        <translation>Die folgenden Optionen gelten vor oder nach dem Befehl, etwa „verify-event-maps --remote --json“.

</translation>
    </message>
    <message>
        <source>The global options --db, --json, --calcom-url and --team-id work here too (see salon-admin-cli --help).</source>
        <translation>Die globalen Optionen --db, --json, --calcom-url und --team-id gelten auch hier (siehe salon-admin-cli --help).</translation>
    </message>
    <message>
        <source>Start on a page: services, segments, staff, eventmap, appointments, phases, sync, history, day.</source>
        <translation>Auf einer Seite starten: services, segments, staff, eventmap, appointments, phases, sync, history, day.</translation>
    </message>
</context>
<context>
    <name>salon::ApiKeyFormat</name>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a character other than letters, digits, _ and -</source>
        <translation>ein Zeichen außer Buchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <source>The Cal.com API key %1 is empty.</source>
        <translation>Der Cal.com-API-Schlüssel %1 ist leer.</translation>
    </message>
    <message>
        <source>The Cal.com API key %1 does not look like one: Cal.com keys start with cal_ (or cal_live_), followed by letters and digits.</source>
        <translation>Der Cal.com-API-Schlüssel %1 sieht nicht wie einer aus: Cal.com-Schlüssel beginnen mit cal_ (oder cal_live_), gefolgt von Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>The Cal.com API key %1 is %2 characters long; Cal.com keys have at most %3.</source>
        <translation>Der Cal.com-API-Schlüssel %1 ist %2 Zeichen lang; Cal.com-Schlüssel haben höchstens %3.</translation>
    </message>
    <message>
        <source>The Cal.com API key %1 contains %2 at position %3; a key has only letters, digits, _ and -. It was not used.</source>
        <translation>Der Cal.com-API-Schlüssel %1 enthält an Position %3 %2; ein Schlüssel hat nur Buchstaben, Ziffern, _ und -. Er wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>salon::ApiKeyJob</name>
    <message>
        <source>No Cal.com API key is stored for %1. Enter it in the settings, or set the %2 environment variable.</source>
        <translation>Für %1 ist kein Cal.com-API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein oder setzen Sie die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>No system keychain is reachable (%1). Salon Admin never stores the API key in plain text: run it in a desktop session with a keychain (GNOME Keyring or KWallet), or set the %2 environment variable.</source>
        <translation>Kein Schlüsselbund des Systems erreichbar (%1). Salon Admin speichert den API-Schlüssel nie im Klartext: Starten Sie es in einer Desktop-Sitzung mit Schlüsselbund (GNOME Keyring oder KWallet) oder setzen Sie die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the Cal.com API key (%1). Unlock the keychain and try again, or set the %2 environment variable.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf den Cal.com-API-Schlüssel verweigert (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut oder setzen Sie die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>No password for the database %1 is stored in the keychain. Enter it in the settings, or set the %2 environment variable.</source>
        <translation>Für die Datenbank %1 ist kein Passwort im Schlüsselbund gespeichert. Geben Sie es in den Einstellungen ein oder setzen Sie die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>in the keychain (entry for %1)</source>
        <translation>im Schlüsselbund (Eintrag für %1)</translation>
    </message>
    <message>
        <source>No system keychain is reachable (%1). Salon Admin never stores the database password in plain text: run it in a desktop session with a keychain (GNOME Keyring or KWallet), or set the %2 environment variable.</source>
        <translation>Kein System-Schlüsselbund erreichbar (%1). Salon Admin speichert das Datenbankpasswort nie im Klartext: Starten Sie es in einer Desktop-Sitzung mit Schlüsselbund (GNOME Keyring oder KWallet) oder setzen Sie die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the database password (%1). Unlock the keychain and try again, or set the %2 environment variable.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff auf das Datenbankpasswort verweigert (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder setzen Sie die Umgebungsvariable %2.</translation>
    </message>
</context>
<context>
    <name>salon::ApiKeyStore</name>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>(eingegeben)</translation>
    </message>
</context>
<context>
    <name>salon::AppointmentAccess</name>
    <message>
        <source>Cannot read the services: %1</source>
        <translation>Die Leistungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Das Personal kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::AppointmentStatus</name>
    <message>
        <source>the appointment is cancelled</source>
        <translation>der Termin ist abgesagt</translation>
    </message>
    <message>
        <source>the appointment is completed</source>
        <translation>der Termin ist abgeschlossen</translation>
    </message>
    <message>
        <source>the customer did not show up (no_show)</source>
        <translation>die Kundin oder der Kunde ist nicht erschienen (no_show)</translation>
    </message>
    <message>
        <source>the appointment&apos;s status &quot;%1&quot; is not bookable (only &quot;scheduled&quot; is)</source>
        <translation>der Status „%1“ des Termins ist nicht buchbar (nur „scheduled“ ist es)</translation>
    </message>
</context>
<context>
    <name>salon::ChangeWatcher</name>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Das Änderungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation>%1 kann nicht abonniert werden: %2</translation>
    </message>
</context>
<context>
    <name>salon::DatabaseConnection</name>
    <message>
        <source>The Qt Sql driver %1 is not installed (Debian package %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <source>A database connection named %1 is already open.</source>
        <translation>Eine Datenbankverbindung namens %1 ist bereits offen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database file.</source>
        <translation>Der Ordner %1 für die Datenbankdatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>salon::DatabaseUrl</name>
    <message>
        <source>The database URL &quot;%1&quot; names no file; use sqlite:PATH.</source>
        <translation>Die Datenbank-URL „%1“ nennt keine Datei; verwenden Sie sqlite:PFAD.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not of the form postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Die Datenbank-URL „%1“ hat nicht die Form postgresql://BENUTZER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>The database URL must not contain a password; set PGPASSWORD or store it in the keychain from the settings.</source>
        <translation>Die Datenbank-URL darf kein Passwort enthalten; setzen Sie PGPASSWORD oder speichern Sie es über die Einstellungen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no database; use postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Die Datenbank-URL „%1“ nennt keine Datenbank; verwenden Sie postgresql://BENUTZER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Unbekannte Datenbank-URL „%1“: Verwenden Sie sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DBNAME.</translation>
    </message>
</context>
<context>
    <name>salon::DatasetImporter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Die Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>Der Import kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>cannot read staff: %1</source>
        <translation>das Personal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read services: %1</source>
        <translation>die Leistungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read segments: %1</source>
        <translation>die Segmente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown staff member %1</source>
        <translation>unbekannte Person %1</translation>
    </message>
    <message>
        <source>unknown service %1</source>
        <translation>unbekannte Leistung %1</translation>
    </message>
    <message>
        <source>service %1 has no segment &quot;%2&quot;</source>
        <translation>Leistung %1 hat kein Segment „%2“</translation>
    </message>
    <message>
        <source>cannot prepare the statement: %1</source>
        <translation>die Anweisung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>the database refused this record: %1</source>
        <translation>die Datenbank hat diesen Datensatz abgelehnt: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>das Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1: %2 angelegt, %3 aktualisiert, %4 unverändert</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation>Die Datei enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>no booking and syncStatus &quot;%1&quot;</source>
        <translation>keine Buchung und syncStatus „%1“</translation>
    </message>
    <message>
        <source>booking %1 (%2) and syncStatus &quot;%3&quot;</source>
        <translation>Buchung %1 (%2) und syncStatus „%3“</translation>
    </message>
    <message>
        <source>cannot read appointment_phases: %1</source>
        <translation>appointment_phases kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a sync holds phase %1 right now (%2 in the database), the file has %3</source>
        <translation>eine Synchronisierung hält Phase %1 gerade (%2 in der Datenbank), die Datei hat %3</translation>
    </message>
    <message>
        <source>phase %1 has %2 in the database, the file has %3; importing it would drop the link to Cal.com and the next sync would book the phase again</source>
        <translation>Phase %1 hat %2 in der Datenbank, die Datei hat %3; der Import würde die Verbindung zu Cal.com löschen und die nächste Synchronisierung würde die Phase erneut buchen</translation>
    </message>
    <message>
        <source>Nothing was written. Export the database again for its current state, pass --keep-sync-state to import the rest and keep every stored phase&apos;s sync state, or --replace-sync-state to take the file&apos;s (the next sync then asks Cal.com first).</source>
        <translation>Es wurde nichts geschrieben. Exportieren Sie die Datenbank erneut für ihren aktuellen Stand, geben Sie --keep-sync-state an, um den Rest zu importieren und den Synchronisierungsstand jeder gespeicherten Phase zu behalten, oder --replace-sync-state, um den der Datei zu übernehmen (die nächste Synchronisierung fragt dann zuerst Cal.com).</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>salon::DatasetJson</name>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>Die Datei ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>JSON-Objekt auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>segment id %1 appears twice</source>
        <translation>Segment-ID %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>phase id %1 appears twice</source>
        <translation>Phasen-ID %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a positive integer, found %1</source>
        <translation>muss eine positive ganze Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>ganze Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a duration in minutes between 1 and 1440, found %1</source>
        <translation>muss eine Dauer in Minuten zwischen 1 und 1440 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an ISO-8601 time with offset such as 2030-11-25T09:00:00Z, found &quot;%1&quot;</source>
        <translation>ISO-8601-Zeit mit Zeitzonenversatz wie 2030-11-25T09:00:00Z erwartet, gefunden: „%1“</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a UUID such as 9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c, found &quot;%1&quot;</source>
        <translation>muss eine UUID wie 9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c sein, gefunden: „%1“</translation>
    </message>
    <message>
        <source>segment key &quot;%1&quot; appears twice in service %2</source>
        <translation>Segmentschlüssel „%1“ kommt in Leistung %2 doppelt vor</translation>
    </message>
    <message>
        <source>expected a staff UUID string</source>
        <translation>UUID-Zeichenkette einer Person erwartet</translation>
    </message>
    <message>
        <source>equals eventTypeId %1: a MANAGED parent can never be its own child (the incident&apos;s poisoned row); leave childEventTypeId null</source>
        <translation>gleicht eventTypeId %1: Ein Sammel-Termintyp kann nie seine eigene persönliche Kopie sein (die vergiftete Zeile des Vorfalls); lassen Sie childEventTypeId leer (null)</translation>
    </message>
    <message>
        <source>must be after startsAt</source>
        <translation>muss nach startsAt liegen</translation>
    </message>
    <message>
        <source>must be one of pending, syncing, synced, failed, skipped; found &quot;%1&quot;</source>
        <translation>muss pending, syncing, synced, failed oder skipped sein; gefunden: „%1“</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>is missing, but the phase needs staff</source>
        <translation>fehlt, aber die Phase braucht Personal</translation>
    </message>
    <message>
        <source>id %1 appears twice</source>
        <translation>ID %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;? (Keys starting with x- are ignored, for comments.)</source>
        <translation>unbekannter Schlüssel; meinten Sie „%1“? (Schlüssel, die mit x- beginnen, werden ignoriert, für Kommentare.)</translation>
    </message>
    <message>
        <source>unknown key; known here: %1. (Keys starting with x- are ignored, for comments.)</source>
        <translation>unbekannter Schlüssel; bekannt sind hier: %1. (Schlüssel, die mit x- beginnen, werden ignoriert, für Kommentare.)</translation>
    </message>
    <message>
        <source>must not contain a NUL character (\u0000, at character %1)</source>
        <translation>darf kein NUL-Zeichen enthalten (\u0000, an Zeichen %1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most an import reads; a salon dataset is far smaller (raise the limit with --max-size MIB).</source>
        <translation>%1 ist größer als %2 MiB, das Höchste, was ein Import liest; ein Salon-Datensatz ist weit kleiner (die Grenze erhöht --max-size MIB).</translation>
    </message>
    <message>
        <source>the file contains a NUL byte at byte %1; a dataset is UTF-8 JSON text</source>
        <translation>die Datei enthält ein NUL-Byte an Byte %1; ein Datensatz ist UTF-8-JSON-Text</translation>
    </message>
    <message>
        <source>must be the number %1, found %2</source>
        <translation>muss die Zahl %1 sein, gefunden: %2</translation>
    </message>
    <message>
        <source>format version %1 is not supported; this Salon Admin reads version %2</source>
        <translation>Formatversion %1 wird nicht unterstützt; dieses Salon Admin liest Version %2</translation>
    </message>
    <message>
        <source>must be &quot;salon-admin-dataset&quot;</source>
        <translation>muss „salon-admin-dataset“ sein</translation>
    </message>
</context>
<context>
    <name>salon::IdentitySequences</name>
    <message>
        <source>Cannot advance the id sequence of %1: %2</source>
        <translation>Die ID-Sequenz von %1 kann nicht weitergesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>salon::Migrator</name>
    <message>
        <source>Cannot create the schema_migrations table: %1</source>
        <translation>Die Tabelle schema_migrations kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No migrations are compiled into this program.</source>
        <translation>In dieses Programm sind keine Migrationen eingebaut.</translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this Salon Admin knows (version %2); update Salon Admin.</source>
        <translation>Das Datenbankschema (Version %1) ist neuer, als dieses Salon Admin kennt (Version %2); aktualisieren Sie Salon Admin.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot start a transaction for migration %1: %2</source>
        <translation>Für Migration %1 kann keine Transaktion gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock schema_migrations: %1</source>
        <translation>schema_migrations kann nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Migration %1_%2 failed: %3
Statement: %4</source>
        <translation>Migration %1_%2 ist fehlgeschlagen: %3
Anweisung: %4</translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation>Migration %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot commit migration %1: %2</source>
        <translation>Migration %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare migration %1: %2</source>
        <translation>Migration %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Migration %1_%2 failed: %3</source>
        <translation>Migration %1_%2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Migration %1_%2 would leave a row of %3 pointing at a missing row of %4; nothing was changed.</source>
        <translation>Migration %1_%2 würde eine Zeile von %3 hinterlassen, die auf eine fehlende Zeile von %4 verweist; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>salon::NextFreeTime</name>
    <message>
        <source>Cannot read the staff&apos;s booked steps: %1</source>
        <translation>Die gebuchten Schritte der Mitarbeitenden können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::SqlErrorText</name>
    <message>
        <source>the database is locked by another program</source>
        <translation>die Datenbank ist von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>die Datenbankdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldet einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the disk of the database server is full</source>
        <translation>der Datenträger des Datenbankservers ist voll</translation>
    </message>
    <message>
        <source>the database server is out of memory or connections</source>
        <translation>dem Datenbankserver fehlen Speicher oder Verbindungen</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>die Verbindung zum Datenbankserver ist abgebrochen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>salon::calcom::CalcomClient</name>
    <message>
        <source>The event type is incomplete: %1</source>
        <translation>Der Termintyp ist unvollständig: %1</translation>
    </message>
    <message>
        <source>The event type change is not possible: %1</source>
        <translation>Die Änderung des Termintyps ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>The booking is incomplete: %1</source>
        <translation>Die Buchung ist unvollständig: %1</translation>
    </message>
    <message>
        <source>The new time is incomplete: %1</source>
        <translation>Die neue Zeit ist unvollständig: %1</translation>
    </message>
    <message>
        <source>The slot query is incomplete: %1</source>
        <translation>Die Slot-Abfrage ist unvollständig: %1</translation>
    </message>
</context>
<context>
    <name>salon::calcom::CalcomError</name>
    <message>
        <source>Cal.com refused this action: the API key&apos;s user lacks the rights for it%1.</source>
        <translation>Cal.com hat diese Aktion abgelehnt: Dem Benutzer des API-Schlüssels fehlen die Rechte dafür%1.</translation>
    </message>
    <message>
        <source>Cal.com did not accept the API key%1. Check the key in the settings or in CALCOM_API_KEY.</source>
        <translation>Cal.com hat den API-Schlüssel nicht akzeptiert%1. Prüfen Sie den Schlüssel in den Einstellungen oder in CALCOM_API_KEY.</translation>
    </message>
    <message>
        <source>Cal.com could not find what was asked for%1.</source>
        <translation>Cal.com hat das Angefragte nicht gefunden%1.</translation>
    </message>
    <message>
        <source>This event type is a managed template and cannot be booked; book the staff member&apos;s own event type instead.</source>
        <translation>Dieser Termintyp ist eine verwaltete Vorlage und kann nicht gebucht werden; buchen Sie stattdessen den eigenen Termintyp der Person.</translation>
    </message>
    <message>
        <source>This time is no longer free in Cal.com%1.</source>
        <translation>Diese Zeit ist in Cal.com nicht mehr frei%1.</translation>
    </message>
    <message>
        <source>Cal.com rejected the request%1.</source>
        <translation>Cal.com hat die Anfrage abgelehnt%1.</translation>
    </message>
    <message>
        <source>Too many requests to Cal.com in a short time; Cal.com asks us to wait before trying again.</source>
        <translation>Zu viele Anfragen an Cal.com in kurzer Zeit; Cal.com bittet zu warten, bevor es erneut versucht wird.</translation>
    </message>
    <message>
        <source>Cal.com sent an answer that could not be read (HTTP %1): %2</source>
        <translation>Cal.com hat eine unlesbare Antwort gesendet (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Cal.com has a problem on its side (HTTP %1)%2. Try again later.</source>
        <translation>Cal.com hat ein Problem auf seiner Seite (HTTP %1)%2. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cal.com did not answer in time. Check the internet connection and try again.</source>
        <translation>Cal.com hat nicht rechtzeitig geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach Cal.com%1. Check the internet connection and try again.</source>
        <translation>Cal.com war nicht erreichbar%1. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request to Cal.com was cancelled.</source>
        <translation>Die Anfrage an Cal.com wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>Cal.com closed the connection before it answered</source>
        <translation>Cal.com hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the host name was not found (DNS)</source>
        <translation>der Hostname wurde nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>the secure connection (TLS) could not be set up</source>
        <translation>die sichere Verbindung (TLS) konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the proxy refused or dropped the connection</source>
        <translation>der Proxy hat die Verbindung abgelehnt oder abgebrochen</translation>
    </message>
    <message>
        <source>the connection was reset or broke off</source>
        <translation>die Verbindung wurde zurückgesetzt oder ist abgebrochen</translation>
    </message>
</context>
<context>
    <name>salon::calcom::CalcomSettings</name>
    <message>
        <source>The Cal.com address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Cal.com-Adresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The Cal.com address &quot;%1&quot; uses plain http://, which would send the API key unencrypted. Use https:// (plain http is allowed only for this computer, e.g. http://127.0.0.1).</source>
        <translation>Die Cal.com-Adresse „%1“ verwendet unverschlüsseltes http://, wodurch der API-Schlüssel im Klartext gesendet würde. Verwenden Sie https:// (einfaches http ist nur für diesen Computer erlaubt, z. B. http://127.0.0.1).</translation>
    </message>
    <message>
        <source>The Cal.com address &quot;%1&quot; must start with https://.</source>
        <translation>Die Cal.com-Adresse „%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The Cal.com team id must be a positive number.</source>
        <translation>Die Cal.com-Team-ID muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>The request limit must be at least one request per minute.</source>
        <translation>Das Anfragelimit muss mindestens eine Anfrage pro Minute betragen.</translation>
    </message>
    <message>
        <source>The request timeout must be at least 100 ms.</source>
        <translation>Das Zeitlimit für Anfragen muss mindestens 100 ms betragen.</translation>
    </message>
</context>
<context>
    <name>salon::calcom::DatabaseRateBudget</name>
    <message>
        <source>Cannot read the shared request budget (%1): %2</source>
        <translation>Das gemeinsame Anfragekontingent kann nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <source>Cannot read the shared request budget: the database is not open.</source>
        <translation>Das gemeinsame Anfragekontingent kann nicht gelesen werden: Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the shared request budget: %1</source>
        <translation>Das gemeinsame Anfragekontingent kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the shared request budget: no database.</source>
        <translation>Das gemeinsame Anfragekontingent kann nicht gelesen werden: keine Datenbank.</translation>
    </message>
</context>
<context>
    <name>salon::calcom::TeamResolver</name>
    <message>
        <source>The Cal.com API key&apos;s user belongs to no team. Create a team in Cal.com or use the key of a team administrator.</source>
        <translation>Der Benutzer des Cal.com-API-Schlüssels gehört zu keinem Team. Legen Sie in Cal.com ein Team an oder verwenden Sie den Schlüssel einer Team-Administratorin oder eines Team-Administrators.</translation>
    </message>
    <message numerus="yes">
        <source>The Cal.com API key&apos;s user belongs to %n teams. Enter the salon&apos;s team id in the settings: %1</source>
        <translation>
            <numerusform>Der Benutzer des Cal.com-API-Schlüssels gehört zu %n Team. Geben Sie die Team-ID des Salons in den Einstellungen ein: %1</numerusform>
            <numerusform>Der Benutzer des Cal.com-API-Schlüssels gehört zu %n Teams. Geben Sie die Team-ID des Salons in den Einstellungen ein: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::cli::CliCalcom</name>
    <message>
        <source>--calcom-url / CALCOM_URL &quot;%1&quot; is not an http(s) URL.</source>
        <translation>--calcom-url / CALCOM_URL „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>--team-id / CALCOM_TEAM_ID &quot;%1&quot; is not a team id (a positive number).</source>
        <translation>--team-id / CALCOM_TEAM_ID „%1“ ist keine Team-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; set CALCOM_API_KEY instead.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; setzen Sie stattdessen CALCOM_API_KEY.</translation>
    </message>
    <message>
        <source>No Cal.com API key: set CALCOM_API_KEY or store one with the GUI.</source>
        <translation>Kein Cal.com-API-Schlüssel: Setzen Sie CALCOM_API_KEY oder speichern Sie einen über die GUI.</translation>
    </message>
    <message>
        <source>Cannot determine the Cal.com team (set --team-id or CALCOM_TEAM_ID): %1</source>
        <translation>Das Cal.com-Team kann nicht bestimmt werden (setzen Sie --team-id oder CALCOM_TEAM_ID): %1</translation>
    </message>
    <message>
        <source>looking up the team</source>
        <translation>beim Nachschlagen des Teams</translation>
    </message>
    <message>
        <source>Cal.com&apos;s rate limit is used up (an earlier run may have spent it) while %1; requests can go on in about %2 s. Nothing was changed; run the command again then.</source>
        <translation>Das Anfragelimit von Cal.com ist aufgebraucht (vielleicht von einem früheren Lauf) %1; Anfragen sind in etwa %2 s wieder möglich. Es wurde nichts geändert; führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>Cal.com did not answer in time while %1. Nothing was changed.</source>
        <translation>Cal.com hat %1 nicht rechtzeitig geantwortet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>checking the API key and the team</source>
        <translation>beim Prüfen des API-Schlüssels und des Teams</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The Cal.com API key&apos;s user is not a member of team %1 (--team-id / CALCOM_TEAM_ID); their teams: %2. Nothing was changed.</source>
        <translation>Der Benutzer des Cal.com-API-Schlüssels ist nicht Mitglied von Team %1 (--team-id / CALCOM_TEAM_ID); seine Teams: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>salon::cli::DriftCli</name>
    <message>
        <source>--apply knows the kinds %1, not &quot;%2&quot;</source>
        <translation>--apply kennt die Arten %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--apply needs at least one kind (%1)</source>
        <translation>--apply braucht mindestens eine Art (%1)</translation>
    </message>
    <message>
        <source>%1 phase %2 (appointment %3): %4</source>
        <translation>%1 Phase %2 (Termin %3): %4</translation>
    </message>
    <message>
        <source>choices: %1</source>
        <translation>Möglichkeiten: %1</translation>
    </message>
    <message>
        <source>%1 phase %2 (appointment %3) %4: %5 - %6</source>
        <translation>%1 Phase %2 (Termin %3) %4: %5 – %6</translation>
    </message>
    <message>
        <source>--apply: &quot;%1&quot; is no choice (cancel-appointment, book-again, follow, move-appointment, move-back, adopt, cancel-other, put-back)</source>
        <translation>--apply: „%1“ ist keine Wahl (cancel-appointment, book-again, follow, move-appointment, move-back, adopt, cancel-other, put-back)</translation>
    </message>
</context>
<context>
    <name>salon::cli::HistoryCommand</name>
    <message>
        <source>Only entries at or after this (YYYY-MM-DD or ISO time, UTC).</source>
        <translation>Nur Einträge ab diesem Zeitpunkt (JJJJ-MM-TT oder ISO-Zeit, UTC).</translation>
    </message>
    <message>
        <source>Only the entries of this run.</source>
        <translation>Nur die Einträge dieses Laufs.</translation>
    </message>
    <message>
        <source>Print one CSV row per entry.</source>
        <translation>Eine CSV-Zeile je Eintrag ausgeben.</translation>
    </message>
    <message>
        <source>Print runs and entries as JSON on stdout.</source>
        <translation>Läufe und Einträge als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>history takes no arguments</source>
        <translation>history nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--since needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--since braucht ein Datum (JJJJ-MM-TT) oder eine ISO-Zeit</translation>
    </message>
    <message>
        <source>Show the audit log by run (what changed, when, who).</source>
        <translation>Das Prüfprotokoll nach Läufen zeigen (was sich wann durch wen geändert hat).</translation>
    </message>
</context>
<context>
    <name>salon::cli::LifecycleCli</name>
    <message>
        <source>nothing to check</source>
        <translation>nichts zu prüfen</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>not checked (Cal.com&apos;s answer decides)</source>
        <translation>nicht geprüft (die Antwort von Cal.com entscheidet)</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>BELEGT</translation>
    </message>
    <message>
        <source>NO EVENT TYPE</source>
        <translation>KEIN EVENTTYP</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>owed</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>appointment %1 step %2 (phase %3) %4%5: %6 - %7</source>
        <translation>Termin %1 Schritt %2 (Phase %3) %4%5: %6 - %7</translation>
    </message>
    <message>
        <source> (putting back)</source>
        <translation> (wird zurückgesetzt)</translation>
    </message>
    <message>
        <source>next step: </source>
        <translation>nächster Schritt: </translation>
    </message>
    <message>
        <source>appointment %1 step %2 (phase %3): %4 %5 -&gt; %6 %7: %8%9</source>
        <translation>Termin %1 Schritt %2 (Phase %3): %4 %5 -&gt; %6 %7: %8%9</translation>
    </message>
    <message>
        <source>no staff</source>
        <translation>kein Personal</translation>
    </message>
    <message>
        <source>appointment %1: %2 - %3</source>
        <translation>Termin %1: %2 - %3</translation>
    </message>
</context>
<context>
    <name>salon::cli::RehearseCommand</name>
    <message>
        <source>&quot;%1&quot;: global options go before `rehearse`; the rehearsal sets --db, --calcom-url and --team-id itself</source>
        <translation>„%1“: globale Optionen gehören vor `rehearse`; die Generalprobe setzt --db, --calcom-url und --team-id selbst</translation>
    </message>
    <message>
        <source>`%1` cannot be rehearsed</source>
        <translation>`%1` lässt sich nicht proben</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The Cal.com snapshot (snapshot-calcom) or sandbox state to rehearse against.</source>
        <translation>Die Cal.com-Momentaufnahme (snapshot-calcom) oder der Sandbox-Zustand, gegen den geprobt wird.</translation>
    </message>
    <message>
        <source>Keep the database copy (salon.sqlite) and the sandbox&apos;s final state (calcom.json) in this new folder.</source>
        <translation>Die Datenbankkopie (salon.sqlite) und den Endzustand der Sandbox (calcom.json) in diesem neuen Ordner behalten.</translation>
    </message>
    <message>
        <source>Also write the report as CSV to this file.</source>
        <translation>Den Bericht zusätzlich als CSV in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Print the commands&apos; results and the report as JSON.</source>
        <translation>Die Ergebnisse der Befehle und den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The command(s) to rehearse, each after --.</source>
        <translation>Die zu probenden Befehle, jeder nach --.</translation>
    </message>
    <message>
        <source>rehearse needs --snapshot FILE.json (see snapshot-calcom)</source>
        <translation>rehearse braucht --snapshot FILE.json (siehe snapshot-calcom)</translation>
    </message>
    <message>
        <source>rehearse needs a command after --, e.g. -- sync --failed</source>
        <translation>rehearse braucht einen Befehl nach --, z. B. -- sync --failed</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>--keep %1: the folder must be new or empty</source>
        <translation>--keep %1: Der Ordner muss neu oder leer sein</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>There is no database at %1 to rehearse on.</source>
        <translation>Unter %1 gibt es keine Datenbank für eine Generalprobe.</translation>
    </message>
    <message>
        <source>%1 cannot be served: %2</source>
        <translation>%1 kann nicht bereitgestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot start the rehearsal sandbox.</source>
        <translation>Die Sandbox für die Generalprobe kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Rehearsal: nothing reaches Cal.com. Sandbox %1 plays %2, the database copy is %3.</source>
        <translation>Generalprobe: Nichts erreicht Cal.com. Sandbox %1 spielt %2, die Datenbankkopie ist %3.</translation>
    </message>
    <message>
        <source>Rehearsing: %1</source>
        <translation>Probe: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Kept in %1: salon.sqlite (the database copy) and calcom.json (the sandbox).</source>
        <translation>Behalten in %1: salon.sqlite (die Datenbankkopie) und calcom.json (die Sandbox).</translation>
    </message>
    <message>
        <source>Run commands on a copy against a sandbox of a snapshot; print what would change.</source>
        <translation>Befehle auf einer Kopie gegen eine Sandbox der Momentaufnahme ausführen; zeigen, was sich ändern würde.</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n command(s) to the real Cal.com account and database? Each is planned afresh there. [y/N] </source>
        <translation>
            <numerusform>Den %n Befehl auf das echte Cal.com-Konto und die echte Datenbank anwenden? Er wird dort neu geplant. [j/N] </numerusform>
            <numerusform>Die %n Befehle auf das echte Cal.com-Konto und die echte Datenbank anwenden? Jeder wird dort neu geplant. [j/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Applying for real: %1</source>
        <translation>Wird wirklich angewendet: %1</translation>
    </message>
    <message>
        <source>Stopped: `%1` did not succeed for real (exit code %2); the commands after it were not applied.</source>
        <translation>Angehalten: `%1` ist wirklich nicht gelungen (Exit-Code %2); die Befehle danach wurden nicht angewendet.</translation>
    </message>
    <message>
        <source>After the report, run the same commands against the real database and Cal.com account, each planned afresh there; only when every rehearsed command succeeded, and after asking.</source>
        <translation>Nach dem Bericht dieselben Befehle gegen die echte Datenbank und das echte Cal.com-Konto ausführen, jeden dort neu geplant; nur wenn jeder geprobte Befehl gelungen ist, und nach Rückfrage.</translation>
    </message>
    <message>
        <source>With --apply: do not ask (needed when there is no terminal).</source>
        <translation>Mit --apply: nicht nachfragen (nötig, wenn kein Terminal da ist).</translation>
    </message>
    <message>
        <source>Nothing was applied: `%1` did not succeed in the rehearsal (exit code %2).</source>
        <translation>Nichts wurde angewendet: `%1` ist in der Generalprobe nicht gelungen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>Nothing was applied: --apply without a terminal to ask needs --yes.</source>
        <translation>Nichts wurde angewendet: --apply ohne Terminal für die Rückfrage braucht --yes.</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation>Nichts wurde angewendet.</translation>
    </message>
</context>
<context>
    <name>salon::cli::SnapshotCalcomCommand</name>
    <message>
        <source>Where to write the snapshot.</source>
        <translation>Wohin die Momentaufnahme geschrieben wird.</translation>
    </message>
    <message>
        <source>Bookings starting at or after this (YYYY-MM-DD or ISO time, UTC; default 30 days ago).</source>
        <translation>Buchungen, die ab diesem Zeitpunkt beginnen (JJJJ-MM-TT oder ISO-Zeit, UTC; Standard: vor 30 Tagen).</translation>
    </message>
    <message>
        <source>Bookings ending at or before this (default: 365 days after --from).</source>
        <translation>Buchungen, die bis zu diesem Zeitpunkt enden (Standard: 365 Tage nach --from).</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout.</source>
        <translation>Das Ergebnis als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>snapshot-calcom takes no arguments; use --out FILE.json</source>
        <translation>snapshot-calcom nimmt keine Argumente; verwenden Sie --out FILE.json</translation>
    </message>
    <message>
        <source>snapshot-calcom needs --out FILE.json</source>
        <translation>snapshot-calcom braucht --out FILE.json</translation>
    </message>
    <message>
        <source>--from needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--from braucht ein Datum (JJJJ-MM-TT) oder eine ISO-Zeit</translation>
    </message>
    <message>
        <source>--to needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--to braucht ein Datum (JJJJ-MM-TT) oder eine ISO-Zeit</translation>
    </message>
    <message>
        <source>--to must lie after --from</source>
        <translation>--to muss nach --from liegen</translation>
    </message>
    <message>
        <source>Reading Cal.com: %1 of %2 requests</source>
        <translation>Cal.com wird gelesen: %1 von %2 Anfragen</translation>
    </message>
    <message>
        <source>Written to %1 (no API key in it). Serve it with: salon-admin-cli sandbox --state %1 --api-key cal_…, or rehearse a command with: salon-admin-cli rehearse --snapshot %1 -- COMMAND</source>
        <translation>Nach %1 geschrieben (ohne API-Schlüssel). Bereitstellen mit: salon-admin-cli sandbox --state %1 --api-key cal_…, oder einen Befehl proben mit: salon-admin-cli rehearse --snapshot %1 -- BEFEHL</translation>
    </message>
    <message>
        <source>Save a read-only copy of the Cal.com team as a sandbox state file.</source>
        <translation>Eine nur lesend gewonnene Kopie des Cal.com-Teams als Sandbox-Zustandsdatei speichern.</translation>
    </message>
</context>
<context>
    <name>salon::cli::TerminationSignals</name>
    <message>
        <source>%1: stopped by %2.</source>
        <translation>%1: durch %2 beendet.</translation>
    </message>
    <message>
        <source>%1: stopped at once by a second %2; the next run picks up what was left and asks Cal.com before it books or creates anything again.</source>
        <translation>%1: durch ein zweites %2 sofort beendet; der nächste Lauf übernimmt, was übrig ist, und fragt Cal.com, bevor er etwas erneut bucht oder anlegt.</translation>
    </message>
</context>
<context>
    <name>salon::cli::UndoRunCommand</name>
    <message>
        <source>The run to undo (see `history`).</source>
        <translation>Der rückgängig zu machende Lauf (siehe `history`).</translation>
    </message>
    <message>
        <source>Show what would be undone; change nothing.</source>
        <translation>Zeigen, was rückgängig gemacht würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout.</source>
        <translation>Das Ergebnis als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>undo-run needs exactly one RUN_ID (see `salon-admin-cli history`)</source>
        <translation>undo-run braucht genau eine RUN_ID (siehe `salon-admin-cli history`)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id; they look like wizard-20261201T101500-3fa29c</source>
        <translation>„%1“ ist keine Lauf-ID; sie sehen so aus: wizard-20261201T101500-3fa29c</translation>
    </message>
    <message>
        <source>The undo itself is run %1 in the history.</source>
        <translation>Das Rückgängigmachen selbst steht als Lauf %1 im Verlauf.</translation>
    </message>
    <message>
        <source>Undo an event-type wizard run (delete unused types it created, restore the map).</source>
        <translation>Einen Lauf des Termintyp-Assistenten rückgängig machen (ungenutzte angelegte Termintypen löschen, Zuordnungen wiederherstellen).</translation>
    </message>
</context>
<context>
    <name>salon::day::BusyBookingStore</name>
    <message>
        <source>Cannot keep the busy time from Cal.com: %1</source>
        <translation>Die belegte Zeit aus Cal.com kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the busy time from Cal.com: %1</source>
        <translation>Die belegte Zeit aus Cal.com kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot forget busy time from Cal.com: %1</source>
        <translation>Belegte Zeit aus Cal.com kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Das Personal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot forget old busy time from Cal.com: %1</source>
        <translation>Alte belegte Zeit aus Cal.com kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::day::DayScheduleReader</name>
    <message>
        <source>Cannot read the appointments of %1: %2</source>
        <translation>Die Termine vom %1 lassen sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot read the unfinished changes of %1: %2</source>
        <translation>Die offenen Änderungen vom %1 lassen sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot read the steps of %1: %2</source>
        <translation>Die Schritte vom %1 lassen sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Das Personal lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot read the salon&apos;s hours: %1</source>
        <translation>Die Öffnungszeiten des Salons lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot read the busy time from Cal.com of %1: %2</source>
        <translation>Die belegte Zeit aus Cal.com für %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>salon::drift::ChangeWatch</name>
    <message>
        <source>No Cal.com client is configured.</source>
        <translation>Es ist keine Cal.com-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot list the bookings changed in Cal.com: %1</source>
        <translation>Die in Cal.com geänderten Buchungen lassen sich nicht abrufen: %1</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftApplyJob</name>
    <message>
        <source>Stopped after %1 of %2 changes.</source>
        <translation>Nach %1 von %2 Änderungen angehalten.</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>würde %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered for this change (%2).</source>
        <translation>„%1“ ist für diese Änderung nicht vorgesehen (%2).</translation>
    </message>
    <message>
        <source>Appointment %1 was already changed as a whole by this run.</source>
        <translation>Termin %1 wurde in diesem Lauf schon als Ganzes geändert.</translation>
    </message>
    <message>
        <source>Cancelled in Cal.com; to be booked again.</source>
        <translation>In Cal.com abgesagt; wird neu gebucht.</translation>
    </message>
    <message>
        <source>phase %1 will be booked again by the next sync</source>
        <translation>Phase %1 wird bei der nächsten Synchronisierung neu gebucht</translation>
    </message>
    <message>
        <source>phase %1 now stores booking %2</source>
        <translation>Phase %1 speichert jetzt Buchung %2</translation>
    </message>
    <message>
        <source>phase %1 follows Cal.com now (booking %2)</source>
        <translation>Phase %1 folgt jetzt Cal.com (Buchung %2)</translation>
    </message>
    <message>
        <source>A step was cancelled in Cal.com.</source>
        <translation>Ein Schritt wurde in Cal.com abgesagt.</translation>
    </message>
    <message>
        <source>appointment %1 cancelled (%2)</source>
        <translation>Termin %1 abgesagt (%2)</translation>
    </message>
    <message>
        <source>appointment %1 moved to %2</source>
        <translation>Termin %1 auf %2 verschoben</translation>
    </message>
    <message>
        <source>Moved back to the salon&apos;s time for this step.</source>
        <translation>Auf die Zeit des Salons für diesen Schritt zurückverschoben.</translation>
    </message>
    <message>
        <source>Cal.com refused to move booking %1 back: %2</source>
        <translation>Cal.com hat das Zurückverschieben von Buchung %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>booking moved back to %1 (new booking %2)</source>
        <translation>Buchung auf %1 zurückverschoben (neue Buchung %2)</translation>
    </message>
    <message>
        <source>Booked twice: the salon keeps the other booking of this step.</source>
        <translation>Doppelt gebucht: Der Salon behält die andere Buchung dieses Schritts.</translation>
    </message>
    <message>
        <source>Cal.com refused to cancel booking %1: %2</source>
        <translation>Cal.com hat die Absage von Buchung %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>booking %1 cancelled, %2 kept</source>
        <translation>Buchung %1 abgesagt, %2 behalten</translation>
    </message>
    <message>
        <source>phase %1 is booked with its own staff member again (booking %2 cancelled)</source>
        <translation>Phase %1 ist wieder bei ihrer eigenen Person gebucht (Buchung %2 storniert)</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftChoices</name>
    <message>
        <source>cancel the whole appointment</source>
        <translation>den ganzen Termin absagen</translation>
    </message>
    <message>
        <source>book the step again</source>
        <translation>den Schritt neu buchen</translation>
    </message>
    <message>
        <source>take Cal.com&apos;s change into the appointment</source>
        <translation>die Änderung aus Cal.com in den Termin übernehmen</translation>
    </message>
    <message>
        <source>move the whole appointment to match</source>
        <translation>den ganzen Termin passend verschieben</translation>
    </message>
    <message>
        <source>move the step back in Cal.com</source>
        <translation>den Schritt in Cal.com zurückverschieben</translation>
    </message>
    <message>
        <source>adopt the booking (no second booking)</source>
        <translation>die Buchung übernehmen (keine zweite Buchung)</translation>
    </message>
    <message>
        <source>keep the stored booking, cancel the other</source>
        <translation>die gespeicherte Buchung behalten, die andere absagen</translation>
    </message>
    <message>
        <source>book the step with the salon&apos;s staff member again (Cal.com&apos;s booking with the other host is cancelled)</source>
        <translation>den Schritt wieder bei der Person des Salons buchen (die Cal.com-Buchung bei der anderen Person wird storniert)</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftClassifier</name>
    <message>
        <source>step %1 (phase %2)</source>
        <translation>Schritt %1 (Phase %2)</translation>
    </message>
    <message>
        <source>the processing time (phase %1)</source>
        <translation>die Einwirkzeit (Phase %1)</translation>
    </message>
    <message>
        <source>The step was cancelled in Cal.com; the appointment&apos;s other steps are still booked.</source>
        <translation>Der Schritt wurde in Cal.com abgesagt; die anderen Schritte des Termins sind noch gebucht.</translation>
    </message>
    <message>
        <source>Cal.com no longer has the step&apos;s booking.</source>
        <translation>Cal.com hat die Buchung des Schritts nicht mehr.</translation>
    </message>
    <message>
        <source>The new booking %1 could not be read from Cal.com.</source>
        <translation>Die neue Buchung %1 ließ sich nicht aus Cal.com lesen.</translation>
    </message>
    <message>
        <source>The step was rescheduled in Cal.com and the new booking %1 cancelled there since.</source>
        <translation>Der Schritt wurde in Cal.com verschoben und die neue Buchung %1 dort inzwischen abgesagt.</translation>
    </message>
    <message>
        <source>The booking %1 could not be read from Cal.com.</source>
        <translation>Die Buchung %1 ließ sich nicht aus Cal.com lesen.</translation>
    </message>
    <message>
        <source>No phase %1 exists here; the booking is left alone.</source>
        <translation>Hier gibt es keine Phase %1; die Buchung bleibt unberührt.</translation>
    </message>
    <message>
        <source>Phase %1 is %2 here; only a pending or failed phase adopts a booking.</source>
        <translation>Phase %1 ist hier %2; nur eine offene oder fehlgeschlagene Phase übernimmt eine Buchung.</translation>
    </message>
    <message>
        <source>Cal.com already has the phase&apos;s booking: storing it avoids booking the customer twice.</source>
        <translation>Cal.com hat die Buchung der Phase schon: Sie zu speichern verhindert, dass die Kundin doppelt gebucht wird.</translation>
    </message>
    <message>
        <source>Two active bookings carry phase %1; the phase keeps %2.</source>
        <translation>Zwei aktive Buchungen tragen Phase %1; die Phase behält %2.</translation>
    </message>
    <message>
        <source>The new time still fits the appointment&apos;s order of steps.</source>
        <translation>Die neue Zeit passt noch in die Reihenfolge der Schritte des Termins.</translation>
    </message>
    <message>
        <source>The new time breaks the appointment: %1.</source>
        <translation>Die neue Zeit bringt den Termin durcheinander: %1.</translation>
    </message>
    <message>
        <source>it overlaps %1</source>
        <translation>sie überschneidet sich mit %1</translation>
    </message>
    <message>
        <source>it eats %1</source>
        <translation>sie fällt in %1</translation>
    </message>
    <message>
        <source>Cal.com&apos;s new host (user %1) is no staff member here; putting Cal.com back books the step with the salon&apos;s staff member again.</source>
        <translation>Die neue Person in Cal.com (Benutzer %1) gehört nicht zum Personal hier; Cal.com zurücksetzen bucht den Schritt wieder bei der Person des Salons.</translation>
    </message>
    <message>
        <source>Cal.com gave the step to %1; following makes %1 the step&apos;s staff member, putting Cal.com back books it with the salon&apos;s staff member again.</source>
        <translation>Cal.com hat den Schritt %1 gegeben; Übernehmen macht %1 zur Person dieses Schritts, Cal.com zurücksetzen bucht ihn wieder bei der Person des Salons.</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftItemStore</name>
    <message>
        <source>Cannot read the unsettled changes made in Cal.com: %1</source>
        <translation>Die offenen Änderungen aus Cal.com können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the unsettled changes made in Cal.com: %1</source>
        <translation>Die offenen Änderungen aus Cal.com können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot keep the salon&apos;s plan for phase %1: %2</source>
        <translation>Der Plan des Salons für Phase %1 kann nicht beibehalten werden: %2</translation>
    </message>
    <message>
        <source>Cannot mark the change made in Cal.com as settled: %1</source>
        <translation>Die Änderung aus Cal.com kann nicht als erledigt markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftRepository</name>
    <message>
        <source>Cannot read the appointments&apos; phases: %1</source>
        <translation>Die Phasen der Termine lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot read the appointments: %1</source>
        <translation>Die Termine lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Die Mitarbeitenden lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot list the synced phases: %1</source>
        <translation>Die synchronisierten Phasen lassen sich nicht auflisten: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Das Änderungsprotokoll lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Cannot change phase %1: %2</source>
        <translation>Phase %1 lässt sich nicht ändern: %2</translation>
    </message>
    <message>
        <source>Phase %1 changed since Cal.com was read (another run or a sync); it was left as it is.</source>
        <translation>Phase %1 hat sich geändert, seit Cal.com gelesen wurde (ein anderer Lauf oder eine Synchronisierung); sie bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftScan</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read booking %1: %2</source>
        <translation>Buchung %1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>salon::drift::HostPutBackJob</name>
    <message>
        <source>Booked again with the salon&apos;s staff member for this step.</source>
        <translation>Wieder bei der Person des Salons für diesen Schritt gebucht.</translation>
    </message>
    <message>
        <source>Phase %1 does not exist.</source>
        <translation>Phase %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Phase %1 changed since Cal.com was read (it stores booking %2 now, not %3).</source>
        <translation>Phase %1 hat sich geändert, seit Cal.com gelesen wurde (sie hat jetzt Buchung %2, nicht %3).</translation>
    </message>
    <message>
        <source>Look at Cal.com again; the change is shown anew if it is still there.</source>
        <translation>Sehen Sie erneut in Cal.com nach; die Änderung wird wieder gezeigt, wenn sie noch besteht.</translation>
    </message>
</context>
<context>
    <name>salon::drift::WatchCursor</name>
    <message>
        <source>Cannot read where the last look at Cal.com stopped: %1</source>
        <translation>Es lässt sich nicht lesen, wo der letzte Blick in Cal.com aufgehört hat: %1</translation>
    </message>
    <message>
        <source>Cannot store where the look at Cal.com stopped: %1</source>
        <translation>Es lässt sich nicht speichern, wo der Blick in Cal.com aufgehört hat: %1</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::EventMapChange</name>
    <message>
        <source>map %1 (service %2, segment %3, %4, event type %5): child %6 -&gt; %7 — %8</source>
        <translation>Zuordnung %1 (Leistung %2, Segment %3, %4, Termintyp %5): persönliche Kopie %6 -&gt; %7 — %8</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::EventMapPopulator</name>
    <message>
        <source>populate-event-maps needs a Cal.com connection.</source>
        <translation>populate-event-maps braucht eine Cal.com-Verbindung.</translation>
    </message>
    <message>
        <source>%1: the stored child is the parent %2 itself; run repair-event-maps first.</source>
        <translation>%1: Die gespeicherte persönliche Kopie ist der Sammel-Termintyp %2 selbst; führen Sie zuerst repair-event-maps aus.</translation>
    </message>
    <message>
        <source>%1: left NULL — %2</source>
        <translation>%1: NULL gelassen — %2</translation>
    </message>
    <message>
        <source>child of the managed event type %1 owned by %2</source>
        <translation>persönliche Kopie des Sammel-Termintyps %1 von %2</translation>
    </message>
    <message>
        <source>map %1 (service %2, segment %3, %4)</source>
        <translation>Zuordnung %1 (Leistung %2, Segment %3, %4)</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::EventMapRepair</name>
    <message>
        <source>child-equals-parent: cleared (offline, the child was not looked up)</source>
        <translation>Kopie gleich Sammel-Termintyp: geleert (offline, die persönliche Kopie wurde nicht nachgeschlagen)</translation>
    </message>
    <message>
        <source>%1: cleared</source>
        <translation>%1: geleert</translation>
    </message>
    <message>
        <source>cleared, no child to store (%1)</source>
        <translation>geleert, keine persönliche Kopie zu speichern (%1)</translation>
    </message>
    <message>
        <source>map %1: child left NULL — %2</source>
        <translation>Zuordnung %1: persönliche Kopie leer gelassen — %2</translation>
    </message>
    <message>
        <source>the staff member&apos;s child %1 stored</source>
        <translation>persönliche Kopie %1 der Person gespeichert</translation>
    </message>
    <message>
        <source>cleared, event type %1 is booked directly</source>
        <translation>geleert, Termintyp %1 wird direkt gebucht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::EventMapRepository</name>
    <message>
        <source>Refusing to store event type %1 as its own child (map %2): a MANAGED parent cannot be booked.</source>
        <translation>Termintyp %1 wird nicht als seine eigene persönliche Kopie gespeichert (Zuordnung %2): Ein Sammel-Termintyp kann nicht gebucht werden.</translation>
    </message>
    <message>
        <source>Internal error: a change of map %1 alters more than its child.</source>
        <translation>Interner Fehler: Eine Änderung der Zuordnung %1 ändert mehr als ihre persönliche Kopie.</translation>
    </message>
    <message>
        <source>Map %1 changed while the plan was made; nothing was written. Run the command again.</source>
        <translation>Zuordnung %1 wurde geändert, während der Plan erstellt wurde; es wurde nichts geschrieben. Führen Sie den Befehl erneut aus.</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::EventMapVerifier</name>
    <message>
        <source>Map %1 is for segment %2 of %3, but that service has no such segment.</source>
        <translation>Zuordnung %1 gilt für Segment %2 von %3, aber diese Leistung hat kein solches Segment.</translation>
    </message>
    <message>
        <source>Delete the map row, or correct its segment key.</source>
        <translation>Löschen Sie die Zuordnungszeile oder korrigieren Sie ihren Segmentschlüssel.</translation>
    </message>
    <message>
        <source>Map %1 books segment %2 &quot;%3&quot; of %4 for %5, but this segment needs no staff (a processing gap) and is never booked in Cal.com.</source>
        <translation>Zuordnung %1 bucht Segment %2 „%3“ von %4 für %5, aber dieses Segment braucht kein Personal (eine Einwirkzeit) und wird nie in Cal.com gebucht.</translation>
    </message>
    <message>
        <source>Delete the map row; it is not used.</source>
        <translation>Löschen Sie die Zuordnungszeile; sie wird nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 performs %2, but segment %3 &quot;%4&quot; has no Cal.com event type for them: appointments with this step cannot be synced.</source>
        <translation>%1 führt %2 aus, aber Segment %3 „%4“ hat keinen Cal.com-Termintyp für diese Person: Termine mit diesem Schritt können nicht synchronisiert werden.</translation>
    </message>
    <message>
        <source>Create the event type for this segment and staff member (event type wizard), or remove the staff member from the service.</source>
        <translation>Legen Sie den Termintyp für dieses Segment und diese Person an (Termintyp-Assistent) oder entfernen Sie die Person aus der Leistung.</translation>
    </message>
    <message>
        <source>%1 is not linked to a Cal.com user, so no Cal.com event type can be booked for them.</source>
        <translation>%1 ist mit keinem Cal.com-Benutzer verknüpft, daher kann kein Cal.com-Termintyp für diese Person gebucht werden.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s Cal.com user id and username in the staff settings.</source>
        <translation>Geben Sie die Cal.com-Benutzer-ID und den Benutzernamen der Person in der Personaltabelle ein.</translation>
    </message>
    <message>
        <source>%1, segment %2 &quot;%3&quot;, %4</source>
        <translation>%1, Segment %2 „%3“, %4</translation>
    </message>
    <message>
        <source>Event type %1 (%2) does not exist in the Cal.com team: bookings of this step fail.</source>
        <translation>Termintyp %1 (%2) existiert im Cal.com-Team nicht: Buchungen dieses Schritts schlagen fehl.</translation>
    </message>
    <message>
        <source>Create the event type again (event type wizard) and update the map.</source>
        <translation>Legen Sie den Termintyp erneut an (Termintyp-Assistent) und aktualisieren Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; (%2) books %3, but %4 (Cal.com user %5) is not its host%6: Cal.com would book someone else&apos;s calendar.</source>
        <translation>Termintyp „%1“ (%2) bucht %3, aber %4 (Cal.com-Benutzer %5) ist nicht Gastgeber%6: Cal.com würde den Kalender einer anderen Person buchen.</translation>
    </message>
    <message>
        <source> (hosts: %1)</source>
        <translation> (Gastgeber: %1)</translation>
    </message>
    <message>
        <source>Make %1 the only host of the event type in Cal.com.</source>
        <translation>Machen Sie %1 in Cal.com zum einzigen Gastgeber des Termintyps.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; (%2) books %3, but besides %4 it also has the hosts %5: Cal.com may assign the booking to one of them.</source>
        <translation>Termintyp „%1“ (%2) bucht %3, hat aber neben %4 auch die Gastgeber %5: Cal.com kann die Buchung einer dieser Personen zuweisen.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; (%2) lasts %3 minutes, but segment %4 &quot;%5&quot; of %6 takes %7 minutes: the Cal.com booking would block the wrong time.</source>
        <translation>Termintyp „%1“ (%2) dauert %3 Minuten, aber Segment %4 „%5“ von %6 dauert %7 Minuten: Die Cal.com-Buchung würde die falsche Zeit blockieren.</translation>
    </message>
    <message>
        <source>Set the event type&apos;s length to %1 minutes in Cal.com.</source>
        <translation>Setzen Sie die Länge des Termintyps in Cal.com auf %1 Minuten.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; (%2) serves only segment %3 of %4 but is not hidden: customers can book this single step on its own on the Cal.com booking page.</source>
        <translation>Termintyp „%1“ (%2) dient nur Segment %3 von %4, ist aber nicht versteckt: Kundinnen und Kunden können diesen einzelnen Schritt auf der Cal.com-Buchungsseite allein buchen.</translation>
    </message>
    <message>
        <source>Hide the event type in Cal.com (&quot;Hidden&quot; switch).</source>
        <translation>Verstecken Sie den Termintyp in Cal.com (Schalter „Versteckt“).</translation>
    </message>
    <message>
        <source>Give each staff member an own event type (one host each) and update the map.</source>
        <translation>Geben Sie jeder Person einen eigenen Termintyp (je ein Gastgeber) und aktualisieren Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>Cal.com never created it, or it was deleted.</source>
        <translation>Cal.com hat es nie angelegt, oder es wurde gelöscht.</translation>
    </message>
    <message>
        <source>Clear the wrong entry: the event type wizard gives the staff member a bookable event type of their own and points the row at it.</source>
        <translation>Den falschen Eintrag ersetzen: Der Termintyp-Assistent gibt der Person einen eigenen buchbaren Termintyp und trägt ihn in der Zeile ein.</translation>
    </message>
    <message>
        <source>Map %1 (%2, segment %3, %4) stores the shared template %5 as the staff member&apos;s own event type. Cal.com refuses to book a template: every booking of this step fails.</source>
        <translation>Zuordnung %1 (%2, Segment %3, %4) speichert die Vorlage %5 als eigenen Termintyp der Person. Cal.com bucht keine Vorlage: Jede Buchung dieses Schritts schlägt fehl.</translation>
    </message>
    <message>
        <source>Event type %1 is stored as the own event type of several staff members (%2); bookings for all of them would land in one calendar.</source>
        <translation>Termintyp %1 ist als eigener Termintyp mehrerer Personen gespeichert (%2); Buchungen für alle landen in einem Kalender.</translation>
    </message>
    <message>
        <source>Cal.com lists %1 as host of the shared template &quot;%2&quot; (%3), so %1 has an own copy of it, but this API key cannot see it (hidden event types are shown only to their owner). Its id cannot be checked.</source>
        <translation>Cal.com führt %1 als Gastgeber der Vorlage „%2“ (%3), also hat %1 eine eigene Kopie davon, aber dieser API-Schlüssel sieht sie nicht (versteckte Termintypen sieht nur ihr Besitzer). Ihre ID kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Make %1&apos;s copy visible in Cal.com, or use an API key of %1; then verify again.</source>
        <translation>Machen Sie die Kopie von %1 in Cal.com sichtbar oder verwenden Sie einen API-Schlüssel von %1; prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The shared template &quot;%1&quot; (%2) has no copy for %3 (Cal.com user %4). Only a staff member&apos;s own copy can be booked, so every booking of %5 fails. %6</source>
        <translation>Die Vorlage „%1“ (%2) hat keine Kopie für %3 (Cal.com-Benutzer %4). Gebucht werden kann nur die eigene Kopie einer Person, daher schlägt jede Buchung von %5 fehl. %6</translation>
    </message>
    <message>
        <source>Rename or delete %1&apos;s own event type &quot;%2&quot; (id %3) in Cal.com and save the template&apos;s hosts again, or let the event type wizard give %1 a bookable event type of their own; then verify again.</source>
        <translation>Benennen Sie den eigenen Termintyp „%2“ (ID %3) von %1 in Cal.com um oder löschen Sie ihn und speichern Sie die Gastgeber der Vorlage erneut, oder lassen Sie den Termintyp-Assistenten %1 einen eigenen buchbaren Termintyp geben; prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Save the template&apos;s hosts again in Cal.com with %1 among them, or let the event type wizard give %1 a bookable event type of their own; then verify again.</source>
        <translation>Speichern Sie die Gastgeber der Vorlage in Cal.com erneut mit %1 darunter, oder lassen Sie den Termintyp-Assistenten %1 einen eigenen buchbaren Termintyp geben; prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>but %1&apos;s own copy of this template is %2</source>
        <translation>aber die eigene Kopie dieser Vorlage für %1 ist %2</translation>
    </message>
    <message>
        <source>but %1 has no copy of this template at all</source>
        <translation>aber %1 hat überhaupt keine Kopie dieser Vorlage</translation>
    </message>
    <message>
        <source>but that event type is no copy of template %1</source>
        <translation>aber dieser Termintyp ist keine Kopie der Vorlage %1</translation>
    </message>
    <message>
        <source>Map %1 stores event type %2 as the own copy for %3, %4: bookings would go to the wrong event type.</source>
        <translation>Zuordnung %1 speichert Termintyp %2 als eigene Kopie für %3, %4: Buchungen gingen an den falschen Termintyp.</translation>
    </message>
    <message>
        <source>Map %1 stores event type %2 as the own copy for %3, but event type %4 is no shared template and has no copies: bookings would go to event type %2 instead of %4.</source>
        <translation>Zuordnung %1 speichert Termintyp %2 als eigene Kopie für %3, aber Termintyp %4 ist keine Vorlage und hat keine Kopien: Buchungen gingen an Termintyp %2 statt an %4.</translation>
    </message>
    <message>
        <source>Event type %1 is no shared template but serves several staff members (%2): Cal.com cannot know whose calendar to book.</source>
        <translation>Termintyp %1 ist keine Vorlage, dient aber mehreren Personen (%2): Cal.com kann nicht wissen, wessen Kalender es buchen soll.</translation>
    </message>
    <message>
        <source>%1 already owns an event type &quot;%2&quot; (id %3) with the template&apos;s web address, so Cal.com did not create %1&apos;s copy.</source>
        <translation>%1 besitzt bereits einen Termintyp „%2“ (ID %3) mit der Web-Adresse der Vorlage, daher hat Cal.com die Kopie für %1 nicht angelegt.</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::ResolveFailure</name>
    <message>
        <source>Cal.com lists user %1 (%2) as host of the managed event type %3, so a child exists, but it is not visible to this API key (Cal.com hides hidden event types from everyone but their owner).</source>
        <translation>Cal.com führt Benutzer %1 (%2) als Gastgeber des Sammel-Termintyps %3, also gibt es eine persönliche Kopie, aber sie ist für diesen API-Schlüssel nicht sichtbar (Cal.com verbirgt versteckte Termintypen vor allen außer ihrem Besitzer).</translation>
    </message>
    <message>
        <source>The event type %1 does not exist in the Cal.com team.</source>
        <translation>Der Termintyp %1 existiert im Cal.com-Team nicht.</translation>
    </message>
    <message>
        <source>Staff member %1 is not linked to a Cal.com user (user id or username missing).</source>
        <translation>Mitarbeiter/in %1 ist mit keinem Cal.com-Benutzer verknüpft (Benutzer-ID oder Benutzername fehlt).</translation>
    </message>
    <message>
        <source>The managed event type %1 has no personal copy (child) for Cal.com user %2, so there is nothing that can be booked for this staff member (Cal.com skips the child, for example, when the user already owns an event type with the same slug).</source>
        <translation>Der Sammel-Termintyp %1 hat keine persönliche Kopie für Cal.com-Benutzer %2, daher gibt es für diese Person nichts Buchbares (Cal.com legt die Kopie z. B. nicht an, wenn der Benutzer bereits einen Termintyp mit demselben Kurznamen besitzt).</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::TeamEventTypeCache</name>
    <message>
        <source>No Cal.com connection.</source>
        <translation>Keine Cal.com-Verbindung.</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::EventTypeCreationRun</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Adopted the existing event type.</source>
        <translation>Den vorhandenen Termintyp übernommen.</translation>
    </message>
    <message>
        <source>No Cal.com connection.</source>
        <translation>Keine Cal.com-Verbindung.</translation>
    </message>
    <message>
        <source>Cal.com stored the slug as &quot;%1&quot;.</source>
        <translation>Cal.com hat den Kurznamen als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 Looking the slug up afterwards failed too: %2</source>
        <translation>%1 Auch das anschließende Nachschlagen des Kurznamens ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot look the slug up: %1</source>
        <translation>Der Kurzname kann nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>Event type %1 has the slug &quot;%2&quot; but %3. It is left untouched.</source>
        <translation>Termintyp %1 hat den Kurznamen „%2“, aber %3. Er bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cal.com answered &quot;%1&quot; but had created the event type; it was adopted, not duplicated.</source>
        <translation>Cal.com hat „%1“ geantwortet, den Termintyp aber angelegt; er wurde übernommen, nicht doppelt angelegt.</translation>
    </message>
    <message>
        <source>Found by its slug; adopted.</source>
        <translation>Über den Kurznamen gefunden; übernommen.</translation>
    </message>
    <message>
        <source>Event type %1 exists in Cal.com, but the map could not be updated: %2</source>
        <translation>Termintyp %1 existiert in Cal.com, aber die Zuordnung konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::EventTypePlanBuilder</name>
    <message>
        <source>The title template is empty.</source>
        <translation>Die Titelvorlage ist leer.</translation>
    </message>
    <message>
        <source>The title template must contain %1, or the slugs of different items collide.</source>
        <translation>Die Titelvorlage muss %1 enthalten, sonst kollidieren die Kurznamen verschiedener Einträge.</translation>
    </message>
    <message>
        <source>The title template must contain {segment} or {segmentName}, or the slugs of different items collide.</source>
        <translation>Die Titelvorlage muss {segment} oder {segmentName} enthalten, sonst kollidieren die Kurznamen verschiedener Einträge.</translation>
    </message>
    <message>
        <source>it is a MANAGED parent, which cannot be booked</source>
        <translation>er ist ein Sammel-Elterntyp, der nicht gebucht werden kann</translation>
    </message>
    <message>
        <source>it is a MANAGED child</source>
        <translation>er ist die persönliche Kopie eines Sammel-Termintyps</translation>
    </message>
    <message>
        <source>its scheduling type is %1, not round robin</source>
        <translation>sein Planungstyp ist %1, nicht Round Robin</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>er hat keinen Gastgeber</translation>
    </message>
    <message>
        <source>its hosts are %1 instead of only %2</source>
        <translation>seine Gastgeber sind %1 statt nur %2</translation>
    </message>
    <message>
        <source>it lasts %1 min instead of %2 min</source>
        <translation>er dauert %1 Min. statt %2 Min.</translation>
    </message>
    <message>
        <source>%1 has no Cal.com user id; set it in the staff table first.</source>
        <translation>%1 hat keine Cal.com-Benutzer-ID; tragen Sie sie zuerst in der Personaltabelle ein.</translation>
    </message>
    <message>
        <source>Another planned item has the same slug &quot;%1&quot;; check the title template.</source>
        <translation>Ein anderer geplanter Eintrag hat denselben Kurznamen „%1“; prüfen Sie die Titelvorlage.</translation>
    </message>
    <message>
        <source>The mapped event type %1 is not a team event type of team %2 (deleted or user-owned).</source>
        <translation>Der zugeordnete Termintyp %1 ist kein Team-Termintyp von Team %2 (gelöscht oder im Besitz eines Benutzers).</translation>
    </message>
    <message>
        <source>The mapped event type %1 does not fit: %2.</source>
        <translation>Der zugeordnete Termintyp %1 passt nicht: %2.</translation>
    </message>
    <message>
        <source>The map row still carries the MANAGED child id %1.</source>
        <translation>Die Zuordnungszeile enthält noch die ID %1 einer persönlichen Kopie.</translation>
    </message>
    <message>
        <source>The map already points to event type %1 with the right host and length.</source>
        <translation>Die Zuordnung zeigt bereits auf Termintyp %1 mit dem richtigen Gastgeber und der richtigen Länge.</translation>
    </message>
    <message>
        <source>Event type %1 with this slug already exists and matches; it is reused.</source>
        <translation>Termintyp %1 mit diesem Kurznamen existiert bereits und passt; er wird wiederverwendet.</translation>
    </message>
    <message>
        <source>Event type %1 already has the slug &quot;%2&quot; but %3. It is left untouched.</source>
        <translation>Termintyp %1 hat bereits den Kurznamen „%2“, aber %3. Er bleibt unverändert.</translation>
    </message>
    <message>
        <source>No map row and no event type with this slug yet.</source>
        <translation>Noch keine Zuordnungszeile und kein Termintyp mit diesem Kurznamen.</translation>
    </message>
    <message>
        <source>%1 performs none of the chosen services; nothing is planned for them.</source>
        <translation>%1 führt keine der gewählten Leistungen aus; für diese Person wird nichts geplant.</translation>
    </message>
    <message>
        <source>Unknown staff member %1.</source>
        <translation>Unbekannte Person %1.</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::EventTypePlanner</name>
    <message>
        <source>No Cal.com connection is configured.</source>
        <translation>Es ist keine Cal.com-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>Cannot find the Cal.com team: %1</source>
        <translation>Das Cal.com-Team wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Cannot read the team&apos;s event types: %1</source>
        <translation>Die Termintypen des Teams können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation>Die Planung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::EventTypeRepository</name>
    <message>
        <source>Cannot read the services: %1</source>
        <translation>Die Leistungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unknown service id(s): %1</source>
        <translation>Unbekannte Leistungs-ID(s): %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Das Personal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the event map: %1</source>
        <translation>Die Termintyp-Zuordnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Wählen Sie mindestens eine Leistung.</translation>
    </message>
    <message>
        <source>Unknown staff id(s): %1</source>
        <translation>Unbekannte Personal-ID(s): %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Die Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the map row: %1</source>
        <translation>Die Zuordnungszeile kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The map row for %1 changed since the plan (now event type %2); plan again.</source>
        <translation>Die Zuordnungszeile für %1 hat sich seit dem Plan geändert (jetzt Termintyp %2); planen Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot update the map row: %1</source>
        <translation>Die Zuordnungszeile kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The map row for %1 was deleted since the plan; plan again.</source>
        <translation>Die Zuordnungszeile für %1 wurde seit dem Plan gelöscht; planen Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot insert the map row: %1</source>
        <translation>Die Zuordnungszeile kann nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the new map row back: %1</source>
        <translation>Die neue Zuordnungszeile kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the map change: %1</source>
        <translation>Die Änderung der Zuordnung kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Map row %1 (service %2, segment %3, %4) still points to it.</source>
        <translation>Zuordnungszeile %1 (Leistung %2, Segment %3, %4) verweist noch darauf.</translation>
    </message>
    <message>
        <source>Cannot read the appointment phases: %1</source>
        <translation>Die Terminphasen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Phase %1 of appointment %2 (%3) has no other event type to book yet.</source>
        <translation>Phase %1 von Termin %2 (%3) hat noch keinen anderen Termintyp zum Buchen.</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::ItemProgress</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Not touched</source>
        <translation>Nicht angefasst</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::ManagedTypeRetirement</name>
    <message>
        <source>Still referred to; not deleted.</source>
        <translation>Es wird noch darauf verwiesen; nicht gelöscht.</translation>
    </message>
    <message>
        <source>No Cal.com connection.</source>
        <translation>Keine Cal.com-Verbindung.</translation>
    </message>
    <message>
        <source>Deleted, but the audit entry failed: %1</source>
        <translation>Gelöscht, aber der Eintrag im Prüfprotokoll ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::PlanItem</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::RetirementCandidate</name>
    <message>
        <source>Listed</source>
        <translation>Aufgelistet</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::RetirementSearch</name>
    <message>
        <source>No Cal.com team to look the replaced event types up in.</source>
        <translation>Kein Cal.com-Team, in dem die ersetzten Termintypen nachgeschlagen werden können.</translation>
    </message>
    <message>
        <source>Cannot read the team&apos;s event types: %1</source>
        <translation>Die Termintypen des Teams können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::history::AuditHistory</name>
    <message numerus="yes">
        <source>%1 — %2, %3, %4 to %5 UTC, %n entries (%6)</source>
        <translation>
            <numerusform>%1 — %2, %3, %4 bis %5 UTC, %n Eintrag (%6)</numerusform>
            <numerusform>%1 — %2, %3, %4 bis %5 UTC, %n Einträge (%6)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no run id)</source>
        <translation>(ohne Lauf-ID)</translation>
    </message>
    <message>
        <source>  undone by %1</source>
        <translation>  rückgängig gemacht durch %1</translation>
    </message>
    <message>
        <source>No audit entries in this period.</source>
        <translation>Keine Einträge im Prüfprotokoll in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>salon::history::AuditLogReader</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::history::RunSummary</name>
    <message>
        <source>event-type wizard</source>
        <translation>Termintyp-Assistent</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>event-map repair</source>
        <translation>Reparatur der Termintyp-Zuordnungen</translation>
    </message>
    <message>
        <source>event-map populate</source>
        <translation>Befüllen der Termintyp-Zuordnungen</translation>
    </message>
    <message>
        <source>retiring MANAGED event types</source>
        <translation>Ausmustern verwalteter Termintypen</translation>
    </message>
    <message>
        <source>phase change</source>
        <translation>Phasenänderung</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>before run ids</source>
        <translation>vor Lauf-IDs</translation>
    </message>
</context>
<context>
    <name>salon::history::RunUndoJob</name>
    <message numerus="yes">
        <source>Cancelled: %n item(s) not undone.</source>
        <translation>
            <numerusform>Abgebrochen: %n Eintrag nicht rückgängig gemacht.</numerusform>
            <numerusform>Abgebrochen: %n Einträge nicht rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to Cal.com.</source>
        <translation>Keine Verbindung zu Cal.com.</translation>
    </message>
    <message>
        <source>Cannot check the bookings of event type %1: %2</source>
        <translation>Die Buchungen von Termintyp %1 können nicht geprüft werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Event type %1 has %n booking(s) that are not cancelled (%2); cancel or move them first.</source>
        <translation>
            <numerusform>Termintyp %1 hat %n nicht stornierte Buchung (%2); stornieren oder verschieben Sie sie zuerst.</numerusform>
            <numerusform>Termintyp %1 hat %n nicht stornierte Buchungen (%2); stornieren oder verschieben Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map row put back, but deleting event type %1 failed: %2 — run undo-run again to finish.</source>
        <translation>Zuordnungszeile zurückgesetzt, aber das Löschen von Termintyp %1 ist fehlgeschlagen: %2 — führen Sie undo-run erneut aus, um es abzuschließen.</translation>
    </message>
    <message>
        <source>Deleted, but the audit entry failed: %1</source>
        <translation>Gelöscht, aber der Eintrag im Prüfprotokoll ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>salon::history::RunUndoPlan</name>
    <message>
        <source>WOULD UNDO</source>
        <translation>WÜRDE ZURÜCKNEHMEN</translation>
    </message>
    <message>
        <source>PLANNED</source>
        <translation>GEPLANT</translation>
    </message>
    <message>
        <source>ALREADY UNDONE</source>
        <translation>SCHON ZURÜCK</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>BLEIBT</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>ZURÜCKGENOMMEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Undo of %1 (dry run): %2 to undo, %3 already undone, %4 refused or not undoable. Nothing was changed.</source>
        <translation>Rückgängig von %1 (Probelauf): %2 zurückzunehmen, %3 schon zurück, %4 abgelehnt oder nicht rücknehmbar. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Undo of %1: %2 undone, %3 already undone, %4 refused or not undoable, %5 failed.</source>
        <translation>Rückgängig von %1: %2 zurückgenommen, %3 schon zurück, %4 abgelehnt oder nicht rücknehmbar, %5 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>salon::history::RunUndoPlanBuilder</name>
    <message>
        <source>Not brought back: Cal.com cannot restore a deleted event type (%1 &quot;%2&quot;).</source>
        <translation>Nicht zurückgeholt: Cal.com kann einen gelöschten Termintyp nicht wiederherstellen (%1 „%2“).</translation>
    </message>
    <message>
        <source>Stays: undo-run takes back only what the event-type wizard created or adopted.</source>
        <translation>Bleibt: undo-run nimmt nur zurück, was der Termintyp-Assistent angelegt oder übernommen hat.</translation>
    </message>
    <message>
        <source>Map row %1 was deleted since the run; there is nothing to put back.</source>
        <translation>Zuordnungszeile %1 wurde seit dem Lauf gelöscht; es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Map row %1 changed since the run: it points at event type %2 now, not %3.</source>
        <translation>Zuordnungszeile %1 wurde seit dem Lauf geändert: Sie zeigt jetzt auf Termintyp %2, nicht auf %3.</translation>
    </message>
    <message>
        <source>Its previous event type %1 was deleted; Cal.com cannot restore a deleted event type, so the row keeps event type %2.</source>
        <translation>Ihr früherer Termintyp %1 wurde gelöscht; Cal.com kann einen gelöschten Termintyp nicht wiederherstellen, daher behält die Zeile Termintyp %2.</translation>
    </message>
    <message numerus="yes">
        <source>Event type %1 has %n booking(s) that are not cancelled (%2); cancel or move them first.</source>
        <translation>
            <numerusform>Termintyp %1 hat %n nicht stornierte Buchung (%2); stornieren oder verschieben Sie sie zuerst.</numerusform>
            <numerusform>Termintyp %1 hat %n nicht stornierte Buchungen (%2); stornieren oder verschieben Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map row(s) %1 also point at event type %2.</source>
        <translation>Zuordnungszeile(n) %1 zeigen ebenfalls auf Termintyp %2.</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Schon rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The row points at MANAGED parent %1 again, which cannot be booked (verify-event-maps reports it).</source>
        <translation>Die Zeile zeigt wieder auf den verwalteten Eltern-Termintyp %1, der nicht buchbar ist (verify-event-maps meldet ihn).</translation>
    </message>
</context>
<context>
    <name>salon::history::RunUndoPlanner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot list the team&apos;s event types: %1</source>
        <translation>Die Termintypen des Teams können nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Cannot list the bookings of the run&apos;s event types: %1</source>
        <translation>Die Buchungen der Termintypen des Laufs können nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::history::UndoItem</name>
    <message>
        <source>back to event type %1</source>
        <translation>zurück auf Termintyp %1</translation>
    </message>
    <message>
        <source>remove the row (the run added it)</source>
        <translation>die Zeile entfernen (der Lauf hat sie angelegt)</translation>
    </message>
    <message>
        <source>delete event type %1</source>
        <translation>Termintyp %1 löschen</translation>
    </message>
    <message>
        <source>keep event type %1 (it existed before the run)</source>
        <translation>Termintyp %1 behalten (er bestand schon vor dem Lauf)</translation>
    </message>
    <message>
        <source>map row %1 (%2): %3</source>
        <translation>Zuordnungszeile %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>salon::history::UndoRepository</name>
    <message>
        <source>No audit entry carries the run id %1; `salon-admin-cli history` lists the runs.</source>
        <translation>Kein Eintrag im Prüfprotokoll trägt die Lauf-ID %1; `salon-admin-cli history` listet die Läufe.</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the event map: %1</source>
        <translation>Die Termintyp-Zuordnungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Map row %1 was deleted meanwhile; nothing was changed.</source>
        <translation>Zuordnungszeile %1 wurde inzwischen gelöscht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Map row %1 changed meanwhile (event type %2 now); nothing was changed.</source>
        <translation>Zuordnungszeile %1 wurde inzwischen geändert (jetzt Termintyp %2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot put map row %1 back: %2</source>
        <translation>Zuordnungszeile %1 kann nicht zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove map row %1: %2</source>
        <translation>Zuordnungszeile %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the change of map row %1: %2</source>
        <translation>Die Änderung der Zuordnungszeile %1 kann nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::AppointmentChangeRun</name>
    <message>
        <source>Change %1 is being finished by another run right now.</source>
        <translation>Änderung %1 wird gerade von einem anderen Lauf abgeschlossen.</translation>
    </message>
    <message>
        <source>a step failed before a crash</source>
        <translation>ein Schritt ist vor einem Absturz fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>vom Benutzer beendet</translation>
    </message>
    <message>
        <source>Stopped before anything changed in Cal.com.</source>
        <translation>Beendet, bevor sich in Cal.com etwas geändert hat.</translation>
    </message>
    <message>
        <source>Stopped; the remaining cancellations are owed.</source>
        <translation>Beendet; die übrigen Stornierungen sind noch offen.</translation>
    </message>
    <message>
        <source>Run the command again; it finishes them.</source>
        <translation>Führen Sie den Befehl erneut aus; er schließt sie ab.</translation>
    </message>
    <message>
        <source>Some work in Cal.com is owed; the next run finishes it.</source>
        <translation>In Cal.com ist noch etwas offen; der nächste Lauf erledigt es.</translation>
    </message>
    <message>
        <source>Run the command again (or any lifecycle command) when Cal.com answers.</source>
        <translation>Führen Sie den Befehl (oder einen anderen Befehl für Terminänderungen) erneut aus, wenn Cal.com antwortet.</translation>
    </message>
    <message>
        <source>Put back: the appointment is whole at its old time and staff (%1).</source>
        <translation>Zurückgesetzt: Der Termin ist wieder vollständig, mit alter Zeit und altem Personal (%1).</translation>
    </message>
    <message>
        <source>Could not put everything back: %1</source>
        <translation>Es konnte nicht alles zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Check these steps in Cal.com; their phases show where they are now.</source>
        <translation>Prüfen Sie diese Schritte in Cal.com; ihre Phasen zeigen, wo sie jetzt stehen.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Check these bookings in Cal.com.</source>
        <translation>Prüfen Sie diese Buchungen in Cal.com.</translation>
    </message>
    <message>
        <source>Internal error: step %1 is not part of change %2.</source>
        <translation>Interner Fehler: Schritt %1 gehört nicht zu Änderung %2.</translation>
    </message>
    <message>
        <source>Choose another time or staff member.</source>
        <translation>Wählen Sie eine andere Zeit oder eine andere Person.</translation>
    </message>
    <message>
        <source>step %1 (phase %2): %3</source>
        <translation>Schritt %1 (Phase %2): %3</translation>
    </message>
    <message>
        <source>step %1 (phase %2) failed: %3</source>
        <translation>Schritt %1 (Phase %2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Run the command again when Cal.com answers; it finishes this step.</source>
        <translation>Führen Sie den Befehl erneut aus, wenn Cal.com antwortet; er schließt diesen Schritt ab.</translation>
    </message>
    <message>
        <source>Step %1 (phase %2) has no clear answer from Cal.com: %3</source>
        <translation>Schritt %1 (Phase %2) hat keine eindeutige Antwort von Cal.com: %3</translation>
    </message>
    <message>
        <source>Run the command again.</source>
        <translation>Führen Sie den Befehl erneut aus.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::BookingCanceller</name>
    <message>
        <source>no Cal.com client</source>
        <translation>kein Cal.com-Client</translation>
    </message>
    <message>
        <source>Cal.com did not cancel booking %1 after %2 attempts.</source>
        <translation>Cal.com hat Buchung %1 nach %2 Versuchen nicht storniert.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::CancelAppointmentsJob</name>
    <message>
        <source>Cancelled by the salon.</source>
        <translation>Vom Salon abgesagt.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::ChangeDrafts</name>
    <message>
        <source>Appointment %1 has an unfinished change (%2) that could not be finished now.</source>
        <translation>Termin %1 hat eine nicht abgeschlossene Änderung (%2), die jetzt nicht abgeschlossen werden konnte.</translation>
    </message>
    <message>
        <source>Run the command again when Cal.com answers; the change is finished first.</source>
        <translation>Führen Sie den Befehl erneut aus, wenn Cal.com antwortet; die Änderung wird zuerst abgeschlossen.</translation>
    </message>
    <message>
        <source>Phase %1 of appointment %2 is being synced right now.</source>
        <translation>Phase %1 von Termin %2 wird gerade synchronisiert.</translation>
    </message>
    <message>
        <source>Try again when that sync has finished.</source>
        <translation>Versuchen Sie es erneut, wenn diese Synchronisierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Appointment %1 cannot be changed: %2.</source>
        <translation>Termin %1 kann nicht geändert werden: %2.</translation>
    </message>
    <message>
        <source>Phase %1 of appointment %2: an earlier booking attempt got no clear answer, so Cal.com may hold a booking for it.</source>
        <translation>Phase %1 von Termin %2: Ein früherer Buchungsversuch erhielt keine eindeutige Antwort, daher hat Cal.com möglicherweise eine Buchung dafür.</translation>
    </message>
    <message>
        <source>Run `salon-admin-cli sync --appointment %1` first; it settles that.</source>
        <translation>Führen Sie zuerst `salon-admin-cli sync --appointment %1` aus; das klärt es.</translation>
    </message>
    <message>
        <source>an earlier booking attempt got no clear answer: any booking Cal.com made for it is found by its phase id and cancelled</source>
        <translation>ein früherer Buchungsversuch erhielt keine eindeutige Antwort: Jede Buchung, die Cal.com dafür angelegt hat, wird über ihre Phasen-ID gefunden und storniert</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>Person %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Phase %1 needs no staff (processing time); it cannot be handed to anyone.</source>
        <translation>Phase %1 braucht kein Personal (Einwirkzeit); sie kann niemandem übergeben werden.</translation>
    </message>
    <message>
        <source>Phase %1 is no booked step with a staff member.</source>
        <translation>Phase %1 ist kein gebuchter Schritt mit Personal.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::ChangePlanner</name>
    <message>
        <source>not booked yet and no event type to check it on; the next sync says why</source>
        <translation>noch nicht gebucht und kein Termintyp, an dem es geprüft werden kann; die nächste Synchronisierung nennt den Grund</translation>
    </message>
    <message>
        <source>the event map has no event type for %1, segment %2, %3; the event type wizard creates it</source>
        <translation>die Termintyp-Zuordnung hat keinen Termintyp für %1, Segment %2, %3; der Termintyp-Assistent legt ihn an</translation>
    </message>
    <message>
        <source>%1 Verify the event maps, or let the event type wizard create an event type for this staff member.</source>
        <translation>%1 Prüfen Sie die Termintyp-Zuordnungen oder lassen Sie den Termintyp-Assistenten einen Termintyp für diese Person anlegen.</translation>
    </message>
    <message>
        <source>Cal.com could not be asked: %1</source>
        <translation>Cal.com konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <source>its event type has several lengths, so it is booked again, but the new time overlaps its own booking; move it by at least its length</source>
        <translation>sein Termintyp hat mehrere Dauern, daher wird er neu gebucht, aber die neue Zeit überschneidet sich mit seiner eigenen Buchung; verschieben Sie ihn um mindestens seine Dauer</translation>
    </message>
    <message>
        <source>off its event type&apos;s slot grid next to a busy time; no other booking of %1 overlaps it, Cal.com&apos;s answer decides</source>
        <translation>außerhalb des Slot-Rasters seines Termintyps neben einer belegten Zeit; keine andere Buchung von %1 überschneidet sich damit, die Antwort von Cal.com entscheidet</translation>
    </message>
    <message>
        <source>overlaps a booking of this appointment that moves first; Cal.com&apos;s answer decides</source>
        <translation>überschneidet sich mit einer Buchung dieses Termins, die zuerst verschoben wird; die Antwort von Cal.com entscheidet</translation>
    </message>
    <message>
        <source>%1 is not free then in Cal.com (busy or not working)</source>
        <translation>%1 ist zu dieser Zeit in Cal.com nicht frei (belegt oder nicht im Dienst)</translation>
    </message>
    <message>
        <source>%1 has another booking then in Cal.com (%2)</source>
        <translation>%1 hat zu dieser Zeit in Cal.com eine andere Buchung (%2)</translation>
    </message>
    <message>
        <source>appointment %1 of this change goes to %2 at that time</source>
        <translation>Termin %1 dieser Änderung geht zu dieser Zeit an %2</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::LifecycleJob</name>
    <message>
        <source>Let the event type wizard create the missing event type (Tools -&gt; Event type wizard, or `salon-admin-cli create-event-types --service %1 --staff %2`), then try again.</source>
        <translation>Lassen Sie den fehlenden Termintyp vom Termintyp-Assistenten anlegen (Werkzeuge -&gt; Termintyp-Assistent oder `salon-admin-cli create-event-types --service %1 --staff %2`), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again when Cal.com answers.</source>
        <translation>Versuchen Sie es erneut, wenn Cal.com antwortet.</translation>
    </message>
    <message>
        <source>Choose another time or another staff member.</source>
        <translation>Wählen Sie eine andere Zeit oder eine andere Person.</translation>
    </message>
    <message>
        <source>No Cal.com connection.</source>
        <translation>Keine Cal.com-Verbindung.</translation>
    </message>
    <message>
        <source>Cancelled before it started; nothing changed.</source>
        <translation>Abgebrochen, bevor es begann; nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing to do: appointment %1 is already as asked.</source>
        <translation>Nichts zu tun: Termin %1 ist bereits wie gewünscht.</translation>
    </message>
    <message>
        <source>Nothing changed for appointment %1: %2</source>
        <translation>Für Termin %1 wurde nichts geändert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would change %n booking(s) in Cal.com.</source>
        <translation>
            <numerusform>Würde %n Buchung in Cal.com ändern.</numerusform>
            <numerusform>Würde %n Buchungen in Cal.com ändern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::MoveAppointmentsJob</name>
    <message>
        <source>Moved by the salon.</source>
        <translation>Vom Salon verschoben.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::RestaffJob</name>
    <message>
        <source>Handed to another staff member by the salon.</source>
        <translation>Vom Salon an eine andere Mitarbeiterin oder einen anderen Mitarbeiter übergeben.</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>Person %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::SickDayJob</name>
    <message>
        <source>Handed to another staff member: the planned one is off that day.</source>
        <translation>An eine andere Mitarbeiterin oder einen anderen Mitarbeiter übergeben: Die geplante Person hat an diesem Tag frei.</translation>
    </message>
    <message>
        <source>The staff member who is off and the one who takes over are the same.</source>
        <translation>Die Person, die frei hat, und die Person, die übernimmt, sind dieselbe.</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>Person %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Or hand appointment %1 to someone else with `salon-admin-cli reassign --appointment %1 --staff UUID`, or move it with `salon-admin-cli move-appointment %1 --to DATETIME`.</source>
        <translation>Oder übergeben Sie Termin %1 mit `salon-admin-cli reassign --appointment %1 --staff UUID` an eine andere Person, oder verschieben Sie ihn mit `salon-admin-cli move-appointment %1 --to DATETIME`.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::StepRunner</name>
    <message>
        <source>Owed in Cal.com: %1 The next run finishes it.</source>
        <translation>Offen in Cal.com: %1 Der nächste Lauf erledigt es.</translation>
    </message>
    <message>
        <source>No Cal.com client.</source>
        <translation>Kein Cal.com-Client.</translation>
    </message>
    <message>
        <source>stopped before it was sent again.</source>
        <translation>beendet, bevor es erneut gesendet wurde.</translation>
    </message>
    <message>
        <source>Cancelling booking %1.</source>
        <translation>Buchung %1 wird storniert.</translation>
    </message>
    <message>
        <source>Booking %1 is cancelled.</source>
        <translation>Buchung %1 ist storniert.</translation>
    </message>
    <message>
        <source>Booking %1 had been replaced by %2; that one is cancelled.</source>
        <translation>Buchung %1 war durch %2 ersetzt worden; diese ist storniert.</translation>
    </message>
    <message>
        <source>Booking %1 does not exist in Cal.com; nothing to cancel.</source>
        <translation>Buchung %1 existiert in Cal.com nicht; nichts zu stornieren.</translation>
    </message>
    <message>
        <source>Cal.com refused to cancel booking %1: %2</source>
        <translation>Cal.com hat das Stornieren von Buchung %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>booking %1 could not be cancelled now (%2).</source>
        <translation>Buchung %1 konnte jetzt nicht storniert werden (%2).</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Looking for bookings Cal.com holds for phase %1.</source>
        <translation>Buchungen, die Cal.com für Phase %1 hat, werden gesucht.</translation>
    </message>
    <message>
        <source>Cal.com could not be asked for the bookings of phase %1 (%2).</source>
        <translation>Cal.com konnte nicht nach den Buchungen von Phase %1 gefragt werden (%2).</translation>
    </message>
    <message>
        <source>Cal.com holds no booking for phase %1.</source>
        <translation>Cal.com hat keine Buchung für Phase %1.</translation>
    </message>
    <message>
        <source>Booking %1 of phase %2 is cancelled.</source>
        <translation>Buchung %1 von Phase %2 ist storniert.</translation>
    </message>
    <message>
        <source>Moving booking %1 to %2.</source>
        <translation>Buchung %1 wird auf %2 verschoben.</translation>
    </message>
    <message>
        <source>stopped before it was sent.</source>
        <translation>beendet, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Moved to %1 (booking %2).</source>
        <translation>Verschoben auf %1 (Buchung %2).</translation>
    </message>
    <message>
        <source>%1 is taken in Cal.com: %2</source>
        <translation>%1 ist in Cal.com belegt: %2</translation>
    </message>
    <message>
        <source>Asking Cal.com whether booking %1 was moved.</source>
        <translation>Cal.com wird gefragt, ob Buchung %1 verschoben wurde.</translation>
    </message>
    <message>
        <source>Booking %1 does not exist in Cal.com any more.</source>
        <translation>Buchung %1 existiert in Cal.com nicht mehr.</translation>
    </message>
    <message>
        <source>Cal.com could not say whether booking %1 was moved (%2).</source>
        <translation>Cal.com konnte nicht sagen, ob Buchung %1 verschoben wurde (%2).</translation>
    </message>
    <message>
        <source>Cal.com did not move booking %1 after %2 attempts.</source>
        <translation>Cal.com hat Buchung %1 nach %2 Versuchen nicht verschoben.</translation>
    </message>
    <message>
        <source>Booking %1 was cancelled in Cal.com meanwhile.</source>
        <translation>Buchung %1 wurde inzwischen in Cal.com storniert.</translation>
    </message>
    <message>
        <source>Cal.com could not be asked for booking %1 (%2).</source>
        <translation>Cal.com konnte nicht nach Buchung %1 gefragt werden (%2).</translation>
    </message>
    <message>
        <source>Booking %1 was moved or cancelled in Cal.com by someone else (now %2, %3).</source>
        <translation>Buchung %1 wurde in Cal.com von jemand anderem verschoben oder storniert (jetzt %2, %3).</translation>
    </message>
    <message>
        <source>Moved to %1 (booking %2, found in Cal.com).</source>
        <translation>Verschoben auf %1 (Buchung %2, in Cal.com gefunden).</translation>
    </message>
    <message>
        <source>No event type to book phase %1 on.</source>
        <translation>Kein Termintyp, auf dem Phase %1 gebucht werden kann.</translation>
    </message>
    <message>
        <source>Booking event type %1 at %2.</source>
        <translation>Termintyp %1 wird für %2 gebucht.</translation>
    </message>
    <message>
        <source>Salon customer</source>
        <translation>Salonkunde/Salonkundin</translation>
    </message>
    <message>
        <source>Asking Cal.com whether phase %1 was booked.</source>
        <translation>Cal.com wird gefragt, ob Phase %1 gebucht wurde.</translation>
    </message>
    <message>
        <source>Cal.com could not say whether phase %1 was booked (%2).</source>
        <translation>Cal.com konnte nicht sagen, ob Phase %1 gebucht wurde (%2).</translation>
    </message>
    <message>
        <source>Cal.com did not book phase %1 after %2 attempts.</source>
        <translation>Cal.com hat Phase %1 nach %2 Versuchen nicht gebucht.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Gebucht: %1.</translation>
    </message>
    <message>
        <source>Booked %1; cancelling the old booking %2.</source>
        <translation>Gebucht: %1; die alte Buchung %2 wird storniert.</translation>
    </message>
    <message>
        <source>Booked %1 and cancelled the old booking %2.</source>
        <translation>Gebucht: %1; die alte Buchung %2 wurde storniert.</translation>
    </message>
    <message>
        <source>Booked %1, but Cal.com refused to cancel the old booking %2: %3</source>
        <translation>Gebucht: %1, aber Cal.com hat das Stornieren der alten Buchung %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>booked %1, but the old booking %2 could not be cancelled now (%3).</source>
        <translation>gebucht: %1, aber die alte Buchung %2 konnte jetzt nicht storniert werden (%3).</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::CalcomSnapshot</name>
    <message>
        <source>The snapshot has no team with an owner or admin to act as.</source>
        <translation>Die Momentaufnahme enthält kein Team mit einem Eigentümer oder Admin, in dessen Namen gearbeitet werden kann.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a snapshot (a JSON object): %2</source>
        <translation>%1 ist keine Momentaufnahme (ein JSON-Objekt): %2</translation>
    </message>
    <message numerus="yes">
        <source>Team %1: %2 users, %3 event types, %4 bookings from %5 to %6 (%n request(s)).</source>
        <translation>
            <numerusform>Team %1: %2 Benutzer, %3 Termintypen, %4 Buchungen von %5 bis %6 (%n Anfrage).</numerusform>
            <numerusform>Team %1: %2 Benutzer, %3 Termintypen, %4 Buchungen von %5 bis %6 (%n Anfragen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not seen through this key:</source>
        <translation>Mit diesem Schlüssel nicht sichtbar:</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::CalcomSnapshotJob</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No Cal.com client.</source>
        <translation>Kein Cal.com-Client.</translation>
    </message>
    <message>
        <source>Cannot read the key&apos;s user (GET /v2/me)</source>
        <translation>Der Benutzer des Schlüssels kann nicht gelesen werden (GET /v2/me)</translation>
    </message>
    <message>
        <source>Cannot list the key user&apos;s teams</source>
        <translation>Die Teams des Schlüsselbenutzers können nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>the key&apos;s user is not a member of it</source>
        <translation>der Benutzer des Schlüssels ist nicht Mitglied</translation>
    </message>
    <message>
        <source>Which team?</source>
        <translation>Welches Team?</translation>
    </message>
    <message numerus="yes">
        <source>the key&apos;s user belongs to %n team(s); name one with --team-id</source>
        <translation>
            <numerusform>der Benutzer des Schlüssels gehört zu %n Team; nennen Sie eines mit --team-id</numerusform>
            <numerusform>der Benutzer des Schlüssels gehört zu %n Teams; nennen Sie eines mit --team-id</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the team&apos;s members</source>
        <translation>Die Mitglieder des Teams können nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Cannot list the team&apos;s event types</source>
        <translation>Die Termintypen des Teams können nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Cannot list the event types of %1</source>
        <translation>Die Termintypen von %1 können nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Cannot list the bookings</source>
        <translation>Die Buchungen können nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::ChangeRecord</name>
    <message>
        <source>event type</source>
        <translation>Termintyp</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>event map row</source>
        <translation>Zuordnungszeile</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::DatabaseCopyJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>%1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>The database is at schema version %1, this Salon Admin needs %2: run `salon-admin-cli migrate` first.</source>
        <translation>Die Datenbank hat die Schemaversion %1, dieses Salon Admin braucht %2: Führen Sie zuerst `salon-admin-cli migrate` aus.</translation>
    </message>
    <message>
        <source>%1 exists already; a rehearsal copies into a new file.</source>
        <translation>%1 gibt es schon; eine Generalprobe kopiert in eine neue Datei.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Die Datenbank kann nicht nach %1 kopiert werden: %2</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::DatabaseDiffJob</name>
    <message>
        <source>Cannot read the real database: %1</source>
        <translation>Die echte Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the rehearsal copy: %1</source>
        <translation>Die Kopie der Generalprobe kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::DatasetDiff</name>
    <message>
        <source>appointment %1, segment %2, %3</source>
        <translation>Termin %1, Segment %2, %3</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::DifferenceReport</name>
    <message>
        <source>What would change in Cal.com (snapshot → rehearsal):</source>
        <translation>Was sich in Cal.com ändern würde (Momentaufnahme → Generalprobe):</translation>
    </message>
    <message>
        <source>  nothing</source>
        <translation>  nichts</translation>
    </message>
    <message>
        <source>(no single staff member)</source>
        <translation>(keine einzelne Person)</translation>
    </message>
    <message>
        <source>What would change in the database (real → rehearsal copy):</source>
        <translation>Was sich in der Datenbank ändern würde (echt → Kopie der Generalprobe):</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::SnapshotGap</name>
    <message>
        <source>its id %1 comes from a booking on it</source>
        <translation>die ID %1 stammt aus einer Buchung darauf</translation>
    </message>
    <message>
        <source>its id %1 comes from the event map</source>
        <translation>die ID %1 stammt aus den Termintyp-Zuordnungen</translation>
    </message>
    <message>
        <source>its id %1 is made up</source>
        <translation>die ID %1 ist ausgedacht</translation>
    </message>
    <message>
        <source>User %1 has a hidden child of MANAGED %2 (&quot;%3&quot;), invisible to this key; the snapshot holds a hidden stand-in (%4).</source>
        <translation>Benutzer %1 hat eine verborgene persönliche Kopie des Sammel-Termintyps %2 („%3“), für diesen Schlüssel unsichtbar; die Momentaufnahme enthält einen verborgenen Platzhalter (%4).</translation>
    </message>
    <message>
        <source>Only bookings inside %1 were read; bookings outside the period are not in the snapshot.</source>
        <translation>Nur Buchungen innerhalb von %1 wurden gelesen; Buchungen außerhalb des Zeitraums fehlen in der Momentaufnahme.</translation>
    </message>
    <message>
        <source>Hidden personal event types of other members cannot be listed through the API; the snapshot lacks them.</source>
        <translation>Verborgene persönliche Termintypen anderer Mitglieder lassen sich über die API nicht auflisten; sie fehlen in der Momentaufnahme.</translation>
    </message>
    <message>
        <source>Cal.com lists no time zone for other members (users %1); the snapshot gives them %2.</source>
        <translation>Cal.com nennt für andere Mitglieder keine Zeitzone (Benutzer %1); die Momentaufnahme gibt ihnen %2.</translation>
    </message>
    <message>
        <source>Bookings %1 use event type %2, which the snapshot does not contain.</source>
        <translation>Die Buchungen %1 verwenden Termintyp %2, den die Momentaufnahme nicht enthält.</translation>
    </message>
</context>
<context>
    <name>salon::sync::AppointmentBookingCheck</name>
    <message>
        <source>Not booked: %1 (this phase was not changed).</source>
        <translation>Nicht gebucht: %1 (diese Phase wurde nicht geändert).</translation>
    </message>
    <message>
        <source>Not booked: %1.</source>
        <translation>Nicht gebucht: %1.</translation>
    </message>
    <message>
        <source>Appointment %1 is being cancelled, moved or re-staffed right now (change %2); the next sync books it.</source>
        <translation>Termin %1 wird gerade abgesagt, verschoben oder einer anderen Person übergeben (Änderung %2); die nächste Synchronisierung bucht ihn.</translation>
    </message>
    <message>
        <source>step %1 (%2, %3)</source>
        <translation>Schritt %1 (%2, %3)</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>Not free in Cal.com: %1. None of appointment %2&apos;s steps were booked.</source>
        <translation>In Cal.com nicht frei: %1. Keiner der Schritte von Termin %2 wurde gebucht.</translation>
    </message>
    <message>
        <source>Move the appointment (`salon-admin-cli move-appointment %1 --to ...`) or hand the busy step to someone else (`salon-admin-cli reassign`), then sync again.</source>
        <translation>Verschieben Sie den Termin (`salon-admin-cli move-appointment %1 --to ...`) oder übergeben Sie den belegten Schritt an eine andere Person (`salon-admin-cli reassign`), dann synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be booked, so none of appointment %2&apos;s steps were booked.</source>
        <translation>%1 kann nicht gebucht werden, daher wurde keiner der Schritte von Termin %2 gebucht.</translation>
    </message>
    <message>
        <source>Fix that step (see its own message), then sync again.</source>
        <translation>Beheben Sie das Problem dieses Schritts (siehe dessen eigene Meldung), dann synchronisieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>salon::sync::BookingCompensation</name>
    <message>
        <source>Booked and cancelled again: step %1 (phase %2) of appointment %3 could not be booked (%4). The next sync books the appointment again.</source>
        <translation>Gebucht und wieder storniert: Schritt %1 (Phase %2) von Termin %3 konnte nicht gebucht werden (%4). Die nächste Synchronisierung bucht den Termin erneut.</translation>
    </message>
    <message>
        <source>Booked, but another step failed, and cancelling this booking again did not finish: %1</source>
        <translation>Gebucht, aber ein anderer Schritt ist fehlgeschlagen, und das erneute Stornieren dieser Buchung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Fix the failed step, then sync the appointment again.</source>
        <translation>Beheben Sie den fehlgeschlagenen Schritt, dann synchronisieren Sie den Termin erneut.</translation>
    </message>
    <message>
        <source>Run any lifecycle command (it finishes owed cancellations), or cancel booking %1 in Cal.com.</source>
        <translation>Führen Sie einen beliebigen Befehl für Terminänderungen aus (er schließt offene Stornierungen ab) oder stornieren Sie Buchung %1 in Cal.com.</translation>
    </message>
</context>
<context>
    <name>salon::sync::BookingReconciler</name>
    <message>
        <source>No Cal.com client is configured.</source>
        <translation>Es ist kein Cal.com-Client eingerichtet.</translation>
    </message>
    <message>
        <source>Cannot list Cal.com&apos;s bookings: %1</source>
        <translation>Die Buchungen von Cal.com können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Phase %1 is marked synced but has no Cal.com booking uid.</source>
        <translation>Phase %1 ist als synchronisiert markiert, hat aber keine Cal.com-Buchungs-UID.</translation>
    </message>
    <message>
        <source>Cannot read booking %1: %2</source>
        <translation>Buchung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Booking %1 of %2 (phase %3) no longer exists in Cal.com.</source>
        <translation>Buchung %1 von %2 (Phase %3) existiert in Cal.com nicht mehr.</translation>
    </message>
    <message>
        <source>Booking %1 of %2 on %3 was rescheduled in Cal.com (new booking %4).</source>
        <translation>Buchung %1 von %2 am %3 wurde in Cal.com verschoben (neue Buchung %4).</translation>
    </message>
    <message>
        <source>Booking %1 of %2 on %3 was cancelled in Cal.com%4.</source>
        <translation>Buchung %1 von %2 am %3 wurde in Cal.com storniert%4.</translation>
    </message>
    <message>
        <source>Booking %1 of %2 starts at %3 in Cal.com, but the phase starts at %4.</source>
        <translation>Buchung %1 von %2 beginnt in Cal.com um %3, die Phase aber um %4.</translation>
    </message>
    <message>
        <source>Booking %1 of %2 is hosted by %3 in Cal.com, but the phase is %4&apos;s.</source>
        <translation>Buchung %1 von %2 wird in Cal.com von %3 betreut, die Phase gehört aber %4.</translation>
    </message>
    <message>
        <source>Phase %1 of %2 has a second active booking %3 in Cal.com besides %4: the customer is booked twice.</source>
        <translation>Phase %1 von %2 hat in Cal.com neben %4 eine zweite aktive Buchung %3: Die Kundin oder der Kunde ist doppelt gebucht.</translation>
    </message>
    <message>
        <source>Cal.com has an active booking %1 for phase %2, which is not marked synced here; a new sync of that phase checks Cal.com first and adopts it.</source>
        <translation>Cal.com hat eine aktive Buchung %1 für Phase %2, die hier nicht als synchronisiert markiert ist; eine neue Synchronisierung dieser Phase prüft zuerst Cal.com und übernimmt sie.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>salon::sync::PhaseResult</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>claiming</source>
        <translation>wird reserviert</translation>
    </message>
    <message>
        <source>checking Cal.com</source>
        <translation>Cal.com wird geprüft</translation>
    </message>
    <message>
        <source>resolving event type</source>
        <translation>Termintyp wird aufgelöst</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>wird gebucht</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>held by another sync</source>
        <translation>von einer anderen Synchronisierung gehalten</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>would be booked</source>
        <translation>würde gebucht</translation>
    </message>
</context>
<context>
    <name>salon::sync::PhaseSyncJob</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor es begann.</translation>
    </message>
    <message>
        <source>No staff needed (processing time); nothing to book.</source>
        <translation>Kein Personal nötig (Einwirkzeit); nichts zu buchen.</translation>
    </message>
    <message>
        <source>Already synced.</source>
        <translation>Bereits synchronisiert.</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archiviert: %1</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>the phase was deleted</source>
        <translation>die Phase wurde gelöscht</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>no Cal.com client</source>
        <translation>kein Cal.com-Client</translation>
    </message>
    <message>
        <source>Checking Cal.com for a booking an earlier attempt may have made.</source>
        <translation>Cal.com wird auf eine Buchung geprüft, die ein früherer Versuch angelegt haben könnte.</translation>
    </message>
    <message>
        <source>Could not check Cal.com for a booking from an earlier attempt: %1</source>
        <translation>Cal.com konnte nicht auf eine Buchung eines früheren Versuchs geprüft werden: %1</translation>
    </message>
    <message>
        <source>no event type resolver</source>
        <translation>keine Auflösung für Termintypen</translation>
    </message>
    <message>
        <source>Would check Cal.com for an earlier booking, then book event type %1 at %2.</source>
        <translation>Würde Cal.com auf eine frühere Buchung prüfen und dann Termintyp %1 um %2 buchen.</translation>
    </message>
    <message>
        <source>Would book event type %1 at %2.</source>
        <translation>Würde Termintyp %1 um %2 buchen.</translation>
    </message>
    <message>
        <source>Salon customer</source>
        <translation>Salonkunde/Salonkundin</translation>
    </message>
    <message>
        <source>Booking event type %1 at %2 (attempt %3).</source>
        <translation>Termintyp %1 um %2 wird gebucht (Versuch %3).</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Found booking %1 (%2) made by an earlier attempt; nothing was booked again.</source>
        <translation>Buchung %1 (%2) eines früheren Versuchs gefunden; es wurde nichts erneut gebucht.</translation>
    </message>
    <message>
        <source>Booked %1 (%2).</source>
        <translation>Gebucht: %1 (%2).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>salon::sync::SyncBatch</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor es begann.</translation>
    </message>
    <message>
        <source>Not started: the run stopped (%1).</source>
        <translation>Nicht begonnen: der Lauf wurde beendet (%1).</translation>
    </message>
</context>
<context>
    <name>salon::sync::SyncQueueFilter</name>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>salon::tables::ColumnValidator</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be a UUID such as 9f47fda1-7c2e-4b8a-9d3f-2a1b0c9d8e7f, not &quot;%2&quot;.</source>
        <translation>%1 muss eine UUID wie 9f47fda1-7c2e-4b8a-9d3f-2a1b0c9d8e7f sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 must be a date and time.</source>
        <translation>%1 muss ein Datum mit Uhrzeit sein.</translation>
    </message>
</context>
<context>
    <name>salon::tables::StandardTables</name>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (Min.)</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Zusammengesetzt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>Composite only</source>
        <translation>Nur zusammengesetzte</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n qualified staff member(s)</source>
        <translation>
            <numerusform>%n qualifizierte Person</numerusform>
            <numerusform>%n qualifizierte Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event-map row(s)</source>
        <translation>
            <numerusform>%n Termintyp-Zuordnung</numerusform>
            <numerusform>%n Termintyp-Zuordnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>service &quot;%1&quot;</source>
        <translation>Leistung „%1“</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Segment key</source>
        <translation>Segmentschlüssel</translation>
    </message>
    <message>
        <source>Staff required</source>
        <translation>Personal nötig</translation>
    </message>
    <message>
        <source>Processing time (no staff)</source>
        <translation>Einwirkzeit (ohne Personal)</translation>
    </message>
    <message>
        <source>The segment key &quot;%2&quot; is already used by another segment of service %1; segment keys must be unique within a service.</source>
        <translation>Der Segmentschlüssel „%2“ wird bereits von einem anderen Segment der Leistung %1 verwendet; Segmentschlüssel müssen innerhalb einer Leistung eindeutig sein.</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot; of %2</source>
        <translation>Segment „%1“ von %2</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>ID (UUID)</source>
        <translation>ID (UUID)</translation>
    </message>
    <message>
        <source>Cal.com user ID</source>
        <translation>Cal.com-Benutzer-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Cal.com username</source>
        <translation>Cal.com-Benutzername</translation>
    </message>
    <message>
        <source>Without Cal.com user</source>
        <translation>Ohne Cal.com-Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n qualified service(s)</source>
        <translation>
            <numerusform>%n qualifizierte Leistung</numerusform>
            <numerusform>%n qualifizierte Leistungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment phase(s)</source>
        <translation>
            <numerusform>%n Terminphase</numerusform>
            <numerusform>%n Terminphasen</numerusform>
        </translation>
    </message>
    <message>
        <source>staff member &quot;%1&quot;</source>
        <translation>Mitarbeiter/in „%1“</translation>
    </message>
    <message>
        <source>Event map</source>
        <translation>Termintyp-Zuordnung</translation>
    </message>
    <message>
        <source>Event type ID</source>
        <translation>Termintyp-ID</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Service %1, segment &quot;%2&quot; and staff member %3 already have an event type; edit that row instead.</source>
        <translation>Leistung %1, Segment „%2“ und Mitarbeiter/in %3 haben bereits einen Termintyp; bearbeiten Sie stattdessen diese Zeile.</translation>
    </message>
    <message>
        <source>event-map row %1 (%2, %3, %4)</source>
        <translation>Termintyp-Zuordnung %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>With failed phases</source>
        <translation>Mit fehlgeschlagenen Phasen</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) booked in Cal.com (deleting here does not cancel those bookings)</source>
        <translation>
            <numerusform>%n Phase in Cal.com gebucht (Löschen hier storniert diese Buchung nicht)</numerusform>
            <numerusform>%n Phasen in Cal.com gebucht (Löschen hier storniert diese Buchungen nicht)</numerusform>
        </translation>
    </message>
    <message>
        <source>appointment %1 (%2, %3)</source>
        <translation>Termin %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Abgleichsstatus</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Cal.com booking</source>
        <translation>Cal.com-Buchung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Abgleichsfehler</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Phases of the appointment</source>
        <translation>Phasen des Termins</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Personal copy ID</source>
        <translation>ID der persönlichen Kopie</translation>
    </message>
    <message>
        <source>Personal copy found at</source>
        <translation>Persönliche Kopie ermittelt am</translation>
    </message>
    <message>
        <source>With a personal copy</source>
        <translation>Mit persönlicher Kopie</translation>
    </message>
    <message>
        <source>Without a personal copy</source>
        <translation>Ohne persönliche Kopie</translation>
    </message>
    <message>
        <source>The personal copy&apos;s ID must differ from the event type ID: a shared (MANAGED) event type stored as its own personal copy cannot be booked. Leave the personal copy empty instead.</source>
        <translation>Die ID der persönlichen Kopie muss sich von der Termintyp-ID unterscheiden: Ein Sammel-Termintyp, der als seine eigene persönliche Kopie gespeichert ist, kann nicht gebucht werden. Lassen Sie die persönliche Kopie stattdessen leer.</translation>
    </message>
</context>
<context>
    <name>salon::tables::TableReader</name>
    <message>
        <source>Cannot read the choices for %1: %2</source>
        <translation>Die Auswahlmöglichkeiten für %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>salon::tables::TableWriter</name>
    <message>
        <source>The row no longer exists; someone else may have deleted it.</source>
        <translation>Die Zeile existiert nicht mehr; vielleicht hat jemand anderes sie gelöscht.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cannot delete it: %1 still refer to it.</source>
        <translation>Löschen nicht möglich, es gibt noch Verweise: %1.</translation>
    </message>
</context>
<context>
    <name>salon::ui::AppController</name>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Event map</source>
        <translation>Termintyp-Zuordnung</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>The new database or language takes effect when Salon Admin is started again.</source>
        <translation>Die neue Datenbank oder Sprache wird beim nächsten Start von Salon Admin wirksam.</translation>
    </message>
    <message>
        <source>Salon Admin — demo on the built-in Cal.com sandbox</source>
        <translation>Salon Admin — Demo mit der eingebauten Cal.com-Sandbox</translation>
    </message>
    <message>
        <source>Sync console</source>
        <translation>Abgleichskonsole</translation>
    </message>
    <message>
        <source>Event type wizard</source>
        <translation>Termintyp-Assistent</translation>
    </message>
    <message>
        <source>The wizard creates event types in Cal.com, but Cal.com is not connected. Check the Cal.com settings and the API key.</source>
        <translation>Der Assistent legt Termintypen in Cal.com an, aber Cal.com ist nicht verbunden. Prüfen Sie die Cal.com-Einstellungen und den API-Schlüssel.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Salon Admin — Rehearsal — nothing reaches Cal.com</source>
        <translation>Salon Admin — Probe — nichts erreicht Cal.com</translation>
    </message>
    <message>
        <source>Rehearsal — nothing reaches Cal.com. This window works on a copy of the database and on the built-in sandbox playing a snapshot of your Cal.com team.</source>
        <translation>Probe — nichts erreicht Cal.com. Dieses Fenster arbeitet auf einer Kopie der Datenbank und auf der eingebauten Sandbox, die eine Momentaufnahme Ihres Cal.com-Teams spielt.</translation>
    </message>
    <message>
        <source>&amp;Rehearse on a copy…</source>
        <translation>Auf einer Kopie &amp;proben…</translation>
    </message>
    <message>
        <source>Try changes on a copy of the database and a snapshot of Cal.com first</source>
        <translation>Änderungen zuerst auf einer Kopie der Datenbank und einer Momentaufnahme von Cal.com ausprobieren</translation>
    </message>
    <message>
        <source>The rehearsal could not start: %1</source>
        <translation>Die Probe konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Copying the database for the rehearsal…</source>
        <translation>Die Datenbank wird für die Probe kopiert…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>salon::ui::AppStartup</name>
    <message>
        <source>Cannot update the database schema: %1</source>
        <translation>Das Datenbankschema kann nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::AppointmentLifecycleActions</name>
    <message>
        <source>Cancel appointment…</source>
        <translation>Termin absagen…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Change staff…</source>
        <translation>Personal wechseln…</translation>
    </message>
    <message>
        <source>Cancel the appointment and its bookings in Cal.com</source>
        <translation>Den Termin und seine Buchungen in Cal.com absagen</translation>
    </message>
    <message>
        <source>Move the appointment and every step to a new start, checked in Cal.com first</source>
        <translation>Den Termin mit allen Schritten auf einen neuen Beginn verschieben, vorher in Cal.com geprüft</translation>
    </message>
    <message>
        <source>Hand one step or every staff step to another staff member</source>
        <translation>Einen Schritt oder alle Schritte mit Personal an eine andere Person übergeben</translation>
    </message>
    <message>
        <source>appointment %1 (%2, %3)</source>
        <translation>Termin %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3–%4</source>
        <translation>%1 · %2 · %3–%4</translation>
    </message>
    <message>
        <source>Cal.com is not connected.</source>
        <translation>Cal.com ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>salon::ui::AppointmentsPage</name>
    <message>
        <source>Phases of the selected appointment</source>
        <translation>Phasen des ausgewählten Termins</translation>
    </message>
    <message>
        <source>Created appointment %1.</source>
        <translation>Termin %1 angelegt.</translation>
    </message>
    <message>
        <source>done.</source>
        <translation>erledigt.</translation>
    </message>
    <message>
        <source>finished with problems; the dialog lists them.</source>
        <translation>mit Problemen beendet; der Dialog zeigt sie.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3–%4</source>
        <translation>%1 · %2 · %3–%4</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Termin löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n live booking(s) in Cal.com. Deleting it only here would leave them there: the staff member stays blocked and the customer keeps the confirmation.</source>
        <translation>
            <numerusform>%1 hat %n aktive Buchung in Cal.com. Nur hier gelöscht, bliebe sie dort bestehen: Die Person bleibt blockiert und die Kundin oder der Kunde behält die Bestätigung.</numerusform>
            <numerusform>%1 hat %n aktive Buchungen in Cal.com. Nur hier gelöscht, blieben sie dort bestehen: Die Person bleibt blockiert und die Kundin oder der Kunde behält die Bestätigung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the bookings first, then delete the appointment?</source>
        <translation>Erst die Buchungen absagen, dann den Termin löschen?</translation>
    </message>
    <message>
        <source>Cancel bookings, then delete…</source>
        <translation>Buchungen absagen, dann löschen…</translation>
    </message>
    <message>
        <source>Delete here only</source>
        <translation>Nur hier löschen</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Termin behalten</translation>
    </message>
    <message>
        <source>%1 was not deleted: not every booking could be cancelled.</source>
        <translation>%1 wurde nicht gelöscht: Nicht jede Buchung konnte abgesagt werden.</translation>
    </message>
    <message>
        <source>Cancelled the bookings of %1 and deleted it.</source>
        <translation>Die Buchungen von %1 sind abgesagt und der Termin gelöscht.</translation>
    </message>
</context>
<context>
    <name>salon::ui::AuditEntryText</name>
    <message>
        <source>event type created</source>
        <translation>Termintyp angelegt</translation>
    </message>
    <message>
        <source>existing event type taken into the map</source>
        <translation>vorhandener Termintyp in die Zuordnung übernommen</translation>
    </message>
    <message>
        <source>MANAGED event type deleted</source>
        <translation>Sammel-Termintyp gelöscht</translation>
    </message>
    <message>
        <source>event type deleted by an undo</source>
        <translation>Termintyp durch Rückgängigmachen gelöscht</translation>
    </message>
    <message>
        <source>map row put back by an undo</source>
        <translation>Zuordnungszeile durch Rückgängigmachen zurückgesetzt</translation>
    </message>
    <message>
        <source>map row imported</source>
        <translation>Zuordnungszeile importiert</translation>
    </message>
    <message>
        <source>phase booked in Cal.com</source>
        <translation>Phase in Cal.com gebucht</translation>
    </message>
    <message>
        <source>phase marked for a new sync</source>
        <translation>Phase für eine neue Synchronisierung vorgemerkt</translation>
    </message>
    <message>
        <source>phase moved</source>
        <translation>Phase verschoben</translation>
    </message>
    <message>
        <source>phase booked again</source>
        <translation>Phase neu gebucht</translation>
    </message>
    <message>
        <source>phase cancelled</source>
        <translation>Phase storniert</translation>
    </message>
    <message>
        <source>phase archived</source>
        <translation>Phase archiviert</translation>
    </message>
    <message>
        <source>phase taken out of the archive</source>
        <translation>Phase aus dem Archiv geholt</translation>
    </message>
    <message>
        <source>map row repaired</source>
        <translation>Zuordnungszeile repariert</translation>
    </message>
    <message>
        <source>map row filled in</source>
        <translation>Zuordnungszeile ergänzt</translation>
    </message>
    <message>
        <source>data imported</source>
        <translation>Daten importiert</translation>
    </message>
    <message>
        <source>row added</source>
        <translation>Zeile hinzugefügt</translation>
    </message>
    <message>
        <source>row changed</source>
        <translation>Zeile geändert</translation>
    </message>
    <message>
        <source>row deleted</source>
        <translation>Zeile gelöscht</translation>
    </message>
    <message>
        <source>map row %1</source>
        <translation>Zuordnungszeile %1</translation>
    </message>
    <message>
        <source>event type %1</source>
        <translation>Termintyp %1</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Leistung %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>staff member %1</source>
        <translation>Mitarbeiter/in %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kundin/Kunde</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-Mail der Kundin/des Kunden</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Abgleichsstatus</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Abgleichsfehler</translation>
    </message>
    <message>
        <source>Cal.com booking</source>
        <translation>Cal.com-Buchung</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Termintyp</translation>
    </message>
    <message>
        <source>Staff member&apos;s own event type</source>
        <translation>Eigener Termintyp der Person</translation>
    </message>
    <message>
        <source>Looked up at</source>
        <translation>Nachgeschlagen am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Who does which service</source>
        <translation>Wer welche Leistung macht</translation>
    </message>
    <message>
        <source>Event map rows</source>
        <translation>Zeilen der Termintyp-Zuordnung</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>anzulegen</translation>
    </message>
    <message>
        <source>to take over</source>
        <translation>zu übernehmen</translation>
    </message>
    <message>
        <source>to keep</source>
        <translation>zu behalten</translation>
    </message>
    <message>
        <source>to replace</source>
        <translation>zu ersetzen</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>im Konflikt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::CalcomChangesPart</name>
    <message>
        <source>A sync is running.</source>
        <translation>Eine Synchronisierung läuft.</translation>
    </message>
    <message>
        <source>The reconcile pass is running.</source>
        <translation>Der Abgleich läuft.</translation>
    </message>
    <message>
        <source>A change is being applied.</source>
        <translation>Eine Änderung wird gerade übernommen.</translation>
    </message>
    <message>
        <source>Cal.com checked %1</source>
        <translation>Cal.com geprüft um %1</translation>
    </message>
    <message>
        <source>Cal.com check at %1 failed: %2</source>
        <translation>Cal.com-Prüfung um %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>geprüft um %1</translation>
    </message>
    <message>
        <source>check failed %1</source>
        <translation>Prüfung um %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>salon::ui::CalcomConnection</name>
    <message>
        <source>No API key: enter one in the settings.</source>
        <translation>Kein API-Schlüssel: Bitte in den Einstellungen eingeben.</translation>
    </message>
</context>
<context>
    <name>salon::ui::CancelAppointmentDialog</name>
    <message>
        <source>Cancel appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Cancels %1 and every booking of its steps in Cal.com. The customer gets the reason with the cancellation.</source>
        <translation>Sagt %1 ab, samt jeder Buchung seiner Schritte in Cal.com. Die Kundin oder der Kunde erhält den Grund mit der Absage.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Termin behalten</translation>
    </message>
    <message>
        <source>Appointment %1 was not found.</source>
        <translation>Termin %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Appointment %1 is already cancelled; no booking is live in Cal.com.</source>
        <translation>Termin %1 ist bereits abgesagt; in Cal.com ist keine Buchung mehr aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>Confirming cancels %n booking(s) in Cal.com.</source>
        <translation>
            <numerusform>Bestätigen sagt %n Buchung in Cal.com ab.</numerusform>
            <numerusform>Bestätigen sagt %n Buchungen in Cal.com ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step is booked in Cal.com: nothing is sent there.</source>
        <translation>Kein Schritt ist in Cal.com gebucht: Dorthin wird nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) without a booking are marked cancelled here only.</source>
        <translation>
            <numerusform>%n Schritt ohne Buchung wird nur hier als abgesagt markiert.</numerusform>
            <numerusform>%n Schritte ohne Buchung werden nur hier als abgesagt markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::ChangeStaffDialog</name>
    <message>
        <source>Change staff</source>
        <translation>Personal wechseln</translation>
    </message>
    <message>
        <source>Hands steps of %1 to another staff member: each is booked in Cal.com for the new staff member first, then the old booking is cancelled, so the customer always has a booking.</source>
        <translation>Übergibt Schritte von %1 an eine andere Person: Jeder wird in Cal.com zuerst für die neue Person gebucht, dann wird die alte Buchung abgesagt – so hat die Kundin oder der Kunde immer eine Buchung.</translation>
    </message>
    <message>
        <source>Every staff step</source>
        <translation>Alle Schritte mit Personal</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Choose a staff member…</source>
        <translation>Person wählen…</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>&amp;To staff member:</source>
        <translation>&amp;An Person:</translation>
    </message>
    <message>
        <source>Keep the staff</source>
        <translation>Personal behalten</translation>
    </message>
    <message>
        <source>Choose who takes the steps: their availability is then checked in Cal.com.</source>
        <translation>Wählen Sie, wer die Schritte übernimmt: Dann wird die Verfügbarkeit in Cal.com geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is free for every step. Confirming books %n step(s) for them in Cal.com and then cancels the old booking(s).</source>
        <translation>
            <numerusform>%1 ist für jeden Schritt frei. Bestätigen bucht %n Schritt in Cal.com für diese Person und sagt dann die alte Buchung ab.</numerusform>
            <numerusform>%1 ist für jeden Schritt frei. Bestätigen bucht %n Schritte in Cal.com für diese Person und sagt dann die alten Buchungen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is free for every step. No step is booked yet: the steps change here, and the next sync books them.</source>
        <translation>%1 ist für jeden Schritt frei. Noch ist kein Schritt gebucht: Die Schritte ändern sich hier, und die nächste Synchronisierung bucht sie.</translation>
    </message>
</context>
<context>
    <name>salon::ui::ChoiceDelegate</name>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Set “%1” inactive? New appointments no longer offer it; existing appointments stay as they are. You can tick Active again at any time.</source>
        <translation>„%1“ auf inaktiv setzen? Neue Termine bieten es dann nicht mehr an; bestehende Termine bleiben, wie sie sind. Sie können „Aktiv“ jederzeit wieder ankreuzen.</translation>
    </message>
    <message>
        <source>Keep active</source>
        <translation>Aktiv lassen</translation>
    </message>
</context>
<context>
    <name>salon::ui::ConnectionTest</name>
    <message>
        <source>entered in the settings</source>
        <translation>(in den Einstellungen eingegeben)</translation>
    </message>
    <message numerus="yes">
        <source>Connected to team %1: %n event type(s).</source>
        <translation>
            <numerusform>Mit Team %1 verbunden: %n Termintyp.</numerusform>
            <numerusform>Mit Team %1 verbunden: %n Termintypen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::DayExport</name>
    <message>
        <source>Salon day %1</source>
        <translation>Salontag %1</translation>
    </message>
    <message>
        <source>Cannot write the picture to %1: check that the folder exists and may be written.</source>
        <translation>Das Bild lässt sich nicht nach %1 schreiben: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Einwirkzeit</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayPage</name>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Vorheriger Tag</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Den Tag davor zeigen</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Nächster Tag ▶</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Den Tag danach zeigen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Heute zeigen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the day as a picture</source>
        <translation>Den Tag als Bild speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the day, for the salon&apos;s wall</source>
        <translation>Den Tag drucken, für die Wand im Salon</translation>
    </message>
    <message>
        <source>appointment %1 (%2, %3)</source>
        <translation>Termin %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Connect Cal.com first (Settings): a move or a change of staff is checked there.</source>
        <translation>Verbinden Sie zuerst Cal.com (Einstellungen): Verschieben und Personalwechsel werden dort geprüft.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3–%4</source>
        <translation>%1 · %2 · %3–%4</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Leistung: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>A change (%1) is still to finish: the next run of the lifecycle work finishes it.</source>
        <translation>Eine Änderung (%1) ist noch offen: Der nächste Lauf der Terminänderungen schließt sie ab.</translation>
    </message>
    <message>
        <source>processing time</source>
        <translation>Einwirkzeit</translation>
    </message>
    <message>
        <source>%1–%2 %3 (%4): %5</source>
        <translation>%1–%2 %3 (%4): %5</translation>
    </message>
    <message>
        <source>No booking needed</source>
        <translation>Keine Buchung nötig</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a block to see its appointment. Drag it to another time to move the appointment, or to another column to change the staff member (Ctrl: every step). Right-click for more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Block, um seinen Termin zu sehen. Ziehen Sie ihn auf eine andere Uhrzeit, um den Termin zu verschieben, oder in eine andere Spalte, um den Schritt jemand anderem zu geben (Strg: alle Schritte). Rechtsklick für mehr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step %1 failed:</source>
        <translation>Schritt %1 fehlgeschlagen:</translation>
    </message>
    <message numerus="yes">
        <source>%n more step(s) failed; select one to read its advice.</source>
        <translation>
            <numerusform>%n weiterer Schritt ist fehlgeschlagen; wählen Sie ihn, um seinen Rat zu lesen.</numerusform>
            <numerusform>%n weitere Schritte sind fehlgeschlagen; wählen Sie einen, um seinen Rat zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>Termin absagen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Show in console</source>
        <translation>In der Abgleichskonsole zeigen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>salon-day-%1.png</source>
        <translation>salontag-%1.png</translation>
    </message>
    <message>
        <source>Export the day as PNG</source>
        <translation>Den Tag als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The day is saved as %1.</source>
        <translation>Der Tag ist als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Print the day</source>
        <translation>Den Tag drucken</translation>
    </message>
    <message>
        <source>Books the failed steps again now (progress in the sync console)</source>
        <translation>Bucht die fehlgeschlagenen Schritte jetzt neu (Fortschritt in der Abgleichskonsole)</translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Verschieben rückgängig</translation>
    </message>
    <message>
        <source>Move the last moved appointment back</source>
        <translation>Den zuletzt verschobenen Termin zurückverschieben</translation>
    </message>
    <message>
        <source>Appointment %1 moved to %2. Undo move (Ctrl+Z) puts it back.</source>
        <translation>Termin %1 auf %2 verschoben. „Verschieben rückgängig“ (Strg+Z) setzt ihn zurück.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect Cal.com first (Settings): a move back is checked there.</source>
        <translation>Verbinden Sie zuerst Cal.com (Einstellungen): das Zurückverschieben wird dort geprüft.</translation>
    </message>
    <message>
        <source>Moving appointment %1 back…</source>
        <translation>Termin %1 wird zurückverschoben…</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayPainter</name>
    <message>
        <source>Busy in Cal.com</source>
        <translation>In Cal.com belegt</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayTimelinePreview</name>
    <message>
        <source>The new appointment on the staff&apos;s day</source>
        <translation>Der neue Termin im Tag des Personals</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Choose a service and a start to see the appointment on the staff&apos;s day.</source>
        <translation>Wählen Sie eine Leistung und einen Beginn, um den Termin im Tag des Personals zu sehen.</translation>
    </message>
    <message>
        <source>The staff&apos;s other bookings cannot be shown: %1</source>
        <translation>Die anderen Buchungen der Personen können nicht gezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayView</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Booked in Cal.com</source>
        <translation>In Cal.com gebucht</translation>
    </message>
    <message>
        <source>Not booked yet</source>
        <translation>Noch nicht gebucht</translation>
    </message>
    <message>
        <source>Booking failed</source>
        <translation>Buchung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Change still to finish</source>
        <translation>Änderung noch offen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4–%5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4–%5 · %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Busy in Cal.com&lt;/b&gt;&lt;br&gt;%1–%2 · %3&lt;br&gt;Booked in Cal.com, not by Salon Admin: shown, never changed here.</source>
        <translation>&lt;b&gt;In Cal.com belegt&lt;/b&gt;&lt;br&gt;%1–%2 · %3&lt;br&gt;In Cal.com gebucht, nicht von Salon Admin: wird gezeigt, hier nie geändert.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DifferenceReportDialog</name>
    <message>
        <source>&amp;Compare again</source>
        <translation>Erneut &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Was würde sich ändern</translation>
    </message>
    <message>
        <source>Comparing the snapshot with the rehearsal sandbox and the database with its copy…</source>
        <translation>Die Momentaufnahme wird mit der Proben-Sandbox verglichen und die Datenbank mit ihrer Kopie…</translation>
    </message>
    <message>
        <source>Cannot compare the databases: %1</source>
        <translation>Die Datenbanken können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>Nothing would change yet.</source>
        <translation>Noch würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>%1 change(s) in Cal.com and %2 in the database, by staff member. Nothing of it has reached Cal.com or the real database.</source>
        <translation>%1 Änderung(en) in Cal.com und %2 in der Datenbank, nach Mitarbeiter/in. Nichts davon hat Cal.com oder die echte Datenbank erreicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export what would change as CSV</source>
        <translation>Was sich ändern würde als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DriftPanel</name>
    <message>
        <source>&amp;Keep ours</source>
        <translation>&amp;Unseres behalten</translation>
    </message>
    <message>
        <source>&amp;Open in Cal.com</source>
        <translation>In Cal.com ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>Changes made in Cal.com</source>
        <translation>Änderungen in Cal.com</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen…</translation>
    </message>
    <message>
        <source>&amp;Look now</source>
        <translation>&amp;Jetzt nachsehen</translation>
    </message>
    <message>
        <source>Ask Cal.com now for the bookings changed since the last look</source>
        <translation>Cal.com jetzt nach den Buchungen fragen, die sich seit dem letzten Blick geändert haben</translation>
    </message>
    <message>
        <source>Done: %1 — %2</source>
        <translation>Erledigt: %1 — %2</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Nicht möglich – %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>Changed in Cal.com (%1)</source>
        <translation>In Cal.com geändert (%1)</translation>
    </message>
    <message>
        <source>Changed in Cal.com</source>
        <translation>In Cal.com geändert</translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation>Alle Änderungen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a change to see what happened.</source>
        <translation>Wählen Sie eine Änderung, um zu sehen, was passiert ist.</translation>
    </message>
    <message>
        <source>No changes made in Cal.com are waiting.</source>
        <translation>Es warten keine Änderungen aus Cal.com.</translation>
    </message>
    <message>
        <source>Leave Cal.com&apos;s change as it is and stop showing it</source>
        <translation>Die Änderung in Cal.com so lassen und nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Cal.com is not connected, or another change is still being applied.</source>
        <translation>Cal.com ist nicht verbunden, oder eine andere Änderung wird noch übernommen.</translation>
    </message>
    <message>
        <source>Kept the salon&apos;s plan; Cal.com&apos;s change is shown again only if the booking changes once more.</source>
        <translation>Der Plan des Salons bleibt; die Änderung aus Cal.com erscheint erst wieder, wenn sich die Buchung noch einmal ändert.</translation>
    </message>
    <message>
        <source>Could not open %1 in the browser.</source>
        <translation>%1 konnte nicht im Browser geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DriftPoller</name>
    <message>
        <source>Cal.com is not connected.</source>
        <translation>Cal.com ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The last look is still running.</source>
        <translation>Der letzte Blick in Cal.com läuft noch.</translation>
    </message>
    <message>
        <source>Few Cal.com requests are left right now (%1 of %2); the look waits for its next turn.</source>
        <translation>Gerade sind nur wenige Cal.com-Anfragen übrig (%1 von %2); der Blick in Cal.com wartet auf die nächste Runde.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DriftWording</name>
    <message>
        <source>Cancelled in Cal.com</source>
        <translation>In Cal.com abgesagt</translation>
    </message>
    <message>
        <source>Rescheduled in Cal.com</source>
        <translation>In Cal.com verschoben</translation>
    </message>
    <message>
        <source>Time or staff changed</source>
        <translation>Zeit oder Person geändert</translation>
    </message>
    <message>
        <source>Booked in Cal.com, not stored here</source>
        <translation>In Cal.com gebucht, hier nicht gespeichert</translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation>Doppelt gebucht</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>(Zeit unbekannt)</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>%1 — %2, step %3, %4</source>
        <translation>%1 — %2, Schritt %3, %4</translation>
    </message>
    <message>
        <source>Step %1 of %2 on %3 was cancelled in Cal.com (by the customer or in Cal.com&apos;s own pages).</source>
        <translation>Schritt %1 von %2 am %3 wurde in Cal.com abgesagt (von der Kundin oder dem Kunden oder auf den Seiten von Cal.com).</translation>
    </message>
    <message>
        <source>Cal.com no longer knows the booking of step %1 of %2 on %3.</source>
        <translation>Cal.com kennt die Buchung von Schritt %1 von %2 am %3 nicht mehr.</translation>
    </message>
    <message>
        <source>Step %1 of %2 was moved in Cal.com from %3 to %4.</source>
        <translation>Schritt %1 von %2 wurde in Cal.com von %3 auf %4 verschoben.</translation>
    </message>
    <message>
        <source>Step %1 of %2 starts at %4 in Cal.com, here at %3.</source>
        <translation>Schritt %1 von %2 beginnt in Cal.com am %4, hier am %3.</translation>
    </message>
    <message>
        <source>Step %1 of %2 on %3 is with %4 in Cal.com, here with %5.</source>
        <translation>Schritt %1 von %2 am %3 ist in Cal.com bei %4, hier bei %5.</translation>
    </message>
    <message>
        <source>Cal.com has a booking for step %1 of %2 on %3 that is not stored here yet.</source>
        <translation>Cal.com hat für Schritt %1 von %2 am %3 eine Buchung, die hier noch nicht gespeichert ist.</translation>
    </message>
    <message>
        <source>Step %1 of %2 on %3 is booked twice in Cal.com.</source>
        <translation>Schritt %1 von %2 am %3 ist in Cal.com doppelt gebucht.</translation>
    </message>
    <message>
        <source>Nothing to apply: Cal.com&apos;s change is only shown.</source>
        <translation>Nichts zu übernehmen: Die Änderung in Cal.com wird nur angezeigt.</translation>
    </message>
    <message>
        <source>Proposal: %1.</source>
        <translation>Vorschlag: %1.</translation>
    </message>
</context>
<context>
    <name>salon::ui::EventMapPage</name>
    <message>
        <source>Fix with the event type wizard…</source>
        <translation>Mit dem Termintyp-Assistenten beheben…</translation>
    </message>
    <message>
        <source>Findings of the selected row</source>
        <translation>Befunde der gewählten Zeile</translation>
    </message>
    <message>
        <source>Creates the missing event types in Cal.com and points the map at them</source>
        <translation>Legt die fehlenden Termintypen in Cal.com an und trägt sie in die Zuordnung ein</translation>
    </message>
    <message numerus="yes">
        <source>The verifier found %n error(s); select a marked row to read what is wrong.</source>
        <translation>
            <numerusform>Die Prüfung hat %n Fehler gefunden; wählen Sie eine markierte Zeile, um zu lesen, was nicht stimmt.</numerusform>
            <numerusform>Die Prüfung hat %n Fehler gefunden; wählen Sie eine markierte Zeile, um zu lesen, was nicht stimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The verifier found %n warning(s); select a marked row to read what is wrong.</source>
        <translation>
            <numerusform>Die Prüfung hat %n Warnung gefunden; wählen Sie eine markierte Zeile, um zu lesen, was nicht stimmt.</numerusform>
            <numerusform>Die Prüfung hat %n Warnungen gefunden; wählen Sie eine markierte Zeile, um zu lesen, was nicht stimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verifier has notes on some rows; select one to read them.</source>
        <translation>Die Prüfung hat Hinweise zu einigen Zeilen; wählen Sie eine, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>salon::ui::EventMapVerification</name>
    <message>
        <source>Event maps verified: no problems found.</source>
        <translation>Termintyp-Zuordnungen geprüft: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Event maps verified: %1, %2.</source>
        <translation>Termintyp-Zuordnungen geprüft: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot verify the event maps: %1</source>
        <translation>Die Termintyp-Zuordnungen können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Only local checks ran: Cal.com is not connected.</source>
        <translation>Nur lokale Prüfungen liefen: Cal.com ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Cal.com could not be checked: %1</source>
        <translation>Cal.com konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::EventTypeWizard</name>
    <message>
        <source>Create Cal.com event types</source>
        <translation>Cal.com-Termintypen anlegen</translation>
    </message>
</context>
<context>
    <name>salon::ui::HistoryPage</name>
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
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Between these days</source>
        <translation>Zwischen diesen Tagen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Entries of the selected run</source>
        <translation>Einträge des gewählten Laufs</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Live updates stopped (%1): use Refresh to see newer entries.</source>
        <translation>Die Live-Aktualisierung ist ausgefallen (%1): Neuere Einträge zeigt „Aktualisieren“.</translation>
    </message>
    <message>
        <source>&amp;Undo this run…</source>
        <translation>Diesen Lauf &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every entry of the period shown as a CSV file</source>
        <translation>Alle Einträge des gezeigten Zeitraums als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Der Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einträge von %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a run above to see what it changed.</source>
        <translation>Wählen Sie oben einen Lauf, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries from before runs were recorded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einträge aus der Zeit, bevor Läufe erfasst wurden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the run “%1” of %2 (%3)</source>
        <translation>Lauf „%1“ vom %2 (%3)</translation>
    </message>
    <message>
        <source>Select an event-type wizard run to undo it</source>
        <translation>Wählen Sie einen Lauf des Termintyp-Assistenten, um ihn rückgängig zu machen</translation>
    </message>
    <message>
        <source>This run was undone already (%1)</source>
        <translation>Dieser Lauf wurde schon rückgängig gemacht (%1)</translation>
    </message>
    <message>
        <source>Only event-type wizard runs can be undone</source>
        <translation>Nur Läufe des Termintyp-Assistenten lassen sich rückgängig machen</translation>
    </message>
    <message>
        <source>Undo needs the Cal.com connection: it checks the bookings first</source>
        <translation>Rückgängigmachen braucht die Verbindung zu Cal.com: Zuerst werden die Buchungen geprüft</translation>
    </message>
    <message>
        <source>Show what undoing this run would do, then undo it</source>
        <translation>Zeigen, was das Rückgängigmachen dieses Laufs bewirken würde, und ihn dann rückgängig machen</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Den Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>Art des Laufs</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry/entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::LazyTableModel</name>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Die Zeilen von %1 können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>Cannot load the rows of %1: %2</source>
        <translation>Die Zeilen von %1 können nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>salon::ui::LifecycleActionDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%v of %m appointments</source>
        <translation>%v von %m Terminen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cal.com is not connected, so the change cannot be checked or made. Check the Cal.com settings and the API key (Settings).</source>
        <translation>Cal.com ist nicht verbunden, daher kann die Änderung weder geprüft noch ausgeführt werden. Prüfen Sie die Cal.com-Einstellungen und den API-Schlüssel (Einstellungen).</translation>
    </message>
    <message>
        <source>Checking in Cal.com whether every step is free… nothing changes yet.</source>
        <translation>Prüfe in Cal.com, ob jeder Schritt frei ist … noch ändert sich nichts.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Changing the bookings in Cal.com… each step shows its progress below.</source>
        <translation>Die Buchungen in Cal.com werden geändert … jeder Schritt zeigt unten seinen Fortschritt.</translation>
    </message>
    <message>
        <source>The change could not run: %1</source>
        <translation>Die Änderung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Stopping… steps already done are put back where the change needs it.</source>
        <translation>Wird angehalten … bereits erledigte Schritte werden zurückgesetzt, wo die Änderung es verlangt.</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>Appointment %1 (%2)</source>
        <translation>Termin %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>step %1 (%2, %3): %4</source>
        <translation>Schritt %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the appointment is already as asked.</source>
        <translation>Nichts zu ändern: Der Termin ist bereits so.</translation>
    </message>
    <message>
        <source>This cannot be done now; nothing has changed:</source>
        <translation>Das geht gerade nicht; nichts wurde geändert:</translation>
    </message>
    <message numerus="yes">
        <source>Every step is free. Confirming changes %n booking(s) in Cal.com.</source>
        <translation>
            <numerusform>Jeder Schritt ist frei. Bestätigen ändert %n Buchung in Cal.com.</numerusform>
            <numerusform>Jeder Schritt ist frei. Bestätigen ändert %n Buchungen in Cal.com.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Finished with problems.</source>
        <translation>Mit Problemen beendet.</translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation>Termin %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished change(s) of an earlier run were finished first.</source>
        <translation>
            <numerusform>%n unvollendete Änderung eines früheren Laufs wurde zuerst abgeschlossen.</numerusform>
            <numerusform>%n unvollendete Änderungen eines früheren Laufs wurden zuerst abgeschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::MainWindow</name>
    <message>
        <source>Salon Admin</source>
        <translation>Salon Admin</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>&amp;About Salon Admin</source>
        <translation>&amp;Über Salon Admin</translation>
    </message>
    <message>
        <source>About Salon Admin</source>
        <translation>Über Salon Admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Salon Admin %1&lt;/h3&gt;&lt;p&gt;Keeps a hair salon&apos;s bookings and its Cal.com account in step.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Salon Admin %1&lt;/h3&gt;&lt;p&gt;Hält die Buchungen eines Friseursalons und sein Cal.com-Konto im Gleichklang.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>salon::ui::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>salon::ui::MoveAppointmentDialog</name>
    <message>
        <source>Move appointment</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Moves %1 to a new start. Every step moves by the same time, processing times too; each step is checked in Cal.com at its new time before anything changes.</source>
        <translation>Verschiebt %1 auf einen neuen Beginn. Jeder Schritt verschiebt sich um dieselbe Zeit, auch Einwirkzeiten; jeder Schritt wird zu seiner neuen Zeit in Cal.com geprüft, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>&amp;New start:</source>
        <translation>&amp;Neuer Beginn:</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>Zeit behalten</translation>
    </message>
    <message>
        <source>Choose the new date and time: each step is then checked in Cal.com at its new time.</source>
        <translation>Wählen Sie das neue Datum und die neue Uhrzeit: Dann wird jeder Schritt zu seiner neuen Zeit in Cal.com geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>Every step is free at its new time. Confirming moves %n booking(s) in Cal.com to %1.</source>
        <translation>
            <numerusform>Jeder Schritt ist zu seiner neuen Zeit frei. Bestätigen verschiebt %n Buchung in Cal.com auf %1.</numerusform>
            <numerusform>Jeder Schritt ist zu seiner neuen Zeit frei. Bestätigen verschiebt %n Buchungen in Cal.com auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every step is free at its new time. No step is booked yet: the appointment moves here, and the next sync books it at %1.</source>
        <translation>Jeder Schritt ist zu seiner neuen Zeit frei. Noch ist kein Schritt gebucht: Der Termin verschiebt sich hier, und die nächste Synchronisierung bucht ihn für %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overlap their own old time; Cal.com decides when they move (if it refuses, everything is put back).</source>
        <translation>
            <numerusform>%n Schritt überschneidet sich mit seiner alten Zeit; Cal.com entscheidet beim Verschieben (lehnt es ab, wird alles zurückgesetzt).</numerusform>
            <numerusform>%n Schritte überschneiden sich mit ihrer alten Zeit; Cal.com entscheidet beim Verschieben (lehnt es ab, wird alles zurückgesetzt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::MoveUndo</name>
    <message>
        <source>Move appointment %1 back to %2</source>
        <translation>Termin %1 zurück auf %2 verschieben</translation>
    </message>
    <message>
        <source>Could not move appointment %1 back: %2</source>
        <translation>Termin %1 konnte nicht zurückverschoben werden: %2</translation>
    </message>
    <message>
        <source>Appointment %1 is back at %2, in Cal.com too.</source>
        <translation>Termin %1 ist wieder um %2, auch in Cal.com.</translation>
    </message>
    <message>
        <source>Appointment %1 is at %2 already.</source>
        <translation>Termin %1 ist bereits um %2.</translation>
    </message>
    <message>
        <source>The old time %1 is no longer free, so appointment %2 stays where it is; nothing changed (%3).</source>
        <translation>Die alte Zeit %1 ist nicht mehr frei, daher bleibt Termin %2, wo er ist; nichts wurde geändert (%3).</translation>
    </message>
    <message>
        <source>Appointment %1 could not be moved back; nothing changed. %2</source>
        <translation>Termin %1 konnte nicht zurückverschoben werden; nichts wurde geändert. %2</translation>
    </message>
    <message>
        <source>Moving appointment %1 back did not finish: %2 %3</source>
        <translation>Das Zurückverschieben von Termin %1 wurde nicht abgeschlossen: %2 %3</translation>
    </message>
    <message>
        <source>Appointment %1 could not be moved back.</source>
        <translation>Termin %1 konnte nicht zurückverschoben werden.</translation>
    </message>
</context>
<context>
    <name>salon::ui::NewAppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Service *</source>
        <translation>Leistung *</translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation>Kunde/Kundin *</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Start (%1) *</source>
        <translation>Beginn (%1) *</translation>
    </message>
    <message>
        <source>Staff per segment</source>
        <translation>Personal je Segment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n min)</source>
        <translation>
            <numerusform>%1 – %2 (%n Min.)</numerusform>
            <numerusform>%1 – %2 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>processing time, no staff</source>
        <translation>Einwirkzeit, kein Personal</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Staff for %1</source>
        <translation>Personal für %1</translation>
    </message>
    <message>
        <source>This service has no segments yet.</source>
        <translation>Diese Leistung hat noch keine Segmente.</translation>
    </message>
    <message>
        <source>Add a service first.</source>
        <translation>Legen Sie zuerst eine Leistung an.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Geben Sie den Namen der Kundin oder des Kunden ein.</translation>
    </message>
    <message>
        <source>(no staff)</source>
        <translation>(kein Personal)</translation>
    </message>
    <message>
        <source>The start %1 is in the past: choose a time from now on.</source>
        <translation>Der Beginn %1 liegt in der Vergangenheit: wählen Sie eine Zeit ab jetzt.</translation>
    </message>
</context>
<context>
    <name>salon::ui::PlanReviewPage</name>
    <message>
        <source>Plan again</source>
        <translation>Neu planen</translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <source>Nothing has been changed in Cal.com yet. Check the plan, then confirm it.</source>
        <translation>In Cal.com wurde noch nichts geändert. Prüfen Sie den Plan und bestätigen Sie ihn dann.</translation>
    </message>
    <message>
        <source>Create event types</source>
        <translation>Termintypen anlegen</translation>
    </message>
    <message>
        <source>Reading the map and the team&apos;s event types from Cal.com…</source>
        <translation>Die Zuordnung und die Termintypen des Teams werden aus Cal.com gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1 to create, %2 to replace, %3 to adopt, %4 kept, %5 conflicts, %6 blocked.</source>
        <translation>
            <numerusform>%n Eintrag: %1 anzulegen, %2 zu ersetzen, %3 zu übernehmen, %4 behalten, %5 Konflikte, %6 blockiert.</numerusform>
            <numerusform>%n Einträge: %1 anzulegen, %2 zu ersetzen, %3 zu übernehmen, %4 behalten, %5 Konflikte, %6 blockiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and blocked items are shown but not touched.</source>
        <translation>Konflikte und blockierte Einträge werden angezeigt, aber nicht angefasst.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::PlanTableModel</name>
    <message>
        <source>Nothing; the map is pointed at event type %1</source>
        <translation>Nichts; die Zuordnung wird auf Termintyp %1 gerichtet</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Termintyp</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>A new booking type for %1, %n min, not on the public booking page</source>
        <translation>
            <numerusform>Ein neuer Termintyp für %1, %n Min., nicht auf der öffentlichen Buchungsseite</numerusform>
            <numerusform>Ein neuer Termintyp für %1, %n Min., nicht auf der öffentlichen Buchungsseite</numerusform>
        </translation>
    </message>
    <message>
        <source>Details: POST round robin, hidden, %1 min, host %2 (mandatory, high), slug %3</source>
        <translation>Details: POST round robin, hidden, %1 min, host %2 (mandatory, high), slug %3</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>Kurzname (Adresse)</translation>
    </message>
</context>
<context>
    <name>salon::ui::RecordFormDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>salon::ui::RehearsalDialog</name>
    <message>
        <source>Take a &amp;new snapshot of Cal.com now (read only: bookings from 30 days ago to a year ahead)</source>
        <translation>Jetzt eine &amp;neue Momentaufnahme von Cal.com machen (nur lesend: Buchungen von vor 30 Tagen bis ein Jahr voraus)</translation>
    </message>
    <message>
        <source>Use a &amp;saved snapshot file:</source>
        <translation>Eine &amp;gespeicherte Momentaufnahme verwenden:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Start the &amp;rehearsal</source>
        <translation>Die &amp;Probe beginnen</translation>
    </message>
    <message>
        <source>Rehearse on a copy</source>
        <translation>Auf einer Kopie proben</translation>
    </message>
    <message>
        <source>A rehearsal opens a second window on a copy of this database and on the built-in sandbox playing a snapshot of your Cal.com team. Try the wizard, a sync, moves and cancellations there: nothing reaches Cal.com or this database.</source>
        <translation>Eine Probe öffnet ein zweites Fenster auf einer Kopie dieser Datenbank und auf der eingebauten Sandbox, die eine Momentaufnahme Ihres Cal.com-Teams spielt. Probieren Sie dort den Assistenten, eine Synchronisierung, Verschiebungen und Stornierungen aus: Nichts davon erreicht Cal.com oder diese Datenbank.</translation>
    </message>
    <message>
        <source>Cal.com is not connected: use a saved snapshot file</source>
        <translation>Cal.com ist nicht verbunden: Verwenden Sie eine gespeicherte Momentaufnahme</translation>
    </message>
    <message>
        <source>Open a Cal.com snapshot</source>
        <translation>Eine Momentaufnahme von Cal.com öffnen</translation>
    </message>
    <message>
        <source>Cal.com snapshots (*.json)</source>
        <translation>Momentaufnahmen von Cal.com (*.json)</translation>
    </message>
    <message>
        <source>There is no snapshot file at %1.</source>
        <translation>Unter %1 gibt es keine Momentaufnahme.</translation>
    </message>
    <message>
        <source>Cal.com is not connected.</source>
        <translation>Cal.com ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading Cal.com (GET requests only)…</source>
        <translation>Cal.com wird gelesen (nur GET-Anfragen)…</translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>%1 von %2 Anfragen</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>Die Momentaufnahme konnte nicht gemacht werden: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>salon::ui::RehearsalEnvironment</name>
    <message>
        <source>Cannot create a folder for the copy: %1</source>
        <translation>Für die Kopie kann kein Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>Die Datenbank ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 cannot be served: %2</source>
        <translation>%1 kann nicht bereitgestellt werden: %2</translation>
    </message>
    <message>
        <source>The built-in Cal.com sandbox cannot listen on 127.0.0.1.</source>
        <translation>Die eingebaute Cal.com-Sandbox kann nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>salon::ui::RehearsalLauncher</name>
    <message>
        <source>What would change…</source>
        <translation>Was würde sich ändern…</translation>
    </message>
</context>
<context>
    <name>salon::ui::RetireManagedPage</name>
    <message>
        <source>Delete from Cal.com</source>
        <translation>Aus Cal.com löschen</translation>
    </message>
    <message>
        <source>Retire old MANAGED event types</source>
        <translation>Alte Sammel-Termintypen entfernen</translation>
    </message>
    <message>
        <source>The replaced MANAGED parents can be deleted once no map row and no open appointment phase refers to them. This step is optional.</source>
        <translation>Die ersetzten Sammel-Elterntypen können gelöscht werden, sobald keine Zuordnungszeile und keine offene Terminphase mehr darauf verweist. Dieser Schritt ist optional.</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Termintyp</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n event type(s)…</source>
        <translation>
            <numerusform>%n Termintyp wird gelöscht…</numerusform>
            <numerusform>%n Termintypen werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 failed, %3 kept.</source>
        <translation>%1 gelöscht, %2 fehlgeschlagen, %3 behalten.</translation>
    </message>
    <message>
        <source>Looking for replaced MANAGED event types…</source>
        <translation>Ersetzte Sammel-Termintypen werden gesucht…</translation>
    </message>
    <message>
        <source>Safe to delete</source>
        <translation>Kann gelöscht werden</translation>
    </message>
    <message>
        <source>Still referred to</source>
        <translation>Wird noch verwendet</translation>
    </message>
    <message>
        <source>No replaced MANAGED event types are left in Cal.com.</source>
        <translation>In Cal.com sind keine ersetzten Sammel-Termintypen mehr übrig.</translation>
    </message>
    <message>
        <source>%1 of %2 can be deleted.</source>
        <translation>%1 von %2 können gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Yes, delete the %n checked event type(s) from Cal.com.</source>
        <translation>
            <numerusform>Ja, den %n markierten Termintyp aus Cal.com löschen.</numerusform>
            <numerusform>Ja, die %n markierten Termintypen aus Cal.com löschen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::RunEntryModel</name>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Change (before → after)</source>
        <translation>Änderung (vorher → nachher)</translation>
    </message>
</context>
<context>
    <name>salon::ui::RunListModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>undone (%1)</source>
        <translation>rückgängig gemacht (%1)</translation>
    </message>
    <message>
        <source>can be undone</source>
        <translation>kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Entries written before runs were recorded (they cannot be undone)</source>
        <translation>Einträge aus der Zeit, bevor Läufe erfasst wurden (sie lassen sich nicht rückgängig machen)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Was er getan hat</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>salon::ui::RunPage</name>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene erneut versuchen</translation>
    </message>
    <message>
        <source>Creating event types</source>
        <translation>Termintypen werden angelegt</translation>
    </message>
    <message>
        <source>Each finished item is saved at once; a cancelled or interrupted run resumes when you run the wizard again.</source>
        <translation>Jeder fertige Eintrag wird sofort gespeichert; ein abgebrochener oder unterbrochener Lauf wird fortgesetzt, wenn Sie den Assistenten erneut ausführen.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>%1 done, %2 unchanged, %3 failed, %4 cancelled, %5 not touched.</source>
        <translation>%1 erledigt, %2 unverändert, %3 fehlgeschlagen, %4 abgebrochen, %5 nicht angefasst.</translation>
    </message>
</context>
<context>
    <name>salon::ui::RunUndoDialog</name>
    <message>
        <source>Stop after this item</source>
        <translation>Nach diesem Punkt anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undo run %1</source>
        <translation>Lauf %1 rückgängig machen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Cal.com is not connected, so nothing can be checked or undone.</source>
        <translation>Cal.com ist nicht verbunden; daher kann nichts geprüft oder rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>will be undone</source>
        <translation>wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>already undone</source>
        <translation>schon rückgängig gemacht</translation>
    </message>
    <message>
        <source>cannot be undone</source>
        <translation>nicht rückgängig zu machen</translation>
    </message>
    <message>
        <source>not undoable</source>
        <translation>nicht rückgängig zu machen</translation>
    </message>
    <message>
        <source>will not be undone</source>
        <translation>wird nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Undo %n item(s)</source>
        <translation>
            <numerusform>%n Punkt rückgängig machen</numerusform>
            <numerusform>%n Punkte rückgängig machen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Checking what undoing %1 would do (the database and Cal.com are only read)…</source>
        <translation>Es wird geprüft, was das Rückgängigmachen von %1 bewirken würde (Datenbank und Cal.com werden nur gelesen)…</translation>
    </message>
    <message>
        <source>Cannot plan the undo of %1: %2</source>
        <translation>Das Rückgängigmachen von %1 kann nicht geplant werden: %2</translation>
    </message>
    <message>
        <source>Undoing %1 would undo %2 of %3 item(s); %4 cannot be undone (the reason is given for each); %5 already undone. Nothing has been changed yet.</source>
        <translation>Das Rückgängigmachen von %1 würde %2 von %3 Punkten zurücknehmen; %4 lassen sich nicht zurücknehmen (der Grund steht jeweils dabei); %5 sind schon zurückgenommen. Noch wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Careful: %n map row(s) would point at MANAGED parents again, which Cal.com cannot book. Their appointments fail to sync until the event-type wizard runs again.</source>
        <translation>
            <numerusform>Achtung: %n Zuordnungszeile würde wieder auf einen Sammel-Termintyp zeigen, den Cal.com nicht buchen kann. Ihre Termine lassen sich nicht synchronisieren, bis der Termintyp-Assistent wieder läuft.</numerusform>
            <numerusform>Achtung: %n Zuordnungszeilen würden wieder auf Sammel-Termintypen zeigen, die Cal.com nicht buchen kann. Ihre Termine lassen sich nicht synchronisieren, bis der Termintyp-Assistent wieder läuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing %1: %2 of %3 item(s) done…</source>
        <translation>Rückgängigmachen von %1: %2 von %3 Punkten erledigt…</translation>
    </message>
    <message>
        <source>Undo of %1 finished: %2 undone, %3 not undone, %4 failed.</source>
        <translation>Rückgängigmachen von %1 beendet: %2 zurückgenommen, %3 nicht zurückgenommen, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The undo is listed in the history as run %1.</source>
        <translation>Das Rückgängigmachen steht im Verlauf als Lauf %1.</translation>
    </message>
</context>
<context>
    <name>salon::ui::ScreenshotTaker</name>
    <message>
        <source>Cannot save the screenshot to %1.</source>
        <translation>Der Screenshot kann nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>salon::ui::SecretStorage</name>
    <message>
        <source>API key not stored</source>
        <translation>API-Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>salon::ui::ServiceSelectionPage</name>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Choose the services whose segments need their own Cal.com event types.</source>
        <translation>Wählen Sie die Leistungen, deren Segmente eigene Cal.com-Termintypen brauchen.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 segments with staff, %4 performers</source>
        <translation>%1 (%2) — %3 Segmente mit Personal, %4 Ausführende</translation>
    </message>
    <message>
        <source>Nothing to plan: no segment with staff or nobody performs it.</source>
        <translation>Nichts zu planen: kein Segment mit Personal, oder niemand führt es aus.</translation>
    </message>
    <message>
        <source>Reading the services…</source>
        <translation>Die Leistungen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>salon::ui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>not set (or PGPASSWORD)</source>
        <translation>nicht gesetzt (oder PGPASSWORD)</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter a valid http(s) base URL first.</source>
        <translation>Geben Sie zuerst eine gültige http(s)-Basis-URL ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Wählen Sie die SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL host and database name.</source>
        <translation>Geben Sie den PostgreSQL-Host und den Datenbanknamen ein.</translation>
    </message>
    <message>
        <source>The Cal.com base URL must be an http(s) address such as https://api.cal.com/v2.</source>
        <translation>Die Cal.com-Basis-URL muss eine http(s)-Adresse wie https://api.cal.com/v2 sein.</translation>
    </message>
    <message>
        <source>The Cal.com base URL must not contain a user name or password; enter the API key below.</source>
        <translation>Die Cal.com-Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; geben Sie unten den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; choose one such as Europe/Berlin.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; wählen Sie eine wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; Salon Admin uses the built-in Cal.com sandbox at %1 (team %2) and a temporary database that is deleted when you close it; nothing real is touched. Your own settings are not used and stay as they are. To change them, start Salon Admin without --demo.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; Salon Admin verwendet die eingebaute Cal.com-Sandbox unter %1 (Team %2) und eine temporäre Datenbank, die beim Schließen gelöscht wird; echte Daten bleiben unberührt. Ihre eigenen Einstellungen werden nicht verwendet und bleiben, wie sie sind. Um sie zu ändern, starten Sie Salon Admin ohne --demo.</translation>
    </message>
    <message>
        <source>the sandbox&apos;s own demo key</source>
        <translation>der eigene Demo-Schlüssel der Sandbox</translation>
    </message>
</context>
<context>
    <name>salon::ui::SickDayDialog</name>
    <message>
        <source>Off on a day</source>
        <translation>Tag abwesend</translation>
    </message>
    <message>
        <source>A staff member is off (ill, on leave): every one of their steps on that day goes to another staff member. Each appointment changes as a whole or not at all; the check shows which can go before anything changes.</source>
        <translation>Eine Person fällt aus (krank, Urlaub): Jeder ihrer Schritte an diesem Tag geht an eine andere Person. Jeder Termin ändert sich ganz oder gar nicht; die Prüfung zeigt, welche übergeben werden können, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>Choose a staff member…</source>
        <translation>Person wählen…</translation>
    </message>
    <message>
        <source>&amp;Staff member who is off:</source>
        <translation>&amp;Abwesende Person:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Steps go to:</source>
        <translation>&amp;Schritte gehen an:</translation>
    </message>
    <message>
        <source>Hand over the day</source>
        <translation>Tag übergeben</translation>
    </message>
    <message>
        <source>Choose who takes over the steps: their availability is then checked in Cal.com.</source>
        <translation>Wählen Sie, wer die Schritte übernimmt: Dann wird die Verfügbarkeit in Cal.com geprüft.</translation>
    </message>
    <message>
        <source>The steps must go to someone else than %1.</source>
        <translation>Die Schritte müssen an jemand anderen als %1 gehen.</translation>
    </message>
    <message>
        <source>%1 has no steps on %2: nothing to hand over.</source>
        <translation>%1 hat am %2 keine Schritte: nichts zu übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n appointment(s) on %2.</source>
        <translation>
            <numerusform>%1 hat am %2 %n Termin.</numerusform>
            <numerusform>%1 hat am %2 %n Termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can go to %1.</source>
        <translation>
            <numerusform>%n kann an %1 gehen.</numerusform>
            <numerusform>%n können an %1 gehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot (they stay as they are):</source>
        <translation>
            <numerusform>%n kann nicht (bleibt, wie er ist):</numerusform>
            <numerusform>%n können nicht (bleiben, wie sie sind):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) handed over to %1.</source>
        <translation>
            <numerusform>%n Termin an %1 übergeben.</numerusform>
            <numerusform>%n Termine an %1 übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation>Termin %1: %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Not moved — still with %1:</source>
        <translation>Nicht übergeben – weiter bei %1:</translation>
    </message>
</context>
<context>
    <name>salon::ui::StaffPage</name>
    <message>
        <source>Off on a day…</source>
        <translation>Tag abwesend…</translation>
    </message>
    <message>
        <source>Hand every step of the selected staff member on one day to someone else</source>
        <translation>Alle Schritte der gewählten Person an einem Tag an jemand anderen übergeben</translation>
    </message>
</context>
<context>
    <name>salon::ui::StaffSelectionPage</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Each chosen staff member gets one event type per segment of the services they perform.</source>
        <translation>Jede gewählte Person erhält einen Termintyp je Segment der Leistungen, die sie ausführt.</translation>
    </message>
    <message>
        <source>Title template:</source>
        <translation>Titelvorlage:</translation>
    </message>
    <message>
        <source>Cal.com user %1</source>
        <translation>Cal.com-Benutzer %1</translation>
    </message>
    <message>
        <source>no Cal.com user</source>
        <translation>kein Cal.com-Benutzer</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Zum Beispiel:</translation>
    </message>
    <message>
        <source>Placeholders: {service}, {segment}, {segmentName}, {staff}, {minutes}. The link name in the booking address is built from the title.</source>
        <translation>Platzhalter: {service}, {segment}, {segmentName}, {staff}, {minutes}. Der Kurzname in der Buchungsadresse wird aus dem Titel gebildet.</translation>
    </message>
</context>
<context>
    <name>salon::ui::StatusIndicators</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Cal.com connection</source>
        <translation>Cal.com-Verbindung</translation>
    </message>
    <message>
        <source>Cal.com rate limit</source>
        <translation>Cal.com-Anfragelimit</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Database: %1 (not open)</source>
        <translation>Datenbank: %1 (nicht geöffnet)</translation>
    </message>
    <message>
        <source>Cal.com requests left in the current rate-limit window</source>
        <translation>Verbleibende Cal.com-Anfragen im aktuellen Limit-Zeitfenster</translation>
    </message>
    <message>
        <source>Cal.com: not configured</source>
        <translation>Cal.com: nicht eingerichtet</translation>
    </message>
    <message>
        <source>Cal.com: connecting…</source>
        <translation>Cal.com: verbindet…</translation>
    </message>
    <message>
        <source>Cal.com: connected</source>
        <translation>Cal.com: verbunden</translation>
    </message>
    <message>
        <source>Cal.com: connection failed</source>
        <translation>Cal.com: Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Cal.com requests left: %1/%2</source>
        <translation>Cal.com-Anfragen frei: %1/%2</translation>
    </message>
    <message>
        <source>Last look for changes made in Cal.com</source>
        <translation>Letzter Blick auf Änderungen in Cal.com</translation>
    </message>
</context>
<context>
    <name>salon::ui::StepProgressModel</name>
    <message>
        <source>cancel the booking</source>
        <translation>Buchung absagen</translation>
    </message>
    <message>
        <source>move the booking</source>
        <translation>Buchung verschieben</translation>
    </message>
    <message>
        <source>book anew, then cancel the old booking</source>
        <translation>neu buchen, dann alte Buchung absagen</translation>
    </message>
    <message>
        <source>here only (no booking in Cal.com)</source>
        <translation>nur hier (keine Buchung in Cal.com)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Cal.com decides</source>
        <translation>Cal.com entscheidet</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>no event type</source>
        <translation>kein Termintyp</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>wird abgesagt</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>wird verschoben</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>wird gebucht</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>owed: the next run finishes it</source>
        <translation>offen: der nächste Lauf erledigt es</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>putting back: %1</source>
        <translation>wird zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>%1 (no staff)</source>
        <translation>%1 (ohne Personal)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>salon::ui::SyncConsole</name>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>Live-Aktualisierung angehalten: %1</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Leistungen</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>The sync console cannot read the database: %1</source>
        <translation>Die Abgleichskonsole kann die Datenbank nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cal.com rate limit: waiting %1 s, %2 of %3 requests left</source>
        <translation>Cal.com-Anfragelimit: %1 s warten, %2 von %3 Anfragen übrig</translation>
    </message>
    <message>
        <source>Cal.com budget: %1 of %2 requests left</source>
        <translation>Cal.com-Budget: %1 von %2 Anfragen übrig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) failed to sync with Cal.com and need attention.</source>
        <translation>
            <numerusform>%n Phase konnte nicht mit Cal.com synchronisiert werden und braucht Aufmerksamkeit.</numerusform>
            <numerusform>%n Phasen konnten nicht mit Cal.com synchronisiert werden und brauchen Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last sync run failed for %n phase(s).</source>
        <translation>
            <numerusform>Der letzte Abgleichslauf ist für %n Phase fehlgeschlagen.</numerusform>
            <numerusform>Der letzte Abgleichslauf ist für %n Phasen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configure Cal.com in Settings to sync.</source>
        <translation>Richten Sie Cal.com in den Einstellungen ein, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>%1 of %2 phases</source>
        <translation>%1 von %2 Phasen</translation>
    </message>
    <message>
        <source>Archive failure</source>
        <translation>Fehler archivieren</translation>
    </message>
    <message>
        <source>Why is this failure harmless? (kept in the history)</source>
        <translation>Warum ist dieser Fehler harmlos? (bleibt im Verlauf)</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n phase(s) to be booked again in Cal.com? The stored booking reference is replaced by the next sync.</source>
        <translation>
            <numerusform>%n Phase zum erneuten Buchen in Cal.com markieren? Die gespeicherte Buchungsreferenz wird bei der nächsten Synchronisierung ersetzt.</numerusform>
            <numerusform>%n Phasen zum erneuten Buchen in Cal.com markieren? Die gespeicherte Buchungsreferenz wird bei der nächsten Synchronisierung ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync console</source>
        <translation>Abgleichskonsole</translation>
    </message>
    <message>
        <source>Export sync log</source>
        <translation>Abgleichsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Sync log written to %1.</source>
        <translation>Abgleichsprotokoll nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Only cancelled or missing bookings can be booked again from here; check the others in Cal.com.</source>
        <translation>Nur stornierte oder fehlende Buchungen können hier erneut gebucht werden; prüfen Sie die anderen in Cal.com.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Reconcile %1: %n difference(s) with Cal.com; see Drift.</source>
        <translation>
            <numerusform>Abgleich %1: %n Abweichung von Cal.com; siehe Abweichungen.</numerusform>
            <numerusform>Abgleich %1: %n Abweichungen von Cal.com; siehe Abweichungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile %1: no synced steps in this period, so there was nothing to compare with Cal.com.</source>
        <translation>Abgleich %1: In diesem Zeitraum gibt es keine synchronisierten Schritte, es gab also nichts mit Cal.com zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Reconcile %1: all %n synced step(s) match Cal.com.</source>
        <translation>
            <numerusform>Abgleich %1: Der %n synchronisierte Schritt stimmt mit Cal.com überein.</numerusform>
            <numerusform>Abgleich %1: Alle %n synchronisierten Schritte stimmen mit Cal.com überein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::SyncConsoleController</name>
    <message>
        <source>No failed phases to retry.</source>
        <translation>Keine fehlgeschlagenen Phasen zum erneuten Versuchen.</translation>
    </message>
    <message>
        <source>phase %1: %2 %3</source>
        <translation>Phase %1: %2 %3</translation>
    </message>
    <message>
        <source>phase %1 (appointment %2, %3): %4 - %5</source>
        <translation>Phase %1 (Termin %2, %3): %4 - %5</translation>
    </message>
    <message>
        <source>Sync finished: %1</source>
        <translation>Abgleich beendet: %1</translation>
    </message>
    <message>
        <source>Sync finished with failures: %1. See the failed view.</source>
        <translation>Synchronisierung mit Fehlern beendet: %1. Siehe die Ansicht der Fehlgeschlagenen.</translation>
    </message>
    <message>
        <source>Sync cancelled: %1</source>
        <translation>Synchronisierung abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync of %n phase(s) started.</source>
        <translation>
            <numerusform>Synchronisierung von %n Phase gestartet.</numerusform>
            <numerusform>Synchronisierung von %n Phasen gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n phase(s) with Cal.com...</source>
        <translation>
            <numerusform>%n Phase wird mit Cal.com synchronisiert...</numerusform>
            <numerusform>%n Phasen werden mit Cal.com synchronisiert...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: queued phases stop now, a booking already sent is waited for.</source>
        <translation>Abbruch: Wartende Phasen stoppen sofort, auf eine bereits gesendete Buchung wird gewartet.</translation>
    </message>
    <message>
        <source>Archiving needs a reason.</source>
        <translation>Zum Archivieren ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>Archived phase(s) %1: %2</source>
        <translation>Archivierte Phase(n) %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) archived.</source>
        <translation>
            <numerusform>%n Fehler archiviert.</numerusform>
            <numerusform>%n Fehler archiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>Reconcile failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Comparing synced phases with Cal.com...</source>
        <translation>Synchronisierte Phasen werden mit Cal.com verglichen...</translation>
    </message>
    <message>
        <source>Drift found by reconcile; confirmed by %1</source>
        <translation>Beim Abgleich gefundene Abweichung; bestätigt von %1</translation>
    </message>
    <message>
        <source>phase %1 marked to be booked again</source>
        <translation>Phase %1 zum erneuten Buchen markiert</translation>
    </message>
</context>
<context>
    <name>salon::ui::SyncConsoleToolBar</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>salon::ui::SyncDetailPane</name>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Select a phase to see its sync history.</source>
        <translation>Wählen Sie eine Phase, um ihren Abgleichsverlauf zu sehen.</translation>
    </message>
    <message>
        <source>(no answer recorded)</source>
        <translation>(keine Antwort aufgezeichnet)</translation>
    </message>
    <message>
        <source>Phase %1 (%2) of %3</source>
        <translation>Phase %1 (%2) von %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archiviert: %1</translation>
    </message>
    <message>
        <source>Cal.com booking: %1 (%2)</source>
        <translation>Cal.com-Buchung: %1 (%2)</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::SyncQueueModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>wird synchronisiert</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>no staff</source>
        <translation>kein Personal</translation>
    </message>
    <message>
        <source>%1 - processing time (no staff)</source>
        <translation>%1 - Einwirkzeit (kein Personal)</translation>
    </message>
    <message>
        <source>waiting %1 s</source>
        <translation>wartet %1 s</translation>
    </message>
    <message>
        <source>%1 (archived: %2)</source>
        <translation>%1 (archiviert: %2)</translation>
    </message>
    <message>
        <source>Appointment / phase</source>
        <translation>Termin / Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>salon::ui::TablePage</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Alle Spalten</translation>
    </message>
    <message>
        <source>Search in column</source>
        <translation>In Spalte suchen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Zeilenanzahl</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to %1.</source>
        <translation>Zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved changes to %1.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 still refer to it. Delete or change those first.</source>
        <translation>%1 kann nicht gelöscht werden, es gibt noch Verweise: %2. Löschen oder ändern Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>Dabei werden auch %1 gelöscht.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is not in the table (any more): it may have been deleted.</source>
        <translation>Zeile %1 ist nicht (mehr) in der Tabelle: sie wurde vielleicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>salon::ui::ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Verify event maps</source>
        <translation>Termintyp-Zuordnungen &amp;prüfen</translation>
    </message>
    <message>
        <source>Event type &amp;wizard…</source>
        <translation>Termintyp-&amp;Assistent…</translation>
    </message>
    <message>
        <source>&amp;Sync console</source>
        <translation>&amp;Abgleichskonsole</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>salon::ui::WizardSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Event types: %1 created or adopted, %2 already fine, %3 failed, %4 cancelled, %5 not touched (conflicts or staff without a Cal.com user).</source>
        <translation>Termintypen: %1 angelegt oder übernommen, %2 bereits in Ordnung, %3 fehlgeschlagen, %4 abgebrochen, %5 nicht angefasst (Konflikte oder Personal ohne Cal.com-Benutzer).</translation>
    </message>
    <message>
        <source>Old MANAGED event types: %1 deleted, %2 failed, %3 still referred to or kept.</source>
        <translation>Alte Sammel-Termintypen: %1 gelöscht, %2 fehlgeschlagen, %3 noch verwendet oder behalten.</translation>
    </message>
    <message>
        <source>Open the sync console</source>
        <translation>Abgleichskonsole öffnen</translation>
    </message>
    <message>
        <source>Send the waiting appointments to Cal.com with the new event types</source>
        <translation>Die wartenden Termine mit den neuen Termintypen an Cal.com senden</translation>
    </message>
    <message>
        <source>Every change is in the history (Tools → History). Next: send the waiting appointments to Cal.com in the sync console.</source>
        <translation>Jede Änderung steht im Verlauf (Werkzeuge → Verlauf). Als Nächstes: die wartenden Termine in der Abgleichskonsole an Cal.com senden.</translation>
    </message>
    <message>
        <source>Run the wizard again to resume: what was created is found by its link name, nothing is duplicated.</source>
        <translation>Führen Sie den Assistenten erneut aus, um fortzufahren: Bereits Angelegtes wird über seinen Kurznamen gefunden, nichts wird doppelt angelegt.</translation>
    </message>
</context>
</TS>
