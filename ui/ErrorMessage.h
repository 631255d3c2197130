#pragma once

#include <QString>

class QWidget;

namespace talentflow {

// A warning that is window-modal but does not block: the window stays usable and tests never hang.
void showErrorMessage(QWidget *parent, const QString &title, const QString &text);

} // namespace talentflow
