#include "models/AllocatorTuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace talentflow {

void tuneAllocatorForLargeResults()
{
#if defined(__GLIBC__)
    // With fast bins, the strings of a released 200,000-row result pile up unmerged, and the next
    // large allocation merges them all at once: a 40 ms stall on the GUI thread when a filter
    // replaces the table's rows. Without them, each free merges its neighbours as it goes.
    mallopt(M_MXFAST, 0);
#endif
}

} // namespace talentflow
