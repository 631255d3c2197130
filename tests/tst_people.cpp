#include "models/DataSession.h"
#include "models/DataTransfer.h"
#include "models/Database.h"
#include "models/FactRepository.h"
#include "models/SearchIndex.h"
#include "models/SearchRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

const QString checkConnection = QStringLiteral("people-check");

// Every table an edit of people could write to, the change log aside: what an edit and its undo
// leave exactly as it was, but for the row versions, which move on.
const QStringList touchedTables{
    QStringLiteral("company"), QStringLiteral("person"),       QStringLiteral("person_alias"), QStringLiteral("dispute"),
    QStringLiteral("dispute_side"), QStringLiteral("role"),   QStringLiteral("movement"),     QStringLiteral("citation"),
    QStringLiteral("source"),  QStringLiteral("search_index"),
};

QStringList withTheLog()
{
    return touchedTables + QStringList{QStringLiteral("change_log")};
}

} // namespace

// Stops the test at a refusal that failed, as QVERIFY would.
#define EXPECT_REFUSED(what, attempt, fragment)                                                                        \
    do {                                                                                                               \
        expectRefused(what, attempt, fragment);                                                                        \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// People and companies corrected, and two people merged, through the data session, on a seeded
// database of its own per test; every result is read back with the test's own SQL on a second
// connection, and searched through the app's SearchRepository there.
class TestPeople : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_file;
    std::unique_ptr<DataSession> m_session;

    qint64 m_zoph = 0;
    qint64 m_murati = 0;
    qint64 m_openAi = 0;
    qint64 m_tml = 0;

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
            values.append(columns.join(QLatin1Char('|')));
        }
        return values;
    }

    static QStringList sorted(QStringList rows)
    {
        rows.sort();
        return rows;
    }

    // Every row of the tables, rowids included, NULL told apart from '' and numbers from text;
    // with Versions::LeftOut, every column but the row versions, which an undo moves on.
    enum class Versions { Kept, LeftOut };
    static QStringList dump(const QStringList &tables = touchedTables, Versions versions = Versions::Kept)
    {
        QStringList lines;
        for (const QString &table : tables) {
            // The names are this file's constants.
            QSqlQuery query = run(table == QLatin1String("search_index")
                                      ? QStringLiteral("SELECT rowid, person_id, text FROM search_index ORDER BY rowid")
                                      : QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(table),
                                  {});
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    if (versions == Versions::LeftOut && query.record().fieldName(i) == QLatin1String("row_version"))
                        continue;
                    const QVariant v = query.value(i);
                    values.append(v.isNull() ? QStringLiteral("NULL")
                                             : QStringLiteral("%1:%2").arg(QLatin1String(v.typeName()), v.toString()));
                }
                lines.append(table + QLatin1Char(' ') + values.join(QLatin1Char('|')));
            }
        }
        return lines;
    }

    // What the search index would hold were it built again from the tables (as Schema's rebuild
    // does), beside what it holds: an edit keeps the two the same.
    static QStringList indexAsBuilt()
    {
        return sorted(strings(QStringLiteral(
            "SELECT id, name_en FROM person WHERE name_en <> '' UNION ALL SELECT id, name_zh FROM person WHERE name_zh <> '' "
            "UNION ALL SELECT person_id, alias FROM person_alias "
            "UNION ALL SELECT person_id, title_en FROM role WHERE title_en <> '' "
            "UNION ALL SELECT person_id, title_zh FROM role WHERE title_zh <> '' "
            "UNION ALL SELECT r.person_id, c.text FROM citation c JOIN role r ON r.id = c.role_id "
            "UNION ALL SELECT m.person_id, c.text FROM citation c JOIN movement m ON m.id = c.movement_id")));
    }
    static QStringList indexHeld() { return sorted(strings(QStringLiteral("SELECT person_id, text FROM search_index"))); }

    // The search keys an edit left beside those a full rebuild derives: an edit keeps them the same.
    static QStringList keysHeld() { return sorted(strings(QStringLiteral("SELECT entry, person_id, kind, key FROM search_key"))); }
    static QStringList keysAsRebuilt()
    {
        QSqlDatabase db = QSqlDatabase::database(checkConnection);
        QSqlQuery(db).exec(QStringLiteral("SAVEPOINT rebuild"));
        QString error;
        if (!SearchIndex(db).rebuild(&error))
            qFatal("cannot rebuild the index: %s", qPrintable(error));
        const QStringList keys = keysHeld();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO rebuild"));
        QSqlQuery(db).exec(QStringLiteral("RELEASE rebuild"));
        if (keys.isEmpty())
            qFatal("a rebuild derived no search keys");
        return keys;
    }

    static QList<qint64> found(const QString &text)
    {
        QString error;
        const std::optional<QList<qint64>> people =
            SearchRepository(QSqlDatabase::database(checkConnection)).matchingPeople(text, &error);
        if (!people)
            qFatal("cannot search: %s", qPrintable(error));
        return *people;
    }

    static int versionOf(const QString &table, qint64 id)
    {
        // The table is one of this file's constants.
        return value(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id}).toInt();
    }

    static QStringList aliasesOf(qint64 personId)
    {
        return strings(QStringLiteral("SELECT id, alias FROM person_alias WHERE person_id = ? ORDER BY id"), {personId});
    }

    static QString idJson(const QList<qint64> &ids)
    {
        QJsonArray array;
        for (const qint64 id : ids)
            array.append(id);
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }

    static qint64 lastLogId() { return value(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).toLongLong(); }

    static QStringList logSince(qint64 id)
    {
        return sorted(strings(QStringLiteral("SELECT entity, entity_id, action FROM change_log WHERE id > ?"), {id}));
    }

    static QJsonObject logJson(qint64 since, const QString &entity, qint64 entityId, const char *column)
    {
        // The column is before or after, named by the test.
        return QJsonDocument::fromJson(value(QStringLiteral("SELECT %1 FROM change_log WHERE id > ? AND entity = ? AND entity_id = ?")
                                                 .arg(QLatin1String(column)),
                                             {since, entity, entityId})
                                           .toString()
                                           .toUtf8())
            .object();
    }

    // The attempt is refused, says why (the fragment), in one line, writes nothing at all (the
    // change log included) and says nothing changed.
    void expectRefused(const char *what, const std::function<bool(QString *)> &attempt, const QString &fragment)
    {
        const QStringList before = dump(withTheLog());
        QSignalSpy changed(m_session.get(), &DataSession::dataChanged);
        QString error;
        QVERIFY2(!attempt(&error), what);
        QVERIFY2(error.contains(fragment), qPrintable(QStringLiteral("%1: \"%2\" does not say \"%3\"")
                                                          .arg(QLatin1String(what), error, fragment)));
        QVERIFY2(!error.contains(QLatin1Char('\n')), what);
        QCOMPARE(dump(withTheLog()), before);
        QCOMPARE(changed.count(), 0);
    }

    std::function<bool(QString *)> editingPerson(qint64 id, const PersonChange &change, int version)
    {
        return [this, id, change, version](QString *error) {
            const Answer<StoredPerson> done = m_session->editPerson(id, change, version);
            *error = done.error;
            return bool(done);
        };
    }

    std::function<bool(QString *)> editingCompany(qint64 id, const QString &en, const QString &zh, int version)
    {
        return [this, id, en, zh, version](QString *error) {
            const Answer<StoredCompany> done = m_session->editCompany(id, en, zh, version);
            *error = done.error;
            return bool(done);
        };
    }

    std::function<bool(QString *)> merging(qint64 kept, int keptVersion, qint64 merged, int mergedVersion)
    {
        return [this, kept, keptVersion, merged, mergedVersion](QString *error) {
            const Answer<PersonMerge> done = m_session->mergePeople(kept, keptVersion, merged, mergedVersion);
            *error = done.error;
            return bool(done);
        };
    }

    // Undo's calls, for refusals, each based on the version the edit left.
    std::function<bool(QString *)> restoringPerson(const StoredPerson &before)
    {
        return [this, before](QString *error) {
            const Answer<int> done = m_session->restorePerson(before, before.versionAfter);
            *error = done.error;
            return bool(done);
        };
    }

    std::function<bool(QString *)> restoringCompany(const StoredCompany &before)
    {
        return [this, before](QString *error) {
            const Answer<int> done = m_session->restoreCompany(before, before.versionAfter);
            *error = done.error;
            return bool(done);
        };
    }

    std::function<bool(QString *)> unmerging(const PersonMerge &merge)
    {
        return [this, merge](QString *error) {
            const Answer<UnmergedVersions> done = m_session->unmergePeople(merge, merge.keptVersionAfter);
            *error = done.error;
            return bool(done);
        };
    }

    // Zoph's names as they are, with the aliases changed.
    static PersonChange zophWith(const QStringList &added, const QStringList &removed = {})
    {
        return PersonChange{QStringLiteral("Barret Zoph"), QStringLiteral("巴雷特·佐夫"), added, removed};
    }

    // A second record of Zoph, as a careless entry would make it: its own English name, his
    // Chinese one, aliases he has (Zoph) and has not (Bear), and a role cited from an article.
    qint64 addSecondZoph()
    {
        const qint64 source = value(QStringLiteral("SELECT id FROM source ORDER BY id LIMIT 1")).toLongLong();
        const QString body = value(QStringLiteral("SELECT body FROM source WHERE id = ?"), {source}).toString();
        NewRole role;
        role.person.newName = QStringLiteral("B. Zoph");
        role.company.id = m_tml;
        role.title = QStringLiteral("Chief Technology Officer");
        role.quote = QuoteSpan{source, 0, int(qMin<qsizetype>(body.size(), 20))};
        const Answer<FactIds> added = m_session->addRole(role);
        if (!added)
            qFatal("cannot add the second Zoph: %s", qPrintable(added.error));
        const qint64 id = added.value->personId;
        const Answer<StoredPerson> named = m_session->editPerson(
            id,
            PersonChange{QStringLiteral("B. Zoph"), QStringLiteral("巴雷特·佐夫"), {QStringLiteral("Zoph"), QStringLiteral("Bear")}, {}},
            0);
        if (!named)
            qFatal("cannot name the second Zoph: %s", qPrintable(named.error));
        return id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("people-%1.sqlite").arg(++m_files));
        QString error;
        std::unique_ptr<Database> db = Database::create(m_file, Database::Contents::Seeded, &error);
        QVERIFY2(db, qPrintable(error));
        m_session = std::make_unique<DataSession>();
        m_session->setDatabase(std::move(db));
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkConnection);
            check.setDatabaseName(m_file);
            QVERIFY2(check.open(), qPrintable(check.lastError().text()));
        }
        m_zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        m_murati = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Mira Murati'")).toLongLong();
        m_openAi = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'")).toLongLong();
        m_tml = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'Thinking Machines Lab'")).toLongLong();
        QVERIFY(m_zoph > 0 && m_murati > 0 && m_openAi > 0 && m_tml > 0);
        QCOMPARE(indexHeld(), indexAsBuilt());
        QCOMPARE(keysHeld(), keysAsRebuilt());
    }

    void cleanup()
    {
        QSqlDatabase::database(checkConnection, false).close();
        QSqlDatabase::removeDatabase(checkConnection);
        m_session.reset();
    }

    // Names trimmed and aliases added and removed in one edit, with its log row; restore puts
    // back every row as it was, ids and rowids included, at a new row version.
    void editingAPersonAndRestoringIt()
    {
        const QStringList before = dump(touchedTables, Versions::LeftOut);
        const QStringList aliasesBefore = aliasesOf(m_zoph);
        const qint64 barretId =
            value(QStringLiteral("SELECT id FROM person_alias WHERE person_id = ? AND alias = 'Barret'"), {m_zoph}).toLongLong();
        QVERIFY(barretId > 0);
        const Answer<PersonFields> fields = m_session->personFields(m_zoph);
        QVERIFY2(fields, qPrintable(fields.error));
        QCOMPARE(fields.value->nameEn, QStringLiteral("Barret Zoph"));
        QCOMPARE(fields.value->version, 0);
        QVERIFY(fields.value->aliases.contains(QStringLiteral("Barret")));

        const qint64 log = lastLogId();
        QSignalSpy changed(m_session.get(), &DataSession::dataChanged);
        const PersonChange change{QStringLiteral("  Barret R. Zoph "),
                                  QStringLiteral("巴雷特·R·佐夫"),
                                  {QStringLiteral(" Zophster ")},
                                  {QStringLiteral("Barret")}};
        const Answer<StoredPerson> edited = m_session->editPerson(m_zoph, change, 0);
        QVERIFY2(edited, qPrintable(edited.error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<DataSession::Change>(), DataSession::Change::Edit);
        QCOMPARE(edited.value->versionAfter, 1);

        QCOMPARE(strings(QStringLiteral("SELECT name_en, name_zh, row_version FROM person WHERE id = ?"), {m_zoph}),
                 QStringList{QStringLiteral("Barret R. Zoph|巴雷特·R·佐夫|1")});
        QStringList expectedAliases = fields.value->aliases;
        expectedAliases.removeOne(QStringLiteral("Barret"));
        expectedAliases.append(QStringLiteral("Zophster"));
        QCOMPARE(strings(QStringLiteral("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY id"), {m_zoph}), expectedAliases);
        QCOMPARE(found(QStringLiteral("Zophster")), QList<qint64>{m_zoph});
        QCOMPARE(found(QStringLiteral("Barret R. Zoph")), QList<qint64>{m_zoph});
        QCOMPARE(found(QStringLiteral("巴雷特·R·佐夫")), QList<qint64>{m_zoph});
        QCOMPARE(indexHeld(), indexAsBuilt());
        QCOMPARE(keysHeld(), keysAsRebuilt());

        QCOMPARE(logSince(log), QStringList{QStringLiteral("person|%1|edit").arg(m_zoph)});
        const QJsonObject logBefore = logJson(log, QStringLiteral("person"), m_zoph, "before");
        const QJsonObject logAfter = logJson(log, QStringLiteral("person"), m_zoph, "after");
        QCOMPARE(logBefore.value(QStringLiteral("name_en")).toString(), QStringLiteral("Barret Zoph"));
        QVERIFY(logBefore.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("Barret")));
        QCOMPARE(logAfter.value(QStringLiteral("name_en")).toString(), QStringLiteral("Barret R. Zoph"));
        QVERIFY(!logAfter.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("Barret")));
        QVERIFY(logAfter.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("Zophster")));

        const Answer<int> restored = m_session->restorePerson(*edited.value, 1);
        QVERIFY2(restored, qPrintable(restored.error));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(dump(touchedTables, Versions::LeftOut), before);
        QCOMPARE(aliasesOf(m_zoph), aliasesBefore);
        QCOMPARE(value(QStringLiteral("SELECT person_id FROM person_alias WHERE id = ? AND alias = 'Barret'"), {barretId}).toLongLong(),
                 m_zoph);
        // Never back to a version it had: an edit read while the correction stood is refused.
        QCOMPARE(*restored.value, 2);
        QCOMPARE(versionOf(QStringLiteral("person"), m_zoph), 2);
        EXPECT_REFUSED("an edit read while the correction stood", editingPerson(m_zoph, change, 1),
                       QStringLiteral("was changed in another window"));
        QCOMPARE(found(QStringLiteral("Zophster")), QList<qint64>());
        QCOMPARE(logSince(log), sorted({QStringLiteral("person|%1|edit").arg(m_zoph), QStringLiteral("person|%1|edit").arg(m_zoph)}));

        // Redone as EditHistory would: the same change, based on the version the restore left.
        const Answer<StoredPerson> again = m_session->editPerson(m_zoph, change, 2);
        QVERIFY2(again, qPrintable(again.error));
        QCOMPARE(found(QStringLiteral("Zophster")), QList<qint64>{m_zoph});
    }

    // Search finds a person by an alias once it is added, and no longer once it is removed; the
    // removal's restore brings the alias back with its id.
    void searchFollowsAliases()
    {
        QCOMPARE(found(QStringLiteral("Zophster")), QList<qint64>());
        const Answer<StoredPerson> added = m_session->editPerson(m_zoph, zophWith({QStringLiteral("Zophster")}), 0);
        QVERIFY2(added, qPrintable(added.error));
        QCOMPARE(found(QStringLiteral("Zophster")), QList<qint64>{m_zoph});
        QCOMPARE(found(QStringLiteral("phst")), QList<qint64>{m_zoph}); // any part of it

        const QStringList withAlias = dump(touchedTables, Versions::LeftOut);
        const qint64 aliasId = value(QStringLiteral("SELECT id FROM person_alias WHERE alias = 'Zophster'")).toLongLong();
        const Answer<StoredPerson> removed = m_session->editPerson(m_zoph, zophWith({}, {QStringLiteral("Zophster")}), 1);
        QVERIFY2(removed, qPrintable(removed.error));
        QCOMPARE(found(QStringLiteral("Zophster")), QList<qint64>());
        QVERIFY(found(QStringLiteral("Zoph")).contains(m_zoph)); // his other names still find him
        QCOMPARE(indexHeld(), indexAsBuilt());
        QCOMPARE(keysHeld(), keysAsRebuilt());

        QVERIFY(m_session->restorePerson(*removed.value, 2));
        QCOMPARE(found(QStringLiteral("Zophster")), QList<qint64>{m_zoph});
        QCOMPARE(value(QStringLiteral("SELECT id FROM person_alias WHERE alias = 'Zophster'")).toLongLong(), aliasId);
        QCOMPARE(dump(touchedTables, Versions::LeftOut), withAlias);

        // An alias removed and added again in one edit, then restored, takes its own id back.
        const qint64 barretId = value(QStringLiteral("SELECT id FROM person_alias WHERE alias = 'Barret'")).toLongLong();
        const Answer<StoredPerson> readded =
            m_session->editPerson(m_zoph, zophWith({QStringLiteral("Barret")}, {QStringLiteral("Barret")}), 3);
        QVERIFY2(readded, qPrintable(readded.error));
        QVERIFY(value(QStringLiteral("SELECT id FROM person_alias WHERE alias = 'Barret'")).toLongLong() > aliasId);
        QVERIFY(m_session->restorePerson(*readded.value, 4));
        QCOMPARE(value(QStringLiteral("SELECT id FROM person_alias WHERE alias = 'Barret'")).toLongLong(), barretId);
        QCOMPARE(dump(touchedTables, Versions::LeftOut), withAlias);
        QCOMPARE(versionOf(QStringLiteral("person"), m_zoph), 5);
    }

    void editingACompanyAndRestoringIt()
    {
        const QStringList before = dump(touchedTables, Versions::LeftOut);
        const Answer<CompanyFields> fields = m_session->companyFields(m_openAi);
        QVERIFY2(fields, qPrintable(fields.error));
        QCOMPARE(fields.value->nameEn, QStringLiteral("OpenAI"));
        QCOMPARE(fields.value->version, 0);

        const qint64 log = lastLogId();
        QSignalSpy changed(m_session.get(), &DataSession::dataChanged);
        const Answer<StoredCompany> edited =
            m_session->editCompany(m_openAi, QStringLiteral(" OpenAI Inc. "), QStringLiteral("开放人工智能"), 0);
        QVERIFY2(edited, qPrintable(edited.error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(edited.value->versionAfter, 1);
        QCOMPARE(strings(QStringLiteral("SELECT name_en, name_zh, row_version FROM company WHERE id = ?"), {m_openAi}),
                 QStringList{QStringLiteral("OpenAI Inc.|开放人工智能|1")});
        QCOMPARE(logSince(log), QStringList{QStringLiteral("company|%1|edit").arg(m_openAi)});
        QCOMPARE(
            logJson(log, QStringLiteral("company"), m_openAi, "before"),
            (QJsonObject{{QStringLiteral("name_en"), QStringLiteral("OpenAI")}, {QStringLiteral("name_zh"), QStringLiteral("OpenAI")}}));
        QCOMPARE(logJson(log, QStringLiteral("company"), m_openAi, "after"),
                 (QJsonObject{{QStringLiteral("name_en"), QStringLiteral("OpenAI Inc.")},
                              {QStringLiteral("name_zh"), QStringLiteral("开放人工智能")}}));

        // One name may go, as long as the other stays; the longest allowed is kept whole.
        const QString longest(300, QChar(0x5409)); // 吉
        const Answer<StoredCompany> shortened = m_session->editCompany(m_openAi, QString(), longest, 1);
        QVERIFY2(shortened, qPrintable(shortened.error));
        QCOMPARE(value(QStringLiteral("SELECT name_zh FROM company WHERE id = ?"), {m_openAi}).toString(), longest);

        // Undone in turn, each based on the version the last one left.
        const Answer<int> unshortened = m_session->restoreCompany(*shortened.value, 2);
        QVERIFY2(unshortened, qPrintable(unshortened.error));
        QCOMPARE(*unshortened.value, 3);
        const Answer<int> restored = m_session->restoreCompany(*edited.value, 3);
        QVERIFY2(restored, qPrintable(restored.error));
        QCOMPARE(dump(touchedTables, Versions::LeftOut), before);
        QCOMPARE(versionOf(QStringLiteral("company"), m_openAi), 4);
    }

    // Zoph merged into Murati: every role and move (and so every citation and dispute) is hers,
    // his names and aliases are her aliases where she has not got them, and he is gone; undone,
    // every table is exactly as it was, ids included, the two people at new row versions.
    void mergingKeepsEveryCitationAndUnmergingRestoresEverything()
    {
        const QStringList before = dump(touchedTables, Versions::LeftOut);
        const QStringList citations = dump({QStringLiteral("citation")});
        const QStringList disputes = dump({QStringLiteral("dispute"), QStringLiteral("dispute_side")});
        const QStringList hisRoles = strings(
            QStringLiteral("SELECT id, company_id, title_en, dispute_id, row_version FROM role WHERE person_id = ? ORDER BY id"), {m_zoph});
        const QStringList hisMoves = strings(
            QStringLiteral("SELECT id, kind, company_id, dispute_id, row_version FROM movement WHERE person_id = ? ORDER BY id"), {m_zoph});
        const QString citationsOfBoth = QStringLiteral(
            "SELECT count(*) FROM citation c LEFT JOIN role r ON r.id = c.role_id LEFT JOIN movement m ON m.id = c.movement_id "
            "WHERE coalesce(r.person_id, m.person_id) = ?");
        const int hisCitations = value(citationsOfBoth, {m_zoph}).toInt();
        const int herCitations = value(citationsOfBoth, {m_murati}).toInt();
        const int allCitations = value(QStringLiteral("SELECT count(*) FROM citation")).toInt();
        QVERIFY(hisCitations > 0 && herCitations > 0 && !hisRoles.isEmpty() && !hisMoves.isEmpty());
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM role WHERE person_id = ? AND dispute_id IS NOT NULL"), {m_zoph}).toInt() > 0);
        const QStringList herAliases =
            strings(QStringLiteral("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY id"), {m_murati});
        const QStringList hisAliases = strings(QStringLiteral("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY id"), {m_zoph});
        QVERIFY(hisAliases.contains(QStringLiteral("Barret Zoph"))); // his name is also his alias

        const qint64 log = lastLogId();
        QSignalSpy changed(m_session.get(), &DataSession::dataChanged);
        const Answer<PersonMerge> merged = m_session->mergePeople(m_murati, 0, m_zoph, 0);
        QVERIFY2(merged, qPrintable(merged.error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(merged.value->mergedId(), m_zoph);
        QCOMPARE(merged.value->keptVersionAfter, 1);

        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {m_zoph}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM search_index WHERE person_id = ?"), {m_zoph}).toInt(), 0);
        QCOMPARE(versionOf(QStringLiteral("person"), m_murati), 1);
        QCOMPARE(value(citationsOfBoth, {m_murati}).toInt(), hisCitations + herCitations);
        QCOMPARE(value(citationsOfBoth, {m_zoph}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation")).toInt(), allCitations);
        QCOMPARE(dump({QStringLiteral("citation")}), citations);
        QCOMPARE(dump({QStringLiteral("dispute"), QStringLiteral("dispute_side")}), disputes);
        // His facts, unchanged but for whose they are.
        QCOMPARE(strings(QStringLiteral("SELECT id, company_id, title_en, dispute_id, row_version FROM role WHERE person_id = ? AND id IN "
                                        "(SELECT value FROM json_each(?)) ORDER BY id"),
                         {m_murati, idJson(merged.value->roleIds)}),
                 hisRoles);
        QCOMPARE(strings(QStringLiteral("SELECT id, kind, company_id, dispute_id, row_version FROM movement WHERE person_id = ? AND id IN "
                                        "(SELECT value FROM json_each(?)) ORDER BY id"),
                         {m_murati, idJson(merged.value->movementIds)}),
                 hisMoves);

        // Her aliases, then his names and aliases she did not have, each once.
        QStringList expected = herAliases;
        for (const QString &alias : QStringList{QStringLiteral("Barret Zoph"), QStringLiteral("巴雷特·佐夫")} + hisAliases) {
            if (!expected.contains(alias))
                expected.append(alias);
        }
        QCOMPARE(sorted(strings(QStringLiteral("SELECT alias FROM person_alias WHERE person_id = ?"), {m_murati})), sorted(expected));
        // Others' citations name him too; he is found as her, and no longer as himself.
        for (const QString &name : {QStringLiteral("Barret Zoph"), QStringLiteral("佐夫"), QStringLiteral("Zoph")}) {
            QVERIFY2(found(name).contains(m_murati), qPrintable(name));
            QVERIFY2(!found(name).contains(m_zoph), qPrintable(name));
        }
        QCOMPARE(indexHeld(), indexAsBuilt());
        QCOMPARE(keysHeld(), keysAsRebuilt());

        QStringList logged{QStringLiteral("person|%1|edit").arg(m_murati), QStringLiteral("person|%1|remove").arg(m_zoph)};
        for (const qint64 id : merged.value->roleIds)
            logged.append(QStringLiteral("role|%1|edit").arg(id));
        for (const qint64 id : merged.value->movementIds)
            logged.append(QStringLiteral("movement|%1|edit").arg(id));
        QCOMPARE(logSince(log), sorted(logged));
        QCOMPARE(logJson(log, QStringLiteral("role"), merged.value->roleIds.first(), "before"),
                 (QJsonObject{{QStringLiteral("person_id"), m_zoph}}));
        QCOMPARE(logJson(log, QStringLiteral("role"), merged.value->roleIds.first(), "after"),
                 (QJsonObject{{QStringLiteral("person_id"), m_murati}}));

        const Answer<UnmergedVersions> unmerged = m_session->unmergePeople(*merged.value, 1);
        QVERIFY2(unmerged, qPrintable(unmerged.error));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(dump(touchedTables, Versions::LeftOut), before);
        QVERIFY(found(QStringLiteral("Barret Zoph")).contains(m_zoph));
        QCOMPARE(unmerged.value->kept, 2);
        QCOMPARE(unmerged.value->merged, 1);
        QCOMPARE(versionOf(QStringLiteral("person"), m_murati), 2);
        QCOMPARE(versionOf(QStringLiteral("person"), m_zoph), 1);

        // Redone as EditHistory would, from the versions undo left.
        const Answer<PersonMerge> again = m_session->mergePeople(m_murati, unmerged.value->kept, m_zoph, unmerged.value->merged);
        QVERIFY2(again, qPrintable(again.error));
        QCOMPARE(value(citationsOfBoth, {m_murati}).toInt(), hisCitations + herCitations);
    }

    // Removing a person takes their aliases, facts and citations and their search entries;
    // restoring puts back the very rows, ids and versions included.
    void removingAPersonTakesEverythingAndRestoringPutsItBack()
    {
        const QStringList before = dump(touchedTables, Versions::LeftOut);
        const int personVersion = versionOf(QStringLiteral("person"), m_zoph);
        const QString factVersions = QStringLiteral("SELECT group_concat(id || ':' || row_version, ' ') FROM (SELECT id, row_version "
                                                    "FROM role WHERE person_id = ? ORDER BY id)");
        const QString rolesBefore = value(factVersions, {m_zoph}).toString();
        const QString citationsOfHim = QStringLiteral(
            "SELECT count(*) FROM citation c LEFT JOIN role r ON r.id = c.role_id LEFT JOIN movement m ON m.id = c.movement_id "
            "WHERE coalesce(r.person_id, m.person_id) = ?");
        const int hisCitations = value(citationsOfHim, {m_zoph}).toInt();
        const int allCitations = value(QStringLiteral("SELECT count(*) FROM citation")).toInt();
        const int hisFacts = value(QStringLiteral("SELECT (SELECT count(*) FROM role WHERE person_id = ?) + "
                                                  "(SELECT count(*) FROM movement WHERE person_id = ?)"),
                                   {m_zoph, m_zoph})
                                 .toInt();
        QVERIFY(hisCitations > 0 && hisFacts > 0);
        const qint64 log = lastLogId();

        // Based on a version someone changed since: refused, nothing written.
        EXPECT_REFUSED("a stale removal", [&](QString *error) {
            const Answer<RemovedPerson> removed = m_session->removePerson(m_zoph, 7);
            *error = removed.error;
            return bool(removed);
        }, QStringLiteral("changed in another window"));

        const Answer<RemovedPerson> removed = m_session->removePerson(m_zoph, versionOf(QStringLiteral("person"), m_zoph));
        QVERIFY2(removed, qPrintable(removed.error));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {m_zoph}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person_alias WHERE person_id = ?"), {m_zoph}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM role WHERE person_id = ?"), {m_zoph}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM movement WHERE person_id = ?"), {m_zoph}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation")).toInt(), allCitations - hisCitations);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM search_index WHERE person_id = ?"), {m_zoph}).toInt(), 0);
        QCOMPARE(indexHeld(), indexAsBuilt());
        QCOMPARE(keysHeld(), keysAsRebuilt());
        QVERIFY(!found(QStringLiteral("Barret Zoph")).contains(m_zoph));
        // One log row for each row that went: the person, each fact and each citation.
        QCOMPARE(logSince(log).size(), 1 + hisFacts + hisCitations);
        QVERIFY(logSince(log).contains(QStringLiteral("person|%1|remove").arg(m_zoph)));

        const Answer<int> restored = m_session->restoreRemovedPerson(*removed.value);
        QVERIFY2(restored, qPrintable(restored.error));
        QCOMPARE(*restored.value, versionOf(QStringLiteral("person"), m_zoph));
        QCOMPARE(dump(touchedTables, Versions::LeftOut), before);
        // Back one version above: an edit read before the removal is refused.
        QCOMPARE(versionOf(QStringLiteral("person"), m_zoph), personVersion + 1);
        QStringList bumped;
        for (const QString &role : rolesBefore.split(QLatin1Char(' ')))
            bumped.append(QStringLiteral("%1:%2").arg(role.section(QLatin1Char(':'), 0, 0)).arg(role.section(QLatin1Char(':'), 1).toInt() + 1));
        QCOMPARE(value(factVersions, {m_zoph}).toString(), bumped.join(QLatin1Char(' ')));
        QVERIFY(found(QStringLiteral("Barret Zoph")).contains(m_zoph));
        QVERIFY(found(QStringLiteral("佐夫")).contains(m_zoph));

        // A person who took his names since keeps them, and he stays removed.
        const Answer<RemovedPerson> again = m_session->removePerson(m_zoph, versionOf(QStringLiteral("person"), m_zoph));
        QVERIFY2(again, qPrintable(again.error));
        const Answer<StoredPerson> renamed =
            m_session->editPerson(m_murati, PersonChange{QStringLiteral("Barret Zoph"), QStringLiteral("巴雷特·佐夫"), {}, {}},
                                  versionOf(QStringLiteral("person"), m_murati));
        QVERIFY2(renamed, qPrintable(renamed.error));
        const QStringList taken = dump();
        const Answer<int> refused = m_session->restoreRemovedPerson(*again.value);
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(QStringLiteral("Barret Zoph")), qPrintable(refused.error));
        QCOMPARE(dump(), taken);
    }

    // A second record of Zoph merged into the first: the names he already has are not added
    // twice, the others become aliases, and the index holds each once.
    void mergingADuplicateAddsOnlyNewNames()
    {
        const qint64 second = addSecondZoph();
        const int secondVersion = versionOf(QStringLiteral("person"), second);
        const qint64 bearId =
            value(QStringLiteral("SELECT id FROM person_alias WHERE person_id = ? AND alias = 'Bear'"), {second}).toLongLong();
        const QStringList before = dump(touchedTables, Versions::LeftOut);
        const QStringList hisAliases = aliasesOf(m_zoph);
        const qint64 secondRole = value(QStringLiteral("SELECT id FROM role WHERE person_id = ?"), {second}).toLongLong();
        const int citationsOfRole = value(QStringLiteral("SELECT count(*) FROM citation WHERE role_id = ?"), {secondRole}).toInt();
        QCOMPARE(citationsOfRole, 1);

        const Answer<PersonMerge> merged = m_session->mergePeople(m_zoph, 0, second, secondVersion);
        QVERIFY2(merged, qPrintable(merged.error));
        const QStringList aliases = aliasesOf(m_zoph);
        QCOMPARE(aliases.mid(0, hisAliases.size()), hisAliases);
        // Bear keeps its row; B. Zoph is a new one; 巴雷特·佐夫 and Zoph he had already.
        QCOMPARE(
            aliases.mid(hisAliases.size()),
            (QStringList{QStringLiteral("%1|Bear").arg(bearId), QStringLiteral("%1|B. Zoph").arg(merged.value->aliasIdsTaken.last())}));
        QCOMPARE(value(QStringLiteral("SELECT person_id FROM role WHERE id = ?"), {secondRole}).toLongLong(), m_zoph);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation WHERE role_id = ?"), {secondRole}).toInt(), citationsOfRole);
        QCOMPARE(found(QStringLiteral("B. Zoph")), QList<qint64>{m_zoph});
        QCOMPARE(found(QStringLiteral("Bear")), QList<qint64>{m_zoph});
        QCOMPARE(indexHeld(), indexAsBuilt());
        QCOMPARE(keysHeld(), keysAsRebuilt());

        // Words cited after the merge about a role that came with it go back with the role.
        const qint64 source = value(QStringLiteral("SELECT id FROM source ORDER BY id LIMIT 1")).toLongLong();
        const QString body = value(QStringLiteral("SELECT body FROM source WHERE id = ?"), {source}).toString();
        NewCitation citation;
        citation.fact = FactRef{FactType::Role, secondRole};
        citation.field = FactField::Start;
        citation.quote = QuoteSpan{source, 30, 42};
        const QString words = body.mid(30, 12);
        const Answer<CitationEdit> cited = m_session->cite(citation);
        QVERIFY2(cited, qPrintable(cited.error));
        QCOMPARE(indexHeld(), indexAsBuilt());
        QCOMPARE(keysHeld(), keysAsRebuilt());

        const Answer<UnmergedVersions> unmerged = m_session->unmergePeople(*merged.value, merged.value->keptVersionAfter);
        QVERIFY2(unmerged, qPrintable(unmerged.error));
        QCOMPARE(indexHeld(), indexAsBuilt());
        QCOMPARE(keysHeld(), keysAsRebuilt());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM search_index WHERE person_id = ? AND text = ?"), {second, words}).toInt(), 1);
        QCOMPARE(aliasesOf(second), (QStringList{QStringLiteral("%1|Zoph").arg(bearId - 1), QStringLiteral("%1|Bear").arg(bearId)}));
        // With the citation taken back, nothing of the merge is left but the versions it moved on.
        const Answer<int> unciting = m_session->uncite(citation, *cited.value, cited.value->versionAfter);
        QVERIFY2(unciting, qPrintable(unciting.error));
        QCOMPARE(dump(touchedTables, Versions::LeftOut), before);
    }

    void refusalsWriteNothing()
    {
        // People.
        EXPECT_REFUSED("no name", editingPerson(m_zoph, PersonChange{QStringLiteral("  "), QString(), {}, {}}, 0),
                       QStringLiteral("the person has no name"));
        EXPECT_REFUSED("a long English name", editingPerson(m_zoph, PersonChange{QString(301, QLatin1Char('a')), QString(), {}, {}}, 0),
                       QStringLiteral("English name is longer than 300"));
        EXPECT_REFUSED("a long Chinese name", editingPerson(m_zoph, PersonChange{QString(), QString(301, QChar(0x5409)), {}, {}}, 0),
                       QStringLiteral("Chinese name is longer than 300"));
        EXPECT_REFUSED("an empty alias", editingPerson(m_zoph, zophWith({QStringLiteral(" ")}), 0), QStringLiteral("an alias is empty"));
        EXPECT_REFUSED("a long alias", editingPerson(m_zoph, zophWith({QString(301, QLatin1Char('z'))}), 0),
                       QStringLiteral("longer than 300"));
        EXPECT_REFUSED("an alias he has", editingPerson(m_zoph, zophWith({QStringLiteral("Zoph")}), 0),
                       QStringLiteral("already has the alias “Zoph”"));
        EXPECT_REFUSED("an alias twice", editingPerson(m_zoph, zophWith({QStringLiteral("Zophster"), QStringLiteral(" Zophster")}), 0),
                       QStringLiteral("already has the alias “Zophster”"));
        EXPECT_REFUSED("an alias he has not", editingPerson(m_zoph, zophWith({}, {QStringLiteral("Zophster")}), 0),
                       QStringLiteral("has no alias “Zophster”"));
        EXPECT_REFUSED(
            "another's names", editingPerson(m_zoph, PersonChange{QStringLiteral("Mira Murati"), QStringLiteral("米拉·穆拉蒂"), {}, {}}, 0),
            QStringLiteral("person %1 “Mira Murati / 米拉·穆拉蒂” already has these names; if they are one person, merge them instead")
                .arg(m_murati));
        EXPECT_REFUSED("a stale person", editingPerson(m_zoph, zophWith({QStringLiteral("Zophster")}), 3),
                       QStringLiteral("person %1 “Barret Zoph / 巴雷特·佐夫” was changed in another window since it was read").arg(m_zoph));
        EXPECT_REFUSED("an unknown person", editingPerson(99999, zophWith({}), 0), QStringLiteral("there is no person 99999"));

        // Companies.
        EXPECT_REFUSED("a company with no name", editingCompany(m_openAi, QStringLiteral(" "), QString(), 0),
                       QStringLiteral("the company has no name"));
        EXPECT_REFUSED("a long company name", editingCompany(m_openAi, QString(301, QLatin1Char('a')), QString(), 0),
                       QStringLiteral("company's English name is longer than 300"));
        EXPECT_REFUSED("another company's names",
                       editingCompany(m_openAi, QStringLiteral("Thinking Machines Lab"),
                                      value(QStringLiteral("SELECT name_zh FROM company WHERE id = ?"), {m_tml}).toString(), 0),
                       QStringLiteral("company %1 “Thinking Machines Lab").arg(m_tml));
        EXPECT_REFUSED("a stale company", editingCompany(m_openAi, QStringLiteral("OpenAI Inc."), QString(), 1),
                       QStringLiteral("company %1 “OpenAI” was changed in another window").arg(m_openAi));
        EXPECT_REFUSED("an unknown company", editingCompany(99999, QStringLiteral("X"), QString(), 0),
                       QStringLiteral("there is no company 99999"));

        // Merges.
        EXPECT_REFUSED("a merge into oneself", merging(m_zoph, 0, m_zoph, 0),
                       QStringLiteral("person %1 “Barret Zoph / 巴雷特·佐夫” cannot be merged into itself").arg(m_zoph));
        EXPECT_REFUSED("a stale kept person", merging(m_murati, 1, m_zoph, 0), QStringLiteral("“Mira Murati / 米拉·穆拉蒂” was changed"));
        EXPECT_REFUSED("a stale merged person", merging(m_murati, 0, m_zoph, 2), QStringLiteral("“Barret Zoph / 巴雷特·佐夫” was changed"));
        EXPECT_REFUSED("an unknown merged person", merging(m_murati, 0, 99999, 0), QStringLiteral("there is no person 99999"));
        EXPECT_REFUSED("an unknown kept person", merging(99999, 0, m_zoph, 0), QStringLiteral("there is no person 99999"));
    }

    // Undo is refused, writing nothing, once the person, company or a fact that moved has
    // changed since; the edit in between stays.
    void undoAfterAChangeIsRefused()
    {
        const Answer<StoredPerson> first = m_session->editPerson(m_zoph, zophWith({QStringLiteral("Zophster")}), 0);
        QVERIFY2(first, qPrintable(first.error));
        QVERIFY(m_session->editPerson(m_zoph, zophWith({QStringLiteral("Zophie")}), 1));
        EXPECT_REFUSED(
            "restoring a person edited since", restoringPerson(*first.value),
            QStringLiteral("person %1 “Barret Zoph / 巴雷特·佐夫” was changed in another window since; it is left as it is").arg(m_zoph));

        const Answer<StoredCompany> company = m_session->editCompany(m_openAi, QStringLiteral("OpenAI Inc."), QString(), 0);
        QVERIFY2(company, qPrintable(company.error));
        QVERIFY(m_session->editCompany(m_openAi, QStringLiteral("OpenAI LP"), QString(), 1));
        EXPECT_REFUSED("restoring a company edited since", restoringCompany(*company.value),
                       QStringLiteral("company %1 “OpenAI LP” was changed in another window since").arg(m_openAi));

        // Another company took the old names meanwhile.
        const Answer<StoredCompany> renamed = m_session->editCompany(m_tml, QStringLiteral("TML"), QString(), 0);
        QVERIFY2(renamed, qPrintable(renamed.error));
        const QVariantMap tmlBefore = renamed.value->company;
        QVERIFY(m_session->editCompany(m_openAi, tmlBefore.value(QStringLiteral("name_en")).toString(),
                                       tmlBefore.value(QStringLiteral("name_zh")).toString(), 2));
        EXPECT_REFUSED("restoring names another company took", restoringCompany(*renamed.value),
                       QStringLiteral("already has these names; the edit of company %1 “TML” is kept").arg(m_tml));

        const Answer<PersonMerge> merged = m_session->mergePeople(m_murati, 0, m_zoph, 2);
        QVERIFY2(merged, qPrintable(merged.error));
        // A move that came with the merge removed since.
        const qint64 movement = merged.value->movementIds.first();
        const Answer<StoredRows> removed = m_session->removeFact(FactRef{FactType::Movement, movement},
                                                                 versionOf(QStringLiteral("movement"), movement));
        QVERIFY2(removed, qPrintable(removed.error));
        EXPECT_REFUSED("unmerging without a move", unmerging(*merged.value),
                       QStringLiteral("a role, move or alias that came with person %1").arg(m_zoph));
        QVERIFY(m_session->restoreRows(*removed.value));
        // The kept person edited since.
        const Answer<StoredPerson> edited = m_session->editPerson(
            m_murati, PersonChange{QStringLiteral("Mira Murati"), QStringLiteral("米拉·穆拉蒂"), {QStringLiteral("Mira M.")}, {}}, 1);
        QVERIFY2(edited, qPrintable(edited.error));
        EXPECT_REFUSED(
            "unmerging a person edited since", unmerging(*merged.value),
            QStringLiteral("“Mira Murati / 米拉·穆拉蒂” was changed in another window since person %1 “Barret Zoph / 巴雷特·佐夫” "
                           "was merged into it; the merge is kept")
                .arg(m_zoph));
        // Undone in order, each based on the version the last one left, the merge is taken back too.
        const Answer<int> restored = m_session->restorePerson(*edited.value, edited.value->versionAfter);
        QVERIFY2(restored, qPrintable(restored.error));
        const Answer<UnmergedVersions> unmerged = m_session->unmergePeople(*merged.value, *restored.value);
        QVERIFY2(unmerged, qPrintable(unmerged.error));
        QCOMPARE(indexHeld(), indexAsBuilt());
        QCOMPARE(keysHeld(), keysAsRebuilt());
    }

    // A merged database's export, change log and all, imports whole into a new file.
    void aMergeTravelsInAnExport()
    {
        const Answer<PersonMerge> merged = m_session->mergePeople(m_murati, 0, m_zoph, 0);
        QVERIFY2(merged, qPrintable(merged.error));
        const QString exported = m_dir.filePath(QStringLiteral("merged-%1.json").arg(m_files));
        QString error;
        QVERIFY2(m_session->exportTo(exported, &error), qPrintable(error));

        std::unique_ptr<Database> copy = Database::create(m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(m_files)),
                                                          Database::Contents::Empty, &error);
        QVERIFY2(copy, qPrintable(error));
        MergeStats stats;
        QVERIFY2(DataTransfer(*copy).importFrom(exported, &stats, &error), qPrintable(error));
        QSqlQuery read(copy->connection());
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM person WHERE name_en = 'Barret Zoph'")) && read.next());
        QCOMPARE(read.value(0).toInt(), 0);
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM person_alias a JOIN person p ON p.id = a.person_id "
                                         "WHERE p.name_en = 'Mira Murati' AND a.alias = 'Barret Zoph'")) && read.next());
        QCOMPARE(read.value(0).toInt(), 1);
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'person' AND action = 'remove'")) && read.next());
        QCOMPARE(read.value(0).toInt(), 1);
    }

    // No edit on a database opened read-only; the session says so and writes nothing.
    void aReadOnlySessionRefusesEveryEdit()
    {
        m_session->setDatabase(Database::open(m_file, nullptr, nullptr, Database::Access::ReadOnly));
        QVERIFY(m_session->isReadOnly());
        QVERIFY(m_session->personFields(m_zoph)); // reads still answer
        EXPECT_REFUSED("a person", editingPerson(m_zoph, zophWith({QStringLiteral("Zophster")}), 0), QStringLiteral("read-only"));
        EXPECT_REFUSED("a company", editingCompany(m_openAi, QStringLiteral("OpenAI Inc."), QString(), 0), QStringLiteral("read-only"));
        EXPECT_REFUSED("a merge", merging(m_murati, 0, m_zoph, 0), QStringLiteral("read-only"));
        EXPECT_REFUSED("a restore", restoringPerson(StoredPerson{}), QStringLiteral("read-only"));
        EXPECT_REFUSED("an unmerge", unmerging(PersonMerge{}), QStringLiteral("read-only"));
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
