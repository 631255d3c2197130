#include "app/CommandLine.h"
#include "app/FactCommands.h"
#include "app/GuiSession.h"
#include "app/HeadlessCommands.h"
#include "app/Logging.h"
#include "models/AllocatorTuning.h"
#include "ui/AppStyle.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("talentflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TALENTFLOW_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const talentflow::ParsedCommandLine parsed = talentflow::parseCommandLine(arguments);
    if (!parsed.options) {
        std::fprintf(stderr, "talentflow: error: %s (see --help)\n", qPrintable(parsed.error));
        return 2;
    }
    const talentflow::CommandLineOptions &options = *parsed.options;

    if (options.isHeadless()) {
        QCoreApplication app(argc, argv);
        nameApplication();
        if (options.showHelp) {
            std::fputs(qPrintable(talentflow::commandLineHelpText()), stdout);
            return 0;
        }
        if (options.showVersion) {
            std::printf("talentflow %s\n", TALENTFLOW_VERSION);
            return 0;
        }
        talentflow::setupLogging(options.verbose);
        if (options.isFactCommand())
            return talentflow::runFactCommand(options);
        return talentflow::runHeadless(options);
    }

    // Screenshots, charts and articles need no display: offscreen unless told otherwise.
    const bool rendering = options.isScreenshot() || options.isChartExport() || options.isFlowsExport() || options.isAddSource();
    if (rendering && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    talentflow::tuneAllocatorForLargeResults();
    QApplication app(argc, argv);
    QApplication::setStyle(new talentflow::AppStyle(QApplication::style())); // owned by the application
    nameApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.talentflow.Talentflow"));
    talentflow::setupLogging(options.verbose);
    if (options.isChartExport())
        return talentflow::runChartExport(options);
    if (options.isFlowsExport())
        return talentflow::runFlowsExport(options);
    if (options.isAddSource())
        return talentflow::runAddSource(options);
    return options.isScreenshot() ? talentflow::runScreenshot(options) : talentflow::runGui(options);
}
