#include "ui/MainWindow.h"

#include "models/Database.h"
#include "models/RolesTableModel.h"

#include <QHeaderView>
#include <QTableView>

namespace talentflow {

MainWindow::MainWindow(Database *database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setWindowTitle(tr("Talentflow"));
    m_rolesView = new QTableView(this);
    m_rolesView->setObjectName(QStringLiteral("rolesView"));
    setCentralWidget(m_rolesView);
    if (m_database) {
        m_rolesModel = new RolesTableModel(m_database->connection(), this);
        m_rolesModel->select();
        m_rolesView->setModel(m_rolesModel);
        m_rolesView->setSortingEnabled(true);
        for (int column = 0; column < m_rolesModel->columnCount(); ++column) {
            bool shown = false;
            for (RolesTableModel::Column c : {RolesTableModel::Person, RolesTableModel::Company, RolesTableModel::Title,
                                              RolesTableModel::Start, RolesTableModel::End})
                shown = shown || m_rolesModel->fieldFor(c) == column;
            m_rolesView->setColumnHidden(column, !shown);
        }
        m_rolesView->horizontalHeader()->setStretchLastSection(true);
    }
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

} // namespace talentflow
