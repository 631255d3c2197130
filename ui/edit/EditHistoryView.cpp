#include "ui/edit/EditHistoryView.h"

#include <QAction>
#include <QEvent>
#include <QUndoView>

namespace talentflow {

EditHistoryView::EditHistoryView(QUndoStack *stack, QWidget *parent)
    : QDockWidget(parent)
    , m_view(new QUndoView(stack, this))
{
    setObjectName(QStringLiteral("editHistoryDock")); // saveState() keys the dock by it
    m_view->setObjectName(QStringLiteral("editHistoryList"));
    setWidget(m_view);
    toggleViewAction()->setObjectName(QStringLiteral("showEditHistoryAction"));
    retranslate();
}

void EditHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void EditHistoryView::retranslate()
{
    setWindowTitle(tr("Edit History"));
    toggleViewAction()->setText(tr("Edit &History"));
    m_view->setEmptyLabel(tr("<no edits yet>"));
}

} // namespace talentflow
