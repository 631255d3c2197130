#include "ui/FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace talentflow {

namespace {
std::optional<QString> nextAnswer;

std::optional<QString> takeNextAnswer()
{
    std::optional<QString> answer = nextAnswer;
    nextAnswer.reset();
    return answer;
}
} // namespace

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (const std::optional<QString> answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                  const QString &filter)
{
    if (const std::optional<QString> answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
}

void FileDialogs::setNextAnswer(const QString &path)
{
    nextAnswer = path;
}

} // namespace talentflow
