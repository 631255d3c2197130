#include "ui/ChartPanel.h"

#include "ui/TimelineView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
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
    layout->addWidget(m_view, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_reset, &QToolButton::clicked, m_view, &TimelineView::resetZoom);
    connect(m_view, &TimelineView::personClicked, this, &ChartPanel::personClicked);
    retranslate();
}

void ChartPanel::setDatabase(Database *database)
{
    m_database = database;
    rebuild();
}

void ChartPanel::setFilter(const RoleFilter &filter, const QString &filterText)
{
    if (filter == m_filter && filterText == m_filterText)
        return;
    m_filter = filter;
    m_filterText = filterText;
    rebuild();
}

ChartRequest ChartPanel::request() const
{
    ChartRequest request;
    request.kind = m_kind->currentIndex() == 1 ? TimelineKind::Founders : TimelineKind::Departures;
    request.grouping = m_grouping->currentIndex() == 1 ? LaneGrouping::Company : LaneGrouping::Person;
    request.filter = m_filter;
    request.filterText = request.kind == TimelineKind::Founders ? QString() : m_filterText;
    return request;
}

void ChartPanel::rebuild()
{
    m_grouping->setEnabled(m_kind->currentIndex() == 0);
    if (!m_database)
        return;
    QString error;
    std::unique_ptr<TimelineChart> timeline = ChartExporter::build(*m_database, request(), &error);
    if (!timeline) {
        emit failed(error);
        return;
    }
    m_view->setTimeline(std::move(timeline));
    showPerson(m_personId);
}

void ChartPanel::showPerson(qint64 personId)
{
    m_personId = personId;
    m_view->highlightLane(request().grouping == LaneGrouping::Person ? personId : 0);
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
    std::unique_ptr<TimelineChart> timeline = ChartExporter::build(*m_database, request(), error);
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
    m_reset->setToolTip(tr("Wheel zooms the time axis, drag pans it, double-click resets"));
}

} // namespace talentflow
