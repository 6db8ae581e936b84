#pragma once

#include "domain/Allergy.h"
#include "domain/MedicalHistory.h"
#include "domain/PatientDetailsRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace relais {

class Vault;

// The parts of a patient's file beyond identity: the administrative details (columns of
// patient), allergies and the "no known allergy" statements, conditions and treatments.
class PatientFileRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientFileRepository)

public:
    static constexpr auto Allergies = "patient_allergy";
    static constexpr auto AllergyStatements = "patient_allergy_statement";
    static constexpr auto Conditions = "patient_condition";
    static constexpr auto Treatments = "patient_treatment";

    explicit PatientFileRepository(const Vault &vault);

    Result<std::optional<PatientDetailsRecord>> details(const QString &patientId) const;
    static QVariantMap columnsOf(const PatientDetailsRecord &details);

    Result<QList<Allergy>> allergies(const QString &patientId) const; // by kind, substance
    static QVariantMap columnsOf(const Allergy &allergy);
    // Live allergies typed as free text, with no substance code: (id, substance) pairs.
    Result<QList<std::pair<QString, QString>>> allergiesWithoutCode() const;
    static QVariantMap substanceCodeColumns(const QString &code);
    // The live "no known allergy" statements of a file (normally one).
    Result<QStringList> noneKnownStatements(const QString &patientId) const;
    struct Statement
    {
        QString byName; // the account's name, or its id when the account is unknown here
        QDateTime at;
    };
    // The latest "no known allergy" statement, if any.
    Result<std::optional<Statement>> latestNoneKnown(const QString &patientId) const;
    static QVariantMap noneKnownColumns(const QString &patientId, const QString &byUser,
                                        const QDateTime &at);

    // ALD first, then by category, newest first.
    Result<QList<Condition>> conditions(const QString &patientId) const;
    static QVariantMap columnsOf(const Condition &condition); // without patient_id
    // Current ones first, then the latest stopped.
    Result<QList<Treatment>> treatments(const QString &patientId) const;
    static QVariantMap columnsOf(const Treatment &treatment); // without patient_id
    // The file a treatment belongs to, or empty when it is no longer in any.
    Result<QString> patientOfTreatment(const QString &treatmentId) const;

    static QString consentCode(Consent consent); // "", "yes", "no"
    static Consent consentFromCode(const QString &code);

private:
    const Vault &m_vault;
};

} // namespace relais
