#pragma once

#include <QSqlDatabase>
#include <QString>

namespace talentflow {

// Creates every table and index of the current schema version on an empty database.
bool createSchema(QSqlDatabase &db, QString *error);
// Brings a schema from an older version to the current one. The caller holds a transaction.
bool migrateSchema(QSqlDatabase &db, int fromVersion, QString *error);
// Refills the full-text index from people, aliases and citations.
bool rebuildSearchIndex(QSqlDatabase &db, QString *error);

} // namespace talentflow
