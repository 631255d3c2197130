#include "ui/chart/TimelineLegend.h"

#include "ui/chart/MarkerShapes.h"
#include "ui/chart/UndatedBand.h"

#include <QFontMetricsF>
#include <QPainter>

namespace talentflow {

namespace {

constexpr qreal symbolSize = 12;
constexpr qreal symbolGap = 5;
constexpr qreal entryGap = 18;

qreal entryWidth(const LegendEntry &entry, const QFontMetricsF &metrics)
{
    return symbolSize + symbolGap + metrics.horizontalAdvance(entry.label);
}

} // namespace

TimelineLegend::TimelineLegend(const QList<LegendEntry> &entries, const QFont &font, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_entries(entries)
    , m_font(font)
{
}

qreal TimelineLegend::layout(qreal width)
{
    prepareGeometryChange();
    const QFontMetricsF metrics(m_font);
    const qreal rowHeight = qMax(symbolSize, metrics.height()) + 6;
    m_positions.clear();
    // Fill rows greedily, then centre each row.
    QList<QList<int>> rows(1);
    qreal used = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const qreal w = entryWidth(m_entries.at(i), metrics);
        if (!rows.last().isEmpty() && used + entryGap + w > width) {
            rows.append(QList<int>());
            used = 0;
        }
        used += (rows.last().isEmpty() ? 0 : entryGap) + w;
        rows.last().append(i);
    }
    m_positions.resize(m_entries.size());
    for (int r = 0; r < rows.size(); ++r) {
        qreal rowWidth = 0;
        for (int i : rows.at(r))
            rowWidth += entryWidth(m_entries.at(i), metrics) + (rowWidth > 0 ? entryGap : 0);
        qreal x = qMax(0.0, (width - rowWidth) / 2);
        for (int i : rows.at(r)) {
            m_positions[i] = QPointF(x, r * rowHeight);
            x += entryWidth(m_entries.at(i), metrics) + entryGap;
        }
    }
    m_bounds = QRectF(0, 0, width, rows.size() * rowHeight);
    update();
    return m_bounds.height();
}

QStringList TimelineLegend::labels() const
{
    QStringList labels;
    for (const LegendEntry &entry : m_entries)
        labels.append(entry.label);
    return labels;
}

QRectF TimelineLegend::boundingRect() const
{
    return m_bounds;
}

void TimelineLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    const QFontMetricsF metrics(m_font);
    const qreal rowHeight = qMax(symbolSize, metrics.height()) + 6;
    for (int i = 0; i < m_entries.size() && i < m_positions.size(); ++i) {
        const LegendEntry &entry = m_entries.at(i);
        const QPointF at = m_positions.at(i);
        const QRectF box(at.x(), at.y() + (rowHeight - symbolSize) / 2, symbolSize, symbolSize);
        switch (entry.symbol) {
        case LegendEntry::Symbol::Marker:
            painter->setPen(QPen(Qt::white, 1));
            painter->setBrush(entry.color);
            painter->drawPath(markerPath(entry.shape, box));
            break;
        case LegendEntry::Symbol::Ring:
            painter->setPen(entry.pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(1, 1, -1, -1));
            break;
        case LegendEntry::Symbol::Undated:
            // A hollow marker on the band's hatching, as the band draws moves with no stated date.
            painter->fillRect(box.adjusted(-2, -2, 2, 2), undatedBandBrush());
            painter->setPen(QPen(entry.color, 2));
            painter->setBrush(Qt::white);
            painter->drawEllipse(box.adjusted(1, 1, -1, -1));
            break;
        case LegendEntry::Symbol::Line:
            painter->setPen(entry.pen);
            painter->drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
            break;
        }
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(QRectF(box.right() + symbolGap, at.y(), 1000, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          entry.label);
    }
    painter->restore();
}

} // namespace talentflow
