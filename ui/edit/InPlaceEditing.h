#pragma once

#include "models/RolesTableModel.h"

#include <QObject>

#include <optional>

class QWidget;

namespace talentflow {

class DataSession;
class EditHistory;
class RolesTableView;
struct RoleFields;

// The roles table's in-place editing: Title, Start and End edited in their cells (double-click,
// F2 or typing) through validating delegates, each committed cell one undoable edit of the role
// through the edit history, based on the row version the table read. The model's setData() comes
// here; the edit is made once the editor has closed, and the session's dataChanged() refreshes
// the table, the chart and the detail pane. A refusal is said in a message; a cell that was
// changed elsewhere meanwhile asks which value to keep.
class InPlaceEditing : public QObject
{
    Q_OBJECT

public:
    InPlaceEditing(RolesTableView *table, DataSession *session, EditHistory *history, QWidget *window);

signals:
    // A cell the table does not edit here, and why (for the status bar).
    void note(const QString &text);
    // A committed cell's edit was made (true), or refused and said why (false).
    void finished(bool made);

private:
    // One committed cell, as the table showed its row.
    struct CellChange
    {
        qint64 roleId = 0;
        int basedOnVersion = 0;
        RolesTableModel::CellField field = RolesTableModel::CellField::TitleEn;
        QString text;
        std::optional<QString> before; // a date cell as stored when the table read it
        QString description;
    };

    bool take(const QModelIndex &index, RolesTableModel::CellField field, const QVariant &value, QString *error);
    void apply(const CellChange &change);
    // The change was refused because the role was saved elsewhere since the table read it: made
    // again on what is there now when the cell itself was not changed there, else both values
    // offered in a conflict dialog. Whether it was made.
    bool resolveConflict(const CellChange &change, QString *error);
    void refuse(const QString &title, const QString &text);
    // The reason, in the interface's language, for what FactEditor::problemWith refuses.
    static QString explain(const RoleFields &fields, const QString &problem);

    RolesTableView *m_table;
    DataSession *m_session;
    EditHistory *m_history;
    QWidget *m_window;
};

} // namespace talentflow
