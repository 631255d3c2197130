#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// The tables of a team's PostgreSQL database: those of a Talentflow file at the same schema
// version, in PostgreSQL's words, plus who made each logged change and the two group roles.
namespace TeamSchema {

// The group roles a newsroom's logins are granted: viewers read, editors also write.
QString viewerRole();
QString editorRole();

// The notification every committed write sends (LISTEN talentflow_changed): once per transaction,
// whichever client or tool made it.
QString changeChannel();

// Creates the schema, records its version and grants both roles their rights, in one
// transaction, on an empty database. Creates the roles when the cluster has none yet (the
// connection's user then needs CREATEROLE).
bool create(QSqlDatabase &db, QString *error);

// Whether the database holds a Talentflow schema.
std::optional<bool> exists(QSqlDatabase &db, QString *error);
// The version the database's schema is at; 0 for a database that holds no Talentflow schema.
std::optional<int> version(QSqlDatabase &db, QString *error);

} // namespace TeamSchema

} // namespace talentflow
