#include "models/TalentFlow.h"

#include <QSet>

#include <algorithm>

namespace talentflow {

namespace {

int spanOf(FlowPeriods periods)
{
    switch (periods) {
    case FlowPeriods::Years:
        return 1;
    case FlowPeriods::TwoYears:
        return 2;
    case FlowPeriods::FiveYears:
        return 5;
    case FlowPeriods::Eras:
        return 0;
    }
    return 1;
}

// The period after this one.
int nextPeriod(int period, FlowPeriods periods)
{
    return FlowPeriod::lastYear(period, periods) + 1;
}

} // namespace

QList<int> FlowPeriod::eraStarts()
{
    // OpenAI's founding, its capped-profit company, and the year after ChatGPT's release.
    return {2015, 2019, 2023};
}

int FlowPeriod::of(int year, FlowPeriods periods)
{
    const int span = spanOf(periods);
    if (span > 0)
        return year - (((year % span) + span) % span);
    int start = 0;
    for (int era : eraStarts()) {
        if (era <= year)
            start = era;
    }
    return start;
}

int FlowPeriod::lastYear(int period, FlowPeriods periods)
{
    const int span = spanOf(periods);
    if (span > 0)
        return period + span - 1;
    const QList<int> starts = eraStarts();
    for (int era : starts) {
        if (era > period)
            return era - 1;
    }
    return 9999;
}

QString FlowPeriod::key(int period, FlowPeriods periods, int undatedSteps)
{
    if (isUndated(period)) {
        return undatedSteps > 1 ? QStringLiteral("undated-%1").arg(period - undatedBase)
                                : QStringLiteral("undated");
    }
    if (periods == FlowPeriods::Years)
        return QString::number(period);
    if (periods == FlowPeriods::Eras && period == 0)
        return QStringLiteral("before-%1").arg(eraStarts().constFirst());
    const int last = lastYear(period, periods);
    if (last == 9999)
        return QStringLiteral("%1-").arg(period);
    return QStringLiteral("%1-%2").arg(period).arg(last);
}

int FlowRibbon::people() const
{
    if (peopleCounted >= 0)
        return peopleCounted;
    QSet<qint64> seen;
    for (const FlowMember &member : members)
        seen.insert(member.personId);
    return int(seen.size());
}

int FlowRibbon::returning() const
{
    if (returningCounted >= 0)
        return returningCounted;
    QSet<qint64> seen;
    for (const FlowMember &member : members) {
        if (member.returning)
            seen.insert(member.personId);
    }
    return int(seen.size());
}

void FlowRibbon::count()
{
    peopleCounted = -1;
    returningCounted = -1;
    peopleCounted = people();
    returningCounted = returning();
}

bool FlowRibbon::contains(qint64 personId) const
{
    return std::any_of(members.cbegin(), members.cend(),
                       [personId](const FlowMember &member) { return member.personId == personId; });
}

QList<int> TalentFlowData::columns() const
{
    std::optional<int> first;
    std::optional<int> last;
    for (const FlowRibbon &ribbon : ribbons) {
        for (int period : {ribbon.fromPeriod, ribbon.toPeriod}) {
            if (FlowPeriod::isUndated(period))
                continue;
            first = first ? qMin(*first, period) : period;
            last = last ? qMax(*last, period) : period;
        }
    }
    QList<int> columns;
    // Empty periods stay, so the time axis runs evenly.
    for (int period = first.value_or(1); first && period <= *last; period = nextPeriod(period, periods))
        columns.append(period);
    for (int step = 1; step <= undatedSteps; ++step)
        columns.append(FlowPeriod::undatedStep(step));
    return columns;
}

namespace {

QHash<qint64, int> peoplePerCompany(const QList<FlowRibbon> &ribbons)
{
    QHash<qint64, int> people;
    for (const FlowRibbon &ribbon : ribbons) {
        people[ribbon.fromCompanyId] += ribbon.people();
        if (ribbon.toCompanyId != FlowRibbon::noDestination && ribbon.toCompanyId != ribbon.fromCompanyId)
            people[ribbon.toCompanyId] += ribbon.people();
    }
    return people;
}

} // namespace

QList<qint64> TalentFlowData::companyOrder() const
{
    const QHash<qint64, int> people = peoplePerCompany(ribbons);
    QList<qint64> order;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (it.key() != FlowRibbon::otherCompanies && it.key() != FlowRibbon::noDestination)
            order.append(it.key());
    }
    std::sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        const int byPeople = people.value(b) - people.value(a);
        return byPeople != 0 ? byPeople < 0 : a < b;
    });
    if (people.contains(FlowRibbon::otherCompanies))
        order.append(FlowRibbon::otherCompanies);
    return order;
}

int TalentFlowData::people() const
{
    if (peopleCounted >= 0)
        return peopleCounted;
    QSet<qint64> seen;
    for (const FlowRibbon &ribbon : ribbons) {
        for (const FlowMember &member : ribbon.members)
            seen.insert(member.personId);
    }
    return int(seen.size());
}

void TalentFlowData::count()
{
    for (FlowRibbon &ribbon : ribbons)
        ribbon.count();
    peopleCounted = -1;
    peopleCounted = people();
}

void keepBusiestCompanies(TalentFlowData &data, int limit, std::optional<qint64> kept)
{
    QList<qint64> order = data.companyOrder();
    if (order.size() <= limit)
        return;
    QSet<qint64> drawn;
    if (kept && order.contains(*kept))
        drawn.insert(*kept);
    for (qint64 company : order) {
        if (drawn.size() >= limit)
            break;
        drawn.insert(company);
    }
    data.otherCompanies = int(order.size() - drawn.size());
    const auto shown = [&drawn](qint64 company) {
        return company == FlowRibbon::noDestination || drawn.contains(company) ? company : FlowRibbon::otherCompanies;
    };
    // Ribbons that now join the same two nodes become one, their people together.
    QList<FlowRibbon> merged;
    QHash<QString, int> index;
    QSet<int> grown; // ribbons that took another's people: counted again
    for (FlowRibbon ribbon : std::as_const(data.ribbons)) {
        ribbon.fromCompanyId = shown(ribbon.fromCompanyId);
        ribbon.toCompanyId = shown(ribbon.toCompanyId);
        const QString key = QStringLiteral("%1/%2/%3/%4")
                                .arg(ribbon.fromCompanyId)
                                .arg(ribbon.fromPeriod)
                                .arg(ribbon.toCompanyId)
                                .arg(ribbon.toPeriod);
        const auto found = index.constFind(key);
        if (found == index.cend()) {
            index.insert(key, int(merged.size()));
            merged.append(ribbon);
        } else {
            merged[*found].members += ribbon.members;
            grown.insert(*found);
        }
    }
    for (int i : std::as_const(grown)) {
        if (merged.at(i).peopleCounted >= 0)
            merged[i].count();
    }
    data.ribbons = merged;
}

} // namespace talentflow
