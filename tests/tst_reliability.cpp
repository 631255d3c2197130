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
#include <QSqlRecord>
#include <QRegularExpression>
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

    // Every row of every table as text: what the file holds, however its pages lie. A change-log
    // row's time is left out (a second run of an edit logs another moment), and the search index
    // is read as its entries, not through FTS5's shadow tables.
    static QStringList contents(const QString &file)
    {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QStringList names;
            QSqlQuery tables(db.open() ? db : QSqlDatabase());
            if (tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'search_index_%' ORDER BY name"))) {
                while (tables.next())
                    names.append(tables.value(0).toString());
            }
            for (const QString &table : names) {
                QSqlQuery read(db);
                if (!read.exec(QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(table)))
                    rows.append(table + QStringLiteral(": ") + read.lastError().text());
                const QSqlRecord columns = read.record();
                while (read.next()) {
                    QStringList values{table};
                    for (int i = 0; i < columns.count(); ++i) {
                        if (table != QLatin1String("change_log") || columns.fieldName(i) != QLatin1String("at"))
                            values.append(read.isNull(i) ? QStringLiteral("NULL") : read.value(i).toString());
                    }
                    rows.append(values.join(QLatin1Char('|')));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return rows;
    }

    static QStringList rawRows(const QString &file, const QString &sql)
    {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QSqlQuery query(db.open() ? db : QSqlDatabase());
            if (query.exec(sql)) {
                const int columns = query.record().count();
                while (query.next()) {
                    QStringList values;
                    for (int i = 0; i < columns; ++i)
                        values.append(query.value(i).toString());
                    rows.append(values.join(QLatin1Char('|')));
                }
            } else {
                rows.append(query.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return rows;
    }

    // The search index's entries, and what a full rebuild would make of the tables: each person's
    // names and aliases, their roles' titles and the words cited about them, each under a rowid
    // whose high byte says which (see models/SearchIndex).
    static QStringList searchEntries(const QString &file)
    {
        return rawRows(file, QStringLiteral("SELECT rowid, person_id, text FROM search_index ORDER BY rowid"));
    }

    static QStringList rebuiltSearchEntries(const QString &file)
    {
        return rawRows(file, QStringLiteral(
            "SELECT (1 << 56) + id, id, name_en FROM person WHERE name_en <> '' "
            "UNION ALL SELECT (2 << 56) + id, id, name_zh FROM person WHERE name_zh <> '' "
            "UNION ALL SELECT (3 << 56) + id, person_id, alias FROM person_alias "
            "UNION ALL SELECT (4 << 56) + id, person_id, title_en FROM role WHERE title_en <> '' "
            "UNION ALL SELECT (5 << 56) + id, person_id, title_zh FROM role WHERE title_zh <> '' "
            "UNION ALL SELECT (6 << 56) + c.id, coalesce(r.person_id, m.person_id), c.text FROM citation c "
            "LEFT JOIN role r ON r.id = c.role_id LEFT JOIN movement m ON m.id = c.movement_id "
            "WHERE coalesce(r.person_id, m.person_id) IS NOT NULL ORDER BY 1"));
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

    // Issue 17: each edit the command line makes, killed as its log announces each step of its
    // transaction, leaves the file holding none of the edit or all of it: rows, change-log rows
    // and search entries alike.
    void killedDuringAnEditLeavesAllOrNothing()
    {
        const QString article = path(QStringLiteral("kill-edit.txt"));
        TestFiles::write(article, "On 14 January 2026 Ada Example left OpenAI for Example Labs. Barret Zoph became chief "
                                  "technology officer of Thinking Machines Lab. Thinking Machines Lab fired Barret Zoph.\n");
        const QString logs = path(QStringLiteral("kill-edit-logs"));

        struct Run
        {
            bool killed = false; // signalled after the phase was announced
            bool crashed = false; // and ended by the signal, not by finishing first
            int exitCode = -1;
            QString err;
        };
        // Runs an edit; given a phase, kills it as soon as a log line announces it.
        const auto run = [&](const QString &file, const QStringList &arguments, const QString &phase = {}) {
            Run result;
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), logs); // its log file stays in the test's folder
            process.setProcessEnvironment(env);
            process.setReadChannel(QProcess::StandardError);
            process.start(QStringLiteral(TALENTFLOW_BINARY),
                          QStringList{QStringLiteral("--verbose"), QStringLiteral("--database"), file} + arguments);
            process.waitForStarted();
            const QRegularExpression announced(phase);
            while (!phase.isEmpty() && !result.killed && process.waitForReadyRead(30000)) {
                while (!result.killed && process.canReadLine()) {
                    const QString line = QString::fromUtf8(process.readLine());
                    result.err += line;
                    if (!announced.match(line).hasMatch())
                        continue;
                    // A finished process has no id, and kill(0) would signal this whole process group.
                    const qint64 pid = process.processId();
                    if (process.state() != QProcess::NotRunning && pid > 0)
                        ::kill(pid_t(pid), SIGKILL);
                    result.killed = true;
                }
            }
            process.waitForFinished(30000);
            result.crashed = process.exitStatus() == QProcess::CrashExit;
            result.exitCode = process.exitCode();
            result.err += QString::fromUtf8(process.readAllStandardError());
            return result;
        };
        // The whole database in the main file, so a copy of that file is a copy of all of it.
        const auto copy = [&](const QString &from, const QString &name) {
            rawSql(from, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
            const QString target = path(name);
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(target + QLatin1String(suffix));
            if (!QFile::copy(from, target))
                qFatal("cannot copy %s", qPrintable(from));
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
            return target;
        };
        // With a rollback journal, a commit must wait for every reader to finish: an edit killed
        // while one reads is stopped inside its transaction, whichever step it had announced.
        const QString reader = QStringLiteral("reader");
        const auto startReading = [&](const QString &file) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader);
            db.setDatabaseName(file);
            if (!db.open())
                return false;
            QSqlQuery read(db);
            return read.exec(QStringLiteral("BEGIN")) && read.exec(QStringLiteral("SELECT count(*) FROM source"))
                && read.next();
        };
        const auto stopReading = [&] {
            {
                QSqlDatabase db = QSqlDatabase::database(reader, false);
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
            QSqlDatabase::removeDatabase(reader);
        };
        const QStringList tables{QStringLiteral("source"), QStringLiteral("person"), QStringLiteral("company"),
                                 QStringLiteral("movement"), QStringLiteral("role"), QStringLiteral("citation"),
                                 QStringLiteral("change_log"), QStringLiteral("search_index")};
        const auto count = [](const QString &file, const QString &table) {
            return rawValue(file, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
        };

        struct Edit
        {
            QString name;
            QString before;         // the file the edit starts from
            QStringList arguments;
            QString words;          // what the edit quotes, which no log may hold
            QStringList phases;     // the steps it announces inside its transaction, in order
            QMap<QString, int> adds; // the rows a whole edit adds, by table
        };
        const QString committed = QStringLiteral("edit: committed");
        int none = 0;
        int all = 0;
        int killedBeforeExit = 0;
        QElapsedTimer timer;
        timer.start();

        // Runs the edit whole once, then kills it at each step; returns the file it leaves whole.
        const auto killEdit = [&](const Edit &edit) -> QString {
            const QStringList before = contents(edit.before);
            const QString whole = copy(edit.before, edit.name + QStringLiteral("-whole.sqlite"));
            const Run finished = run(whole, edit.arguments);
            if (finished.exitCode != 0 || finished.crashed) {
                QTest::qFail(qPrintable(edit.name + QStringLiteral(" failed: ") + finished.err), __FILE__, __LINE__);
                return {};
            }
            // What the whole edit is: its rows, their change-log rows and their search entries.
            for (const QString &table : tables) {
                const int added = count(whole, table) - count(edit.before, table);
                if (added != edit.adds.value(table)) {
                    const QString why = QStringLiteral("%1 added %2 %3 rows, not %4").arg(edit.name).arg(added).arg(table);
                    QTest::qFail(qPrintable(why.arg(edit.adds.value(table))), __FILE__, __LINE__);
                    return {};
                }
            }
            const QStringList after = contents(whole);
            // It announced each step, in order, and named rows by id, never by their words.
            qsizetype step = 0;
            const QStringList announced = edit.phases + QStringList{committed};
            for (const QString &line : finished.err.split(QLatin1Char('\n'))) {
                if (step < announced.size() && QRegularExpression(announced.at(step)).match(line).hasMatch())
                    ++step;
            }
            if (step != announced.size() || finished.err.contains(edit.words)) {
                QTest::qFail(qPrintable(edit.name + QStringLiteral(" announced: ") + finished.err), __FILE__, __LINE__);
                return {};
            }

            // Killed at a step: the app opens the file again, sound, with none or all of the edit.
            // Without a reader the kill races the commit, and either outcome will do; a part will not.
            const auto killAt = [&](const QString &phase, bool reading) {
                const QString when = QStringLiteral("%1 killed at \"%2\"%3")
                                         .arg(edit.name, phase, reading ? QStringLiteral(" while read") : QString());
                const QString file = copy(edit.before, QStringLiteral("kill-edit.sqlite"));
                if (reading && !(rawSql(file, {QStringLiteral("PRAGMA journal_mode = DELETE")}) && startReading(file))) {
                    QTest::qFail(qPrintable(when + QStringLiteral(": cannot read the file")), __FILE__, __LINE__);
                    return;
                }
                const Run killed = run(file, edit.arguments, phase);
                if (reading)
                    stopReading();
                if (!killed.killed) {
                    QTest::qFail(qPrintable(when + QStringLiteral(": no such step in ") + killed.err), __FILE__, __LINE__);
                    return;
                }
                killedBeforeExit += killed.crashed ? 1 : 0;
                QString error;
                QVERIFY2(Database::open(file, &error), qPrintable(when + QStringLiteral(": ") + error));
                QCOMPARE(rawValue(file, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
                const QStringList now = contents(file);
                QVERIFY2(now == before || now == after, qPrintable(when + QStringLiteral(" left part of the edit")));
                QVERIFY2(searchEntries(file) == rebuiltSearchEntries(file),
                         qPrintable(when + QStringLiteral(": the search index differs from a rebuild")));
                (now == before ? none : all) += 1;
                // No commit while a reader holds the file; one announced is done.
                if (reading)
                    QVERIFY2(killed.crashed && now == before, qPrintable(when + QStringLiteral(" changed the file")));
                if (phase == committed)
                    QVERIFY2(now == after, qPrintable(when + QStringLiteral(" lost the edit")));
            };
            for (const QString &phase : edit.phases) {
                killAt(phase, false);
                killAt(phase, true);
            }
            killAt(committed, false);
            return QTest::currentTestFailed() ? QString() : whole;
        };

        const QString left = QStringLiteral("Ada Example left OpenAI");
        const QString withArticle = killEdit({QStringLiteral("--add-source"), m_seeded, {QStringLiteral("--add-source"), article},
                                              left, {QStringLiteral("edit: source \\d+ written"), QStringLiteral("edit: committing")},
                                              {{QStringLiteral("source"), 1}, {QStringLiteral("change_log"), 1}}});
        QVERIFY(!withArticle.isEmpty());
        const QString source = rawValue(withArticle, QStringLiteral("SELECT max(id) FROM source")).toString();
        const auto quoting = [&](const QString &words) {
            return QStringList{QStringLiteral("--source"), source, QStringLiteral("--quote"), words};
        };

        // A new person's move to a new company: both added with it.
        QVERIFY(!killEdit({QStringLiteral("--add-movement"), withArticle,
                           QStringList{QStringLiteral("--add-movement"), QStringLiteral("--person"), QStringLiteral("Ada Example"),
                                       QStringLiteral("--new-person"), QStringLiteral("--kind"), QStringLiteral("left"),
                                       QStringLiteral("--company"), QStringLiteral("OpenAI"), QStringLiteral("--to"),
                                       QStringLiteral("Example Labs"), QStringLiteral("--new-company"), QStringLiteral("--date"),
                                       QStringLiteral("2026-01-14")} + quoting(left),
                           left,
                           {QStringLiteral("edit: person \\d+ added"), QStringLiteral("edit: company \\d+ added"),
                            QStringLiteral("edit: movement \\d+ written"), QStringLiteral("edit: citation \\d+ written"),
                            QStringLiteral("edit: committing")},
                           {{QStringLiteral("person"), 1}, {QStringLiteral("company"), 1}, {QStringLiteral("movement"), 1},
                            {QStringLiteral("citation"), 1}, {QStringLiteral("change_log"), 4}, {QStringLiteral("search_index"), 2}}})
                     .isEmpty());

        const QString became = QStringLiteral("Barret Zoph became chief technology officer");
        QVERIFY(!killEdit({QStringLiteral("--add-role"), withArticle,
                           QStringList{QStringLiteral("--add-role"), QStringLiteral("--person"), QStringLiteral("Barret Zoph"),
                                       QStringLiteral("--company"), QStringLiteral("Thinking Machines Lab"), QStringLiteral("--title"),
                                       QStringLiteral("Chief Technology Officer")} + quoting(became),
                           became,
                           {QStringLiteral("edit: role \\d+ written"), QStringLiteral("edit: citation \\d+ written"),
                            QStringLiteral("edit: committing")},
                           {{QStringLiteral("role"), 1}, {QStringLiteral("citation"), 1}, {QStringLiteral("change_log"), 2},
                            {QStringLiteral("search_index"), 2}}})
                     .isEmpty());

        // Words that date an undated move: the move's date changes with the citation.
        const QString fired = rawValue(withArticle, QStringLiteral("SELECT m.id FROM movement m JOIN person p ON p.id = m.person_id WHERE "
                                                                   "p.name_en = 'Barret Zoph' AND m.kind = 'fired' AND m.date IS NULL"))
                                  .toString();
        QVERIFY(!fired.isEmpty());
        const QString firedWords = QStringLiteral("Thinking Machines Lab fired Barret Zoph");
        const QString dated = killEdit({QStringLiteral("--cite"), withArticle,
                                        QStringList{QStringLiteral("--cite"), QStringLiteral("movement"), fired, QStringLiteral("--date"),
                                                    QStringLiteral("2026-01-14")} + quoting(firedWords),
                                        firedWords,
                                        {QStringLiteral("edit: movement \\d+ dated"), QStringLiteral("edit: citation \\d+ written"),
                                         QStringLiteral("edit: committing")},
                                        {{QStringLiteral("citation"), 1}, {QStringLiteral("change_log"), 2},
                                         {QStringLiteral("search_index"), 1}}});
        QVERIFY(!dated.isEmpty());
        QCOMPARE(rawValue(dated, QStringLiteral("SELECT date FROM movement WHERE id = %1").arg(fired)).toString(),
                 QStringLiteral("2026-01-14"));

        qInfo("edit kills: %d left nothing of the edit, %d all of it; %d ended by the kill (%lld ms)", none, all,
              killedBeforeExit, timer.elapsed());
        QVERIFY(none > 0);
        QVERIFY(all > 0);
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
