#pragma once

#include "models/DataSetWriter.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace talentflow {

class Database;
class ChartPanel;
class ImportRunner;

// Opening, importing and exporting files for the main window, with the dialogs and the plain,
// translated messages that go with them.
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseActions(QWidget *window);

    // Opens a file; on failure says why in the user's language and returns null.
    std::unique_ptr<Database> open(const QString &path);
    // Merges a format-1 file on a worker thread; importFinished() reports the outcome.
    void importInto(const Database &database, const QString &file);
    bool exportFrom(Database &database, const QString &file);
    bool isImporting() const;
    // Runs the quick_check of a database opened without it, on a worker thread; damaged()
    // follows if it fails.
    void verifyInBackground(const QString &path);
    // Asks for size, scale and file, then exports what the panel shows.
    void exportChart(ChartPanel *panel);

    QString chooseDatabaseFile();
    QString chooseImportFile();
    QString chooseExportFile();

signals:
    void importFinished(bool ok, const talentflow::MergeStats &stats);
    void note(const QString &text); // for the status bar
    void damaged();

private:
    QWidget *m_window;
    ImportRunner *m_runner;
    QPointer<QProgressDialog> m_progress;
};

} // namespace talentflow
