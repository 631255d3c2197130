#include "models/WorkerStartGate.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <utility>

namespace talentflow {

namespace {

struct Waiting
{
    QPointer<QObject> context;
    std::function<void()> start;
};

int holders = 0;
QList<Waiting> waiting;

} // namespace

void WorkerStartGate::hold()
{
    ++holders;
}

void WorkerStartGate::release()
{
    if (holders == 0 || --holders > 0)
        return;
    const QList<Waiting> ready = std::exchange(waiting, {});
    for (const Waiting &work : ready) {
        if (work.context)
            QTimer::singleShot(0, work.context, work.start);
    }
}

void WorkerStartGate::whenOpen(QObject *context, std::function<void()> start)
{
    if (holders > 0) {
        waiting.append({context, std::move(start)});
        return;
    }
    // Asked for before a window or view took hold in the same turn (a widget built before its
    // window): check again when the turn comes.
    QTimer::singleShot(0, context, [context, start = std::move(start)] {
        if (holders > 0)
            waiting.append({context, start});
        else
            start();
    });
}

bool WorkerStartGate::isHeld()
{
    return holders > 0;
}

} // namespace talentflow
