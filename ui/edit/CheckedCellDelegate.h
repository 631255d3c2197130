#pragma once

#include <QStyledItemDelegate>

class QLineEdit;

namespace talentflow {

class ExplainingValidator;

// A table cell edited in a line edit whose validator says why it refuses a text. Enter (or Tab)
// commits only what can be stored; otherwise the editor stays open, framed in red, and says why
// beside it and in its tooltip. An unchanged text writes nothing.
class CheckedCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Why the editor's text cannot be stored, as it says; empty when it can.
    static QString problemOf(const QLineEdit *editor);

protected:
    // The validator of this cell's editor.
    virtual ExplainingValidator *createValidator(const QModelIndex &index, QObject *parent) const = 0;
    // What the editor says while its text can be stored (its tooltip), and shows while it is empty.
    virtual QString hint(const QModelIndex &index) const = 0;
    virtual QString placeholder(const QModelIndex &index) const = 0;
    // The narrowest the editor may be, whatever the column's width.
    virtual int minimumEditorWidth(const QLineEdit *editor) const;

    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // Frames the editor in red and says why, once a commit was refused, until its text can be stored.
    static void showProblem(QLineEdit *editor);
    static void updateMarks(QLineEdit *editor);
};

} // namespace talentflow
