#pragma once

#include "models/RoleFilter.h"

#include <QObject>

class QLabel;

namespace talentflow {

class Database;

// The status bar's "N people · M movements shown". Counted at once on small databases and on
// a worker thread on large ones, so a filter never stalls the window for a count.
class StatusCounter : public QObject
{
    Q_OBJECT

public:
    StatusCounter(QLabel *label, QObject *parent = nullptr);

    // movementCount: as ChartPanel::setDatabase.
    void setDatabase(Database *database, int movementCount = -1);
    void refresh(const RoleFilter &filter);
    QString text() const;

private:
    QLabel *m_label;
    Database *m_database = nullptr;
    bool m_large = false;
    int m_generation = 0; // later requests win over earlier ones still counting
};

} // namespace talentflow
