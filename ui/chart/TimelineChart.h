#pragma once

#include "models/CitedSources.h"
#include "models/TimelineRepository.h"
#include "ui/chart/CalendarTicks.h"
#include "ui/FilterDescription.h"
#include "ui/chart/TimelineLegend.h"
#include "ui/chart/TimelineMarkers.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <memory>

class QCategoryAxis;
class QChart;
class QGraphicsSimpleTextItem;
class QLineSeries;

namespace talentflow {

class TimelineBars;
class TimelineCaption;
class TimelineLanes;

// What one chart shows, in the UI language at build time.
struct TimelineSpec
{
    TimelineKind kind = TimelineKind::Departures;
    LaneGrouping grouping = LaneGrouping::Person;
    FilterDescription filter;
    int laneLimit = 0; // 0: the default limit
    // In an export's frame: the header carries the title and the footer the numbered sources.
    bool framed = false;
    bool transparent = false;
};

// A chart built from plain timeline data: lanes, tenure bars, markers by kind, spans of imprecise
// dates, destination labels, a band for moves no article dates, and for founders the count still
// at the company over time. The time axis ticks on calendar boundaries at every zoom.
class TimelineChart
{
    Q_DECLARE_TR_FUNCTIONS(talentflow::TimelineChart)

public:
    TimelineChart(const TimelineData &data, const QList<FounderStep> &steps, const TimelineSpec &spec);
    ~TimelineChart();
    TimelineChart(const TimelineChart &) = delete;
    TimelineChart &operator=(const TimelineChart &) = delete;

    QChart *chart() const { return m_chart; }
    // Hands the chart to a view, which then owns it.
    QChart *releaseChart();
    const TimelineSpec &spec() const { return m_spec; }

    const QList<PlacedMarker> &markers() const { return m_markers->placed(); }
    // Where a marker is drawn, in chart coordinates (dated or in the band).
    QPointF markerPosition(const PlacedMarker &placed) const;
    // Whether a marker is on screen: in the visible time span and lane window, or in the band.
    bool isMarkerShown(const PlacedMarker &placed) const;
    int laneCount() const;
    // How many lanes the data had before the busiest were picked.
    int availableLaneCount() const;
    qint64 laneKey(int lane) const;
    QString laneName(int lane) const;
    bool isHeadingLane(int lane) const;
    int laneOf(qint64 key) const;
    // The lanes that belong to a person: their own, or their rows under each company.
    QList<int> lanesOfPerson(qint64 personId) const;
    // The last value of the "still at the company" step line, or -1 without one.
    int finalPresentCount() const { return m_finalPresent; }
    int finalOnLeaveCount() const { return m_finalOnLeave; }
    // Name, date in the UI's format, kind, destination and the first excerpt, as rich text.
    QString tooltip(const PlacedMarker &placed) const;
    // The articles the drawn markers cite, numbered in the order of their ids.
    const SourceNumbering &sourceNumbering() const { return m_sourceNumbering; }
    // Every piece of text the chart shows: title, axis titles and labels, legend, caption, notes.
    QStringList visibleTexts() const;
    // The time axis' ticks as drawn now.
    const QList<CalendarTick> &ticks() const { return m_ticks; }
    CalendarStep tickStep() const { return m_step; }
    QCategoryAxis *timeAxis() const { return m_axisX; }
    // The anchor series on the time and lane axes, for mapping values to positions.
    QLineSeries *anchorSeries() const { return m_anchor; }
    // Re-places ticks, labels, the band and the caption after the chart's size or zoom changed.
    void layoutOverlays();
    // Wraps the caption and legend to a chart of this size and makes the bottom margin fit them.
    void fitCaption(const QRectF &whole);
    // Before the chart first takes this size: the ticks for the plot it will have and the caption
    // fitted, so the chart is laid out once, not again when the plot's width changes the ticks.
    void prepareLayout(const QRectF &whole);
    void resetZoom();
    // Shows [from, to] (chart msecs) on the time axis.
    void setTimeRange(qint64 from, qint64 to);
    qint64 rangeFrom() const { return m_rangeFrom; }
    qint64 rangeTo() const { return m_rangeTo; }

    // Lanes need this many pixels each to keep their names apart.
    qreal minimumLaneHeight() const;
    // How many lanes fit the current plot area at their minimum height.
    int lanesThatFit() const;
    // The lanes a plot of this height could show.
    int lanesThatFit(qreal plotHeight) const;
    // Shows count lanes from first on (all of them when count covers them): the window scrolls
    // through the lanes while the title, axes, band heading, legend and caption stay in place.
    void setLaneWindow(int first, int count);
    int firstVisibleLane() const;
    int visibleLaneCount() const;

private:
    void build(const TimelineData &data, const QList<FounderStep> &steps);
    void addTimeAxis(const TimelineData &data);
    void addBars(const QList<const TimelineLane *> &lanes);
    void addFounderCount(const QList<FounderStep> &steps);
    void addCaption(const TimelineData &data);
    void numberSources(const TimelineData &data);
    void addEmptyNote(const TimelineData &data, bool noLanes, const QFont &titleFont);
    void updateTicks(qreal plotWidth);

    TimelineSpec m_spec;
    QChart *m_chart;
    bool m_ownsChart = true;
    QHash<qint64, PersonRecord> m_people;
    QHash<qint64, CompanyRecord> m_companies;
    QCategoryAxis *m_axisX = nullptr;
    QLineSeries *m_anchor = nullptr;
    std::unique_ptr<TimelineLanes> m_lanes;
    std::unique_ptr<TimelineMarkers> m_markers;
    std::unique_ptr<TimelineCaption> m_caption;
    QGraphicsSimpleTextItem *m_emptyNote = nullptr;
    TimelineLegend *m_legend = nullptr;
    TimelineBars *m_bars = nullptr;
    QList<LegendEntry> m_legendEntries;
    QList<CalendarTick> m_ticks;
    CalendarStep m_step = CalendarStep::Year;
    bool m_nothingDated = false;
    qint64 m_rangeFrom = 0;
    qint64 m_rangeTo = 0;
    int m_finalPresent = -1;
    int m_finalOnLeave = -1;
    SourceNumbering m_sourceNumbering;
};

QString timelineTitle(const TimelineSpec &spec);

} // namespace talentflow
