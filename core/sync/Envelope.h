#pragma once

#include "sync/DeviceKeys.h"
#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// What the hub sees of an envelope, and what binds it: the envelope id, the practice, the
// workstation that sealed it and the key epoch are the cipher's associated data, so the hub can
// neither move a sealed change to another practice or workstation nor replay it under a new id.
struct EnvelopeHeader
{
    QString envelopeId; // a UUID that carries no clock (idFor, or random)
    QString practiceId;
    QString deviceId;
    int epoch = 0;
};

struct SealedEnvelope
{
    EnvelopeHeader header;
    int paddedSize = 0;
    QByteArray sealed;
    qint64 seq = 0; // the hub's sequence, once pushed
};

// Seals one message for the hub: padded to a size bucket (so that sizes tell little), encrypted
// and authenticated with the practice's sync key (XChaCha20-Poly1305), then signed by the
// workstation (Ed25519) so that a member of the practice cannot pass for another.
class Envelope
{
    Q_DECLARE_TR_FUNCTIONS(relais::Envelope)

public:
    static constexpr int KeyBytes = 32;

    static SecureBytes newSyncKey();
    static SealedEnvelope seal(const EnvelopeHeader &header, const QByteArray &plaintext,
                               const SecureBytes &syncKey, const DeviceKeys &signer);
    // Checks the signature against the workstation's public key, then decrypts. Refused, with
    // a reason fit for the log (no content), when either fails.
    static Result<QByteArray> open(const SealedEnvelope &envelope, const SecureBytes &syncKey,
                                   const QByteArray &signerPublic);
    // The padded size of a message of this many bytes: 256, 512, 1 KiB ... then 64 KiB steps.
    static int bucketFor(qsizetype size);
    // The envelope id of a change: the same for the same change (a batch pushed again after
    // its acknowledgement was lost is stored once), yet unlinkable to it without the practice's
    // key. The change's own id is time-ordered and would tell the hub each change's clock.
    static QString idFor(const QString &changeId, const SecureBytes &syncKey);
    // An envelope id for what has no change id of its own (the audit trail's batches).
    static QString randomId();

private:
    static QByteArray associatedData(const EnvelopeHeader &header);
};

} // namespace relais
