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

QString SqlDialect::idTable(const QSqlDatabase &db, const QString &placeholder)
{
    if (!isPostgres(db))
        return QStringLiteral("json_each(%1)").arg(placeholder);
    return QStringLiteral("(SELECT CAST(listed.value AS BIGINT) AS value, listed.key - 1 AS key "
                          "FROM json_array_elements_text(CAST(%1 AS json)) WITH ORDINALITY AS listed(value, key))")
        .arg(placeholder);
}

QString SqlDialect::commaList(const QSqlDatabase &db, const QString &expression)
{
    if (!isPostgres(db))
        return QStringLiteral("group_concat(%1)").arg(expression);
    return QStringLiteral("string_agg(CAST(%1 AS TEXT), ',' ORDER BY %1)").arg(expression);
}

QString SqlDialect::jsonRowsOpen(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("json_agg(json_build_array") : QStringLiteral("json_group_array(json_array");
}

QString SqlDialect::jsonRowsClose(const QSqlDatabase &db, const QString &order)
{
    return isPostgres(db) ? QStringLiteral(") ORDER BY %1)").arg(order) : QStringLiteral("))");
}

QString SqlDialect::caseless(const QSqlDatabase &db, const QString &expression)
{
    if (!isPostgres(db))
        return expression + QStringLiteral(" COLLATE NOCASE");
    return QStringLiteral("lower(%1) COLLATE \"C\"").arg(expression);
}

QString SqlDialect::byCodePoint(const QSqlDatabase &db, const QString &expression)
{
    if (!isPostgres(db))
        return expression;
    return expression + QStringLiteral(" COLLATE \"C\"");
}

QString SqlDialect::orderedJoin(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
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
