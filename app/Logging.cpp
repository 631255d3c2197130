#include "app/Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace talentflow {

namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const std::string text = message.toStdString();
    // The platform plugins' notes (offscreen rendering has no window manager) are not for users.
    if (type == QtWarningMsg
        && ((context.category && QLatin1String(context.category).startsWith(QLatin1String("qt.qpa")))
            || message.contains(QLatin1String("does not support propagateSizeHints"))))
        type = QtDebugMsg;
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        break;
    }
}

} // namespace

void setupLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    console->set_pattern("talentflow: %l: %v");
    sinks.push_back(console);

    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("logs"));
    std::string fileProblem;
    if (QDir().mkpath(folder)) {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir(folder).filePath(QStringLiteral("talentflow.log")).toStdString(), 2 * 1024 * 1024, 3);
            file->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
            file->set_pattern("%Y-%m-%d %H:%M:%S.%e %l %v");
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &e) {
            fileProblem = e.what();
        }
    } else {
        fileProblem = "cannot create " + folder.toStdString();
    }

    auto logger = std::make_shared<spdlog::logger>("talentflow", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    if (!fileProblem.empty())
        spdlog::debug("logging to stderr only: {}", fileProblem);
    qInstallMessageHandler(forwardQtMessage);
}

} // namespace talentflow
