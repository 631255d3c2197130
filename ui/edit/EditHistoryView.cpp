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
    // Clicking a step sets the stack's index directly, past Edit ▸ Undo's checks: ask first.
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    toggleViewAction()->setObjectName(QStringLiteral("showEditHistoryAction"));
    retranslate();
}

bool EditHistoryView::eventFilter(QObject *watched, QEvent *event)
{
    const bool moves = event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick
        || (event->type() == QEvent::KeyPress && watched == m_view);
    if (moves && m_mayMove && !m_mayMove()) {
        event->accept();
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
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
