#include "models/SqlErrors.h"

#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace talentflow {

QString describeSqlError(const QSqlError &error, SqlFailure *failure)
{
    SqlFailure kind = SqlFailure::Other;
    QString text = error.text();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = SqlFailure::Busy;
        text = QStringLiteral("the database is busy: another program is writing to it; try again in a moment");
        break;
    case SQLITE_CORRUPT:
        kind = SqlFailure::Damaged;
        text = QStringLiteral("the file is damaged (%1)").arg(error.databaseText());
        break;
    case SQLITE_NOTADB:
        kind = SqlFailure::NotSqlite;
        text = QStringLiteral("not a Talentflow database (not an SQLite file)");
        break;
    case SQLITE_READONLY:
        text = QStringLiteral("the database is read-only");
        break;
    default:
        break;
    }
    if (failure)
        *failure = kind;
    return text;
}

} // namespace talentflow
