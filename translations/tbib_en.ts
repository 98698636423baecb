<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingError</name>
    <message>
        <source>Some of the information given is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor, consultation type or appointment does not exist or is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consultation is for emergencies only and can be booked for today or tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consultation is reserved for patients already followed by this doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online booking is not available for you. Please call the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor is absent at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is outside the doctor&apos;s working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time does not match the schedule of this consultation type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has already passed or is too close to be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is too far ahead: the agenda is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is no longer available. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: a valid token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save the change. Nothing was modified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a doctor API token was generated; keep it, it is shown only once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n appointment(s) today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TBIB: practice management for medical clinics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database at PATH instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a demo clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a clinic file (JSON) into the database, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the clinic&apos;s data to a JSON file, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only the booking server, with no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the booking server (default 127.0.0.1:8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: fr (default), en, ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language %1: choose fr, en or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen expects HOST:PORT, for example 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo clinic refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo clinic was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of %1 refused, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the clinic to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was empty: it now holds the demo clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display is available (DISPLAY and WAYLAND_DISPLAY are unset): on a machine without a screen, the booking server runs with &apos;tbib --serve&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicFile</name>
    <message>
        <source>missing required field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a real date written YYYY-MM-DD, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a real date-time in ISO 8601 (2026-11-24T09:00:00+01:00, or without offset in the clinic&apos;s time zone), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be base64 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours must be an object such as {&quot;mon&quot;: [[&quot;09:00&quot;, &quot;12:30&quot;]]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of [&quot;HH:MM&quot;, &quot;HH:MM&quot;] intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] must be a pair of times [&quot;HH:MM&quot;, &quot;HH:MM&quot;] between 00:00 and 24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: intervals must not be empty, reversed or overlapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key %1 (already used by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 matches no key in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timezone %1 is not a known IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_notice_minutes and booking_rate_limit_per_minute must not be negative, horizon_days must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate or missing id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_show_limit must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor %1 matches no doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color must be written #RRGGBB, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first_name and last_name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth_date must be a real date after 1880</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone must hold a phone number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_show_count must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 matches no patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 matches no consultation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 belongs to doctor %2, not to the appointment&apos;s doctor %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2); is it complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TBIB clinic file: &quot;format&quot; must be &quot;tbib-clinic&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1, the version this program reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth_date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1 (booked, arrived, in_progress, done, no_show, cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source %1 (desk or web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic: the settings differ from this database&apos;s (%1, %2); import into an empty database or make them equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a doctor named %1 is already in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patient with the same phone and birth date is already in this database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appointment lasts at most 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>the database already holds a clinic; the demo clinic only fills an empty database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientIdentity</name>
    <message>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is limited to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is limited to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real birth date, from 1900 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number with at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is limited to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why online booking is blocked, for your colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is limited to 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Online booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your medical practice · booking in five steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online booking needs JavaScript. You can also call the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which doctor would you like to see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the doctors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length and the price of the appointment depend on the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic recognises you by your phone number and date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 06 12 34 56 78.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a few words for the doctor (500 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays at the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available time slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap an “Available” time to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your appointment before confirming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another time slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can cancel by calling the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please arrive a few minutes early. To cancel or move this appointment, call the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book another appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic does not answer. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor offers online booking at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a doctor to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor offers no consultation online at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: today or tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a consultation to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number looks incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a complete date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fields marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous $0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next $0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time is free for this consultation in the coming weeks. Choose another consultation or call the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available, %1, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen time: %1, %2 – %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an “Available” time in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 (%3 – %4), for %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::AbsencesModel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::AbsencesPage</name>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ New absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Congress, holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments covered by the absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This absence covers %n appointment(s). Choose for each one, then save again to confirm.</source>
        <translation>
            <numerusform>This absence covers %n appointment. Choose what to do with it, then save again to confirm.</numerusform>
            <numerusform>This absence covers %n appointments. Choose for each one, then save again to confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New start for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the absence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::AgendaPage</name>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the day, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::ClinicPage</name>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours, &quot;today&quot; and slots are read in this zone; changing it moves every wall-clock rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show limit per doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient with this many missed appointments with the doctor can no longer book online (staff still can). 0 means never block by count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start of TBIB on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::ConfigurationPage</name>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::ConfigurationService</name>
    <message>
        <source>Give the consultation type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour (written #RRGGBB, for example #1E88E5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor already has a consultation type named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An absence lasts at most %n day(s); split a longer one.</source>
        <translation>
            <numerusform>An absence lasts at most %n day; split a longer one.</numerusform>
            <numerusform>An absence lasts at most %n days; split a longer one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write each interval as HH:MM-HH:MM, separated by commas (&quot;%2&quot; is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the interval %2 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the intervals %2 and %3 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the intervals are reversed or overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the clinic a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The no-show limit must be between 0 (never block) and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an IP address to listen on, for example 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address for patients starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum notice must be between 0 and %1 minutes (a week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The horizon must be between 1 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit must be between 0 (no limit) and %1 requests a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::DeskPanel</name>
    <message>
        <source>Appointment desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History with this doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past appointments with this doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit to this doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the medical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the doctor only; never shown to the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the waiting room since %1 · %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier appointment(s) in the medical record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::HoursPage</name>
    <message>
        <source>Each day&apos;s working intervals, separated by commas, for example 09:00-12:30, 14:00-18:30. Leave a day empty when the doctor does not work. Slots are counted from the start of each interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes to the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours saved; the agenda shows them now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::IdentityForm</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::MainWindow</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::NewAppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a new patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient in the list, or give the new patient&apos;s first name, last name, birth date and phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book anyway (staff decision): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::NewPatientDialog</name>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this phone number and birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new patient anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::OnlineBookingPage</name>
    <message>
        <source>Booking server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve online booking from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only (behind a proxy); 0.0.0.0: every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://rdv.my-clinic.ma (empty: the listen address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to give patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address to give patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online booking rules (whole clinic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the online booking settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is stored hashed and cannot be shown again. Regenerate it to give a new one to the doctors&apos; tools; the old one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this token now: it will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Online booking is on: give patients %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Online booking is off on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current token will stop working at once: every tool using it needs the new one. Click again to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token was created; the previous one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::PatientHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: too many missed appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::PatientRecord</name>
    <message>
        <source>Medical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the patient list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the identity changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (e.g. repeated missed appointments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block online booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes of the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed appointments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online booking blocked by the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online booking blocked by the clinic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Online booking blocked: %n missed appointment(s) reached the doctor&apos;s limit.</source>
        <translation>
            <numerusform>Online booking blocked: %n missed appointment reached the doctor&apos;s limit.</numerusform>
            <numerusform>Online booking blocked: %n missed appointments reached the doctor&apos;s limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Online booking allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an appointment to read its private notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private notes for this appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity of %1 was changed and not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::PatientSearch</name>
    <message>
        <source>Search for a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or a phone number; ↓ then Enter to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more patient(s): type more of the name or the number</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — coming appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coming appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the medical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Search the patient list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::PlaceholderPage</name>
    <message>
        <source>This page comes in a later step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::Sidebar</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::TypesModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookable only for today or tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to patients with no past visit to this doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::TypesPage</name>
    <message>
        <source>Consultation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ New type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200 MAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency only (today or tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (offered for booking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consultation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the consultation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A type that appointments use is deactivated, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: &quot;%1&quot; is offered at once in the agenda and online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by appointments: it was deactivated, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tbib::WaitingQueueModel</name>
    <message numerus="yes">
        <source>Arrived at %1 · waiting for %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::WaitingRoomPage</name>
    <message>
        <source>Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the next patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients waiting, by arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) waiting, by arrival time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::agenda::AgendaView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
