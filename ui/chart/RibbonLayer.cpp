#include "ui/chart/RibbonLayer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>

#include <cmath>

namespace talentflow {

namespace {

// Not the global pool: Qt's raster engine fills large images and converts them on that pool's
// threads and waits for them, so a picture filling there could hold the window's own paints.
// One thread: a newer picture replaces the one being filled, never runs beside it.
QThreadPool *picturePool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool(qApp);
        created->setMaxThreadCount(1);
        return created;
    }();
    return pool;
}

// Never thinner than a pixel, so one person among thousands still shows.
QRectF visible(QRectF slot)
{
    if (slot.height() < 1)
        slot.adjust(0, -(1 - slot.height()) / 2, 0, (1 - slot.height()) / 2);
    return slot;
}

void paintRibbon(QPainter &painter, const RibbonLayer::Ribbon &ribbon)
{
    painter.setBrush(ribbon.fill);
    painter.setPen(ribbon.pen());
    painter.drawPath(ribbon.shape());
}

} // namespace

QPainterPath RibbonLayer::shape(const QRectF &source, const QRectF &target)
{
    const QRectF from = visible(source);
    const QRectF to = visible(target);
    const qreal bend = (to.left() - from.left()) / 2;
    QPainterPath path(from.topLeft());
    path.cubicTo(from.left() + bend, from.top(), to.left() - bend, to.top(), to.left(), to.top());
    path.lineTo(to.left(), to.bottom());
    path.cubicTo(to.left() - bend, to.bottom(), from.left() + bend, from.bottom(), from.left(), from.bottom());
    path.closeSubpath();
    return path;
}

QRectF RibbonLayer::Ribbon::bounds() const
{
    const QRectF from = visible(source);
    const QRectF to = visible(target);
    return QRectF(QPointF(qMin(from.left(), to.left()), qMin(from.top(), to.top())),
                  QPointF(qMax(from.left(), to.left()), qMax(from.bottom(), to.bottom())));
}

RibbonLayer::RibbonLayer(const QRectF &area, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_area(area)
    , m_newest(std::make_shared<std::atomic<quint64>>(0))
{
}

RibbonLayer::~RibbonLayer()
{
    m_newest->store(0); // a worker still filling gives up
}

void RibbonLayer::draw(QList<Ribbon> ribbons, qreal devicePixelRatio)
{
    const quint64 generation = ++m_generation;
    m_newest->store(generation);
    const QSize pixels(int(std::ceil(m_area.width() * devicePixelRatio)), int(std::ceil(m_area.height() * devicePixelRatio)));
    const QPointF origin = m_area.topLeft();
    QPointer<RibbonLayer> layer(this);
    picturePool()->start([layer, newest = m_newest, generation, ribbons = std::move(ribbons), pixels, devicePixelRatio,
                          origin] {
        if (newest->load() != generation)
            return; // a newer picture is wanted, or the layer is gone
        QImage picture;
        if (!pixels.isEmpty()) { // a view with no height has nothing to show
            picture = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            picture.setDevicePixelRatio(devicePixelRatio);
            picture.fill(Qt::transparent);
            QPainter painter(&picture);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.translate(-origin);
            for (int i = 0; i < ribbons.size(); ++i) {
                if (i % 256 == 0 && newest->load() != generation)
                    return;
                paintRibbon(painter, ribbons.at(i));
            }
        }
        // Handed over on the window's thread, where the layer lives and may be gone by then.
        QMetaObject::invokeMethod(
            qApp,
            [layer, generation, picture = std::move(picture)] {
                if (!layer || generation != layer->m_generation)
                    return;
                layer->m_picture = picture;
                layer->m_drawnGeneration = generation;
                layer->update();
                emit layer->drawn();
            },
            Qt::QueuedConnection);
    });
}

void RibbonLayer::setRibbons(QList<Ribbon> ribbons, QList<Ribbon> untilDrawn, RibbonLayer *layer)
{
    m_painted = std::move(ribbons);
    m_untilDrawn = std::move(untilDrawn);
    disconnect(m_waiting);
    if (layer && !m_untilDrawn.isEmpty()) {
        m_waiting = connect(layer, &RibbonLayer::drawn, this, [this] {
            disconnect(m_waiting);
            m_untilDrawn.clear();
            update();
        });
    }
    update();
}

void RibbonLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_picture.isNull())
        painter->drawImage(m_area, m_picture);
    for (const QList<Ribbon> *ribbons : {&m_untilDrawn, &m_painted}) {
        for (const Ribbon &ribbon : *ribbons)
            paintRibbon(*painter, ribbon);
    }
}

} // namespace talentflow
