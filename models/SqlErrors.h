#pragma once

#include <QString>

class QSqlError;

namespace talentflow {

// The SQLite failures a person can act on; the rest are Other.
enum class SqlFailure { Other, Busy, Damaged, NotSqlite };

// A database error in plain words, and which failure it is. Its own file so that code writing
// to a connection (the import's writer) needs nothing of Database, which seeds through it.
QString describeSqlError(const QSqlError &error, SqlFailure *failure = nullptr);

} // namespace talentflow
