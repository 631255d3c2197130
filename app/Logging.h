#pragma once

namespace talentflow {

// spdlog with a rotating file in the app-data folder and warnings (or, verbose, everything)
// on stderr. Qt's own messages are routed into it. Call once the application name is set.
void setupLogging(bool verbose);

} // namespace talentflow
