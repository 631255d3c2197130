#pragma once

#include "ui/edit/CheckedCellDelegate.h"

namespace talentflow {

// A role's title edited in its cell, in the script the table shows: the English title in an
// English interface, the Chinese one in a Chinese interface. Where that script has none, the
// editor starts empty with the other script's title as its placeholder.
class TitleCellDelegate : public CheckedCellDelegate
{
    Q_OBJECT

public:
    using CheckedCellDelegate::CheckedCellDelegate;

protected:
    ExplainingValidator *createValidator(const QModelIndex &index, QObject *parent) const override;
    QString hint(const QModelIndex &index) const override;
    QString placeholder(const QModelIndex &index) const override;
};

} // namespace talentflow
