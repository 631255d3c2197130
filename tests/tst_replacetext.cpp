#include "models/ArticleRepository.h"
#include "models/DataSession.h"
#include "models/Database.h"
#include "models/FactRepository.h"
#include "models/PersonDetailRepository.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/ReplaceTextDialog.h"

#include <QCryptographicHash>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace talentflow;

namespace {

const QString checkConnection = QStringLiteral("replace-check");

// Every table a replacement, its undo or a review could write to.
const QStringList allTables{
    QStringLiteral("source"),   QStringLiteral("source_version"), QStringLiteral("company"),
    QStringLiteral("person"),   QStringLiteral("person_alias"),   QStringLiteral("role"),
    QStringLiteral("movement"), QStringLiteral("citation"),       QStringLiteral("change_log"),
    QStringLiteral("search_index"),
};

QStringList tablesButTheLog()
{
    QStringList tables = allTables;
    tables.removeAll(QStringLiteral("change_log"));
    return tables;
}

const QString yoshi = QString::fromUtf8("\xF0\xA0\xAE\xB7"); // 𠮷, two UTF-16 units

// The article: quote D in the first paragraph, A (with 𠮷 in it and on either side) in the
// second, B in the third, C in a paragraph of its own.
const QString intro = QStringLiteral("Dispatch filed late on a Tuesday evening by our correspondent in the city. ");
const QString quoteD = QStringLiteral("Mira Murati founded Thinking Machines Lab in February 2025");
const QString afterD = QStringLiteral(", after six years at OpenAI, and raised money within weeks.\n\n");
const QString beforeA = QStringLiteral("Later that year, people close to the company said that ") + yoshi;
const QString quoteA = QStringLiteral("Barret Zoph ") + yoshi + QStringLiteral(" left OpenAI for the new lab");
const QString afterA = yoshi + QStringLiteral(" in the autumn, with two colleagues who followed him.\n\n");
const QString beforeB = QStringLiteral("In January 2026 the lab said: ");
const QString quoteB = QStringLiteral("Zoph was fired for unethical conduct, the lab's chef executive wrote");
const QString afterB = QStringLiteral(", in a message seen by reporters that same morning.\n\n");
const QString quoteC = QStringLiteral("Zoph would stay on as an adviser until the summer");
const QString paragraphC = QStringLiteral("A separate note, since withdrawn, had claimed that ") + quoteC
    + QStringLiteral(" according to two employees who later recanted.\n\n");
const QString ending = QStringLiteral("Neither company replied to requests for comment before publication.");

// The corrected text: ten characters (eleven units: one is 𠮷) right before A, B's typo
// fixed (one character longer), C's paragraph gone, D as it was.
const QString inserted = QStringLiteral("[Update") + yoshi + QStringLiteral("] ");
const QString fixedB = QStringLiteral("Zoph was fired for unethical conduct, the lab's chief executive wrote");

QString oldBody()
{
    return intro + quoteD + afterD + beforeA + quoteA + afterA + beforeB + quoteB + afterB + paragraphC + ending;
}

QString newBody()
{
    return intro + quoteD + afterD + beforeA + inserted + quoteA + afterA + beforeB + fixedB + afterB + ending;
}

QString hexSha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

#define EXPECT_REFUSED(what, attempt, fragment)                                                                        \
    do {                                                                                                               \
        expectRefused(what, attempt, fragment);                                                                        \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// ArticleRepository's replacement of a text, its undo and the review of what it could not find,
// on a seeded database of its own per test; every result is read back with the test's own SQL on
// a second connection.
class TestReplaceText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_file;
    std::unique_ptr<Database> m_db;

    qint64 m_zoph = 0;
    qint64 m_murati = 0;
    qint64 m_tml = 0;
    qint64 m_firing = 0;
    qint64 m_leftOpenAi = 0;
    qint64 m_founded = 0;
    qint64 m_article = 0;
    qint64 m_citeA = 0;
    qint64 m_citeB = 0;
    qint64 m_citeC = 0;
    qint64 m_citeD = 0;
    qint64 m_adviser = 0; // the role quote C backs

    ArticleRepository articles() const { return ArticleRepository(m_db->connection()); }
    FactRepository facts() const { return FactRepository(m_db->connection()); }

    static QSqlQuery run(const QString &sql, const QVariantList &bound)
    {
        QSqlQuery query(QSqlDatabase::database(checkConnection));
        if (!query.prepare(sql))
            qFatal("cannot prepare %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        for (int i = 0; i < bound.size(); ++i)
            query.bindValue(i, bound.at(i));
        if (!query.exec())
            qFatal("cannot run %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query;
    }

    static QVariant value(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query = run(sql, bound);
        return query.next() ? query.value(0) : QVariant();
    }

    static QStringList strings(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query = run(sql, bound);
        QStringList values;
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            values.append(columns.join(QLatin1Char(' ')));
        }
        return values;
    }

    // Every row of the tables, NULL told apart from '' and numbers from text.
    static QStringList dump(const QStringList &tables = allTables)
    {
        QStringList lines;
        for (const QString &table : tables) {
            QSqlQuery query = run(table == QLatin1String("search_index")
                                      ? QStringLiteral("SELECT rowid, person_id, text FROM search_index ORDER BY rowid")
                                      : QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(table),
                                  {});
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant v = query.value(i);
                    values.append(v.isNull() ? QStringLiteral("NULL")
                                             : QStringLiteral("%1:%2").arg(QLatin1String(v.typeName()), v.toString()));
                }
                lines.append(table + QLatin1Char(' ') + values.join(QLatin1Char('|')));
            }
        }
        return lines;
    }

    static qint64 lastLogId() { return value(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).toLongLong(); }

    static QStringList logSince(qint64 id)
    {
        QStringList rows = strings(QStringLiteral("SELECT entity, entity_id, action FROM change_log WHERE id > ?"), {id});
        rows.sort();
        return rows;
    }

    static QJsonObject logJson(qint64 since, const QString &entity, qint64 entityId, const char *column)
    {
        return QJsonDocument::fromJson(value(QStringLiteral("SELECT %1 FROM change_log WHERE id > ? AND entity = ? AND entity_id = ?")
                                                 .arg(QLatin1String(column)),
                                             {since, entity, entityId})
                                           .toString()
                                           .toUtf8())
            .object();
    }

    static int indexed(qint64 personId, const QString &text)
    {
        return value(QStringLiteral("SELECT count(*) FROM search_index WHERE person_id = ? AND text = ?"), {personId, text}).toInt();
    }

    // A citation's row as the test reads it: start, end, text, state, review span, digest.
    struct Row
    {
        int start = -1;
        int end = -1;
        QString text;
        QString state;
        QVariant reviewStart;
        QVariant reviewEnd;
        QString sha256;
        QString prefix;
        QString suffix;
    };

    static Row citation(qint64 id)
    {
        QSqlQuery query = run(QStringLiteral("SELECT start, end, text, anchor_state, review_start, review_end, body_sha256, "
                                             "prefix, suffix FROM citation WHERE id = ?"),
                              {id});
        Row row;
        if (query.next()) {
            row = Row{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toString(), query.value(3).toString(),
                      query.value(4),         query.value(5),         query.value(6).toString(), query.value(7).toString(),
                      query.value(8).toString()};
        }
        return row;
    }

    static QString versionBody(qint64 sourceId, const QString &sha256)
    {
        return value(QStringLiteral("SELECT body FROM source_version WHERE source_id = ? AND sha256 = ?"), {sourceId, sha256})
            .toString();
    }

    static QString currentBody(qint64 sourceId)
    {
        return value(QStringLiteral("SELECT body FROM source WHERE id = ?"), {sourceId}).toString();
    }

    // The product's promise, read with SQL alone: an anchored citation's words are its article's
    // text at its offsets; any other's are the text at its offsets of the version its digest names.
    void expectEveryCitationVerbatim(qint64 sourceId)
    {
        QSqlQuery query = run(QStringLiteral("SELECT c.id, c.start, c.end, c.text, c.anchor_state, c.body_sha256, s.sha256, s.body "
                                             "FROM citation c JOIN source s ON s.id = c.source_id WHERE c.source_id = ?"),
                              {sourceId});
        int rows = 0;
        while (query.next()) {
            ++rows;
            const int start = query.value(1).toInt();
            const int end = query.value(2).toInt();
            const QString text = query.value(3).toString();
            const QString digest = query.value(5).toString();
            if (query.value(4).toString() == QLatin1String("anchored")) {
                QCOMPARE(digest, query.value(6).toString());
                QCOMPARE(query.value(7).toString().mid(start, end - start), text);
            } else {
                QVERIFY2(digest != query.value(6).toString(), qPrintable(query.value(0).toString()));
                const QString version = versionBody(sourceId, digest);
                QVERIFY(!version.isEmpty());
                QCOMPARE(hexSha256(version), digest);
                QCOMPARE(version.mid(start, end - start), text);
            }
        }
        QVERIFY(rows > 0);
    }

    void expectRefused(const char *what, const std::function<bool(QString *)> &attempt, const QString &fragment)
    {
        const QStringList before = dump();
        QString error;
        QVERIFY2(!attempt(&error), what);
        QVERIFY2(error.contains(fragment), qPrintable(QStringLiteral("%1: \"%2\" does not say \"%3\"")
                                                          .arg(QLatin1String(what), error, fragment)));
        QVERIFY2(!error.contains(QLatin1Char('\n')), what);
        QCOMPARE(dump(), before);
    }

    qint64 addArticle(const QString &title, const QString &body)
    {
        NewArticle article;
        article.file = title + QStringLiteral(".txt");
        article.title = title;
        article.language = QStringLiteral("en");
        article.body = body;
        bool existing = true;
        QString error;
        const std::optional<qint64> id = articles().add(article, &existing, &error);
        if (!id || existing)
            qFatal("cannot add the article %s: %s", qPrintable(title), qPrintable(error));
        return *id;
    }

    QuoteSpan spanOf(const QString &body, const QString &words) const
    {
        const int start = int(body.indexOf(words));
        if (start < 0 || body.indexOf(words, start + 1) >= 0)
            qFatal("the test's words are not once in its article: %s", qPrintable(words));
        return QuoteSpan{m_article, start, start + int(words.size())};
    }

    qint64 cite(qint64 movementId, const QString &words)
    {
        NewCitation citation;
        citation.fact = FactRef{FactType::Movement, movementId};
        citation.quote = spanOf(oldBody(), words);
        QString error;
        const std::optional<CitationEdit> done = facts().cite(citation, &error);
        if (!done)
            qFatal("cannot cite %s: %s", qPrintable(words), qPrintable(error));
        return done->citationId;
    }

    std::optional<TextReplacement> replace(const QString &body = newBody())
    {
        QString error;
        std::optional<TextReplacement> done = articles().replaceText(m_article, body, &error);
        if (!done)
            qWarning("the replacement was refused: %s", qPrintable(error));
        return done;
    }

    const CitationReplacement *outcomeOf(const TextReplacement &replacement, qint64 citationId)
    {
        for (const CitationReplacement &c : replacement.citations) {
            if (c.citationId == citationId)
                return &c;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The test's own texts are what it says they are.
        QCOMPARE(inserted.size(), 11);
        QCOMPARE(inserted.toUcs4().size(), 10);
        QVERIFY(!newBody().contains(quoteB) && !newBody().contains(quoteC));
        QVERIFY(textSimilarity(quoteB, fixedB) > 0.9);
    }

    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("replace-%1.sqlite").arg(++m_files));
        QString error;
        m_db = Database::create(m_file, Database::Contents::Seeded, &error);
        QVERIFY2(m_db, qPrintable(error));
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkConnection);
            check.setDatabaseName(m_file);
            QVERIFY2(check.open(), qPrintable(check.lastError().text()));
        }
        m_zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        m_murati = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Mira Murati'")).toLongLong();
        m_tml = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'Thinking Machines Lab'")).toLongLong();
        const qint64 openAi = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'")).toLongLong();
        m_firing = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'fired'"), {m_zoph}).toLongLong();
        m_leftOpenAi = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'left' AND company_id = ? "
                                            "ORDER BY id LIMIT 1"),
                             {m_zoph, openAi})
                           .toLongLong();
        m_founded = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'founded' ORDER BY id LIMIT 1"),
                          {m_murati})
                        .toLongLong();
        QVERIFY(m_zoph > 0 && m_murati > 0 && m_tml > 0 && m_firing > 0 && m_leftOpenAi > 0 && m_founded > 0);

        m_article = addArticle(QStringLiteral("Zoph and the lab"), oldBody());
        m_citeD = cite(m_founded, quoteD);
        m_citeA = cite(m_leftOpenAi, quoteA);
        m_citeB = cite(m_firing, quoteB);
        NewRole role;
        role.person.id = m_zoph;
        role.company.id = m_tml;
        role.title = QStringLiteral("Adviser");
        role.quote = spanOf(oldBody(), quoteC);
        QString error2;
        const std::optional<FactIds> added = facts().addRole(role, FactIds(), &error2);
        QVERIFY2(added, qPrintable(error2));
        m_adviser = added->factId;
        m_citeC = added->citationId;
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation WHERE source_id = ?"), {m_article}).toInt(), 4);
    }

    void cleanup()
    {
        QSqlDatabase::database(checkConnection, false).close();
        QSqlDatabase::removeDatabase(checkConnection);
        m_db.reset();
    }

    // Ten characters before A, B's typo fixed, C's paragraph gone, D untouched: A moves, B waits
    // for review with the corrected words offered, C is an orphan, D stays where it was.
    void replacingReanchorsEveryCitation()
    {
        const QStringList otherCitations =
            strings(QStringLiteral("SELECT * FROM citation WHERE source_id <> ? ORDER BY id"), {m_article});
        const QStringList index = dump({QStringLiteral("search_index")});
        const Row oldA = citation(m_citeA);
        const Row oldB = citation(m_citeB);
        const Row oldC = citation(m_citeC);
        const Row oldD = citation(m_citeD);
        const QString oldSha = hexSha256(oldBody());
        const QString newSha = hexSha256(newBody());
        QCOMPARE(oldA.sha256, oldSha);
        const qint64 logged = lastLogId();

        const std::optional<TextReplacement> done = replace();
        QVERIFY(done);
        QCOMPARE(done->count(AnchorOutcome::Anchored), 1);
        QCOMPARE(done->count(AnchorOutcome::Moved), 1);
        QCOMPARE(done->count(AnchorOutcome::NeedsReview), 1);
        QCOMPARE(done->count(AnchorOutcome::Orphan), 1);
        QCOMPARE(done->citations.size(), 4);
        QCOMPARE(outcomeOf(*done, m_citeD)->outcome, AnchorOutcome::Anchored);
        QCOMPARE(outcomeOf(*done, m_citeA)->outcome, AnchorOutcome::Moved);
        QCOMPARE(outcomeOf(*done, m_citeB)->outcome, AnchorOutcome::NeedsReview);
        QCOMPARE(outcomeOf(*done, m_citeC)->outcome, AnchorOutcome::Orphan);
        QCOMPARE(outcomeOf(*done, m_citeB)->found, fixedB);
        QCOMPARE(outcomeOf(*done, m_citeA)->found, quoteA);
        QCOMPARE(done->oldSha256, oldSha);
        QCOMPARE(done->newSha256, newSha);

        // The article holds the new text; the old one is kept.
        QCOMPARE(currentBody(m_article), newBody());
        QCOMPARE(value(QStringLiteral("SELECT sha256 FROM source WHERE id = ?"), {m_article}).toString(), newSha);
        QCOMPARE(strings(QStringLiteral("SELECT id, sha256 FROM source_version WHERE source_id = ?"), {m_article}),
                 QStringList{QStringLiteral("%1 %2").arg(done->versionId).arg(oldSha)});
        QCOMPARE(versionBody(m_article, oldSha), oldBody());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM source_version")).toInt(), 1);

        // D: the same place, the new digest. SQLite's substr counts characters, as UTF-16 does
        // before the first 𠮷.
        const Row d = citation(m_citeD);
        QCOMPARE(d.start, oldD.start);
        QCOMPARE(d.end, oldD.end);
        QCOMPARE(d.state, QStringLiteral("anchored"));
        QCOMPARE(d.sha256, newSha);
        QVERIFY(d.reviewStart.isNull() && d.reviewEnd.isNull());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation c JOIN source s ON s.id = c.source_id WHERE c.id = ? "
                                      "AND substr(s.body, c.start + 1, c.end - c.start) = c.text"),
                       {m_citeD})
                     .toInt(),
                 1);

        // A: eleven units on (ten characters, one of them 𠮷), the same words, a new context.
        const Row a = citation(m_citeA);
        QCOMPARE(a.start, oldA.start + 11);
        QCOMPARE(a.end, oldA.end + 11);
        QCOMPARE(a.start, int(newBody().indexOf(quoteA)));
        QCOMPARE(a.text, quoteA);
        QCOMPARE(a.state, QStringLiteral("anchored"));
        QCOMPARE(a.sha256, newSha);
        // Its context is the new text's: the inserted characters (𠮷 among them) end its prefix.
        QVERIFY(a.prefix != oldA.prefix);
        QCOMPARE(a.prefix, newBody().mid(a.start - 32, 32));
        QVERIFY(a.prefix.endsWith(yoshi + inserted));
        QCOMPARE(a.suffix, newBody().mid(a.end, 32));
        QVERIFY(a.suffix.startsWith(yoshi));

        // B: its words and offsets in the old text; the corrected words offered.
        const Row b = citation(m_citeB);
        QCOMPARE(b.start, oldB.start);
        QCOMPARE(b.end, oldB.end);
        QCOMPARE(b.text, quoteB);
        QCOMPARE(b.state, QStringLiteral("review"));
        QCOMPARE(b.sha256, oldSha);
        QCOMPARE(b.prefix, oldB.prefix);
        QCOMPARE(b.suffix, oldB.suffix);
        QCOMPARE(b.reviewStart.toInt(), int(newBody().indexOf(fixedB)));
        QCOMPARE(b.reviewEnd.toInt(), int(newBody().indexOf(fixedB) + fixedB.size()));
        QCOMPARE(newBody().mid(b.reviewStart.toInt(), b.reviewEnd.toInt() - b.reviewStart.toInt()), fixedB);

        // C: an orphan, still naming the old text, with no span offered.
        const Row c = citation(m_citeC);
        QCOMPARE(c.start, oldC.start);
        QCOMPARE(c.text, quoteC);
        QCOMPARE(c.state, QStringLiteral("orphan"));
        QCOMPARE(c.sha256, oldSha);
        QVERIFY(c.reviewStart.isNull() && c.reviewEnd.isNull());

        expectEveryCitationVerbatim(m_article);
        if (QTest::currentTestFailed())
            return;

        // The article's change and each citation's move or state, logged; D's new digest is the article's.
        QCOMPARE(logSince(logged),
                 (QStringList{QStringLiteral("citation %1 edit").arg(m_citeA), QStringLiteral("citation %1 edit").arg(m_citeB),
                              QStringLiteral("citation %1 edit").arg(m_citeC), QStringLiteral("source %1 edit").arg(m_article)}));
        QCOMPARE(logJson(logged, QStringLiteral("source"), m_article, "before").value(QStringLiteral("sha256")).toString(), oldSha);
        QCOMPARE(logJson(logged, QStringLiteral("source"), m_article, "after").value(QStringLiteral("sha256")).toString(), newSha);
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeA, "before").value(QStringLiteral("start")).toInt(), oldA.start);
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeA, "after").value(QStringLiteral("start")).toInt(), a.start);
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeA, "after").value(QStringLiteral("end")).toInt(), a.end);
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeB, "after").value(QStringLiteral("anchor_state")).toString(),
                 QStringLiteral("review"));
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeC, "after").value(QStringLiteral("anchor_state")).toString(),
                 QStringLiteral("orphan"));

        // Nothing else changes: other articles' citations, and the search index (no words changed).
        QCOMPARE(strings(QStringLiteral("SELECT * FROM citation WHERE source_id <> ? ORDER BY id"), {m_article}), otherCitations);
        QCOMPARE(dump({QStringLiteral("search_index")}), index);
    }

    // Undo puts back the previous text and every citation exactly, and keeps no version; a second
    // undo, or one after the text changed again, is refused.
    void restoringBringsBackTheIdenticalRows()
    {
        const QStringList before = dump(tablesButTheLog());
        const std::optional<TextReplacement> done = replace();
        QVERIFY(done);
        QVERIFY(dump(tablesButTheLog()) != before);
        const qint64 logged = lastLogId();
        QString error;
        QVERIFY2(articles().restoreText(m_article, *done, &error), qPrintable(error));
        QCOMPARE(dump(tablesButTheLog()), before);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM source_version")).toInt(), 0);
        // The undo is logged too, the other way round.
        QCOMPARE(logSince(logged),
                 (QStringList{QStringLiteral("citation %1 edit").arg(m_citeA), QStringLiteral("citation %1 edit").arg(m_citeB),
                              QStringLiteral("citation %1 edit").arg(m_citeC), QStringLiteral("source %1 edit").arg(m_article)}));
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeA, "after").value(QStringLiteral("start")).toInt(),
                 int(oldBody().indexOf(quoteA)));
        QCOMPARE(logJson(logged, QStringLiteral("source"), m_article, "after").value(QStringLiteral("sha256")).toString(),
                 hexSha256(oldBody()));

        EXPECT_REFUSED("a second undo", [&](QString *why) { return articles().restoreText(m_article, *done, why); },
                       QStringLiteral("has changed since"));
        EXPECT_REFUSED("an undo for another article",
                       [&](QString *why) { return articles().restoreText(m_article + 1, *done, why); },
                       QStringLiteral("not %1").arg(m_article + 1));
    }

    // An undo never puts a citation back on words it no longer names: one reviewed, cited or
    // changed since the replacement keeps the replacement in place.
    void restoringIsRefusedOnceAnythingChanged()
    {
        const std::optional<TextReplacement> first = replace();
        QVERIFY(first);
        const QString third = newBody().replace(QStringLiteral("Neither company"), QStringLiteral("No company"));
        const std::optional<TextReplacement> second = replace(third);
        QVERIFY(second);
        EXPECT_REFUSED("an undo of an older replacement", [&](QString *why) { return articles().restoreText(m_article, *first, why); },
                       QStringLiteral("has changed since"));
        QString error;
        QVERIFY2(articles().restoreText(m_article, *second, &error), qPrintable(error));

        QVERIFY2(articles().acceptReview(m_citeB, &error), qPrintable(error));
        EXPECT_REFUSED("an undo after a review", [&](QString *why) { return articles().restoreText(m_article, *first, why); },
                       QStringLiteral("citation %1 has changed since").arg(m_citeB));

        // A citation added to the new text since.
        const std::optional<TextReplacement> again = replace(newBody() + QStringLiteral(" More."));
        QVERIFY(again);
        NewCitation citation;
        citation.fact = FactRef{FactType::Movement, m_firing};
        const int start = int(currentBody(m_article).indexOf(QStringLiteral("Neither company replied")));
        citation.quote = QuoteSpan{m_article, start, start + 23};
        QVERIFY2(facts().cite(citation, &error), qPrintable(error));
        EXPECT_REFUSED("an undo after a new citation", [&](QString *why) { return articles().restoreText(m_article, *again, why); },
                       QStringLiteral("have changed since"));
    }

    // A second replacement while B still waits: B's words are found again (the typo put back)
    // and it follows the newest text; undoing both, in order, gives back every row.
    void aSecondReplacementAndBothUndone()
    {
        const QStringList original = dump(tablesButTheLog());
        const std::optional<TextReplacement> first = replace();
        QVERIFY(first);
        const QStringList afterFirst = dump(tablesButTheLog());
        QString third = newBody();
        third.replace(fixedB, quoteB);
        const std::optional<TextReplacement> second = replace(third);
        QVERIFY(second);
        QCOMPARE(outcomeOf(*second, m_citeB)->outcome, AnchorOutcome::Moved);
        QCOMPARE(outcomeOf(*second, m_citeC)->outcome, AnchorOutcome::Orphan);
        QCOMPARE(outcomeOf(*second, m_citeA)->outcome, AnchorOutcome::Anchored);
        const Row b = citation(m_citeB);
        QCOMPARE(b.state, QStringLiteral("anchored"));
        QCOMPARE(b.start, int(third.indexOf(quoteB)));
        QCOMPARE(b.sha256, hexSha256(third));
        QVERIFY(b.reviewStart.isNull());
        // C still names the first text, which is still kept.
        QCOMPARE(citation(m_citeC).sha256, hexSha256(oldBody()));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM source_version WHERE source_id = ?"), {m_article}).toInt(), 2);
        expectEveryCitationVerbatim(m_article);
        if (QTest::currentTestFailed())
            return;

        QString error;
        QVERIFY2(articles().restoreText(m_article, *second, &error), qPrintable(error));
        QCOMPARE(dump(tablesButTheLog()), afterFirst);
        QVERIFY2(articles().restoreText(m_article, *first, &error), qPrintable(error));
        QCOMPARE(dump(tablesButTheLog()), original);
    }

    // Accepting the close match: it becomes the citation's words, anchored in the new text, logged,
    // and searched for in place of the old words.
    void acceptingAReview()
    {
        QVERIFY(replace());
        const int oldIndexed = indexed(m_zoph, quoteB);
        QVERIFY(oldIndexed > 0);
        const qint64 logged = lastLogId();
        QString error;
        QVERIFY2(articles().acceptReview(m_citeB, &error), qPrintable(error));
        const Row b = citation(m_citeB);
        const int start = int(newBody().indexOf(fixedB));
        QCOMPARE(b.start, start);
        QCOMPARE(b.end, start + int(fixedB.size()));
        QCOMPARE(b.text, fixedB);
        QCOMPARE(b.state, QStringLiteral("anchored"));
        QVERIFY(b.reviewStart.isNull() && b.reviewEnd.isNull());
        QCOMPARE(b.sha256, hexSha256(newBody()));
        QCOMPARE(b.prefix, newBody().mid(start - 32, 32));
        QCOMPARE(b.suffix, newBody().mid(b.end, 32));
        expectEveryCitationVerbatim(m_article);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(logSince(logged), QStringList{QStringLiteral("citation %1 edit").arg(m_citeB)});
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeB, "before").value(QStringLiteral("text")).toString(), quoteB);
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeB, "after").value(QStringLiteral("text")).toString(), fixedB);
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeB, "after").value(QStringLiteral("start")).toInt(), start);
        QCOMPARE(indexed(m_zoph, quoteB), oldIndexed - 1);
        QCOMPARE(indexed(m_zoph, fixedB), 1);

        EXPECT_REFUSED("accepting twice", [&](QString *why) { return articles().acceptReview(m_citeB, why).has_value(); },
                       QStringLiteral("not waiting for review"));
        EXPECT_REFUSED("accepting an orphan", [&](QString *why) { return articles().acceptReview(m_citeC, why).has_value(); },
                       QStringLiteral("not waiting for review"));
        EXPECT_REFUSED("an orphan kept twice", [&](QString *why) { return articles().keepAsOrphan(m_citeC, why).has_value(); },
                       QStringLiteral("not waiting for review"));
        EXPECT_REFUSED("an unknown citation", [&](QString *why) { return articles().acceptReview(99999999, why).has_value(); },
                       QStringLiteral("no citation 99999999"));
    }

    // The fact already cites the offered words: accepting them would cite it twice.
    void acceptingIsRefusedForWordsTheFactAlreadyCites()
    {
        QVERIFY(replace());
        NewCitation citation;
        citation.fact = FactRef{FactType::Movement, m_firing};
        const int start = int(newBody().indexOf(fixedB));
        citation.quote = QuoteSpan{m_article, start, start + int(fixedB.size())};
        QString error;
        QVERIFY2(facts().cite(citation, &error), qPrintable(error));
        EXPECT_REFUSED("accepting words already cited", [&](QString *why) { return articles().acceptReview(m_citeB, why).has_value(); },
                       QStringLiteral("already back"));
    }

    void keepingAsOrphan()
    {
        QVERIFY(replace());
        const Row before = citation(m_citeB);
        const qint64 logged = lastLogId();
        QString error;
        QVERIFY2(articles().keepAsOrphan(m_citeB, &error), qPrintable(error));
        const Row b = citation(m_citeB);
        QCOMPARE(b.state, QStringLiteral("orphan"));
        QVERIFY(b.reviewStart.isNull() && b.reviewEnd.isNull());
        QCOMPARE(b.start, before.start);
        QCOMPARE(b.text, quoteB);
        QCOMPARE(b.sha256, hexSha256(oldBody()));
        QCOMPARE(logSince(logged), QStringList{QStringLiteral("citation %1 edit").arg(m_citeB)});
        QCOMPARE(logJson(logged, QStringLiteral("citation"), m_citeB, "after").value(QStringLiteral("anchor_state")).toString(),
                 QStringLiteral("orphan"));
        expectEveryCitationVerbatim(m_article);
    }

    // Each review step taken back gives the rows, and the search index, the step found; then the
    // replacement itself can be undone. A step taken back twice, or after a change, is refused.
    void reviewStepsAreTakenBack()
    {
        const QStringList original = dump(tablesButTheLog());
        const std::optional<TextReplacement> replaced = replace();
        QVERIFY(replaced);
        const QStringList waiting = dump(tablesButTheLog());
        const int oldIndexed = indexed(m_zoph, quoteB);
        QString error;
        const std::optional<CitationAnchorChange> accepted = articles().acceptReview(m_citeB, &error);
        QVERIFY2(accepted, qPrintable(error));
        QCOMPARE(accepted->citationId, m_citeB);
        QVERIFY(dump(tablesButTheLog()) != waiting);
        const qint64 logged = lastLogId();
        QVERIFY2(articles().restoreCitationAnchor(*accepted, &error), qPrintable(error));
        QCOMPARE(dump(tablesButTheLog()), waiting);
        QCOMPARE(indexed(m_zoph, quoteB), oldIndexed);
        QCOMPARE(indexed(m_zoph, fixedB), 0);
        QCOMPARE(logSince(logged), QStringList{QStringLiteral("citation %1 edit").arg(m_citeB)});
        EXPECT_REFUSED("a step taken back twice",
                       [&](QString *why) { return articles().restoreCitationAnchor(*accepted, why); },
                       QStringLiteral("citation %1 has changed since").arg(m_citeB));

        const std::optional<CitationAnchorChange> orphaned = articles().keepAsOrphan(m_citeB, &error);
        QVERIFY2(orphaned, qPrintable(error));
        QCOMPARE(citation(m_citeB).state, QStringLiteral("orphan"));
        QVERIFY2(articles().restoreCitationAnchor(*orphaned, &error), qPrintable(error));
        QCOMPARE(dump(tablesButTheLog()), waiting);
        QVERIFY2(articles().restoreText(m_article, *replaced, &error), qPrintable(error));
        QCOMPARE(dump(tablesButTheLog()), original);
    }

    // What waits: B for review with both texts around its words, then C, each with its fact.
    void listingWhatNeedsAttention()
    {
        QString error;
        std::optional<QList<CitationAttention>> none = articles().citationsNeedingAttention(m_article, &error);
        QVERIFY2(none, qPrintable(error));
        QVERIFY(none->isEmpty());
        QVERIFY(replace());
        const std::optional<QList<CitationAttention>> list = articles().citationsNeedingAttention(m_article, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        const CitationAttention &b = list->at(0);
        QCOMPARE(b.citationId, m_citeB);
        QCOMPARE(b.state, AnchorState::Review);
        QCOMPARE(b.movementId, m_firing);
        QCOMPARE(b.roleId, 0);
        QCOMPARE(b.personEn, QStringLiteral("Barret Zoph"));
        QCOMPARE(b.movementKind, QStringLiteral("fired"));
        QCOMPARE(b.oldWords, quoteB);
        QCOMPARE(b.oldStart, int(oldBody().indexOf(quoteB)));
        QVERIFY(b.oldBefore.endsWith(beforeB));
        QVERIFY(afterB.startsWith(b.oldAfter));
        QCOMPARE(b.reviewWords, fixedB);
        QCOMPARE(b.reviewStart, int(newBody().indexOf(fixedB)));
        QCOMPARE(b.reviewBefore, newBody().mid(b.reviewStart - 32, 32));
        QCOMPARE(b.reviewAfter, afterB.left(32));
        const CitationAttention &c = list->at(1);
        QCOMPARE(c.citationId, m_citeC);
        QCOMPARE(c.state, AnchorState::Orphan);
        QCOMPARE(c.roleId, m_adviser);
        QCOMPARE(c.movementId, 0);
        QCOMPARE(c.roleTitleEn + c.roleTitleZh, QStringLiteral("Adviser"));
        QCOMPARE(c.companyEn, QStringLiteral("Thinking Machines Lab"));
        QCOMPARE(c.oldWords, quoteC);
        QVERIFY(c.reviewWords.isEmpty());
        QCOMPARE(c.reviewStart, -1);
        QVERIFY(!articles().citationsNeedingAttention(99999999, &error));
        QVERIFY(error.contains(QStringLiteral("no article")));
    }

    // The detail pane reads a waiting citation's paragraph in the text its words are in.
    void aWaitingCitationIsShownInItsOwnText()
    {
        QVERIFY(replace());
        QString error;
        const std::optional<PersonDetail> detail = PersonDetailRepository(m_db->connection()).personDetail(m_zoph, &error);
        QVERIFY2(detail, qPrintable(error));
        int seen = 0;
        for (const MovementView &movement : detail->movements) {
            for (const CitationView &c : movement.citations) {
                if (c.sourceId != m_article)
                    continue;
                ++seen;
                QCOMPARE(c.paragraph.mid(c.start - c.paragraphStart, c.end - c.start), c.excerpt);
            }
        }
        for (const RoleView &role : detail->roles) {
            for (const CitationView &c : role.citations) {
                if (c.sourceId != m_article)
                    continue;
                ++seen;
                QCOMPARE(c.paragraph.mid(c.start - c.paragraphStart, c.end - c.start), c.excerpt);
                QVERIFY(c.paragraph.startsWith(QStringLiteral("A separate note")));
            }
        }
        QCOMPARE(seen, 3); // A (moved), B (review), C (orphan)
    }

    // Refusals say why and write nothing at all.
    void refusalsWriteNothing()
    {
        const qint64 other = addArticle(QStringLiteral("Another"), QStringLiteral("Another article's text, stored once."));
        EXPECT_REFUSED("an unknown article", [&](QString *why) { return articles().replaceText(99999999, newBody(), why).has_value(); },
                       QStringLiteral("no article 99999999"));
        EXPECT_REFUSED("the same text", [&](QString *why) { return articles().replaceText(m_article, oldBody(), why).has_value(); },
                       QStringLiteral("same"));
        EXPECT_REFUSED("no text", [&](QString *why) {
            return articles().replaceText(m_article, QStringLiteral(" \n\t "), why).has_value();
        }, QStringLiteral("empty"));
        EXPECT_REFUSED("an empty string", [&](QString *why) { return articles().replaceText(m_article, QString(), why).has_value(); },
                       QStringLiteral("empty"));
        const QString huge = QString(ArticleRepository::maxBodyBytes + 1, QLatin1Char('x'));
        EXPECT_REFUSED("over 5 MB", [&](QString *why) { return articles().replaceText(m_article, huge, why).has_value(); },
                       QStringLiteral("larger than 5 MB"));
        const QString another = currentBody(other);
        EXPECT_REFUSED("another article's text", [&](QString *why) { return articles().replaceText(m_article, another, why).has_value(); },
                       QStringLiteral("article %1 already holds").arg(other));
        // The limit is in UTF-8 bytes, where 𠮷 takes four: 5 MB exactly is taken, one more byte is not.
        const QString exact = yoshi.repeated(ArticleRepository::maxBodyBytes / 4);
        QCOMPARE(exact.toUtf8().size(), ArticleRepository::maxBodyBytes);
        EXPECT_REFUSED("over 5 MB in UTF-8", [&](QString *why) {
            return articles().replaceText(m_article, exact + QStringLiteral("z"), why).has_value();
        }, QStringLiteral("larger than 5 MB"));
        QString error;
        QVERIFY2(articles().replaceText(m_article, exact, &error), qPrintable(error));
        QCOMPARE(currentBody(m_article), exact);
    }

    // The session: an edit says the data changed, a refusal does not, and a read-only file refuses.
    void theSessionEditsAndRefuses()
    {
        DataSession session;
        QString error;
        session.setDatabase(Database::open(m_file, &error));
        QVERIFY2(session.isOpen(), qPrintable(error));
        QSignalSpy changed(&session, &DataSession::dataChanged);
        const Answer<TextReplacement> refused = session.replaceArticleText(m_article, oldBody());
        QVERIFY(!refused);
        QVERIFY(refused.error.contains(QStringLiteral("same")));
        QCOMPARE(changed.count(), 0);
        const Answer<TextReplacement> done = session.replaceArticleText(m_article, newBody());
        QVERIFY2(done, qPrintable(done.error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<DataSession::Change>(), DataSession::Change::Edit);
        const Answer<QList<CitationAttention>> waiting = session.citationsNeedingAttention(m_article);
        QVERIFY(waiting);
        QCOMPARE(waiting.value->size(), 2);
        QVERIFY(session.keepAsOrphan(m_citeB));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!session.acceptReview(m_citeB));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!session.restoreArticleText(m_article, *done.value)); // B changed since
        QCOMPARE(changed.count(), 2);

        DataSession readOnly;
        readOnly.setDatabase(Database::open(m_file, &error, nullptr, Database::Access::ReadOnly));
        QVERIFY2(readOnly.isOpen(), qPrintable(error));
        const QStringList before = dump();
        const Answer<TextReplacement> blocked = readOnly.replaceArticleText(m_article, oldBody());
        QVERIFY(!blocked);
        QVERIFY2(blocked.error.contains(QStringLiteral("read-only")), qPrintable(blocked.error));
        QVERIFY(!readOnly.acceptReview(m_citeB));
        QVERIFY(!readOnly.keepAsOrphan(m_citeB));
        QCOMPARE(dump(), before);
    }

    // The dialog counts the outcomes, lists B beside its close match and C; Accept takes B off.
    void theDialogShowsAndResolves()
    {
        DataSession session;
        QString error;
        session.setDatabase(Database::open(m_file, &error));
        QVERIFY2(session.isOpen(), qPrintable(error));
        const Answer<TextReplacement> done = session.replaceArticleText(m_article, newBody());
        QVERIFY2(done, qPrintable(done.error));
        EditHistory history(&session);
        ReplaceTextDialog dialog(&session, &history, *done.value);
        for (const char *name : {"anchoredCount", "movedCount", "reviewCount", "orphanCount"}) {
            auto *count = dialog.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(count, name);
            QCOMPARE(count->text(), QStringLiteral("1"));
        }
        QCOMPARE(dialog.reviewsShown(), 1);
        QCOMPARE(dialog.orphansShown(), 1);
        auto *review = dialog.findChild<QGroupBox *>(QStringLiteral("review-%1").arg(m_citeB));
        QVERIFY(review);
        QVERIFY(review->title().contains(QStringLiteral("Barret Zoph")));
        auto *oldWords = review->findChild<QLabel *>(QStringLiteral("oldWords"));
        auto *newWords = review->findChild<QLabel *>(QStringLiteral("newWords"));
        QVERIFY(oldWords && newWords);
        QVERIFY(oldWords->text().contains(quoteB.toHtmlEscaped()));
        QVERIFY(newWords->text().contains(fixedB.toHtmlEscaped()));
        QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("orphan-%1").arg(m_citeC)));
        auto *accept = review->findChild<QPushButton *>(QStringLiteral("acceptReview"));
        QVERIFY(accept);
        accept->click();
        QCOMPARE(citation(m_citeB).state, QStringLiteral("anchored"));
        QCOMPARE(citation(m_citeB).text, fixedB);
        QCOMPARE(dialog.reviewsShown(), 0);
        QCOMPARE(dialog.orphansShown(), 1);
        QVERIFY(!dialog.findChild<QGroupBox *>(QStringLiteral("review-%1").arg(m_citeB)));
        QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("orphan-%1").arg(m_citeC)));
    }
};

QTEST_MAIN(TestReplaceText)
#include "tst_replacetext.moc"
