#include "models/PeopleRepository.h"

#include "models/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace talentflow {

PeopleRepository::PeopleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<PersonRecord>> PeopleRepository::findByName(const QString &name, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT p.id, p.name_en, p.name_zh, (SELECT %1 FROM person_alias WHERE person_id = p.id) "
        "FROM person p WHERE %2 OR p.name_zh = :name "
        "  OR EXISTS (SELECT 1 FROM person_alias a WHERE a.person_id = p.id AND %3) ORDER BY p.id")
                      .arg(SqlDialect::unitSeparatedList(m_db, QStringLiteral("alias")),
                           SqlDialect::equalsCaseless(m_db, QStringLiteral("p.name_en"), QStringLiteral(":name")),
                           SqlDialect::equalsCaseless(m_db, QStringLiteral("a.alias"), QStringLiteral(":name"))));
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<PersonRecord> people;
    while (query.next()) {
        people.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString().split(QChar(31), Qt::SkipEmptyParts)});
    }
    return people;
}

} // namespace talentflow
