#include "models/SqlDialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace talentflow {

namespace {

bool failed(const QSqlError &why, QString *error)
{
    if (error)
        *error = why.text();
    return false;
}

} // namespace

bool SqlDialect::isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool SqlDialect::beginSnapshot(QSqlDatabase &db, QString *error)
{
    if (!db.transaction())
        return failed(db.lastError(), error);
    if (!isPostgres(db))
        return true;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        db.rollback();
        return failed(query.lastError(), error);
    }
    return true;
}

bool SqlDialect::followExplicitIds(QSqlDatabase &db, const QString &table, QString *error)
{
    if (!isPostgres(db))
        return true;
    QSqlQuery query(db);
    // The table's name is bound as a value (pg_get_serial_sequence reads it as text).
    query.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                                 "GREATEST((SELECT max(id) FROM %1), 1), (SELECT max(id) FROM %1) IS NOT NULL)")
                      .arg(db.driver()->escapeIdentifier(table, QSqlDriver::TableName)));
    query.bindValue(QStringLiteral(":table"), table);
    return query.exec() || failed(query.lastError(), error);
}

} // namespace talentflow
