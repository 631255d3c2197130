#include "ui/chart/MovementKindStyle.h"

#include <algorithm>

namespace talentflow {

namespace {

struct StyleAndRank
{
    MovementKindStyle style;
    int legendRank;
};

// Departures stand out in warm colours; arrivals in cool ones; shapes tell them apart in print.
StyleAndRank styleAndRank(MovementKind kind)
{
    using S = QScatterSeries;
    switch (kind) {
    case MovementKind::Left:
        return {{QColor(0xd6, 0x27, 0x28), S::MarkerShapeCircle}, 0};
    case MovementKind::Fired:
        return {{QColor(0x7f, 0x00, 0x00), S::MarkerShapeRectangle}, 1};
    case MovementKind::Ousted:
        return {{QColor(0x94, 0x3c, 0xb4), S::MarkerShapeRotatedRectangle}, 2};
    case MovementKind::Sabbatical:
        return {{QColor(0xf0, 0x8c, 0x00), S::MarkerShapeTriangle}, 3};
    case MovementKind::Reinstated:
        return {{QColor(0x2c, 0xa0, 0x2c), S::MarkerShapeStar}, 4};
    case MovementKind::Joined:
        return {{QColor(0x1f, 0x77, 0xb4), S::MarkerShapeStar}, 5};
    case MovementKind::Founded:
        return {{QColor(0x55, 0x55, 0x55), S::MarkerShapePentagon}, 6};
    case MovementKind::RoleChange:
        return {{QColor(0x17, 0xa2, 0xb8), S::MarkerShapeCircle}, 7};
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

MovementKindStyle movementKindStyle(MovementKind kind)
{
    return styleAndRank(kind).style;
}

QList<MovementKind> movementKindsInLegendOrder()
{
    QList<MovementKind> kinds;
    for (const MovementKindEntry &entry : movementKindTable())
        kinds.append(entry.kind);
    std::stable_sort(kinds.begin(), kinds.end(), [](MovementKind a, MovementKind b) {
        return styleAndRank(a).legendRank < styleAndRank(b).legendRank;
    });
    return kinds;
}

} // namespace talentflow
