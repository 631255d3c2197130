#include "app/GuiSession.h"

#include "models/Database.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace talentflow {

int runGui(const CommandLineOptions &options)
{
    QString error;
    std::unique_ptr<Database> database = options.databasePath.isEmpty()
        ? Database::openOrCreateDefault(&error)
        : Database::open(options.databasePath, &error);
    if (!database) {
        spdlog::error("{}", error.toStdString());
        QMessageBox::critical(nullptr, QApplication::translate("GuiSession", "Cannot open the database"), error);
    }
    MainWindow window(database.get());
    window.show();
    return QApplication::exec();
}

} // namespace talentflow
