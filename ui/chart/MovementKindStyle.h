#pragma once

#include "models/MovementKind.h"

#include <QColor>
#include <QList>
#include <QScatterSeries>

namespace talentflow {

// How the chart draws a kind of move: its marker's colour and shape.
struct MovementKindStyle
{
    QColor color;
    QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
};

MovementKindStyle movementKindStyle(MovementKind kind);

// Every kind in the order of the legend (and of the series drawn): departures first.
QList<MovementKind> movementKindsInLegendOrder();

} // namespace talentflow
