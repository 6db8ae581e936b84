#include "PatientVitals.h"

#include "repositories/PatientRepository.h"
#include "repositories/VitalSignRepository.h"
#include "security/AccessPolicy.h"
#include "storage/Vault.h"

namespace relais {

namespace {

const QString VitalsTable = QString::fromLatin1(VitalSignRepository::Table);

} // namespace

PatientVitals::PatientVitals(Vault &vault)
    : m_vault(vault)
{}

QDateTime PatientVitals::now() const
{
    return m_vault.clock().now();
}

QString PatientVitals::pressureField(const char *field, qsizetype reading)
{
    QString name = QLatin1String(field);
    if (reading == 0)
        return name;
    return name + QLatin1Char('-') + QString::number(reading + 1);
}

QList<Error> PatientVitals::problems(const VitalEntry &entry) const
{
    QList<Error> found;
    for (auto it = entry.typed.cbegin(); it != entry.typed.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        if (it.key() == VitalKind::Bmi || it.key() == VitalKind::BloodPressure) {
            found.append(Error{ErrorCode::InvalidInput,
                               tr("%1 is not typed in.").arg(VitalSigns::name(it.key())),
                               QLatin1String(VitalSigns::definition(it.key()).code)});
            continue;
        }
        if (auto read = VitalSigns::parse(it.key(), it.value()); !read)
            found.append(read.error());
    }
    for (qsizetype i = 0; i < entry.pressures.size(); ++i) {
        const VitalEntry::TypedPressure &p = entry.pressures.at(i);
        if (p.systolic.trimmed().isEmpty() && p.diastolic.trimmed().isEmpty())
            continue;
        if (auto bp = BloodPressure::parse(p.systolic, p.diastolic, p.arm, p.position); !bp) {
            Error error = bp.error();
            error.field = pressureField(error.field.toLatin1().constData(), i);
            found.append(error);
        }
    }
    if (entry.measuredAt.isValid()) {
        const QDateTime current = now();
        if (entry.measuredAt > current.addSecs(qint64{5} * 60))
            found.append(Error{ErrorCode::InvalidInput,
                               tr("The time of measurement cannot be in the future."),
                               QLatin1String(FieldMeasuredAt)});
        else if (entry.measuredAt < current.addSecs(qint64{-LateAfterMinutes} * 60) &&
                 entry.lateReason.trimmed().isEmpty())
            found.append(Error{ErrorCode::InvalidInput,
                               tr("These values were taken earlier: say why they are entered "
                                  "only now (paper sheet, home reading…)."),
                               QLatin1String(FieldLateReason)});
    }
    return found;
}

Result<PatientVitals::Recorded> PatientVitals::record(const Session &session,
                                                      const VitalEntry &entry)
{
    if (auto allowed = AccessPolicy::require(session, Permission::RecordVitals); !allowed)
        return std::unexpected(allowed.error());
    if (const QList<Error> wrong = problems(entry); !wrong.isEmpty())
        return std::unexpected(wrong.first());

    const QDateTime at = entry.measuredAt.isValid() ? entry.measuredAt.toUTC() : now();
    QList<VitalRecord> records;
    Recorded recorded;
    VitalRecord base;
    base.patientId = entry.patientId;
    base.consultationId = entry.consultationId;
    base.measuredAt = at;
    base.measuredBy = session.userId;
    base.lateReason = entry.lateReason.simplified();
    for (VitalKind kind : VitalSigns::all()) {
        const QString typed = entry.typed.value(kind);
        if (typed.trimmed().isEmpty())
            continue;
        const auto read = VitalSigns::parse(kind, typed);
        VitalRecord r = base;
        r.kind = kind;
        r.value = read->value;
        if (!read->correction.isEmpty())
            recorded.corrections.append(tr("%1: %2").arg(VitalSigns::name(kind), read->correction));
        records.append(r);
    }
    // Readings a minute apart are typed together: a millisecond each keeps the order taken.
    int order = 0;
    for (const VitalEntry::TypedPressure &p : entry.pressures) {
        if (p.systolic.trimmed().isEmpty() && p.diastolic.trimmed().isEmpty())
            continue;
        const auto bp = BloodPressure::parse(p.systolic, p.diastolic, p.arm, p.position);
        VitalRecord r = base;
        r.kind = VitalKind::BloodPressure;
        r.value = bp->systolic();
        r.value2 = bp->diastolic();
        r.arm = bp->arm();
        r.position = bp->position();
        r.measuredAt = at.addMSecs(order++);
        records.append(r);
    }
    if (records.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Nothing was measured: type at least one value."));

    auto patient = PatientRepository(m_vault).find(entry.patientId);
    if (!patient)
        return std::unexpected(patient.error());
    if (!patient->has_value() || !(*patient)->mergedInto.isEmpty())
        return fail(ErrorCode::NotFound, tr("This patient's file no longer exists."));

    auto ids = m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QStringList> {
        QStringList made;
        for (const VitalRecord &r : std::as_const(records)) {
            auto id = w.create(VitalsTable, VitalSignRepository::columnsOf(r));
            if (!id)
                return std::unexpected(id.error());
            made.append(*id);
        }
        return made;
    });
    if (!ids)
        return std::unexpected(ids.error());
    recorded.ids = *ids;
    return recorded;
}

Result<QString> PatientVitals::correct(const Session &session, const QString &recordId,
                                       const QString &typed, const QString &reason)
{
    if (auto allowed = AccessPolicy::require(session, Permission::RecordVitals); !allowed)
        return std::unexpected(allowed.error());
    auto found = VitalSignRepository(m_vault).find(recordId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("This measurement no longer exists."));
    VitalRecord corrected = **found;
    if (corrected.superseded)
        return fail(ErrorCode::InvalidInput,
                    tr("This value was already corrected: correct the newest version."));
    if (corrected.kind == VitalKind::BloodPressure) {
        auto bp = BloodPressure::parse(typed, QString(), corrected.arm, corrected.position);
        if (!bp)
            return std::unexpected(bp.error());
        corrected.value = bp->systolic();
        corrected.value2 = bp->diastolic();
    } else {
        auto read = VitalSigns::parse(corrected.kind, typed);
        if (!read)
            return std::unexpected(read.error());
        corrected.value = read->value;
    }
    if (reason.simplified().isEmpty())
        return invalid(QLatin1String(FieldCorrectionReason),
                       tr("Say why the value is corrected (typing mistake, wrong patient…)."));
    corrected.replaces = recordId;
    corrected.correctionReason = reason.simplified();
    corrected.source.clear();
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        if (auto old = w.update(VitalsTable, recordId, VitalSignRepository::supersededColumns());
            !old)
            return std::unexpected(old.error());
        return w.create(VitalsTable, VitalSignRepository::columnsOf(corrected));
    });
}

Result<QString> PatientVitals::insertImported(RecordWriter &writer, const VitalRecord &record)
{
    if (record.kind == VitalKind::BloodPressure) {
        if (auto bp = BloodPressure::make(static_cast<int>(record.value),
                                          static_cast<int>(record.value2));
            !bp)
            return std::unexpected(bp.error());
    } else if (auto inRange = VitalSigns::checkRange(record.kind, record.value); !inRange) {
        return std::unexpected(inRange.error());
    }
    return writer.create(VitalsTable, VitalSignRepository::columnsOf(record));
}

QString PatientVitals::idFromSource(const QString &source) const
{
    return VitalSignRepository(m_vault).idFromSource(source).value_or(QString());
}

Result<QList<VitalRecord>> PatientVitals::history(const Session &session,
                                                  const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return VitalSignRepository(m_vault).allOfPatient(patientId);
}

Result<QList<VitalRecord>> PatientVitals::ofConsultation(const Session &session,
                                                         const QString &consultationId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return VitalSignRepository(m_vault).ofConsultation(consultationId);
}

Result<QList<VitalRecord>> PatientVitals::unattachedOfDay(const Session &session,
                                                          const QString &patientId,
                                                          const QDate &day) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    // A local day spans two UTC dates at most: read both, keep the local one.
    auto found =
        VitalSignRepository(m_vault).unattachedBetween(patientId, day.addDays(-1), day.addDays(1));
    if (!found)
        return found;
    QList<VitalRecord> ofDay;
    for (const VitalRecord &r : std::as_const(*found)) {
        if (r.measuredAt.toLocalTime().date() == day)
            ofDay.append(r);
    }
    return ofDay;
}

VitalSnapshot PatientVitals::snapshot(const QList<VitalRecord> &records,
                                      const QList<std::pair<QDate, double>> &earlierWeights)
{
    VitalSnapshot s;
    s.earlierWeights = earlierWeights;
    QList<VitalRecord> ordered = records;
    std::sort(ordered.begin(), ordered.end(), [](const VitalRecord &a, const VitalRecord &b) {
        return a.measuredAt < b.measuredAt;
    });
    for (const VitalRecord &r : std::as_const(ordered)) {
        s.day = std::max(s.day, r.measuredAt.toLocalTime().date());
        switch (r.kind) {
        case VitalKind::BloodPressure: s.bloodPressures.append(r.bloodPressure()); break;
        case VitalKind::HeartRate: s.heartRate = r.value; break;
        case VitalKind::RespiratoryRate: s.respiratoryRate = r.value; break;
        case VitalKind::Temperature: s.temperature = r.value; break;
        case VitalKind::SpO2: s.spo2 = r.value; break;
        case VitalKind::Weight: s.weightKg = r.value; break;
        default: break;
        }
    }
    return s;
}

QList<VitalAlert> PatientVitals::previewAlerts(const VitalEntry &entry) const
{
    QList<VitalRecord> typed;
    const QDateTime at = entry.measuredAt.isValid() ? entry.measuredAt : now();
    for (auto it = entry.typed.cbegin(); it != entry.typed.cend(); ++it) {
        if (it.value().trimmed().isEmpty() || it.key() == VitalKind::Bmi ||
            it.key() == VitalKind::BloodPressure)
            continue;
        if (auto read = VitalSigns::parse(it.key(), it.value())) {
            VitalRecord r;
            r.kind = it.key();
            r.value = read->value;
            r.measuredAt = at;
            typed.append(r);
        }
    }
    int order = 0;
    for (const VitalEntry::TypedPressure &p : entry.pressures) {
        if (auto bp = BloodPressure::parse(p.systolic, p.diastolic, p.arm, p.position)) {
            VitalRecord r;
            r.kind = VitalKind::BloodPressure;
            r.value = bp->systolic();
            r.value2 = bp->diastolic();
            r.arm = bp->arm();
            r.position = bp->position();
            r.measuredAt = at.addMSecs(++order);
            typed.append(r);
        }
    }
    if (typed.isEmpty())
        return {};
    VitalSnapshot s = snapshot(typed, {});
    s.birthDate = birthDateOf(entry.patientId);
    return VitalAlertRules::evaluate(s);
}

QDate PatientVitals::birthDateOf(const QString &patientId) const
{
    return PatientRepository(m_vault).birthDate(patientId).value_or(QDate());
}

Result<LatestVitals> PatientVitals::latest(const Session &session, const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    // The patient's current values, newest first; a file holds a few hundred at most.
    auto rows = VitalSignRepository(m_vault).currentOfPatient(patientId);
    if (!rows)
        return std::unexpected(rows.error());
    LatestVitals latest;
    if (rows->isEmpty())
        return latest;
    for (const VitalRecord &r : std::as_const(*rows)) {
        if (!latest.latest.contains(r.kind))
            latest.latest.insert(r.kind, r);
    }
    // The last visit: every value taken on the day of the newest one.
    const QDate visit = rows->first().measuredAt.toLocalTime().date();
    QList<VitalRecord> ofVisit;
    QList<std::pair<QDate, double>> earlierWeights;
    for (const VitalRecord &r : std::as_const(*rows)) {
        const QDate day = r.measuredAt.toLocalTime().date();
        if (day == visit)
            ofVisit.append(r);
        else if (r.kind == VitalKind::Weight && day >= visit.addMonths(-6))
            earlierWeights.append({day, r.value});
    }
    VitalSnapshot s = snapshot(ofVisit, earlierWeights);
    s.birthDate = birthDateOf(patientId);
    latest.pressuresOfLastVisit = s.bloodPressures;
    latest.officePressure = BloodPressure::officeValue(s.bloodPressures);
    const auto weight = latest.latest.constFind(VitalKind::Weight);
    const auto height = latest.latest.constFind(VitalKind::Height);
    latest.bmi = VitalSigns::bmi(
        weight != latest.latest.cend() ? std::optional<double>(weight->value) : std::nullopt,
        height != latest.latest.cend() ? std::optional<double>(height->value) : std::nullopt);
    latest.alerts = VitalAlertRules::evaluate(s);
    return latest;
}

Result<QList<VitalPoint>> PatientVitals::series(const Session &session, const QString &patientId,
                                                VitalKind kind, const QDateTime &from) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    const VitalSignRepository vitals(m_vault);
    const auto points = [&](VitalKind k, const QDateTime &since) {
        return vitals.series(patientId, k, since);
    };
    const QDateTime &since = from;
    if (kind != VitalKind::Bmi)
        return points(kind, since);
    auto weights = points(VitalKind::Weight, since);
    if (!weights)
        return weights;
    auto heights = points(VitalKind::Height, QDateTime());
    if (!heights)
        return heights;
    QList<VitalPoint> bmis;
    for (const VitalPoint &w : std::as_const(*weights)) {
        // The height known at the time; else the first one measured after.
        std::optional<double> height;
        for (const VitalPoint &h : std::as_const(*heights)) {
            if (h.at <= w.at || !height)
                height = h.value;
            if (h.at > w.at)
                break;
        }
        if (const auto bmi = VitalSigns::bmi(w.value, height))
            bmis.append({w.at, *bmi, 0});
    }
    return bmis;
}

const Clock &PatientVitals::clock() const
{
    return m_vault.clock();
}

} // namespace relais
