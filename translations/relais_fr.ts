<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>relais::AccessPolicy</name>
    <message>
        <source>Log in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this; it needs: %2.</source>
        <translation>Votre rôle (%1) ne le permet pas ; il faut : %2.</translation>
    </message>
</context>
<context>
    <name>relais::Agenda</name>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Ce rendez-vous n’existe plus.</translation>
    </message>
    <message>
        <source>Choose a practitioner whose account is in use: this one is disabled or unknown.</source>
        <translation>Choisissez un praticien dont le compte est actif : celui-ci est désactivé ou inconnu.</translation>
    </message>
    <message>
        <source>Find the patient first: this file does not exist.</source>
        <translation>Cherchez d’abord le patient : ce dossier n’existe pas.</translation>
    </message>
    <message>
        <source>This file was merged into another one: book on the file that was kept.</source>
        <translation>Ce dossier a été fusionné avec un autre : prenez le rendez-vous sur le dossier conservé.</translation>
    </message>
    <message>
        <source>Choose another time, or book anyway with a reason.</source>
        <translation>Choisissez une autre heure, ou prenez le rendez-vous quand même en donnant la raison.</translation>
    </message>
    <message>
        <source>This appointment was cancelled or not honoured: book a new one rather than move it.</source>
        <translation>Ce rendez-vous a été annulé ou n’a pas été honoré : prenez-en un nouveau plutôt que de le déplacer.</translation>
    </message>
    <message>
        <source>Say who cancels: the patient, or the practice.</source>
        <translation>Dites qui annule : le patient ou le cabinet.</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>Dites pourquoi le rendez-vous est annulé.</translation>
    </message>
    <message>
        <source>The appointment has not begun yet: it cannot be missed.</source>
        <translation>Le rendez-vous n’a pas encore commencé : il ne peut pas être manqué.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 8 weeks.</source>
        <translation>Répétez toutes les 1 à 8 semaines.</translation>
    </message>
    <message>
        <source>A series has from 2 to %1 appointments.</source>
        <translation>Une série compte de 2 à %1 rendez-vous.</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Le %1 : %2</translation>
    </message>
    <message>
        <source>This appointment was cancelled: there is nothing to remind.</source>
        <translation>Ce rendez-vous est annulé : il n’y a rien à rappeler.</translation>
    </message>
    <message>
        <source>Booked on two workstations at the same time; both kept</source>
        <translation>Réservé sur deux postes à la même heure ; les deux sont gardés</translation>
    </message>
</context>
<context>
    <name>relais::AppointmentRepository</name>
    <message>
        <source>Reading the appointments failed</source>
        <translation>La lecture des rendez-vous a échoué</translation>
    </message>
    <message>
        <source>Reading the appointment&apos;s history failed</source>
        <translation>La lecture de l’historique du rendez-vous a échoué</translation>
    </message>
    <message>
        <source>Reading the appointments&apos; history failed</source>
        <translation>La lecture de l’historique des rendez-vous a échoué</translation>
    </message>
</context>
<context>
    <name>relais::AppointmentRules</name>
    <message>
        <source>Choose the day and the time of the appointment.</source>
        <translation>Choisissez le jour et l’heure du rendez-vous.</translation>
    </message>
    <message>
        <source>The appointment ends before it starts.</source>
        <translation>Le rendez-vous finit avant de commencer.</translation>
    </message>
    <message>
        <source>Give the appointment a duration.</source>
        <translation>Donnez une durée au rendez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>An appointment lasts at most %n minute(s); for a longer time, mark an absence.</source>
        <translation>
            <numerusform>Un rendez-vous dure au plus %n minute ; pour plus longtemps, notez une absence.</numerusform>
            <numerusform>Un rendez-vous dure au plus %n minutes ; pour plus longtemps, notez une absence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is more than %n day(s) ago: check the date.</source>
        <translation>
            <numerusform>Le %1, c’est il y a plus de %n jour : vérifiez la date.</numerusform>
            <numerusform>Le %1, c’est il y a plus de %n jours : vérifiez la date.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already sees %2 from %3 to %4.</source>
        <translation>%1 voit déjà %2 de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 already has an appointment from %2 to %3, with %4.</source>
        <translation>%1 a déjà un rendez-vous de %2 à %3, avec %4.</translation>
    </message>
</context>
<context>
    <name>relais::AppointmentTypeRules</name>
    <message>
        <source>Give the type a short code (&quot;C&quot;, &quot;NP&quot;, &quot;SNP&quot;).</source>
        <translation>Donnez au type un code court (« C », « NP », « SNP »).</translation>
    </message>
    <message>
        <source>A code is up to 12 letters, digits, &quot;-&quot; or &quot;_&quot;, with no space or comma.</source>
        <translation>Un code compte au plus 12 lettres, chiffres, « - » ou « _ », sans espace ni virgule.</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>Le code %1 est déjà pris par « %2 ».</translation>
    </message>
    <message>
        <source>Give the type the words the agenda shows.</source>
        <translation>Donnez le libellé que l’agenda affiche.</translation>
    </message>
    <message>
        <source>A type lasts from 5 to %1 minutes.</source>
        <translation>Un type dure de 5 à %1 minutes.</translation>
    </message>
    <message>
        <source>Choose a colour for the type.</source>
        <translation>Choisissez une couleur pour le type.</translation>
    </message>
</context>
<context>
    <name>relais::AuditBrowser</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>L’export n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Relais itself</source>
        <translation>Relais lui-même</translation>
    </message>
    <message>
        <source>Unknown login</source>
        <translation>Identifiant inconnu</translation>
    </message>
    <message>
        <source>a patient&apos;s file since removed</source>
        <translation>un dossier patient supprimé depuis</translation>
    </message>
    <message>
        <source>a patient&apos;s file</source>
        <translation>un dossier patient</translation>
    </message>
</context>
<context>
    <name>relais::AuditRepository</name>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>La lecture du journal d’audit a échoué</translation>
    </message>
</context>
<context>
    <name>relais::AuditRows</name>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>La lecture du journal d’audit a échoué</translation>
    </message>
    <message>
        <source>Keeping another workstation&apos;s audit trail failed</source>
        <translation>La conservation du journal d’audit d’un autre poste a échoué</translation>
    </message>
</context>
<context>
    <name>relais::AuditTrail</name>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>La lecture du journal d’audit a échoué</translation>
    </message>
    <message>
        <source>Writing the audit trail failed</source>
        <translation>L’écriture du journal d’audit a échoué</translation>
    </message>
    <message>
        <source>Sealing the audit trail failed</source>
        <translation>Le scellement du journal d’audit a échoué</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: the vault is damaged (%1).</source>
        <translation>Le journal d’audit est illisible : le coffre est endommagé (%1).</translation>
    </message>
    <message>
        <source>The audit trail cannot be read past entry #%1: the vault is damaged there (%2).</source>
        <translation>Le journal d’audit est illisible au-delà de l’entrée nº %1 : le coffre y est endommagé (%2).</translation>
    </message>
</context>
<context>
    <name>relais::Authenticator</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de mots de passe incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de mots de passe incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This account is disabled. An administrator of the practice can enable it.</source>
        <translation>Ce compte est désactivé. Un administrateur du cabinet peut le réactiver.</translation>
    </message>
    <message>
        <source>This password is longer than any Relais accepts (%1 characters at most): it was not tried.</source>
        <translation>Ce mot de passe est plus long que ce que Relais accepte (%1 caractères au plus) : il n’a pas été essayé.</translation>
    </message>
</context>
<context>
    <name>relais::BdpmReleaseReader</name>
    <message>
        <source>%1 is not a folder: give the folder of the BDPM files.</source>
        <translation>%1 n’est pas un dossier : indiquez le dossier des fichiers de la BDPM.</translation>
    </message>
    <message>
        <source>%1 is not a BDPM release: %2 missing.</source>
        <translation>%1 n’est pas une version de la BDPM : il manque %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>the CIS code is not 8 digits</source>
        <translation>le code CIS n’a pas 8 chiffres</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>the CIP13 code is not 13 digits</source>
        <translation>le code CIP13 n’a pas 13 chiffres</translation>
    </message>
    <message>
        <source>no substance code or name</source>
        <translation>pas de code ni de nom de substance</translation>
    </message>
    <message>
        <source>the generic group is not a number</source>
        <translation>le groupe générique n’est pas un nombre</translation>
    </message>
    <message>
        <source>the kind of generic is not 0, 1, 2 or 4</source>
        <translation>le type de générique n’est ni 0, ni 1, ni 2, ni 4</translation>
    </message>
    <message>
        <source>no condition</source>
        <translation>pas de condition</translation>
    </message>
</context>
<context>
    <name>relais::BdpmSubstances</name>
    <message>
        <source>%1, line %2: no substance code or name</source>
        <translation>%1, ligne %2 : ni code ni nom de substance</translation>
    </message>
    <message>
        <source>%1 holds only %2 substances, where every release of the drug database holds over %3: it is not a whole release.</source>
        <translation>%1 ne contient que %2 substances, alors que toute publication de la base des médicaments en compte plus de %3 : ce n’est pas une publication complète.</translation>
    </message>
    <message>
        <source>%1 holds %2 substances where the release in use holds %3: a release never loses so many at once, so this file is probably damaged.</source>
        <translation>%1 contient %2 substances alors que la publication en service en compte %3 : une publication n’en perd jamais autant d’un coup, ce fichier est sans doute endommagé.</translation>
    </message>
</context>
<context>
    <name>relais::BdpmText</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>longer than %1 bytes, which no line of the database is</source>
        <translation>plus de %1 octets, ce qu’aucune ligne de la base ne fait</translation>
    </message>
    <message>
        <source>holds a control character (the file is not text as published)</source>
        <translation>contient un caractère de contrôle (le fichier n’est pas le texte publié)</translation>
    </message>
    <message>
        <source>%1 columns where %2 are expected</source>
        <translation>%1 colonnes au lieu de %2</translation>
    </message>
    <message>
        <source>%1 columns where %2 to %3 are expected</source>
        <translation>%1 colonnes au lieu de %2 à %3</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a line: the file was cut short (an interrupted download or copy). Download it again.</source>
        <translation>%1 s’arrête au milieu d’une ligne : le fichier a été tronqué (téléchargement ou copie interrompus). Téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 lines of %2 cannot be read (the first: %3): the files are damaged or are not the ones the ANSM publishes.</source>
        <translation>%1 lignes sur %2 sont illisibles (la première : %3) : les fichiers sont endommagés ou ne sont pas ceux que publie l’ANSM.</translation>
    </message>
</context>
<context>
    <name>relais::BloodPressure</name>
    <message>
        <source>The %1 pressure is missing.</source>
        <translation>La pression %1 manque.</translation>
    </message>
    <message>
        <source>The %1 pressure is a whole number of mmHg, not “%2”.</source>
        <translation>La pression %1 est un nombre entier de mmHg, pas « %2 ».</translation>
    </message>
    <message>
        <source>A systolic pressure of %1 mmHg cannot be right (from 50 to 300). Check the reading.</source>
        <translation>Une pression systolique de %1 mmHg ne peut pas être juste (de 50 à 300). Vérifiez la mesure.</translation>
    </message>
    <message>
        <source>A diastolic pressure of %1 mmHg cannot be right (from 20 to 200). Check the reading.</source>
        <translation>Une pression diastolique de %1 mmHg ne peut pas être juste (de 20 à 200). Vérifiez la mesure.</translation>
    </message>
    <message>
        <source>The diastolic pressure (%1) must be lower than the systolic (%2): were they swapped?</source>
        <translation>La pression diastolique (%1) doit être inférieure à la systolique (%2) : ont-elles été inversées ?</translation>
    </message>
    <message>
        <source>systolic</source>
        <translation>systolique</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>diastolique</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>bras gauche</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>bras droit</translation>
    </message>
    <message>
        <source>arm not said</source>
        <translation>bras non précisé</translation>
    </message>
    <message>
        <source>lying</source>
        <translation>couché</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>assis</translation>
    </message>
</context>
<context>
    <name>relais::CalendarExport</name>
    <message>
        <source>Give a first day, and a last day on or after it.</source>
        <translation>Indiquez un premier jour, et un dernier jour égal ou postérieur.</translation>
    </message>
    <message>
        <source>One export covers at most %1 days: export a year at a time.</source>
        <translation>Un export couvre au plus %1 jours : exportez une année à la fois.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>relais::CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>--patients takes a whole number from 0 to 1000000, not “%1”.</source>
        <translation>--patients attend un nombre entier de 0 à 1000000, pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown option %1 (see relais --help).</source>
        <translation>Option inconnue %1 (voir relais --help).</translation>
    </message>
    <message>
        <source>backup needs --out FILE: where to write the backup.</source>
        <translation>backup attend --out FICHIER : où écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>restore needs the backup file to restore from.</source>
        <translation>restore attend le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Unknown command “%1” (see relais --help).</source>
        <translation>Commande inconnue « %1 » (voir relais --help).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” (see relais --help).</source>
        <translation>Argument inattendu « %1 » (voir relais --help).</translation>
    </message>
    <message>
        <source>--patients goes with the demo command.</source>
        <translation>--patients s’utilise avec la commande demo.</translation>
    </message>
    <message>
        <source>audit takes one command: verify.</source>
        <translation>audit n’accepte qu’une commande : verify.</translation>
    </message>
    <message>
        <source>import-bdpm needs the folder of the BDPM files (or its CIS_COMPO_bdpm.txt).</source>
        <translation>import-bdpm attend le dossier des fichiers de la BDPM (ou son CIS_COMPO_bdpm.txt).</translation>
    </message>
    <message>
        <source>--bdpm goes with the demo command.</source>
        <translation>--bdpm s’utilise avec la commande demo.</translation>
    </message>
    <message>
        <source>import-fhir needs one or more FHIR bundle files.</source>
        <translation>import-fhir attend un ou plusieurs fichiers FHIR (JSON).</translation>
    </message>
    <message>
        <source>export-fhir needs --patient ID and --out FILE.</source>
        <translation>export-fhir attend --patient ID et --out FICHIER.</translation>
    </message>
    <message>
        <source>This command acts as a person of the practice: add --user LOGIN (the password is asked).</source>
        <translation>Cette commande agit au nom d’une personne du cabinet : ajoutez --user IDENTIFIANT (le mot de passe est demandé).</translation>
    </message>
    <message>
        <source>--patient goes with the export-fhir command.</source>
        <translation>--patient s’utilise avec la commande export-fhir.</translation>
    </message>
    <message>
        <source>%1 takes a date, 2026-11-24 or 24/11/2026, not “%2”.</source>
        <translation>%1 attend une date, 2026-11-24 ou 24/11/2026, pas « %2 ».</translation>
    </message>
    <message>
        <source>day-list needs --practitioner LOGIN, --date DATE and --out FILE.pdf.</source>
        <translation>day-list demande --practitioner IDENTIFIANT, --date DATE et --out FICHIER.pdf.</translation>
    </message>
    <message>
        <source>export-ics needs --practitioner LOGIN, --from DATE, --to DATE and --out FILE.</source>
        <translation>export-ics demande --practitioner IDENTIFIANT, --from DATE, --to DATE et --out FICHIER.</translation>
    </message>
    <message>
        <source>--practitioner goes with the day-list and export-ics commands.</source>
        <translation>--practitioner va avec les commandes day-list et export-ics.</translation>
    </message>
    <message>
        <source>--date goes with day-list, --from and --to with export-ics.</source>
        <translation>--date va avec day-list, --from et --to avec export-ics.</translation>
    </message>
    <message>
        <source>import-thesaurus needs the folder of the ANSM interaction thesaurus (or its interactions file).</source>
        <translation>import-thesaurus attend le dossier du thésaurus des interactions de l’ANSM (ou son fichier des interactions).</translation>
    </message>
    <message>
        <source>--force goes with the import-bdpm and import-thesaurus commands.</source>
        <translation>--force s’utilise avec les commandes import-bdpm et import-thesaurus.</translation>
    </message>
    <message>
        <source>print-prescription needs the prescription&apos;s number and --out FILE.pdf.</source>
        <translation>print-prescription demande le numéro de l’ordonnance et --out FICHIER.pdf.</translation>
    </message>
    <message>
        <source>--out goes with the backup, export-fhir, day-list, export-ics and print-prescription commands.</source>
        <translation>--out va avec les commandes backup, export-fhir, day-list, export-ics et print-prescription.</translation>
    </message>
    <message>
        <source>sync join needs --hub URL and --code CODE (the code shown by “relais sync invite” on a workstation of the practice).</source>
        <translation>sync join demande --hub URL et --code CODE (le code affiché par « relais sync invite » sur un poste du cabinet).</translation>
    </message>
    <message>
        <source>--code goes with sync join, --no-wait with sync invite.</source>
        <translation>--code va avec sync join, --no-wait avec sync invite.</translation>
    </message>
    <message>
        <source>--user goes with import-bdpm, import-thesaurus, import-fhir, export-fhir, day-list, export-ics, print-prescription, restore, sync and sync invite.</source>
        <translation>--user va avec import-bdpm, import-thesaurus, import-fhir, export-fhir, day-list, export-ics, print-prescription, restore, sync et sync invite.</translation>
    </message>
    <message>
        <source>hub takes init, status, prune or add-practice, with --url postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>hub prend init, status, prune ou add-practice, avec --url postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>--url goes with the hub commands, --hub with sync and sync join.</source>
        <translation>--url va avec les commandes hub, --hub avec sync et sync join.</translation>
    </message>
    <message>
        <source>sync revoke needs the workstation to revoke, as “relais sync status” lists it.</source>
        <translation>sync revoke demande le poste à révoquer, tel que « relais sync status » le liste.</translation>
    </message>
    <message>
        <source>sync takes no command, or one of: status, invite, join, revoke.</source>
        <translation>sync ne prend aucune commande, ou l’une de : status, invite, join, revoke.</translation>
    </message>
    <message>
        <source>Usage: relais [COMMAND] [OPTIONS]

Relais, the workstation of the medical assistants and GPs of a general practice.
Without a command, opens the application window.

Commands:
  demo [--patients N] [--bdpm FOLDER]
                        create, or refresh, a demo practice of invented patients
                        (500 by default), with the drug database of FOLDER;
                        never overwrites a real practice
  backup --out FILE     write an encrypted backup of the vault to FILE
  restore FILE [--user LOGIN]
                        restore the backup FILE; over a vault in use, LOGIN (an
                        administrator, password asked) replaces it and the
                        current vault is kept beside it
  import-bdpm FOLDER --user LOGIN [--force]
                        replace the drug substances by those of the ANSM&apos;s BDPM
                        files in FOLDER (asks LOGIN&apos;s password); a file cut short
                        or far smaller than the release in use is refused unless
                        --force is given
  import-thesaurus FOLDER --user LOGIN [--force]
                        replace the interaction thesaurus by the ANSM&apos;s tables in
                        FOLDER (interactions, molecule → class), and match the
                        drug substances to its molecules
  import-fhir FILE... --user LOGIN
                        import the patients and vital signs of FHIR R4 bundles
                        (one transaction each; importing again changes nothing)
  export-fhir --patient ID --out FILE --user LOGIN
                        write a patient and their vital signs as a FHIR R4
                        collection bundle
  day-list --practitioner LOGIN --date DATE --out FILE.pdf [--user LOGIN]
                        print the practitioner&apos;s appointments of DATE
                        (2026-11-24 or 24/11/2026) as a PDF list; asks the
                        password of the practitioner, or of --user
  export-ics --practitioner LOGIN --from DATE --to DATE --out FILE [--user LOGIN]
                        write the practitioner&apos;s appointments as an iCalendar
                        file (the type and the patient&apos;s initials only)
  print-prescription ID --out FILE.pdf --user LOGIN
                        print the signed prescription ID (its number, under its
                        QR code) as a PDF ordonnance; printed before, it is
                        marked as a duplicate
  hub init --url URL    set up the practice&apos;s hub in an empty PostgreSQL database,
                        or bring it up to date (URL: postgresql://USER@HOST:PORT/
                        DATABASE, USER its owner, allowed to create roles; the
                        password from PGPASSWORD, or asked); says what it did
  hub add-practice --url URL [PRACTICE]
                        a new practice on the hub (or one more login for
                        PRACTICE): prints the login and the password its first
                        workstation gives at its first sync
  hub status --url URL  what the hub holds, for its host: its size, and per
                        practice the envelopes, the last snapshot and when each
                        workstation was last seen
  hub prune --url URL   delete the envelopes every workstation has received and
                        the last snapshot holds; says what went
  sync [--hub URL] [--user LOGIN]
                        send this workstation&apos;s changes to the hub and receive
                        the others&apos;; the practice&apos;s first sync (an administrator,
                        --user) sets the practice up on the hub at URL, with the
                        login the hub&apos;s host gave (hub add-practice)
  sync status           the hub, the last sync, what waits, the workstations
  sync invite --user LOGIN [--no-wait]
                        print a one-time code (valid 15 minutes) for a new
                        workstation, then wait for it and let it in
  sync revoke DEVICE --user LOGIN
                        revoke a lost or stolen workstation: shut out of the hub
                        at once, the practice&apos;s key renewed for the others
  sync join --hub URL --code CODE
                        make this workstation&apos;s vault (--vault) from the
                        practice that gave CODE (URL: where the hub is; the
                        code gives the login)
  digest                a digest of the synced records: the same on two
                        workstations exactly when they hold the same records
  audit verify          check every page of the vault, and that no entry of the
                        audit trail was altered or removed (the newest ones
                        included); name the first one that was

Options:
  --vault PATH          the vault to use (default: %1)
  --screenshot FILE     open the window, save a picture of it to FILE, and quit
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 success, 1 failure, 2 wrong arguments.
</source>
        <translation>Usage : relais [COMMANDE] [OPTIONS]

Relais, le poste de travail des assistants médicaux et des médecins généralistes d’un cabinet.
Sans commande, ouvre la fenêtre de l’application.

Commandes :
  demo [--patients N] [--bdpm DOSSIER]
                        crée, ou renouvelle, un cabinet de démonstration aux patients
                        inventés (500 par défaut), avec la base des médicaments de
                        DOSSIER ; n’écrase jamais un vrai cabinet
  backup --out FICHIER  écrit une sauvegarde chiffrée du coffre dans FICHIER
  restore FICHIER [--user IDENTIFIANT]
                        restaure la sauvegarde FICHIER ; sur un coffre en service,
                        IDENTIFIANT (un administrateur, mot de passe demandé) le
                        remplace et le coffre actuel est conservé à côté
  import-bdpm DOSSIER --user IDENTIFIANT [--force]
                        remplace les substances par celles des fichiers BDPM de l’ANSM
                        dans DOSSIER (demande le mot de passe d’IDENTIFIANT) ; un
                        fichier tronqué ou bien plus petit que la publication en
                        service est refusé, sauf avec --force
  import-thesaurus DOSSIER --user IDENTIFIANT [--force]
                        remplace le thésaurus des interactions par les tables de
                        l’ANSM dans DOSSIER (interactions, molécule → classe) et
                        rapproche les substances de la base de ses molécules
  import-fhir FICHIER... --user IDENTIFIANT
                        importe les patients et les constantes de bundles FHIR R4
                        (une transaction chacun ; réimporter ne change rien)
  export-fhir --patient ID --out FICHIER --user IDENTIFIANT
                        écrit un patient et ses constantes dans un bundle FHIR R4
                        de type collection
  day-list --practitioner IDENTIFIANT --date DATE --out FICHIER.pdf [--user IDENTIFIANT]
                        imprime en PDF la liste des rendez-vous du praticien à DATE
                        (2026-11-24 ou 24/11/2026) ; demande le mot de passe du
                        praticien, ou de --user
  export-ics --practitioner IDENTIFIANT --from DATE --to DATE --out FICHIER [--user IDENTIFIANT]
                        écrit les rendez-vous du praticien en iCalendar (le type et
                        les initiales du patient seulement)
  print-prescription ID --out FICHIER.pdf --user IDENTIFIANT
                        imprime en PDF l’ordonnance signée ID (son numéro, sous son
                        code QR) ; déjà imprimée, elle porte la mention duplicata
  hub init --url URL    installe le serveur de synchronisation du cabinet dans une base
                        PostgreSQL vide, ou le met à jour (URL : postgresql://
                        UTILISATEUR@HÔTE:PORT/BASE, UTILISATEUR son propriétaire, autorisé
                        à créer des rôles ; le mot de passe vient de PGPASSWORD, ou est
                        demandé) ; dit ce qu’il a fait
  hub add-practice --url URL [CABINET]
                        un nouveau cabinet sur le serveur (ou un identifiant de plus
                        pour CABINET) : affiche l’identifiant et le mot de passe que
                        son premier poste donne à sa première synchronisation
  hub status --url URL  ce que le serveur contient, pour son hébergeur : sa taille et,
                        par cabinet, les enveloppes, le dernier instantané et quand
                        chaque poste a été vu pour la dernière fois
  hub prune --url URL   supprime les enveloppes que chaque poste a reçues et que le
                        dernier instantané contient ; dit ce qui est parti
  sync [--hub URL] [--user IDENTIFIANT]
                        envoie au serveur les modifications de ce poste et reçoit
                        celles des autres ; la première synchronisation du cabinet
                        (un administrateur, --user) l’installe sur le serveur URL, avec
                        l’identifiant donné par l’hébergeur (hub add-practice)
  sync status           le serveur, la dernière synchronisation, ce qui attend, les postes
  sync invite --user IDENTIFIANT [--no-wait]
                        affiche un code à usage unique (valable 15 minutes) pour un
                        nouveau poste, puis l’attend et le fait entrer
  sync revoke POSTE --user IDENTIFIANT
                        révoque un poste perdu ou volé : exclu du serveur à
                        l’instant, la clé du cabinet renouvelée pour les autres
  sync join --hub URL --code CODE
                        crée le coffre de ce poste (--vault) à partir du cabinet qui
                        a donné CODE (URL : où est le serveur ; le code donne
                        l’identifiant)
  digest                une empreinte des dossiers synchronisés : la même sur deux
                        postes exactement quand ils détiennent les mêmes dossiers
  audit verify          vérifie chaque page du coffre, et qu’aucune entrée du journal
                        d’audit n’a été modifiée ni supprimée (les plus récentes
                        comprises) ; nomme la première qui l’a été

Options :
  --vault CHEMIN        le coffre à utiliser (par défaut : %1)
  --screenshot FICHIER  ouvre la fenêtre, en enregistre une image dans FICHIER, puis quitte
  -h, --help            affiche cette aide
  -v, --version         affiche la version

Code de sortie : 0 succès, 1 échec, 2 arguments incorrects.
</translation>
    </message>
</context>
<context>
    <name>relais::Connection</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1 : le disque est plein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Database statement failed</source>
        <translation>L’instruction de base de données a échoué</translation>
    </message>
    <message>
        <source>Database query failed</source>
        <translation>La requête de base de données a échoué</translation>
    </message>
</context>
<context>
    <name>relais::ConsultationRepository</name>
    <message>
        <source>Reading the prepared consultations failed</source>
        <translation>La lecture des consultations préparées a échoué</translation>
    </message>
</context>
<context>
    <name>relais::DemoPractice</name>
    <message>
        <source>The number of patients cannot be negative.</source>
        <translation>Le nombre de patients ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>relais::DerivedTables</name>
    <message>
        <source>Indexing the patient failed</source>
        <translation>L’indexation du patient a échoué</translation>
    </message>
</context>
<context>
    <name>relais::DeviceKeys</name>
    <message>
        <source>This workstation&apos;s sync keys are damaged.</source>
        <translation>Les clés de synchronisation de ce poste sont endommagées.</translation>
    </message>
    <message>
        <source>The sealed key received is too short.</source>
        <translation>La clé scellée reçue est trop courte.</translation>
    </message>
    <message>
        <source>The sealed key received was not sealed to this workstation.</source>
        <translation>La clé scellée reçue n’a pas été scellée pour ce poste.</translation>
    </message>
</context>
<context>
    <name>relais::DrugInteractions</name>
    <message>
        <source>%1 holds %2 interactions where every edition holds over %3: it is not the whole thesaurus.</source>
        <translation>%1 contient %2 interactions alors que toute édition en compte plus de %3 : ce n’est pas le thésaurus complet.</translation>
    </message>
    <message>
        <source>No molecule → class table was found next to %1: without it, a drug cannot be checked against the interactions of its class.</source>
        <translation>Aucune table molécule → classe n’a été trouvée à côté de %1 : sans elle, un médicament ne peut pas être vérifié contre les interactions de sa classe.</translation>
    </message>
    <message>
        <source>%1 The thesaurus in use was kept.</source>
        <translation>%1 Le thésaurus en service a été conservé.</translation>
    </message>
</context>
<context>
    <name>relais::DrugRepository</name>
    <message>
        <source>Searching the substances failed</source>
        <translation>La recherche des substances a échoué</translation>
    </message>
    <message>
        <source>Counting the substances failed</source>
        <translation>Le comptage des substances a échoué</translation>
    </message>
    <message>
        <source>Replacing the drug database failed</source>
        <translation>Le remplacement de la base des médicaments a échoué</translation>
    </message>
    <message>
        <source>Reading the drug database failed</source>
        <translation>La lecture de la base des médicaments a échoué</translation>
    </message>
    <message>
        <source>Searching the drugs failed</source>
        <translation>La recherche des médicaments a échoué</translation>
    </message>
    <message>
        <source>Reading the drugs failed</source>
        <translation>La lecture des médicaments a échoué</translation>
    </message>
</context>
<context>
    <name>relais::DrugSubstances</name>
    <message>
        <source>%1 holds no substance: is it the BDPM composition file (%2)?</source>
        <translation>%1 ne contient aucune substance : est-ce bien le fichier des compositions de la BDPM (%2) ?</translation>
    </message>
    <message>
        <source>%1 The drug database in use was kept.</source>
        <translation>%1 La base des médicaments en service a été conservée.</translation>
    </message>
</context>
<context>
    <name>relais::DuplicateRules</name>
    <message>
        <source>same social-security number</source>
        <translation>même numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>same birth name</source>
        <translation>même nom de naissance</translation>
    </message>
    <message>
        <source>birth names that sound alike (%1, %2)</source>
        <translation>noms de naissance qui se prononcent pareil (%1, %2)</translation>
    </message>
    <message>
        <source>the used name of one is the birth name of the other</source>
        <translation>le nom d’usage de l’un est le nom de naissance de l’autre</translation>
    </message>
    <message>
        <source>same used name</source>
        <translation>même nom d’usage</translation>
    </message>
    <message>
        <source>same given names</source>
        <translation>mêmes prénoms</translation>
    </message>
    <message>
        <source>same given names in another order</source>
        <translation>mêmes prénoms dans un autre ordre</translation>
    </message>
    <message>
        <source>a given name in common</source>
        <translation>un prénom en commun</translation>
    </message>
    <message>
        <source>but a different sex</source>
        <translation>mais un sexe différent</translation>
    </message>
</context>
<context>
    <name>relais::EmailAddress</name>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 n’est pas une adresse électronique.</translation>
    </message>
</context>
<context>
    <name>relais::Envelope</name>
    <message>
        <source>The envelope is cut short.</source>
        <translation>L’enveloppe est tronquée.</translation>
    </message>
    <message>
        <source>The envelope was sealed in a format this version of Relais does not know.</source>
        <translation>L’enveloppe a été scellée dans un format que cette version de Relais ne connaît pas.</translation>
    </message>
    <message>
        <source>The envelope&apos;s signature does not match the workstation it names.</source>
        <translation>La signature de l’enveloppe ne correspond pas au poste qu’elle nomme.</translation>
    </message>
    <message>
        <source>No practice key for this envelope&apos;s epoch.</source>
        <translation>Aucune clé du cabinet pour l’époque de cette enveloppe.</translation>
    </message>
    <message>
        <source>The envelope does not open with the practice&apos;s key of its epoch.</source>
        <translation>L’enveloppe ne s’ouvre pas avec la clé du cabinet de son époque.</translation>
    </message>
    <message>
        <source>The envelope&apos;s padding is damaged.</source>
        <translation>Le bourrage de l’enveloppe est endommagé.</translation>
    </message>
</context>
<context>
    <name>relais::FhirBundle</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>no numeric value</source>
        <translation>aucune valeur numérique</translation>
    </message>
    <message>
        <source>unit %1 where %2 is expected</source>
        <translation>unité %1 au lieu de %2</translation>
    </message>
    <message>
        <source>%1.identifier: identifiers other than the INS-NIR (a social-security number of another country, say)</source>
        <translation>%1.identifier : identifiants autres que l’INS-NIR (un numéro de sécurité sociale d’un autre pays, par exemple)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at %2: %3.</source>
        <translation>%1 n’est pas du JSON valide à la %2 : %3.</translation>
    </message>
    <message>
        <source>%1: $.resourceType is not “Bundle”: this is not a FHIR bundle.</source>
        <translation>%1 : $.resourceType n’est pas « Bundle » : ce n’est pas un fichier d’échange FHIR.</translation>
    </message>
    <message>
        <source>%1: $.type is “%2”; Relais reads transaction and collection bundles.</source>
        <translation>%1 : $.type vaut « %2 » ; Relais lit les fichiers de type transaction et collection.</translation>
    </message>
    <message>
        <source>%1: $.entry is missing or not a list.</source>
        <translation>%1 : $.entry manque ou n’est pas une liste.</translation>
    </message>
    <message>
        <source>%1: %2.resourceType is missing.</source>
        <translation>%1 : %2.resourceType manque.</translation>
    </message>
    <message>
        <source>%1: %2.id is missing.</source>
        <translation>%1 : %2.id manque.</translation>
    </message>
    <message>
        <source>Observation (BMI, computed by Relais)</source>
        <translation>Observation (IMC, calculé par Relais)</translation>
    </message>
    <message>
        <source>Observation (vital sign %1, not kept by Relais)</source>
        <translation>Observation (constante %1, non gérée par Relais)</translation>
    </message>
    <message>
        <source>Observation (entered in error)</source>
        <translation>Observation (saisie par erreur)</translation>
    </message>
    <message>
        <source>%1: no date of measurement; left out.</source>
        <translation>%1 : pas de date de mesure ; ignorée.</translation>
    </message>
    <message>
        <source>Observation (no date)</source>
        <translation>Observation (sans date)</translation>
    </message>
    <message>
        <source>%1: a blood pressure without its two components; left out.</source>
        <translation>%1 : une tension sans ses deux composantes ; ignorée.</translation>
    </message>
    <message>
        <source>Observation (incomplete blood pressure)</source>
        <translation>Observation (tension incomplète)</translation>
    </message>
    <message>
        <source>%1: %2; left out.</source>
        <translation>%1 : %2 ; ignorée.</translation>
    </message>
    <message>
        <source>Observation (%1 unreadable)</source>
        <translation>Observation (%1 illisible)</translation>
    </message>
    <message>
        <source>a true/false</source>
        <translation>un vrai/faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1 must be a text, not %2.</source>
        <translation>%1 doit être un texte, pas %2.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; Relais reads at most %3.</source>
        <translation>%1 compte %2 caractères ; Relais en lit au plus %3.</translation>
    </message>
    <message>
        <source>%1.%2 must be a list, not %3.</source>
        <translation>%1.%2 doit être une liste, pas %3.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 doit être un objet, pas %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a plausible measurement</source>
        <translation>%1 n’est pas une mesure plausible</translation>
    </message>
    <message>
        <source>%1.birthDate must be a text date (YYYY-MM-DD), not %2.</source>
        <translation>%1.birthDate doit être une date en texte (AAAA-MM-JJ), pas %2.</translation>
    </message>
    <message>
        <source>%1: an address outside France (%2)</source>
        <translation>%1 : une adresse hors de France (%2)</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 est vide : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (it looks like UTF-16): save it again as UTF-8.</source>
        <translation>%1 n’est pas un texte UTF-8 (il semble en UTF-16) : enregistrez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: FHIR JSON files are UTF-8.</source>
        <translation>%1 n’est pas un texte UTF-8 : les fichiers JSON FHIR sont en UTF-8.</translation>
    </message>
    <message>
        <source>%1: %2 has the id of %3 (%4): two patients of one bundle cannot share an id. Nothing was imported from this bundle.</source>
        <translation>%1 : %2 porte l’identifiant de %3 (%4) : deux patients d’un même fichier ne peuvent partager un identifiant. Rien n’a été importé de ce fichier.</translation>
    </message>
    <message>
        <source>%1: no subject names the patient it was measured on; left out.</source>
        <translation>%1 : aucun sujet n’indique le patient mesuré ; laissée de côté.</translation>
    </message>
    <message>
        <source>Observation (no patient named)</source>
        <translation>Observation (aucun patient indiqué)</translation>
    </message>
    <message>
        <source>%1: its subject (%2) is no patient of this bundle; left out.</source>
        <translation>%1 : son sujet (%2) n’est pas un patient de ce fichier ; laissée de côté.</translation>
    </message>
    <message>
        <source>Observation (unknown patient)</source>
        <translation>Observation (patient inconnu)</translation>
    </message>
</context>
<context>
    <name>relais::FhirExchange</name>
    <message>
        <source>%1: %2 new patients, %3 already here; %4 vital signs imported, %5 already here.</source>
        <translation>%1 : %2 nouveaux patients, %3 déjà présents ; %4 constantes importées, %5 déjà présentes.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Ignoré : %1.</translation>
    </message>
    <message>
        <source>%1: %2 Left out.</source>
        <translation>%1 : %2 Ignoré.</translation>
    </message>
    <message>
        <source>Observation (implausible value)</source>
        <translation>Observation (valeur invraisemblable)</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pression artérielle systolique</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pression artérielle diastolique</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported from this bundle.</source>
        <translation>%1 : %2 Rien n’a été importé de ce fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be filed: %2</source>
        <translation>%1 ne peut pas être enregistré : %2</translation>
    </message>
    <message>
        <source>%1 is already filed, as %2 %3 born %4 (%5); the bundle names %6 %7 born %8 (%9) under that id. The birth name, first name, birth date and sex must agree to add to a file.</source>
        <translation>%1 est déjà enregistré, comme %2 %3 né(e) le %4 (%5) ; le fichier désigne sous cet identifiant %6 %7 né(e) le %8 (%9). Le nom de naissance, le prénom, la date de naissance et le sexe doivent concorder pour compléter un dossier.</translation>
    </message>
    <message>
        <source>%1: its subject (%2) is neither a patient of this bundle nor one imported before; left out.</source>
        <translation>%1 : son sujet (%2) n’est ni un patient de ce fichier ni un patient importé auparavant ; laissée de côté.</translation>
    </message>
    <message>
        <source>Observation (unknown patient)</source>
        <translation>Observation (patient inconnu)</translation>
    </message>
    <message>
        <source>measured before 1900</source>
        <translation>mesurée avant 1900</translation>
    </message>
    <message>
        <source>measured after today (%1)</source>
        <translation>mesurée après aujourd’hui (%1)</translation>
    </message>
    <message>
        <source>measured before the patient&apos;s birth (%1)</source>
        <translation>mesurée avant la naissance du patient (%1)</translation>
    </message>
    <message>
        <source>%1: %2; left out.</source>
        <translation>%1 : %2 ; laissée de côté.</translation>
    </message>
    <message>
        <source>Observation (impossible date)</source>
        <translation>Observation (date impossible)</translation>
    </message>
    <message>
        <source>%1 Bundles imported before it: %2 of %3.</source>
        <translation>%1 Fichiers importés avant lui : %2 sur %3.</translation>
    </message>
    <message>
        <source>%1 of %2 bundles imported: %3 new patients, %4 vital signs.</source>
        <translation>%1 fichiers importés sur %2 : %3 nouveaux patients, %4 constantes.</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Arrêté à la demande.</translation>
    </message>
    <message>
        <source>Not imported: %1 (refused).</source>
        <translation>Non importé : %1 (refusé).</translation>
    </message>
    <message>
        <source>Not imported: %1 (not tried).</source>
        <translation>Non importé : %1 (pas essayé).</translation>
    </message>
</context>
<context>
    <name>relais::Hub</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing on this workstation: install the package libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt manque sur ce poste : installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The hub at %1 has no database named %2.</source>
        <translation>Le serveur de synchronisation %1 n’a pas de base nommée %2.</translation>
    </message>
    <message>
        <source>The hub at %1 does not answer. Work goes on here; try again when the network is back.</source>
        <translation>Le serveur de synchronisation %1 ne répond pas. Le travail continue sur ce poste ; réessayez quand le réseau sera revenu.</translation>
    </message>
    <message>
        <source>%1: the connection to the hub was lost. Nothing was changed half-way; the next sync goes on from here.</source>
        <translation>%1 : la connexion au serveur a été perdue. Rien n’a été modifié à moitié ; la prochaine synchronisation reprendra d’ici.</translation>
    </message>
    <message>
        <source>%1: the hub took too long to answer.</source>
        <translation>%1 : le serveur a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>%1: the hub does not allow this user to do it.</source>
        <translation>%1 : le serveur ne permet pas cela à cet utilisateur.</translation>
    </message>
    <message>
        <source>%1: the hub answered with an error (%2).</source>
        <translation>%1 : le serveur a répondu par une erreur (%2).</translation>
    </message>
    <message>
        <source>Reading the hub&apos;s schema failed</source>
        <translation>La lecture du schéma du serveur a échoué</translation>
    </message>
    <message>
        <source>This hub was set up by a newer version of Relais (hub schema %1, this version knows %2): update Relais first.</source>
        <translation>Ce serveur a été installé par une version plus récente de Relais (schéma %1, cette version connaît %2) : mettez d’abord Relais à jour.</translation>
    </message>
    <message>
        <source>The hub&apos;s schema is already there (version %1): nothing to do.</source>
        <translation>Le schéma du serveur est déjà en place (version %1) : rien à faire.</translation>
    </message>
    <message>
        <source>Setting up the hub failed</source>
        <translation>L’installation du serveur a échoué</translation>
    </message>
    <message>
        <source>Creating the hub&apos;s schema failed</source>
        <translation>La création du schéma du serveur a échoué</translation>
    </message>
    <message>
        <source>Created the schema “relais”.</source>
        <translation>Schéma « relais » créé.</translation>
    </message>
    <message>
        <source>Found %1, already there.</source>
        <translation>%1 trouvé, déjà en place.</translation>
    </message>
    <message>
        <source>Creating %1 on the hub failed</source>
        <translation>La création de %1 sur le serveur a échoué</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>The hub is ready (schema version %1).</source>
        <translation>Le serveur est prêt (schéma version %1).</translation>
    </message>
    <message>
        <source>The database %1 is not set up as a Relais hub: run “relais hub init --url %2” on the hub&apos;s server first.</source>
        <translation>La base %1 n’est pas installée comme serveur de synchronisation Relais : lancez d’abord « relais hub init --url %2 » sur le serveur.</translation>
    </message>
    <message>
        <source>This hub was set up by a newer version of Relais (hub schema %1, this version knows %2): update Relais on this workstation.</source>
        <translation>Ce serveur a été installé par une version plus récente de Relais (schéma %1, cette version connaît %2) : mettez Relais à jour sur ce poste.</translation>
    </message>
    <message>
        <source>Reading the hub&apos;s clock failed</source>
        <translation>La lecture de l’horloge du serveur a échoué</translation>
    </message>
    <message>
        <source>Registering the practice failed</source>
        <translation>L’enregistrement du cabinet a échoué</translation>
    </message>
    <message>
        <source>Registering this workstation failed</source>
        <translation>L’enregistrement de ce poste a échoué</translation>
    </message>
    <message>
        <source>Sending the changes failed</source>
        <translation>L’envoi des modifications a échoué</translation>
    </message>
    <message>
        <source>Receiving the changes failed</source>
        <translation>La réception des modifications a échoué</translation>
    </message>
    <message>
        <source>Reading the hub failed</source>
        <translation>La lecture du serveur a échoué</translation>
    </message>
    <message>
        <source>Registering the invitation failed</source>
        <translation>L’enregistrement de l’invitation a échoué</translation>
    </message>
    <message>
        <source>Reading the invitation failed</source>
        <translation>La lecture de l’invitation a échoué</translation>
    </message>
    <message>
        <source>The hub has no invitation with this code.</source>
        <translation>Le serveur n’a aucune invitation avec ce code.</translation>
    </message>
    <message>
        <source>Answering the invitation failed</source>
        <translation>La réponse à l’invitation a échoué</translation>
    </message>
    <message>
        <source>This invitation code was already used, or has expired: ask for a new one.</source>
        <translation>Ce code d’invitation a déjà servi, ou a expiré : demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>Granting the invitation failed</source>
        <translation>L’acceptation de l’invitation a échoué</translation>
    </message>
    <message>
        <source>Reading the invitations failed</source>
        <translation>La lecture des invitations a échoué</translation>
    </message>
    <message>
        <source>Sending the snapshot failed</source>
        <translation>L’envoi de l’instantané a échoué</translation>
    </message>
    <message>
        <source>Reading the snapshot failed</source>
        <translation>La lecture de l’instantané a échoué</translation>
    </message>
    <message>
        <source>Receiving the snapshot failed</source>
        <translation>La réception de l’instantané a échoué</translation>
    </message>
    <message>
        <source>A part of the practice&apos;s snapshot is missing on the hub.</source>
        <translation>Une partie de l’instantané du cabinet manque sur le serveur.</translation>
    </message>
    <message>
        <source>The hub at %1 offers no TLS: Relais does not reach it in clear. Its administrator must turn TLS on (ssl = on in PostgreSQL).</source>
        <translation>Le serveur %1 ne propose pas TLS : Relais ne s’y connecte pas en clair. Son administrateur doit activer TLS (ssl = on dans PostgreSQL).</translation>
    </message>
    <message>
        <source>The hub at %1 showed a certificate made for another name: Relais did not connect. Check the address; if it is right, something may stand between this workstation and the hub: tell the hub&apos;s administrator.</source>
        <translation>Le serveur %1 a présenté un certificat établi pour un autre nom : Relais ne s’est pas connecté. Vérifiez l’adresse ; si elle est juste, quelque chose s’interpose peut-être entre ce poste et le serveur : prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The hub at %1 showed a certificate that the practice&apos;s certificate authority (%2) did not sign, or that has expired: Relais did not connect. Check the CA file, or ask the hub&apos;s administrator to renew its certificate.</source>
        <translation>Le serveur %1 a présenté un certificat que l’autorité de certification du cabinet (%2) n’a pas signé, ou qui a expiré : Relais ne s’est pas connecté. Vérifiez le fichier de l’AC, ou demandez à l’administrateur du serveur de renouveler son certificat.</translation>
    </message>
    <message>
        <source>The TLS connection to the hub at %1 failed: Relais did not connect. Its administrator can check the server&apos;s certificate.</source>
        <translation>La connexion TLS au serveur %1 a échoué : Relais ne s’est pas connecté. Son administrateur peut vérifier le certificat du serveur.</translation>
    </message>
    <message>
        <source>The practice&apos;s certificate authority file %1 cannot be read: without it the hub&apos;s certificate cannot be checked.</source>
        <translation>Le fichier de l’autorité de certification du cabinet %1 est illisible : sans lui, le certificat du serveur ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>Brought the hub from schema version %1 to %2.</source>
        <translation>Serveur passé du schéma version %1 à %2.</translation>
    </message>
    <message>
        <source>Pruning the hub failed</source>
        <translation>L’élagage du serveur a échoué</translation>
    </message>
    <message>
        <source>%1: the hub refused it as over its limits (too many envelopes at once, or one too large).</source>
        <translation>%1 : le serveur l’a refusé, au-delà de ses limites (trop d’enveloppes à la fois, ou une trop grande).</translation>
    </message>
    <message>
        <source>One change is too large to send (%1 bytes sealed; the hub takes at most %2): it stays on this workstation.</source>
        <translation>Une modification est trop grande pour être envoyée (%1 octets scellée ; le serveur en accepte au plus %2) : elle reste sur ce poste.</translation>
    </message>
    <message>
        <source>%1 may not create roles, and the hub gives each workstation a login of its own: a superuser must first run “ALTER ROLE %1 CREATEROLE”.</source>
        <translation>%1 n’a pas le droit de créer des rôles, or le serveur donne à chaque poste son propre identifiant : un superutilisateur doit d’abord exécuter « ALTER ROLE %1 CREATEROLE ».</translation>
    </message>
    <message>
        <source>The hub is at schema version %1 and this version of Relais needs %2: its host must run “relais hub init --url %3” to bring it up to date.</source>
        <translation>Le serveur est au schéma version %1 et cette version de Relais demande la %2 : son hébergeur doit exécuter « relais hub init --url %3 » pour le mettre à jour.</translation>
    </message>
    <message>
        <source>Adding the practice failed</source>
        <translation>L’ajout du cabinet a échoué</translation>
    </message>
    <message>
        <source>The hub has no practice %1: “relais hub status” lists them.</source>
        <translation>Le serveur n’a pas de cabinet %1 : « relais hub status » les liste.</translation>
    </message>
    <message>
        <source>Taking this workstation&apos;s place on the hub failed</source>
        <translation>L’enregistrement de ce poste sur le serveur a échoué</translation>
    </message>
    <message>
        <source>Changing this workstation&apos;s password on the hub failed</source>
        <translation>Le changement du mot de passe de ce poste sur le serveur a échoué</translation>
    </message>
    <message>
        <source>The hub at %1 refused the login of %2: its password is not the one the hub knows, or the practice revoked this workstation.</source>
        <translation>Le serveur %1 a refusé l’identifiant %2 : son mot de passe n’est pas celui que le serveur connaît, ou le cabinet a révoqué ce poste.</translation>
    </message>
    <message>
        <source>Revoking the workstation on the hub failed</source>
        <translation>La révocation du poste sur le serveur a échoué</translation>
    </message>
</context>
<context>
    <name>relais::HubAddress</name>
    <message>
        <source>The hub&apos;s address is a PostgreSQL address, such as postgresql://relais@hub.cabinet.local:5432/relais.</source>
        <translation>L’adresse du serveur est une adresse PostgreSQL, comme postgresql://relais@hub.cabinet.local:5432/relais.</translation>
    </message>
    <message>
        <source>The hub&apos;s address names no server.</source>
        <translation>L’adresse du serveur ne nomme aucune machine.</translation>
    </message>
    <message>
        <source>The hub&apos;s address names no user: postgresql://USER@%1/…</source>
        <translation>L’adresse du serveur ne nomme aucun utilisateur : postgresql://UTILISATEUR@%1/…</translation>
    </message>
    <message>
        <source>The hub&apos;s address names no database: postgresql://%1@%2/DATABASE</source>
        <translation>L’adresse du serveur ne nomme aucune base : postgresql://%1@%2/BASE</translation>
    </message>
    <message>
        <source>The hub&apos;s address ends at its database, or at its options after “?”: remove what follows “#”.</source>
        <translation>L’adresse du serveur s’arrête à sa base, ou à ses options après « ? » : retirez ce qui suit « # ».</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file name cannot hold “;”: move or rename the file.</source>
        <translation>Le nom du fichier de l’autorité de certification ne peut pas contenir « ; » : déplacez ou renommez le fichier.</translation>
    </message>
    <message>
        <source>Relais always checks the hub&apos;s certificate in full: remove “sslmode=%1” from the address.</source>
        <translation>Relais vérifie toujours entièrement le certificat du serveur : retirez « sslmode=%1 » de l’adresse.</translation>
    </message>
    <message>
        <source>The hub&apos;s address takes one option after “?”, the practice&apos;s certificate authority: ?sslrootcert=/path/to/ca.crt (not “%1”).</source>
        <translation>L’adresse du serveur accepte une seule option après « ? », l’autorité de certification du cabinet : ?sslrootcert=/chemin/vers/ca.crt (pas « %1 »).</translation>
    </message>
    <message>
        <source>The hub at %1 is not on this computer: Relais reaches it only over TLS, its certificate checked against the practice&apos;s certificate authority. Add the CA file to the address: postgresql://%2@%1/%3?sslrootcert=/path/to/ca.crt</source>
        <translation>Le serveur %1 n’est pas sur cet ordinateur : Relais ne s’y connecte qu’en TLS, son certificat vérifié auprès de l’autorité de certification du cabinet. Ajoutez le fichier de l’AC à l’adresse : postgresql://%2@%1/%3?sslrootcert=/chemin/vers/ca.crt</translation>
    </message>
</context>
<context>
    <name>relais::Icd10</name>
    <message>
        <source>%1 is not an ICD-10 code: a letter and two digits, then up to two more characters (E11, E11.9).</source>
        <translation>%1 n’est pas un code CIM-10 : une lettre et deux chiffres, puis jusqu’à deux caractères de plus (E11, E11.9).</translation>
    </message>
</context>
<context>
    <name>relais::IdentityStatusRules</name>
    <message>
        <source>Provisional identity</source>
        <translation>Identité provisoire</translation>
    </message>
    <message>
        <source>Retrieved identity</source>
        <translation>Identité récupérée</translation>
    </message>
    <message>
        <source>Validated identity</source>
        <translation>Identité validée</translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation>Identité qualifiée</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun justificatif</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Carte nationale d’identité</translation>
    </message>
    <message>
        <source>Birth certificate extract</source>
        <translation>Extrait d’acte de naissance</translation>
    </message>
    <message>
        <source>Family record book</source>
        <translation>Livret de famille</translation>
    </message>
    <message>
        <source>Say which document was checked: passport, identity card, or for a minor the family record book or a birth certificate extract.</source>
        <translation>Indiquez le justificatif contrôlé : passeport, carte d’identité, ou pour un mineur le livret de famille ou un extrait d’acte de naissance.</translation>
    </message>
    <message>
        <source>Say who checked the document.</source>
        <translation>Indiquez qui a contrôlé le justificatif.</translation>
    </message>
    <message>
        <source>This identity was checked (%1): say why a strict trait changes.</source>
        <translation>Cette identité a été contrôlée (%1) : indiquez pourquoi un trait strict change.</translation>
    </message>
</context>
<context>
    <name>relais::IdentityTraits</name>
    <message>
        <source>%1: “%2” cannot appear in it (letters, spaces, hyphens and apostrophes only).</source>
        <translation>%1 : « %2 » ne peut pas y figurer (lettres, espaces, traits d’union et apostrophes seulement).</translation>
    </message>
    <message>
        <source>Type the birth date as day/month/year, for example 12/03/1985.</source>
        <translation>Saisissez la date de naissance sous la forme jour/mois/année, par exemple 12/03/1985.</translation>
    </message>
    <message>
        <source>%1 is not a date that exists.</source>
        <translation>%1 n’est pas une date qui existe.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>Une date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>A birth date more than 130 years ago is surely a typing mistake.</source>
        <translation>Une date de naissance de plus de 130 ans est sûrement une faute de frappe.</translation>
    </message>
    <message>
        <source>The place of birth is missing.</source>
        <translation>Le lieu de naissance manque.</translation>
    </message>
    <message>
        <source>%1 names no commune or country: its last digits are zeros.</source>
        <translation>%1 ne désigne aucune commune ni aucun pays : ses derniers chiffres sont des zéros.</translation>
    </message>
    <message>
        <source>%1 is not an INSEE place-of-birth code: 5 characters, the département (2A or 2B for Corsica) then the commune, or 99 and the country for a birth abroad.</source>
        <translation>%1 n’est pas un code INSEE de lieu de naissance : 5 caractères, le département (2A ou 2B pour la Corse) puis la commune, ou 99 et le pays pour une naissance à l’étranger.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; an identity trait has %3 at most.</source>
        <translation>%1 compte %2 caractères ; un trait d’identité en a %3 au plus.</translation>
    </message>
    <message>
        <source>The birth name</source>
        <translation>Le nom de naissance</translation>
    </message>
    <message>
        <source>The birth given names</source>
        <translation>Les prénoms de naissance</translation>
    </message>
    <message>
        <source>The birth name is missing.</source>
        <translation>Le nom de naissance manque.</translation>
    </message>
    <message>
        <source>The birth given names are missing.</source>
        <translation>Les prénoms de naissance manquent.</translation>
    </message>
</context>
<context>
    <name>relais::InputFile</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 est illisible : %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a pipe or a device): it was not read.</source>
        <translation>%1 n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than any file of its kind could be (%3 at most): it was not read.</source>
        <translation>%1 pèse %2, plus qu’aucun fichier de ce genre (%3 au plus) : il n’a pas été lu.</translation>
    </message>
</context>
<context>
    <name>relais::InsuranceSchemes</name>
    <message>
        <source>General scheme (CPAM)</source>
        <translation>Régime général (CPAM)</translation>
    </message>
    <message>
        <source>Agricultural scheme (MSA)</source>
        <translation>Régime agricole (MSA)</translation>
    </message>
    <message>
        <source>SNCF railways</source>
        <translation>SNCF</translation>
    </message>
    <message>
        <source>RATP Paris transport</source>
        <translation>RATP</translation>
    </message>
    <message>
        <source>Seafarers (ENIM)</source>
        <translation>Marins (ENIM)</translation>
    </message>
    <message>
        <source>Miners (CANSSM)</source>
        <translation>Mines (CANSSM)</translation>
    </message>
    <message>
        <source>Armed forces (CNMSS)</source>
        <translation>Militaires (CNMSS)</translation>
    </message>
    <message>
        <source>Notaries&apos; clerks (CRPCEN)</source>
        <translation>Clercs et employés de notaire (CRPCEN)</translation>
    </message>
    <message>
        <source>Clergy (CAVIMAC)</source>
        <translation>Cultes (CAVIMAC)</translation>
    </message>
    <message>
        <source>State medical aid (AME)</source>
        <translation>Aide médicale de l’État (AME)</translation>
    </message>
    <message>
        <source>Other scheme</source>
        <translation>Autre régime</translation>
    </message>
    <message>
        <source>%1 is not a scheme Relais knows.</source>
        <translation>%1 n’est pas un régime connu de Relais.</translation>
    </message>
</context>
<context>
    <name>relais::InteractionRepository</name>
    <message>
        <source>Replacing the interaction thesaurus failed</source>
        <translation>Le remplacement du thésaurus des interactions a échoué</translation>
    </message>
    <message>
        <source>Matching the substances to the interaction thesaurus failed</source>
        <translation>Le rapprochement des substances avec le thésaurus des interactions a échoué</translation>
    </message>
    <message>
        <source>Reading the interaction thesaurus failed</source>
        <translation>La lecture du thésaurus des interactions a échoué</translation>
    </message>
</context>
<context>
    <name>relais::Invitation</name>
    <message>
        <source>This workstation does not sync yet: synchronise it with the hub once before inviting another.</source>
        <translation>Ce poste ne se synchronise pas encore : synchronisez-le une fois avec le serveur avant d’en inviter un autre.</translation>
    </message>
    <message>
        <source>Closing the invitation failed</source>
        <translation>La clôture de l’invitation a échoué</translation>
    </message>
    <message>
        <source>This vault already belongs to a practice that syncs.</source>
        <translation>Ce coffre appartient déjà à un cabinet qui se synchronise.</translation>
    </message>
    <message>
        <source>An invitation code is 16 letters and digits, such as ABCD-EFGH-JKMN-PQRS: check what was typed.</source>
        <translation>Un code d’invitation compte 16 lettres et chiffres, comme ABCD-EFGH-JKMN-PQRS : vérifiez la saisie.</translation>
    </message>
    <message>
        <source>The hub has no invitation with this code: check the code, as shown on the inviting workstation.</source>
        <translation>Le serveur n’a aucune invitation avec ce code : vérifiez le code, tel qu’il s’affiche sur le poste qui invite.</translation>
    </message>
    <message>
        <source>This invitation was already used: make a new one on an enrolled workstation.</source>
        <translation>Cette invitation a déjà servi : créez-en une nouvelle sur un poste inscrit.</translation>
    </message>
    <message>
        <source>This invitation has expired (an invitation is valid 15 minutes): make a new one on an enrolled workstation.</source>
        <translation>Cette invitation a expiré (une invitation vaut 15 minutes) : créez-en une nouvelle sur un poste inscrit.</translation>
    </message>
    <message>
        <source>The inviting workstation could not read this workstation&apos;s answer: the code was probably mistyped. Make a new invitation.</source>
        <translation>Le poste qui invite n’a pas pu lire la réponse de ce poste : le code a sans doute été mal saisi. Créez une nouvelle invitation.</translation>
    </message>
    <message>
        <source>The practice&apos;s keys received are damaged: make a new invitation.</source>
        <translation>Les clés du cabinet reçues sont endommagées : créez une nouvelle invitation.</translation>
    </message>
    <message>
        <source>The invitation expired before the inviting workstation answered: make a new one, and synchronise the inviting workstation.</source>
        <translation>L’invitation a expiré avant la réponse du poste qui invite : créez-en une nouvelle, et synchronisez le poste qui invite.</translation>
    </message>
    <message>
        <source>Joining the practice was stopped.</source>
        <translation>L’entrée dans le cabinet a été interrompue.</translation>
    </message>
    <message>
        <source>Making the invitation failed: out of memory.</source>
        <translation>La création de l’invitation a échoué : mémoire insuffisante.</translation>
    </message>
</context>
<context>
    <name>relais::JournalChange</name>
    <message>
        <source>A change that cannot be read: %1.</source>
        <translation>Une modification illisible : %1.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>format %1 is not one this version reads</source>
        <translation>le format %1 n’est pas lu par cette version</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>pas de %1</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>pas de version de schéma</translation>
    </message>
    <message>
        <source>no tombstone flag</source>
        <translation>pas d’indicateur de suppression</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>pas d’enregistrement</translation>
    </message>
    <message>
        <source>its clock is not one</source>
        <translation>son horloge n’en est pas une</translation>
    </message>
    <message>
        <source>its id is not one</source>
        <translation>son identifiant n’en est pas un</translation>
    </message>
    <message>
        <source>the value of %1 is not a plain value</source>
        <translation>la valeur de %1 n’est pas une valeur simple</translation>
    </message>
</context>
<context>
    <name>relais::KeychainKeyStore</name>
    <message>
        <source>The system keychain holds no key for this vault.</source>
        <translation>Le trousseau du système ne contient aucune clé pour ce coffre.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the vault key.</source>
        <translation>Le trousseau du système a refusé l’accès à la clé du coffre.</translation>
    </message>
    <message>
        <source>No system keychain answered (%1).</source>
        <translation>Aucun trousseau du système n’a répondu (%1).</translation>
    </message>
</context>
<context>
    <name>relais::MergeRepository</name>
    <message>
        <source>Undoing the merge failed</source>
        <translation>L’annulation de la fusion a échoué</translation>
    </message>
    <message>
        <source>Reading the merges failed</source>
        <translation>La lecture des fusions a échoué</translation>
    </message>
    <message>
        <source>Merging the files failed</source>
        <translation>La fusion des dossiers a échoué</translation>
    </message>
</context>
<context>
    <name>relais::Migrations</name>
    <message>
        <source>Reading the schema version failed</source>
        <translation>La lecture de la version du schéma a échoué</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Relais (schema %1, this version knows up to %2). Update Relais on this workstation.</source>
        <translation>Ce coffre a été écrit par une version plus récente de Relais (schéma %1, cette version connaît jusqu’au %2). Mettez Relais à jour sur ce poste.</translation>
    </message>
    <message>
        <source>Starting a migration failed</source>
        <translation>Le début de la mise à jour du schéma a échoué</translation>
    </message>
    <message>
        <source>Updating the vault to schema %1 failed</source>
        <translation>La mise à jour du coffre vers le schéma %1 a échoué</translation>
    </message>
    <message>
        <source>Committing a migration failed</source>
        <translation>La validation de la mise à jour du schéma a échoué</translation>
    </message>
</context>
<context>
    <name>relais::Nir</name>
    <message>
        <source>The social-security number is missing.</source>
        <translation>Le numéro de sécurité sociale manque.</translation>
    </message>
    <message>
        <source>A social-security number has 15 characters (13, then a 2-digit key); this one has %1.</source>
        <translation>Un numéro de sécurité sociale compte 15 caractères (13, puis une clé de 2 chiffres) ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>A social-security number has digits only, except 2A or 2B for Corsica.</source>
        <translation>Un numéro de sécurité sociale ne contient que des chiffres, sauf 2A ou 2B pour la Corse.</translation>
    </message>
    <message>
        <source>The first digit gives the sex: 1 or 2 (3, 4, 7 or 8 for a temporary number), not %1.</source>
        <translation>Le premier chiffre indique le sexe : 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire), pas %1.</translation>
    </message>
    <message>
        <source>Digits 4 and 5 give the month of birth: %1 is not one.</source>
        <translation>Les chiffres 4 et 5 indiquent le mois de naissance : %1 n’en est pas un.</translation>
    </message>
    <message>
        <source>%1 is not an overseas département or collectivity.</source>
        <translation>%1 n’est ni un département ni une collectivité d’outre-mer.</translation>
    </message>
    <message>
        <source>%1 is not a département of birth.</source>
        <translation>%1 n’est pas un département de naissance.</translation>
    </message>
    <message>
        <source>The country of birth code cannot be %1.</source>
        <translation>Le code du pays de naissance ne peut pas être %1.</translation>
    </message>
    <message>
        <source>The commune of birth code cannot be %1.</source>
        <translation>Le code de la commune de naissance ne peut pas être %1.</translation>
    </message>
    <message>
        <source>The order number cannot be 000.</source>
        <translation>Le numéro d’ordre ne peut pas être 000.</translation>
    </message>
    <message>
        <source>The social-security number says %1, the identity says otherwise.</source>
        <translation>Le numéro de sécurité sociale indique %1, l’identité dit le contraire.</translation>
    </message>
    <message>
        <source>a man</source>
        <translation>un homme</translation>
    </message>
    <message>
        <source>a woman</source>
        <translation>une femme</translation>
    </message>
    <message>
        <source>The social-security number says born in ..%1, the birth date says %2.</source>
        <translation>Le numéro de sécurité sociale indique une naissance en ..%1, la date de naissance dit %2.</translation>
    </message>
    <message>
        <source>The social-security number gives month %1 of birth, the birth date %2.</source>
        <translation>Le numéro de sécurité sociale donne le mois de naissance %1, la date de naissance le mois %2.</translation>
    </message>
    <message>
        <source>This social-security number does not check out (its last two digits, the key, do not match the 13 before): a digit was mistyped. Read it again from the card or the certificate, all 15 digits.</source>
        <translation>Ce numéro de sécurité sociale n’est pas cohérent (ses deux derniers chiffres, la clé, ne correspondent pas aux 13 précédents) : un chiffre a été mal saisi. Relisez-le sur la carte ou l’attestation, les 15 chiffres.</translation>
    </message>
</context>
<context>
    <name>relais::PartialDate</name>
    <message>
        <source>Type a year (1998), a month (03/2015) or a date (12/03/2015), not “%1”.</source>
        <translation>Tapez une année (1998), un mois (03/2015) ou une date (12/03/2015), pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not a date: no such month.</source>
        <translation>%1 n’est pas une date : ce mois n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a date: no such day.</source>
        <translation>%1 n’est pas une date : ce jour n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is too far back to be right.</source>
        <translation>%1 est trop ancien pour être juste.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 est dans le futur.</translation>
    </message>
</context>
<context>
    <name>relais::Passwords</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Le mot de passe doit compter au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password repeats too few different characters.</source>
        <translation>Le mot de passe contient trop peu de caractères différents.</translation>
    </message>
    <message>
        <source>This password is among the first ones anyone would try.</source>
        <translation>Ce mot de passe fait partie des premiers que l’on essaierait.</translation>
    </message>
    <message>
        <source>The password must not contain the login.</source>
        <translation>Le mot de passe ne doit pas contenir l’identifiant.</translation>
    </message>
    <message>
        <source>The password must not contain the person&apos;s name.</source>
        <translation>Le mot de passe ne doit pas contenir le nom de la personne.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Mémoire insuffisante pour protéger le mot de passe.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters, the most Relais accepts.</source>
        <translation>Le mot de passe dépasse %1 caractères, le maximum accepté par Relais.</translation>
    </message>
</context>
<context>
    <name>relais::PatientAllergies</name>
    <message>
        <source>Name the substance (a drug, a food, latex…).</source>
        <translation>Nommez la substance (un médicament, un aliment, le latex…).</translation>
    </message>
    <message>
        <source>intolerance</source>
        <translation>intolérance</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>allergie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2 : %3)</translation>
    </message>
    <message>
        <source>Allergies are listed for this patient: remove them first if they were wrong, rather than recording that there is none.</source>
        <translation>Des allergies sont listées pour ce patient : retirez-les d’abord si elles étaient fausses, plutôt que d’enregistrer qu’il n’y en a aucune.</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>pas encore demandées</translation>
    </message>
    <message>
        <source>no known allergy (asked by %1 on %2)</source>
        <translation>aucune allergie connue (demandé par %1 le %2)</translation>
    </message>
</context>
<context>
    <name>relais::PatientDetails</name>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>pas encore demandé</translation>
    </message>
    <message>
        <source>No referring doctor declared</source>
        <translation>Aucun médecin traitant déclaré</translation>
    </message>
    <message>
        <source>%1 (RPPS %2)</source>
        <translation>%1 (RPPS %2)</translation>
    </message>
    <message>
        <source>This patient&apos;s file does not exist.</source>
        <translation>Ce dossier patient n’existe pas.</translation>
    </message>
    <message>
        <source>This account is not an active physician of the practice.</source>
        <translation>Ce compte n’est pas celui d’un médecin actif du cabinet.</translation>
    </message>
    <message>
        <source>Type the referring doctor&apos;s name.</source>
        <translation>Tapez le nom du médecin traitant.</translation>
    </message>
    <message>
        <source>Type the referring doctor&apos;s RPPS number (11 digits, on their letters and prescriptions).</source>
        <translation>Tapez le numéro RPPS du médecin traitant (11 chiffres, sur ses courriers et ordonnances).</translation>
    </message>
    <message>
        <source>Consents cannot be collected in the future.</source>
        <translation>Un consentement ne peut pas être recueilli dans le futur.</translation>
    </message>
    <message>
        <source>Notes are limited to %1 characters; these have %2.</source>
        <translation>Les notes sont limitées à %1 caractères ; celles-ci en ont %2.</translation>
    </message>
</context>
<context>
    <name>relais::PatientFileRepository</name>
    <message>
        <source>Reading the patient&apos;s file failed</source>
        <translation>La lecture du dossier du patient a échoué</translation>
    </message>
    <message>
        <source>Reading the allergies failed</source>
        <translation>La lecture des allergies a échoué</translation>
    </message>
    <message>
        <source>Reading the history failed</source>
        <translation>La lecture des antécédents a échoué</translation>
    </message>
    <message>
        <source>Reading the treatments failed</source>
        <translation>La lecture des traitements a échoué</translation>
    </message>
</context>
<context>
    <name>relais::PatientHistory</name>
    <message>
        <source>Surgical</source>
        <translation>Chirurgical</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familial</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No long-term condition (ALD)</source>
        <translation>Aucune affection de longue durée (ALD)</translation>
    </message>
    <message>
        <source>Name the condition or the operation.</source>
        <translation>Indiquez la maladie ou l’intervention.</translation>
    </message>
    <message>
        <source>Only a medical condition of the patient can be an ALD.</source>
        <translation>Seule une maladie du patient lui-même peut être une ALD.</translation>
    </message>
    <message>
        <source>Name the drug, as on the box or the prescription.</source>
        <translation>Indiquez le médicament, comme sur la boîte ou l’ordonnance.</translation>
    </message>
    <message>
        <source>A treatment cannot have stopped in the future.</source>
        <translation>Un traitement ne peut pas avoir été arrêté dans le futur.</translation>
    </message>
    <message>
        <source>A treatment cannot stop before it started.</source>
        <translation>Un traitement ne peut pas s’arrêter avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>This treatment is no longer in the file.</source>
        <translation>Ce traitement n’est plus dans le dossier.</translation>
    </message>
    <message>
        <source>This treatment was already stopped.</source>
        <translation>Ce traitement est déjà arrêté.</translation>
    </message>
</context>
<context>
    <name>relais::PatientMerger</name>
    <message>
        <source>Say why these two files are the same person (the trail keeps it).</source>
        <translation>Dites pourquoi ces deux dossiers sont la même personne (la traçabilité le conserve).</translation>
    </message>
    <message>
        <source>A file cannot be merged into itself.</source>
        <translation>Un dossier ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>One of these files was already merged into another one.</source>
        <translation>L’un de ces dossiers a déjà été fusionné dans un autre.</translation>
    </message>
    <message>
        <source>These files carry two different social-security numbers: they are not the same person, or one number is wrong. Correct it first.</source>
        <translation>Ces dossiers portent deux numéros de sécurité sociale différents : ce ne sont pas la même personne, ou l’un des numéros est faux. Corrigez-le d’abord.</translation>
    </message>
    <message>
        <source>One of these files no longer exists.</source>
        <translation>L’un de ces dossiers n’existe plus.</translation>
    </message>
    <message>
        <source>From the merged file:</source>
        <translation>Du dossier fusionné :</translation>
    </message>
    <message>
        <source>This merge is not in the vault.</source>
        <translation>Cette fusion n’est pas dans le coffre.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Cette fusion a déjà été annulée.</translation>
    </message>
    <message>
        <source>The kept file no longer exists.</source>
        <translation>Le dossier conservé n’existe plus.</translation>
    </message>
</context>
<context>
    <name>relais::PatientRegistry</name>
    <message>
        <source>Choose the sex.</source>
        <translation>Choisissez le sexe.</translation>
    </message>
    <message>
        <source>The birth date is missing.</source>
        <translation>La date de naissance manque.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>Une date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>This patient may already have a file: %1 (%2). Open it, or confirm that this is another person.</source>
        <translation>Ce patient a peut-être déjà un dossier : %1 (%2). Ouvrez-le, ou confirmez qu’il s’agit d’une autre personne.</translation>
    </message>
    <message>
        <source>Patient %1: %2</source>
        <translation>Patient %1 : %2</translation>
    </message>
    <message>
        <source>Type the place of birth from the document before validating.</source>
        <translation>Saisissez le lieu de naissance figurant sur le justificatif avant de valider.</translation>
    </message>
    <message>
        <source>A birth date before %1 is not plausible: check the year.</source>
        <translation>Une date de naissance antérieure à %1 n’est pas plausible : vérifiez l’année.</translation>
    </message>
</context>
<context>
    <name>relais::PatientRepository</name>
    <message>
        <source>Opening the patient&apos;s file failed</source>
        <translation>L’ouverture du dossier du patient a échoué</translation>
    </message>
    <message>
        <source>Searching the patients failed</source>
        <translation>La recherche des patients a échoué</translation>
    </message>
    <message>
        <source>Reading the patient failed</source>
        <translation>La lecture du patient a échoué</translation>
    </message>
    <message>
        <source>Looking for duplicates failed</source>
        <translation>La recherche de doublons a échoué</translation>
    </message>
    <message>
        <source>Reading the identity&apos;s history failed</source>
        <translation>La lecture de l’historique de l’identité a échoué</translation>
    </message>
    <message>
        <source>This patient&apos;s file does not exist.</source>
        <translation>Ce dossier patient n’existe pas.</translation>
    </message>
    <message>
        <source>This file was merged into another one: change that one, or undo the merge first.</source>
        <translation>Ce dossier a été fusionné dans un autre : modifiez celui-là, ou annulez d’abord la fusion.</translation>
    </message>
</context>
<context>
    <name>relais::PatientVitals</name>
    <message>
        <source>%1 is not typed in.</source>
        <translation>%1 ne se saisit pas.</translation>
    </message>
    <message>
        <source>The time of measurement cannot be in the future.</source>
        <translation>L’heure de la mesure ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>These values were taken earlier: say why they are entered only now (paper sheet, home reading…).</source>
        <translation>Ces valeurs ont été prises plus tôt : indiquez pourquoi elles ne sont saisies que maintenant (feuille papier, automesure…).</translation>
    </message>
    <message>
        <source>Nothing was measured: type at least one value.</source>
        <translation>Aucune mesure : saisissez au moins une valeur.</translation>
    </message>
    <message>
        <source>This patient&apos;s file no longer exists.</source>
        <translation>Le dossier de ce patient n’existe plus.</translation>
    </message>
    <message>
        <source>This measurement no longer exists.</source>
        <translation>Cette mesure n’existe plus.</translation>
    </message>
    <message>
        <source>This value was already corrected: correct the newest version.</source>
        <translation>Cette valeur a déjà été corrigée : corrigez sa version la plus récente.</translation>
    </message>
    <message>
        <source>Say why the value is corrected (typing mistake, wrong patient…).</source>
        <translation>Indiquez pourquoi la valeur est corrigée (faute de frappe, mauvais patient…).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::PdfFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit : %2.</translation>
    </message>
</context>
<context>
    <name>relais::PhoneNumber</name>
    <message>
        <source>The phone number is missing.</source>
        <translation>Le numéro de téléphone manque.</translation>
    </message>
    <message>
        <source>A phone number has digits only (spaces, dots and a leading + are fine).</source>
        <translation>Un numéro de téléphone ne contient que des chiffres (les espaces, les points et un + au début sont acceptés).</translation>
    </message>
    <message>
        <source>An international number has 9 to 15 digits after the +.</source>
        <translation>Un numéro international compte de 9 à 15 chiffres après le +.</translation>
    </message>
    <message>
        <source>A French phone number has 10 digits and starts with 0, for example 06 12 34 56 78.</source>
        <translation>Un numéro français compte 10 chiffres et commence par 0, par exemple 06 12 34 56 78.</translation>
    </message>
</context>
<context>
    <name>relais::PlaceDirectory</name>
    <message>
        <source>The table of birth places %1 cannot be read at line %2 (%3): INSEE codes can still be typed by hand.</source>
        <translation>La table des lieux de naissance %1 est illisible à la ligne %2 (%3) : les codes INSEE peuvent toujours être saisis à la main.</translation>
    </message>
    <message>
        <source>not a table of places</source>
        <translation>ce n’est pas une table de lieux</translation>
    </message>
    <message>
        <source>the file ends in the middle of a line</source>
        <translation>le fichier s’arrête au milieu d’une ligne</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>texte qui n’est pas en UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>%n columns instead of 6</source>
        <translation>
            <numerusform>%n colonne au lieu de 6</numerusform>
            <numerusform>%n colonnes au lieu de 6</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an INSEE code</source>
        <translation>« %1 » n’est pas un code INSEE</translation>
    </message>
    <message>
        <source>unknown kind of place</source>
        <translation>type de lieu inconnu</translation>
    </message>
    <message>
        <source>a place without a name</source>
        <translation>un lieu sans nom</translation>
    </message>
    <message>
        <source>a place both in France and abroad</source>
        <translation>un lieu à la fois en France et à l’étranger</translation>
    </message>
    <message>
        <source>the lines are out of order</source>
        <translation>les lignes ne sont pas dans l’ordre</translation>
    </message>
    <message>
        <source>no place at all</source>
        <translation>aucun lieu</translation>
    </message>
    <message>
        <source>The table of birth places is missing from this installation of Relais: INSEE codes can still be typed by hand.</source>
        <translation>La table des lieux de naissance manque dans cette installation de Relais : les codes INSEE peuvent toujours être saisis à la main.</translation>
    </message>
    <message>
        <source>%1 (abroad)</source>
        <translation>%1 (étranger)</translation>
    </message>
    <message>
        <source>%1 (%2), today part of %3</source>
        <translation>%1 (%2), aujourd’hui rattachée à %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>relais::Posology</name>
    <message>
        <source>Choose the unit of a dose (tablet, ml, puff…).</source>
        <translation>Choisissez l’unité d’une prise (comprimé, ml, bouffée…).</translation>
    </message>
    <message>
        <source>A dose is more than zero.</source>
        <translation>Une prise est supérieure à zéro.</translation>
    </message>
    <message>
        <source>%1 %2 at once cannot be right: check the dose.</source>
        <translation>%1 %2 en une prise ne peut pas être juste : vérifiez la dose.</translation>
    </message>
    <message>
        <source>Say when in the day it is taken.</source>
        <translation>Dites à quel moment de la journée il se prend.</translation>
    </message>
    <message>
        <source>A moment of the day comes once: add its doses up.</source>
        <translation>Un moment de la journée ne vient qu’une fois : additionnez ses prises.</translation>
    </message>
    <message>
        <source>From 1 to 12 times a day.</source>
        <translation>De 1 à 12 fois par jour.</translation>
    </message>
    <message>
        <source>Every 1 to 72 hours.</source>
        <translation>Toutes les 1 à 72 heures.</translation>
    </message>
    <message>
        <source>Taken as needed: say how much a day at most.</source>
        <translation>Pris si besoin : dites combien par jour au plus.</translation>
    </message>
    <message>
        <source>The most a day cannot be less than one dose (%1).</source>
        <translation>Le maximum par jour ne peut pas être inférieur à une prise (%1).</translation>
    </message>
    <message>
        <source>A duration is at least one day.</source>
        <translation>Une durée compte au moins un jour.</translation>
    </message>
    <message>
        <source>A prescription covers 12 months at most.</source>
        <translation>Une ordonnance couvre 12 mois au plus.</translation>
    </message>
    <message>
        <source>From 1 to 99 boxes.</source>
        <translation>De 1 à 99 boîtes.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be divided; prescribe whole units.</source>
        <translation>%1 : la forme « %2 » ne se divise pas ; prescrivez des unités entières.</translation>
    </message>
    <message>
        <source>%1: %2 is scored in halves only.</source>
        <translation>%1 : la forme « %2 » ne se coupe qu’en deux.</translation>
    </message>
    <message>
        <source>%1: %2 is scored in quarters only.</source>
        <translation>%1 : la forme « %2 » ne se coupe qu’en quatre.</translation>
    </message>
</context>
<context>
    <name>relais::PostalAddressRules</name>
    <message>
        <source>A postcode has five digits, like 24000 (%1 does not).</source>
        <translation>Un code postal a cinq chiffres, comme 24000 (ce n’est pas le cas de %1).</translation>
    </message>
    <message>
        <source>No French postcode starts with %1.</source>
        <translation>Aucun code postal français ne commence par %1.</translation>
    </message>
    <message>
        <source>Type the postcode too, or leave the whole address empty.</source>
        <translation>Tapez aussi le code postal, ou laissez toute l’adresse vide.</translation>
    </message>
    <message>
        <source>Type the town that goes with %1.</source>
        <translation>Tapez la commune qui va avec %1.</translation>
    </message>
</context>
<context>
    <name>relais::PracticeRepository</name>
    <message>
        <source>Reading the practice failed</source>
        <translation>La lecture des coordonnées du cabinet a échoué</translation>
    </message>
    <message>
        <source>Counting records failed</source>
        <translation>Le décompte des enregistrements a échoué</translation>
    </message>
</context>
<context>
    <name>relais::PracticeSettings</name>
    <message>
        <source>The practice&apos;s name is missing.</source>
        <translation>Le nom du cabinet manque.</translation>
    </message>
    <message>
        <source>A FINESS number has 9 characters: the département (2 digits, or 2A/2B), then 7 digits.</source>
        <translation>Un numéro FINESS compte 9 caractères : le département (2 chiffres, ou 2A/2B), puis 7 chiffres.</translation>
    </message>
    <message>
        <source>The lock delay is from 1 to 120 minutes.</source>
        <translation>Le délai de verrouillage va de 1 à 120 minutes.</translation>
    </message>
    <message>
        <source>The drug data is called old after 1 to 24 months.</source>
        <translation>Les données des médicaments sont dites anciennes après 1 à 24 mois.</translation>
    </message>
</context>
<context>
    <name>relais::PracticeSnapshot</name>
    <message>
        <source>Reading the %1 records failed</source>
        <translation>La lecture des enregistrements %1 a échoué</translation>
    </message>
    <message>
        <source>Reading the vault failed</source>
        <translation>La lecture du coffre a échoué</translation>
    </message>
    <message>
        <source>A part of the practice&apos;s snapshot is not the one expected: it was not loaded.</source>
        <translation>Une partie de l’instantané du cabinet n’est pas celle attendue : elle n’a pas été chargée.</translation>
    </message>
</context>
<context>
    <name>relais::PracticeSync</name>
    <message>
        <source>The practice&apos;s first sync is an administrator&apos;s: give --user LOGIN.</source>
        <translation>La première synchronisation du cabinet revient à un administrateur : donnez --user IDENTIFIANT.</translation>
    </message>
    <message>
        <source>Reading the sync state failed</source>
        <translation>La lecture de l’état de la synchronisation a échoué</translation>
    </message>
    <message>
        <source>Reading the changes kept aside failed</source>
        <translation>La lecture des modifications mises de côté a échoué</translation>
    </message>
    <message>
        <source>Sync every 1 to 1440 minutes, or only when asked.</source>
        <translation>Synchronisez toutes les 1 à 1440 minutes, ou seulement sur demande.</translation>
    </message>
    <message>
        <source>Keeping a possible duplicate failed</source>
        <translation>La conservation d’un doublon possible a échoué</translation>
    </message>
    <message>
        <source>Reading the possible duplicates failed</source>
        <translation>La lecture des doublons possibles a échoué</translation>
    </message>
    <message>
        <source>Setting the possible duplicate aside failed</source>
        <translation>La mise à l’écart du doublon possible a échoué</translation>
    </message>
</context>
<context>
    <name>relais::PracticeTime</name>
    <message>
        <source>Type a date and a time.</source>
        <translation>Tapez une date et une heure.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: the clocks go forward an hour that night. Choose %3 or later.</source>
        <translation>%1 n’existe pas le %2 : on avance les horloges d’une heure cette nuit-là. Choisissez %3 ou plus tard.</translation>
    </message>
</context>
<context>
    <name>relais::PreparedConsultations</name>
    <message>
        <source>Identity checked against a document</source>
        <translation>Identité vérifiée sur un justificatif</translation>
    </message>
    <message>
        <source>Carte Vitale read, coverage up to date</source>
        <translation>Carte Vitale lue, droits à jour</translation>
    </message>
    <message>
        <source>Allergies asked</source>
        <translation>Allergies demandées</translation>
    </message>
    <message>
        <source>Current treatments reviewed with the patient</source>
        <translation>Traitements en cours revus avec le patient</translation>
    </message>
    <message>
        <source>Vital signs taken</source>
        <translation>Constantes prises</translation>
    </message>
    <message>
        <source>Vaccinations checked</source>
        <translation>Vaccinations vérifiées</translation>
    </message>
    <message>
        <source>Letters and results brought by the patient filed</source>
        <translation>Courriers et résultats apportés par le patient classés</translation>
    </message>
    <message>
        <source>ready for the doctor</source>
        <translation>prête pour le médecin</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relue</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>Choose the physician of the practice who will see the patient.</source>
        <translation>Choisissez le médecin du cabinet qui verra le patient.</translation>
    </message>
    <message>
        <source>This patient&apos;s consultation of today is already being prepared.</source>
        <translation>La consultation du jour de ce patient est déjà en préparation.</translation>
    </message>
    <message>
        <source>This prepared consultation no longer exists.</source>
        <translation>Cette consultation préparée n’existe plus.</translation>
    </message>
    <message>
        <source>The GP has reviewed this consultation: it can no longer be changed.</source>
        <translation>Le médecin a relu cette consultation : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>This consultation is already %1.</source>
        <translation>Cette consultation est déjà %1.</translation>
    </message>
    <message>
        <source>Say why the patient comes before handing the file to the GP.</source>
        <translation>Indiquez le motif de la venue avant de transmettre le dossier au médecin.</translation>
    </message>
    <message>
        <source>Only a file ready for the doctor can be marked reviewed (this one is %1).</source>
        <translation>Seul un dossier prêt pour le médecin peut être marqué relu (celui-ci est %1).</translation>
    </message>
    <message>
        <source>No vital sign belongs to this consultation yet: take them in the Vital signs tab before ticking “%1”.</source>
        <translation>Aucune constante n’appartient encore à cette consultation : prenez-les dans l’onglet Constantes avant de cocher « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is ticked, but no vital sign belongs to this consultation.</source>
        <translation>« %1 » est coché, mais aucune constante n’appartient à cette consultation.</translation>
    </message>
    <message>
        <source>No vital sign was taken for this consultation: take them in the Vital signs tab, or say why there are none.</source>
        <translation>Aucune constante n’a été prise pour cette consultation : prenez-les dans l’onglet Constantes, ou dites pourquoi il n’y en a pas.</translation>
    </message>
    <message>
        <source>No vital sign taken: %1</source>
        <translation>Aucune constante prise : %1</translation>
    </message>
    <message>
        <source>This file is not marked reviewed.</source>
        <translation>Ce dossier n’est pas marqué relu.</translation>
    </message>
    <message>
        <source>Only %1, who marked this file reviewed, can undo it.</source>
        <translation>Seule la personne qui a marqué ce dossier relu (%1) peut l’annuler.</translation>
    </message>
    <message numerus="yes">
        <source>“Reviewed” can be undone for %n minutes only: add a comment to the patient&apos;s file instead.</source>
        <translation>
            <numerusform>« Relu » ne s’annule que pendant %n minute : ajoutez plutôt une note au dossier du patient.</numerusform>
            <numerusform>« Relu » ne s’annule que pendant %n minutes : ajoutez plutôt une note au dossier du patient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionCheck</name>
    <message>
        <source>The patient is allergic or intolerant to %1.</source>
        <translation>Le patient est allergique ou intolérant à %1.</translation>
    </message>
    <message>
        <source>The same substance is prescribed twice.</source>
        <translation>La même substance est prescrite deux fois.</translation>
    </message>
    <message>
        <source>The same substance is already in the current treatment.</source>
        <translation>La même substance figure déjà dans le traitement en cours.</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>Contre-indication</translation>
    </message>
    <message>
        <source>Inadvisable combination</source>
        <translation>Association déconseillée</translation>
    </message>
    <message>
        <source>Precaution for use</source>
        <translation>Précaution d’emploi</translation>
    </message>
    <message>
        <source>To take into account</source>
        <translation>À prendre en compte</translation>
    </message>
    <message>
        <source>Allergy: %1 (%2)</source>
        <translation>Allergie : %1 (%2)</translation>
    </message>
    <message>
        <source>Same substance twice: %1 and %2</source>
        <translation>Même substance deux fois : %1 et %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionChecks</name>
    <message>
        <source>The drug database is not imported on this workstation: nothing was checked.</source>
        <translation>La base des médicaments n’est pas importée sur ce poste : rien n’a été vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>The drug database was imported on %1, more than %n month(s) ago: import the current one.</source>
        <translation>
            <numerusform>La base des médicaments a été importée le %1, il y a plus de %n mois : importez la version à jour.</numerusform>
            <numerusform>La base des médicaments a été importée le %1, il y a plus de %n mois : importez la version à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interaction thesaurus is not imported on this workstation: interactions were not checked.</source>
        <translation>Le thésaurus des interactions n’est pas importé sur ce poste : les interactions n’ont pas été vérifiées.</translation>
    </message>
    <message numerus="yes">
        <source>The interaction thesaurus was imported on %1, more than %n month(s) ago: import the current one.</source>
        <translation>
            <numerusform>Le thésaurus des interactions a été importé le %1, il y a plus de %n mois : importez l’édition à jour.</numerusform>
            <numerusform>Le thésaurus des interactions a été importé le %1, il y a plus de %n mois : importez l’édition à jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionPrinter</name>
    <message>
        <source>route: %1</source>
        <translation>voie %1</translation>
    </message>
    <message>
        <source>for information: %1</source>
        <translation>pour information : %1</translation>
    </message>
    <message numerus="yes">
        <source>To be renewed %n time(s)</source>
        <translation>
            <numerusform>À renouveler %n fois</numerusform>
            <numerusform>À renouveler %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>RPPS no. %1</source>
        <translation>N° RPPS %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tél. : %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Courriel : %1</translation>
    </message>
    <message>
        <source>Prescription no.</source>
        <translation>Ordonnance n°</translation>
    </message>
    <message>
        <source>DUPLICATE: not to be dispensed again</source>
        <translation>DUPLICATA : ne pas délivrer une seconde fois</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>used name: %1</source>
        <translation>nom d’usage : %1</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient : %1</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>Sexe : %1</translation>
    </message>
    <message numerus="yes">
        <source>Born on %1 (%n year(s) old)</source>
        <translation>
            <numerusform>Né(e) le %1 (%n an)</numerusform>
            <numerusform>Né(e) le %1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight: %1 kg</source>
        <translation>Poids : %1 kg</translation>
    </message>
    <message>
        <source>Height: %1 cm</source>
        <translation>Taille : %1 cm</translation>
    </message>
    <message>
        <source>measured on %1</source>
        <translation>mesurés le %1</translation>
    </message>
    <message>
        <source>Prescriptions for the treatment of the recognised long-term condition (ALD, listed or not)</source>
        <translation>Prescriptions relatives au traitement de l’affection de longue durée reconnue (liste ou hors liste) — AFFECTION EXONÉRANTE</translation>
    </message>
    <message>
        <source>Prescriptions UNRELATED to the long-term condition (intercurrent illnesses)</source>
        <translation>Prescriptions SANS RAPPORT avec l’affection de longue durée — MALADIES INTERCURRENTES</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) prescribed</source>
        <translation>
            <numerusform>%n ligne prescrite</numerusform>
            <numerusform>%n lignes prescrites</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>The prescription number and its QR code are Relais&apos; own: this is not an electronic prescription (ordonnance numérique).</source>
        <translation>Le numéro d’ordonnance et son code QR sont propres à Relais : ce n’est pas une ordonnance numérique.</translation>
    </message>
    <message>
        <source>Prescription %1</source>
        <translation>Ordonnance %1</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionRepository</name>
    <message>
        <source>Reading the prescription failed</source>
        <translation>La lecture de l’ordonnance a échoué</translation>
    </message>
    <message>
        <source>Reading the prescriptions failed</source>
        <translation>La lecture des ordonnances a échoué</translation>
    </message>
    <message>
        <source>Reading the prescription templates failed</source>
        <translation>La lecture des modèles d’ordonnance a échoué</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionRules</name>
    <message>
        <source>Add at least one drug.</source>
        <translation>Ajoutez au moins un médicament.</translation>
    </message>
    <message>
        <source>Name the drug by its common name (DCI).</source>
        <translation>Nommez le médicament par sa dénomination commune (DCI).</translation>
    </message>
    <message>
        <source>%1 is a stupéfiant: it is prescribed on a secured form with doses and duration in words, which Relais does not print yet. Write this one by hand.</source>
        <translation>%1 est un stupéfiant : il se prescrit sur ordonnance sécurisée, doses et durée en toutes lettres, ce que Relais n’imprime pas encore. Rédigez-la à la main.</translation>
    </message>
    <message>
        <source>%1 is prescribed at the hospital only.</source>
        <translation>%1 ne se prescrit qu’à l’hôpital.</translation>
    </message>
    <message>
        <source>Say for how long, or how many boxes.</source>
        <translation>Indiquez pour combien de temps, ou combien de boîtes.</translation>
    </message>
    <message>
        <source>From 0 to %1 renewals.</source>
        <translation>De 0 à %1 renouvellements.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is prescribed for %n day(s) at most, renewals included.</source>
        <translation>
            <numerusform>%1 se prescrit pour %n jour au plus, renouvellements compris.</numerusform>
            <numerusform>%1 se prescrit pour %n jours au plus, renouvellements compris.</numerusform>
        </translation>
    </message>
    <message>
        <source>A prescription covers 12 months at most, renewals included.</source>
        <translation>Une ordonnance couvre 12 mois au plus, renouvellements compris.</translation>
    </message>
    <message>
        <source>MTE applies only to the substances of the arrêté&apos;s list (lévothyroxine, some antiepileptics and immunosuppressants, buprénorphine): give another reason or let the pharmacist substitute.</source>
        <translation>La mention MTE ne vaut que pour les substances de la liste de l’arrêté (lévothyroxine, certains antiépileptiques et immunosuppresseurs, buprénorphine) : donnez un autre motif ou laissez le pharmacien substituer.</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionSheet</name>
    <message>
        <source>the prescriber&apos;s name</source>
        <translation>le nom du prescripteur</translation>
    </message>
    <message>
        <source>the prescriber&apos;s specialty</source>
        <translation>la spécialité du prescripteur</translation>
    </message>
    <message>
        <source>the prescriber&apos;s RPPS number</source>
        <translation>le numéro RPPS du prescripteur</translation>
    </message>
    <message>
        <source>the prescriber&apos;s professional address</source>
        <translation>l’adresse professionnelle du prescripteur</translation>
    </message>
    <message>
        <source>the prescriber&apos;s phone number</source>
        <translation>le téléphone du prescripteur</translation>
    </message>
    <message>
        <source>the prescriber&apos;s e-mail address</source>
        <translation>l’adresse électronique du prescripteur</translation>
    </message>
    <message>
        <source>the patient&apos;s name</source>
        <translation>le nom du patient</translation>
    </message>
    <message>
        <source>the patient&apos;s first names</source>
        <translation>les prénoms du patient</translation>
    </message>
    <message>
        <source>the patient&apos;s date of birth</source>
        <translation>la date de naissance du patient</translation>
    </message>
</context>
<context>
    <name>relais::Prescriptions</name>
    <message>
        <source>This prescription no longer exists.</source>
        <translation>Cette ordonnance n’existe plus.</translation>
    </message>
    <message>
        <source>Choose the patient first: this file does not exist.</source>
        <translation>Choisissez d’abord le patient : ce dossier n’existe pas.</translation>
    </message>
    <message>
        <source>This file was merged into another one: prescribe on the file that was kept.</source>
        <translation>Ce dossier a été fusionné avec un autre : prescrivez sur le dossier conservé.</translation>
    </message>
    <message>
        <source>This prescription is signed: it can no longer change. Renew or modify it to make a new draft.</source>
        <translation>Cette ordonnance est signée : elle ne peut plus changer. Renouvelez-la ou modifiez-la pour en faire un nouveau brouillon.</translation>
    </message>
    <message>
        <source>Sign with your own password.</source>
        <translation>Signez avec votre propre mot de passe.</translation>
    </message>
    <message>
        <source>This prescription is already signed.</source>
        <translation>Cette ordonnance est déjà signée.</translation>
    </message>
    <message>
        <source>A draft is not printed: a physician signs it first.</source>
        <translation>Un brouillon ne s’imprime pas : un médecin le signe d’abord.</translation>
    </message>
    <message>
        <source>Give a reason for signing despite this alert: %1.</source>
        <translation>Indiquez pourquoi vous signez malgré cette alerte : %1.</translation>
    </message>
    <message>
        <source>Confirm that you sign anyway.</source>
        <translation>Confirmez que vous signez quand même.</translation>
    </message>
    <message>
        <source>The physician who signed it is no longer known.</source>
        <translation>Le médecin qui l’a signée n’est plus connu.</translation>
    </message>
    <message>
        <source>This patient&apos;s file no longer exists.</source>
        <translation>Le dossier de ce patient n’existe plus.</translation>
    </message>
    <message>
        <source>This file lists no current treatment to renew: add them in the Treatments tab first.</source>
        <translation>Ce dossier ne liste aucun traitement en cours à renouveler : ajoutez-les d’abord dans l’onglet Traitements.</translation>
    </message>
    <message>
        <source>Name the template.</source>
        <translation>Nommez le modèle.</translation>
    </message>
</context>
<context>
    <name>relais::PublicHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l’an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>Saint-Étienne</translation>
    </message>
</context>
<context>
    <name>relais::RecordDigest</name>
    <message>
        <source>Reading %1 failed</source>
        <translation>La lecture de %1 a échoué</translation>
    </message>
</context>
<context>
    <name>relais::RecordWriter</name>
    <message>
        <source>%1 is not a kind of record Relais keeps.</source>
        <translation>%1 n’est pas un type d’enregistrement tenu par Relais.</translation>
    </message>
    <message>
        <source>A %1 record has no field named %2.</source>
        <translation>Un enregistrement %1 n’a pas de champ %2.</translation>
    </message>
    <message>
        <source>Saving the new %1 failed</source>
        <translation>L’enregistrement du nouvel élément %1 a échoué</translation>
    </message>
    <message>
        <source>Saving the %1 failed</source>
        <translation>L’enregistrement de l’élément %1 a échoué</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Cet élément %1 n’existe plus.</translation>
    </message>
    <message>
        <source>Deleting the %1 failed</source>
        <translation>La suppression de l’élément %1 a échoué</translation>
    </message>
    <message>
        <source>Reading back the %1 failed</source>
        <translation>La relecture de l’élément %1 a échoué</translation>
    </message>
    <message>
        <source>Writing the change journal failed</source>
        <translation>L’écriture du journal des modifications a échoué</translation>
    </message>
    <message>
        <source>Reading the %1 failed</source>
        <translation>La lecture de %1 a échoué</translation>
    </message>
    <message>
        <source>A change to %1, which is not a kind of record this workstation keeps.</source>
        <translation>Une modification de %1, qui n’est pas un type d’enregistrement tenu sur ce poste.</translation>
    </message>
    <message>
        <source>A change made by a newer version of Relais (schema %1, this workstation has %2): update Relais here first.</source>
        <translation>Une modification faite par une version plus récente de Relais (schéma %1, ce poste a le %2) : mettez d’abord Relais à jour sur ce poste.</translation>
    </message>
    <message>
        <source>A change to a %1 record names a field it has not: %2.</source>
        <translation>Une modification d’un enregistrement %1 nomme un champ qu’il n’a pas : %2.</translation>
    </message>
    <message>
        <source>A change dated %1, further ahead of this workstation&apos;s clock than Relais accepts: check the date and time of workstation %2.</source>
        <translation>Une modification datée du %1, plus en avance sur l’horloge de ce poste que Relais ne l’accepte : vérifiez la date et l’heure du poste %2.</translation>
    </message>
    <message>
        <source>Applying a change to a %1 record failed</source>
        <translation>L’application d’une modification d’un enregistrement %1 a échoué</translation>
    </message>
    <message>
        <source>A %1 record without its %2.</source>
        <translation>Un enregistrement %1 sans son champ %2.</translation>
    </message>
    <message>
        <source>A %1 record cut short.</source>
        <translation>Un enregistrement %1 tronqué.</translation>
    </message>
</context>
<context>
    <name>relais::RecoveryCode</name>
    <message>
        <source>“%1” cannot appear in a recovery code.</source>
        <translation>« %1 » ne peut pas figurer dans un code de récupération.</translation>
    </message>
    <message>
        <source>This recovery code is too long: it has %1 characters.</source>
        <translation>Ce code de récupération est trop long : il compte %1 caractères.</translation>
    </message>
    <message>
        <source>A recovery code has %1 characters; %2 were typed.</source>
        <translation>Un code de récupération compte %1 caractères ; %2 ont été saisis.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake: check each group again.</source>
        <translation>Ce code de récupération contient une faute de frappe : vérifiez chaque groupe.</translation>
    </message>
</context>
<context>
    <name>relais::RoleNames</name>
    <message>
        <source>Medical assistant</source>
        <translation>Assistant(e) médical(e)</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>relais::Rpps</name>
    <message>
        <source>An RPPS number has digits only.</source>
        <translation>Un numéro RPPS ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>The RPPS number is missing.</source>
        <translation>Le numéro RPPS manque.</translation>
    </message>
    <message>
        <source>An RPPS number has 11 digits; this one has %1.</source>
        <translation>Un numéro RPPS compte 11 chiffres ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>This RPPS number has a typing mistake: its check digit does not match.</source>
        <translation>Ce numéro RPPS contient une faute de frappe : sa clé de contrôle ne correspond pas.</translation>
    </message>
</context>
<context>
    <name>relais::ScheduleRepository</name>
    <message>
        <source>Reading the opening hours failed</source>
        <translation>La lecture des heures d’ouverture a échoué</translation>
    </message>
    <message>
        <source>Reading the breaks failed</source>
        <translation>La lecture des pauses a échoué</translation>
    </message>
    <message>
        <source>Reading the absences failed</source>
        <translation>La lecture des absences a échoué</translation>
    </message>
    <message>
        <source>Reading the agenda settings failed</source>
        <translation>La lecture des réglages de l’agenda a échoué</translation>
    </message>
    <message>
        <source>Reading the appointment types failed</source>
        <translation>La lecture des types de rendez-vous a échoué</translation>
    </message>
</context>
<context>
    <name>relais::ScheduleRules</name>
    <message>
        <source>Each range of hours needs a weekday, a start and an end.</source>
        <translation>Chaque plage horaire a besoin d’un jour, d’un début et d’une fin.</translation>
    </message>
    <message>
        <source>%1: the hours from %2 end at %3, before they start.</source>
        <translation>%1 : la plage qui commence à %2 finit à %3, avant de commencer.</translation>
    </message>
    <message>
        <source>%1: the hours %2–%3 and %4–%5 overlap; make them one range or move one.</source>
        <translation>%1 : les plages %2–%3 et %4–%5 se chevauchent ; faites-en une seule ou déplacez-en une.</translation>
    </message>
    <message>
        <source>A break needs a start and an end after it.</source>
        <translation>Une pause a besoin d’un début, puis d’une fin.</translation>
    </message>
    <message>
        <source>%1: the break %2–%3 is not within the opening hours.</source>
        <translation>%1 : la pause %2–%3 n’est pas dans les heures d’ouverture.</translation>
    </message>
    <message>
        <source>An absence needs a start and an end after it.</source>
        <translation>Une absence a besoin d’un début, puis d’une fin.</translation>
    </message>
    <message>
        <source>%1 is a public holiday (%2).</source>
        <translation>Le %1 est férié (%2).</translation>
    </message>
    <message>
        <source>The practitioner is away at that time.</source>
        <translation>Le praticien est absent à ce moment-là.</translation>
    </message>
    <message>
        <source>The practitioner is away at that time (%1).</source>
        <translation>Le praticien est absent à ce moment-là (%1).</translation>
    </message>
    <message>
        <source>The practitioner does not consult on %1.</source>
        <translation>Le praticien ne consulte pas le %1.</translation>
    </message>
    <message>
        <source>Outside the opening hours (%1).</source>
        <translation>En dehors des heures d’ouverture (%1).</translation>
    </message>
    <message>
        <source>These hours are kept for %1, not for %2.</source>
        <translation>Ces heures sont réservées à %1, pas à %2.</translation>
    </message>
    <message>
        <source>These hours are kept for same-day unscheduled care: they are booked on the day only.</source>
        <translation>Ces heures sont réservées aux soins non programmés : elles ne se réservent que le jour même.</translation>
    </message>
    <message>
        <source>During a break (%1–%2).</source>
        <translation>Pendant une pause (%1–%2).</translation>
    </message>
</context>
<context>
    <name>relais::Schedules</name>
    <message>
        <source>Give the time the unscheduled-care hours open to all.</source>
        <translation>Indiquez l’heure à laquelle les créneaux de soins non programmés s’ouvrent à tous.</translation>
    </message>
    <message>
        <source>This absence was already removed.</source>
        <translation>Cette absence a déjà été supprimée.</translation>
    </message>
    <message>
        <source>This appointment type was removed meanwhile.</source>
        <translation>Ce type de rendez-vous a été supprimé entre-temps.</translation>
    </message>
</context>
<context>
    <name>relais::SqlCipherDriver</name>
    <message>
        <source>Unknown connection options: %1</source>
        <translation>Options de connexion inconnues : %1</translation>
    </message>
    <message>
        <source>SQLCipher error</source>
        <translation>Erreur SQLCipher</translation>
    </message>
</context>
<context>
    <name>relais::SqlCipherResult</name>
    <message>
        <source>Database not open</source>
        <translation>La base de données n’est pas ouverte</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Impossible de préparer l’instruction</translation>
    </message>
    <message>
        <source>Only one statement may be run at a time</source>
        <translation>Une seule instruction peut être exécutée à la fois</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Nombre de paramètres incorrect</translation>
    </message>
    <message>
        <source>The statement takes %1 values, %2 were bound</source>
        <translation>L’instruction attend %1 valeurs, %2 ont été fournies</translation>
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation>Impossible de lier une valeur</translation>
    </message>
    <message>
        <source>No statement prepared</source>
        <translation>Aucune instruction préparée</translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation>Impossible de lire la ligne</translation>
    </message>
</context>
<context>
    <name>relais::SyncReport</name>
    <message numerus="yes">
        <source>%n change(s) kept aside, to be looked at in Synchronisation.</source>
        <translation>
            <numerusform>%n modification mise de côté, à examiner dans Synchronisation.</numerusform>
            <numerusform>%n modifications mises de côté, à examiner dans Synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) refused: they did not open or their signature did not match.</source>
        <translation>
            <numerusform>%n enveloppe refusée : elle ne s’ouvrait pas ou sa signature ne correspondait pas.</numerusform>
            <numerusform>%n enveloppes refusées : elles ne s’ouvraient pas ou leur signature ne correspondait pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from a workstation not enrolled yet, kept until it is.</source>
        <translation>
            <numerusform>%n modification d’un poste pas encore inscrit, gardée jusqu’à son inscription.</numerusform>
            <numerusform>%n modifications d’un poste pas encore inscrit, gardées jusqu’à son inscription.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still waiting.</source>
        <translation>
            <numerusform>%n modification encore en attente.</numerusform>
            <numerusform>%n modifications encore en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is %1 minutes ahead of the hub&apos;s: the changes made here stay here until it is set right (set the date and time to be kept automatically). Nothing is lost.</source>
        <translation>L’horloge de ce poste avance de %1 minutes sur celle du serveur : les modifications faites ici restent ici jusqu’à ce qu’elle soit remise à l’heure (réglez la date et l’heure en automatique). Rien n’est perdu.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is %1 minutes behind the hub&apos;s: the changes made here stay here until it is set right (set the date and time to be kept automatically). Nothing is lost.</source>
        <translation>L’horloge de ce poste retarde de %1 minutes sur celle du serveur : les modifications faites ici restent ici jusqu’à ce qu’elle soit remise à l’heure (réglez la date et l’heure en automatique). Rien n’est perdu.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is %1 minutes ahead of the hub&apos;s: set the date and time to be kept automatically.</source>
        <translation>L’horloge de ce poste avance de %1 minutes sur celle du serveur : réglez la date et l’heure en automatique.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is %1 minutes behind the hub&apos;s: set the date and time to be kept automatically.</source>
        <translation>L’horloge de ce poste retarde de %1 minutes sur celle du serveur : réglez la date et l’heure en automatique.</translation>
    </message>
    <message>
        <source>The revoked workstation used the hub&apos;s host&apos;s login, not one of its own: it can reach the hub until the host changes that login&apos;s password (it can no longer read what is sealed with the new key). Tell the host now.</source>
        <translation>Le poste révoqué utilisait l’identifiant de l’hébergeur du serveur, pas le sien : il peut joindre le serveur jusqu’à ce que l’hébergeur change le mot de passe de cet identifiant (il ne peut plus lire ce qui est scellé avec la nouvelle clé). Prévenez l’hébergeur dès maintenant.</translation>
    </message>
</context>
<context>
    <name>relais::SyncState</name>
    <message>
        <source>Reading the sync keys failed</source>
        <translation>La lecture des clés de synchronisation a échoué</translation>
    </message>
    <message>
        <source>This workstation has no sync key named %1.</source>
        <translation>Ce poste n’a pas de clé de synchronisation nommée %1.</translation>
    </message>
    <message>
        <source>Saving the sync keys failed</source>
        <translation>L’enregistrement des clés de synchronisation a échoué</translation>
    </message>
    <message>
        <source>Reading the practice&apos;s workstations failed</source>
        <translation>La lecture des postes du cabinet a échoué</translation>
    </message>
    <message>
        <source>Reading the change journal failed</source>
        <translation>La lecture du journal des modifications a échoué</translation>
    </message>
</context>
<context>
    <name>relais::Synchronizer</name>
    <message>
        <source>This workstation does not sync yet: synchronise it with the hub once first.</source>
        <translation>Ce poste ne se synchronise pas encore : synchronisez-le d’abord une fois avec le serveur.</translation>
    </message>
    <message>
        <source>This vault already belongs to a practice that syncs.</source>
        <translation>Ce coffre appartient déjà à un cabinet qui se synchronise.</translation>
    </message>
    <message>
        <source>This workstation has no hub yet: give the hub&apos;s address (postgresql://user@host/database).</source>
        <translation>Ce poste n’a pas encore de serveur de synchronisation : donnez son adresse (postgresql://utilisateur@hôte/base).</translation>
    </message>
    <message>
        <source>This workstation has lost the practice&apos;s key: join the practice again.</source>
        <translation>Ce poste a perdu la clé du cabinet : faites-le entrer à nouveau dans le cabinet.</translation>
    </message>
    <message>
        <source>Reading the change journal failed</source>
        <translation>La lecture du journal des modifications a échoué</translation>
    </message>
    <message>
        <source>Updating the change journal failed</source>
        <translation>La mise à jour du journal des modifications a échoué</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Keeping an envelope failed</source>
        <translation>La conservation d’une enveloppe a échoué</translation>
    </message>
    <message>
        <source>An envelope of a kind this version of Relais does not know.</source>
        <translation>Une enveloppe d’un type que cette version de Relais ne connaît pas.</translation>
    </message>
    <message>
        <source>A change stamped by another workstation than the one that signed it.</source>
        <translation>Une modification horodatée par un autre poste que celui qui l’a signée.</translation>
    </message>
    <message>
        <source>Changes made with a newer version of Relais are waiting on the hub: update Relais on this workstation to receive them.</source>
        <translation>Des modifications faites avec une version plus récente de Relais attendent sur le serveur : mettez Relais à jour sur ce poste pour les recevoir.</translation>
    </message>
    <message>
        <source>Dated %1, far ahead of this workstation&apos;s clock: the clock of the workstation that made it is probably wrong.</source>
        <translation>Datée du %1, bien en avance sur l’horloge de ce poste : l’horloge du poste qui l’a faite est sans doute fausse.</translation>
    </message>
    <message>
        <source>It would have overwritten a signed or reviewed record.</source>
        <translation>Elle aurait remplacé un dossier signé ou relu.</translation>
    </message>
    <message>
        <source>Keeping a change aside failed</source>
        <translation>La mise de côté d’une modification a échoué</translation>
    </message>
    <message>
        <source>Reading the kept envelopes failed</source>
        <translation>La lecture des enveloppes gardées a échoué</translation>
    </message>
    <message>
        <source>Preparing the practice&apos;s records for the new workstation</source>
        <translation>Préparation des dossiers du cabinet pour le nouveau poste</translation>
    </message>
    <message>
        <source>Receiving the practice&apos;s records</source>
        <translation>Réception des dossiers du cabinet</translation>
    </message>
    <message>
        <source>The hub holds fewer changes than this workstation has already received (%1, against %2): it was probably restored from an older backup. Nothing was sent or received. Tell whoever runs the hub; work goes on here meanwhile.</source>
        <translation>Le serveur contient moins de modifications que ce poste n’en a déjà reçu (%1, contre %2) : il a sans doute été restauré depuis une sauvegarde plus ancienne. Rien n’a été envoyé ni reçu. Prévenez la personne qui gère le serveur ; le travail continue ici en attendant.</translation>
    </message>
    <message>
        <source>The hub no longer holds changes this workstation has not received: they were pruned (through %1; this workstation is at %2), probably because it was put back from an old backup. Nothing was sent or received. Set this workstation up again by joining the practice from another one.</source>
        <translation>Le serveur ne détient plus des modifications que ce poste n’a pas reçues : elles ont été élaguées (jusqu’à %1 ; ce poste en est à %2), sans doute parce qu’il a été remis d’une ancienne sauvegarde. Rien n’a été envoyé ni reçu. Réinstallez ce poste en rejoignant le cabinet depuis un autre poste.</translation>
    </message>
    <message>
        <source>The hub has no open invitation with this code: check the code, as shown on the inviting workstation. An invitation is valid 15 minutes and lets one workstation in.</source>
        <translation>Le serveur n’a pas d’invitation ouverte avec ce code : vérifiez le code, tel qu’affiché sur le poste qui invite. Une invitation est valable 15 minutes et fait entrer un seul poste.</translation>
    </message>
    <message>
        <source>The hub&apos;s login %1 is no practice&apos;s, or no longer: it may have been revoked. Ask the hub&apos;s host for a login (relais hub add-practice).</source>
        <translation>L’identifiant %1 du serveur n’est celui d’aucun cabinet, ou ne l’est plus : il a peut-être été révoqué. Demandez un identifiant à l’hébergeur du serveur (relais hub add-practice).</translation>
    </message>
    <message>
        <source>The hub&apos;s login %1 is another practice&apos;s: nothing was sent or received.</source>
        <translation>L’identifiant %1 du serveur est celui d’un autre cabinet : rien n’a été envoyé ni reçu.</translation>
    </message>
    <message>
        <source>The practice of this login already has workstations: join it with an invitation made on one of them.</source>
        <translation>Le cabinet de cet identifiant a déjà des postes : rejoignez-le avec une invitation faite sur l’un d’eux.</translation>
    </message>
    <message>
        <source>Reading the practice&apos;s new keys failed</source>
        <translation>La lecture des nouvelles clés du cabinet a échoué</translation>
    </message>
    <message>
        <source>A workstation cannot revoke itself: do it from another workstation of the practice.</source>
        <translation>Un poste ne peut pas se révoquer lui-même : faites-le depuis un autre poste du cabinet.</translation>
    </message>
    <message>
        <source>Reading the practice&apos;s workstations failed</source>
        <translation>La lecture des postes du cabinet a échoué</translation>
    </message>
    <message>
        <source>The practice has no workstation %1, or it was revoked already: “relais sync status” lists them.</source>
        <translation>Le cabinet n’a pas de poste %1, ou il a déjà été révoqué : « relais sync status » les liste.</translation>
    </message>
    <message>
        <source>Signed by a workstation of the practice after it was revoked.</source>
        <translation>Signé par un poste du cabinet après sa révocation.</translation>
    </message>
    <message>
        <source>The practice&apos;s snapshot on the hub is sealed with a key this workstation does not hold (epoch %1): join the practice again.</source>
        <translation>L’instantané du cabinet sur le serveur est scellé avec une clé que ce poste n’a pas (époque %1) : rejoignez de nouveau le cabinet.</translation>
    </message>
</context>
<context>
    <name>relais::TerminalPrompt</name>
    <message>
        <source>Nothing was typed.</source>
        <translation>Rien n’a été saisi.</translation>
    </message>
    <message>
        <source>What was typed is longer than %1 characters: it was refused, not cut.</source>
        <translation>La saisie dépasse %1 caractères : elle a été refusée, pas tronquée.</translation>
    </message>
</context>
<context>
    <name>relais::ThesaurusReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not the ANSM interaction thesaurus: its first line should name the columns protagoniste1, protagoniste2, description…</source>
        <translation>%1 n’est pas le thésaurus des interactions de l’ANSM : sa première ligne devrait nommer les colonnes protagoniste1, protagoniste2, description…</translation>
    </message>
    <message>
        <source>%1 holds no interaction thesaurus: a tab-separated file whose first line names the columns protagoniste1, protagoniste2, description… is expected.</source>
        <translation>%1 ne contient pas de thésaurus des interactions : un fichier séparé par des tabulations dont la première ligne nomme les colonnes protagoniste1, protagoniste2, description… est attendu.</translation>
    </message>
    <message>
        <source>%1, line %2: a protagonist is missing</source>
        <translation>%1, ligne %2 : il manque un protagoniste</translation>
    </message>
    <message>
        <source>%1, line %2: no level (CI, AD, PE or APEC) can be read in &quot;%3&quot;</source>
        <translation>%1, ligne %2 : aucun niveau (CI, AD, PE ou APEC) ne se lit dans « %3 »</translation>
    </message>
    <message>
        <source>%1, line %2: the molecule is missing</source>
        <translation>%1, ligne %2 : il manque la molécule</translation>
    </message>
</context>
<context>
    <name>relais::UserAccounts</name>
    <message>
        <source>This user does not exist.</source>
        <translation>Cet utilisateur n’existe pas.</translation>
    </message>
    <message>
        <source>The login is missing.</source>
        <translation>L’identifiant manque.</translation>
    </message>
    <message>
        <source>A login has 2 to 32 letters without accents, digits, dots, dashes or underscores, and starts with a letter or a digit.</source>
        <translation>Un identifiant compte de 2 à 32 lettres sans accent, chiffres, points, tirets ou tirets bas, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The login “%1” is already taken.</source>
        <translation>L’identifiant « %1 » est déjà pris.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Le nom manque.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>A physician&apos;s specialty is printed on prescriptions: it is missing.</source>
        <translation>La spécialité du médecin est imprimée sur les ordonnances : elle manque.</translation>
    </message>
    <message>
        <source>This practice already has accounts; an administrator creates the next ones.</source>
        <translation>Ce cabinet a déjà des comptes ; un administrateur crée les suivants.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Le premier compte doit être administrateur.</translation>
    </message>
    <message>
        <source>%1 is the practice&apos;s last administrator: give the role to someone else first.</source>
        <translation>%1 est le dernier administrateur du cabinet : donnez d’abord ce rôle à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password is the same as the old one.</source>
        <translation>Le nouveau mot de passe est identique à l’ancien.</translation>
    </message>
</context>
<context>
    <name>relais::UserRepository</name>
    <message>
        <source>Reading the users failed</source>
        <translation>La lecture des utilisateurs a échoué</translation>
    </message>
    <message>
        <source>Reading the user failed</source>
        <translation>La lecture de l’utilisateur a échoué</translation>
    </message>
    <message>
        <source>Reading the failed logins failed</source>
        <translation>La lecture des connexions échouées a échoué</translation>
    </message>
    <message>
        <source>Counting the failed login failed</source>
        <translation>L’enregistrement de la connexion échouée a échoué</translation>
    </message>
</context>
<context>
    <name>relais::Vault</name>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Il n’y a pas de coffre à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault.</source>
        <translation>%1 est un dossier, pas un coffre.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a vault.</source>
        <translation>%1 est vide : ce n’est pas un coffre.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Relais vault.</source>
        <translation>%1 est une base SQLite non chiffrée, pas un coffre Relais.</translation>
    </message>
    <message>
        <source>%1 is truncated or is not a Relais vault (its size is not a whole number of pages).</source>
        <translation>%1 est tronqué ou n’est pas un coffre Relais (sa taille n’est pas un nombre entier de pages).</translation>
    </message>
    <message>
        <source>%1 is not a Relais vault.</source>
        <translation>%1 n’est pas un coffre Relais.</translation>
    </message>
    <message>
        <source>A vault key must be 32 bytes.</source>
        <translation>Une clé de coffre doit faire 32 octets.</translation>
    </message>
    <message>
        <source>%1 already exists; Relais does not overwrite a file to create a vault.</source>
        <translation>%1 existe déjà ; Relais n’écrase pas un fichier pour créer un coffre.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Le dossier de %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The vault %1 cannot be created: %2</source>
        <translation>Le coffre %1 ne peut pas être créé : %2</translation>
    </message>
    <message>
        <source>This key does not open the vault %1. Nothing was changed.</source>
        <translation>Cette clé n’ouvre pas le coffre %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault %1 cannot be opened: %2</source>
        <translation>Le coffre %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The vault cannot use write-ahead logging here (%1).</source>
        <translation>Le coffre ne peut pas utiliser la journalisation anticipée ici (%1).</translation>
    </message>
    <message>
        <source>Reading the vault state failed</source>
        <translation>La lecture de l’état du coffre a échoué</translation>
    </message>
    <message>
        <source>Writing the vault state failed</source>
        <translation>L’écriture de l’état du coffre a échoué</translation>
    </message>
    <message>
        <source>Saving a vault setting failed</source>
        <translation>L’enregistrement d’un réglage du coffre a échoué</translation>
    </message>
    <message>
        <source>Starting to save failed</source>
        <translation>Le début de l’enregistrement a échoué</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>L’enregistrement a échoué</translation>
    </message>
    <message>
        <source>A backup cannot be written over the vault itself.</source>
        <translation>Une sauvegarde ne peut pas être écrite par-dessus le coffre lui-même.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file for the backup.</source>
        <translation>%1 est un dossier ; indiquez un fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The backup could not be flushed to disk.</source>
        <translation>La sauvegarde n’a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1.</source>
        <translation>La sauvegarde n’a pas pu être mise en place à %1.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk holding %1 is full. The vault is unchanged.</source>
        <translation>La sauvegarde n’a pas pu être écrite : le disque qui contient %1 est plein. Le coffre est intact.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. The vault is unchanged. (%2)</source>
        <translation>La sauvegarde n’a pas pu être écrite dans %1. Le coffre est intact. (%2)</translation>
    </message>
    <message>
        <source>This is not a Relais backup: %1</source>
        <translation>Ce n’est pas une sauvegarde Relais : %1</translation>
    </message>
    <message>
        <source>This key does not open the backup %1. Use the recovery code of the practice the backup comes from.</source>
        <translation>Cette clé n’ouvre pas la sauvegarde %1. Utilisez le code de récupération du cabinet d’où vient la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; the vault was left as it was.</source>
        <translation>La sauvegarde %1 est endommagée ; le coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a Relais backup.</source>
        <translation>%1 n’est pas une sauvegarde Relais.</translation>
    </message>
    <message>
        <source>The backup %1 comes from a newer version of Relais. Update Relais on this workstation first.</source>
        <translation>La sauvegarde %1 provient d’une version plus récente de Relais. Mettez d’abord Relais à jour sur ce poste.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the vault (is the disk full?). The vault was left as it was.</source>
        <translation>La sauvegarde n’a pas pu être copiée à côté du coffre (le disque est-il plein ?). Le coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The current vault could not be set aside; nothing was restored.</source>
        <translation>Le coffre actuel n’a pas pu être mis de côté ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The backup could not be moved into place; the vault was left as it was.</source>
        <translation>La sauvegarde n’a pas pu être mise en place ; le coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup cannot be written to %1: %2</source>
        <translation>La sauvegarde ne peut pas être écrite dans %1 : %2</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: this is its key, but a page of it cannot be read. Restore the last backup (in the window: Restore a backup; on the command line: relais restore FILE); the damaged file is kept beside it. Nothing was changed.</source>
        <translation>Le coffre %1 est endommagé : c’est bien sa clé, mais une de ses pages est illisible. Restaurez la dernière sauvegarde (dans la fenêtre : Restaurer une sauvegarde ; en ligne de commande : relais restore FICHIER) ; le fichier endommagé est conservé à côté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>page %1 of the vault is damaged (%2)</source>
        <translation>la page %1 du coffre est endommagée (%2)</translation>
    </message>
    <message>
        <source>the index %1 no longer matches its table (%2)</source>
        <translation>l’index %1 ne correspond plus à sa table (%2)</translation>
    </message>
    <message>
        <source>the vault&apos;s structure is damaged (%1)</source>
        <translation>la structure du coffre est endommagée (%1)</translation>
    </message>
    <message>
        <source>the check stopped on a page it could not read (%1)</source>
        <translation>la vérification s’est arrêtée sur une page illisible (%1)</translation>
    </message>
    <message>
        <source>Reading the other workstations&apos; trails failed</source>
        <translation>La lecture des journaux d’audit des autres postes a échoué</translation>
    </message>
    <message>
        <source>Reading the vault&apos;s size failed</source>
        <translation>La lecture de la taille du coffre a échoué</translation>
    </message>
    <message>
        <source>Giving the vault&apos;s free space back failed</source>
        <translation>La restitution de l’espace libre du coffre a échoué</translation>
    </message>
</context>
<context>
    <name>relais::VaultAccess</name>
    <message>
        <source>This recovery code belongs to another practice&apos;s vault.</source>
        <translation>Ce code de récupération appartient au coffre d’un autre cabinet.</translation>
    </message>
    <message>
        <source>The recovery code was not accepted. %1</source>
        <translation>Le code de récupération n’a pas été accepté. %1</translation>
    </message>
    <message>
        <source>This is not a Relais backup: %1</source>
        <translation>Ce n’est pas une sauvegarde Relais : %1</translation>
    </message>
    <message>
        <source>The backup was made with another key. Type the recovery code of the practice it comes from.</source>
        <translation>La sauvegarde a été faite avec une autre clé. Saisissez le code de récupération du cabinet d’où elle vient.</translation>
    </message>
    <message>
        <source>The backup was restored, but its key could not be kept on this workstation (%1). Keep the recovery code at hand to open it.</source>
        <translation>La sauvegarde a été restaurée, mais sa clé n’a pas pu être conservée sur ce poste (%1). Gardez le code de récupération à portée de main pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The key kept on this workstation does not open %1: the file was replaced by another practice&apos;s vault, or is damaged from its very start. Type the recovery code of the practice it belongs to.</source>
        <translation>La clé conservée sur ce poste n’ouvre pas %1 : le fichier a été remplacé par le coffre d’un autre cabinet, ou il est endommagé dès son début. Saisissez le code de secours du cabinet auquel il appartient.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>A vault is already in use here (%1): only an administrator of that vault, logged in, can replace it by a backup.</source>
        <translation>Un coffre est déjà en service ici (%1) : seul un administrateur de ce coffre, connecté, peut le remplacer par une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>relais::VaultKeys</name>
    <message>
        <source>This workstation holds no key for the vault %1 (%2) Type the practice&apos;s recovery code to open it.</source>
        <translation>Ce poste ne détient aucune clé pour le coffre %1 (%2) Saisissez le code de récupération du cabinet pour l’ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase was wrong %n times. The vault can still be opened with the practice&apos;s recovery code.</source>
        <translation>
            <numerusform>La phrase de passe a été incorrecte %n fois. Le coffre peut encore être ouvert avec le code de récupération du cabinet.</numerusform>
            <numerusform>La phrase de passe a été incorrecte %n fois. Le coffre peut encore être ouvert avec le code de récupération du cabinet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::VaultOverview</name>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Modifications en attente de synchronisation</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
</context>
<context>
    <name>relais::Verbs</name>
    <message>
        <source>Passphrase of the vault key:</source>
        <translation>Phrase de passe de la clé du coffre :</translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase of the vault key:</source>
        <translation>Phrase de passe incorrecte. Phrase de passe de la clé du coffre :</translation>
    </message>
    <message>
        <source>No system keychain answered: the vault key will be kept in a file beside the vault, protected by a passphrase of at least %1 characters.</source>
        <translation>Aucun trousseau du système n’a répondu : la clé du coffre sera conservée dans un fichier à côté du coffre, protégée par une phrase de passe d’au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Choose a passphrase:</source>
        <translation>Choisissez une phrase de passe :</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Saisissez-la à nouveau :</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>No passphrase was chosen.</source>
        <translation>Aucune phrase de passe n’a été choisie.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Code de récupération :</translation>
    </message>
    <message>
        <source>%1 cannot be checked to be a demo practice (%2) Nothing was changed; choose another file with --vault.</source>
        <translation>Impossible de vérifier que %1 est un cabinet de démonstration (%2) Rien n’a été modifié ; choisissez un autre fichier avec --vault.</translation>
    </message>
    <message>
        <source>%1 holds a real practice: relais demo never overwrites one. Choose another file with --vault.</source>
        <translation>%1 contient un vrai cabinet : relais demo n’en écrase jamais. Choisissez un autre fichier avec --vault.</translation>
    </message>
    <message>
        <source>Refreshing the demo practice in %1.</source>
        <translation>Renouvellement du cabinet de démonstration dans %1.</translation>
    </message>
    <message>
        <source>Writing invented patients: %1 / %2</source>
        <translation>Écriture des patients inventés : %1 / %2</translation>
    </message>
    <message>
        <source>Demo practice ready in %1, with %2 invented patients.</source>
        <translation>Cabinet de démonstration prêt dans %1, avec %2 patients inventés.</translation>
    </message>
    <message>
        <source>Its key is kept in the system keychain.</source>
        <translation>Sa clé est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Its key is kept in %1, protected by your passphrase.</source>
        <translation>Sa clé est conservée dans %1, protégée par votre phrase de passe.</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; it opens the vault if this workstation loses its key):</source>
        <translation>Code de récupération (affiché maintenant seulement ; il ouvre le coffre si ce poste perd sa clé) :</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2). It opens with this practice&apos;s key or its recovery code.</source>
        <translation>Sauvegarde écrite dans %1 (%2). Elle s’ouvre avec la clé de ce cabinet ou son code de récupération.</translation>
    </message>
    <message>
        <source>The vault %1 was restored from %2.</source>
        <translation>Le coffre %1 a été restauré depuis %2.</translation>
    </message>
    <message>
        <source>The vault it replaced is kept as %1.</source>
        <translation>Le coffre remplacé est conservé sous %1.</translation>
    </message>
    <message>
        <source>The audit trail was altered: entry #%1 no longer matches the chain (%2 entries before it are intact).</source>
        <translation>Le journal d’audit a été modifié : l’entrée n° %1 ne correspond plus à la chaîne (les %2 entrées précédentes sont intactes).</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Mot de passe de %1 :</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorée : %1</translation>
    </message>
    <message>
        <source>and %1 more lines skipped.</source>
        <translation>et %1 autres lignes ignorées.</translation>
    </message>
    <message>
        <source>Drug database: %1 substances under %2 names imported from %3.</source>
        <translation>Base des médicaments : %1 substances sous %2 noms importées depuis %3.</translation>
    </message>
    <message>
        <source>Imported: %1 patients and %2 vital signs from %3 bundles.</source>
        <translation>Importé : %1 patients et %2 constantes depuis %3 fichiers.</translation>
    </message>
    <message>
        <source>No patient was imported from %1.</source>
        <translation>Aucun patient n’a été importé depuis %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit : %2.</translation>
    </message>
    <message>
        <source>Patient written to %1 as a FHIR R4 bundle.</source>
        <translation>Patient écrit dans %1 au format d’échange FHIR R4.</translation>
    </message>
    <message>
        <source>Allergies typed earlier and now linked to the database: %1.</source>
        <translation>Allergies saisies auparavant et désormais reliées à la base : %1.</translation>
    </message>
    <message>
        <source>%1 If you know this file is right, add --force.</source>
        <translation>%1 Si vous savez que ce fichier est bon, ajoutez --force.</translation>
    </message>
    <message>
        <source>Restore the last backup (relais restore FILE): the vault it replaces is kept beside it for whoever investigates.</source>
        <translation>Restaurez la dernière sauvegarde (relais restore FICHIER) : le coffre qu’elle remplace est conservé à côté pour qui devra enquêter.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is damaged (%n problem(s) found by SQLite&apos;s integrity check):</source>
        <translation>
            <numerusform>Le coffre est endommagé (%n problème trouvé par la vérification d’intégrité de SQLite) :</numerusform>
            <numerusform>Le coffre est endommagé (%n problèmes trouvés par la vérification d’intégrité de SQLite) :</numerusform>
        </translation>
    </message>
    <message>
        <source>The seal of the audit trail&apos;s end was removed: whether its newest entries were deleted cannot be told.</source>
        <translation>Le sceau de la fin du journal d’audit a été supprimé : impossible de savoir si ses entrées les plus récentes ont été effacées.</translation>
    </message>
    <message>
        <source>The seal of the audit trail&apos;s end was altered by someone without the vault key.</source>
        <translation>Le sceau de la fin du journal d’audit a été modifié par quelqu’un qui n’a pas la clé du coffre.</translation>
    </message>
    <message>
        <source>The newest entries of the audit trail were removed: it ends at #%1, where its seal vouches for entries up to #%2.</source>
        <translation>Les entrées les plus récentes du journal d’audit ont été supprimées : il s’arrête à nº %1, alors que son sceau garantit les entrées jusqu’à nº %2.</translation>
    </message>
    <message>
        <source>The audit trail does not end where its seal says (#%1): entries were removed or rewritten, then more were added.</source>
        <translation>Le journal d’audit ne s’arrête pas là où l’indique son sceau (nº %1) : des entrées ont été supprimées ou réécrites, puis d’autres ajoutées.</translation>
    </message>
    <message>
        <source>The vault is sound (every page and index checked) and its audit trail is intact: %1 entries checked, up to the sealed end.</source>
        <translation>Le coffre est sain (chaque page et chaque index vérifiés) et son journal d’audit est intact : %1 entrées vérifiées, jusqu’à la fin scellée.</translation>
    </message>
    <message>
        <source>Imported: none.</source>
        <translation>Importés : aucun.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importés : %1.</translation>
    </message>
    <message>
        <source>Not imported: %1 (refused).</source>
        <translation>Non importé : %1 (refusé).</translation>
    </message>
    <message>
        <source>Not imported: %1 (refused); %2 (not tried).</source>
        <translation>Non importés : %1 (refusé) ; %2 (pas essayés).</translation>
    </message>
    <message>
        <source>A vault is in use at %1: replacing it by a backup takes an administrator of the practice. Add --user LOGIN.</source>
        <translation>Un coffre est en service à %1 : le remplacer par une sauvegarde demande un administrateur du cabinet. Ajoutez --user IDENTIFIANT.</translation>
    </message>
    <message>
        <source>No account has the login %1.</source>
        <translation>Aucun compte n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>Day list of %1 for %2 written to %3.</source>
        <translation>Liste du jour de %1 pour le %2 écrite dans %3.</translation>
    </message>
    <message>
        <source>Appointments of %1 from %2 to %3 written to %4 (iCalendar).</source>
        <translation>Rendez-vous de %1 du %2 au %3 écrits dans %4 (iCalendar).</translation>
    </message>
    <message>
        <source>Accounts: “medecin” (physician, administrator), “medecin2” (physician, when the demo has patients) and “assistante” (medical assistant), password “%1”.</source>
        <translation>Comptes : « medecin » (médecin, administrateur), « medecin2 » (médecin, quand la démonstration a des patients) et « assistante » (assistante médicale), mot de passe « %1 ».</translation>
    </message>
    <message>
        <source>With it: %1 specialties, %2 boxes, %3 composition lines, %4 generic group lines and %5 prescribing conditions; %6 lines skipped.</source>
        <translation>Avec elle : %1 spécialités, %2 présentations, %3 lignes de composition, %4 lignes de groupes génériques et %5 conditions de prescription ; %6 lignes ignorées.</translation>
    </message>
    <message>
        <source>Interaction thesaurus %1: %2 interactions, %3 molecules in %4 classes imported from %5.</source>
        <translation>Thésaurus des interactions %1 : %2 interactions, %3 molécules dans %4 classes importées depuis %5.</translation>
    </message>
    <message>
        <source>Active substances of marketed oral and injectable drugs found in the thesaurus: %1 of %2 (%3 %; %4 % leaving out %5 homeopathic stocks). The others have no listed interaction, or a name to review in Settings → Data.</source>
        <translation>Substances actives des médicaments commercialisés par voie orale ou injectable retrouvées dans le thésaurus : %1 sur %2 (%3 % ; %4 % sans les %5 souches homéopathiques). Les autres n’ont pas d’interaction répertoriée, ou un nom à vérifier dans Paramètres → Données.</translation>
    </message>
    <message>
        <source>No drug database yet: import the BDPM (import-bdpm) and its substances will be matched to the thesaurus.</source>
        <translation>Pas encore de base des médicaments : importez la BDPM (import-bdpm) et ses substances seront rapprochées du thésaurus.</translation>
    </message>
    <message>
        <source>Warning: the ordonnance lacks %1.</source>
        <translation>Attention : il manque à l’ordonnance %1.</translation>
    </message>
    <message>
        <source>Prescription written to %1, as a duplicate.</source>
        <translation>Ordonnance écrite dans %1, en duplicata.</translation>
    </message>
    <message>
        <source>Prescription written to %1.</source>
        <translation>Ordonnance écrite dans %1.</translation>
    </message>
    <message>
        <source>Password of %1 on the hub:</source>
        <translation>Mot de passe de %1 sur le serveur :</translation>
    </message>
    <message>
        <source>The practice is set up on the hub: this workstation is its first.</source>
        <translation>Le cabinet est installé sur le serveur : ce poste est son premier.</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1 : %2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>This workstation does not sync yet (%n change(s) waiting). An administrator sets the practice up with: relais sync --hub URL --user LOGIN</source>
        <translation>
            <numerusform>Ce poste ne se synchronise pas encore (%n modification en attente). Un administrateur installe le cabinet avec : relais sync --hub URL --user IDENTIFIANT</numerusform>
            <numerusform>Ce poste ne se synchronise pas encore (%n modifications en attente). Un administrateur installe le cabinet avec : relais sync --hub URL --user IDENTIFIANT</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>This workstation: %1</source>
        <translation>Ce poste : %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n modification en attente d’envoi.</numerusform>
            <numerusform>%n modifications en attente d’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept aside, to be looked at.</source>
        <translation>
            <numerusform>%n modification mise de côté, à examiner.</numerusform>
            <numerusform>%n modifications mises de côté, à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstations of the practice:</source>
        <translation>Postes du cabinet :</translation>
    </message>
    <message>
        <source> (this one)</source>
        <translation> (celui-ci)</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (révoqué)</translation>
    </message>
    <message>
        <source>Invitation code, valid until %1:</source>
        <translation>Code d’invitation, valable jusqu’à %1 :</translation>
    </message>
    <message>
        <source>On the new workstation: relais sync join --hub %1 --code %2</source>
        <translation>Sur le nouveau poste : relais sync join --hub %1 --code %2</translation>
    </message>
    <message>
        <source>Waiting for the new workstation (Ctrl+C to stop; the next sync lets it in too)…</source>
        <translation>En attente du nouveau poste (Ctrl+C pour arrêter ; la prochaine synchronisation le fera entrer aussi)…</translation>
    </message>
    <message>
        <source>The new workstation is enrolled; it is receiving the practice&apos;s records.</source>
        <translation>Le nouveau poste est inscrit ; il reçoit les dossiers du cabinet.</translation>
    </message>
    <message>
        <source>No workstation answered before the code expired.</source>
        <translation>Aucun poste n’a répondu avant l’expiration du code.</translation>
    </message>
    <message>
        <source>%1 already exists: sync join makes a new vault. Choose another file with --vault.</source>
        <translation>%1 existe déjà : sync join crée un nouveau coffre. Choisissez un autre fichier avec --vault.</translation>
    </message>
    <message>
        <source>Waiting for the inviting workstation to let this one in (%1 min left; it does at its next sync)…</source>
        <translation>En attente du poste qui invite (encore %1 min ; il fait entrer ce poste à sa prochaine synchronisation)…</translation>
    </message>
    <message>
        <source>This workstation is now one of the practice&apos;s. Receiving its records…</source>
        <translation>Ce poste fait maintenant partie du cabinet. Réception de ses dossiers…</translation>
    </message>
    <message>
        <source>Recovery code of this workstation&apos;s vault (shown only now; it opens the vault if this workstation loses its key):</source>
        <translation>Code de récupération du coffre de ce poste (affiché seulement maintenant ; il ouvre le coffre si ce poste perd sa clé) :</translation>
    </message>
    <message>
        <source>Receiving stopped: %1 Run “relais sync” to go on from where it stopped.</source>
        <translation>La réception s’est arrêtée : %1 Lancez « relais sync » pour reprendre où elle s’est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>%n synced record(s).</source>
        <translation>
            <numerusform>%n dossier synchronisé.</numerusform>
            <numerusform>%n dossiers synchronisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail of workstation %1, as received, was altered: entry #%2 no longer matches its chain.</source>
        <translation>Le journal d’audit du poste %1, tel que reçu, a été modifié : l’entrée nº %2 ne correspond plus à sa chaîne.</translation>
    </message>
    <message>
        <source>The audit trail of workstation %1 is whole: %2 entries received and checked.</source>
        <translation>Le journal d’audit du poste %1 est intact : %2 entrées reçues et vérifiées.</translation>
    </message>
    <message>
        <source>Hub %1, schema %2: %3.</source>
        <translation>Serveur %1, schéma %2 : %3.</translation>
    </message>
    <message>
        <source>No practice yet: the first workstation&apos;s first sync sets one up.</source>
        <translation>Aucun cabinet pour l’instant : la première synchronisation du premier poste en installe un.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot at sequence %1, in %n chunk(s).</source>
        <translation>
            <numerusform>Instantané à la séquence %1, en %n partie.</numerusform>
            <numerusform>Instantané à la séquence %1, en %n parties.</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshot yet.</source>
        <translation>Pas encore d’instantané.</translation>
    </message>
    <message numerus="yes">
        <source>Practice %1 (since %2): %Ln envelope(s), %3 once padded, last sequence %4.</source>
        <translation>
            <numerusform>Cabinet %1 (depuis le %2) : %Ln enveloppe, %3 une fois complétée, dernière séquence %4.</numerusform>
            <numerusform>Cabinet %1 (depuis le %2) : %Ln enveloppes, %3 une fois complétées, dernière séquence %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No practice on this hub yet: nothing to prune.</source>
        <translation>Aucun cabinet sur ce serveur pour l’instant : rien à élaguer.</translation>
    </message>
    <message numerus="yes">
        <source>Practice %1: %Ln envelope(s) deleted (%2), pruned through sequence %3.</source>
        <translation>
            <numerusform>Cabinet %1 : %Ln enveloppe supprimée (%2), élagué jusqu’à la séquence %3.</numerusform>
            <numerusform>Cabinet %1 : %Ln enveloppes supprimées (%2), élagué jusqu’à la séquence %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pruned through sequence %1.</source>
        <translation>Élagué jusqu’à la séquence %1.</translation>
    </message>
    <message>
        <source>Workstation %1: first seen %2, last seen %3, received through sequence %4.</source>
        <translation>Poste %1 : vu la première fois le %2, la dernière le %3, a reçu jusqu’à la séquence %4.</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Cabinet : %1</translation>
    </message>
    <message>
        <source>Hub address for its workstation: %1</source>
        <translation>Adresse du serveur pour son poste : %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
    <message>
        <source>Give both to the practice by a way of their own (not the same e-mail). The password is shown only now: the workstation replaces it with one of its own at its first sync, and the practice&apos;s other workstations get their logins through invitations.</source>
        <translation>Transmettez-les au cabinet par deux voies distinctes (pas le même courriel). Le mot de passe n’est affiché que maintenant : le poste le remplace par le sien à sa première synchronisation, et les autres postes du cabinet reçoivent leur identifiant par invitation.</translation>
    </message>
    <message>
        <source>Workstation %1 is revoked: the hub no longer lets it in, and the practice&apos;s other workstations take a new key at their next sync. What it sent before stays; anything signed by it from now on is refused.</source>
        <translation>Le poste %1 est révoqué : le serveur ne le laisse plus entrer, et les autres postes du cabinet prennent une nouvelle clé à leur prochaine synchronisation. Ce qu’il a envoyé avant reste ; tout ce qu’il signera désormais sera refusé.</translation>
    </message>
</context>
<context>
    <name>relais::VisitRepository</name>
    <message>
        <source>Reading the waiting room failed</source>
        <translation>La lecture de la salle d’attente a échoué</translation>
    </message>
</context>
<context>
    <name>relais::VisitRules</name>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready for the doctor</source>
        <translation>Prêt pour le médecin</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Left without being seen</source>
        <translation>Parti sans être vu</translation>
    </message>
    <message>
        <source>Not honoured</source>
        <translation>Non honoré</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
</context>
<context>
    <name>relais::VitalAlertRules</name>
    <message>
        <source>Blood pressure ≥ 180/110 mmHg (mean of the last two readings at rest)</source>
        <translation>Tension ≥ 180/110 mmHg (moyenne des deux dernières mesures au repos)</translation>
    </message>
    <message>
        <source>HAS 2016, fiche mémo « Prise en charge de l’hypertension artérielle de l’adulte »: severe hypertension, to be seen the same day</source>
        <translation>HAS 2016, fiche mémo « Prise en charge de l’hypertension artérielle de l’adulte » : HTA sévère, à voir le jour même</translation>
    </message>
    <message>
        <source>Blood pressure ≥ 140/90 mmHg (mean of the last two readings at rest)</source>
        <translation>Tension ≥ 140/90 mmHg (moyenne des deux dernières mesures au repos)</translation>
    </message>
    <message>
        <source>HAS 2016, same fiche mémo: office hypertension, to confirm out of the office</source>
        <translation>HAS 2016, même fiche mémo : HTA de consultation, à confirmer en dehors du cabinet</translation>
    </message>
    <message>
        <source>Fall on standing ≥ 20 mmHg systolic or ≥ 10 mmHg diastolic</source>
        <translation>Baisse en position debout ≥ 20 mmHg de systolique ou ≥ 10 mmHg de diastolique</translation>
    </message>
    <message>
        <source>Consensus definition of orthostatic hypotension (AAS/AAN 1996, ESH), as in DOMAIN.md</source>
        <translation>Définition consensuelle de l’hypotension orthostatique (AAS/AAN 1996, ESH), comme dans DOMAIN.md</translation>
    </message>
    <message>
        <source>SpO₂ &lt; 92 %</source>
        <translation>SpO₂ &lt; 92 %</translation>
    </message>
    <message>
        <source>Temperature ≥ 38 °C</source>
        <translation>Température ≥ 38 °C</translation>
    </message>
    <message>
        <source>Fever as defined in French practice (HCSP, ANSM): core temperature ≥ 38 °C</source>
        <translation>Fièvre au sens de la pratique française (HCSP, ANSM) : température centrale ≥ 38 °C</translation>
    </message>
    <message>
        <source>Heart rate &lt; 40 or &gt; 120 /min</source>
        <translation>Fréquence cardiaque &lt; 40 ou &gt; 120 /min</translation>
    </message>
    <message>
        <source>Relais practice rule for an adult at rest (bradycardia and tachycardia worth the GP&apos;s eye before the consultation)</source>
        <translation>Règle de pratique Relais pour un adulte au repos (bradycardie et tachycardie à signaler au médecin avant la consultation)</translation>
    </message>
    <message>
        <source>Weight change over 5 % within 6 months</source>
        <translation>Variation de poids de plus de 5 % en 6 mois</translation>
    </message>
    <message>
        <source>Blood pressure %1: severe, to be seen today</source>
        <translation>Tension %1 : sévère, à voir aujourd’hui</translation>
    </message>
    <message>
        <source>Blood pressure %1: high (≥ 140/90)</source>
        <translation>Tension %1 : élevée (≥ 140/90)</translation>
    </message>
    <message>
        <source>Blood pressure falls on standing (−%1/−%2 mmHg)</source>
        <translation>La tension baisse en position debout (−%1/−%2 mmHg)</translation>
    </message>
    <message>
        <source>SpO₂ %1: low (&lt; 92 %)</source>
        <translation>SpO₂ %1 : basse (&lt; 92 %)</translation>
    </message>
    <message>
        <source>Temperature %1: fever</source>
        <translation>Température %1 : fièvre</translation>
    </message>
    <message>
        <source>Heart rate %1: slow (&lt; 40)</source>
        <translation>Fréquence cardiaque %1 : lente (&lt; 40)</translation>
    </message>
    <message>
        <source>Heart rate %1: fast (&gt; 120)</source>
        <translation>Fréquence cardiaque %1 : rapide (&gt; 120)</translation>
    </message>
    <message>
        <source>Weight %1: %2 % since %3</source>
        <translation>Poids %1 : %2 % depuis le %3</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>all ages</source>
        <translation>tous âges</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>from %1 to under %2</source>
        <translation>de %1 à moins de %2</translation>
    </message>
    <message>
        <source>Blood pressure ≥ 180/120 mmHg (mean of the last two readings at rest)</source>
        <translation>Pression artérielle ≥ 180/120 mmHg (moyenne des deux dernières mesures au repos)</translation>
    </message>
    <message>
        <source>American Academy of Pediatrics 2017 guideline (Flynn et al., Pediatrics 140(3)): from 13 years, ≥ 180/120 calls for evaluation the same day</source>
        <translation>Recommandation 2017 de l’American Academy of Pediatrics (Flynn et al., Pediatrics 140(3)) : à partir de 13 ans, ≥ 180/120 impose une évaluation le jour même</translation>
    </message>
    <message>
        <source>Blood pressure ≥ 130/80 mmHg (mean of the last two readings at rest)</source>
        <translation>Pression artérielle ≥ 130/80 mmHg (moyenne des deux dernières mesures au repos)</translation>
    </message>
    <message>
        <source>American Academy of Pediatrics 2017 guideline: from 13 years, ≥ 130/80 is hypertension, to confirm at later visits</source>
        <translation>Recommandation 2017 de l’American Academy of Pediatrics : à partir de 13 ans, ≥ 130/80 est une hypertension, à confirmer aux visites suivantes</translation>
    </message>
    <message>
        <source>Blood pressure of a child under 13: not evaluated by Relais</source>
        <translation>Pression artérielle d’un enfant de moins de 13 ans : non évaluée par Relais</translation>
    </message>
    <message>
        <source>American Academy of Pediatrics 2017 guideline: a child&apos;s blood pressure is read against percentile tables by age, sex and height, never against adult thresholds</source>
        <translation>Recommandation 2017 de l’American Academy of Pediatrics : la pression artérielle d’un enfant se lit sur des tables de percentiles selon l’âge, le sexe et la taille, jamais avec les seuils de l’adulte</translation>
    </message>
    <message>
        <source>British Thoracic Society 2017 oxygen guideline: target 94–98 %, below 92 % calls for a physician; held at every age</source>
        <translation>Recommandation 2017 de la British Thoracic Society sur l’oxygène : cible 94–98 %, sous 92 % il faut un médecin ; retenu à tout âge</translation>
    </message>
    <message>
        <source>NICE NG143 (2019), fever in under 5s: any fever in an infant under 3 months is a high-risk sign, to be seen at once</source>
        <translation>NICE NG143 (2019), fièvre avant 5 ans : toute fièvre d’un nourrisson de moins de 3 mois est un signe à haut risque, à voir tout de suite</translation>
    </message>
    <message>
        <source>Heart rate outside the usual range for the age</source>
        <translation>Fréquence cardiaque hors de l’intervalle habituel pour l’âge</translation>
    </message>
    <message>
        <source>Advanced Paediatric Life Support (APLS) ranges at rest: under 1 year 110–160, 1–2 years 100–150, 2–5 years 95–140, 5–12 years 80–120, over 12 years 60–100 /min</source>
        <translation>Intervalles au repos de l’Advanced Paediatric Life Support (APLS) : avant 1 an 110–160, 1–2 ans 100–150, 2–5 ans 95–140, 5–12 ans 80–120, après 12 ans 60–100 /min</translation>
    </message>
    <message>
        <source>Respiratory rate ≤ 8 or ≥ 25 /min</source>
        <translation>Fréquence respiratoire ≤ 8 ou ≥ 25 /min</translation>
    </message>
    <message>
        <source>NEWS2 (Royal College of Physicians 2017): the rates that score 3 on their own</source>
        <translation>NEWS2 (Royal College of Physicians 2017) : les fréquences qui valent 3 points à elles seules</translation>
    </message>
    <message>
        <source>Respiratory rate outside the usual range for the age</source>
        <translation>Fréquence respiratoire hors de l’intervalle habituel pour l’âge</translation>
    </message>
    <message>
        <source>Advanced Paediatric Life Support (APLS) ranges at rest: under 1 year 30–40, 1–2 years 25–35, 2–5 years 25–30, 5–12 years 20–25, over 12 years 15–20 /min</source>
        <translation>Intervalles au repos de l’Advanced Paediatric Life Support (APLS) : avant 1 an 30–40, 1–2 ans 25–35, 2–5 ans 25–30, 5–12 ans 20–25, après 12 ans 15–20 /min</translation>
    </message>
    <message>
        <source>Relais practice rule; HAS 2019/2021 undernutrition criteria count a loss ≥ 5 % in 1 month or ≥ 10 % in 6 months. A child&apos;s weight is read on growth charts instead</source>
        <translation>Règle de pratique de Relais ; les critères de dénutrition HAS 2019/2021 retiennent une perte ≥ 5 % en 1 mois ou ≥ 10 % en 6 mois. Le poids d’un enfant se lit plutôt sur les courbes de croissance</translation>
    </message>
    <message>
        <source>Blood pressure %1: severe for an adolescent, to be seen today</source>
        <translation>Pression artérielle %1 : sévère pour un adolescent, à voir aujourd’hui</translation>
    </message>
    <message>
        <source>Blood pressure %1: high for an adolescent (≥ 130/80)</source>
        <translation>Pression artérielle %1 : élevée pour un adolescent (≥ 130/80)</translation>
    </message>
    <message>
        <source>Blood pressure %1 of a child: not evaluated by Relais (read it on the paediatric tables by age, sex and height)</source>
        <translation>Pression artérielle %1 d’un enfant : non évaluée par Relais (à lire sur les tables pédiatriques selon l’âge, le sexe et la taille)</translation>
    </message>
    <message>
        <source>Temperature %1: fever in an infant under 3 months, to be seen at once</source>
        <translation>Température %1 : fièvre d’un nourrisson de moins de 3 mois, à voir tout de suite</translation>
    </message>
    <message>
        <source>Heart rate %1: outside %2–%3 /min, the usual range at this age</source>
        <translation>Fréquence cardiaque %1 : hors de %2–%3 /min, l’intervalle habituel à cet âge</translation>
    </message>
    <message>
        <source>Respiratory rate %1: outside %2–%3 /min, the usual range at this age</source>
        <translation>Fréquence respiratoire %1 : hors de %2–%3 /min, l’intervalle habituel à cet âge</translation>
    </message>
    <message>
        <source>Respiratory rate %1: %2</source>
        <translation>Fréquence respiratoire %1 : %2</translation>
    </message>
    <message>
        <source>slow (≤ 8)</source>
        <translation>lente (≤ 8)</translation>
    </message>
    <message>
        <source>fast (≥ 25)</source>
        <translation>rapide (≥ 25)</translation>
    </message>
</context>
<context>
    <name>relais::VitalSignRepository</name>
    <message>
        <source>Reading the vital signs failed</source>
        <translation>La lecture des constantes a échoué</translation>
    </message>
</context>
<context>
    <name>relais::VitalSigns</name>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Tension artérielle</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>Head circumference</source>
        <translation>Périmètre crânien</translation>
    </message>
    <message>
        <source>Capillary glucose</source>
        <translation>Glycémie capillaire</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>kg/m²</source>
        <translation>kg/m²</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>/min</source>
        <comment>heart rate</comment>
        <translation>/min</translation>
    </message>
    <message>
        <source>/min</source>
        <comment>respiratory rate</comment>
        <translation>/min</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>g/L</source>
        <translation>g/L</translation>
    </message>
    <message>
        <source>%1: %2 cannot be right (from %3 to %4 %5). Check the value.</source>
        <translation>%1 : %2 ne peut pas être juste (de %3 à %4 %5). Vérifiez la valeur.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number. Type it with a comma or a point for decimals: 72,5.</source>
        <translation>%1 : « %2 » n’est pas un nombre. Saisissez les décimales avec une virgule ou un point : 72,5.</translation>
    </message>
    <message>
        <source>%1 is measured in %2, not in “%3”.</source>
        <translation>%1 se mesure en %2, pas en « %3 ».</translation>
    </message>
    <message>
        <source>%1: nothing typed.</source>
        <translation>%1 : rien n’est saisi.</translation>
    </message>
    <message>
        <source>read as %1 cm</source>
        <translation>lu comme %1 cm</translation>
    </message>
    <message>
        <source>read as %1 kg</source>
        <translation>lu comme %1 kg</translation>
    </message>
    <message>
        <source>read as %1 g/L (from mg/dL)</source>
        <translation>lu comme %1 g/L (depuis des mg/dL)</translation>
    </message>
    <message>
        <source>read as %1 g/L (from mmol/L)</source>
        <translation>lu comme %1 g/L (depuis des mmol/L)</translation>
    </message>
</context>
<context>
    <name>relais::WaitingRoom</name>
    <message>
        <source>This patient is no longer in the waiting room.</source>
        <translation>Ce patient n’est plus dans la salle d’attente.</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Ce rendez-vous n’existe plus.</translation>
    </message>
    <message>
        <source>This appointment is not today&apos;s: book one for today, or add the patient without an appointment.</source>
        <translation>Ce rendez-vous n’est pas d’aujourd’hui : prenez-en un pour aujourd’hui, ou ajoutez le patient sans rendez-vous.</translation>
    </message>
    <message>
        <source>This appointment was cancelled or marked not honoured: add the patient without an appointment.</source>
        <translation>Ce rendez-vous a été annulé ou marqué non honoré : ajoutez le patient sans rendez-vous.</translation>
    </message>
    <message>
        <source>Already arrived, at %1.</source>
        <translation>Déjà arrivé, à %1.</translation>
    </message>
    <message>
        <source>Find the patient&apos;s file first (or create it).</source>
        <translation>Trouvez d’abord le dossier du patient (ou créez-le).</translation>
    </message>
    <message>
        <source>Choose a practitioner whose account is in use.</source>
        <translation>Choisissez un praticien dont le compte est actif.</translation>
    </message>
    <message>
        <source>Say why the patient comes without an appointment.</source>
        <translation>Indiquez pourquoi le patient vient sans rendez-vous.</translation>
    </message>
    <message>
        <source>A patient who is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Un patient « %1 » ne peut pas passer à « %2 ».</translation>
    </message>
    <message>
        <source>The consultation of this patient is already being prepared, or the patient went in.</source>
        <translation>La consultation de ce patient est déjà en préparation, ou le patient est entré.</translation>
    </message>
    <message>
        <source>A time recorded afterwards is today&apos;s, not yet to come, and after the patient&apos;s arrival.</source>
        <translation>Une heure saisie après coup est d’aujourd’hui, déjà passée, et après l’arrivée du patient.</translation>
    </message>
</context>
<context>
    <name>relais::WrappedKeyFile</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La phrase de passe doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase de passe doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A vault key must be 32 bytes.</source>
        <translation>Une clé de coffre doit faire 32 octets.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the key with this passphrase.</source>
        <translation>Mémoire insuffisante pour protéger la clé avec cette phrase de passe.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation>Le fichier de clé %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>Il n’y a pas de fichier de clé à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Le fichier de clé %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or is not a Relais key file.</source>
        <translation>Le fichier de clé %1 est endommagé ou n’est pas un fichier de clé Relais.</translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase.</source>
        <translation>Mémoire insuffisante pour vérifier la phrase de passe.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase de passe est incorrecte.</translation>
    </message>
</context>
<context>
    <name>relais::WritePolicy</name>
    <message>
        <source>The %1 of a %2 record is set when it is made and never changes.</source>
        <translation>Le champ %1 d’un enregistrement %2 est fixé à sa création et ne change jamais.</translation>
    </message>
    <message>
        <source>The physician has reviewed this consultation: it can no longer change.</source>
        <translation>Le médecin a vu cette consultation : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>This appointment was cancelled: book a new one rather than change it.</source>
        <translation>Ce rendez-vous a été annulé : prenez-en un nouveau plutôt que de le modifier.</translation>
    </message>
    <message>
        <source>This prescription is signed: it can no longer change. Renew or modify it to make a new draft.</source>
        <translation>Cette ordonnance est signée : elle ne peut plus changer. Renouvelez-la ou modifiez-la pour en faire un nouveau brouillon.</translation>
    </message>
</context>
<context>
    <name>relais::ui::AgendaModel</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Unscheduled care</source>
        <translation>Soins non programmés</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>%1, continued</source>
        <translation>%1, suite</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>non honoré</translation>
    </message>
    <message>
        <source>%1–%2 %3 (%4)</source>
        <translation>%1–%2 %3 (%4)</translation>
    </message>
    <message>
        <source>Overbooked: %1</source>
        <translation>Surbooking : %1</translation>
    </message>
    <message>
        <source>In conflict with another appointment</source>
        <translation>En conflit avec un autre rendez-vous</translation>
    </message>
    <message>
        <source>Not honoured</source>
        <translation>Non honoré</translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation>Fait partie d’une série</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>férié</translation>
    </message>
</context>
<context>
    <name>relais::ui::AgendaPage</name>
    <message>
        <source>booked for %1</source>
        <translation>pris pour %1</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>déplacé de %1 à %2</translation>
    </message>
    <message>
        <source>cancelled by %1: %2</source>
        <translation>annulé par %1 : %2</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>le patient</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>le cabinet</translation>
    </message>
    <message>
        <source>marked not honoured</source>
        <translation>marqué non honoré</translation>
    </message>
    <message>
        <source>reminded</source>
        <translation>rappelé</translation>
    </message>
    <message>
        <source>reminder undone</source>
        <translation>rappel annulé</translation>
    </message>
    <message>
        <source>overbooked: %1</source>
        <translation>surbooking : %1</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, par %3</translation>
    </message>
    <message>
        <source>Previous day or week (PgUp)</source>
        <translation>Jour ou semaine précédents (Pg préc.)</translation>
    </message>
    <message>
        <source>Next day or week (PgDn)</source>
        <translation>Jour ou semaine suivants (Pg suiv.)</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>Aujour&amp;d’hui</translation>
    </message>
    <message>
        <source>Back to today (T)</source>
        <translation>Revenir à aujourd’hui (T)</translation>
    </message>
    <message>
        <source>Day, everyone</source>
        <translation>Jour, tous</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Semaine de :</translation>
    </message>
    <message>
        <source>The third next free 15 minutes of each practitioner from now: the access-to-care indicator.</source>
        <translation>Le troisième quart d’heure libre de chaque praticien à partir de maintenant : l’indicateur d’accès aux soins.</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Prendre RDV…</translation>
    </message>
    <message>
        <source>Book in the selected slot (Enter)</source>
        <translation>Prendre rendez-vous sur le créneau choisi (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>Cancel the appointment (Delete)</source>
        <translation>Annuler le rendez-vous (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Not honoured</source>
        <translation>Non &amp;honoré</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Print the day list…</source>
        <translation>&amp;Imprimer la liste du jour…</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>No practitioner to show: create a physician&apos;s account, or give someone opening hours, in Settings.</source>
        <translation>Aucun praticien à afficher : créez le compte d’un médecin, ou donnez des horaires à quelqu’un, dans Réglages.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: none within 3 months</source>
        <translation>%1 : aucune dans les 3 mois</translation>
    </message>
    <message>
        <source>3rd next available: %1</source>
        <translation>3ᵉ disponibilité : %1</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>Rendez-vous pris.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Déplacé.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Déplacé au %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Marked not honoured.</source>
        <translation>Marqué non honoré.</translation>
    </message>
    <message>
        <source>History of the appointment</source>
        <translation>Historique du rendez-vous</translation>
    </message>
    <message>
        <source>day-list-%1.pdf</source>
        <translation>liste-du-jour-%1.pdf</translation>
    </message>
    <message>
        <source>Save the day list</source>
        <translation>Enregistrer la liste du jour</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Day list saved to %1.</source>
        <translation>Liste du jour enregistrée dans %1.</translation>
    </message>
    <message>
        <source>M&amp;ore</source>
        <translation>P&amp;lus</translation>
    </message>
    <message>
        <source>&amp;Export to a calendar (iCalendar)…</source>
        <translation>&amp;Exporter vers un agenda (iCalendar)…</translation>
    </message>
    <message>
        <source>Opening &amp;hours and absences…</source>
        <translation>&amp;Horaires et absences…</translation>
    </message>
    <message>
        <source>Appointment &amp;types…</source>
        <translation>&amp;Types de rendez-vous…</translation>
    </message>
    <message>
        <source>Calendar written to %1.</source>
        <translation>Agenda écrit dans %1.</translation>
    </message>
    <message>
        <source>Opening hours saved.</source>
        <translation>Horaires enregistrés.</translation>
    </message>
    <message>
        <source>kept beside the one booked at the same time</source>
        <translation>gardé à côté de celui réservé à la même heure</translation>
    </message>
</context>
<context>
    <name>relais::ui::AllergyDialog</name>
    <message>
        <source>Allergy or intolerance</source>
        <translation>Allergie ou intolérance</translation>
    </message>
    <message>
        <source>a drug, a food, latex…</source>
        <translation>un médicament, un aliment, le latex…</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Intolérance</translation>
    </message>
    <message>
        <source>what happened, if known</source>
        <translation>ce qui s’est passé, si on le sait</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Substance :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Réaction :</translation>
    </message>
    <message>
        <source>Linked to the drug database: %1 (substance %2).</source>
        <translation>Reliée à la base des médicaments : %1 (substance %2).</translation>
    </message>
    <message>
        <source>The drug database is not imported on this workstation: the substance is kept as typed (Settings → Data).</source>
        <translation>La base des médicaments n’est pas importée sur ce poste : la substance est gardée telle que saisie (Réglages → Données).</translation>
    </message>
    <message>
        <source>Pick a drug substance from the list to link it, or type anything else (latex, a food).</source>
        <translation>Choisissez une substance dans la liste pour la relier, ou saisissez autre chose (latex, un aliment).</translation>
    </message>
    <message>
        <source>&amp;Keep as typed</source>
        <translation>&amp;Garder tel quel</translation>
    </message>
    <message>
        <source>“%1” is not in the drug database. Did you mean &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>« %1 » n’est pas dans la base des médicaments. Vouliez-vous dire &lt;b&gt;%2&lt;/b&gt; ?</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Utiliser %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::AuditLogModel</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <source>Refused: account disabled</source>
        <translation>Refus : compte désactivé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Export du journal d’audit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Imported despite the warning</source>
        <translation>Importé malgré l’avertissement</translation>
    </message>
    <message>
        <source>“Reviewed” undone</source>
        <translation>« Relu » annulé</translation>
    </message>
    <message>
        <source>Identity check or change</source>
        <translation>Vérification ou modification d’identité</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>“No known allergy”</source>
        <translation>« Aucune allergie connue »</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Antécédent</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Merge of two files</source>
        <translation>Fusion de deux dossiers</translation>
    </message>
    <message>
        <source>Drug database</source>
        <translation>Base des médicaments</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Prepared consultation</source>
        <translation>Consultation préparée</translation>
    </message>
</context>
<context>
    <name>relais::ui::BirthPlaceField</name>
    <message>
        <source>commune or country, or its INSEE code</source>
        <translation>commune ou pays, ou son code INSEE</translation>
    </message>
    <message>
        <source>INSEE code; 99xxx abroad</source>
        <translation>code INSEE ; 99xxx à l’étranger</translation>
    </message>
    <message>
        <source>INSEE code %1: not among today’s communes and countries. It is kept as typed: check it on the identity document.</source>
        <translation>Code INSEE %1 : absent des communes et pays actuels. Il est gardé tel quel : vérifiez-le sur la pièce d’identité.</translation>
    </message>
    <message>
        <source>INSEE code %1: %2.</source>
        <translation>Code INSEE %1 : %2.</translation>
    </message>
    <message>
        <source>INSEE code %1.</source>
        <translation>Code INSEE %1.</translation>
    </message>
    <message>
        <source>No commune or country of that name: check the spelling, or type the INSEE code.</source>
        <translation>Aucune commune ni aucun pays de ce nom : vérifiez l’orthographe, ou saisissez le code INSEE.</translation>
    </message>
    <message>
        <source>Choose the place in the list.</source>
        <translation>Choisissez le lieu dans la liste.</translation>
    </message>
</context>
<context>
    <name>relais::ui::BookingDialog</name>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Move an appointment</source>
        <translation>Déplacer un rendez-vous</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;raticien :</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>every</source>
        <translation>toutes les</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semaine(s)</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Ré&amp;péter :</translation>
    </message>
    <message>
        <source>Move the following ones of the series too</source>
        <translation>Déplacer aussi les suivants de la série</translation>
    </message>
    <message>
        <source>Next &amp;free slots (F3)</source>
        <translation>Prochains créneaux &amp;libres (F3)</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>à toute heure</translation>
    </message>
    <message>
        <source>mornings</source>
        <translation>le matin</translation>
    </message>
    <message>
        <source>afternoons</source>
        <translation>l’après-midi</translation>
    </message>
    <message>
        <source>why it is booked anyway (emergency…)</source>
        <translation>pourquoi il est pris quand même (urgence…)</translation>
    </message>
    <message>
        <source>&amp;Overbook because:</source>
        <translation>&amp;Surbooking car :</translation>
    </message>
    <message>
        <source>Nothing free in the next three months for this.</source>
        <translation>Rien de libre dans les trois prochains mois pour cela.</translation>
    </message>
    <message>
        <source>unscheduled care</source>
        <translation>soins non programmés</translation>
    </message>
    <message>
        <source>Find the patient, or create their file with &quot;New file&quot;.</source>
        <translation>Trouvez le patient, ou créez son dossier avec « Nouveau dossier ».</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>with &amp;anyone</source>
        <translation>avec &amp;n’importe qui</translation>
    </message>
    <message>
        <source>Look in every practitioner&apos;s agenda, not only the one chosen</source>
        <translation>Chercher dans l’agenda de chaque praticien, pas seulement celui choisi</translation>
    </message>
</context>
<context>
    <name>relais::ui::CancelDialog</name>
    <message>
        <source>&amp;Cancel the appointment</source>
        <translation>&amp;Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Annuler un rendez-vous</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Rendez-vous :</translation>
    </message>
    <message>
        <source>the patient (excused)</source>
        <translation>le patient (excusé)</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>le cabinet</translation>
    </message>
    <message>
        <source>Cancelled &amp;by:</source>
        <translation>Annulé &amp;par :</translation>
    </message>
    <message>
        <source>ill, on holiday, the doctor is away…</source>
        <translation>malade, en vacances, le médecin est absent…</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Pour&amp;quoi :</translation>
    </message>
    <message>
        <source>Cancel the following ones of the series too</source>
        <translation>Annuler aussi les suivants de la série</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConditionDialog</name>
    <message>
        <source>New history entry</source>
        <translation>Nouvel antécédent</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>Antécédent</translation>
    </message>
    <message>
        <source>type 2 diabetes, appendicectomy, mother: breast cancer…</source>
        <translation>diabète de type 2, appendicectomie, mère : cancer du sein…</translation>
    </message>
    <message>
        <source>optional, e.g. E11.9</source>
        <translation>facultatif, par ex. E11.9</translation>
    </message>
    <message>
        <source>1998, 03/2015 or 12/03/2015</source>
        <translation>1998, 03/2015 ou 12/03/2015</translation>
    </message>
    <message>
        <source>Long-term condition (ALD), covered at 100 %</source>
        <translation>Affection de longue durée (ALD), prise en charge à 100 %</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, if known</source>
        <translation>jj/mm/aaaa, si connue</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Antécédent :</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <source>ICD-&amp;10 code:</source>
        <translation>Code CIM-&amp;10 :</translation>
    </message>
    <message>
        <source>ALD &amp;until:</source>
        <translation>ALD &amp;jusqu’au :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Type the end of the ALD as dd/mm/yyyy.</source>
        <translation>Tapez la fin de l’ALD sous la forme jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConsultationPanel</name>
    <message>
        <source>No consultation is being prepared today for this patient. Start one when the patient arrives: the vital signs you then take belong to it, and the GP finds it in “To review”.</source>
        <translation>Aucune consultation n’est en préparation aujourd’hui pour ce patient. Commencez-en une à son arrivée : les constantes prises ensuite lui appartiennent, et le médecin la retrouve dans « À relire ».</translation>
    </message>
    <message>
        <source>renewal, follow-up, fever since yesterday…</source>
        <translation>renouvellement, suivi, fièvre depuis hier…</translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation>Vu pa&amp;r :</translation>
    </message>
    <message>
        <source>&amp;Reason for the visit:</source>
        <translation>&amp;Motif de la venue :</translation>
    </message>
    <message>
        <source>&amp;Prepare today&apos;s consultation</source>
        <translation>&amp;Préparer la consultation du jour</translation>
    </message>
    <message>
        <source>what the patient says, what the GP should know</source>
        <translation>ce que dit le patient, ce que le médecin doit savoir</translation>
    </message>
    <message>
        <source>one item a line: renew a treatment, a certificate, a test…</source>
        <translation>un élément par ligne : renouveler un traitement, un certificat, un examen…</translation>
    </message>
    <message>
        <source>Seen &amp;by:</source>
        <translation>Vu pa&amp;r :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>For the &amp;GP:</source>
        <translation>Pour le &amp;médecin :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Rea&amp;dy for the doctor</source>
        <translation>Prête pour le mé&amp;decin</translation>
    </message>
    <message>
        <source>Saves, and puts the file in the GP&apos;s “To review” list</source>
        <translation>Enregistre, et place le dossier dans la liste « À relire » du médecin</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>Today&apos;s consultation, &lt;b&gt;%1&lt;/b&gt;, prepared by %2.</source>
        <translation>Consultation du jour, &lt;b&gt;%1&lt;/b&gt;, préparée par %2.</translation>
    </message>
    <message>
        <source>Today&apos;s consultation is &lt;b&gt;%1&lt;/b&gt; since %2: the GP has it in “To review”. It can still be completed.</source>
        <translation>La consultation du jour est &lt;b&gt;%1&lt;/b&gt; depuis %2 : le médecin l’a dans « À relire ». Elle peut encore être complétée.</translation>
    </message>
    <message>
        <source>No vital sign taken for it yet: the Vital signs tab records them for this consultation.</source>
        <translation>Aucune constante prise pour elle : l’onglet Constantes les enregistre pour cette consultation.</translation>
    </message>
    <message>
        <source>seen at home, refused, child asleep…</source>
        <translation>vu à domicile, refus, enfant endormi…</translation>
    </message>
    <message>
        <source>&amp;Why no vital sign:</source>
        <translation>&amp;Pourquoi aucune constante :</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) taken for it (Vital signs tab): %1.</source>
        <translation>
            <numerusform>%n valeur prise pour elle (onglet Constantes) : %1.</numerusform>
            <numerusform>%n valeurs prises pour elle (onglet Constantes) : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken earlier today and joined to it: %1.</source>
        <translation>Prises plus tôt aujourd’hui et rattachées à elle : %1.</translation>
    </message>
    <message>
        <source>No vital sign belongs to this consultation yet.</source>
        <translation>Aucune constante n’appartient encore à cette consultation.</translation>
    </message>
    <message>
        <source>The consultation of %1 (%2) was &lt;b&gt;reviewed&lt;/b&gt; by %3 on %4 at %5, without a comment.</source>
        <translation>La consultation du %1 (%2) a été &lt;b&gt;relue&lt;/b&gt; par %3 le %4 à %5, sans commentaire.</translation>
    </message>
    <message>
        <source>The consultation of %1 (%2) was &lt;b&gt;reviewed&lt;/b&gt; by %3 on %4 at %5: &lt;i&gt;%6&lt;/i&gt;</source>
        <translation>La consultation du %1 (%2) a été &lt;b&gt;relue&lt;/b&gt; par %3 le %4 à %5 : &lt;i&gt;%6&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>relais::ui::DataTab</name>
    <message>
        <source>National drug database (BDPM)</source>
        <translation>Base de données publique des médicaments (BDPM)</translation>
    </message>
    <message>
        <source>&amp;Import the BDPM files…</source>
        <translation>&amp;Importer les fichiers de la BDPM…</translation>
    </message>
    <message>
        <source>A physician or an administrator imports the database.</source>
        <translation>C’est un médecin ou un administrateur qui importe la base.</translation>
    </message>
    <message>
        <source>Not imported yet on this workstation: allergies are kept as typed, without a link to a drug substance.</source>
        <translation>Pas encore importée sur ce poste : les allergies sont gardées telles que saisies, sans lien avec une substance.</translation>
    </message>
    <message numerus="yes">
        <source>%n substance(s), imported on %1 from %2.</source>
        <translation>
            <numerusform>%n substance, importée le %1 depuis %2.</numerusform>
            <numerusform>%n substances, importées le %1 depuis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder of the BDPM files</source>
        <translation>Dossier des fichiers de la BDPM</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n substance(s) imported.</source>
        <translation>
            <numerusform>%n substance importée.</numerusform>
            <numerusform>%n substances importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and were skipped, the first: %1</source>
        <translation>
            <numerusform>%n ligne illisible a été ignorée : %1</numerusform>
            <numerusform>%n lignes illisibles ont été ignorées, la première : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients from other software (FHIR R4)</source>
        <translation>Patients venant d’un autre logiciel (FHIR R4)</translation>
    </message>
    <message>
        <source>Bundles exported by another record system (FHIR R4, transaction or collection): patients and their vital signs are filed, each bundle whole or not at all; what Relais does not keep is counted and listed below. Importing a bundle again changes nothing.</source>
        <translation>Fichiers exportés par un autre logiciel de dossier médical : les patients et leurs constantes sont enregistrés, chaque fichier en entier ou pas du tout ; ce que Relais ne garde pas est compté et listé ci-dessous. Réimporter un fichier ne change rien.</translation>
    </message>
    <message>
        <source>Import &amp;FHIR bundles…</source>
        <translation>Importer depuis un autre &amp;logiciel…</translation>
    </message>
    <message>
        <source>S&amp;top after this bundle</source>
        <translation>&amp;Arrêter après ce fichier</translation>
    </message>
    <message>
        <source>%v of %m bundles</source>
        <translation>%v fichiers sur %m</translation>
    </message>
    <message>
        <source>What each bundle held, and what was left out, shows here.</source>
        <translation>Le contenu de chaque fichier, et ce qui a été laissé de côté, s’affiche ici.</translation>
    </message>
    <message>
        <source>Medical assistants and physicians import patients.</source>
        <translation>Ce sont les assistants médicaux et les médecins qui importent des patients.</translation>
    </message>
    <message>
        <source>FHIR bundles to import</source>
        <translation>Fichiers d’un autre logiciel à importer</translation>
    </message>
    <message>
        <source>FHIR bundles (*.json)</source>
        <translation>Fichiers FHIR (*.json)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n allergy(ies) typed earlier now linked to the database.</source>
        <translation>
            <numerusform>%n allergie saisie auparavant est désormais reliée à la base.</numerusform>
            <numerusform>%n allergies saisies auparavant sont désormais reliées à la base.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only if you know the files are a whole release of the BDPM: they replace the drug database in use.</source>
        <translation>Seulement si vous savez que ces fichiers forment une publication complète de la BDPM : ils remplacent la base des médicaments en service.</translation>
    </message>
    <message>
        <source>FHIR R4 bundles (transaction or collection), as other record systems export them</source>
        <translation>Bundles FHIR R4 (transaction ou collection), tels que d’autres logiciels de dossier les exportent</translation>
    </message>
    <message>
        <source>Only the substances: import the whole release folder for the specialties and their boxes.</source>
        <translation>Seulement les substances : importez le dossier complet de la version pour les spécialités et leurs présentations.</translation>
    </message>
    <message numerus="yes">
        <source>%n specialty(ies)</source>
        <translation>
            <numerusform>%n spécialité</numerusform>
            <numerusform>%n spécialités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n présentation</numerusform>
            <numerusform>%n présentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n generic group line(s)</source>
        <translation>
            <numerusform>%n ligne de groupe générique</numerusform>
            <numerusform>%n lignes de groupes génériques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prescribing condition(s).</source>
        <translation>
            <numerusform>%n condition de prescription.</numerusform>
            <numerusform>%n conditions de prescription.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import it &amp;anyway</source>
        <translation>Importer &amp;quand même</translation>
    </message>
    <message>
        <source>The ANSM publishes the Base de données publique des médicaments as text files. Relais reads the drugs, their boxes and substances from them, to link allergies to a substance and to check prescriptions. Download the current files, then import their folder; each workstation keeps its own copy.</source>
        <translation>L’ANSM publie la Base de données publique des médicaments sous forme de fichiers texte. Relais y lit les médicaments, leurs présentations et leurs substances, pour relier les allergies à une substance et vérifier les ordonnances. Téléchargez les fichiers à jour, puis importez leur dossier ; chaque poste garde sa propre copie.</translation>
    </message>
    <message>
        <source>Drug interactions (ANSM thesaurus)</source>
        <translation>Interactions médicamenteuses (thésaurus de l’ANSM)</translation>
    </message>
    <message>
        <source>The ANSM&apos;s Thésaurus des interactions médicamenteuses, as tables: the pairs of molecules or classes that interact, at which level, and the class of each molecule. Import the folder holding them; the drug database&apos;s substances are matched to its molecules.</source>
        <translation>Le Thésaurus des interactions médicamenteuses de l’ANSM, sous forme de tables : les couples de molécules ou de classes qui interagissent, à quel niveau, et la classe de chaque molécule. Importez le dossier qui les contient ; les substances de la base des médicaments sont rapprochées de ses molécules.</translation>
    </message>
    <message>
        <source>Import the &amp;thesaurus…</source>
        <translation>Importer le &amp;thésaurus…</translation>
    </message>
    <message>
        <source>Only if you know the tables are the whole thesaurus: they replace the one in use.</source>
        <translation>Seulement si vous savez que ces tables sont le thésaurus complet : elles remplacent celui en service.</translation>
    </message>
    <message>
        <source>&amp;Review the substances…</source>
        <translation>&amp;Vérifier les substances…</translation>
    </message>
    <message>
        <source>Which substances of the drugs prescribed were found in the thesaurus, and which were not</source>
        <translation>Quelles substances des médicaments prescrits ont été retrouvées dans le thésaurus, et lesquelles non</translation>
    </message>
    <message>
        <source>Folder of the interaction thesaurus</source>
        <translation>Dossier du thésaurus des interactions</translation>
    </message>
    <message>
        <source>Not imported yet on this workstation: prescriptions cannot be checked for interactions, and say so.</source>
        <translation>Pas encore importé sur ce poste : les ordonnances ne peuvent pas être vérifiées pour les interactions, et le signalent.</translation>
    </message>
    <message numerus="yes">
        <source>Edition %1, imported on %2 from %3: %n interaction(s)</source>
        <translation>
            <numerusform>Édition %1, importée le %2 depuis %3 : %n interaction</numerusform>
            <numerusform>Édition %1, importée le %2 depuis %3 : %n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n molecule(s)</source>
        <translation>
            <numerusform>%n molécule</numerusform>
            <numerusform>%n molécules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es).</source>
        <translation>
            <numerusform>%n classe.</numerusform>
            <numerusform>%n classes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) imported; </source>
        <translation>
            <numerusform>%n interaction importée ; </numerusform>
            <numerusform>%n interactions importées ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n substance(s) of the drug database matched to its molecules.</source>
        <translation>
            <numerusform>%n substance de la base des médicaments rapprochée de ses molécules.</numerusform>
            <numerusform>%n substances de la base des médicaments rapprochées de ses molécules.</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Say the drug data is &amp;old after:</source>
        <translation>Si&amp;gnaler comme périmées les données des médicaments après :</translation>
    </message>
</context>
<context>
    <name>relais::ui::DayListPrinter</name>
    <message>
        <source>This practitioner is not on the agenda (disabled, or without opening hours).</source>
        <translation>Ce praticien n’est pas dans l’agenda (désactivé, ou sans horaires).</translation>
    </message>
    <message>
        <source>overbooked: %1</source>
        <translation>surbooking : %1</translation>
    </message>
    <message>
        <source>not honoured</source>
        <translation>non honoré</translation>
    </message>
    <message>
        <source>series</source>
        <translation>série</translation>
    </message>
    <message>
        <source>Day list: %1</source>
        <translation>Liste du jour : %1</translation>
    </message>
    <message>
        <source>No appointment on this day.</source>
        <translation>Aucun rendez-vous ce jour-là.</translation>
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
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>To know</source>
        <translation>À savoir</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed on %1 by %2. Confidential: patient data.</source>
        <translation>Imprimé le %1 par %2. Confidentiel : données de patients.</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Liste du jour</translation>
    </message>
</context>
<context>
    <name>relais::ui::DraftsToSignPanel</name>
    <message>
        <source>Sign the &amp;selected prescriptions…</source>
        <translation>&amp;Signer les ordonnances choisies…</translation>
    </message>
    <message>
        <source>One password for all; a reason under each serious alert</source>
        <translation>Un seul mot de passe pour toutes ; un motif sous chaque alerte grave</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Prepared consultation</source>
        <translation>Consultation préparée</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Rédigée par</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>motif non précisé</translation>
    </message>
    <message>
        <source>No prescription waits for a signature.</source>
        <translation>Aucune ordonnance n’attend de signature.</translation>
    </message>
    <message numerus="yes">
        <source>%n prescription(s) to sign. Ctrl+click to choose several; with none chosen, all are signed.</source>
        <translation>
            <numerusform>%n ordonnance à signer. Ctrl+clic pour en choisir plusieurs ; si aucune n’est choisie, toutes sont signées.</numerusform>
            <numerusform>%n ordonnances à signer. Ctrl+clic pour en choisir plusieurs ; si aucune n’est choisie, toutes sont signées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::DrugSearchBox</name>
    <message>
        <source>Name, substance (DCI) or box code — or scan the box</source>
        <translation>Nom, substance (DCI) ou code de la boîte — ou scannez la boîte</translation>
    </message>
    <message>
        <source>The national drug database is not imported on this workstation yet: a physician or an administrator imports it in Settings → Data.</source>
        <translation>La base nationale des médicaments n’est pas encore importée sur ce poste : un médecin ou un administrateur l’importe dans Réglages → Données.</translation>
    </message>
    <message>
        <source>Type a drug&apos;s name, its substance or the code on its box, or scan the box&apos;s barcode.</source>
        <translation>Tapez le nom d’un médicament, sa substance ou le code de sa boîte, ou scannez le code-barres de la boîte.</translation>
    </message>
    <message>
        <source>No drug matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>Aucun médicament ne correspond à « %1 ». Vérifiez l’orthographe, ou tapez moins de lettres.</translation>
    </message>
    <message>
        <source>The first %1 drugs: type another word (a strength, a form) to narrow.</source>
        <translation>Les %1 premiers médicaments : tapez un mot de plus (un dosage, une forme) pour affiner.</translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s), the marketed ones first.</source>
        <translation>
            <numerusform>%n médicament, les commercialisés d’abord.</numerusform>
            <numerusform>%n médicaments, les commercialisés d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::DrugSearchModel</name>
    <message>
        <source>Originator</source>
        <translation>Princeps</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <source>Generic (posology)</source>
        <translation>Générique (posologie)</translation>
    </message>
    <message>
        <source>Substitutable</source>
        <translation>Substituable</translation>
    </message>
    <message>
        <source>Not reimbursed</source>
        <translation>Non remboursé</translation>
    </message>
    <message>
        <source>Marketed</source>
        <translation>Commercialisé</translation>
    </message>
    <message>
        <source>Not marketed</source>
        <translation>Non commercialisé</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>relais::ui::ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the agenda (iCalendar)</source>
        <translation>Exporter l’agenda (iCalendar)</translation>
    </message>
    <message>
        <source>For a phone or a shared calendar. Only the type and, unless the practitioner chose otherwise in their hours, the patient&apos;s initials leave the vault.</source>
        <translation>Pour un téléphone ou un agenda partagé. Seuls le type et, sauf choix contraire du praticien dans ses horaires, les initiales du patient quittent le coffre.</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Exporter l’agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>relais::ui::FirstRunWizard</name>
    <message>
        <source>The practice</source>
        <translation>Le cabinet</translation>
    </message>
    <message>
        <source>As it appears on letterheads and prescriptions.</source>
        <translation>Tel qu’il figure sur les en-têtes et les ordonnances.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>optional, 9 characters</source>
        <translation>facultatif, 9 caractères</translation>
    </message>
    <message>
        <source>&amp;FINESS:</source>
        <translation>&amp;FINESS :</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>The first account administers the practice: it creates the others&apos; accounts.</source>
        <translation>Le premier compte administre le cabinet : c’est lui qui crée les comptes des autres.</translation>
    </message>
    <message>
        <source>Ph&amp;ysician and administrator</source>
        <translation>&amp;Médecin et administrateur</translation>
    </message>
    <message>
        <source>Medical a&amp;ssistant and administrator</source>
        <translation>Assistant(e) médical(e) et a&amp;dministrateur</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>General practice</source>
        <translation>Médecine générale</translation>
    </message>
    <message>
        <source>&amp;RPPS number:</source>
        <translation>Numéro &amp;RPPS :</translation>
    </message>
    <message>
        <source>Spe&amp;cialty:</source>
        <translation>&amp;Spécialité :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>Le coffre</translation>
    </message>
    <message>
        <source>Every record of the practice is kept on this workstation in one encrypted file.</source>
        <translation>Tous les dossiers du cabinet sont conservés sur ce poste dans un fichier chiffré.</translation>
    </message>
    <message>
        <source>Choose another &amp;place…</source>
        <translation>Choisir un autre &amp;emplacement…</translation>
    </message>
    <message>
        <source>Its key is kept in the system keychain (or, where there is none, protected by a passphrase you will choose). Next, Relais shows the practice&apos;s recovery code: the only way back to the records if this workstation loses its key.</source>
        <translation>Sa clé est conservée dans le trousseau du système (ou, à défaut, protégée par une phrase de passe que vous choisirez). Relais affiche ensuite le code de récupération du cabinet : le seul moyen de retrouver les dossiers si ce poste perd sa clé.</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Où conserver le coffre</translation>
    </message>
    <message>
        <source>Relais vaults (*.relais)</source>
        <translation>Coffres Relais (*.relais)</translation>
    </message>
    <message>
        <source>&amp;Create the practice</source>
        <translation>&amp;Créer le cabinet</translation>
    </message>
    <message>
        <source>The vault will be created here:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Le coffre sera créé ici :&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Write down the recovery code</source>
        <translation>Notez le code de récupération</translation>
    </message>
    <message>
        <source>New practice</source>
        <translation>Nouveau cabinet</translation>
    </message>
</context>
<context>
    <name>relais::ui::FormHelpers</name>
    <message>
        <source>Throw away?</source>
        <translation>Abandonner la saisie ?</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved. Close it and throw it away?</source>
        <translation>Ce que vous avez saisi dans ce formulaire n’est pas enregistré. Le fermer et abandonner la saisie ?</translation>
    </message>
</context>
<context>
    <name>relais::ui::Gui</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Relais backups (*.relais-backup);;All files (*)</source>
        <translation>Sauvegardes Relais (*.relais-backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Relais cannot open the vault</source>
        <translation>Relais ne peut pas ouvrir le coffre</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Cabinet de démonstration</translation>
    </message>
    <message>
        <source>Filling the demo practice…</source>
        <translation>Préparation du cabinet de démonstration…</translation>
    </message>
    <message>
        <source>The demo practice has three accounts: &lt;b&gt;medecin&lt;/b&gt; (physician and administrator), &lt;b&gt;medecin2&lt;/b&gt; (physician) and &lt;b&gt;assistante&lt;/b&gt; (medical assistant). All use the password &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Le cabinet de démonstration a trois comptes : &lt;b&gt;medecin&lt;/b&gt; (médecin et administrateur), &lt;b&gt;medecin2&lt;/b&gt; (médecin) et &lt;b&gt;assistante&lt;/b&gt; (assistante médicale). Tous utilisent le mot de passe &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Waiting for the inviting workstation to let this one in (its next sync does)…</source>
        <translation>En attente du poste qui invite (sa prochaine synchronisation fait entrer celui-ci)…</translation>
    </message>
    <message>
        <source>Receiving the practice&apos;s records…</source>
        <translation>Réception des dossiers du cabinet…</translation>
    </message>
    <message>
        <source>Join a practice</source>
        <translation>Rejoindre un cabinet</translation>
    </message>
    <message>
        <source>This workstation is one of the practice&apos;s, but receiving its records stopped: %1 The next sync goes on from there.</source>
        <translation>Ce poste fait partie du cabinet, mais la réception de ses dossiers s’est arrêtée : %1 La prochaine synchronisation reprendra de là.</translation>
    </message>
</context>
<context>
    <name>relais::ui::HubAddressField</name>
    <message>
        <source>&amp;CA…</source>
        <translation>&amp;AC…</translation>
    </message>
    <message>
        <source>The practice&apos;s certificate authority (a .crt or .pem file): Relais checks the hub&apos;s certificate against it. Needed for a hub that is not on this computer.</source>
        <translation>L’autorité de certification du cabinet (un fichier .crt ou .pem) : Relais vérifie le certificat du serveur auprès d’elle. Nécessaire pour un serveur qui n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The practice&apos;s certificate authority</source>
        <translation>L’autorité de certification du cabinet</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>relais::ui::IntakeDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>all of them, as on the identity document</source>
        <translation>tous, comme sur la pièce d’identité</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>15 characters, spaces allowed</source>
        <translation>15 caractères, espaces acceptés</translation>
    </message>
    <message>
        <source>&amp;Birth name:</source>
        <translation>&amp;Nom de naissance :</translation>
    </message>
    <message>
        <source>Birth &amp;given names:</source>
        <translation>P&amp;rénoms de naissance :</translation>
    </message>
    <message>
        <source>&amp;Used name:</source>
        <translation>Nom d’&amp;usage :</translation>
    </message>
    <message>
        <source>Used &amp;first name:</source>
        <translation>Prénom d’usa&amp;ge :</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <source>Birth p&amp;lace:</source>
        <translation>&amp;Lieu de naissance :</translation>
    </message>
    <message>
        <source>Social-security &amp;number:</source>
        <translation>N° de sécurité so&amp;ciale :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Courri&amp;el :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Open the selected file</source>
        <translation>&amp;Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <source>It is &amp;another person: create</source>
        <translation>C’est une &amp;autre personne : créer</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>number and street</source>
        <translation>numéro et rue</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>Co&amp;mmune :</translation>
    </message>
    <message>
        <source>needed to change a strict trait of a checked identity</source>
        <translation>nécessaire pour changer un trait strict d’une identité vérifiée</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>Moti&amp;f du changement :</translation>
    </message>
    <message>
        <source>It is &amp;another person: save</source>
        <translation>C’est une &amp;autre personne : enregistrer</translation>
    </message>
    <message>
        <source>&lt;b&gt;This person may already have a file.&lt;/b&gt; Open it rather than keeping two, unless this is someone else.</source>
        <translation>&lt;b&gt;Cette personne a peut-être déjà un dossier.&lt;/b&gt; Ouvrez-le plutôt que d’en garder deux, sauf s’il s’agit de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files that may be this person&apos;s:&lt;/b&gt; check them before going on.</source>
        <translation>&lt;b&gt;Dossiers qui pourraient être ceux de cette personne :&lt;/b&gt; vérifiez-les avant de continuer.</translation>
    </message>
    <message>
        <source>Choose the birth place in the list that opens as you type its name, or type its INSEE code.</source>
        <translation>Choisissez le lieu de naissance dans la liste qui s’ouvre quand vous tapez son nom, ou saisissez son code INSEE.</translation>
    </message>
    <message numerus="yes">
        <source>%n communes for this postcode: choose</source>
        <translation>
            <numerusform>%n commune pour ce code postal : choisissez</numerusform>
            <numerusform>%n communes pour ce code postal : choisissez</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
</context>
<context>
    <name>relais::ui::InviteDialog</name>
    <message>
        <source>Invite a workstation</source>
        <translation>Inviter un poste</translation>
    </message>
    <message>
        <source>On the new workstation, choose “Join a practice” when Relais first starts (or run relais sync join), give the hub&apos;s address and type this code. It is valid until %1, for one workstation.</source>
        <translation>Sur le nouveau poste, choisissez « Rejoindre un cabinet » au premier démarrage de Relais (ou lancez relais sync join), donnez l’adresse du serveur et saisissez ce code. Il vaut jusqu’à %1, pour un seul poste.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Waiting for the new workstation… This window lets it in as soon as it answers.</source>
        <translation>En attente du nouveau poste… Cette fenêtre le fait entrer dès qu’il répond.</translation>
    </message>
    <message>
        <source>The new workstation is in: it is receiving the practice&apos;s records. Its users log in with their own passwords.</source>
        <translation>Le nouveau poste est entré : il reçoit les dossiers du cabinet. Chacun s’y connecte avec son propre mot de passe.</translation>
    </message>
</context>
<context>
    <name>relais::ui::JoinDialog</name>
    <message>
        <source>Join a practice</source>
        <translation>Rejoindre un cabinet</translation>
    </message>
    <message>
        <source>On a workstation of the practice, an administrator opens Sync → Invite a workstation: it shows the hub&apos;s address and a code valid 15 minutes. Type them here. This workstation then receives the practice&apos;s records; everyone logs in with their own password.</source>
        <translation>Sur un poste du cabinet, un administrateur ouvre Synchronisation → Inviter un poste : l’adresse du serveur et un code valable 15 minutes s’affichent. Saisissez-les ici. Ce poste reçoit ensuite les dossiers du cabinet ; chacun s’y connecte avec son propre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Invitation &amp;code:</source>
        <translation>&amp;Code d’invitation :</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
</context>
<context>
    <name>relais::ui::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Log in as &amp;someone else…</source>
        <translation>Se connecter sous un &amp;autre nom…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relais is locked&lt;/h2&gt;%1</source>
        <translation>&lt;h2&gt;Relais est verrouillé&lt;/h2&gt;%1</translation>
    </message>
    <message>
        <source>Locked by %1. Type the password to go on, or log in as someone else.</source>
        <translation>Verrouillé par %1. Saisissez le mot de passe pour continuer, ou connectez-vous sous un autre nom.</translation>
    </message>
</context>
<context>
    <name>relais::ui::LoginDialog</name>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de mots de passe incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de mots de passe incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Relais</source>
        <translation>À &amp;propos de Relais</translation>
    </message>
    <message>
        <source>About Relais</source>
        <translation>À propos de Relais</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relais %1&lt;/b&gt;&lt;p&gt;The workstation of the medical assistants and GPs of a general practice. Records are kept encrypted on this workstation and work without a network.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Relais %1&lt;/b&gt;&lt;p&gt;Le poste de travail des assistants médicaux et des médecins généralistes d’un cabinet. Les dossiers sont conservés chiffrés sur ce poste et restent utilisables sans réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Pr&amp;escriptions</source>
        <translation>&amp;Ordonnances</translation>
    </message>
    <message>
        <source>To re&amp;view</source>
        <translation>À &amp;relire</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Réglage&amp;s</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>Changer d’&amp;utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>relais::ui::MergeDialog</name>
    <message>
        <source>Merge two files of one person</source>
        <translation>Fusionner deux dossiers d’une même personne</translation>
    </message>
    <message>
        <source>Choose the other file of %1. Everything it holds moves to the file you keep; the other one stays in the vault, out of the lists, and the merge can be undone.</source>
        <translation>Choisissez l’autre dossier de %1. Tout ce qu’il contient passe dans le dossier conservé ; l’autre reste dans le coffre, hors des listes, et la fusion peut être annulée.</translation>
    </message>
    <message>
        <source>Likely duplicates are listed; type to find another file…</source>
        <translation>Les doublons probables sont listés ; tapez pour trouver un autre dossier…</translation>
    </message>
    <message>
        <source>Keep &amp;this file</source>
        <translation>Garder &amp;ce dossier</translation>
    </message>
    <message>
        <source>Keep the &amp;other file</source>
        <translation>Garder l’&amp;autre dossier</translation>
    </message>
    <message>
        <source>Choose a file above.</source>
        <translation>Choisissez un dossier ci-dessus.</translation>
    </message>
    <message>
        <source>same identity card, same NIR, confirmed by phone…</source>
        <translation>même carte d’identité, même NIR, confirmé par téléphone…</translation>
    </message>
    <message>
        <source>&amp;Why they are one person:</source>
        <translation>&amp;Pourquoi c’est la même personne :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>NIR %1</source>
        <translation>NIR %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <source>Choose the other file first.</source>
        <translation>Choisissez d’abord l’autre dossier.</translation>
    </message>
    <message>
        <source>Relais sees no likely duplicate of this file. If you know of one, type its name, birth date or number above.</source>
        <translation>Relais ne voit aucun doublon probable de ce dossier. Si vous en connaissez un, tapez son nom, sa date de naissance ou son numéro ci-dessus.</translation>
    </message>
    <message>
        <source>No other file matches “%1”.</source>
        <translation>Aucun autre dossier ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>relais::ui::OrdonnancePrint</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>This ordonnance lacks %1: a pharmacist may refuse it. An administrator completes it in Settings → Users. Print anyway?</source>
        <translation>Il manque à cette ordonnance %1 : un pharmacien peut la refuser. Un administrateur la complète dans Paramètres → Utilisateurs. Imprimer quand même ?</translation>
    </message>
    <message>
        <source>Prescription %1</source>
        <translation>Ordonnance %1</translation>
    </message>
    <message>
        <source>Ordonnance: preview before printing</source>
        <translation>Ordonnance : aperçu avant impression</translation>
    </message>
    <message>
        <source>Save the ordonnance as PDF</source>
        <translation>Enregistrer l’ordonnance en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message numerus="yes">
        <source>Print %n ordonnance(s)</source>
        <translation>
            <numerusform>Imprimer %n ordonnance</numerusform>
            <numerusform>Imprimer %n ordonnances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::PassphraseDialog</name>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase de passe du coffre</translation>
    </message>
    <message>
        <source>No system keychain answered on this workstation. The vault key will be kept in a file beside the vault, protected by a passphrase that you choose now. It is asked each time Relais starts.</source>
        <translation>Aucun trousseau du système n’a répondu sur ce poste. La clé du coffre sera conservée dans un fichier à côté du coffre, protégée par une phrase de passe que vous choisissez maintenant. Elle sera demandée à chaque démarrage de Relais.</translation>
    </message>
    <message>
        <source>Type the passphrase that protects the vault key on this workstation.</source>
        <translation>Saisissez la phrase de passe qui protège la clé du coffre sur ce poste.</translation>
    </message>
    <message>
        <source>That passphrase is wrong. Type it again.</source>
        <translation>Cette phrase de passe est incorrecte. Saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Aucune phrase de passe n’a été saisie.</translation>
    </message>
</context>
<context>
    <name>relais::ui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person; they can change it afterwards.</source>
        <translation>Remettez le nouveau mot de passe à %1 en personne ; il pourra le changer ensuite.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientDetailsDialog</name>
    <message>
        <source>Referring doctor, coverage and consents</source>
        <translation>Médecin traitant, couverture et consentements</translation>
    </message>
    <message>
        <source>Referring doctor (médecin traitant)</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>None declared</source>
        <translation>Aucun déclaré</translation>
    </message>
    <message>
        <source>%1 (this practice)</source>
        <translation>%1 (ce cabinet)</translation>
    </message>
    <message>
        <source>A doctor outside the practice</source>
        <translation>Un médecin hors du cabinet</translation>
    </message>
    <message>
        <source>Dr Anne Leroy</source>
        <translation>Dr Anne Leroy</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 chiffres</translation>
    </message>
    <message>
        <source>&amp;Doctor:</source>
        <translation>&amp;Médecin :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;RPPS:</source>
        <translation>&amp;RPPS :</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>CPAM de la Dordogne</source>
        <translation>CPAM de la Dordogne</translation>
    </message>
    <message>
        <source>mutuelle, or CSS</source>
        <translation>mutuelle, ou CSS</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>Ré&amp;gime :</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Caisse :</translation>
    </message>
    <message>
        <source>&amp;Complementary:</source>
        <translation>Complémen&amp;taire :</translation>
    </message>
    <message>
        <source>&amp;Member number:</source>
        <translation>N° d’&amp;adhérent :</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Sharing with the &amp;care team:</source>
        <translation>Partage avec l’é&amp;quipe de soins :</translation>
    </message>
    <message>
        <source>Access to the &amp;DMP:</source>
        <translation>Accès au &amp;DMP :</translation>
    </message>
    <message>
        <source>Answers collected on %1.</source>
        <translation>Réponses recueillies le %1.</translation>
    </message>
    <message>
        <source>What the practice should know: hearing aid, comes with a carer, prefers mornings…</source>
        <translation>Ce que le cabinet doit savoir : appareil auditif, vient accompagné, préfère le matin…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientFileView</name>
    <message>
        <source>&amp;Identity and contact…</source>
        <translation>&amp;Identité et coordonnées…</translation>
    </message>
    <message>
        <source>Change the identity or the contact (Ctrl+E)</source>
        <translation>Modifier l’identité ou les coordonnées (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Validate the identity…</source>
        <translation>&amp;Valider l’identité…</translation>
    </message>
    <message>
        <source>Add an a&amp;llergy…</source>
        <translation>Ajouter une a&amp;llergie…</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Antécé&amp;dents</translation>
    </message>
    <message>
        <source>&amp;Treatments</source>
        <translation>&amp;Traitements</translation>
    </message>
    <message>
        <source>Identit&amp;y</source>
        <translation>Identit&amp;é</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Phone and e-mail:</source>
        <translation>Téléphone et e-mail :</translation>
    </message>
    <message>
        <source>Referring doctor:</source>
        <translation>Médecin traitant :</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Couverture :</translation>
    </message>
    <message>
        <source>Long-term conditions:</source>
        <translation>Affections de longue durée :</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>Consentements :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>&amp;Referring doctor, coverage, consents, notes…</source>
        <translation>&amp;Médecin traitant, couverture, consentements, notes…</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Intolérance</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Remove the selected allergy</source>
        <translation>Retirer l’allergie sélectionnée</translation>
    </message>
    <message>
        <source>Allergies and intolerances:</source>
        <translation>Allergies et intolérances :</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Antécédent</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation>CIM-10</translation>
    </message>
    <message>
        <source>ALD</source>
        <translation>ALD</translation>
    </message>
    <message>
        <source>ALD until %1</source>
        <translation>ALD jusqu’au %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Add to the history…</source>
        <translation>A&amp;jouter un antécédent…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Prescrit par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Stopped on %1</source>
        <translation>Arrêté le %1</translation>
    </message>
    <message>
        <source>&amp;Add a treatment…</source>
        <translation>A&amp;jouter un traitement…</translation>
    </message>
    <message>
        <source>Stopped today</source>
        <translation>Arrêté aujourd’hui</translation>
    </message>
    <message>
        <source>Remove (entered by mistake)</source>
        <translation>Retirer (saisi par erreur)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Validated against: %1</source>
        <translation>Validée sur : %1</translation>
    </message>
    <message>
        <source>Strict traits changed: %1</source>
        <translation>Traits stricts modifiés : %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>File merged into this one</source>
        <translation>Dossier fusionné dans celui-ci</translation>
    </message>
    <message>
        <source>Records moved</source>
        <translation>Éléments déplacés</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>&amp;Merge with another file of this person…</source>
        <translation>Fusionner avec un autre dossier de cette &amp;personne…</translation>
    </message>
    <message>
        <source>&amp;Undo the selected merge</source>
        <translation>Annule&amp;r la fusion sélectionnée</translation>
    </message>
    <message>
        <source>Validations and changes of this identity:</source>
        <translation>Validations et modifications de cette identité :</translation>
    </message>
    <message>
        <source>Files merged into this one:</source>
        <translation>Dossiers fusionnés dans celui-ci :</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>téléphone %1</translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation>Pas encore renseigné</translation>
    </message>
    <message>
        <source>complementary: %1</source>
        <translation>complémentaire : %1</translation>
    </message>
    <message>
        <source>complementary: %1 (no. %2)</source>
        <translation>complémentaire : %1 (n° %2)</translation>
    </message>
    <message>
        <source>sharing with the care team %1, DMP access %2</source>
        <translation>partage avec l’équipe de soins %1, accès au DMP %2</translation>
    </message>
    <message>
        <source> (collected on %1)</source>
        <translation> (recueillis le %1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Choose a line in the list first.</source>
        <translation>Choisissez d’abord une ligne de la liste.</translation>
    </message>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Remove “%1” from this patient&apos;s allergies?</source>
        <translation>Retirer « %1 » des allergies de ce patient ?</translation>
    </message>
    <message>
        <source>Remove “%1” from the history?</source>
        <translation>Retirer « %1 » des antécédents ?</translation>
    </message>
    <message>
        <source>Remove “%1”? A treatment the patient stopped should be marked stopped instead, so that it stays in the history.</source>
        <translation>Retirer « %1 » ? Un traitement que le patient a arrêté doit plutôt être marqué arrêté, pour rester dans l’historique.</translation>
    </message>
    <message>
        <source>Undo the merge of %1? Its records go back to it, and it returns to the lists.</source>
        <translation>Annuler la fusion de %1 ? Ses éléments lui reviennent, et il réapparaît dans les listes.</translation>
    </message>
    <message>
        <source>Woman, born %1 (%2)</source>
        <translation>Femme, née le %1 (%2)</translation>
    </message>
    <message>
        <source>Man, born %1 (%2)</source>
        <translation>Homme, né le %1 (%2)</translation>
    </message>
    <message>
        <source>Sex unknown, born %1 (%2)</source>
        <translation>Sexe inconnu, date de naissance %1 (%2)</translation>
    </message>
    <message>
        <source>ALD first, in bold; double-click a line to change it.</source>
        <translation>ALD d’abord, en gras ; double-cliquez sur une ligne pour la modifier.</translation>
    </message>
    <message>
        <source>No history recorded yet: medical and surgical history, long-term conditions (ALD) and family history go here.</source>
        <translation>Aucun antécédent noté : les antécédents médicaux, chirurgicaux et familiaux et les affections de longue durée (ALD) se notent ici.</translation>
    </message>
    <message>
        <source>Current treatments in bold, stopped ones below.</source>
        <translation>Traitements en cours en gras, arrêtés en dessous.</translation>
    </message>
    <message>
        <source>No treatment recorded: the drugs the patient takes, whoever prescribed them, go here.</source>
        <translation>Aucun traitement noté : les médicaments que prend le patient, quel qu’en soit le prescripteur, se notent ici.</translation>
    </message>
    <message>
        <source>This identity has not been checked against a document nor changed since it was typed in.</source>
        <translation>Cette identité n’a été ni vérifiée sur un document ni modifiée depuis sa saisie.</translation>
    </message>
    <message>
        <source>No other file has been merged into this one.</source>
        <translation>Aucun autre dossier n’a été fusionné dans celui-ci.</translation>
    </message>
    <message>
        <source>Drug database</source>
        <translation>Base des médicaments</translation>
    </message>
    <message>
        <source>not a listed drug</source>
        <translation>hors base</translation>
    </message>
    <message>
        <source>substance %1</source>
        <translation>substance %1</translation>
    </message>
    <message>
        <source>&amp;Vital signs</source>
        <translation>&amp;Constantes</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>Évol&amp;ution</translation>
    </message>
    <message>
        <source>C&amp;onsultation</source>
        <translation>C&amp;onsultation</translation>
    </message>
    <message>
        <source>Last vital signs: %1</source>
        <translation>Dernières constantes : %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>NIR %1</source>
        <translation>NIR %1</translation>
    </message>
    <message>
        <source>No &amp;known allergy</source>
        <translation>Aucune allergie connu&amp;e</translation>
    </message>
    <message>
        <source>The patient was asked today and knows of no allergy or intolerance: recorded with your name and the date.</source>
        <translation>Le patient a été interrogé aujourd’hui et ne connaît aucune allergie ni intolérance : enregistré avec votre nom et la date.</translation>
    </message>
    <message>
        <source>The patient knows of no allergy or intolerance (%1).</source>
        <translation>Le patient ne connaît aucune allergie ni intolérance (%1).</translation>
    </message>
    <message>
        <source>Nobody has asked about allergies yet: ask, then add each one with “Add an allergy…”, or record “No known allergy”.</source>
        <translation>Personne n’a encore demandé les allergies : demandez, puis ajoutez chacune avec « Ajouter une allergie… », ou enregistrez « Aucune allergie connue ».</translation>
    </message>
    <message>
        <source>Prescri&amp;ptions</source>
        <translation>Ordonnances</translation>
    </message>
    <message>
        <source>Prescriptions (%1)</source>
        <translation>Ordonnances (%1)</translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientPicker</name>
    <message>
        <source>name, birth date, phone…</source>
        <translation>nom, date de naissance, téléphone…</translation>
    </message>
    <message>
        <source>New &amp;file…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>No patient chosen yet.</source>
        <translation>Aucun patient choisi pour l’instant.</translation>
    </message>
    <message>
        <source>No patient matches: create a new file with the button.</source>
        <translation>Aucun patient ne correspond : créez un dossier avec le bouton.</translation>
    </message>
    <message>
        <source>Enter chooses the first; or pick one in the list.</source>
        <translation>Entrée choisit le premier ; ou choisissez dans la liste.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisi : %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientPrescriptionsPanel</name>
    <message>
        <source>&amp;New prescription…</source>
        <translation>Nouvelle o&amp;rdonnance…</translation>
    </message>
    <message>
        <source>&amp;Change the draft…</source>
        <translation>&amp;Modifier le brouillon…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gner…</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>A new draft with the same lines, to check and sign</source>
        <translation>Un nouveau brouillon avec les mêmes lignes, à vérifier et signer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the ordonnance as a PDF file</source>
        <translation>Enregistrer l’ordonnance dans un fichier PDF</translation>
    </message>
    <message>
        <source>Throw away the draft</source>
        <translation>Jeter le brouillon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Alertes passées outre</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>draft, to sign</source>
        <translation>brouillon, à signer</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimée</translation>
    </message>
    <message>
        <source>No prescription yet. “New prescription…” drafts one: the assistant prepares it, a physician signs it.</source>
        <translation>Aucune ordonnance pour l’instant. « Nouvelle ordonnance… » en rédige une : l’assistante la prépare, un médecin la signe.</translation>
    </message>
    <message>
        <source>Drafts waiting for a signature in bold; double-click one to change it.</source>
        <translation>Les brouillons à signer sont en gras ; double-cliquez sur l’un d’eux pour le modifier.</translation>
    </message>
    <message>
        <source>drafted by %1 on %2</source>
        <translation>rédigée par %1 le %2</translation>
    </message>
    <message>
        <source>ALD</source>
        <translation>ALD</translation>
    </message>
    <message numerus="yes">
        <source>to be renewed %n time(s)</source>
        <translation>
            <numerusform>à renouveler %n fois</numerusform>
            <numerusform>à renouveler %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 on %2, checked against %3 and the interaction thesaurus %4.</source>
        <translation>Signée par %1 le %2, vérifiée avec %3 et le thésaurus des interactions %4.</translation>
    </message>
    <message>
        <source>no drug database</source>
        <translation>aucune base de médicaments</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Signed anyway: %1</source>
        <translation>Signée malgré tout : %1</translation>
    </message>
    <message>
        <source>Signed despite: %1</source>
        <translation>Signée malgré : %1</translation>
    </message>
    <message>
        <source>Last printed on %1.</source>
        <translation>Dernière impression le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Throw away this draft of %n line(s)?</source>
        <translation>
            <numerusform>Jeter ce brouillon de %n ligne ?</numerusform>
            <numerusform>Jeter ce brouillon de %n lignes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the current treatments…</source>
        <translation>Renouveler les traitements en cours…</translation>
    </message>
    <message>
        <source>A draft with every current treatment of the file, to check</source>
        <translation>Un brouillon avec chaque traitement en cours du dossier, à vérifier</translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientSearchModel</name>
    <message>
        <source>F</source>
        <comment>sex: female</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <comment>sex: male</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>?</source>
        <comment>sex: unknown</comment>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
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
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>born %1</source>
        <comment>a woman</comment>
        <translation>née le %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <comment>a man</comment>
        <translation>né le %1</translation>
    </message>
    <message>
        <source>birth date %1</source>
        <translation>date de naissance %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientsPage</name>
    <message>
        <source>Name, birth date (12/03/1985), social-security number or phone…</source>
        <translation>Nom, date de naissance (12/03/1985), n° de sécurité sociale ou téléphone…</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>New patient (Ctrl+N)</source>
        <translation>Nouveau patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>Patient files are for the medical assistants and physicians.</source>
        <translation>Les dossiers patients sont réservés aux assistants médicaux et aux médecins.</translation>
    </message>
    <message>
        <source>Type the first letters of a name, a birth date, a social-security number or a phone number. Ctrl+N creates a new file.</source>
        <translation>Tapez les premières lettres d’un nom, une date de naissance, un n° de sécurité sociale ou un numéro de téléphone. Ctrl+N crée un nouveau dossier.</translation>
    </message>
    <message>
        <source>No patient matches “%1”. Check the spelling, or create a new file with Ctrl+N.</source>
        <translation>Aucun patient ne correspond à « %1 ». Vérifiez l’orthographe, ou créez un nouveau dossier avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Escape goes back to the open file.</source>
        <translation>Échap revient au dossier ouvert.</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionEditor</name>
    <message>
        <source>&amp;Save the draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Prescription for %1</source>
        <translation>Ordonnance pour %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies : %1</translation>
    </message>
    <message>
        <source>&amp;Add a drug (Enter or double click on it):</source>
        <translation>A&amp;jouter un médicament (Entrée ou double-clic dessus) :</translation>
    </message>
    <message>
        <source>&amp;Lines (Delete removes the one selected):</source>
        <translation>L&amp;ignes (Suppr enlève celle sélectionnée) :</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Enregistrer le brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>Si&amp;gner…</translation>
    </message>
    <message>
        <source>Save, then sign with your password</source>
        <translation>Enregistrer, puis signer avec votre mot de passe</translation>
    </message>
    <message>
        <source>The line selected</source>
        <translation>La ligne sélectionnée</translation>
    </message>
    <message>
        <source>The unit of a dose, in the singular: comprimé, gélule, ml, goutte…</source>
        <translation>L’unité d’une prise, au singulier : comprimé, gélule, ml, goutte…</translation>
    </message>
    <message>
        <source>at set times of the day</source>
        <translation>à heures fixes</translation>
    </message>
    <message>
        <source>N times a day</source>
        <translation>N fois par jour</translation>
    </message>
    <message>
        <source>every N hours</source>
        <translation>toutes les N heures</translation>
    </message>
    <message>
        <source>when needed</source>
        <translation>si besoin</translation>
    </message>
    <message>
        <source>&amp;Unit and rhythm:</source>
        <translation>&amp;Unité et rythme :</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>midi</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <source>bedtime</source>
        <translation>coucher</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> times a day</source>
        <translation> fois par jour</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>dose:</source>
        <translation>prise :</translation>
    </message>
    <message>
        <source>&amp;Doses:</source>
        <translation>&amp;Prises :</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source> a day at most</source>
        <translation> par jour au plus</translation>
    </message>
    <message>
        <source>&amp;Ceiling:</source>
        <translation>Pla&amp;fond :</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>no box count</source>
        <translation>nombre de boîtes non précisé</translation>
    </message>
    <message>
        <source> box(es)</source>
        <translation> boîte(s)</translation>
    </message>
    <message>
        <source>Du&amp;ration:</source>
        <translation>Du&amp;rée :</translation>
    </message>
    <message>
        <source>renew </source>
        <translation>renouveler </translation>
    </message>
    <message>
        <source> time(s)</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>substitutable</source>
        <translation>substituable</translation>
    </message>
    <message>
        <source>non substituable (MTE)</source>
        <translation>non substituable (MTE)</translation>
    </message>
    <message>
        <source>non substituable (EFG)</source>
        <translation>non substituable (EFG)</translation>
    </message>
    <message>
        <source>non substituable (CIF)</source>
        <translation>non substituable (CIF)</translation>
    </message>
    <message>
        <source>MTE: narrow therapeutic margin (its list only); EFG: a child under 6 with no suitable generic form; CIF: a proven contraindication to an excipient of every generic.</source>
        <translation>MTE : marge thérapeutique étroite (substances de sa liste seulement) ; EFG : enfant de moins de 6 ans sans forme générique adaptée ; CIF : contre-indication formelle et démontrée à un excipient de tous les génériques.</translation>
    </message>
    <message>
        <source>for the &amp;ALD</source>
        <translation>pour l’A&amp;LD</translation>
    </message>
    <message>
        <source>Re&amp;newals:</source>
        <translation>Re&amp;nouvellements :</translation>
    </message>
    <message>
        <source>au cours du repas, à distance des repas…</source>
        <translation>au cours du repas, à distance des repas…</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>Ins&amp;tructions :</translation>
    </message>
    <message>
        <source>Prints:</source>
        <translation>Imprimé :</translation>
    </message>
    <message>
        <source>No line yet: find a drug on the left and press Enter.</source>
        <translation>Aucune ligne : cherchez un médicament à gauche et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Line %1, %2 with %3</source>
        <translation>Ligne %1, %2 avec %3</translation>
    </message>
    <message>
        <source>to acknowledge with a reason when signing</source>
        <translation>à justifier à la signature</translation>
    </message>
    <message>
        <source>Not checked, their substances are not known: %1.</source>
        <translation>Non vérifiés, leurs substances ne sont pas connues : %1.</translation>
    </message>
    <message>
        <source>No allergy, interaction or duplicate found with the patient&apos;s allergies and current treatments.</source>
        <translation>Aucune allergie, interaction ni doublon trouvé avec les allergies et les traitements en cours du patient.</translation>
    </message>
    <message>
        <source>The checks show here as lines are added.</source>
        <translation>Les vérifications s’affichent ici à mesure que des lignes sont ajoutées.</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>non renouvelable</translation>
    </message>
    <message>
        <source>Adds the lines of a template of the practice</source>
        <translation>Ajoute les lignes d’un modèle du cabinet</translation>
    </message>
    <message>
        <source>Keep as a template…</source>
        <translation>Garder comme modèle…</translation>
    </message>
    <message>
        <source>No template yet</source>
        <translation>Aucun modèle pour l’instant</translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation>Depuis un modèle…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n ligne)</numerusform>
            <numerusform>%1 (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add lines first: a template keeps them.</source>
        <translation>Ajoutez d’abord des lignes : un modèle les garde.</translation>
    </message>
    <message>
        <source>Keep as a template</source>
        <translation>Garder comme modèle</translation>
    </message>
    <message>
        <source>Name of the template (the same name replaces it):</source>
        <translation>Nom du modèle (le même nom le remplace) :</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionLinesModel</name>
    <message>
        <source>ALD</source>
        <translation>ALD</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Posology</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Substitution</source>
        <translation>Substitution</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionsPage</name>
    <message>
        <source>Drugs of the national database</source>
        <translation>Médicaments de la base nationale</translation>
    </message>
    <message>
        <source>Substances: %1</source>
        <translation>Substances : %1</translation>
    </message>
    <message>
        <source>Form: %1; route: %2.</source>
        <translation>Forme : %1 ; voie : %2.</translation>
    </message>
    <message>
        <source>%1 of generic group %2: %3</source>
        <translation>%1 du groupe générique %2 : %3</translation>
    </message>
    <message>
        <source>Reimbursement: %1.</source>
        <translation>Remboursement : %1.</translation>
    </message>
    <message>
        <source>Prescribing conditions: %1.</source>
        <translation>Conditions de prescription : %1.</translation>
    </message>
    <message>
        <source>Under enhanced monitoring (black triangle): report any adverse effect.</source>
        <translation>Sous surveillance renforcée (triangle noir) : déclarez tout effet indésirable.</translation>
    </message>
    <message>
        <source>Found by the box %1.</source>
        <translation>Trouvé par la boîte %1.</translation>
    </message>
    <message>
        <source>%1, %2; holder: %3.</source>
        <translation>%1, %2 ; titulaire : %3.</translation>
    </message>
    <message>
        <source>Marketed</source>
        <translation>Commercialisé</translation>
    </message>
    <message>
        <source>Not marketed</source>
        <translation>Non commercialisé</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, equivalent to %2 %3</source>
        <translation>%1, soit %2 %3</translation>
    </message>
    <message>
        <source>(for %1)</source>
        <translation>(pour %1)</translation>
    </message>
</context>
<context>
    <name>relais::ui::ReceptionPage</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>A patient arrives: name, birth date, social-security number or phone…</source>
        <translation>Un patient arrive : nom, date de naissance, n° de sécurité sociale ou téléphone…</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>New patient (Ctrl+N)</source>
        <translation>Nouveau patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>Today&apos;s waiting room</source>
        <translation>Salle d’attente du jour</translation>
    </message>
    <message>
        <source>&amp;Arrived (F2)</source>
        <translation>&amp;Arrivé (F2)</translation>
    </message>
    <message>
        <source>&amp;Without appointment…</source>
        <translation>Sans rende&amp;z-vous…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <source>Start preparing the consultation and open the file</source>
        <translation>Commencer à préparer la consultation et ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Goes in</source>
        <translation>&amp;Entre en consultation</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>Parti sans être &amp;vu</translation>
    </message>
    <message>
        <source>Left without being seen</source>
        <translation>Parti sans être vu</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>Ra&amp;ppels…</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments to call</source>
        <translation>Les rendez-vous de demain à rappeler</translation>
    </message>
    <message>
        <source>Nobody is expected today yet: appointments booked in the Agenda show here, and a patient without one is added with &quot;Without appointment&quot;.</source>
        <translation>Personne n’est attendu aujourd’hui pour l’instant : les rendez-vous pris dans l’Agenda s’affichent ici, et un patient sans rendez-vous s’ajoute avec « Sans rendez-vous ».</translation>
    </message>
    <message numerus="yes">
        <source>Waiting today: median %1 min, longest %2 min (%n seen)</source>
        <translation>
            <numerusform>Attente du jour : médiane %1 min, la plus longue %2 min (%n vu)</numerusform>
            <numerusform>Attente du jour : médiane %1 min, la plus longue %2 min (%n vus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has arrived.</source>
        <translation>%1 est arrivé(e).</translation>
    </message>
    <message>
        <source>Added to the waiting room.</source>
        <translation>Ajouté à la salle d’attente.</translation>
    </message>
</context>
<context>
    <name>relais::ui::RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Type the practice&apos;s recovery code: %1 groups of %2 characters, as written down when the vault was created. Dashes and spaces may be left out.</source>
        <translation>Saisissez le code de récupération du cabinet : %1 groupes de %2 caractères, tel qu’il a été noté à la création du coffre. Les tirets et les espaces sont facultatifs.</translation>
    </message>
    <message>
        <source>No recovery code was given.</source>
        <translation>Aucun code de récupération n’a été saisi.</translation>
    </message>
</context>
<context>
    <name>relais::ui::RecoveryCodeNotice</name>
    <message>
        <source>Write down the recovery code</source>
        <translation>Notez le code de récupération</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>relais::ui::RecoveryCodePanel</name>
    <message>
        <source>&lt;b&gt;This code is shown only now.&lt;/b&gt; It is the only way to open the vault if this workstation loses its key, and the way a new workstation joins the practice. Write it down and keep it locked away, apart from the computer.</source>
        <translation>&lt;b&gt;Ce code n’est affiché que maintenant.&lt;/b&gt; C’est le seul moyen d’ouvrir le coffre si ce poste perd sa clé, et le moyen pour un nouveau poste de rejoindre le cabinet. Notez-le et gardez-le sous clé, à l’écart de l’ordinateur.</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>J’ai noté le code de récupération</translation>
    </message>
</context>
<context>
    <name>relais::ui::RemindersDialog</name>
    <message>
        <source>Reminders for %1</source>
        <translation>Rappels pour le %1</translation>
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
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Rappelé</translation>
    </message>
    <message>
        <source>&amp;Reminded (Space)</source>
        <translation>&amp;Rappelé (Espace)</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save the call list</source>
        <translation>Enregistrer la liste d’appels</translation>
    </message>
    <message>
        <source>reminders-%1.csv</source>
        <translation>rappels-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>yes, at %1</source>
        <translation>oui, à %1</translation>
    </message>
    <message>
        <source>No appointment on that day: nobody to call.</source>
        <translation>Aucun rendez-vous ce jour-là : personne à appeler.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reminded.</source>
        <translation>
            <numerusform>%1 sur %n rappelé.</numerusform>
            <numerusform>%1 sur %n rappelés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Call list saved to %1.</source>
        <translation>Liste d’appels enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ReviewPage</name>
    <message>
        <source>&amp;All physicians</source>
        <translation>&amp;Tous les médecins</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>to see</source>
        <translation>à voir</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ready at</source>
        <translation>Prête à</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Choose a file in the list: its summary shows here.</source>
        <translation>Choisissez un dossier dans la liste : son résumé s’affiche ici.</translation>
    </message>
    <message>
        <source>your comment for the file (optional)</source>
        <translation>votre commentaire pour le dossier (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Marquer relu</translation>
    </message>
    <message>
        <source>Mark reviewed (Ctrl+Enter)</source>
        <translation>Marquer relu (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Open the patient&apos;s file</source>
        <translation>&amp;Ouvrir le dossier du patient</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>&lt;h2&gt;To review — %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;À relire — %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Reviewing prepared files is the physicians&apos; part: the files you prepare appear in their list once “ready for the doctor”.</source>
        <translation>La relecture des dossiers préparés revient aux médecins : les dossiers que vous préparez apparaissent dans leur liste une fois « prêts pour le médecin ».</translation>
    </message>
    <message>
        <source>No file is ready for review today yet. The assistants&apos; files appear here when they are ready for the doctor.</source>
        <translation>Aucun dossier n’est encore prêt à relire aujourd’hui. Les dossiers des assistants apparaissent ici quand ils sont prêts pour le médecin.</translation>
    </message>
    <message>
        <source>No file is ready for you today yet. Tick “All physicians” to see your colleagues&apos; patients.</source>
        <translation>Aucun dossier n’est encore prêt pour vous aujourd’hui. Cochez « Tous les médecins » pour voir les patients de vos confrères.</translation>
    </message>
    <message>
        <source>Files with an urgent alert come first, in red; reviewed ones go to the bottom.</source>
        <translation>Les dossiers avec une alerte urgente viennent en premier, en rouge ; les dossiers relus passent en bas.</translation>
    </message>
    <message>
        <source>%1, %2 — seen by %3 — prepared by %4</source>
        <translation>%1, %2 — vu par %3 — préparé par %4</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>motif non précisé</translation>
    </message>
    <message>
        <source>URGENT: </source>
        <translation>URGENT : </translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies : %1</translation>
    </message>
    <message>
        <source>No vital sign taken for this consultation.</source>
        <translation>Aucune constante prise pour cette consultation.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 (mean of the two readings)</source>
        <translation>%1 (moyenne des deux mesures)</translation>
    </message>
    <message>
        <source>%1 (mean of the last two of %2 readings)</source>
        <translation>%1 (moyenne des deux dernières des %2 mesures)</translation>
    </message>
    <message>
        <source>ALD:</source>
        <translation>ALD :</translation>
    </message>
    <message>
        <source>Current treatments:</source>
        <translation>Traitements en cours :</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun noté</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>For you to decide:</source>
        <translation>À votre décision :</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Fait :</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>rien de coché</translation>
    </message>
    <message>
        <source>Not done:</source>
        <translation>Non fait :</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Reviewed by %1 at %2.</source>
        <translation>Relu par %1 à %2.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message numerus="yes">
        <source>✓ %1 marked reviewed. It stays at the bottom of the list; “Undo” takes it back for %n minutes.</source>
        <translation>
            <numerusform>✓ %1 marqué relu. Il reste en bas de la liste ; « Défaire » le reprend pendant %n minute.</numerusform>
            <numerusform>✓ %1 marqué relu. Il reste en bas de la liste ; « Défaire » le reprend pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1 marked reviewed.</source>
        <translation>✓ %1 marqué relu.</translation>
    </message>
    <message>
        <source>Comment for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Commentaire pour &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Prescription drafted, to sign:</source>
        <translation>Ordonnance préparée, à signer :</translation>
    </message>
</context>
<context>
    <name>relais::ui::ScheduleDialog</name>
    <message>
        <source>Remove the selected line</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <source>&amp;Save the week</source>
        <translation>&amp;Enregistrer la semaine</translation>
    </message>
    <message>
        <source>Opening hours and absences</source>
        <translation>Horaires et absences</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Types only</source>
        <translation>Types seulement</translation>
    </message>
    <message>
        <source>Unscheduled care</source>
        <translation>SNP</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires :</translation>
    </message>
    <message>
        <source>&amp;Add hours</source>
        <translation>&amp;Ajouter des horaires</translation>
    </message>
    <message>
        <source>&amp;Breaks:</source>
        <translation>&amp;Pauses :</translation>
    </message>
    <message>
        <source>Add a brea&amp;k</source>
        <translation>Ajouter une pau&amp;se</translation>
    </message>
    <message>
        <source>Unscheduled care &amp;opens to all at:</source>
        <translation>SNP &amp;ouverts à tous à :</translation>
    </message>
    <message>
        <source>the type and the patient&apos;s initials</source>
        <translation>le type et les initiales du patient</translation>
    </message>
    <message>
        <source>the type only</source>
        <translation>le type seulement</translation>
    </message>
    <message>
        <source>Calendar e&amp;xport shows:</source>
        <translation>L’e&amp;xport d’agenda montre :</translation>
    </message>
    <message>
        <source>Absences:</source>
        <translation>Absences :</translation>
    </message>
    <message>
        <source>holiday, training…</source>
        <translation>congés, formation…</translation>
    </message>
    <message>
        <source>Add the a&amp;bsence</source>
        <translation>Ajouter l’a&amp;bsence</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>La retirer</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>No absence to come.</source>
        <translation>Aucune absence à venir.</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>even weeks</source>
        <translation>semaines paires</translation>
    </message>
    <message>
        <source>odd weeks</source>
        <translation>semaines impaires</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>tout type</translation>
    </message>
    <message>
        <source>Unscheduled care: held back for the day&apos;s unscheduled visits until the time below, then open to all</source>
        <translation>Soins non programmés : créneaux gardés pour les demandes du jour jusqu’à l’heure ci-dessous, puis ouverts à tous</translation>
    </message>
</context>
<context>
    <name>relais::ui::SettingsPage</name>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Cabinet</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>This &amp;workstation</source>
        <translation>Ce &amp;poste</translation>
    </message>
    <message>
        <source>optional, 9 characters</source>
        <translation>facultatif, 9 caractères</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;FINESS:</source>
        <translation>F&amp;INESS :</translation>
    </message>
    <message>
        <source>&amp;Save the practice&apos;s details</source>
        <translation>&amp;Enregistrer les coordonnées du cabinet</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>Désacti&amp;ver ou réactiver</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Account not changed</source>
        <translation>Compte non modifié</translation>
    </message>
    <message>
        <source>record id (a patient&apos;s, say)</source>
        <translation>identifiant d’enregistrement (d’un patient, par exemple)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>/audit-%1.csv</source>
        <translation>/audit-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Verrouiller après :</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Use &amp;another vault…</source>
        <translation>Utiliser un autre coff&amp;re…</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>Coffre :</translation>
    </message>
    <message>
        <source>What the vault holds</source>
        <translation>Contenu du coffre</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Relais starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Relais.</translation>
    </message>
    <message>
        <source>Use another vault</source>
        <translation>Utiliser un autre coffre</translation>
    </message>
    <message>
        <source>Relais vaults (*.relais);;All files (*)</source>
        <translation>Coffres Relais (*.relais);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Relais will open %1 the next time it starts.</source>
        <translation>Relais ouvrira %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>relais-backup-%1.relais-backup</source>
        <translation>sauvegarde-relais-%1.relais-backup</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>Relais backups (*.relais-backup)</source>
        <translation>Sauvegardes Relais (*.relais-backup)</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Sauvegarde écrite dans %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Only an administrator changes the practice&apos;s details.</source>
        <translation>Seul un administrateur modifie les coordonnées du cabinet.</translation>
    </message>
    <message>
        <source>Only an administrator changes how soon a workstation locks.</source>
        <translation>Seul un administrateur modifie le délai de verrouillage des postes.</translation>
    </message>
    <message>
        <source>Writing the backup to %1…</source>
        <translation>Écriture de la sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Jours fériés :</translation>
    </message>
    <message>
        <source>In Alsace-&amp;Moselle: Good Friday and 26 December are public holidays too</source>
        <translation>En Alsace-&amp;Moselle : le Vendredi saint et le 26 décembre sont aussi fériés</translation>
    </message>
</context>
<context>
    <name>relais::ui::SignDialog</name>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message numerus="yes">
        <source>Sign %n prescription(s)</source>
        <translation>
            <numerusform>Signer %n ordonnance</numerusform>
            <numerusform>Signer %n ordonnances</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown patient</source>
        <translation>Patient inconnu</translation>
    </message>
    <message>
        <source>why you prescribe it anyway</source>
        <translation>pourquoi vous la prescrivez malgré tout</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>I have read this and sign &amp;anyway</source>
        <translation>Je l’ai lu et je signe &amp;quand même</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Votre &amp;mot de passe :</translation>
    </message>
    <message numerus="yes">
        <source>%n signed before this one. </source>
        <translation>
            <numerusform>%n signée avant celle-ci. </numerusform>
            <numerusform>%n signées avant celle-ci. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::SubstanceMatchDialog</name>
    <message>
        <source>Substances and the interaction thesaurus</source>
        <translation>Les substances et le thésaurus des interactions</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Thesaurus molecule</source>
        <translation>Molécule du thésaurus</translation>
    </message>
    <message>
        <source>— homeopathic stock, not checked</source>
        <translation>— souche homéopathique, non vérifiée</translation>
    </message>
    <message>
        <source>— none found</source>
        <translation>— aucune trouvée</translation>
    </message>
    <message>
        <source>Of the %1 active substances of the marketed drugs taken by mouth or injected, %2 (%3) were found in the thesaurus, %4 leaving out the %5 homeopathic stocks. The others have no interaction listed by the ANSM, or a name Relais does not bring to the thesaurus&apos; spelling: for those, interactions are not checked. Substances are listed from the most prescribed (the number of drugs holding them).</source>
        <translation>Sur les %1 substances actives des médicaments commercialisés par voie orale ou injectable, %2 (%3) ont été retrouvées dans le thésaurus, %4 sans les %5 souches homéopathiques. Les autres n’ont pas d’interaction répertoriée par l’ANSM, ou un nom que Relais ne sait pas rapprocher de celui du thésaurus : pour celles-là, les interactions ne sont pas vérifiées. Les substances sont classées de la plus prescrite à la moins prescrite (nombre de médicaments qui les contiennent).</translation>
    </message>
    <message>
        <source>Substance or molecule…</source>
        <translation>Substance ou molécule…</translation>
    </message>
    <message>
        <source>&amp;Not found only</source>
        <translation>Seulement les &amp;non trouvées</translation>
    </message>
    <message>
        <source>&amp;Leave out homeopathy</source>
        <translation>Sans l’&amp;homéopathie</translation>
    </message>
    <message numerus="yes">
        <source>%n substance(s) shown</source>
        <translation>
            <numerusform>%n substance affichée</numerusform>
            <numerusform>%n substances affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::SyncPage</name>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Signed or reviewed record</source>
        <translation>Dossier signé ou relu</translation>
    </message>
    <message>
        <source>Clock far ahead</source>
        <translation>Horloge très en avance</translation>
    </message>
    <message>
        <source>Refused envelope</source>
        <translation>Enveloppe refusée</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Hub password:</source>
        <translation>Mot de passe du serveur :</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation :</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>En attente :</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <source>Invite a workstation…</source>
        <translation>Inviter un poste…</translation>
    </message>
    <message>
        <source>Sync by itself every</source>
        <translation>Synchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workstations of the practice&lt;/b&gt;</source>
        <translation>&lt;b&gt;Postes du cabinet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes kept aside&lt;/b&gt; (received, not applied: look at them with the person who made them)</source>
        <translation>&lt;b&gt;Modifications mises de côté&lt;/b&gt; (reçues, non appliquées : examinez-les avec la personne qui les a faites)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Not synced yet: working offline</source>
        <translation>Pas encore synchronisé : travail hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable: working offline (%n change(s) waiting)</source>
        <translation>
            <numerusform>Serveur injoignable : travail hors ligne (%n modification en attente)</numerusform>
            <numerusform>Serveur injoignable : travail hors ligne (%n modifications en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>This workstation syncs with the practice&apos;s hub: the changes made here are sent sealed, those of the other workstations received. The hub stores nothing it can read.</source>
        <translation>Ce poste se synchronise avec le serveur du cabinet : les modifications faites ici y sont envoyées scellées, celles des autres postes reçues. Le serveur ne garde rien qu’il puisse lire.</translation>
    </message>
    <message>
        <source>This workstation works alone. An administrator sets up the practice&apos;s hub here, once.</source>
        <translation>Ce poste travaille seul. Un administrateur installe ici, une fois, le serveur de synchronisation du cabinet.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here, to be sent</source>
        <translation>
            <numerusform>%n modification faite ici, à envoyer</numerusform>
            <numerusform>%n modifications faites ici, à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workstation&apos;s clock differs from the hub&apos;s by %n minute(s): set the date and time to be kept automatically.</source>
        <translation>
            <numerusform>L’horloge de ce poste diffère de celle du serveur de %n minute : réglez la date et l’heure en automatique.</numerusform>
            <numerusform>L’horloge de ce poste diffère de celle du serveur de %n minutes : réglez la date et l’heure en automatique.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation (%1)</source>
        <translation>Ce poste (%1)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>None yet: the first sync enrols this workstation.</source>
        <translation>Aucun pour l’instant : la première synchronisation inscrit ce poste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files that may be one person&lt;/b&gt; (one of them came from another workstation: open them, then merge or say they are two people)</source>
        <translation>&lt;b&gt;Dossiers qui sont peut-être une même personne&lt;/b&gt; (l’un d’eux vient d’un autre poste : examinez-les, puis fusionnez-les ou dites qu’il s’agit de deux personnes)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre dossier</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>They are two people</source>
        <translation>Ce sont deux personnes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Times booked twice&lt;/b&gt; (on two workstations before they synced: call one of the patients and cancel, or keep both)</source>
        <translation>&lt;b&gt;Horaires réservés deux fois&lt;/b&gt; (sur deux postes avant leur synchronisation : appelez l’un des patients et annulez, ou gardez les deux)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Cancel one…</source>
        <translation>En annuler un…</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4)</source>
        <translation>%1 (%2) et %3 (%4)</translation>
    </message>
    <message>
        <source>%1, %2 with %3</source>
        <translation>%1, %2 avec %3</translation>
    </message>
    <message>
        <source>Cancel one appointment</source>
        <translation>Annuler un rendez-vous</translation>
    </message>
    <message>
        <source>Which appointment is cancelled? Tell the patient and offer another time.</source>
        <translation>Quel rendez-vous est annulé ? Prévenez le patient et proposez-lui un autre horaire.</translation>
    </message>
    <message>
        <source>Booked twice at the same time</source>
        <translation>Réservé deux fois à la même heure</translation>
    </message>
    <message>
        <source>%1: %p %</source>
        <translation>%1 : %p %</translation>
    </message>
    <message>
        <source>This workstation works alone. To share the practice&apos;s records with its other workstations, give the hub&apos;s address and password that its host gave for the practice (“relais hub add-practice”) and sync: this workstation becomes the practice&apos;s first, and replaces that password with its own. The other workstations join with an invitation.</source>
        <translation>Ce poste travaille seul. Pour partager les dossiers du cabinet avec ses autres postes, donnez l’adresse et le mot de passe du serveur que son hébergeur a fournis pour le cabinet (« relais hub add-practice ») et synchronisez : ce poste devient le premier du cabinet et remplace ce mot de passe par le sien. Les autres postes rejoignent le cabinet par invitation.</translation>
    </message>
    <message>
        <source>Revoke the chosen workstation…</source>
        <translation>Révoquer le poste choisi…</translation>
    </message>
    <message>
        <source>A workstation lost, stolen or given away: shut out of the hub at once, and the practice&apos;s key renewed for the others.</source>
        <translation>Un poste perdu, volé ou cédé : exclu du serveur à l’instant, et la clé du cabinet renouvelée pour les autres.</translation>
    </message>
    <message>
        <source>Revoke a workstation</source>
        <translation>Révoquer un poste</translation>
    </message>
    <message>
        <source>Revoke workstation %1?

The hub shuts it out at once; the practice&apos;s other workstations take a new key at their next sync, and refuse anything it signs from now on. What it sent before stays. This cannot be undone: to bring it back, invite it as a new workstation.</source>
        <translation>Révoquer le poste %1 ?

Le serveur l’exclut à l’instant ; les autres postes du cabinet prennent une nouvelle clé à leur prochaine synchronisation et refusent tout ce qu’il signera désormais. Ce qu’il a envoyé avant reste. C’est sans retour : pour le reprendre, invitez-le comme un nouveau poste.</translation>
    </message>
</context>
<context>
    <name>relais::ui::TreatmentDialog</name>
    <message>
        <source>New current treatment</source>
        <translation>Nouveau traitement en cours</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>as on the box: METFORMINE 1000 mg, comprimé</source>
        <translation>comme sur la boîte : METFORMINE 1000 mg, comprimé</translation>
    </message>
    <message>
        <source>1 tablet morning and evening</source>
        <translation>1 comprimé matin et soir</translation>
    </message>
    <message>
        <source>2015, 03/2015 or 12/03/2015</source>
        <translation>2015, 03/2015 ou 12/03/2015</translation>
    </message>
    <message>
        <source>if another doctor: Dr Vidal, cardiologist</source>
        <translation>si un autre médecin : Dr Vidal, cardiologue</translation>
    </message>
    <message>
        <source>&amp;Drug:</source>
        <translation>&amp;Médicament :</translation>
    </message>
    <message>
        <source>D&amp;osage:</source>
        <translation>&amp;Posologie :</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <source>&amp;Prescribed by:</source>
        <translation>P&amp;rescrit par :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Not linked to the drug database: pick the drug in the list as you type, or the checks recognise it by its name when they can.</source>
        <translation>Non lié à la base des médicaments : choisissez le médicament dans la liste en tapant, sinon les vérifications le reconnaissent par son nom quand elles le peuvent.</translation>
    </message>
    <message>
        <source>Linked to the drug database (CIS %1): the checks read its substances.</source>
        <translation>Lié à la base des médicaments (CIS %1) : les vérifications lisent ses substances.</translation>
    </message>
</context>
<context>
    <name>relais::ui::TypesDialog</name>
    <message>
        <source>Appointment types</source>
        <translation>Types de rendez-vous</translation>
    </message>
    <message>
        <source>C, NP, SNP…</source>
        <translation>C, NP, SNP…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>Co&amp;uleur :</translation>
    </message>
    <message>
        <source>&amp;New type</source>
        <translation>&amp;Nouveau type</translation>
    </message>
    <message>
        <source>&amp;Save the type</source>
        <translation>&amp;Enregistrer le type</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 min)</source>
        <translation>%1 — %2 (%3 min)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>relais::ui::UserDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Compte de %1</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>the practice&apos;s, if left empty</source>
        <translation>celle du cabinet, si laissé vide</translation>
    </message>
    <message>
        <source>&amp;RPPS number:</source>
        <translation>Numéro &amp;RPPS :</translation>
    </message>
    <message>
        <source>Spe&amp;cialty:</source>
        <translation>&amp;Spécialité :</translation>
    </message>
    <message>
        <source>Prescription a&amp;ddress:</source>
        <translation>A&amp;dresse sur l’ordonnance :</translation>
    </message>
    <message>
        <source>Prescription &amp;phone:</source>
        <translation>&amp;Téléphone sur l’ordonnance :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Prescription &amp;e-mail:</source>
        <translation>Co&amp;urriel sur l’ordonnance :</translation>
    </message>
</context>
<context>
    <name>relais::ui::UserListModel</name>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>relais::ui::ValidateIdentityDialog</name>
    <message>
        <source>Validate the identity</source>
        <translation>Valider l’identité</translation>
    </message>
    <message>
        <source>Compare each line with the document the patient shows you. If one differs, cancel and correct the identity first.</source>
        <translation>Comparez chaque ligne avec le document que le patient vous présente. Si l’une diffère, annulez et corrigez d’abord l’identité.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>Birth name:</source>
        <translation>Nom de naissance :</translation>
    </message>
    <message>
        <source>Birth given names:</source>
        <translation>Prénoms de naissance :</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Social-security number:</source>
        <translation>Numéro de sécurité sociale :</translation>
    </message>
    <message>
        <source>&amp;Document checked:</source>
        <translation>&amp;Document vérifié :</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>%1 — INSEE %2</source>
        <translation>%1 — INSEE %2</translation>
    </message>
    <message>
        <source>Birth place:</source>
        <translation>Lieu de naissance :</translation>
    </message>
</context>
<context>
    <name>relais::ui::VaultSummaryModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>relais::ui::VitalChart</name>
    <message>
        <source>last year</source>
        <translation>la dernière année</translation>
    </message>
    <message>
        <source>last 5 years</source>
        <translation>les 5 dernières années</translation>
    </message>
    <message>
        <source>last 10 years</source>
        <translation>les 10 dernières années</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>Su&amp;r :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No %1 recorded over this period: values typed in the Vital signs tab, or imported, are drawn here.</source>
        <translation>Aucune mesure (%1) sur cette période : les valeurs saisies dans l’onglet Constantes, ou importées, sont tracées ici.</translation>
    </message>
    <message>
        <source>One value: a trend needs at least two.</source>
        <translation>Une seule valeur : une évolution en demande au moins deux.</translation>
    </message>
    <message>
        <source>systolic</source>
        <translation>systolique</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>diastolique</translation>
    </message>
    <message>
        <source>140 mmHg</source>
        <translation>140 mmHg</translation>
    </message>
    <message>
        <source>90 mmHg</source>
        <translation>90 mmHg</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>relais::ui::VitalCorrectionDialog</name>
    <message>
        <source>Correct a measurement</source>
        <translation>Corriger une mesure</translation>
    </message>
    <message>
        <source>%1 of %2: %3. The value you type replaces it; the old one stays in the history, struck out, with your reason.</source>
        <translation>%1 du %2 : %3. La valeur saisie la remplace ; l’ancienne reste dans l’historique, barrée, avec votre motif.</translation>
    </message>
    <message>
        <source>systolic/diastolic, as 142/88</source>
        <translation>systolique/diastolique, comme 142/88</translation>
    </message>
    <message>
        <source>typing mistake, read again on the device…</source>
        <translation>faute de frappe, relu sur l’appareil…</translation>
    </message>
    <message>
        <source>&amp;Correct value:</source>
        <translation>Valeur &amp;correcte :</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>relais::ui::VitalsPanel</name>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>corrected since</source>
        <translation>corrigée depuis</translation>
    </message>
    <message>
        <source>correction: %1</source>
        <translation>correction : %1</translation>
    </message>
    <message>
        <source>entered later: %1</source>
        <translation>saisie après coup : %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>C&amp;orrect the selected value…</source>
        <translation>Corri&amp;ger la valeur sélectionnée…</translation>
    </message>
    <message>
        <source>New measurements</source>
        <translation>Nouvelles mesures</translation>
    </message>
    <message>
        <source>:</source>
        <translation> :</translation>
    </message>
    <message>
        <source>BMI:</source>
        <translation>IMC :</translation>
    </message>
    <message>
        <source>Systolic, reading %1</source>
        <translation>Systolique, mesure %1</translation>
    </message>
    <message>
        <source>Diastolic, reading %1</source>
        <translation>Diastolique, mesure %1</translation>
    </message>
    <message>
        <source>Blood pressure:</source>
        <translation>Tension :</translation>
    </message>
    <message>
        <source>&amp;now</source>
        <translation>&amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;earlier:</source>
        <translation>&amp;plus tôt :</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Prises :</translation>
    </message>
    <message>
        <source>why entered only now: paper sheet, home reading…</source>
        <translation>pourquoi seulement maintenant : feuille papier, automesure…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>&amp;Save the measurements</source>
        <translation>Enregist&amp;rer les mesures</translation>
    </message>
    <message>
        <source>Enter in any field saves</source>
        <translation>Entrée dans n’importe quel champ enregistre</translation>
    </message>
    <message>
        <source>computed from the weight and the height</source>
        <translation>calculé à partir du poids et de la taille</translation>
    </message>
    <message>
        <source>Several readings a minute apart: the mean of the last two at rest is kept for the GP.</source>
        <translation>Plusieurs mesures à une minute d’intervalle : la moyenne des deux dernières au repos est retenue pour le médecin.</translation>
    </message>
    <message>
        <source>One reading: %1. Take another a minute later.</source>
        <translation>Une mesure : %1. Reprenez-la une minute plus tard.</translation>
    </message>
    <message>
        <source>Mean of the last two at rest: %1</source>
        <translation>Moyenne des deux dernières au repos : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) saved.</source>
        <translation>
            <numerusform>%n valeur enregistrée.</numerusform>
            <numerusform>%n valeurs enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No measurement yet: the values typed on the left are kept here, newest first.</source>
        <translation>Aucune mesure pour l’instant : les valeurs saisies à gauche sont conservées ici, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>Every measurement, newest first; corrected values are struck out. Double-click a value to correct it.</source>
        <translation>Toutes les mesures, les plus récentes d’abord ; les valeurs corrigées sont barrées. Double-cliquez sur une valeur pour la corriger.</translation>
    </message>
    <message>
        <source>No vital sign recorded yet.</source>
        <translation>Aucune constante enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>IMC %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dernières :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>URGENT: </source>
        <translation>URGENT : </translation>
    </message>
    <message>
        <source>Choose the value to correct in the list first.</source>
        <translation>Choisissez d’abord la valeur à corriger dans la liste.</translation>
    </message>
    <message>
        <source>This value was already corrected: choose its newest version.</source>
        <translation>Cette valeur a déjà été corrigée : choisissez sa version la plus récente.</translation>
    </message>
    <message>
        <source>New measurements, for today&apos;s consultation</source>
        <translation>Nouvelles mesures, pour la consultation du jour</translation>
    </message>
    <message>
        <source>%1 (%2). Source: %3</source>
        <translation>%1 (%2). Source : %3</translation>
    </message>
</context>
<context>
    <name>relais::ui::WaitDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>relais::ui::WaitingRoomModel</name>
    <message>
        <source>walk-in</source>
        <translation>sans RDV</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
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
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
</context>
<context>
    <name>relais::ui::WalkInDialog</name>
    <message>
        <source>&amp;Add to the waiting room</source>
        <translation>&amp;Ajouter à la salle d’attente</translation>
    </message>
    <message>
        <source>Without an appointment</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>whoever is free</source>
        <translation>le premier disponible</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>P&amp;our :</translation>
    </message>
    <message>
        <source>fever, a cut, a renewal…</source>
        <translation>fièvre, coupure, renouvellement…</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Pour&amp;quoi :</translation>
    </message>
    <message>
        <source>Find the patient, or create their file with &quot;New file&quot;.</source>
        <translation>Trouvez le patient, ou créez son dossier avec « Nouveau dossier ».</translation>
    </message>
</context>
<context>
    <name>relais::ui::WelcomeDialog</name>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open a &amp;demo practice</source>
        <translation>Ouvrir un cabinet de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Set up a &amp;new practice…</source>
        <translation>Créer un &amp;nouveau cabinet…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No practice vault on this workstation yet&lt;/h3&gt;&lt;p&gt;Relais keeps the practice&apos;s records in an encrypted vault:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Set up a new practice, join a practice whose other workstations sync (with an invitation code), restore a backup made on another workstation of the practice (its recovery code will be asked), or try Relais on a demo practice of invented patients.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de coffre du cabinet sur ce poste&lt;/h3&gt;&lt;p&gt;Relais conserve les dossiers du cabinet dans un coffre chiffré :&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Créez un nouveau cabinet, rejoignez un cabinet dont les autres postes se synchronisent (avec un code d’invitation), restaurez une sauvegarde faite sur un autre poste du cabinet (son code de récupération sera demandé), ou essayez Relais sur un cabinet de démonstration aux patients inventés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Join a practice…</source>
        <translation>Re&amp;joindre un cabinet…</translation>
    </message>
</context>
</TS>
