#pragma once

#include "domain/Prescription.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

namespace relais {

class Vault;

// Prescriptions and their lines (prescription, prescription_line), mapped by column name.
// Written through the write path, which the write policy guards: a signed one never changes.
class PrescriptionRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionRepository)

public:
    static constexpr auto Prescriptions = "prescription";
    static constexpr auto Lines = "prescription_line";
    static constexpr auto Templates = "prescription_template";

    explicit PrescriptionRepository(const Vault &vault);

    // With its lines in order; none when there is no such prescription (or it was removed).
    Result<std::optional<Prescription>> find(const QString &id) const;
    // The patient's prescriptions, the newest first, with their lines.
    Result<QList<Prescription>> ofPatient(const QString &patientId) const;
    // Every draft not signed yet, the oldest first, with their lines.
    Result<QList<Prescription>> drafts() const;
    // The practice's templates, by name.
    Result<QList<PrescriptionTemplate>> templates() const;
    static QVariantMap fieldsOf(const PrescriptionTemplate &t);

    // The columns of a prescription as the write path takes them (not its lines).
    static QVariantMap fieldsOf(const Prescription &prescription);
    static QVariantMap fieldsOf(const PrescriptionLine &line, const QString &prescriptionId,
                                int position);

private:
    Result<QList<Prescription>> withLines(QList<Prescription> prescriptions) const;

    const Vault &m_vault;
};

} // namespace relais
