#include "ui/edit/InPlaceEditing.h"

#include "models/DataSession.h"
#include "models/FactEditor.h"
#include "ui/ErrorMessage.h"
#include "ui/UiLanguage.h"
#include "ui/browse/RolesTableView.h"
#include "ui/edit/ConflictDialog.h"
#include "ui/edit/DateCellDelegate.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/PartialDateValidator.h"
#include "ui/edit/TitleCellDelegate.h"

#include <QCoreApplication>

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
    // A date is the text the table read with the row's version; a title is read afresh when asked
    // (RolesTableModel::storedTitle), so it tells nothing of what the row was.
    const bool titled = field == RolesTableModel::CellField::TitleEn || field == RolesTableModel::CellField::TitleZh;
    change.before = titled ? std::optional<QString>() : std::optional<QString>(index.data(Qt::EditRole).toString().trimmed());
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

namespace {

// The field a cell shows, as its editor holds it (a date as YYYY[-MM[-DD]], empty when unstated).
QString cellText(const RoleFields &fields, RolesTableModel::CellField field)
{
    switch (field) {
    case RolesTableModel::CellField::TitleEn:
        return fields.titleEn;
    case RolesTableModel::CellField::TitleZh:
        return fields.titleZh;
    case RolesTableModel::CellField::Start:
        return fields.start.isKnown() ? fields.start.toIso() : QString();
    case RolesTableModel::CellField::End:
        return fields.end.isKnown() ? fields.end.toIso() : QString();
    }
    return {};
}

// The field's name, as the conflict dialog of a whole fact names it.
QString cellLabel(RolesTableModel::CellField field)
{
    switch (field) {
    case RolesTableModel::CellField::TitleEn:
        return QCoreApplication::translate("FactConflict", "Title (English)");
    case RolesTableModel::CellField::TitleZh:
        return QCoreApplication::translate("FactConflict", "Title (Chinese)");
    case RolesTableModel::CellField::Start:
        return QCoreApplication::translate("FactConflict", "Start");
    case RolesTableModel::CellField::End:
        return QCoreApplication::translate("FactConflict", "End");
    }
    return {};
}

// A cell's text as the table shows it (a date as "May 2017", "2017年5月").
QString shownCell(RolesTableModel::CellField field, const QString &text)
{
    const bool date = field == RolesTableModel::CellField::Start || field == RolesTableModel::CellField::End;
    const std::optional<PartialDate> parsed = date && !text.isEmpty() ? PartialDate::fromIso(text) : std::nullopt;
    return parsed ? parsed->toDisplayString(uiIsChinese()) : text;
}

// The role as it is, with the one field changed.
RoleFields withCell(RoleFields fields, RolesTableModel::CellField field, const QString &text)
{
    switch (field) {
    case RolesTableModel::CellField::TitleEn:
        fields.titleEn = text;
        break;
    case RolesTableModel::CellField::TitleZh:
        fields.titleZh = text;
        break;
    case RolesTableModel::CellField::Start:
        fields.start = PartialDate::fromIso(text).value_or(PartialDate());
        break;
    case RolesTableModel::CellField::End:
        fields.end = PartialDate::fromIso(text).value_or(PartialDate());
        break;
    }
    return fields;
}

} // namespace

void InPlaceEditing::apply(const CellChange &change)
{
    const Answer<RoleFields> current = m_session->roleFields(change.roleId);
    if (!current) {
        refuse(tr("Cannot read the database"), current.error);
        return;
    }
    const RoleFields fields = withCell(*current.value, change.field, change.text);
    const QString problem = FactEditor::problemWith(fields);
    if (!problem.isEmpty()) {
        refuse(tr("The edit was not made"), explain(fields, problem));
        return;
    }
    const QString description = change.description;
    QString error;
    if (!m_history->editRole(change.roleId, fields, change.basedOnVersion, [description] { return description; }, &error)
        && !resolveConflict(change, &error)) {
        if (!error.isEmpty())
            refuse(tr("The edit was not made"), error);
        else
            emit finished(false);
        m_table->reread(); // show the row as it is now
        return;
    }
    emit finished(true);
}

bool InPlaceEditing::resolveConflict(const CellChange &change, QString *error)
{
    const FactRef fact{FactType::Role, change.roleId};
    const Answer<int> now = m_session->factVersion(fact);
    const Answer<RoleFields> theirs = m_session->roleFields(change.roleId);
    if (!now || *now.value == change.basedOnVersion || !theirs)
        return false; // refused for another reason: the error says it
    const QString description = change.description;
    const EditHistory::Describe describe = [description] { return description; };
    const QString stored = cellText(*theirs.value, change.field).trimmed();
    if (stored == change.text)
        return true; // saved elsewhere as typed here: nothing left to do
    if (!change.before || stored != *change.before) {
        // The same cell was changed elsewhere, or may have been: never overwritten without asking.
        const QString base = change.before.value_or(QString());
        ConflictDialog conflict(description,
                                {ConflictField{cellLabel(change.field), shownCell(change.field, change.text),
                                               shownCell(change.field, stored), shownCell(change.field, base)}},
                                m_window);
        conflict.exec();
        if (conflict.resolution() == ConflictDialog::Resolution::KeepTheirs
            || (conflict.resolution() == ConflictDialog::Resolution::Merge && !conflict.takesMine().value(0))) {
            error->clear();
            emit note(tr("Kept the value saved elsewhere."));
            return false;
        }
        if (const std::optional<QString> refused = m_session->refusedEdit()) { // while the dialog was open
            *error = *refused;
            return false;
        }
    }
    // Only other fields changed elsewhere (or mine is chosen): this cell on what is there now.
    error->clear();
    return m_history->editRole(change.roleId, withCell(*theirs.value, change.field, change.text), *now.value, describe, error);
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
