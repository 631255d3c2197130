#pragma once

#include "models/DisplayLanguage.h"
#include "ui/edit/ExplainingValidator.h"

namespace talentflow {

// A role's title in one script: it may be empty only while the other script has one, and it is
// at most as long as any stored title may be.
class TitleValidator : public ExplainingValidator
{
    Q_OBJECT

public:
    // script: the one edited; otherTitle: the role's title in the other script.
    TitleValidator(DisplayLanguage script, const QString &otherTitle, QObject *parent = nullptr);

    QString problemWith(const QString &text) const override;

private:
    DisplayLanguage m_script;
    QString m_otherTitle;
};

} // namespace talentflow
