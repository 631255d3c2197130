#pragma once

#include "models/TimelineData.h"
#include "ui/chart/TimelineLegend.h"

#include <QList>
#include <QPointF>
#include <QStringList>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QScatterSeries;

namespace talentflow {

class TimelineBars;
class UndatedBand;

// A marker as placed on the chart, for hit testing and tooltips.
struct PlacedMarker
{
    QPointF value; // x: chart msecs (see chartMsecs), y: lane index
    TimelineMarker marker;
    QScatterSeries *series = nullptr; // none for a move in the "date not stated" band
    int bandEntry = -1;
    bool isUndated() const { return bandEntry >= 0; }
};

// A destination written beside its marker, shown only where it collides with nothing.
struct DestinationLabel
{
    QPointF value;
    QGraphicsRectItem *box = nullptr; // a light backing, so a bar under the text never blurs it
    QGraphicsSimpleTextItem *item = nullptr;
};

// The chart's moves: a series per kind, a dashed ring round a disputed move, the span of an
// imprecise date, the destination beside a marker, and the band of moves no article dates.
class TimelineMarkers
{
public:
    static constexpr qreal markerSize = 12;

    // Imprecise dates' spans go into bars.
    TimelineMarkers(QChart *chart, TimelineBars *bars);

    // Draws the moves of these lanes (lane i at y = i) on the two axes, and adds a legend entry
    // for each kind drawn, for disputes and for the band.
    void add(const TimelineData &data, const QList<const TimelineLane *> &lanes, QAbstractAxis *timeAxis,
             QAbstractAxis *laneAxis, QList<LegendEntry> &legend);

    const QList<PlacedMarker> &placed() const { return m_placed; }
    // The band of undated moves, or none when every move is dated.
    UndatedBand *band() const { return m_band; }
    // Moves in the chosen lanes, drawn or thinned out.
    int count() const { return m_count; }
    // Whether every move has its own marker (otherwise one per lane, kind and month).
    bool isDetailed() const { return m_detailed; }
    // Whether destinations may be written beside markers (otherwise only the tooltips name them).
    bool labelsDestinations() const;
    int undatedCount() const { return m_undated; }

    // Where a marker is drawn, in chart coordinates (dated or in the band).
    QPointF position(const PlacedMarker &placed) const;
    // Whether a marker is on screen: in the plot's time span and lane window, or in the band.
    bool isShown(const PlacedMarker &placed) const;

    // Shows each destination label right or left of its marker where it covers no marker and no
    // other label; anchor maps values to points.
    void placeDestinations(QAbstractSeries *anchor);
    QStringList destinationTexts() const;

private:
    QChart *m_chart;
    TimelineBars *m_bars;
    UndatedBand *m_band = nullptr;
    QList<PlacedMarker> m_placed;
    QList<DestinationLabel> m_destinations;
    int m_count = 0;
    int m_undated = 0;
    bool m_detailed = true;
};

} // namespace talentflow
