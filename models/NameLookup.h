#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// One way of naming a person or company: a name in either script, or an alias.
struct NamedId
{
    qint64 id = 0;
    QString name;
};

// Names as a form offers and reads them: every name to complete from, and the people and
// companies a selected sentence names.
class NameLookup
{
public:
    explicit NameLookup(QSqlDatabase db);

    // Every name and alias of people, or every name of companies, each once per record.
    std::optional<QList<NamedId>> personNames(QString *error) const;
    std::optional<QList<NamedId>> companyNames(QString *error) const;
    // The records whose name (or alias) occurs in the text, the earliest mention first; a longer
    // name wins over one inside it at the same place.
    std::optional<QList<NamedId>> peopleNamedIn(const QString &text, QString *error) const;
    std::optional<QList<NamedId>> companiesNamedIn(const QString &text, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
