#pragma once

#include "models/Records.h"
#include "models/RoleFilter.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace talentflow {

// How the talent flow cuts time into columns.
enum class FlowPeriods { Years, TwoYears, FiveYears, Eras };

// A column of the flow: a stated period (keyed by its first year), or a step of the moves no
// article dates, which follow each person's own path after every dated period.
namespace FlowPeriod {
constexpr int undatedBase = 100000;
inline bool isUndated(int period) { return period > undatedBase; }
inline int undatedStep(int step) { return undatedBase + step; }
// The first year of the period holding this year.
int of(int year, FlowPeriods periods);
// The last year of the period starting at this key.
int lastYear(int period, FlowPeriods periods);
// The years where eras begin (the first era holds everything before the first of them).
QList<int> eraStarts();
// A period in plain ASCII for files: "2024", "2024-2025", "before-2015", "2023-", "undated",
// "undated-2" (a step, when the undated moves take more than one).
QString key(int period, FlowPeriods periods, int undatedSteps);
} // namespace FlowPeriod

// One person in a ribbon, with the moves that say so.
struct FlowMember
{
    qint64 personId = 0;
    QString nameEn;
    QString nameZh;
    qint64 departureId = 0; // the move that says they left (0: a stay that ended where the next began)
    qint64 arrivalId = 0;   // the move that says they arrived (0: the departure named the destination)
    bool returning = false; // the destination is a company they had left before

    bool operator==(const FlowMember &other) const
    {
        return personId == other.personId && departureId == other.departureId && arrivalId == other.arrivalId;
    }
};

// People who left one company in one period and arrived at another (or nowhere stated) in the
// same or a later period.
struct FlowRibbon
{
    static constexpr qint64 noDestination = 0;   // left, destination not stated
    static constexpr qint64 otherCompanies = -1; // the companies not among the busiest

    qint64 fromCompanyId = 0;
    int fromPeriod = 0;
    qint64 toCompanyId = noDestination;
    int toPeriod = 0;
    QList<FlowMember> members;
    // The people and the returning people among the members, each counted once by count()
    // when the members are complete; -1: counted on every call (a ribbon built by hand).
    int peopleCounted = -1;
    int returningCounted = -1;

    int people() const;
    int returning() const;
    bool contains(qint64 personId) const;
    // Counts the members once: a ribbon of the whole 1M file carries tens of thousands, and
    // the diagram asks for its counts many times.
    void count();
};

struct FlowQuery
{
    RoleFilter filter;
    FlowPeriods periods = FlowPeriods::Years;
    int companyLimit = 12; // the busiest drawn; the rest become "Other companies"

    bool operator==(const FlowQuery &other) const
    {
        return filter == other.filter && periods == other.periods && companyLimit == other.companyLimit;
    }
};

struct TalentFlowData
{
    FlowPeriods periods = FlowPeriods::Years;
    QList<FlowRibbon> ribbons; // ordered by from period, from company, to period, to company
    QHash<qint64, CompanyRecord> companies;
    int undatedSteps = 0;    // columns for the moves no article dates
    int otherCompanies = 0;  // companies merged into "Other companies"
    int sourceCount = 0;
    int peopleCounted = -1; // people(), once count() has run

    // Every period from the first to the last stated one, then the undated steps.
    QList<int> columns() const;
    // The companies drawn, busiest first, then Other companies if any.
    QList<qint64> companyOrder() const;
    int people() const;
    // Every ribbon's counts and the people moving, once (on the worker that read the ribbons).
    void count();
};

// Keeps the `limit` companies the most people move from or to (and `kept` whatever its size);
// the others become one "Other companies", their ribbons merged.
void keepBusiestCompanies(TalentFlowData &data, int limit, std::optional<qint64> kept);

} // namespace talentflow

Q_DECLARE_METATYPE(talentflow::FlowRibbon)
