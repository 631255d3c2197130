#include "models/PeopleRepository.h"

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
        "SELECT p.id, p.name_en, p.name_zh, "
        "  (SELECT group_concat(alias, char(31)) FROM person_alias WHERE person_id = p.id) "
        "FROM person p WHERE p.name_en = :name COLLATE NOCASE OR p.name_zh = :name "
        "  OR EXISTS (SELECT 1 FROM person_alias a WHERE a.person_id = p.id AND a.alias = :name COLLATE NOCASE) "
        "ORDER BY p.id"));
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
