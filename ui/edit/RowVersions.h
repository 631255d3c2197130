#pragma once

#include "models/FactRepository.h"

#include <QHash>
#include <QPair>

namespace talentflow {

// The row version this window's own last write left on each row it wrote, for undo and redo to
// base their writes on. A step remembers only the version it saw or wrote itself; a later step
// of the same row moves the row past that, and only this window's history knows by how much.
// Versions only grow, so of the two the greater is the newer; the row holds it unless another
// window has written it since, and then the write is refused, as it should be.
class RowVersions
{
public:
    // The tables whose rows carry a version.
    enum class Table { Movement, Role, Person, Company };
    static Table of(FactType type) { return type == FactType::Movement ? Table::Movement : Table::Role; }

    // The version to base a write on: the one the step saw, or the one this window's last write
    // left if that is newer.
    int basis(Table table, qint64 id, int seen) const;
    // A write of this window left the row at this version.
    void wrote(Table table, qint64 id, int version);
    void clear() { m_versions.clear(); }

private:
    using Key = QPair<int, qint64>;
    QHash<Key, int> m_versions;
};

} // namespace talentflow
