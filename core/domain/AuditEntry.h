#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace relais {

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // local time
    QString userId;
    QString userName; // the account's name, or the id for "system" and unknown logins
    QString action;
    QString entity;
    QString entityId;
    // Whom or what the record is about, in words: the patient's name (for those allowed to read
    // patients), a user's name; empty when there is nothing more to say than the id.
    QString subject;
};

struct AuditFilter
{
    QString userId;   // empty: everyone
    QString entityId; // a record's id (a patient's, say); empty: any
    QDate from;       // inclusive; null: no bound
    QDate to;         // inclusive; null: no bound
    int limit = 10'000;
};

} // namespace relais
