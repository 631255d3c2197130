#include "app/GuiSession.h"

#include "models/BrowseRepository.h"
#include "models/CitedSources.h"
#include "models/CsvExporter.h"
#include "models/FlowRepository.h"
#include "models/DataSession.h"
#include "models/Database.h"
#include "models/PeopleRepository.h"
#include "models/SearchRepository.h"
#include "models/TimelineRepository.h"
#include "models/WorkerStartGate.h"
#include "ui/AppSettings.h"
#include "ui/DatabaseActions.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/UiLanguage.h"
#include "ui/browse/FilterBar.h"
#include "ui/browse/PersonSelection.h"
#include "ui/chart/ChartExporter.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>

#include <cstdlib>

#include <spdlog/spdlog.h>

namespace talentflow {

namespace {

// A render reads only the pages it draws, and a damaged one fails it with SQLite's own error;
// the whole-file scan would be most of a render of a large file (8 s of 9 at a million moves).
std::unique_ptr<Database> openRequested(const CommandLineOptions &options, QString *error)
{
    return options.databasePath.isEmpty()
        ? Database::openOrCreateDefault(error, Database::Verify::Later)
        : Database::open(options.databasePath, error, nullptr, Database::Access::Automatic, Database::Verify::Later);
}

// --lang wins; then the saved choice; on first run, the system locale.
DisplayLanguage requestedLanguage(const CommandLineOptions &options)
{
    return LanguageManager::fromCode(options.language.isEmpty() ? AppSettings::language() : options.language);
}

int fail(const QString &message)
{
    spdlog::error("{}", message.toStdString());
    return 1;
}

std::optional<qint64> companyNamed(Database &database, const QString &name)
{
    QString error;
    for (const CompanyRecord &company : BrowseRepository(database.connection()).companies(&error).value_or(QList<CompanyRecord>())) {
        if (company.nameEn.compare(name, Qt::CaseInsensitive) == 0 || company.nameZh == name)
            return company.id;
    }
    return std::nullopt;
}

std::optional<qint64> personNamed(Database &database, const QString &name)
{
    QString error;
    const QList<PersonRecord> exact = PeopleRepository(database.connection()).findByName(name, &error).value_or(QList<PersonRecord>());
    if (!exact.isEmpty())
        return exact.first().id;
    const QList<qint64> found = SearchRepository(database.connection()).matchingPeople(name, &error).value_or(QList<qint64>());
    return found.size() == 1 ? std::optional<qint64>(found.first()) : std::nullopt;
}

class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Leave at once: waiting for background work to wind down is not part of start-up.
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, [] { std::_Exit(0); });
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int runGui(const CommandLineOptions &options)
{
    QString error;
    // The window opens at once; the full page check runs behind it.
    std::unique_ptr<Database> database = options.databasePath.isEmpty()
        ? Database::openOrCreateDefault(&error, Database::Verify::Later)
        : Database::open(options.databasePath, &error, nullptr, Database::Access::Automatic, Database::Verify::Later);
    const QString opened = database ? database->path() : QString();
    MainWindow window;
    window.languageManager()->setLanguage(requestedLanguage(options));
    if (!options.language.isEmpty())
        AppSettings::setLanguage(options.language);
    window.setDatabase(std::move(database));
    window.restoreSettings();
    // For the start-up benchmark: quit once the window has painted for the first time.
    if (qEnvironmentVariableIsSet("TALENTFLOW_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintExit(&window));
    window.show();
    // Not drawn in the window itself: its SVG engine loads after the first frame.
    WorkerStartGate::whenOpen(&window, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/talentflow.svg"))); });
    // The full check reads every page: let the window and its first data arrive first.
    if (!opened.isEmpty())
        QTimer::singleShot(1500, window.databaseActions(), [&window] { window.databaseActions()->verifyInBackground(); });
    if (!error.isEmpty()) {
        spdlog::error("{}", error.toStdString());
        QMessageBox::warning(&window, QApplication::translate("talentflow::GuiSession", "Cannot open database"), error);
    }
    return QApplication::exec();
}

namespace {

// What --company and --search ask for, resolved as the window's filter bar would.
struct ExportFilter
{
    FilterRequest request;
    RoleFilter filter;
};

std::optional<ExportFilter> exportFilter(const CommandLineOptions &options, Database &database, QString *error)
{
    ExportFilter resolved;
    resolved.request.search = options.search;
    if (!options.company.isEmpty()) {
        const std::optional<qint64> companyId = companyNamed(database, options.company);
        if (!companyId) {
            *error = QStringLiteral("no company named \"%1\"").arg(options.company);
            return std::nullopt;
        }
        resolved.request.companyId = *companyId;
        // The company as the window's filter names it, in the export's language.
        QString ignored;
        const std::optional<CompanyRecord> company = BrowseRepository(database.connection()).company(*companyId, &ignored);
        resolved.request.companyName = company ? displayName(company->nameEn, company->nameZh, uiLanguage()) : options.company;
    }
    const std::optional<RoleFilter> filter = SearchRepository(database.connection()).resolve(resolved.request, error);
    if (!filter) {
        *error = QStringLiteral("cannot search: %1").arg(*error);
        return std::nullopt;
    }
    resolved.filter = *filter;
    return resolved;
}

FlowPeriods requestedPeriods(const CommandLineOptions &options)
{
    if (options.periods == QLatin1String("2"))
        return FlowPeriods::TwoYears;
    if (options.periods == QLatin1String("5"))
        return FlowPeriods::FiveYears;
    if (options.periods == QLatin1String("eras"))
        return FlowPeriods::Eras;
    return FlowPeriods::Years;
}

std::optional<TalentFlowData> readFlows(const CommandLineOptions &options, Database &database, const ExportFilter &resolved,
                                        QString *error)
{
    FlowQuery query;
    query.filter = resolved.filter;
    query.periods = requestedPeriods(options);
    std::optional<TalentFlowData> data = FlowRepository(database.connection()).load(query, error);
    if (!data)
        *error = QStringLiteral("cannot read the talent flow: %1").arg(*error);
    return data;
}

// The database an export reads and its filter resolved, or nothing with the reason.
std::pair<std::unique_ptr<Database>, std::optional<ExportFilter>> openForExport(const CommandLineOptions &options,
                                                                                QString *error)
{
    std::unique_ptr<Database> database = openRequested(options, error);
    if (!database)
        return {};
    std::optional<ExportFilter> resolved = exportFilter(options, *database, error);
    return {std::move(database), std::move(resolved)};
}

} // namespace

int runChartExport(const CommandLineOptions &options)
{
    LanguageManager languages;
    languages.setLanguage(requestedLanguage(options));
    QString error;
    const auto [database, resolved] = openForExport(options, &error);
    if (!resolved)
        return fail(error);
    ChartExportSettings settings;
    if (!options.chartPreset.isEmpty())
        settings.preset = ExportPresets::fromKey(options.chartPreset).value_or(ExportPreset::Custom);
    settings.size = options.size.isValid() ? options.size : QSize(1600, 900);
    settings.scale = options.scale;
    settings.title = options.chartTitle;
    settings.subtitle = options.chartSubtitle;
    settings.notes = options.chartNotes;
    settings.byline = options.chartByline;
    settings.alt = options.chartAlt;
    settings.plain = options.chartPlain;
    settings.transparent = options.chartTransparent;
    settings.dataPath = options.chartDataPath;

    std::unique_ptr<ExportedChart> chart;
    if (options.chartView == QLatin1String("flows")) {
        const std::optional<TalentFlowData> data = readFlows(options, *database, *resolved, &error);
        if (!data)
            return fail(error);
        std::optional<FlowCitations> citations = CitedSources(database->connection()).ofFlow(*data, &error);
        if (!citations)
            return fail(QStringLiteral("cannot read the talent flow's sources: %1").arg(error));
        chart = std::make_unique<FlowExport>(*data, FilterDescription::of(resolved->request), std::move(*citations));
    } else {
        ChartRequest request;
        request.kind = options.chartView == QLatin1String("founders") ? TimelineKind::Founders : TimelineKind::Departures;
        request.foundersCompanyId = resolved->request.companyId;
        request.filter = resolved->filter;
        request.description = FilterDescription::of(resolved->request);
        std::optional<TimelineInput> input = TimelineRepository(database->connection()).load(request, &error);
        if (!input)
            return fail(QStringLiteral("cannot read the chart's data: %1").arg(error));
        chart = std::make_unique<TimelineExport>(std::move(*input), request.spec());
    }
    if (!ChartExporter::exportChart(*chart, options.chartPath, settings, &error))
        return fail(QStringLiteral("cannot export the chart: %1").arg(error));
    return 0;
}

int runFlowsExport(const CommandLineOptions &options)
{
    LanguageManager languages;
    languages.setLanguage(requestedLanguage(options));
    QString error;
    const auto [database, resolved] = openForExport(options, &error);
    if (!resolved)
        return fail(error);
    const std::optional<TalentFlowData> data = readFlows(options, *database, *resolved, &error);
    if (!data)
        return fail(error);
    const QByteArray csv = CsvExporter::flowsToCsv(
        *data, [&data](qint64 company) { return FlowDiagram::companyName(*data, company); }, &FlowDiagram::personName);
    QSaveFile file(options.flowsPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(options.flowsPath, file.errorString()));
    return 0;
}

int runScreenshot(const CommandLineOptions &options)
{
    QString error;
    std::unique_ptr<Database> database = openRequested(options, &error);
    if (!database)
        return fail(error);

    std::optional<qint64> companyId;
    if (!options.company.isEmpty() && !(companyId = companyNamed(*database, options.company)))
        return fail(QStringLiteral("no company named \"%1\"").arg(options.company));
    std::optional<qint64> personId;
    if (!options.select.isEmpty() && !(personId = personNamed(*database, options.select)))
        return fail(QStringLiteral("no single person matches \"%1\"").arg(options.select));

    MainWindow window;
    window.setPersistent(false);
    window.languageManager()->setLanguage(requestedLanguage(options));
    window.setDatabase(std::move(database));
    if (companyId)
        window.filterBar()->chooseCompany(*companyId);
    if (!options.search.isEmpty())
        window.filterBar()->setSearchText(options.search);
    if (personId)
        window.selection()->select(*personId);
    window.resize(options.size.isValid() ? options.size : QSize(1600, 1000));
    window.show();
    // Background work starts once the window has painted (at most a second later, if it never
    // does): until then the pool is idle and the rounds below would find nothing to wait for.
    while (WorkerStartGate::isHeld())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // A large database answers on workers (its company list, then the filter's counts and chart),
    // each answer posting the next request: let every round finish. The first rounds also carry
    // the language change, the layout and the chart's margins.
    // Each answer can hold the gate again until the table has repainted.
    for (int round = 0; round < 12; ++round) {
        QApplication::processEvents();
        while (WorkerStartGate::isHeld())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        window.session()->waitForWorkers();
    }

    const QPixmap image = window.grab();
    QSaveFile file(options.screenshotPath);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(options.screenshotPath, file.errorString()));
    return 0;
}

} // namespace talentflow
