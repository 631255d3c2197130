#pragma once

#include <QObject>

#include <functional>

namespace talentflow {

// Holds back the start of background database work while a window paints what a person asked
// for: on a two-core machine, workers started earlier take the CPU that paint needs. The window's
// widgets hold and release it (ui/PaintGate); the data session starts its workers through it.
// GUI thread only.
class WorkerStartGate
{
public:
    // Each hold() is matched by one release(); work waits while any hold remains.
    static void hold();
    static void release();

    // Runs start on the next turn of the event loop when the gate is open then, or else once it
    // opens; dropped if the context object is gone by then.
    static void whenOpen(QObject *context, std::function<void()> start);

    static bool isHeld();
};

} // namespace talentflow
