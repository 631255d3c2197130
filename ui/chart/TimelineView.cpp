#include "ui/chart/TimelineView.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainterPath>
#include <QScreen>
#include <QScrollBar>
#include <QSignalBlocker>

#include <cmath>

namespace talentflow {

namespace {
constexpr int hitRadius = 9;
constexpr int dragThreshold = 4;
constexpr qint64 msPerDay = 24LL * 3600 * 1000;
}

TimelineView::TimelineView(QWidget *parent)
    : QChartView(parent)
    , m_tip(new QLabel(this, Qt::ToolTip))
    , m_laneScroll(new QScrollBar(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("timelineView"));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setMinimumHeight(220);
    setFocusPolicy(Qt::StrongFocus); // Tab reaches the chart; keys zoom and pan it
    m_tip->setObjectName(QStringLiteral("timelineTip"));
    m_tip->setWordWrap(true);
    m_tip->setTextFormat(Qt::RichText);
    m_tip->setMaximumWidth(440);
    m_tip->setMargin(6);
    m_tip->setFrameShape(QFrame::Box);
    m_tip->setForegroundRole(QPalette::ToolTipText);
    m_tip->setBackgroundRole(QPalette::ToolTipBase);
    m_tip->setAutoFillBackground(true);
    m_tip->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tip->hide();
    m_laneScroll->setObjectName(QStringLiteral("timelineLaneScroll"));
    m_laneScroll->hide();
    connect(m_laneScroll, &QScrollBar::valueChanged, this, &TimelineView::scrollLanesTo);
}

TimelineView::~TimelineView() = default;

void TimelineView::setTimeline(std::unique_ptr<TimelineChart> timeline)
{
    hideTip(); // its marker belongs to the old chart
    m_laneHighlight = nullptr; // owned by the old chart
    m_focusFrame = nullptr;
    QChart *old = chart();
    m_timeline = std::move(timeline);
    // A chart comes with every lane on its axis, and the axis lays out a label for each: a
    // company of 2,000 people would lay out 2,000 names to show the few dozen the view has room
    // for. No more fit than the view is tall, or than the last chart's plot held (the view's size
    // rarely changed since, and a window that already fits spares the axis a second layout); the
    // layout below fits the window to the plot.
    if (viewport()->height() > 0) {
        const qreal lastPlot = old ? old->plotArea().height() : 0;
        const qreal tall = viewport()->height();
        m_timeline->setLaneWindow(0, m_timeline->lanesThatFit(lastPlot > 0 ? qMin(lastPlot, tall) : tall));
        m_timeline->prepareLayout(QRectF(QPointF(), QSizeF(size()))); // the chart takes the view's size
    }
    QChart *fresh = m_timeline->releaseChart();
    setChart(fresh);
    delete old;
    m_laneHighlight = new QGraphicsPathItem(fresh);
    m_laneHighlight->setBrush(QColor(0xff, 0xe0, 0x8a, 110));
    m_laneHighlight->setPen(Qt::NoPen);
    m_laneHighlight->setZValue(-1);
    m_focusFrame = new QGraphicsRectItem(fresh);
    m_focusFrame->setPen(QPen(palette().color(QPalette::Highlight), 2));
    m_focusFrame->setBrush(Qt::NoBrush);
    m_focusFrame->setZValue(30);
    m_focusFrame->setVisible(hasFocus());
    connect(fresh, &QChart::plotAreaChanged, this, &TimelineView::updateOverlays);
    connect(m_timeline->timeAxis(), &QValueAxis::rangeChanged, this, &TimelineView::updateOverlays);
    updateOverlays();
}

void TimelineView::updateOverlays()
{
    if (!m_timeline)
        return;
    fitLaneWindow();
    m_timeline->layoutOverlays();
    m_focusFrame->setRect(chart()->rect().adjusted(1, 1, -1, -1));
    QPainterPath highlight;
    const QRectF plot = chart()->plotArea();
    for (int lane : m_timeline->lanesOfPerson(m_highlightedKey)) {
        if (lane < m_timeline->firstVisibleLane() || lane >= m_timeline->firstVisibleLane() + m_timeline->visibleLaneCount())
            continue;
        const qreal top = chart()->mapToPosition(QPointF(0, lane - 0.5), m_timeline->anchorSeries()).y();
        const qreal bottom = chart()->mapToPosition(QPointF(0, lane + 0.5), m_timeline->anchorSeries()).y();
        highlight.addRect(QRectF(plot.left(), qMin(top, bottom), chart()->rect().right() - plot.left() - 4, qAbs(bottom - top)));
    }
    m_laneHighlight->setPath(highlight);
    if (m_tipMarker && m_tip->isVisible()) {
        // Follow the marker after a zoom, pan or scroll; let go when it leaves the view.
        if (m_timeline->isMarkerShown(*m_tipMarker))
            showTip(*m_tipMarker);
        else
            hideTip();
    }
}

void TimelineView::fitLaneWindow()
{
    // Lanes keep their minimum height: when they do not all fit, a window of them scrolls.
    const int total = m_timeline->laneCount();
    const int fit = chart()->plotArea().height() > 0 ? m_timeline->lanesThatFit() : total;
    const int shown = qMin(fit, total);
    const bool resized = shown != m_timeline->visibleLaneCount();
    m_timeline->setLaneWindow(m_timeline->firstVisibleLane(), shown);
    if (resized)
        showHighlightedLane();
    const QSignalBlocker quiet(m_laneScroll);
    m_laneScroll->setRange(0, qMax(0, total - shown));
    m_laneScroll->setPageStep(qMax(1, shown));
    m_laneScroll->setSingleStep(1);
    m_laneScroll->setValue(m_timeline->firstVisibleLane());
    m_laneScroll->setVisible(total > shown);
}

void TimelineView::scrollLanesTo(int first)
{
    if (!m_timeline)
        return;
    m_timeline->setLaneWindow(first, m_timeline->visibleLaneCount());
    updateOverlays();
}

void TimelineView::highlightPerson(qint64 personId)
{
    m_highlightedKey = personId;
    showHighlightedLane();
    updateOverlays();
}

void TimelineView::showHighlightedLane()
{
    // Brings the highlighted person's first lane into the window.
    const QList<int> lanes = m_timeline ? m_timeline->lanesOfPerson(m_highlightedKey) : QList<int>();
    if (lanes.isEmpty())
        return;
    const int first = m_timeline->firstVisibleLane();
    const int count = m_timeline->visibleLaneCount();
    if (lanes.first() < first || lanes.first() >= first + count)
        m_timeline->setLaneWindow(lanes.first() - count / 3, count);
}

void TimelineView::resetZoom()
{
    if (m_timeline)
        m_timeline->resetZoom();
    updateOverlays();
}

void TimelineView::zoom(qreal factor, qreal around)
{
    if (!m_timeline)
        return;
    const QCategoryAxis *axis = m_timeline->timeAxis();
    const qint64 from = qint64(axis->min());
    const qint64 to = qint64(axis->max());
    // From a month to two centuries: closer, a tick would be a day; farther, nothing is readable.
    const qint64 span = qBound<qint64>(30 * msPerDay, qint64((to - from) * factor), 200 * 365 * msPerDay);
    const qint64 anchor = from + qint64((to - from) * around);
    const qint64 newFrom = anchor - qint64(span * around);
    m_timeline->setTimeRange(newFrom, newFrom + span);
}

void TimelineView::pan(qreal fraction)
{
    if (!m_timeline)
        return;
    const QCategoryAxis *axis = m_timeline->timeAxis();
    const qint64 shift = qint64((axis->max() - axis->min()) * fraction);
    m_timeline->setTimeRange(qint64(axis->min()) + shift, qint64(axis->max()) + shift);
}

QPoint TimelineView::viewPosition(const PlacedMarker &marker) const
{
    const QPointF scene = chart()->mapToScene(m_timeline->markerPosition(marker));
    return mapFromScene(scene);
}

const PlacedMarker *TimelineView::markerAt(const QPoint &viewPoint) const
{
    if (!m_timeline)
        return nullptr;
    const PlacedMarker *best = nullptr;
    int bestDistance = hitRadius * hitRadius + 1;
    for (const PlacedMarker &placed : m_timeline->markers()) {
        if (!m_timeline->isMarkerShown(placed))
            continue; // zoomed, panned or scrolled out of sight
        const QPoint delta = viewPosition(placed) - viewPoint;
        const int distance = delta.x() * delta.x() + delta.y() * delta.y();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &placed;
        }
    }
    return best;
}

void TimelineView::showTip(const PlacedMarker &placed)
{
    if (m_tipMarker != &placed || !m_tip->isVisible()) {
        m_tip->setText(m_timeline->tooltip(placed));
        m_tip->adjustSize();
    }
    m_tipMarker = &placed;
    // Beside the marker, not the pointer, and kept on the screen.
    QPoint at = viewport()->mapToGlobal(viewPosition(placed)) + QPoint(14, 14);
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (at.x() + m_tip->width() > available.right())
            at.setX(at.x() - m_tip->width() - 28);
        if (at.y() + m_tip->height() > available.bottom())
            at.setY(at.y() - m_tip->height() - 28);
    }
    m_tip->move(at);
    m_tip->show();
    m_tip->raise();
}

void TimelineView::hideTip()
{
    m_tip->hide();
    m_tipMarker = nullptr;
    m_pinned = false;
}

bool TimelineView::viewportEvent(QEvent *event)
{
    // The graphics view would answer the tool-tip event by hiding every tooltip, ours included.
    if (event->type() == QEvent::ToolTip)
        return true;
    if (event->type() == QEvent::Leave && !m_pinned)
        hideTip();
    return QChartView::viewportEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    // Deliberately not passed to QChartView: see the class comment.
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragged = false;
        m_pressPos = m_lastDragPos = event->position().toPoint();
    }
    setFocus(Qt::MouseFocusReason);
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && m_timeline) {
        if ((pos - m_pressPos).manhattanLength() > dragThreshold)
            m_dragged = true;
        if (m_dragged) {
            chart()->scroll(m_lastDragPos.x() - pos.x(), 0);
            m_lastDragPos = pos;
        }
        event->accept();
        return;
    }
    if (!m_pinned) {
        if (const PlacedMarker *placed = markerAt(pos))
            showTip(*placed);
        else
            hideTip();
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed && !m_dragged) {
        if (const PlacedMarker *placed = markerAt(event->position().toPoint())) {
            showTip(*placed);
            m_pinned = true; // stays until Esc or a click elsewhere
            emit personClicked(placed->marker.personId);
        } else {
            hideTip();
        }
    }
    m_pressed = false;
    m_dragged = false;
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!m_timeline) {
        event->ignore();
        return;
    }
    const QPoint delta = event->angleDelta();
    const QRectF plot = chart()->plotArea();
    const qreal cursorX = chart()->mapFromScene(mapToScene(event->position().toPoint())).x();
    if (event->modifiers() & Qt::ShiftModifier || cursorX < plot.left()) {
        // Over the lane names, or with Shift, the wheel scrolls the lanes, a lane per notch;
        // a touchpad's small steps add up.
        m_laneWheel += delta.y() != 0 ? delta.y() : delta.x();
        const int lanes = m_laneWheel / 120;
        m_laneWheel -= lanes * 120;
        m_laneScroll->setValue(m_laneScroll->value() - lanes);
        event->accept();
        return;
    }
    if (delta.y() == 0) {
        event->ignore(); // a sideways swipe is not a zoom
        return;
    }
    // Zoom the time axis around the date under the cursor, by as much as the wheel turned.
    const qreal fraction = qBound(0.0, (cursorX - plot.left()) / qMax(1.0, plot.width()), 1.0);
    zoom(std::pow(0.8, delta.y() / 120.0), fraction);
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoom(1.25);
        break;
    case Qt::Key_Left:
        pan(-0.1);
        break;
    case Qt::Key_Right:
        pan(0.1);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    case Qt::Key_Escape:
        if (!m_tip->isVisible()) {
            event->ignore();
            return;
        }
        hideTip();
        break;
    case Qt::Key_Up:
        m_laneScroll->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        m_laneScroll->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_PageUp:
        m_laneScroll->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        m_laneScroll->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateOverlays();
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    if (m_focusFrame)
        m_focusFrame->show();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    if (m_focusFrame)
        m_focusFrame->hide();
    if (m_pinned)
        hideTip(); // a click elsewhere lets a pinned tooltip go
}

} // namespace talentflow
