#include "ui/edit/TitleValidator.h"

#include "models/FactRepository.h"

namespace talentflow {

TitleValidator::TitleValidator(DisplayLanguage script, const QString &otherTitle, QObject *parent)
    : ExplainingValidator(parent)
    , m_script(script)
    , m_otherTitle(otherTitle.trimmed())
{
}

QString TitleValidator::problemWith(const QString &text) const
{
    const QString title = text.trimmed();
    if (title.isEmpty() && m_otherTitle.isEmpty())
        return m_script == DisplayLanguage::Chinese ? tr("A role needs a title, and this one has none in English either.")
                                                    : tr("A role needs a title, and this one has none in Chinese either.");
    if (title.size() > FactRepository::maxTitleLength)
        return tr("A title has at most %1 characters; this one has %2.").arg(FactRepository::maxTitleLength).arg(title.size());
    return {};
}

} // namespace talentflow
