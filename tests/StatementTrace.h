#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

// The SQLite handle under a Qt connection.
inline sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    return *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
}

// Every statement SQLite runs on one connection while it is traced, as prepared (parameters
// unexpanded), each once.
class StatementTrace
{
public:
    explicit StatementTrace(const QSqlDatabase &db)
        : m_handle(sqliteHandleOf(db))
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementTrace::traced, this);
    }
    ~StatementTrace() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    StatementTrace(const StatementTrace &) = delete;
    StatementTrace &operator=(const StatementTrace &) = delete;

    const QStringList &statements() const { return m_statements; }

private:
    static int traced(unsigned, void *self, void *statement, void *)
    {
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        auto *trace = static_cast<StatementTrace *>(self);
        const QString text = QString::fromUtf8(sql ? sql : "");
        if (!text.isEmpty() && !trace->m_statements.contains(text))
            trace->m_statements.append(text);
        return 0;
    }

    sqlite3 *m_handle;
    QStringList m_statements;
};

// The plan of a statement, one detail line each (EXPLAIN QUERY PLAN's last column), with its
// parameters unbound; an error names the statement and SQLite's message instead.
inline QStringList queryPlanOf(sqlite3 *db, const QString &sql, QString *error)
{
    const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    sqlite3_stmt *plan = nullptr;
    QStringList details;
    if (sqlite3_prepare_v2(db, explain.constData(), int(explain.size()), &plan, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("%1: cannot explain: %2").arg(sql, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_finalize(plan);
        return {};
    }
    while (sqlite3_step(plan) == SQLITE_ROW)
        details.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(plan, 3))));
    sqlite3_finalize(plan);
    return details;
}
