#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

class QIODevice;

namespace relais {

class Vault;

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

// Reading the audit trail, for administrators only.
class AuditBrowser
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditBrowser)

public:
    explicit AuditBrowser(Vault &vault);

    // Newest first.
    Result<QList<AuditEntry>> entries(const Session &session, const AuditFilter &filter) const;
    // RFC 4180 CSV with a header line, UTF-8; the export itself is audited.
    Status exportCsv(const Session &session, const QList<AuditEntry> &entries, QIODevice &out);

private:
    // Fills each entry's subject, looking each record up once.
    void nameSubjects(const Session &session, QList<AuditEntry> &entries) const;

    Vault &m_vault;
};

} // namespace relais
