#pragma once

#include <QSqlDatabase>
#include <QString>

namespace talentflow {

// What SQLite and PostgreSQL say differently, in one place; the rest of models/ speaks the SQL
// both understand.
namespace SqlDialect {

bool isPostgres(const QSqlDatabase &db);

// Starts a transaction that reads one consistent state of the whole database however long it
// runs: SQLite's read transaction is one already, PostgreSQL's needs repeatable read.
bool beginSnapshot(QSqlDatabase &db, QString *error);

// After rows were written with their ids given, the next id the database makes for the table
// follows the highest: SQLite's rowids do by themselves, PostgreSQL's identity sequences are set.
bool followExplicitIds(QSqlDatabase &db, const QString &table, QString *error);

} // namespace SqlDialect

} // namespace talentflow
