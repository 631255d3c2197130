#pragma once

#include "ui/chart/ChartExporter.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace talentflow {

class DataSession;
class TimelineView;

// The chart area: which chart (departures or founder team), lanes per person or per company,
// reset zoom, and the interactive view. Follows the table's filter and the selected person.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    // Draws from this session, and again whenever its database or data changes.
    void setSession(DataSession *session);
    void setFilter(const RoleFilter &filter, const FilterDescription &description);
    ChartRequest request() const;
    TimelineView *view() const { return m_view; }

    // Exports what the panel shows, rebuilt at the requested size.
    bool exportChart(const QString &path, const QSize &size, int scale, QString *error);

public slots:
    void showPerson(qint64 personId);
    void rebuild();

signals:
    void personClicked(qint64 personId);
    void failed(const QString &message);
    void rebuilt(); // a new chart is on screen

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void show(const TimelineInput &input, const ChartRequest &request);

    DataSession *m_session = nullptr;
    RoleFilter m_filter;
    FilterDescription m_description;
    qint64 m_personId = 0;
    QComboBox *m_kind;
    QComboBox *m_grouping;
    QToolButton *m_reset;
    TimelineView *m_view;
};

} // namespace talentflow
