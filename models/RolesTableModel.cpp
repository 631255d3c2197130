#include "models/RolesTableModel.h"

#include "models/PartialDate.h"

#include <QSqlRecord>

namespace talentflow {

RolesTableModel::RolesTableModel(QSqlDatabase db, QObject *parent)
    : QSqlRelationalTableModel(parent, db)
{
    setTable(QStringLiteral("role"));
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    setJoinMode(QSqlRelationalTableModel::LeftJoin);
    setRelation(fieldIndex(QStringLiteral("person_id")), QSqlRelation(QStringLiteral("person"), QStringLiteral("id"),
                                                                      QStringLiteral("name_en")));
    setRelation(fieldIndex(QStringLiteral("company_id")),
                QSqlRelation(QStringLiteral("company"), QStringLiteral("id"), QStringLiteral("name_en")));
}

int RolesTableModel::fieldFor(Column column) const
{
    switch (column) {
    case Person:
        return fieldIndex(QStringLiteral("person_id"));
    case Company:
        return fieldIndex(QStringLiteral("company_id"));
    case Title:
        return fieldIndex(QStringLiteral("title_en"));
    case Start:
        return fieldIndex(QStringLiteral("start_date"));
    case End:
        return fieldIndex(QStringLiteral("end_date"));
    }
    return -1;
}

QVariant RolesTableModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole
        && (index.column() == fieldFor(Start) || index.column() == fieldFor(End))) {
        const QString iso = QSqlRelationalTableModel::data(index, Qt::EditRole).toString();
        return PartialDate::fromIso(iso).value_or(PartialDate()).toDisplayString(false);
    }
    return QSqlRelationalTableModel::data(index, role);
}

QVariant RolesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == fieldFor(Person))
            return tr("Person");
        if (section == fieldFor(Company))
            return tr("Company");
        if (section == fieldFor(Title))
            return tr("Title");
        if (section == fieldFor(Start))
            return tr("Start");
        if (section == fieldFor(End))
            return tr("End");
    }
    return QSqlRelationalTableModel::headerData(section, orientation, role);
}

} // namespace talentflow
