#include "models/NameLookup.h"

#include "models/SqlDialect.h"
#include "models/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace talentflow {

namespace {

const QString personNamesSql = QStringLiteral("SELECT id, name_en AS name FROM person WHERE name_en <> '' "
                                              "UNION SELECT id, name_zh FROM person WHERE name_zh <> '' "
                                              "UNION SELECT person_id, alias FROM person_alias");
const QString companyNamesSql = QStringLiteral("SELECT id, name_en AS name FROM company WHERE name_en <> '' "
                                               "UNION SELECT id, name_zh FROM company WHERE name_zh <> ''");

std::optional<QList<NamedId>> readNames(QSqlQuery &query, QString *error)
{
    query.setForwardOnly(true);
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    QList<NamedId> names;
    while (query.next())
        names.append({query.value(0).toLongLong(), query.value(1).toString()});
    return names;
}

std::optional<QList<NamedId>> namedIn(QSqlDatabase db, const QString &namesSql, const QString &text, QString *error)
{
    // Latin names are compared without case (Zoph, ZOPH).
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, at FROM (SELECT id, name, %2 AS at FROM (%1) AS named "
                                 "WHERE length(name) >= 2) AS placed WHERE at > 0")
                      .arg(namesSql, SqlDialect::position(db, QStringLiteral("lower(:text)"), QStringLiteral("lower(name)"))));
    query.bindValue(QStringLiteral(":text"), text);
    query.setForwardOnly(true);
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    struct Mention
    {
        NamedId named;
        int at;
    };
    QList<Mention> mentions;
    while (query.next())
        mentions.append({{query.value(0).toLongLong(), query.value(1).toString()}, query.value(2).toInt()});
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        return a.at != b.at ? a.at < b.at : a.named.name.size() > b.named.name.size();
    });
    QList<NamedId> found;
    for (const Mention &mention : mentions) {
        if (std::none_of(found.cbegin(), found.cend(), [&](const NamedId &n) { return n.id == mention.named.id; }))
            found.append(mention.named);
    }
    return found;
}

} // namespace

NameLookup::NameLookup(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<NamedId>> NameLookup::personNames(QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(personNamesSql + QStringLiteral(" ORDER BY 2"));
    return readNames(query, error);
}

std::optional<QList<NamedId>> NameLookup::companyNames(QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(companyNamesSql + QStringLiteral(" ORDER BY 2"));
    return readNames(query, error);
}

std::optional<QList<NamedId>> NameLookup::peopleNamedIn(const QString &text, QString *error) const
{
    return namedIn(m_db, personNamesSql, text, error);
}

std::optional<QList<NamedId>> NameLookup::companiesNamedIn(const QString &text, QString *error) const
{
    return namedIn(m_db, companyNamesSql, text, error);
}

} // namespace talentflow
