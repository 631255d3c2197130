#pragma once

#include "models/TimelineData.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace talentflow {

// How timeline data is laid out into lanes: pure functions of plain data, no SQL.

// The date a chart places an imprecise date at: the middle of its span.
QDate chartDate(const PartialDate &date);

// The earliest chart date of a lane's bars (start or end) and markers; invalid when none is dated.
QDate laneStart(const TimelineLane &lane);

// Earliest start first, lanes with no dated bar or marker last, then by English name (case
// aside); lanes alike in both keep their order.
void sortLanes(QList<TimelineLane> &lanes);

// Splits lanes per company into a heading lane per company and one lane per person under it,
// earliest first, keeping each company's lane order.
QList<TimelineLane> nestPeopleUnderCompanies(const QList<TimelineLane> &companyLanes,
                                             const QHash<qint64, PersonRecord> &people);

// Builds a founder's stretches at the company and the founders' step counts from moves alone.
FounderTimeline buildFounderTimeline(const QList<TimelineLane> &founderLanes, qint64 companyId);

} // namespace talentflow
