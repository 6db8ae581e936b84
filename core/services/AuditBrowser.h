#pragma once

#include "domain/AuditEntry.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

class QIODevice;

namespace relais {

class Vault;

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
