#pragma once

#include "domain/MedicalHistory.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace relais {

class Vault;

// The medical history and current treatments of a patient's file. Every change goes through the
// vault's write path; removing keeps a tombstone.
class PatientHistory
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientHistory)

public:
    static constexpr auto FieldLabel = "label";
    static constexpr auto FieldIcd10 = "icd10";
    static constexpr auto FieldSince = "since";
    static constexpr auto FieldAldUntil = "aldUntil";
    static constexpr auto FieldDrug = "drug";
    static constexpr auto FieldEndedOn = "endedOn";

    explicit PatientHistory(Vault &vault);

    // ALD conditions first, then by category and date.
    Result<QList<Condition>> conditions(const Session &session, const QString &patientId) const;
    // Creates the condition when it has no id yet, else changes it. Returns its id.
    Result<QString> saveCondition(const Session &session, const Condition &condition);
    Status removeCondition(const Session &session, const QString &conditionId);

    // Current treatments first, then stopped ones, newest first.
    Result<QList<Treatment>> treatments(const Session &session, const QString &patientId) const;
    Result<QString> saveTreatment(const Session &session, const Treatment &treatment);
    Status stopTreatment(const Session &session, const QString &treatmentId, const QDate &on);
    Status removeTreatment(const Session &session, const QString &treatmentId);

    static QString display(Condition::Category category);
    // "Type 2 diabetes (E11.9, until 31/12/2028)", or the "no ALD" sentence.
    static QString aldSummary(const QList<Condition> &conditions);
    // "03/2015" from "2015-03"; empty stays empty.
    static QString displaySince(const QString &stored);

private:
    Result<Condition> normalise(const Condition &typed) const;
    Result<Treatment> normalise(const Treatment &typed) const;
    Result<QString> save(const Session &session, const QString &table, const QString &id,
                         const QString &patientId, const QVariantMap &fields);
    Status remove(const Session &session, const QString &table, const QString &id);

    Vault &m_vault;
};

} // namespace relais
