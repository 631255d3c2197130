#include "models/DatabaseCopy.h"

#include "models/Schema.h"
#include "models/SqlDialect.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace talentflow {

namespace {

// Every table of data, each after those its rows refer to. The search index and the counts are
// derived, and the schema's version is each database's own.
const char *const copiedTables[] = {"source",  "source_version", "company",  "person",     "person_alias", "dispute",
                                    "dispute_side", "role",      "movement", "citation",   "change_log",   "name_reading"};

bool failed(const QSqlError &why, const QString &table, QString *error)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(table, why.text());
    return false;
}

QString quoted(const QSqlDatabase &db, const QString &column)
{
    return db.driver()->escapeIdentifier(column, QSqlDriver::FieldName);
}

// Copies one table's rows: the columns both databases have (a column only the target has takes
// NULL where it may, as the source says nothing of it, and its default otherwise).
bool copyTable(QSqlDatabase &from, QSqlDatabase &to, const QString &table, qint64 *rows, QString *error)
{
    const QSqlRecord source = from.record(table);
    const QSqlRecord target = to.record(table);
    if (source.isEmpty() || target.isEmpty())
        return failed(QSqlError(QStringLiteral("the table is missing"), {}, QSqlError::StatementError), table, error);
    QStringList read;
    QStringList written;
    QStringList nulled;
    for (int i = 0; i < target.count(); ++i) {
        const QString name = target.fieldName(i);
        if (source.contains(name)) {
            read.append(quoted(from, name));
            written.append(quoted(to, name));
        } else if (target.field(i).requiredStatus() != QSqlField::Required) {
            nulled.append(quoted(to, name));
        }
    }
    const bool hasId = source.contains(QStringLiteral("id"));
    QSqlQuery select(from);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT %1 FROM %2%3")
                         .arg(read.join(QLatin1String(", ")), from.driver()->escapeIdentifier(table, QSqlDriver::TableName),
                              hasId ? QStringLiteral(" ORDER BY id") : QString())))
        return failed(select.lastError(), table, error);
    QStringList placeholders;
    for (int i = 0; i < written.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    for (int i = 0; i < nulled.size(); ++i)
        placeholders.append(QStringLiteral("NULL"));
    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(to.driver()->escapeIdentifier(table, QSqlDriver::TableName),
                                 (written + nulled).join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")))))
        return failed(insert.lastError(), table, error);
    *rows = 0;
    while (select.next()) {
        for (int i = 0; i < written.size(); ++i)
            insert.bindValue(i, select.value(i));
        if (!insert.exec())
            return failed(insert.lastError(), table, error);
        ++*rows;
    }
    if (select.lastError().isValid())
        return failed(select.lastError(), table, error);
    return !hasId || SqlDialect::followExplicitIds(to, table, error);
}

} // namespace

std::optional<bool> DatabaseCopy::isEmpty(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM source LIMIT 1) a) "
                                   "+ (SELECT count(*) FROM (SELECT 1 FROM person LIMIT 1) b) "
                                   "+ (SELECT count(*) FROM (SELECT 1 FROM company LIMIT 1) c) "
                                   "+ (SELECT count(*) FROM (SELECT 1 FROM change_log LIMIT 1) d)"))
        || !query.next()) {
        failed(query.lastError(), QStringLiteral("checking that it is empty"), error);
        return std::nullopt;
    }
    return query.value(0).toInt() == 0;
}

std::optional<CopyStats> DatabaseCopy::copy(QSqlDatabase &from, QSqlDatabase &to, QString *error, const Progress &progress)
{
    const std::optional<bool> empty = isEmpty(to, error);
    if (!empty)
        return std::nullopt;
    if (!*empty) {
        if (error)
            *error = QStringLiteral("the target already holds data; a copy goes into an empty database only");
        return std::nullopt;
    }
    if (!SqlDialect::beginSnapshot(from, error))
        return std::nullopt;
    const auto endRead = qScopeGuard([&from] { from.rollback(); });
    if (!to.transaction()) {
        failed(to.lastError(), QStringLiteral("starting the copy"), error);
        return std::nullopt;
    }
    auto undo = qScopeGuard([&to] { to.rollback(); });

    CopyStats stats;
    for (const char *name : copiedTables) {
        const QString table = QString::fromLatin1(name);
        qint64 rows = 0;
        if (!copyTable(from, to, table, &rows, error))
            return std::nullopt;
        ++stats.tables;
        stats.rows += rows;
        if (table == QLatin1String("movement"))
            stats.movements = rows;
        else if (table == QLatin1String("citation"))
            stats.citations = rows;
        if (progress && !progress(table, rows)) {
            if (error)
                *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
    }
    // The search index is built from the rows, by the target's own statements.
    if (!rebuildSearchIndex(to, error))
        return std::nullopt;
    if (!to.commit()) {
        failed(to.lastError(), QStringLiteral("finishing the copy"), error);
        return std::nullopt;
    }
    undo.dismiss();
    return stats;
}

} // namespace talentflow
