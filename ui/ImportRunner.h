#pragma once

#include "models/DataSetWriter.h"

#include <QObject>
#include <QString>

namespace talentflow {

// Imports a file into a database on a worker thread, with a connection of its own, so the
// window stays responsive while a large file is checked and merged.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void start(const QString &databasePath, const QString &file);
    bool isRunning() const { return m_running; }

signals:
    void finished(bool ok, const MergeStats &stats, const QString &error);

private:
    bool m_running = false;
};

} // namespace talentflow
