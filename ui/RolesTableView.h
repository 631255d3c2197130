#pragma once

#include <QTableView>

namespace talentflow {

class RolesTableModel;

// The people & roles table: sortable by every column, one row selected at a time.
class RolesTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RolesTableView(QWidget *parent = nullptr);

    void setRolesModel(RolesTableModel *model);
    qint64 currentPersonId() const;

    // Widens the date columns when the table's language needs more room than they have (after a
    // language change, or widths restored from an English session); never narrows them.
    void fitDateColumns();

public slots:
    // Selects the person's first row (keeping the current row if it is already theirs).
    void selectPerson(qint64 personId);

signals:
    void personChosen(qint64 personId);

private:
    void applyDefaultWidths();
    int dateColumnWidth() const;

    RolesTableModel *m_model = nullptr;
};

} // namespace talentflow
