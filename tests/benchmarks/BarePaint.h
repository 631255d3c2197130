#pragma once

#include <QString>

class QChart;
class QChartView;
class QSize;
class QTableView;

namespace talentflow::benchmark {

// How long the window is left idle before each timed run of an operation, as a person's next
// click comes after a pause. The bare paints below are timed after the same pause: back to back,
// the same repaint takes half as long (caches still warm), which a window answering a click
// never sees.
constexpr int QuietBeforeEachRunMs = 250;

// Lets the event loop sleep for `ms`, as an idle window does.
void sleepInEventLoop(int ms);

// What Qt's own widgets, with nothing behind them, take to paint the screen an operation ends
// on. With the sqlite3 floors of the queries that must come before each paint, it bounds from
// below what a Qt Widgets window with a Qt Charts timeline can do.

// A QTableView over a QStandardItemModel holding the rows and columns `shown` has on screen,
// with its size, font, row height and column widths: the median time of a reset and the repaint
// it asks for. -1 if it could not be shown.
double bareTableRepaintMs(const QTableView &shown, int runs);

// A QChartView showing the same scatter points, lane names and date ticks as `shown`, at its
// size: the median time to build that chart, set it (releasing the previous one) and paint it.
// -1 if it could not be shown.
double bareChartMs(const QChartView &shown, int runs);

// The same chart as bareChartMs, built and painted into an image of `size` at `scale`, as an
// export renders one, and written to `pngPath` as PNG when one is given: the median time of
// `runs`. -1 if it could not be built or written.
double bareChartImageMs(const QChart &shown, const QSize &size, int scale, int runs, const QString &pngPath = QString());

} // namespace talentflow::benchmark
