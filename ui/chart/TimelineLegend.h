#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPen>
#include <QScatterSeries>

namespace talentflow {

// One key of the chart's legend: a marker shape or a line sample, and its label.
struct LegendEntry
{
    enum class Symbol { Marker, Line, Ring, Undated } symbol = Symbol::Marker;
    QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
    QColor color;
    QPen pen;
    QString label;
};

// A legend that wraps onto as many rows as the width needs, so no label is ever cut short
// (Qt Charts' own legend elides labels on narrow charts).
class TimelineLegend : public QGraphicsItem
{
public:
    TimelineLegend(const QList<LegendEntry> &entries, const QFont &font, QGraphicsItem *parent = nullptr);

    // Lays the entries out in rows no wider than width, centred; returns the height used.
    qreal layout(qreal width);

    QStringList labels() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<LegendEntry> m_entries;
    QFont m_font;
    QList<QPointF> m_positions; // top-left of each entry
    QRectF m_bounds;
};

} // namespace talentflow
