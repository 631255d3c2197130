#pragma once

#include "models/Records.h"
#include "models/RoleFilter.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace talentflow {

struct SourceSummary
{
    int articles = 0;
    QStringList publishers; // those the articles state
};

struct ShownCounts
{
    int people = 0;
    int movements = 0;
};

// Small lookups the browsing views need: the company list and what a filter shows.
class BrowseRepository
{
public:
    explicit BrowseRepository(QSqlDatabase db);

    // Companies that appear in any role or movement, by English name.
    std::optional<QList<CompanyRecord>> companies(QString *error) const;
    // One company by id; nullopt (and no error) if there is none.
    std::optional<CompanyRecord> company(qint64 id, QString *error) const;
    // People shown by the roles table under this filter, and their movements (at the company,
    // from or to it, when one is chosen).
    std::optional<ShownCounts> shownCounts(const RoleFilter &filter, QString *error) const;

    std::optional<SourceSummary> sourceSummary(QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
