#include "models/SearchRepository.h"

#include "models/Boomerangs.h"
#include "models/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace talentflow {

SearchRepository::SearchRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<qint64>> SearchRepository::matchingPeople(const QString &text, QString *error) const
{
    const QString needle = text.trimmed();
    QSqlQuery query(m_db);
    if (needle.size() >= 3) {
        // The trigram index answers substring queries of three or more characters. The text is
        // one FTS5 string, in which only the double quote needs escaping.
        query.prepare(QStringLiteral(
            "SELECT DISTINCT person_id FROM search_index WHERE search_index MATCH :phrase ORDER BY person_id"));
        QString phrase = needle;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        query.bindValue(QStringLiteral(":phrase"), QLatin1Char('"') + phrase + QLatin1Char('"'));
    } else {
        // One or two characters (佐夫) are below the trigram size: a LIKE scan with escaped wildcards.
        QString pattern = needle;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
        pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
        query.prepare(QStringLiteral("SELECT DISTINCT person_id FROM search_index WHERE text LIKE :pattern ESCAPE '\\' "
                                     "ORDER BY person_id"));
        query.bindValue(QStringLiteral(":pattern"), QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<RoleFilter> SearchRepository::resolve(const FilterRequest &request, QString *error) const
{
    RoleFilter filter;
    if (request.companyId)
        filter.companyId = request.companyId;
    filter.returnedOnly = request.returnedOnly;
    const QString text = request.search.trimmed();
    if (!text.isEmpty()) {
        std::optional<QList<qint64>> people = matchingPeople(text, error);
        if (!people)
            return std::nullopt;
        filter.personIds = std::move(*people);
    }
    if (request.returnedOnly) {
        // Resolved once into ids here, where the session may run it off the window's thread:
        // every view's query then reads a short list instead of comparing every move.
        QSqlQuery returned(m_db);
        returned.setForwardOnly(true);
        if (!returned.exec(returnedPeopleSql())) {
            if (error)
                *error = describeSqlError(returned.lastError());
            return std::nullopt;
        }
        QList<qint64> ids;
        while (returned.next()) {
            const qint64 id = returned.value(0).toLongLong();
            if (!filter.personIds || filter.personIds->contains(id))
                ids.append(id);
        }
        filter.personIds = std::move(ids);
    }
    return filter;
}

} // namespace talentflow
