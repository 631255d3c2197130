#pragma once

#include <QSqlRelationalTableModel>

namespace talentflow {

// People and their roles: the role table with person and company names joined in.
class RolesTableModel : public QSqlRelationalTableModel
{
    Q_OBJECT

public:
    enum Column { Person, Company, Title, Start, End };
    Q_ENUM(Column)

    explicit RolesTableModel(QSqlDatabase db, QObject *parent = nullptr);

    // The model's field index for a displayed column.
    int fieldFor(Column column) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace talentflow
