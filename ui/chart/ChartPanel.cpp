#include "ui/chart/ChartPanel.h"

#include "models/Database.h"
#include "ui/BackgroundTask.h"
#include "ui/chart/TimelineView.h"
#include "ui/WorkerStartGate.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace talentflow {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_reset(new QToolButton(this))
    , m_view(new TimelineView(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_grouping->setObjectName(QStringLiteral("chartGrouping"));
    m_reset->setObjectName(QStringLiteral("chartResetZoom"));
    m_kind->addItems({QString(), QString()});
    m_grouping->addItems({QString(), QString()});

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    bar->addWidget(m_kind);
    bar->addWidget(m_grouping);
    bar->addStretch(1);
    bar->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    // Lanes keep a readable height; when they do not fit, the lanes scroll instead of squeezing.
    auto *chartRow = new QHBoxLayout;
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->setSpacing(0);
    chartRow->addWidget(m_view, 1);
    chartRow->addWidget(m_view->laneScrollBar());
    layout->addLayout(chartRow, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_reset, &QToolButton::clicked, m_view, &TimelineView::resetZoom);
    connect(m_view, &TimelineView::personClicked, this, &ChartPanel::personClicked);
    retranslate();
}

void ChartPanel::setDatabase(Database *database, int movementCount)
{
    m_database = database;
    QString error;
    m_movementCount = movementCount >= 0 ? movementCount
        : database                      ? TimelineRepository(database->connection()).movementCount(&error).value_or(0)
                                        : 0;
    rebuild();
}

void ChartPanel::setFilter(const RoleFilter &filter, const FilterDescription &description)
{
    if (filter == m_filter && description == m_description)
        return;
    m_filter = filter;
    m_description = description;
    rebuild();
}

ChartRequest ChartPanel::request() const
{
    ChartRequest request;
    request.kind = m_kind->currentIndex() == 1 ? TimelineKind::Founders : TimelineKind::Departures;
    request.grouping = m_grouping->currentIndex() == 1 ? LaneGrouping::Company : LaneGrouping::Person;
    request.filter = m_filter;
    if (request.kind == TimelineKind::Departures)
        request.description = m_description;
    return request;
}

bool ChartPanel::isLarge() const
{
    return m_movementCount > m_backgroundThreshold;
}

void ChartPanel::rebuild()
{
    m_grouping->setEnabled(m_kind->currentIndex() == 0);
    const int generation = ++m_generation;
    if (!m_database)
        return;
    const ChartRequest wanted = request();
    if (!isLarge()) {
        QString error;
        const std::optional<TimelineInput> input = TimelineRepository(m_database->connection()).load(wanted, &error);
        if (input)
            show(*input, wanted);
        else
            emit failed(error);
        return;
    }
    // A large database: query on a worker with its own connection, draw when it is done. The
    // worker starts once the window has painted, so it does not compete with that for a core.
    using Result = QPair<std::optional<TimelineInput>, QString>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation, wanted] {
        const Result result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        if (result.first)
            show(*result.first, wanted);
        else
            emit failed(result.second);
    });
    const QString path = m_database->path();
    WorkerStartGate::whenOpen(watcher, [watcher, path, wanted] {
        watcher->setFuture(QtConcurrent::run(databaseWorkPool(), [path, wanted]() -> Result {
            QString error;
            Database *database = workerDatabase(path, &error);
            if (!database)
                return {std::nullopt, error};
            std::optional<TimelineInput> input = TimelineRepository(database->connection()).load(wanted, &error);
            return {std::move(input), error};
        }));
    });
}

void ChartPanel::show(const TimelineInput &input, const ChartRequest &request)
{
    m_view->setTimeline(std::make_unique<TimelineChart>(input.data, input.steps, request.spec()));
    showPerson(m_personId);
    emit rebuilt();
}

void ChartPanel::showPerson(qint64 personId)
{
    m_personId = personId;
    m_view->highlightPerson(personId);
}

bool ChartPanel::exportChart(const QString &path, const QSize &size, int scale, QString *error)
{
    if (!m_database) {
        if (error)
            *error = tr("No database is open.");
        return false;
    }
    if (!ChartExporter::validate(size, scale, error))
        return false;
    std::unique_ptr<TimelineChart> timeline = ChartExporter::build(*m_database, request(), size, error);
    return timeline && ChartExporter::render(*timeline, path, size, scale, error);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void ChartPanel::retranslate()
{
    m_kind->setItemText(0, tr("Departures timeline"));
    m_kind->setItemText(1, tr("Founding team"));
    m_grouping->setItemText(0, tr("Lanes: people"));
    m_grouping->setItemText(1, tr("Lanes: companies"));
    m_reset->setText(tr("Reset zoom"));
    m_reset->setToolTip(tr("Wheel or + and − zoom the time axis, drag or the arrow keys pan it, double-click or 0 resets; "
                           "Shift+wheel, ↑ ↓ and Page Up/Down scroll the lanes"));
}

} // namespace talentflow
