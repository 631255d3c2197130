#include "models/FlowRepository.h"

#include "models/SqlDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace talentflow {

FlowRepository::FlowRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

namespace {

// The period of a date (an ISO prefix) as SQL: the first year of its span, or of its era.
QString periodOf(const QString &date, FlowPeriods periods, QList<QPair<QString, QVariant>> &values)
{
    const QString year = QStringLiteral("CAST(substr(%1, 1, 4) AS INTEGER)").arg(date);
    if (periods != FlowPeriods::Eras) {
        values.append({QStringLiteral(":flow_span"), FlowPeriod::lastYear(0, periods) + 1});
        return QStringLiteral("(%1 - ((%1 % :flow_span) + :flow_span) % :flow_span)").arg(year);
    }
    QStringList cases;
    const QList<int> starts = FlowPeriod::eraStarts();
    for (qsizetype i = starts.size() - 1; i >= 0; --i) {
        const QString name = QStringLiteral(":flow_era_%1").arg(i);
        cases.append(QStringLiteral("WHEN %1 >= %2 THEN %2").arg(year, name));
        values.append({name, starts.at(i)});
    }
    return QStringLiteral("(CASE %1 ELSE 0 END)").arg(cases.join(QLatin1Char(' ')));
}

} // namespace

SqlCondition FlowRepository::statement(const FlowQuery &query, const QSqlDatabase &db)
{
    // A path needs all of a person's moves, so the company filter applies to the transfers.
    const SqlCondition people = FilterCondition::flowMoves(query.filter, QStringLiteral("m"), db);
    const SqlCondition company = FilterCondition::flowTransfers(query.filter, QStringLiteral("t"));
    SqlCondition statement;
    statement.values = people.values + company.values;
    statement.values.append({QStringLiteral(":flow_undated"), FlowPeriod::undatedBase});
    const QString fromPeriod = periodOf(QStringLiteral("t.from_date"), query.periods, statement.values);
    const QString toPeriod = periodOf(QStringLiteral("t.to_date"), query.periods, statement.values);
    statement.sql = QStringLiteral(
        // The moves that change where someone is, each with the latest date stated up to it in
        // the order the data set lists the person's moves: an undated move keeps its place there.
        "WITH ev AS ("
        "SELECT m.id, m.person_id, m.company_id, m.to_company_id, m.date, "
        "CASE WHEN m.kind IN ('left', 'fired', 'ousted') THEN 1 ELSE 0 END AS departs, "
        "max(m.date) OVER (PARTITION BY m.person_id ORDER BY m.id) AS path_date "
        "FROM movement m WHERE m.kind IN ('founded', 'joined', 'reinstated', 'left', 'fired', 'ousted') AND %1), "
        // Each person's path: stated dates in order, undated moves where they are listed.
        "path AS (SELECT ev.*, row_number() OVER w AS ord, "
        "lag(departs) OVER w AS prev_departs, lag(company_id) OVER w AS prev_company, "
        "lag(to_company_id) OVER w AS prev_to, "
        "lead(departs) OVER w AS next_departs, lead(company_id) OVER w AS next_company, "
        "lead(date) OVER w AS next_date, lead(id) OVER w AS next_id "
        "FROM ev WINDOW w AS (PARTITION BY person_id ORDER BY coalesce(date, path_date) NULLS FIRST, id)), "
        "step AS ("
        // A departure that names the destination; an arrival there next says when, unless that
        // would date an undated departure.
        "SELECT person_id, company_id AS from_company, date AS from_date, to_company_id AS to_company, "
        "CASE WHEN date IS NULL THEN NULL WHEN next_departs = 0 AND next_company = to_company_id "
        "THEN coalesce(next_date, date) ELSE date END AS to_date, id AS departure_id, "
        "CASE WHEN next_departs = 0 AND next_company = to_company_id AND (date IS NOT NULL OR next_date IS NULL) "
        "THEN next_id END AS arrival_id, ord "
        "FROM path WHERE departs = 1 AND to_company_id IS NOT NULL "
        // A departure to a destination not stated: the next arrival, if the path goes on there.
        "UNION ALL SELECT person_id, company_id, date, CASE WHEN next_departs = 0 THEN next_company END, "
        "CASE WHEN date IS NULL THEN NULL WHEN next_departs = 0 THEN next_date ELSE date END, id, "
        "CASE WHEN next_departs = 0 THEN next_id END, ord "
        "FROM path WHERE departs = 1 AND to_company_id IS NULL "
        // A stay that ends where the next begins: an arrival elsewhere with no departure between.
        "UNION ALL SELECT person_id, CASE WHEN prev_departs = 1 THEN prev_to ELSE prev_company END, date, "
        "company_id, date, NULL, id, ord "
        "FROM path WHERE departs = 0 AND (prev_departs = 0 OR prev_to IS NOT NULL) "
        "AND company_id <> CASE WHEN prev_departs = 1 THEN prev_to ELSE prev_company END), "
        // Undated transfers take steps after every dated period, in each person's own order.
        "transfer AS (SELECT step.*, CASE WHEN to_date IS NULL THEN "
        "row_number() OVER (PARTITION BY person_id, to_date IS NULL ORDER BY ord) END AS undated_step FROM step), "
        "left_at AS (SELECT person_id, company_id, min(ord) AS first_ord FROM path WHERE departs = 1 GROUP BY 1, 2) "
        "SELECT t.from_company, "
        "CASE WHEN t.from_date IS NULL THEN :flow_undated + t.undated_step ELSE %3 END AS from_period, "
        "t.to_company, "
        "CASE WHEN t.to_date IS NULL THEN :flow_undated + t.undated_step ELSE %4 END AS to_period, "
        "%5(t.person_id, p.name_en, p.name_zh, t.departure_id, t.arrival_id, CASE WHEN "
        // A return: the destination is a company the path left before, or (for an undated arrival)
        // one where the articles call a role over at an unstated time and none goes on.
        "l.first_ord <= t.ord OR (t.to_date IS NULL AND EXISTS (SELECT 1 FROM role r WHERE r.person_id = t.person_id "
        "AND r.company_id = t.to_company AND r.ended_undated = 1 AND NOT EXISTS (SELECT 1 FROM role o "
        "WHERE o.person_id = r.person_id AND o.company_id = r.company_id AND o.end_date IS NULL "
        "AND o.ended_undated = 0))) THEN 1 ELSE 0 END%6, "
        "f.name_en, f.name_zh, d.name_en, d.name_zh "
        "FROM transfer t JOIN person p ON p.id = t.person_id JOIN company f ON f.id = t.from_company "
        "LEFT JOIN company d ON d.id = t.to_company "
        "LEFT JOIN left_at l ON l.person_id = t.person_id AND l.company_id = t.to_company "
        // f.id and d.id are the grouped companies again; PostgreSQL then knows their names are one per group.
        "WHERE %2 GROUP BY 1, 2, 3, 4, f.id, d.id ORDER BY 2, 1, 4, 3 NULLS FIRST")
                        .arg(people.sql, company.sql, fromPeriod, toPeriod, SqlDialect::jsonRowsOpen(db),
                             SqlDialect::jsonRowsClose(db, QStringLiteral("t.person_id, t.departure_id")));
    return statement;
}

std::optional<TalentFlowData> FlowRepository::load(const FlowQuery &query, QString *error) const
{
    const auto fail = [error](const QSqlQuery &failed) -> std::optional<TalentFlowData> {
        if (error)
            *error = failed.lastError().text();
        return std::nullopt;
    };
    TalentFlowData data;
    data.periods = query.periods;
    QSqlQuery sources(m_db);
    if (!sources.exec(QStringLiteral("SELECT count(*) FROM source")) || !sources.next())
        return fail(sources);
    data.sourceCount = sources.value(0).toInt();
    if (FilterCondition::showsNothing(query.filter))
        return data;

    const SqlCondition statement = FlowRepository::statement(query, m_db);
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.prepare(statement.sql))
        return fail(rows);
    statement.bindTo(rows);
    if (!rows.exec())
        return fail(rows);
    while (rows.next()) {
        FlowRibbon ribbon;
        ribbon.fromCompanyId = rows.value(0).toLongLong();
        ribbon.fromPeriod = rows.value(1).toInt();
        ribbon.toCompanyId = rows.value(2).isNull() ? FlowRibbon::noDestination : rows.value(2).toLongLong();
        ribbon.toPeriod = rows.value(3).toInt();
        const QJsonArray members = QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).array();
        ribbon.members.reserve(members.size());
        for (const QJsonValue &value : members) {
            const QJsonArray member = value.toArray();
            ribbon.members.append({qint64(member.at(0).toDouble()), member.at(1).toString(), member.at(2).toString(),
                                   qint64(member.at(3).toDouble()), qint64(member.at(4).toDouble()),
                                   member.at(5).toInt() != 0});
        }
        data.companies.insert(ribbon.fromCompanyId, {ribbon.fromCompanyId, rows.value(5).toString(), rows.value(6).toString()});
        if (ribbon.toCompanyId != FlowRibbon::noDestination)
            data.companies.insert(ribbon.toCompanyId, {ribbon.toCompanyId, rows.value(7).toString(), rows.value(8).toString()});
        for (int period : {ribbon.fromPeriod, ribbon.toPeriod}) {
            if (FlowPeriod::isUndated(period))
                data.undatedSteps = qMax(data.undatedSteps, period - FlowPeriod::undatedBase);
        }
        data.ribbons.append(std::move(ribbon));
    }
    if (rows.lastError().isValid())
        return fail(rows);
    data.count();
    keepBusiestCompanies(data, query.companyLimit, query.filter.companyId);
    return data;
}

} // namespace talentflow
