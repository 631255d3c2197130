#include "TestFiles.h"

#include "models/DataTransfer.h"
#include "models/Database.h"
#include "models/AllocatorTuning.h"
#include "models/WorkerPool.h"
#include "ui/MainWindow.h"
#include "ui/browse/PersonSelection.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QChartView>
#include <QSemaphore>
#include <QThreadPool>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>

#include <csignal>
#include <malloc.h>
#include <vector>
#include <unistd.h>

using namespace talentflow;

// Bad files, locks, read-only media, kills and hostile text: never a crash, never lost data.
class TestReliability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_seeded; // a pristine seeded database to copy from

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString copyOfSeed(const QString &name)
    {
        const QString target = path(name);
        QFile::remove(target);
        if (!QFile::copy(m_seeded, target))
            qFatal("cannot copy the seed");
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        return target;
    }

    // Runs SQL on a file through a plain connection, outside Talentflow's safeguards.
    static bool rawSql(const QString &file, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            ok = db.open();
            QSqlQuery query(db);
            for (const QString &statement : statements)
                ok = ok && query.exec(statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

    static QVariant rawValue(const QString &file, const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    value = query.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return value;
    }

    void expectRefused(const QString &file, Database::Problem expected, const QString &words)
    {
        const QByteArray before = TestFiles::digest(file);
        QString error;
        Database::Problem problem = Database::Problem::None;
        QVERIFY(!Database::open(file, &error, &problem));
        QVERIFY2(problem == expected, qPrintable(QStringLiteral("problem %1: %2").arg(int(problem)).arg(error)));
        QVERIFY2(error.contains(words), qPrintable(error));
        QCOMPARE(TestFiles::digest(file), before);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Other users must be able to reach the files of the read-only cases.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        m_seeded = path(QStringLiteral("seeded.sqlite"));
        QString error;
        QVERIFY2(Database::create(m_seeded, Database::Contents::Seeded, &error), qPrintable(error));
    }

    void refusesAFileThatIsNotTalentflows()
    {
        const QString other = path(QStringLiteral("other.sqlite"));
        QVERIFY(rawSql(other, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")}));
        expectRefused(other, Database::Problem::NotTalentflow, QStringLiteral("not a Talentflow database"));
        TestFiles::write(path(QStringLiteral("text.sqlite")), QByteArray("plain text, not SQLite\n").repeated(100));
        expectRefused(path(QStringLiteral("text.sqlite")), Database::Problem::NotTalentflow,
                      QStringLiteral("not a Talentflow database"));
    }

    void refusesATruncatedFile()
    {
        const QString file = copyOfSeed(QStringLiteral("truncated.sqlite"));
        QFile f(file);
        QVERIFY(f.resize(f.size() / 2));
        expectRefused(file, Database::Problem::Damaged, QStringLiteral("damaged"));
    }

    void refusesACorruptFile()
    {
        const QString file = copyOfSeed(QStringLiteral("corrupt.sqlite"));
        QByteArray bytes = TestFiles::read(file);
        // Scribble over pages in the middle, leaving the header (and its application id) intact.
        for (int at = 4096 * 3; at < bytes.size() - 4096; at += 4096 * 5)
            bytes.replace(at + 100, 600, QByteArray(600, '\x5a'));
        TestFiles::write(file, bytes);
        expectRefused(file, Database::Problem::Damaged, QStringLiteral("damaged"));
    }

    void refusesANewerSchema()
    {
        const QString file = copyOfSeed(QStringLiteral("newer.sqlite"));
        QVERIFY(rawSql(file, {QStringLiteral("PRAGMA user_version = 99")}));
        expectRefused(file, Database::Problem::Newer, QStringLiteral("newer"));
    }

    void refusesTriggersAndViews_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("trigger") << "CREATE TRIGGER t AFTER INSERT ON company BEGIN DELETE FROM person; END";
        QTest::newRow("view") << "CREATE VIEW v AS SELECT * FROM person";
    }

    void refusesTriggersAndViews()
    {
        QFETCH(QString, sql);
        const QString file = copyOfSeed(QStringLiteral("code.sqlite"));
        QVERIFY(rawSql(file, {sql}));
        expectRefused(file, Database::Problem::UnsafeSchema, QStringLiteral("does not run"));
    }

    void defensiveModeBlocksSchemaWrites()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(copyOfSeed(QStringLiteral("defensive.sqlite")), &error);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("PRAGMA writable_schema = ON"));
        QVERIFY(!query.exec(QStringLiteral("UPDATE sqlite_master SET sql = 'x' WHERE name = 'person'")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA trusted_schema")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void missingPathCreatesNothing()
    {
        QString error;
        Database::Problem problem = Database::Problem::None;
        QVERIFY(!Database::open(path(QStringLiteral("nowhere/missing.sqlite")), &error, &problem));
        QVERIFY(problem == Database::Problem::Missing);
        QVERIFY(!QFile::exists(path(QStringLiteral("nowhere/missing.sqlite"))));
        QVERIFY(!QDir(path(QStringLiteral("nowhere"))).exists());
    }

    void migrationRollsBackAndKeepsABackup()
    {
        const QString file = copyOfSeed(QStringLiteral("old.sqlite"));
        // A version-1 file whose upgrade must fail: a plain table where the search index goes.
        QVERIFY(rawSql(file, {QStringLiteral("DROP TABLE search_index"), QStringLiteral("DROP INDEX movement_identity"),
                              QStringLiteral("DROP INDEX role_identity"), QStringLiteral("DROP INDEX citation_identity"),
                              QStringLiteral("DROP INDEX person_display_en"), QStringLiteral("DROP INDEX person_display_zh"),
                              QStringLiteral("DROP INDEX company_display_en"), QStringLiteral("DROP INDEX company_display_zh"),
                              QStringLiteral("DROP INDEX role_title_en"), QStringLiteral("DROP INDEX role_title_zh"),
                              QStringLiteral("DROP INDEX role_start"), QStringLiteral("DROP INDEX role_end"),
                              QStringLiteral("CREATE TABLE search_index (x)"), QStringLiteral("PRAGMA user_version = 1")}));
        const QByteArray before = TestFiles::digest(file);
        QString error;
        QVERIFY(!Database::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot upgrade")), qPrintable(error));
        QCOMPARE(TestFiles::digest(file), before);
        QVERIFY(QFile::exists(file + QStringLiteral(".v1.backup")));
        QCOMPARE(rawValue(file, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    void twoConnectionsOnOneFileBothWork()
    {
        const QString file = copyOfSeed(QStringLiteral("shared.sqlite"));
        QString error;
        std::unique_ptr<Database> writer = Database::open(file, &error);
        std::unique_ptr<Database> reader = Database::open(file, &error);
        QVERIFY(writer && reader);
        QSqlQuery read(reader->connection());
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM person")) && read.next());
        const int before = read.value(0).toInt();
        read.finish();
        TestFiles::write(path(QStringLiteral("one.json")), R"({"format": "talentflow-export", "version": 1,
            "sources": [{"id": 1, "file": "one.txt", "title": "One", "language": "en", "published": null,
                         "published_precision": "unknown", "body": "Cy Example joined Acme."}],
            "companies": [{"id": 1, "name_en": "Acme", "name_zh": ""}],
            "people": [{"id": 1, "name_en": "Cy Example", "name_zh": "", "aliases": []}], "roles": [],
            "movements": [{"id": 1, "person_id": 1, "kind": "joined", "company_id": 1, "to_company_id": null,
                           "date": null, "precision": "unknown",
                           "citations": [{"source_id": 1, "start": 0, "end": 22, "text": "Cy Example joined Acme"}]}]})");
        QVERIFY2(DataTransfer(*writer).importFrom(path(QStringLiteral("one.json")), nullptr, &error), qPrintable(error));
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM person")) && read.next());
        QCOMPARE(read.value(0).toInt(), before + 1);
    }

    void aLockedDatabaseIsReportedBusyQuickly()
    {
        const QString file = copyOfSeed(QStringLiteral("locked.sqlite"));
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {file});
        QVERIFY(holder.waitForStarted());
        holder.write("BEGIN IMMEDIATE;\nINSERT INTO company (name_en, name_zh) VALUES ('Lock', 'Lock');\nSELECT 'held';\n");
        QVERIFY(holder.waitForReadyRead(5000));
        QVERIFY(holder.readAll().contains("held"));

        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error); // reading still works
        QVERIFY2(db, qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!DataTransfer(*db).importFrom(path(QStringLiteral("one.json")), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("busy")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("no such table")), qPrintable(error));
        QVERIFY(timer.elapsed() < 4000);
        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(5000));
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("one.json")), nullptr, &error), qPrintable(error));
    }

    void readOnlyFileAndFolderOpenReadOnlyForAnotherUser()
    {
        // Root ignores permissions, so the binary runs as "nobody" when the test runs as root.
        const bool root = ::geteuid() == 0;
        const QString folder = path(QStringLiteral("media"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/ro.sqlite");
        QVERIFY(QFile::copy(m_seeded, file));
        const QString out = path(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        QFile::setPermissions(out, QFileDevice::Permissions(0x7777));
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), out);
            env.insert(QStringLiteral("XDG_DATA_HOME"), out + QStringLiteral("/data"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), out + QStringLiteral("/config"));
            env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
            process.setProcessEnvironment(env);
            if (root)
                process.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                                     QStringLiteral("--clear-groups"), QStringLiteral(TALENTFLOW_BINARY)}
                                                             + arguments);
            else
                process.start(QStringLiteral(TALENTFLOW_BINARY), arguments);
            process.waitForFinished(60000);
            return qMakePair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
        };
        const auto checkReadOnly = [&](const char *label) {
            const QByteArray before = TestFiles::digest(file);
            const auto exported = run({QStringLiteral("--database"), file, QStringLiteral("--export-data"), out + QStringLiteral("/ro.json")});
            QVERIFY2(exported.first == 0, qPrintable(QLatin1String(label) + QStringLiteral(": ") + exported.second));
            QVERIFY(QFile::exists(out + QStringLiteral("/ro.json")));
            const auto imported = run({QStringLiteral("--database"), file, QStringLiteral("--import-data"), out + QStringLiteral("/ro.json")});
            QCOMPARE(imported.first, 1);
            QVERIFY2(imported.second.contains(QStringLiteral("read-only")), qPrintable(imported.second));
            QCOMPARE(TestFiles::digest(file), before);
            QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
            QFile::remove(out + QStringLiteral("/ro.json"));
        };
        // A read-only file in a folder others may enter.
        QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
        checkReadOnly("read-only file");
        // A writable file in a read-only folder: SQLite could not make its journal there.
        QFile::setPermissions(file, QFileDevice::Permissions(0x6666));
        QFile::setPermissions(folder, QFileDevice::Permissions(0x5555));
        checkReadOnly("read-only folder");
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
    }

    void readOnlyDatabaseShowsANoticeAndDisablesImport()
    {
        QString error;
        MainWindow window;
        window.setPersistent(false);
        window.setDatabase(Database::open(copyOfSeed(QStringLiteral("gui-ro.sqlite")), &error, nullptr,
                                          Database::Access::ReadOnly));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel *notice = window.findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        bool importFound = false;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I)) {
                importFound = true;
                QVERIFY(!action->isEnabled());
            }
        }
        QVERIFY(importFound);
    }

    void killedDuringImportLeavesAllOrNothing()
    {
        const QString data = path(QStringLiteral("big.json"));
        QProcess generator;
        generator.start(QStringLiteral(TALENTFLOW_GENERATOR),
                        {data, QStringLiteral("--people"), QStringLiteral("1500"), QStringLiteral("--roles"),
                         QStringLiteral("3000"), QStringLiteral("--movements"), QStringLiteral("15000"),
                         QStringLiteral("--companies"), QStringLiteral("200"), QStringLiteral("--sources"), QStringLiteral("40")});
        QVERIFY(generator.waitForFinished(60000) && generator.exitCode() == 0);

        const int seedMovements = rawValue(m_seeded, QStringLiteral("SELECT count(*) FROM movement")).toInt();
        // A large import drops the read indexes and builds them again before it commits.
        const QString indexCount = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'");
        const int seedIndexes = rawValue(m_seeded, indexCount).toInt();
        QVERIFY(seedIndexes > 20);
        // Killed at a moment, or as soon as the import logs that it reached a phase.
        const auto import = [&](const QString &file, int killAfterMs, const QByteArray &killAtPhase = {}) {
            QProcess process;
            process.setReadChannel(QProcess::StandardError);
            process.start(QStringLiteral(TALENTFLOW_BINARY), {QStringLiteral("--verbose"), QStringLiteral("--database"), file,
                                                              QStringLiteral("--import-data"), data});
            process.waitForStarted();
            const auto kill = [&process] {
                // A finished process has no id, and kill(0) would signal this whole process group.
                const qint64 pid = process.processId();
                if (process.state() != QProcess::NotRunning && pid > 0)
                    ::kill(pid_t(pid), SIGKILL);
            };
            if (!killAtPhase.isEmpty()) {
                bool reached = false;
                while (!reached && process.waitForReadyRead(120000)) {
                    while (!reached && process.canReadLine())
                        reached = process.readLine().contains(killAtPhase);
                }
                if (reached)
                    kill();
            } else if (killAfterMs >= 0) {
                QTest::qWait(killAfterMs);
                kill();
            }
            process.waitForFinished(120000);
        };
        // How long a whole import takes here, then kills spread across it.
        QElapsedTimer timer;
        timer.start();
        const QString full = copyOfSeed(QStringLiteral("full.sqlite"));
        import(full, -1);
        const qint64 duration = timer.elapsed();
        const int allMovements = rawValue(full, QStringLiteral("SELECT count(*) FROM movement")).toInt();
        // Random moves can repeat one another; repeats merge, so a few less than 15,000 are new.
        QVERIFY(allMovements > seedMovements + 14900);
        QCOMPARE(rawValue(full, indexCount).toInt(), seedIndexes);

        int none = 0;
        int all = 0;
        const auto checkKilled = [&](const QString &file, const QString &when) {
            QCOMPARE(rawValue(file, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            const int movements = rawValue(file, QStringLiteral("SELECT count(*) FROM movement")).toInt();
            QVERIFY2(movements == seedMovements || movements == allMovements,
                     qPrintable(QStringLiteral("kill %1: %2 movements").arg(when).arg(movements)));
            QCOMPARE(rawValue(file, indexCount).toInt(), seedIndexes);
            (movements == seedMovements ? none : all) += 1;
        };
        const auto freshCopy = [&] {
            const QString file = copyOfSeed(QStringLiteral("killed.sqlite"));
            QFile::remove(file + QStringLiteral("-wal"));
            QFile::remove(file + QStringLiteral("-shm"));
            return file;
        };
        for (int point = 0; point < 16; ++point) {
            const QString file = freshCopy();
            import(file, int(duration * (point + 1) / 16));
            checkKilled(file, QStringLiteral("at %1/16").arg(point + 1));
        }
        // The phases inside the transaction, from just after BEGIN to just before COMMIT.
        const QByteArrayList phases{"import: checked", "import: dropped the read indexes", "import: merged",
                                    "import: built the read indexes", "import: indexed"};
        const int noneBeforePhases = none;
        for (const QByteArray &phase : phases) {
            const QString file = freshCopy();
            import(file, -1, phase);
            checkKilled(file, QString::fromLatin1(phase));
        }
        qInfo("kills: %d left nothing imported, %d after the commit (import took %lld ms)", none, all, duration);
        // Merging 15,000 movements lies between the first phase and COMMIT: that kill lands inside.
        QVERIFY(none > noneBeforePhases);
    }

    void hostileTextDisplaysWithoutHanging()
    {
        const QString megabyte(1024 * 1024, QChar(u'漢'));
        const QString controls = QStringLiteral("ctrl\x01\x02\x1b[31m\u200e\u202e end");
        const QString rtl = QStringLiteral("محمد علي עברית");
        const QString mixed = QStringLiteral("Zoë 佐夫 Ωμέγα 🚀");
        const QString body = QStringLiteral("%1 was here. %2 joined. %3 left. %4 founded.").arg(megabyte, controls, rtl, mixed);
        const auto person = [](int id, const QString &en, const QString &zh) {
            return QStringLiteral(R"({"id": %1, "name_en": %2, "name_zh": %3, "aliases": []})")
                .arg(id)
                .arg(QString::fromUtf8(QJsonDocument(QJsonArray{en}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                     QString::fromUtf8(QJsonDocument(QJsonArray{zh}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        };
        QJsonArray movements;
        const QStringList excerpts{megabyte, controls, rtl, mixed};
        const QStringList kinds{QStringLiteral("joined"), QStringLiteral("joined"), QStringLiteral("left"), QStringLiteral("founded")};
        for (int i = 0; i < excerpts.size(); ++i) {
            const int start = int(body.indexOf(excerpts.at(i)));
            movements.append(QJsonObject{{QStringLiteral("id"), i + 1}, {QStringLiteral("person_id"), i + 1},
                                         {QStringLiteral("kind"), kinds.at(i)}, {QStringLiteral("company_id"), 1},
                                         {QStringLiteral("to_company_id"), QJsonValue()}, {QStringLiteral("date"), QStringLiteral("2024-01")},
                                         {QStringLiteral("precision"), QStringLiteral("month")},
                                         {QStringLiteral("citations"), QJsonArray{QJsonObject{{QStringLiteral("source_id"), 1},
                                                                                              {QStringLiteral("start"), start},
                                                                                              {QStringLiteral("end"), start + int(excerpts.at(i).size())},
                                                                                              {QStringLiteral("text"), excerpts.at(i)}}}}});
        }
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("talentflow-export")}, {QStringLiteral("version"), 1},
                               {QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("file"), QStringLiteral("hostile.txt")},
                                                                                  {QStringLiteral("title"), rtl}, {QStringLiteral("language"), QStringLiteral("xx")},
                                                                                  {QStringLiteral("published"), QJsonValue()},
                                                                                  {QStringLiteral("published_precision"), QStringLiteral("unknown")},
                                                                                  {QStringLiteral("body"), body}}}},
                               {QStringLiteral("companies"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name_en"), mixed}, {QStringLiteral("name_zh"), rtl}}}},
                               {QStringLiteral("people"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name_en"), QStringLiteral("Megabyte")}, {QStringLiteral("name_zh"), QString()}, {QStringLiteral("aliases"), QJsonArray()}},
                                                                     QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("name_en"), QString()}, {QStringLiteral("name_zh"), controls}, {QStringLiteral("aliases"), QJsonArray{controls}}},
                                                                     QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("name_en"), rtl}, {QStringLiteral("name_zh"), rtl}, {QStringLiteral("aliases"), QJsonArray()}},
                                                                     QJsonObject{{QStringLiteral("id"), 4}, {QStringLiteral("name_en"), mixed}, {QStringLiteral("name_zh"), QString()}, {QStringLiteral("aliases"), QJsonArray()}}}},
                               {QStringLiteral("roles"), QJsonArray()},
                               {QStringLiteral("movements"), movements}};
        TestFiles::write(path(QStringLiteral("hostile.json")), QJsonDocument(root).toJson());
        Q_UNUSED(person)
        const QString file = copyOfSeed(QStringLiteral("hostile.sqlite"));
        QString error;
        {
            std::unique_ptr<Database> db = Database::open(file, &error);
            QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("hostile.json")), nullptr, &error), qPrintable(error));
        }
        // An import refuses a name longer than an edit may give one, but a file from elsewhere can
        // hold one: the person whose words are the megabyte takes them as a name.
        QVERIFY(rawSql(file, {QStringLiteral("UPDATE person SET name_en = (SELECT c.text FROM citation c JOIN movement m ON "
                                             "m.id = c.movement_id WHERE m.person_id = person.id) WHERE name_en = 'Megabyte'")}));
        QCOMPARE(rawValue(file, QStringLiteral("SELECT max(length(name_en)) FROM person")).toInt(), 1024 * 1024);
        MainWindow window;
        window.setPersistent(false);
        window.setDatabase(Database::open(file, &error));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSqlQuery ids(QSqlDatabase::database()); // unused default connection guard
        for (int step = 0; step < 4; ++step) {
            const qint64 id = rawValue(file, QStringLiteral("SELECT id FROM person ORDER BY id DESC LIMIT 1 OFFSET %1").arg(step)).toLongLong();
            window.selection()->select(id);
            QApplication::processEvents();
        }
        window.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("漢漢漢"));
        QApplication::processEvents();
        QVERIFY(!window.findChild<QTextBrowser *>(QStringLiteral("detailText"))->toPlainText().isEmpty());
    }

    // Qt 6.4's raster engine splits large fills (a chart's background) across the global thread pool and waits:
    // database work parked there once froze the first paint for as long as a query ran.
    void paintingNeverWaitsForDatabaseWork()
    {
        const int blockers = QThreadPool::globalInstance()->maxThreadCount() + 1;
        QSemaphore release;
        QAtomicInt running = 0;
        // A worker gives up waiting only when nothing released it: a paint that waited for the
        // pool could only finish after that, so one that finished first never waited.
        QAtomicInt gaveUp = 0;
        int finished = 0;
        QObject context;
        for (int i = 0; i < blockers; ++i) {
            runInBackground<int>(
                &context, m_seeded,
                [&](Database &) {
                    running.fetchAndAddOrdered(1);
                    if (!release.tryAcquire(1, 60000))
                        gaveUp.fetchAndAddOrdered(1);
                    return 0;
                },
                [&](const int &) { ++finished; });
        }
        // As many as Qt's own pool could hold, so a build that used it would have it full. On
        // failure the workers are released first: they use this frame's semaphore and counter.
        const auto releaseWorkers = [&] {
            release.release(blockers);
            databaseWorkPool()->waitForDone();
        };
        const auto poolIsFull = [&] { return running.loadAcquire() >= QThreadPool::globalInstance()->maxThreadCount(); };
        if (!QTest::qWaitFor(poolIsFull, 30000)) {
            releaseWorkers();
            QFAIL("the database work did not start");
        }

        // The window's own chart, painted the way the first frame paints it.
        QChartView view(new QChart);
        view.resize(1600, 900);
        view.grab();
        const int gaveUpBeforeThePaintEnded = gaveUp.loadAcquire();
        releaseWorkers();
        QTRY_COMPARE_WITH_TIMEOUT(finished, blockers, 60000);
        QCOMPARE(gaveUpBeforeThePaintEnded, 0);
    }

    // Releasing a long-scrolled table frees hundreds of thousands of small strings. Left in
    // glibc's fast bins, they were all merged at once by the next large allocation: a 40 ms
    // freeze when a filter replaced the rows. Tuned, nothing waits in the fast bins.
    void releasedSmallStringsAreNotLeftForOneLargeMerge()
    {
        tuneAllocatorForLargeResults();
        // Other threads' arenas may hold a few chunks from before the tuning: count what this adds.
        const size_t before = mallinfo2().fsmblks;
        std::vector<QString> strings;
        strings.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            strings.push_back(QString::number(i).repeated(2));
        for (QString &text : strings)
            text = QString();
        const size_t after = mallinfo2().fsmblks;
        QVERIFY2(after <= before, qPrintable(QStringLiteral("%1 bytes more in fast bins").arg(after - before)));
    }

    void logsHoldNoExcerpts()
    {
        const QString home = path(QStringLiteral("loghome"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
        process.setProcessEnvironment(env);
        const QString file = copyOfSeed(QStringLiteral("logged.sqlite"));
        process.start(QStringLiteral(TALENTFLOW_BINARY), {QStringLiteral("--database"), file, QStringLiteral("--import-data"),
                                                          path(QStringLiteral("hostile.json"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString log = QString::fromUtf8(TestFiles::read(home + QStringLiteral("/talentflow/logs/talentflow.log")));
        QVERIFY(log.contains(QStringLiteral("imported")));
        QVERIFY(log.contains(file));
        QVERIFY(!log.contains(QStringLiteral("漢漢漢")));
        QVERIFY(!log.contains(QStringLiteral("محمد")));
    }
};

QTEST_MAIN(TestReliability)
#include "tst_reliability.moc"
