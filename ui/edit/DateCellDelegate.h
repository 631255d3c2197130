#pragma once

#include "ui/edit/CheckedCellDelegate.h"

namespace talentflow {

// A role's start or end edited in its cell: YYYY, YYYY-MM or YYYY-MM-DD, or empty where the
// articles do not say. The cell shows the date in the interface's language ("Sep 2024"); its
// editor, the date as stored ("2024-09").
class DateCellDelegate : public CheckedCellDelegate
{
    Q_OBJECT

public:
    using CheckedCellDelegate::CheckedCellDelegate;

protected:
    ExplainingValidator *createValidator(const QModelIndex &index, QObject *parent) const override;
    QString hint(const QModelIndex &index) const override;
    QString placeholder(const QModelIndex &index) const override;
    int minimumEditorWidth(const QLineEdit *editor) const override;
};

} // namespace talentflow
