#include "DerivedTables.h"

#include "Connection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

Status exec(QSqlQuery &query, const QString &id)
{
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(
            sqlError(DerivedTables::tr("Indexing the patient failed"), query.lastError()));
    return {};
}

Status refreshPatient(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM patient_token WHERE patient_id = ?"));
    if (Status ok = exec(clear, id); !ok)
        return ok;

    QSqlQuery row(db);
    row.setForwardOnly(true);
    row.prepare(
        QStringLiteral("SELECT search_key, deleted, merged_into FROM patient WHERE id = ?"));
    if (Status ok = exec(row, id); !ok)
        return ok;
    if (!row.next())
        return {};
    const bool live = row.value(QStringLiteral("deleted")).toInt() == 0 &&
                      row.value(QStringLiteral("merged_into")).toString().isEmpty();
    if (!live) {
        QSqlQuery unseen(db);
        unseen.prepare(QStringLiteral("DELETE FROM patient_seen WHERE patient_id = ?"));
        return exec(unseen, id);
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO patient_token (token, patient_id) VALUES (?, ?)"));
    const QStringList words = row.value(QStringLiteral("search_key"))
                                  .toString()
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        insert.addBindValue(word);
        if (Status ok = exec(insert, id); !ok)
            return ok;
    }
    return {};
}

} // namespace

Status DerivedTables::refresh(const QSqlDatabase &db, const QString &table, const QString &id)
{
    if (table == QLatin1String("patient"))
        return refreshPatient(db, id);
    return {};
}

} // namespace relais
