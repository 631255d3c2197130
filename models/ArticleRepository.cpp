#include "models/ArticleRepository.h"

#include "models/BundledArticles.h"
#include "models/ChangeLog.h"
#include "models/EditRefusal.h"
#include "models/FactEdit.h"
#include "models/SearchIndex.h"
#include "models/SqlDialect.h"
#include "models/SqlErrors.h"
#include "models/SqlValues.h"
#include "models/WriteTransaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <spdlog/spdlog.h>

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

QString stateKey(AnchorState state)
{
    switch (state) {
    case AnchorState::Anchored:
        return QStringLiteral("anchored");
    case AnchorState::Review:
        return QStringLiteral("review");
    case AnchorState::Orphan:
        return QStringLiteral("orphan");
    }
    return QStringLiteral("anchored");
}

AnchorState stateFromKey(const QString &key)
{
    if (key == QLatin1String("review"))
        return AnchorState::Review;
    if (key == QLatin1String("orphan"))
        return AnchorState::Orphan;
    return AnchorState::Anchored;
}

QVariant offsetOrNull(int offset)
{
    return offset >= 0 ? QVariant(offset) : QVariant(QMetaType(QMetaType::Int));
}

// Runs the queries of one edit, stopping at the first failure with its reason.
class Steps
{
public:
    Steps(QSqlDatabase db, QString *error)
        : m_db(std::move(db))
        , m_error(error)
    {
    }

    QSqlDatabase database() const { return m_db; }
    QSqlQuery query(const QString &sql)
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        return query;
    }
    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        return fail(describeSqlError(query.lastError()));
    }
    bool fail(const QString &why)
    {
        if (m_error)
            *m_error = why;
        return false;
    }
    bool log(const QString &entity, qint64 id, const QJsonObject &before, const QJsonObject &after)
    {
        return ChangeLog(m_db).record(entity, id, QStringLiteral("edit"), before, after, m_error);
    }

private:
    QSqlDatabase m_db;
    QString *m_error;
};

const QString citationRowColumns =
    QStringLiteral("start, \"end\", text, prefix, suffix, body_sha256, anchor_state, review_start, review_end");

// The columns above, from the query's column `from` on.
CitationAnchorRow citationRowAt(const QSqlQuery &query, int from)
{
    CitationAnchorRow row;
    row.start = query.value(from).toInt();
    row.end = query.value(from + 1).toInt();
    row.text = query.value(from + 2).toString();
    row.prefix = query.value(from + 3).toString();
    row.suffix = query.value(from + 4).toString();
    row.bodySha256 = query.value(from + 5).toString();
    row.state = stateFromKey(query.value(from + 6).toString());
    row.reviewStart = query.value(from + 7).isNull() ? -1 : query.value(from + 7).toInt();
    row.reviewEnd = query.value(from + 8).isNull() ? -1 : query.value(from + 8).toInt();
    return row;
}

// Every citation of an article, by id.
std::optional<QList<std::pair<qint64, CitationAnchorRow>>> readCitationRows(Steps &steps, qint64 sourceId)
{
    QSqlQuery read = steps.query(QStringLiteral("SELECT id, %1 FROM citation WHERE source_id = :source ORDER BY id")
                                     .arg(citationRowColumns));
    read.bindValue(QStringLiteral(":source"), sourceId);
    if (!steps.exec(read))
        return std::nullopt;
    QList<std::pair<qint64, CitationAnchorRow>> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), citationRowAt(read, 1)});
    return rows;
}

bool writeCitationRow(Steps &steps, qint64 id, const CitationAnchorRow &row)
{
    QSqlQuery update = steps.query(QStringLiteral(
        "UPDATE citation SET start = :start, \"end\" = :end, text = :text, prefix = :prefix, suffix = :suffix, "
        "body_sha256 = :sha256, anchor_state = :state, review_start = :review_start, review_end = :review_end WHERE id = :id"));
    update.bindValue(QStringLiteral(":start"), row.start);
    update.bindValue(QStringLiteral(":end"), row.end);
    update.bindValue(QStringLiteral(":text"), notNullText(row.text));
    update.bindValue(QStringLiteral(":prefix"), notNullText(row.prefix));
    update.bindValue(QStringLiteral(":suffix"), notNullText(row.suffix));
    update.bindValue(QStringLiteral(":sha256"), notNullText(row.bodySha256));
    update.bindValue(QStringLiteral(":state"), stateKey(row.state));
    update.bindValue(QStringLiteral(":review_start"), offsetOrNull(row.reviewStart));
    update.bindValue(QStringLiteral(":review_end"), offsetOrNull(row.reviewEnd));
    update.bindValue(QStringLiteral(":id"), id);
    if (!steps.exec(update))
        return false;
    return update.numRowsAffected() == 1 || steps.fail(EditRefusal::tr("citation %1 is no longer there").arg(id));
}

// A citation's place as the change log keeps it.
QJsonObject placeJson(qint64 sourceId, const CitationAnchorRow &row, bool withText)
{
    QJsonObject place{{QStringLiteral("source_id"), sourceId},
                      {QStringLiteral("start"), row.start},
                      {QStringLiteral("end"), row.end},
                      {QStringLiteral("anchor_state"), stateKey(row.state)}};
    if (withText)
        place.insert(QStringLiteral("text"), row.text);
    if (row.state == AnchorState::Review) {
        place.insert(QStringLiteral("review_start"), row.reviewStart);
        place.insert(QStringLiteral("review_end"), row.reviewEnd);
    }
    return place;
}

// Whether a change of row is one a person would want told: its words, where they are, or whether
// they are found. A new digest and context alone follow the article's own logged change.
bool isTold(const CitationAnchorRow &before, const CitationAnchorRow &after)
{
    return before.start != after.start || before.end != after.end || before.text != after.text || before.state != after.state
        || before.reviewStart != after.reviewStart || before.reviewEnd != after.reviewEnd;
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
        return EditRefusal::tr("the article has no text");
    case ArticleProblem::TooLarge:
        return EditRefusal::tr("the article is larger than %1 MB").arg(maxBodyBytes / (1024 * 1024));
    case ArticleProblem::NoTitle:
        return EditRefusal::tr("the article needs a title");
    case ArticleProblem::TitleTooLong:
        return EditRefusal::tr("the title is longer than %1 characters").arg(maxTitleLength);
    case ArticleProblem::PublisherTooLong:
        return EditRefusal::tr("the publisher's name is longer than %1 characters").arg(maxNameLength);
    case ArticleProblem::BadLanguage:
        return EditRefusal::tr("the language must be zh or en, not \"%1\"").arg(article.language);
    case ArticleProblem::BadUrl:
        return EditRefusal::tr("\"%1\" is not an http or https address").arg(article.url.left(200));
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
        "INSERT INTO source (%1file, title, publisher, url, language, published, published_precision, body, sha256) "
        "VALUES (%2:file, :title, :publisher, :url, :language, :published, :precision, :body, :sha256)%3")
                       .arg(factedit::wantedIdColumn(wantedId), factedit::wantedIdValue(wantedId), SqlDialect::returningId(m_db)));
    factedit::bindWantedId(insert, wantedId);
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
    const qint64 id = SqlDialect::insertedId(insert);
    spdlog::debug("edit: source {} written", id);
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
            *error = EditRefusal::tr("the article is cited %n time(s)", nullptr, cited.value(0).toInt());
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
                                                  : EditRefusal::tr("article %1 no longer holds that text").arg(id);
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
            *error = query.lastError().isValid() ? describeSqlError(query.lastError()) : EditRefusal::tr("there is no article %1").arg(id);
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
            *error = update.lastError().isValid() ? describeSqlError(update.lastError()) : EditRefusal::tr("there is no article %1").arg(id);
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
            *error = EditRefusal::tr("another article is already stored as \"%1\"").arg(name);
        return {};
    }
    return name;
}

std::optional<QList<ArticleSummary>> ArticleRepository::articles(QString *error) const
{
    QSqlQuery query(m_db);
    // Each article's distinct facts in the order of the index that holds them: no citation row
    // is read, nothing is sorted.
    if (!query.exec(QStringLiteral(
            "SELECT s.id, s.file, s.title, s.publisher, s.url, s.language, s.published, "
            "(SELECT count(*) FROM (SELECT DISTINCT c.role_id, c.movement_id FROM citation c "
            " WHERE c.source_id = s.id AND (c.role_id IS NOT NULL OR c.movement_id IS NOT NULL)) AS facts) "
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

std::optional<TextReplacement> ArticleRepository::replaceText(qint64 sourceId, const QString &newBody, QString *error)
{
    Steps steps(m_db, error);
    if (newBody.trimmed().isEmpty()) {
        steps.fail(EditRefusal::tr("the new text is empty"));
        return std::nullopt;
    }
    if (newBody.toUtf8().size() > maxBodyBytes) {
        steps.fail(EditRefusal::tr("the new text is larger than %1 MB").arg(maxBodyBytes / (1024 * 1024)));
        return std::nullopt;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        steps.fail(transaction.error());
        return std::nullopt;
    }
    QSqlQuery read = steps.query(QStringLiteral("SELECT body, sha256 FROM source WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), sourceId);
    if (!steps.exec(read))
        return std::nullopt;
    if (!read.next()) {
        steps.fail(EditRefusal::tr("there is no article %1").arg(sourceId));
        return std::nullopt;
    }
    const QString oldBody = read.value(0).toString();
    TextReplacement replacement;
    replacement.sourceId = sourceId;
    replacement.oldSha256 = read.value(1).toString();
    read.finish();
    if (oldBody == newBody) {
        steps.fail(EditRefusal::tr("the new text is the same as article %1's").arg(sourceId));
        return std::nullopt;
    }
    replacement.newSha256 = bodySha256(newBody);
    // A text is stored once: another article holding it already is that article.
    QSqlQuery same = steps.query(QStringLiteral("SELECT id FROM source WHERE sha256 = :sha256 AND body = :body AND id <> :id"));
    same.bindValue(QStringLiteral(":sha256"), replacement.newSha256);
    same.bindValue(QStringLiteral(":body"), newBody);
    same.bindValue(QStringLiteral(":id"), sourceId);
    if (!steps.exec(same))
        return std::nullopt;
    if (same.next()) {
        steps.fail(EditRefusal::tr("article %1 already holds this text").arg(same.value(0).toLongLong()));
        return std::nullopt;
    }

    QSqlQuery keep = steps.query(QStringLiteral("INSERT INTO source_version (source_id, body, sha256, replaced_at) "
                                                "VALUES (:source, :body, :sha256, :at)")
                                 + SqlDialect::returningId(steps.database()));
    keep.bindValue(QStringLiteral(":source"), sourceId);
    keep.bindValue(QStringLiteral(":body"), oldBody);
    keep.bindValue(QStringLiteral(":sha256"), replacement.oldSha256);
    keep.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!steps.exec(keep))
        return std::nullopt;
    replacement.versionId = SqlDialect::insertedId(keep);
    QSqlQuery update = steps.query(QStringLiteral("UPDATE source SET body = :body, sha256 = :sha256 WHERE id = :id"));
    update.bindValue(QStringLiteral(":body"), newBody);
    update.bindValue(QStringLiteral(":sha256"), replacement.newSha256);
    update.bindValue(QStringLiteral(":id"), sourceId);
    if (!steps.exec(update))
        return std::nullopt;

    const auto rows = readCitationRows(steps, sourceId);
    if (!rows)
        return std::nullopt;
    for (const auto &[id, before] : *rows) {
        // The row's anchor tells where its words were in the text it names: the old one, or an
        // older version for a citation still waiting from an earlier replacement.
        QuoteAnchor anchor;
        anchor.start = before.start;
        anchor.end = before.end;
        anchor.exact = before.text;
        anchor.prefix = before.prefix;
        anchor.suffix = before.suffix;
        anchor.bodySha256 = before.bodySha256.toLatin1();
        const Reanchoring found = reanchor(anchor, newBody);
        CitationReplacement result{id, found.outcome, before, before, found.found};
        CitationAnchorRow &after = result.after;
        switch (found.outcome) {
        case AnchorOutcome::Anchored:
        case AnchorOutcome::Moved: {
            const QuoteAnchor moved = QuoteAnchor::at(newBody, found.start, found.end, replacement.newSha256.toLatin1());
            after.start = found.start;
            after.end = found.end;
            after.prefix = moved.prefix;
            after.suffix = moved.suffix;
            after.bodySha256 = replacement.newSha256;
            after.state = AnchorState::Anchored;
            after.reviewStart = after.reviewEnd = -1;
            break;
        }
        case AnchorOutcome::NeedsReview:
            // The words stay those of the text their digest names; the close match is offered.
            after.state = AnchorState::Review;
            after.reviewStart = found.start;
            after.reviewEnd = found.end;
            break;
        case AnchorOutcome::Orphan:
            after.state = AnchorState::Orphan;
            after.reviewStart = after.reviewEnd = -1;
            result.found.clear();
            break;
        }
        if (after != before && !writeCitationRow(steps, id, after))
            return std::nullopt;
        if (isTold(before, after)
            && !steps.log(QStringLiteral("citation"), id, placeJson(sourceId, before, false), placeJson(sourceId, after, false)))
            return std::nullopt;
        replacement.citations.append(result);
    }
    if (!steps.log(QStringLiteral("source"), sourceId, QJsonObject{{QStringLiteral("sha256"), replacement.oldSha256}},
                   QJsonObject{{QStringLiteral("sha256"), replacement.newSha256}})
        || !transaction.commit(error))
        return std::nullopt;
    return replacement;
}

bool ArticleRepository::restoreText(qint64 sourceId, const TextReplacement &replacement, QString *error)
{
    Steps steps(m_db, error);
    if (replacement.sourceId != sourceId)
        return steps.fail(EditRefusal::tr("the replacement is of article %1, not %2").arg(replacement.sourceId).arg(sourceId));
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen())
        return steps.fail(transaction.error());
    QSqlQuery read = steps.query(QStringLiteral("SELECT sha256 FROM source WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), sourceId);
    if (!steps.exec(read))
        return false;
    if (!read.next())
        return steps.fail(EditRefusal::tr("there is no article %1").arg(sourceId));
    if (read.value(0).toString() != replacement.newSha256)
        return steps.fail(EditRefusal::tr("the text of article %1 has changed since; it is left as it is").arg(sourceId));
    read.finish();
    QSqlQuery version = steps.query(QStringLiteral("SELECT body FROM source_version WHERE id = :id AND source_id = :source "
                                                   "AND sha256 = :sha256"));
    version.bindValue(QStringLiteral(":id"), replacement.versionId);
    version.bindValue(QStringLiteral(":source"), sourceId);
    version.bindValue(QStringLiteral(":sha256"), replacement.oldSha256);
    if (!steps.exec(version))
        return false;
    if (!version.next())
        return steps.fail(EditRefusal::tr("the previous text of article %1 is no longer kept").arg(sourceId));
    const QString oldBody = version.value(0).toString();
    version.finish();
    if (bodySha256(oldBody) != replacement.oldSha256)
        return steps.fail(EditRefusal::tr("the previous text of article %1 does not match its digest").arg(sourceId));

    // Each citation must be as the replacement left it: one cited, removed or resolved since
    // would be put back on words it no longer names.
    const auto rows = readCitationRows(steps, sourceId);
    if (!rows)
        return false;
    if (rows->size() != replacement.citations.size())
        return steps.fail(EditRefusal::tr("the citations of article %1 have changed since; its text is left as it is").arg(sourceId));
    for (int i = 0; i < rows->size(); ++i) {
        const CitationReplacement &done = replacement.citations.at(i);
        if (rows->at(i).first != done.citationId || rows->at(i).second != done.after)
            return steps.fail(EditRefusal::tr("citation %1 has changed since; the text of article %2 is left as it is")
                                  .arg(rows->at(i).first)
                                  .arg(sourceId));
    }

    QSqlQuery update = steps.query(QStringLiteral("UPDATE source SET body = :body, sha256 = :sha256 WHERE id = :id"));
    update.bindValue(QStringLiteral(":body"), oldBody);
    update.bindValue(QStringLiteral(":sha256"), replacement.oldSha256);
    update.bindValue(QStringLiteral(":id"), sourceId);
    if (!steps.exec(update))
        return false;
    for (const CitationReplacement &done : replacement.citations) {
        if (done.after != done.before && !writeCitationRow(steps, done.citationId, done.before))
            return false;
        if (isTold(done.after, done.before)
            && !steps.log(QStringLiteral("citation"), done.citationId, placeJson(sourceId, done.after, false),
                          placeJson(sourceId, done.before, false)))
            return false;
    }
    QSqlQuery drop = steps.query(QStringLiteral("DELETE FROM source_version WHERE id = :id"));
    drop.bindValue(QStringLiteral(":id"), replacement.versionId);
    return steps.exec(drop)
        && steps.log(QStringLiteral("source"), sourceId, QJsonObject{{QStringLiteral("sha256"), replacement.newSha256}},
                     QJsonObject{{QStringLiteral("sha256"), replacement.oldSha256}})
        && transaction.commit(error);
}

namespace {

// A citation waiting for review, with its article's text and the person its fact is about.
struct PendingReview
{
    qint64 sourceId = 0;
    qint64 personId = 0; // 0: a dispute side's citation, which the search index does not hold
    QString factColumn;  // "movement_id", "role_id" or "dispute_side_id"
    qint64 factId = 0;
    CitationAnchorRow row;
};

// The search index holds every excerpt cited about a person (0: a dispute side's, which it does
// not hold): words that change give way to the new ones.
// The search index holds every excerpt cited about a person: new words take the old ones' entry.
bool reindexExcerpt(const QSqlDatabase &db, qint64 citationId, qint64 personId, const QString &text, QString *error)
{
    if (personId <= 0)
        return true;
    SearchIndex index(db);
    return index.remove(SearchEntry::Citation, citationId, error) && index.add(SearchEntry::Citation, citationId, personId, text, error);
}

std::optional<PendingReview> readPendingReview(Steps &steps, qint64 citationId)
{
    QSqlQuery read = steps.query(QStringLiteral(
        "SELECT c.source_id, coalesce(m.person_id, r.person_id, 0), c.movement_id, c.role_id, c.dispute_side_id, %1 "
        "FROM citation c LEFT JOIN movement m ON m.id = c.movement_id LEFT JOIN role r ON r.id = c.role_id "
        "WHERE c.id = :id")
                                     .arg(citationRowColumns));
    read.bindValue(QStringLiteral(":id"), citationId);
    if (!steps.exec(read))
        return std::nullopt;
    if (!read.next()) {
        steps.fail(EditRefusal::tr("there is no citation %1").arg(citationId));
        return std::nullopt;
    }
    PendingReview pending;
    pending.sourceId = read.value(0).toLongLong();
    pending.personId = read.value(1).toLongLong();
    const char *const columns[] = {"movement_id", "role_id", "dispute_side_id"};
    for (int i = 0; i < 3; ++i) {
        if (!read.value(2 + i).isNull()) {
            pending.factColumn = QLatin1String(columns[i]);
            pending.factId = read.value(2 + i).toLongLong();
        }
    }
    pending.row = citationRowAt(read, 5);
    if (pending.row.state != AnchorState::Review) {
        steps.fail(EditRefusal::tr("citation %1 is not waiting for review").arg(citationId));
        return std::nullopt;
    }
    return pending;
}

} // namespace

bool ArticleRepository::acceptReviewNow(qint64 citationId, CitationAnchorChange *change, QString *error)
{
    Steps steps(m_db, error);
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen())
        return steps.fail(transaction.error());
    const std::optional<PendingReview> pending = readPendingReview(steps, citationId);
    if (!pending)
        return false;
    QSqlQuery read = steps.query(QStringLiteral("SELECT body, sha256 FROM source WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), pending->sourceId);
    if (!steps.exec(read) || !read.next())
        return read.lastError().isValid() ? false : steps.fail(EditRefusal::tr("there is no article %1").arg(pending->sourceId));
    const QString body = read.value(0).toString();
    const QByteArray sha256 = read.value(1).toString().toLatin1();
    read.finish();
    const CitationAnchorRow &before = pending->row;
    if (before.reviewEnd > body.size() || (before.reviewStart > 0 && body.at(before.reviewStart).isLowSurrogate())
        || body.at(before.reviewEnd - 1).isHighSurrogate())
        return steps.fail(EditRefusal::tr("the words offered for citation %1 are no longer in article %2")
                              .arg(citationId)
                              .arg(pending->sourceId));
    const QuoteAnchor anchor = QuoteAnchor::at(body, before.reviewStart, before.reviewEnd, sha256);
    if (anchor.exact.trimmed().isEmpty())
        return steps.fail(EditRefusal::tr("the words offered for citation %1 are empty").arg(citationId));
    // The fact cited twice with the same words would be one citation shown twice.
    QSqlQuery repeated = steps.query(QStringLiteral("SELECT 1 FROM citation WHERE %1 = :fact AND source_id = :source "
                                                    "AND start = :start AND \"end\" = :end AND id <> :id")
                                         .arg(pending->factColumn));
    repeated.bindValue(QStringLiteral(":fact"), pending->factId);
    repeated.bindValue(QStringLiteral(":source"), pending->sourceId);
    repeated.bindValue(QStringLiteral(":start"), anchor.start);
    repeated.bindValue(QStringLiteral(":end"), anchor.end);
    repeated.bindValue(QStringLiteral(":id"), citationId);
    if (!steps.exec(repeated))
        return false;
    if (repeated.next())
        return steps.fail(EditRefusal::tr("these words already back the fact citation %1 backs").arg(citationId));
    repeated.finish();

    CitationAnchorRow after;
    after.start = anchor.start;
    after.end = anchor.end;
    after.text = anchor.exact;
    after.prefix = anchor.prefix;
    after.suffix = anchor.suffix;
    after.bodySha256 = QString::fromLatin1(sha256);
    if (!writeCitationRow(steps, citationId, after)
        || !steps.log(QStringLiteral("citation"), citationId, placeJson(pending->sourceId, before, true),
                      placeJson(pending->sourceId, after, true)))
        return false;
    if (!reindexExcerpt(m_db, citationId, pending->personId, after.text, error))
        return false;
    *change = CitationAnchorChange{citationId, before, after};
    return transaction.commit(error);
}

bool ArticleRepository::keepAsOrphanNow(qint64 citationId, CitationAnchorChange *change, QString *error)
{
    Steps steps(m_db, error);
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen())
        return steps.fail(transaction.error());
    const std::optional<PendingReview> pending = readPendingReview(steps, citationId);
    if (!pending)
        return false;
    CitationAnchorRow after = pending->row;
    after.state = AnchorState::Orphan;
    after.reviewStart = after.reviewEnd = -1;
    *change = CitationAnchorChange{citationId, pending->row, after};
    return writeCitationRow(steps, citationId, after)
        && steps.log(QStringLiteral("citation"), citationId, placeJson(pending->sourceId, pending->row, false),
                     placeJson(pending->sourceId, after, false))
        && transaction.commit(error);
}

std::optional<CitationAnchorChange> ArticleRepository::acceptReview(qint64 citationId, QString *error)
{
    CitationAnchorChange change;
    if (!acceptReviewNow(citationId, &change, error))
        return std::nullopt;
    return change;
}

std::optional<CitationAnchorChange> ArticleRepository::keepAsOrphan(qint64 citationId, QString *error)
{
    CitationAnchorChange change;
    if (!keepAsOrphanNow(citationId, &change, error))
        return std::nullopt;
    return change;
}

bool ArticleRepository::restoreCitationAnchor(const CitationAnchorChange &change, QString *error)
{
    Steps steps(m_db, error);
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen())
        return steps.fail(transaction.error());
    QSqlQuery read = steps.query(QStringLiteral(
        "SELECT c.source_id, coalesce(m.person_id, r.person_id, 0), %1 "
        "FROM citation c LEFT JOIN movement m ON m.id = c.movement_id LEFT JOIN role r ON r.id = c.role_id "
        "WHERE c.id = :id")
                                     .arg(citationRowColumns));
    read.bindValue(QStringLiteral(":id"), change.citationId);
    if (!steps.exec(read))
        return false;
    if (!read.next())
        return steps.fail(EditRefusal::tr("there is no citation %1").arg(change.citationId));
    const qint64 sourceId = read.value(0).toLongLong();
    const qint64 personId = read.value(1).toLongLong();
    if (citationRowAt(read, 2) != change.after)
        return steps.fail(EditRefusal::tr("citation %1 has changed since; it is left as it is").arg(change.citationId));
    read.finish();
    return writeCitationRow(steps, change.citationId, change.before)
        && steps.log(QStringLiteral("citation"), change.citationId, placeJson(sourceId, change.after, true),
                     placeJson(sourceId, change.before, true))
        && reindexExcerpt(m_db, change.citationId, personId, change.before.text, error) && transaction.commit(error);
}

std::optional<QList<CitationAttention>> ArticleRepository::citationsNeedingAttention(qint64 sourceId, QString *error) const
{
    Steps steps(m_db, error);
    QSqlQuery source = steps.query(QStringLiteral("SELECT body FROM source WHERE id = :id"));
    source.bindValue(QStringLiteral(":id"), sourceId);
    if (!steps.exec(source))
        return std::nullopt;
    if (!source.next()) {
        steps.fail(EditRefusal::tr("there is no article %1").arg(sourceId));
        return std::nullopt;
    }
    const QString body = source.value(0).toString();
    source.finish();
    QSqlQuery read = steps.query(QStringLiteral(
        "SELECT c.id, coalesce(c.movement_id, 0), coalesce(c.role_id, 0), coalesce(c.dispute_side_id, 0), "
        "p.name_en, p.name_zh, co.name_en, co.name_zh, m.kind, r.title_en, r.title_zh, %1 "
        "FROM citation c LEFT JOIN movement m ON m.id = c.movement_id LEFT JOIN role r ON r.id = c.role_id "
        "LEFT JOIN person p ON p.id = coalesce(m.person_id, r.person_id) "
        "LEFT JOIN company co ON co.id = coalesce(m.company_id, r.company_id) "
        "WHERE c.source_id = :source AND c.anchor_state <> 'anchored' ORDER BY c.anchor_state = 'orphan', c.id")
                                     .arg(citationRowColumns));
    read.bindValue(QStringLiteral(":source"), sourceId);
    if (!steps.exec(read))
        return std::nullopt;
    QList<CitationAttention> list;
    while (read.next()) {
        CitationAttention item;
        item.citationId = read.value(0).toLongLong();
        item.movementId = read.value(1).toLongLong();
        item.roleId = read.value(2).toLongLong();
        item.disputeSideId = read.value(3).toLongLong();
        item.personEn = read.value(4).toString();
        item.personZh = read.value(5).toString();
        item.companyEn = read.value(6).toString();
        item.companyZh = read.value(7).toString();
        item.movementKind = read.value(8).toString();
        item.roleTitleEn = read.value(9).toString();
        item.roleTitleZh = read.value(10).toString();
        const CitationAnchorRow row = citationRowAt(read, 11);
        item.state = row.state;
        item.oldStart = row.start;
        item.oldEnd = row.end;
        item.oldBefore = row.prefix;
        item.oldWords = row.text;
        item.oldAfter = row.suffix;
        if (row.state == AnchorState::Review && row.reviewEnd <= body.size()) {
            const QuoteAnchor offered = QuoteAnchor::at(body, row.reviewStart, row.reviewEnd, QByteArray());
            item.reviewStart = row.reviewStart;
            item.reviewEnd = row.reviewEnd;
            item.reviewBefore = offered.prefix;
            item.reviewWords = offered.exact;
            item.reviewAfter = offered.suffix;
        }
        list.append(item);
    }
    return list;
}

} // namespace talentflow
