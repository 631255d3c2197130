#include "models/BrowseRepository.h"

#include "models/SqlDialect.h"

#include "models/FilterCondition.h"
#include "models/Summaries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace talentflow {

BrowseRepository::BrowseRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<CompanyRecord>> BrowseRepository::companies(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            // The summary holds exactly the companies some fact names: one probe per company, in
            // the order of its name's index.
            "SELECT id, name_en, name_zh FROM company c WHERE EXISTS (SELECT 1 FROM company_summary WHERE company_id = c.id) "
            "ORDER BY %1, id")
                        .arg(SqlDialect::caseless(m_db, QStringLiteral("COALESCE(NULLIF(name_en, ''), name_zh)"))))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<CompanyRecord> companies;
    while (query.next())
        companies.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return companies;
}

std::optional<CompanyRecord> BrowseRepository::company(qint64 id, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name_en, name_zh FROM company WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return CompanyRecord{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
}

std::optional<ShownCounts> BrowseRepository::shownCounts(const RoleFilter &filter, QString *error) const
{
    if (FilterCondition::showsNothing(filter))
        return ShownCounts{};
    if (!filter.companyId && !filter.personIds) {
        // Everything: the totals the summaries keep, instead of counting every role and move.
        const std::optional<SummaryTotals> totals = Summaries(m_db).totals(error);
        if (!totals)
            return std::nullopt;
        return ShownCounts{totals->peopleWithRoles, int(totals->movements)};
    }
    const SqlCondition people = FilterCondition::roles(filter, QStringLiteral("r"), m_db);
    const SqlCondition movements = FilterCondition::movements(filter, QStringLiteral("m"), m_db);
    ShownCounts counts;
    for (int step = 0; step < 2; ++step) {
        QSqlQuery query(m_db);
        if (step == 0)
            query.prepare(QStringLiteral("SELECT count(DISTINCT r.person_id) FROM role r WHERE ") + people.sql);
        else
            query.prepare(QStringLiteral("SELECT count(*) FROM movement m WHERE ") + movements.sql);
        (step == 0 ? people : movements).bindTo(query);
        if (!query.exec() || !query.next()) {
            if (error)
                *error = query.lastError().text();
            return std::nullopt;
        }
        (step == 0 ? counts.people : counts.movements) = query.value(0).toInt();
    }
    return counts;
}

} // namespace talentflow

namespace talentflow {

std::optional<SourceSummary> BrowseRepository::sourceSummary(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM source")) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    SourceSummary summary;
    summary.articles = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT DISTINCT publisher FROM source WHERE publisher <> '' ORDER BY publisher"))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next())
        summary.publishers.append(query.value(0).toString());
    return summary;
}

} // namespace talentflow
