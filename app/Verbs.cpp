#include "Verbs.h"

#include "TerminalPrompt.h"
#include "agenda/DayListPrinter.h"
#include "demo/DemoPractice.h"
#include "documents/PrescriptionPrinter.h"
#include "services/Authenticator.h"
#include "services/CalendarExport.h"
#include "services/DrugInteractions.h"
#include "services/DrugSubstances.h"
#include "services/FhirExchange.h"
#include "services/PatientRegistry.h"
#include "services/PracticeSync.h"
#include "services/Prescriptions.h"
#include "services/UserAccounts.h"
#include "services/VaultAccess.h"
#include "storage/Vault.h"
#include "sync/Hub.h"
#include "sync/HubAddress.h"
#include "sync/RecordDigest.h"
#include "sync/Synchronizer.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QThread>

#include <climits>

namespace relais {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failure(const Error &error)
{
    err() << "relais: " << error.message << Qt::endl;
    return 1;
}

class Verbs
{
    Q_DECLARE_TR_FUNCTIONS(relais::Verbs)
};

Result<SecureBytes> askPassphrase(VaultKeys::Ask ask)
{
    switch (ask) {
    case VaultKeys::Ask::Passphrase: return askSecret(Verbs::tr("Passphrase of the vault key:"));
    case VaultKeys::Ask::PassphraseAfterWrongOne:
        return askSecret(Verbs::tr("Wrong passphrase. Passphrase of the vault key:"));
    case VaultKeys::Ask::NewPassphrase: break;
    }
    err() << Verbs::tr(
                 "No system keychain answered: the vault key will be kept in a file beside the "
                 "vault, protected by a passphrase of at least %1 characters.")
                 .arg(WrappedKeyFile::MinimumPassphraseLength)
          << Qt::endl;
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto first = askSecret(Verbs::tr("Choose a passphrase:"));
        if (!first)
            return first;
        if (const QString weak = WrappedKeyFile::weakness(*first); !weak.isEmpty()) {
            err() << weak << Qt::endl;
            continue;
        }
        auto second = askSecret(Verbs::tr("Type it again:"));
        if (!second)
            return second;
        if (first->equals(*second))
            return first;
        err() << Verbs::tr("The two passphrases differ.") << Qt::endl;
    }
    return fail(ErrorCode::Cancelled, Verbs::tr("No passphrase was chosen."));
}

Result<QString> askRecoveryCode(const QString &reason)
{
    err() << reason << Qt::endl;
    auto typed = askSecret(Verbs::tr("Recovery code:"));
    if (!typed)
        return std::unexpected(typed.error());
    return QString::fromUtf8(typed->chars(), static_cast<qsizetype>(typed->size()));
}

// The verbs that change records act as a person: the one named by --user, with their password.
Result<Session> logInOnTerminal(Vault &vault, const QString &login)
{
    auto password = askSecret(Verbs::tr("Password of %1:").arg(login));
    if (!password)
        return std::unexpected(password.error());
    return Authenticator(vault).logIn(
        login, QString::fromUtf8(password->chars(), static_cast<qsizetype>(password->size())));
}

// The vault opened and the person of --user logged in.
Result<std::pair<std::unique_ptr<Vault>, Session>> openAs(const CommandLine &line,
                                                          VaultAccess &access)
{
    auto vault = access.open(line.vaultPath);
    if (!vault)
        return std::unexpected(vault.error());
    auto session = logInOnTerminal(**vault, line.user);
    if (!session)
        return std::unexpected(session.error());
    return std::pair{std::move(*vault), *session};
}

void printSkipped(const QStringList &skipped)
{
    constexpr qsizetype Shown = 10;
    for (qsizetype i = 0; i < std::min(Shown, skipped.size()); ++i)
        err() << "  " << Verbs::tr("skipped: %1").arg(skipped.at(i)) << Qt::endl;
    if (skipped.size() > Shown)
        err() << "  " << Verbs::tr("and %1 more lines skipped.").arg(skipped.size() - Shown)
              << Qt::endl;
}

// A refused import; one refused as implausible says how to import it anyway.
int importFailure(const Error &error)
{
    if (error.code == ErrorCode::Implausible)
        return failure(
            Error{ErrorCode::Implausible,
                  Verbs::tr("%1 If you know this file is right, add --force.").arg(error.message)});
    return failure(error);
}

} // namespace

VaultAccess makeTerminalAccess(KeyStore &keychain)
{
    return VaultAccess(keychain, VaultAccess::Prompts{askPassphrase, askRecoveryCode});
}

int runDemo(const CommandLine &line, VaultAccess &access)
{
    const QString &path = line.vaultPath;
    if (QFileInfo::exists(path)) {
        auto existing = access.open(path);
        if (!existing)
            return failure(
                Error{existing.error().code,
                      Verbs::tr("%1 cannot be checked to be a demo practice (%2) Nothing was "
                                "changed; choose another file with --vault.")
                          .arg(path, existing.error().message)});
        if (!DemoPractice::isDemo(**existing))
            return failure(
                Error{ErrorCode::AlreadyExists,
                      Verbs::tr("%1 holds a real practice: relais demo never overwrites one. "
                                "Choose another file with --vault.")
                          .arg(path)});
        existing->reset();
        Vault::removeFiles(path);
        out() << Verbs::tr("Refreshing the demo practice in %1.").arg(path) << Qt::endl;
    }

    auto created = access.create(path);
    if (!created)
        return failure(created.error());
    const Status filled = DemoPractice::populate(
        *created->vault, line.demoPatients, 2022,
        [](int done, int total) {
            err() << '\r' << Verbs::tr("Writing invented patients: %1 / %2").arg(done).arg(total);
            err().flush();
        },
        line.bdpmFolder);
    if (line.demoPatients > 0)
        err() << Qt::endl;
    if (!filled)
        return failure(filled.error());

    out() << Verbs::tr("Demo practice ready in %1, with %2 invented patients.")
                 .arg(path)
                 .arg(line.demoPatients)
          << Qt::endl;
    out() << (created->keeper == VaultKeys::Keeper::Keychain
                  ? Verbs::tr("Its key is kept in the system keychain.")
                  : Verbs::tr("Its key is kept in %1, protected by your passphrase.")
                        .arg(VaultKeys::keyFilePath(path)))
          << Qt::endl;
    out() << Verbs::tr("Accounts: “medecin” (physician, administrator), “medecin2” (physician, "
                       "when the demo has patients) and “assistante” (medical assistant), "
                       "password “%1”.")
                 .arg(QLatin1String(DemoPractice::Password))
          << Qt::endl;
    out() << Verbs::tr(
                 "Recovery code (shown only now; it opens the vault if this workstation loses its "
                 "key):")
          << Qt::endl
          << "    "
          << QString::fromLatin1(created->recoveryCode.chars(),
                                 static_cast<qsizetype>(created->recoveryCode.size()))
          << Qt::endl;
    return 0;
}

int runBackup(const CommandLine &line, VaultAccess &access)
{
    auto vault = access.open(line.vaultPath);
    if (!vault)
        return failure(vault.error());
    // Unattended (a scheduled job): no one is logged in, the workstation's key opens the vault.
    if (auto written = (*vault)->backupTo(line.backupOut, Actor::system()); !written)
        return failure(written.error());
    out()
        << Verbs::tr(
               "Backup written to %1 (%2). It opens with this practice's key or its recovery code.")
               .arg(line.backupOut, QLocale().formattedDataSize(QFileInfo(line.backupOut).size()))
        << Qt::endl;
    return 0;
}

int runRestore(const CommandLine &line, VaultAccess &access)
{
    // Where there is no vault yet, the backup's key is what allows restoring it. Over a vault in
    // use, an administrator of that vault logs in first (--user).
    if (!QFileInfo::exists(line.vaultPath)) {
        if (auto restored = access.restore(line.restoreFrom, line.vaultPath); !restored)
            return failure(restored.error());
        if (auto opened = access.openRestored(line.vaultPath, Actor::system(), line.restoreFrom);
            !opened)
            return failure(opened.error());
        out()
            << Verbs::tr("The vault %1 was restored from %2.").arg(line.vaultPath, line.restoreFrom)
            << Qt::endl;
        return 0;
    }
    if (line.user.isEmpty())
        return failure(Error{ErrorCode::Denied,
                             Verbs::tr("A vault is in use at %1: replacing it by a backup takes an "
                                       "administrator of the practice. Add --user LOGIN.")
                                 .arg(line.vaultPath)});
    auto acting = openAs(line, access);
    if (!acting)
        return failure(acting.error());
    auto &[vault, session] = *acting;
    auto kept = access.restoreOver(session, std::move(vault), line.restoreFrom);
    if (!kept)
        return failure(kept.error());
    out() << Verbs::tr("The vault %1 was restored from %2.").arg(line.vaultPath, line.restoreFrom)
          << Qt::endl;
    if (!kept->isEmpty())
        out() << Verbs::tr("The vault it replaced is kept as %1.").arg(*kept) << Qt::endl;
    return 0;
}

int runAuditVerify(const CommandLine &line, VaultAccess &access)
{
    auto vault = access.open(line.vaultPath);
    if (!vault)
        return failure(vault.error());
    const QString wayOut =
        Verbs::tr("Restore the last backup (relais restore FILE): the vault it replaces is kept "
                  "beside it for whoever investigates.");
    bool sound = true;
    auto problems = (*vault)->checkIntegrity();
    if (!problems)
        return failure(problems.error());
    if (!problems->isEmpty()) {
        sound = false;
        err() << "relais: "
              << Verbs::tr(
                     "The vault is damaged (%n problem(s) found by SQLite's integrity check):",
                     nullptr, static_cast<int>(problems->size()))
              << Qt::endl;
        for (const QString &problem : std::as_const(*problems))
            err() << "  " << problem << Qt::endl;
    }
    auto verdict = (*vault)->verifyAuditTrail();
    if (!verdict) {
        err() << "relais: " << verdict.error().message << Qt::endl << wayOut << Qt::endl;
        return 1;
    }
    if (verdict->firstBrokenSeq) {
        sound = false;
        err() << "relais: "
              << Verbs::tr("The audit trail was altered: entry #%1 no longer matches the chain "
                           "(%2 entries before it are intact).")
                     .arg(*verdict->firstBrokenSeq)
                     .arg(verdict->rowsChecked)
              << Qt::endl;
    }
    const auto anchorProblem = [&]() -> QString {
        switch (verdict->anchor) {
        case AuditTrail::AnchorState::Matches: return {};
        case AuditTrail::AnchorState::Missing:
            return Verbs::tr("The seal of the audit trail's end was removed: whether its newest "
                             "entries were deleted cannot be told.");
        case AuditTrail::AnchorState::Altered:
            return Verbs::tr("The seal of the audit trail's end was altered by someone without "
                             "the vault key.");
        case AuditTrail::AnchorState::EndDiffers:
            return verdict->lastSeq < verdict->anchorSeq
                       ? Verbs::tr("The newest entries of the audit trail were removed: it ends "
                                   "at #%1, where its seal vouches for entries up to #%2.")
                             .arg(verdict->lastSeq)
                             .arg(verdict->anchorSeq)
                       : Verbs::tr("The audit trail does not end where its seal says (#%1): "
                                   "entries were removed or rewritten, then more were added.")
                             .arg(verdict->anchorSeq);
        }
        return {};
    }();
    if (!anchorProblem.isEmpty()) {
        sound = false;
        err() << "relais: " << anchorProblem << Qt::endl;
    }
    auto peers = (*vault)->verifyPeerTrails();
    if (!peers)
        return failure(peers.error());
    for (const auto &[device, peer] : std::as_const(*peers)) {
        if (peer.firstBrokenSeq) {
            sound = false;
            err() << "relais: "
                  << Verbs::tr("The audit trail of workstation %1, as received, was altered: "
                               "entry #%2 no longer matches its chain.")
                         .arg(device)
                         .arg(*peer.firstBrokenSeq)
                  << Qt::endl;
        } else {
            out() << Verbs::tr("The audit trail of workstation %1 is whole: %2 entries received "
                               "and checked.")
                         .arg(device)
                         .arg(peer.rowsChecked)
                  << Qt::endl;
        }
    }
    if (!sound) {
        err() << wayOut << Qt::endl;
        return 1;
    }
    out() << Verbs::tr("The vault is sound (every page and index checked) and its audit trail is "
                       "intact: %1 entries checked, up to the sealed end.")
                 .arg(verdict->rowsChecked)
          << Qt::endl;
    return 0;
}

int runImportBdpm(const CommandLine &line, VaultAccess &access)
{
    auto acting = openAs(line, access);
    if (!acting)
        return failure(acting.error());
    auto &[vault, session] = *acting;
    auto imported = DrugSubstances(*vault).importFrom(session, line.bdpmFolder,
                                                      line.force ? DrugSubstances::Import::Forced
                                                                 : DrugSubstances::Import::Checked);
    if (!imported)
        return importFailure(imported.error());
    printSkipped(imported->skipped);
    if (imported->allergiesLinked > 0)
        out() << Verbs::tr("Allergies typed earlier and now linked to the database: %1.")
                     .arg(imported->allergiesLinked)
              << Qt::endl;
    out() << Verbs::tr("Drug database: %1 substances under %2 names imported from %3.")
                 .arg(imported->substances)
                 .arg(imported->names)
                 .arg(DrugSubstances(*vault).origin().file)
          << Qt::endl;
    if (const std::optional<DrugRelease> &release = imported->release)
        out() << Verbs::tr("With it: %1 specialties, %2 boxes, %3 composition lines, %4 generic "
                           "group lines and %5 prescribing conditions; %6 lines skipped.")
                     .arg(release->specialties)
                     .arg(release->presentations)
                     .arg(release->compositions)
                     .arg(release->generics)
                     .arg(release->conditions)
                     .arg(release->skipped)
              << Qt::endl;
    return 0;
}

int runImportThesaurus(const CommandLine &line, VaultAccess &access)
{
    auto acting = openAs(line, access);
    if (!acting)
        return failure(acting.error());
    auto &[vault, session] = *acting;
    DrugInteractions thesaurus(*vault);
    auto imported = thesaurus.importFrom(session, line.thesaurus,
                                         line.force ? DrugInteractions::Import::Forced
                                                    : DrugInteractions::Import::Checked);
    if (!imported)
        return importFailure(imported.error());
    printSkipped(imported->skipped);
    const InteractionRelease &release = imported->release;
    out() << Verbs::tr("Interaction thesaurus %1: %2 interactions, %3 molecules in %4 classes "
                       "imported from %5.")
                 .arg(release.version)
                 .arg(release.interactions)
                 .arg(release.molecules)
                 .arg(release.classes)
                 .arg(release.source)
          << Qt::endl;
    auto coverage = thesaurus.coverage(session);
    if (coverage && !coverage->substances.isEmpty())
        out() << Verbs::tr("Active substances of marketed oral and injectable drugs found in the "
                           "thesaurus: %1 of %2 (%3 %; %4 % leaving out %5 homeopathic stocks). "
                           "The others have no listed interaction, or a name to review in "
                           "Settings → Data.")
                     .arg(coverage->matched)
                     .arg(coverage->substances.size())
                     .arg(coverage->share() * 100, 0, 'f', 1)
                     .arg(coverage->shareWithoutHomeopathy() * 100, 0, 'f', 1)
                     .arg(coverage->homeopathic)
              << Qt::endl;
    else
        out() << Verbs::tr("No drug database yet: import the BDPM (import-bdpm) and its "
                           "substances will be matched to the thesaurus.")
              << Qt::endl;
    return 0;
}

int runImportFhir(const CommandLine &line, VaultAccess &access)
{
    auto acting = openAs(line, access);
    if (!acting)
        return failure(acting.error());
    auto &[vault, session] = *acting;
    FhirExchange exchange(*vault);
    int patients = 0;
    int vitals = 0;
    QStringList imported;
    for (qsizetype i = 0; i < line.fhirFiles.size(); ++i) {
        const QString &file = line.fhirFiles.at(i);
        auto report = exchange.importFile(session, file);
        if (!report) {
            err() << "relais: " << report.error().message << Qt::endl;
            const QStringList notTried = line.fhirFiles.mid(i + 1);
            err() << (imported.isEmpty()
                          ? Verbs::tr("Imported: none.")
                          : Verbs::tr("Imported: %1.").arg(imported.join(QStringLiteral(", "))))
                  << Qt::endl
                  << (notTried.isEmpty() ? Verbs::tr("Not imported: %1 (refused).").arg(file)
                                         : Verbs::tr("Not imported: %1 (refused); %2 (not tried).")
                                               .arg(file, notTried.join(QStringLiteral(", "))))
                  << Qt::endl;
            return 1;
        }
        imported.append(file);
        out() << report->summary() << Qt::endl;
        printSkipped(report->notes);
        patients += report->patientsCreated;
        vitals += report->vitalsImported;
    }
    out() << Verbs::tr("Imported: %1 patients and %2 vital signs from %3 bundles.")
                 .arg(patients)
                 .arg(vitals)
                 .arg(line.fhirFiles.size())
          << Qt::endl;
    return 0;
}

int runExportFhir(const CommandLine &line, VaultAccess &access)
{
    auto acting = openAs(line, access);
    if (!acting)
        return failure(acting.error());
    auto &[vault, session] = *acting;
    // A file imported from FHIR may be named by where it came from: Patient/<id>.
    QString id = line.patientId;
    if (id.startsWith(QLatin1String("Patient/"))) {
        id = PatientRegistry(*vault).idFromSource(line.patientId);
        if (id.isEmpty())
            return failure(
                Error{ErrorCode::NotFound,
                      Verbs::tr("No patient was imported from %1.").arg(line.patientId)});
    }
    auto bundle = FhirExchange(*vault).exportPatient(session, id);
    if (!bundle)
        return failure(bundle.error());
    QFile file(line.backupOut);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(*bundle) != bundle->size() || !file.flush())
        return failure(
            Error{ErrorCode::Io,
                  Verbs::tr("%1 cannot be written: %2.").arg(line.backupOut, file.errorString())});
    out() << Verbs::tr("Patient written to %1 as a FHIR R4 bundle.").arg(line.backupOut)
          << Qt::endl;
    return 0;
}

namespace {

// The vault opened as the person acting (the practitioner, or --user), and the practitioner
// named by --practitioner as an account of it.
struct AgendaActing
{
    std::unique_ptr<Vault> vault;
    Session session;
    QString practitionerId;
};

Result<AgendaActing> openForAgenda(const CommandLine &line, VaultAccess &access)
{
    auto acting = openAs(line, access);
    if (!acting)
        return std::unexpected(acting.error());
    auto found = UserAccounts(*acting->first).findByLogin(line.practitioner);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::unexpected(Error{
            ErrorCode::NotFound, Verbs::tr("No account has the login %1.").arg(line.practitioner)});
    return AgendaActing{std::move(acting->first), acting->second, (*found)->id};
}

} // namespace

int runDayList(const CommandLine &line, VaultAccess &access)
{
    auto acting = openForAgenda(line, access);
    if (!acting)
        return failure(acting.error());
    if (auto printed =
            ui::DayListPrinter(*acting->vault)
                .print(acting->session, acting->practitionerId, line.date, line.backupOut);
        !printed)
        return failure(printed.error());
    out() << Verbs::tr("Day list of %1 for %2 written to %3.")
                 .arg(line.practitioner, line.date.toString(QStringLiteral("dd/MM/yyyy")),
                      line.backupOut)
          << Qt::endl;
    return 0;
}

int runPrintPrescription(const CommandLine &line, VaultAccess &access)
{
    auto acting = openAs(line, access);
    if (!acting)
        return failure(acting.error());
    auto &[vault, session] = *acting;
    Prescriptions prescriptions(*vault);
    auto sheet = prescriptions.sheet(session, line.prescriptionId);
    if (!sheet)
        return failure(sheet.error());
    if (auto written = PrescriptionPrinter(*sheet).writePdf(line.backupOut); !written)
        return failure(written.error());
    if (auto printed = prescriptions.markPrinted(session, line.prescriptionId); !printed)
        return failure(printed.error());
    for (const QString &missing : sheet->missingMentions())
        err() << Verbs::tr("Warning: the ordonnance lacks %1.").arg(missing) << Qt::endl;
    out() << (sheet->duplicate ? Verbs::tr("Prescription written to %1, as a duplicate.")
                               : Verbs::tr("Prescription written to %1."))
                 .arg(line.backupOut)
          << Qt::endl;
    return 0;
}

int runExportIcs(const CommandLine &line, VaultAccess &access)
{
    auto acting = openForAgenda(line, access);
    if (!acting)
        return failure(acting.error());
    if (auto written =
            CalendarExport(*acting->vault)
                .write(acting->session, acting->practitionerId, line.from, line.to, line.backupOut);
        !written)
        return failure(written.error());
    out() << Verbs::tr("Appointments of %1 from %2 to %3 written to %4 (iCalendar).")
                 .arg(line.practitioner, line.from.toString(QStringLiteral("dd/MM/yyyy")),
                      line.to.toString(QStringLiteral("dd/MM/yyyy")), line.backupOut)
          << Qt::endl;
    return 0;
}

namespace {

// The hub login's password: in the address, in PGPASSWORD (as PostgreSQL's own tools read it),
// or asked. Empty when the address names none and none is needed (a trusted local login).
Result<QString> hubPassword(const QString &uri)
{
    auto address = HubAddress::parse(uri);
    if (!address)
        return std::unexpected(address.error());
    if (!address->password.isEmpty())
        return address->password;
    if (QString fromEnvironment = qEnvironmentVariable("PGPASSWORD"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    auto typed = askSecret(Verbs::tr("Password of %1 on the hub:").arg(address->user));
    if (!typed)
        return std::unexpected(typed.error());
    return QString::fromUtf8(typed->chars(), static_cast<qsizetype>(typed->size()));
}

void printReport(const SyncReport &report)
{
    if (report.practiceCreated)
        out() << Verbs::tr("The practice is set up on the hub: this workstation is its first.")
              << Qt::endl;
    out() << report.summary() << Qt::endl;
    for (const QString &warning : report.warnings())
        err() << "  " << warning << Qt::endl;
}

Synchronizer::Progress terminalProgress()
{
    return [](const QString &step, qint64 done, qint64 total) {
        if (total > 0)
            err() << '\r' << Verbs::tr("%1: %2 / %3").arg(step).arg(done).arg(total);
        err().flush();
    };
}

} // namespace

int runHubInit(const CommandLine &line, VaultAccess &)
{
    auto password = hubPassword(line.hubUrl);
    if (!password)
        return failure(password.error());
    auto done = Synchronizer::initHub(line.hubUrl, *password);
    if (!done)
        return failure(done.error());
    for (const QString &step : std::as_const(*done))
        out() << step << Qt::endl;
    return 0;
}

namespace {

// The hub of --url, for its host's commands.
Result<std::unique_ptr<Hub>> hubOfLine(const CommandLine &line)
{
    auto address = HubAddress::parse(line.hubUrl);
    if (!address)
        return std::unexpected(address.error());
    auto password = hubPassword(line.hubUrl);
    if (!password)
        return std::unexpected(password.error());
    return Hub::connect(*address, *password);
}

} // namespace

int runHubPrune(const CommandLine &line, VaultAccess &)
{
    auto hub = hubOfLine(line);
    if (!hub)
        return failure(hub.error());
    auto pruned = (*hub)->prune();
    if (!pruned)
        return failure(pruned.error());
    const QLocale locale;
    if (pruned->isEmpty())
        out() << Verbs::tr("No practice on this hub yet: nothing to prune.") << Qt::endl;
    for (const Hub::Pruned &p : std::as_const(*pruned))
        out() << Verbs::tr("Practice %1: %Ln envelope(s) deleted (%2), pruned through sequence %3.",
                           nullptr, static_cast<int>(std::min<qint64>(p.envelopes, INT_MAX)))
                     .arg(p.practiceId, locale.formattedDataSize(p.bytes),
                          locale.toString(p.through))
              << Qt::endl;
    return 0;
}

int runHubAddPractice(const CommandLine &line, VaultAccess &)
{
    auto hub = hubOfLine(line);
    if (!hub)
        return failure(hub.error());
    auto made = (*hub)->addPractice(line.practiceId);
    if (!made)
        return failure(made.error());
    HubAddress address = (*hub)->address();
    address.user = made->login.role;
    out() << Verbs::tr("Practice: %1").arg(made->practiceId) << Qt::endl
          << Verbs::tr("Hub address for its workstation: %1").arg(address.toString()) << Qt::endl
          << Verbs::tr("Password: %1")
                 .arg(QString::fromLatin1(made->login.password.chars(),
                                          static_cast<qsizetype>(made->login.password.size())))
          << Qt::endl
          << Verbs::tr("Give both to the practice by a way of their own (not the same e-mail). "
                       "The password is shown only now: the workstation replaces it with one "
                       "of its own at its first sync, and the practice's other workstations "
                       "get their logins through invitations.")
          << Qt::endl;
    return 0;
}

int runHubStatus(const CommandLine &line, VaultAccess &)
{
    auto hub = hubOfLine(line);
    if (!hub)
        return failure(hub.error());
    const HubAddress *address = &(*hub)->address();
    auto overview = (*hub)->overview();
    if (!overview)
        return failure(overview.error());
    const QLocale locale;
    const auto when = [&locale](const QDateTime &at) {
        return locale.toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
    };
    out() << Verbs::tr("Hub %1, schema %2: %3.")
                 .arg(address->toString())
                 .arg(overview->schema)
                 .arg(locale.formattedDataSize(overview->databaseBytes))
          << Qt::endl;
    if (overview->practices.isEmpty())
        out() << Verbs::tr("No practice yet: the first workstation's first sync sets one up.")
              << Qt::endl;
    for (const Hub::PracticeOverview &p : std::as_const(overview->practices)) {
        out() << Verbs::tr("Practice %1 (since %2): %Ln envelope(s), %3 once padded, last "
                           "sequence %4.",
                           nullptr, static_cast<int>(std::min<qint64>(p.envelopes, INT_MAX)))
                     .arg(p.id, when(p.createdAt), locale.formattedDataSize(p.paddedBytes),
                          locale.toString(p.lastSeq))
              << Qt::endl;
        if (p.snapshot)
            out() << "  "
                  << Verbs::tr("Snapshot at sequence %1, in %n chunk(s).", nullptr,
                               p.snapshot->chunks)
                         .arg(locale.toString(p.snapshot->baseSeq))
                  << Qt::endl;
        else
            out() << "  " << Verbs::tr("No snapshot yet.") << Qt::endl;
        if (p.prunedThrough > 0)
            out() << "  "
                  << Verbs::tr("Pruned through sequence %1.").arg(locale.toString(p.prunedThrough))
                  << Qt::endl;
        for (const Hub::DeviceSeen &d : std::as_const(p.devices))
            out() << "  "
                  << Verbs::tr("Workstation %1: first seen %2, last seen %3, received through "
                               "sequence %4.")
                         .arg(d.deviceId, when(d.firstSeen), when(d.lastSeen),
                              locale.toString(d.receivedSeq))
                  << Qt::endl;
    }
    return 0;
}

int runSync(const CommandLine &line, VaultAccess &access)
{
    auto vault = access.open(line.vaultPath);
    if (!vault)
        return failure(vault.error());
    std::optional<Session> session;
    if (!line.user.isEmpty()) {
        auto loggedIn = logInOnTerminal(**vault, line.user);
        if (!loggedIn)
            return failure(loggedIn.error());
        session = *loggedIn;
    }
    QString password;
    if (!line.hubUrl.isEmpty()) {
        auto typed = hubPassword(line.hubUrl);
        if (!typed)
            return failure(typed.error());
        password = *typed;
    }
    auto report = PracticeSync(**vault).sync(session, line.hubUrl, password, terminalProgress());
    err() << Qt::endl;
    if (!report)
        return failure(report.error());
    printReport(*report);
    return 0;
}

int runSyncStatus(const CommandLine &line, VaultAccess &access)
{
    auto vault = access.open(line.vaultPath);
    if (!vault)
        return failure(vault.error());
    auto state = PracticeSync(**vault).state();
    if (!state)
        return failure(state.error());
    if (!state->setUp) {
        out() << Verbs::tr("This workstation does not sync yet (%n change(s) waiting). An "
                           "administrator sets the practice up with: relais sync --hub URL "
                           "--user LOGIN",
                           nullptr, state->pending)
              << Qt::endl;
        return 0;
    }
    const QLocale locale;
    out() << Verbs::tr("Hub: %1").arg(state->hub) << Qt::endl;
    out() << Verbs::tr("This workstation: %1").arg(state->deviceId) << Qt::endl;
    out() << Verbs::tr("Last sync: %1")
                 .arg(state->lastSync.isValid()
                          ? locale.toString(state->lastSync.toLocalTime(), QLocale::ShortFormat) +
                                QStringLiteral(" — ") + state->lastResult
                          : Verbs::tr("never"))
          << Qt::endl;
    out() << Verbs::tr("%n change(s) waiting to be sent.", nullptr, state->pending) << Qt::endl;
    if (state->keptAside > 0)
        out() << Verbs::tr("%n change(s) kept aside, to be looked at.", nullptr, state->keptAside)
              << Qt::endl;
    out() << Verbs::tr("Workstations of the practice:") << Qt::endl;
    for (const auto &w : std::as_const(state->workstations))
        out() << "  " << w.deviceId << (w.thisOne ? Verbs::tr(" (this one)") : QString())
              << (w.revoked ? Verbs::tr(" (revoked)") : QString()) << Qt::endl;
    return 0;
}

int runSyncRevoke(const CommandLine &line, VaultAccess &access)
{
    auto acting = openAs(line, access);
    if (!acting)
        return failure(acting.error());
    auto &[vault, session] = *acting;
    auto report = PracticeSync(*vault).revoke(session, line.deviceId, terminalProgress());
    err() << Qt::endl;
    if (!report)
        return failure(report.error());
    out() << Verbs::tr("Workstation %1 is revoked: the hub no longer lets it in, and the "
                       "practice's other workstations take a new key at their next sync. What it "
                       "sent before stays; anything signed by it from now on is refused.")
                 .arg(line.deviceId)
          << Qt::endl;
    if (report->revokedOnSharedLogin)
        err() << report->warnings().join(QLatin1Char(' ')) << Qt::endl;
    return 0;
}

int runSyncInvite(const CommandLine &line, VaultAccess &access)
{
    auto acting = openAs(line, access);
    if (!acting)
        return failure(acting.error());
    auto &[vault, session] = *acting;
    PracticeSync sync(*vault);
    auto made = sync.invite(session);
    if (!made)
        return failure(made.error());
    out() << Verbs::tr("Invitation code, valid until %1:")
                 .arg(
                     QLocale().toString(made->expiresAt.toLocalTime().time(), QLocale::ShortFormat))
          << Qt::endl
          << "    " << made->code << Qt::endl
          << Verbs::tr("On the new workstation: relais sync join --hub %1 --code %2")
                 .arg(PracticeSync(*vault).state().value_or(PracticeSync::State{}).hub, made->code)
          << Qt::endl;
    out().flush();
    if (line.noWait)
        return 0;
    err() << Verbs::tr("Waiting for the new workstation (Ctrl+C to stop; the next sync lets it in "
                       "too)…")
          << Qt::endl;
    while (QDateTime::currentDateTimeUtc() < made->expiresAt) {
        auto granted = sync.grantAnswered(session);
        if (!granted)
            return failure(granted.error());
        if (*granted > 0) {
            auto report = sync.sync(session);
            if (!report)
                return failure(report.error());
            out() << Verbs::tr("The new workstation is enrolled; it is receiving the practice's "
                               "records.")
                  << Qt::endl;
            return 0;
        }
        QThread::sleep(2);
    }
    return failure(
        Error{ErrorCode::Cancelled, Verbs::tr("No workstation answered before the code expired.")});
}

int runSyncJoin(const CommandLine &line, VaultAccess &access)
{
    if (QFileInfo::exists(line.vaultPath))
        return failure(Error{ErrorCode::AlreadyExists,
                             Verbs::tr("%1 already exists: sync join makes a new vault. Choose "
                                       "another file with --vault.")
                                 .arg(line.vaultPath)});
    auto created = access.create(line.vaultPath);
    if (!created)
        return failure(created.error());
    bool said = false;
    const Status joined =
        PracticeSync::join(*created->vault, line.hubUrl, line.code, [&said](qint64 remainingMs) {
            if (!said)
                err() << Verbs::tr("Waiting for the inviting workstation to let this one in "
                                   "(%1 min left; it does at its next sync)…")
                             .arg(remainingMs / 60000 + 1)
                      << Qt::endl;
            said = true;
            return true;
        });
    if (!joined) {
        created->vault.reset();
        Vault::removeFiles(line.vaultPath);
        return failure(joined.error());
    }
    out() << Verbs::tr("This workstation is now one of the practice's. Receiving its records…")
          << Qt::endl;
    auto report = PracticeSync(*created->vault).sync(std::nullopt, {}, {}, terminalProgress());
    err() << Qt::endl;
    out() << Verbs::tr(
                 "Recovery code of this workstation's vault (shown only now; it opens the vault "
                 "if this workstation loses its key):")
          << Qt::endl
          << "    "
          << QString::fromLatin1(created->recoveryCode.chars(),
                                 static_cast<qsizetype>(created->recoveryCode.size()))
          << Qt::endl;
    if (!report) {
        err() << Verbs::tr("Receiving stopped: %1 Run “relais sync” to go on from where it "
                           "stopped.")
                     .arg(report.error().message)
              << Qt::endl;
        return 1;
    }
    printReport(*report);
    return 0;
}

int runDigest(const CommandLine &line, VaultAccess &access)
{
    auto vault = access.open(line.vaultPath);
    if (!vault)
        return failure(vault.error());
    auto digest = RecordDigest::of(**vault);
    if (!digest)
        return failure(digest.error());
    out() << digest->hex << Qt::endl;
    err() << Verbs::tr("%n synced record(s).", nullptr, static_cast<int>(digest->records))
          << Qt::endl;
    return 0;
}

} // namespace relais
