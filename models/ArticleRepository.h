#pragma once

#include "models/PartialDate.h"

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

// What keeps an article from being added; the window names each in the UI's language.
enum class ArticleProblem { None, NoText, TooLarge, NoTitle, TitleTooLong, PublisherTooLong, BadLanguage, BadUrl };

// The articles of a database. A body is stored once and never changed: adding the same text
// again finds the article already there.
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
    // Corrects what is known about an article; its text never changes.
    bool setDetails(qint64 id, const ArticleDetails &details, QString *error);
    std::optional<QList<ArticleSummary>> articles(QString *error) const;

private:
    QString freeFileName(const QString &wanted, const QString &sha256, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace talentflow
