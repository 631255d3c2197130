#include "ui/BackgroundTask.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QThread>
#include <QThreadStorage>

#include <algorithm>

namespace talentflow {

QThreadPool *databaseWorkPool()
{
    // Owned by the application, so its threads are joined before the process ends.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("talentflow-database-work"));
        // Enough for the chart, the counts and a search to run side by side.
        pool->setMaxThreadCount(std::max(3, QThread::idealThreadCount()));
    }
    return pool;
}

namespace {

// A worker connection holds less page cache than the window's: several may be open at once.
constexpr int workerPageCacheKb = 16 * 1024;

QAtomicInt workerGeneration;

struct WorkerConnection
{
    QString path;
    int generation = 0;
    std::unique_ptr<Database> database;
};

} // namespace

Database *workerDatabase(const QString &path, QString *error)
{
    // Closed by QThreadStorage in the worker's own thread when the pool retires it.
    static QThreadStorage<WorkerConnection *> connections;
    if (!connections.hasLocalData())
        connections.setLocalData(new WorkerConnection);
    WorkerConnection *held = connections.localData();
    const int generation = workerGeneration.loadAcquire();
    if (held->database && held->path == path && held->generation == generation)
        return held->database.get();
    held->database.reset();
    held->database = Database::open(path, error, nullptr, Database::Access::Automatic, Database::Verify::Later);
    if (!held->database)
        return nullptr;
    held->database->setPageCacheKb(workerPageCacheKb);
    held->path = path;
    held->generation = generation;
    return held->database.get();
}

void renewWorkerDatabases()
{
    workerGeneration.fetchAndAddRelease(1);
}

} // namespace talentflow
