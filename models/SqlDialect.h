#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include "models/FilterCondition.h"

namespace talentflow {

// What SQLite and PostgreSQL say differently, in one place; the rest of models/ speaks the SQL
// both understand.
namespace SqlDialect {

bool isPostgres(const QSqlDatabase &db);

// A list of ids bound as one JSON array (":placeholder"), as a table to select from: its column
// value holds each id, key its place in the list from 0. SQLite's json_each; PostgreSQL's
// json_array_elements_text, numbered.
QString idTable(const QSqlDatabase &db, const QString &placeholder);

// The values of a group joined with commas, in their order: SQLite's group_concat keeps the order
// its rows come in (a sorted subquery), PostgreSQL's string_agg is told it.
QString commaList(const QSqlDatabase &db, const QString &expression);

// The rows of a group as one JSON array of arrays: jsonRowsOpen(db) + "(a, b, c" +
// jsonRowsClose(db, order). SQLite's json_group_array keeps the order its rows come in;
// PostgreSQL's json_agg is told the order.
QString jsonRowsOpen(const QSqlDatabase &db);
QString jsonRowsClose(const QSqlDatabase &db, const QString &order);

// The expression as a sort or comparison key that ignores case (SQLite's NOCASE; PostgreSQL
// lowers it and compares code points, as SQLite does, whatever the server's locale).
QString caseless(const QSqlDatabase &db, const QString &expression);

// The expression sorted by code point, as SQLite sorts text, whatever the server's locale.
QString byCodePoint(const QSqlDatabase &db, const QString &expression);

// An inner join that keeps the tables in the order written, where the order is the plan
// (SQLite's CROSS JOIN; PostgreSQL's planner chooses its own and takes a plain JOIN).
QString orderedJoin(const QSqlDatabase &db);

// The greater of two values (SQLite's two-argument max, PostgreSQL's GREATEST).
QString greater(const QSqlDatabase &db, const QString &a, const QString &b);

// Entries of search_index whose text holds the needle anywhere, ignoring case: SQLite's FTS5
// trigram index for three characters or more (a LIKE scan below), PostgreSQL's ILIKE, which its
// pg_trgm index answers.
SqlCondition searchTextContains(const QSqlDatabase &db, const QString &needle);

// Entries of search_index that share one of these trigrams, the likeliest first (SQLite's FTS5
// rank, PostgreSQL's pg_trgm similarity to the typed text).
SqlCondition searchTextSharesTrigram(const QSqlDatabase &db, const QStringList &trigrams, const QString &typed);
// Its ordering, to follow the WHERE clause of searchTextSharesTrigram.
QString searchTrigramOrder(const QSqlDatabase &db);

// Starts a transaction that reads one consistent state of the whole database however long it
// runs: SQLite's read transaction is one already, PostgreSQL's needs repeatable read.
bool beginSnapshot(QSqlDatabase &db, QString *error);

// After rows were written with their ids given, the next id the database makes for the table
// follows the highest: SQLite's rowids do by themselves, PostgreSQL's identity sequences are set.
bool followExplicitIds(QSqlDatabase &db, const QString &table, QString *error);

// Starts a write transaction that no other writer runs beside: SQLite's BEGIN IMMEDIATE takes the
// file's write lock; on PostgreSQL every Talentflow writer takes one advisory lock, waiting at most
// a few seconds for it, so an edit reads and writes with no other edit between.
bool beginWrite(QSqlDatabase &db, QSqlError *why);

// What follows an INSERT's VALUES so that insertedId can read the new row's id: nothing for SQLite
// (its last rowid), " RETURNING id" for PostgreSQL, whose driver knows no last id.
QString returningId(const QSqlDatabase &db);
// The id of the row the INSERT just executed wrote (written with returningId).
qint64 insertedId(QSqlQuery &insert);

// column = :placeholder, ignoring case (SQLite's NOCASE; PostgreSQL lowers both).
QString equalsCaseless(const QSqlDatabase &db, const QString &column, const QString &placeholder);

// Where the needle starts in the text, from 1; 0 when it is not there (instr, strpos).
QString position(const QSqlDatabase &db, const QString &text, const QString &needle);

// A group's texts joined with the unit separator (U+001F), which no name holds.
QString unitSeparatedList(const QSqlDatabase &db, const QString &expression);

// An INSERT that skips a row whose unique key is taken: insertOrIgnore(db) + " table (…) VALUES (…)"
// + ignoreConflict(db) (SQLite's INSERT OR IGNORE, PostgreSQL's ON CONFLICT DO NOTHING).
QString insertOrIgnore(const QSqlDatabase &db);
QString ignoreConflict(const QSqlDatabase &db);

// column equals the bound value, a NULL equalling a NULL (SQLite's IS, PostgreSQL's IS NOT DISTINCT FROM).
QString isSame(const QSqlDatabase &db, const QString &column, const QString &placeholder);

// The integer at a key of a JSON object stored as text (the key a bound placeholder).
QString jsonInteger(const QSqlDatabase &db, const QString &json, const QString &keyPlaceholder);

} // namespace SqlDialect

} // namespace talentflow
