<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>relais::AppointmentRules</name>
    <message numerus="yes">
        <source>An appointment lasts at most %n minute(s); for a longer time, mark an absence.</source>
        <translation>
            <numerusform>An appointment lasts at most %n minute; for a longer time, mark an absence.</numerusform>
            <numerusform>An appointment lasts at most %n minutes; for a longer time, mark an absence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is more than %n day(s) ago: check the date.</source>
        <translation>
            <numerusform>%1 is more than %n day ago: check the date.</numerusform>
            <numerusform>%1 is more than %n days ago: check the date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Authenticator</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Passwords</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PlaceDirectory</name>
    <message numerus="yes">
        <source>%n columns instead of 6</source>
        <translation>
            <numerusform>%n column instead of 6</numerusform>
            <numerusform>%n columns instead of 6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PreparedConsultations</name>
    <message numerus="yes">
        <source>“Reviewed” can be undone for %n minutes only: add a comment to the patient&apos;s file instead.</source>
        <translation>
            <numerusform>“Reviewed” can be undone for %n minute only: add a comment to the patient&apos;s file instead.</numerusform>
            <numerusform>“Reviewed” can be undone for %n minutes only: add a comment to the patient&apos;s file instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionChecks</name>
    <message numerus="yes">
        <source>The drug database was imported on %1, more than %n month(s) ago: import the current one.</source>
        <translation>
            <numerusform>The drug database was imported on %1, more than %n month ago: import the current one.</numerusform>
            <numerusform>The drug database was imported on %1, more than %n months ago: import the current one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interaction thesaurus was imported on %1, more than %n month(s) ago: import the current one.</source>
        <translation>
            <numerusform>The interaction thesaurus was imported on %1, more than %n month ago: import the current one.</numerusform>
            <numerusform>The interaction thesaurus was imported on %1, more than %n months ago: import the current one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionPrinter</name>
    <message numerus="yes">
        <source>To be renewed %n time(s)</source>
        <translation>
            <numerusform>To be renewed %n time</numerusform>
            <numerusform>To be renewed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Born on %1 (%n year(s) old)</source>
        <translation>
            <numerusform>Born on %1 (%n year old)</numerusform>
            <numerusform>Born on %1 (%n years old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) prescribed</source>
        <translation>
            <numerusform>%n line prescribed</numerusform>
            <numerusform>%n lines prescribed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionRules</name>
    <message numerus="yes">
        <source>%1 is prescribed for %n day(s) at most, renewals included.</source>
        <translation>
            <numerusform>%1 is prescribed for %n day at most, renewals included.</numerusform>
            <numerusform>%1 is prescribed for %n days at most, renewals included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::SyncReport</name>
    <message numerus="yes">
        <source>%n change(s) kept aside, to be looked at in Synchronisation.</source>
        <translation>
            <numerusform>%n change kept aside, to be looked at in Synchronisation.</numerusform>
            <numerusform>%n changes kept aside, to be looked at in Synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) refused: they did not open or their signature did not match.</source>
        <translation>
            <numerusform>%n envelope refused: it did not open or its signature did not match.</numerusform>
            <numerusform>%n envelopes refused: they did not open or their signature did not match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from a workstation not enrolled yet, kept until it is.</source>
        <translation>
            <numerusform>%n change from a workstation not enrolled yet, kept until it is.</numerusform>
            <numerusform>%n changes from a workstation not enrolled yet, kept until it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still waiting.</source>
        <translation>
            <numerusform>%n change still waiting.</numerusform>
            <numerusform>%n changes still waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::VaultKeys</name>
    <message numerus="yes">
        <source>The passphrase was wrong %n times. The vault can still be opened with the practice&apos;s recovery code.</source>
        <translation>
            <numerusform>The passphrase was wrong %n time. The vault can still be opened with the practice&apos;s recovery code.</numerusform>
            <numerusform>The passphrase was wrong %n times. The vault can still be opened with the practice&apos;s recovery code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Verbs</name>
    <message numerus="yes">
        <source>The vault is damaged (%n problem(s) found by SQLite&apos;s integrity check):</source>
        <translation>
            <numerusform>The vault is damaged (%n problem found by SQLite&apos;s integrity check):</numerusform>
            <numerusform>The vault is damaged (%n problems found by SQLite&apos;s integrity check):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workstation does not sync yet (%n change(s) waiting). An administrator sets the practice up with: relais sync --hub URL --user LOGIN</source>
        <translation>
            <numerusform>This workstation does not sync yet (%n change waiting). An administrator sets the practice up with: relais sync --hub URL --user LOGIN</numerusform>
            <numerusform>This workstation does not sync yet (%n changes waiting). An administrator sets the practice up with: relais sync --hub URL --user LOGIN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept aside, to be looked at.</source>
        <translation>
            <numerusform>%n change kept aside, to be looked at.</numerusform>
            <numerusform>%n changes kept aside, to be looked at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synced record(s).</source>
        <translation>
            <numerusform>%n synced record.</numerusform>
            <numerusform>%n synced records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot at sequence %1, in %n chunk(s).</source>
        <translation>
            <numerusform>Snapshot at sequence %1, in %n chunk.</numerusform>
            <numerusform>Snapshot at sequence %1, in %n chunks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practice %1 (since %2): %Ln envelope(s), %3 once padded, last sequence %4.</source>
        <translation>
            <numerusform>Practice %1 (since %2): %Ln envelope, %3 once padded, last sequence %4.</numerusform>
            <numerusform>Practice %1 (since %2): %Ln envelopes, %3 once padded, last sequence %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practice %1: %Ln envelope(s) deleted (%2), pruned through sequence %3.</source>
        <translation>
            <numerusform>Practice %1: %Ln envelope deleted (%2), pruned through sequence %3.</numerusform>
            <numerusform>Practice %1: %Ln envelopes deleted (%2), pruned through sequence %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::VitalAlertRules</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::WrappedKeyFile</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::BookingDialog</name>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::ConsultationPanel</name>
    <message numerus="yes">
        <source>%n value(s) taken for it (Vital signs tab): %1.</source>
        <translation>
            <numerusform>%n value taken for it (Vital signs tab): %1.</numerusform>
            <numerusform>%n values taken for it (Vital signs tab): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::DataTab</name>
    <message numerus="yes">
        <source>%n substance(s), imported on %1 from %2.</source>
        <translation>
            <numerusform>%n substance, imported on %1 from %2.</numerusform>
            <numerusform>%n substances, imported on %1 from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n substance(s) imported.</source>
        <translation>
            <numerusform>%n substance imported.</numerusform>
            <numerusform>%n substances imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and were skipped, the first: %1</source>
        <translation>
            <numerusform>%n line could not be read and was skipped: %1</numerusform>
            <numerusform>%n lines could not be read and were skipped, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allergy(ies) typed earlier now linked to the database.</source>
        <translation>
            <numerusform>%n allergy typed earlier is now linked to the database.</numerusform>
            <numerusform>%n allergies typed earlier are now linked to the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n specialty(ies)</source>
        <translation>
            <numerusform>%n specialty</numerusform>
            <numerusform>%n specialties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n generic group line(s)</source>
        <translation>
            <numerusform>%n generic group line</numerusform>
            <numerusform>%n generic group lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prescribing condition(s).</source>
        <translation>
            <numerusform>%n prescribing condition.</numerusform>
            <numerusform>%n prescribing conditions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edition %1, imported on %2 from %3: %n interaction(s)</source>
        <translation>
            <numerusform>Edition %1, imported on %2 from %3: %n interaction</numerusform>
            <numerusform>Edition %1, imported on %2 from %3: %n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n molecule(s)</source>
        <translation>
            <numerusform>%n molecule</numerusform>
            <numerusform>%n molecules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es).</source>
        <translation>
            <numerusform>%n class.</numerusform>
            <numerusform>%n classes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) imported; </source>
        <translation>
            <numerusform>%n interaction imported; </numerusform>
            <numerusform>%n interactions imported; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n substance(s) of the drug database matched to its molecules.</source>
        <translation>
            <numerusform>%n substance of the drug database matched to its molecules.</numerusform>
            <numerusform>%n substances of the drug database matched to its molecules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::DayListPrinter</name>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::DraftsToSignPanel</name>
    <message numerus="yes">
        <source>%n prescription(s) to sign. Ctrl+click to choose several; with none chosen, all are signed.</source>
        <translation>
            <numerusform>%n prescription to sign. Ctrl+click to choose several; with none chosen, all are signed.</numerusform>
            <numerusform>%n prescriptions to sign. Ctrl+click to choose several; with none chosen, all are signed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::DrugSearchBox</name>
    <message numerus="yes">
        <source>%n drug(s), the marketed ones first.</source>
        <translation>
            <numerusform>%n drug, the marketed ones first.</numerusform>
            <numerusform>%n drugs, the marketed ones first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::IntakeDialog</name>
    <message numerus="yes">
        <source>%n communes for this postcode: choose</source>
        <translation>
            <numerusform>%n commune for this postcode: choose</numerusform>
            <numerusform>%n communes for this postcode: choose</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::LoginDialog</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::OrdonnancePrint</name>
    <message numerus="yes">
        <source>Print %n ordonnance(s)</source>
        <translation>
            <numerusform>Print %n ordonnance</numerusform>
            <numerusform>Print %n ordonnances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientFileView</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientPrescriptionsPanel</name>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to be renewed %n time(s)</source>
        <translation>
            <numerusform>to be renewed %n time</numerusform>
            <numerusform>to be renewed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Throw away this draft of %n line(s)?</source>
        <translation>
            <numerusform>Throw away this draft of %n line?</numerusform>
            <numerusform>Throw away this draft of %n lines?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientSearchModel</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionEditor</name>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n line)</numerusform>
            <numerusform>%1 (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::ReceptionPage</name>
    <message numerus="yes">
        <source>Waiting today: median %1 min, longest %2 min (%n seen)</source>
        <translation>
            <numerusform>Waiting today: median %1 min, longest %2 min (%n seen)</numerusform>
            <numerusform>Waiting today: median %1 min, longest %2 min (%n seen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::RemindersDialog</name>
    <message numerus="yes">
        <source>%1 of %n reminded.</source>
        <translation>
            <numerusform>%1 of %n reminded.</numerusform>
            <numerusform>%1 of %n reminded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::ReviewPage</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %1 marked reviewed. It stays at the bottom of the list; “Undo” takes it back for %n minutes.</source>
        <translation>
            <numerusform>✓ %1 marked reviewed. It stays at the bottom of the list; “Undo” takes it back for %n minute.</numerusform>
            <numerusform>✓ %1 marked reviewed. It stays at the bottom of the list; “Undo” takes it back for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::SettingsPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::SignDialog</name>
    <message numerus="yes">
        <source>Sign %n prescription(s)</source>
        <translation>
            <numerusform>Sign %n prescription</numerusform>
            <numerusform>Sign %n prescriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed before this one. </source>
        <translation>
            <numerusform>%n signed before this one. </numerusform>
            <numerusform>%n signed before this one. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::SubstanceMatchDialog</name>
    <message numerus="yes">
        <source>%n substance(s) shown</source>
        <translation>
            <numerusform>%n substance shown</numerusform>
            <numerusform>%n substances shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::SyncPage</name>
    <message numerus="yes">
        <source>Hub unreachable: working offline (%n change(s) waiting)</source>
        <translation>
            <numerusform>Hub unreachable: working offline (%n change waiting)</numerusform>
            <numerusform>Hub unreachable: working offline (%n changes waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here, to be sent</source>
        <translation>
            <numerusform>%n change made here, to be sent</numerusform>
            <numerusform>%n changes made here, to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workstation&apos;s clock differs from the hub&apos;s by %n minute(s): set the date and time to be kept automatically.</source>
        <translation>
            <numerusform>This workstation&apos;s clock differs from the hub&apos;s by %n minute: set the date and time to be kept automatically.</numerusform>
            <numerusform>This workstation&apos;s clock differs from the hub&apos;s by %n minutes: set the date and time to be kept automatically.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::VitalsPanel</name>
    <message numerus="yes">
        <source>%n value(s) saved.</source>
        <translation>
            <numerusform>%n value saved.</numerusform>
            <numerusform>%n values saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::WaitingRoomModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
