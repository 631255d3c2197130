#include "models/BrowseRepository.h"

#include "models/FilterCondition.h"

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
            // Index probes per company, not a scan of every role and move.
            "SELECT id, name_en, name_zh FROM company c WHERE EXISTS (SELECT 1 FROM role WHERE company_id = c.id) "
            "OR EXISTS (SELECT 1 FROM movement WHERE company_id = c.id) "
            "OR EXISTS (SELECT 1 FROM movement WHERE to_company_id = c.id) "
            "ORDER BY COALESCE(NULLIF(name_en, ''), name_zh) COLLATE NOCASE"))) {
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
    const SqlCondition people = FilterCondition::roles(filter, QStringLiteral("r"));
    const SqlCondition movements = FilterCondition::movements(filter, QStringLiteral("m"));
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
