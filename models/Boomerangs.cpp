#include "models/Boomerangs.h"

#include <algorithm>

namespace talentflow {

namespace {

// An arrival at or a departure from a company, as one fact states it.
struct Step
{
    CompanyRecord company;
    PartialDate date;
    FactRef fact;
    bool ousted = false;
    bool reinstated = false;
};

bool isMove(const Step &step)
{
    return step.fact.type == FactType::Movement;
}

// Whether the departure certainly comes before the arrival.
bool before(const Step &departure, const Step &arrival)
{
    if (departure.fact.type == arrival.fact.type && departure.fact.id == arrival.fact.id)
        return false;
    if (departure.date.isKnown() && arrival.date.isKnown()) {
        if (departure.date.lastDay() < arrival.date.firstDay())
            return true;
        // Within one stated month or year, only the path the moves were listed in orders them
        // (ousted in November 2023, reinstated in November 2023).
        return departure.date.firstDay() <= arrival.date.firstDay() && isMove(departure) && isMove(arrival)
            && departure.fact.id < arrival.fact.id;
    }
    // Where a date is missing, the path the moves were listed in orders them.
    if (isMove(departure) && isMove(arrival))
        return departure.fact.id < arrival.fact.id;
    // A role that is over at an unstated time comes before an undated move back to its company.
    return !isMove(departure) && isMove(arrival) && !arrival.date.isKnown();
}

} // namespace

QList<Boomerang> boomerangsOf(const PersonDetail &person)
{
    QList<Step> departures;
    QList<Step> arrivals;
    for (const MovementView &move : person.movements) {
        const FactRef fact{FactType::Movement, move.id};
        if (move.kind == QLatin1String("founded") || move.kind == QLatin1String("joined")
            || move.kind == QLatin1String("reinstated"))
            arrivals.append({move.company, move.date, fact, false, move.kind == QLatin1String("reinstated")});
        if (move.kind == QLatin1String("left") || move.kind == QLatin1String("fired") || move.kind == QLatin1String("ousted")) {
            departures.append({move.company, move.date, fact, move.kind == QLatin1String("ousted"), false});
            if (move.destination)
                arrivals.append({*move.destination, move.date, fact, false, false});
        }
    }
    // A role's start is an arrival only where stated; its end is a departure only where the
    // articles say it is over at a time they do not give: a dated end is a move's business.
    // An undated end is a departure only where the person holds no role there any more: Brockman,
    // CTO and then President of OpenAI, changed roles without leaving.
    const auto holdsARoleAt = [&person](qint64 companyId) {
        return std::any_of(person.roles.cbegin(), person.roles.cend(), [companyId](const RoleView &role) {
            return role.company.id == companyId && !role.end.isKnown() && !role.endedUndated;
        });
    };
    for (const RoleView &role : person.roles) {
        const FactRef fact{FactType::Role, role.id};
        if (role.start.isKnown())
            arrivals.append({role.company, role.start, fact});
        if (role.endedUndated && !holdsARoleAt(role.company.id))
            departures.append({role.company, PartialDate(), fact});
    }

    QList<Boomerang> found;
    for (const Step &arrival : arrivals) {
        const Step *latest = nullptr;
        for (const Step &departure : departures) {
            if (departure.company.id != arrival.company.id || !before(departure, arrival))
                continue;
            // The departure just before the return: the latest stated date, else the latest in the path.
            const bool later = !latest
                || (departure.date.isKnown() && (!latest->date.isKnown() || latest->date.firstDay() < departure.date.firstDay()))
                || (!departure.date.isKnown() && !latest->date.isKnown() && isMove(departure)
                    && (!isMove(*latest) || latest->fact.id < departure.fact.id));
            if (later)
                latest = &departure;
        }
        if (!latest)
            continue;
        // One return for each company and time: the move and the role it began say it once, at
        // whatever precision each states it (2023 and February 2023); undated ones are one when
        // they follow the same departure.
        const bool known = std::any_of(found.cbegin(), found.cend(), [&](const Boomerang &b) {
            if (b.company.id != arrival.company.id || b.returned.isKnown() != arrival.date.isKnown())
                return false;
            if (!arrival.date.isKnown())
                return b.departure.type == latest->fact.type && b.departure.id == latest->fact.id;
            return (b.returned.firstDay() <= arrival.date.firstDay() && arrival.date.lastDay() <= b.returned.lastDay())
                || (arrival.date.firstDay() <= b.returned.firstDay() && b.returned.lastDay() <= arrival.date.lastDay());
        });
        if (known)
            continue;
        found.append({arrival.company, latest->date, arrival.date, latest->ousted && arrival.reinstated, latest->fact,
                      arrival.fact});
    }
    std::stable_sort(found.begin(), found.end(), [](const Boomerang &a, const Boomerang &b) {
        if (a.returned.isKnown() != b.returned.isKnown())
            return a.returned.isKnown();
        return a.returned.isKnown() && a.returned.firstDay() < b.returned.firstDay();
    });
    return found;
}

QString returnedPeopleSql()
{
    // A date's first day, and whether one date's span ends before another's begins: ISO prefixes
    // compared at the coarser of the two precisions.
    const QString firstDay = QStringLiteral("(%1 || substr('-01-01', length(%1) - 3))");
    const QString coarser = QStringLiteral("CASE WHEN length(d.date) < length(a.date) THEN length(d.date) ELSE length(a.date) END");
    const QString endsBefore = QStringLiteral("substr(d.date, 1, %1) < substr(a.date, 1, %1)").arg(coarser);
    return QStringLiteral(
               "SELECT DISTINCT a.person_id FROM ("
               "SELECT person_id, company_id, date, 1 AS is_move, id FROM movement "
               "WHERE kind IN ('founded', 'joined', 'reinstated') "
               "UNION ALL SELECT person_id, to_company_id, date, 1, id FROM movement "
               "WHERE kind IN ('left', 'fired', 'ousted') AND to_company_id IS NOT NULL "
               "UNION ALL SELECT person_id, company_id, start_date, 0, id FROM role WHERE start_date IS NOT NULL) a "
               "JOIN ("
               "SELECT person_id, company_id, date, 1 AS is_move, id FROM movement WHERE kind IN ('left', 'fired', 'ousted') "
               "UNION ALL SELECT r.person_id, r.company_id, NULL, 0, r.id FROM role r WHERE r.ended_undated = 1 "
               "AND NOT EXISTS (SELECT 1 FROM role o WHERE o.person_id = r.person_id AND o.company_id = r.company_id "
               "AND o.end_date IS NULL AND o.ended_undated = 0)) d "
               "ON d.person_id = a.person_id AND d.company_id = a.company_id "
               "WHERE NOT (d.is_move = a.is_move AND d.id = a.id) AND ("
               "(d.date IS NOT NULL AND a.date IS NOT NULL AND (%1 OR (d.is_move = 1 AND a.is_move = 1 AND d.id < a.id "
               "AND %2 <= %3))) "
               "OR ((d.date IS NULL OR a.date IS NULL) AND d.is_move = 1 AND a.is_move = 1 AND d.id < a.id) "
               "OR (d.is_move = 0 AND a.is_move = 1 AND a.date IS NULL))")
        .arg(endsBefore, firstDay.arg(QStringLiteral("d.date")), firstDay.arg(QStringLiteral("a.date")));
}

} // namespace talentflow
