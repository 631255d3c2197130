#include "ui/ImportRunner.h"

#include "models/DataTransfer.h"
#include "models/Database.h"
#include "ui/BackgroundTask.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace talentflow {

namespace {
struct ImportResult
{
    bool ok = false;
    MergeStats stats;
    QString error;
};
} // namespace

void ImportRunner::start(const QString &databasePath, const QString &file)
{
    m_running = true;
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher] {
        const ImportResult result = watcher->result();
        watcher->deleteLater();
        m_running = false;
        emit finished(result.ok, result.stats, result.error);
    });
    watcher->setFuture(QtConcurrent::run(databaseWorkPool(), [databasePath, file] {
        ImportResult result;
        std::unique_ptr<Database> database = Database::open(databasePath, &result.error);
        if (database)
            result.ok = DataTransfer(*database).importFrom(file, &result.stats, &result.error);
        return result;
    }));
}

} // namespace talentflow
