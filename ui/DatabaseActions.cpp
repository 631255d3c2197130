#include "ui/DatabaseActions.h"

#include "models/DataSession.h"
#include "models/Database.h"
#include "ui/AppSettings.h"
#include "ui/chart/ChartExportDialog.h"
#include "ui/chart/ChartPanel.h"
#include "ui/ErrorMessage.h"
#include "ui/FileDialogs.h"
#include "ui/browse/SearchExplanation.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

#include <spdlog/spdlog.h>

namespace talentflow {

DatabaseActions::DatabaseActions(QWidget *window, DataSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
}

std::unique_ptr<Database> DatabaseActions::open(const QString &path)
{
    QString error;
    Database::Problem problem = Database::Problem::None;
    std::unique_ptr<Database> database = Database::open(path, &error, &problem);
    if (database)
        return database;
    spdlog::warn("cannot open {}: {}", path.toStdString(), error.toStdString());
    QString message;
    switch (problem) {
    case Database::Problem::Missing:
        message = tr("The file “%1” does not exist.");
        break;
    case Database::Problem::NotTalentflow:
        message = tr("“%1” is not a Talentflow database.");
        break;
    case Database::Problem::Damaged:
        message = tr("“%1” is damaged and cannot be read safely.");
        break;
    case Database::Problem::Newer:
        message = tr("“%1” was made by a newer version of Talentflow. Update Talentflow to open it.");
        break;
    case Database::Problem::UnsafeSchema:
        message = tr("“%1” contains triggers or views that could run code, so Talentflow does not open it.");
        break;
    case Database::Problem::Busy:
        message = tr("“%1” is busy: another program is writing to it. Try again in a moment.");
        break;
    case Database::Problem::ReadOnlyUpgrade:
        message = tr("“%1” needs an upgrade, but it is read-only. Open a copy you can write to.");
        break;
    default:
        message = tr("Talentflow could not open “%1”.");
        break;
    }
    showErrorMessage(m_window, tr("Cannot open database"),
                     message.arg(QFileInfo(path).fileName()) + QStringLiteral("\n\n") + tr("Details: %1").arg(error));
    return nullptr;
}

void DatabaseActions::verifyInBackground()
{
    if (!m_session->isOpen())
        return;
    const QString path = m_session->path();
    m_session->check(this, [this, path](const Answer<bool> &sound) {
        if (!sound) {
            // The check could not run (the file busy, say): no verdict on the file.
            spdlog::warn("could not check {}: {}", path.toStdString(), sound.error.toStdString());
            return;
        }
        if (*sound.value)
            return;
        spdlog::error("{} failed its check: {}", path.toStdString(), sound.error.toStdString());
        showErrorMessage(m_window, tr("Cannot open database"),
                         tr("“%1” is damaged and cannot be read safely.").arg(QFileInfo(path).fileName())
                             + QStringLiteral("\n\n") + tr("Details: %1").arg(sound.error));
        emit damaged();
    });
}

void DatabaseActions::importFile(const QString &file)
{
    if (!m_session->mayImport())
        return;
    m_importedFileName = QFileInfo(file).fileName();
    m_importCancelled = false;
    // Per mille of the whole import: reading to check, reading to write, then the indexes.
    m_progress = new QProgressDialog(tr("Checking %1…").arg(m_importedFileName), tr("Cancel"), 0, 1000, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import Data"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_importCancelled = true;
        m_session->cancelImport();
        // Cancelling waits for the import's next step; the dialog stays until it has rolled back.
        if (m_progress) {
            m_progress->setCancelButton(nullptr);
            m_progress->setLabelText(tr("Cancelling; nothing of %1 will be kept…").arg(m_importedFileName));
            m_progress->setRange(0, 0);
            m_progress->show();
        }
    });
    connect(m_session, &DataSession::importProgressed, m_progress, [this](ImportProgress::Step step, qint64 done, qint64 total) {
        showImportProgress(step, done, total);
    });
    m_session->importFile(file, this, [this](const Answer<MergeStats> &stats) {
        if (m_progress) {
            disconnect(m_progress, nullptr, this, nullptr); // closing the dialog emits canceled()
            m_progress->close();
        }
        if (stats) {
            //: %1: "3 new roles", %2: "12 new movements"
            emit note(tr("Imported %1 and %2.")
                          .arg(tr("%n new role(s)", nullptr, stats.value->roles),
                               tr("%n new movement(s)", nullptr, stats.value->movements)));
            offerMerges(stats.value->newPeople);
        } else if (m_importCancelled) {
            emit note(tr("Import of %1 cancelled; the database is unchanged.").arg(m_importedFileName));
        } else {
            showErrorMessage(m_window, tr("Import failed"),
                             tr("Nothing was imported; the database is unchanged.") + QStringLiteral("\n\n")
                                 + tr("Details: %1").arg(stats.error));
        }
        emit importFinished(bool(stats), stats.value.value_or(MergeStats()));
    });
}

void DatabaseActions::showImportProgress(ImportProgress::Step step, qint64 done, qint64 total)
{
    if (!m_progress || m_importCancelled || total <= 0)
        return;
    // Checking reads the file once quickly, writing reads it again and does most of the work.
    const auto share = [&](int from, int to) { return from + int((to - from) * std::min<qint64>(done, total) / total); };
    switch (step) {
    case ImportProgress::Step::Checking:
        m_progress->setLabelText(tr("Checking %1…").arg(m_importedFileName));
        m_progress->setValue(share(0, 100));
        break;
    case ImportProgress::Step::Writing:
        m_progress->setLabelText(tr("Importing %1…").arg(m_importedFileName));
        m_progress->setValue(share(100, 700));
        break;
    case ImportProgress::Step::Indexing:
        m_progress->setLabelText(tr("Building the indexes and the search index…"));
        m_progress->setValue(share(700, 1000));
        break;
    }
}

bool DatabaseActions::isImporting() const
{
    return m_session->isImporting();
}

bool DatabaseActions::exportTo(const QString &file)
{
    QString error;
    if (!m_session->exportTo(file, &error)) {
        showErrorMessage(m_window, tr("Export failed"), tr("Details: %1").arg(error));
        return false;
    }
    AppSettings::setLastExportFolder(QFileInfo(file).absolutePath());
    emit note(tr("Data saved to %1").arg(file));
    return true;
}

void DatabaseActions::exportChart(ChartPanel *panel)
{
    QString error;
    std::unique_ptr<ExportedChart> chart = panel->exportedChart(&error);
    if (!chart) {
        showErrorMessage(m_window, tr("Cannot export the chart"), tr("Details: %1").arg(error));
        return;
    }
    ChartExportDialog dialog(m_window, [&chart](const ChartExportSettings &settings) {
        return ChartExporter::prefill(*chart, settings);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartExportSettings settings = dialog.settings();
    const QString folder = AppSettings::lastExportFolder();
    const QString suggested = settings.preset == ExportPreset::Print ? QStringLiteral("talentflow-chart.pdf")
                                                                      : QStringLiteral("talentflow-chart.png");
    const QString path = FileDialogs::saveFileName(m_window, tr("Export Chart"),
                                                   (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + suggested,
                                                   dialog.fileFilter());
    if (path.isEmpty())
        return;
    if (dialog.savesData()) {
        const QFileInfo info(path);
        settings.dataPath = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-data.csv");
    }
    const QString saved = settings.dataPath.isEmpty() ? tr("Chart saved to %1").arg(path)
                                                      : tr("Chart saved to %1, its data to %2").arg(path, settings.dataPath);
    if (QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) != 0) {
        if (!ChartExporter::exportChart(*chart, path, settings, &error)) {
            showErrorMessage(m_window, tr("Cannot export the chart"), tr("Details: %1").arg(error));
            return;
        }
        AppSettings::setLastExportFolder(QFileInfo(path).absolutePath());
        emit note(saved);
        return;
    }
    // Rendered here; compressing a large PNG takes a fifth of a second, on a worker.
    std::optional<PreparedExport> prepared = ChartExporter::preparePng(*chart, path, settings, &error);
    if (!prepared) {
        showErrorMessage(m_window, tr("Cannot export the chart"), tr("Details: %1").arg(error));
        return;
    }
    emit note(tr("Saving the chart to %1…").arg(path));
    ChartExporter::writeInBackground(std::move(*prepared), this, [this, saved, path](const QString &failure) {
        if (!failure.isEmpty()) {
            showErrorMessage(m_window, tr("Cannot export the chart"), tr("Details: %1").arg(failure));
            return;
        }
        AppSettings::setLastExportFolder(QFileInfo(path).absolutePath());
        emit note(saved);
    });
}

QString DatabaseActions::chooseDatabaseFile()
{
    return FileDialogs::openFileName(m_window, tr("Open Database"), QString(),
                                     tr("Talentflow databases (*.sqlite *.db);;All files (*)"));
}

QString DatabaseActions::chooseImportFile()
{
    return FileDialogs::openFileName(m_window, tr("Import Data"), AppSettings::lastExportFolder(),
                                     tr("Talentflow exports (*.json)"));
}

QString DatabaseActions::chooseExportFile()
{
    const QString folder = AppSettings::lastExportFolder();
    return FileDialogs::saveFileName(m_window, tr("Export Data"),
                                     (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("talentflow.json"),
                                     tr("JSON, format 2 (*.json);;CSV for spreadsheets (*.csv)"));
}

void DatabaseActions::offerMerges(const QList<qint64> &newPeople)
{
    // Only offered: two records stay two until the user merges them (undoably) in the detail pane.
    // A bulk load (a new database's contents) is checked from the command line, not in the window.
    constexpr int listed = 10;
    constexpr int checkedInTheWindow = 2000;
    if (newPeople.isEmpty() || newPeople.size() > checkedInTheWindow)
        return;
    const Answer<QList<MergeCandidate>> pairs = m_session->sameNamedAsNewPeople(newPeople, listed + 1);
    if (!pairs || pairs.value->isEmpty())
        return;
    QStringList lines;
    for (const MergeCandidate &pair : pairs.value->mid(0, listed))
        lines.append(QStringLiteral("• ") + MatchReasonText::pair(pair));
    if (pairs.value->size() > listed)
        lines.append(tr("…and more."));
    QMessageBox box(QMessageBox::Information, tr("Possibly Stored Twice"),
                    tr("The import added people whose names are stored people's in another form. If two records are "
                       "one person, select one and choose “Merge with another person…” in the detail pane."),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("possibleDuplicates"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace talentflow
