#pragma once

#include "app/CommandLine.h"

namespace talentflow {

// Runs the command-line requests that need no window. Returns the process exit code.
int runHeadless(const CommandLineOptions &options);

} // namespace talentflow
