#pragma once

#include "models/DisplayLanguage.h"
#include "ui/chart/ChartExporter.h"

#include <QWidget>

class QComboBox;
class QStackedWidget;
class QToolButton;

namespace talentflow {

class DataSession;
class FlowView;
class TimelineView;

// The chart area: which chart (departures, founder team or talent flow), lanes per person or per
// company, the flow's periods, reset zoom, and the interactive view. Follows the table's filter
// and the selected person.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    // Draws from this session, and again whenever its database or data changes.
    void setSession(DataSession *session);
    void setFilter(const RoleFilter &filter, const FilterDescription &description);
    ChartRequest request() const;
    bool showsFlows() const;
    FlowQuery flowQuery() const;
    TimelineView *view() const { return m_view; }
    FlowView *flowView() const { return m_flowView; }
    // Chooses the chart: 0 departures, 1 founding team, 2 talent flow.
    void setChart(int index);

    // What the panel shows, ready to be laid out for an export; nothing with the reason.
    std::unique_ptr<ExportedChart> exportedChart(QString *error) const;
    // Exports what the panel shows, rebuilt at the requested size, with the settings' frame.
    std::optional<ExportResult> exportChart(const QString &path, const ChartExportSettings &settings, QString *error);
    // The chart alone at this size and scale.
    bool exportChart(const QString &path, const QSize &size, int scale, QString *error);

public slots:
    void showPerson(qint64 personId);
    void rebuild();

signals:
    void personClicked(qint64 personId);
    // A ribbon of the talent flow was chosen; heading: where from and to, when, in words.
    void ribbonClicked(const talentflow::FlowRibbon &ribbon, const QString &heading);
    void failed(const QString &message);
    void rebuilt(); // a new chart is on screen

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();
    void show(const TimelineInput &input, const ChartRequest &request);
    void showFlows(const TalentFlowData &data);

    DataSession *m_session = nullptr;
    RoleFilter m_filter;
    FilterDescription m_description;
    qint64 m_personId = 0;
    QComboBox *m_kind;
    QComboBox *m_grouping;
    QComboBox *m_periods;
    QToolButton *m_reset;
    QStackedWidget *m_pages;
    TimelineView *m_view;
    FlowView *m_flowView;
    // What the panel shows while no newer request is on its way: an export draws it again
    // rather than reading it a second time on the GUI thread (a talent flow at 1M takes seconds).
    std::optional<TimelineInput> m_shownTimeline;
    bool m_flowsShown = false;
    bool m_painted = false;
    bool m_rebuildAfterFirstPaint = false;
    std::optional<DisplayLanguage> m_drawnIn; // of the chart on screen, while no newer one is asked for
};

} // namespace talentflow
