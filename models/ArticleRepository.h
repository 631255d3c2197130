#pragma once

#include "models/PartialDate.h"
#include "models/QuoteAnchor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// An article as a person adds it: its text and what is known about it.
struct NewArticle
{
    QString file; // the name it came with; a pasted text has none
    QString title;
    QString publisher;
    QString url;
    QString language; // "zh" or "en"
    PartialDate published;
    QString body;
};

// What is known about an article besides its text; all of it can be corrected.
struct ArticleDetails
{
    QString title;
    QString publisher;
    QString url;
    QString language;
    PartialDate published;

    bool operator==(const ArticleDetails &other) const
    {
        return title == other.title && publisher == other.publisher && url == other.url && language == other.language
            && published == other.published;
    }
};

// An article and how many facts cite it.
struct ArticleSummary
{
    qint64 id = 0;
    QString file;
    QString title;
    QString publisher;
    QString url;
    QString language;
    PartialDate published;
    int citedFacts = 0;
};

// Where a citation's words stand, as its row keeps them: offsets into the text its digest names
// (the article's, or a replaced version's while it waits for review or is an orphan), and the
// close match offered for review.
enum class AnchorState { Anchored, Review, Orphan };

struct CitationAnchorRow
{
    int start = 0;
    int end = 0;
    QString text;
    QString prefix;
    QString suffix;
    QString bodySha256;
    AnchorState state = AnchorState::Anchored;
    int reviewStart = -1; // -1: no span offered
    int reviewEnd = -1;

    bool operator==(const CitationAnchorRow &other) const
    {
        return start == other.start && end == other.end && text == other.text && prefix == other.prefix
            && suffix == other.suffix && bodySha256 == other.bodySha256 && state == other.state
            && reviewStart == other.reviewStart && reviewEnd == other.reviewEnd;
    }
    bool operator!=(const CitationAnchorRow &other) const { return !(*this == other); }
};

// What became of one citation when its article's text was replaced: the outcome, the row before
// and after, and the words the new text has where the quote (or its close match) was found.
struct CitationReplacement
{
    qint64 citationId = 0;
    AnchorOutcome outcome = AnchorOutcome::Orphan;
    CitationAnchorRow before;
    CitationAnchorRow after;
    QString found; // anchored and moved: the quote; needs review: the close match; orphan: empty
};

// A replaced text: enough to say what became of each citation, and to put everything back.
struct TextReplacement
{
    qint64 sourceId = 0;
    qint64 versionId = 0; // the source_version row that keeps the old text
    QString oldSha256;
    QString newSha256;
    QList<CitationReplacement> citations; // by citation id

    int count(AnchorOutcome outcome) const
    {
        int n = 0;
        for (const CitationReplacement &c : citations)
            n += c.outcome == outcome ? 1 : 0;
        return n;
    }
};

// A citation's anchor as one review step changed it, to take the step back.
struct CitationAnchorChange
{
    qint64 citationId = 0;
    CitationAnchorRow before;
    CitationAnchorRow after;
};

// A citation that waits for a person (its words are not in the article's text as it is now), with
// what a form needs to describe its fact and show both texts.
struct CitationAttention
{
    qint64 citationId = 0;
    AnchorState state = AnchorState::Review;
    qint64 movementId = 0; // the fact it backs: one of these three
    qint64 roleId = 0;
    qint64 disputeSideId = 0;
    QString personEn;
    QString personZh;
    QString companyEn;
    QString companyZh;
    QString movementKind; // a move's stored key
    QString roleTitleEn;
    QString roleTitleZh;
    // The words cited, in the text they were cited from, with up to 32 characters either side.
    int oldStart = 0;
    int oldEnd = 0;
    QString oldBefore;
    QString oldWords;
    QString oldAfter;
    // The close match in the article's text now (review only).
    int reviewStart = -1;
    int reviewEnd = -1;
    QString reviewBefore;
    QString reviewWords;
    QString reviewAfter;
};

// What keeps an article from being added; the window names each in the UI's language.
enum class ArticleProblem { None, NoText, TooLarge, NoTitle, TitleTooLong, PublisherTooLong, BadLanguage, BadUrl };

// The articles of a database. A body is stored once: adding the same text again finds the
// article already there. A corrected text replaces it only through replaceText, which keeps the
// old one and says what became of every citation.
class ArticleRepository
{
public:
    static constexpr int maxBodyBytes = 5 * 1024 * 1024;
    static constexpr int maxTitleLength = 1000;
    static constexpr int maxNameLength = 300; // a publisher, like a person's name
    static constexpr int maxUrlLength = 2000;

    explicit ArticleRepository(QSqlDatabase db);

    static ArticleProblem problemOf(const NewArticle &article);
    static ArticleProblem problemOf(const ArticleDetails &details);
    // What is wrong with the article, in one line (for the command line); empty when it can be added.
    static QString problemWith(const NewArticle &article);
    // An http or https address with a host, at most maxUrlLength characters.
    static bool isWebAddress(const QString &address);
    // The language the text is mostly written in: zh when it holds Chinese characters.
    static QString guessLanguage(const QString &body);
    // The title a text gives itself: its first non-empty line, shortened to fit.
    static QString titleFromText(const QString &body);

    // Adds the article (or finds the one with the same text) and returns its id; existing says
    // which. wantedId, when not 0, is the id it takes (an undone addition made again keeps its
    // id). Nothing is written on refusal.
    std::optional<qint64> add(const NewArticle &article, bool *existing, QString *error, qint64 wantedId = 0);
    // Removes an article no fact cites, and only while it holds the text with this digest (an
    // id can be another article's by then); refuses one that is cited.
    bool remove(qint64 id, const QString &sha256, QString *error);
    std::optional<ArticleDetails> details(qint64 id, QString *error) const;
    // Corrects what is known about an article; its text is left as it is.
    bool setDetails(qint64 id, const ArticleDetails &details, QString *error);
    std::optional<QList<ArticleSummary>> articles(QString *error) const;

    // Replaces an article's text with a corrected one, in one transaction: the old text is kept as
    // a version; each citation found unchanged or moved follows the new text (a move is logged);
    // one found only as a close match waits for review, and one not found is an orphan, both
    // keeping their words and offsets in the old text, which their digest names. Refused, with
    // nothing written, for the same text, no text, more than 5 MB, a text another article holds,
    // or an unknown article.
    std::optional<TextReplacement> replaceText(qint64 sourceId, const QString &newBody, QString *error);
    // Undoes a replacement: the previous text, every citation as it was, and no version row.
    // Refused when the article's text or any of its citations has changed since.
    bool restoreText(qint64 sourceId, const TextReplacement &replacement, QString *error);
    // The close match offered for review becomes the citation's words; logged.
    std::optional<CitationAnchorChange> acceptReview(qint64 citationId, QString *error);
    // A citation waiting for review is kept as an orphan: no words of the new text back it.
    std::optional<CitationAnchorChange> keepAsOrphan(qint64 citationId, QString *error);
    // Takes a review step back while the citation is still as the step left it; logged.
    bool restoreCitationAnchor(const CitationAnchorChange &change, QString *error);
    // The article's citations waiting for review, then its orphans, each by id.
    std::optional<QList<CitationAttention>> citationsNeedingAttention(qint64 sourceId, QString *error) const;

private:
    QString freeFileName(const QString &wanted, const QString &sha256, QString *error) const;
    bool acceptReviewNow(qint64 citationId, CitationAnchorChange *change, QString *error);
    bool keepAsOrphanNow(qint64 citationId, CitationAnchorChange *change, QString *error);

    QSqlDatabase m_db;
};

} // namespace talentflow
