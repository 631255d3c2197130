#include "ui/chart/UndatedBand.h"

#include "ui/chart/MarkerShapes.h"

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QPainter>

namespace talentflow {

namespace {
constexpr qreal markerSize = 12;
constexpr qreal padding = 6;
}

QBrush undatedBandBrush()
{
    return QBrush(QColor(0xcf, 0xcf, 0xcf), Qt::BDiagPattern);
}

UndatedBand::UndatedBand(const QString &header, const QFont &font, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_font(font)
    , m_header(new QGraphicsSimpleTextItem(header, this))
{
    m_header->setFont(font);
    m_header->setBrush(QColor(0x55, 0x55, 0x55));
    setZValue(4);
}

int UndatedBand::add(int lane, QScatterSeries::MarkerShape shape, const QColor &color)
{
    const int slot = m_used.value(lane);
    if (slot >= maxSlots) {
        ++m_overflow[lane];
        return -1;
    }
    m_used[lane] = slot + 1;
    m_entries.append({lane, slot, shape, color});
    return int(m_entries.size()) - 1;
}

QString UndatedBand::header() const
{
    return m_header->text();
}

qreal UndatedBand::preferredWidth() const
{
    int widest = 0;
    for (int used : m_used)
        widest = qMax(widest, used);
    const qreal overflow = m_overflow.isEmpty() ? 0 : QFontMetricsF(m_font).horizontalAdvance(QStringLiteral("+999"));
    return qMax(m_header->boundingRect().width(), widest * slotWidth + overflow) + 2 * padding;
}

void UndatedBand::relayout(qreal left, const QRectF &plot, qreal axisLabelsY, const std::function<qreal(int)> &laneY)
{
    prepareGeometryChange();
    m_column = QRectF(left, plot.top(), preferredWidth(), plot.height());
    m_laneY.clear();
    for (const Entry &entry : m_entries)
        m_laneY.insert(entry.lane, laneY(entry.lane));
    for (auto it = m_overflow.cbegin(); it != m_overflow.cend(); ++it)
        m_laneY.insert(it.key(), laneY(it.key()));
    // The header sits in the time axis' label row, as the band's own column heading.
    m_header->setPos(m_column.center().x() - m_header->boundingRect().width() / 2, axisLabelsY);
    update();
}

bool UndatedBand::isShown(int entry) const
{
    const QPointF at = position(entry);
    return at.y() >= m_column.top() && at.y() <= m_column.bottom();
}

QPointF UndatedBand::position(int entry) const
{
    const Entry &e = m_entries.at(entry);
    return QPointF(m_column.left() + padding + e.slot * slotWidth + slotWidth / 2, m_laneY.value(e.lane));
}

QRectF UndatedBand::boundingRect() const
{
    return m_column.adjusted(-1, -1, 1, 1);
}

void UndatedBand::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_column.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(m_column, QColor(0xf7, 0xf7, 0xf7));
    painter->fillRect(m_column, undatedBandBrush());
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DashLine));
    painter->drawLine(m_column.topLeft(), m_column.bottomLeft());
    painter->setClipRect(m_column.adjusted(0, -1, 0, 1)); // lanes scrolled out of the plot stay out
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QPointF c = position(i);
        const QRectF box(c.x() - markerSize / 2, c.y() - markerSize / 2, markerSize, markerSize);
        // Hollow: the kind's colour and shape, but visibly not a dated point.
        painter->setPen(QPen(entry.color, 2));
        painter->setBrush(Qt::white);
        painter->drawPath(markerPath(entry.shape, box));
    }
    painter->setFont(m_font);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    for (auto it = m_overflow.cbegin(); it != m_overflow.cend(); ++it) {
        const qreal x = m_column.left() + padding + maxSlots * slotWidth;
        painter->drawText(QRectF(x, m_laneY.value(it.key()) - 10, 60, 20), Qt::AlignLeft | Qt::AlignVCenter,
                          QStringLiteral("+%1").arg(it.value()));
    }
    painter->restore();
}

} // namespace talentflow
