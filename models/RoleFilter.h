#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace talentflow {

// What the people & roles table shows: one company, a set of people (a search's result), or all;
// of those, only the people who returned to a company, when asked.
struct RoleFilter
{
    std::optional<qint64> companyId;
    std::optional<QList<qint64>> personIds; // empty list: the search found no one
    bool returnedOnly = false;              // personIds holds only people who went back to a company they had left

    bool operator==(const RoleFilter &other) const
    {
        return companyId == other.companyId && personIds == other.personIds && returnedOnly == other.returnedOnly;
    }
};

// What the filter bar asks for: a company (0: all), the name it shows for it, a search text, and
// whether only people who returned somewhere are shown.
// The session resolves it into a RoleFilter; the name and text also describe it in captions.
struct FilterRequest
{
    qint64 companyId = 0;
    QString companyName;
    QString search;
    bool returnedOnly = false;

    bool operator==(const FilterRequest &other) const
    {
        return companyId == other.companyId && companyName == other.companyName && search == other.search
            && returnedOnly == other.returnedOnly;
    }
};

} // namespace talentflow

Q_DECLARE_METATYPE(talentflow::RoleFilter)
Q_DECLARE_METATYPE(talentflow::FilterRequest)
