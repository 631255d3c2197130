#include "ui/FocusOrder.h"

#include <QWidget>

namespace talentflow {

namespace {

// The widgets Tab can stop at inside the block, in the window's present focus-chain order.
QList<QWidget *> tabStops(QWidget *block)
{
    QList<QWidget *> stops;
    QWidget *widget = block;
    do {
        // A widget with a focus proxy hands focus on: its proxy is the stop.
        if ((widget == block || block->isAncestorOf(widget)) && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy())
            stops.append(widget);
        widget = widget->nextInFocusChain();
    } while (widget != block);
    return stops;
}

} // namespace

void setFocusOrder(const QList<QWidget *> &blocks)
{
    QList<QWidget *> chain;
    for (QWidget *block : blocks)
        chain += tabStops(block);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace talentflow
