#include "ui/edit/TitleCellDelegate.h"

#include "models/RolesTableModel.h"
#include "ui/edit/TitleValidator.h"

namespace talentflow {

namespace {

DisplayLanguage scriptOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const RolesTableModel *>(index.model());
    return model ? model->language() : DisplayLanguage::English;
}

} // namespace

ExplainingValidator *TitleCellDelegate::createValidator(const QModelIndex &index, QObject *parent) const
{
    return new TitleValidator(scriptOf(index), index.data(RolesTableModel::OtherScriptTitleRole).toString(), parent);
}

QString TitleCellDelegate::hint(const QModelIndex &index) const
{
    return scriptOf(index) == DisplayLanguage::Chinese
        ? tr("The title in Chinese; the English one is edited with the interface in English.")
        : tr("The title in English; the Chinese one is edited with the interface in Chinese.");
}

QString TitleCellDelegate::placeholder(const QModelIndex &index) const
{
    return index.data(RolesTableModel::OtherScriptTitleRole).toString();
}

} // namespace talentflow
