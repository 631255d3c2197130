#pragma once

#include "models/DisplayLanguage.h"
#include "models/FilterCondition.h"
#include "models/RoleFilter.h"

#include <QSqlError>
#include <QSqlTableModel>

#include <functional>
#include <optional>

namespace talentflow {

// People and their roles, one row per role: the role table joined to person and company names,
// with a status (current, left, on leave, or not stated) derived from the role's end and the
// person's moves. Names and titles follow the display language.
// Title, start and end can be edited in place once an editor is attached and editing is allowed:
// setData() hands the value to that editor (the window's edit history) and writes nothing itself.
class RolesTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    enum Column { Person, Company, Title, Start, End, Status, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        PersonIdRole = Qt::UserRole + 1,
        CompanyIdRole,
        RoleIdRole,
        DisputeIdRole,
        StatusKeyRole,
        RowVersionRole,       // the role's row_version when the table read it
        OtherScriptTitleRole, // the stored title in the script the table does not show (read on request)
    };

    // What an edit of a cell changes: the title in the table's script, or one of the dates.
    enum class CellField { TitleEn, TitleZh, Start, End };
    // Makes the edit of one cell (the value: the title, or a date as YYYY, YYYY-MM, YYYY-MM-DD or
    // empty). True when it took the value; it may write after returning. False, with the reason, if not.
    using CellEditor = std::function<bool(const QModelIndex &index, CellField field, const QVariant &value, QString *error)>;

    explicit RolesTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setLanguage(DisplayLanguage language);
    DisplayLanguage language() const { return m_language; }
    void setRoleFilter(const RoleFilter &filter);
    const RoleFilter &roleFilter() const { return m_roleFilter; }

    // The statement the table runs now and the values bound to it (for the benchmark's sqlite3 floor).
    QString currentStatement() const { return selectStatement(); }
    const SqlCondition &currentCondition() const { return m_condition; }

    // The last read error. A damaged page can fail the query while the model's own lastError()
    // stays empty, so both are consulted.
    QSqlError readError() const;
    // The same in plain words; empty when the rows were read.
    QString readProblem() const;

    // The first row showing this person, fetching rows up to it; -1 if none.
    int rowOfPerson(qint64 personId);
    // Whether the filter shows this person, asked of the database without fetching rows.
    bool showsPerson(qint64 personId) const;

    // The first row showing this role, fetching rows up to it; -1 if none.
    int rowOfRole(qint64 roleId);

    // Every text the status column can show, in the current language.
    static QStringList statusLabels();

    // In-place editing: with an editor attached and editing allowed (a writable database, no
    // import running), the title, start and end cells are editable.
    void setCellEditor(CellEditor editor);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable && m_cellEditor != nullptr; }
    static bool isEditableColumn(int column) { return column == Title || column == Start || column == End; }
    // The field an edit of this column changes: a title edits the script the table shows.
    std::optional<CellField> cellField(int column) const;
    // Why this cell is not edited in place though its column is (articles disagree about it, and
    // the detail pane shows the claims side by side); empty when it can be.
    QString whyNotEditableHere(const QModelIndex &index) const;
    // The reason the last setData() was refused; empty when it was taken.
    QString editError() const { return m_editError; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order) override;
    bool select() override;

protected:
    QString selectStatement() const override;
    QString orderByClause() const override;

private:
    // Hidden fields after the displayed columns, in select-list order.
    enum HiddenField { PersonIdField = ColumnCount, CompanyIdField, RoleIdField, DisputeIdField, RowVersionField };

    QVariant hidden(int row, HiddenField field) const;
    QString fromClause() const;
    // The number of the first row whose key (r.person_id or r.id, never user text) is this id.
    std::optional<int> firstRowInQuery(const QString &key, qint64 id) const;
    int fetchUpTo(std::optional<int> row);
    // The role's stored title in one script, read from its row.
    QString storedTitle(int row, DisplayLanguage script) const;
    // Whether an article states another date than the role's own for its start or end.
    bool dateIsDisputed(int row, int column) const;
    // The ORDER BY of the table's sort, with the status column's key given (its position in the
    // table's own statement, or its expression elsewhere).
    QString orderBy(const QString &statusKey) const;

    DisplayLanguage m_language = DisplayLanguage::English;
    RoleFilter m_roleFilter;
    SqlCondition m_condition;
    QSqlError m_readError;
    int m_sortColumn = Person;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    CellEditor m_cellEditor;
    bool m_editable = false;
    QString m_editError;
};

} // namespace talentflow
