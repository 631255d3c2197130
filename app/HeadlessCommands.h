#pragma once

#include "app/CommandLine.h"

#include <memory>

namespace talentflow {

class Database;

// The database a command works on: --new-database's new file, --database's, or the user's own.
std::unique_ptr<Database> openRequestedDatabase(const CommandLineOptions &options, QString *error);

// Runs the command-line requests that need no window. Returns the process exit code.
int runHeadless(const CommandLineOptions &options);

// --add-source: adds an article file and prints its id. Needs a GUI application object (its
// .md and .html are read by QTextDocument), though no display.
int runAddSource(const CommandLineOptions &options);

} // namespace talentflow
