#pragma once

#include "models/Database.h"
#include "models/WorkerStartGate.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace talentflow {

// The threads that run database work. Never Qt's global pool: the raster paint engine splits
// large fills across that pool and waits for them, so a long query there froze painting.
QThreadPool *databaseWorkPool();

// This worker thread's connection to a database file, opened on first use and kept for the
// thread's later work: a new connection per query paid for opening the file and started with an
// empty page cache, which made a company's chart read its pages from the disk each time. Worker
// threads only; nullptr (and the error) if the file cannot be opened. The pointer is valid until
// the same thread asks for another file.
Database *workerDatabase(const QString &path, QString *error);

// Makes every worker connection open afresh on its next use: for a file replaced on disk or
// opened again by the window.
void renewWorkerDatabases();

// Runs work against a database file on a worker thread, with that thread's own connection (a
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
            if (Database *database = workerDatabase(databasePath, &outcome.error)) {
                outcome.result = work(*database);
                outcome.ok = true;
            }
            return outcome;
        }));
    });
}

} // namespace talentflow
