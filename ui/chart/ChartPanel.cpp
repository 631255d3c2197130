#include "ui/chart/ChartPanel.h"

#include "models/DataSession.h"
#include "ui/chart/TimelineView.h"

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

void ChartPanel::rebuild()
{
    m_grouping->setEnabled(m_kind->currentIndex() == 0);
    if (!m_session || !m_session->isOpen())
        return;
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
    if (!ChartExporter::validate(size, scale, error))
        return false;
    if (!m_session) {
        if (error)
            *error = DataSession::tr("No database is open.");
        return false;
    }
    const ChartRequest wanted = request();
    const Answer<TimelineInput> input = m_session->timelineNow(wanted);
    if (!input) {
        if (error)
            *error = input.error;
        return false;
    }
    std::unique_ptr<TimelineChart> timeline = ChartExporter::buildToFit(*input.value, wanted.spec(), size);
    return ChartExporter::render(*timeline, path, size, scale, error);
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
