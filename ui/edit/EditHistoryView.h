#pragma once

#include <QDockWidget>

class QUndoStack;
class QUndoView;

namespace talentflow {

// View ▸ Edit History: every edit of this window, oldest first; clicking one undoes or redoes
// every step up to it.
class EditHistoryView : public QDockWidget
{
    Q_OBJECT

public:
    EditHistoryView(QUndoStack *stack, QWidget *parent = nullptr);

    QUndoView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QUndoView *m_view;
};

} // namespace talentflow
