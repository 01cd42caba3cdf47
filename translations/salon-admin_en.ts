<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppointmentPhasePlanner</name>
    <message>
        <source>Choose when the appointment starts.</source>
        <translation>Choose when the appointment starts.</translation>
    </message>
    <message>
        <source>The service has no segments; add at least one on the Segments page first.</source>
        <translation>The service has no segments; add at least one on the Segments page first.</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; has no duration.</source>
        <translation>Segment &quot;%1&quot; has no duration.</translation>
    </message>
    <message>
        <source>Choose a staff member for segment &quot;%1&quot; (%2).</source>
        <translation>Choose a staff member for segment &quot;%1&quot; (%2).</translation>
    </message>
</context>
<context>
    <name>AppointmentStore</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <source>An appointment needs at least one phase.</source>
        <translation>An appointment needs at least one phase.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot save the appointment: %1</source>
        <translation>Cannot save the appointment: %1</translation>
    </message>
    <message>
        <source>Cannot save the appointment: the database returned no id.</source>
        <translation>Cannot save the appointment: the database returned no id.</translation>
    </message>
    <message>
        <source>Cannot save phase &quot;%1&quot;: %2</source>
        <translation>Cannot save phase &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentCommand</name>
    <message>
        <source>Appointment to cancel (one or more).</source>
        <translation>Appointment to cancel (one or more).</translation>
    </message>
    <message>
        <source>Why, as Cal.com tells the customer (default: &quot;%1&quot;).</source>
        <translation>Why, as Cal.com tells the customer (default: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Show what would be cancelled; change nothing.</source>
        <translation>Show what would be cancelled; change nothing.</translation>
    </message>
    <message>
        <source>cancel-appointment needs appointment ids, not &quot;%1&quot;</source>
        <translation>cancel-appointment needs appointment ids, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cancel-appointment needs at least one appointment id</source>
        <translation>cancel-appointment needs at least one appointment id</translation>
    </message>
    <message>
        <source>Cancel appointments and their bookings in Cal.com.</source>
        <translation>Cancel appointments and their bookings in Cal.com.</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>step %1 (phase %2, %3, %4): %5</source>
        <translation>step %1 (phase %2, %3, %4): %5</translation>
    </message>
</context>
<context>
    <name>ClaimWrites</name>
    <message>
        <source>Synced by another run meanwhile (booking %1), while this run booked %2 (%3) as well: cancel one of the two in Cal.com.</source>
        <translation>Synced by another run meanwhile (booking %1), while this run booked %2 (%3) as well: cancel one of the two in Cal.com.</translation>
    </message>
    <message>
        <source>Synced by another run meanwhile (booking %1).</source>
        <translation>Synced by another run meanwhile (booking %1).</translation>
    </message>
    <message>
        <source>Another run took this phase over while this run booked %1 (%2); that run finds the booking in Cal.com before it posts.</source>
        <translation>Another run took this phase over while this run booked %1 (%2); that run finds the booking in Cal.com before it posts.</translation>
    </message>
    <message>
        <source>Another run took this phase over; nothing was sent for it by this run.</source>
        <translation>Another run took this phase over; nothing was sent for it by this run.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 (no password from PGPASSWORD or the keychain: %2)</source>
        <translation>%1 (no password from PGPASSWORD or the keychain: %2)</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2 but this Salon Admin needs %3: run `salon-admin-cli migrate` first.</source>
        <translation>The database %1 is at schema version %2 but this Salon Admin needs %3: run `salon-admin-cli migrate` first.</translation>
    </message>
    <message>
        <source>--db is empty; give sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, or leave --db out for the default database %1.</source>
        <translation>--db is empty; give sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, or leave --db out for the default database %1.</translation>
    </message>
    <message>
        <source>SALON_ADMIN_DB is set but empty; give sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, or unset it for the default database %1.</source>
        <translation>SALON_ADMIN_DB is set but empty; give sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, or unset it for the default database %1.</translation>
    </message>
</context>
<context>
    <name>CreateEventTypesCommand</name>
    <message>
        <source>A service to plan for (repeatable; at least one).</source>
        <translation>A service to plan for (repeatable; at least one).</translation>
    </message>
    <message>
        <source>Only this staff member (repeatable; default: everyone who performs the service).</source>
        <translation>Only this staff member (repeatable; default: everyone who performs the service).</translation>
    </message>
    <message>
        <source>Event type titles; placeholders {service}, {segment}, {segmentName}, {staff}, {minutes} (default: &quot;%1&quot;).</source>
        <translation>Event type titles; placeholders {service}, {segment}, {segmentName}, {staff}, {minutes} (default: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Print the plan; change nothing in Cal.com or the database.</source>
        <translation>Print the plan; change nothing in Cal.com or the database.</translation>
    </message>
    <message>
        <source>Afterwards delete the replaced MANAGED parents that nothing refers to any more (with --dry-run: only list them).</source>
        <translation>Afterwards delete the replaced MANAGED parents that nothing refers to any more (with --dry-run: only list them).</translation>
    </message>
    <message>
        <source>Items in flight at once (default 4).</source>
        <translation>Items in flight at once (default 4).</translation>
    </message>
    <message>
        <source>create-event-types takes no arguments</source>
        <translation>create-event-types takes no arguments</translation>
    </message>
    <message>
        <source>--service needs a service id, not &quot;%1&quot;</source>
        <translation>--service needs a service id, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>create-event-types needs at least one --service ID</source>
        <translation>create-event-types needs at least one --service ID</translation>
    </message>
    <message>
        <source>--concurrency needs a positive number</source>
        <translation>--concurrency needs a positive number</translation>
    </message>
    <message>
        <source>Plan for team %1: %2 items — %3 create, %4 replace, %5 adopt, %6 keep, %7 conflict, %8 blocked.</source>
        <translation>Plan for team %1: %2 items — %3 create, %4 replace, %5 adopt, %6 keep, %7 conflict, %8 blocked.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Result: %1 done, %2 unchanged, %3 failed, %4 not touched.</source>
        <translation>Result: %1 done, %2 unchanged, %3 failed, %4 not touched.</translation>
    </message>
    <message>
        <source>would be deleted</source>
        <translation>would be deleted</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>stays</translation>
    </message>
    <message>
        <source>MANAGED %1 &quot;%2&quot;: %3</source>
        <translation>MANAGED %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>No replaced MANAGED event types are left to retire.</source>
        <translation>No replaced MANAGED event types are left to retire.</translation>
    </message>
    <message>
        <source>MANAGED %1: replaced by this plan; retirable after the run if nothing else refers to it.</source>
        <translation>MANAGED %1: replaced by this plan; retirable after the run if nothing else refers to it.</translation>
    </message>
    <message>
        <source>Create one single-host Cal.com event type per service segment and staff member; --dry-run shows the plan.</source>
        <translation>Create one single-host Cal.com event type per service segment and staff member; --dry-run shows the plan.</translation>
    </message>
    <message>
        <source>%1: stopping (%2): no new event types; waiting for requests already sent. A second %2 stops at once.</source>
        <translation>%1: stopping (%2): no new event types; waiting for requests already sent. A second %2 stops at once.</translation>
    </message>
    <message>
        <source>Run %1 (salon-admin-cli undo-run %1 takes it back).</source>
        <translation>Run %1 (salon-admin-cli undo-run %1 takes it back).</translation>
    </message>
    <message>
        <source>%1: stopped by %2. What was created is mapped; run the command again to go on (it finds what exists by its slug and creates nothing twice).</source>
        <translation>%1: stopped by %2. What was created is mapped; run the command again to go on (it finds what exists by its slug and creates nothing twice).</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>CSV for other programs: commas, UTF-8 without byte order mark (*.csv)</source>
        <translation>CSV for other programs: commas, UTF-8 without byte order mark (*.csv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets such as Excel, separated by semicolons (*.csv)</source>
        <translation>CSV for spreadsheets such as Excel, separated by semicolons (*.csv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets such as Excel, separated by commas (*.csv)</source>
        <translation>CSV for spreadsheets such as Excel, separated by commas (*.csv)</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary folder for the demo database.</source>
        <translation>Cannot create a temporary folder for the demo database.</translation>
    </message>
    <message>
        <source>The demo dataset is missing from this build.</source>
        <translation>The demo dataset is missing from this build.</translation>
    </message>
    <message>
        <source>The built-in Cal.com sandbox cannot listen on 127.0.0.1.</source>
        <translation>The built-in Cal.com sandbox cannot listen on 127.0.0.1.</translation>
    </message>
    <message>
        <source>Cannot open the demo database.</source>
        <translation>Cannot open the demo database.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Where to write the dataset (- for stdout).</source>
        <translation>Where to write the dataset (- for stdout).</translation>
    </message>
    <message>
        <source>export needs exactly one FILE.json</source>
        <translation>export needs exactly one FILE.json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 staff, %2 services, %3 event maps and %4 appointments to %5.</source>
        <translation>Exported %1 staff, %2 services, %3 event maps and %4 appointments to %5.</translation>
    </message>
    <message>
        <source>Export the whole salon dataset to FILE.json.</source>
        <translation>Export the whole salon dataset to FILE.json.</translation>
    </message>
    <message>
        <source>the disk is full (%1 KiB free, %2 KiB needed)</source>
        <translation>the disk is full (%1 KiB free, %2 KiB needed)</translation>
    </message>
    <message>
        <source>Cannot write the dataset to standard output: %1</source>
        <translation>Cannot write the dataset to standard output: %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Validate and report counts; write nothing.</source>
        <translation>Validate and report counts; write nothing.</translation>
    </message>
    <message>
        <source>The dataset to import.</source>
        <translation>The dataset to import.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.json</source>
        <translation>import needs exactly one FILE.json</translation>
    </message>
    <message>
        <source>%1 is not a valid dataset: %2</source>
        <translation>%1 is not a valid dataset: %2</translation>
    </message>
    <message>
        <source>Import of %1 aborted, nothing was written: %2</source>
        <translation>Import of %1 aborted, nothing was written: %2</translation>
    </message>
    <message>
        <source>Import staff, services, event maps and appointments from FILE.json.</source>
        <translation>Import staff, services, event maps and appointments from FILE.json.</translation>
    </message>
    <message>
        <source>Phases already in the database keep their sync state (status, booking, attempts); the file&apos;s is used for new phases only.</source>
        <translation>Phases already in the database keep their sync state (status, booking, attempts); the file&apos;s is used for new phases only.</translation>
    </message>
    <message>
        <source>Take the file&apos;s sync state even where it drops a phase&apos;s Cal.com booking (the next sync asks Cal.com first). Without either option such a file is refused.</source>
        <translation>Take the file&apos;s sync state even where it drops a phase&apos;s Cal.com booking (the next sync asks Cal.com first). Without either option such a file is refused.</translation>
    </message>
    <message>
        <source>Refuse files larger than this many MiB (default %1).</source>
        <translation>Refuse files larger than this many MiB (default %1).</translation>
    </message>
    <message>
        <source>--keep-sync-state and --replace-sync-state exclude each other</source>
        <translation>--keep-sync-state and --replace-sync-state exclude each other</translation>
    </message>
    <message>
        <source>--max-size needs a number of MiB between 1 and 4096, not &quot;%1&quot;</source>
        <translation>--max-size needs a number of MiB between 1 and 4096, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: stopped by %2; the import of %3 was rolled back, nothing was written.</source>
        <translation>%1: stopped by %2; the import of %3 was rolled back, nothing was written.</translation>
    </message>
    <message>
        <source>%1: %2 came after the import of %3 had been committed; it is complete.</source>
        <translation>%1: %2 came after the import of %3 had been committed; it is complete.</translation>
    </message>
</context>
<context>
    <name>LifecycleReport</name>
    <message numerus="yes">
        <source>%n appointment(s) planned, nothing changed; %1 refused.</source>
        <translation>
            <numerusform>%n appointment planned, nothing changed; %1 refused.</numerusform>
            <numerusform>%n appointments planned, nothing changed; %1 refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) done</source>
        <translation>
            <numerusform>%n appointment done</numerusform>
            <numerusform>%n appointments done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (nothing changed)</source>
        <translation>
            <numerusform>%n refused (nothing changed)</numerusform>
            <numerusform>%n refused (nothing changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n put back</source>
        <translation>
            <numerusform>%n put back</numerusform>
            <numerusform>%n put back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with work owed (the next run finishes it)</source>
        <translation>
            <numerusform>%n with work owed (the next run finishes it)</numerusform>
            <numerusform>%n with work owed (the next run finishes it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>LifecycleRepository</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot record the change of appointment %1: %2</source>
        <translation>Cannot record the change of appointment %1: %2</translation>
    </message>
    <message>
        <source>Appointment %1 is being changed already (change %2 is not finished); run `salon-admin-cli reassign` or the same command again later to finish it first.</source>
        <translation>Appointment %1 is being changed already (change %2 is not finished); run `salon-admin-cli reassign` or the same command again later to finish it first.</translation>
    </message>
    <message>
        <source>Phase %1 of appointment %2 is being synced right now; try again when that sync has finished.</source>
        <translation>Phase %1 of appointment %2 is being synced right now; try again when that sync has finished.</translation>
    </message>
    <message>
        <source>Cannot record the change of phase %1: %2</source>
        <translation>Cannot record the change of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot cancel phase %1: %2</source>
        <translation>Cannot cancel phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot cancel appointment %1: %2</source>
        <translation>Cannot cancel appointment %1: %2</translation>
    </message>
    <message>
        <source>Cannot read change %1: %2</source>
        <translation>Cannot read change %1: %2</translation>
    </message>
    <message>
        <source>Change %1 does not exist.</source>
        <translation>Change %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the steps of change %1: %2</source>
        <translation>Cannot read the steps of change %1: %2</translation>
    </message>
    <message>
        <source>Cannot list the unfinished changes: %1</source>
        <translation>Cannot list the unfinished changes: %1</translation>
    </message>
    <message>
        <source>Cannot take over change %1: %2</source>
        <translation>Cannot take over change %1: %2</translation>
    </message>
    <message>
        <source>Cannot release change %1: %2</source>
        <translation>Cannot release change %1: %2</translation>
    </message>
    <message>
        <source>Cannot record step %1 of change %2: %3</source>
        <translation>Cannot record step %1 of change %2: %3</translation>
    </message>
    <message>
        <source>Cannot record change %1: %2</source>
        <translation>Cannot record change %1: %2</translation>
    </message>
    <message>
        <source>Cannot record step %1: %2</source>
        <translation>Cannot record step %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the new booking of phase %1: %2</source>
        <translation>Cannot store the new booking of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the change of phase %1: %2</source>
        <translation>Cannot store the change of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the undo of change %1: %2</source>
        <translation>Cannot record the undo of change %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the undo of phase %1: %2</source>
        <translation>Cannot record the undo of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot change phase %1: %2</source>
        <translation>Cannot change phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot change appointment %1: %2</source>
        <translation>Cannot change appointment %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish change %1: %2</source>
        <translation>Cannot finish change %1: %2</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>The database %1 is up to date (schema version %2).</source>
        <translation>The database %1 is up to date (schema version %2).</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s) to %1; schema version is now %2.</source>
        <translation>
            <numerusform>Applied %n migration to %1; schema version is now %2.</numerusform>
            <numerusform>Applied %n migrations to %1; schema version is now %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create or update the database schema (idempotent).</source>
        <translation>Create or update the database schema (idempotent).</translation>
    </message>
</context>
<context>
    <name>MoveAppointmentCommand</name>
    <message>
        <source>Appointment to move.</source>
        <translation>Appointment to move.</translation>
    </message>
    <message>
        <source>New start, ISO 8601 with an offset or Z (2030-11-26T10:00:00+01:00).</source>
        <translation>New start, ISO 8601 with an offset or Z (2030-11-26T10:00:00+01:00).</translation>
    </message>
    <message>
        <source>Show every step at its new time and whether it is free; change nothing.</source>
        <translation>Show every step at its new time and whether it is free; change nothing.</translation>
    </message>
    <message>
        <source>move-appointment needs exactly one appointment id</source>
        <translation>move-appointment needs exactly one appointment id</translation>
    </message>
    <message>
        <source>move-appointment needs --to DATETIME</source>
        <translation>move-appointment needs --to DATETIME</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not an ISO 8601 date and time with an offset or Z, e.g. 2030-11-26T10:00:00+01:00</source>
        <translation>--to &quot;%1&quot; is not an ISO 8601 date and time with an offset or Z, e.g. 2030-11-26T10:00:00+01:00</translation>
    </message>
    <message>
        <source>Move an appointment (all its steps) to a new start.</source>
        <translation>Move an appointment (all its steps) to a new start.</translation>
    </message>
</context>
<context>
    <name>PhaseRepository</name>
    <message>
        <source>Cannot read phase %1: %2</source>
        <translation>Cannot read phase %1: %2</translation>
    </message>
    <message>
        <source>Phase %1 does not exist.</source>
        <translation>Phase %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the staff of phase %1: %2</source>
        <translation>Cannot read the staff of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the event map of phase %1: %2</source>
        <translation>Cannot read the event map of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the attempts of phase %1: %2</source>
        <translation>Cannot read the attempts of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot claim phase %1: %2</source>
        <translation>Cannot claim phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot release phase %1: %2</source>
        <translation>Cannot release phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot refresh the claim of phase %1: %2</source>
        <translation>Cannot refresh the claim of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot record an attempt for phase %1: %2</source>
        <translation>Cannot record an attempt for phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the end of attempt %1: %2</source>
        <translation>Cannot record the end of attempt %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the booking of phase %1: %2</source>
        <translation>Cannot store the booking of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the failure of phase %1: %2</source>
        <translation>Cannot store the failure of phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark phase %1 as skipped: %2</source>
        <translation>Cannot mark phase %1 as skipped: %2</translation>
    </message>
    <message>
        <source>Archiving a failure needs a reason.</source>
        <translation>Archiving a failure needs a reason.</translation>
    </message>
    <message>
        <source>Cannot archive phase %1: %2</source>
        <translation>Cannot archive phase %1: %2</translation>
    </message>
    <message>
        <source>Phase %1 is not failed (any more); only failures can be archived.</source>
        <translation>Phase %1 is not failed (any more); only failures can be archived.</translation>
    </message>
    <message>
        <source>Cannot unarchive phase %1: %2</source>
        <translation>Cannot unarchive phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark phase %1 for a new sync: %2</source>
        <translation>Cannot mark phase %1 for a new sync: %2</translation>
    </message>
    <message>
        <source>Phase %1 is being synced or was skipped; it was not changed.</source>
        <translation>Phase %1 is being synced or was skipped; it was not changed.</translation>
    </message>
    <message>
        <source>Cannot list the phases to sync: %1</source>
        <translation>Cannot list the phases to sync: %1</translation>
    </message>
    <message>
        <source>Cannot list the synced phases: %1</source>
        <translation>Cannot list the synced phases: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>Phase %1 was synced by another run meanwhile (booking %2).</source>
        <translation>Phase %1 was synced by another run meanwhile (booking %2).</translation>
    </message>
    <message>
        <source>Phase %1 is no longer held by this sync: another run took it over.</source>
        <translation>Phase %1 is no longer held by this sync: another run took it over.</translation>
    </message>
    <message>
        <source>%1 Booking %2 (%3) made by this run was not stored.</source>
        <translation>%1 Booking %2 (%3) made by this run was not stored.</translation>
    </message>
    <message>
        <source>Cannot list the phases held by other runs: %1</source>
        <translation>Cannot list the phases held by other runs: %1</translation>
    </message>
</context>
<context>
    <name>PopulateEventMapsCommand</name>
    <message>
        <source>Show the changes; write nothing.</source>
        <translation>Show the changes; write nothing.</translation>
    </message>
    <message>
        <source>Only the maps of this service.</source>
        <translation>Only the maps of this service.</translation>
    </message>
    <message>
        <source>populate-event-maps takes no arguments</source>
        <translation>populate-event-maps takes no arguments</translation>
    </message>
    <message>
        <source>--service needs a service id</source>
        <translation>--service needs a service id</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>There is no service %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>Store the staff members&apos; child event type ids of MANAGED event types.</source>
        <translation>Store the staff members&apos; child event type ids of MANAGED event types.</translation>
    </message>
    <message>
        <source>%1: stopped by %2 while asking Cal.com; nothing was changed.</source>
        <translation>%1: stopped by %2 while asking Cal.com; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ReassignCommand</name>
    <message>
        <source>A step to hand over (repeatable).</source>
        <translation>A step to hand over (repeatable).</translation>
    </message>
    <message>
        <source>Hand every staff step of this appointment over.</source>
        <translation>Hand every staff step of this appointment over.</translation>
    </message>
    <message>
        <source>The staff member who takes the steps (with --phase or --appointment).</source>
        <translation>The staff member who takes the steps (with --phase or --appointment).</translation>
    </message>
    <message>
        <source>The staff member who is off (with --to-staff and --on).</source>
        <translation>The staff member who is off (with --to-staff and --on).</translation>
    </message>
    <message>
        <source>The staff member who takes that day&apos;s steps.</source>
        <translation>The staff member who takes that day&apos;s steps.</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD in the salon&apos;s time zone.</source>
        <translation>The day, YYYY-MM-DD in the salon&apos;s time zone.</translation>
    </message>
    <message>
        <source>Show the plan and each step&apos;s availability; change nothing.</source>
        <translation>Show the plan and each step&apos;s availability; change nothing.</translation>
    </message>
    <message>
        <source>reassign takes no arguments; use --phase, --appointment or --from-staff</source>
        <translation>reassign takes no arguments; use --phase, --appointment or --from-staff</translation>
    </message>
    <message>
        <source>reassign needs exactly one of: --phase ID... --staff UUID, --appointment ID --staff UUID, or --from-staff UUID --to-staff UUID --on DATE</source>
        <translation>reassign needs exactly one of: --phase ID... --staff UUID, --appointment ID --staff UUID, or --from-staff UUID --to-staff UUID --on DATE</translation>
    </message>
    <message>
        <source>--from-staff and --to-staff need staff ids (UUIDs)</source>
        <translation>--from-staff and --to-staff need staff ids (UUIDs)</translation>
    </message>
    <message>
        <source>--on needs a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--on needs a date YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--staff needs the id (UUID) of the staff member who takes the steps</source>
        <translation>--staff needs the id (UUID) of the staff member who takes the steps</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id</source>
        <translation>&quot;%1&quot; is not an id</translation>
    </message>
    <message>
        <source>--appointment takes one appointment id</source>
        <translation>--appointment takes one appointment id</translation>
    </message>
    <message>
        <source>Hand steps, an appointment or a staff member&apos;s day to another staff member.</source>
        <translation>Hand steps, an appointment or a staff member&apos;s day to another staff member.</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Start of the period (YYYY-MM-DD or ISO time, UTC; default now).</source>
        <translation>Start of the period (YYYY-MM-DD or ISO time, UTC; default now).</translation>
    </message>
    <message>
        <source>End of the period, exclusive (default: 30 days after --from).</source>
        <translation>End of the period, exclusive (default: 30 days after --from).</translation>
    </message>
    <message>
        <source>Print the findings as JSON on stdout.</source>
        <translation>Print the findings as JSON on stdout.</translation>
    </message>
    <message>
        <source>reconcile takes no arguments</source>
        <translation>reconcile takes no arguments</translation>
    </message>
    <message>
        <source>--from needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--from needs a date (YYYY-MM-DD) or an ISO time</translation>
    </message>
    <message>
        <source>--to needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--to needs a date (YYYY-MM-DD) or an ISO time</translation>
    </message>
    <message>
        <source>--to must lie after --from</source>
        <translation>--to must lie after --from</translation>
    </message>
    <message>
        <source>Checked %1 synced phases from %2 to %3: %4 findings. Nothing was changed.</source>
        <translation>Checked %1 synced phases from %2 to %3: %4 findings. Nothing was changed.</translation>
    </message>
    <message>
        <source>Compare synced phases with Cal.com&apos;s bookings and report drift.</source>
        <translation>Compare synced phases with Cal.com&apos;s bookings and report drift.</translation>
    </message>
    <message>
        <source>%1 phase %2 (appointment %3): %4</source>
        <translation>%1 phase %2 (appointment %3): %4</translation>
    </message>
    <message>
        <source>%1: stopped by %2 before every phase was checked (%3 findings so far); nothing was changed.</source>
        <translation>%1: stopped by %2 before every phase was checked (%3 findings so far); nothing was changed.</translation>
    </message>
    <message>
        <source>Apply the proposals of these kinds, comma-separated, each optionally KIND:CHOICE (kinds: %1).</source>
        <translation>Apply the proposals of these kinds, comma-separated, each optionally KIND:CHOICE (kinds: %1).</translation>
    </message>
    <message>
        <source>Apply every proposal.</source>
        <translation>Apply every proposal.</translation>
    </message>
    <message>
        <source>With --apply: show what would be applied; change nothing.</source>
        <translation>With --apply: show what would be applied; change nothing.</translation>
    </message>
    <message>
        <source>give either --apply KINDS or --apply-all, not both</source>
        <translation>give either --apply KINDS or --apply-all, not both</translation>
    </message>
    <message>
        <source>--dry-run goes with --apply or --apply-all (without them nothing changes)</source>
        <translation>--dry-run goes with --apply or --apply-all (without them nothing changes)</translation>
    </message>
    <message>
        <source>Finished %1 unfinished changes of earlier runs first.</source>
        <translation>Finished %1 unfinished changes of earlier runs first.</translation>
    </message>
    <message>
        <source>%1 findings, %2 changes planned (dry run, nothing was changed).</source>
        <translation>%1 findings, %2 changes planned (dry run, nothing was changed).</translation>
    </message>
    <message>
        <source>%1 findings, %2 changes applied, %3 failed (run %4).</source>
        <translation>%1 findings, %2 changes applied, %3 failed (run %4).</translation>
    </message>
    <message>
        <source>%1: stopped by %2 after %3 of the changes.</source>
        <translation>%1: stopped by %2 after %3 of the changes.</translation>
    </message>
</context>
<context>
    <name>RepairEventMapsCommand</name>
    <message>
        <source>Show the changes; write nothing.</source>
        <translation>Show the changes; write nothing.</translation>
    </message>
    <message>
        <source>Do not ask Cal.com: only clear children equal to their parent.</source>
        <translation>Do not ask Cal.com: only clear children equal to their parent.</translation>
    </message>
    <message>
        <source>repair-event-maps takes no arguments</source>
        <translation>repair-event-maps takes no arguments</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>would change </source>
        <translation>would change </translation>
    </message>
    <message>
        <source>changed </source>
        <translation>changed </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>No map rows need changing.</source>
        <translation>No map rows need changing.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would change; nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n row would change; nothing was written.</numerusform>
            <numerusform>Dry run: %n rows would change; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed (audit-logged).</source>
        <translation>
            <numerusform>%n row changed (audit-logged).</numerusform>
            <numerusform>%n rows changed (audit-logged).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to Cal.com.</source>
        <translation>
            <numerusform>%n request to Cal.com.</numerusform>
            <numerusform>%n requests to Cal.com.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear poisoned child event type ids and re-resolve them.</source>
        <translation>Clear poisoned child event type ids and re-resolve them.</translation>
    </message>
    <message>
        <source>%1: stopped by %2 while asking Cal.com; nothing was changed.</source>
        <translation>%1: stopped by %2 while asking Cal.com; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1:0; port 0 picks a free port).</source>
        <translation>Address to listen on (default 127.0.0.1:0; port 0 picks a free port).</translation>
    </message>
    <message>
        <source>Allow a non-loopback --listen address.</source>
        <translation>Allow a non-loopback --listen address.</translation>
    </message>
    <message>
        <source>Start from this state file (see docs/sandbox.md).</source>
        <translation>Start from this state file (see docs/sandbox.md).</translation>
    </message>
    <message>
        <source>Start from a built-in scenario: incident.</source>
        <translation>Start from a built-in scenario: incident.</translation>
    </message>
    <message>
        <source>Save the state here on exit (also on SIGINT/SIGTERM).</source>
        <translation>Save the state here on exit (also on SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>Register this API key for the state&apos;s team admin.</source>
        <translation>Register this API key for the state&apos;s team admin.</translation>
    </message>
    <message>
        <source>Requests per key and window (default 120).</source>
        <translation>Requests per key and window (default 120).</translation>
    </message>
    <message>
        <source>Rate-limit window and block in milliseconds (default 60000).</source>
        <translation>Rate-limit window and block in milliseconds (default 60000).</translation>
    </message>
    <message>
        <source>Latency added to every answer, in milliseconds.</source>
        <translation>Latency added to every answer, in milliseconds.</translation>
    </message>
    <message>
        <source>Fault injection SPEC, e.g. seed=7,500=0.1,reset=0.02 (see docs/sandbox.md).</source>
        <translation>Fault injection SPEC, e.g. seed=7,500=0.1,reset=0.02 (see docs/sandbox.md).</translation>
    </message>
    <message>
        <source>Status for a taken slot: 400 (default) or 409.</source>
        <translation>Status for a taken slot: 400 (default) or 409.</translation>
    </message>
    <message>
        <source>sandbox: --state and --scenario exclude each other</source>
        <translation>sandbox: --state and --scenario exclude each other</translation>
    </message>
    <message>
        <source>sandbox: an API key starts with cal_</source>
        <translation>sandbox: an API key starts with cal_</translation>
    </message>
    <message>
        <source>sandbox: --api-key needs a state with a team owner or admin</source>
        <translation>sandbox: --api-key needs a state with a team owner or admin</translation>
    </message>
    <message>
        <source>sandbox: --rate-limit must be a positive number</source>
        <translation>sandbox: --rate-limit must be a positive number</translation>
    </message>
    <message>
        <source>sandbox: --rate-window must be a positive number of milliseconds</source>
        <translation>sandbox: --rate-window must be a positive number of milliseconds</translation>
    </message>
    <message>
        <source>sandbox: --latency must be a number of milliseconds</source>
        <translation>sandbox: --latency must be a number of milliseconds</translation>
    </message>
    <message>
        <source>sandbox: --slot-taken-status must be 400 or 409</source>
        <translation>sandbox: --slot-taken-status must be 400 or 409</translation>
    </message>
    <message>
        <source>sandbox: --listen wants HOST:PORT, e.g. 127.0.0.1:8765</source>
        <translation>sandbox: --listen wants HOST:PORT, e.g. 127.0.0.1:8765</translation>
    </message>
    <message>
        <source>sandbox: %1 is not a loopback address; add --allow-remote to serve it</source>
        <translation>sandbox: %1 is not a loopback address; add --allow-remote to serve it</translation>
    </message>
    <message>
        <source>sandbox: cannot listen on %1</source>
        <translation>sandbox: cannot listen on %1</translation>
    </message>
    <message>
        <source>Cal.com sandbox: %1 users, %2 teams, %3 event types, %4 bookings. Stop with Ctrl+C.</source>
        <translation>Cal.com sandbox: %1 users, %2 teams, %3 event types, %4 bookings. Stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>Saved the sandbox state to %1.</source>
        <translation>Saved the sandbox state to %1.</translation>
    </message>
    <message>
        <source>Serve a local Cal.com simulator for tests and demos.</source>
        <translation>Serve a local Cal.com simulator for tests and demos.</translation>
    </message>
</context>
<context>
    <name>SetApiKeyCommand</name>
    <message>
        <source>Remove the stored key instead.</source>
        <translation>Remove the stored key instead.</translation>
    </message>
    <message>
        <source>Cannot read the API key from standard input.</source>
        <translation>Cannot read the API key from standard input.</translation>
    </message>
    <message>
        <source>No API key on standard input; pipe it in, e.g. from a password manager.</source>
        <translation>No API key on standard input; pipe it in, e.g. from a password manager.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>The keychain did not answer in time.</translation>
    </message>
    <message>
        <source>Removed the API key for %1 from the keychain.</source>
        <translation>Removed the API key for %1 from the keychain.</translation>
    </message>
    <message>
        <source>Stored the API key for %1 in the keychain.</source>
        <translation>Stored the API key for %1 in the keychain.</translation>
    </message>
    <message>
        <source>Store the Cal.com API key (read from standard input) in the keychain.</source>
        <translation>Store the Cal.com API key (read from standard input) in the keychain.</translation>
    </message>
    <message>
        <source>set-api-key never takes the key from the command line, where the process list and the shell history would show it; pipe it in on standard input, e.g. from a password manager.</source>
        <translation>set-api-key never takes the key from the command line, where the process list and the shell history would show it; pipe it in on standard input, e.g. from a password manager.</translation>
    </message>
    <message>
        <source>on standard input</source>
        <translation>on standard input</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite file on this computer</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>Choose the SQLite file</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>PostgreSQL host</source>
        <translation>PostgreSQL host</translation>
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
        <translation>PostgreSQL port</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>PostgreSQL user</source>
        <translation>PostgreSQL user</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>PostgreSQL database name</source>
        <translation>PostgreSQL database name</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL password</translation>
    </message>
    <message>
        <source>The password is stored in the system keychain, never in the settings file. A new database takes effect after a restart.</source>
        <translation>The password is stored in the system keychain, never in the settings file. A new database takes effect after a restart.</translation>
    </message>
    <message>
        <source>Cal.com</source>
        <translation>Cal.com</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API &amp;base URL:</translation>
    </message>
    <message>
        <source>Cal.com API base URL</source>
        <translation>Cal.com API base URL</translation>
    </message>
    <message>
        <source>https://api.cal.com/v2</source>
        <translation>https://api.cal.com/v2</translation>
    </message>
    <message>
        <source>&amp;Team ID:</source>
        <translation>&amp;Team ID:</translation>
    </message>
    <message>
        <source>Cal.com team ID</source>
        <translation>Cal.com team ID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Cal.com API key</source>
        <translation>Cal.com API key</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Test the Cal.com connection</source>
        <translation>Test the Cal.com connection</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>The API key is written to the system keychain and never shown again. Leave the field empty to keep the stored key.</source>
        <translation>The API key is written to the system keychain and never shown again. Leave the field empty to keep the stored key.</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Salon time zone</source>
        <translation>Salon time zone</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>A new language takes effect after a restart.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>About the demo</source>
        <translation>About the demo</translation>
    </message>
    <message>
        <source>Look for &amp;changes in Cal.com every:</source>
        <translation>Look for &amp;changes in Cal.com every:</translation>
    </message>
    <message>
        <source>Minutes between two looks for changes made in Cal.com</source>
        <translation>Minutes between two looks for changes made in Cal.com</translation>
    </message>
    <message>
        <source>Customers cancel and move bookings in Cal.com; the sync console lists what changed. Off: only when you ask.</source>
        <translation>Customers cancel and move bookings in Cal.com; the sync console lists what changed. Off: only when you ask.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>Cannot read the appointments: %1</source>
        <translation>Cannot read the appointments: %1</translation>
    </message>
    <message>
        <source>Cannot read the phases of the appointments: %1</source>
        <translation>Cannot read the phases of the appointments: %1</translation>
    </message>
    <message>
        <source>Cannot read the unfinished changes of the appointments: %1</source>
        <translation>Cannot read the unfinished changes of the appointments: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Cannot read the staff: %1</translation>
    </message>
    <message>
        <source>Cannot read the event map: %1</source>
        <translation>Cannot read the event map: %1</translation>
    </message>
    <message>
        <source>Appointment %1 does not exist.</source>
        <translation>Appointment %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the phases: %1</source>
        <translation>Cannot read the phases: %1</translation>
    </message>
    <message>
        <source>Phase %1 does not exist.</source>
        <translation>Phase %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the appointments of the staff member: %1</source>
        <translation>Cannot read the appointments of the staff member: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync the phases of this appointment (repeatable).</source>
        <translation>Sync the phases of this appointment (repeatable).</translation>
    </message>
    <message>
        <source>Only phases whose last sync failed (default: failed and pending).</source>
        <translation>Only phases whose last sync failed (default: failed and pending).</translation>
    </message>
    <message>
        <source>Resolve and show what would be booked; change nothing.</source>
        <translation>Resolve and show what would be booked; change nothing.</translation>
    </message>
    <message>
        <source>Print the report as JSON on stdout.</source>
        <translation>Print the report as JSON on stdout.</translation>
    </message>
    <message>
        <source>With --appointment: also retry failures that were archived.</source>
        <translation>With --appointment: also retry failures that were archived.</translation>
    </message>
    <message>
        <source>Take over phases another run claimed (&quot;syncing&quot;) and left for this many seconds (default 900). Use 0 after a crashed run, when no other sync is running; Cal.com is checked first, so nothing is booked twice.</source>
        <translation>Take over phases another run claimed (&quot;syncing&quot;) and left for this many seconds (default 900). Use 0 after a crashed run, when no other sync is running; Cal.com is checked first, so nothing is booked twice.</translation>
    </message>
    <message>
        <source>sync takes no arguments; use --appointment ID</source>
        <translation>sync takes no arguments; use --appointment ID</translation>
    </message>
    <message>
        <source>--appointment needs an appointment id, not &quot;%1&quot;</source>
        <translation>--appointment needs an appointment id, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--failed and --appointment exclude each other</source>
        <translation>--failed and --appointment exclude each other</translation>
    </message>
    <message>
        <source>--take-over-after needs a number of seconds (0 or more), not &quot;%1&quot;</source>
        <translation>--take-over-after needs a number of seconds (0 or more), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No phases found for the given appointment(s).</source>
        <translation>No phases found for the given appointment(s).</translation>
    </message>
    <message>
        <source>Nothing to sync.</source>
        <translation>Nothing to sync.</translation>
    </message>
    <message>
        <source>Some phases were not synced; see above.</source>
        <translation>Some phases were not synced; see above.</translation>
    </message>
    <message>
        <source>Book appointment phases in Cal.com (all failed/pending ones by default).</source>
        <translation>Book appointment phases in Cal.com (all failed/pending ones by default).</translation>
    </message>
    <message>
        <source>phase %1 (appointment %2, %3, %4): %5</source>
        <translation>phase %1 (appointment %2, %3, %4): %5</translation>
    </message>
    <message>
        <source> booking %1 (%2)</source>
        <translation> booking %1 (%2)</translation>
    </message>
    <message>
        <source>next step: </source>
        <translation>next step: </translation>
    </message>
    <message>
        <source> (claimed since %1)</source>
        <translation> (claimed since %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) held by another sync%1: %2. If no other sync is running (it was killed or crashed), run sync --take-over-after 0 to take them over now (Cal.com is asked first, nothing is booked twice); otherwise they are taken over after %3 s without progress.</source>
        <translation>
            <numerusform>%n phase held by another sync%1: %2. If no other sync is running (it was killed or crashed), run sync --take-over-after 0 to take them over now (Cal.com is asked first, nothing is booked twice); otherwise they are taken over after %3 s without progress.</numerusform>
            <numerusform>%n phases held by another sync%1: %2. If no other sync is running (it was killed or crashed), run sync --take-over-after 0 to take them over now (Cal.com is asked first, nothing is booked twice); otherwise they are taken over after %3 s without progress.</numerusform>
        </translation>
    </message>
    <message>
        <source>When a step of an appointment&apos;s first booking fails, keep the steps already booked (default: cancel them again, so an appointment is booked completely or not at all).</source>
        <translation>When a step of an appointment&apos;s first booking fails, keep the steps already booked (default: cancel them again, so an appointment is booked completely or not at all).</translation>
    </message>
    <message>
        <source>Do not check all staff steps of an appointment in Cal.com before its first booking.</source>
        <translation>Do not check all staff steps of an appointment in Cal.com before its first booking.</translation>
    </message>
    <message>
        <source>%1: stopping the sync (%2): no new phases; waiting for requests already sent to Cal.com. A second %2 stops at once.</source>
        <translation>%1: stopping the sync (%2): no new phases; waiting for requests already sent to Cal.com. A second %2 stops at once.</translation>
    </message>
    <message>
        <source>%1: stopped by %2. Phases not yet booked keep their status; run sync again to go on.</source>
        <translation>%1: stopped by %2. Phases not yet booked keep their status; run sync again to go on.</translation>
    </message>
    <message>
        <source>the sync stopped: %1 Phases not reached keep their status.</source>
        <translation>the sync stopped: %1 Phases not reached keep their status.</translation>
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
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Search customer, e-mail, appointment id or error</source>
        <translation>Search customer, e-mail, appointment id or error</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Appointments to sync</source>
        <translation>Appointments to sync</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Reconcile compares synced phases with Cal.com; nothing changes unless you confirm.</source>
        <translation>Reconcile compares synced phases with Cal.com; nothing changes unless you confirm.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Book cancelled or missing phases again...</source>
        <translation>Book cancelled or missing phases again...</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Retry selected</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Retry all failed</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Archive failure...</source>
        <translation>Archive failure...</translation>
    </message>
    <message>
        <source>Reconcile with Cal.com</source>
        <translation>Reconcile with Cal.com</translation>
    </message>
    <message>
        <source>Export log...</source>
        <translation>Export log...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>SyncErrorAdvice</name>
    <message>
        <source>Cal.com refused the booking: the event type is a managed parent (&quot;%1&quot;).</source>
        <translation>Cal.com refused the booking: the event type is a managed parent (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Run Verify event maps, or create bookable event types with the event type wizard, then retry.</source>
        <translation>Run Verify event maps, or create bookable event types with the event type wizard, then retry.</translation>
    </message>
    <message>
        <source>The host is busy at that time in Cal.com (&quot;%1&quot;).</source>
        <translation>The host is busy at that time in Cal.com (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Cal.com did not accept the API key (&quot;%1&quot;).</source>
        <translation>Cal.com did not accept the API key (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Check the API key in Settings.</source>
        <translation>Check the API key in Settings.</translation>
    </message>
    <message>
        <source>Cal.com does not know the event type (&quot;%1&quot;).</source>
        <translation>Cal.com does not know the event type (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Run Verify event maps to repair the event map, then retry.</source>
        <translation>Run Verify event maps to repair the event map, then retry.</translation>
    </message>
    <message>
        <source>Cal.com rejected the booking: %1</source>
        <translation>Cal.com rejected the booking: %1</translation>
    </message>
    <message>
        <source>Cal.com&apos;s rate limit was reached (&quot;%1&quot;).</source>
        <translation>Cal.com&apos;s rate limit was reached (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Retry later; the limit resets within a minute.</source>
        <translation>Retry later; the limit resets within a minute.</translation>
    </message>
    <message>
        <source>Cal.com answered with a server error (&quot;%1&quot;).</source>
        <translation>Cal.com answered with a server error (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Retry later; Cal.com is checked for the booking first, so nothing is booked twice.</source>
        <translation>Retry later; Cal.com is checked for the booking first, so nothing is booked twice.</translation>
    </message>
    <message>
        <source>Cal.com did not answer in time (%1).</source>
        <translation>Cal.com did not answer in time (%1).</translation>
    </message>
    <message>
        <source>Cal.com could not be reached (%1).</source>
        <translation>Cal.com could not be reached (%1).</translation>
    </message>
    <message>
        <source>Check the internet connection and retry; Cal.com is checked for the booking first, so nothing is booked twice.</source>
        <translation>Check the internet connection and retry; Cal.com is checked for the booking first, so nothing is booked twice.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>The sync was cancelled.</translation>
    </message>
    <message>
        <source>(Cal.com request id %1)</source>
        <translation>(Cal.com request id %1)</translation>
    </message>
    <message>
        <source>Run Verify event maps and let the event type wizard create a bookable round-robin event type for this staff member, then retry.</source>
        <translation>Run Verify event maps and let the event type wizard create a bookable round-robin event type for this staff member, then retry.</translation>
    </message>
    <message>
        <source>Use an API key of a team admin who can see the child, or store the child&apos;s id in the event map (Verify event maps).</source>
        <translation>Use an API key of a team admin who can see the child, or store the child&apos;s id in the event map (Verify event maps).</translation>
    </message>
    <message>
        <source>Run Verify event maps to point the event map at an existing event type, then retry.</source>
        <translation>Run Verify event maps to point the event map at an existing event type, then retry.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s Cal.com user id and username, then retry.</source>
        <translation>Enter the staff member&apos;s Cal.com user id and username, then retry.</translation>
    </message>
    <message>
        <source>No event map row for service %1, segment %2 and %3.</source>
        <translation>No event map row for service %1, segment %2 and %3.</translation>
    </message>
    <message>
        <source>Create the event type with the event type wizard, then retry.</source>
        <translation>Create the event type with the event type wizard, then retry.</translation>
    </message>
    <message>
        <source>The phase needs staff but has no staff member assigned.</source>
        <translation>The phase needs staff but has no staff member assigned.</translation>
    </message>
    <message>
        <source>Assign a staff member to the appointment, then retry.</source>
        <translation>Assign a staff member to the appointment, then retry.</translation>
    </message>
    <message>
        <source>The database could not be updated: %1</source>
        <translation>The database could not be updated: %1</translation>
    </message>
    <message>
        <source>Check the database connection and retry.</source>
        <translation>Check the database connection and retry.</translation>
    </message>
    <message>
        <source>Verify event maps</source>
        <translation>Verify event maps</translation>
    </message>
    <message>
        <source>Open the event type wizard</source>
        <translation>Open the event type wizard</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <source>Cal.com booked %1 (%2), but the database could not store it: %3.</source>
        <translation>Cal.com booked %1 (%2), but the database could not store it: %3.</translation>
    </message>
    <message>
        <source>The next sync finds this booking in Cal.com and stores it; nothing is booked twice.</source>
        <translation>The next sync finds this booking in Cal.com and stores it; nothing is booked twice.</translation>
    </message>
    <message numerus="yes">
        <source>The phase stays &apos;syncing&apos; under this run&apos;s claim (attempt &apos;posting&apos;). A later sync takes the claim over after %n minute(s) (the CLI at once with --take-over-after 0), finds this booking in Cal.com and stores it; nothing is booked twice.</source>
        <translation>
            <numerusform>The phase stays &apos;syncing&apos; under this run&apos;s claim (attempt &apos;posting&apos;). A later sync takes the claim over after %n minute (the CLI at once with --take-over-after 0), finds this booking in Cal.com and stores it; nothing is booked twice.</numerusform>
            <numerusform>The phase stays &apos;syncing&apos; under this run&apos;s claim (attempt &apos;posting&apos;). A later sync takes the claim over after %n minutes (the CLI at once with --take-over-after 0), finds this booking in Cal.com and stores it; nothing is booked twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another console or cron job has held this phase since %1 (%2 s ago); a claim left untouched for %n minute(s) is taken over, with Cal.com asked first.</source>
        <translation>
            <numerusform>Another console or cron job has held this phase since %1 (%2 s ago); a claim left untouched for %n minute is taken over, with Cal.com asked first.</numerusform>
            <numerusform>Another console or cron job has held this phase since %1 (%2 s ago); a claim left untouched for %n minutes is taken over, with Cal.com asked first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phase stays &apos;syncing&apos; until a later sync takes the claim over after %n minute(s).</source>
        <translation>
            <numerusform>The phase stays &apos;syncing&apos; until a later sync takes the claim over after %n minute.</numerusform>
            <numerusform>The phase stays &apos;syncing&apos; until a later sync takes the claim over after %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The failure could not be stored (%1); the phase stays &apos;syncing&apos; until a later sync takes the claim over after %n minute(s).</source>
        <translation>
            <numerusform>The failure could not be stored (%1); the phase stays &apos;syncing&apos; until a later sync takes the claim over after %n minute.</numerusform>
            <numerusform>The failure could not be stored (%1); the phase stays &apos;syncing&apos; until a later sync takes the claim over after %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the appointment to a free time (Move…) or free the host&apos;s calendar in Cal.com, then retry.</source>
        <translation>Move the appointment to a free time (Move…) or free the host&apos;s calendar in Cal.com, then retry.</translation>
    </message>
    <message>
        <source>Move the appointment (Move…) or correct the event type as Cal.com says, then retry.</source>
        <translation>Move the appointment (Move…) or correct the event type as Cal.com says, then retry.</translation>
    </message>
    <message>
        <source>Move the appointment…</source>
        <translation>Move the appointment…</translation>
    </message>
    <message>
        <source>Another console or cron job is syncing this phase right now.</source>
        <translation>Another console or cron job is syncing this phase right now.</translation>
    </message>
    <message>
        <source>sent, no answer stored</source>
        <translation>sent, no answer stored</translation>
    </message>
    <message>
        <source>checking Cal.com</source>
        <translation>checking Cal.com</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>found booked in Cal.com</source>
        <translation>found booked in Cal.com</translation>
    </message>
    <message>
        <source>answer unclear, Cal.com is checked first</source>
        <translation>answer unclear, Cal.com is checked first</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API key refused</translation>
    </message>
    <message>
        <source>event type not found</source>
        <translation>event type not found</translation>
    </message>
    <message>
        <source>shared event type, not bookable</source>
        <translation>shared event type, not bookable</translation>
    </message>
    <message>
        <source>time not free</source>
        <translation>time not free</translation>
    </message>
    <message>
        <source>booking refused</source>
        <translation>booking refused</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>too many requests</translation>
    </message>
    <message>
        <source>Cal.com server error</source>
        <translation>Cal.com server error</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>no event type for this staff member</source>
        <translation>no event type for this staff member</translation>
    </message>
    <message>
        <source>no staff member</source>
        <translation>no staff member</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>database error</translation>
    </message>
    <message>
        <source>staff member&apos;s event type not visible</source>
        <translation>staff member&apos;s event type not visible</translation>
    </message>
    <message>
        <source>event type deleted in Cal.com</source>
        <translation>event type deleted in Cal.com</translation>
    </message>
    <message>
        <source>staff member has no event type</source>
        <translation>staff member has no event type</translation>
    </message>
    <message>
        <source>staff member not linked to Cal.com</source>
        <translation>staff member not linked to Cal.com</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>%1 synced, %2 skipped, %3 failed</source>
        <translation>%1 synced, %2 skipped, %3 failed</translation>
    </message>
    <message>
        <source>, %1 held by another sync</source>
        <translation>, %1 held by another sync</translation>
    </message>
    <message>
        <source>, %1 archived</source>
        <translation>, %1 archived</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, %1 cancelled</translation>
    </message>
    <message>
        <source>Dry run: %1 would be booked, %2 skipped, %3 cannot be booked</source>
        <translation>Dry run: %1 would be booked, %2 skipped, %3 cannot be booked</translation>
    </message>
</context>
<context>
    <name>VerifyEventMapsCommand</name>
    <message>
        <source>Also compare with Cal.com (needs the API key and the team).</source>
        <translation>Also compare with Cal.com (needs the API key and the team).</translation>
    </message>
    <message>
        <source>Check only the maps of this service.</source>
        <translation>Check only the maps of this service.</translation>
    </message>
    <message>
        <source>verify-event-maps takes no arguments</source>
        <translation>verify-event-maps takes no arguments</translation>
    </message>
    <message>
        <source>--service needs a service id</source>
        <translation>--service needs a service id</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>There is no service %1.</translation>
    </message>
    <message>
        <source>Cal.com could not be checked: %1</source>
        <translation>Cal.com could not be checked: %1</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>map %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>fix</translation>
    </message>
    <message numerus="yes">
        <source>%n event map row(s) checked, no problems found.</source>
        <translation>
            <numerusform>%n event map row checked, no problems found.</numerusform>
            <numerusform>%n event map rows checked, no problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 event map rows checked: %2 error(s), %3 warning(s).</source>
        <translation>%1 event map rows checked: %2 error(s), %3 warning(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to Cal.com.</source>
        <translation>
            <numerusform>%n request to Cal.com.</numerusform>
            <numerusform>%n requests to Cal.com.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the Cal.com event map for rows that would break bookings.</source>
        <translation>Check the Cal.com event map for rows that would break bookings.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Seconds between two looks (default %1).</source>
        <translation>Seconds between two looks (default %1).</translation>
    </message>
    <message>
        <source>Look once and exit (for cron).</source>
        <translation>Look once and exit (for cron).</translation>
    </message>
    <message>
        <source>Print each look as JSON on stdout.</source>
        <translation>Print each look as JSON on stdout.</translation>
    </message>
    <message>
        <source>watch takes no arguments</source>
        <translation>watch takes no arguments</translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds, at least 1</source>
        <translation>--interval needs a whole number of seconds, at least 1</translation>
    </message>
    <message>
        <source>Changes in Cal.com since %1: %2 bookings (%3 of the salon&apos;s steps, %4 busy time), %5 need attention; %6 list requests.</source>
        <translation>Changes in Cal.com since %1: %2 bookings (%3 of the salon&apos;s steps, %4 busy time), %5 need attention; %6 list requests.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Report changes made in Cal.com since the last look, again every few minutes.</source>
        <translation>Report changes made in Cal.com since the last look, again every few minutes.</translation>
    </message>
    <message>
        <source>%1: watch stopped by %2; nothing was changed.</source>
        <translation>%1: watch stopped by %2; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps a hair salon&apos;s bookings and its Cal.com account in step.</source>
        <translation>Keeps a hair salon&apos;s bookings and its Cal.com account in step.</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file once loaded, then quit.</source>
        <translation>Render the window to a PNG file once loaded, then quit.</translation>
    </message>
    <message>
        <source>Salon Admin</source>
        <translation>Salon Admin</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Salon Admin cannot open the database %1.

%2

Choose another one with --db, or check the file&apos;s permissions or the server.</source>
        <translation>Salon Admin cannot open the database %1.

%2

Choose another one with --db, or check the file&apos;s permissions or the server.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; the pages are: %2</source>
        <translation>Unknown page &quot;%1&quot;; the pages are: %2</translation>
    </message>
    <message>
        <source>Open the incident demo: a temporary database and the built-in Cal.com sandbox. Nothing real is touched.</source>
        <translation>Open the incident demo: a temporary database and the built-in Cal.com sandbox. Nothing real is touched.</translation>
    </message>
    <message>
        <source>Open a tool once Cal.com is connected: wizard (the event type wizard) or verify (verify event maps).</source>
        <translation>Open a tool once Cal.com is connected: wizard (the event type wizard) or verify (verify event maps).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Keeps a salon&apos;s booking data and its Cal.com account in step.

Exit codes: 0 done and clean; 1 done but problems were found or some items failed; 2 could not run.

</source>
        <translation>Keeps a salon&apos;s booking data and its Cal.com account in step.

Exit codes: 0 done and clean; 1 done but problems were found or some items failed; 2 could not run.

</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: the GUI&apos;s SQLite file; env SALON_ADMIN_DB).</source>
        <translation>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: the GUI&apos;s SQLite file; env SALON_ADMIN_DB).</translation>
    </message>
    <message>
        <source>Print a machine-readable result on stdout.</source>
        <translation>Print a machine-readable result on stdout.</translation>
    </message>
    <message>
        <source>Cal.com API base URL (env CALCOM_URL; default https://api.cal.com/v2).</source>
        <translation>Cal.com API base URL (env CALCOM_URL; default https://api.cal.com/v2).</translation>
    </message>
    <message>
        <source>Cal.com team id (env CALCOM_TEAM_ID).</source>
        <translation>Cal.com team id (env CALCOM_TEAM_ID).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unknown command &quot;%1&quot;; see --help.</translation>
    </message>
    <message>
        <source>The options below work before or after the command, as in &quot;verify-event-maps --remote --json&quot;.

</source>
        <translation>The options below work before or after the command, as in &quot;verify-event-maps --remote --json&quot;.

</translation>
    </message>
    <message>
        <source>The global options --db, --json, --calcom-url and --team-id work here too (see salon-admin-cli --help).</source>
        <translation>The global options --db, --json, --calcom-url and --team-id work here too (see salon-admin-cli --help).</translation>
    </message>
    <message>
        <source>Start on a page: services, segments, staff, eventmap, appointments, phases, sync, history, day.</source>
        <translation>Start on a page: services, segments, staff, eventmap, appointments, phases, sync, history, day.</translation>
    </message>
</context>
<context>
    <name>salon::ApiKeyFormat</name>
    <message>
        <source>a line break</source>
        <translation>a line break</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>a control character</translation>
    </message>
    <message>
        <source>a character other than letters, digits, _ and -</source>
        <translation>a character other than letters, digits, _ and -</translation>
    </message>
    <message>
        <source>The Cal.com API key %1 is empty.</source>
        <translation>The Cal.com API key %1 is empty.</translation>
    </message>
    <message>
        <source>The Cal.com API key %1 does not look like one: Cal.com keys start with cal_ (or cal_live_), followed by letters and digits.</source>
        <translation>The Cal.com API key %1 does not look like one: Cal.com keys start with cal_ (or cal_live_), followed by letters and digits.</translation>
    </message>
    <message>
        <source>The Cal.com API key %1 is %2 characters long; Cal.com keys have at most %3.</source>
        <translation>The Cal.com API key %1 is %2 characters long; Cal.com keys have at most %3.</translation>
    </message>
    <message>
        <source>The Cal.com API key %1 contains %2 at position %3; a key has only letters, digits, _ and -. It was not used.</source>
        <translation>The Cal.com API key %1 contains %2 at position %3; a key has only letters, digits, _ and -. It was not used.</translation>
    </message>
</context>
<context>
    <name>salon::ApiKeyJob</name>
    <message>
        <source>No Cal.com API key is stored for %1. Enter it in the settings, or set the %2 environment variable.</source>
        <translation>No Cal.com API key is stored for %1. Enter it in the settings, or set the %2 environment variable.</translation>
    </message>
    <message>
        <source>No system keychain is reachable (%1). Salon Admin never stores the API key in plain text: run it in a desktop session with a keychain (GNOME Keyring or KWallet), or set the %2 environment variable.</source>
        <translation>No system keychain is reachable (%1). Salon Admin never stores the API key in plain text: run it in a desktop session with a keychain (GNOME Keyring or KWallet), or set the %2 environment variable.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the Cal.com API key (%1). Unlock the keychain and try again, or set the %2 environment variable.</source>
        <translation>The system keychain refused access to the Cal.com API key (%1). Unlock the keychain and try again, or set the %2 environment variable.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>The system keychain reported an error: %1</translation>
    </message>
    <message>
        <source>No password for the database %1 is stored in the keychain. Enter it in the settings, or set the %2 environment variable.</source>
        <translation>No password for the database %1 is stored in the keychain. Enter it in the settings, or set the %2 environment variable.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>in the keychain (entry for %1)</source>
        <translation>in the keychain (entry for %1)</translation>
    </message>
    <message>
        <source>No system keychain is reachable (%1). Salon Admin never stores the database password in plain text: run it in a desktop session with a keychain (GNOME Keyring or KWallet), or set the %2 environment variable.</source>
        <translation>No system keychain is reachable (%1). Salon Admin never stores the database password in plain text: run it in a desktop session with a keychain (GNOME Keyring or KWallet), or set the %2 environment variable.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the database password (%1). Unlock the keychain and try again, or set the %2 environment variable.</source>
        <translation>The system keychain refused access to the database password (%1). Unlock the keychain and try again, or set the %2 environment variable.</translation>
    </message>
</context>
<context>
    <name>salon::ApiKeyStore</name>
    <message>
        <source>The API key is empty.</source>
        <translation>The API key is empty.</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
</context>
<context>
    <name>salon::AppointmentAccess</name>
    <message>
        <source>Cannot read the services: %1</source>
        <translation>Cannot read the services: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Cannot read the staff: %1</translation>
    </message>
</context>
<context>
    <name>salon::AppointmentStatus</name>
    <message>
        <source>the appointment is cancelled</source>
        <translation>the appointment is cancelled</translation>
    </message>
    <message>
        <source>the appointment is completed</source>
        <translation>the appointment is completed</translation>
    </message>
    <message>
        <source>the customer did not show up (no_show)</source>
        <translation>the customer did not show up (no_show)</translation>
    </message>
    <message>
        <source>the appointment&apos;s status &quot;%1&quot; is not bookable (only &quot;scheduled&quot; is)</source>
        <translation>the appointment&apos;s status &quot;%1&quot; is not bookable (only &quot;scheduled&quot; is)</translation>
    </message>
</context>
<context>
    <name>salon::ChangeWatcher</name>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Cannot read the change log: %1</translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation>Cannot subscribe to %1: %2</translation>
    </message>
</context>
<context>
    <name>salon::DatabaseConnection</name>
    <message>
        <source>The Qt Sql driver %1 is not installed (Debian package %2).</source>
        <translation>The Qt Sql driver %1 is not installed (Debian package %2).</translation>
    </message>
    <message>
        <source>A database connection named %1 is already open.</source>
        <translation>A database connection named %1 is already open.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database file.</source>
        <translation>Cannot create the folder %1 for the database file.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Cannot configure the database %1: %2</translation>
    </message>
</context>
<context>
    <name>salon::DatabaseUrl</name>
    <message>
        <source>The database URL &quot;%1&quot; names no file; use sqlite:PATH.</source>
        <translation>The database URL &quot;%1&quot; names no file; use sqlite:PATH.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not of the form postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>The database URL &quot;%1&quot; is not of the form postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>The database URL must not contain a password; set PGPASSWORD or store it in the keychain from the settings.</source>
        <translation>The database URL must not contain a password; set PGPASSWORD or store it in the keychain from the settings.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no database; use postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>The database URL &quot;%1&quot; names no database; use postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
</context>
<context>
    <name>salon::DatasetImporter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>Cannot commit the import: %1</translation>
    </message>
    <message>
        <source>cannot read staff: %1</source>
        <translation>cannot read staff: %1</translation>
    </message>
    <message>
        <source>cannot read services: %1</source>
        <translation>cannot read services: %1</translation>
    </message>
    <message>
        <source>cannot read segments: %1</source>
        <translation>cannot read segments: %1</translation>
    </message>
    <message>
        <source>unknown staff member %1</source>
        <translation>unknown staff member %1</translation>
    </message>
    <message>
        <source>unknown service %1</source>
        <translation>unknown service %1</translation>
    </message>
    <message>
        <source>service %1 has no segment &quot;%2&quot;</source>
        <translation>service %1 has no segment &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot prepare the statement: %1</source>
        <translation>cannot prepare the statement: %1</translation>
    </message>
    <message>
        <source>the database refused this record: %1</source>
        <translation>the database refused this record: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1: %2 created, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation>The file holds no records.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>no booking and syncStatus &quot;%1&quot;</source>
        <translation>no booking and syncStatus &quot;%1&quot;</translation>
    </message>
    <message>
        <source>booking %1 (%2) and syncStatus &quot;%3&quot;</source>
        <translation>booking %1 (%2) and syncStatus &quot;%3&quot;</translation>
    </message>
    <message>
        <source>cannot read appointment_phases: %1</source>
        <translation>cannot read appointment_phases: %1</translation>
    </message>
    <message>
        <source>a sync holds phase %1 right now (%2 in the database), the file has %3</source>
        <translation>a sync holds phase %1 right now (%2 in the database), the file has %3</translation>
    </message>
    <message>
        <source>phase %1 has %2 in the database, the file has %3; importing it would drop the link to Cal.com and the next sync would book the phase again</source>
        <translation>phase %1 has %2 in the database, the file has %3; importing it would drop the link to Cal.com and the next sync would book the phase again</translation>
    </message>
    <message>
        <source>Nothing was written. Export the database again for its current state, pass --keep-sync-state to import the rest and keep every stored phase&apos;s sync state, or --replace-sync-state to take the file&apos;s (the next sync then asks Cal.com first).</source>
        <translation>Nothing was written. Export the database again for its current state, pass --keep-sync-state to import the rest and keep every stored phase&apos;s sync state, or --replace-sync-state to take the file&apos;s (the next sync then asks Cal.com first).</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>The import was stopped; nothing was written.</translation>
    </message>
</context>
<context>
    <name>salon::DatasetJson</name>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>the file is not valid JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>expected a JSON object at the top level</translation>
    </message>
    <message>
        <source>segment id %1 appears twice</source>
        <translation>segment id %1 appears twice</translation>
    </message>
    <message>
        <source>phase id %1 appears twice</source>
        <translation>phase id %1 appears twice</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <source>must be a positive integer, found %1</source>
        <translation>must be a positive integer, found %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>expected an integer, found %1</translation>
    </message>
    <message>
        <source>must be a duration in minutes between 1 and 1440, found %1</source>
        <translation>must be a duration in minutes between 1 and 1440, found %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>expected a string, found %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>expected true or false, found %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>expected an array, found %1</translation>
    </message>
    <message>
        <source>expected an ISO-8601 time with offset such as 2030-11-25T09:00:00Z, found &quot;%1&quot;</source>
        <translation>expected an ISO-8601 time with offset such as 2030-11-25T09:00:00Z, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a UUID such as 9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c, found &quot;%1&quot;</source>
        <translation>must be a UUID such as 9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>segment key &quot;%1&quot; appears twice in service %2</source>
        <translation>segment key &quot;%1&quot; appears twice in service %2</translation>
    </message>
    <message>
        <source>expected a staff UUID string</source>
        <translation>expected a staff UUID string</translation>
    </message>
    <message>
        <source>equals eventTypeId %1: a MANAGED parent can never be its own child (the incident&apos;s poisoned row); leave childEventTypeId null</source>
        <translation>equals eventTypeId %1: a MANAGED parent can never be its own child (the incident&apos;s poisoned row); leave childEventTypeId null</translation>
    </message>
    <message>
        <source>must be after startsAt</source>
        <translation>must be after startsAt</translation>
    </message>
    <message>
        <source>must be one of pending, syncing, synced, failed, skipped; found &quot;%1&quot;</source>
        <translation>must be one of pending, syncing, synced, failed, skipped; found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>is missing, but the phase needs staff</source>
        <translation>is missing, but the phase needs staff</translation>
    </message>
    <message>
        <source>id %1 appears twice</source>
        <translation>id %1 appears twice</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;? (Keys starting with x- are ignored, for comments.)</source>
        <translation>unknown key; did you mean &quot;%1&quot;? (Keys starting with x- are ignored, for comments.)</translation>
    </message>
    <message>
        <source>unknown key; known here: %1. (Keys starting with x- are ignored, for comments.)</source>
        <translation>unknown key; known here: %1. (Keys starting with x- are ignored, for comments.)</translation>
    </message>
    <message>
        <source>must not contain a NUL character (\u0000, at character %1)</source>
        <translation>must not contain a NUL character (\u0000, at character %1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most an import reads; a salon dataset is far smaller (raise the limit with --max-size MIB).</source>
        <translation>%1 is larger than %2 MiB, the most an import reads; a salon dataset is far smaller (raise the limit with --max-size MIB).</translation>
    </message>
    <message>
        <source>the file contains a NUL byte at byte %1; a dataset is UTF-8 JSON text</source>
        <translation>the file contains a NUL byte at byte %1; a dataset is UTF-8 JSON text</translation>
    </message>
    <message>
        <source>must be the number %1, found %2</source>
        <translation>must be the number %1, found %2</translation>
    </message>
    <message>
        <source>format version %1 is not supported; this Salon Admin reads version %2</source>
        <translation>format version %1 is not supported; this Salon Admin reads version %2</translation>
    </message>
    <message>
        <source>must be &quot;salon-admin-dataset&quot;</source>
        <translation>must be &quot;salon-admin-dataset&quot;</translation>
    </message>
</context>
<context>
    <name>salon::IdentitySequences</name>
    <message>
        <source>Cannot advance the id sequence of %1: %2</source>
        <translation>Cannot advance the id sequence of %1: %2</translation>
    </message>
</context>
<context>
    <name>salon::Migrator</name>
    <message>
        <source>Cannot create the schema_migrations table: %1</source>
        <translation>Cannot create the schema_migrations table: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Cannot read the schema version: %1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>No migrations are compiled into this program.</source>
        <translation>No migrations are compiled into this program.</translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this Salon Admin knows (version %2); update Salon Admin.</source>
        <translation>The database schema (version %1) is newer than this Salon Admin knows (version %2); update Salon Admin.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Cannot read migration %1.</translation>
    </message>
    <message>
        <source>Cannot start a transaction for migration %1: %2</source>
        <translation>Cannot start a transaction for migration %1: %2</translation>
    </message>
    <message>
        <source>Cannot lock schema_migrations: %1</source>
        <translation>Cannot lock schema_migrations: %1</translation>
    </message>
    <message>
        <source>Migration %1_%2 failed: %3
Statement: %4</source>
        <translation>Migration %1_%2 failed: %3
Statement: %4</translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation>Cannot record migration %1: %2</translation>
    </message>
    <message>
        <source>Cannot commit migration %1: %2</source>
        <translation>Cannot commit migration %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare migration %1: %2</source>
        <translation>Cannot prepare migration %1: %2</translation>
    </message>
    <message>
        <source>Migration %1_%2 failed: %3</source>
        <translation>Migration %1_%2 failed: %3</translation>
    </message>
    <message>
        <source>Migration %1_%2 would leave a row of %3 pointing at a missing row of %4; nothing was changed.</source>
        <translation>Migration %1_%2 would leave a row of %3 pointing at a missing row of %4; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>salon::NextFreeTime</name>
    <message>
        <source>Cannot read the staff&apos;s booked steps: %1</source>
        <translation>Cannot read the staff&apos;s booked steps: %1</translation>
    </message>
</context>
<context>
    <name>salon::SqlErrorText</name>
    <message>
        <source>the database is locked by another program</source>
        <translation>the database is locked by another program</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>the database file is read-only</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>the disk reported an input/output error</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>the database file is damaged</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>the database file cannot be opened</translation>
    </message>
    <message>
        <source>the disk of the database server is full</source>
        <translation>the disk of the database server is full</translation>
    </message>
    <message>
        <source>the database server is out of memory or connections</source>
        <translation>the database server is out of memory or connections</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>the database is read-only</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>the connection to the database server was lost</translation>
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
        <translation>The event type is incomplete: %1</translation>
    </message>
    <message>
        <source>The event type change is not possible: %1</source>
        <translation>The event type change is not possible: %1</translation>
    </message>
    <message>
        <source>The booking is incomplete: %1</source>
        <translation>The booking is incomplete: %1</translation>
    </message>
    <message>
        <source>The new time is incomplete: %1</source>
        <translation>The new time is incomplete: %1</translation>
    </message>
    <message>
        <source>The slot query is incomplete: %1</source>
        <translation>The slot query is incomplete: %1</translation>
    </message>
</context>
<context>
    <name>salon::calcom::CalcomError</name>
    <message>
        <source>Cal.com refused this action: the API key&apos;s user lacks the rights for it%1.</source>
        <translation>Cal.com refused this action: the API key&apos;s user lacks the rights for it%1.</translation>
    </message>
    <message>
        <source>Cal.com did not accept the API key%1. Check the key in the settings or in CALCOM_API_KEY.</source>
        <translation>Cal.com did not accept the API key%1. Check the key in the settings or in CALCOM_API_KEY.</translation>
    </message>
    <message>
        <source>Cal.com could not find what was asked for%1.</source>
        <translation>Cal.com could not find what was asked for%1.</translation>
    </message>
    <message>
        <source>This event type is a managed template and cannot be booked; book the staff member&apos;s own event type instead.</source>
        <translation>This event type is a managed template and cannot be booked; book the staff member&apos;s own event type instead.</translation>
    </message>
    <message>
        <source>This time is no longer free in Cal.com%1.</source>
        <translation>This time is no longer free in Cal.com%1.</translation>
    </message>
    <message>
        <source>Cal.com rejected the request%1.</source>
        <translation>Cal.com rejected the request%1.</translation>
    </message>
    <message>
        <source>Too many requests to Cal.com in a short time; Cal.com asks us to wait before trying again.</source>
        <translation>Too many requests to Cal.com in a short time; Cal.com asks us to wait before trying again.</translation>
    </message>
    <message>
        <source>Cal.com sent an answer that could not be read (HTTP %1): %2</source>
        <translation>Cal.com sent an answer that could not be read (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Cal.com has a problem on its side (HTTP %1)%2. Try again later.</source>
        <translation>Cal.com has a problem on its side (HTTP %1)%2. Try again later.</translation>
    </message>
    <message>
        <source>Cal.com did not answer in time. Check the internet connection and try again.</source>
        <translation>Cal.com did not answer in time. Check the internet connection and try again.</translation>
    </message>
    <message>
        <source>Could not reach Cal.com%1. Check the internet connection and try again.</source>
        <translation>Could not reach Cal.com%1. Check the internet connection and try again.</translation>
    </message>
    <message>
        <source>The request to Cal.com was cancelled.</source>
        <translation>The request to Cal.com was cancelled.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>the connection was refused</translation>
    </message>
    <message>
        <source>Cal.com closed the connection before it answered</source>
        <translation>Cal.com closed the connection before it answered</translation>
    </message>
    <message>
        <source>the host name was not found (DNS)</source>
        <translation>the host name was not found (DNS)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>the secure connection (TLS) could not be set up</source>
        <translation>the secure connection (TLS) could not be set up</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>the network is not available</translation>
    </message>
    <message>
        <source>the proxy refused or dropped the connection</source>
        <translation>the proxy refused or dropped the connection</translation>
    </message>
    <message>
        <source>the connection was reset or broke off</source>
        <translation>the connection was reset or broke off</translation>
    </message>
</context>
<context>
    <name>salon::calcom::CalcomSettings</name>
    <message>
        <source>The Cal.com address &quot;%1&quot; is not a valid URL.</source>
        <translation>The Cal.com address &quot;%1&quot; is not a valid URL.</translation>
    </message>
    <message>
        <source>The Cal.com address &quot;%1&quot; uses plain http://, which would send the API key unencrypted. Use https:// (plain http is allowed only for this computer, e.g. http://127.0.0.1).</source>
        <translation>The Cal.com address &quot;%1&quot; uses plain http://, which would send the API key unencrypted. Use https:// (plain http is allowed only for this computer, e.g. http://127.0.0.1).</translation>
    </message>
    <message>
        <source>The Cal.com address &quot;%1&quot; must start with https://.</source>
        <translation>The Cal.com address &quot;%1&quot; must start with https://.</translation>
    </message>
    <message>
        <source>The Cal.com team id must be a positive number.</source>
        <translation>The Cal.com team id must be a positive number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>&quot;%1&quot; is not a known time zone.</translation>
    </message>
    <message>
        <source>The request limit must be at least one request per minute.</source>
        <translation>The request limit must be at least one request per minute.</translation>
    </message>
    <message>
        <source>The request timeout must be at least 100 ms.</source>
        <translation>The request timeout must be at least 100 ms.</translation>
    </message>
</context>
<context>
    <name>salon::calcom::DatabaseRateBudget</name>
    <message>
        <source>Cannot read the shared request budget (%1): %2</source>
        <translation>Cannot read the shared request budget (%1): %2</translation>
    </message>
    <message>
        <source>Cannot read the shared request budget: the database is not open.</source>
        <translation>Cannot read the shared request budget: the database is not open.</translation>
    </message>
    <message>
        <source>Cannot read the shared request budget: %1</source>
        <translation>Cannot read the shared request budget: %1</translation>
    </message>
    <message>
        <source>Cannot read the shared request budget: no database.</source>
        <translation>Cannot read the shared request budget: no database.</translation>
    </message>
</context>
<context>
    <name>salon::calcom::TeamResolver</name>
    <message>
        <source>The Cal.com API key&apos;s user belongs to no team. Create a team in Cal.com or use the key of a team administrator.</source>
        <translation>The Cal.com API key&apos;s user belongs to no team. Create a team in Cal.com or use the key of a team administrator.</translation>
    </message>
    <message numerus="yes">
        <source>The Cal.com API key&apos;s user belongs to %n teams. Enter the salon&apos;s team id in the settings: %1</source>
        <translation>
            <numerusform>The Cal.com API key&apos;s user belongs to %n team. Enter the salon&apos;s team id in the settings: %1</numerusform>
            <numerusform>The Cal.com API key&apos;s user belongs to %n teams. Enter the salon&apos;s team id in the settings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::cli::CliCalcom</name>
    <message>
        <source>--calcom-url / CALCOM_URL &quot;%1&quot; is not an http(s) URL.</source>
        <translation>--calcom-url / CALCOM_URL &quot;%1&quot; is not an http(s) URL.</translation>
    </message>
    <message>
        <source>--team-id / CALCOM_TEAM_ID &quot;%1&quot; is not a team id (a positive number).</source>
        <translation>--team-id / CALCOM_TEAM_ID &quot;%1&quot; is not a team id (a positive number).</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; set CALCOM_API_KEY instead.</source>
        <translation>The keychain did not answer in time; set CALCOM_API_KEY instead.</translation>
    </message>
    <message>
        <source>No Cal.com API key: set CALCOM_API_KEY or store one with the GUI.</source>
        <translation>No Cal.com API key: set CALCOM_API_KEY or store one with the GUI.</translation>
    </message>
    <message>
        <source>Cannot determine the Cal.com team (set --team-id or CALCOM_TEAM_ID): %1</source>
        <translation>Cannot determine the Cal.com team (set --team-id or CALCOM_TEAM_ID): %1</translation>
    </message>
    <message>
        <source>looking up the team</source>
        <translation>looking up the team</translation>
    </message>
    <message>
        <source>Cal.com&apos;s rate limit is used up (an earlier run may have spent it) while %1; requests can go on in about %2 s. Nothing was changed; run the command again then.</source>
        <translation>Cal.com&apos;s rate limit is used up (an earlier run may have spent it) while %1; requests can go on in about %2 s. Nothing was changed; run the command again then.</translation>
    </message>
    <message>
        <source>Cal.com did not answer in time while %1. Nothing was changed.</source>
        <translation>Cal.com did not answer in time while %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>checking the API key and the team</source>
        <translation>checking the API key and the team</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>The Cal.com API key&apos;s user is not a member of team %1 (--team-id / CALCOM_TEAM_ID); their teams: %2. Nothing was changed.</source>
        <translation>The Cal.com API key&apos;s user is not a member of team %1 (--team-id / CALCOM_TEAM_ID); their teams: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>salon::cli::DriftCli</name>
    <message>
        <source>--apply knows the kinds %1, not &quot;%2&quot;</source>
        <translation>--apply knows the kinds %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--apply needs at least one kind (%1)</source>
        <translation>--apply needs at least one kind (%1)</translation>
    </message>
    <message>
        <source>%1 phase %2 (appointment %3): %4</source>
        <translation>%1 phase %2 (appointment %3): %4</translation>
    </message>
    <message>
        <source>choices: %1</source>
        <translation>choices: %1</translation>
    </message>
    <message>
        <source>%1 phase %2 (appointment %3) %4: %5 - %6</source>
        <translation>%1 phase %2 (appointment %3) %4: %5 - %6</translation>
    </message>
    <message>
        <source>--apply: &quot;%1&quot; is no choice (cancel-appointment, book-again, follow, move-appointment, move-back, adopt, cancel-other, put-back)</source>
        <translation>--apply: &quot;%1&quot; is no choice (cancel-appointment, book-again, follow, move-appointment, move-back, adopt, cancel-other, put-back)</translation>
    </message>
</context>
<context>
    <name>salon::cli::HistoryCommand</name>
    <message>
        <source>Only entries at or after this (YYYY-MM-DD or ISO time, UTC).</source>
        <translation>Only entries at or after this (YYYY-MM-DD or ISO time, UTC).</translation>
    </message>
    <message>
        <source>Only the entries of this run.</source>
        <translation>Only the entries of this run.</translation>
    </message>
    <message>
        <source>Print one CSV row per entry.</source>
        <translation>Print one CSV row per entry.</translation>
    </message>
    <message>
        <source>Print runs and entries as JSON on stdout.</source>
        <translation>Print runs and entries as JSON on stdout.</translation>
    </message>
    <message>
        <source>history takes no arguments</source>
        <translation>history takes no arguments</translation>
    </message>
    <message>
        <source>--since needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--since needs a date (YYYY-MM-DD) or an ISO time</translation>
    </message>
    <message>
        <source>Show the audit log by run (what changed, when, who).</source>
        <translation>Show the audit log by run (what changed, when, who).</translation>
    </message>
</context>
<context>
    <name>salon::cli::LifecycleCli</name>
    <message>
        <source>nothing to check</source>
        <translation>nothing to check</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>not checked (Cal.com&apos;s answer decides)</source>
        <translation>not checked (Cal.com&apos;s answer decides)</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>BUSY</translation>
    </message>
    <message>
        <source>NO EVENT TYPE</source>
        <translation>NO EVENT TYPE</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>could not be checked</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nothing to do</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>put back</translation>
    </message>
    <message>
        <source>owed</source>
        <translation>owed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>appointment %1 step %2 (phase %3) %4%5: %6 - %7</source>
        <translation>appointment %1 step %2 (phase %3) %4%5: %6 - %7</translation>
    </message>
    <message>
        <source> (putting back)</source>
        <translation> (putting back)</translation>
    </message>
    <message>
        <source>next step: </source>
        <translation>next step: </translation>
    </message>
    <message>
        <source>appointment %1 step %2 (phase %3): %4 %5 -&gt; %6 %7: %8%9</source>
        <translation>appointment %1 step %2 (phase %3): %4 %5 -&gt; %6 %7: %8%9</translation>
    </message>
    <message>
        <source>no staff</source>
        <translation>no staff</translation>
    </message>
    <message>
        <source>appointment %1: %2 - %3</source>
        <translation>appointment %1: %2 - %3</translation>
    </message>
</context>
<context>
    <name>salon::cli::RehearseCommand</name>
    <message>
        <source>&quot;%1&quot;: global options go before `rehearse`; the rehearsal sets --db, --calcom-url and --team-id itself</source>
        <translation>&quot;%1&quot;: global options go before `rehearse`; the rehearsal sets --db, --calcom-url and --team-id itself</translation>
    </message>
    <message>
        <source>`%1` cannot be rehearsed</source>
        <translation>`%1` cannot be rehearsed</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unknown command &quot;%1&quot;; see --help.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Cannot start %1: %2</translation>
    </message>
    <message>
        <source>The Cal.com snapshot (snapshot-calcom) or sandbox state to rehearse against.</source>
        <translation>The Cal.com snapshot (snapshot-calcom) or sandbox state to rehearse against.</translation>
    </message>
    <message>
        <source>Keep the database copy (salon.sqlite) and the sandbox&apos;s final state (calcom.json) in this new folder.</source>
        <translation>Keep the database copy (salon.sqlite) and the sandbox&apos;s final state (calcom.json) in this new folder.</translation>
    </message>
    <message>
        <source>Also write the report as CSV to this file.</source>
        <translation>Also write the report as CSV to this file.</translation>
    </message>
    <message>
        <source>Print the commands&apos; results and the report as JSON.</source>
        <translation>Print the commands&apos; results and the report as JSON.</translation>
    </message>
    <message>
        <source>The command(s) to rehearse, each after --.</source>
        <translation>The command(s) to rehearse, each after --.</translation>
    </message>
    <message>
        <source>rehearse needs --snapshot FILE.json (see snapshot-calcom)</source>
        <translation>rehearse needs --snapshot FILE.json (see snapshot-calcom)</translation>
    </message>
    <message>
        <source>rehearse needs a command after --, e.g. -- sync --failed</source>
        <translation>rehearse needs a command after --, e.g. -- sync --failed</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>--keep %1: the folder must be new or empty</source>
        <translation>--keep %1: the folder must be new or empty</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Cannot create %1</translation>
    </message>
    <message>
        <source>There is no database at %1 to rehearse on.</source>
        <translation>There is no database at %1 to rehearse on.</translation>
    </message>
    <message>
        <source>%1 cannot be served: %2</source>
        <translation>%1 cannot be served: %2</translation>
    </message>
    <message>
        <source>Cannot start the rehearsal sandbox.</source>
        <translation>Cannot start the rehearsal sandbox.</translation>
    </message>
    <message>
        <source>Rehearsal: nothing reaches Cal.com. Sandbox %1 plays %2, the database copy is %3.</source>
        <translation>Rehearsal: nothing reaches Cal.com. Sandbox %1 plays %2, the database copy is %3.</translation>
    </message>
    <message>
        <source>Rehearsing: %1</source>
        <translation>Rehearsing: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Kept in %1: salon.sqlite (the database copy) and calcom.json (the sandbox).</source>
        <translation>Kept in %1: salon.sqlite (the database copy) and calcom.json (the sandbox).</translation>
    </message>
    <message>
        <source>Run commands on a copy against a sandbox of a snapshot; print what would change.</source>
        <translation>Run commands on a copy against a sandbox of a snapshot; print what would change.</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n command(s) to the real Cal.com account and database? Each is planned afresh there. [y/N] </source>
        <translation>
            <numerusform>Apply the %n command to the real Cal.com account and database? Each is planned afresh there. [y/N] </numerusform>
            <numerusform>Apply the %n commands to the real Cal.com account and database? Each is planned afresh there. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Applying for real: %1</source>
        <translation>Applying for real: %1</translation>
    </message>
    <message>
        <source>Stopped: `%1` did not succeed for real (exit code %2); the commands after it were not applied.</source>
        <translation>Stopped: `%1` did not succeed for real (exit code %2); the commands after it were not applied.</translation>
    </message>
    <message>
        <source>After the report, run the same commands against the real database and Cal.com account, each planned afresh there; only when every rehearsed command succeeded, and after asking.</source>
        <translation>After the report, run the same commands against the real database and Cal.com account, each planned afresh there; only when every rehearsed command succeeded, and after asking.</translation>
    </message>
    <message>
        <source>With --apply: do not ask (needed when there is no terminal).</source>
        <translation>With --apply: do not ask (needed when there is no terminal).</translation>
    </message>
    <message>
        <source>Nothing was applied: `%1` did not succeed in the rehearsal (exit code %2).</source>
        <translation>Nothing was applied: `%1` did not succeed in the rehearsal (exit code %2).</translation>
    </message>
    <message>
        <source>Nothing was applied: --apply without a terminal to ask needs --yes.</source>
        <translation>Nothing was applied: --apply without a terminal to ask needs --yes.</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation>Nothing was applied.</translation>
    </message>
</context>
<context>
    <name>salon::cli::SnapshotCalcomCommand</name>
    <message>
        <source>Where to write the snapshot.</source>
        <translation>Where to write the snapshot.</translation>
    </message>
    <message>
        <source>Bookings starting at or after this (YYYY-MM-DD or ISO time, UTC; default 30 days ago).</source>
        <translation>Bookings starting at or after this (YYYY-MM-DD or ISO time, UTC; default 30 days ago).</translation>
    </message>
    <message>
        <source>Bookings ending at or before this (default: 365 days after --from).</source>
        <translation>Bookings ending at or before this (default: 365 days after --from).</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout.</source>
        <translation>Print the result as JSON on stdout.</translation>
    </message>
    <message>
        <source>snapshot-calcom takes no arguments; use --out FILE.json</source>
        <translation>snapshot-calcom takes no arguments; use --out FILE.json</translation>
    </message>
    <message>
        <source>snapshot-calcom needs --out FILE.json</source>
        <translation>snapshot-calcom needs --out FILE.json</translation>
    </message>
    <message>
        <source>--from needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--from needs a date (YYYY-MM-DD) or an ISO time</translation>
    </message>
    <message>
        <source>--to needs a date (YYYY-MM-DD) or an ISO time</source>
        <translation>--to needs a date (YYYY-MM-DD) or an ISO time</translation>
    </message>
    <message>
        <source>--to must lie after --from</source>
        <translation>--to must lie after --from</translation>
    </message>
    <message>
        <source>Reading Cal.com: %1 of %2 requests</source>
        <translation>Reading Cal.com: %1 of %2 requests</translation>
    </message>
    <message>
        <source>Written to %1 (no API key in it). Serve it with: salon-admin-cli sandbox --state %1 --api-key cal_…, or rehearse a command with: salon-admin-cli rehearse --snapshot %1 -- COMMAND</source>
        <translation>Written to %1 (no API key in it). Serve it with: salon-admin-cli sandbox --state %1 --api-key cal_…, or rehearse a command with: salon-admin-cli rehearse --snapshot %1 -- COMMAND</translation>
    </message>
    <message>
        <source>Save a read-only copy of the Cal.com team as a sandbox state file.</source>
        <translation>Save a read-only copy of the Cal.com team as a sandbox state file.</translation>
    </message>
</context>
<context>
    <name>salon::cli::TerminationSignals</name>
    <message>
        <source>%1: stopped by %2.</source>
        <translation>%1: stopped by %2.</translation>
    </message>
    <message>
        <source>%1: stopped at once by a second %2; the next run picks up what was left and asks Cal.com before it books or creates anything again.</source>
        <translation>%1: stopped at once by a second %2; the next run picks up what was left and asks Cal.com before it books or creates anything again.</translation>
    </message>
</context>
<context>
    <name>salon::cli::UndoRunCommand</name>
    <message>
        <source>The run to undo (see `history`).</source>
        <translation>The run to undo (see `history`).</translation>
    </message>
    <message>
        <source>Show what would be undone; change nothing.</source>
        <translation>Show what would be undone; change nothing.</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout.</source>
        <translation>Print the result as JSON on stdout.</translation>
    </message>
    <message>
        <source>undo-run needs exactly one RUN_ID (see `salon-admin-cli history`)</source>
        <translation>undo-run needs exactly one RUN_ID (see `salon-admin-cli history`)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id; they look like wizard-20261201T101500-3fa29c</source>
        <translation>&quot;%1&quot; is not a run id; they look like wizard-20261201T101500-3fa29c</translation>
    </message>
    <message>
        <source>The undo itself is run %1 in the history.</source>
        <translation>The undo itself is run %1 in the history.</translation>
    </message>
    <message>
        <source>Undo an event-type wizard run (delete unused types it created, restore the map).</source>
        <translation>Undo an event-type wizard run (delete unused types it created, restore the map).</translation>
    </message>
</context>
<context>
    <name>salon::day::BusyBookingStore</name>
    <message>
        <source>Cannot keep the busy time from Cal.com: %1</source>
        <translation>Cannot keep the busy time from Cal.com: %1</translation>
    </message>
    <message>
        <source>Cannot read the busy time from Cal.com: %1</source>
        <translation>Cannot read the busy time from Cal.com: %1</translation>
    </message>
    <message>
        <source>Cannot forget busy time from Cal.com: %1</source>
        <translation>Cannot forget busy time from Cal.com: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Cannot read the staff: %1</translation>
    </message>
    <message>
        <source>Cannot forget old busy time from Cal.com: %1</source>
        <translation>Cannot forget old busy time from Cal.com: %1</translation>
    </message>
</context>
<context>
    <name>salon::day::DayScheduleReader</name>
    <message>
        <source>Cannot read the appointments of %1: %2</source>
        <translation>Cannot read the appointments of %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the unfinished changes of %1: %2</source>
        <translation>Cannot read the unfinished changes of %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the steps of %1: %2</source>
        <translation>Cannot read the steps of %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Cannot read the staff: %1</translation>
    </message>
    <message>
        <source>Cannot read the salon&apos;s hours: %1</source>
        <translation>Cannot read the salon&apos;s hours: %1</translation>
    </message>
    <message>
        <source>Cannot read the busy time from Cal.com of %1: %2</source>
        <translation>Cannot read the busy time from Cal.com of %1: %2</translation>
    </message>
</context>
<context>
    <name>salon::drift::ChangeWatch</name>
    <message>
        <source>No Cal.com client is configured.</source>
        <translation>No Cal.com client is configured.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot list the bookings changed in Cal.com: %1</source>
        <translation>Cannot list the bookings changed in Cal.com: %1</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftApplyJob</name>
    <message>
        <source>Stopped after %1 of %2 changes.</source>
        <translation>Stopped after %1 of %2 changes.</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>would %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered for this change (%2).</source>
        <translation>&quot;%1&quot; is not offered for this change (%2).</translation>
    </message>
    <message>
        <source>Appointment %1 was already changed as a whole by this run.</source>
        <translation>Appointment %1 was already changed as a whole by this run.</translation>
    </message>
    <message>
        <source>Cancelled in Cal.com; to be booked again.</source>
        <translation>Cancelled in Cal.com; to be booked again.</translation>
    </message>
    <message>
        <source>phase %1 will be booked again by the next sync</source>
        <translation>phase %1 will be booked again by the next sync</translation>
    </message>
    <message>
        <source>phase %1 now stores booking %2</source>
        <translation>phase %1 now stores booking %2</translation>
    </message>
    <message>
        <source>phase %1 follows Cal.com now (booking %2)</source>
        <translation>phase %1 follows Cal.com now (booking %2)</translation>
    </message>
    <message>
        <source>A step was cancelled in Cal.com.</source>
        <translation>A step was cancelled in Cal.com.</translation>
    </message>
    <message>
        <source>appointment %1 cancelled (%2)</source>
        <translation>appointment %1 cancelled (%2)</translation>
    </message>
    <message>
        <source>appointment %1 moved to %2</source>
        <translation>appointment %1 moved to %2</translation>
    </message>
    <message>
        <source>Moved back to the salon&apos;s time for this step.</source>
        <translation>Moved back to the salon&apos;s time for this step.</translation>
    </message>
    <message>
        <source>Cal.com refused to move booking %1 back: %2</source>
        <translation>Cal.com refused to move booking %1 back: %2</translation>
    </message>
    <message>
        <source>booking moved back to %1 (new booking %2)</source>
        <translation>booking moved back to %1 (new booking %2)</translation>
    </message>
    <message>
        <source>Booked twice: the salon keeps the other booking of this step.</source>
        <translation>Booked twice: the salon keeps the other booking of this step.</translation>
    </message>
    <message>
        <source>Cal.com refused to cancel booking %1: %2</source>
        <translation>Cal.com refused to cancel booking %1: %2</translation>
    </message>
    <message>
        <source>booking %1 cancelled, %2 kept</source>
        <translation>booking %1 cancelled, %2 kept</translation>
    </message>
    <message>
        <source>phase %1 is booked with its own staff member again (booking %2 cancelled)</source>
        <translation>phase %1 is booked with its own staff member again (booking %2 cancelled)</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftChoices</name>
    <message>
        <source>cancel the whole appointment</source>
        <translation>cancel the whole appointment</translation>
    </message>
    <message>
        <source>book the step again</source>
        <translation>book the step again</translation>
    </message>
    <message>
        <source>take Cal.com&apos;s change into the appointment</source>
        <translation>take Cal.com&apos;s change into the appointment</translation>
    </message>
    <message>
        <source>move the whole appointment to match</source>
        <translation>move the whole appointment to match</translation>
    </message>
    <message>
        <source>move the step back in Cal.com</source>
        <translation>move the step back in Cal.com</translation>
    </message>
    <message>
        <source>adopt the booking (no second booking)</source>
        <translation>adopt the booking (no second booking)</translation>
    </message>
    <message>
        <source>keep the stored booking, cancel the other</source>
        <translation>keep the stored booking, cancel the other</translation>
    </message>
    <message>
        <source>book the step with the salon&apos;s staff member again (Cal.com&apos;s booking with the other host is cancelled)</source>
        <translation>book the step with the salon&apos;s staff member again (Cal.com&apos;s booking with the other host is cancelled)</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftClassifier</name>
    <message>
        <source>step %1 (phase %2)</source>
        <translation>step %1 (phase %2)</translation>
    </message>
    <message>
        <source>the processing time (phase %1)</source>
        <translation>the processing time (phase %1)</translation>
    </message>
    <message>
        <source>The step was cancelled in Cal.com; the appointment&apos;s other steps are still booked.</source>
        <translation>The step was cancelled in Cal.com; the appointment&apos;s other steps are still booked.</translation>
    </message>
    <message>
        <source>Cal.com no longer has the step&apos;s booking.</source>
        <translation>Cal.com no longer has the step&apos;s booking.</translation>
    </message>
    <message>
        <source>The new booking %1 could not be read from Cal.com.</source>
        <translation>The new booking %1 could not be read from Cal.com.</translation>
    </message>
    <message>
        <source>The step was rescheduled in Cal.com and the new booking %1 cancelled there since.</source>
        <translation>The step was rescheduled in Cal.com and the new booking %1 cancelled there since.</translation>
    </message>
    <message>
        <source>The booking %1 could not be read from Cal.com.</source>
        <translation>The booking %1 could not be read from Cal.com.</translation>
    </message>
    <message>
        <source>No phase %1 exists here; the booking is left alone.</source>
        <translation>No phase %1 exists here; the booking is left alone.</translation>
    </message>
    <message>
        <source>Phase %1 is %2 here; only a pending or failed phase adopts a booking.</source>
        <translation>Phase %1 is %2 here; only a pending or failed phase adopts a booking.</translation>
    </message>
    <message>
        <source>Cal.com already has the phase&apos;s booking: storing it avoids booking the customer twice.</source>
        <translation>Cal.com already has the phase&apos;s booking: storing it avoids booking the customer twice.</translation>
    </message>
    <message>
        <source>Two active bookings carry phase %1; the phase keeps %2.</source>
        <translation>Two active bookings carry phase %1; the phase keeps %2.</translation>
    </message>
    <message>
        <source>The new time still fits the appointment&apos;s order of steps.</source>
        <translation>The new time still fits the appointment&apos;s order of steps.</translation>
    </message>
    <message>
        <source>The new time breaks the appointment: %1.</source>
        <translation>The new time breaks the appointment: %1.</translation>
    </message>
    <message>
        <source>it overlaps %1</source>
        <translation>it overlaps %1</translation>
    </message>
    <message>
        <source>it eats %1</source>
        <translation>it eats %1</translation>
    </message>
    <message>
        <source>Cal.com&apos;s new host (user %1) is no staff member here; putting Cal.com back books the step with the salon&apos;s staff member again.</source>
        <translation>Cal.com&apos;s new host (user %1) is no staff member here; putting Cal.com back books the step with the salon&apos;s staff member again.</translation>
    </message>
    <message>
        <source>Cal.com gave the step to %1; following makes %1 the step&apos;s staff member, putting Cal.com back books it with the salon&apos;s staff member again.</source>
        <translation>Cal.com gave the step to %1; following makes %1 the step&apos;s staff member, putting Cal.com back books it with the salon&apos;s staff member again.</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftItemStore</name>
    <message>
        <source>Cannot read the unsettled changes made in Cal.com: %1</source>
        <translation>Cannot read the unsettled changes made in Cal.com: %1</translation>
    </message>
    <message>
        <source>Cannot store the unsettled changes made in Cal.com: %1</source>
        <translation>Cannot store the unsettled changes made in Cal.com: %1</translation>
    </message>
    <message>
        <source>Cannot keep the salon&apos;s plan for phase %1: %2</source>
        <translation>Cannot keep the salon&apos;s plan for phase %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark the change made in Cal.com as settled: %1</source>
        <translation>Cannot mark the change made in Cal.com as settled: %1</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftRepository</name>
    <message>
        <source>Cannot read the appointments&apos; phases: %1</source>
        <translation>Cannot read the appointments&apos; phases: %1</translation>
    </message>
    <message>
        <source>Cannot read the appointments: %1</source>
        <translation>Cannot read the appointments: %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Cannot read the staff: %1</translation>
    </message>
    <message>
        <source>Cannot list the synced phases: %1</source>
        <translation>Cannot list the synced phases: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot change phase %1: %2</source>
        <translation>Cannot change phase %1: %2</translation>
    </message>
    <message>
        <source>Phase %1 changed since Cal.com was read (another run or a sync); it was left as it is.</source>
        <translation>Phase %1 changed since Cal.com was read (another run or a sync); it was left as it is.</translation>
    </message>
</context>
<context>
    <name>salon::drift::DriftScan</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot read booking %1: %2</source>
        <translation>Cannot read booking %1: %2</translation>
    </message>
</context>
<context>
    <name>salon::drift::HostPutBackJob</name>
    <message>
        <source>Booked again with the salon&apos;s staff member for this step.</source>
        <translation>Booked again with the salon&apos;s staff member for this step.</translation>
    </message>
    <message>
        <source>Phase %1 does not exist.</source>
        <translation>Phase %1 does not exist.</translation>
    </message>
    <message>
        <source>Phase %1 changed since Cal.com was read (it stores booking %2 now, not %3).</source>
        <translation>Phase %1 changed since Cal.com was read (it stores booking %2 now, not %3).</translation>
    </message>
    <message>
        <source>Look at Cal.com again; the change is shown anew if it is still there.</source>
        <translation>Look at Cal.com again; the change is shown anew if it is still there.</translation>
    </message>
</context>
<context>
    <name>salon::drift::WatchCursor</name>
    <message>
        <source>Cannot read where the last look at Cal.com stopped: %1</source>
        <translation>Cannot read where the last look at Cal.com stopped: %1</translation>
    </message>
    <message>
        <source>Cannot store where the look at Cal.com stopped: %1</source>
        <translation>Cannot store where the look at Cal.com stopped: %1</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::EventMapChange</name>
    <message>
        <source>map %1 (service %2, segment %3, %4, event type %5): child %6 -&gt; %7 — %8</source>
        <translation>map %1 (service %2, segment %3, %4, event type %5): child %6 -&gt; %7 — %8</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::EventMapPopulator</name>
    <message>
        <source>populate-event-maps needs a Cal.com connection.</source>
        <translation>populate-event-maps needs a Cal.com connection.</translation>
    </message>
    <message>
        <source>%1: the stored child is the parent %2 itself; run repair-event-maps first.</source>
        <translation>%1: the stored child is the parent %2 itself; run repair-event-maps first.</translation>
    </message>
    <message>
        <source>%1: left NULL — %2</source>
        <translation>%1: left NULL — %2</translation>
    </message>
    <message>
        <source>child of the managed event type %1 owned by %2</source>
        <translation>child of the managed event type %1 owned by %2</translation>
    </message>
    <message>
        <source>map %1 (service %2, segment %3, %4)</source>
        <translation>map %1 (service %2, segment %3, %4)</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::EventMapRepair</name>
    <message>
        <source>child-equals-parent: cleared (offline, the child was not looked up)</source>
        <translation>child-equals-parent: cleared (offline, the child was not looked up)</translation>
    </message>
    <message>
        <source>%1: cleared</source>
        <translation>%1: cleared</translation>
    </message>
    <message>
        <source>cleared, no child to store (%1)</source>
        <translation>cleared, no child to store (%1)</translation>
    </message>
    <message>
        <source>map %1: child left NULL — %2</source>
        <translation>map %1: child left NULL — %2</translation>
    </message>
    <message>
        <source>the staff member&apos;s child %1 stored</source>
        <translation>the staff member&apos;s child %1 stored</translation>
    </message>
    <message>
        <source>cleared, event type %1 is booked directly</source>
        <translation>cleared, event type %1 is booked directly</translation>
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
        <translation>Refusing to store event type %1 as its own child (map %2): a MANAGED parent cannot be booked.</translation>
    </message>
    <message>
        <source>Internal error: a change of map %1 alters more than its child.</source>
        <translation>Internal error: a change of map %1 alters more than its child.</translation>
    </message>
    <message>
        <source>Map %1 changed while the plan was made; nothing was written. Run the command again.</source>
        <translation>Map %1 changed while the plan was made; nothing was written. Run the command again.</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::EventMapVerifier</name>
    <message>
        <source>Map %1 is for segment %2 of %3, but that service has no such segment.</source>
        <translation>Map %1 is for segment %2 of %3, but that service has no such segment.</translation>
    </message>
    <message>
        <source>Delete the map row, or correct its segment key.</source>
        <translation>Delete the map row, or correct its segment key.</translation>
    </message>
    <message>
        <source>Map %1 books segment %2 &quot;%3&quot; of %4 for %5, but this segment needs no staff (a processing gap) and is never booked in Cal.com.</source>
        <translation>Map %1 books segment %2 &quot;%3&quot; of %4 for %5, but this segment needs no staff (a processing gap) and is never booked in Cal.com.</translation>
    </message>
    <message>
        <source>Delete the map row; it is not used.</source>
        <translation>Delete the map row; it is not used.</translation>
    </message>
    <message>
        <source>%1 performs %2, but segment %3 &quot;%4&quot; has no Cal.com event type for them: appointments with this step cannot be synced.</source>
        <translation>%1 performs %2, but segment %3 &quot;%4&quot; has no Cal.com event type for them: appointments with this step cannot be synced.</translation>
    </message>
    <message>
        <source>Create the event type for this segment and staff member (event type wizard), or remove the staff member from the service.</source>
        <translation>Create the event type for this segment and staff member (event type wizard), or remove the staff member from the service.</translation>
    </message>
    <message>
        <source>%1 is not linked to a Cal.com user, so no Cal.com event type can be booked for them.</source>
        <translation>%1 is not linked to a Cal.com user, so no Cal.com event type can be booked for them.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s Cal.com user id and username in the staff settings.</source>
        <translation>Enter the staff member&apos;s Cal.com user id and username in the staff settings.</translation>
    </message>
    <message>
        <source>%1, segment %2 &quot;%3&quot;, %4</source>
        <translation>%1, segment %2 &quot;%3&quot;, %4</translation>
    </message>
    <message>
        <source>Event type %1 (%2) does not exist in the Cal.com team: bookings of this step fail.</source>
        <translation>Event type %1 (%2) does not exist in the Cal.com team: bookings of this step fail.</translation>
    </message>
    <message>
        <source>Create the event type again (event type wizard) and update the map.</source>
        <translation>Create the event type again (event type wizard) and update the map.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; (%2) books %3, but %4 (Cal.com user %5) is not its host%6: Cal.com would book someone else&apos;s calendar.</source>
        <translation>Event type &quot;%1&quot; (%2) books %3, but %4 (Cal.com user %5) is not its host%6: Cal.com would book someone else&apos;s calendar.</translation>
    </message>
    <message>
        <source> (hosts: %1)</source>
        <translation> (hosts: %1)</translation>
    </message>
    <message>
        <source>Make %1 the only host of the event type in Cal.com.</source>
        <translation>Make %1 the only host of the event type in Cal.com.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; (%2) books %3, but besides %4 it also has the hosts %5: Cal.com may assign the booking to one of them.</source>
        <translation>Event type &quot;%1&quot; (%2) books %3, but besides %4 it also has the hosts %5: Cal.com may assign the booking to one of them.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; (%2) lasts %3 minutes, but segment %4 &quot;%5&quot; of %6 takes %7 minutes: the Cal.com booking would block the wrong time.</source>
        <translation>Event type &quot;%1&quot; (%2) lasts %3 minutes, but segment %4 &quot;%5&quot; of %6 takes %7 minutes: the Cal.com booking would block the wrong time.</translation>
    </message>
    <message>
        <source>Set the event type&apos;s length to %1 minutes in Cal.com.</source>
        <translation>Set the event type&apos;s length to %1 minutes in Cal.com.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; (%2) serves only segment %3 of %4 but is not hidden: customers can book this single step on its own on the Cal.com booking page.</source>
        <translation>Event type &quot;%1&quot; (%2) serves only segment %3 of %4 but is not hidden: customers can book this single step on its own on the Cal.com booking page.</translation>
    </message>
    <message>
        <source>Hide the event type in Cal.com (&quot;Hidden&quot; switch).</source>
        <translation>Hide the event type in Cal.com (&quot;Hidden&quot; switch).</translation>
    </message>
    <message>
        <source>Give each staff member an own event type (one host each) and update the map.</source>
        <translation>Give each staff member an own event type (one host each) and update the map.</translation>
    </message>
    <message>
        <source>Cal.com never created it, or it was deleted.</source>
        <translation>Cal.com never created it, or it was deleted.</translation>
    </message>
    <message>
        <source>Clear the wrong entry: the event type wizard gives the staff member a bookable event type of their own and points the row at it.</source>
        <translation>Clear the wrong entry: the event type wizard gives the staff member a bookable event type of their own and points the row at it.</translation>
    </message>
    <message>
        <source>Map %1 (%2, segment %3, %4) stores the shared template %5 as the staff member&apos;s own event type. Cal.com refuses to book a template: every booking of this step fails.</source>
        <translation>Map %1 (%2, segment %3, %4) stores the shared template %5 as the staff member&apos;s own event type. Cal.com refuses to book a template: every booking of this step fails.</translation>
    </message>
    <message>
        <source>Event type %1 is stored as the own event type of several staff members (%2); bookings for all of them would land in one calendar.</source>
        <translation>Event type %1 is stored as the own event type of several staff members (%2); bookings for all of them would land in one calendar.</translation>
    </message>
    <message>
        <source>Cal.com lists %1 as host of the shared template &quot;%2&quot; (%3), so %1 has an own copy of it, but this API key cannot see it (hidden event types are shown only to their owner). Its id cannot be checked.</source>
        <translation>Cal.com lists %1 as host of the shared template &quot;%2&quot; (%3), so %1 has an own copy of it, but this API key cannot see it (hidden event types are shown only to their owner). Its id cannot be checked.</translation>
    </message>
    <message>
        <source>Make %1&apos;s copy visible in Cal.com, or use an API key of %1; then verify again.</source>
        <translation>Make %1&apos;s copy visible in Cal.com, or use an API key of %1; then verify again.</translation>
    </message>
    <message>
        <source>The shared template &quot;%1&quot; (%2) has no copy for %3 (Cal.com user %4). Only a staff member&apos;s own copy can be booked, so every booking of %5 fails. %6</source>
        <translation>The shared template &quot;%1&quot; (%2) has no copy for %3 (Cal.com user %4). Only a staff member&apos;s own copy can be booked, so every booking of %5 fails. %6</translation>
    </message>
    <message>
        <source>Rename or delete %1&apos;s own event type &quot;%2&quot; (id %3) in Cal.com and save the template&apos;s hosts again, or let the event type wizard give %1 a bookable event type of their own; then verify again.</source>
        <translation>Rename or delete %1&apos;s own event type &quot;%2&quot; (id %3) in Cal.com and save the template&apos;s hosts again, or let the event type wizard give %1 a bookable event type of their own; then verify again.</translation>
    </message>
    <message>
        <source>Save the template&apos;s hosts again in Cal.com with %1 among them, or let the event type wizard give %1 a bookable event type of their own; then verify again.</source>
        <translation>Save the template&apos;s hosts again in Cal.com with %1 among them, or let the event type wizard give %1 a bookable event type of their own; then verify again.</translation>
    </message>
    <message>
        <source>but %1&apos;s own copy of this template is %2</source>
        <translation>but %1&apos;s own copy of this template is %2</translation>
    </message>
    <message>
        <source>but %1 has no copy of this template at all</source>
        <translation>but %1 has no copy of this template at all</translation>
    </message>
    <message>
        <source>but that event type is no copy of template %1</source>
        <translation>but that event type is no copy of template %1</translation>
    </message>
    <message>
        <source>Map %1 stores event type %2 as the own copy for %3, %4: bookings would go to the wrong event type.</source>
        <translation>Map %1 stores event type %2 as the own copy for %3, %4: bookings would go to the wrong event type.</translation>
    </message>
    <message>
        <source>Map %1 stores event type %2 as the own copy for %3, but event type %4 is no shared template and has no copies: bookings would go to event type %2 instead of %4.</source>
        <translation>Map %1 stores event type %2 as the own copy for %3, but event type %4 is no shared template and has no copies: bookings would go to event type %2 instead of %4.</translation>
    </message>
    <message>
        <source>Event type %1 is no shared template but serves several staff members (%2): Cal.com cannot know whose calendar to book.</source>
        <translation>Event type %1 is no shared template but serves several staff members (%2): Cal.com cannot know whose calendar to book.</translation>
    </message>
    <message>
        <source>%1 already owns an event type &quot;%2&quot; (id %3) with the template&apos;s web address, so Cal.com did not create %1&apos;s copy.</source>
        <translation>%1 already owns an event type &quot;%2&quot; (id %3) with the template&apos;s web address, so Cal.com did not create %1&apos;s copy.</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::ResolveFailure</name>
    <message>
        <source>Cal.com lists user %1 (%2) as host of the managed event type %3, so a child exists, but it is not visible to this API key (Cal.com hides hidden event types from everyone but their owner).</source>
        <translation>Cal.com lists user %1 (%2) as host of the managed event type %3, so a child exists, but it is not visible to this API key (Cal.com hides hidden event types from everyone but their owner).</translation>
    </message>
    <message>
        <source>The event type %1 does not exist in the Cal.com team.</source>
        <translation>The event type %1 does not exist in the Cal.com team.</translation>
    </message>
    <message>
        <source>Staff member %1 is not linked to a Cal.com user (user id or username missing).</source>
        <translation>Staff member %1 is not linked to a Cal.com user (user id or username missing).</translation>
    </message>
    <message>
        <source>The managed event type %1 has no personal copy (child) for Cal.com user %2, so there is nothing that can be booked for this staff member (Cal.com skips the child, for example, when the user already owns an event type with the same slug).</source>
        <translation>The managed event type %1 has no personal copy (child) for Cal.com user %2, so there is nothing that can be booked for this staff member (Cal.com skips the child, for example, when the user already owns an event type with the same slug).</translation>
    </message>
</context>
<context>
    <name>salon::eventmaps::TeamEventTypeCache</name>
    <message>
        <source>No Cal.com connection.</source>
        <translation>No Cal.com connection.</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::EventTypeCreationRun</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelled before it was sent.</translation>
    </message>
    <message>
        <source>Adopted the existing event type.</source>
        <translation>Adopted the existing event type.</translation>
    </message>
    <message>
        <source>No Cal.com connection.</source>
        <translation>No Cal.com connection.</translation>
    </message>
    <message>
        <source>Cal.com stored the slug as &quot;%1&quot;.</source>
        <translation>Cal.com stored the slug as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 Looking the slug up afterwards failed too: %2</source>
        <translation>%1 Looking the slug up afterwards failed too: %2</translation>
    </message>
    <message>
        <source>Cannot look the slug up: %1</source>
        <translation>Cannot look the slug up: %1</translation>
    </message>
    <message>
        <source>Event type %1 has the slug &quot;%2&quot; but %3. It is left untouched.</source>
        <translation>Event type %1 has the slug &quot;%2&quot; but %3. It is left untouched.</translation>
    </message>
    <message>
        <source>Cal.com answered &quot;%1&quot; but had created the event type; it was adopted, not duplicated.</source>
        <translation>Cal.com answered &quot;%1&quot; but had created the event type; it was adopted, not duplicated.</translation>
    </message>
    <message>
        <source>Found by its slug; adopted.</source>
        <translation>Found by its slug; adopted.</translation>
    </message>
    <message>
        <source>Event type %1 exists in Cal.com, but the map could not be updated: %2</source>
        <translation>Event type %1 exists in Cal.com, but the map could not be updated: %2</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::EventTypePlanBuilder</name>
    <message>
        <source>The title template is empty.</source>
        <translation>The title template is empty.</translation>
    </message>
    <message>
        <source>The title template must contain %1, or the slugs of different items collide.</source>
        <translation>The title template must contain %1, or the slugs of different items collide.</translation>
    </message>
    <message>
        <source>The title template must contain {segment} or {segmentName}, or the slugs of different items collide.</source>
        <translation>The title template must contain {segment} or {segmentName}, or the slugs of different items collide.</translation>
    </message>
    <message>
        <source>it is a MANAGED parent, which cannot be booked</source>
        <translation>it is a MANAGED parent, which cannot be booked</translation>
    </message>
    <message>
        <source>it is a MANAGED child</source>
        <translation>it is a MANAGED child</translation>
    </message>
    <message>
        <source>its scheduling type is %1, not round robin</source>
        <translation>its scheduling type is %1, not round robin</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>it has no host</translation>
    </message>
    <message>
        <source>its hosts are %1 instead of only %2</source>
        <translation>its hosts are %1 instead of only %2</translation>
    </message>
    <message>
        <source>it lasts %1 min instead of %2 min</source>
        <translation>it lasts %1 min instead of %2 min</translation>
    </message>
    <message>
        <source>%1 has no Cal.com user id; set it in the staff table first.</source>
        <translation>%1 has no Cal.com user id; set it in the staff table first.</translation>
    </message>
    <message>
        <source>Another planned item has the same slug &quot;%1&quot;; check the title template.</source>
        <translation>Another planned item has the same slug &quot;%1&quot;; check the title template.</translation>
    </message>
    <message>
        <source>The mapped event type %1 is not a team event type of team %2 (deleted or user-owned).</source>
        <translation>The mapped event type %1 is not a team event type of team %2 (deleted or user-owned).</translation>
    </message>
    <message>
        <source>The mapped event type %1 does not fit: %2.</source>
        <translation>The mapped event type %1 does not fit: %2.</translation>
    </message>
    <message>
        <source>The map row still carries the MANAGED child id %1.</source>
        <translation>The map row still carries the MANAGED child id %1.</translation>
    </message>
    <message>
        <source>The map already points to event type %1 with the right host and length.</source>
        <translation>The map already points to event type %1 with the right host and length.</translation>
    </message>
    <message>
        <source>Event type %1 with this slug already exists and matches; it is reused.</source>
        <translation>Event type %1 with this slug already exists and matches; it is reused.</translation>
    </message>
    <message>
        <source>Event type %1 already has the slug &quot;%2&quot; but %3. It is left untouched.</source>
        <translation>Event type %1 already has the slug &quot;%2&quot; but %3. It is left untouched.</translation>
    </message>
    <message>
        <source>No map row and no event type with this slug yet.</source>
        <translation>No map row and no event type with this slug yet.</translation>
    </message>
    <message>
        <source>%1 performs none of the chosen services; nothing is planned for them.</source>
        <translation>%1 performs none of the chosen services; nothing is planned for them.</translation>
    </message>
    <message>
        <source>Unknown staff member %1.</source>
        <translation>Unknown staff member %1.</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::EventTypePlanner</name>
    <message>
        <source>No Cal.com connection is configured.</source>
        <translation>No Cal.com connection is configured.</translation>
    </message>
    <message>
        <source>Cannot find the Cal.com team: %1</source>
        <translation>Cannot find the Cal.com team: %1</translation>
    </message>
    <message>
        <source>Cannot read the team&apos;s event types: %1</source>
        <translation>Cannot read the team&apos;s event types: %1</translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation>Planning was cancelled.</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::EventTypeRepository</name>
    <message>
        <source>Cannot read the services: %1</source>
        <translation>Cannot read the services: %1</translation>
    </message>
    <message>
        <source>Unknown service id(s): %1</source>
        <translation>Unknown service id(s): %1</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Cannot read the staff: %1</translation>
    </message>
    <message>
        <source>Cannot read the event map: %1</source>
        <translation>Cannot read the event map: %1</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Choose at least one service.</translation>
    </message>
    <message>
        <source>Unknown staff id(s): %1</source>
        <translation>Unknown staff id(s): %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot read the map row: %1</source>
        <translation>Cannot read the map row: %1</translation>
    </message>
    <message>
        <source>The map row for %1 changed since the plan (now event type %2); plan again.</source>
        <translation>The map row for %1 changed since the plan (now event type %2); plan again.</translation>
    </message>
    <message>
        <source>Cannot update the map row: %1</source>
        <translation>Cannot update the map row: %1</translation>
    </message>
    <message>
        <source>The map row for %1 was deleted since the plan; plan again.</source>
        <translation>The map row for %1 was deleted since the plan; plan again.</translation>
    </message>
    <message>
        <source>Cannot insert the map row: %1</source>
        <translation>Cannot insert the map row: %1</translation>
    </message>
    <message>
        <source>Cannot read the new map row back: %1</source>
        <translation>Cannot read the new map row back: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot commit the map change: %1</source>
        <translation>Cannot commit the map change: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
    <message>
        <source>Map row %1 (service %2, segment %3, %4) still points to it.</source>
        <translation>Map row %1 (service %2, segment %3, %4) still points to it.</translation>
    </message>
    <message>
        <source>Cannot read the appointment phases: %1</source>
        <translation>Cannot read the appointment phases: %1</translation>
    </message>
    <message>
        <source>Phase %1 of appointment %2 (%3) has no other event type to book yet.</source>
        <translation>Phase %1 of appointment %2 (%3) has no other event type to book yet.</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::ItemProgress</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Not touched</source>
        <translation>Not touched</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::ManagedTypeRetirement</name>
    <message>
        <source>Still referred to; not deleted.</source>
        <translation>Still referred to; not deleted.</translation>
    </message>
    <message>
        <source>No Cal.com connection.</source>
        <translation>No Cal.com connection.</translation>
    </message>
    <message>
        <source>Deleted, but the audit entry failed: %1</source>
        <translation>Deleted, but the audit entry failed: %1</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::PlanItem</name>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::RetirementCandidate</name>
    <message>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
</context>
<context>
    <name>salon::eventtypes::RetirementSearch</name>
    <message>
        <source>No Cal.com team to look the replaced event types up in.</source>
        <translation>No Cal.com team to look the replaced event types up in.</translation>
    </message>
    <message>
        <source>Cannot read the team&apos;s event types: %1</source>
        <translation>Cannot read the team&apos;s event types: %1</translation>
    </message>
</context>
<context>
    <name>salon::history::AuditHistory</name>
    <message numerus="yes">
        <source>%1 — %2, %3, %4 to %5 UTC, %n entries (%6)</source>
        <translation>
            <numerusform>%1 — %2, %3, %4 to %5 UTC, %n entry (%6)</numerusform>
            <numerusform>%1 — %2, %3, %4 to %5 UTC, %n entries (%6)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no run id)</source>
        <translation>(no run id)</translation>
    </message>
    <message>
        <source>  undone by %1</source>
        <translation>  undone by %1</translation>
    </message>
    <message>
        <source>No audit entries in this period.</source>
        <translation>No audit entries in this period.</translation>
    </message>
</context>
<context>
    <name>salon::history::AuditLogReader</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
</context>
<context>
    <name>salon::history::RunSummary</name>
    <message>
        <source>event-type wizard</source>
        <translation>event-type wizard</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>event-map repair</source>
        <translation>event-map repair</translation>
    </message>
    <message>
        <source>event-map populate</source>
        <translation>event-map populate</translation>
    </message>
    <message>
        <source>retiring MANAGED event types</source>
        <translation>retiring MANAGED event types</translation>
    </message>
    <message>
        <source>phase change</source>
        <translation>phase change</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>before run ids</source>
        <translation>before run ids</translation>
    </message>
</context>
<context>
    <name>salon::history::RunUndoJob</name>
    <message numerus="yes">
        <source>Cancelled: %n item(s) not undone.</source>
        <translation>
            <numerusform>Cancelled: %n item not undone.</numerusform>
            <numerusform>Cancelled: %n items not undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to Cal.com.</source>
        <translation>No connection to Cal.com.</translation>
    </message>
    <message>
        <source>Cannot check the bookings of event type %1: %2</source>
        <translation>Cannot check the bookings of event type %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Event type %1 has %n booking(s) that are not cancelled (%2); cancel or move them first.</source>
        <translation>
            <numerusform>Event type %1 has %n booking that is not cancelled (%2); cancel or move it first.</numerusform>
            <numerusform>Event type %1 has %n bookings that are not cancelled (%2); cancel or move them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map row put back, but deleting event type %1 failed: %2 — run undo-run again to finish.</source>
        <translation>Map row put back, but deleting event type %1 failed: %2 — run undo-run again to finish.</translation>
    </message>
    <message>
        <source>Deleted, but the audit entry failed: %1</source>
        <translation>Deleted, but the audit entry failed: %1</translation>
    </message>
</context>
<context>
    <name>salon::history::RunUndoPlan</name>
    <message>
        <source>WOULD UNDO</source>
        <translation>WOULD UNDO</translation>
    </message>
    <message>
        <source>PLANNED</source>
        <translation>PLANNED</translation>
    </message>
    <message>
        <source>ALREADY UNDONE</source>
        <translation>ALREADY UNDONE</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NOT UNDONE</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>UNDONE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Undo of %1 (dry run): %2 to undo, %3 already undone, %4 refused or not undoable. Nothing was changed.</source>
        <translation>Undo of %1 (dry run): %2 to undo, %3 already undone, %4 refused or not undoable. Nothing was changed.</translation>
    </message>
    <message>
        <source>Undo of %1: %2 undone, %3 already undone, %4 refused or not undoable, %5 failed.</source>
        <translation>Undo of %1: %2 undone, %3 already undone, %4 refused or not undoable, %5 failed.</translation>
    </message>
</context>
<context>
    <name>salon::history::RunUndoPlanBuilder</name>
    <message>
        <source>Not brought back: Cal.com cannot restore a deleted event type (%1 &quot;%2&quot;).</source>
        <translation>Not brought back: Cal.com cannot restore a deleted event type (%1 &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Stays: undo-run takes back only what the event-type wizard created or adopted.</source>
        <translation>Stays: undo-run takes back only what the event-type wizard created or adopted.</translation>
    </message>
    <message>
        <source>Map row %1 was deleted since the run; there is nothing to put back.</source>
        <translation>Map row %1 was deleted since the run; there is nothing to put back.</translation>
    </message>
    <message>
        <source>Map row %1 changed since the run: it points at event type %2 now, not %3.</source>
        <translation>Map row %1 changed since the run: it points at event type %2 now, not %3.</translation>
    </message>
    <message>
        <source>Its previous event type %1 was deleted; Cal.com cannot restore a deleted event type, so the row keeps event type %2.</source>
        <translation>Its previous event type %1 was deleted; Cal.com cannot restore a deleted event type, so the row keeps event type %2.</translation>
    </message>
    <message numerus="yes">
        <source>Event type %1 has %n booking(s) that are not cancelled (%2); cancel or move them first.</source>
        <translation>
            <numerusform>Event type %1 has %n booking that is not cancelled (%2); cancel or move it first.</numerusform>
            <numerusform>Event type %1 has %n bookings that are not cancelled (%2); cancel or move them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map row(s) %1 also point at event type %2.</source>
        <translation>Map row(s) %1 also point at event type %2.</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Already undone.</translation>
    </message>
    <message>
        <source>The row points at MANAGED parent %1 again, which cannot be booked (verify-event-maps reports it).</source>
        <translation>The row points at MANAGED parent %1 again, which cannot be booked (verify-event-maps reports it).</translation>
    </message>
</context>
<context>
    <name>salon::history::RunUndoPlanner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot list the team&apos;s event types: %1</source>
        <translation>Cannot list the team&apos;s event types: %1</translation>
    </message>
    <message>
        <source>Cannot list the bookings of the run&apos;s event types: %1</source>
        <translation>Cannot list the bookings of the run&apos;s event types: %1</translation>
    </message>
</context>
<context>
    <name>salon::history::UndoItem</name>
    <message>
        <source>back to event type %1</source>
        <translation>back to event type %1</translation>
    </message>
    <message>
        <source>remove the row (the run added it)</source>
        <translation>remove the row (the run added it)</translation>
    </message>
    <message>
        <source>delete event type %1</source>
        <translation>delete event type %1</translation>
    </message>
    <message>
        <source>keep event type %1 (it existed before the run)</source>
        <translation>keep event type %1 (it existed before the run)</translation>
    </message>
    <message>
        <source>map row %1 (%2): %3</source>
        <translation>map row %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>salon::history::UndoRepository</name>
    <message>
        <source>No audit entry carries the run id %1; `salon-admin-cli history` lists the runs.</source>
        <translation>No audit entry carries the run id %1; `salon-admin-cli history` lists the runs.</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot read the event map: %1</source>
        <translation>Cannot read the event map: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Map row %1 was deleted meanwhile; nothing was changed.</source>
        <translation>Map row %1 was deleted meanwhile; nothing was changed.</translation>
    </message>
    <message>
        <source>Map row %1 changed meanwhile (event type %2 now); nothing was changed.</source>
        <translation>Map row %1 changed meanwhile (event type %2 now); nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot put map row %1 back: %2</source>
        <translation>Cannot put map row %1 back: %2</translation>
    </message>
    <message>
        <source>Cannot remove map row %1: %2</source>
        <translation>Cannot remove map row %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot commit the change of map row %1: %2</source>
        <translation>Cannot commit the change of map row %1: %2</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::AppointmentChangeRun</name>
    <message>
        <source>Change %1 is being finished by another run right now.</source>
        <translation>Change %1 is being finished by another run right now.</translation>
    </message>
    <message>
        <source>a step failed before a crash</source>
        <translation>a step failed before a crash</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>stopped by the user</translation>
    </message>
    <message>
        <source>Stopped before anything changed in Cal.com.</source>
        <translation>Stopped before anything changed in Cal.com.</translation>
    </message>
    <message>
        <source>Stopped; the remaining cancellations are owed.</source>
        <translation>Stopped; the remaining cancellations are owed.</translation>
    </message>
    <message>
        <source>Run the command again; it finishes them.</source>
        <translation>Run the command again; it finishes them.</translation>
    </message>
    <message>
        <source>Some work in Cal.com is owed; the next run finishes it.</source>
        <translation>Some work in Cal.com is owed; the next run finishes it.</translation>
    </message>
    <message>
        <source>Run the command again (or any lifecycle command) when Cal.com answers.</source>
        <translation>Run the command again (or any lifecycle command) when Cal.com answers.</translation>
    </message>
    <message>
        <source>Put back: the appointment is whole at its old time and staff (%1).</source>
        <translation>Put back: the appointment is whole at its old time and staff (%1).</translation>
    </message>
    <message>
        <source>Could not put everything back: %1</source>
        <translation>Could not put everything back: %1</translation>
    </message>
    <message>
        <source>Check these steps in Cal.com; their phases show where they are now.</source>
        <translation>Check these steps in Cal.com; their phases show where they are now.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Check these bookings in Cal.com.</source>
        <translation>Check these bookings in Cal.com.</translation>
    </message>
    <message>
        <source>Internal error: step %1 is not part of change %2.</source>
        <translation>Internal error: step %1 is not part of change %2.</translation>
    </message>
    <message>
        <source>Choose another time or staff member.</source>
        <translation>Choose another time or staff member.</translation>
    </message>
    <message>
        <source>step %1 (phase %2): %3</source>
        <translation>step %1 (phase %2): %3</translation>
    </message>
    <message>
        <source>step %1 (phase %2) failed: %3</source>
        <translation>step %1 (phase %2) failed: %3</translation>
    </message>
    <message>
        <source>Run the command again when Cal.com answers; it finishes this step.</source>
        <translation>Run the command again when Cal.com answers; it finishes this step.</translation>
    </message>
    <message>
        <source>Step %1 (phase %2) has no clear answer from Cal.com: %3</source>
        <translation>Step %1 (phase %2) has no clear answer from Cal.com: %3</translation>
    </message>
    <message>
        <source>Run the command again.</source>
        <translation>Run the command again.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::BookingCanceller</name>
    <message>
        <source>no Cal.com client</source>
        <translation>no Cal.com client</translation>
    </message>
    <message>
        <source>Cal.com did not cancel booking %1 after %2 attempts.</source>
        <translation>Cal.com did not cancel booking %1 after %2 attempts.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::CancelAppointmentsJob</name>
    <message>
        <source>Cancelled by the salon.</source>
        <translation>Cancelled by the salon.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::ChangeDrafts</name>
    <message>
        <source>Appointment %1 has an unfinished change (%2) that could not be finished now.</source>
        <translation>Appointment %1 has an unfinished change (%2) that could not be finished now.</translation>
    </message>
    <message>
        <source>Run the command again when Cal.com answers; the change is finished first.</source>
        <translation>Run the command again when Cal.com answers; the change is finished first.</translation>
    </message>
    <message>
        <source>Phase %1 of appointment %2 is being synced right now.</source>
        <translation>Phase %1 of appointment %2 is being synced right now.</translation>
    </message>
    <message>
        <source>Try again when that sync has finished.</source>
        <translation>Try again when that sync has finished.</translation>
    </message>
    <message>
        <source>Appointment %1 cannot be changed: %2.</source>
        <translation>Appointment %1 cannot be changed: %2.</translation>
    </message>
    <message>
        <source>Phase %1 of appointment %2: an earlier booking attempt got no clear answer, so Cal.com may hold a booking for it.</source>
        <translation>Phase %1 of appointment %2: an earlier booking attempt got no clear answer, so Cal.com may hold a booking for it.</translation>
    </message>
    <message>
        <source>Run `salon-admin-cli sync --appointment %1` first; it settles that.</source>
        <translation>Run `salon-admin-cli sync --appointment %1` first; it settles that.</translation>
    </message>
    <message>
        <source>an earlier booking attempt got no clear answer: any booking Cal.com made for it is found by its phase id and cancelled</source>
        <translation>an earlier booking attempt got no clear answer: any booking Cal.com made for it is found by its phase id and cancelled</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>Staff member %1 does not exist.</translation>
    </message>
    <message>
        <source>Phase %1 needs no staff (processing time); it cannot be handed to anyone.</source>
        <translation>Phase %1 needs no staff (processing time); it cannot be handed to anyone.</translation>
    </message>
    <message>
        <source>Phase %1 is no booked step with a staff member.</source>
        <translation>Phase %1 is no booked step with a staff member.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::ChangePlanner</name>
    <message>
        <source>not booked yet and no event type to check it on; the next sync says why</source>
        <translation>not booked yet and no event type to check it on; the next sync says why</translation>
    </message>
    <message>
        <source>the event map has no event type for %1, segment %2, %3; the event type wizard creates it</source>
        <translation>the event map has no event type for %1, segment %2, %3; the event type wizard creates it</translation>
    </message>
    <message>
        <source>%1 Verify the event maps, or let the event type wizard create an event type for this staff member.</source>
        <translation>%1 Verify the event maps, or let the event type wizard create an event type for this staff member.</translation>
    </message>
    <message>
        <source>Cal.com could not be asked: %1</source>
        <translation>Cal.com could not be asked: %1</translation>
    </message>
    <message>
        <source>its event type has several lengths, so it is booked again, but the new time overlaps its own booking; move it by at least its length</source>
        <translation>its event type has several lengths, so it is booked again, but the new time overlaps its own booking; move it by at least its length</translation>
    </message>
    <message>
        <source>off its event type&apos;s slot grid next to a busy time; no other booking of %1 overlaps it, Cal.com&apos;s answer decides</source>
        <translation>off its event type&apos;s slot grid next to a busy time; no other booking of %1 overlaps it, Cal.com&apos;s answer decides</translation>
    </message>
    <message>
        <source>overlaps a booking of this appointment that moves first; Cal.com&apos;s answer decides</source>
        <translation>overlaps a booking of this appointment that moves first; Cal.com&apos;s answer decides</translation>
    </message>
    <message>
        <source>%1 is not free then in Cal.com (busy or not working)</source>
        <translation>%1 is not free then in Cal.com (busy or not working)</translation>
    </message>
    <message>
        <source>%1 has another booking then in Cal.com (%2)</source>
        <translation>%1 has another booking then in Cal.com (%2)</translation>
    </message>
    <message>
        <source>appointment %1 of this change goes to %2 at that time</source>
        <translation>appointment %1 of this change goes to %2 at that time</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::LifecycleJob</name>
    <message>
        <source>Let the event type wizard create the missing event type (Tools -&gt; Event type wizard, or `salon-admin-cli create-event-types --service %1 --staff %2`), then try again.</source>
        <translation>Let the event type wizard create the missing event type (Tools -&gt; Event type wizard, or `salon-admin-cli create-event-types --service %1 --staff %2`), then try again.</translation>
    </message>
    <message>
        <source>Try again when Cal.com answers.</source>
        <translation>Try again when Cal.com answers.</translation>
    </message>
    <message>
        <source>Choose another time or another staff member.</source>
        <translation>Choose another time or another staff member.</translation>
    </message>
    <message>
        <source>No Cal.com connection.</source>
        <translation>No Cal.com connection.</translation>
    </message>
    <message>
        <source>Cancelled before it started; nothing changed.</source>
        <translation>Cancelled before it started; nothing changed.</translation>
    </message>
    <message>
        <source>Nothing to do: appointment %1 is already as asked.</source>
        <translation>Nothing to do: appointment %1 is already as asked.</translation>
    </message>
    <message>
        <source>Nothing changed for appointment %1: %2</source>
        <translation>Nothing changed for appointment %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would change %n booking(s) in Cal.com.</source>
        <translation>
            <numerusform>Would change %n booking in Cal.com.</numerusform>
            <numerusform>Would change %n bookings in Cal.com.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::MoveAppointmentsJob</name>
    <message>
        <source>Moved by the salon.</source>
        <translation>Moved by the salon.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::RestaffJob</name>
    <message>
        <source>Handed to another staff member by the salon.</source>
        <translation>Handed to another staff member by the salon.</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>Staff member %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::SickDayJob</name>
    <message>
        <source>Handed to another staff member: the planned one is off that day.</source>
        <translation>Handed to another staff member: the planned one is off that day.</translation>
    </message>
    <message>
        <source>The staff member who is off and the one who takes over are the same.</source>
        <translation>The staff member who is off and the one who takes over are the same.</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>Staff member %1 does not exist.</translation>
    </message>
    <message>
        <source>Or hand appointment %1 to someone else with `salon-admin-cli reassign --appointment %1 --staff UUID`, or move it with `salon-admin-cli move-appointment %1 --to DATETIME`.</source>
        <translation>Or hand appointment %1 to someone else with `salon-admin-cli reassign --appointment %1 --staff UUID`, or move it with `salon-admin-cli move-appointment %1 --to DATETIME`.</translation>
    </message>
</context>
<context>
    <name>salon::lifecycle::StepRunner</name>
    <message>
        <source>Owed in Cal.com: %1 The next run finishes it.</source>
        <translation>Owed in Cal.com: %1 The next run finishes it.</translation>
    </message>
    <message>
        <source>No Cal.com client.</source>
        <translation>No Cal.com client.</translation>
    </message>
    <message>
        <source>stopped before it was sent again.</source>
        <translation>stopped before it was sent again.</translation>
    </message>
    <message>
        <source>Cancelling booking %1.</source>
        <translation>Cancelling booking %1.</translation>
    </message>
    <message>
        <source>Booking %1 is cancelled.</source>
        <translation>Booking %1 is cancelled.</translation>
    </message>
    <message>
        <source>Booking %1 had been replaced by %2; that one is cancelled.</source>
        <translation>Booking %1 had been replaced by %2; that one is cancelled.</translation>
    </message>
    <message>
        <source>Booking %1 does not exist in Cal.com; nothing to cancel.</source>
        <translation>Booking %1 does not exist in Cal.com; nothing to cancel.</translation>
    </message>
    <message>
        <source>Cal.com refused to cancel booking %1: %2</source>
        <translation>Cal.com refused to cancel booking %1: %2</translation>
    </message>
    <message>
        <source>booking %1 could not be cancelled now (%2).</source>
        <translation>booking %1 could not be cancelled now (%2).</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Looking for bookings Cal.com holds for phase %1.</source>
        <translation>Looking for bookings Cal.com holds for phase %1.</translation>
    </message>
    <message>
        <source>Cal.com could not be asked for the bookings of phase %1 (%2).</source>
        <translation>Cal.com could not be asked for the bookings of phase %1 (%2).</translation>
    </message>
    <message>
        <source>Cal.com holds no booking for phase %1.</source>
        <translation>Cal.com holds no booking for phase %1.</translation>
    </message>
    <message>
        <source>Booking %1 of phase %2 is cancelled.</source>
        <translation>Booking %1 of phase %2 is cancelled.</translation>
    </message>
    <message>
        <source>Moving booking %1 to %2.</source>
        <translation>Moving booking %1 to %2.</translation>
    </message>
    <message>
        <source>stopped before it was sent.</source>
        <translation>stopped before it was sent.</translation>
    </message>
    <message>
        <source>Moved to %1 (booking %2).</source>
        <translation>Moved to %1 (booking %2).</translation>
    </message>
    <message>
        <source>%1 is taken in Cal.com: %2</source>
        <translation>%1 is taken in Cal.com: %2</translation>
    </message>
    <message>
        <source>Asking Cal.com whether booking %1 was moved.</source>
        <translation>Asking Cal.com whether booking %1 was moved.</translation>
    </message>
    <message>
        <source>Booking %1 does not exist in Cal.com any more.</source>
        <translation>Booking %1 does not exist in Cal.com any more.</translation>
    </message>
    <message>
        <source>Cal.com could not say whether booking %1 was moved (%2).</source>
        <translation>Cal.com could not say whether booking %1 was moved (%2).</translation>
    </message>
    <message>
        <source>Cal.com did not move booking %1 after %2 attempts.</source>
        <translation>Cal.com did not move booking %1 after %2 attempts.</translation>
    </message>
    <message>
        <source>Booking %1 was cancelled in Cal.com meanwhile.</source>
        <translation>Booking %1 was cancelled in Cal.com meanwhile.</translation>
    </message>
    <message>
        <source>Cal.com could not be asked for booking %1 (%2).</source>
        <translation>Cal.com could not be asked for booking %1 (%2).</translation>
    </message>
    <message>
        <source>Booking %1 was moved or cancelled in Cal.com by someone else (now %2, %3).</source>
        <translation>Booking %1 was moved or cancelled in Cal.com by someone else (now %2, %3).</translation>
    </message>
    <message>
        <source>Moved to %1 (booking %2, found in Cal.com).</source>
        <translation>Moved to %1 (booking %2, found in Cal.com).</translation>
    </message>
    <message>
        <source>No event type to book phase %1 on.</source>
        <translation>No event type to book phase %1 on.</translation>
    </message>
    <message>
        <source>Booking event type %1 at %2.</source>
        <translation>Booking event type %1 at %2.</translation>
    </message>
    <message>
        <source>Salon customer</source>
        <translation>Salon customer</translation>
    </message>
    <message>
        <source>Asking Cal.com whether phase %1 was booked.</source>
        <translation>Asking Cal.com whether phase %1 was booked.</translation>
    </message>
    <message>
        <source>Cal.com could not say whether phase %1 was booked (%2).</source>
        <translation>Cal.com could not say whether phase %1 was booked (%2).</translation>
    </message>
    <message>
        <source>Cal.com did not book phase %1 after %2 attempts.</source>
        <translation>Cal.com did not book phase %1 after %2 attempts.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Booked %1.</translation>
    </message>
    <message>
        <source>Booked %1; cancelling the old booking %2.</source>
        <translation>Booked %1; cancelling the old booking %2.</translation>
    </message>
    <message>
        <source>Booked %1 and cancelled the old booking %2.</source>
        <translation>Booked %1 and cancelled the old booking %2.</translation>
    </message>
    <message>
        <source>Booked %1, but Cal.com refused to cancel the old booking %2: %3</source>
        <translation>Booked %1, but Cal.com refused to cancel the old booking %2: %3</translation>
    </message>
    <message>
        <source>booked %1, but the old booking %2 could not be cancelled now (%3).</source>
        <translation>booked %1, but the old booking %2 could not be cancelled now (%3).</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::CalcomSnapshot</name>
    <message>
        <source>The snapshot has no team with an owner or admin to act as.</source>
        <translation>The snapshot has no team with an owner or admin to act as.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a snapshot (a JSON object): %2</source>
        <translation>%1 is not a snapshot (a JSON object): %2</translation>
    </message>
    <message numerus="yes">
        <source>Team %1: %2 users, %3 event types, %4 bookings from %5 to %6 (%n request(s)).</source>
        <translation>
            <numerusform>Team %1: %2 users, %3 event types, %4 bookings from %5 to %6 (%n request).</numerusform>
            <numerusform>Team %1: %2 users, %3 event types, %4 bookings from %5 to %6 (%n requests).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not seen through this key:</source>
        <translation>Not seen through this key:</translation>
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
        <translation>No Cal.com client.</translation>
    </message>
    <message>
        <source>Cannot read the key&apos;s user (GET /v2/me)</source>
        <translation>Cannot read the key&apos;s user (GET /v2/me)</translation>
    </message>
    <message>
        <source>Cannot list the key user&apos;s teams</source>
        <translation>Cannot list the key user&apos;s teams</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>the key&apos;s user is not a member of it</source>
        <translation>the key&apos;s user is not a member of it</translation>
    </message>
    <message>
        <source>Which team?</source>
        <translation>Which team?</translation>
    </message>
    <message numerus="yes">
        <source>the key&apos;s user belongs to %n team(s); name one with --team-id</source>
        <translation>
            <numerusform>the key&apos;s user belongs to %n team; name one with --team-id</numerusform>
            <numerusform>the key&apos;s user belongs to %n teams; name one with --team-id</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the team&apos;s members</source>
        <translation>Cannot list the team&apos;s members</translation>
    </message>
    <message>
        <source>Cannot list the team&apos;s event types</source>
        <translation>Cannot list the team&apos;s event types</translation>
    </message>
    <message>
        <source>Cannot list the event types of %1</source>
        <translation>Cannot list the event types of %1</translation>
    </message>
    <message>
        <source>Cannot list the bookings</source>
        <translation>Cannot list the bookings</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::ChangeRecord</name>
    <message>
        <source>event type</source>
        <translation>event type</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>booking</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>event map row</source>
        <translation>event map row</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::DatabaseCopyJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Cannot copy %1: %2</translation>
    </message>
    <message>
        <source>The database is at schema version %1, this Salon Admin needs %2: run `salon-admin-cli migrate` first.</source>
        <translation>The database is at schema version %1, this Salon Admin needs %2: run `salon-admin-cli migrate` first.</translation>
    </message>
    <message>
        <source>%1 exists already; a rehearsal copies into a new file.</source>
        <translation>%1 exists already; a rehearsal copies into a new file.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Cannot copy the database to %1: %2</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::DatabaseDiffJob</name>
    <message>
        <source>Cannot read the real database: %1</source>
        <translation>Cannot read the real database: %1</translation>
    </message>
    <message>
        <source>Cannot read the rehearsal copy: %1</source>
        <translation>Cannot read the rehearsal copy: %1</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::DatasetDiff</name>
    <message>
        <source>appointment %1, segment %2, %3</source>
        <translation>appointment %1, segment %2, %3</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::DifferenceReport</name>
    <message>
        <source>What would change in Cal.com (snapshot → rehearsal):</source>
        <translation>What would change in Cal.com (snapshot → rehearsal):</translation>
    </message>
    <message>
        <source>  nothing</source>
        <translation>  nothing</translation>
    </message>
    <message>
        <source>(no single staff member)</source>
        <translation>(no single staff member)</translation>
    </message>
    <message>
        <source>What would change in the database (real → rehearsal copy):</source>
        <translation>What would change in the database (real → rehearsal copy):</translation>
    </message>
</context>
<context>
    <name>salon::rehearsal::SnapshotGap</name>
    <message>
        <source>its id %1 comes from a booking on it</source>
        <translation>its id %1 comes from a booking on it</translation>
    </message>
    <message>
        <source>its id %1 comes from the event map</source>
        <translation>its id %1 comes from the event map</translation>
    </message>
    <message>
        <source>its id %1 is made up</source>
        <translation>its id %1 is made up</translation>
    </message>
    <message>
        <source>User %1 has a hidden child of MANAGED %2 (&quot;%3&quot;), invisible to this key; the snapshot holds a hidden stand-in (%4).</source>
        <translation>User %1 has a hidden child of MANAGED %2 (&quot;%3&quot;), invisible to this key; the snapshot holds a hidden stand-in (%4).</translation>
    </message>
    <message>
        <source>Only bookings inside %1 were read; bookings outside the period are not in the snapshot.</source>
        <translation>Only bookings inside %1 were read; bookings outside the period are not in the snapshot.</translation>
    </message>
    <message>
        <source>Hidden personal event types of other members cannot be listed through the API; the snapshot lacks them.</source>
        <translation>Hidden personal event types of other members cannot be listed through the API; the snapshot lacks them.</translation>
    </message>
    <message>
        <source>Cal.com lists no time zone for other members (users %1); the snapshot gives them %2.</source>
        <translation>Cal.com lists no time zone for other members (users %1); the snapshot gives them %2.</translation>
    </message>
    <message>
        <source>Bookings %1 use event type %2, which the snapshot does not contain.</source>
        <translation>Bookings %1 use event type %2, which the snapshot does not contain.</translation>
    </message>
</context>
<context>
    <name>salon::sync::AppointmentBookingCheck</name>
    <message>
        <source>Not booked: %1 (this phase was not changed).</source>
        <translation>Not booked: %1 (this phase was not changed).</translation>
    </message>
    <message>
        <source>Not booked: %1.</source>
        <translation>Not booked: %1.</translation>
    </message>
    <message>
        <source>Appointment %1 is being cancelled, moved or re-staffed right now (change %2); the next sync books it.</source>
        <translation>Appointment %1 is being cancelled, moved or re-staffed right now (change %2); the next sync books it.</translation>
    </message>
    <message>
        <source>step %1 (%2, %3)</source>
        <translation>step %1 (%2, %3)</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>step %1 (%2)</translation>
    </message>
    <message>
        <source>Not free in Cal.com: %1. None of appointment %2&apos;s steps were booked.</source>
        <translation>Not free in Cal.com: %1. None of appointment %2&apos;s steps were booked.</translation>
    </message>
    <message>
        <source>Move the appointment (`salon-admin-cli move-appointment %1 --to ...`) or hand the busy step to someone else (`salon-admin-cli reassign`), then sync again.</source>
        <translation>Move the appointment (`salon-admin-cli move-appointment %1 --to ...`) or hand the busy step to someone else (`salon-admin-cli reassign`), then sync again.</translation>
    </message>
    <message>
        <source>%1 cannot be booked, so none of appointment %2&apos;s steps were booked.</source>
        <translation>%1 cannot be booked, so none of appointment %2&apos;s steps were booked.</translation>
    </message>
    <message>
        <source>Fix that step (see its own message), then sync again.</source>
        <translation>Fix that step (see its own message), then sync again.</translation>
    </message>
</context>
<context>
    <name>salon::sync::BookingCompensation</name>
    <message>
        <source>Booked and cancelled again: step %1 (phase %2) of appointment %3 could not be booked (%4). The next sync books the appointment again.</source>
        <translation>Booked and cancelled again: step %1 (phase %2) of appointment %3 could not be booked (%4). The next sync books the appointment again.</translation>
    </message>
    <message>
        <source>Booked, but another step failed, and cancelling this booking again did not finish: %1</source>
        <translation>Booked, but another step failed, and cancelling this booking again did not finish: %1</translation>
    </message>
    <message>
        <source>Fix the failed step, then sync the appointment again.</source>
        <translation>Fix the failed step, then sync the appointment again.</translation>
    </message>
    <message>
        <source>Run any lifecycle command (it finishes owed cancellations), or cancel booking %1 in Cal.com.</source>
        <translation>Run any lifecycle command (it finishes owed cancellations), or cancel booking %1 in Cal.com.</translation>
    </message>
</context>
<context>
    <name>salon::sync::BookingReconciler</name>
    <message>
        <source>No Cal.com client is configured.</source>
        <translation>No Cal.com client is configured.</translation>
    </message>
    <message>
        <source>Cannot list Cal.com&apos;s bookings: %1</source>
        <translation>Cannot list Cal.com&apos;s bookings: %1</translation>
    </message>
    <message>
        <source>Phase %1 is marked synced but has no Cal.com booking uid.</source>
        <translation>Phase %1 is marked synced but has no Cal.com booking uid.</translation>
    </message>
    <message>
        <source>Cannot read booking %1: %2</source>
        <translation>Cannot read booking %1: %2</translation>
    </message>
    <message>
        <source>Booking %1 of %2 (phase %3) no longer exists in Cal.com.</source>
        <translation>Booking %1 of %2 (phase %3) no longer exists in Cal.com.</translation>
    </message>
    <message>
        <source>Booking %1 of %2 on %3 was rescheduled in Cal.com (new booking %4).</source>
        <translation>Booking %1 of %2 on %3 was rescheduled in Cal.com (new booking %4).</translation>
    </message>
    <message>
        <source>Booking %1 of %2 on %3 was cancelled in Cal.com%4.</source>
        <translation>Booking %1 of %2 on %3 was cancelled in Cal.com%4.</translation>
    </message>
    <message>
        <source>Booking %1 of %2 starts at %3 in Cal.com, but the phase starts at %4.</source>
        <translation>Booking %1 of %2 starts at %3 in Cal.com, but the phase starts at %4.</translation>
    </message>
    <message>
        <source>Booking %1 of %2 is hosted by %3 in Cal.com, but the phase is %4&apos;s.</source>
        <translation>Booking %1 of %2 is hosted by %3 in Cal.com, but the phase is %4&apos;s.</translation>
    </message>
    <message>
        <source>Phase %1 of %2 has a second active booking %3 in Cal.com besides %4: the customer is booked twice.</source>
        <translation>Phase %1 of %2 has a second active booking %3 in Cal.com besides %4: the customer is booked twice.</translation>
    </message>
    <message>
        <source>Cal.com has an active booking %1 for phase %2, which is not marked synced here; a new sync of that phase checks Cal.com first and adopts it.</source>
        <translation>Cal.com has an active booking %1 for phase %2, which is not marked synced here; a new sync of that phase checks Cal.com first and adopts it.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>salon::sync::PhaseResult</name>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>claiming</source>
        <translation>claiming</translation>
    </message>
    <message>
        <source>checking Cal.com</source>
        <translation>checking Cal.com</translation>
    </message>
    <message>
        <source>resolving event type</source>
        <translation>resolving event type</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>booking</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>waiting to retry</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>held by another sync</source>
        <translation>held by another sync</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>would be booked</source>
        <translation>would be booked</translation>
    </message>
</context>
<context>
    <name>salon::sync::PhaseSyncJob</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelled before it started.</translation>
    </message>
    <message>
        <source>No staff needed (processing time); nothing to book.</source>
        <translation>No staff needed (processing time); nothing to book.</translation>
    </message>
    <message>
        <source>Already synced.</source>
        <translation>Already synced.</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archived: %1</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Skipped.</translation>
    </message>
    <message>
        <source>the phase was deleted</source>
        <translation>the phase was deleted</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>no Cal.com client</source>
        <translation>no Cal.com client</translation>
    </message>
    <message>
        <source>Checking Cal.com for a booking an earlier attempt may have made.</source>
        <translation>Checking Cal.com for a booking an earlier attempt may have made.</translation>
    </message>
    <message>
        <source>Could not check Cal.com for a booking from an earlier attempt: %1</source>
        <translation>Could not check Cal.com for a booking from an earlier attempt: %1</translation>
    </message>
    <message>
        <source>no event type resolver</source>
        <translation>no event type resolver</translation>
    </message>
    <message>
        <source>Would check Cal.com for an earlier booking, then book event type %1 at %2.</source>
        <translation>Would check Cal.com for an earlier booking, then book event type %1 at %2.</translation>
    </message>
    <message>
        <source>Would book event type %1 at %2.</source>
        <translation>Would book event type %1 at %2.</translation>
    </message>
    <message>
        <source>Salon customer</source>
        <translation>Salon customer</translation>
    </message>
    <message>
        <source>Booking event type %1 at %2 (attempt %3).</source>
        <translation>Booking event type %1 at %2 (attempt %3).</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Retrying in %2 s.</translation>
    </message>
    <message>
        <source>Found booking %1 (%2) made by an earlier attempt; nothing was booked again.</source>
        <translation>Found booking %1 (%2) made by an earlier attempt; nothing was booked again.</translation>
    </message>
    <message>
        <source>Booked %1 (%2).</source>
        <translation>Booked %1 (%2).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelled before it was sent.</translation>
    </message>
</context>
<context>
    <name>salon::sync::SyncBatch</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelled before it started.</translation>
    </message>
    <message>
        <source>Not started: the run stopped (%1).</source>
        <translation>Not started: the run stopped (%1).</translation>
    </message>
</context>
<context>
    <name>salon::sync::SyncQueueFilter</name>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>salon::tables::ColumnValidator</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 must be a whole number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 must be at least %2.</translation>
    </message>
    <message>
        <source>%1 must be a UUID such as 9f47fda1-7c2e-4b8a-9d3f-2a1b0c9d8e7f, not &quot;%2&quot;.</source>
        <translation>%1 must be a UUID such as 9f47fda1-7c2e-4b8a-9d3f-2a1b0c9d8e7f, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 must be one of: %2.</translation>
    </message>
    <message>
        <source>%1 must be a date and time.</source>
        <translation>%1 must be a date and time.</translation>
    </message>
</context>
<context>
    <name>salon::tables::StandardTables</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
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
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <source>Composite only</source>
        <translation>Composite only</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n qualified staff member(s)</source>
        <translation>
            <numerusform>%n qualified staff member</numerusform>
            <numerusform>%n qualified staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event-map row(s)</source>
        <translation>
            <numerusform>%n event-map row</numerusform>
            <numerusform>%n event-map rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message>
        <source>service &quot;%1&quot;</source>
        <translation>service &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Segment key</source>
        <translation>Segment key</translation>
    </message>
    <message>
        <source>Staff required</source>
        <translation>Staff required</translation>
    </message>
    <message>
        <source>Processing time (no staff)</source>
        <translation>Processing time (no staff)</translation>
    </message>
    <message>
        <source>The segment key &quot;%2&quot; is already used by another segment of service %1; segment keys must be unique within a service.</source>
        <translation>The segment key &quot;%2&quot; is already used by another segment of service %1; segment keys must be unique within a service.</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot; of %2</source>
        <translation>segment &quot;%1&quot; of %2</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>ID (UUID)</source>
        <translation>ID (UUID)</translation>
    </message>
    <message>
        <source>Cal.com user ID</source>
        <translation>Cal.com user ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Cal.com username</source>
        <translation>Cal.com username</translation>
    </message>
    <message>
        <source>Without Cal.com user</source>
        <translation>Without Cal.com user</translation>
    </message>
    <message numerus="yes">
        <source>%n qualified service(s)</source>
        <translation>
            <numerusform>%n qualified service</numerusform>
            <numerusform>%n qualified services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment phase(s)</source>
        <translation>
            <numerusform>%n appointment phase</numerusform>
            <numerusform>%n appointment phases</numerusform>
        </translation>
    </message>
    <message>
        <source>staff member &quot;%1&quot;</source>
        <translation>staff member &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Event map</source>
        <translation>Event map</translation>
    </message>
    <message>
        <source>Event type ID</source>
        <translation>Event type ID</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Updated at</translation>
    </message>
    <message>
        <source>Service %1, segment &quot;%2&quot; and staff member %3 already have an event type; edit that row instead.</source>
        <translation>Service %1, segment &quot;%2&quot; and staff member %3 already have an event type; edit that row instead.</translation>
    </message>
    <message>
        <source>event-map row %1 (%2, %3, %4)</source>
        <translation>event-map row %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Customer email</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>With failed phases</source>
        <translation>With failed phases</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) booked in Cal.com (deleting here does not cancel those bookings)</source>
        <translation>
            <numerusform>%n phase booked in Cal.com (deleting here does not cancel those bookings)</numerusform>
            <numerusform>%n phases booked in Cal.com (deleting here does not cancel those bookings)</numerusform>
        </translation>
    </message>
    <message>
        <source>appointment %1 (%2, %3)</source>
        <translation>appointment %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Cal.com booking</source>
        <translation>Cal.com booking</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>phase %1</translation>
    </message>
    <message>
        <source>Phases of the appointment</source>
        <translation>Phases of the appointment</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Personal copy ID</source>
        <translation>Personal copy ID</translation>
    </message>
    <message>
        <source>Personal copy found at</source>
        <translation>Personal copy found at</translation>
    </message>
    <message>
        <source>With a personal copy</source>
        <translation>With a personal copy</translation>
    </message>
    <message>
        <source>Without a personal copy</source>
        <translation>Without a personal copy</translation>
    </message>
    <message>
        <source>The personal copy&apos;s ID must differ from the event type ID: a shared (MANAGED) event type stored as its own personal copy cannot be booked. Leave the personal copy empty instead.</source>
        <translation>The personal copy&apos;s ID must differ from the event type ID: a shared (MANAGED) event type stored as its own personal copy cannot be booked. Leave the personal copy empty instead.</translation>
    </message>
</context>
<context>
    <name>salon::tables::TableReader</name>
    <message>
        <source>Cannot read the choices for %1: %2</source>
        <translation>Cannot read the choices for %1: %2</translation>
    </message>
</context>
<context>
    <name>salon::tables::TableWriter</name>
    <message>
        <source>The row no longer exists; someone else may have deleted it.</source>
        <translation>The row no longer exists; someone else may have deleted it.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>The database refused the change: %1</translation>
    </message>
    <message>
        <source>Cannot delete it: %1 still refer to it.</source>
        <translation>Cannot delete it: %1 still refer to it.</translation>
    </message>
</context>
<context>
    <name>salon::ui::AppController</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Event map</source>
        <translation>Event map</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <source>The new database or language takes effect when Salon Admin is started again.</source>
        <translation>The new database or language takes effect when Salon Admin is started again.</translation>
    </message>
    <message>
        <source>Salon Admin — demo on the built-in Cal.com sandbox</source>
        <translation>Salon Admin — demo on the built-in Cal.com sandbox</translation>
    </message>
    <message>
        <source>Sync console</source>
        <translation>Sync console</translation>
    </message>
    <message>
        <source>Event type wizard</source>
        <translation>Event type wizard</translation>
    </message>
    <message>
        <source>The wizard creates event types in Cal.com, but Cal.com is not connected. Check the Cal.com settings and the API key.</source>
        <translation>The wizard creates event types in Cal.com, but Cal.com is not connected. Check the Cal.com settings and the API key.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Salon Admin — Rehearsal — nothing reaches Cal.com</source>
        <translation>Salon Admin — Rehearsal — nothing reaches Cal.com</translation>
    </message>
    <message>
        <source>Rehearsal — nothing reaches Cal.com. This window works on a copy of the database and on the built-in sandbox playing a snapshot of your Cal.com team.</source>
        <translation>Rehearsal — nothing reaches Cal.com. This window works on a copy of the database and on the built-in sandbox playing a snapshot of your Cal.com team.</translation>
    </message>
    <message>
        <source>&amp;Rehearse on a copy…</source>
        <translation>&amp;Rehearse on a copy…</translation>
    </message>
    <message>
        <source>Try changes on a copy of the database and a snapshot of Cal.com first</source>
        <translation>Try changes on a copy of the database and a snapshot of Cal.com first</translation>
    </message>
    <message>
        <source>The rehearsal could not start: %1</source>
        <translation>The rehearsal could not start: %1</translation>
    </message>
    <message>
        <source>Copying the database for the rehearsal…</source>
        <translation>Copying the database for the rehearsal…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>salon::ui::AppStartup</name>
    <message>
        <source>Cannot update the database schema: %1</source>
        <translation>Cannot update the database schema: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::AppointmentLifecycleActions</name>
    <message>
        <source>Cancel appointment…</source>
        <translation>Cancel appointment…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Change staff…</source>
        <translation>Change staff…</translation>
    </message>
    <message>
        <source>Cancel the appointment and its bookings in Cal.com</source>
        <translation>Cancel the appointment and its bookings in Cal.com</translation>
    </message>
    <message>
        <source>Move the appointment and every step to a new start, checked in Cal.com first</source>
        <translation>Move the appointment and every step to a new start, checked in Cal.com first</translation>
    </message>
    <message>
        <source>Hand one step or every staff step to another staff member</source>
        <translation>Hand one step or every staff step to another staff member</translation>
    </message>
    <message>
        <source>appointment %1 (%2, %3)</source>
        <translation>appointment %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3–%4</source>
        <translation>%1 · %2 · %3–%4</translation>
    </message>
    <message>
        <source>Cal.com is not connected.</source>
        <translation>Cal.com is not connected.</translation>
    </message>
</context>
<context>
    <name>salon::ui::AppointmentsPage</name>
    <message>
        <source>Phases of the selected appointment</source>
        <translation>Phases of the selected appointment</translation>
    </message>
    <message>
        <source>Created appointment %1.</source>
        <translation>Created appointment %1.</translation>
    </message>
    <message>
        <source>done.</source>
        <translation>done.</translation>
    </message>
    <message>
        <source>finished with problems; the dialog lists them.</source>
        <translation>finished with problems; the dialog lists them.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3–%4</source>
        <translation>%1 · %2 · %3–%4</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Delete appointment</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n live booking(s) in Cal.com. Deleting it only here would leave them there: the staff member stays blocked and the customer keeps the confirmation.</source>
        <translation>
            <numerusform>%1 has %n live booking in Cal.com. Deleting it only here would leave it there: the staff member stays blocked and the customer keeps the confirmation.</numerusform>
            <numerusform>%1 has %n live bookings in Cal.com. Deleting it only here would leave them there: the staff member stays blocked and the customer keeps the confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the bookings first, then delete the appointment?</source>
        <translation>Cancel the bookings first, then delete the appointment?</translation>
    </message>
    <message>
        <source>Cancel bookings, then delete…</source>
        <translation>Cancel bookings, then delete…</translation>
    </message>
    <message>
        <source>Delete here only</source>
        <translation>Delete here only</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Keep appointment</translation>
    </message>
    <message>
        <source>%1 was not deleted: not every booking could be cancelled.</source>
        <translation>%1 was not deleted: not every booking could be cancelled.</translation>
    </message>
    <message>
        <source>Cancelled the bookings of %1 and deleted it.</source>
        <translation>Cancelled the bookings of %1 and deleted it.</translation>
    </message>
</context>
<context>
    <name>salon::ui::AuditEntryText</name>
    <message>
        <source>event type created</source>
        <translation>event type created</translation>
    </message>
    <message>
        <source>existing event type taken into the map</source>
        <translation>existing event type taken into the map</translation>
    </message>
    <message>
        <source>MANAGED event type deleted</source>
        <translation>MANAGED event type deleted</translation>
    </message>
    <message>
        <source>event type deleted by an undo</source>
        <translation>event type deleted by an undo</translation>
    </message>
    <message>
        <source>map row put back by an undo</source>
        <translation>map row put back by an undo</translation>
    </message>
    <message>
        <source>map row imported</source>
        <translation>map row imported</translation>
    </message>
    <message>
        <source>phase booked in Cal.com</source>
        <translation>phase booked in Cal.com</translation>
    </message>
    <message>
        <source>phase marked for a new sync</source>
        <translation>phase marked for a new sync</translation>
    </message>
    <message>
        <source>phase moved</source>
        <translation>phase moved</translation>
    </message>
    <message>
        <source>phase booked again</source>
        <translation>phase booked again</translation>
    </message>
    <message>
        <source>phase cancelled</source>
        <translation>phase cancelled</translation>
    </message>
    <message>
        <source>phase archived</source>
        <translation>phase archived</translation>
    </message>
    <message>
        <source>phase taken out of the archive</source>
        <translation>phase taken out of the archive</translation>
    </message>
    <message>
        <source>map row repaired</source>
        <translation>map row repaired</translation>
    </message>
    <message>
        <source>map row filled in</source>
        <translation>map row filled in</translation>
    </message>
    <message>
        <source>data imported</source>
        <translation>data imported</translation>
    </message>
    <message>
        <source>row added</source>
        <translation>row added</translation>
    </message>
    <message>
        <source>row changed</source>
        <translation>row changed</translation>
    </message>
    <message>
        <source>row deleted</source>
        <translation>row deleted</translation>
    </message>
    <message>
        <source>map row %1</source>
        <translation>map row %1</translation>
    </message>
    <message>
        <source>event type %1</source>
        <translation>event type %1</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>phase %1</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>appointment %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <source>staff member %1</source>
        <translation>staff member %1</translation>
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
        <translation>Active</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Customer email</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>Cal.com booking</source>
        <translation>Cal.com booking</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Staff member&apos;s own event type</source>
        <translation>Staff member&apos;s own event type</translation>
    </message>
    <message>
        <source>Looked up at</source>
        <translation>Looked up at</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation>Trial run</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Who does which service</source>
        <translation>Who does which service</translation>
    </message>
    <message>
        <source>Event map rows</source>
        <translation>Event map rows</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>to create</translation>
    </message>
    <message>
        <source>to take over</source>
        <translation>to take over</translation>
    </message>
    <message>
        <source>to keep</source>
        <translation>to keep</translation>
    </message>
    <message>
        <source>to replace</source>
        <translation>to replace</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>in conflict</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::CalcomChangesPart</name>
    <message>
        <source>A sync is running.</source>
        <translation>A sync is running.</translation>
    </message>
    <message>
        <source>The reconcile pass is running.</source>
        <translation>The reconcile pass is running.</translation>
    </message>
    <message>
        <source>A change is being applied.</source>
        <translation>A change is being applied.</translation>
    </message>
    <message>
        <source>Cal.com checked %1</source>
        <translation>Cal.com checked %1</translation>
    </message>
    <message>
        <source>Cal.com check at %1 failed: %2</source>
        <translation>Cal.com check at %1 failed: %2</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>checked %1</translation>
    </message>
    <message>
        <source>check failed %1</source>
        <translation>check failed %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::CalcomConnection</name>
    <message>
        <source>No API key: enter one in the settings.</source>
        <translation>No API key: enter one in the settings.</translation>
    </message>
</context>
<context>
    <name>salon::ui::CancelAppointmentDialog</name>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Cancels %1 and every booking of its steps in Cal.com. The customer gets the reason with the cancellation.</source>
        <translation>Cancels %1 and every booking of its steps in Cal.com. The customer gets the reason with the cancellation.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Keep appointment</translation>
    </message>
    <message>
        <source>Appointment %1 was not found.</source>
        <translation>Appointment %1 was not found.</translation>
    </message>
    <message>
        <source>Appointment %1 is already cancelled; no booking is live in Cal.com.</source>
        <translation>Appointment %1 is already cancelled; no booking is live in Cal.com.</translation>
    </message>
    <message numerus="yes">
        <source>Confirming cancels %n booking(s) in Cal.com.</source>
        <translation>
            <numerusform>Confirming cancels %n booking in Cal.com.</numerusform>
            <numerusform>Confirming cancels %n bookings in Cal.com.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step is booked in Cal.com: nothing is sent there.</source>
        <translation>No step is booked in Cal.com: nothing is sent there.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) without a booking are marked cancelled here only.</source>
        <translation>
            <numerusform>%n step without a booking is marked cancelled here only.</numerusform>
            <numerusform>%n steps without a booking are marked cancelled here only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::ChangeStaffDialog</name>
    <message>
        <source>Change staff</source>
        <translation>Change staff</translation>
    </message>
    <message>
        <source>Hands steps of %1 to another staff member: each is booked in Cal.com for the new staff member first, then the old booking is cancelled, so the customer always has a booking.</source>
        <translation>Hands steps of %1 to another staff member: each is booked in Cal.com for the new staff member first, then the old booking is cancelled, so the customer always has a booking.</translation>
    </message>
    <message>
        <source>Every staff step</source>
        <translation>Every staff step</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Choose a staff member…</source>
        <translation>Choose a staff member…</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Steps:</translation>
    </message>
    <message>
        <source>&amp;To staff member:</source>
        <translation>&amp;To staff member:</translation>
    </message>
    <message>
        <source>Keep the staff</source>
        <translation>Keep the staff</translation>
    </message>
    <message>
        <source>Choose who takes the steps: their availability is then checked in Cal.com.</source>
        <translation>Choose who takes the steps: their availability is then checked in Cal.com.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is free for every step. Confirming books %n step(s) for them in Cal.com and then cancels the old booking(s).</source>
        <translation>
            <numerusform>%1 is free for every step. Confirming books %n step for them in Cal.com and then cancels the old booking.</numerusform>
            <numerusform>%1 is free for every step. Confirming books %n steps for them in Cal.com and then cancels the old bookings.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is free for every step. No step is booked yet: the steps change here, and the next sync books them.</source>
        <translation>%1 is free for every step. No step is booked yet: the steps change here, and the next sync books them.</translation>
    </message>
</context>
<context>
    <name>salon::ui::ChoiceDelegate</name>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Set “%1” inactive? New appointments no longer offer it; existing appointments stay as they are. You can tick Active again at any time.</source>
        <translation>Set “%1” inactive? New appointments no longer offer it; existing appointments stay as they are. You can tick Active again at any time.</translation>
    </message>
    <message>
        <source>Keep active</source>
        <translation>Keep active</translation>
    </message>
</context>
<context>
    <name>salon::ui::ConnectionTest</name>
    <message>
        <source>entered in the settings</source>
        <translation>entered in the settings</translation>
    </message>
    <message numerus="yes">
        <source>Connected to team %1: %n event type(s).</source>
        <translation>
            <numerusform>Connected to team %1: %n event type.</numerusform>
            <numerusform>Connected to team %1: %n event types.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::DayExport</name>
    <message>
        <source>Salon day %1</source>
        <translation>Salon day %1</translation>
    </message>
    <message>
        <source>Cannot write the picture to %1: check that the folder exists and may be written.</source>
        <translation>Cannot write the picture to %1: check that the folder exists and may be written.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayPage</name>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Show the day before</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Day shown</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Show the day after</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Show today</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Save the day as a picture</source>
        <translation>Save the day as a picture</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the day, for the salon&apos;s wall</source>
        <translation>Print the day, for the salon&apos;s wall</translation>
    </message>
    <message>
        <source>appointment %1 (%2, %3)</source>
        <translation>appointment %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Connect Cal.com first (Settings): a move or a change of staff is checked there.</source>
        <translation>Connect Cal.com first (Settings): a move or a change of staff is checked there.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3–%4</source>
        <translation>%1 · %2 · %3–%4</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>A change (%1) is still to finish: the next run of the lifecycle work finishes it.</source>
        <translation>A change (%1) is still to finish: the next run of the lifecycle work finishes it.</translation>
    </message>
    <message>
        <source>processing time</source>
        <translation>processing time</translation>
    </message>
    <message>
        <source>%1–%2 %3 (%4): %5</source>
        <translation>%1–%2 %3 (%4): %5</translation>
    </message>
    <message>
        <source>No booking needed</source>
        <translation>No booking needed</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a block to see its appointment. Drag it to another time to move the appointment, or to another column to change the staff member (Ctrl: every step). Right-click for more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a block to see its appointment. Drag it to another time to move the appointment, or to another column to change the staff member (Ctrl: every step). Right-click for more.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step %1 failed:</source>
        <translation>Step %1 failed:</translation>
    </message>
    <message numerus="yes">
        <source>%n more step(s) failed; select one to read its advice.</source>
        <translation>
            <numerusform>%n more step failed; select it to read its advice.</numerusform>
            <numerusform>%n more steps failed; select one to read their advice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>Cancel appointment…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Show in console</source>
        <translation>Show in console</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>salon-day-%1.png</source>
        <translation>salon-day-%1.png</translation>
    </message>
    <message>
        <source>Export the day as PNG</source>
        <translation>Export the day as PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>The day is saved as %1.</source>
        <translation>The day is saved as %1.</translation>
    </message>
    <message>
        <source>Print the day</source>
        <translation>Print the day</translation>
    </message>
    <message>
        <source>Books the failed steps again now (progress in the sync console)</source>
        <translation>Books the failed steps again now (progress in the sync console)</translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Undo move</translation>
    </message>
    <message>
        <source>Move the last moved appointment back</source>
        <translation>Move the last moved appointment back</translation>
    </message>
    <message>
        <source>Appointment %1 moved to %2. Undo move (Ctrl+Z) puts it back.</source>
        <translation>Appointment %1 moved to %2. Undo move (Ctrl+Z) puts it back.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect Cal.com first (Settings): a move back is checked there.</source>
        <translation>Connect Cal.com first (Settings): a move back is checked there.</translation>
    </message>
    <message>
        <source>Moving appointment %1 back…</source>
        <translation>Moving appointment %1 back…</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayPainter</name>
    <message>
        <source>Busy in Cal.com</source>
        <translation>Busy in Cal.com</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayTimelinePreview</name>
    <message>
        <source>The new appointment on the staff&apos;s day</source>
        <translation>The new appointment on the staff&apos;s day</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Choose a service and a start to see the appointment on the staff&apos;s day.</source>
        <translation>Choose a service and a start to see the appointment on the staff&apos;s day.</translation>
    </message>
    <message>
        <source>The staff&apos;s other bookings cannot be shown: %1</source>
        <translation>The staff&apos;s other bookings cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::DayView</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Booked in Cal.com</source>
        <translation>Booked in Cal.com</translation>
    </message>
    <message>
        <source>Not booked yet</source>
        <translation>Not booked yet</translation>
    </message>
    <message>
        <source>Booking failed</source>
        <translation>Booking failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Change still to finish</source>
        <translation>Change still to finish</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4–%5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4–%5 · %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Busy in Cal.com&lt;/b&gt;&lt;br&gt;%1–%2 · %3&lt;br&gt;Booked in Cal.com, not by Salon Admin: shown, never changed here.</source>
        <translation>&lt;b&gt;Busy in Cal.com&lt;/b&gt;&lt;br&gt;%1–%2 · %3&lt;br&gt;Booked in Cal.com, not by Salon Admin: shown, never changed here.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DifferenceReportDialog</name>
    <message>
        <source>&amp;Compare again</source>
        <translation>&amp;Compare again</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>What would change</translation>
    </message>
    <message>
        <source>Comparing the snapshot with the rehearsal sandbox and the database with its copy…</source>
        <translation>Comparing the snapshot with the rehearsal sandbox and the database with its copy…</translation>
    </message>
    <message>
        <source>Cannot compare the databases: %1</source>
        <translation>Cannot compare the databases: %1</translation>
    </message>
    <message>
        <source>Nothing would change yet.</source>
        <translation>Nothing would change yet.</translation>
    </message>
    <message>
        <source>%1 change(s) in Cal.com and %2 in the database, by staff member. Nothing of it has reached Cal.com or the real database.</source>
        <translation>%1 change(s) in Cal.com and %2 in the database, by staff member. Nothing of it has reached Cal.com or the real database.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export what would change as CSV</source>
        <translation>Export what would change as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DriftPanel</name>
    <message>
        <source>&amp;Keep ours</source>
        <translation>&amp;Keep ours</translation>
    </message>
    <message>
        <source>&amp;Open in Cal.com</source>
        <translation>&amp;Open in Cal.com</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Kind of change</translation>
    </message>
    <message>
        <source>Changes made in Cal.com</source>
        <translation>Changes made in Cal.com</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>&amp;Look now</source>
        <translation>&amp;Look now</translation>
    </message>
    <message>
        <source>Ask Cal.com now for the bookings changed since the last look</source>
        <translation>Ask Cal.com now for the bookings changed since the last look</translation>
    </message>
    <message>
        <source>Done: %1 — %2</source>
        <translation>Done: %1 — %2</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Could not %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Changed in Cal.com (%1)</source>
        <translation>Changed in Cal.com (%1)</translation>
    </message>
    <message>
        <source>Changed in Cal.com</source>
        <translation>Changed in Cal.com</translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation>All changes (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a change to see what happened.</source>
        <translation>Choose a change to see what happened.</translation>
    </message>
    <message>
        <source>No changes made in Cal.com are waiting.</source>
        <translation>No changes made in Cal.com are waiting.</translation>
    </message>
    <message>
        <source>Leave Cal.com&apos;s change as it is and stop showing it</source>
        <translation>Leave Cal.com&apos;s change as it is and stop showing it</translation>
    </message>
    <message>
        <source>Cal.com is not connected, or another change is still being applied.</source>
        <translation>Cal.com is not connected, or another change is still being applied.</translation>
    </message>
    <message>
        <source>Kept the salon&apos;s plan; Cal.com&apos;s change is shown again only if the booking changes once more.</source>
        <translation>Kept the salon&apos;s plan; Cal.com&apos;s change is shown again only if the booking changes once more.</translation>
    </message>
    <message>
        <source>Could not open %1 in the browser.</source>
        <translation>Could not open %1 in the browser.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DriftPoller</name>
    <message>
        <source>Cal.com is not connected.</source>
        <translation>Cal.com is not connected.</translation>
    </message>
    <message>
        <source>The last look is still running.</source>
        <translation>The last look is still running.</translation>
    </message>
    <message>
        <source>Few Cal.com requests are left right now (%1 of %2); the look waits for its next turn.</source>
        <translation>Few Cal.com requests are left right now (%1 of %2); the look waits for its next turn.</translation>
    </message>
</context>
<context>
    <name>salon::ui::DriftWording</name>
    <message>
        <source>Cancelled in Cal.com</source>
        <translation>Cancelled in Cal.com</translation>
    </message>
    <message>
        <source>Rescheduled in Cal.com</source>
        <translation>Rescheduled in Cal.com</translation>
    </message>
    <message>
        <source>Time or staff changed</source>
        <translation>Time or staff changed</translation>
    </message>
    <message>
        <source>Booked in Cal.com, not stored here</source>
        <translation>Booked in Cal.com, not stored here</translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation>Booked twice</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>appointment %1</translation>
    </message>
    <message>
        <source>%1 — %2, step %3, %4</source>
        <translation>%1 — %2, step %3, %4</translation>
    </message>
    <message>
        <source>Step %1 of %2 on %3 was cancelled in Cal.com (by the customer or in Cal.com&apos;s own pages).</source>
        <translation>Step %1 of %2 on %3 was cancelled in Cal.com (by the customer or in Cal.com&apos;s own pages).</translation>
    </message>
    <message>
        <source>Cal.com no longer knows the booking of step %1 of %2 on %3.</source>
        <translation>Cal.com no longer knows the booking of step %1 of %2 on %3.</translation>
    </message>
    <message>
        <source>Step %1 of %2 was moved in Cal.com from %3 to %4.</source>
        <translation>Step %1 of %2 was moved in Cal.com from %3 to %4.</translation>
    </message>
    <message>
        <source>Step %1 of %2 starts at %4 in Cal.com, here at %3.</source>
        <translation>Step %1 of %2 starts at %4 in Cal.com, here at %3.</translation>
    </message>
    <message>
        <source>Step %1 of %2 on %3 is with %4 in Cal.com, here with %5.</source>
        <translation>Step %1 of %2 on %3 is with %4 in Cal.com, here with %5.</translation>
    </message>
    <message>
        <source>Cal.com has a booking for step %1 of %2 on %3 that is not stored here yet.</source>
        <translation>Cal.com has a booking for step %1 of %2 on %3 that is not stored here yet.</translation>
    </message>
    <message>
        <source>Step %1 of %2 on %3 is booked twice in Cal.com.</source>
        <translation>Step %1 of %2 on %3 is booked twice in Cal.com.</translation>
    </message>
    <message>
        <source>Nothing to apply: Cal.com&apos;s change is only shown.</source>
        <translation>Nothing to apply: Cal.com&apos;s change is only shown.</translation>
    </message>
    <message>
        <source>Proposal: %1.</source>
        <translation>Proposal: %1.</translation>
    </message>
</context>
<context>
    <name>salon::ui::EventMapPage</name>
    <message>
        <source>Fix with the event type wizard…</source>
        <translation>Fix with the event type wizard…</translation>
    </message>
    <message>
        <source>Findings of the selected row</source>
        <translation>Findings of the selected row</translation>
    </message>
    <message>
        <source>Creates the missing event types in Cal.com and points the map at them</source>
        <translation>Creates the missing event types in Cal.com and points the map at them</translation>
    </message>
    <message numerus="yes">
        <source>The verifier found %n error(s); select a marked row to read what is wrong.</source>
        <translation>
            <numerusform>The verifier found %n error; select a marked row to read what is wrong.</numerusform>
            <numerusform>The verifier found %n errors; select a marked row to read what is wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The verifier found %n warning(s); select a marked row to read what is wrong.</source>
        <translation>
            <numerusform>The verifier found %n warning; select a marked row to read what is wrong.</numerusform>
            <numerusform>The verifier found %n warnings; select a marked row to read what is wrong.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verifier has notes on some rows; select one to read them.</source>
        <translation>The verifier has notes on some rows; select one to read them.</translation>
    </message>
</context>
<context>
    <name>salon::ui::EventMapVerification</name>
    <message>
        <source>Event maps verified: no problems found.</source>
        <translation>Event maps verified: no problems found.</translation>
    </message>
    <message>
        <source>Event maps verified: %1, %2.</source>
        <translation>Event maps verified: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot verify the event maps: %1</source>
        <translation>Cannot verify the event maps: %1</translation>
    </message>
    <message>
        <source>Only local checks ran: Cal.com is not connected.</source>
        <translation>Only local checks ran: Cal.com is not connected.</translation>
    </message>
    <message>
        <source>Cal.com could not be checked: %1</source>
        <translation>Cal.com could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::EventTypeWizard</name>
    <message>
        <source>Create Cal.com event types</source>
        <translation>Create Cal.com event types</translation>
    </message>
</context>
<context>
    <name>salon::ui::HistoryPage</name>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Between these days</source>
        <translation>Between these days</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Entries of the selected run</source>
        <translation>Entries of the selected run</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Live updates stopped (%1): use Refresh to see newer entries.</source>
        <translation>Live updates stopped (%1): use Refresh to see newer entries.</translation>
    </message>
    <message>
        <source>&amp;Undo this run…</source>
        <translation>&amp;Undo this run…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Save every entry of the period shown as a CSV file</source>
        <translation>Save every entry of the period shown as a CSV file</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Reading the history…</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Cannot read the history: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entries of %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a run above to see what it changed.</source>
        <translation>Select a run above to see what it changed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries from before runs were recorded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entries from before runs were recorded&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the run “%1” of %2 (%3)</source>
        <translation>the run “%1” of %2 (%3)</translation>
    </message>
    <message>
        <source>Select an event-type wizard run to undo it</source>
        <translation>Select an event-type wizard run to undo it</translation>
    </message>
    <message>
        <source>This run was undone already (%1)</source>
        <translation>This run was undone already (%1)</translation>
    </message>
    <message>
        <source>Only event-type wizard runs can be undone</source>
        <translation>Only event-type wizard runs can be undone</translation>
    </message>
    <message>
        <source>Undo needs the Cal.com connection: it checks the bookings first</source>
        <translation>Undo needs the Cal.com connection: it checks the bookings first</translation>
    </message>
    <message>
        <source>Show what undoing this run would do, then undo it</source>
        <translation>Show what undoing this run would do, then undo it</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Export the history as CSV</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>Kind of run</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry/entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::LazyTableModel</name>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Cannot count the rows of %1: %2</translation>
    </message>
    <message>
        <source>Cannot load the rows of %1: %2</source>
        <translation>Cannot load the rows of %1: %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
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
    <name>salon::ui::LifecycleActionDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>%v of %m appointments</source>
        <translation>%v of %m appointments</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Cal.com is not connected, so the change cannot be checked or made. Check the Cal.com settings and the API key (Settings).</source>
        <translation>Cal.com is not connected, so the change cannot be checked or made. Check the Cal.com settings and the API key (Settings).</translation>
    </message>
    <message>
        <source>Checking in Cal.com whether every step is free… nothing changes yet.</source>
        <translation>Checking in Cal.com whether every step is free… nothing changes yet.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <source>Changing the bookings in Cal.com… each step shows its progress below.</source>
        <translation>Changing the bookings in Cal.com… each step shows its progress below.</translation>
    </message>
    <message>
        <source>The change could not run: %1</source>
        <translation>The change could not run: %1</translation>
    </message>
    <message>
        <source>Stopping… steps already done are put back where the change needs it.</source>
        <translation>Stopping… steps already done are put back where the change needs it.</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Appointment %1</translation>
    </message>
    <message>
        <source>Appointment %1 (%2)</source>
        <translation>Appointment %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>step %1 (%2, %3): %4</source>
        <translation>step %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the appointment is already as asked.</source>
        <translation>Nothing to change: the appointment is already as asked.</translation>
    </message>
    <message>
        <source>This cannot be done now; nothing has changed:</source>
        <translation>This cannot be done now; nothing has changed:</translation>
    </message>
    <message numerus="yes">
        <source>Every step is free. Confirming changes %n booking(s) in Cal.com.</source>
        <translation>
            <numerusform>Every step is free. Confirming changes %n booking in Cal.com.</numerusform>
            <numerusform>Every step is free. Confirming changes %n bookings in Cal.com.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Finished with problems.</source>
        <translation>Finished with problems.</translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation>Appointment %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished change(s) of an earlier run were finished first.</source>
        <translation>
            <numerusform>%n unfinished change of an earlier run was finished first.</numerusform>
            <numerusform>%n unfinished changes of an earlier run were finished first.</numerusform>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Salon Admin</source>
        <translation>&amp;About Salon Admin</translation>
    </message>
    <message>
        <source>About Salon Admin</source>
        <translation>About Salon Admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Salon Admin %1&lt;/h3&gt;&lt;p&gt;Keeps a hair salon&apos;s bookings and its Cal.com account in step.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Salon Admin %1&lt;/h3&gt;&lt;p&gt;Keeps a hair salon&apos;s bookings and its Cal.com account in step.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>salon::ui::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>salon::ui::MoveAppointmentDialog</name>
    <message>
        <source>Move appointment</source>
        <translation>Move appointment</translation>
    </message>
    <message>
        <source>Moves %1 to a new start. Every step moves by the same time, processing times too; each step is checked in Cal.com at its new time before anything changes.</source>
        <translation>Moves %1 to a new start. Every step moves by the same time, processing times too; each step is checked in Cal.com at its new time before anything changes.</translation>
    </message>
    <message>
        <source>&amp;New start:</source>
        <translation>&amp;New start:</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>Keep the time</translation>
    </message>
    <message>
        <source>Choose the new date and time: each step is then checked in Cal.com at its new time.</source>
        <translation>Choose the new date and time: each step is then checked in Cal.com at its new time.</translation>
    </message>
    <message numerus="yes">
        <source>Every step is free at its new time. Confirming moves %n booking(s) in Cal.com to %1.</source>
        <translation>
            <numerusform>Every step is free at its new time. Confirming moves %n booking in Cal.com to %1.</numerusform>
            <numerusform>Every step is free at its new time. Confirming moves %n bookings in Cal.com to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every step is free at its new time. No step is booked yet: the appointment moves here, and the next sync books it at %1.</source>
        <translation>Every step is free at its new time. No step is booked yet: the appointment moves here, and the next sync books it at %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overlap their own old time; Cal.com decides when they move (if it refuses, everything is put back).</source>
        <translation>
            <numerusform>%n step overlaps its own old time; Cal.com decides when it moves (if it refuses, everything is put back).</numerusform>
            <numerusform>%n steps overlap their own old time; Cal.com decides when they move (if it refuses, everything is put back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::MoveUndo</name>
    <message>
        <source>Move appointment %1 back to %2</source>
        <translation>Move appointment %1 back to %2</translation>
    </message>
    <message>
        <source>Could not move appointment %1 back: %2</source>
        <translation>Could not move appointment %1 back: %2</translation>
    </message>
    <message>
        <source>Appointment %1 is back at %2, in Cal.com too.</source>
        <translation>Appointment %1 is back at %2, in Cal.com too.</translation>
    </message>
    <message>
        <source>Appointment %1 is at %2 already.</source>
        <translation>Appointment %1 is at %2 already.</translation>
    </message>
    <message>
        <source>The old time %1 is no longer free, so appointment %2 stays where it is; nothing changed (%3).</source>
        <translation>The old time %1 is no longer free, so appointment %2 stays where it is; nothing changed (%3).</translation>
    </message>
    <message>
        <source>Appointment %1 could not be moved back; nothing changed. %2</source>
        <translation>Appointment %1 could not be moved back; nothing changed. %2</translation>
    </message>
    <message>
        <source>Moving appointment %1 back did not finish: %2 %3</source>
        <translation>Moving appointment %1 back did not finish: %2 %3</translation>
    </message>
    <message>
        <source>Appointment %1 could not be moved back.</source>
        <translation>Appointment %1 could not be moved back.</translation>
    </message>
</context>
<context>
    <name>salon::ui::NewAppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Customer email</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Service *</source>
        <translation>Service *</translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation>Customer *</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Start (%1) *</source>
        <translation>Start (%1) *</translation>
    </message>
    <message>
        <source>Staff per segment</source>
        <translation>Staff per segment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n min)</source>
        <translation>
            <numerusform>%1 – %2 (%n min)</numerusform>
            <numerusform>%1 – %2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>processing time, no staff</source>
        <translation>processing time, no staff</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Staff for %1</source>
        <translation>Staff for %1</translation>
    </message>
    <message>
        <source>This service has no segments yet.</source>
        <translation>This service has no segments yet.</translation>
    </message>
    <message>
        <source>Add a service first.</source>
        <translation>Add a service first.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <source>(no staff)</source>
        <translation>(no staff)</translation>
    </message>
    <message>
        <source>The start %1 is in the past: choose a time from now on.</source>
        <translation>The start %1 is in the past: choose a time from now on.</translation>
    </message>
</context>
<context>
    <name>salon::ui::PlanReviewPage</name>
    <message>
        <source>Plan again</source>
        <translation>Plan again</translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation>Review the plan</translation>
    </message>
    <message>
        <source>Nothing has been changed in Cal.com yet. Check the plan, then confirm it.</source>
        <translation>Nothing has been changed in Cal.com yet. Check the plan, then confirm it.</translation>
    </message>
    <message>
        <source>Create event types</source>
        <translation>Create event types</translation>
    </message>
    <message>
        <source>Reading the map and the team&apos;s event types from Cal.com…</source>
        <translation>Reading the map and the team&apos;s event types from Cal.com…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1 to create, %2 to replace, %3 to adopt, %4 kept, %5 conflicts, %6 blocked.</source>
        <translation>
            <numerusform>%n item: %1 to create, %2 to replace, %3 to adopt, %4 kept, %5 conflicts, %6 blocked.</numerusform>
            <numerusform>%n items: %1 to create, %2 to replace, %3 to adopt, %4 kept, %5 conflicts, %6 blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and blocked items are shown but not touched.</source>
        <translation>Conflicts and blocked items are shown but not touched.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>No plan: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::PlanTableModel</name>
    <message>
        <source>Nothing; the map is pointed at event type %1</source>
        <translation>Nothing; the map is pointed at event type %1</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>What will be sent</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>A new booking type for %1, %n min, not on the public booking page</source>
        <translation>
            <numerusform>A new booking type for %1, %n min, not on the public booking page</numerusform>
            <numerusform>A new booking type for %1, %n min, not on the public booking page</numerusform>
        </translation>
    </message>
    <message>
        <source>Details: POST round robin, hidden, %1 min, host %2 (mandatory, high), slug %3</source>
        <translation>Details: POST round robin, hidden, %1 min, host %2 (mandatory, high), slug %3</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>Link name</translation>
    </message>
</context>
<context>
    <name>salon::ui::RecordFormDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
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
        <translation>Take a &amp;new snapshot of Cal.com now (read only: bookings from 30 days ago to a year ahead)</translation>
    </message>
    <message>
        <source>Use a &amp;saved snapshot file:</source>
        <translation>Use a &amp;saved snapshot file:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Start the &amp;rehearsal</source>
        <translation>Start the &amp;rehearsal</translation>
    </message>
    <message>
        <source>Rehearse on a copy</source>
        <translation>Rehearse on a copy</translation>
    </message>
    <message>
        <source>A rehearsal opens a second window on a copy of this database and on the built-in sandbox playing a snapshot of your Cal.com team. Try the wizard, a sync, moves and cancellations there: nothing reaches Cal.com or this database.</source>
        <translation>A rehearsal opens a second window on a copy of this database and on the built-in sandbox playing a snapshot of your Cal.com team. Try the wizard, a sync, moves and cancellations there: nothing reaches Cal.com or this database.</translation>
    </message>
    <message>
        <source>Cal.com is not connected: use a saved snapshot file</source>
        <translation>Cal.com is not connected: use a saved snapshot file</translation>
    </message>
    <message>
        <source>Open a Cal.com snapshot</source>
        <translation>Open a Cal.com snapshot</translation>
    </message>
    <message>
        <source>Cal.com snapshots (*.json)</source>
        <translation>Cal.com snapshots (*.json)</translation>
    </message>
    <message>
        <source>There is no snapshot file at %1.</source>
        <translation>There is no snapshot file at %1.</translation>
    </message>
    <message>
        <source>Cal.com is not connected.</source>
        <translation>Cal.com is not connected.</translation>
    </message>
    <message>
        <source>Reading Cal.com (GET requests only)…</source>
        <translation>Reading Cal.com (GET requests only)…</translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>%1 of %2 requests</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>The snapshot could not be taken: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
</context>
<context>
    <name>salon::ui::RehearsalEnvironment</name>
    <message>
        <source>Cannot create a folder for the copy: %1</source>
        <translation>Cannot create a folder for the copy: %1</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>The database is closed.</translation>
    </message>
    <message>
        <source>%1 cannot be served: %2</source>
        <translation>%1 cannot be served: %2</translation>
    </message>
    <message>
        <source>The built-in Cal.com sandbox cannot listen on 127.0.0.1.</source>
        <translation>The built-in Cal.com sandbox cannot listen on 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>salon::ui::RehearsalLauncher</name>
    <message>
        <source>What would change…</source>
        <translation>What would change…</translation>
    </message>
</context>
<context>
    <name>salon::ui::RetireManagedPage</name>
    <message>
        <source>Delete from Cal.com</source>
        <translation>Delete from Cal.com</translation>
    </message>
    <message>
        <source>Retire old MANAGED event types</source>
        <translation>Retire old MANAGED event types</translation>
    </message>
    <message>
        <source>The replaced MANAGED parents can be deleted once no map row and no open appointment phase refers to them. This step is optional.</source>
        <translation>The replaced MANAGED parents can be deleted once no map row and no open appointment phase refers to them. This step is optional.</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n event type(s)…</source>
        <translation>
            <numerusform>Deleting %n event type…</numerusform>
            <numerusform>Deleting %n event types…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 failed, %3 kept.</source>
        <translation>%1 deleted, %2 failed, %3 kept.</translation>
    </message>
    <message>
        <source>Looking for replaced MANAGED event types…</source>
        <translation>Looking for replaced MANAGED event types…</translation>
    </message>
    <message>
        <source>Safe to delete</source>
        <translation>Safe to delete</translation>
    </message>
    <message>
        <source>Still referred to</source>
        <translation>Still referred to</translation>
    </message>
    <message>
        <source>No replaced MANAGED event types are left in Cal.com.</source>
        <translation>No replaced MANAGED event types are left in Cal.com.</translation>
    </message>
    <message>
        <source>%1 of %2 can be deleted.</source>
        <translation>%1 of %2 can be deleted.</translation>
    </message>
    <message numerus="yes">
        <source>Yes, delete the %n checked event type(s) from Cal.com.</source>
        <translation>
            <numerusform>Yes, delete the %n checked event type from Cal.com.</numerusform>
            <numerusform>Yes, delete the %n checked event types from Cal.com.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::RunEntryModel</name>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Before: %1
After: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Change (before → after)</source>
        <translation>Change (before → after)</translation>
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
        <translation>undone (%1)</translation>
    </message>
    <message>
        <source>can be undone</source>
        <translation>can be undone</translation>
    </message>
    <message>
        <source>Entries written before runs were recorded (they cannot be undone)</source>
        <translation>Entries written before runs were recorded (they cannot be undone)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>What it did</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>salon::ui::RunPage</name>
    <message>
        <source>Cancel run</source>
        <translation>Cancel run</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>Creating event types</source>
        <translation>Creating event types</translation>
    </message>
    <message>
        <source>Each finished item is saved at once; a cancelled or interrupted run resumes when you run the wizard again.</source>
        <translation>Each finished item is saved at once; a cancelled or interrupted run resumes when you run the wizard again.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>%1 done, %2 unchanged, %3 failed, %4 cancelled, %5 not touched.</source>
        <translation>%1 done, %2 unchanged, %3 failed, %4 cancelled, %5 not touched.</translation>
    </message>
</context>
<context>
    <name>salon::ui::RunUndoDialog</name>
    <message>
        <source>Stop after this item</source>
        <translation>Stop after this item</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Undo run %1</source>
        <translation>Undo run %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Cal.com is not connected, so nothing can be checked or undone.</source>
        <translation>Cal.com is not connected, so nothing can be checked or undone.</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 of %2 items</translation>
    </message>
    <message>
        <source>will be undone</source>
        <translation>will be undone</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>already undone</source>
        <translation>already undone</translation>
    </message>
    <message>
        <source>cannot be undone</source>
        <translation>cannot be undone</translation>
    </message>
    <message>
        <source>not undoable</source>
        <translation>not undoable</translation>
    </message>
    <message>
        <source>will not be undone</source>
        <translation>will not be undone</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message numerus="yes">
        <source>Undo %n item(s)</source>
        <translation>
            <numerusform>Undo %n item</numerusform>
            <numerusform>Undo %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>Checking what undoing %1 would do (the database and Cal.com are only read)…</source>
        <translation>Checking what undoing %1 would do (the database and Cal.com are only read)…</translation>
    </message>
    <message>
        <source>Cannot plan the undo of %1: %2</source>
        <translation>Cannot plan the undo of %1: %2</translation>
    </message>
    <message>
        <source>Undoing %1 would undo %2 of %3 item(s); %4 cannot be undone (the reason is given for each); %5 already undone. Nothing has been changed yet.</source>
        <translation>Undoing %1 would undo %2 of %3 item(s); %4 cannot be undone (the reason is given for each); %5 already undone. Nothing has been changed yet.</translation>
    </message>
    <message numerus="yes">
        <source>Careful: %n map row(s) would point at MANAGED parents again, which Cal.com cannot book. Their appointments fail to sync until the event-type wizard runs again.</source>
        <translation>
            <numerusform>Careful: %n map row would point at MANAGED parents again, which Cal.com cannot book. Their appointments fail to sync until the event-type wizard runs again.</numerusform>
            <numerusform>Careful: %n map rows would point at MANAGED parents again, which Cal.com cannot book. Their appointments fail to sync until the event-type wizard runs again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing %1: %2 of %3 item(s) done…</source>
        <translation>Undoing %1: %2 of %3 item(s) done…</translation>
    </message>
    <message>
        <source>Undo of %1 finished: %2 undone, %3 not undone, %4 failed.</source>
        <translation>Undo of %1 finished: %2 undone, %3 not undone, %4 failed.</translation>
    </message>
    <message>
        <source>The undo is listed in the history as run %1.</source>
        <translation>The undo is listed in the history as run %1.</translation>
    </message>
</context>
<context>
    <name>salon::ui::ScreenshotTaker</name>
    <message>
        <source>Cannot save the screenshot to %1.</source>
        <translation>Cannot save the screenshot to %1.</translation>
    </message>
</context>
<context>
    <name>salon::ui::SecretStorage</name>
    <message>
        <source>API key not stored</source>
        <translation>API key not stored</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Password not stored</translation>
    </message>
</context>
<context>
    <name>salon::ui::ServiceSelectionPage</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Choose the services whose segments need their own Cal.com event types.</source>
        <translation>Choose the services whose segments need their own Cal.com event types.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 segments with staff, %4 performers</source>
        <translation>%1 (%2) — %3 segments with staff, %4 performers</translation>
    </message>
    <message>
        <source>Nothing to plan: no segment with staff or nobody performs it.</source>
        <translation>Nothing to plan: no segment with staff or nobody performs it.</translation>
    </message>
    <message>
        <source>Reading the services…</source>
        <translation>Reading the services…</translation>
    </message>
</context>
<context>
    <name>salon::ui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>stored in the keychain; type to replace</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>not set (or PGPASSWORD)</source>
        <translation>not set (or PGPASSWORD)</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Enter a valid http(s) base URL first.</source>
        <translation>Enter a valid http(s) base URL first.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Choose the SQLite database file.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL host and database name.</source>
        <translation>Enter the PostgreSQL host and database name.</translation>
    </message>
    <message>
        <source>The Cal.com base URL must be an http(s) address such as https://api.cal.com/v2.</source>
        <translation>The Cal.com base URL must be an http(s) address such as https://api.cal.com/v2.</translation>
    </message>
    <message>
        <source>The Cal.com base URL must not contain a user name or password; enter the API key below.</source>
        <translation>The Cal.com base URL must not contain a user name or password; enter the API key below.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; choose one such as Europe/Berlin.</source>
        <translation>&quot;%1&quot; is not a known time zone; choose one such as Europe/Berlin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; Salon Admin uses the built-in Cal.com sandbox at %1 (team %2) and a temporary database that is deleted when you close it; nothing real is touched. Your own settings are not used and stay as they are. To change them, start Salon Admin without --demo.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; Salon Admin uses the built-in Cal.com sandbox at %1 (team %2) and a temporary database that is deleted when you close it; nothing real is touched. Your own settings are not used and stay as they are. To change them, start Salon Admin without --demo.</translation>
    </message>
    <message>
        <source>the sandbox&apos;s own demo key</source>
        <translation>the sandbox&apos;s own demo key</translation>
    </message>
</context>
<context>
    <name>salon::ui::SickDayDialog</name>
    <message>
        <source>Off on a day</source>
        <translation>Off on a day</translation>
    </message>
    <message>
        <source>A staff member is off (ill, on leave): every one of their steps on that day goes to another staff member. Each appointment changes as a whole or not at all; the check shows which can go before anything changes.</source>
        <translation>A staff member is off (ill, on leave): every one of their steps on that day goes to another staff member. Each appointment changes as a whole or not at all; the check shows which can go before anything changes.</translation>
    </message>
    <message>
        <source>Choose a staff member…</source>
        <translation>Choose a staff member…</translation>
    </message>
    <message>
        <source>&amp;Staff member who is off:</source>
        <translation>&amp;Staff member who is off:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Steps go to:</source>
        <translation>&amp;Steps go to:</translation>
    </message>
    <message>
        <source>Hand over the day</source>
        <translation>Hand over the day</translation>
    </message>
    <message>
        <source>Choose who takes over the steps: their availability is then checked in Cal.com.</source>
        <translation>Choose who takes over the steps: their availability is then checked in Cal.com.</translation>
    </message>
    <message>
        <source>The steps must go to someone else than %1.</source>
        <translation>The steps must go to someone else than %1.</translation>
    </message>
    <message>
        <source>%1 has no steps on %2: nothing to hand over.</source>
        <translation>%1 has no steps on %2: nothing to hand over.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n appointment(s) on %2.</source>
        <translation>
            <numerusform>%1 has %n appointment on %2.</numerusform>
            <numerusform>%1 has %n appointments on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can go to %1.</source>
        <translation>
            <numerusform>%n can go to %1.</numerusform>
            <numerusform>%n can go to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot (they stay as they are):</source>
        <translation>
            <numerusform>%n cannot (it stays as it is):</numerusform>
            <numerusform>%n cannot (they stay as they are):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) handed over to %1.</source>
        <translation>
            <numerusform>%n appointment handed over to %1.</numerusform>
            <numerusform>%n appointments handed over to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation>Appointment %1: %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>Not moved — still with %1:</source>
        <translation>Not moved — still with %1:</translation>
    </message>
</context>
<context>
    <name>salon::ui::StaffPage</name>
    <message>
        <source>Off on a day…</source>
        <translation>Off on a day…</translation>
    </message>
    <message>
        <source>Hand every step of the selected staff member on one day to someone else</source>
        <translation>Hand every step of the selected staff member on one day to someone else</translation>
    </message>
</context>
<context>
    <name>salon::ui::StaffSelectionPage</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Each chosen staff member gets one event type per segment of the services they perform.</source>
        <translation>Each chosen staff member gets one event type per segment of the services they perform.</translation>
    </message>
    <message>
        <source>Title template:</source>
        <translation>Title template:</translation>
    </message>
    <message>
        <source>Cal.com user %1</source>
        <translation>Cal.com user %1</translation>
    </message>
    <message>
        <source>no Cal.com user</source>
        <translation>no Cal.com user</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>For example:</translation>
    </message>
    <message>
        <source>Placeholders: {service}, {segment}, {segmentName}, {staff}, {minutes}. The link name in the booking address is built from the title.</source>
        <translation>Placeholders: {service}, {segment}, {segmentName}, {staff}, {minutes}. The link name in the booking address is built from the title.</translation>
    </message>
</context>
<context>
    <name>salon::ui::StatusIndicators</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Cal.com connection</source>
        <translation>Cal.com connection</translation>
    </message>
    <message>
        <source>Cal.com rate limit</source>
        <translation>Cal.com rate limit</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>no database</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Database: %1 (not open)</source>
        <translation>Database: %1 (not open)</translation>
    </message>
    <message>
        <source>Cal.com requests left in the current rate-limit window</source>
        <translation>Cal.com requests left in the current rate-limit window</translation>
    </message>
    <message>
        <source>Cal.com: not configured</source>
        <translation>Cal.com: not configured</translation>
    </message>
    <message>
        <source>Cal.com: connecting…</source>
        <translation>Cal.com: connecting…</translation>
    </message>
    <message>
        <source>Cal.com: connected</source>
        <translation>Cal.com: connected</translation>
    </message>
    <message>
        <source>Cal.com: connection failed</source>
        <translation>Cal.com: connection failed</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>Cal.com requests left: %1/%2</source>
        <translation>Cal.com requests left: %1/%2</translation>
    </message>
    <message>
        <source>Last look for changes made in Cal.com</source>
        <translation>Last look for changes made in Cal.com</translation>
    </message>
</context>
<context>
    <name>salon::ui::StepProgressModel</name>
    <message>
        <source>cancel the booking</source>
        <translation>cancel the booking</translation>
    </message>
    <message>
        <source>move the booking</source>
        <translation>move the booking</translation>
    </message>
    <message>
        <source>book anew, then cancel the old booking</source>
        <translation>book anew, then cancel the old booking</translation>
    </message>
    <message>
        <source>here only (no booking in Cal.com)</source>
        <translation>here only (no booking in Cal.com)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Cal.com decides</source>
        <translation>Cal.com decides</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>no event type</source>
        <translation>no event type</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>could not be checked</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>checking</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>cancelling</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>moving</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>booking</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>put back</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>owed: the next run finishes it</source>
        <translation>owed: the next run finishes it</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <source>putting back: %1</source>
        <translation>putting back: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>%1 (no staff)</source>
        <translation>%1 (no staff)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
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
        <source>Availability</source>
        <translation>Availability</translation>
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
        <translation>Live updates stopped: %1</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>The sync console cannot read the database: %1</source>
        <translation>The sync console cannot read the database: %1</translation>
    </message>
    <message>
        <source>Cal.com rate limit: waiting %1 s, %2 of %3 requests left</source>
        <translation>Cal.com rate limit: waiting %1 s, %2 of %3 requests left</translation>
    </message>
    <message>
        <source>Cal.com budget: %1 of %2 requests left</source>
        <translation>Cal.com budget: %1 of %2 requests left</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) failed to sync with Cal.com and need attention.</source>
        <translation>
            <numerusform>%n phase failed to sync with Cal.com and needs attention.</numerusform>
            <numerusform>%n phases failed to sync with Cal.com and need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last sync run failed for %n phase(s).</source>
        <translation>
            <numerusform>The last sync run failed for %n phase.</numerusform>
            <numerusform>The last sync run failed for %n phases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configure Cal.com in Settings to sync.</source>
        <translation>Configure Cal.com in Settings to sync.</translation>
    </message>
    <message>
        <source>%1 of %2 phases</source>
        <translation>%1 of %2 phases</translation>
    </message>
    <message>
        <source>Archive failure</source>
        <translation>Archive failure</translation>
    </message>
    <message>
        <source>Why is this failure harmless? (kept in the history)</source>
        <translation>Why is this failure harmless? (kept in the history)</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n phase(s) to be booked again in Cal.com? The stored booking reference is replaced by the next sync.</source>
        <translation>
            <numerusform>Mark %n phase to be booked again in Cal.com? The stored booking reference is replaced by the next sync.</numerusform>
            <numerusform>Mark %n phases to be booked again in Cal.com? The stored booking reference is replaced by the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync console</source>
        <translation>Sync console</translation>
    </message>
    <message>
        <source>Export sync log</source>
        <translation>Export sync log</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Sync log written to %1.</source>
        <translation>Sync log written to %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Only cancelled or missing bookings can be booked again from here; check the others in Cal.com.</source>
        <translation>Only cancelled or missing bookings can be booked again from here; check the others in Cal.com.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Reconcile %1: %n difference(s) with Cal.com; see Drift.</source>
        <translation>
            <numerusform>Reconcile %1: %n difference with Cal.com; see Drift.</numerusform>
            <numerusform>Reconcile %1: %n differences with Cal.com; see Drift.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile %1: no synced steps in this period, so there was nothing to compare with Cal.com.</source>
        <translation>Reconcile %1: no synced steps in this period, so there was nothing to compare with Cal.com.</translation>
    </message>
    <message numerus="yes">
        <source>Reconcile %1: all %n synced step(s) match Cal.com.</source>
        <translation>
            <numerusform>Reconcile %1: the %n synced step matches Cal.com.</numerusform>
            <numerusform>Reconcile %1: all %n synced steps match Cal.com.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salon::ui::SyncConsoleController</name>
    <message>
        <source>No failed phases to retry.</source>
        <translation>No failed phases to retry.</translation>
    </message>
    <message>
        <source>phase %1: %2 %3</source>
        <translation>phase %1: %2 %3</translation>
    </message>
    <message>
        <source>phase %1 (appointment %2, %3): %4 - %5</source>
        <translation>phase %1 (appointment %2, %3): %4 - %5</translation>
    </message>
    <message>
        <source>Sync finished: %1</source>
        <translation>Sync finished: %1</translation>
    </message>
    <message>
        <source>Sync finished with failures: %1. See the failed view.</source>
        <translation>Sync finished with failures: %1. See the failed view.</translation>
    </message>
    <message>
        <source>Sync cancelled: %1</source>
        <translation>Sync cancelled: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync of %n phase(s) started.</source>
        <translation>
            <numerusform>Sync of %n phase started.</numerusform>
            <numerusform>Sync of %n phases started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n phase(s) with Cal.com...</source>
        <translation>
            <numerusform>Syncing %n phase with Cal.com...</numerusform>
            <numerusform>Syncing %n phases with Cal.com...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: queued phases stop now, a booking already sent is waited for.</source>
        <translation>Cancelling: queued phases stop now, a booking already sent is waited for.</translation>
    </message>
    <message>
        <source>Archiving needs a reason.</source>
        <translation>Archiving needs a reason.</translation>
    </message>
    <message>
        <source>Archived phase(s) %1: %2</source>
        <translation>Archived phase(s) %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) archived.</source>
        <translation>
            <numerusform>%n failure archived.</numerusform>
            <numerusform>%n failures archived.</numerusform>
        </translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation>drift: %1</translation>
    </message>
    <message>
        <source>Reconcile failed: %1</source>
        <translation>Reconcile failed: %1</translation>
    </message>
    <message>
        <source>Comparing synced phases with Cal.com...</source>
        <translation>Comparing synced phases with Cal.com...</translation>
    </message>
    <message>
        <source>Drift found by reconcile; confirmed by %1</source>
        <translation>Drift found by reconcile; confirmed by %1</translation>
    </message>
    <message>
        <source>phase %1 marked to be booked again</source>
        <translation>phase %1 marked to be booked again</translation>
    </message>
</context>
<context>
    <name>salon::ui::SyncConsoleToolBar</name>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
</context>
<context>
    <name>salon::ui::SyncDetailPane</name>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Attempts:</translation>
    </message>
    <message>
        <source>Select a phase to see its sync history.</source>
        <translation>Select a phase to see its sync history.</translation>
    </message>
    <message>
        <source>(no answer recorded)</source>
        <translation>(no answer recorded)</translation>
    </message>
    <message>
        <source>Phase %1 (%2) of %3</source>
        <translation>Phase %1 (%2) of %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archived: %1</translation>
    </message>
    <message>
        <source>Cal.com booking: %1 (%2)</source>
        <translation>Cal.com booking: %1 (%2)</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
</context>
<context>
    <name>salon::ui::SyncQueueModel</name>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>syncing</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
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
        <translation>no staff</translation>
    </message>
    <message>
        <source>%1 - processing time (no staff)</source>
        <translation>%1 - processing time (no staff)</translation>
    </message>
    <message>
        <source>waiting %1 s</source>
        <translation>waiting %1 s</translation>
    </message>
    <message>
        <source>%1 (archived: %2)</source>
        <translation>%1 (archived: %2)</translation>
    </message>
    <message>
        <source>Appointment / phase</source>
        <translation>Appointment / phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>salon::ui::TablePage</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 actions</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Search %1</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>All columns</translation>
    </message>
    <message>
        <source>Search in column</source>
        <translation>Search in column</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Row count</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Counting rows…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to %1.</source>
        <translation>Added to %1.</translation>
    </message>
    <message>
        <source>Saved changes to %1.</source>
        <translation>Saved changes to %1.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 still refer to it. Delete or change those first.</source>
        <translation>%1 cannot be deleted: %2 still refer to it. Delete or change those first.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>This also deletes %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Export %1 as CSV</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is not in the table (any more): it may have been deleted.</source>
        <translation>Row %1 is not in the table (any more): it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>salon::ui::ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Verify event maps</source>
        <translation>&amp;Verify event maps</translation>
    </message>
    <message>
        <source>Event type &amp;wizard…</source>
        <translation>Event type &amp;wizard…</translation>
    </message>
    <message>
        <source>&amp;Sync console</source>
        <translation>&amp;Sync console</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
</context>
<context>
    <name>salon::ui::WizardSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Event types: %1 created or adopted, %2 already fine, %3 failed, %4 cancelled, %5 not touched (conflicts or staff without a Cal.com user).</source>
        <translation>Event types: %1 created or adopted, %2 already fine, %3 failed, %4 cancelled, %5 not touched (conflicts or staff without a Cal.com user).</translation>
    </message>
    <message>
        <source>Old MANAGED event types: %1 deleted, %2 failed, %3 still referred to or kept.</source>
        <translation>Old MANAGED event types: %1 deleted, %2 failed, %3 still referred to or kept.</translation>
    </message>
    <message>
        <source>Open the sync console</source>
        <translation>Open the sync console</translation>
    </message>
    <message>
        <source>Send the waiting appointments to Cal.com with the new event types</source>
        <translation>Send the waiting appointments to Cal.com with the new event types</translation>
    </message>
    <message>
        <source>Every change is in the history (Tools → History). Next: send the waiting appointments to Cal.com in the sync console.</source>
        <translation>Every change is in the history (Tools → History). Next: send the waiting appointments to Cal.com in the sync console.</translation>
    </message>
    <message>
        <source>Run the wizard again to resume: what was created is found by its link name, nothing is duplicated.</source>
        <translation>Run the wizard again to resume: what was created is found by its link name, nothing is duplicated.</translation>
    </message>
</context>
</TS>
