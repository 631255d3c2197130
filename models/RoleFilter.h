#pragma once

#include <QList>
#include <QMetaType>
#include <QtGlobal>

#include <optional>

namespace talentflow {

// What the people & roles table shows: one company, a set of people (a search's result), or all.
struct RoleFilter
{
    std::optional<qint64> companyId;
    std::optional<QList<qint64>> personIds; // empty list: the search found no one

    bool operator==(const RoleFilter &other) const
    {
        return companyId == other.companyId && personIds == other.personIds;
    }
};

} // namespace talentflow

Q_DECLARE_METATYPE(talentflow::RoleFilter)
