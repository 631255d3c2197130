#include "models/FactRepository.h"

#include "models/ChangeLog.h"
#include "models/EditRefusal.h"
#include "models/QuoteAnchor.h"
#include "models/SqlErrors.h"
#include "models/SqlValues.h"
#include "models/WriteTransaction.h"
#include "models/FactEdit.h"
#include "models/SqlDialect.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace talentflow {

using namespace factedit;

namespace {

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    // 𠮷 and the other characters outside the BMP come as surrogate pairs.
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && QChar::script(QChar::surrogateToUcs4(text.at(i), text.at(i + 1))) == QChar::Script_Han)
            return true;
    }
    return false;
}

// Whom or what a new fact names, each worded in its own sentence.
enum class Named { Person, Company, Destination };

QString problemWithName(const NamedRecord &record, Named what)
{
    const QString name = record.newName.trimmed();
    const bool empty = name.isEmpty();
    const int longest = FactRepository::maxNameLength;
    if (record.id > 0 || (!empty && name.size() <= longest))
        return {};
    switch (what) {
    case Named::Person:
        return empty ? EditRefusal::tr("the person's name is empty")
                     : EditRefusal::tr("the person's name is longer than %1 characters").arg(longest);
    case Named::Company:
        return empty ? EditRefusal::tr("the company's name is empty")
                     : EditRefusal::tr("the company's name is longer than %1 characters").arg(longest);
    case Named::Destination:
        return empty ? EditRefusal::tr("the destination's name is empty")
                     : EditRefusal::tr("the destination's name is longer than %1 characters").arg(longest);
    }
    return {};
}

const char *fieldName(FactField field)
{
    switch (field) {
    case FactField::Date:
        return "date";
    case FactField::Start:
        return "start";
    case FactField::End:
        return "end";
    }
    return "date";
}

// The column pair a fact's date is stored in; fixed names, never data.
QString dateColumn(FactField field)
{
    switch (field) {
    case FactField::Date:
        return QStringLiteral("date");
    case FactField::Start:
        return QStringLiteral("start_date");
    case FactField::End:
        return QStringLiteral("end_date");
    }
    return QStringLiteral("date");
}

QString precisionColumn(FactField field)
{
    switch (field) {
    case FactField::Date:
        return QStringLiteral("precision");
    case FactField::Start:
        return QStringLiteral("start_precision");
    case FactField::End:
        return QStringLiteral("end_precision");
    }
    return QStringLiteral("precision");
}

struct FactRow
{
    qint64 personId = 0;
    PartialDate date;
    QString dateNote;
    int version = 0;
};

std::optional<FactRow> readFact(Edit &edit, const FactRef &fact, FactField field)
{
    QSqlQuery read = edit.query(QStringLiteral("SELECT person_id, %1, %2, date_note, row_version FROM %3 WHERE id = :id")
                                    .arg(dateColumn(field), precisionColumn(field), tableOf(fact.type)));
    read.bindValue(QStringLiteral(":id"), fact.id);
    if (!edit.exec(read))
        return std::nullopt;
    if (!read.next()) {
        edit.fail(noSuchFact(fact));
        return std::nullopt;
    }
    FactRow row;
    row.personId = read.value(0).toLongLong();
    row.date = PartialDate::fromIsoWithPrecision(read.value(1).toString(), read.value(2).toString()).value_or(PartialDate());
    row.dateNote = read.value(3).toString();
    row.version = read.value(4).toInt();
    return row;
}

bool writeFactDate(Edit &edit, const FactRef &fact, FactField field, const PartialDate &date, const QString &note, int version)
{
    QSqlQuery update = edit.query(
        QStringLiteral("UPDATE %1 SET %2 = :date, %3 = :precision, date_note = :note, row_version = :version WHERE id = :id")
            .arg(tableOf(fact.type), dateColumn(field), precisionColumn(field)));
    update.bindValue(QStringLiteral(":date"), dateOrNull(date));
    update.bindValue(QStringLiteral(":precision"), date.precisionName());
    update.bindValue(QStringLiteral(":note"), note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note));
    update.bindValue(QStringLiteral(":version"), version);
    update.bindValue(QStringLiteral(":id"), fact.id);
    return edit.exec(update);
}

QJsonObject factDateJson(FactField field, const PartialDate &date, const QString &note)
{
    return QJsonObject{{QLatin1String(fieldName(field)), dateJson(date)},
                       {QStringLiteral("precision"), date.precisionName()},
                       {QStringLiteral("date_note"), note.isEmpty() ? QJsonValue() : QJsonValue(note)}};
}

bool insertCitation(Edit &edit, qint64 wantedId, const FactRef &fact, const QuoteSpan &quote, const QuoteAnchor &anchor,
                    const PartialDate &stated, FactField field, qint64 *id)
{
    // The target column is one of two fixed names.
    QSqlQuery insert = edit.query(
        QStringLiteral("INSERT INTO citation (%2%1, source_id, start, \"end\", text, prefix, suffix, body_sha256, "
                       "stated_date, stated_precision, stated_field) VALUES (%3:fact, :source, :start, :end, :text, "
                       ":prefix, :suffix, :sha256, :stated, :precision, :field)%4")
            .arg(fact.type == FactType::Movement ? QStringLiteral("movement_id") : QStringLiteral("role_id"),
                 wantedIdColumn(wantedId), wantedIdValue(wantedId), SqlDialect::returningId(edit.database())));
    bindWantedId(insert, wantedId);
    insert.bindValue(QStringLiteral(":fact"), fact.id);
    insert.bindValue(QStringLiteral(":source"), quote.sourceId);
    insert.bindValue(QStringLiteral(":start"), quote.start);
    insert.bindValue(QStringLiteral(":end"), quote.end);
    insert.bindValue(QStringLiteral(":text"), anchor.exact);
    insert.bindValue(QStringLiteral(":prefix"), notNullText(anchor.prefix));
    insert.bindValue(QStringLiteral(":suffix"), notNullText(anchor.suffix));
    insert.bindValue(QStringLiteral(":sha256"), QString::fromLatin1(anchor.bodySha256));
    insert.bindValue(QStringLiteral(":stated"), dateOrNull(stated));
    insert.bindValue(QStringLiteral(":precision"), stated.precisionName());
    insert.bindValue(QStringLiteral(":field"), stated.isKnown() ? QVariant(QLatin1String(fieldName(field)))
                                                                : QVariant(QMetaType(QMetaType::QString)));
    if (!edit.exec(insert))
        return false;
    *id = SqlDialect::insertedId(insert);
    // Ids only: a log never holds an article's words.
    spdlog::debug("edit: citation {} written", *id);
    const QJsonObject after{{tableOf(fact.type) + QStringLiteral("_id"), fact.id},
                            {QStringLiteral("source_id"), quote.sourceId},
                            {QStringLiteral("start"), quote.start},
                            {QStringLiteral("end"), quote.end},
                            {QStringLiteral("text"), anchor.exact},
                            {QStringLiteral("stated_date"), dateJson(stated)}};
    return edit.log(QStringLiteral("citation"), *id, QStringLiteral("add"), {}, after);
}

bool removeCitationRow(Edit &edit, qint64 citationId, const FactRef &fact, const QuoteSpan &quote, QString *excerpt)
{
    QSqlQuery read = edit.query(QStringLiteral("SELECT text FROM citation WHERE id = :id AND %1 = :fact AND source_id = :source "
                                               "AND start = :start AND \"end\" = :end")
                                    .arg(fact.type == FactType::Movement ? QStringLiteral("movement_id") : QStringLiteral("role_id")));
    read.bindValue(QStringLiteral(":id"), citationId);
    read.bindValue(QStringLiteral(":fact"), fact.id);
    read.bindValue(QStringLiteral(":source"), quote.sourceId);
    read.bindValue(QStringLiteral(":start"), quote.start);
    read.bindValue(QStringLiteral(":end"), quote.end);
    if (!edit.exec(read))
        return false;
    if (!read.next())
        return edit.fail(EditRefusal::tr("citation %1 is no longer there").arg(citationId));
    *excerpt = read.value(0).toString();
    QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM citation WHERE id = :id"));
    remove.bindValue(QStringLiteral(":id"), citationId);
    return edit.exec(remove)
        && edit.log(QStringLiteral("citation"), citationId, QStringLiteral("remove"),
                    QJsonObject{{tableOf(fact.type) + QStringLiteral("_id"), fact.id},
                                {QStringLiteral("source_id"), quote.sourceId},
                                {QStringLiteral("start"), quote.start},
                                {QStringLiteral("end"), quote.end},
                                {QStringLiteral("text"), *excerpt}},
                    {});
}

} // namespace

FactRepository::FactRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QuoteSpan> FactRepository::locate(qint64 sourceId, const QString &words, int occurrence, QString *error) const
{
    // Only the command line locates words, and it speaks English (its refusals name --occurrence).
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (words.trimmed().isEmpty())
        return refuse(QStringLiteral("the quote is empty"));
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT body FROM source WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), sourceId);
    if (!read.exec())
        return refuse(describeSqlError(read.lastError()));
    if (!read.next())
        return refuse(QStringLiteral("there is no source %1").arg(sourceId));
    const QString body = read.value(0).toString();
    QList<int> places;
    for (qsizetype at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + 1))
        places.append(int(at));
    if (places.isEmpty())
        return refuse(QStringLiteral("the quote is not in source %1").arg(sourceId));
    if (occurrence == 0 && places.size() > 1)
        return refuse(QStringLiteral("the quote occurs %1 times in source %2; pick one with --occurrence 1 to %1")
                          .arg(places.size())
                          .arg(sourceId));
    if (occurrence < 0 || occurrence > places.size())
        return refuse(QStringLiteral("the quote occurs %1 times in source %2, not %3").arg(places.size()).arg(sourceId).arg(occurrence));
    const int start = places.at(occurrence == 0 ? 0 : occurrence - 1);
    return QuoteSpan{sourceId, start, start + int(words.size())};
}

std::optional<QList<qint64>> FactRepository::findPeople(const QString &name, QString *error) const
{
    if (name.trimmed().isEmpty())
        return QList<qint64>(); // an empty name column is no name
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id FROM person WHERE %1 OR name_zh = :name UNION SELECT person_id FROM person_alias WHERE %2 ORDER BY 1")
            .arg(SqlDialect::equalsCaseless(m_db, QStringLiteral("name_en"), QStringLiteral(":name")),
                 SqlDialect::equalsCaseless(m_db, QStringLiteral("alias"), QStringLiteral(":name"))));
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<QList<qint64>> FactRepository::findCompanies(const QString &name, QString *error) const
{
    if (name.trimmed().isEmpty())
        return QList<qint64>(); // an empty name column is no name
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM company WHERE %1 OR name_zh = :name ORDER BY id")
                      .arg(SqlDialect::equalsCaseless(m_db, QStringLiteral("name_en"), QStringLiteral(":name"))));
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<int> FactRepository::factVersion(const FactRef &fact, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE id = :id").arg(tableOf(fact.type)));
    query.bindValue(QStringLiteral(":id"), fact.id);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().isValid() ? describeSqlError(query.lastError())
                                                 : noSuchFact(fact);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<QString> FactRepository::excerpt(const QuoteSpan &quote, QString *error) const
{
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT body FROM source WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), quote.sourceId);
    if (!read.exec() || !read.next()) {
        if (error)
            *error = read.lastError().isValid() ? describeSqlError(read.lastError())
                                                : EditRefusal::tr("there is no source %1").arg(quote.sourceId);
        return std::nullopt;
    }
    const QString body = read.value(0).toString();
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (quote.start < 0 || quote.end <= quote.start || quote.end > body.size())
        return refuse(EditRefusal::tr("characters %1–%2 are not in source %3").arg(quote.start).arg(quote.end).arg(quote.sourceId));
    if ((quote.start > 0 && body.at(quote.start).isLowSurrogate()) || body.at(quote.end - 1).isHighSurrogate())
        return refuse(EditRefusal::tr("characters %1–%2 cut a character in half").arg(quote.start).arg(quote.end));
    const QString words = body.mid(quote.start, quote.end - quote.start);
    if (words.trimmed().isEmpty())
        return refuse(EditRefusal::tr("the quote is empty"));
    if (words.size() > maxQuoteLength)
        return refuse(EditRefusal::tr("the quote is longer than %1 characters").arg(maxQuoteLength));
    return body;
}

std::optional<CitationEdit> FactRepository::cite(const NewCitation &citation, QString *error, qint64 wantedId)
{
    if ((citation.fact.type == FactType::Movement) != (citation.field == FactField::Date)) {
        if (error)
            *error = citation.fact.type == FactType::Movement ? EditRefusal::tr("a move has one date, not a start or an end")
                                                              : EditRefusal::tr("a role's date is its start or its end");
        return std::nullopt;
    }
    const std::optional<QString> body = excerpt(citation.quote, error);
    if (!body)
        return std::nullopt;
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    QSqlQuery digest = edit.query(QStringLiteral("SELECT sha256 FROM source WHERE id = :id"));
    digest.bindValue(QStringLiteral(":id"), citation.quote.sourceId);
    if (!edit.exec(digest) || !digest.next())
        return std::nullopt;
    const QuoteAnchor anchor =
        QuoteAnchor::at(*body, citation.quote.start, citation.quote.end, digest.value(0).toString().toLatin1());

    const std::optional<FactRow> fact = readFact(edit, citation.fact, citation.field);
    if (!fact)
        return std::nullopt;
    if (citation.factVersion >= 0 && citation.factVersion != fact->version) {
        edit.fail(EditRefusal::tr("%1 was changed in another window since it was read; look at it again")
                      .arg(describeFact(citation.fact)));
        return std::nullopt;
    }
    QSqlQuery repeated = edit.query(QStringLiteral("SELECT 1 FROM citation WHERE %1 = :fact AND source_id = :source AND start = :start "
                                                   "AND \"end\" = :end")
                                        .arg(citation.fact.type == FactType::Movement ? QStringLiteral("movement_id")
                                                                                      : QStringLiteral("role_id")));
    repeated.bindValue(QStringLiteral(":fact"), citation.fact.id);
    repeated.bindValue(QStringLiteral(":source"), citation.quote.sourceId);
    repeated.bindValue(QStringLiteral(":start"), citation.quote.start);
    repeated.bindValue(QStringLiteral(":end"), citation.quote.end);
    if (!edit.exec(repeated))
        return std::nullopt;
    if (repeated.next()) {
        edit.fail(EditRefusal::tr("these words already back %1").arg(describeFact(citation.fact)));
        return std::nullopt;
    }
    if (citation.fact.type == FactType::Role && citation.statedDate.isKnown() && !fact->date.isKnown()) {
        // A role dated by these words must still end after it starts.
        const FactField other = citation.field == FactField::Start ? FactField::End : FactField::Start;
        const std::optional<FactRow> otherDate = readFact(edit, citation.fact, other);
        if (!otherDate)
            return std::nullopt;
        const PartialDate start = citation.field == FactField::Start ? citation.statedDate : otherDate->date;
        const PartialDate end = citation.field == FactField::End ? citation.statedDate : otherDate->date;
        if (start.isKnown() && end.isKnown() && end.lastDay() < start.firstDay()) {
            edit.fail(EditRefusal::tr("the role would end (%1) before it starts (%2)").arg(end.toIso(), start.toIso()));
            return std::nullopt;
        }
    }
    CitationEdit result;
    result.dateBefore = fact->date;
    result.dateNoteBefore = fact->dateNote;
    result.versionAfter = fact->version;
    if (citation.statedDate.isKnown() && !fact->date.isKnown()) {
        // The date comes from these words now; the note on why it was unknown no longer holds.
        result.datedFact = true;
        result.versionAfter = fact->version + 1;
        // A role's note speaks of both its dates, so it stays; undo restores a move's either way.
        const QString note = citation.fact.type == FactType::Role ? fact->dateNote : QString();
        if (!writeFactDate(edit, citation.fact, citation.field, citation.statedDate, note, result.versionAfter))
            return std::nullopt;
        spdlog::debug("edit: {} {} dated", tableOf(citation.fact.type).toStdString(), citation.fact.id);
        if (!edit.log(tableOf(citation.fact.type), citation.fact.id, QStringLiteral("edit"),
                      factDateJson(citation.field, fact->date, fact->dateNote),
                      factDateJson(citation.field, citation.statedDate, note)))
            return std::nullopt;
    } else if (citation.statedDate.isKnown() && !holdsOrIsHeld(citation.statedDate, fact->date)) {
        result.disputed = true;
    }
    if (!insertCitation(edit, wantedId, citation.fact, citation.quote, anchor, citation.statedDate, citation.field,
                        &result.citationId)
        || !edit.index(SearchEntry::Citation, result.citationId, fact->personId, anchor.exact) || !transaction.commit(error))
        return std::nullopt;
    return result;
}

std::optional<int> FactRepository::uncite(const NewCitation &citation, const CitationEdit &done, int basedOnVersion, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    const std::optional<FactRow> fact = readFact(edit, citation.fact, citation.field);
    if (!fact)
        return std::nullopt;
    // Whether or not the citation dated the fact, a fact changed since keeps its citation.
    if (fact->version != basedOnVersion || (done.datedFact && fact->date != citation.statedDate)) {
        edit.fail((done.datedFact ? EditRefusal::tr("%1 was changed in another window since; its date is left as it is now")
                                  : EditRefusal::tr("%1 was changed in another window since; the citation is left in place"))
                      .arg(describeFact(citation.fact)));
        return std::nullopt;
    }
    int version = basedOnVersion;
    if (done.datedFact) {
        // The date as it was before the citation, at a new version: an edit read while the
        // citation's date stood must still be refused.
        version = basedOnVersion + 1;
        if (!writeFactDate(edit, citation.fact, citation.field, done.dateBefore, done.dateNoteBefore, version)
            || !edit.log(tableOf(citation.fact.type), citation.fact.id, QStringLiteral("edit"),
                         factDateJson(citation.field, citation.statedDate, QString()),
                         factDateJson(citation.field, done.dateBefore, done.dateNoteBefore)))
            return std::nullopt;
    }
    QString words;
    if (!removeCitationRow(edit, done.citationId, citation.fact, citation.quote, &words)
        || !edit.unindex(SearchEntry::Citation, done.citationId) || !transaction.commit(error))
        return std::nullopt;
    return version;
}

QString FactRepository::problemWith(const NewMovement &movement)
{
    QString problem = problemWithName(movement.person, Named::Person);
    if (problem.isEmpty())
        problem = problemWithName(movement.company, Named::Company);
    if (problem.isEmpty() && movement.destination)
        problem = problemWithName(*movement.destination, Named::Destination);
    return problem;
}

QString FactRepository::problemWith(const NewRole &role)
{
    QString problem = problemWithName(role.person, Named::Person);
    if (problem.isEmpty())
        problem = problemWithName(role.company, Named::Company);
    if (!problem.isEmpty())
        return problem;
    if (role.title.trimmed().isEmpty())
        return EditRefusal::tr("the role's title is empty");
    if (role.title.trimmed().size() > maxTitleLength)
        return EditRefusal::tr("the role's title is longer than %1 characters").arg(maxTitleLength);
    if (role.start.isKnown() && role.end.isKnown() && role.end.lastDay() < role.start.firstDay())
        return EditRefusal::tr("the role ends (%1) before it starts (%2)").arg(role.end.toIso(), role.start.toIso());
    return {};
}

namespace {

// The id of a person or company: the stored one, checked, or a new row under the name in its
// script (Chinese characters: the Chinese name), with the wanted id and row version (those an
// undone addition had left). A new one must not share a stored name.
bool resolveNamed(Edit &edit, const FactRepository &facts, const QString &table, const NamedRecord &named, qint64 wantedId,
                  int wantedVersion, qint64 *id, int *version, bool *added)
{
    QString why;
    if (named.id > 0) {
        QSqlQuery exists = edit.query(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
        exists.bindValue(QStringLiteral(":id"), named.id);
        if (!edit.exec(exists))
            return false;
        if (!exists.next())
            return edit.fail(noSuchRecord(table, named.id));
        *id = named.id;
        *version = 0;
        *added = false;
        return true;
    }
    const QString name = named.newName.trimmed();
    const std::optional<QList<qint64>> same =
        table == QLatin1String("person") ? facts.findPeople(name, &why) : facts.findCompanies(name, &why);
    if (!same)
        return edit.fail(why);
    if (!same->isEmpty())
        return edit.fail((table == QLatin1String("person") ? EditRefusal::tr("a person named \"%1\" is already stored (id %2)")
                                                           : EditRefusal::tr("a company named \"%1\" is already stored (id %2)"))
                             .arg(name.left(100), QString::number(same->first())));
    const bool chinese = hasHan(name);
    QSqlQuery insert = edit.query(
        QStringLiteral("INSERT INTO %1 (%2name_en, name_zh, row_version) VALUES (%3:en, :zh, :version)%4")
            .arg(table, wantedIdColumn(wantedId), wantedIdValue(wantedId), SqlDialect::returningId(edit.database())));
    bindWantedId(insert, wantedId);
    insert.bindValue(QStringLiteral(":en"), chinese ? QStringLiteral("") : name);
    insert.bindValue(QStringLiteral(":zh"), chinese ? name : QStringLiteral(""));
    insert.bindValue(QStringLiteral(":version"), wantedVersion);
    if (!edit.exec(insert))
        return false;
    *id = SqlDialect::insertedId(insert);
    *version = wantedVersion;
    *added = true;
    spdlog::debug("edit: {} {} added", table.toStdString(), *id);
    if (!edit.log(table, *id, QStringLiteral("add"), {},
                  QJsonObject{{QStringLiteral("name_en"), chinese ? QString() : name}, {QStringLiteral("name_zh"), chinese ? name : QString()}}))
        return false;
    return table != QLatin1String("person")
        || edit.index(chinese ? SearchEntry::NameZh : SearchEntry::NameEn, *id, *id, name);
}

// Removes a person or company added with a fact, when nothing names it any more; *version
// becomes one above the row version it was removed at, for a redo to add it back with.
bool removeIfUnused(Edit &edit, const QString &table, qint64 id, int *version)
{
    const QString uses = table == QLatin1String("person")
        ? QStringLiteral("SELECT 1 FROM role WHERE person_id = :id UNION ALL SELECT 1 FROM movement WHERE person_id = :id LIMIT 1")
        : QStringLiteral("SELECT 1 FROM role WHERE company_id = :id UNION ALL SELECT 1 FROM movement WHERE company_id = :id "
                         "UNION ALL SELECT 1 FROM movement WHERE to_company_id = :id LIMIT 1");
    QSqlQuery used = edit.query(uses);
    used.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(used))
        return false;
    if (used.next())
        return true;
    QSqlQuery read = edit.query(QStringLiteral("SELECT name_en, name_zh, row_version FROM %1 WHERE id = :id").arg(table));
    read.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(read) || !read.next())
        return edit.fail(noSuchRecord(table, id));
    const QJsonObject before{{QStringLiteral("name_en"), read.value(0).toString()}, {QStringLiteral("name_zh"), read.value(1).toString()}};
    *version = read.value(2).toInt() + 1;
    // A person's names and aliases leave the search index while their aliases can still be read.
    if (table == QLatin1String("person") && !edit.unindexPerson(id))
        return false;
    QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    remove.bindValue(QStringLiteral(":id"), id);
    return edit.exec(remove) && edit.log(table, id, QStringLiteral("remove"), before, {});
}

} // namespace

std::optional<FactIds> FactRepository::addMovement(const NewMovement &movement, const FactIds &wanted, QString *error)
{
    const QString problem = problemWith(movement);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const std::optional<QString> body = excerpt(movement.quote, error);
    if (!body)
        return std::nullopt;
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    FactIds ids;
    if (!resolveNamed(edit, *this, QStringLiteral("person"), movement.person, wanted.personId, wanted.personVersion, &ids.personId,
                      &ids.personVersion, &ids.newPerson)
        || !resolveNamed(edit, *this, QStringLiteral("company"), movement.company, wanted.companyId, wanted.companyVersion,
                         &ids.companyId, &ids.companyVersion, &ids.newCompany))
        return std::nullopt;
    if (movement.destination
        && !resolveNamed(edit, *this, QStringLiteral("company"), *movement.destination, wanted.destinationId,
                         wanted.destinationVersion, &ids.destinationId, &ids.destinationVersion, &ids.newDestination))
        return std::nullopt;
    QSqlQuery insert = edit.query(
        QStringLiteral("INSERT INTO movement (%1person_id, kind, company_id, to_company_id, date, precision, row_version) "
                       "VALUES (%2:person, :kind, :company, :to, :date, :precision, :version)%3")
            .arg(wantedIdColumn(wanted.factId), wantedIdValue(wanted.factId), SqlDialect::returningId(edit.database())));
    bindWantedId(insert, wanted.factId);
    insert.bindValue(QStringLiteral(":version"), wanted.factVersion);
    insert.bindValue(QStringLiteral(":person"), ids.personId);
    insert.bindValue(QStringLiteral(":kind"), movementKindKey(movement.kind));
    insert.bindValue(QStringLiteral(":company"), ids.companyId);
    insert.bindValue(QStringLiteral(":to"), idOrNull(ids.destinationId));
    insert.bindValue(QStringLiteral(":date"), dateOrNull(movement.date));
    insert.bindValue(QStringLiteral(":precision"), movement.date.precisionName());
    if (!edit.exec(insert))
        return std::nullopt;
    ids.factId = SqlDialect::insertedId(insert);
    ids.factVersion = wanted.factVersion;
    spdlog::debug("edit: movement {} written", ids.factId);
    const QJsonObject after{{QStringLiteral("person_id"), ids.personId},
                            {QStringLiteral("kind"), movementKindKey(movement.kind)},
                            {QStringLiteral("company_id"), ids.companyId},
                            {QStringLiteral("to_company_id"), ids.destinationId > 0 ? QJsonValue(ids.destinationId) : QJsonValue()},
                            {QStringLiteral("date"), dateJson(movement.date)},
                            {QStringLiteral("precision"), movement.date.precisionName()}};
    if (!edit.log(QStringLiteral("movement"), ids.factId, QStringLiteral("add"), {}, after))
        return std::nullopt;
    QSqlQuery digest = edit.query(QStringLiteral("SELECT sha256 FROM source WHERE id = :id"));
    digest.bindValue(QStringLiteral(":id"), movement.quote.sourceId);
    if (!edit.exec(digest) || !digest.next())
        return std::nullopt;
    const QuoteAnchor anchor =
        QuoteAnchor::at(*body, movement.quote.start, movement.quote.end, digest.value(0).toString().toLatin1());
    const FactRef fact{FactType::Movement, ids.factId};
    if (!insertCitation(edit, wanted.citationId, fact, movement.quote, anchor, PartialDate(), FactField::Date, &ids.citationId)
        || !edit.index(SearchEntry::Citation, ids.citationId, ids.personId, anchor.exact) || !transaction.commit(error))
        return std::nullopt;
    return ids;
}

std::optional<FactIds> FactRepository::addRole(const NewRole &role, const FactIds &wanted, QString *error)
{
    const QString problem = problemWith(role);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const std::optional<QString> body = excerpt(role.quote, error);
    if (!body)
        return std::nullopt;
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    FactIds ids;
    if (!resolveNamed(edit, *this, QStringLiteral("person"), role.person, wanted.personId, wanted.personVersion, &ids.personId,
                      &ids.personVersion, &ids.newPerson)
        || !resolveNamed(edit, *this, QStringLiteral("company"), role.company, wanted.companyId, wanted.companyVersion, &ids.companyId,
                         &ids.companyVersion, &ids.newCompany))
        return std::nullopt;
    const QString title = role.title.trimmed();
    const bool chinese = hasHan(title);
    QSqlQuery insert = edit.query(QStringLiteral(
        "INSERT INTO role (%1person_id, company_id, title_en, title_zh, start_date, start_precision, end_date, end_precision, "
        "row_version) VALUES (%2:person, :company, :en, :zh, :start, :startPrecision, :end, :endPrecision, :version)%3")
            .arg(wantedIdColumn(wanted.factId), wantedIdValue(wanted.factId), SqlDialect::returningId(edit.database())));
    bindWantedId(insert, wanted.factId);
    insert.bindValue(QStringLiteral(":version"), wanted.factVersion);
    insert.bindValue(QStringLiteral(":person"), ids.personId);
    insert.bindValue(QStringLiteral(":company"), ids.companyId);
    insert.bindValue(QStringLiteral(":en"), chinese ? QStringLiteral("") : title);
    insert.bindValue(QStringLiteral(":zh"), chinese ? title : QStringLiteral(""));
    insert.bindValue(QStringLiteral(":start"), dateOrNull(role.start));
    insert.bindValue(QStringLiteral(":startPrecision"), role.start.precisionName());
    insert.bindValue(QStringLiteral(":end"), dateOrNull(role.end));
    insert.bindValue(QStringLiteral(":endPrecision"), role.end.precisionName());
    if (!edit.exec(insert))
        return std::nullopt;
    ids.factId = SqlDialect::insertedId(insert);
    ids.factVersion = wanted.factVersion;
    spdlog::debug("edit: role {} written", ids.factId);
    const QJsonObject after{{QStringLiteral("person_id"), ids.personId},
                            {QStringLiteral("company_id"), ids.companyId},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("start"), dateJson(role.start)},
                            {QStringLiteral("end"), dateJson(role.end)}};
    if (!edit.log(QStringLiteral("role"), ids.factId, QStringLiteral("add"), {}, after)
        || !edit.index(chinese ? SearchEntry::TitleZh : SearchEntry::TitleEn, ids.factId, ids.personId, title))
        return std::nullopt;
    QSqlQuery digest = edit.query(QStringLiteral("SELECT sha256 FROM source WHERE id = :id"));
    digest.bindValue(QStringLiteral(":id"), role.quote.sourceId);
    if (!edit.exec(digest) || !digest.next())
        return std::nullopt;
    const QuoteAnchor anchor = QuoteAnchor::at(*body, role.quote.start, role.quote.end, digest.value(0).toString().toLatin1());
    const FactRef fact{FactType::Role, ids.factId};
    if (!insertCitation(edit, wanted.citationId, fact, role.quote, anchor, PartialDate(), FactField::Start, &ids.citationId)
        || !edit.index(SearchEntry::Citation, ids.citationId, ids.personId, anchor.exact) || !transaction.commit(error))
        return std::nullopt;
    return ids;
}

std::optional<FactIds> FactRepository::removeAdded(FactType type, const FactIds &ids, int basedOnVersion, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    const FactRef fact{type, ids.factId};
    const QString table = tableOf(type);
    QSqlQuery citations = edit.query(QStringLiteral("SELECT count(*), sum(CASE WHEN id = :citation THEN 1 ELSE 0 END) FROM citation WHERE %1_id = :id").arg(table));
    citations.bindValue(QStringLiteral(":citation"), ids.citationId);
    citations.bindValue(QStringLiteral(":id"), ids.factId);
    if (!edit.exec(citations) || !citations.next())
        return std::nullopt;
    if (citations.value(0).toInt() != 1 || citations.value(1).toInt() != 1) {
        edit.fail(EditRefusal::tr("%1 has been cited again or changed since; it is kept").arg(describeFact(fact)));
        return std::nullopt;
    }
    QSqlQuery read = edit.query(QStringLiteral("SELECT c.text, c.source_id, c.start, c.\"end\", f.person_id, f.row_version FROM citation c "
                                               "JOIN %1 f ON f.id = c.%1_id WHERE c.id = :citation").arg(table));
    read.bindValue(QStringLiteral(":citation"), ids.citationId);
    if (!edit.exec(read))
        return std::nullopt;
    if (!read.next()) {
        edit.fail(noSuchFact(fact));
        return std::nullopt;
    }
    const QuoteSpan quote{read.value(1).toLongLong(), read.value(2).toInt(), read.value(3).toInt()};
    const qint64 personId = read.value(4).toLongLong();
    if (personId != ids.personId) {
        edit.fail(EditRefusal::tr("%1 is no longer the one this edit added").arg(describeFact(fact)));
        return std::nullopt;
    }
    if (read.value(5).toInt() != basedOnVersion) {
        edit.fail(EditRefusal::tr("%1 was changed in another window since; it is kept").arg(describeFact(fact)));
        return std::nullopt;
    }
    // What a redo passes back: the same ids, and versions above those the rows are removed at.
    FactIds again = ids;
    again.factVersion = basedOnVersion + 1;
    QString words;
    if (!removeCitationRow(edit, ids.citationId, fact, quote, &words) || !edit.unindex(SearchEntry::Citation, ids.citationId))
        return std::nullopt;
    QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    remove.bindValue(QStringLiteral(":id"), ids.factId);
    if (!edit.exec(remove) || !edit.log(table, ids.factId, QStringLiteral("remove"), QJsonObject{{QStringLiteral("person_id"), personId}}, {}))
        return std::nullopt;
    if (type == FactType::Role
        && !(edit.unindex(SearchEntry::TitleEn, ids.factId) && edit.unindex(SearchEntry::TitleZh, ids.factId)))
        return std::nullopt;
    if (ids.newPerson && !removeIfUnused(edit, QStringLiteral("person"), ids.personId, &again.personVersion))
        return std::nullopt;
    if (ids.newCompany && !removeIfUnused(edit, QStringLiteral("company"), ids.companyId, &again.companyVersion))
        return std::nullopt;
    if (ids.newDestination && ids.destinationId != ids.companyId
        && !removeIfUnused(edit, QStringLiteral("company"), ids.destinationId, &again.destinationVersion))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    return again;
}

} // namespace talentflow
