#pragma once

#include "models/RoleFilter.h"
// The value types and the lane layout, here so that existing includes keep working.
#include "models/TimelineData.h"
#include "models/TimelineLayout.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// Everything that decides which data a timeline chart is drawn from.
struct TimelineQuery
{
    TimelineKind kind = TimelineKind::Departures;
    LaneGrouping grouping = LaneGrouping::Person;
    RoleFilter filter;
    qint64 foundersCompanyId = 0; // 0: OpenAI
};

class TimelineRepository
{
public:
    explicit TimelineRepository(QSqlDatabase db);

    // Lanes of people (or companies) under the table's filter: their roles at the filtered
    // company (or all) as bars, and their moves at, from or to it as markers.
    std::optional<TimelineData> departures(const RoleFilter &filter, LaneGrouping grouping, QString *error) const;

    // The people with a "founded" move at the company, each lane running from the founding
    // through departures and returns, and the count of founders still there over time.
    std::optional<FounderTimeline> founders(qint64 companyId, QString *error) const;

    // How many moves the database holds, roughly: the highest id, an index lookup rather than a
    // count of every row. Enough to tell a large database from a small one.
    std::optional<int> movementCount(QString *error) const;
    // The departures or the founding team, as the query asks.
    std::optional<TimelineInput> load(const TimelineQuery &query, QString *error) const;

    // The id of a company by its English name, for the founder view of OpenAI.
    std::optional<qint64> companyIdByName(const QString &nameEn, QString *error) const;

private:
    bool loadNames(TimelineData &data, QString *error) const;
    // Flags the moves that bring someone back to a company they had left.
    bool markReturns(TimelineData &data, QString *error) const;
    // Of these people, those whose paths could hold a return (a superset of those that do).
    std::optional<QList<qint64>> mayReturn(const QList<qint64> &people, QString *error) const;
    // Reads the articles the markers cite, for a chart's numbered sources.
    bool loadCitedSources(TimelineData &data, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace talentflow
