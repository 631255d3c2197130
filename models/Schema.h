#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace talentflow {

// The last schema version that changed what the search index holds (its entries' rowids, the
// name keys): an upgrade from an older file rebuilds the index, from this one or later keeps it.
constexpr int lastSearchIndexChange = 11;

// Creates every table and index of the current schema version on an empty database.
bool createSchema(QSqlDatabase &db, QString *error);
// Brings a schema from an older version to the current one. The caller holds a transaction.
bool migrateSchema(QSqlDatabase &db, int fromVersion, QString *error);
// Drops the indexes that only serve reads and the triggers that keep the summaries, and returns
// the statements that build them again, so that createIndexes() can run them once many rows are
// in: each index once, each summary with one GROUP BY. The caller holds a transaction.
std::optional<QStringList> dropReadIndexes(QSqlDatabase &db, QString *error);
bool createIndexes(QSqlDatabase &db, const QStringList &definitions, QString *error);
// Refills the full-text index from people, aliases and citations.
bool rebuildSearchIndex(QSqlDatabase &db, QString *error);

} // namespace talentflow
