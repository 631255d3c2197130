#include "ui/chart/MarkerShapes.h"

#include <QPolygonF>
#include <QtMath>

namespace talentflow {

QPainterPath markerPath(QScatterSeries::MarkerShape shape, const QRectF &box)
{
    QPainterPath path;
    const QPointF c = box.center();
    const qreal r = box.width() / 2;
    const auto polygon = [&](int corners, qreal rotation, qreal inner) {
        QPolygonF points;
        const int steps = inner > 0 ? corners * 2 : corners;
        for (int i = 0; i < steps; ++i) {
            const qreal radius = (inner > 0 && i % 2 == 1) ? r * inner : r;
            const qreal angle = qDegreesToRadians(rotation + 360.0 * i / steps);
            points.append(c + QPointF(radius * qCos(angle), radius * qSin(angle)));
        }
        path.addPolygon(points);
        path.closeSubpath();
    };
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        path.addRect(box.adjusted(1, 1, -1, -1));
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        polygon(4, -90, 0);
        break;
    case QScatterSeries::MarkerShapeTriangle:
        polygon(3, -90, 0);
        break;
    case QScatterSeries::MarkerShapeStar:
        polygon(5, -90, 0.45);
        break;
    case QScatterSeries::MarkerShapePentagon:
        polygon(5, -90, 0);
        break;
    default:
        path.addEllipse(box);
        break;
    }
    return path;
}

} // namespace talentflow
