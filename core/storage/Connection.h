#pragma once

#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace relais {

// One named QtSql connection through the SQLCipher driver, removed from QtSql's registry when it
// goes away (QSqlDatabase::removeDatabase must run after every copy of the handle is gone).
class Connection
{
public:
    enum class Mode
    {
        Create,
        ReadWrite,
        ReadOnly
    };

    // Opens the file with the key; an empty key opens a plain SQLite file.
    static Result<std::unique_ptr<Connection>> open(const QString &path, const SecureBytes &key,
                                                    Mode mode);
    ~Connection();

    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &database() { return m_db; }
    const QString &path() const { return m_path; }

    // Runs statements that must succeed, one by one; the first failure is returned.
    Status exec(const QString &sql);
    // Runs "PRAGMA name" (or "PRAGMA name = value") and returns the value it reports.
    Result<QVariant> pragma(const char *name, const QString &value = {});
    // For statements that carry a key: never through a QString.
    Status execSecret(const SecureBytes &sql);

private:
    Connection(const QSqlDatabase &db, QString path);
    QSqlDatabase m_db;
    QString m_path;
};

// Turns an SQL failure into an error for the user, keeping SQLite's reason for the log.
Error sqlError(const QString &what, const class QSqlError &error);

// Prepares, binds and runs a forward-only query; on failure, `what` says what was being done.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                           const QString &what);

} // namespace relais
