#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace talentflow {

// Holds back the start of background database work until a window has painted for the first
// time, or a view has shown what a person asked for: on a two-core machine, workers started
// earlier take the CPU that paint needs.
// A window holds it from its construction (it gets its data before it is shown) to its first
// paint; one still hidden when the event loop turns, or shown but not painted within a second,
// lets go. GUI thread only.
class WorkerStartGate
{
public:
    static void holdUntilFirstPaint(QWidget *window);

    // Holds until the widget's next paint has finished (a view showing new rows, which the
    // person waits for, while the work that follows them can wait a moment). A hidden widget,
    // or one that has not painted within 500 ms, lets go.
    static void holdUntilNextPaint(QWidget *widget);

    // Runs start on the next turn of the event loop when the gate is open then, or else once it
    // opens; dropped if the context object is gone by then.
    static void whenOpen(QObject *context, std::function<void()> start);

    static bool isHeld();
};

} // namespace talentflow
