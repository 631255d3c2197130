#include "ui/edit/InPlaceEditing.h"

#include "models/DataSession.h"
#include "models/FactEditor.h"
#include "ui/ErrorMessage.h"
#include "ui/UiLanguage.h"
#include "ui/browse/RolesTableView.h"
#include "ui/edit/DateCellDelegate.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/PartialDateValidator.h"
#include "ui/edit/TitleCellDelegate.h"

namespace talentflow {

InPlaceEditing::InPlaceEditing(RolesTableView *table, DataSession *session, EditHistory *history, QWidget *window)
    : QObject(table)
    , m_table(table)
    , m_session(session)
    , m_history(history)
    , m_window(window)
{
    // Nothing else answers a double-click in the table; rows stay what a click selects.
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    auto *dates = new DateCellDelegate(table);
    table->setItemDelegateForColumn(RolesTableModel::Title, new TitleCellDelegate(table));
    table->setItemDelegateForColumn(RolesTableModel::Start, dates);
    table->setItemDelegateForColumn(RolesTableModel::End, dates);
    table->setCellEditor([this](const QModelIndex &index, RolesTableModel::CellField field, const QVariant &value,
                                QString *error) { return take(index, field, value, error); });
    connect(table, &RolesTableView::editRefused, this, &InPlaceEditing::note);
}

bool InPlaceEditing::take(const QModelIndex &index, RolesTableModel::CellField field, const QVariant &value, QString *error)
{
    CellChange change;
    change.roleId = index.data(RolesTableModel::RoleIdRole).toLongLong();
    change.basedOnVersion = index.data(RolesTableModel::RowVersionRole).toInt();
    change.field = field;
    change.text = value.toString().trimmed();
    const bool date = field == RolesTableModel::CellField::Start || field == RolesTableModel::CellField::End;
    if (date && !PartialDate::fromIso(change.text)) {
        if (error)
            *error = PartialDateValidator().problemWith(change.text);
        return false;
    }
    const QModelIndex row = index.siblingAtColumn(RolesTableModel::Person);
    //: What an in-place edit is about, for Undo/Redo: person, title and company as the table shows them
    change.description = tr("%1: %2, %3")
                              .arg(row.data().toString(), row.siblingAtColumn(RolesTableModel::Title).data().toString(),
                                   row.siblingAtColumn(RolesTableModel::Company).data().toString());
    // The edit reads the table again: it waits until the editor has closed.
    QMetaObject::invokeMethod(this, [this, change] { apply(change); }, Qt::QueuedConnection);
    return true;
}

void InPlaceEditing::apply(const CellChange &change)
{
    const Answer<RoleFields> current = m_session->roleFields(change.roleId);
    if (!current) {
        refuse(tr("Cannot read the database"), current.error);
        return;
    }
    // The role as it is, with the one field changed.
    RoleFields fields = *current.value;
    switch (change.field) {
    case RolesTableModel::CellField::TitleEn:
        fields.titleEn = change.text;
        break;
    case RolesTableModel::CellField::TitleZh:
        fields.titleZh = change.text;
        break;
    case RolesTableModel::CellField::Start:
        fields.start = PartialDate::fromIso(change.text).value_or(PartialDate());
        break;
    case RolesTableModel::CellField::End:
        fields.end = PartialDate::fromIso(change.text).value_or(PartialDate());
        break;
    }
    const QString problem = FactEditor::problemWith(fields);
    if (!problem.isEmpty()) {
        refuse(tr("The edit was not made"), explain(fields, problem));
        return;
    }
    const QString description = change.description;
    QString error;
    if (!m_history->editRole(change.roleId, fields, change.basedOnVersion, [description] { return description; }, &error)) {
        refuse(tr("The edit was not made"), error);
        m_table->reread(); // changed in another window, say: show the row as it is now
        return;
    }
    emit finished(true);
}

void InPlaceEditing::refuse(const QString &title, const QString &text)
{
    showErrorMessage(m_window, title, text);
    emit finished(false);
}

QString InPlaceEditing::explain(const RoleFields &fields, const QString &problem)
{
    // The titles alone pass: it is the dates that FactEditor refuses.
    RoleFields undated = fields;
    undated.start = PartialDate();
    undated.end = PartialDate();
    if (!FactEditor::problemWith(undated).isEmpty())
        return problem;
    return tr("The role would end (%1) before it starts (%2).")
        .arg(fields.end.toDisplayString(uiIsChinese()), fields.start.toDisplayString(uiIsChinese()));
}

} // namespace talentflow
