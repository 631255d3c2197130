#include "TeamCluster.h"
#include "TestProcess.h"
#include "models/DataSession.h"
#include "models/DataTransfer.h"
#include "models/SearchRepository.h"
#include "models/SqlErrors.h"
#include "models/TeamDatabase.h"
#include "models/Database.h"
#include "models/TeamSchema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace talentflow;
using testing::TeamCluster;

namespace {

// One step's answer as a line: its value or its refusal, so two engines' runs compare whole.
template<typename T>
QString said(const QString &step, const Answer<T> &answer, const std::function<QString(const T &)> &value)
{
    return answer ? QStringLiteral("%1: %2").arg(step, value(*answer.value)) : QStringLiteral("%1 refused: %2").arg(step, answer.error);
}

QString ids(const FactIds &ids)
{
    return QStringLiteral("fact %1 citation %2 person %3 company %4 destination %5 version %6")
        .arg(ids.factId)
        .arg(ids.citationId)
        .arg(ids.personId)
        .arg(ids.companyId)
        .arg(ids.destinationId)
        .arg(ids.factVersion);
}

// A database's export (format 2) with the times of its logged changes left out: the same edits
// made twice are made at two different moments.
QByteArray exportWithoutTimes(DataSession &session, const QString &file)
{
    QString error;
    if (!session.exportTo(file, &error))
        return error.toUtf8();
    QFile exported(file);
    if (!exported.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("unreadable");
    QString text = QString::fromUtf8(exported.readAll());
    text.replace(QRegularExpression(QStringLiteral("\"at\": \"[^\"]*\"")), QStringLiteral("\"at\": \"…\""));
    return text.toUtf8();
}

} // namespace

// Editing a team's PostgreSQL database: the window's every kind of edit, several windows at once
// (a stale edit refused, a commit seen elsewhere), on the cluster the test run starts.
class TestTeamEditing : public QObject
{
    Q_OBJECT

    TeamCluster m_cluster;
    QTemporaryDir m_dir;

    QString writer() const { return m_cluster.login(QStringLiteral("writer")); }
    int m_exports = 0;

    // Each kind of edit the window makes, with its undo, as the session answers it.
    static QStringList editEverything(DataSession &session, const QuoteSpan &quote)
    {
        QStringList lines;
        const auto version = [&session](FactType type, qint64 id) {
            const Answer<int> answer = session.factVersion({type, id});
            return answer ? *answer.value : -1;
        };
        NewMovement move;
        move.person.newName = QStringLiteral("Barret Zoph");
        move.person.id = 0;
        const Answer<QList<qint64>> zoph = session.findPeople(QStringLiteral("barret zoph")); // any case
        move.person.id = zoph && zoph.value->size() == 1 ? zoph.value->first() : 0;
        lines.append(QStringLiteral("Zoph is %1").arg(move.person.id));
        const Answer<QList<qint64>> openAi = session.findCompanies(QStringLiteral("OpenAI"));
        move.company.id = openAi && !openAi.value->isEmpty() ? openAi.value->first() : 0;
        move.kind = MovementKind::Sabbatical;
        move.destination = NamedRecord{0, QStringLiteral("Sabbatical Labs")};
        move.date = *PartialDate::fromIso(QStringLiteral("2024-09"));
        move.quote = quote;
        const Answer<FactIds> added = session.addMovement(move);
        lines.append(said<FactIds>(QStringLiteral("add a move"), added, ids));
        const qint64 moveId = added ? added.value->factId : 0;

        NewRole role;
        role.person.newName = QStringLiteral("Ada Quill");
        role.company.newName = QStringLiteral("Quill Research");
        role.title = QStringLiteral("Chief Scientist");
        role.start = *PartialDate::fromIso(QStringLiteral("2023"));
        role.quote = quote;
        const Answer<FactIds> addedRole = session.addRole(role);
        lines.append(said<FactIds>(QStringLiteral("add a role with a new person and company"), addedRole, ids));

        NewCitation citation;
        citation.fact = {FactType::Movement, 3};
        citation.quote = quote;
        citation.statedDate = *PartialDate::fromIso(QStringLiteral("2021-05"));
        citation.factVersion = version(FactType::Movement, 3);
        const Answer<CitationEdit> cited = session.cite(citation);
        lines.append(said<CitationEdit>(QStringLiteral("cite with another date"), cited, [](const CitationEdit &edit) {
            return QStringLiteral("citation %1 dated %2 disputed %3 version %4")
                .arg(edit.citationId)
                .arg(edit.datedFact)
                .arg(edit.disputed)
                .arg(edit.versionAfter);
        }));

        MovementFields fields;
        if (const Answer<MovementFields> stored = session.movementFields(moveId))
            fields = *stored.value;
        fields.kind = MovementKind::Left;
        fields.date = *PartialDate::fromIso(QStringLiteral("2024-09-25"));
        const Answer<int> edited = session.editMovement(moveId, fields, version(FactType::Movement, moveId));
        lines.append(said<int>(QStringLiteral("edit the move"), edited, [](int v) { return QString::number(v); }));
        const Answer<int> stale = session.editMovement(moveId, fields, 0);
        lines.append(said<int>(QStringLiteral("edit it on a stale version"), stale, [](int v) { return QString::number(v); }));

        const Answer<StoredRows> removed = session.removeFact({FactType::Movement, 5}, version(FactType::Movement, 5));
        lines.append(said<StoredRows>(QStringLiteral("remove move 5"), removed,
                                      [](const StoredRows &rows) { return QString::number(rows.citations.size()); }));
        if (removed)
            lines.append(said<int>(QStringLiteral("undo it"), session.restoreRows(*removed.value), [](int v) { return QString::number(v); }));

        const Answer<PersonFields> person = session.personFields(1);
        PersonChange change;
        change.nameEn = person ? person.value->nameEn + QStringLiteral(" Jr.") : QString();
        change.nameZh = person ? person.value->nameZh : QString();
        change.addedAliases = {QStringLiteral("Sammy")};
        const Answer<StoredPerson> renamed = session.editPerson(1, change, person ? person.value->version : -1);
        lines.append(said<StoredPerson>(QStringLiteral("rename person 1 and add an alias"), renamed,
                                        [](const StoredPerson &stored) { return QString::number(stored.versionAfter); }));
        if (renamed)
            lines.append(said<int>(QStringLiteral("undo it"), session.restorePerson(*renamed.value, renamed.value->versionAfter),
                                   [](int v) { return QString::number(v); }));

        const qint64 ada = addedRole ? addedRole.value->personId : 0;
        const Answer<PersonFields> kept = session.personFields(2);
        const Answer<PersonFields> merged = session.personFields(ada);
        const Answer<PersonMerge> merge =
            session.mergePeople(2, kept ? kept.value->version : -1, ada, merged ? merged.value->version : -1);
        lines.append(said<PersonMerge>(QStringLiteral("merge Ada into person 2"), merge, [](const PersonMerge &done) {
            return QStringLiteral("aliases %1 roles %2 moves %3").arg(done.aliasIdsTaken.size()).arg(done.roleIds.size()).arg(done.movementIds.size());
        }));
        if (merge)
            lines.append(said<UnmergedVersions>(QStringLiteral("undo it"), session.unmergePeople(*merge.value, merge.value->keptVersionAfter),
                                                [](const UnmergedVersions &v) { return QStringLiteral("%1 %2").arg(v.kept).arg(v.merged); }));

        const Answer<CompanyFields> company = session.companyFields(move.company.id);
        const Answer<StoredCompany> companyRenamed = session.editCompany(move.company.id, QStringLiteral("OpenAI Inc."),
                                                                        company ? company.value->nameZh : QString(),
                                                                        company ? company.value->version : -1);
        lines.append(said<StoredCompany>(QStringLiteral("rename the company"), companyRenamed,
                                         [](const StoredCompany &stored) { return QString::number(stored.versionAfter); }));

        const Answer<PersonFields> third = session.personFields(3);
        const Answer<RemovedPerson> gone = session.removePerson(3, third ? third.value->version : -1);
        lines.append(said<RemovedPerson>(QStringLiteral("remove person 3"), gone, [](const RemovedPerson &removed) {
            return QStringLiteral("roles %1 moves %2 citations %3").arg(removed.roles.size()).arg(removed.movements.size()).arg(removed.citations.size());
        }));
        if (gone)
            lines.append(said<int>(QStringLiteral("undo it"), session.restoreRemovedPerson(*gone.value), [](int v) { return QString::number(v); }));

        NewArticle article;
        article.file = QStringLiteral("desk-note.txt");
        article.title = QStringLiteral("Desk note");
        article.language = QStringLiteral("en");
        article.published = *PartialDate::fromIso(QStringLiteral("2024-10-02"));
        article.body = QStringLiteral("Ada Quill left Quill Research in October 2024, the desk was told.");
        const Answer<qint64> articleId = session.addArticle(article);
        lines.append(said<qint64>(QStringLiteral("add an article"), articleId, [](qint64 id) { return QString::number(id); }));
        ArticleDetails details;
        details.title = QStringLiteral("Desk note, checked");
        details.publisher = QStringLiteral("The Desk");
        details.language = QStringLiteral("en");
        details.published = article.published;
        lines.append(said<bool>(QStringLiteral("correct its details"), session.setArticleDetails(articleId ? *articleId.value : 0, details),
                                [](bool done) { return QString::number(done); }));
        const Answer<TextReplacement> replaced =
            session.replaceArticleText(quote.sourceId, QStringLiteral("A corrected text.\n") + session.source(quote.sourceId).value->body);
        lines.append(said<TextReplacement>(QStringLiteral("correct an article's text"), replaced, [](const TextReplacement &done) {
            return QStringLiteral("version %1 moved %2").arg(done.versionId).arg(done.count(AnchorOutcome::Moved));
        }));
        if (replaced)
            lines.append(said<bool>(QStringLiteral("undo it"), session.restoreArticleText(quote.sourceId, *replaced.value),
                                    [](bool done) { return QString::number(done); }));

        if (cited) {
            const Answer<StoredRows> uncited = session.removeCitation(cited.value->citationId);
            lines.append(said<StoredRows>(QStringLiteral("remove the citation"), uncited,
                                          [](const StoredRows &rows) { return QString::number(rows.citations.size()); }));
        }
        if (addedRole)
            lines.append(said<FactIds>(QStringLiteral("undo adding the role"),
                                       session.removeAddedFact(FactType::Role, *addedRole.value, addedRole.value->factVersion), ids));
        const Answer<QList<ChangeRecord>> history = session.factHistory(QStringLiteral("movement"), 3);
        lines.append(said<QList<ChangeRecord>>(QStringLiteral("move 3's history"), history, [](const QList<ChangeRecord> &records) {
            QStringList actions;
            for (const ChangeRecord &record : records)
                actions.append(record.entity + QLatin1Char(' ') + record.action);
            return actions.join(QStringLiteral(", "));
        }));
        return lines;
    }

    // The first excerpt cited about Barret Zoph: words the edits below cite again.
    static QuoteSpan zophQuote(const QSqlDatabase &db)
    {
        QSqlQuery excerpt(db);
        if (!excerpt.exec(QStringLiteral("SELECT source_id, start, \"end\" FROM citation WHERE text LIKE '%Zoph%' ORDER BY id LIMIT 1"))
            || !excerpt.next())
            return {};
        return {excerpt.value(0).toLongLong(), excerpt.value(1).toInt(), excerpt.value(2).toInt()};
    }

    std::unique_ptr<DataSession> openSession(const QString &address)
    {
        QString error;
        auto session = std::make_unique<DataSession>();
        session->setDatabase(Database::open(address, &error));
        if (!session->isOpen())
            qWarning() << error;
        return session;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_cluster.start({QStringLiteral("reader"), QStringLiteral("writer")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The file is the oracle: the same edits, made through the window's session on a file and on
    // its copy in a team database, answer the same and leave the same data behind.
    void everyKindOfEditAnswersTheSameOnBothEngines()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> file;
        const TeamDatabaseAddress address = m_cluster.seededFileAndItsCopy(dir, file);
        QVERIFY(file);
        const QuoteSpan quote = zophQuote(file->connection());
        QVERIFY(quote.sourceId > 0);
        const QString filePath = file->path();
        file.reset();

        // An editor's login, with no more rights than the role gives.
        QVERIFY(m_cluster.asAdministrator({QStringLiteral("GRANT %1 TO %2").arg(TeamSchema::editorRole(), writer())}));
        std::unique_ptr<DataSession> onFile = openSession(filePath);
        std::unique_ptr<DataSession> onServer = openSession(TeamCluster::as(address, writer()).toString());
        QVERIFY(onFile->isOpen() && onServer->isOpen());
        QVERIFY(!onServer->isReadOnly());
        const QStringList expected = editEverything(*onFile, quote);
        const QStringList answered = editEverything(*onServer, quote);
        QCOMPARE(answered, expected);
        QVERIFY2(expected.filter(QStringLiteral(" refused")).size() == 1, qPrintable(expected.join(QLatin1Char('\n'))));
        QVERIFY2(expected.filter(QStringLiteral("stale version refused")).size() == 1, qPrintable(expected.join(QLatin1Char('\n'))));
        const QByteArray fileData = exportWithoutTimes(*onFile, dir.filePath(QStringLiteral("file.json")));
        const QByteArray serverData = exportWithoutTimes(*onServer, dir.filePath(QStringLiteral("team.json")));
        QVERIFY(fileData.contains("Sabbatical Labs"));
        // A removed row's NULL columns are logged as null, not as the driver's typed empty value.
        QVERIFY(fileData.contains("\"dispute_side_id\": null"));
        // Line by line, so a difference names its place.
        QCOMPARE(QString::fromUtf8(serverData).split(QLatin1Char('\n')), QString::fromUtf8(fileData).split(QLatin1Char('\n')));

        // The server says who made each change.
        std::unique_ptr<Database> server = Database::open(address.toString(), nullptr);
        QSqlQuery logged(server->connection());
        QVERIFY(logged.exec(QStringLiteral("SELECT DISTINCT changed_by FROM change_log WHERE changed_by IS NOT NULL")));
        QStringList logins;
        while (logged.next())
            logins.append(logged.value(0).toString());
        QCOMPARE(logins, QStringList{writer()});
    }

    // A file's records merged into a database that holds some of them already, and into an empty
    // one: the same on both engines, the file being the oracle.
    void anImportAnswersTheSameOnBothEngines()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> edited;
        const TeamDatabaseAddress editedCopy = m_cluster.seededFileAndItsCopy(dir, edited);
        QVERIFY(edited);
        edited.reset();
        // Something the seed lacks: the window's edits on the team copy, exported.
        QVERIFY(m_cluster.asAdministrator({QStringLiteral("GRANT %1 TO %2").arg(TeamSchema::editorRole(), writer())}));
        std::unique_ptr<Database> copied = Database::open(editedCopy.toString(), nullptr);
        QVERIFY(copied);
        const QuoteSpan quote = zophQuote(copied->connection());
        copied.reset();
        QVERIFY(quote.sourceId > 0);
        const QString data = dir.filePath(QStringLiteral("edited.json"));
        {
            std::unique_ptr<DataSession> session = openSession(TeamCluster::as(editedCopy, writer()).toString());
            editEverything(*session, quote);
            QString error;
            QVERIFY2(session->exportTo(data, &error), qPrintable(error));
        }

        QTemporaryDir seeded;
        std::unique_ptr<Database> file;
        const TeamDatabaseAddress team = m_cluster.seededFileAndItsCopy(seeded, file);
        QVERIFY(file);
        const TeamDatabaseAddress empty = m_cluster.newDatabase();
        QString error;
        QVERIFY2(TeamDatabase::initialize(empty, &error), qPrintable(error));
        std::unique_ptr<Database> emptyFile = Database::create(dir.filePath(QStringLiteral("empty.sqlite")), Database::Contents::Empty, &error);
        QVERIFY2(emptyFile, qPrintable(error));

        const auto importInto = [&](Database &database) {
            MergeStats stats;
            QString why;
            if (!DataTransfer(database).importFrom(data, &stats, &why))
                return QStringLiteral("refused: ") + why;
            // The pairs the window offers to merge afterwards.
            const std::optional<QList<MergeCandidate>> pairs =
                SearchRepository(database.connection()).sameNamedAsNewPeople(stats.newPeople, 50, &why);
            QStringList offered;
            for (const MergeCandidate &pair : pairs.value_or(QList<MergeCandidate>()))
                offered.append(QStringLiteral("%1~%2").arg(pair.personId).arg(pair.stored.personId));
            return QStringLiteral("%1 new: %2 roles, %3 moves, %4 citations, %5 people; offered %6 %7")
                .arg(stats.total())
                .arg(stats.roles)
                .arg(stats.movements)
                .arg(stats.citations)
                .arg(stats.newPeople.size())
                .arg(pairs ? offered.join(QLatin1Char(' ')) : why)
                .arg(pairs ? offered.size() : -1);
        };
        for (const auto &[into, server] : {std::pair{file.get(), team}, std::pair{emptyFile.get(), empty}}) {
            std::unique_ptr<Database> onServer = Database::open(TeamCluster::as(server, writer()).toString(), &error);
            QVERIFY2(onServer, qPrintable(error));
            const QString expected = importInto(*into);
            QVERIFY2(!expected.startsWith(QStringLiteral("refused")), qPrintable(expected));
            QCOMPARE(importInto(*onServer), expected);
            DataSession fileSession;
            fileSession.setDatabase(Database::open(into->path(), &error));
            DataSession serverSession;
            serverSession.setDatabase(std::move(onServer));
            const QByteArray fileData = exportWithoutTimes(fileSession, dir.filePath(QStringLiteral("file.json")));
            const QByteArray serverData = exportWithoutTimes(serverSession, dir.filePath(QStringLiteral("team.json")));
            QVERIFY(fileData.contains("Sabbatical Labs"));
            QCOMPARE(QString::fromUtf8(serverData).split(QLatin1Char('\n')), QString::fromUtf8(fileData).split(QLatin1Char('\n')));
            // The server's next ids follow the imported ones.
            const Answer<FactIds> added = serverSession.addRole(NewRole{NamedRecord{1, QString()}, NamedRecord{1, QString()},
                                                                        QStringLiteral("Advisor"), {}, {}, quote});
            QVERIFY2(added, qPrintable(added.error));
        }
    }

    // The command line's edits, readings and searches, given a team database's address, do what
    // they do to the file it was copied from.
    void theCommandLineEditsATeamDatabaseAsAFile()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> file;
        const TeamDatabaseAddress address = m_cluster.seededFileAndItsCopy(dir, file);
        QVERIFY(file);
        QString source;
        QString quote;
        {
            QSqlQuery excerpt(file->connection());
            QVERIFY(excerpt.exec(QStringLiteral("SELECT source_id, text FROM citation WHERE text LIKE '%Zoph%' ORDER BY id LIMIT 1"))
                    && excerpt.next());
            source = excerpt.value(0).toString();
            quote = excerpt.value(1).toString();
        }
        const QString filePath = file->path();
        file.reset();
        QVERIFY(m_cluster.asAdministrator({QStringLiteral("GRANT %1 TO %2").arg(TeamSchema::editorRole(), writer())}));
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QList<QStringList> commands = {
            {QStringLiteral("--add-movement"), QStringLiteral("--person"), QStringLiteral("Barret Zoph"), QStringLiteral("--kind"),
             QStringLiteral("sabbatical"), QStringLiteral("--company"), QStringLiteral("OpenAI"), QStringLiteral("--source"), source,
             QStringLiteral("--quote"), quote},
            {QStringLiteral("--add-role"), QStringLiteral("--new-person"), QStringLiteral("--person"), QStringLiteral("Ada Quill"),
             QStringLiteral("--new-company"), QStringLiteral("--company"), QStringLiteral("Quill Research"), QStringLiteral("--title"),
             QStringLiteral("CEO"), QStringLiteral("--source"), source, QStringLiteral("--quote"), quote},
            {QStringLiteral("--cite"), QStringLiteral("movement"), QStringLiteral("3"), QStringLiteral("--source"), source,
             QStringLiteral("--quote"), quote, QStringLiteral("--date"), QStringLiteral("2024-09")},
            {QStringLiteral("--set-reading"), QStringLiteral("穆拉蒂=mulati")},
            {QStringLiteral("--find"), QStringLiteral("mulati")},
            {QStringLiteral("--find"), QStringLiteral("quill")},
        };
        const auto run = [&](const QString &database) {
            QStringList said;
            for (const QStringList &command : commands) {
                const TestProcess::Run done =
                    TestProcess::run(QStringLiteral(TALENTFLOW_BINARY), QStringList{QStringLiteral("--database"), database} + command, environment);
                said.append(QStringLiteral("%1 → %2 %3").arg(command.first()).arg(done.exitCode).arg(done.out.trimmed()));
            }
            const QString exported = dir.filePath(QStringLiteral("export-%1.json").arg(said.size() + m_exports++));
            const TestProcess::Run done = TestProcess::run(QStringLiteral(TALENTFLOW_BINARY),
                                                           {QStringLiteral("--database"), database, QStringLiteral("--export-data"), exported},
                                                           environment);
            QFile data(exported);
            if (done.exitCode != 0 || !data.open(QIODevice::ReadOnly))
                return std::pair{said, QStringList{QStringLiteral("export failed: ") + done.err}};
            QString text = QString::fromUtf8(data.readAll());
            text.replace(QRegularExpression(QStringLiteral("\"at\": \"[^\"]*\"")), QStringLiteral("\"at\": \"…\""));
            return std::pair{said, text.split(QLatin1Char('\n'))};
        };
        const auto [fileSaid, fileData] = run(filePath);
        const auto [serverSaid, serverData] = run(TeamCluster::as(address, writer()).toString());
        QCOMPARE(serverSaid, fileSaid);
        for (const QString &line : fileSaid)
            QVERIFY2(line.contains(QStringLiteral(" → 0")), qPrintable(fileSaid.join(QLatin1Char('\n'))));
        QVERIFY2(fileSaid.last().contains(QStringLiteral("Ada Quill")), qPrintable(fileSaid.last()));
        QVERIFY2(fileData.join(QLatin1Char('\n')).contains(QStringLiteral("Quill Research")), qPrintable(fileData.first()));
        QCOMPARE(serverData, fileData);
    }

    // The server's SQLSTATE codes are not SQLite's numbers: "permission denied" (42501, whose low
    // byte is SQLite's BUSY) is said as it is, not as a busy file.
    void aServerRefusalIsSaidInTheServersWords()
    {
        const TeamDatabaseAddress address = m_cluster.newDatabase();
        QString error;
        QVERIFY2(TeamDatabase::initialize(address, &error), qPrintable(error));
        const QString reader = m_cluster.login(QStringLiteral("reader"));
        QVERIFY(m_cluster.asAdministrator({QStringLiteral("GRANT %1 TO %2").arg(TeamSchema::viewerRole(), reader)}));
        std::unique_ptr<TeamDatabase> viewer = TeamDatabase::open(TeamCluster::as(address, reader), &error);
        QVERIFY2(viewer, qPrintable(error));
        QSqlQuery write(viewer->connection());
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO company (name_en) VALUES ('Refused')")));
        SqlFailure failure = SqlFailure::Busy;
        const QString said = describeSqlError(write.lastError(), &failure);
        QCOMPARE(failure, SqlFailure::Other);
        QVERIFY2(said.contains(QStringLiteral("permission denied")), qPrintable(said));
    }

    // Files logged a removed row's missing ids as "" before; copied to a server, such a row must
    // not keep any fact's history from being read.
    void aLogRowWithAnEmptyIdLeavesHistoriesReadable()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> file;
        const TeamDatabaseAddress address = m_cluster.seededFileAndItsCopy(dir, file);
        QVERIFY(file);
        QVERIFY(m_cluster.asAdministrator(
            {QStringLiteral("INSERT INTO change_log (at, entity, entity_id, action, before) VALUES ('2026-01-01T00:00:00.000Z', "
                            "'citation', 999, 'remove', '{\"movement_id\": 3, \"role_id\": \"\"}')")},
            address.database));
        std::unique_ptr<DataSession> session = openSession(address.toString());
        for (const QString &table : {QStringLiteral("role"), QStringLiteral("movement")}) {
            const Answer<QList<ChangeRecord>> history = session->factHistory(table, 3);
            QVERIFY2(history, qPrintable(history.error));
            QCOMPARE(history.value->size(), table == QLatin1String("movement") ? 1 : 0);
        }
    }

    void cleanupTestCase() { m_cluster.stop(); }
};

QTEST_GUILESS_MAIN(TestTeamEditing)
#include "tst_teamediting.moc"
