#include "ui/FilterDescription.h"

#include <QCoreApplication>
#include <QStringList>

namespace talentflow {

FilterDescription FilterDescription::of(const FilterRequest &request)
{
    FilterDescription description;
    if (request.companyId)
        description.companyName = request.companyName;
    description.search = request.search.trimmed();
    description.returnedOnly = request.returnedOnly;
    return description;
}

QString FilterDescription::text() const
{
    QStringList parts;
    if (!companyName.isEmpty())
        parts.append(QCoreApplication::translate("talentflow::MainWindow", "Company: %1").arg(companyName));
    if (!search.isEmpty())
        parts.append(QCoreApplication::translate("talentflow::MainWindow", "Search: “%1”").arg(search));
    if (returnedOnly)
        parts.append(QCoreApplication::translate("talentflow::MainWindow", "Returned"));
    return parts.join(QStringLiteral(" · "));
}

QString FilterDescription::subject() const
{
    QStringList parts;
    if (!companyName.isEmpty())
        parts.append(companyName);
    if (!search.isEmpty())
        parts.append(QStringLiteral("“%1”").arg(search));
    if (returnedOnly)
        parts.append(QCoreApplication::translate("talentflow::MainWindow", "Returned"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace talentflow
