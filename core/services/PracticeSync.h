#pragma once

#include "domain/Patient.h"
#include "security/Session.h"
#include "sync/Invitation.h"
#include "sync/Synchronizer.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace relais {

class Vault;

// Sync as the window and the command line use it, with who may do what: any member of the
// practice syncs; setting the practice up on its hub and letting a new workstation in are an
// administrator's acts. A sync with no one logged in (a scheduled one) only runs once the
// practice is set up.
class PracticeSync
{
    Q_DECLARE_TR_FUNCTIONS(relais::PracticeSync)

public:
    explicit PracticeSync(Vault &vault);

    Result<SyncReport> sync(const std::optional<Session> &session, const QString &hub = {},
                            const QString &password = {},
                            const Synchronizer::Progress &progress = {});
    Result<Invitation::Made> invite(const Session &session);
    // Enrols the workstations that answered this one's invitations.
    Result<int> grantAnswered(const Session &session);
    // An administrator revokes a lost or stolen workstation (Synchronizer::revoke), then
    // syncs, so that the others learn it and get the new key. Returns that sync's report.
    Result<SyncReport> revoke(const Session &session, const QString &deviceId,
                              const Synchronizer::Progress &progress = {});
    // Makes a fresh vault a workstation of the practice that invited it: `hub` says where the
    // hub is, the code gives the login.
    static Status join(Vault &vault, const QString &hub, const QString &code,
                       const Invitation::Waiting &waiting);

    struct Workstation
    {
        QString deviceId;
        QString name;
        bool revoked = false;
        bool thisOne = false;
        QDateTime enrolledAt;
    };
    struct State
    {
        bool setUp = false;
        QString hub;
        QString practiceId;
        QString deviceId;
        QDateTime lastSync;
        QString lastResult;
        int pending = 0;
        int keptAside = 0;
        qint64 clockOffsetMs = 0;
        QList<Workstation> workstations;
    };
    Result<State> state() const;

    // Every how many minutes the window syncs by itself on this workstation; 0: only when asked.
    int autoSyncMinutes() const;
    Status setAutoSyncMinutes(int minutes);

    // Two files that may be one person, found after a sync brought one of them: shown in the
    // Sync section until someone merges them or says they are two people.
    struct Duplicate
    {
        PatientHit first;
        PatientHit second;
        int score = 0;
    };
    Result<QList<Duplicate>> duplicates(const Session &session) const;
    Status dismissDuplicate(const Session &session, const QString &firstId,
                            const QString &secondId);
    // Looks for files the given ones may duplicate; returns how many pairs are new.
    Result<int> findDuplicates(const QStringList &patientIds);

    struct KeptAside
    {
        qint64 id = 0;
        QDateTime receivedAt;
        QString kind; // frozen, clock, refused
        QString device;
        QString entity;
        QString entityId;
        QString reason;
    };
    Result<QList<KeptAside>> keptAside() const;

private:
    Vault &m_vault;
};

} // namespace relais
