#include "models/SearchRepository.h"

#include "models/SqlDialect.h"

#include "models/Boomerangs.h"
#include "models/NameKeys.h"
#include "models/SearchIndex.h"
#include "models/SqlErrors.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace talentflow {

namespace {

// Ranks, best first: the whole name or alias as typed, a word of it, its other script or form,
// a part of it, and last what is said about the person.
enum Rank { WholeName = 0, WordOfName, OtherForm, InitialsOf, PinyinPrefix, PartOf, TitleOf, ExcerptAbout };

// Entries past the aliases are titles and excerpts (models/SearchIndex).
qint64 nameEntriesEnd()
{
    return *SearchIndex::rowidOf(SearchEntry::TitleEn, 0);
}

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = describeSqlError(query.lastError());
    return false;
}

MatchReason nameOrAlias(qint64 entry)
{
    return SearchIndex::entryKindOf(entry) == int(SearchEntry::Alias) ? MatchReason::Alias : MatchReason::Name;
}

// One match per person, the best; best first, then by id for a stable order.
QList<PersonMatch> bestPerPerson(const QList<PersonMatch> &found)
{
    QHash<qint64, PersonMatch> best;
    for (const PersonMatch &match : found) {
        const auto known = best.constFind(match.personId);
        if (known == best.constEnd() || std::make_pair(match.rank, int(match.reason)) < std::make_pair(known->rank, int(known->reason)))
            best.insert(match.personId, match);
    }
    QList<PersonMatch> ordered = best.values();
    std::sort(ordered.begin(), ordered.end(), [](const PersonMatch &a, const PersonMatch &b) {
        return std::make_tuple(a.rank, int(a.reason), -a.score, a.personId) < std::make_tuple(b.rank, int(b.reason), -b.score, b.personId);
    });
    return ordered;
}

// The keys two records may share to be offered as one person: a whole name, its pinyin or its
// simplified form (a shared word or initials say too little).
void bindSharedKinds(QSqlQuery &query)
{
    query.bindValue(QStringLiteral(":folded"), int(KeyKind::Folded));
    query.bindValue(QStringLiteral(":pinyin"), int(KeyKind::Pinyin));
    query.bindValue(QStringLiteral(":simplified"), int(KeyKind::Simplified));
}

// The weaker of the two shared keys says why: a name beside its traditional form, or its pinyin.
MatchReason reasonOfShared(int weakerKind)
{
    const auto kind = KeyKind(weakerKind);
    return kind == KeyKind::Pinyin ? MatchReason::Pinyin
        : kind == KeyKind::Simplified ? MatchReason::TraditionalForm
                                      : MatchReason::Alias;
}

bool isAsciiLetters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 127 || !c.isLetter())
            return false;
    }
    return !text.isEmpty();
}

} // namespace

SearchRepository::SearchRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SearchRepository::addKeyMatches(const QString &folded, const QString &simplified, QList<PersonMatch> &matches,
                                     QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT k.person_id, k.kind, k.key, k.entry, (SELECT text FROM search_index WHERE rowid = k.entry) "
                                 "FROM search_key k WHERE k.key IN (:folded, :simplified)"));
    query.bindValue(QStringLiteral(":folded"), folded);
    query.bindValue(QStringLiteral(":simplified"), simplified);
    if (!query.exec())
        return fail(query, error);
    while (query.next()) {
        PersonMatch match;
        match.personId = query.value(0).toLongLong();
        const auto kind = KeyKind(query.value(1).toInt());
        const bool asTyped = query.value(2).toString() == folded;
        const qint64 entry = query.value(3).toLongLong();
        match.source = query.value(4).toString();
        switch (kind) {
        case KeyKind::Folded:
        case KeyKind::FoldedWord:
            match.reason = asTyped ? nameOrAlias(entry) : MatchReason::TraditionalForm;
            match.rank = !asTyped ? OtherForm : kind == KeyKind::Folded ? WholeName : WordOfName;
            break;
        case KeyKind::Simplified:
            match.reason = MatchReason::TraditionalForm;
            match.rank = OtherForm;
            break;
        case KeyKind::Pinyin:
            match.reason = MatchReason::Pinyin;
            match.rank = OtherForm;
            break;
        case KeyKind::Initials:
            match.reason = MatchReason::Initials;
            match.rank = InitialsOf;
            break;
        }
        matches.append(match);
    }
    return true;
}

bool SearchRepository::addPinyinPrefixMatches(const QString &folded, QList<PersonMatch> &matches, QString *error) const
{
    // The start of a pinyin, as it is typed: "mula" on the way to "mulati".
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT k.person_id, (SELECT text FROM search_index WHERE rowid = k.entry) FROM search_key k "
                                 "WHERE k.key > :from AND k.key < :to AND k.kind = :pinyin"));
    query.bindValue(QStringLiteral(":from"), folded);
    query.bindValue(QStringLiteral(":to"), folded + QLatin1Char('{')); // the character after 'z'
    query.bindValue(QStringLiteral(":pinyin"), int(KeyKind::Pinyin));
    if (!query.exec())
        return fail(query, error);
    while (query.next())
        matches.append({query.value(0).toLongLong(), MatchReason::Pinyin, query.value(1).toString(), PinyinPrefix});
    return true;
}

bool SearchRepository::addTextMatches(const QString &needle, QList<PersonMatch> &matches, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Only a name's text is read back: an excerpt can be long, and its words are not shown here.
    const QString columns = QStringLiteral("SELECT rowid, person_id, CASE WHEN rowid < :namesEnd THEN text END FROM search_index ");
    // The trigram index answers substring queries of three or more characters (models/SqlDialect).
    const SqlCondition contains = SqlDialect::searchTextContains(m_db, needle);
    query.prepare(columns + QStringLiteral("WHERE ") + contains.sql);
    contains.bindTo(query);
    query.bindValue(QStringLiteral(":namesEnd"), nameEntriesEnd());
    if (!query.exec())
        return fail(query, error);
    while (query.next()) {
        const qint64 entry = query.value(0).toLongLong();
        const int kind = SearchIndex::entryKindOf(entry);
        PersonMatch match{query.value(1).toLongLong(), MatchReason::PartOfName, query.value(2).toString(), PartOf};
        if (kind == int(SearchEntry::TitleEn) || kind == int(SearchEntry::TitleZh))
            match = {match.personId, MatchReason::Title, QString(), TitleOf};
        else if (kind == int(SearchEntry::Citation))
            match = {match.personId, MatchReason::Excerpt, QString(), ExcerptAbout};
        matches.append(match);
    }
    return true;
}

bool SearchRepository::addSuggestions(const QString &text, QList<PersonMatch> &suggestions, QString *error) const
{
    // Candidates share a trigram with a word of the text; each is scored on its words, as pg_trgm
    // scores a word, and the close ones are offered.
    QStringList grams;
    QStringList typedWords;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("[\\s\\p{P}]+")), Qt::SkipEmptyParts)) {
        const QString folded = NameKeys::fold(word);
        typedWords.append(folded);
        for (int i = 0; i + 3 <= folded.size(); ++i) {
            const QString gram = folded.mid(i, 3);
            if (!grams.contains(gram))
                grams.append(gram);
        }
    }
    if (grams.isEmpty())
        return true;
    const SqlCondition sharing = SqlDialect::searchTextSharesTrigram(m_db, grams, typedWords.join(QLatin1Char(' ')));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT person_id, text FROM search_index WHERE %1 AND rowid < :namesEnd %2 LIMIT 200")
                      .arg(sharing.sql, SqlDialect::searchTrigramOrder(m_db)));
    sharing.bindTo(query);
    query.bindValue(QStringLiteral(":namesEnd"), nameEntriesEnd());
    if (!query.exec())
        return fail(query, error);
    const QString typed = typedWords.join(QString());
    QList<PersonMatch> close;
    while (query.next()) {
        const QString name = query.value(1).toString();
        QStringList candidates{NameKeys::fold(name)};
        for (const QString &word : name.split(QRegularExpression(QStringLiteral("[\\s\\p{P}]+")), Qt::SkipEmptyParts))
            candidates.append(NameKeys::fold(word));
        double best = 0;
        for (const QString &candidate : candidates)
            best = std::max(best, NameKeys::similarity(typed, candidate));
        if (best >= 0.4)
            close.append({query.value(0).toLongLong(), MatchReason::SimilarSpelling, name, 0, best});
    }
    // The closest spelling of each person, closest first.
    std::sort(close.begin(), close.end(), [](const PersonMatch &a, const PersonMatch &b) { return a.score > b.score; });
    QList<qint64> seen;
    for (const PersonMatch &match : close) {
        if (seen.contains(match.personId))
            continue;
        seen.append(match.personId);
        suggestions.append(match);
        if (suggestions.size() == 3)
            break;
    }
    return true;
}

bool SearchRepository::nameThe(QList<PersonMatch> &matches, qsizetype count, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name_en, name_zh FROM person WHERE id = :id"));
    for (qsizetype i = 0; i < std::min(matches.size(), count); ++i) {
        query.bindValue(QStringLiteral(":id"), matches.at(i).personId);
        if (!query.exec())
            return fail(query, error);
        if (query.next()) {
            matches[i].nameEn = query.value(0).toString();
            matches[i].nameZh = query.value(1).toString();
        }
    }
    return true;
}

std::optional<SearchOutcome> SearchRepository::search(const QString &text, QString *error, qsizetype named) const
{
    SearchOutcome outcome;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return outcome;
    const QString simplifiedText = NameKeys::simplified(needle);
    const QString folded = NameKeys::fold(needle);
    QList<PersonMatch> found;
    if (!folded.isEmpty() && !addKeyMatches(folded, NameKeys::fold(simplifiedText), found, error))
        return std::nullopt;
    if (folded.size() >= 3 && isAsciiLetters(folded) && !addPinyinPrefixMatches(folded, found, error))
        return std::nullopt;
    // Full-width letters from an input method read as the letters they are.
    const QString widthNormal = needle.normalized(QString::NormalizationForm_KC);
    if (!addTextMatches(widthNormal, found, error))
        return std::nullopt;
    const QString simplifiedNormal = simplifiedText.normalized(QString::NormalizationForm_KC);
    if (simplifiedNormal != widthNormal && !addTextMatches(simplifiedNormal, found, error))
        return std::nullopt;
    outcome.matches = bestPerPerson(found);
    if (outcome.matches.isEmpty() && !addSuggestions(needle, outcome.suggestions, error))
        return std::nullopt;
    if (!nameThe(outcome.matches, named, error) || !nameThe(outcome.suggestions, outcome.suggestions.size(), error))
        return std::nullopt;
    return outcome;
}

std::optional<QList<PersonMatch>> SearchRepository::sameNamedPeople(qint64 personId, QString *error) const
{
    // The person's keys are found by the entries of their names and aliases (models/SearchIndex).
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT b.person_id, %1, (SELECT text FROM search_index WHERE rowid = b.entry), "
        "(SELECT text FROM search_index WHERE rowid = a.entry) "
        "FROM search_key a JOIN search_key b ON b.key = a.key AND b.person_id <> a.person_id "
        "WHERE a.entry IN (SELECT CAST(:nameEn AS BIGINT) + :person UNION ALL SELECT CAST(:nameZh AS BIGINT) + :person "
        "UNION ALL SELECT :alias + id FROM person_alias WHERE person_id = :person) "
        "AND a.kind IN (:folded, :pinyin, :simplified) AND b.kind IN (:folded, :pinyin, :simplified)")
                      .arg(SqlDialect::greater(m_db, QStringLiteral("a.kind"), QStringLiteral("b.kind"))));
    query.bindValue(QStringLiteral(":nameEn"), *SearchIndex::rowidOf(SearchEntry::NameEn, 0));
    query.bindValue(QStringLiteral(":nameZh"), *SearchIndex::rowidOf(SearchEntry::NameZh, 0));
    query.bindValue(QStringLiteral(":alias"), *SearchIndex::rowidOf(SearchEntry::Alias, 0));
    query.bindValue(QStringLiteral(":person"), personId);
    bindSharedKinds(query);
    if (!query.exec()) {
        fail(query, error);
        return std::nullopt;
    }
    QList<PersonMatch> found;
    while (query.next()) {
        PersonMatch match;
        match.personId = query.value(0).toLongLong();
        const int kind = query.value(1).toInt();
        match.reason = reasonOfShared(kind);
        match.rank = KeyKind(kind) == KeyKind::Folded ? WholeName : OtherForm;
        match.source = query.value(2).toString();
        match.ownName = query.value(3).toString();
        found.append(match);
    }
    QList<PersonMatch> best = bestPerPerson(found);
    if (!nameThe(best, best.size(), error))
        return std::nullopt;
    return best;
}

std::optional<QList<MergeCandidate>> SearchRepository::sameNamedAsNewPeople(const QList<qint64> &newPeople, int limit,
                                                                           QString *error) const
{
    if (newPeople.isEmpty())
        return QList<MergeCandidate>();
    QJsonArray ids;
    for (const qint64 id : newPeople)
        ids.append(id);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Driven by the new people's entries (their names and aliases); a pair of two new people is
    // listed once, from the one added first; each pair once, by its weaker shared key.
    // The pair's kind: SQLite takes the row of the group its min() found (a bare column); a
    // server wants an aggregate, and takes the closest of the pair's links.
    const QString weaker = SqlDialect::greater(m_db, QStringLiteral("a.kind"), QStringLiteral("b.kind"));
    query.prepare(QStringLiteral(
        "WITH added(id) AS (SELECT value FROM %1 AS listed), "
        "entries(entry) AS (SELECT :nameEn + id FROM added UNION ALL SELECT :nameZh + id FROM added "
        "UNION ALL SELECT :alias + pa.id FROM person_alias pa JOIN added ON pa.person_id = added.id) "
        "SELECT a.person_id, b.person_id, %2, min((SELECT text FROM search_index WHERE rowid = a.entry)), "
        "min((SELECT text FROM search_index WHERE rowid = b.entry)) "
        "FROM entries JOIN search_key a ON a.entry = entries.entry "
        "JOIN search_key b ON b.key = a.key AND b.person_id <> a.person_id "
        "WHERE a.kind IN (:folded, :pinyin, :simplified) AND b.kind IN (:folded, :pinyin, :simplified) "
        "AND (b.person_id NOT IN (SELECT id FROM added) OR b.person_id > a.person_id) "
        "GROUP BY a.person_id, b.person_id ORDER BY a.person_id, b.person_id LIMIT :limit")
                      .arg(SqlDialect::idTable(m_db, QStringLiteral(":ids")),
                           SqlDialect::isPostgres(m_db) ? QStringLiteral("min(%1)").arg(weaker) : weaker));
    query.bindValue(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":nameEn"), *SearchIndex::rowidOf(SearchEntry::NameEn, 0));
    query.bindValue(QStringLiteral(":nameZh"), *SearchIndex::rowidOf(SearchEntry::NameZh, 0));
    query.bindValue(QStringLiteral(":alias"), *SearchIndex::rowidOf(SearchEntry::Alias, 0));
    query.bindValue(QStringLiteral(":limit"), limit);
    bindSharedKinds(query);
    if (!query.exec()) {
        fail(query, error);
        return std::nullopt;
    }
    QList<MergeCandidate> pairs;
    while (query.next()) {
        MergeCandidate pair;
        pair.personId = query.value(0).toLongLong();
        pair.stored.personId = query.value(1).toLongLong();
        pair.stored.reason = reasonOfShared(query.value(2).toInt());
        pair.stored.ownName = query.value(3).toString();
        pair.stored.source = query.value(4).toString();
        pairs.append(pair);
    }
    query.finish();
    QSqlQuery names(m_db);
    names.prepare(QStringLiteral("SELECT name_en, name_zh FROM person WHERE id = :id"));
    for (MergeCandidate &pair : pairs) {
        for (auto [id, en, zh] : {std::tuple<qint64, QString *, QString *>{pair.personId, &pair.nameEn, &pair.nameZh},
                                  {pair.stored.personId, &pair.stored.nameEn, &pair.stored.nameZh}}) {
            names.bindValue(QStringLiteral(":id"), id);
            if (!names.exec()) {
                fail(names, error);
                return std::nullopt;
            }
            if (names.next()) {
                *en = names.value(0).toString();
                *zh = names.value(1).toString();
            }
        }
    }
    return pairs;
}

std::optional<SearchOutcome> SearchRepository::storedAs(const QString &name, QString *error) const
{
    SearchOutcome outcome;
    const QString folded = NameKeys::fold(name);
    if (folded.isEmpty())
        return outcome;
    QList<PersonMatch> found;
    if (!addKeyMatches(folded, NameKeys::fold(NameKeys::simplified(name)), found, error))
        return std::nullopt;
    outcome.matches = bestPerPerson(found);
    if (outcome.matches.isEmpty() && folded.size() >= 3 && !addSuggestions(name, outcome.suggestions, error))
        return std::nullopt;
    if (!nameThe(outcome.matches, outcome.matches.size(), error) || !nameThe(outcome.suggestions, outcome.suggestions.size(), error))
        return std::nullopt;
    return outcome;
}

std::optional<QList<qint64>> SearchRepository::matchingPeople(const QString &text, QString *error) const
{
    const std::optional<SearchOutcome> outcome = search(text, error);
    if (!outcome)
        return std::nullopt;
    QList<qint64> ids;
    for (const PersonMatch &match : outcome->matches)
        ids.append(match.personId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<RoleFilter> SearchRepository::resolve(const FilterRequest &request, QString *error, SearchOutcome *outcome) const
{
    RoleFilter filter;
    if (request.companyId)
        filter.companyId = request.companyId;
    filter.returnedOnly = request.returnedOnly;
    const QString text = request.search.trimmed();
    if (!text.isEmpty()) {
        std::optional<SearchOutcome> found = search(text, error);
        if (!found)
            return std::nullopt;
        QList<qint64> people;
        for (const PersonMatch &match : found->matches)
            people.append(match.personId);
        std::sort(people.begin(), people.end());
        filter.personIds = std::move(people);
        if (outcome)
            *outcome = std::move(*found);
    }
    if (request.returnedOnly) {
        // Resolved once into ids here, where the session may run it off the window's thread:
        // every view's query then reads a short list instead of comparing every move.
        QSqlQuery returned(m_db);
        returned.setForwardOnly(true);
        if (!returned.exec(returnedPeopleSql())) {
            if (error)
                *error = describeSqlError(returned.lastError());
            return std::nullopt;
        }
        QList<qint64> ids;
        while (returned.next()) {
            const qint64 id = returned.value(0).toLongLong();
            if (!filter.personIds || filter.personIds->contains(id))
                ids.append(id);
        }
        filter.personIds = std::move(ids);
    }
    return filter;
}

} // namespace talentflow
