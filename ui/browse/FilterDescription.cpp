#include "ui/browse/FilterDescription.h"

#include <QCoreApplication>
#include <QStringList>

namespace talentflow {

QString FilterDescription::text() const
{
    QStringList parts;
    if (!companyName.isEmpty())
        parts.append(QCoreApplication::translate("talentflow::MainWindow", "Company: %1").arg(companyName));
    if (!search.isEmpty())
        parts.append(QCoreApplication::translate("talentflow::MainWindow", "Search: “%1”").arg(search));
    return parts.join(QStringLiteral(" · "));
}

QString FilterDescription::subject() const
{
    QStringList parts;
    if (!companyName.isEmpty())
        parts.append(companyName);
    if (!search.isEmpty())
        parts.append(QStringLiteral("“%1”").arg(search));
    return parts.join(QStringLiteral(" · "));
}

} // namespace talentflow
