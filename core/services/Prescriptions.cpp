#include "Prescriptions.h"

#include "Authenticator.h"
#include "DrugInteractions.h"
#include "DrugSearch.h"
#include "DrugSubstances.h"
#include "PatientHistory.h"
#include "PatientVitals.h"
#include "PracticeSettings.h"
#include "PrescriptionChecks.h"
#include "domain/PhoneNumber.h"
#include "domain/PracticeTime.h"
#include "domain/Role.h"
#include "repositories/PatientRepository.h"
#include "repositories/PrescriptionRepository.h"
#include "repositories/UserRepository.h"
#include "security/AccessPolicy.h"
#include "storage/Rows.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"

#include <QLoggingCategory>

namespace relais {

Q_LOGGING_CATEGORY(lcPrescriptions, "relais.services.prescriptions")

namespace {

const QString PrescriptionTable = QLatin1String(PrescriptionRepository::Prescriptions);
const QString LineTable = QLatin1String(PrescriptionRepository::Lines);

// Writes `lines` under `prescriptionId`, in order.
Status writeLines(RecordWriter &writer, const QString &prescriptionId,
                  const QList<PrescriptionLine> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto made = writer.create(LineTable, PrescriptionRepository::fieldsOf(
                                                 lines.at(i), prescriptionId, static_cast<int>(i)));
        if (!made)
            return std::unexpected(made.error());
    }
    return {};
}

} // namespace

Prescriptions::Prescriptions(Vault &vault)
    : m_vault(vault)
{}

Result<Prescription> Prescriptions::existing(const QString &id) const
{
    auto found = PrescriptionRepository(m_vault).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("This prescription no longer exists."));
    return **found;
}

Result<QString> Prescriptions::saveDraft(const Session &session, Prescription draft)
{
    if (auto allowed = AccessPolicy::require(session, Permission::DraftPrescription); !allowed)
        return std::unexpected(allowed.error());
    auto patient = PatientRepository(m_vault).find(draft.patientId);
    if (!patient)
        return std::unexpected(patient.error());
    if (!patient->has_value())
        return invalid(QLatin1String(FieldPatient),
                       tr("Choose the patient first: this file does not exist."));
    if (!(*patient)->mergedInto.isEmpty())
        return invalid(QLatin1String(FieldPatient),
                       tr("This file was merged into another one: prescribe on the file that "
                          "was kept."));
    if (const QList<Error> problems = PrescriptionRules::problems(draft); !problems.isEmpty())
        return std::unexpected(problems.first());

    std::optional<Prescription> stored;
    if (!draft.id.isEmpty()) {
        auto found = existing(draft.id);
        if (!found)
            return std::unexpected(found.error());
        if (found->status != Prescription::Status::Draft)
            return fail(ErrorCode::Frozen,
                        tr("This prescription is signed: it can no longer change. Renew or "
                           "modify it to make a new draft."));
        stored = std::move(*found);
    }
    QString id = draft.id;
    const Status written = m_vault.write(session.actor(), [&](RecordWriter &writer) -> Status {
        draft.status = Prescription::Status::Draft;
        draft.signedBy.clear();
        draft.signedAt = {};
        draft.printedAt = {};
        if (stored) {
            // The draft's author and day stay those of its first save.
            draft.draftedBy = stored->draftedBy;
            draft.draftedAt = stored->draftedAt;
            draft.basedOn = stored->basedOn;
            if (Status updated =
                    writer.update(PrescriptionTable, id, PrescriptionRepository::fieldsOf(draft));
                !updated)
                return updated;
            for (const PrescriptionLine &line : std::as_const(stored->lines))
                if (Status removed = writer.remove(LineTable, line.id); !removed)
                    return removed;
        } else {
            draft.draftedBy = session.userId;
            draft.draftedAt = m_vault.clock().now();
            auto made = writer.create(PrescriptionTable, PrescriptionRepository::fieldsOf(draft));
            if (!made)
                return std::unexpected(made.error());
            id = *made;
        }
        return writeLines(writer, id, draft.lines);
    });
    if (!written)
        return std::unexpected(written.error());
    return id;
}

Status Prescriptions::sign(const Session &session, const QString &id, const SignOff &signOff)
{
    if (auto allowed = AccessPolicy::require(session, Permission::SignPrescription); !allowed)
        return allowed;
    // The signature is the physician's own act: their password again, counted like a login.
    auto confirmed = Authenticator(m_vault).logIn(session.login, signOff.password);
    if (!confirmed || confirmed->userId != session.userId)
        return std::unexpected(
            Error{ErrorCode::Denied,
                  confirmed ? tr("Sign with your own password.") : confirmed.error().message,
                  QLatin1String(FieldPassword)});
    auto found = existing(id);
    if (!found)
        return std::unexpected(found.error());
    Prescription p = std::move(*found);
    if (p.status != Prescription::Status::Draft)
        return fail(ErrorCode::Frozen, tr("This prescription is already signed."));
    if (const QList<Error> problems = PrescriptionRules::problems(p); !problems.isEmpty())
        return std::unexpected(problems.first());
    // The checks as they stand now, not as the screen last showed them: the allergies or the
    // treatments may have changed since.
    auto checked = PrescriptionChecks(m_vault).check(session, p);
    if (!checked)
        return std::unexpected(checked.error());
    for (const DrugAlert &alert : std::as_const(checked->alerts)) {
        if (!alert.needsAcknowledgement)
            continue;
        const QString reason = signOff.reasons.value(alert.key).simplified();
        if (reason.isEmpty())
            return std::unexpected(Error{ErrorCode::InvalidInput,
                                         tr("Give a reason for signing despite this alert: %1.")
                                             .arg(PrescriptionCheck::summary(alert)),
                                         QLatin1String(FieldAcknowledgements)});
        p.acknowledged.append({alert.key, PrescriptionCheck::summary(alert), reason});
    }
    if (!checked->dataWarnings.isEmpty()) {
        if (!signOff.dataWarningsConfirmed)
            return std::unexpected(Error{ErrorCode::InvalidInput,
                                         checked->dataWarnings.join(QLatin1Char(' ')) +
                                             QLatin1Char(' ') + tr("Confirm that you sign anyway."),
                                         QLatin1String(FieldDataWarnings)});
        p.confirmedDataWarnings = checked->dataWarnings;
    }
    // What it was checked against, so that a question about it later has the answer.
    if (const std::optional<DrugRelease> release = DrugSubstances(m_vault).release())
        p.drugRelease = QStringLiteral("BDPM %1").arg(release->importedAt.toString(Qt::ISODate));
    if (const std::optional<InteractionRelease> thesaurus = DrugInteractions(m_vault).release())
        p.thesaurusVersion = thesaurus->version;
    p.status = Prescription::Status::Signed;
    p.signedBy = session.userId;
    p.signedAt = m_vault.clock().now();
    const Status written = m_vault.write(session.actor(), [&](RecordWriter &writer) -> Status {
        // The lines first: once the prescription is signed, nothing of it changes.
        for (const PrescriptionLine &line : std::as_const(p.lines))
            if (Status frozen = writer.update(LineTable, line.id, {{QStringLiteral("signed"), 1}});
                !frozen)
                return frozen;
        if (Status signedNow =
                writer.update(PrescriptionTable, id, PrescriptionRepository::fieldsOf(p));
            !signedNow)
            return signedNow;
        return writer.logEvent(QStringLiteral("sign"), PrescriptionTable, id);
    });
    if (written)
        qCInfo(lcPrescriptions) << "prescription signed," << p.lines.size() << "lines";
    return written;
}

Status Prescriptions::markPrinted(const Session &session, const QString &id)
{
    if (auto allowed = AccessPolicy::require(session, Permission::DraftPrescription); !allowed)
        return allowed;
    auto found = existing(id);
    if (!found)
        return std::unexpected(found.error());
    if (found->status == Prescription::Status::Draft)
        return fail(ErrorCode::InvalidInput,
                    tr("A draft is not printed: a physician signs it first."));
    return m_vault.write(session.actor(), [&](RecordWriter &writer) -> Status {
        return writer.update(
            PrescriptionTable, id,
            {{QStringLiteral("status"), Prescription::statusName(Prescription::Status::Printed)},
             {QStringLiteral("printed_at"), storedInstant(m_vault.clock().now())}});
    });
}

Result<QString> Prescriptions::renew(const Session &session, const QString &id)
{
    auto found = existing(id);
    if (!found)
        return std::unexpected(found.error());
    Prescription draft;
    draft.patientId = found->patientId;
    draft.basedOn = id;
    draft.lines = found->lines;
    for (PrescriptionLine &line : draft.lines)
        line.id.clear();
    return saveDraft(session, std::move(draft));
}

Result<Prescription> Prescriptions::renewalOfTreatments(const Session &session,
                                                        const QString &patientId, int months) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::DraftPrescription); !allowed)
        return std::unexpected(allowed.error());
    auto treatments = PatientHistory(m_vault).treatments(session, patientId);
    if (!treatments)
        return std::unexpected(treatments.error());
    const DrugSearch search(m_vault);
    Prescription draft;
    draft.patientId = patientId;
    for (const Treatment &t : std::as_const(*treatments)) {
        if (!t.isCurrent())
            continue;
        // The specialty the treatment's name designates: the first found (marketed first)
        // whose name holds every word typed ("IBUPROFENE BIOGARAN 400 mg" is "IBUPROFENE
        // BIOGARAN CONSEIL 400 mg, comprimé pelliculé"); otherwise the line keeps the name as
        // typed, and the checks find it by its substance.
        PrescriptionLine line;
        const QStringList typed = searchKey(t.drug).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::optional<DrugChoice> match;
        // Picked from the search when it was entered: that specialty, found by its CIS.
        if (!t.cis.isEmpty())
            if (auto byCis = search.find(session, t.cis, 1); byCis && !byCis->isEmpty())
                match = byCis->first();
        if (auto found = search.find(session, t.drug, 10); !match && found)
            for (const DrugChoice &c : std::as_const(*found)) {
                const QStringList words =
                    searchKey(c.specialty.name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (std::all_of(typed.cbegin(), typed.cend(),
                                [&words](const QString &w) { return words.contains(w); })) {
                    match = c;
                    break;
                }
            }
        if (match) {
            line = PrescriptionLine::fromChoice(*match);
        } else {
            line.dci = t.drug.simplified();
            line.posology.unit = Posology::unitFor(t.drug);
        }
        if (auto read = Posology::fromText(t.dosage, line.posology.unit))
            line.posology = *read;
        line.posology.duration = Posology::Duration{months, Posology::DurationUnit::Months};
        draft.lines.append(line);
    }
    if (draft.lines.isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("This file lists no current treatment to renew: add them in the "
                       "Treatments tab first."));
    return draft;
}

Result<QString> Prescriptions::saveTemplate(const Session &session, const QString &name,
                                            const QList<PrescriptionLine> &lines)
{
    if (auto allowed = AccessPolicy::require(session, Permission::DraftPrescription); !allowed)
        return std::unexpected(allowed.error());
    PrescriptionTemplate t{{}, name.simplified(), session.userId, lines};
    if (t.name.isEmpty())
        return invalid(QLatin1String(FieldTemplateName), tr("Name the template."));
    Prescription asDraft;
    asDraft.lines = lines;
    if (const QList<Error> problems = PrescriptionRules::problems(asDraft); !problems.isEmpty())
        return std::unexpected(problems.first());
    for (PrescriptionLine &line : t.lines)
        line.id.clear();
    auto existing = PrescriptionRepository(m_vault).templates();
    if (!existing)
        return std::unexpected(existing.error());
    const auto same =
        std::find_if(existing->cbegin(), existing->cend(), [&t](const PrescriptionTemplate &other) {
            return searchKey(other.name) == searchKey(t.name);
        });
    QString id = same != existing->cend() ? same->id : QString();
    const QString table = QLatin1String(PrescriptionRepository::Templates);
    const Status written = m_vault.write(session.actor(), [&](RecordWriter &writer) -> Status {
        if (!id.isEmpty())
            return writer.update(table, id, PrescriptionRepository::fieldsOf(t));
        auto made = writer.create(table, PrescriptionRepository::fieldsOf(t));
        if (!made)
            return std::unexpected(made.error());
        id = *made;
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    return id;
}

Result<QList<PrescriptionTemplate>> Prescriptions::templates(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::DraftPrescription); !allowed)
        return std::unexpected(allowed.error());
    return PrescriptionRepository(m_vault).templates();
}

Status Prescriptions::removeTemplate(const Session &session, const QString &id)
{
    if (auto allowed = AccessPolicy::require(session, Permission::DraftPrescription); !allowed)
        return allowed;
    return m_vault.write(session.actor(), [&](RecordWriter &writer) -> Status {
        return writer.remove(QLatin1String(PrescriptionRepository::Templates), id);
    });
}

Status Prescriptions::discardDraft(const Session &session, const QString &id)
{
    if (auto allowed = AccessPolicy::require(session, Permission::DraftPrescription); !allowed)
        return allowed;
    auto found = existing(id);
    if (!found)
        return std::unexpected(found.error());
    return m_vault.write(session.actor(), [&](RecordWriter &writer) -> Status {
        for (const PrescriptionLine &line : std::as_const(found->lines))
            if (Status removed = writer.remove(LineTable, line.id); !removed)
                return removed;
        return writer.remove(PrescriptionTable, id);
    });
}

Result<Prescription> Prescriptions::load(const Session &session, const QString &id) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return existing(id);
}

Result<PrescriptionSheet> Prescriptions::sheet(const Session &session, const QString &id) const
{
    auto p = load(session, id);
    if (!p)
        return std::unexpected(p.error());
    if (p->status == Prescription::Status::Draft)
        return fail(ErrorCode::InvalidInput,
                    tr("A draft is not printed: a physician signs it first."));
    auto signer = UserRepository(m_vault).find(p->signedBy);
    if (!signer)
        return std::unexpected(signer.error());
    if (!signer->has_value())
        return fail(ErrorCode::NotFound, tr("The physician who signed it is no longer known."));
    auto patient = PatientRepository(m_vault).find(p->patientId);
    if (!patient)
        return std::unexpected(patient.error());
    if (!patient->has_value())
        return fail(ErrorCode::NotFound, tr("This patient's file no longer exists."));
    const PracticeDetails practice =
        PracticeSettings(m_vault).details().value_or(PracticeDetails{});
    const UserAccount &doctor = **signer;
    const PatientIdentity &who = **patient;

    PrescriptionSheet sheet;
    sheet.prescriptionId = p->id;
    sheet.date = PracticeTime::toLocal(p->signedAt).date();
    sheet.duplicate = p->status == Prescription::Status::Printed;
    sheet.lines = p->lines;
    sheet.prescriber.name = doctor.displayName;
    sheet.prescriber.qualification = RoleNames::display(Role::Physician);
    sheet.prescriber.specialty = doctor.specialty;
    sheet.prescriber.rpps = doctor.rpps;
    sheet.prescriber.practice = practice.name;
    // The country ends the address: the ordonnance may be dispensed anywhere in the Union.
    QString address = doctor.address.trimmed().isEmpty() ? practice.address : doctor.address;
    address = address.trimmed();
    if (!address.isEmpty() && !address.endsWith(QLatin1String("France"), Qt::CaseInsensitive))
        address += QStringLiteral(", France");
    sheet.prescriber.address = address;
    const QString phone = doctor.phone.trimmed().isEmpty() ? practice.phone : doctor.phone;
    if (auto parsed = PhoneNumber::parse(phone))
        sheet.prescriber.phone = parsed->international();
    else
        sheet.prescriber.phone = phone.simplified();
    sheet.prescriber.email = doctor.email;
    sheet.patient.birthName = who.birthName;
    if (searchKey(who.usedName) != searchKey(who.birthName))
        sheet.patient.usedName = who.usedName;
    sheet.patient.firstNames = who.firstNames;
    sheet.patient.sex = who.sex;
    sheet.patient.birthDate = who.birthDate;
    // A child's dose follows their weight: the pharmacist needs it (R.5132-3, 7°).
    if (sheet.ageInYears() < 18) {
        auto vitals = PatientVitals(m_vault).latest(session, p->patientId);
        if (!vitals)
            return std::unexpected(vitals.error());
        if (vitals->latest.contains(VitalKind::Weight)) {
            const VitalRecord &weight = vitals->latest.value(VitalKind::Weight);
            sheet.patient.weightKg = weight.value;
            sheet.patient.measuredOn = PracticeTime::toLocal(weight.measuredAt).date();
        }
        if (vitals->latest.contains(VitalKind::Height))
            sheet.patient.heightCm = vitals->latest.value(VitalKind::Height).value;
    }
    return sheet;
}

Result<QList<Prescription>> Prescriptions::waitingDrafts(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::DraftPrescription); !allowed)
        return std::unexpected(allowed.error());
    return PrescriptionRepository(m_vault).drafts();
}

Result<QList<Prescription>> Prescriptions::ofPatient(const Session &session,
                                                     const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return PrescriptionRepository(m_vault).ofPatient(patientId);
}

} // namespace relais
