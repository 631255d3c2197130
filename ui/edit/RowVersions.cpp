#include "ui/edit/RowVersions.h"

#include <algorithm>

namespace talentflow {

int RowVersions::basis(Table table, qint64 id, int seen) const
{
    return std::max(seen, m_versions.value(Key(int(table), id), seen));
}

void RowVersions::wrote(Table table, qint64 id, int version)
{
    m_versions.insert(Key(int(table), id), version);
}

} // namespace talentflow
