#pragma once

#include "interop/FhirBundle.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace relais {

class Vault;

// Patients and vital signs in and out as FHIR R4, so that a practice can bring its files from
// other software and send them on. Importing needs EditPatients and RecordVitals; exporting,
// ReadPatients. Every import is audited record by record through the write path.
class FhirExchange
{
    Q_DECLARE_TR_FUNCTIONS(relais::FhirExchange)

public:
    struct Report
    {
        QString file;
        int patientsCreated = 0;
        int patientsKnown = 0; // imported before (same source id), or a Relais file coming back
        int vitalsImported = 0;
        int vitalsKnown = 0;
        QMap<QString, int> skipped;
        QStringList notes;
        QString summary() const; // one paragraph for a person
    };
    using Progress = std::function<void(int done, int total, const QString &file)>;
    // What importing several bundles did: those filed, and why it stopped early if it did.
    struct Batch
    {
        int total = 0;
        QList<Report> reports;        // the bundles filed, in order
        std::optional<Error> refused; // why the next bundle was refused; the rest not tried
        bool stopped = false;         // stopped on request before the end
        QStringList notImported;      // the refused one, then those not tried
        bool complete() const { return !refused; }
        QString summary() const;     // one sentence for a person
        QStringList details() const; // one line per bundle
    };

    explicit FhirExchange(Vault &vault);

    // One bundle, one transaction: all of it is filed, or nothing. Importing the same bundle
    // again changes nothing.
    Result<Report> importFile(const Session &session, const QString &file);
    // Several bundles, each on its own; stops at the first refused one (those before it stay), or
    // before the next bundle when `stop` says so.
    Batch importBatch(const Session &session, const QStringList &files,
                      const Progress &progress = {}, const std::function<bool()> &stop = {});
    // The same, for callers that only need the reports or the refusal.
    Result<QList<Report>> importFiles(const Session &session, const QStringList &files,
                                      const Progress &progress = {});
    // A collection bundle: the Patient and its current vital-sign Observations.
    Result<QByteArray> exportPatient(const Session &session, const QString &patientId);

private:
    Vault &m_vault;
};

} // namespace relais
