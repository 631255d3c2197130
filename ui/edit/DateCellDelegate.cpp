#include "ui/edit/DateCellDelegate.h"

#include "ui/edit/PartialDateValidator.h"

#include <QLineEdit>

namespace talentflow {

ExplainingValidator *DateCellDelegate::createValidator(const QModelIndex &, QObject *parent) const
{
    return new PartialDateValidator(parent);
}

QString DateCellDelegate::hint(const QModelIndex &) const
{
    return tr("YYYY, YYYY-MM or YYYY-MM-DD; empty where the articles do not say.");
}

QString DateCellDelegate::placeholder(const QModelIndex &) const
{
    return tr("not stated");
}

int DateCellDelegate::minimumEditorWidth(const QLineEdit *editor) const
{
    // The longest date as stored, with room for the frame a refusal draws.
    return editor->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16;
}

} // namespace talentflow
