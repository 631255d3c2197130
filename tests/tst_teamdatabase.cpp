#include "TeamCluster.h"
#include "TestProcess.h"
#include "models/BrowseRepository.h"
#include "models/Database.h"
#include "models/DataSession.h"
#include "models/DatabaseCopy.h"
#include "models/FlowRepository.h"
#include "models/PersonDetailRepository.h"
#include "models/RolesTableModel.h"
#include "models/SearchRepository.h"
#include "models/TimelineRepository.h"
#include "models/TeamDatabase.h"
#include "models/TeamDatabaseAddress.h"
#include "models/TeamSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QSignalSpy>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace talentflow;

namespace {

// What each read of the window returns, as lines of text, so two engines' answers compare whole.
QString date(const PartialDate &date)
{
    return date.toIso();
}

QStringList describeTable(RolesTableModel &model)
{
    while (model.canFetchMore())
        model.fetchMore();
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < RolesTableModel::ColumnCount; ++column)
            cells.append(model.index(row, column).data().toString());
        for (int role : {RolesTableModel::PersonIdRole, RolesTableModel::CompanyIdRole, RolesTableModel::RoleIdRole,
                         RolesTableModel::DisputeIdRole, RolesTableModel::StatusKeyRole})
        {
            const QVariant value = model.index(row, 0).data(role);
            cells.append(value.isNull() ? QStringLiteral("NULL") : value.toString()); // a null's text is each driver's own
        }
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList describeCitations(const QList<CitationView> &citations)
{
    QStringList lines;
    for (const CitationView &c : citations)
        lines.append(QStringLiteral("  cites %1 %2 %3-%4 %5 [%6] %7 %8").arg(c.id).arg(c.sourceId).arg(c.start).arg(c.end)
                         .arg(c.excerpt, c.paragraph, date(c.statedDate), c.statedField));
    return lines;
}

QStringList describePerson(const PersonDetail &detail)
{
    QStringList lines = {QStringLiteral("person %1 %2 %3").arg(detail.person.id).arg(detail.person.nameEn, detail.person.nameZh)};
    for (const RoleView &role : detail.roles) {
        lines.append(QStringLiteral("role %1 at %2 %3/%4 %5-%6 %7 %8 %9").arg(role.id).arg(role.company.id)
                         .arg(role.titleEn, role.titleZh, date(role.start), date(role.end), role.dateNote)
                         .arg(role.endedUndated).arg(role.disputeId.value_or(0)));
        lines += describeCitations(role.citations);
    }
    for (const MovementView &move : detail.movements) {
        lines.append(QStringLiteral("move %1 %2 at %3 to %4 on %5 %6 %7").arg(move.id).arg(move.kind).arg(move.company.id)
                         .arg(move.destination ? move.destination->id : 0).arg(date(move.date), move.dateNote)
                         .arg(move.disputeId.value_or(0)));
        lines += describeCitations(move.citations);
    }
    for (const DisputeView &dispute : detail.disputes) {
        lines.append(QStringLiteral("dispute %1 %2 %3").arg(dispute.id).arg(dispute.topicEn, dispute.topicZh));
        for (const DisputeSideView &side : dispute.sides) {
            lines.append(QStringLiteral(" side %1 %2").arg(side.summaryEn, side.summaryZh));
            lines += describeCitations(side.citations);
        }
    }
    return lines;
}

QStringList describeTimeline(const TimelineInput &input)
{
    const TimelineData &data = input.data;
    QStringList lines = {QStringLiteral("undated %1 omitted %2 sources %3").arg(data.undatedMarkers).arg(data.omittedLanes).arg(data.sourceCount)};
    for (const SourceRecord &source : data.citedSources)
        lines.append(QStringLiteral("cited %1 %2").arg(source.id).arg(source.title));
    for (const TimelineLane &lane : data.lanes) {
        lines.append(QStringLiteral("lane %1 %2 %3 %4 %5").arg(lane.key).arg(lane.heading).arg(lane.personId).arg(lane.nameEn, lane.nameZh));
        for (const TimelineBar &bar : lane.bars)
            lines.append(QStringLiteral(" bar %1 %2 %3-%4 %5 %6/%7").arg(bar.personId).arg(bar.companyId)
                             .arg(date(bar.start), date(bar.end)).arg(bar.onLeave).arg(bar.titleEn, bar.titleZh));
        for (const TimelineMarker &m : lane.markers) {
            QStringList sources;
            for (qint64 id : m.sourceIds)
                sources.append(QString::number(id));
            lines.append(QStringLiteral(" marker %1 %2 %3 %4 %5 %6 disputed %7 returning %8 [%9] %10 %11 %12")
                             .arg(m.movementId).arg(m.personId).arg(m.kind).arg(m.companyId).arg(m.toCompanyId.value_or(0))
                             .arg(date(m.date)).arg(m.disputed).arg(m.returning).arg(m.firstExcerpt)
                             .arg(m.firstSourceId).arg(m.firstCitationStart).arg(sources.join(QLatin1Char(','))));
        }
    }
    for (const FounderStep &step : input.steps)
        lines.append(QStringLiteral("step %1 %2 %3").arg(step.date.toString(Qt::ISODate)).arg(step.present).arg(step.onLeave));
    return lines;
}

QStringList describeFlows(TalentFlowData data)
{
    QStringList lines = {QStringLiteral("undated steps %1 sources %2").arg(data.undatedSteps).arg(data.sourceCount)};
    for (FlowRibbon &ribbon : data.ribbons) {
        // Members come in the order each engine groups them; who they are is the answer.
        QStringList members;
        for (const FlowMember &m : ribbon.members)
            members.append(QStringLiteral("%1 %2 %3 %4 %5 %6").arg(m.personId).arg(m.nameEn, m.nameZh).arg(m.departureId)
                               .arg(m.arrivalId).arg(m.returning));
        members.sort();
        lines.append(QStringLiteral("ribbon %1@%2 -> %3@%4: %5").arg(ribbon.fromCompanyId).arg(ribbon.fromPeriod)
                         .arg(ribbon.toCompanyId).arg(ribbon.toPeriod).arg(members.join(QStringLiteral("; "))));
    }
    return lines;
}

QStringList describeMatches(const QList<PersonMatch> &matches)
{
    QStringList lines;
    for (const PersonMatch &m : matches)
        lines.append(QStringLiteral("%1 %2 [%3] rank %4 score %5 %6 %7 %8").arg(m.personId).arg(int(m.reason)).arg(m.source)
                         .arg(m.rank).arg(m.score, 0, 'f', 3).arg(m.nameEn, m.nameZh, m.ownName));
    return lines;
}

} // namespace

// A team's PostgreSQL database, on the throwaway cluster the test run starts
// (tests/postgres/cluster.sh; TALENTFLOW_TEST_POSTGRESQL is its administrator's address).
class TestTeamDatabase : public QObject
{
    Q_OBJECT

    testing::TeamCluster m_cluster;

    TeamDatabaseAddress newDatabase(const QString &owner = QString()) { return m_cluster.newDatabase(owner); }
    bool asAdministrator(const QStringList &statements, const QString &database = QString())
    {
        return m_cluster.asAdministrator(statements, database);
    }
    static TeamDatabaseAddress as(const TeamDatabaseAddress &address, const QString &login)
    {
        return testing::TeamCluster::as(address, login);
    }
    QString login(const QString &name) const { return m_cluster.login(name); }

private slots:
    void initTestCase()
    {
        const QString problem = m_cluster.start({QStringLiteral("reader"), QStringLiteral("writer"), QStringLiteral("stranger")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void anAddressNamesUserHostPortDatabaseAndTls()
    {
        QString error;
        std::optional<TeamDatabaseAddress> address =
            TeamDatabaseAddress::parse(QStringLiteral("postgresql://ana@news.example.org:6543/desk?sslmode=verify-full"), &error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->user, QStringLiteral("ana"));
        QCOMPARE(address->host, QStringLiteral("news.example.org"));
        QCOMPARE(address->port, 6543);
        QCOMPARE(address->database, QStringLiteral("desk"));
        QCOMPARE(address->sslMode, QStringLiteral("verify-full"));
        QVERIFY(address->connectOptions().contains(QStringLiteral("sslmode=verify-full")));
        // Said again, it reads back the same.
        const std::optional<TeamDatabaseAddress> again = TeamDatabaseAddress::parse(address->toString(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toString(), address->toString());
        QCOMPARE(again->port, 6543);

        address = TeamDatabaseAddress::parse(QStringLiteral("postgres://ana@/desk?host=/run/postgresql"), &error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(address->port, 5432);
        QVERIFY(address->sslMode.isEmpty());
        const std::optional<TeamDatabaseAddress> socket = TeamDatabaseAddress::parse(address->toString(), &error);
        QVERIFY2(socket, qPrintable(address->toString() + QLatin1Char(' ') + error));
        QCOMPARE(socket->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(socket->database, QStringLiteral("desk"));
    }

    void anAddressWithAPasswordOrMissingPartsIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("password") << QStringLiteral("postgresql://ana:secret@db.example.org/desk") << QStringLiteral(".pgpass");
        QTest::newRow("no user") << QStringLiteral("postgresql://db.example.org/desk") << QStringLiteral("no user");
        QTest::newRow("no database") << QStringLiteral("postgresql://ana@db.example.org/") << QStringLiteral("no database");
        QTest::newRow("no host") << QStringLiteral("postgresql://ana@/desk") << QStringLiteral("no host");
        QTest::newRow("sslmode") << QStringLiteral("postgresql://ana@db.example.org/desk?sslmode=always") << QStringLiteral("sslmode=always");
        QTest::newRow("option") << QStringLiteral("postgresql://ana@db.example.org/desk?password=x") << QStringLiteral("password");
        QTest::newRow("file") << QStringLiteral("/home/ana/talentflow.sqlite") << QStringLiteral("postgresql://");
    }

    void anAddressWithAPasswordOrMissingPartsIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!TeamDatabaseAddress::parse(text, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), "the refusal repeats the password");
    }

    // The oracle is a Talentflow file's own schema: every table and column a file holds at the
    // same version is in the team database (its counts as views).
    void initializingCreatesEveryTableAndColumnOfAFile()
    {
        const TeamDatabaseAddress address = newDatabase();
        QVERIFY(!address.database.isEmpty());
        QString error;
        QVERIFY2(TeamDatabase::initialize(address, &error), qPrintable(error));

        QTemporaryDir dir;
        std::unique_ptr<Database> file = Database::create(dir.filePath(QStringLiteral("empty.sqlite")), Database::Contents::Empty, &error);
        QVERIFY2(file, qPrintable(error));
        QSqlQuery tables(file->connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                           "AND name NOT LIKE 'search_index_%' ORDER BY name")));
        QStringList fileColumns;
        while (tables.next()) {
            QSqlQuery columns(file->connection());
            QVERIFY(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(tables.value(0).toString())));
            while (columns.next())
                fileColumns.append(tables.value(0).toString() + QLatin1Char('.') + columns.value(0).toString());
        }
        QVERIFY(fileColumns.size() > 80);

        std::unique_ptr<TeamDatabase> team = TeamDatabase::open(as(address, m_cluster.admin().user), &error);
        QVERIFY2(team, qPrintable(error));
        QSqlQuery columns(team->connection());
        QVERIFY(columns.exec(QStringLiteral("SELECT table_name || '.' || column_name FROM information_schema.columns "
                                            "WHERE table_schema = 'public'")));
        QStringList teamColumns;
        while (columns.next())
            teamColumns.append(columns.value(0).toString());
        for (const QString &column : std::as_const(fileColumns))
            QVERIFY2(teamColumns.contains(column), qPrintable(column + QStringLiteral(" is missing")));
        QVERIFY(teamColumns.contains(QStringLiteral("change_log.changed_by")));

        QSqlQuery version(team->connection());
        QVERIFY(version.exec(QStringLiteral("SELECT version FROM schema_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), Database::SchemaVersion);
        QVERIFY(!version.next());
        // The file's rules hold here too: a citation names exactly one fact, offsets make a span.
        QSqlQuery rule(team->connection());
        QVERIFY(rule.exec(QStringLiteral("INSERT INTO source (file, title, language, published_precision, body, sha256) "
                                         "VALUES ('a.txt', 'A', 'zh', 'unknown', '正文', 'x') RETURNING id")) && rule.next());
        const QString source = rule.value(0).toString();
        QVERIFY(!rule.exec(QStringLiteral("INSERT INTO citation (source_id, start, \"end\", text) VALUES (%1, 0, 1, '正')").arg(source)));
        QVERIFY(!rule.exec(QStringLiteral("INSERT INTO person (name_en, name_zh) VALUES ('', '')")));
        QVERIFY(rule.exec(QStringLiteral("INSERT INTO person (name_en, name_zh) VALUES ('Ana', '') RETURNING id")) && rule.next());
        const QString person = rule.value(0).toString();
        QVERIFY(rule.exec(QStringLiteral("INSERT INTO company (name_en) VALUES ('Desk') RETURNING id")) && rule.next());
        const QString company = rule.value(0).toString();
        QVERIFY(rule.exec(QStringLiteral("INSERT INTO movement (person_id, kind, company_id, precision) VALUES (%1, 'left', %2, 'unknown') "
                                         "RETURNING id").arg(person, company)) && rule.next());
        const QString movement = rule.value(0).toString();
        QVERIFY(!rule.exec(QStringLiteral("INSERT INTO citation (source_id, start, \"end\", text, movement_id) VALUES (%1, 1, 1, '正', %2)")
                               .arg(source, movement)));
        QVERIFY2(rule.exec(QStringLiteral("INSERT INTO citation (source_id, start, \"end\", text, movement_id) VALUES (%1, 0, 1, '正', %2)")
                               .arg(source, movement)),
                 qPrintable(rule.lastError().text()));
    }

    void aDatabaseIsInitializedOnceAndAFailedInitializationLeavesNothing()
    {
        const TeamDatabaseAddress address = newDatabase();
        QString error;
        QVERIFY2(TeamDatabase::initialize(address, &error), qPrintable(error));
        {
            std::unique_ptr<TeamDatabase> team = TeamDatabase::open(address, &error);
            QVERIFY2(team, qPrintable(error));
            QVERIFY(QSqlQuery(team->connection()).exec(QStringLiteral("INSERT INTO company (name_en) VALUES ('Kept')")));
        }
        QVERIFY(!TeamDatabase::initialize(address, &error));
        QVERIFY2(error.contains(QStringLiteral("already set up")), qPrintable(error));
        std::unique_ptr<TeamDatabase> team = TeamDatabase::open(address, &error);
        QVERIFY2(team, qPrintable(error));
        QSqlQuery kept(team->connection());
        QVERIFY(kept.exec(QStringLiteral("SELECT count(*) FROM company WHERE name_en = 'Kept'")) && kept.next());
        QCOMPARE(kept.value(0).toInt(), 1);

        // A table in the way of one of the last statements: every table made before it is gone.
        const TeamDatabaseAddress blocked = newDatabase();
        QVERIFY(asAdministrator({QStringLiteral("CREATE TABLE name_reading (in_the_way INTEGER)")}, blocked.database));
        QVERIFY(!TeamDatabase::initialize(blocked, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing was changed")) && error.contains(QStringLiteral("name_reading")), qPrintable(error));
        TeamDatabase::Problem problem = TeamDatabase::Problem::None;
        QVERIFY(!TeamDatabase::open(blocked, &error, &problem));
        QCOMPARE(problem, TeamDatabase::Problem::NotInitialized);
        QVERIFY2(error.contains(QStringLiteral("--init-team-database")), qPrintable(error));
        QVERIFY(asAdministrator({QStringLiteral("DROP TABLE name_reading"), QStringLiteral("CREATE TABLE source (id INTEGER)"),
                                 QStringLiteral("DROP TABLE source")}, blocked.database)); // source was never made

        // A login that may not create anything in the database is refused at once.
        const TeamDatabaseAddress other = newDatabase();
        QVERIFY(!TeamDatabase::initialize(as(other, login(QStringLiteral("stranger"))), &error));
        QVERIFY2(error.contains(QStringLiteral("nothing was changed")), qPrintable(error));
        QVERIFY(!TeamDatabase::open(other, &error, &problem));
        QCOMPARE(problem, TeamDatabase::Problem::NotInitialized);
    }

    void theServerGrantsViewersReadingAndEditorsWriting()
    {
        const TeamDatabaseAddress address = newDatabase();
        QString error;
        QVERIFY2(TeamDatabase::initialize(address, &error), qPrintable(error));
        QVERIFY(asAdministrator({QStringLiteral("GRANT %1 TO %2").arg(TeamSchema::viewerRole(), login(QStringLiteral("reader"))),
                                 QStringLiteral("GRANT %1 TO %2").arg(TeamSchema::editorRole(), login(QStringLiteral("writer")))}));

        std::unique_ptr<TeamDatabase> writer = TeamDatabase::open(as(address, login(QStringLiteral("writer"))), &error);
        QVERIFY2(writer, qPrintable(error));
        QCOMPARE(writer->access(), TeamDatabase::Access::Editor);
        QCOMPARE(writer->user(), login(QStringLiteral("writer")));
        QSqlQuery write(writer->connection());
        QVERIFY2(write.exec(QStringLiteral("INSERT INTO person (name_en) VALUES ('Ana') RETURNING id")) && write.next(),
                 qPrintable(write.lastError().text()));
        QVERIFY2(write.exec(QStringLiteral("INSERT INTO change_log (at, entity, entity_id, action) VALUES ('2026-12-07', 'person', %1, 'add')")
                                .arg(write.value(0).toString())),
                 qPrintable(write.lastError().text()));
        QVERIFY(write.exec(QStringLiteral("SELECT changed_by FROM change_log")) && write.next());
        QCOMPARE(write.value(0).toString(), login(QStringLiteral("writer")));
        QVERIFY2(!write.exec(QStringLiteral("UPDATE schema_version SET version = 99")), "an editor changed the schema's version");
        QVERIFY(!write.exec(QStringLiteral("DROP TABLE movement")));

        std::unique_ptr<TeamDatabase> reader = TeamDatabase::open(as(address, login(QStringLiteral("reader"))), &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->access(), TeamDatabase::Access::Viewer);
        QVERIFY(reader->isReadOnly());
        QSqlQuery read(reader->connection());
        QVERIFY(read.exec(QStringLiteral("SELECT name_en FROM person")) && read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("Ana"));
        QVERIFY(!read.exec(QStringLiteral("INSERT INTO person (name_en) VALUES ('Bo')")));
        QVERIFY(read.lastError().text().contains(QStringLiteral("permission denied")));

        TeamDatabase::Problem problem = TeamDatabase::Problem::None;
        QVERIFY(!TeamDatabase::open(as(address, login(QStringLiteral("stranger"))), &error, &problem));
        QCOMPARE(problem, TeamDatabase::Problem::NoAccess);
        QVERIFY2(error.contains(TeamSchema::viewerRole()), qPrintable(error));
    }

    void aServerThatDoesNotAnswerIsSaidPlainly()
    {
        TeamDatabaseAddress address = m_cluster.admin();
        QTemporaryDir empty; // a socket folder no server listens in
        address.host = empty.path();
        QString error;
        TeamDatabase::Problem problem = TeamDatabase::Problem::None;
        QVERIFY(!TeamDatabase::open(address, &error, &problem));
        QCOMPARE(problem, TeamDatabase::Problem::Unreachable);
        QVERIFY2(error.contains(address.toString()) && error.contains(QStringLiteral("Cannot connect")), qPrintable(error));
        QVERIFY(!TeamDatabase::initialize(address, &error, &problem));
        QCOMPARE(problem, TeamDatabase::Problem::Unreachable);
    }

    void theCommandLineSetsUpATeamDatabase()
    {
        const TeamDatabaseAddress address = newDatabase();
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        TestProcess::Run run = TestProcess::run(QStringLiteral(TALENTFLOW_BINARY), {QStringLiteral("--init-team-database"), address.toString()}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(TeamSchema::editorRole()) && run.out.contains(TeamSchema::viewerRole()), qPrintable(run.out));
        QString error;
        std::unique_ptr<TeamDatabase> team = TeamDatabase::open(address, &error);
        QVERIFY2(team, qPrintable(error));

        run = TestProcess::run(QStringLiteral(TALENTFLOW_BINARY), {QStringLiteral("--init-team-database"), address.toString()}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already set up")), qPrintable(run.err));

        run = TestProcess::run(QStringLiteral(TALENTFLOW_BINARY),
                               {QStringLiteral("--init-team-database"), QStringLiteral("postgresql://ana:secret@localhost/desk")}, environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral(".pgpass")) && !run.err.contains(QStringLiteral("secret")), qPrintable(run.err));
    }

    // SQLite to PostgreSQL and back: the three exports are the same bytes, and what the copy did
    // not carry (the file's search index) is made again.
    void aFileCopiedToATeamDatabaseAndBackExportsTheSameBytes()
    {
        QTemporaryDir dir;
        const auto path = [&dir](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const auto talentflow = [&environment](const QStringList &arguments) {
            return TestProcess::run(QStringLiteral(TALENTFLOW_BINARY), arguments, environment);
        };
        TestProcess::Run run = talentflow({QStringLiteral("--new-database"), path("seed.sqlite")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // A fact recorded by hand, so the change log has entries to carry.
        QString quote;
        QString source;
        {
            QString error;
            std::unique_ptr<Database> seed = Database::open(path("seed.sqlite"), &error);
            QVERIFY2(seed, qPrintable(error));
            QSqlQuery excerpt(seed->connection());
            QVERIFY(excerpt.exec(QStringLiteral("SELECT source_id, text FROM citation WHERE movement_id IS NOT NULL "
                                                "AND text LIKE '%Zoph%' ORDER BY id LIMIT 1")) && excerpt.next());
            source = excerpt.value(0).toString();
            quote = excerpt.value(1).toString();
        }
        run = talentflow({QStringLiteral("--database"), path("seed.sqlite"), QStringLiteral("--add-movement"), QStringLiteral("--person"),
                          QStringLiteral("Barret Zoph"), QStringLiteral("--kind"), QStringLiteral("sabbatical"), QStringLiteral("--company"),
                          QStringLiteral("OpenAI"), QStringLiteral("--source"), source, QStringLiteral("--quote"), quote});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = talentflow({QStringLiteral("--database"), path("seed.sqlite"), QStringLiteral("--export-data"), path("file.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const TeamDatabaseAddress address = newDatabase();
        QString error;
        QVERIFY2(TeamDatabase::initialize(address, &error), qPrintable(error));
        run = talentflow({QStringLiteral("--database"), path("seed.sqlite"), QStringLiteral("--copy-to"), address.toString()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = talentflow({QStringLiteral("--database"), address.toString(), QStringLiteral("--export-data"), path("team.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = talentflow({QStringLiteral("--database"), address.toString(), QStringLiteral("--copy-to"), path("back.sqlite")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = talentflow({QStringLiteral("--database"), path("back.sqlite"), QStringLiteral("--export-data"), path("back.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const auto bytes = [&path](const char *name) {
            QFile file(path(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QVERIFY(bytes("file.json").size() > 100000);
        QVERIFY(bytes("file.json") == bytes("team.json"));
        QVERIFY(bytes("file.json") == bytes("back.json"));

        // Counted in each database on its own: the team database holds every row, with the ids the
        // file gave them, and makes the next id after them.
        std::unique_ptr<TeamDatabase> team = TeamDatabase::open(address, &error);
        QVERIFY2(team, qPrintable(error));
        std::unique_ptr<Database> file = Database::open(path("seed.sqlite"), &error);
        QVERIFY2(file, qPrintable(error));
        for (const QString &table : {QStringLiteral("movement"), QStringLiteral("citation"), QStringLiteral("change_log"),
                                     QStringLiteral("role"), QStringLiteral("source")}) {
            const QString sum = QStringLiteral("SELECT count(*), sum(id) FROM %1").arg(table);
            QSqlQuery here(file->connection());
            QSqlQuery there(team->connection());
            QVERIFY(here.exec(sum) && here.next() && there.exec(sum) && there.next());
            QVERIFY2(here.value(0).toLongLong() > 0, qPrintable(table));
            QCOMPARE(there.value(0).toLongLong(), here.value(0).toLongLong());
            QCOMPARE(there.value(1).toLongLong(), here.value(1).toLongLong());
        }
        QSqlQuery next(team->connection());
        QVERIFY2(next.exec(QStringLiteral("INSERT INTO company (name_en) VALUES ('Next') RETURNING id, (SELECT max(id) FROM company WHERE name_en <> 'Next')"))
                     && next.next(),
                 qPrintable(next.lastError().text()));
        QCOMPARE(next.value(0).toLongLong(), next.value(1).toLongLong() + 1);
        // Who made the file's changes is not known; the team database says so rather than name the copier.
        QVERIFY(next.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE changed_by IS NOT NULL")) && next.next());
        QCOMPARE(next.value(0).toInt(), 0);

        // The copy back searches as the file does: its search index was made again.
        const TestProcess::Run found = talentflow({QStringLiteral("--database"), path("seed.sqlite"), QStringLiteral("--find"), QStringLiteral("穆拉")});
        const TestProcess::Run foundAgain = talentflow({QStringLiteral("--database"), path("back.sqlite"), QStringLiteral("--find"), QStringLiteral("穆拉")});
        QVERIFY2(found.exitCode == 0 && found.out.contains(QStringLiteral("Murati")), qPrintable(found.out + found.err));
        QCOMPARE(foundAgain.out, found.out);
    }

    void aCopyNeverMergesNorOverwrites()
    {
        QTemporaryDir dir;
        const QString seed = dir.filePath(QStringLiteral("seed.sqlite"));
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const auto talentflow = [&environment](const QStringList &arguments) {
            return TestProcess::run(QStringLiteral(TALENTFLOW_BINARY), arguments, environment);
        };
        QCOMPARE(talentflow({QStringLiteral("--new-database"), seed}).exitCode, 0);
        const TeamDatabaseAddress address = newDatabase();
        QString error;
        QVERIFY2(TeamDatabase::initialize(address, &error), qPrintable(error));
        {
            std::unique_ptr<TeamDatabase> team = TeamDatabase::open(address, &error);
            QVERIFY2(team, qPrintable(error));
            QVERIFY(QSqlQuery(team->connection()).exec(QStringLiteral("INSERT INTO person (name_en) VALUES ('Already here')")));
        }
        TestProcess::Run run = talentflow({QStringLiteral("--database"), seed, QStringLiteral("--copy-to"), address.toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("empty database only")), qPrintable(run.err));
        std::unique_ptr<TeamDatabase> team = TeamDatabase::open(address, &error);
        QVERIFY2(team, qPrintable(error));
        QSqlQuery count(team->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM movement)")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        QCOMPARE(count.value(1).toInt(), 0);

        // A viewer cannot be copied into, and a file that is there is never replaced.
        const TeamDatabaseAddress empty = newDatabase();
        QVERIFY2(TeamDatabase::initialize(empty, &error), qPrintable(error));
        QVERIFY(asAdministrator({QStringLiteral("GRANT %1 TO %2").arg(TeamSchema::viewerRole(), login(QStringLiteral("reader")))}));
        run = talentflow({QStringLiteral("--database"), seed, QStringLiteral("--copy-to"), as(empty, login(QStringLiteral("reader"))).toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("may only read")), qPrintable(run.err));
        QFile existing(dir.filePath(QStringLiteral("there.sqlite")));
        QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("kept") == 4);
        existing.close();
        run = talentflow({QStringLiteral("--database"), address.toString(), QStringLiteral("--copy-to"), existing.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("never overwrites")), qPrintable(run.err));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("kept"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no partial copy left

        // What a copy refuses, an import does: the file's records merged into the ones there.
        const QString exported = dir.filePath(QStringLiteral("seed.json"));
        QCOMPARE(talentflow({QStringLiteral("--database"), seed, QStringLiteral("--export-data"), exported}).exitCode, 0);
        run = talentflow({QStringLiteral("--database"), address.toString(), QStringLiteral("--import-data"), exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("imported ")), qPrintable(run.out));
        std::unique_ptr<Database> file = Database::open(seed, &error);
        QVERIFY2(file, qPrintable(error));
        QSqlQuery seeded(file->connection());
        QVERIFY(seeded.exec(QStringLiteral("SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM movement)")) && seeded.next());
        QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM movement)")) && count.next());
        QCOMPARE(count.value(0).toInt(), seeded.value(0).toInt() + 1); // the seed's people beside the one already there
        QCOMPARE(count.value(1).toInt(), seeded.value(1).toInt());
    }

    // Every read the window makes, on a file and on its copy in a team database: the same
    // answers, the file's being the oracle.
    void theWindowsReadsAnswerTheSameOnBothEngines()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> file;
        const TeamDatabaseAddress address = m_cluster.seededFileAndItsCopy(dir, file);
        QVERIFY(file);
        QString error;
        std::unique_ptr<TeamDatabase> team = TeamDatabase::open(address, &error);
        QVERIFY2(team, qPrintable(error));
        const QSqlDatabase here = file->connection();
        const QSqlDatabase there = team->connection();

        QList<qint64> people;
        QList<qint64> companies;
        QSqlQuery ids(here);
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM person ORDER BY id")));
        while (ids.next())
            people.append(ids.value(0).toLongLong());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM company ORDER BY id")));
        while (ids.next())
            companies.append(ids.value(0).toLongLong());
        QVERIFY(people.size() > 20 && companies.size() > 5);

        // The table, in every order and both languages, whole and filtered.
        QList<RoleFilter> filters = {RoleFilter()};
        for (qint64 company : companies.mid(0, 4))
            filters.append(RoleFilter{company, std::nullopt});
        filters.append(RoleFilter{std::nullopt, people.mid(3, 9)});
        filters.append(RoleFilter{companies.first(), people.mid(0, 30)});
        filters.append(RoleFilter{std::nullopt, QList<qint64>()});
        int compared = 0;
        int withRows = 0;
        for (const RoleFilter &filter : std::as_const(filters)) {
            for (DisplayLanguage language : {DisplayLanguage::English, DisplayLanguage::Chinese}) {
                for (int column = 0; column < RolesTableModel::ColumnCount; ++column) {
                    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                        RolesTableModel fileTable(here);
                        RolesTableModel teamTable(there);
                        for (RolesTableModel *model : {&fileTable, &teamTable}) {
                            model->setLanguage(language);
                            model->setRoleFilter(filter);
                            model->sort(column, order);
                        }
                        const QStringList expected = describeTable(fileTable);
                        QCOMPARE(describeTable(teamTable), expected);
                        QVERIFY2(teamTable.readProblem().isEmpty(), qPrintable(teamTable.readProblem()));
                        ++compared;
                        withRows += expected.isEmpty() ? 0 : 1;
                    }
                }
            }
            const BrowseRepository fileBrowse(here);
            const BrowseRepository teamBrowse(there);
            const std::optional<ShownCounts> counts = fileBrowse.shownCounts(filter, &error);
            QVERIFY2(counts, qPrintable(error));
            const std::optional<ShownCounts> teamCounts = teamBrowse.shownCounts(filter, &error);
            QVERIFY2(teamCounts, qPrintable(error));
            QCOMPARE(teamCounts->people, counts->people);
            QCOMPARE(teamCounts->movements, counts->movements);
        }
        QCOMPARE(compared, filters.size() * 2 * RolesTableModel::ColumnCount * 2);
        QVERIFY2(withRows >= compared / 2, qPrintable(QStringLiteral("%1 of %2 tables had rows").arg(withRows).arg(compared)));

        const std::optional<QList<CompanyRecord>> listed = BrowseRepository(here).companies(&error);
        QVERIFY2(listed, qPrintable(error));
        const std::optional<QList<CompanyRecord>> teamListed = BrowseRepository(there).companies(&error);
        QVERIFY2(teamListed, qPrintable(error));
        QCOMPARE(teamListed->size(), listed->size());
        for (qsizetype i = 0; i < listed->size(); ++i)
            QCOMPARE(teamListed->at(i).id, listed->at(i).id);

        // The detail pane of every person.
        for (qint64 person : std::as_const(people)) {
            const std::optional<PersonDetail> detail = PersonDetailRepository(here).personDetail(person, &error);
            QVERIFY2(detail, qPrintable(error));
            const std::optional<PersonDetail> teamDetail = PersonDetailRepository(there).personDetail(person, &error);
            QVERIFY2(teamDetail, qPrintable(error));
            QCOMPARE(describePerson(*teamDetail), describePerson(*detail));
        }

        // The charts: departures by person and by company under each filter, the founders, and
        // the talent flow in each kind of period.
        for (const RoleFilter &filter : std::as_const(filters)) {
            for (LaneGrouping grouping : {LaneGrouping::Person, LaneGrouping::Company}) {
                TimelineQuery query;
                query.filter = filter;
                query.grouping = grouping;
                const std::optional<TimelineInput> timeline = TimelineRepository(here).load(query, &error);
                QVERIFY2(timeline, qPrintable(error));
                const std::optional<TimelineInput> teamTimeline = TimelineRepository(there).load(query, &error);
                QVERIFY2(teamTimeline, qPrintable(error));
                QCOMPARE(describeTimeline(*teamTimeline), describeTimeline(*timeline));
            }
            for (FlowPeriods periods : {FlowPeriods::Years, FlowPeriods::FiveYears, FlowPeriods::Eras}) {
                FlowQuery query;
                query.filter = filter;
                query.periods = periods;
                const std::optional<TalentFlowData> flows = FlowRepository(here).load(query, &error);
                QVERIFY2(flows, qPrintable(error));
                const std::optional<TalentFlowData> teamFlows = FlowRepository(there).load(query, &error);
                QVERIFY2(teamFlows, qPrintable(error));
                QCOMPARE(describeFlows(*teamFlows), describeFlows(*flows));
            }
        }
        // Search, in both scripts, by pinyin, by a part of a name, a title or an excerpt, one or
        // two characters, and a misspelling that only suggestions answer.
        const QStringList searches = {QStringLiteral("Murati"), QStringLiteral("murati"), QStringLiteral("穆拉"),
                                      QStringLiteral("mulati"), QStringLiteral("佐夫"), QStringLiteral("夫"),
                                      QStringLiteral("Zoph"), QStringLiteral("Chief Technology"), QStringLiteral("解雇"),
                                      QStringLiteral("Muratti"), QStringLiteral("Sutskevr"), QStringLiteral("100%_\\"),
                                      QStringLiteral("\"quoted\"")};
        // Who went back to a company they had left (the Returned box), alone and with a search.
        for (const QString &text : {QString(), QStringLiteral("Karpathy")}) {
            FilterRequest request;
            request.search = text;
            request.returnedOnly = true;
            const std::optional<RoleFilter> returned = SearchRepository(here).resolve(request, &error);
            QVERIFY2(returned, qPrintable(error));
            const std::optional<RoleFilter> teamReturned = SearchRepository(there).resolve(request, &error);
            QVERIFY2(teamReturned, qPrintable(error));
            QVERIFY(returned->personIds && !returned->personIds->isEmpty());
            QVERIFY(*teamReturned == *returned);
        }
        // The detail pane's moves by id, in the order asked.
        QList<qint64> asked;
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM movement ORDER BY date DESC, id LIMIT 12")));
        while (ids.next())
            asked.append(ids.value(0).toLongLong());
        const std::optional<QList<MovementView>> moves = PersonDetailRepository(here).movements(asked, &error);
        QVERIFY2(moves, qPrintable(error));
        const std::optional<QList<MovementView>> teamMoves = PersonDetailRepository(there).movements(asked, &error);
        QVERIFY2(teamMoves, qPrintable(error));
        QCOMPARE(teamMoves->size(), asked.size());
        for (qsizetype i = 0; i < asked.size(); ++i) {
            QCOMPARE(teamMoves->at(i).id, asked.at(i));
            QCOMPARE(describeCitations(teamMoves->at(i).citations), describeCitations(moves->at(i).citations));
        }

        int found = 0;
        for (const QString &text : searches) {
            const std::optional<SearchOutcome> outcome = SearchRepository(here).search(text, &error);
            QVERIFY2(outcome, qPrintable(error));
            const std::optional<SearchOutcome> teamOutcome = SearchRepository(there).search(text, &error);
            QVERIFY2(teamOutcome, qPrintable(text + QLatin1Char(' ') + error));
            QCOMPARE(describeMatches(teamOutcome->matches), describeMatches(outcome->matches));
            QCOMPARE(describeMatches(teamOutcome->suggestions), describeMatches(outcome->suggestions));
            found += outcome->matches.isEmpty() && outcome->suggestions.isEmpty() ? 0 : 1;
        }
        QVERIFY2(found >= searches.size() - 3, qPrintable(QString::number(found)));
        for (qint64 person : std::as_const(people)) {
            const std::optional<QList<PersonMatch>> same = SearchRepository(here).sameNamedPeople(person, &error);
            QVERIFY2(same, qPrintable(error));
            const std::optional<QList<PersonMatch>> teamSame = SearchRepository(there).sameNamedPeople(person, &error);
            QVERIFY2(teamSame, qPrintable(error));
            QCOMPARE(describeMatches(*teamSame), describeMatches(*same));
        }

        TimelineQuery founders;
        founders.kind = TimelineKind::Founders;
        const std::optional<TimelineInput> foundingTeam = TimelineRepository(here).load(founders, &error);
        QVERIFY2(foundingTeam, qPrintable(error));
        QVERIFY(foundingTeam->data.lanes.size() >= 11);
        const std::optional<TimelineInput> teamFoundingTeam = TimelineRepository(there).load(founders, &error);
        QVERIFY2(teamFoundingTeam, qPrintable(error));
        QCOMPARE(describeTimeline(*teamFoundingTeam), describeTimeline(*foundingTeam));
        // Returns are read on both: the seed has someone who came back.
        QVERIFY(describeTimeline(*foundingTeam).join(QLatin1Char('\n')).contains(QStringLiteral("returning 1")));
    }

    // The window's data session on a team database: its reads on worker threads, each with its own
    // connection to the server, answer as on the file; nothing can be written through it yet, and
    // the window and its screenshot open it.
    void theWindowBrowsesATeamDatabaseReadOnly()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> file;
        const TeamDatabaseAddress address = m_cluster.seededFileAndItsCopy(dir, file);
        QVERIFY(file);
        QString error;
        {
            std::unique_ptr<Database> team = Database::open(address.toString(), &error);
            QVERIFY2(team, qPrintable(error));
            QVERIFY(team->isTeamDatabase());
            QVERIFY(!team->isReadOnly()); // the administrator writes
            QVERIFY(team->mayWriteTeamDatabase());
        }
        QVERIFY(asAdministrator({QStringLiteral("GRANT %1 TO %2").arg(TeamSchema::viewerRole(), login(QStringLiteral("reader")))}));
        const QString viewer = as(address, login(QStringLiteral("reader"))).toString();
        TimelineQuery query;
        const std::optional<TimelineInput> expected = TimelineRepository(file->connection()).load(query, &error);
        QVERIFY2(expected, qPrintable(error));

        DataSession session;
        QSignalSpy failures(&session, &DataSession::failed);
        session.setDatabase(Database::open(viewer, &error));
        QVERIFY2(session.isOpen(), qPrintable(error));
        QVERIFY(!session.isLarge()); // it counted the seed's moves on the server
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.constFirst().constFirst().toString()));
        session.setLargeThreshold(0); // every read on a worker
        QVERIFY(session.isLarge());
        QVERIFY(session.isReadOnly());
        QVERIFY(session.isTeamDatabase());
        QVERIFY2(session.displayName().startsWith(address.database), qPrintable(session.displayName()));
        std::optional<Answer<TimelineInput>> answer;
        QObject asker;
        session.timeline(query, &asker, [&answer](const Answer<TimelineInput> &given) { answer = given; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
        QVERIFY2(*answer, qPrintable(answer->error));
        QCOMPARE(describeTimeline(*answer->value), describeTimeline(*expected));
        ArticleDetails details;
        details.publisher = QStringLiteral("Changed");
        const Answer<bool> refused = session.setArticleDetails(1, details);
        QVERIFY(!refused);
        std::unique_ptr<Database> reader = Database::open(address.toString(), &error);
        QVERIFY2(reader, qPrintable(error));
        QSqlQuery unchanged(reader->connection());
        QVERIFY(unchanged.exec(QStringLiteral("SELECT count(*) FROM source WHERE publisher = 'Changed'")) && unchanged.next());
        QCOMPARE(unchanged.value(0).toInt(), 0);

        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString shot = dir.filePath(QStringLiteral("team.png"));
        const TestProcess::Run run = TestProcess::run(QStringLiteral(TALENTFLOW_BINARY),
                                                      {QStringLiteral("--database"), viewer, QStringLiteral("--screenshot"), shot,
                                                       QStringLiteral("--size"), QStringLiteral("800x600")},
                                                      environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImageReader(shot).size(), QSize(800, 600));
    }

    void cleanupTestCase() { m_cluster.stop(); }
};

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
