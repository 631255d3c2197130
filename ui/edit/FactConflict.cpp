#include "ui/edit/FactConflict.h"

#include "models/DataSession.h"
#include "models/DisplayLanguage.h"
#include "ui/MovementKindNames.h"
#include "ui/UiLanguage.h"

#include <QCoreApplication>

namespace talentflow {

namespace {

QString companyName(const DataSession &session, qint64 id)
{
    if (id <= 0)
        return {};
    const Answer<CompanyRecord> company = session.company(id);
    return company ? displayName(company.value->nameEn, company.value->nameZh, uiLanguage()) : QString::number(id);
}

// As the table and the detail pane write it ("Sep 2024", "2024年9月").
QString dateText(const PartialDate &date)
{
    return date.isKnown() ? date.toDisplayString(uiIsChinese()) : QString();
}

// Takes field i from mine or theirs, as chosen.
template<typename T>
T chosen(const QList<bool> &takesMine, int i, const T &mine, const T &theirs)
{
    return i < takesMine.size() && !takesMine.at(i) ? theirs : mine;
}

} // namespace

QList<ConflictField> conflictFields(const DataSession &session, const MovementFields &mine, const MovementFields &theirs,
                                    const MovementFields &base)
{
    const auto company = [&session](qint64 id) { return companyName(session, id); };
    return {
        {QCoreApplication::translate("FactConflict", "Kind"), movementKindLabel(mine.kind), movementKindLabel(theirs.kind),
         movementKindLabel(base.kind)},
        {QCoreApplication::translate("FactConflict", "Company"), company(mine.companyId), company(theirs.companyId),
         company(base.companyId)},
        {QCoreApplication::translate("FactConflict", "Went to"), company(mine.toCompanyId), company(theirs.toCompanyId),
         company(base.toCompanyId)},
        {QCoreApplication::translate("FactConflict", "Date"), dateText(mine.date), dateText(theirs.date), dateText(base.date)},
    };
}

QList<ConflictField> conflictFields(const DataSession &session, const RoleFields &mine, const RoleFields &theirs,
                                    const RoleFields &base)
{
    const auto company = [&session](qint64 id) { return companyName(session, id); };
    return {
        {QCoreApplication::translate("FactConflict", "Company"), company(mine.companyId), company(theirs.companyId),
         company(base.companyId)},
        {QCoreApplication::translate("FactConflict", "Title (English)"), mine.titleEn, theirs.titleEn, base.titleEn},
        {QCoreApplication::translate("FactConflict", "Title (Chinese)"), mine.titleZh, theirs.titleZh, base.titleZh},
        {QCoreApplication::translate("FactConflict", "Start"), dateText(mine.start), dateText(theirs.start), dateText(base.start)},
        {QCoreApplication::translate("FactConflict", "End"), dateText(mine.end), dateText(theirs.end), dateText(base.end)},
    };
}

MovementFields mergedFields(const MovementFields &mine, const MovementFields &theirs, const QList<bool> &takesMine)
{
    MovementFields merged;
    merged.kind = chosen(takesMine, 0, mine.kind, theirs.kind);
    merged.companyId = chosen(takesMine, 1, mine.companyId, theirs.companyId);
    merged.toCompanyId = chosen(takesMine, 2, mine.toCompanyId, theirs.toCompanyId);
    merged.date = chosen(takesMine, 3, mine.date, theirs.date);
    return merged;
}

RoleFields mergedFields(const RoleFields &mine, const RoleFields &theirs, const QList<bool> &takesMine)
{
    RoleFields merged;
    merged.companyId = chosen(takesMine, 0, mine.companyId, theirs.companyId);
    merged.titleEn = chosen(takesMine, 1, mine.titleEn, theirs.titleEn);
    merged.titleZh = chosen(takesMine, 2, mine.titleZh, theirs.titleZh);
    merged.start = chosen(takesMine, 3, mine.start, theirs.start);
    merged.end = chosen(takesMine, 4, mine.end, theirs.end);
    return merged;
}

} // namespace talentflow
