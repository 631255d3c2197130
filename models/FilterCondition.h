#pragma once

#include "models/RoleFilter.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

class QSqlDatabase;
class QSqlQuery;

namespace talentflow {

// A WHERE condition with its values kept apart from the SQL text: placeholders in the text,
// values bound to them when the query runs. Nothing a user typed or a search found is ever
// spliced into SQL.
struct SqlCondition
{
    QString sql = QStringLiteral("TRUE");
    QList<QPair<QString, QVariant>> values;

    // Binds every value to a prepared query.
    void bindTo(QSqlQuery &query) const;
    bool filters() const { return sql != QLatin1String("TRUE"); }
};

// What the table, the counts and the chart show under a filter; the one place a RoleFilter
// becomes SQL. `alias` names the table the condition is about (for example "r" or "m"); `db` is
// the database it runs on, for the few words the two engines say differently.
namespace FilterCondition {

// Roles of the filter's people at the filter's company.
SqlCondition roles(const RoleFilter &filter, const QString &alias, const QSqlDatabase &db);
// The people those roles belong to, as "<alias>.person_id IN (…)".
SqlCondition people(const RoleFilter &filter, const QString &alias, const QSqlDatabase &db);
// The moves of those people at or to the filter's company.
SqlCondition movements(const RoleFilter &filter, const QString &alias, const QSqlDatabase &db);
// The talent flow: the moves of the filter's people, all of them (a path needs every move),
SqlCondition flowMoves(const RoleFilter &filter, const QString &alias, const QSqlDatabase &db);
// and of their transfers (from_company, to_company), those leaving or reaching the filter's company.
SqlCondition flowTransfers(const RoleFilter &filter, const QString &alias);
// Whether the filter excludes everything (a search that found no one).
bool showsNothing(const RoleFilter &filter);

} // namespace FilterCondition

} // namespace talentflow
