#pragma once

#include "models/RoleFilter.h"
#include "ui/browse/FilterDescription.h"

#include <QObject>
#include <QString>

namespace talentflow {

class Database;

// Turns the filter bar's company and search text into the set of roles to show. A search runs at
// once, except a one- or two-character search of a large database, which scans every name and
// excerpt and so runs on a worker thread (its own connection); a newer request overtakes an older.
class FilterResolver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void setDatabase(Database *database, bool large);
    void resolve(qint64 companyId, const QString &companyName, const QString &search);

signals:
    void resolved(const talentflow::RoleFilter &filter, const talentflow::FilterDescription &description);
    void failed(const QString &error);

private:
    Database *m_database = nullptr;
    bool m_large = false;
    int m_generation = 0;
};

} // namespace talentflow
