#include "models/TimelineLayout.h"

#include "models/MovementKind.h"

#include <QMap>

#include <algorithm>

namespace talentflow {

QDate chartDate(const PartialDate &date)
{
    if (!date.isKnown())
        return QDate();
    const QDate first = date.firstDay();
    return first.addDays(first.daysTo(date.lastDay()) / 2);
}

QDate laneStart(const TimelineLane &lane)
{
    QDate first;
    const auto consider = [&first](const PartialDate &date) {
        const QDate d = chartDate(date);
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    };
    for (const TimelineBar &bar : lane.bars) {
        consider(bar.start);
        consider(bar.end);
    }
    for (const TimelineMarker &marker : lane.markers)
        consider(marker.date);
    return first;
}

void sortLanes(QList<TimelineLane> &lanes)
{
    // Each lane's first date is found once, not in every comparison: a company's chart has
    // thousands of lanes.
    struct Keyed
    {
        QDate start;
        qsizetype index;
    };
    QList<Keyed> keys;
    keys.reserve(lanes.size());
    for (qsizetype i = 0; i < lanes.size(); ++i)
        keys.append({laneStart(lanes.at(i)), i});
    std::stable_sort(keys.begin(), keys.end(), [&lanes](const Keyed &a, const Keyed &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        if (a.start != b.start)
            return a.start < b.start;
        return lanes.at(a.index).nameEn.compare(lanes.at(b.index).nameEn, Qt::CaseInsensitive) < 0;
    });
    QList<TimelineLane> sorted;
    sorted.reserve(lanes.size());
    for (const Keyed &key : keys)
        sorted.append(std::move(lanes[key.index]));
    lanes = std::move(sorted);
}

QList<TimelineLane> nestPeopleUnderCompanies(const QList<TimelineLane> &companyLanes,
                                             const QHash<qint64, PersonRecord> &people)
{
    QList<TimelineLane> nested;
    for (const TimelineLane &company : companyLanes) {
        TimelineLane heading;
        heading.key = company.key;
        heading.heading = true;
        heading.nameEn = company.nameEn;
        heading.nameZh = company.nameZh;
        nested.append(heading);
        QList<TimelineLane> staff;
        QHash<qint64, int> laneOfPerson;
        const auto laneFor = [&](qint64 personId) -> TimelineLane & {
            if (!laneOfPerson.contains(personId)) {
                TimelineLane lane;
                lane.key = company.key;
                lane.personId = personId;
                lane.nameEn = people.value(personId).nameEn;
                lane.nameZh = people.value(personId).nameZh;
                laneOfPerson.insert(personId, int(staff.size()));
                staff.append(lane);
            }
            return staff[laneOfPerson.value(personId)];
        };
        for (const TimelineBar &bar : company.bars)
            laneFor(bar.personId).bars.append(bar);
        for (const TimelineMarker &marker : company.markers)
            laneFor(marker.personId).markers.append(marker);
        sortLanes(staff);
        nested.append(staff);
    }
    return nested;
}

FounderTimeline buildFounderTimeline(const QList<TimelineLane> &founderLanes, qint64 companyId)
{
    FounderTimeline timeline;
    QMap<QDate, QPair<int, int>> changes; // date -> (present delta, on-leave delta)
    for (TimelineLane lane : founderLanes) {
        lane.bars.clear();
        QList<TimelineMarker> dated;
        for (const TimelineMarker &marker : lane.markers) {
            if (marker.date.isKnown())
                dated.append(marker);
        }
        std::stable_sort(dated.begin(), dated.end(), [](const TimelineMarker &a, const TimelineMarker &b) {
            return chartDate(a.date) < chartDate(b.date);
        });
        enum class State { Away, Present, OnLeave } state = State::Away;
        TimelineBar open;
        const auto close = [&](const PartialDate &at) {
            open.end = at;
            lane.bars.append(open);
        };
        for (const TimelineMarker &marker : dated) {
            const std::optional<MovementKind> kind = movementKindFromKey(marker.kind);
            if (!kind)
                continue;
            const MovementDirection direction = movementKindEntry(*kind).direction;
            const QDate at = chartDate(marker.date);
            if (direction == MovementDirection::Arrival && state != State::Present) {
                if (state == State::OnLeave) {
                    close(marker.date);
                    changes[at].second -= 1;
                }
                open = TimelineBar{lane.key, companyId, marker.date, PartialDate(), false, {}, {}};
                state = State::Present;
                changes[at].first += 1;
            } else if (direction == MovementDirection::Leave && state == State::Present) {
                close(marker.date);
                open = TimelineBar{lane.key, companyId, marker.date, PartialDate(), true, {}, {}};
                state = State::OnLeave;
                changes[at].first -= 1;
                changes[at].second += 1;
            } else if (direction == MovementDirection::Departure && state != State::Away) {
                // A second, disputed claim of the same departure finds the founder already away.
                close(marker.date);
                (state == State::Present ? changes[at].first : changes[at].second) -= 1;
                state = State::Away;
            }
        }
        if (state != State::Away)
            lane.bars.append(open);
        timeline.data.lanes.append(lane);
    }
    sortLanes(timeline.data.lanes);
    int present = 0;
    int onLeave = 0;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        present += it.value().first;
        onLeave += it.value().second;
        timeline.steps.append({it.key(), present, onLeave});
    }
    return timeline;
}

} // namespace talentflow
