#include "models/ArticleRepository.h"

#include "models/BundledArticles.h"
#include "models/ChangeLog.h"
#include "models/SqlErrors.h"
#include "models/SqlValues.h"
#include "models/WriteTransaction.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace talentflow {

namespace {

// An article's details as the change log keeps them: its text is named by its digest alone.
QJsonObject detailsJson(const ArticleDetails &details)
{
    return QJsonObject{{QStringLiteral("title"), details.title},
                       {QStringLiteral("publisher"), details.publisher},
                       {QStringLiteral("url"), details.url},
                       {QStringLiteral("language"), details.language},
                       {QStringLiteral("published"), details.published.isKnown() ? QJsonValue(details.published.toIso()) : QJsonValue()},
                       {QStringLiteral("published_precision"), details.published.precisionName()}};
}

} // namespace

ArticleRepository::ArticleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ArticleProblem ArticleRepository::problemOf(const NewArticle &article)
{
    if (article.body.trimmed().isEmpty())
        return ArticleProblem::NoText;
    if (article.body.toUtf8().size() > maxBodyBytes)
        return ArticleProblem::TooLarge;
    return problemOf(ArticleDetails{article.title, article.publisher, article.url, article.language, article.published});
}

ArticleProblem ArticleRepository::problemOf(const ArticleDetails &details)
{
    if (details.title.trimmed().isEmpty())
        return ArticleProblem::NoTitle;
    if (details.title.size() > maxTitleLength)
        return ArticleProblem::TitleTooLong;
    if (details.publisher.size() > maxNameLength)
        return ArticleProblem::PublisherTooLong;
    if (details.language != QLatin1String("zh") && details.language != QLatin1String("en"))
        return ArticleProblem::BadLanguage;
    if (!details.url.isEmpty() && !isWebAddress(details.url))
        return ArticleProblem::BadUrl;
    return ArticleProblem::None;
}

bool ArticleRepository::isWebAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    return address.size() <= maxUrlLength && url.isValid()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !url.host().isEmpty();
}

QString ArticleRepository::problemWith(const NewArticle &article)
{
    switch (problemOf(article)) {
    case ArticleProblem::None:
        return {};
    case ArticleProblem::NoText:
        return QStringLiteral("the article has no text");
    case ArticleProblem::TooLarge:
        return QStringLiteral("the article is larger than %1 MB").arg(maxBodyBytes / (1024 * 1024));
    case ArticleProblem::NoTitle:
        return QStringLiteral("the article needs a title");
    case ArticleProblem::TitleTooLong:
        return QStringLiteral("the title is longer than %1 characters").arg(maxTitleLength);
    case ArticleProblem::PublisherTooLong:
        return QStringLiteral("the publisher's name is longer than %1 characters").arg(maxNameLength);
    case ArticleProblem::BadLanguage:
        return QStringLiteral("the language must be zh or en, not \"%1\"").arg(article.language);
    case ArticleProblem::BadUrl:
        return QStringLiteral("\"%1\" is not an http or https address").arg(article.url.left(200));
    }
    return {};
}

QString ArticleRepository::guessLanguage(const QString &body)
{
    // A Chinese character carries about what an English word of four or five letters does: an
    // English article naming 李飞飞 stays English, a Chinese one quoting English stays Chinese.
    qsizetype han = 0;
    qsizetype latin = 0;
    for (const QChar c : body) {
        if (c.script() == QChar::Script_Han)
            ++han;
        else if (c.script() == QChar::Script_Latin && c.isLetter())
            ++latin;
    }
    return han * 4 >= latin && han > 0 ? QStringLiteral("zh") : QStringLiteral("en");
}

QString ArticleRepository::titleFromText(const QString &body)
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QString title = line.trimmed().left(200);
        if (!title.isEmpty() && title.back().isHighSurrogate())
            title.chop(1); // never half of 𠮷
        if (!title.isEmpty())
            return title;
    }
    return {};
}

std::optional<qint64> ArticleRepository::add(const NewArticle &article, bool *existing, QString *error, qint64 wantedId)
{
    const QString problem = problemWith(article);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const QString sha256 = bodySha256(article.body);
    // Looked up and written under one write lock, so two writers cannot both add the text.
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id FROM source WHERE sha256 = :sha256 AND body = :body"));
    find.bindValue(QStringLiteral(":sha256"), sha256);
    find.bindValue(QStringLiteral(":body"), article.body);
    if (!find.exec()) {
        if (error)
            *error = describeSqlError(find.lastError());
        return std::nullopt;
    }
    if (find.next()) {
        if (existing)
            *existing = true;
        return find.value(0).toLongLong();
    }
    const QString file = freeFileName(article.file, sha256, error);
    if (file.isEmpty())
        return std::nullopt;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO source (id, file, title, publisher, url, language, published, published_precision, body, sha256) "
        "VALUES (:id, :file, :title, :publisher, :url, :language, :published, :precision, :body, :sha256)"));
    insert.bindValue(QStringLiteral(":id"), wantedId > 0 ? QVariant(wantedId) : QVariant(QMetaType(QMetaType::LongLong)));
    insert.bindValue(QStringLiteral(":file"), file);
    insert.bindValue(QStringLiteral(":title"), article.title.trimmed());
    insert.bindValue(QStringLiteral(":publisher"), notNullText(article.publisher.trimmed()));
    insert.bindValue(QStringLiteral(":url"), notNullText(article.url));
    insert.bindValue(QStringLiteral(":language"), article.language);
    insert.bindValue(QStringLiteral(":published"), article.published.isKnown() ? QVariant(article.published.toIso()) : QVariant());
    insert.bindValue(QStringLiteral(":precision"), article.published.precisionName());
    insert.bindValue(QStringLiteral(":body"), article.body);
    insert.bindValue(QStringLiteral(":sha256"), sha256);
    if (!insert.exec()) {
        if (error)
            *error = describeSqlError(insert.lastError());
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    QJsonObject added = detailsJson(ArticleDetails{article.title.trimmed(), article.publisher.trimmed(), article.url,
                                                   article.language, article.published});
    added.insert(QStringLiteral("file"), file);
    added.insert(QStringLiteral("sha256"), sha256);
    if (!ChangeLog(m_db).record(QStringLiteral("source"), id, QStringLiteral("add"), {}, added, error) || !transaction.commit(error))
        return std::nullopt;
    if (existing)
        *existing = false;
    return id;
}

bool ArticleRepository::remove(qint64 id, const QString &sha256, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery cited(m_db);
    cited.prepare(QStringLiteral("SELECT count(*) FROM citation WHERE source_id = :id"));
    cited.bindValue(QStringLiteral(":id"), id);
    if (!cited.exec() || !cited.next()) {
        if (error)
            *error = describeSqlError(cited.lastError());
        return false;
    }
    if (cited.value(0).toInt() > 0) {
        if (error)
            *error = QStringLiteral("the article is cited %1 times").arg(cited.value(0).toInt());
        return false;
    }
    cited.finish();
    const std::optional<ArticleDetails> before = details(id, error);
    if (!before)
        return false;
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM source WHERE id = :id AND sha256 = :sha256"));
    remove.bindValue(QStringLiteral(":id"), id);
    remove.bindValue(QStringLiteral(":sha256"), sha256);
    if (!remove.exec() || remove.numRowsAffected() != 1) {
        if (error)
            *error = remove.lastError().isValid() ? describeSqlError(remove.lastError())
                                                  : QStringLiteral("article %1 no longer holds that text").arg(id);
        return false;
    }
    return ChangeLog(m_db).record(QStringLiteral("source"), id, QStringLiteral("remove"), detailsJson(*before), {}, error)
        && transaction.commit(error);
}

std::optional<ArticleDetails> ArticleRepository::details(qint64 id, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT title, publisher, url, language, published FROM source WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().isValid() ? describeSqlError(query.lastError()) : QStringLiteral("there is no article %1").arg(id);
        return std::nullopt;
    }
    return ArticleDetails{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), PartialDate::fromIso(query.value(4).toString()).value_or(PartialDate())};
}

bool ArticleRepository::setDetails(qint64 id, const ArticleDetails &details, QString *error)
{
    if (problemOf(details) != ArticleProblem::None) {
        if (error) {
            NewArticle described{QString(), details.title, details.publisher, details.url, details.language, details.published,
                                 QStringLiteral("text")};
            *error = problemWith(described);
        }
        return false;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    const std::optional<ArticleDetails> before = this->details(id, error);
    if (!before)
        return false;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE source SET title = :title, publisher = :publisher, url = :url, language = :language, "
                                  "published = :published, published_precision = :precision WHERE id = :id"));
    update.bindValue(QStringLiteral(":title"), details.title.trimmed());
    update.bindValue(QStringLiteral(":publisher"), notNullText(details.publisher.trimmed()));
    update.bindValue(QStringLiteral(":url"), notNullText(details.url.trimmed()));
    update.bindValue(QStringLiteral(":language"), details.language);
    update.bindValue(QStringLiteral(":published"), details.published.isKnown() ? QVariant(details.published.toIso()) : QVariant());
    update.bindValue(QStringLiteral(":precision"), details.published.precisionName());
    update.bindValue(QStringLiteral(":id"), id);
    if (!update.exec() || update.numRowsAffected() != 1) {
        if (error)
            *error = update.lastError().isValid() ? describeSqlError(update.lastError()) : QStringLiteral("there is no article %1").arg(id);
        return false;
    }
    return ChangeLog(m_db).record(QStringLiteral("source"), id, QStringLiteral("edit"), detailsJson(*before), detailsJson(details), error)
        && transaction.commit(error);
}

QString ArticleRepository::freeFileName(const QString &wanted, const QString &sha256, QString *error) const
{
    // Named by its text, as the bundled articles are: the name it came with could be another
    // article's elsewhere, and names are how an exported file finds its articles.
    const QFileInfo info(wanted.isEmpty() ? QStringLiteral("pasted.txt") : wanted);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("txt") : info.suffix();
    const QString name = QStringLiteral("%1_%2.%3").arg(info.completeBaseName().left(80), sha256.left(16), suffix);
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT 1 FROM source WHERE file = :file"));
    taken.bindValue(QStringLiteral(":file"), name);
    if (!taken.exec()) {
        if (error)
            *error = describeSqlError(taken.lastError());
        return {};
    }
    if (taken.next()) {
        if (error)
            *error = QStringLiteral("another article is already stored as \"%1\"").arg(name);
        return {};
    }
    return name;
}

std::optional<QList<ArticleSummary>> ArticleRepository::articles(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT s.id, s.file, s.title, s.publisher, s.url, s.language, s.published, "
            "(SELECT count(DISTINCT coalesce('r' || c.role_id, 'm' || c.movement_id)) FROM citation c "
            " WHERE c.source_id = s.id AND (c.role_id IS NOT NULL OR c.movement_id IS NOT NULL)) "
            "FROM source s ORDER BY s.id"))) {
        if (error)
            *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    QList<ArticleSummary> result;
    while (query.next()) {
        ArticleSummary article;
        article.id = query.value(0).toLongLong();
        article.file = query.value(1).toString();
        article.title = query.value(2).toString();
        article.publisher = query.value(3).toString();
        article.url = query.value(4).toString();
        article.language = query.value(5).toString();
        article.published = PartialDate::fromIso(query.value(6).toString()).value_or(PartialDate());
        article.citedFacts = query.value(7).toInt();
        result.append(article);
    }
    return result;
}

} // namespace talentflow
