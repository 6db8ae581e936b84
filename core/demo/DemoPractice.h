#pragma once

#include "services/PatientRegistry.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace relais {

class Vault;

// A practice of invented people, for demonstrations, screenshots and the benchmark. Names are
// drawn from common French surnames and given names; nobody real is described. The same seed
// gives the same practice.
class DemoPractice
{
    Q_DECLARE_TR_FUNCTIONS(relais::DemoPractice)

public:
    using Progress = std::function<void(int done, int total)>;

    // The demo's accounts: "medecin" (physician and administrator), "assistante" (medical
    // assistant) and, when it has patients, "medecin2" (physician), all with this password.
    // Shown to whoever creates the demo.
    static constexpr auto Password = "Relais-demo-2026";

    // Marks the vault as a demo one, writes the practice, its accounts and `patients`
    // patients through the vault's write path, in batches (one transaction each). With a BDPM
    // folder, imports its substances first, and the allergies are linked to them.
    static Status populate(Vault &vault, int patients, quint32 seed = 2022,
                           const Progress &progress = {}, const QString &bdpmFolder = {});
    static bool isDemo(const Vault &vault);

    // One invented patient with a consistent NIR, birth place and mobile phone; exposed for the
    // benchmark and the crash test. The same state gives the same patient.
    static PatientIdentity makePatient(quint32 &state);
    // The patient as raw columns, for tests that exercise the vault's write path alone.
    static QVariantMap fields(const PatientIdentity &patient);

    // The rest of an invented file: some history and treatments (more with age), now and then
    // an allergy, and for half of them coverage (and the session's physician as referring
    // doctor, when the session is a physician's). Through the services, one change at a time.
    static Status fillFile(Vault &vault, const Session &session, const QString &id,
                           const PatientIdentity &patient, quint32 &state);

private:
    static Status prepareToday(Vault &vault, const Session &session, quint32 &state);
    // Prescriptions: drafts by the assistant for today's prepared files, waiting for the GP's
    // signature, and a few signed ones (one printed) in other files.
    static Status preparePrescriptions(Vault &vault, const Session &physician,
                                       const Session &assistant);
    // Two physicians' weeks, the practice's appointment types, and three weeks of
    // appointments around today among `patients` (some recurring, one overbooked, a few
    // cancelled or not honoured), booked by `assistant` through the Agenda service.
    // This morning's waiting room: the patients whose time is past came, were seen or are
    // still waiting.
    static Status prepareWaitingRoom(Vault &vault, const Session &assistant, quint32 &state);
    static Status prepareAgenda(Vault &vault, const Session &admin, const Session &assistant,
                                const QStringList &patients, quint32 &state);
};

} // namespace relais
