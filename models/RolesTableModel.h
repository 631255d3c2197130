#pragma once

#include "models/DisplayLanguage.h"
#include "models/FilterCondition.h"
#include "models/RoleFilter.h"

#include <QSqlError>
#include <QSqlTableModel>

namespace talentflow {

// People and their roles, one row per role: the role table joined to person and company names,
// with a status (current, left, on leave, or not stated) derived from the role's end and the
// person's moves.
// Read-only. Names and titles follow the display language.
class RolesTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    enum Column { Person, Company, Title, Start, End, Status, ColumnCount };
    Q_ENUM(Column)

    enum DataRole { PersonIdRole = Qt::UserRole + 1, CompanyIdRole, RoleIdRole, DisputeIdRole, StatusKeyRole };

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

    // Every text the status column can show, in the current language.
    static QStringList statusLabels();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool select() override;

protected:
    QString selectStatement() const override;
    QString orderByClause() const override;

private:
    // Hidden fields after the displayed columns, in select-list order.
    enum HiddenField { PersonIdField = ColumnCount, CompanyIdField, RoleIdField, DisputeIdField };

    QVariant hidden(int row, HiddenField field) const;
    QString fromClause() const;
    std::optional<int> rowOfPersonInQuery(qint64 personId) const;
    // The ORDER BY of the table's sort, with the status column's key given (its position in the
    // table's own statement, or its expression elsewhere).
    QString orderBy(const QString &statusKey) const;

    DisplayLanguage m_language = DisplayLanguage::English;
    RoleFilter m_roleFilter;
    SqlCondition m_condition;
    QSqlError m_readError;
    int m_sortColumn = Person;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace talentflow
