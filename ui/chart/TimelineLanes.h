#pragma once

#include "models/TimelineData.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCategoryAxis;

namespace talentflow {

// The chart's rows: which lanes are drawn, their names on the lane axis, and the window of lanes
// the axis shows when they do not all fit.
class TimelineLanes
{
public:
    struct Choice
    {
        QList<const TimelineLane *> lanes; // into the data, in its order
        int available = 0;                 // people's lanes before the busiest were picked
    };

    // Every lane with something to draw, dated or not (a founder's always); past the limit (0:
    // the default) the busiest, with a company's heading only above people that stay.
    static Choice choose(const TimelineData &data, TimelineKind kind, int laneLimit);

    // Keeps the chosen lanes' names and keys (not their bars or markers), and labels a lane axis
    // with them, every lane in its window. The chart adds the axis and then owns it.
    TimelineLanes(const Choice &choice);

    QCategoryAxis *axis() const { return m_axis; }
    int count() const { return int(m_lanes.size()); }
    int available() const { return m_available; }
    // Lanes of people, headings aside.
    int personLaneCount() const;
    qint64 key(int lane) const { return m_lanes.value(lane).key; }
    bool isHeading(int lane) const { return m_lanes.value(lane).heading; }
    QString name(int lane) const;
    // The first lane with this key that is not a heading, or -1.
    int laneOf(qint64 key) const;
    // A person's own lane, or with nested lanes their row under each company.
    QList<int> lanesOfPerson(qint64 personId, bool nested) const;

    // Shows count lanes from first on: only they are the axis' categories.
    void setWindow(int first, int count);
    int firstVisible() const { return m_first; }
    int visibleCount() const { return m_visible; }
    // The height of a name in the axis' font.
    qreal labelHeight() const;
    // The widest name of every lane: the axis is padded to it whatever the window shows.
    qreal widestLabel() const;
    // How many lanes of this height fit a plot this high.
    int thatFit(qreal plotHeight, qreal laneHeight) const;

private:
    QList<TimelineLane> m_lanes; // names and keys only
    int m_available = 0;
    QCategoryAxis *m_axis;
    QStringList m_labels; // unique, as the axis shows them
    QList<qreal> m_widths; // of each lane's name, in the axis' font
    int m_first = 0;
    int m_visible = 0;
};

} // namespace talentflow
