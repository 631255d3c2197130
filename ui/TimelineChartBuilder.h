#pragma once

#include "models/TimelineRepository.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

class QChart;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QScatterSeries;

namespace talentflow {
class TimelineBars;
class TimelineLegend;
}

namespace talentflow {

enum class TimelineKind { Departures, Founders };

// A marker as placed on the chart, for hit testing and tooltips.
struct PlacedMarker
{
    QPointF value; // x: msecs since epoch, y: lane index
    TimelineMarker marker;
    QScatterSeries *series = nullptr;
};

// Text that follows a point of the chart when the plot area moves or zooms.
struct AnchoredLabel
{
    QPointF value;
    QGraphicsSimpleTextItem *item = nullptr;
    QScatterSeries *series = nullptr;
};

// What one chart shows, in the UI language at build time.
struct TimelineSpec
{
    TimelineKind kind = TimelineKind::Departures;
    LaneGrouping grouping = LaneGrouping::Person;
    QString filterText; // "Company: OpenAI · Search: 佐夫", or empty
};

// A chart built from plain timeline data: lanes, tenure bars, markers by kind, spans of imprecise
// dates, destination labels, and for founders the count still at the company over time.
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

    const QList<PlacedMarker> &markers() const { return m_markers; }
    int laneCount() const { return int(m_laneKeys.size()); }
    qint64 laneKey(int lane) const { return m_laneKeys.value(lane); }
    int laneOf(qint64 key) const { return int(m_laneKeys.indexOf(key)); }
    // The last value of the "still at the company" step line, or -1 without one.
    int finalPresentCount() const { return m_finalPresent; }
    int finalOnLeaveCount() const { return m_finalOnLeave; }
    // Name, date in the UI's format, kind, destination and the first excerpt, as rich text.
    QString tooltip(const PlacedMarker &placed) const;
    // Every piece of text the chart shows: title, axis titles and labels, legend, caption, notes.
    QStringList visibleTexts() const;
    // Re-places labels and the caption after the chart's size or zoom changed.
    void layoutOverlays();
    // Wraps the caption and legend to a chart of this size and makes the bottom margin fit them.
    // Called before the chart first takes that size, it spares the chart a second layout.
    void fitCaption(const QRectF &whole);
    void resetZoom();

private:
    void build(const TimelineData &data, const QList<FounderStep> &steps);

    TimelineSpec m_spec;
    QChart *m_chart;
    bool m_ownsChart = true;
    QList<PlacedMarker> m_markers;
    QList<AnchoredLabel> m_labels;
    QList<qint64> m_laneKeys;
    QHash<qint64, PersonRecord> m_people;
    QHash<qint64, CompanyRecord> m_companies;
    QGraphicsTextItem *m_caption = nullptr;
    TimelineLegend *m_legend = nullptr;
    TimelineBars *m_bars = nullptr;
    QScatterSeries *m_anchorSeries = nullptr;
    qint64 m_rangeFrom = 0;
    qint64 m_rangeTo = 0;
    int m_finalPresent = -1;
    int m_finalOnLeave = -1;
};

QString timelineTitle(const TimelineSpec &spec);

} // namespace talentflow
