#pragma once

#include <QBrush>
#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QScatterSeries>

#include <functional>

class QGraphicsSimpleTextItem;

namespace talentflow {

// The hatching of the "date not stated" band, shared with its legend key.
QBrush undatedBandBrush();

// A column right of the plot that holds, lane by lane, the moves no article dates: hollow
// markers in article order, never placed on a guessed date.
class UndatedBand : public QGraphicsItem
{
public:
    static constexpr int maxSlots = 6; // past this, a lane shows "+N" for the rest
    static constexpr qreal slotWidth = 17;

    struct Entry
    {
        int lane = 0;
        int slot = 0; // left to right, in the order of the articles
        QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
        QColor color;
    };

    UndatedBand(const QString &header, const QFont &font, QGraphicsItem *parent);

    // Adds a move; returns its index, or -1 when its lane's slots are full (counted as "+N").
    int add(int lane, QScatterSeries::MarkerShape shape, const QColor &color);
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The width the band needs: its widest lane or its header, whichever is wider.
    qreal preferredWidth() const;
    QString header() const;

    // Places the band: its column spans plot's height at left; laneY maps a lane to its centre.
    void relayout(qreal left, const QRectF &plot, qreal axisLabelsY, const std::function<qreal(int)> &laneY);
    QPointF position(int entry) const;
    // Whether the entry's lane is in the plot's lane window.
    bool isShown(int entry) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<Entry> m_entries;
    QHash<int, int> m_used;     // lane -> slots used
    QHash<int, int> m_overflow; // lane -> moves not drawn
    QFont m_font;
    QGraphicsSimpleTextItem *m_header;
    QRectF m_column;
    QHash<int, qreal> m_laneY;
};

} // namespace talentflow
