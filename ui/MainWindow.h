#pragma once

#include <QMainWindow>

class QTableView;

namespace talentflow {

class Database;
class RolesTableModel;

// Composes the views and wires their signals; the views themselves live in their own files.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database *database, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    Database *m_database;
    RolesTableModel *m_rolesModel = nullptr;
    QTableView *m_rolesView = nullptr;
};

} // namespace talentflow
