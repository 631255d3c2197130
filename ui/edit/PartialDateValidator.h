#pragma once

#include "ui/edit/ExplainingValidator.h"

namespace talentflow {

// A date as the articles state it: YYYY, YYYY-MM or YYYY-MM-DD, or empty where they do not say.
// PartialDate::fromIso has the last word; the reasons name what is wrong ("there is no month 13").
class PartialDateValidator : public ExplainingValidator
{
    Q_OBJECT

public:
    using ExplainingValidator::ExplainingValidator;

    QString problemWith(const QString &text) const override;
};

} // namespace talentflow
