#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// End-to-end runs of the built binary with no display: exit codes, files, one-line errors.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run talentflow(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(TALENTFLOW_BINARY), arguments);
        if (!process.waitForFinished(120000))
            qFatal("talentflow did not finish");
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // One row of a database file, read with a connection of the test's own.
    static QVariantList row(const QString &file, const QString &sql, const QVariantList &bound = {})
    {
        QVariantList values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (int i = 0; i < bound.size(); ++i)
                    query.bindValue(i, bound.at(i));
                if (query.exec() && query.next()) {
                    for (int i = 0; i < query.record().count(); ++i)
                        values.append(query.value(i));
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return values;
    }

    static qint64 printedId(const QString &out, const QString &what)
    {
        const QString line = out.trimmed();
        return line.startsWith(what + QLatin1Char(' ')) ? line.mid(what.size() + 1).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("runtime")));
        QFile::setPermissions(path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void versionAndHelp()
    {
        const Run version = talentflow({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("talentflow " TALENTFLOW_VERSION));
        const Run help = talentflow({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--database", "--export-data", "--import-data", "--new-database", "--version"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void badUsageExitsTwo()
    {
        const Run unknown = talentflow({QStringLiteral("--no-such-option")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err.count(QLatin1Char('\n')), 1);
        const Run lang = talentflow({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version")});
        QCOMPARE(lang.exitCode, 2);
        QVERIFY(lang.err.contains(QStringLiteral("--lang must be en or zh")));
    }

    void firstRunCreatesTheUserDatabaseOnceAndKeepsIt()
    {
        const QString userDb = path(QStringLiteral("home/data/talentflow/talentflow.sqlite"));
        QVERIFY(!QFile::exists(userDb));
        const Run first = talentflow({QStringLiteral("--export-data"), path(QStringLiteral("first.json"))});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(QFile::exists(userDb));
        QVERIFY(QFile::exists(path(QStringLiteral("home/data/talentflow/logs/talentflow.log"))));
        const QJsonObject root = QJsonDocument::fromJson(TestFiles::read(path(QStringLiteral("first.json")))).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("talentflow-export"));
        QVERIFY(root.value(QStringLiteral("movements")).toArray().size() > 50);

        // Add data to the user's database; a later run must not replace it with the seed.
        TestFiles::write(path(QStringLiteral("one.json")), R"({"format": "talentflow-export", "version": 1,
            "sources": [{"id": 1, "file": "one.txt", "title": "One", "language": "en", "published": null,
                         "published_precision": "unknown", "body": "Bea Example left Acme."}],
            "companies": [{"id": 1, "name_en": "Acme", "name_zh": ""}],
            "people": [{"id": 1, "name_en": "Bea Example", "name_zh": "", "aliases": []}], "roles": [],
            "movements": [{"id": 1, "person_id": 1, "kind": "left", "company_id": 1, "to_company_id": null,
                           "date": null, "precision": "unknown",
                           "citations": [{"source_id": 1, "start": 0, "end": 21, "text": "Bea Example left Acme"}]}]})");
        const Run import = talentflow({QStringLiteral("--import-data"), path(QStringLiteral("one.json"))});
        QCOMPARE(import.exitCode, 0);
        QVERIFY(import.out.contains(QStringLiteral("imported")));
        const Run again = talentflow({QStringLiteral("--export-data"), path(QStringLiteral("second.json"))});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(TestFiles::read(path(QStringLiteral("second.json"))).contains("Bea Example"));
    }

    void missingDatabaseIsAnErrorAndCreatesNothing()
    {
        const QString missing = path(QStringLiteral("missing.sqlite"));
        const Run run = talentflow({QStringLiteral("--database"), missing, QStringLiteral("--export-data"),
                                    path(QStringLiteral("never.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no database file")), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.json"))));
    }

    void newDatabaseNeverOverwrites()
    {
        const QString db = path(QStringLiteral("made.sqlite"));
        QCOMPARE(talentflow({QStringLiteral("--new-database"), db}).exitCode, 0);
        const QByteArray before = TestFiles::digest(db);
        const Run again = talentflow({QStringLiteral("--new-database"), db, QStringLiteral("--empty")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(TestFiles::digest(db), before);
    }

    void exportImportRoundTripThroughTheBinary()
    {
        const QString seeded = path(QStringLiteral("rt-seeded.sqlite"));
        QCOMPARE(talentflow({QStringLiteral("--new-database"), seeded, QStringLiteral("--export-data"),
                             path(QStringLiteral("rt1.json"))})
                     .exitCode,
                 0);
        QCOMPARE(talentflow({QStringLiteral("--new-database"), path(QStringLiteral("rt-empty.sqlite")),
                             QStringLiteral("--empty"), QStringLiteral("--import-data"), path(QStringLiteral("rt1.json")),
                             QStringLiteral("--export-data"), path(QStringLiteral("rt2.json"))})
                     .exitCode,
                 0);
        QCOMPARE(TestFiles::read(path(QStringLiteral("rt2.json"))), TestFiles::read(path(QStringLiteral("rt1.json"))));
        const Run reimport = talentflow({QStringLiteral("--database"), path(QStringLiteral("rt-empty.sqlite")),
                                         QStringLiteral("--import-data"), path(QStringLiteral("rt1.json"))});
        QCOMPARE(reimport.exitCode, 0);
        QVERIFY2(reimport.out.contains(QStringLiteral("imported 0 new records")), qPrintable(reimport.out));

        const Run csv = talentflow({QStringLiteral("--database"), seeded, QStringLiteral("--export-data"),
                                    path(QStringLiteral("rt.csv"))});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(TestFiles::read(path(QStringLiteral("rt.csv"))).contains("穆拉蒂"));
    }

    void badImportLeavesTheFileUnchanged()
    {
        const QString db = path(QStringLiteral("guarded.sqlite"));
        QCOMPARE(talentflow({QStringLiteral("--new-database"), db}).exitCode, 0);
        const QByteArray before = TestFiles::digest(db);
        TestFiles::write(path(QStringLiteral("broken.json")), "{ this is not json");
        const Run run = talentflow({QStringLiteral("--database"), db, QStringLiteral("--import-data"),
                                    path(QStringLiteral("broken.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("talentflow: error: import failed: broken.json: not valid JSON")),
                 qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(TestFiles::digest(db), before);
    }

    void exportToAnUnwritablePlaceFails()
    {
        const Run run = talentflow({QStringLiteral("--database"), path(QStringLiteral("made.sqlite")),
                                    QStringLiteral("--export-data"), path(QStringLiteral("no/such/folder/out.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("cannot write")));
        QVERIFY(!QFile::exists(path(QStringLiteral("no/such/folder/out.json"))));
    }

    void screenshotWritesTheRequestedSize()
    {
        const QString png = path(QStringLiteral("shot.png"));
        const Run run = talentflow({QStringLiteral("--database"), path(QStringLiteral("made.sqlite")),
                                    QStringLiteral("--screenshot"), png, QStringLiteral("--select"),
                                    QStringLiteral("穆拉蒂"), QStringLiteral("--company"), QStringLiteral("OpenAI"),
                                    QStringLiteral("--size"), QStringLiteral("1200x800")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 800));
        // Not blank: many distinct colours across the window.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));

        const QString zh = path(QStringLiteral("shot-zh.png"));
        QCOMPARE(talentflow({QStringLiteral("--database"), path(QStringLiteral("made.sqlite")), QStringLiteral("--screenshot"),
                             zh, QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--search"),
                             QStringLiteral("佐夫")})
                     .exitCode,
                 0);
        QCOMPARE(QImage(zh).size(), QSize(1600, 1000));
        QVERIFY(QImage(zh) != QImage(png));
    }

    // A large database reads its company list on a worker: the screenshot waits for it, and for
    // the counts and chart that the company then asks for, before it grabs the window.
    void screenshotOfALargeDatabaseShowsTheCompanyAsked()
    {
        const QString data = path(QStringLiteral("large.json"));
        QProcess generator;
        generator.start(QStringLiteral(TALENTFLOW_GENERATOR),
                        {data, QStringLiteral("--people"), QStringLiteral("2000"), QStringLiteral("--roles"), QStringLiteral("4000"),
                         QStringLiteral("--movements"), QStringLiteral("21000"), QStringLiteral("--companies"),
                         QStringLiteral("100"), QStringLiteral("--sources"), QStringLiteral("20")});
        QVERIFY(generator.waitForFinished(60000) && generator.exitCode() == 0);
        const QString database = path(QStringLiteral("large.sqlite"));
        QCOMPARE(talentflow({QStringLiteral("--new-database"), database, QStringLiteral("--empty")}).exitCode, 0);
        QCOMPARE(talentflow({QStringLiteral("--database"), database, QStringLiteral("--import-data"), data}).exitCode, 0);

        // The company of the file's first role, by its English name.
        const QJsonObject root = QJsonDocument::fromJson(TestFiles::read(data)).object();
        const qint64 companyId = root.value(QStringLiteral("roles")).toArray().first().toObject().value(QStringLiteral("company_id")).toInteger();
        QString company;
        for (const QJsonValue &value : root.value(QStringLiteral("companies")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toInteger() == companyId)
                company = value.toObject().value(QStringLiteral("name_en")).toString();
        }
        QVERIFY(!company.isEmpty());

        const QString all = path(QStringLiteral("large-all.png"));
        const QString one = path(QStringLiteral("large-one.png"));
        QCOMPARE(talentflow({QStringLiteral("--database"), database, QStringLiteral("--screenshot"), all}).exitCode, 0);
        const Run run = talentflow({QStringLiteral("--database"), database, QStringLiteral("--screenshot"), one,
                                    QStringLiteral("--company"), company});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(QImage(one) != QImage(all));
        // The filter shows the company by name.
        QVERIFY(!QImage(one).isNull());
    }

    void screenshotErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown company") << QStringList{"--company", "Nope Inc"} << 1 << "no company named";
        QTest::newRow("unknown person") << QStringList{"--select", "Nobody Atall"} << 1 << "no single person";
        QTest::newRow("bad size") << QStringList{"--size", "0x0"} << 2 << "--size must be";
        QTest::newRow("huge size") << QStringList{"--size", "100000x100000"} << 2 << "--size must be";
        QTest::newRow("size without screenshot") << QStringList{} << 2 << "go with --screenshot";
    }

    void screenshotErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString png = path(QStringLiteral("never.png"));
        QStringList all{QStringLiteral("--database"), path(QStringLiteral("made.sqlite"))};
        if (arguments.isEmpty())
            all << QStringLiteral("--size") << QStringLiteral("800x600");
        else
            all << QStringLiteral("--screenshot") << png << arguments;
        const Run run = talentflow(all);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFile::exists(png));
    }

    void exportChartWritesExactPixels()
    {
        for (const QString &view : {QStringLiteral("departures"), QStringLiteral("founders")}) {
            const QString png = path(QStringLiteral("%1.png").arg(view));
            const Run run = talentflow({QStringLiteral("--database"), path(QStringLiteral("made.sqlite")),
                                        QStringLiteral("--export-chart"), png, QStringLiteral("--view"), view,
                                        QStringLiteral("--size"), QStringLiteral("900x500"), QStringLiteral("--scale"),
                                        QStringLiteral("2")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
            QCOMPARE(QImage(png).size(), QSize(1800, 1000));
        }
        const QString zh = path(QStringLiteral("founders-zh.png"));
        QCOMPARE(talentflow({QStringLiteral("--database"), path(QStringLiteral("made.sqlite")), QStringLiteral("--export-chart"),
                             zh, QStringLiteral("--view"), QStringLiteral("founders"), QStringLiteral("--lang"),
                             QStringLiteral("zh"), QStringLiteral("--size"), QStringLiteral("900x500"),
                             QStringLiteral("--scale"), QStringLiteral("2")})
                     .exitCode,
                 0);
        QVERIFY(QImage(zh) != QImage(path(QStringLiteral("founders.png"))));
        const QString company = path(QStringLiteral("openai.svg"));
        QCOMPARE(talentflow({QStringLiteral("--database"), path(QStringLiteral("made.sqlite")), QStringLiteral("--export-chart"),
                             company, QStringLiteral("--company"), QStringLiteral("OpenAI")})
                     .exitCode,
                 0);
        QVERIFY(TestFiles::read(company).contains("<svg"));
    }

    void exportChartErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("file");
        QTest::newRow("unwritable") << QStringList{"--export-chart", "no/such/dir/c.png"} << 1 << "cannot write" << "no/such/dir/c.png";
        QTest::newRow("0x0") << QStringList{"--export-chart", "c0.png", "--size", "0x0"} << 2 << "--size must be" << "c0.png";
        QTest::newRow("huge") << QStringList{"--export-chart", "c1.png", "--size", "100000x100000"} << 2 << "--size must be" << "c1.png";
        QTest::newRow("scale") << QStringList{"--export-chart", "c2.png", "--scale", "9"} << 2 << "--scale must be" << "c2.png";
        QTest::newRow("view") << QStringList{"--export-chart", "c3.png", "--view", "pie"} << 2 << "--view must be" << "c3.png";
        QTest::newRow("company") << QStringList{"--export-chart", "c4.png", "--company", "Nope"} << 1 << "no company named" << "c4.png";
        QTest::newRow("format") << QStringList{"--export-chart", "c5.jpg"} << 1 << ".png or .svg" << "c5.jpg";
        QTest::newRow("view alone") << QStringList{"--view", "founders"} << 2 << "go with --export-chart" << "";
    }

    void exportChartErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(QString, file);
        const Run run = talentflow(QStringList{QStringLiteral("--database"), path(QStringLiteral("made.sqlite"))} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        if (!file.isEmpty())
            QVERIFY(!QFile::exists(path(file)));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.png.*"), QStringLiteral(".*.png*")}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void addSourceStoresAnArticleOnce()
    {
        const QString db = path(QStringLiteral("articles.sqlite"));
        QCOMPARE(talentflow({QStringLiteral("--new-database"), db}).exitCode, 0);
        const int seeded = row(db, QStringLiteral("SELECT count(*) FROM source")).value(0).toInt();
        // Windows line ends become \n, so offsets count alike everywhere; 𠮷 is two UTF-16 units.
        const QString text = QStringLiteral("2026年1月15日,巴雷特·佐夫回归OpenAI。\r\n第二段有𠮷字。\n");
        TestFiles::write(path(QStringLiteral("zoph.txt")), text.toUtf8());
        const Run added = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-source"), path(QStringLiteral("zoph.txt")),
                                      QStringLiteral("--publisher"), QStringLiteral("新浪科技"), QStringLiteral("--url"),
                                      QStringLiteral("https://example.com/zoph"), QStringLiteral("--published"), QStringLiteral("2026-01-15")});
        QCOMPARE(added.exitCode, 0);
        const qint64 id = printedId(added.out, QStringLiteral("source"));
        QVERIFY2(id > 0, qPrintable(added.out));
        const QString body = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        const QVariantList stored = row(db, QStringLiteral("SELECT file, title, publisher, url, language, published, published_precision, body, sha256 "
                                                           "FROM source WHERE id = ?"), {id});
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(stored.value(0).toString(), QStringLiteral("zoph_%1.txt").arg(sha.left(16))); // named by its text
        QCOMPARE(stored.value(1).toString(), QStringLiteral("2026年1月15日,巴雷特·佐夫回归OpenAI。")); // its first line
        QCOMPARE(stored.value(2).toString(), QStringLiteral("新浪科技"));
        QCOMPARE(stored.value(3).toString(), QStringLiteral("https://example.com/zoph"));
        QCOMPARE(stored.value(4).toString(), QStringLiteral("zh"));
        QCOMPARE(stored.value(5).toString(), QStringLiteral("2026-01-15"));
        QCOMPARE(stored.value(6).toString(), QStringLiteral("day"));
        QCOMPARE(stored.value(7).toString(), body);
        QCOMPARE(stored.value(8).toString(), sha);

        // The same text again, under any name, is the article already there.
        TestFiles::write(path(QStringLiteral("copy.txt")), text.toUtf8());
        for (const QString &file : {path(QStringLiteral("zoph.txt")), path(QStringLiteral("copy.txt"))}) {
            const Run again = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-source"), file,
                                          QStringLiteral("--publisher"), QStringLiteral("Another outlet")});
            QCOMPARE(again.exitCode, 0);
            QCOMPARE(printedId(again.out, QStringLiteral("source")), id);
            QVERIFY2(again.err.contains(QStringLiteral("already stored")), qPrintable(again.err)); // its details kept, and said so
        }
        QCOMPARE(row(db, QStringLiteral("SELECT count(*) FROM source")).value(0).toInt(), seeded + 1);

        QCOMPARE(row(db, QStringLiteral("SELECT publisher FROM source WHERE id = ?"), {id}).value(0).toString(), QStringLiteral("新浪科技"));
        // Another text under the same name is another article, named by its own digest.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("other")));
        TestFiles::write(path(QStringLiteral("other/zoph.txt")), QByteArray("Another text entirely."));
        const Run other = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-source"), path(QStringLiteral("other/zoph.txt"))});
        QCOMPARE(other.exitCode, 0);
        const qint64 otherId = printedId(other.out, QStringLiteral("source"));
        QVERIFY(otherId != id && otherId > 0);
        const QString otherSha = QString::fromLatin1(QCryptographicHash::hash("Another text entirely.", QCryptographicHash::Sha256).toHex());
        QCOMPARE(row(db, QStringLiteral("SELECT language, title, file FROM source WHERE id = ?"), {otherId}),
                 (QVariantList{QStringLiteral("en"), QStringLiteral("Another text entirely."),
                               QStringLiteral("zoph_%1.txt").arg(otherSha.left(16))}));
    }

    // An added article travels with its text in an export: no other database has it.
    void anAddedArticleSurvivesExportAndImport()
    {
        const QString db = path(QStringLiteral("travel.sqlite"));
        QCOMPARE(talentflow({QStringLiteral("--new-database"), db}).exitCode, 0);
        const QString text = QStringLiteral("2026年1月,巴雷特·佐夫回归OpenAI。");
        TestFiles::write(path(QStringLiteral("travel.txt")), text.toUtf8());
        QCOMPARE(talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-source"), path(QStringLiteral("travel.txt")),
                             QStringLiteral("--publisher"), QStringLiteral("36氪")}).exitCode, 0);
        QCOMPARE(talentflow({QStringLiteral("--database"), db, QStringLiteral("--export-data"), path(QStringLiteral("travel.json"))}).exitCode, 0);
        const QString other = path(QStringLiteral("elsewhere.sqlite"));
        QCOMPARE(talentflow({QStringLiteral("--new-database"), other, QStringLiteral("--empty")}).exitCode, 0);
        const Run imported = talentflow({QStringLiteral("--database"), other, QStringLiteral("--import-data"), path(QStringLiteral("travel.json"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(row(other, QStringLiteral("SELECT publisher FROM source WHERE body = ?"), {text}).value(0).toString(), QStringLiteral("36氪"));
        QCOMPARE(talentflow({QStringLiteral("--database"), other, QStringLiteral("--export-data"), path(QStringLiteral("again.json"))}).exitCode, 0);
        QCOMPARE(TestFiles::read(path(QStringLiteral("again.json"))), TestFiles::read(path(QStringLiteral("travel.json"))));
    }

    void addSourceReadsHtmlAndMarkdownAsText()
    {
        const QString db = path(QStringLiteral("converted.sqlite"));
        QCOMPARE(talentflow({QStringLiteral("--new-database"), db}).exitCode, 0);
        TestFiles::write(path(QStringLiteral("zoph.html")),
                         "<html><head><title>page</title><style>p { color: red }</style></head><body><h1>Zoph returns</h1>"
                         "<p><img src=\"photo.png\">Barret Zoph&nbsp;rejoined <b>OpenAI</b> in January 2026.</p></body></html>");
        TestFiles::write(path(QStringLiteral("zoph.md")), "# Zoph returns\n\nBarret Zoph **rejoined** OpenAI in January 2026.\n");
        for (const QString &file : {QStringLiteral("zoph.html"), QStringLiteral("zoph.md")}) {
            const Run added = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-source"), path(file),
                                          QStringLiteral("--title"), QStringLiteral("Zoph returns to OpenAI")});
            QCOMPARE(added.exitCode, 0);
            const QVariantList stored = row(db, QStringLiteral("SELECT body, title, language FROM source WHERE id = ?"),
                                            {printedId(added.out, QStringLiteral("source"))});
            const QString body = stored.value(0).toString();
            QVERIFY2(body.contains(QStringLiteral("Zoph returns\n")), qPrintable(body));
            QVERIFY2(body.contains(QStringLiteral("Barret Zoph rejoined OpenAI in January 2026.")), qPrintable(body));
            for (const QString &markup : {QStringLiteral("<"), QStringLiteral("**"), QStringLiteral("#"), QStringLiteral("color"),
                                          QString(QChar::ObjectReplacementCharacter)})
                QVERIFY2(!body.contains(markup), qPrintable(body));
            QCOMPARE(stored.value(1).toString(), QStringLiteral("Zoph returns to OpenAI"));
            QCOMPARE(stored.value(2).toString(), QStringLiteral("en"));
        }
    }

    void addSourceRefusalsWriteNothing()
    {
        const QString db = path(QStringLiteral("refusing.sqlite"));
        QCOMPARE(talentflow({QStringLiteral("--new-database"), db}).exitCode, 0);
        const QByteArray before = TestFiles::digest(db);
        TestFiles::write(path(QStringLiteral("fine.txt")), QByteArray("Zoph rejoined OpenAI."));
        TestFiles::write(path(QStringLiteral("x.pdf")), QByteArray("%PDF-1.4"));
        TestFiles::write(path(QStringLiteral("blank.txt")), QByteArray(" \n\t\n"));
        TestFiles::write(path(QStringLiteral("latin1.txt")), QByteArray("caf\xe9 \xff\xfe"));
        TestFiles::write(path(QStringLiteral("big.txt")), QByteArray(5 * 1024 * 1024 + 1, 'a'));
        const QString fine = path(QStringLiteral("fine.txt"));
        const struct
        {
            QStringList arguments;
            int exitCode;
            QString says;
        } cases[] = {
            {{QStringLiteral("--add-source"), path(QStringLiteral("x.pdf"))}, 1, QStringLiteral("not a .txt, .md or .html file")},
            {{QStringLiteral("--add-source"), path(QStringLiteral("missing.txt"))}, 1, QStringLiteral("no file at")},
            {{QStringLiteral("--add-source"), path(QStringLiteral("blank.txt"))}, 1, QStringLiteral("has no text")},
            {{QStringLiteral("--add-source"), path(QStringLiteral("latin1.txt"))}, 1, QStringLiteral("not UTF-8")},
            {{QStringLiteral("--add-source"), path(QStringLiteral("big.txt"))}, 1, QStringLiteral("larger than 5 MB")},
            {{QStringLiteral("--add-source"), fine, QStringLiteral("--url"), QStringLiteral("ftp://example.com/a")}, 1,
             QStringLiteral("not an http or https address")},
            {{QStringLiteral("--add-source"), fine, QStringLiteral("--title"), QString(1001, QLatin1Char('t'))}, 1,
             QStringLiteral("longer than 1000 characters")},
            {{QStringLiteral("--add-source"), fine, QStringLiteral("--source-lang"), QStringLiteral("fr")}, 2,
             QStringLiteral("--source-lang must be zh or en")},
            {{QStringLiteral("--add-source"), fine, QStringLiteral("--published"), QStringLiteral("2026-13")}, 2,
             QStringLiteral("--published must be")},
            {{QStringLiteral("--title"), QStringLiteral("Alone")}, 2, QStringLiteral("--title goes with --add-source or --add-role")},
            {{QStringLiteral("--add-source"), fine, QStringLiteral("--title"), QString()}, 2, QStringLiteral("--title needs text")},
        };
        for (const auto &refusal : cases) {
            const Run run = talentflow(QStringList{QStringLiteral("--database"), db} + refusal.arguments);
            QCOMPARE(run.exitCode, refusal.exitCode);
            QVERIFY2(run.err.contains(refusal.says), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(TestFiles::digest(db), before);
        }
    }

    void notADatabaseIsRefused()
    {
        TestFiles::write(path(QStringLiteral("text.sqlite")), "hello, I am a text file\n");
        const QByteArray before = TestFiles::digest(path(QStringLiteral("text.sqlite")));
        const Run run = talentflow({QStringLiteral("--database"), path(QStringLiteral("text.sqlite")),
                                    QStringLiteral("--export-data"), path(QStringLiteral("t.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("cannot use")));
        QCOMPARE(TestFiles::digest(path(QStringLiteral("text.sqlite"))), before);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
