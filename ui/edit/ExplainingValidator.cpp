#include "ui/edit/ExplainingValidator.h"

namespace talentflow {

QValidator::State ExplainingValidator::validate(QString &input, int &) const
{
    return problemWith(input).isEmpty() ? Acceptable : Intermediate;
}

void ExplainingValidator::fixup(QString &input) const
{
    input = input.trimmed();
}

} // namespace talentflow
