#pragma once

#include "models/RolesTableModel.h"
#include "models/SearchRepository.h"

#include <QPointer>
#include <QTableView>

class QLabel;

namespace talentflow {

class DataSession;

// The people & roles table: sortable by every column, one row selected at a time. With a cell
// editor, its title, start and end cells are edited in place while the database can be written.
class RolesTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RolesTableView(QWidget *parent = nullptr);

    // Shows this session's roles, with a new model for each database it opens.
    void setSession(DataSession *session);
    RolesTableModel *rolesModel() const;
    // Shows a model the caller keeps (the session's own is set by setSession()).
    void setRolesModel(RolesTableModel *model);
    // Shows the roles this filter selects; the search is what it answers (empty: none), and when
    // it leaves no rows the view says so. Returns whether the rows changed.
    // A search that found no one offers its suggestions in that note.
    bool showFilter(const RoleFilter &filter, const QString &searchText, const SearchOutcome &outcome = SearchOutcome());
    // Whether the rows include this person, asked of the database.
    bool showsPerson(qint64 personId) const;
    void setModel(QAbstractItemModel *model) override;
    qint64 currentPersonId() const;

    // Edits cells through this editor, in this model and each one a new database brings.
    void setCellEditor(RolesTableModel::CellEditor editor);
    // Reads the rows again, keeping the current cell on its role where the role still shows.
    void reread();

    // Widens the date columns when the table's language needs more room than they have (after a
    // language change, or widths restored from an English session); never narrows them.
    void fitDateColumns();

public slots:
    // Selects the person's first row (keeping the current row if it is already theirs).
    void selectPerson(qint64 personId);

signals:
    void personChosen(qint64 personId);
    // An edit was asked of a cell that is not edited here, and why.
    void editRefused(const QString &why);

protected:
    void changeEvent(QEvent *event) override;
    void updateGeometries() override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

private:
    void applyDefaultWidths();
    int dateColumnWidth() const;
    void updateNoMatchesNote();
    void updateEditable();

    QPointer<RolesTableModel> m_model; // owned by the view, replaced with each database
    DataSession *m_session = nullptr;
    QLabel *m_noMatches;
    QString m_searchText;
    SearchOutcome m_searchOutcome;
    RolesTableModel::CellEditor m_cellEditor;
};

} // namespace talentflow
