#include "ui/chart/TimelineBars.h"

#include <QChart>
#include <QPainter>

namespace talentflow {

TimelineBars::TimelineBars(QChart *chart, QAbstractSeries *anchor)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_anchor(anchor)
{
    setZValue(3.5); // above the grid, below the series
}

void TimelineBars::add(const QPointF &from, const QPointF &to, const QPen &pen, qreal pixelsBelow)
{
    m_segments.append({from, to, pen, pixelsBelow});
}

void TimelineBars::addBand(int lane, const QColor &color)
{
    m_bands.append({lane, color});
}

void TimelineBars::relayout()
{
    prepareGeometryChange();
    m_plot = m_chart->plotArea();
    update();
}

QRectF TimelineBars::boundingRect() const
{
    return m_plot;
}

void TimelineBars::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_segments.isEmpty() && m_bands.isEmpty())
        return;
    painter->save();
    painter->setClipRect(m_plot);
    painter->setRenderHint(QPainter::Antialiasing);
    // Map two reference values once, then every segment linearly: mapToPosition per point is slow.
    const QPointF origin = m_chart->mapToPosition(QPointF(0, 0), m_anchor);
    const QPointF unitX = m_chart->mapToPosition(QPointF(1e12, 0), m_anchor) - origin;
    const QPointF unitY = m_chart->mapToPosition(QPointF(0, 1), m_anchor) - origin;
    const auto map = [&](const QPointF &value) {
        return origin + QPointF(unitX.x() * value.x() / 1e12, unitY.y() * value.y());
    };
    for (const auto &band : m_bands) {
        const qreal top = map(QPointF(0, band.first - 0.5)).y();
        const qreal bottom = map(QPointF(0, band.first + 0.5)).y();
        painter->fillRect(QRectF(m_plot.left(), qMin(top, bottom), m_plot.width(), qAbs(bottom - top)), band.second);
    }
    for (const Segment &segment : m_segments) {
        const QPointF a = map(segment.from) + QPointF(0, segment.pixelsBelow);
        const QPointF b = map(segment.to) + QPointF(0, segment.pixelsBelow);
        if (qMax(a.x(), b.x()) < m_plot.left() || qMin(a.x(), b.x()) > m_plot.right())
            continue;
        painter->setPen(segment.pen);
        painter->drawLine(a, b);
    }
    painter->restore();
}

} // namespace talentflow
