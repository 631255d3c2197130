#include "models/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace talentflow {

QString describeSqlError(const QSqlError &error, SqlFailure *failure)
{
    SqlFailure kind = SqlFailure::Other;
    // The failures a person can act on, in the language the window shows; the engine's own words otherwise.
    QString text = error.text();
    if (error.driverText().startsWith(QLatin1String("QPSQL"))) {
        // PostgreSQL's codes are SQLSTATEs ("55P03"), never SQLite's numbers.
        const QString state = error.nativeErrorCode();
        if (state == QLatin1String("55P03") || state == QLatin1String("40001") || state == QLatin1String("40P01")) {
            kind = SqlFailure::Busy;
            text = QCoreApplication::translate("talentflow::Database",
                                               "the team database is busy: another editor is writing to it; try again in a moment");
        }
        if (failure)
            *failure = kind;
        return text;
    }
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
