#pragma once

#include "ui/BackgroundTask.h"
#include "ui/chart/ChartExporter.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace talentflow {

class Database;
class TimelineView;

// The chart area: which chart (departures or founder team), lanes per person or per company,
// reset zoom, and the interactive view. Follows the table's filter and the selected person.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    // movementCount: the database's number of moves if the caller knows it (-1: count them).
    void setDatabase(Database *database, int movementCount = -1);
    void setFilter(const RoleFilter &filter, const FilterDescription &description);
    ChartRequest request() const;
    TimelineView *view() const { return m_view; }

    // Databases with more moves than this load chart data on a worker thread.
    void setBackgroundThreshold(int movements) { m_backgroundThreshold = movements; }

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
    bool isLarge() const;

    Database *m_database = nullptr;
    RoleFilter m_filter;
    FilterDescription m_description;
    qint64 m_personId = 0;
    int m_backgroundThreshold = backgroundWorkMoves;
    int m_movementCount = 0; // counted when the database is set, not on every rebuild
    int m_generation = 0; // results of older background loads are dropped
    QComboBox *m_kind;
    QComboBox *m_grouping;
    QToolButton *m_reset;
    TimelineView *m_view;
};

} // namespace talentflow
