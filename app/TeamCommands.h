#pragma once

#include "app/CommandLine.h"

namespace talentflow {

// --init-team-database: sets up an empty PostgreSQL database for a team.
int runInitTeamDatabase(const CommandLineOptions &options);

// --copy-to, and --export-data from a team database: the commands that take a database of
// either engine. Returns the process exit code.
int runEngineCommand(const CommandLineOptions &options);

// Whether the command line asks for one of those.
bool isEngineCommand(const CommandLineOptions &options);

} // namespace talentflow
