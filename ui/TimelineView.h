#pragma once

#include "ui/TimelineChartBuilder.h"

#include <QChartView>

#include <memory>

class QGraphicsRectItem;

namespace talentflow {

// The interactive chart: hover tooltips, click a marker to select its person, wheel to zoom
// and drag to pan the time axis. Mouse presses never reach Qt Charts' own item handlers (Qt
// 6.4.2 can crash on presses over empty areas and on scatter points, QTBUG-118669 and
// QTBUG-115072): the view hit-tests markers itself.
class TimelineView : public QChartView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setTimeline(std::unique_ptr<TimelineChart> timeline);
    TimelineChart *timeline() const { return m_timeline.get(); }
    qint64 highlightedKey() const { return m_highlightedKey; }
    // The marker under a point of the view, if any.
    const PlacedMarker *markerAt(const QPoint &viewPoint) const;
    // Where a marker is drawn, in view coordinates.
    QPoint viewPosition(const PlacedMarker &marker) const;

public slots:
    void highlightLane(qint64 key);
    void resetZoom();

signals:
    void personClicked(qint64 personId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateOverlays();

    std::unique_ptr<TimelineChart> m_timeline;
    QGraphicsRectItem *m_laneHighlight = nullptr;
    qint64 m_highlightedKey = 0;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_pressed = false;
    bool m_dragged = false;
};

} // namespace talentflow
