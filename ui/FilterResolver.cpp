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
    QStringList description;
    if (companyId) {
        filter.companyId = companyId;
        description.append(QCoreApplication::translate("talentflow::MainWindow", "Company: %1").arg(companyName));
    }
    const QString text = search.trimmed();
    if (text.isEmpty() || !m_database) {
        emit resolved(filter, description.join(QStringLiteral(" · ")), QString());
        return;
    }
    description.append(QCoreApplication::translate("talentflow::MainWindow", "Search: “%1”").arg(text));
    const QString joined = description.join(QStringLiteral(" · "));
    const auto finish = [this, generation, filter, joined, text](const std::optional<QList<qint64>> &people, const QString &error) {
        if (generation != m_generation)
            return;
        if (!people) {
            emit failed(error);
            return;
        }
        RoleFilter found = filter;
        found.personIds = *people;
        emit resolved(found, joined, text);
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
