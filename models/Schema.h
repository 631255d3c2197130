#pragma once

#include <QSqlDatabase>
#include <QString>

namespace talentflow {

// Creates every table and index of the current schema version on an empty database.
bool createSchema(QSqlDatabase &db, QString *error);

} // namespace talentflow
