<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1, %2: %n appointment(s) today</source>
        <translation>
            <numerusform>%1, %2: %n appointment today</numerusform>
            <numerusform>%1, %2: %n appointments today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::AbsencesPage</name>
    <message numerus="yes">
        <source>This absence covers %n appointment(s). Choose for each one, then save again to confirm.</source>
        <translation>
            <numerusform>This absence covers %n appointment. Choose what to do with it, then save again to confirm.</numerusform>
            <numerusform>This absence covers %n appointments. Choose for each one, then save again to confirm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::ConfigurationService</name>
    <message numerus="yes">
        <source>An absence lasts at most %n day(s); split a longer one.</source>
        <translation>
            <numerusform>An absence lasts at most %n day; split a longer one.</numerusform>
            <numerusform>An absence lasts at most %n days; split a longer one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::DeskPanel</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the waiting room since %1 · %n min</source>
        <translation>
            <numerusform>In the waiting room since %1 · %n min</numerusform>
            <numerusform>In the waiting room since %1 · %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier appointment(s) in the medical record.</source>
        <translation>
            <numerusform>%n earlier appointment in the medical record.</numerusform>
            <numerusform>%n earlier appointments in the medical record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::PatientListModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::PatientRecord</name>
    <message numerus="yes">
        <source>Online booking blocked: %n missed appointment(s) reached the doctor&apos;s limit.</source>
        <translation>
            <numerusform>Online booking blocked: %n missed appointment reached the doctor&apos;s limit.</numerusform>
            <numerusform>Online booking blocked: %n missed appointments reached the doctor&apos;s limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::PatientSearch</name>
    <message numerus="yes">
        <source>%n more patient(s): type more of the name or the number</source>
        <translation>
            <numerusform>%n more patient: type more of the name or the number</numerusform>
            <numerusform>%n more patients: type more of the name or the number</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::PatientsPage</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 of %n patient</numerusform>
            <numerusform>%1 of %n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::Sidebar</name>
    <message numerus="yes">
        <source>%n patient(s) waiting</source>
        <translation>
            <numerusform>%n patient waiting</numerusform>
            <numerusform>%n patients waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::WaitingQueueModel</name>
    <message numerus="yes">
        <source>Arrived at %1 · waiting for %n min</source>
        <translation>
            <numerusform>Arrived at %1 · waiting for %n min</numerusform>
            <numerusform>Arrived at %1 · waiting for %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::WaitingRoomPage</name>
    <message numerus="yes">
        <source>%n patient(s) waiting, by arrival time</source>
        <translation>
            <numerusform>%n patient waiting, by arrival time</numerusform>
            <numerusform>%n patients waiting, by arrival time</numerusform>
        </translation>
    </message>
</context>
</TS>
