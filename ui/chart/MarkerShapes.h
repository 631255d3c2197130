#pragma once

#include <QPainterPath>
#include <QScatterSeries>

namespace talentflow {

// The outline of a Qt Charts scatter marker shape inside box, for items that draw markers
// themselves (the legend, the "date not stated" band) and must look like the series' own.
QPainterPath markerPath(QScatterSeries::MarkerShape shape, const QRectF &box);

} // namespace talentflow
