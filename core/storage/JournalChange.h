#pragma once

#include "util/HybridClock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace relais {

// One change to one synced record, as the change journal keeps it and as another workstation
// applies it: the record's whole new state (its declared columns only), who made it, on which
// device and clock, and the schema version it was written under. Self-contained, so that sync
// can seal it as it is.
struct JournalChange
{
    Q_DECLARE_TR_FUNCTIONS(relais::JournalChange)

public:
    static constexpr int Format = 1;

    QString changeId; // UUIDv7, unique across the practice
    QString table;
    QString id;
    HlcTimestamp clock; // the record's clock after the change; its device made it
    QString userId;     // who made it
    int schemaVersion = 0;
    bool deleted = false;
    QJsonObject row; // column -> value, without id, clock and tombstone

    QByteArray toPayload() const;
    // A column's value as a change carries it (bytes in base64); QJsonValue::toVariant() reads
    // it back for the vault, which stores it by the column's type.
    static QJsonValue jsonOf(const QVariant &value);
    // Checks the shape only (every field there and of the right kind); whether the table and
    // columns exist here is the vault's to check when applying.
    static Result<JournalChange> fromPayload(const QByteArray &payload);
};

} // namespace relais
