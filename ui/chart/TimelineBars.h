#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QColor>
#include <QPair>
#include <QPen>

class QAbstractSeries;
class QChart;

namespace talentflow {

// Every tenure bar and date span of a chart, painted by one item in value coordinates. One Qt
// Charts series per bar would cost a scene item, a legend entry and a layout pass each, which a
// chart with thousands of bars cannot afford.
class TimelineBars : public QGraphicsItem
{
public:
    struct Segment
    {
        QPointF from; // x: msecs since epoch, y: lane
        QPointF to;
        QPen pen;
        qreal pixelsBelow = 0; // drawn this far below its lane's line, whatever the lane height
    };

    TimelineBars(QChart *chart, QAbstractSeries *anchor);

    void add(const QPointF &from, const QPointF &to, const QPen &pen, qreal pixelsBelow = 0);
    // Tints a whole lane across the plot (a company's heading row).
    void addBand(int lane, const QColor &color);
    int count() const { return int(m_segments.size()); }
    // Follows the plot area after a resize, zoom or pan.
    void relayout();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QAbstractSeries *m_anchor; // any series on the time and lane axes, to map values to points
    QList<Segment> m_segments;
    QList<QPair<int, QColor>> m_bands;
    QRectF m_plot;
};

} // namespace talentflow
