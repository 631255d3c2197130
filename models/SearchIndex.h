#pragma once

#include "models/NameKeys.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace talentflow {

// What a search index entry was taken from: a person's name in either script, an alias, a role's
// title in either script, or the words of a citation of a move or a role.
enum class SearchEntry { NameEn = 1, NameZh, Alias, TitleEn, TitleZh, Citation };

// The trigram search index (FTS5) holds each person's names and aliases, their roles' titles and
// the words cited about them. FTS5 finds an entry only by a match or by its rowid; anything else
// (its person, its text) reads every entry, seconds on a large file. So each entry's rowid names
// the row it was taken from, and edits add and remove entries by it.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db);

    // The entry's rowid: the kind of entry in the high bits, the row's id below. None for an id
    // outside [0, 2^56), which no import or edit makes; such a row is left out of the index.
    static std::optional<qint64> rowidOf(SearchEntry entry, qint64 rowId);

    // Nothing is added for an empty text, as the full rebuild leaves empty names out.
    bool add(SearchEntry entry, qint64 rowId, qint64 personId, const QString &text, QString *error);
    // Removing an entry that is not there does nothing.
    bool remove(SearchEntry entry, qint64 rowId, QString *error);
    // A person's names and aliases; called before the person's row (and its aliases) go.
    bool removePerson(qint64 personId, QString *error);
    // Hands the entries of these roles and moves (their titles and cited words) to another
    // person, as a merge hands the facts.
    bool reassignFacts(const QList<qint64> &roleIds, const QList<qint64> &movementIds, qint64 personId, QString *error);
    // Every entry again, from the tables, and every name's search keys. The caller holds a transaction.
    bool rebuild(QString *error);

    // The readings users gave for names (models/NameKeys); nullopt on a database error.
    std::optional<NameReadings> readings(QString *error) const;
    // Reads a name (or a surname: its first characters) this way from now on, and derives the
    // keys of every name and alias that contains it again; an empty reading removes the
    // name's. The caller holds a transaction.
    bool setReading(const QString &name, const QString &pinyin, QString *error);

    // The indexes a name's keys are found by (by key, and by the entry they came from).
    static QStringList keyIndexStatements();
    // The entry kind of an entry's rowid, as SearchEntry's number.
    static int entryKindOf(qint64 rowid);

private:
    std::optional<NameReadings> readingsFor(const QString &text, QString *error) const;
    bool addKeys(QSqlQuery &insert, qint64 rowid, qint64 personId, const QString &text, QString *error);
    bool addKeys(qint64 rowid, qint64 personId, const QString &text, QString *error);
    bool removeKeys(qint64 rowid, QString *error);
    bool rebuildKeys(QString *error);

    QSqlDatabase m_db;
    mutable std::optional<NameReadings> m_readings;
};

} // namespace talentflow
