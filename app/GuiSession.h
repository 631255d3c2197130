#pragma once

#include "app/CommandLine.h"

namespace talentflow {

// Opens the requested (or the user's) database and runs the main window. Returns the exit code.
int runGui(const CommandLineOptions &options);
// Renders the main window in the requested state to a PNG, with no display. Returns the exit code.
int runScreenshot(const CommandLineOptions &options);
// Renders a timeline chart to PNG or SVG, with no display. Returns the exit code.
int runChartExport(const CommandLineOptions &options);
// --export-flows: the talent flow's ribbons as CSV, in the language of --lang.
int runFlowsExport(const CommandLineOptions &options);

} // namespace talentflow
