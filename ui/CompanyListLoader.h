#pragma once

#include "models/DisplayLanguage.h"
#include "models/Records.h"

#include <QList>
#include <QObject>

namespace talentflow {

class Database;

// Reads the companies the filter offers. A large database reads them on a worker thread (its own
// connection), so the window paints before thousands of names arrive; a newer request
// overtakes an older one.
class CompanyListLoader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void setDatabase(Database *database, bool large);
    void load(DisplayLanguage language);
    // The language of the newest request, loaded or still on its way.
    DisplayLanguage language() const { return m_language; }

signals:
    void loaded(const QList<talentflow::CompanyRecord> &companies, talentflow::DisplayLanguage language);
    void failed(const QString &error);

private:
    Database *m_database = nullptr;
    bool m_large = false;
    int m_generation = 0;
    DisplayLanguage m_language = DisplayLanguage::English;
};

} // namespace talentflow
