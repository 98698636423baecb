<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>Booked</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>BookingError</name>
    <message>
        <source>Some of the information given is missing or not valid.</source>
        <translation>Certaines informations sont manquantes ou invalides.</translation>
    </message>
    <message>
        <source>This doctor, consultation type or appointment does not exist or is no longer offered.</source>
        <translation>Ce praticien, ce motif de consultation ou ce rendez-vous n&apos;existe pas ou n&apos;est plus proposé.</translation>
    </message>
    <message>
        <source>This consultation is for emergencies only and can be booked for today or tomorrow.</source>
        <translation>Cette consultation est réservée aux urgences : elle se réserve pour aujourd&apos;hui ou demain.</translation>
    </message>
    <message>
        <source>This consultation is reserved for patients already followed by this doctor.</source>
        <translation>Cette consultation est réservée aux patients déjà suivis par ce praticien.</translation>
    </message>
    <message>
        <source>Online booking is not available for you. Please call the clinic.</source>
        <translation>La prise de rendez-vous en ligne ne vous est pas accessible. Veuillez appeler le cabinet.</translation>
    </message>
    <message>
        <source>The doctor is absent at this time.</source>
        <translation>Le praticien est absent à cette date.</translation>
    </message>
    <message>
        <source>This time is outside the doctor&apos;s working hours.</source>
        <translation>Cet horaire est en dehors des heures de consultation du praticien.</translation>
    </message>
    <message>
        <source>This time does not match the schedule of this consultation type.</source>
        <translation>Cet horaire ne correspond pas aux créneaux de ce motif de consultation.</translation>
    </message>
    <message>
        <source>This time has already passed or is too close to be booked.</source>
        <translation>Cet horaire est déjà passé ou trop proche pour être réservé.</translation>
    </message>
    <message>
        <source>This date is too far ahead: the agenda is not open yet.</source>
        <translation>Cette date est trop lointaine : l&apos;agenda n&apos;est pas encore ouvert.</translation>
    </message>
    <message>
        <source>This time is no longer available. Please choose another one.</source>
        <translation>Ce créneau n&apos;est plus disponible. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a minute and try again.</source>
        <translation>Trop de demandes. Veuillez patienter une minute puis réessayer.</translation>
    </message>
    <message>
        <source>Access denied: a valid token is required.</source>
        <translation>Accès refusé : un jeton valide est nécessaire.</translation>
    </message>
    <message>
        <source>The database could not save the change. Nothing was modified.</source>
        <translation>La base de données n&apos;a pas pu enregistrer la modification. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a doctor API token was generated; keep it, it is shown only once: %1</source>
        <translation>un jeton d&apos;accès praticien a été créé ; conservez-le, il n&apos;est affiché qu&apos;une fois : %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>Clinic: %1 (%2)</source>
        <translation>Cabinet : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n appointment(s) today</source>
        <translation>
            <numerusform>%1, %2 : %n rendez-vous aujourd&apos;hui</numerusform>
            <numerusform>%1, %2 : %n rendez-vous aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>TBIB: practice management for medical clinics.</source>
        <translation>TBIB : gestion de cabinet médical.</translation>
    </message>
    <message>
        <source>Use the database at PATH instead of the default one.</source>
        <translation>Utiliser la base de données PATH au lieu de celle par défaut.</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo clinic.</source>
        <translation>Remplir une base vide avec un cabinet de démonstration.</translation>
    </message>
    <message>
        <source>Import a clinic file (JSON) into the database, then exit.</source>
        <translation>Importer un fichier de cabinet (JSON) dans la base, puis quitter.</translation>
    </message>
    <message>
        <source>Export the clinic&apos;s data to a JSON file, then exit.</source>
        <translation>Exporter les données du cabinet dans un fichier JSON, puis quitter.</translation>
    </message>
    <message>
        <source>Run only the booking server, with no window.</source>
        <translation>Lancer uniquement le serveur de prise de rendez-vous, sans fenêtre.</translation>
    </message>
    <message>
        <source>Address of the booking server (default 127.0.0.1:8080).</source>
        <translation>Adresse du serveur de prise de rendez-vous (par défaut 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>The doctor API token.</source>
        <translation>Le jeton d&apos;accès de l&apos;API praticien.</translation>
    </message>
    <message>
        <source>Language of the interface: fr (default), en, ar.</source>
        <translation>Langue de l&apos;interface : fr (par défaut), en, ar.</translation>
    </message>
    <message>
        <source>unexpected argument: %1 (see --help)</source>
        <translation>argument inattendu : %1 (voir --help)</translation>
    </message>
    <message>
        <source>unknown language %1: choose fr, en or ar.</source>
        <translation>langue inconnue %1 : choisissez fr, en ou ar.</translation>
    </message>
    <message>
        <source>--listen expects HOST:PORT, for example 127.0.0.1:8080.</source>
        <translation>--listen attend HÔTE:PORT, par exemple 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>demo clinic refused: %1</source>
        <translation>cabinet de démonstration refusé : %1</translation>
    </message>
    <message>
        <source>The demo clinic was written to %1.</source>
        <translation>Le cabinet de démonstration a été écrit dans %1.</translation>
    </message>
    <message>
        <source>import of %1 refused, nothing was changed: %2</source>
        <translation>import de %1 refusé, rien n&apos;a été modifié : %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 importé dans %2.</translation>
    </message>
    <message>
        <source>export to %1 failed: %2</source>
        <translation>échec de l&apos;export vers %1 : %2</translation>
    </message>
    <message>
        <source>Exported the clinic to %1.</source>
        <translation>Cabinet exporté dans %1.</translation>
    </message>
    <message>
        <source>The database %1 was empty: it now holds the demo clinic.</source>
        <translation>La base %1 était vide : elle contient maintenant le cabinet de démonstration.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>No display is available (DISPLAY and WAYLAND_DISPLAY are unset): on a machine without a screen, the booking server runs with &apos;tbib --serve&apos;.</source>
        <translation>Aucun affichage disponible (DISPLAY et WAYLAND_DISPLAY ne sont pas définis) : sur une machine sans écran, le serveur de prise de rendez-vous se lance avec « tbib --serve ».</translation>
    </message>
    <message>
        <source>the changes made by other workstations will not be shown live: %1</source>
        <translation>les modifications faites sur les autres postes ne seront pas affichées en direct : %1</translation>
    </message>
</context>
<context>
    <name>ClinicFile</name>
    <message>
        <source>missing required field %1</source>
        <translation>champ obligatoire %1 manquant</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1 must be a real date written YYYY-MM-DD, not %2</source>
        <translation>%1 doit être une date réelle au format AAAA-MM-JJ, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a real date-time in ISO 8601 (2026-11-24T09:00:00+01:00, or without offset in the clinic&apos;s time zone), not %2</source>
        <translation>%1 doit être une date et heure réelle au format ISO 8601 (2026-11-24T09:00:00+01:00, ou sans décalage dans le fuseau du cabinet), pas %2</translation>
    </message>
    <message>
        <source>%1 must be base64 data</source>
        <translation>%1 doit être une donnée en base64</translation>
    </message>
    <message>
        <source>hours must be an object such as {&quot;mon&quot;: [[&quot;09:00&quot;, &quot;12:30&quot;]]}</source>
        <translation>hours doit être un objet comme {&quot;mon&quot;: [[&quot;09:00&quot;, &quot;12:30&quot;]]}</translation>
    </message>
    <message>
        <source>%1: unknown day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>%1 : jour inconnu (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>%1 must be a list of [&quot;HH:MM&quot;, &quot;HH:MM&quot;] intervals</source>
        <translation>%1 doit être une liste d&apos;intervalles [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>%1[%2] must be a pair of times [&quot;HH:MM&quot;, &quot;HH:MM&quot;] between 00:00 and 24:00</source>
        <translation>%1[%2] doit être une paire d&apos;heures [&quot;HH:MM&quot;, &quot;HH:MM&quot;] entre 00:00 et 24:00</translation>
    </message>
    <message>
        <source>%1: intervals must not be empty, reversed or overlapping</source>
        <translation>%1 : les intervalles ne doivent être ni vides, ni inversés, ni se chevaucher</translation>
    </message>
    <message>
        <source>duplicate key %1 (already used by %2)</source>
        <translation>clé %1 en double (déjà utilisée par %2)</translation>
    </message>
    <message>
        <source>%1 %2 matches no key in %3</source>
        <translation>%1 %2 ne correspond à aucune clé de %3</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>name must not be empty</source>
        <translation>name ne doit pas être vide</translation>
    </message>
    <message>
        <source>timezone %1 is not a known IANA time zone</source>
        <translation>le fuseau %1 n&apos;est pas un fuseau horaire IANA connu</translation>
    </message>
    <message>
        <source>min_notice_minutes and booking_rate_limit_per_minute must not be negative, horizon_days must be at least 1</source>
        <translation>min_notice_minutes et booking_rate_limit_per_minute ne doivent pas être négatifs, horizon_days doit valoir au moins 1</translation>
    </message>
    <message>
        <source>duplicate or missing id</source>
        <translation>identifiant manquant ou en double</translation>
    </message>
    <message>
        <source>no_show_limit must not be negative</source>
        <translation>no_show_limit ne doit pas être négatif</translation>
    </message>
    <message>
        <source>doctor %1 matches no doctor</source>
        <translation>le praticien %1 ne correspond à aucun praticien</translation>
    </message>
    <message>
        <source>duration must be between %1 and %2</source>
        <translation>la durée doit être comprise entre %1 et %2</translation>
    </message>
    <message>
        <source>color must be written #RRGGBB, not %1</source>
        <translation>la couleur doit s&apos;écrire #RRGGBB, pas %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>la fin doit être après le début</translation>
    </message>
    <message>
        <source>first_name and last_name must not be empty</source>
        <translation>first_name et last_name ne doivent pas être vides</translation>
    </message>
    <message>
        <source>birth_date must be a real date after 1880</source>
        <translation>birth_date doit être une date réelle postérieure à 1880</translation>
    </message>
    <message>
        <source>phone must hold a phone number, not %1</source>
        <translation>phone doit contenir un numéro de téléphone, pas %1</translation>
    </message>
    <message>
        <source>no_show_count must not be negative</source>
        <translation>no_show_count ne doit pas être négatif</translation>
    </message>
    <message>
        <source>patient %1 matches no patient</source>
        <translation>le patient %1 ne correspond à aucun patient</translation>
    </message>
    <message>
        <source>type %1 matches no consultation type</source>
        <translation>le motif %1 ne correspond à aucun motif de consultation</translation>
    </message>
    <message>
        <source>type %1 belongs to doctor %2, not to the appointment&apos;s doctor %3</source>
        <translation>le motif %1 appartient au praticien %2, pas au praticien %3 du rendez-vous</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2); is it complete?</source>
        <translation>le fichier n&apos;est pas un JSON valide (%1 à l&apos;octet %2) ; est-il complet ?</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>not a TBIB clinic file: &quot;format&quot; must be &quot;tbib-clinic&quot;</source>
        <translation>ce n&apos;est pas un fichier de cabinet TBIB : &quot;format&quot; doit valoir &quot;tbib-clinic&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1, the version this program reads</source>
        <translation>&quot;version&quot; doit valoir %1, la version que ce programme lit</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>manquant ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>birth_date %1 is in the future</source>
        <translation>birth_date %1 est dans le futur</translation>
    </message>
    <message>
        <source>unknown status %1 (booked, arrived, in_progress, done, no_show, cancelled)</source>
        <translation>statut inconnu %1 (booked, arrived, in_progress, done, no_show, cancelled)</translation>
    </message>
    <message>
        <source>unknown source %1 (desk or web)</source>
        <translation>origine inconnue %1 (desk ou web)</translation>
    </message>
    <message>
        <source>clinic: the settings differ from this database&apos;s (%1, %2); import into an empty database or make them equal</source>
        <translation>clinic : les réglages diffèrent de ceux de cette base (%1, %2) ; importez dans une base vide ou rendez-les identiques</translation>
    </message>
    <message>
        <source>a doctor named %1 is already in this database</source>
        <translation>un praticien nommé %1 existe déjà dans cette base</translation>
    </message>
    <message>
        <source>a patient with the same phone and birth date is already in this database (%1)</source>
        <translation>un patient avec le même téléphone et la même date de naissance existe déjà dans cette base (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>an appointment lasts at most 24 hours</source>
        <translation>un rendez-vous dure au plus 24 heures</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>the database already holds a clinic; the demo clinic only fills an empty database</source>
        <translation>la base contient déjà un cabinet ; le cabinet de démonstration ne remplit qu&apos;une base vide</translation>
    </message>
</context>
<context>
    <name>PatientIdentity</name>
    <message>
        <source>Enter the first name.</source>
        <translation>Indiquez le prénom.</translation>
    </message>
    <message>
        <source>The first name is limited to 100 characters.</source>
        <translation>Le prénom est limité à 100 caractères.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Indiquez le nom.</translation>
    </message>
    <message>
        <source>The last name is limited to 100 characters.</source>
        <translation>Le nom est limité à 100 caractères.</translation>
    </message>
    <message>
        <source>Enter a real birth date, from 1900 on.</source>
        <translation>Indiquez une vraie date de naissance, à partir de 1900.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Enter a phone number with at least 6 digits.</source>
        <translation>Indiquez un numéro de téléphone d&apos;au moins 6 chiffres.</translation>
    </message>
    <message>
        <source>The phone number is limited to 40 characters.</source>
        <translation>Le numéro de téléphone est limité à 40 caractères.</translation>
    </message>
    <message>
        <source>Say why online booking is blocked, for your colleagues.</source>
        <translation>Indiquez pourquoi la réservation en ligne est bloquée, pour vos collègues.</translation>
    </message>
    <message>
        <source>The reason is limited to 500 characters.</source>
        <translation>La raison est limitée à 500 caractères.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l&apos;aide, options propres à Qt comprises.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Online booking</source>
        <translation>Prise de rendez-vous en ligne</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <source>Your medical practice · booking in five steps</source>
        <translation>Votre cabinet médical · réservation en cinq étapes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Booking steps</source>
        <translation>Étapes de la réservation</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Online booking needs JavaScript. You can also call the clinic.</source>
        <translation>La prise de rendez-vous en ligne nécessite JavaScript. Vous pouvez aussi appeler le cabinet.</translation>
    </message>
    <message>
        <source>Choose a doctor</source>
        <translation>Choisissez un praticien</translation>
    </message>
    <message>
        <source>Which doctor would you like to see?</source>
        <translation>Avec quel médecin souhaitez-vous prendre rendez-vous ?</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Loading the doctors…</source>
        <translation>Chargement des praticiens…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Choose the consultation</source>
        <translation>Choisissez le motif</translation>
    </message>
    <message>
        <source>The length and the price of the appointment depend on the consultation.</source>
        <translation>La durée et le tarif du rendez-vous dépendent du motif de consultation.</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Motifs de consultation</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>The clinic recognises you by your phone number and date of birth.</source>
        <translation>Le cabinet vous reconnaît grâce à votre téléphone et votre date de naissance.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>For example 06 12 34 56 78.</source>
        <translation>Par exemple 06 12 34 56 78.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <source>Optional: a few words for the doctor (500 characters at most).</source>
        <translation>Facultatif : quelques mots pour le médecin (500 caractères au plus).</translation>
    </message>
    <message>
        <source>Your data stays at the clinic.</source>
        <translation>Vos données restent au cabinet.</translation>
    </message>
    <message>
        <source>Choose a time slot</source>
        <translation>Choisissez un créneau</translation>
    </message>
    <message>
        <source>Available time slots</source>
        <translation>Créneaux disponibles</translation>
    </message>
    <message>
        <source>Tap an “Available” time to continue.</source>
        <translation>Touchez un créneau « Disponible » pour continuer.</translation>
    </message>
    <message>
        <source>Check your appointment before confirming it.</source>
        <translation>Vérifiez votre rendez-vous avant de le confirmer.</translation>
    </message>
    <message>
        <source>Choose another time slot</source>
        <translation>Choisir un autre créneau</translation>
    </message>
    <message>
        <source>You can cancel by calling the clinic.</source>
        <translation>Vous pourrez annuler en appelant le cabinet.</translation>
    </message>
    <message>
        <source>Confirm the appointment</source>
        <translation>Confirmer le rendez-vous</translation>
    </message>
    <message>
        <source>Appointment confirmed</source>
        <translation>Rendez-vous confirmé</translation>
    </message>
    <message>
        <source>Please arrive a few minutes early. To cancel or move this appointment, call the clinic.</source>
        <translation>Merci d&apos;arriver quelques minutes en avance. Pour annuler ou déplacer ce rendez-vous, appelez le cabinet.</translation>
    </message>
    <message>
        <source>Book another appointment</source>
        <translation>Prendre un autre rendez-vous</translation>
    </message>
    <message>
        <source>Powered by</source>
        <translation>Propulsé par</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(terminée)</translation>
    </message>
    <message>
        <source>(current step)</source>
        <translation>(étape en cours)</translation>
    </message>
    <message>
        <source>The clinic does not answer. Check your connection and try again.</source>
        <translation>Le cabinet ne répond pas. Vérifiez votre connexion puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Le serveur a refusé la demande (erreur %1).</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change the doctor</source>
        <translation>Modifier le praticien</translation>
    </message>
    <message>
        <source>Change the consultation</source>
        <translation>Modifier le motif</translation>
    </message>
    <message>
        <source>No doctor offers online booking at the moment.</source>
        <translation>Aucun praticien ne propose de rendez-vous en ligne pour le moment.</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Choose a doctor to continue.</source>
        <translation>Choisissez un praticien pour continuer.</translation>
    </message>
    <message>
        <source>This doctor offers no consultation online at the moment.</source>
        <translation>Ce praticien ne propose aucun motif en ligne pour le moment.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Existing patients</source>
        <translation>Patients déjà suivis</translation>
    </message>
    <message>
        <source>Emergency: today or tomorrow</source>
        <translation>Urgence : aujourd’hui ou demain</translation>
    </message>
    <message>
        <source>Choose a consultation to continue.</source>
        <translation>Choisissez un motif de consultation pour continuer.</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <translation>Indiquez votre prénom.</translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation>Indiquez votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>Enter your date of birth.</source>
        <translation>Indiquez votre date de naissance.</translation>
    </message>
    <message>
        <source>This phone number looks incomplete.</source>
        <translation>Ce numéro de téléphone semble incomplet.</translation>
    </message>
    <message>
        <source>Enter a complete date of birth.</source>
        <translation>Indiquez une date de naissance complète.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>Vérifiez l’année de naissance.</translation>
    </message>
    <message>
        <source>Check the fields marked.</source>
        <translation>Vérifiez les champs signalés.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Previous $0</source>
        <translation>$0 précédente</translation>
    </message>
    <message>
        <source>Next $0</source>
        <translation>$0 suivante</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <source>No time is free for this consultation in the coming weeks. Choose another consultation or call the clinic.</source>
        <translation>Aucun créneau n’est libre pour ce motif dans les semaines à venir. Choisissez un autre motif ou appelez le cabinet.</translation>
    </message>
    <message>
        <source>Available, %1, from %2 to %3</source>
        <translation>Disponible, %1, de %2 à %3</translation>
    </message>
    <message>
        <source>Chosen time: %1, %2 – %3.</source>
        <translation>Créneau choisi : %1, %2 – %3.</translation>
    </message>
    <message>
        <source>Choose an “Available” time in the calendar.</source>
        <translation>Choisissez un créneau « Disponible » dans le calendrier.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born on %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 with %2 (%3 – %4), for %5.</source>
        <translation>%1 avec %2 (%3 – %4), pour %5.</translation>
    </message>
</context>
<context>
    <name>tbib::AboutDialog</name>
    <message>
        <source>Practice management for medical clinics.</source>
        <translation>Gestion de cabinet médical.</translation>
    </message>
    <message>
        <source>TBIB is free software: GNU General Public License, version 3 or later.</source>
        <translation>TBIB est un logiciel libre : licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 or GNU GPL version 2 or 3</source>
        <translation>GNU LGPL version 3 ou GNU GPL version 2 ou 3</translation>
    </message>
    <message>
        <source>GNU GPL version 3</source>
        <translation>GNU GPL version 3</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>licence MIT</translation>
    </message>
    <message>
        <source>inside FullCalendar</source>
        <translation>inclus dans FullCalendar</translation>
    </message>
    <message>
        <source>The full licence texts are in /usr/share/doc/tbib/copyright and /usr/share/common-licenses/.</source>
        <translation>Les textes complets des licences sont dans /usr/share/doc/tbib/copyright et /usr/share/common-licenses/.</translation>
    </message>
    <message>
        <source>About TBIB</source>
        <translation>À propos de TBIB</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version et licences</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
</context>
<context>
    <name>tbib::AbsencesModel</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>tbib::AbsencesPage</name>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>+ New absence</source>
        <translation>+ Nouvelle absence</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>Nouvelle absence</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>e.g. Congress, holidays</source>
        <translation>par ex. congrès, congés</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Appointments covered by the absence</source>
        <translation>Rendez-vous couverts par l&apos;absence</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>New start</source>
        <translation>Nouvel horaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the absence</source>
        <translation>Enregistrer l&apos;absence</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the absence</source>
        <translation>Supprimer l&apos;absence</translation>
    </message>
    <message>
        <source>Edit the absence</source>
        <translation>Modifier l&apos;absence</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Absence saved.</source>
        <translation>Absence enregistrée.</translation>
    </message>
    <message>
        <source>Absence deleted.</source>
        <translation>Absence supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>This absence covers %n appointment(s). Choose for each one, then save again to confirm.</source>
        <translation>
            <numerusform>Cette absence couvre %n rendez-vous. Choisissez pour chacun, puis confirmez.</numerusform>
            <numerusform>Cette absence couvre %n rendez-vous. Choisissez pour chacun, puis confirmez.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>Décision pour %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>New start for %1</source>
        <translation>Nouvel horaire pour %1</translation>
    </message>
    <message>
        <source>Confirm the absence</source>
        <translation>Confirmer l&apos;absence</translation>
    </message>
</context>
<context>
    <name>tbib::AgendaPage</name>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Agenda of the day</source>
        <translation>Agenda du jour</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>No appointment on this day.</source>
        <translation>Aucun rendez-vous ce jour-là.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Appointments of the day, in order.</source>
        <translation>Les rendez-vous du jour, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>+ New appointment</source>
        <translation>+ Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
</context>
<context>
    <name>tbib::ClinicPage</name>
    <message>
        <source>Clinic name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Working hours, &quot;today&quot; and slots are read in this zone; changing it moves every wall-clock rule.</source>
        <translation>Les horaires, « aujourd&apos;hui » et les créneaux se lisent dans ce fuseau ; le changer déplace toutes les règles d&apos;heure locale.</translation>
    </message>
    <message>
        <source>No-show limit per doctor</source>
        <translation>Limite de rendez-vous non honorés par praticien</translation>
    </message>
    <message>
        <source>A patient with this many missed appointments with the doctor can no longer book online (staff still can). 0 means never block by count.</source>
        <translation>Un patient qui a manqué autant de rendez-vous ne peut plus réserver en ligne chez ce praticien (le secrétariat le peut toujours). 0 : ne jamais bloquer au nombre.</translation>
    </message>
    <message>
        <source>No-show limit of %1</source>
        <translation>Limite de rendez-vous non honorés de %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the clinic settings</source>
        <translation>Enregistrer les réglages du cabinet</translation>
    </message>
    <message>
        <source>Clinic settings saved.</source>
        <translation>Réglages du cabinet enregistrés.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Used from the next start of TBIB on this computer.</source>
        <translation>Appliquée au prochain démarrage de TBIB sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>tbib::ConfigurationPage</name>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Configuration sections</source>
        <translation>Rubriques de la configuration</translation>
    </message>
    <message>
        <source>Consultation types</source>
        <translation>Types de consultation</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>Réservation en ligne</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Cabinet</translation>
    </message>
</context>
<context>
    <name>tbib::ConfigurationService</name>
    <message>
        <source>Give the consultation type a name.</source>
        <translation>Donnez un nom au type de consultation.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Le nom est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes.</source>
        <translation>La durée doit être comprise entre %1 et %2 minutes.</translation>
    </message>
    <message>
        <source>The price is too long (at most %1 characters).</source>
        <translation>Le prix est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose a colour (written #RRGGBB, for example #1E88E5).</source>
        <translation>Choisissez une couleur (au format #RRVVBB, par exemple #1E88E5).</translation>
    </message>
    <message>
        <source>Choose a doctor.</source>
        <translation>Choisissez un praticien.</translation>
    </message>
    <message>
        <source>This doctor already has a consultation type named &quot;%1&quot;.</source>
        <translation>Ce praticien a déjà un type de consultation nommé « %1 ».</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit venir après le début.</translation>
    </message>
    <message numerus="yes">
        <source>An absence lasts at most %n day(s); split a longer one.</source>
        <translation>
            <numerusform>Une absence dure au plus %n jour ; découpez une absence plus longue.</numerusform>
            <numerusform>Une absence dure au plus %n jours ; découpez une absence plus longue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>La raison est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>%1: write each interval as HH:MM-HH:MM, separated by commas (&quot;%2&quot; is not one).</source>
        <translation>%1 : écrivez chaque intervalle sous la forme HH:MM-HH:MM, séparés par des virgules (« %2 » n&apos;en est pas un).</translation>
    </message>
    <message>
        <source>%1: the interval %2 ends before it starts.</source>
        <translation>%1 : l&apos;intervalle %2 se termine avant de commencer.</translation>
    </message>
    <message>
        <source>%1: the intervals %2 and %3 overlap.</source>
        <translation>%1 : les intervalles %2 et %3 se chevauchent.</translation>
    </message>
    <message>
        <source>%1: the intervals are reversed or overlap.</source>
        <translation>%1 : les intervalles sont inversés ou se chevauchent.</translation>
    </message>
    <message>
        <source>Give the clinic a name.</source>
        <translation>Donnez un nom au cabinet.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire de la liste.</translation>
    </message>
    <message>
        <source>The no-show limit must be between 0 (never block) and %1.</source>
        <translation>La limite de rendez-vous non honorés doit être comprise entre 0 (ne jamais bloquer) et %1.</translation>
    </message>
    <message>
        <source>Give an IP address to listen on, for example 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>Indiquez une adresse IP d&apos;écoute, par exemple 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (tous les réseaux).</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The address for patients starts with http:// or https://.</source>
        <translation>L&apos;adresse pour les patients commence par http:// ou https://.</translation>
    </message>
    <message>
        <source>The minimum notice must be between 0 and %1 minutes (a week).</source>
        <translation>Le délai minimum doit être compris entre 0 et %1 minutes (une semaine).</translation>
    </message>
    <message>
        <source>The horizon must be between 1 and %1 days.</source>
        <translation>L&apos;ouverture de l&apos;agenda doit être comprise entre 1 et %1 jours.</translation>
    </message>
    <message>
        <source>The rate limit must be between 0 (no limit) and %1 requests a minute.</source>
        <translation>La limite de requêtes doit être comprise entre 0 (sans limite) et %1 par minute.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Choisissez une langue de la liste.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choisissez le fichier de la base de données.</translation>
    </message>
    <message>
        <source>Give the file&apos;s full path, for example /srv/tbib/tbib.sqlite.</source>
        <translation>Indiquez le chemin complet du fichier, par exemple /srv/tbib/tbib.sqlite.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file.</source>
        <translation>Ceci est un dossier : choisissez un fichier.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address, for example 192.168.1.10.</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur, par exemple 192.168.1.10.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Le port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Give the user name.</source>
        <translation>Indiquez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The password cannot hold a line break.</source>
        <translation>Le mot de passe ne peut pas contenir de retour à la ligne.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>Le fichier de mots de passe %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The password could not be written to %1.</source>
        <translation>Le mot de passe n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>Le dossier %1 n&apos;existe pas ou n&apos;est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>tbib::DatabaseForm</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Utilisée maintenant : %1</translation>
    </message>
    <message>
        <source>A file on this computer (SQLite)</source>
        <translation>Un fichier sur cet ordinateur (SQLite)</translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by several workstations</source>
        <translation>Un serveur PostgreSQL partagé par plusieurs postes</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choisir le fichier de la base</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Empty: keep the saved one</source>
        <translation>Vide : garder celui déjà enregistré</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Kept in %1, readable by you only, never in the settings file.</source>
        <translation>Rangé dans %1, lisible par vous seul, jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>Used from the next start of TBIB on this computer. Every workstation that points at the same server shares one agenda, live.</source>
        <translation>Pris en compte au prochain démarrage de TBIB sur cet ordinateur. Tous les postes reliés au même serveur partagent un seul agenda, en direct.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save the database</source>
        <translation>Enregistrer la base de données</translation>
    </message>
    <message>
        <source>TBIB database (*.sqlite);;All files (*)</source>
        <translation>Base TBIB (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Database saved. TBIB will use it from its next start on this computer.</source>
        <translation>Base de données enregistrée. TBIB l&apos;utilisera à son prochain démarrage sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Connection succeeded: the database answers.</source>
        <translation>Connexion réussie : la base de données répond.</translation>
    </message>
    <message>
        <source>The file does not exist yet: TBIB will create it at its next start.</source>
        <translation>Le fichier n&apos;existe pas encore : TBIB le créera à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>tbib::DeskPanel</name>
    <message>
        <source>Appointment desk</source>
        <translation>Panneau rendez-vous</translation>
    </message>
    <message>
        <source>Select an appointment.</source>
        <translation>Sélectionnez un rendez-vous.</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>History with this doctor</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Past appointments with this doctor</source>
        <translation>Rendez-vous passés avec ce praticien</translation>
    </message>
    <message>
        <source>First visit to this doctor.</source>
        <translation>Première visite chez ce praticien.</translation>
    </message>
    <message>
        <source>Open the medical record</source>
        <translation>Ouvrir le dossier médical</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Dossier médical</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Notes for the doctor only; never shown to the patient.</source>
        <translation>Notes réservées au praticien ; jamais montrées au patient.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>In the waiting room since %1 · %n min</source>
        <translation>
            <numerusform>En salle d&apos;attente depuis %1 · %n min</numerusform>
            <numerusform>En salle d&apos;attente depuis %1 · %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>Aucun motif indiqué.</translation>
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
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrées : %1</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>Enregistrées automatiquement</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier appointment(s) in the medical record.</source>
        <translation>
            <numerusform>%n rendez-vous plus ancien dans le dossier médical.</numerusform>
            <numerusform>%n rendez-vous plus anciens dans le dossier médical.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet: they will be saved when the connection to the database is back.</source>
        <translation>Pas encore enregistrées : elles le seront dès le retour de la connexion à la base de données.</translation>
    </message>
    <message>
        <source>This appointment no longer exists: it was deleted, here or on another workstation.</source>
        <translation>Ce rendez-vous n&apos;existe plus : il a été supprimé, ici ou sur un autre poste.</translation>
    </message>
</context>
<context>
    <name>tbib::HoursPage</name>
    <message>
        <source>Each day&apos;s working intervals, separated by commas, for example 09:00-12:30, 14:00-18:30. Leave a day empty when the doctor does not work. Slots are counted from the start of each interval.</source>
        <translation>Les plages de travail de chaque jour, séparées par des virgules, par exemple 09:00-12:30, 14:00-18:30. Laissez vide un jour non travaillé. Les créneaux partent du début de chaque plage.</translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation>Horaires du %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Save the hours</source>
        <translation>Enregistrer les horaires</translation>
    </message>
    <message>
        <source>Save the working hours</source>
        <translation>Enregistrer les horaires</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Undo changes to the working hours</source>
        <translation>Annuler les modifications des horaires</translation>
    </message>
    <message>
        <source>Working hours saved; the agenda shows them now.</source>
        <translation>Horaires enregistrés ; l&apos;agenda les affiche déjà.</translation>
    </message>
</context>
<context>
    <name>tbib::IdentityForm</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>tbib::MainWindow</name>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Connection to the database server lost. Reconnecting… What you type is kept.</source>
        <translation>Connexion au serveur de la base de données perdue. Reconnexion en cours… Vos saisies sont conservées.</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Connexion rétablie.</translation>
    </message>
</context>
<context>
    <name>tbib::NewAppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Search by name or phone</source>
        <translation>Rechercher par nom ou téléphone</translation>
    </message>
    <message>
        <source>Search a patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>Or a new patient:</source>
        <translation>Ou un nouveau patient :</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Consultation type</source>
        <translation>Motif de consultation</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Choose a patient in the list, or give the new patient&apos;s first name, last name, birth date and phone.</source>
        <translation>Choisissez un patient dans la liste, ou indiquez le prénom, le nom, la date de naissance et le téléphone du nouveau patient.</translation>
    </message>
    <message>
        <source>Book anyway (staff decision): %1</source>
        <translation>Réserver quand même (décision du cabinet) : %1</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Réserver quand même</translation>
    </message>
</context>
<context>
    <name>tbib::NewPatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Open their record</source>
        <translation>Ouvrir son dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create the patient</source>
        <translation>Créer le patient</translation>
    </message>
    <message>
        <source>%1 already has this phone number and birth date.</source>
        <translation>%1 a déjà ce numéro de téléphone et cette date de naissance.</translation>
    </message>
    <message>
        <source>Create a new patient anyway</source>
        <translation>Créer quand même un nouveau patient</translation>
    </message>
</context>
<context>
    <name>tbib::OnlineBookingPage</name>
    <message>
        <source>Booking server on this computer</source>
        <translation>Serveur de réservation sur cet ordinateur</translation>
    </message>
    <message>
        <source>Serve online booking from this computer</source>
        <translation>Servir la réservation en ligne depuis cet ordinateur</translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only (behind a proxy); 0.0.0.0: every network.</source>
        <translation>127.0.0.1 : cet ordinateur seulement (derrière un proxy) ; 0.0.0.0 : tous les réseaux.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>e.g. https://rdv.my-clinic.ma (empty: the listen address)</source>
        <translation>par ex. https://rdv.mon-cabinet.ma (vide : l&apos;adresse d&apos;écoute)</translation>
    </message>
    <message>
        <source>Public address (optional)</source>
        <translation>Adresse publique (facultative)</translation>
    </message>
    <message>
        <source>Address to give patients</source>
        <translation>Adresse à donner aux patients</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the address to give patients</source>
        <translation>Copier l&apos;adresse à donner aux patients</translation>
    </message>
    <message>
        <source>Online booking rules (whole clinic)</source>
        <translation>Règles de la réservation en ligne (tout le cabinet)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minimum notice</source>
        <translation>Délai minimum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Ouverture de l&apos;agenda</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Requests per address</source>
        <translation>Requêtes par adresse</translation>
    </message>
    <message>
        <source>Doctor API token</source>
        <translation>Jeton d&apos;API des praticiens</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerate the token</source>
        <translation>Régénérer le jeton</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the online booking settings</source>
        <translation>Enregistrer les réglages de la réservation en ligne</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The token is stored hashed and cannot be shown again. Regenerate it to give a new one to the doctors&apos; tools; the old one stops working at once.</source>
        <translation>Le jeton est conservé sous forme hachée et ne peut plus être affiché. Régénérez-le pour en donner un nouveau aux outils des praticiens ; l&apos;ancien cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>Copy this token now: it will not be shown again.</source>
        <translation>Copiez ce jeton maintenant : il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Saved. Online booking is on: give patients %1</source>
        <translation>Enregistré. La réservation en ligne est active : donnez aux patients %1</translation>
    </message>
    <message>
        <source>Saved. Online booking is off on this computer.</source>
        <translation>Enregistré. La réservation en ligne est désactivée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Confirm: regenerate</source>
        <translation>Confirmer : régénérer</translation>
    </message>
    <message>
        <source>The current token will stop working at once: every tool using it needs the new one. Click again to confirm.</source>
        <translation>Le jeton actuel cessera aussitôt de fonctionner : chaque outil qui l&apos;utilise aura besoin du nouveau. Cliquez à nouveau pour confirmer.</translation>
    </message>
    <message>
        <source>A new token was created; the previous one no longer works.</source>
        <translation>Un nouveau jeton a été créé ; l&apos;ancien ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>tbib::PatientHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Consultation type</source>
        <translation>Motif de consultation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
</context>
<context>
    <name>tbib::PatientListModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Non honorés</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>Réservation en ligne</translation>
    </message>
    <message>
        <source>Blocked by the clinic</source>
        <translation>Bloqué par le cabinet</translation>
    </message>
    <message>
        <source>Blocked: too many missed appointments</source>
        <translation>Bloqué : trop de rendez-vous non honorés</translation>
    </message>
    <message>
        <source>No visit yet</source>
        <translation>Aucune visite</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>tbib::PatientRecord</name>
    <message>
        <source>Medical record</source>
        <translation>Dossier médical</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Back to the patient list</source>
        <translation>Retour à la liste des patients</translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation>Changer la photo…</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Changer la photo</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Undo the identity changes</source>
        <translation>Annuler les modifications de l&apos;identité</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>Réservation en ligne</translation>
    </message>
    <message>
        <source>Reason for blocking</source>
        <translation>Raison du blocage</translation>
    </message>
    <message>
        <source>Reason (e.g. repeated missed appointments)</source>
        <translation>Raison (par ex. rendez-vous manqués à répétition)</translation>
    </message>
    <message>
        <source>Block online booking</source>
        <translation>Bloquer la réservation en ligne</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointments of the patient</source>
        <translation>Rendez-vous du patient</translation>
    </message>
    <message>
        <source>Private notes of the selected appointment</source>
        <translation>Notes privées du rendez-vous sélectionné</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <source>born on %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>Missed appointments: %1</source>
        <translation>Rendez-vous non honorés : %1</translation>
    </message>
    <message>
        <source>Online booking blocked by the clinic.</source>
        <translation>Réservation en ligne bloquée par le cabinet.</translation>
    </message>
    <message>
        <source>Online booking blocked by the clinic: %1</source>
        <translation>Réservation en ligne bloquée par le cabinet : %1</translation>
    </message>
    <message numerus="yes">
        <source>Online booking blocked: %n missed appointment(s) reached the doctor&apos;s limit.</source>
        <translation>
            <numerusform>Réservation en ligne bloquée : %n rendez-vous non honoré a atteint la limite du praticien.</numerusform>
            <numerusform>Réservation en ligne bloquée : %n rendez-vous non honorés ont atteint la limite du praticien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Online booking allowed.</source>
        <translation>Réservation en ligne autorisée.</translation>
    </message>
    <message>
        <source>No appointment yet.</source>
        <translation>Aucun rendez-vous pour le moment.</translation>
    </message>
    <message>
        <source>Select an appointment to read its private notes.</source>
        <translation>Sélectionnez un rendez-vous pour lire ses notes privées.</translation>
    </message>
    <message>
        <source>No private notes for this appointment.</source>
        <translation>Aucune note privée pour ce rendez-vous.</translation>
    </message>
    <message>
        <source>Private notes: %1</source>
        <translation>Notes privées : %1</translation>
    </message>
    <message>
        <source>Not saved: correct the fields shown.</source>
        <translation>Non enregistré : corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The identity of %1 was changed and not saved.</source>
        <translation>L&apos;identité de %1 a été modifiée sans être enregistrée.</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Ignorer les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>Ce fichier n&apos;est pas une image lisible.</translation>
    </message>
</context>
<context>
    <name>tbib::PatientSearch</name>
    <message>
        <source>Search for a patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>Search for a patient…</source>
        <translation>Rechercher un patient…</translation>
    </message>
    <message>
        <source>A name or a phone number; ↓ then Enter to choose</source>
        <translation>Un nom ou un numéro de téléphone ; ↓ puis Entrée pour choisir</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>Aucun patient trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n more patient(s): type more of the name or the number</source>
        <translation>
            <numerusform>%n autre patient : précisez le nom ou le numéro</numerusform>
            <numerusform>%n autres patients : précisez le nom ou le numéro</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — coming appointments</source>
        <translation>%1 — prochains rendez-vous</translation>
    </message>
    <message>
        <source>No coming appointment</source>
        <translation>Aucun rendez-vous à venir</translation>
    </message>
</context>
<context>
    <name>tbib::PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Search by name or phone…</source>
        <translation>Rechercher par nom ou téléphone…</translation>
    </message>
    <message>
        <source>Open the medical record</source>
        <translation>Ouvrir le dossier médical</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Liste des patients</translation>
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
            <numerusform>%1 sur %n patient</numerusform>
            <numerusform>%1 sur %n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the patient list</source>
        <translation>Rechercher dans la liste des patients</translation>
    </message>
</context>
<context>
    <name>tbib::Sidebar</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Salle d&apos;attente</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuration</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) waiting</source>
        <translation>
            <numerusform>%n patient en attente</numerusform>
            <numerusform>%n patients en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Expand the menu</source>
        <translation>Déplier le menu</translation>
    </message>
    <message>
        <source>Collapse the menu</source>
        <translation>Réduire le menu</translation>
    </message>
    <message>
        <source>About TBIB</source>
        <translation>À propos de TBIB</translation>
    </message>
</context>
<context>
    <name>tbib::TypesModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Bookable only for today or tomorrow</source>
        <translation>Réservable seulement pour aujourd&apos;hui ou demain</translation>
    </message>
    <message>
        <source>Refused to patients with no past visit to this doctor</source>
        <translation>Refusé aux patients sans visite passée chez ce praticien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Existing only</source>
        <translation>Déjà suivis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>tbib::TypesPage</name>
    <message>
        <source>Consultation types</source>
        <translation>Types de consultation</translation>
    </message>
    <message>
        <source>+ New type</source>
        <translation>+ Nouveau type</translation>
    </message>
    <message>
        <source>New consultation type</source>
        <translation>Nouveau type de consultation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>e.g. 200 MAD</source>
        <translation>par ex. 200 MAD</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation>Choisir la couleur</translation>
    </message>
    <message>
        <source>Emergency only (today or tomorrow)</source>
        <translation>Urgence (aujourd&apos;hui ou demain)</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>Patients déjà suivis uniquement</translation>
    </message>
    <message>
        <source>Active (offered for booking)</source>
        <translation>Actif (proposé à la réservation)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the consultation type</source>
        <translation>Enregistrer le type de consultation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the consultation type</source>
        <translation>Retirer le type de consultation</translation>
    </message>
    <message>
        <source>A type that appointments use is deactivated, never deleted.</source>
        <translation>Un type utilisé par des rendez-vous est désactivé, jamais supprimé.</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Saved: &quot;%1&quot; is offered at once in the agenda and online.</source>
        <translation>Enregistré : « %1 » est proposé dès maintenant dans l&apos;agenda et en ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by appointments: it was deactivated, not deleted.</source>
        <translation>« %1 » est utilisé par des rendez-vous : il a été désactivé, pas supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>« %1 » a été supprimé.</translation>
    </message>
</context>
<context>
    <name>tbib::UnreachableDatabaseDialog</name>
    <message>
        <source>The clinic&apos;s database cannot be opened.</source>
        <translation>La base de données du cabinet ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>TBIB looked for it at %1.

Check that the clinic&apos;s database server is switched on and reachable from this computer, then try again.</source>
        <translation>TBIB l’a cherchée à l’adresse %1.

Vérifiez que le serveur de la base de données du cabinet est allumé et joignable depuis cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>tbib::WaitingQueueModel</name>
    <message numerus="yes">
        <source>Arrived at %1 · waiting for %n min</source>
        <translation>
            <numerusform>Arrivé à %1 · attend depuis %n min</numerusform>
            <numerusform>Arrivé à %1 · attend depuis %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::WaitingRoomPage</name>
    <message>
        <source>Waiting room</source>
        <translation>Salle d&apos;attente</translation>
    </message>
    <message>
        <source>Call the next patient</source>
        <translation>Appeler le patient suivant</translation>
    </message>
    <message>
        <source>Patients waiting, by arrival time</source>
        <translation>Patients en attente, par heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n&apos;attend.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) waiting, by arrival time</source>
        <translation>
            <numerusform>%n patient en attente, par heure d&apos;arrivée</numerusform>
            <numerusform>%n patients en attente, par heure d&apos;arrivée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::agenda::AgendaView</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 min</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
</context>
</TS>
