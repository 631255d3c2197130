#include "ui/edit/CheckedCellDelegate.h"

#include "models/RolesTableModel.h"
#include "ui/edit/ExplainingValidator.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

namespace talentflow {

namespace {

const char *const refusedProperty = "refused";
const char *const hintProperty = "hint";

const ExplainingValidator *validatorOf(const QLineEdit *editor)
{
    return qobject_cast<const ExplainingValidator *>(editor->validator());
}

} // namespace

QWidget *CheckedCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("cellEditor"));
    editor->setFrame(false);
    editor->setValidator(createValidator(index, editor));
    editor->setPlaceholderText(placeholder(index));
    editor->setProperty(hintProperty, hint(index));
    editor->setToolTip(hint(index));
    connect(editor, &QLineEdit::textChanged, editor, [editor] { updateMarks(editor); });
    return editor;
}

void CheckedCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(index.data(Qt::EditRole).toString());
}

void CheckedCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || !line->hasAcceptableInput())
        return;
    const QString text = line->text().trimmed();
    if (text == index.data(Qt::EditRole).toString().trimmed())
        return; // nothing changed: no step to undo
    if (!model->setData(index, text, Qt::EditRole)) {
        // Refused before any write (the database became read-only meanwhile, say): say so where
        // the person is looking, without taking the focus from the window.
        const auto *roles = qobject_cast<const RolesTableModel *>(model);
        const QString why = roles ? roles->editError() : QString();
        if (!why.isEmpty())
            QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), why, editor->parentWidget());
    }
}

void CheckedCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // As wide as the cell, or as "YYYY-MM-DD" needs where the column is narrower.
    QRect rect = option.rect;
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        rect.setWidth(qMax(rect.width(), minimumEditorWidth(line)));
    editor->setGeometry(rect);
}

int CheckedCellDelegate::minimumEditorWidth(const QLineEdit *) const
{
    return 0;
}

QString CheckedCellDelegate::problemOf(const QLineEdit *editor)
{
    const ExplainingValidator *validator = validatorOf(editor);
    return validator ? validator->problemWith(editor->text()) : QString();
}

void CheckedCellDelegate::updateMarks(QLineEdit *editor)
{
    const QString problem = problemOf(editor);
    editor->setToolTip(problem.isEmpty() ? editor->property(hintProperty).toString() : problem);
    if (problem.isEmpty() && editor->property(refusedProperty).toBool()) {
        editor->setProperty(refusedProperty, false);
        editor->setStyleSheet(QString());
        QToolTip::hideText();
    }
}

void CheckedCellDelegate::showProblem(QLineEdit *editor)
{
    const QString problem = problemOf(editor);
    editor->setToolTip(problem);
    if (!editor->property(refusedProperty).toBool()) {
        editor->setProperty(refusedProperty, true);
        editor->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; background: #fff5f5; }"));
    }
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), problem, editor);
}

bool CheckedCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool commits = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
        if (commits && !problemOf(editor).isEmpty()) {
            showProblem(editor); // the editor stays open with what was typed
            return true;
        }
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            // As Enter: the table's Tab leaves the table, so it does not open the next cell either.
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace talentflow
