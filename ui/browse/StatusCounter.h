#pragma once

#include "models/RoleFilter.h"

#include <QObject>

class QLabel;

namespace talentflow {

class DataSession;

// The status bar's "N people · M movements shown", counted by the session (on a worker thread
// for a large database, so a filter never stalls the window for a count).
class StatusCounter : public QObject
{
    Q_OBJECT

public:
    StatusCounter(QLabel *label, DataSession *session, QObject *parent = nullptr);

    void refresh(const RoleFilter &filter);
    QString text() const;

private:
    QLabel *m_label;
    DataSession *m_session;
};

} // namespace talentflow
