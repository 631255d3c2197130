#pragma once

#include "models/DataSetWriter.h"
#include "models/DataTransfer.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace talentflow {

class Database;
class ChartPanel;
class DataSession;

// Opening, importing and exporting files for the main window, with the dialogs and the plain,
// translated messages that go with them.
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    DatabaseActions(QWidget *window, DataSession *session);

    // Opens a file; on failure says why in the user's language and returns null.
    std::unique_ptr<Database> open(const QString &path);
    // Merges a format-1 file into the session's database on a worker thread; importFinished()
    // reports the outcome.
    void importFile(const QString &file);
    bool exportTo(const QString &file);
    bool isImporting() const;
    // Runs the quick_check of the session's database (opened without it) on a worker thread;
    // damaged() follows if it fails.
    void verifyInBackground();
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
    // After an import: the new people who may be stored people, offered for a merge.
    void offerMerges(const QList<qint64> &newPeople);
    void showImportProgress(talentflow::ImportProgress::Step step, qint64 done, qint64 total);

    QWidget *m_window;
    DataSession *m_session;
    QPointer<QProgressDialog> m_progress;
    QString m_importedFileName;
    bool m_importCancelled = false;
};

} // namespace talentflow
