#include "ui/TimelineView.h"

#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>

namespace talentflow {

namespace {
constexpr int hitRadius = 9;
constexpr int dragThreshold = 4;
}

TimelineView::TimelineView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setMinimumHeight(220);
}

TimelineView::~TimelineView() = default;

void TimelineView::setTimeline(std::unique_ptr<TimelineChart> timeline)
{
    m_laneHighlight = nullptr; // owned by the old chart
    QChart *old = chart();
    m_timeline = std::move(timeline);
    QChart *fresh = m_timeline->releaseChart();
    setChart(fresh);
    delete old;
    m_laneHighlight = new QGraphicsRectItem(fresh);
    m_laneHighlight->setBrush(QColor(0xff, 0xe0, 0x8a, 110));
    m_laneHighlight->setPen(Qt::NoPen);
    m_laneHighlight->setZValue(-1);
    m_laneHighlight->hide();
    connect(fresh, &QChart::plotAreaChanged, this, &TimelineView::updateOverlays);
    for (QAbstractAxis *axis : fresh->axes(Qt::Horizontal)) {
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
            connect(dates, &QDateTimeAxis::rangeChanged, this, &TimelineView::updateOverlays);
    }
    updateOverlays();
}

void TimelineView::updateOverlays()
{
    if (!m_timeline)
        return;
    m_timeline->layoutOverlays();
    const int lane = m_timeline->laneOf(m_highlightedKey);
    if (lane < 0 || chart()->series().isEmpty()) {
        m_laneHighlight->hide();
        return;
    }
    const QRectF plot = chart()->plotArea();
    QAbstractSeries *series = chart()->series().first();
    const qreal top = chart()->mapToPosition(QPointF(0, lane - 0.5), series).y();
    const qreal bottom = chart()->mapToPosition(QPointF(0, lane + 0.5), series).y();
    m_laneHighlight->setRect(QRectF(plot.left(), qMin(top, bottom), plot.width(), qAbs(bottom - top)));
    m_laneHighlight->show();
}

void TimelineView::highlightLane(qint64 key)
{
    m_highlightedKey = key;
    updateOverlays();
}

void TimelineView::resetZoom()
{
    if (m_timeline)
        m_timeline->resetZoom();
    updateOverlays();
}

QPoint TimelineView::viewPosition(const PlacedMarker &marker) const
{
    const QPointF scene = chart()->mapToScene(chart()->mapToPosition(marker.value, marker.series));
    return mapFromScene(scene);
}

const PlacedMarker *TimelineView::markerAt(const QPoint &viewPoint) const
{
    if (!m_timeline)
        return nullptr;
    const PlacedMarker *best = nullptr;
    int bestDistance = hitRadius * hitRadius + 1;
    const QRectF plot = chart()->plotArea();
    for (const PlacedMarker &placed : m_timeline->markers()) {
        const QPointF inChart = chart()->mapToPosition(placed.value, placed.series);
        if (!plot.adjusted(-hitRadius, -hitRadius, hitRadius, hitRadius).contains(inChart))
            continue;
        const QPoint delta = viewPosition(placed) - viewPoint;
        const int distance = delta.x() * delta.x() + delta.y() * delta.y();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &placed;
        }
    }
    return best;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    // Deliberately not passed to QChartView: see the class comment.
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragged = false;
        m_pressPos = m_lastDragPos = event->position().toPoint();
    }
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
    if (const PlacedMarker *placed = markerAt(pos))
        QToolTip::showText(event->globalPosition().toPoint(), m_timeline->tooltip(*placed), this);
    else
        QToolTip::hideText();
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed && !m_dragged) {
        if (const PlacedMarker *placed = markerAt(event->position().toPoint()))
            emit personClicked(placed->marker.personId);
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
    if (!m_timeline || chart()->axes(Qt::Horizontal).isEmpty()) {
        event->ignore();
        return;
    }
    auto *axis = qobject_cast<QDateTimeAxis *>(chart()->axes(Qt::Horizontal).first());
    if (!axis) {
        event->ignore();
        return;
    }
    // Zoom the time axis around the date under the cursor.
    const QRectF plot = chart()->plotArea();
    const qreal cursorX = chart()->mapFromScene(mapToScene(event->position().toPoint())).x();
    const qreal fraction = qBound(0.0, (cursorX - plot.left()) / qMax(1.0, plot.width()), 1.0);
    const qint64 from = axis->min().toMSecsSinceEpoch();
    const qint64 to = axis->max().toMSecsSinceEpoch();
    const qreal factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    const qint64 span = qBound<qint64>(30LL * 24 * 3600 * 1000, qint64((to - from) * factor), 200LL * 365 * 24 * 3600 * 1000);
    const qint64 anchor = from + qint64((to - from) * fraction);
    const qint64 newFrom = anchor - qint64(span * fraction);
    axis->setRange(QDateTime::fromMSecsSinceEpoch(newFrom, Qt::UTC),
                   QDateTime::fromMSecsSinceEpoch(newFrom + span, Qt::UTC));
    axis->setFormat(span < 3LL * 365 * 24 * 3600 * 1000 ? QStringLiteral("MMM yyyy") : QStringLiteral("yyyy"));
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateOverlays();
}

} // namespace talentflow
