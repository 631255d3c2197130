#include "models/TimelineData.h"

namespace talentflow {

QPair<QDate, QDate> TimelineData::dateRange() const
{
    QDate from;
    QDate to;
    const auto extend = [&](const PartialDate &date) {
        if (!date.isKnown())
            return;
        if (!from.isValid() || date.firstDay() < from)
            from = date.firstDay();
        if (!to.isValid() || date.lastDay() > to)
            to = date.lastDay();
    };
    for (const TimelineLane &lane : lanes) {
        for (const TimelineBar &bar : lane.bars) {
            extend(bar.start);
            extend(bar.end);
        }
        for (const TimelineMarker &marker : lane.markers)
            extend(marker.date);
    }
    return {from, to};
}

} // namespace talentflow
