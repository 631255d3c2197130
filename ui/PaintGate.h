#pragma once

class QWidget;

namespace talentflow {

// Holds the worker start gate (models/WorkerStartGate) while a window or view paints.
namespace PaintGate {

// A window holds it from its construction (it gets its data before it is shown) to its first
// paint; one still hidden when the event loop turns, or shown but not painted within a second,
// lets go.
void holdUntilFirstPaint(QWidget *window);

// Holds until the widget's next paint has finished (a view showing new rows, which the person
// waits for, while the work that follows them can wait a moment). A hidden widget, or one that
// has not painted within 500 ms, lets go.
void holdUntilNextPaint(QWidget *widget);

// Changes those two limits (1000 and 500 ms) for holds that start later: a test makes them long
// to see that the paint opens the gate, and short to see that a widget that cannot paint lets go.
void setLongestHolds(int firstPaintMs, int nextPaintMs);

} // namespace PaintGate

} // namespace talentflow
