#pragma once

#include <QObject>

namespace talentflow {

// The one selected person, shared by every view (table, detail pane, timeline). A view calls
// select() when the user picks someone; every view listens to personSelected().
class PersonSelection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    qint64 personId() const { return m_personId; }

public slots:
    void select(qint64 personId);

signals:
    void personSelected(qint64 personId);

private:
    qint64 m_personId = 0;
};

} // namespace talentflow
