#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace talentflow {

// A person as an edit form shows it, with the row version the form is based on.
struct PersonFields
{
    QString nameEn;
    QString nameZh;
    QStringList aliases; // in the order they were added
    int version = 0;
};

// An edit of a person: the names it ends with, and the aliases it adds and removes.
struct PersonChange
{
    QString nameEn;
    QString nameZh;
    QStringList addedAliases;
    QStringList removedAliases;
};

// A person's rows as they were before an edit, column by column, to put back exactly.
struct StoredPerson
{
    QVariantMap person;           // the person row, row_version included
    QList<QVariantMap> aliases; // its alias rows, ids included
    int versionAfter = 0;       // the row version the edit left
};

// What merging one person into another changed, enough to take it back exactly.
struct PersonMerge
{
    qint64 keptId = 0;
    int keptVersionBefore = 0;
    int keptVersionAfter = 0;
    QVariantMap mergedPerson;         // the merged person's row, row_version included
    QList<QVariantMap> mergedAliases; // its alias rows, ids included
    QList<qint64> aliasIdsTaken;      // alias rows the kept person gained: moved ones and names made aliases
    QList<qint64> roleIds;            // the facts that moved, with their citations
    QList<qint64> movementIds;

    qint64 mergedId() const;
};

// What is a person's: their roles and moves, and the citations behind those.
struct PersonFactCount
{
    int roles = 0;
    int movements = 0;
    int citations = 0;
};

// A person removed with everything that was theirs, rows column by column, to put back exactly.
struct RemovedPerson
{
    QVariantMap person; // row_version included
    QList<QVariantMap> aliases;
    QList<QVariantMap> roles;
    QList<QVariantMap> movements;
    QList<QVariantMap> citations; // of those roles and moves

    qint64 id() const;
};

// The row versions taking a merge back left: the kept person's, and the merged person's, who
// comes back one version above the one he was removed at.
struct UnmergedVersions
{
    int kept = 0;
    int merged = 0;
};

// Corrections of people: their names and aliases, and two records of one person made one. Each
// call is one transaction with its change-log rows and the search index kept in step. An edit
// names the row version it was based on; a person changed since (in another window) is refused.
class PersonEditor
{
public:
    explicit PersonEditor(QSqlDatabase db);

    std::optional<PersonFields> person(qint64 id, QString *error) const;
    // What is wrong with the change, in one line; empty when it can be stored.
    static QString problemWith(const PersonChange &change);

    // The rows as they were, to put back with restore().
    std::optional<StoredPerson> editPerson(qint64 id, const PersonChange &change, int basedOnVersion, QString *error);
    // Puts the person's names and aliases back as they were, ids included, if the person is still
    // at basedOnVersion (the version the window's last write left); the row takes the next
    // version, never an earlier one, so an edit read while the correction stood is refused.
    // The person's new row version.
    std::optional<int> restore(const StoredPerson &before, int basedOnVersion, QString *error);

    // Moves every role and move of the merged person (their citations with them) and its aliases
    // to the kept person; the merged person's names become aliases of the kept one unless it
    // already has them, and the merged person is removed.
    std::optional<PersonMerge> merge(qint64 keptId, int keptVersion, qint64 mergedId, int mergedVersion, QString *error);
    // Takes a merge back: the merged person with its id, names and aliases, its roles and moves,
    // and the kept person's aliases as they were, both people at new row versions. Refused when
    // the kept person is no longer at keptBasedOnVersion, or a fact that moved is gone or no
    // longer the kept person's.
    std::optional<UnmergedVersions> unmerge(const PersonMerge &merge, int keptBasedOnVersion, QString *error);

    std::optional<PersonFactCount> factCount(qint64 id, QString *error) const;
    // Removes a person with their aliases, roles and moves and those facts' citations.
    std::optional<RemovedPerson> removePerson(qint64 id, int basedOnVersion, QString *error);
    // Puts a removed person back with the same ids, the person and each fact one row version
    // above the one removed, and returns the person's new version. Refused when an id has been
    // taken since, or a company a fact names is gone.
    std::optional<int> restoreRemoved(const RemovedPerson &removed, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
