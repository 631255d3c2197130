#pragma once

#include <QList>

class QWidget;

namespace talentflow {

// Sets the Tab order block by block: each block (a widget and the focusable widgets inside it)
// keeps its own inner order, and the blocks follow one another in the order given. A block need
// not expose its children, so a panel can change inside without its window knowing.
void setFocusOrder(const QList<QWidget *> &blocks);

} // namespace talentflow
