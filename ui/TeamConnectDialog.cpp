#include "ui/TeamConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace talentflow {

namespace {

// libpq's sslmode values, the default first.
const char *const tlsModes[] = {"", "disable", "require", "verify-ca", "verify-full"};

} // namespace

TeamConnectDialog::TeamConnectDialog(const QString &lastAddress, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("teamConnectDialog"));
    setWindowTitle(tr("Connect to Team Database"));
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_tls->setObjectName(QStringLiteral("teamTls"));
    m_preview->setObjectName(QStringLiteral("teamAddress"));
    m_host->setPlaceholderText(tr("db.newsroom.example or /run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setText(qEnvironmentVariable("USER"));
    m_tls->addItem(tr("Use TLS when the server offers it"));
    m_tls->addItem(tr("Never (a server on this machine)"));
    m_tls->addItem(tr("Always"));
    m_tls->addItem(tr("Always, with a certificate this machine trusts"));
    m_tls->addItem(tr("Always, with a certificate for this server name"));

    if (const std::optional<TeamDatabaseAddress> last = TeamDatabaseAddress::parse(lastAddress, nullptr)) {
        m_host->setText(last->host);
        m_port->setValue(last->port);
        m_database->setText(last->database);
        m_user->setText(last->user);
        for (int i = 0; i < int(std::size(tlsModes)); ++i) {
            if (last->sslMode == QLatin1String(tlsModes[i]))
                m_tls->setCurrentIndex(i);
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&TLS:"), m_tls);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    auto *password = new QLabel(tr("Talentflow never asks for or stores the password: put it in your PostgreSQL password "
                                   "file (~/.pgpass), as your database administrator explains."),
                                this);
    password->setWordWrap(true);
    password->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(password);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &TeamConnectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamConnectDialog::update);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamConnectDialog::update);
    setMinimumWidth(480);
    update();
}

QString TeamConnectDialog::address() const
{
    TeamDatabaseAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = QLatin1String(tlsModes[std::max(0, m_tls->currentIndex())]);
    return address.toString();
}

void TeamConnectDialog::update()
{
    m_problem.clear();
    if (m_host->text().trimmed().isEmpty())
        m_problem = tr("Name the server.");
    else if (m_database->text().trimmed().isEmpty())
        m_problem = tr("Name the database.");
    else if (m_user->text().trimmed().isEmpty())
        m_problem = tr("Name your login.");
    else
        TeamDatabaseAddress::parse(address(), &m_problem); // what the command line would say of it
    m_preview->setText(m_problem.isEmpty() ? tr("Address: %1").arg(address()) : m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

} // namespace talentflow
