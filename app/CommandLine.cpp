#include "CommandLine.h"

#include "util/Preferences.h"

#include <QDir>
#include <QStandardPaths>

namespace relais {

namespace {

// Takes the value of an option given as "--name value" or "--name=value".
bool takeValue(const QStringList &args, qsizetype &i, const QString &name, QString *value,
               QString *error)
{
    const QString &arg = args.at(i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
    } else if (i + 1 < args.size()) {
        *value = args.at(++i);
    } else {
        *error = CommandLine::tr("%1 needs a value.").arg(name);
        return false;
    }
    if (value->isEmpty()) {
        *error = CommandLine::tr("%1 needs a value.").arg(name);
        return false;
    }
    return true;
}

bool isOption(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}

// A day as people type it on a command line: 2026-11-24 or 24/11/2026.
bool takeDate(const QStringList &args, qsizetype &i, const QString &name, QDate *date,
              QString *error)
{
    QString value;
    if (!takeValue(args, i, name, &value, error))
        return false;
    *date = QDate::fromString(value, Qt::ISODate);
    if (!date->isValid())
        *date = QDate::fromString(value, QStringLiteral("dd/MM/yyyy"));
    if (!date->isValid()) {
        *error = CommandLine::tr("%1 takes a date, 2026-11-24 or 24/11/2026, not “%2”.")
                     .arg(name, value);
        return false;
    }
    return true;
}

} // namespace

QString CommandLine::defaultVaultPath()
{
    if (const QString chosen = Preferences::vaultPath(); !chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/practice.relais");
}

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, QString *error)
{
    CommandLine line;
    QStringList positional;
    bool patientsGiven = false;
    bool bdpmGiven = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            line.verb = Verb::Help;
            return line;
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            line.verb = Verb::Version;
            return line;
        }
        if (isOption(arg, QStringLiteral("--vault"))) {
            if (!takeValue(arguments, i, QStringLiteral("--vault"), &line.vaultPath, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--out"))) {
            if (!takeValue(arguments, i, QStringLiteral("--out"), &line.backupOut, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--patient"))) {
            if (!takeValue(arguments, i, QStringLiteral("--patient"), &line.patientId, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--screenshot"))) {
            if (!takeValue(arguments, i, QStringLiteral("--screenshot"), &line.screenshot, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--user"))) {
            if (!takeValue(arguments, i, QStringLiteral("--user"), &line.user, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--bdpm"))) {
            if (!takeValue(arguments, i, QStringLiteral("--bdpm"), &line.bdpmFolder, error))
                return std::nullopt;
            bdpmGiven = true;
        } else if (isOption(arg, QStringLiteral("--practitioner"))) {
            if (!takeValue(arguments, i, QStringLiteral("--practitioner"), &line.practitioner,
                           error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--date"))) {
            if (!takeDate(arguments, i, QStringLiteral("--date"), &line.date, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--from"))) {
            if (!takeDate(arguments, i, QStringLiteral("--from"), &line.from, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--to"))) {
            if (!takeDate(arguments, i, QStringLiteral("--to"), &line.to, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--url"))) {
            if (!takeValue(arguments, i, QStringLiteral("--url"), &line.hubUrl, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--hub"))) {
            if (!takeValue(arguments, i, QStringLiteral("--hub"), &line.hubUrl, error))
                return std::nullopt;
        } else if (isOption(arg, QStringLiteral("--code"))) {
            if (!takeValue(arguments, i, QStringLiteral("--code"), &line.code, error))
                return std::nullopt;
        } else if (arg == QLatin1String("--no-wait")) {
            line.noWait = true;
        } else if (arg == QLatin1String("--force")) {
            line.force = true;
        } else if (isOption(arg, QStringLiteral("--patients"))) {
            QString value;
            if (!takeValue(arguments, i, QStringLiteral("--patients"), &value, error))
                return std::nullopt;
            bool ok = false;
            patientsGiven = true;
            line.demoPatients = value.toInt(&ok);
            if (!ok || line.demoPatients < 0 || line.demoPatients > 1'000'000) {
                *error =
                    tr("--patients takes a whole number from 0 to 1000000, not “%1”.").arg(value);
                return std::nullopt;
            }
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            *error = tr("Unknown option %1 (see relais --help).").arg(arg);
            return std::nullopt;
        } else {
            positional.append(arg);
        }
    }

    const QString verb = positional.isEmpty() ? QString() : positional.takeFirst();
    if (verb.isEmpty() || verb == QLatin1String("gui")) {
        line.verb = Verb::Gui;
    } else if (verb == QLatin1String("demo")) {
        line.verb = Verb::Demo;
    } else if (verb == QLatin1String("backup")) {
        line.verb = Verb::Backup;
        if (line.backupOut.isEmpty()) {
            *error = tr("backup needs --out FILE: where to write the backup.");
            return std::nullopt;
        }
    } else if (verb == QLatin1String("audit")) {
        const QString what = positional.isEmpty() ? QString() : positional.takeFirst();
        if (what != QLatin1String("verify")) {
            *error = tr("audit takes one command: verify.");
            return std::nullopt;
        }
        line.verb = Verb::AuditVerify;
    } else if (verb == QLatin1String("import-bdpm")) {
        line.verb = Verb::ImportBdpm;
        if (positional.isEmpty()) {
            *error =
                tr("import-bdpm needs the folder of the BDPM files (or its CIS_COMPO_bdpm.txt).");
            return std::nullopt;
        }
        line.bdpmFolder = positional.takeFirst();
    } else if (verb == QLatin1String("import-thesaurus")) {
        line.verb = Verb::ImportThesaurus;
        if (positional.isEmpty()) {
            *error = tr("import-thesaurus needs the folder of the ANSM interaction thesaurus (or "
                        "its interactions file).");
            return std::nullopt;
        }
        line.thesaurus = positional.takeFirst();
    } else if (verb == QLatin1String("import-fhir")) {
        line.verb = Verb::ImportFhir;
        if (positional.isEmpty()) {
            *error = tr("import-fhir needs one or more FHIR bundle files.");
            return std::nullopt;
        }
        line.fhirFiles = positional;
        positional.clear();
    } else if (verb == QLatin1String("export-fhir")) {
        line.verb = Verb::ExportFhir;
        if (line.patientId.isEmpty() || line.backupOut.isEmpty()) {
            *error = tr("export-fhir needs --patient ID and --out FILE.");
            return std::nullopt;
        }
    } else if (verb == QLatin1String("day-list")) {
        line.verb = Verb::DayList;
        if (line.practitioner.isEmpty() || !line.date.isValid() || line.backupOut.isEmpty()) {
            *error = tr("day-list needs --practitioner LOGIN, --date DATE and --out FILE.pdf.");
            return std::nullopt;
        }
    } else if (verb == QLatin1String("print-prescription")) {
        line.verb = Verb::PrintPrescription;
        if (positional.isEmpty() || line.backupOut.isEmpty()) {
            *error = tr("print-prescription needs the prescription's number and --out FILE.pdf.");
            return std::nullopt;
        }
        line.prescriptionId = positional.takeFirst();
    } else if (verb == QLatin1String("export-ics")) {
        line.verb = Verb::ExportIcs;
        if (line.practitioner.isEmpty() || !line.from.isValid() || !line.to.isValid() ||
            line.backupOut.isEmpty()) {
            *error = tr("export-ics needs --practitioner LOGIN, --from DATE, --to DATE and "
                        "--out FILE.");
            return std::nullopt;
        }
    } else if (verb == QLatin1String("hub")) {
        const QString what = positional.isEmpty() ? QString() : positional.takeFirst();
        if ((what != QLatin1String("init") && what != QLatin1String("status") &&
             what != QLatin1String("prune") && what != QLatin1String("add-practice")) ||
            line.hubUrl.isEmpty()) {
            *error = tr("hub takes init, status, prune or add-practice, with --url "
                        "postgresql://USER@HOST:PORT/DATABASE.");
            return std::nullopt;
        }
        line.verb = what == QLatin1String("init")     ? Verb::HubInit
                    : what == QLatin1String("status") ? Verb::HubStatus
                    : what == QLatin1String("prune")  ? Verb::HubPrune
                                                      : Verb::HubAddPractice;
        if (line.verb == Verb::HubAddPractice && !positional.isEmpty())
            line.practiceId = positional.takeFirst();
    } else if (verb == QLatin1String("sync")) {
        const QString what = positional.isEmpty() ? QString() : positional.takeFirst();
        if (what.isEmpty()) {
            line.verb = Verb::Sync;
        } else if (what == QLatin1String("status")) {
            line.verb = Verb::SyncStatus;
        } else if (what == QLatin1String("invite")) {
            line.verb = Verb::SyncInvite;
        } else if (what == QLatin1String("revoke")) {
            line.verb = Verb::SyncRevoke;
            if (positional.isEmpty()) {
                *error = tr("sync revoke needs the workstation to revoke, as “relais sync "
                            "status” lists it.");
                return std::nullopt;
            }
            line.deviceId = positional.takeFirst();
        } else if (what == QLatin1String("join")) {
            line.verb = Verb::SyncJoin;
            if (line.hubUrl.isEmpty() || line.code.isEmpty()) {
                *error = tr("sync join needs --hub URL and --code CODE (the code shown by "
                            "“relais sync invite” on a workstation of the practice).");
                return std::nullopt;
            }
        } else {
            *error = tr("sync takes no command, or one of: status, invite, join, revoke.");
            return std::nullopt;
        }
    } else if (verb == QLatin1String("digest")) {
        line.verb = Verb::Digest;
    } else if (verb == QLatin1String("restore")) {
        line.verb = Verb::Restore;
        if (positional.isEmpty()) {
            *error = tr("restore needs the backup file to restore from.");
            return std::nullopt;
        }
        line.restoreFrom = positional.takeFirst();
    } else {
        *error = tr("Unknown command “%1” (see relais --help).").arg(verb);
        return std::nullopt;
    }
    if (!positional.isEmpty()) {
        *error = tr("Unexpected argument “%1” (see relais --help).").arg(positional.first());
        return std::nullopt;
    }
    const bool writesOut = line.verb == Verb::Backup || line.verb == Verb::ExportFhir ||
                           line.verb == Verb::DayList || line.verb == Verb::ExportIcs ||
                           line.verb == Verb::PrintPrescription;
    if (!line.backupOut.isEmpty() && !writesOut) {
        *error = tr("--out goes with the backup, export-fhir, day-list, export-ics and "
                    "print-prescription commands.");
        return std::nullopt;
    }
    if (line.verb != Verb::Demo && patientsGiven) {
        *error = tr("--patients goes with the demo command.");
        return std::nullopt;
    }
    if (!line.hubUrl.isEmpty() && line.verb != Verb::HubInit && line.verb != Verb::HubStatus &&
        line.verb != Verb::HubPrune && line.verb != Verb::HubAddPractice &&
        line.verb != Verb::Sync && line.verb != Verb::SyncJoin) {
        *error = tr("--url goes with the hub commands, --hub with sync and sync join.");
        return std::nullopt;
    }
    if ((!line.code.isEmpty() && line.verb != Verb::SyncJoin) ||
        (line.noWait && line.verb != Verb::SyncInvite)) {
        *error = tr("--code goes with sync join, --no-wait with sync invite.");
        return std::nullopt;
    }
    if (line.verb != Verb::ImportBdpm && line.verb != Verb::ImportThesaurus && line.force) {
        *error = tr("--force goes with the import-bdpm and import-thesaurus commands.");
        return std::nullopt;
    }
    if (line.verb != Verb::Demo && bdpmGiven) {
        *error = tr("--bdpm goes with the demo command.");
        return std::nullopt;
    }
    const bool actsAsSomeone = line.verb == Verb::ImportBdpm ||
                               line.verb == Verb::ImportThesaurus ||
                               line.verb == Verb::ImportFhir || line.verb == Verb::ExportFhir ||
                               line.verb == Verb::PrintPrescription ||
                               line.verb == Verb::SyncInvite || line.verb == Verb::SyncRevoke;
    const bool agendaVerb = line.verb == Verb::DayList || line.verb == Verb::ExportIcs;
    if (!line.practitioner.isEmpty() && !agendaVerb) {
        *error = tr("--practitioner goes with the day-list and export-ics commands.");
        return std::nullopt;
    }
    if ((line.date.isValid() && line.verb != Verb::DayList) ||
        ((line.from.isValid() || line.to.isValid()) && line.verb != Verb::ExportIcs)) {
        *error = tr("--date goes with day-list, --from and --to with export-ics.");
        return std::nullopt;
    }
    // restore takes --user when it replaces a vault in use (an administrator's act); the
    // agenda's verbs act as the practitioner unless someone else (the assistant) is named.
    if (!line.user.isEmpty() && !actsAsSomeone && line.verb != Verb::Restore && !agendaVerb &&
        line.verb != Verb::Sync) {
        *error = tr("--user goes with import-bdpm, import-thesaurus, import-fhir, export-fhir, "
                    "day-list, export-ics, print-prescription, restore, sync and sync invite.");
        return std::nullopt;
    }
    if (agendaVerb && line.user.isEmpty())
        line.user = line.practitioner;
    if (line.user.isEmpty() && actsAsSomeone) {
        *error = tr("This command acts as a person of the practice: add --user LOGIN (the "
                    "password is asked).");
        return std::nullopt;
    }
    if (!line.patientId.isEmpty() && line.verb != Verb::ExportFhir) {
        *error = tr("--patient goes with the export-fhir command.");
        return std::nullopt;
    }
    if (line.vaultPath.isEmpty())
        line.vaultPath = defaultVaultPath();
    line.vaultPath = QDir::cleanPath(QDir::current().absoluteFilePath(line.vaultPath));
    return line;
}

QString CommandLine::helpText()
{
    return tr("Usage: relais [COMMAND] [OPTIONS]\n"
              "\n"
              "Relais, the workstation of the medical assistants and GPs of a general practice.\n"
              "Without a command, opens the application window.\n"
              "\n"
              "Commands:\n"
              "  demo [--patients N] [--bdpm FOLDER]\n"
              "                        create, or refresh, a demo practice of invented patients\n"
              "                        (500 by default), with the drug database of FOLDER;\n"
              "                        never overwrites a real practice\n"
              "  backup --out FILE     write an encrypted backup of the vault to FILE\n"
              "  restore FILE [--user LOGIN]\n"
              "                        restore the backup FILE; over a vault in use, LOGIN (an\n"
              "                        administrator, password asked) replaces it and the\n"
              "                        current vault is kept beside it\n"
              "  import-bdpm FOLDER --user LOGIN [--force]\n"
              "                        replace the drug substances by those of the ANSM's BDPM\n"
              "                        files in FOLDER (asks LOGIN's password); a file cut short\n"
              "                        or far smaller than the release in use is refused unless\n"
              "                        --force is given\n"
              "  import-thesaurus FOLDER --user LOGIN [--force]\n"
              "                        replace the interaction thesaurus by the ANSM's tables in\n"
              "                        FOLDER (interactions, molecule → class), and match the\n"
              "                        drug substances to its molecules\n"
              "  import-fhir FILE... --user LOGIN\n"
              "                        import the patients and vital signs of FHIR R4 bundles\n"
              "                        (one transaction each; importing again changes nothing)\n"
              "  export-fhir --patient ID --out FILE --user LOGIN\n"
              "                        write a patient and their vital signs as a FHIR R4\n"
              "                        collection bundle\n"
              "  day-list --practitioner LOGIN --date DATE --out FILE.pdf [--user LOGIN]\n"
              "                        print the practitioner's appointments of DATE\n"
              "                        (2026-11-24 or 24/11/2026) as a PDF list; asks the\n"
              "                        password of the practitioner, or of --user\n"
              "  export-ics --practitioner LOGIN --from DATE --to DATE --out FILE [--user LOGIN]\n"
              "                        write the practitioner's appointments as an iCalendar\n"
              "                        file (the type and the patient's initials only)\n"
              "  print-prescription ID --out FILE.pdf --user LOGIN\n"
              "                        print the signed prescription ID (its number, under its\n"
              "                        QR code) as a PDF ordonnance; printed before, it is\n"
              "                        marked as a duplicate\n"
              "  hub init --url URL    set up the practice's hub in an empty PostgreSQL database,\n"
              "                        or bring it up to date (URL: postgresql://USER@HOST:PORT/\n"
              "                        DATABASE, USER its owner, allowed to create roles; the\n"
              "                        password from PGPASSWORD, or asked); says what it did\n"
              "  hub add-practice --url URL [PRACTICE]\n"
              "                        a new practice on the hub (or one more login for\n"
              "                        PRACTICE): prints the login and the password its first\n"
              "                        workstation gives at its first sync\n"
              "  hub status --url URL  what the hub holds, for its host: its size, and per\n"
              "                        practice the envelopes, the last snapshot and when each\n"
              "                        workstation was last seen\n"
              "  hub prune --url URL   delete the envelopes every workstation has received and\n"
              "                        the last snapshot holds; says what went\n"
              "  sync [--hub URL] [--user LOGIN]\n"
              "                        send this workstation's changes to the hub and receive\n"
              "                        the others'; the practice's first sync (an administrator,\n"
              "                        --user) sets the practice up on the hub at URL, with the\n"
              "                        login the hub's host gave (hub add-practice)\n"
              "  sync status           the hub, the last sync, what waits, the workstations\n"
              "  sync invite --user LOGIN [--no-wait]\n"
              "                        print a one-time code (valid 15 minutes) for a new\n"
              "                        workstation, then wait for it and let it in\n"
              "  sync revoke DEVICE --user LOGIN\n"
              "                        revoke a lost or stolen workstation: shut out of the hub\n"
              "                        at once, the practice's key renewed for the others\n"
              "  sync join --hub URL --code CODE\n"
              "                        make this workstation's vault (--vault) from the\n"
              "                        practice that gave CODE (URL: where the hub is; the\n"
              "                        code gives the login)\n"
              "  digest                a digest of the synced records: the same on two\n"
              "                        workstations exactly when they hold the same records\n"
              "  audit verify          check every page of the vault, and that no entry of the\n"
              "                        audit trail was altered or removed (the newest ones\n"
              "                        included); name the first one that was\n"
              "\n"
              "Options:\n"
              "  --vault PATH          the vault to use (default: %1)\n"
              "  --screenshot FILE     open the window, save a picture of it to FILE, and quit\n"
              "  -h, --help            show this help\n"
              "  -v, --version         show the version\n"
              "\n"
              "Exit status: 0 success, 1 failure, 2 wrong arguments.\n")
        .arg(defaultVaultPath());
}

} // namespace relais
