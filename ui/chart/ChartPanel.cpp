#include "ui/chart/ChartPanel.h"

#include "models/DataSession.h"
#include "models/WorkerStartGate.h"
#include "ui/UiLanguage.h"
#include "ui/chart/FlowView.h"
#include "ui/chart/TimelineView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace talentflow {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_periods(new QComboBox(this))
    , m_reset(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_view(new TimelineView(this))
    , m_flowView(new FlowView(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_grouping->setObjectName(QStringLiteral("chartGrouping"));
    m_reset->setObjectName(QStringLiteral("chartResetZoom"));
    m_periods->setObjectName(QStringLiteral("chartPeriods"));
    m_kind->addItems({QString(), QString(), QString()});
    m_grouping->addItems({QString(), QString()});
    m_periods->addItems({QString(), QString(), QString(), QString()});

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    bar->addWidget(m_kind);
    bar->addWidget(m_grouping);
    bar->addWidget(m_periods);
    bar->addStretch(1);
    bar->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    // Lanes keep a readable height; when they do not fit, the lanes scroll instead of squeezing.
    auto *timelinePage = new QWidget(this);
    auto *chartRow = new QHBoxLayout(timelinePage);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->setSpacing(0);
    chartRow->addWidget(m_view, 1);
    chartRow->addWidget(m_view->laneScrollBar());
    m_pages->addWidget(timelinePage);
    m_pages->addWidget(m_flowView);
    layout->addWidget(m_pages, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_periods, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_flowView, &FlowView::ribbonClicked, this, [this](const FlowRibbon &ribbon) {
        emit ribbonClicked(ribbon, FlowDiagram::ribbonHeading(m_flowView->diagram()->data(), ribbon));
    });
    connect(m_reset, &QToolButton::clicked, m_view, &TimelineView::resetZoom);
    connect(m_view, &TimelineView::personClicked, this, &ChartPanel::personClicked);
    retranslate();
}

void ChartPanel::setSession(DataSession *session)
{
    m_session = session;
    connect(session, &DataSession::databaseChanged, this, &ChartPanel::rebuild);
    connect(session, &DataSession::dataChanged, this, &ChartPanel::rebuild);
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

bool ChartPanel::showsFlows() const
{
    return m_kind->currentIndex() == 2;
}

void ChartPanel::setChart(int index)
{
    m_kind->setCurrentIndex(index);
}

FlowQuery ChartPanel::flowQuery() const
{
    static const FlowPeriods periods[] = {FlowPeriods::Years, FlowPeriods::TwoYears, FlowPeriods::FiveYears,
                                          FlowPeriods::Eras};
    FlowQuery query;
    query.filter = m_filter;
    query.periods = periods[qBound(0, m_periods->currentIndex(), 3)];
    return query;
}

void ChartPanel::rebuild()
{
    const bool flows = showsFlows();
    m_grouping->setEnabled(m_kind->currentIndex() == 0);
    m_grouping->setVisible(!flows);
    m_periods->setVisible(flows);
    m_reset->setVisible(!flows);
    m_pages->setCurrentIndex(flows ? 1 : 0);
    m_shownTimeline.reset();
    m_flowsShown = false;
    m_drawnIn.reset();
    if (!m_session || !m_session->isOpen())
        return;
    // Before the window's first frame the chart waits for it, as a worker's would: drawn at once
    // from a small file, it made the first frame a chart later than the window needs to be.
    if (!m_painted && WorkerStartGate::isHeld()) {
        if (!m_rebuildAfterFirstPaint) {
            m_rebuildAfterFirstPaint = true;
            WorkerStartGate::whenOpen(this, [this] {
                if (m_rebuildAfterFirstPaint) // not drawn meanwhile
                    rebuild();
            });
        }
        return;
    }
    m_rebuildAfterFirstPaint = false;
    if (flows) {
        m_session->flows(flowQuery(), this, [this](const Answer<TalentFlowData> &data) {
            if (data)
                showFlows(*data.value);
            else
                emit failed(data.error);
        });
        return;
    }
    const ChartRequest wanted = request();
    m_session->timeline(wanted, this, [this, wanted](const Answer<TimelineInput> &input) {
        if (input)
            show(*input.value, wanted);
        else
            emit failed(input.error);
    });
}

void ChartPanel::show(const TimelineInput &input, const ChartRequest &request)
{
    if (showsFlows())
        return; // asked for before the talent flow was chosen

    m_view->setTimeline(std::make_unique<TimelineChart>(input.data, input.steps, request.spec()));
    m_shownTimeline = input;
    m_drawnIn = uiLanguage();
    showPerson(m_personId);
    emit rebuilt();
}

void ChartPanel::showFlows(const TalentFlowData &data)
{
    if (!showsFlows())
        return; // asked for before a timeline was chosen

    m_flowView->setDiagram(std::make_unique<FlowDiagram>(data, m_description));
    m_flowsShown = true;
    m_drawnIn = uiLanguage();
    emit rebuilt();
}

void ChartPanel::showPerson(qint64 personId)
{
    m_personId = personId;
    m_view->highlightPerson(personId);
    m_flowView->highlightPerson(personId);
}

std::unique_ptr<ExportedChart> ChartPanel::exportedChart(QString *error) const
{
    const auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    if (!m_session)
        return failed(DataSession::tr("No database is open."));
    if (showsFlows()) {
        Answer<TalentFlowData> data;
        if (m_flowsShown && m_flowView->diagram())
            data.value = m_flowView->diagram()->data();
        else
            data = m_session->flowsNow(flowQuery());
        if (!data)
            return failed(data.error);
        Answer<FlowCitations> citations = m_session->flowCitationsNow(*data.value);
        if (!citations)
            return failed(citations.error);
        return std::make_unique<FlowExport>(*data.value, m_description, std::move(*citations.value), m_personId);
    }
    const ChartRequest wanted = request();
    if (m_shownTimeline)
        return std::make_unique<TimelineExport>(*m_shownTimeline, wanted.spec());
    Answer<TimelineInput> input = m_session->timelineNow(wanted);
    if (!input)
        return failed(input.error);
    return std::make_unique<TimelineExport>(std::move(*input.value), wanted.spec());
}

std::optional<ExportResult> ChartPanel::exportChart(const QString &path, const ChartExportSettings &settings,
                                                    QString *error)
{
    if (!ChartExporter::validate(settings.layoutSize(), settings.pixelScale(), error))
        return std::nullopt;
    std::unique_ptr<ExportedChart> chart = exportedChart(error);
    if (!chart)
        return std::nullopt;
    return ChartExporter::exportChart(*chart, path, settings, error);
}

bool ChartPanel::exportChart(const QString &path, const QSize &size, int scale, QString *error)
{
    ChartExportSettings settings;
    settings.size = size;
    settings.scale = scale;
    settings.asInWindow = true;
    return exportChart(path, settings, error).has_value();
}

void ChartPanel::paintEvent(QPaintEvent *event)
{
    m_painted = true;
    QWidget::paintEvent(event);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A window's first language change arrives after its first chart, in the language it
        // was drawn in: drawing it again would only delay the first paint.
        if (!m_drawnIn || *m_drawnIn != uiLanguage())
            rebuild();
    }
    QWidget::changeEvent(event);
}

void ChartPanel::retranslate()
{
    m_kind->setItemText(0, tr("Departures timeline"));
    m_kind->setItemText(1, tr("Founding team"));
    m_kind->setItemText(2, tr("Talent flow"));
    m_periods->setItemText(0, tr("Periods: years"));
    m_periods->setItemText(1, tr("Periods: 2 years"));
    m_periods->setItemText(2, tr("Periods: 5 years"));
    m_periods->setItemText(3, tr("Periods: eras (2015, 2019, 2023)"));
    m_periods->setToolTip(tr("How the talent flow cuts time into columns"));
    m_grouping->setItemText(0, tr("Lanes: people"));
    m_grouping->setItemText(1, tr("Lanes: companies"));
    m_reset->setText(tr("Reset zoom"));
    m_reset->setToolTip(tr("Wheel or + and − zoom the time axis, drag or the arrow keys pan it, double-click or 0 resets; "
                           "Shift+wheel, ↑ ↓ and Page Up/Down scroll the lanes"));
}

} // namespace talentflow
