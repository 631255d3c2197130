#include "ui/RolesTableView.h"

#include "models/RolesTableModel.h"

#include <QHeaderView>

namespace talentflow {

RolesTableView::RolesTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("rolesView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
}

void RolesTableView::setRolesModel(RolesTableModel *model)
{
    m_model = model;
    setModel(model);
    // Hidden fields (ids) follow the displayed columns.
    for (int column = RolesTableModel::ColumnCount; column < model->columnCount(); ++column)
        setColumnHidden(column, true);
    horizontalHeader()->setSortIndicator(RolesTableModel::Person, Qt::AscendingOrder);
    applyDefaultWidths();
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit personChosen(current.data(RolesTableModel::PersonIdRole).toLongLong());
    });
    // The model relabels its headers when its language changes.
    connect(model, &QAbstractItemModel::headerDataChanged, this, &RolesTableView::fitDateColumns);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = RolesTableModel::ColumnCount; column < m_model->columnCount(); ++column)
            setColumnHidden(column, true);
    });
}

void RolesTableView::applyDefaultWidths()
{
    const int dateWidth = dateColumnWidth();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(RolesTableModel::Person, em * 13);
    setColumnWidth(RolesTableModel::Company, em * 12);
    setColumnWidth(RolesTableModel::Start, dateWidth);
    setColumnWidth(RolesTableModel::End, dateWidth);
    int statusWidth = 0;
    for (const QString &status : RolesTableModel::statusLabels())
        statusWidth = qMax(statusWidth, fontMetrics().horizontalAdvance(status));
    setColumnWidth(RolesTableModel::Status, qMax(statusWidth, em * 4) + 20);
    horizontalHeader()->setSectionResizeMode(RolesTableModel::Title, QHeaderView::Stretch);
}

int RolesTableView::dateColumnWidth() const
{
    // The longest date of the table's language only: measuring "2024年12月31日" loads the CJK font,
    // which costs an English window's start-up a few milliseconds it does not otherwise spend.
    const bool chinese = m_model && m_model->language() == DisplayLanguage::Chinese;
    return fontMetrics().horizontalAdvance(chinese ? QStringLiteral("2024年12月31日") : QStringLiteral("31 Sep 2024")) + 16;
}

void RolesTableView::fitDateColumns()
{
    const int needed = dateColumnWidth();
    for (int column : {int(RolesTableModel::Start), int(RolesTableModel::End)}) {
        if (columnWidth(column) < needed)
            setColumnWidth(column, needed);
    }
}

qint64 RolesTableView::currentPersonId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(RolesTableModel::PersonIdRole).toLongLong() : 0;
}

void RolesTableView::selectPerson(qint64 personId)
{
    if (!m_model || personId == currentPersonId())
        return;
    const int row = personId > 0 ? m_model->rowOfPerson(personId) : -1;
    if (row < 0) {
        clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, RolesTableModel::Person);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

} // namespace talentflow
