#include "models/WorkerPool.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QThread>
#include <QThreadStorage>

namespace talentflow {

QThreadPool *databaseWorkPool()
{
    // Owned by the application, so its threads are joined before the process ends.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("talentflow-database-work"));
        // Enough for the chart, the counts, a search and an import to run side by side; no more,
        // since each thread keeps a connection with its page cache (see workerDatabase).
        pool->setMaxThreadCount(4);
        // An idle thread, and the connection it keeps, go after ten seconds: a file the window
        // has left is then closed (and its write-ahead log folded back) soon after.
        pool->setExpiryTimeout(10000);
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
    // The GUI thread has its own connection; one kept here would never be closed.
    Q_ASSERT(QThread::currentThread() != QCoreApplication::instance()->thread());
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
