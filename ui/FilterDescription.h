#pragma once

#include "models/RoleFilter.h"

#include <QMetaType>
#include <QString>

namespace talentflow {

// The filter in words, for captions and titles: the company's display name and the search text,
// either empty when not in use.
struct FilterDescription
{
    QString companyName;
    QString search;
    bool returnedOnly = false;

    // The one way a filter bar's request is put in words, in the window and on the command line.
    static FilterDescription of(const FilterRequest &request);

    // "Company: OpenAI · Search: “佐夫”", for a caption.
    QString text() const;
    // "OpenAI · “佐夫”", for a title that names its filter.
    QString subject() const;
    bool operator==(const FilterDescription &other) const
    {
        return companyName == other.companyName && search == other.search && returnedOnly == other.returnedOnly;
    }
};

} // namespace talentflow

Q_DECLARE_METATYPE(talentflow::FilterDescription)
