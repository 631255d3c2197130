#include "ui/CompanyListLoader.h"

#include "models/BrowseRepository.h"
#include "ui/BackgroundTask.h"

namespace talentflow {

void CompanyListLoader::setDatabase(Database *database, bool large)
{
    m_database = database;
    m_large = large;
    ++m_generation;
}

void CompanyListLoader::load(DisplayLanguage language)
{
    const int generation = ++m_generation;
    m_language = language;
    if (!m_database) {
        emit loaded({}, language);
        return;
    }
    using Companies = std::optional<QList<CompanyRecord>>;
    const auto finish = [this, generation, language](const Companies &companies, const QString &error) {
        if (generation != m_generation)
            return;
        if (!companies)
            emit failed(error);
        emit loaded(companies.value_or(QList<CompanyRecord>()), language);
    };
    if (!m_large) {
        QString error;
        finish(BrowseRepository(m_database->connection()).companies(&error), error);
        return;
    }
    using Outcome = QPair<Companies, QString>;
    runInBackground<Outcome>(
        this, m_database->path(),
        [](Database &database) {
            QString error;
            Companies companies = BrowseRepository(database.connection()).companies(&error);
            return Outcome{std::move(companies), error};
        },
        [finish](const Outcome &outcome) { finish(outcome.first, outcome.second); },
        [finish](const QString &error) { finish(std::nullopt, error); });
}

} // namespace talentflow
