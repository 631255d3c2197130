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

QString SqlDialect::greater(const QSqlDatabase &db, const QString &a, const QString &b)
{
    return QStringLiteral("%1(%2, %3)").arg(isPostgres(db) ? QStringLiteral("GREATEST") : QStringLiteral("max"), a, b);
}

namespace {

// A LIKE pattern that finds the text as it is: its wildcards and the escape character escaped.
QString likePattern(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

// One FTS5 string, in which only the double quote needs escaping.
QString ftsPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

} // namespace

SqlCondition SqlDialect::searchTextContains(const QSqlDatabase &db, const QString &needle)
{
    SqlCondition condition;
    if (isPostgres(db)) {
        condition.sql = QStringLiteral("text ILIKE :contains ESCAPE '\\'");
        condition.values.append({QStringLiteral(":contains"), likePattern(needle)});
    } else if (needle.size() >= 3) {
        condition.sql = QStringLiteral("search_index MATCH :contains");
        condition.values.append({QStringLiteral(":contains"), ftsPhrase(needle)});
    } else {
        // One or two characters (佐夫) are below the trigram size: a LIKE scan with escaped wildcards.
        condition.sql = QStringLiteral("text LIKE :contains ESCAPE '\\'");
        condition.values.append({QStringLiteral(":contains"), likePattern(needle)});
    }
    return condition;
}

SqlCondition SqlDialect::searchTextSharesTrigram(const QSqlDatabase &db, const QStringList &trigrams, const QString &typed)
{
    SqlCondition condition;
    if (!isPostgres(db)) {
        QStringList phrases;
        for (const QString &gram : trigrams)
            phrases.append(ftsPhrase(gram));
        condition.sql = QStringLiteral("search_index MATCH :trigrams");
        condition.values.append({QStringLiteral(":trigrams"), phrases.join(QStringLiteral(" OR "))});
        return condition;
    }
    QStringList any;
    for (qsizetype i = 0; i < trigrams.size(); ++i) {
        const QString name = QStringLiteral(":trigram%1").arg(i);
        any.append(QStringLiteral("text ILIKE %1 ESCAPE '\\'").arg(name));
        condition.values.append({name, likePattern(trigrams.at(i))});
    }
    condition.sql = QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    condition.values.append({QStringLiteral(":typed"), typed});
    return condition;
}

QString SqlDialect::searchTrigramOrder(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("ORDER BY similarity(text, :typed) DESC, rowid") : QStringLiteral("ORDER BY rank");
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

bool SqlDialect::beginWrite(QSqlDatabase &db, QSqlError *why)
{
    QSqlQuery begin(db);
    if (!begin.exec(isPostgres(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
        *why = begin.lastError();
        return false;
    }
    if (!isPostgres(db))
        return true;
    // The key is the application id ("TFlw"), so no other program's advisory lock meets it.
    QSqlQuery lock(db);
    if (lock.exec(QStringLiteral("SET LOCAL lock_timeout = '5s'"))
        && lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1413901431)")))
        return true;
    *why = lock.lastError();
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return false;
}

QString SqlDialect::returningId(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral(" RETURNING id") : QString();
}

qint64 SqlDialect::insertedId(QSqlQuery &insert)
{
    if (!insert.driver() || insert.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return insert.lastInsertId().toLongLong();
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    return id;
}

QString SqlDialect::equalsCaseless(const QSqlDatabase &db, const QString &column, const QString &placeholder)
{
    if (!isPostgres(db))
        return QStringLiteral("%1 = %2 COLLATE NOCASE").arg(column, placeholder);
    return QStringLiteral("lower(%1) = lower(%2)").arg(column, placeholder);
}

QString SqlDialect::position(const QSqlDatabase &db, const QString &text, const QString &needle)
{
    return QStringLiteral("%1(%2, %3)").arg(isPostgres(db) ? QStringLiteral("strpos") : QStringLiteral("instr"), text, needle);
}

QString SqlDialect::unitSeparatedList(const QSqlDatabase &db, const QString &expression)
{
    if (!isPostgres(db))
        return QStringLiteral("group_concat(%1, char(31))").arg(expression);
    return QStringLiteral("string_agg(%1, chr(31))").arg(expression);
}

QString SqlDialect::jsonInteger(const QSqlDatabase &db, const QString &json, const QString &keyPlaceholder)
{
    if (!isPostgres(db))
        return QStringLiteral("json_extract(%1, '$.' || %2)").arg(json, keyPlaceholder);
    // Only a number is read as one: rows logged by older versions hold "" for a missing id.
    const QString value = QStringLiteral("(CAST(%1 AS json) ->> CAST(%2 AS TEXT))").arg(json, keyPlaceholder);
    return QStringLiteral("CASE WHEN %1 ~ '^-?[0-9]+$' THEN CAST(%1 AS BIGINT) END").arg(value);
}

QString SqlDialect::insertOrIgnore(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("INSERT INTO") : QStringLiteral("INSERT OR IGNORE INTO");
}

QString SqlDialect::ignoreConflict(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString();
}

QString SqlDialect::isSame(const QSqlDatabase &db, const QString &column, const QString &placeholder)
{
    return QStringLiteral("%1 %2 %3").arg(column, isPostgres(db) ? QStringLiteral("IS NOT DISTINCT FROM") : QStringLiteral("IS"),
                                          placeholder);
}

} // namespace talentflow
