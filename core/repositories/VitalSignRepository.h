#pragma once

#include "domain/VitalRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace relais {

class Vault;

// Measurements (vital_sign), kept as versions: a correction supersedes the record it replaces.
class VitalSignRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::VitalSignRepository)

public:
    static constexpr auto Table = "vital_sign";

    explicit VitalSignRepository(const Vault &vault);

    Result<std::optional<VitalRecord>> find(const QString &id) const;
    // Every version of a file's measurements, newest first (the current one before the one it
    // corrects when taken at the same time).
    Result<QList<VitalRecord>> allOfPatient(const QString &patientId) const;
    // The current values only, newest first.
    Result<QList<VitalRecord>> currentOfPatient(const QString &patientId) const;
    // The current values taken for a consultation, in the order taken.
    Result<QList<VitalRecord>> ofConsultation(const QString &consultationId) const;
    // Current values attached to no consultation, taken on UTC dates `from` to `to`.
    Result<QList<VitalRecord>> unattachedBetween(const QString &patientId, const QDate &from,
                                                 const QDate &to) const;
    // One kind's current values from `since` (all when invalid), oldest first.
    Result<QList<VitalPoint>> series(const QString &patientId, VitalKind kind,
                                     const QDateTime &since) const;
    // The measurement imported from `source`, or empty.
    Result<QString> idFromSource(const QString &source) const;

    static QVariantMap columnsOf(const VitalRecord &record);
    static QVariantMap supersededColumns();
    // A measurement taken before its consultation was started joins it.
    static QVariantMap attachColumns(const QString &consultationId);

private:
    Result<QList<VitalRecord>> select(const QString &where, const QVariantList &values,
                                      const QString &order) const;

    const Vault &m_vault;
};

} // namespace relais
