#include "ui/FilterResolver.h"

#include "models/SearchRepository.h"
#include "ui/BackgroundTask.h"

#include <QCoreApplication>

namespace talentflow {

void FilterResolver::setDatabase(Database *database, bool large)
{
    m_database = database;
    m_large = large;
    ++m_generation;
}

void FilterResolver::resolve(qint64 companyId, const QString &companyName, const QString &search)
{
    const int generation = ++m_generation;
    RoleFilter filter;
    FilterDescription description;
    if (companyId) {
        filter.companyId = companyId;
        description.companyName = companyName;
    }
    const QString text = search.trimmed();
    if (text.isEmpty() || !m_database) {
        emit resolved(filter, description);
        return;
    }
    description.search = text;
    const auto finish = [this, generation, filter, description](const std::optional<QList<qint64>> &people, const QString &error) {
        if (generation != m_generation)
            return;
        if (!people) {
            emit failed(error);
            return;
        }
        RoleFilter found = filter;
        found.personIds = *people;
        emit resolved(found, description);
    };
    // Three characters or more are answered by the trigram index in a few milliseconds; only
    // shorter searches scan, and only on a large database is the scan worth a thread.
    if (!m_large || text.size() >= 3) {
        QString error;
        finish(SearchRepository(m_database->connection()).matchingPeople(text, &error), error);
        return;
    }
    runInBackground<std::optional<QList<qint64>>>(
        this, m_database->path(),
        [text](Database &database) {
            QString error;
            return SearchRepository(database.connection()).matchingPeople(text, &error);
        },
        [finish](const std::optional<QList<qint64>> &people) { finish(people, QString()); },
        [finish](const QString &error) { finish(std::nullopt, error); });
}

} // namespace talentflow
