#pragma once

class QChartView;
class QTableView;

namespace talentflow::benchmark {

// What Qt's own widgets, with nothing behind them, take to paint the screen an operation ends
// on. Added to an operation's sqlite3 floor it bounds from below what any Qt Widgets window
// can do: a target under that bound cannot be met on this stack.

// A QTableView over a QStandardItemModel holding the rows `shown` has on screen, with its size,
// font and column widths: the median time of a reset and the repaint it asks for.
double bareTableRepaintMs(const QTableView &shown, int runs);

// A QChartView showing the same scatter points, lane labels and date range as `shown`, at its
// size: the median time to build that chart, set it and paint it.
double bareChartMs(const QChartView &shown, int runs);

} // namespace talentflow::benchmark
