#include "models/FilterCondition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "models/SqlDialect.h"
#include <QStringList>

namespace talentflow {

namespace {

const QString companyPlaceholder = QStringLiteral(":filter_company");
const QString peoplePlaceholder = QStringLiteral(":filter_people");

// A search's people travel as one bound JSON array, read back as a table (models/SqlDialect).
QString idsAsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString column(const QString &alias, const char *name)
{
    return alias + QLatin1Char('.') + QLatin1String(name);
}

SqlCondition joined(const QStringList &parts, QList<QPair<QString, QVariant>> values)
{
    SqlCondition condition;
    if (!parts.isEmpty())
        condition.sql = parts.join(QLatin1String(" AND "));
    condition.values = std::move(values);
    return condition;
}

} // namespace

void SqlCondition::bindTo(QSqlQuery &query) const
{
    for (const auto &[name, value] : values)
        query.bindValue(name, value);
}

namespace FilterCondition {

bool showsNothing(const RoleFilter &filter)
{
    return filter.personIds && filter.personIds->isEmpty();
}

SqlCondition roles(const RoleFilter &filter, const QString &alias, const QSqlDatabase &db)
{
    if (showsNothing(filter))
        return joined({QStringLiteral("FALSE")}, {});
    QStringList parts;
    QList<QPair<QString, QVariant>> values;
    if (filter.companyId) {
        parts.append(column(alias, "company_id") + QStringLiteral(" = ") + companyPlaceholder);
        values.append({companyPlaceholder, *filter.companyId});
    }
    if (filter.personIds) {
        parts.append(column(alias, "person_id") + QStringLiteral(" IN (SELECT value FROM %1 AS filter_ids)")
                                                         .arg(SqlDialect::idTable(db, peoplePlaceholder)));
        values.append({peoplePlaceholder, idsAsJson(*filter.personIds)});
    }
    return joined(parts, std::move(values));
}

namespace {

// The people the filter's roles belong to, as a subquery "(SELECT …)" with its bound values. An
// alias of its own, so the subquery never captures the caller's table.
SqlCondition shownPeople(const RoleFilter &filter, const QSqlDatabase &db)
{
    SqlCondition shown = roles(filter, QStringLiteral("filter_role"), db);
    shown.sql = QStringLiteral("(SELECT DISTINCT filter_role.person_id FROM role filter_role WHERE %1)").arg(shown.sql);
    return shown;
}

} // namespace

SqlCondition people(const RoleFilter &filter, const QString &alias, const QSqlDatabase &db)
{
    if (!filter.companyId && !filter.personIds)
        return SqlCondition();
    SqlCondition condition = shownPeople(filter, db);
    condition.sql = column(alias, "person_id") + QStringLiteral(" IN ") + condition.sql;
    return condition;
}

SqlCondition movements(const RoleFilter &filter, const QString &alias, const QSqlDatabase &db)
{
    if (!filter.companyId)
        return people(filter, alias, db);
    // Each of the company's two indexes pairs it with the person, so the moves are found in the
    // indexes alone: "at or to the company" tested on the rows read every one of its moves from
    // the table (9,644 at the largest company, for 179 of its people's).
    SqlCondition condition = shownPeople(filter, db);
    condition.sql = column(alias, "id")
        + QStringLiteral(" IN (SELECT company_move.id FROM movement company_move WHERE company_move.company_id = %1 "
                         "AND company_move.person_id IN %2 UNION ALL SELECT company_move.id FROM movement company_move "
                         "WHERE company_move.to_company_id = %1 AND company_move.person_id IN %2)")
              .arg(companyPlaceholder, condition.sql);
    return condition;
}

SqlCondition flowMoves(const RoleFilter &filter, const QString &alias, const QSqlDatabase &db)
{
    RoleFilter people = filter;
    people.companyId.reset();
    return roles(people, alias, db);
}

SqlCondition flowTransfers(const RoleFilter &filter, const QString &alias)
{
    if (!filter.companyId)
        return SqlCondition();
    SqlCondition condition;
    condition.sql = QStringLiteral("(%1 = %3 OR %2 = %3)")
                        .arg(column(alias, "from_company"), column(alias, "to_company"), companyPlaceholder);
    condition.values.append({companyPlaceholder, *filter.companyId});
    return condition;
}

} // namespace FilterCondition

} // namespace talentflow
