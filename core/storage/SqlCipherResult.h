#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace relais {

class SqlCipherDriver;

// One prepared statement. SQLite only steps forward, so a scrollable query (what QSqlQueryModel
// needs) keeps every row it steps over; a forward-only query reads its current row from the
// statement itself.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    SqlCipherResult(const SqlCipherResult &) = delete;
    SqlCipherResult &operator=(const SqlCipherResult &) = delete;

    // Called by the driver when it closes, so that no statement outlives its connection.
    void finalize();
    // Done with the statement: handed back to the driver for the next query of the same SQL.
    void release();
    // The statement, when it stands on the query's current row (a forward-only query): its
    // columns can then be read with SQLite's own functions, without a QVariant for each.
    sqlite3_stmt *statementOnRow() const { return onStatementRow() ? m_stmt : nullptr; }

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QVariant lastInsertId() const override;
    QSqlRecord record() const override { return isSelect() ? m_record : QSqlRecord(); }
    QVariant handle() const override;
    void detachFromResultSet() override;

private:
    bool bindAll(const QVariantList &values);
    bool step();
    QVariant columnValue(int column) const;
    QVariantList currentRow() const;
    // Whether the current row is the one the statement stands on (forward-only queries).
    bool onStatementRow() const;
    void readRecord();
    void fail(const QString &what, QSqlError::ErrorType type);
    const SqlCipherDriver *cipherDriver() const;

    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql; // the statement's text, its key in the driver's cache
    QSqlRecord m_record;
    QList<QVariantList> m_rows; // m_rows[0] is row number m_firstRow
    int m_firstRow = 0;
    int m_stepped = -1; // the number of the row the statement last stepped onto
    bool m_exhausted = true;
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

} // namespace relais
