#include "ui/BackgroundTask.h"

#include <QCoreApplication>
#include <QThread>

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

} // namespace talentflow
