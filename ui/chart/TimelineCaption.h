#pragma once

#include "models/TimelineData.h"
#include "ui/chart/CalendarTicks.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QGraphicsItem;
class QGraphicsTextItem;

namespace talentflow {

class TimelineLegend;

// What a chart's caption reports, gathered once the chart is built.
struct CaptionFacts
{
    TimelineKind kind = TimelineKind::Departures;
    QString filterText;    // the filter in words, or empty
    int sourceCount = 0;  // -1: the sources are listed elsewhere
    int finalPresent = -1; // founders still there at the end, or -1 without the count
    int finalOnLeave = 0;
    int shownLanes = 0;    // people's lanes drawn
    int availableLanes = 0;
    bool detailed = true;  // every move its own marker
    int markerCount = 0;
    bool labelsDestinations = true;
    int undatedShown = 0;
};

// The lines under the legend: counts, the filter, what was left out, the key to the bars, and
// what a tick marks. They wrap to the chart's width, and the legend stands on them.
class TimelineCaption
{
public:
    TimelineCaption(const CaptionFacts &facts, const QFont &font, QGraphicsItem *parent);

    // "Each year label marks 1 January of that year", or of months; nothing without dates.
    void setTickNote(bool nothingDated, CalendarStep step);
    // Every part in one text; compact leaves out the key to the bars.
    QString text(bool compact) const;
    void showText(bool compact);
    QString shownText() const;
    // Shows the text for a chart of this size (compact when short), wrapped to its width at its
    // bottom, with the legend wrapped above it; returns the bottom margin the two need.
    int layout(const QRectF &whole, TimelineLegend *legend);

private:
    QStringList m_parts; // the last is the note on what a tick marks
    QGraphicsTextItem *m_item;
};

} // namespace talentflow
