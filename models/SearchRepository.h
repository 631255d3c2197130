#pragma once

#include "models/RoleFilter.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// Why a person matched a search, from the strongest reason to the weakest.
enum class MatchReason {
    Name,            // one of their names, or a word of it, as typed (any width, any case)
    Alias,           // one of their aliases, or a word of it
    TraditionalForm, // a name or alias, typed in traditional characters (or stored in them)
    Pinyin,          // the pinyin of a Chinese name or alias, with or without spaces
    Initials,        // the initials of that pinyin
    PartOfName,      // a part of a name or alias
    Title,           // the title of one of their roles
    Excerpt,         // the words an article is cited for about them
    SimilarSpelling, // a name close to what was typed: a suggestion, never a match
};

struct PersonMatch
{
    qint64 personId = 0;
    MatchReason reason = MatchReason::Name;
    QString source;  // the name or alias the match was found in; empty for a title or an excerpt
    int rank = 0;    // lower is better
    double score = 1; // for a suggestion, how alike the spelling is (0–1)
    QString nameEn;   // the person's names, for the first matches and every suggestion
    QString nameZh;
    QString ownName;  // for a merge candidate: the person's own name or alias with the same key as `source`

    bool operator==(const PersonMatch &other) const
    {
        return personId == other.personId && reason == other.reason && source == other.source && rank == other.rank;
    }
};

// A person an import or an edit added, and a stored person whose name may be theirs.
struct MergeCandidate
{
    qint64 personId = 0;
    QString nameEn;
    QString nameZh;
    PersonMatch stored; // ownName: the new person's name with the same key
};

// What a search found, best first, and, when it found no one, the people whose names are spelled
// close to it ("Did you mean …?").
struct SearchOutcome
{
    // Matches past this many carry no names: a status line names a few, never thousands.
    static constexpr int namedMatches = 50;

    QList<PersonMatch> matches;
    QList<PersonMatch> suggestions;

    bool operator==(const SearchOutcome &other) const { return matches == other.matches && suggestions == other.suggestions; }
};

// Finds people by their names and aliases in any script and form (models/NameKeys), by any part
// of a name, a title or an excerpt cited about them. The user's text is always a bound value;
// quotes, % and _ match themselves.
class SearchRepository
{
public:
    explicit SearchRepository(QSqlDatabase db);

    // Everyone the text finds, best first, with why, the first `named` with their names; nullopt
    // on a database error.
    std::optional<SearchOutcome> search(const QString &text, QString *error,
                                        qsizetype named = SearchOutcome::namedMatches) const;
    // Ids of the matching people, in id order; nullopt on a database error.
    std::optional<QList<qint64>> matchingPeople(const QString &text, QString *error) const;
    // The roles a filter bar's request shows: its company, and the people its search finds; the
    // search's outcome goes to `outcome` when given.
    std::optional<RoleFilter> resolve(const FilterRequest &request, QString *error, SearchOutcome *outcome = nullptr) const;

    // Other people with a name or alias that is the same as one of this person's once folded,
    // read as pinyin or simplified: candidates for a merge, each with why, best first. Never
    // merged by this; the user decides.
    std::optional<QList<PersonMatch>> sameNamedPeople(qint64 personId, QString *error) const;

    // For these people (an import's new ones), the other people whose names are theirs in another
    // form, at most `limit` pairs, each pair once.
    std::optional<QList<MergeCandidate>> sameNamedAsNewPeople(const QList<qint64> &newPeople, int limit, QString *error) const;
    // Who a name typed in a form may already be: its keys only (no substring, title or excerpt
    // scan, so each keystroke costs index lookups), else the close spellings.
    std::optional<SearchOutcome> storedAs(const QString &name, QString *error) const;

private:
    bool addKeyMatches(const QString &folded, const QString &simplified, QList<PersonMatch> &matches, QString *error) const;
    bool addPinyinPrefixMatches(const QString &folded, QList<PersonMatch> &matches, QString *error) const;
    bool addTextMatches(const QString &text, QList<PersonMatch> &matches, QString *error) const;
    bool addSuggestions(const QString &text, QList<PersonMatch> &suggestions, QString *error) const;
    bool nameThe(QList<PersonMatch> &matches, qsizetype count, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace talentflow

Q_DECLARE_METATYPE(talentflow::SearchOutcome)
