#pragma once

#include "ui/chart/TimelineChart.h"

#include <QChartView>

#include <memory>

class QGraphicsPathItem;
class QGraphicsRectItem;
class QLabel;
class QScrollBar;

namespace talentflow {

// The interactive chart: a marker's tooltip stays while the pointer rests on it and a click pins
// it (Esc or a click elsewhere lets go); a click also selects the marker's person. The wheel or
// + and − zoom the time axis, a drag or the arrow keys pan it, double-click or 0 resets. Mouse
// presses never reach Qt Charts' own item handlers (Qt 6.4.2 can crash on presses over empty
// areas and on scatter points, QTBUG-118669 and QTBUG-115072): the view hit-tests markers itself.
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
    // Scrolls the lanes when they are too many to keep their height; the panel places it.
    QScrollBar *laneScrollBar() const { return m_laneScroll; }
    // The tooltip as shown now (hidden when no marker is under the pointer or pinned).
    QLabel *tip() const { return m_tip; }
    bool isTipPinned() const { return m_pinned; }

public slots:
    void highlightPerson(qint64 personId);
    void resetZoom();
    // factor < 1 zooms in, around a fraction of the plot's width (0: left edge, 1: right edge).
    void zoom(qreal factor, qreal around = 0.5);
    // Moves the visible time by a fraction of its span (negative: earlier).
    void pan(qreal fraction);
    // Shows the lanes from this one on, as many as keep their height.
    void scrollLanesTo(int first);

signals:
    void personClicked(qint64 personId);

protected:
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateOverlays();
    void fitLaneWindow();
    void showHighlightedLane();
    void showTip(const PlacedMarker &placed);
    void hideTip();

    std::unique_ptr<TimelineChart> m_timeline;
    QGraphicsPathItem *m_laneHighlight = nullptr;
    QGraphicsRectItem *m_focusFrame = nullptr;
    QLabel *m_tip;
    QScrollBar *m_laneScroll;
    const PlacedMarker *m_tipMarker = nullptr;
    bool m_pinned = false;
    qint64 m_highlightedKey = 0;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_pressed = false;
    bool m_dragged = false;
    int m_laneWheel = 0; // wheel turns not yet a whole lane
};

} // namespace talentflow
