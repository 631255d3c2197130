#include "models/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace talentflow {

QString describeSqlError(const QSqlError &error, SqlFailure *failure)
{
    SqlFailure kind = SqlFailure::Other;
    // The failures a person can act on, in the language the window shows; SQLite's own words otherwise.
    QString text = error.text();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = SqlFailure::Busy;
        text = QCoreApplication::translate("talentflow::Database",
                                           "the database is busy: another program is writing to it; try again in a moment");
        break;
    case SQLITE_CORRUPT:
        kind = SqlFailure::Damaged;
        text = QCoreApplication::translate("talentflow::Database", "the file is damaged (%1)").arg(error.databaseText());
        break;
    case SQLITE_NOTADB:
        kind = SqlFailure::NotSqlite;
        text = QCoreApplication::translate("talentflow::Database", "not a Talentflow database (not an SQLite file)");
        break;
    case SQLITE_READONLY:
        text = QCoreApplication::translate("talentflow::Database", "the database is read-only");
        break;
    default:
        break;
    }
    if (failure)
        *failure = kind;
    return text;
}

} // namespace talentflow
