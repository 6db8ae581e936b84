#pragma once

#include "domain/Actor.h"
#include "sync/HubLogin.h"
#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace relais {

class Hub;
class Vault;

// Bringing a new workstation into the practice. An administrator's workstation makes a
// one-time code (valid 15 minutes) and tells the hub only the code's first part, which names
// the invitation; the rest stays on the two workstations. The new workstation answers with its
// public keys, sealed with a key derived from the code (Argon2id); the inviting one enrols it
// and answers with the practice's keys, sealed to the new workstation's own key pair and again
// with the code's key. The hub relays both and can read neither, nor pass for either side.
class Invitation
{
    Q_DECLARE_TR_FUNCTIONS(relais::Invitation)

public:
    static constexpr qint64 ValidityMs = 15LL * 60 * 1000;

    struct Made
    {
        QString code; // ABCD-EFGH-JKLM-NPQR, to type on the new workstation
        QDateTime expiresAt;
    };
    // Makes an invitation on this workstation (set up for sync) and registers it on the hub.
    static Result<Made> make(Vault &vault, Hub &hub);
    // Enrols the workstations that answered this workstation's invitations and grants them the
    // practice's keys; returns how many. `actor` is who enrols them. `beforeGranting` runs once,
    // before the first of them is granted (when there is one).
    static Result<int> grantAnswered(Vault &vault, Hub &hub, const Actor &actor,
                                     const std::function<Status()> &beforeGranting = {});

    using Waiting = std::function<bool(qint64 remainingMs)>; // false: stop waiting
    // On the new workstation, with its fresh vault: answers the invitation, waits for the grant
    // (asking `waiting` every second), then keeps the practice's keys and the hub's address.
    // `hub` is reached with the invitation's login (hubLogin); joining makes it this
    // workstation's, under a new password.
    static Status join(Vault &vault, Hub &hub, const QString &typed, const Waiting &waiting);
    // The login an invitation makes on the hub for the workstation it invites, from the code
    // (normalised): both workstations derive it, the hub is told only its password's verifier.
    static HubLogin hubLogin(const QString &code);

    // The code as typed: case, spaces and dashes ignored; O read as 0, I and L as 1.
    static QString normalise(const QString &typed);
    // The code normalised, or why it cannot be one (before asking the hub anything).
    static Result<QString> checkCode(const QString &typed);
};

} // namespace relais
