#pragma once

#include <QDockWidget>

#include <functional>

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
    // Asked before a click or a key moves the history; false keeps it where it is.
    void setGate(std::function<bool()> mayMove) { m_mayMove = std::move(mayMove); }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QUndoView *m_view;
    std::function<bool()> m_mayMove;
};

} // namespace talentflow
