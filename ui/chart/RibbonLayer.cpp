#include "ui/chart/RibbonLayer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>

#include <cmath>

namespace talentflow {

RibbonLayer::RibbonLayer(const QRectF &area, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_area(area)
    , m_newest(std::make_shared<std::atomic<quint64>>(0))
{
}

RibbonLayer::~RibbonLayer()
{
    m_newest->store(0); // a worker still drawing gives up
}

void RibbonLayer::draw(QList<Ribbon> ribbons, qreal devicePixelRatio)
{
    const quint64 generation = ++m_generation;
    m_newest->store(generation);
    const QSize pixels(int(std::ceil(m_area.width() * devicePixelRatio)), int(std::ceil(m_area.height() * devicePixelRatio)));
    const QPointF origin = m_area.topLeft();
    QPointer<RibbonLayer> layer(this);
    // The paths are implicitly shared copies: the scene's items may change theirs meanwhile.
    QThreadPool::globalInstance()->start([layer, newest = m_newest, generation, ribbons = std::move(ribbons), pixels,
                                          devicePixelRatio, origin] {
        QImage picture(pixels, QImage::Format_ARGB32_Premultiplied);
        picture.setDevicePixelRatio(devicePixelRatio);
        picture.fill(Qt::transparent);
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-origin);
        for (int i = 0; i < ribbons.size(); ++i) {
            if (i % 256 == 0 && newest->load() != generation)
                return; // a newer picture is wanted, or the layer is gone
            painter.setBrush(ribbons.at(i).brush);
            painter.setPen(ribbons.at(i).pen);
            painter.drawPath(ribbons.at(i).path);
        }
        painter.end();
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

void RibbonLayer::setRibbons(QList<Ribbon> ribbons)
{
    m_painted = std::move(ribbons);
    update();
}

void RibbonLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_picture.isNull()) {
        painter->drawImage(m_area, m_picture);
    } else if (m_generation > 0) {
        // The first picture is on its way: say so where the ribbons will be.
        const QString note = tr("Drawing the ribbons…");
        const QRectF box = painter->fontMetrics().boundingRect(note).adjusted(-8, -4, 8, 4);
        painter->setPen(QColor(0xcc, 0xcc, 0xcc));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(QRectF(m_area.center() - box.center(), box.size()), 4, 4);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(m_area, Qt::AlignCenter, note);
    }
    for (const Ribbon &ribbon : std::as_const(m_painted)) {
        painter->setBrush(ribbon.brush);
        painter->setPen(ribbon.pen);
        painter->drawPath(ribbon.path);
    }
}

} // namespace talentflow
