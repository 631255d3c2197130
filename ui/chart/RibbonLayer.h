#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QImage>
#include <QPainterPath>
#include <QPen>

#include <atomic>
#include <memory>

namespace talentflow {

// The talent flow's ribbons as one item of the scene. Thousands of antialiased, half-transparent
// ribbons take seconds to fill (1.5 s for the 13,000 of a 1M-move file), and as items of their
// own the scene's index and paint went through each of them at every repaint: drawn by the
// window's own thread, they held the window that long. draw() fills them into a picture on a
// worker of its own, kept until a newer one is ready, so a repaint is a copy of it; setRibbons()
// keeps a few (the highlighted ones) drawn with each paint.
class RibbonLayer : public QGraphicsObject
{
    Q_OBJECT

public:
    // A ribbon as plain values: the worker builds its own path from them, since a path shared
    // with the window's thread fills caches in its shared data from either side.
    struct Ribbon
    {
        QRectF source; // the slot on the source node's right edge (zero width)
        QRectF target; // the slot on the target node's left edge
        QColor fill;
        QColor edge;
        qreal edgeWidth = 0;
        Qt::PenStyle edgeStyle = Qt::NoPen;
        int index = 0;    // of the ribbon in its data
        bool lit = false; // drawn over the others

        QPen pen() const { return edgeStyle == Qt::NoPen ? QPen(Qt::NoPen) : QPen(edge, edgeWidth, edgeStyle); }
        QPainterPath shape() const { return RibbonLayer::shape(source, target); }
        // Where the shape lies: its curves stay between the slots' heights.
        QRectF bounds() const;
    };

    // A ribbon from one slot to the other, never thinner than a pixel.
    static QPainterPath shape(const QRectF &source, const QRectF &target);

    explicit RibbonLayer(const QRectF &area, QGraphicsItem *parent = nullptr);
    ~RibbonLayer() override;

    // Fills these ribbons, in this order, into a picture of the area at this pixel ratio;
    // the picture shown until then stays.
    void draw(QList<Ribbon> ribbons, qreal devicePixelRatio);
    // Whether the picture of the last ribbons asked for is in place.
    bool isDrawn() const { return m_drawnGeneration == m_generation; }
    // These ribbons are drawn with every paint, over the picture if there is one; those of
    // `untilDrawn` only until `layer` has drawn its next picture (it shows them in their new style).
    void setRibbons(QList<Ribbon> ribbons, QList<Ribbon> untilDrawn = {}, RibbonLayer *layer = nullptr);
    // The last picture, and one to show stretched to this area until draw()'s is ready (the
    // same ribbons laid out for another size, say).
    QImage picture() const { return m_picture; }
    void showMeanwhile(const QImage &picture) { m_picture = picture; }

    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void drawn();

private:
    QRectF m_area;
    QImage m_picture;
    QList<Ribbon> m_painted;
    QList<Ribbon> m_untilDrawn;
    QMetaObject::Connection m_waiting;
    quint64 m_generation = 0;
    quint64 m_drawnGeneration = 0;
    // The newest generation asked for, read by the worker to give up a stale picture.
    std::shared_ptr<std::atomic<quint64>> m_newest;
};

} // namespace talentflow
