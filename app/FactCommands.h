#pragma once

#include "app/CommandLine.h"

namespace talentflow {

// --add-movement, --add-role and --cite: records a fact, or cites an article's words for one, in
// one transaction, and prints the new row's id ("movement 12"). A refusal says why on one line,
// returns 1 and writes nothing. Needs no GUI application object.
int runFactCommand(const CommandLineOptions &options);

} // namespace talentflow
