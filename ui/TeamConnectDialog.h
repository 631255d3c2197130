#pragma once

#include "models/TeamDatabaseAddress.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace talentflow {

// File ▸ Connect to Team Database…: the server, database and login of a team's PostgreSQL
// database, shown as the address the command line takes. No password is asked for or kept: the
// PostgreSQL password file (~/.pgpass) holds it, as the note under the form says.
class TeamConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts from the address last connected to, if any.
    explicit TeamConnectDialog(const QString &lastAddress, QWidget *parent = nullptr);

    // The address as typed; valid when OK is offered.
    QString address() const;
    QString problem() const { return m_problem; }

private:
    void update();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};

} // namespace talentflow
