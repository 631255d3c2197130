#pragma once

namespace talentflow {

// Tunes the C allocator for a process that caches and then releases hundreds of thousands of
// small strings (the roles table after a long scroll). Call once, before any window exists.
void tuneAllocatorForLargeResults();

} // namespace talentflow
