#pragma once

#include "models/Database.h"
#include "ui/WorkerStartGate.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace talentflow {

// A database with more moves than this counts, searches short strings and loads charts on worker
// threads; smaller ones answer at once.
constexpr int backgroundWorkMoves = 20000;

// The threads that run database work. Never Qt's global pool: the raster paint engine splits
// large fills across that pool and waits for them, so a long query there froze painting.
QThreadPool *databaseWorkPool();

// Runs work against a database file on a worker thread, with a connection of its own (a
// connection must never cross threads), and hands the result back on the GUI thread. The result
// is dropped if the context object is gone by then.
template<typename Result>
void runInBackground(QObject *context, const QString &databasePath, std::function<Result(Database &)> work,
                     std::function<void(const Result &)> done, std::function<void(const QString &)> failed = {})
{
    struct Outcome
    {
        bool ok = false;
        Result result{};
        QString error;
    };
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, context, [watcher, done, failed] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.ok)
            done(outcome.result);
        else if (failed)
            failed(outcome.error);
    });
    // Started once the event loop turns and the window has painted, so painting comes first.
    WorkerStartGate::whenOpen(watcher, [watcher, databasePath, work] {
        watcher->setFuture(QtConcurrent::run(databaseWorkPool(), [databasePath, work] {
            Outcome outcome;
            std::unique_ptr<Database> database = Database::open(databasePath, &outcome.error, nullptr,
                                                                Database::Access::Automatic, Database::Verify::Later);
            if (database) {
                outcome.result = work(*database);
                outcome.ok = true;
            }
            return outcome;
        }));
    });
}

} // namespace talentflow
