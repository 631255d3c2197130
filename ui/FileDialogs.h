#pragma once

#include <QString>

class QWidget;

namespace talentflow {

// File dialogs with a seam for tests: a preset answer is returned instead of showing a dialog.
namespace FileDialogs {
QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestion, const QString &filter);
void setNextAnswer(const QString &path); // for tests: the next dialog returns this path
} // namespace FileDialogs

} // namespace talentflow
