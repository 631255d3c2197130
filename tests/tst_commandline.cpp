#include "TestFiles.h"
#include "TestProcess.h"

#include "models/MovementKind.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <algorithm>

// End-to-end runs of the built binary with no display: exit codes, files, one-line errors.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = TestProcess::Run;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run talentflow(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        return TestProcess::run(QStringLiteral(TALENTFLOW_BINARY), arguments, env, m_dir.path());
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

    // A seeded file of the test's own.
    QString seeded(const QString &name)
    {
        const QString db = path(name);
        const Run made = talentflow({QStringLiteral("--new-database"), db});
        return made.exitCode == 0 ? db : QString();
    }

    // An article of the file holding `word`, and a sentence of it that holds the word and occurs
    // in it only once: words a test cites.
    struct Passage
    {
        qint64 sourceId = 0;
        QString body;
        QString sentence;
    };

    static Passage passage(const QString &db, const QString &word)
    {
        Passage found;
        const QVariantList source = row(db, QStringLiteral("SELECT id, body FROM source WHERE instr(body, ?) > 0 ORDER BY id"), {word});
        found.sourceId = source.value(0).toLongLong();
        found.body = source.value(1).toString();
        static const QRegularExpression sentenceEnd(QStringLiteral("[。!?!?\\n]"));
        for (const QString &part : found.body.split(sentenceEnd, Qt::SkipEmptyParts)) {
            const QString sentence = part.trimmed();
            if (sentence.contains(word) && found.body.count(sentence) == 1) {
                found.sentence = sentence;
                break;
            }
        }
        return found;
    }

    static qint64 idWhere(const QString &db, const QString &sql, const QVariantList &bound = {})
    {
        return row(db, sql, bound).value(0).toLongLong();
    }

    // The citation backing a fact added with it: where it points, and the words it holds.
    static void verifyCitation(const QString &db, const QString &factColumn, qint64 factId, const Passage &words)
    {
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM citation WHERE %1 = ?").arg(factColumn), {factId}), 1);
        const QVariantList citation =
            row(db, QStringLiteral("SELECT source_id, start, end, text FROM citation WHERE %1 = ?").arg(factColumn), {factId});
        QCOMPARE(citation.value(0).toLongLong(), words.sourceId);
        QCOMPARE(citation.value(3).toString(), words.sentence);
        const int start = citation.value(1).toInt();
        const int end = citation.value(2).toInt();
        QCOMPARE(start, int(words.body.indexOf(words.sentence)));
        QCOMPARE(words.body.mid(start, end - start), words.sentence);
    }

    static void verifyOneLineOut(const Run &run, const QString &what)
    {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(printedId(run.out, what) > 0, qPrintable(run.out));
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
        for (const char *option : {"--database", "--export-data", "--import-data", "--new-database", "--version", "--add-movement",
                                   "--add-role", "--cite", "--person", "--kind", "--to", "--date", "--start", "--end",
                                   "--role-end", "--source", "--quote", "--occurrence", "--new-person", "--new-company"})
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
        QTest::newRow("format") << QStringList{"--export-chart", "c5.jpg"} << 1 << ".png, .svg or .pdf" << "c5.jpg";
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

    // Export → import into an empty file → export through the binary, after the edits format 2
    // carries: an article with an address and a date, a new person's move and a stated date,
    // 𠮷 in the article, the quote and the name. The file read back holds the same rows.
    void editsSurviveTheRoundTripByteForByte()
    {
        const QString db = seeded(QStringLiteral("edits.sqlite"));
        QVERIFY(!db.isEmpty());
        const QString yoshi = QString::fromUtf8("\xF0\xA0\xAE\xB7");
        TestFiles::write(path(QStringLiteral("yoshida.txt")),
                         (QStringLiteral("2026年1月14日,") + yoshi + QStringLiteral("田花子离开了 OpenAI,加入 Thinking Machines Lab。")).toUtf8());
        const Run source = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-source"), path(QStringLiteral("yoshida.txt")),
                                       QStringLiteral("--url"), QStringLiteral("https://example.com/yoshida"),
                                       QStringLiteral("--published"), QStringLiteral("2026-01-15")});
        verifyOneLineOut(source, QStringLiteral("source"));
        const QString sourceId = QString::number(printedId(source.out, QStringLiteral("source")));
        const Run movement = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-movement"), QStringLiteral("--person"),
                                         yoshi + QStringLiteral("田花子"), QStringLiteral("--new-person"), QStringLiteral("--kind"),
                                         QStringLiteral("left"), QStringLiteral("--company"), QStringLiteral("OpenAI"), QStringLiteral("--to"),
                                         QStringLiteral("Thinking Machines Lab"), QStringLiteral("--date"), QStringLiteral("2026-01"),
                                         QStringLiteral("--source"), sourceId, QStringLiteral("--quote"),
                                         yoshi + QStringLiteral("田花子离开了 OpenAI")});
        verifyOneLineOut(movement, QStringLiteral("movement"));
        const Run cite = talentflow({QStringLiteral("--database"), db, QStringLiteral("--cite"), QStringLiteral("movement"),
                                     QString::number(printedId(movement.out, QStringLiteral("movement"))), QStringLiteral("--source"),
                                     sourceId, QStringLiteral("--quote"), QStringLiteral("2026年1月14日"), QStringLiteral("--date"),
                                     QStringLiteral("2026-01-14")});
        verifyOneLineOut(cite, QStringLiteral("citation"));

        QCOMPARE(talentflow({QStringLiteral("--database"), db, QStringLiteral("--export-data"), path(QStringLiteral("edits1.json"))}).exitCode, 0);
        const QString copy = path(QStringLiteral("edits-copy.sqlite"));
        const Run imported = talentflow({QStringLiteral("--new-database"), copy, QStringLiteral("--empty"), QStringLiteral("--import-data"),
                                          path(QStringLiteral("edits1.json")), QStringLiteral("--export-data"), path(QStringLiteral("edits2.json"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QByteArray first = TestFiles::read(path(QStringLiteral("edits1.json")));
        QVERIFY(first.contains("\"change_log\"") && first.contains("\"stated_date\": \"2026-01-14\""));
        QCOMPARE(TestFiles::read(path(QStringLiteral("edits2.json"))), first);

        const QString changes = QStringLiteral("SELECT group_concat(id || '|' || at || '|' || entity || '|' || entity_id || '|' || action "
                                               "|| '|' || coalesce(before, '-') || '|' || coalesce(after, '-'), '\n') FROM "
                                               "(SELECT * FROM change_log ORDER BY id)");
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM change_log")), 5); // article, person, move, citation ×2
        QCOMPARE(idWhere(copy, QStringLiteral("SELECT count(*) FROM change_log")), 5);
        QCOMPARE(row(copy, changes).value(0).toString(), row(db, changes).value(0).toString());
        const QString citations = QStringLiteral("SELECT group_concat(id || '|' || source_id || '|' || start || '|' || prefix || '|' "
                                                 "|| suffix || '|' || coalesce(stated_date, '-') || '|' || stated_precision || '|' "
                                                 "|| coalesce(stated_field, '-'), '\n') FROM (SELECT * FROM citation WHERE source_id = ? ORDER BY id)");
        QVERIFY(row(copy, citations, {sourceId.toLongLong()}).value(0).toString().contains(QStringLiteral("|2026-01-14|day|date")));
        QCOMPARE(row(copy, citations, {sourceId.toLongLong()}), row(db, citations, {sourceId.toLongLong()}));
        QCOMPARE(row(copy, QStringLiteral("SELECT url, published FROM source WHERE id = ?"), {sourceId.toLongLong()}),
                 (QVariantList{QStringLiteral("https://example.com/yoshida"), QStringLiteral("2026-01-15")}));
    }

    // A name longer than an edit may give one is refused on import too, with one line, nothing written.
    void importRefusesAHugeName()
    {
        const QString db = seeded(QStringLiteral("huge.sqlite"));
        QVERIFY(!db.isEmpty());
        const QByteArray before = TestFiles::digest(db);
        QJsonObject root = QJsonDocument::fromJson(TestFiles::oneNewMovement()).object();
        QJsonArray people = root.value(QStringLiteral("people")).toArray();
        QJsonObject person = people.at(0).toObject();
        person[QStringLiteral("name_en")] = QString(20 * 1024 * 1024, QLatin1Char('A'));
        people[0] = person;
        root[QStringLiteral("people")] = people;
        TestFiles::write(path(QStringLiteral("huge.json")), QJsonDocument(root).toJson());
        const Run run = talentflow({QStringLiteral("--database"), db, QStringLiteral("--import-data"), path(QStringLiteral("huge.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("talentflow: error: import failed: huge.json: people[0] (id 1): \"name_en\" is "
                                                   "longer than 300 characters")),
                 qPrintable(run.err.left(300)));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(TestFiles::digest(db), before);
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM person WHERE length(name_en) > 300")), 0);
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
            {{QStringLiteral("--title"), QStringLiteral("Alone")}, 2, QStringLiteral("--title goes with --add-source, --add-role or --export-chart")},
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

    // A person by a Chinese alias that is not her stored Chinese name, a company by its English
    // name in other letter case, the destination by its Chinese name, a sentence of a seeded article.
    void addMovementFindsNamesInEitherScript()
    {
        const QString db = seeded(QStringLiteral("fact-movement.sqlite"));
        QVERIFY(!db.isEmpty());
        const QString alias = QStringLiteral("米拉·穆拉提");
        const qint64 murati = idWhere(db, QStringLiteral("SELECT person_id FROM person_alias WHERE alias = ?"), {alias});
        QVERIFY(murati > 0);
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM person WHERE name_zh = ? OR name_en = ?"), {alias, alias}), 0);
        QCOMPARE(row(db, QStringLiteral("SELECT name_en FROM person WHERE id = ?"), {murati}).value(0).toString(),
                 QStringLiteral("Mira Murati"));
        const qint64 tml = idWhere(db, QStringLiteral("SELECT id FROM company WHERE name_en = 'Thinking Machines Lab'"));
        const qint64 google = idWhere(db, QStringLiteral("SELECT id FROM company WHERE name_zh = '谷歌'"));
        QVERIFY(tml > 0 && google > 0);
        const Passage words = passage(db, QStringLiteral("穆拉蒂"));
        QVERIFY2(!words.sentence.isEmpty(), qPrintable(words.body.left(200)));
        const qint64 movements = idWhere(db, QStringLiteral("SELECT count(*) FROM movement"));

        const Run run = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-movement"), QStringLiteral("--person"), alias,
                                    QStringLiteral("--kind"), QStringLiteral("left"), QStringLiteral("--company"),
                                    QStringLiteral("thinking machines LAB"), QStringLiteral("--to"), QStringLiteral("谷歌"),
                                    QStringLiteral("--date"), QStringLiteral("2026-02"), QStringLiteral("--source"),
                                    QString::number(words.sourceId), QStringLiteral("--quote"), words.sentence});
        verifyOneLineOut(run, QStringLiteral("movement"));
        const qint64 id = printedId(run.out, QStringLiteral("movement"));
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM movement")), movements + 1);
        const QVariantList movement =
            row(db, QStringLiteral("SELECT person_id, kind, company_id, to_company_id, date, precision FROM movement WHERE id = ?"), {id});
        QCOMPARE(movement.value(0).toLongLong(), murati);
        QCOMPARE(movement.value(1).toString(), QStringLiteral("left"));
        QCOMPARE(movement.value(2).toLongLong(), tml);
        QCOMPARE(movement.value(3).toLongLong(), google);
        QCOMPARE(movement.value(4).toString(), QStringLiteral("2026-02"));
        QCOMPARE(movement.value(5).toString(), QStringLiteral("month"));
        verifyCitation(db, QStringLiteral("movement_id"), id, words);

        // No --to and no --date: neither is stored.
        const Run plain = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-movement"), QStringLiteral("--person"),
                                      QStringLiteral("Mira Murati"), QStringLiteral("--kind"), QStringLiteral("sabbatical"),
                                      QStringLiteral("--company"), QStringLiteral("OpenAI"), QStringLiteral("--source"),
                                      QString::number(words.sourceId), QStringLiteral("--quote"), words.sentence});
        verifyOneLineOut(plain, QStringLiteral("movement"));
        const QVariantList undated = row(db, QStringLiteral("SELECT kind, to_company_id IS NULL, date IS NULL, precision FROM movement WHERE id = ?"),
                                         {printedId(plain.out, QStringLiteral("movement"))});
        QCOMPARE(undated, (QVariantList{QStringLiteral("sabbatical"), 1, 1, QStringLiteral("unknown")}));
    }

    void addRoleStoresItsTitleAndDates()
    {
        const QString db = seeded(QStringLiteral("fact-role.sqlite"));
        QVERIFY(!db.isEmpty());
        const qint64 zoph = idWhere(db, QStringLiteral("SELECT person_id FROM person_alias WHERE alias = '佐夫'"));
        const qint64 microsoft = idWhere(db, QStringLiteral("SELECT id FROM company WHERE name_en = 'Microsoft'"));
        QVERIFY(zoph > 0 && microsoft > 0);
        const Passage words = passage(db, QStringLiteral("Zoph"));
        QVERIFY(!words.sentence.isEmpty());
        const Run run = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-role"), QStringLiteral("--person"),
                                    QStringLiteral("佐夫"), QStringLiteral("--company"), QStringLiteral("微软"), QStringLiteral("--title"),
                                    QStringLiteral("Chief Scientist"), QStringLiteral("--start"), QStringLiteral("2026-03"),
                                    QStringLiteral("--end"), QStringLiteral("2026-03-15"), QStringLiteral("--source"),
                                    QString::number(words.sourceId), QStringLiteral("--quote"), words.sentence});
        verifyOneLineOut(run, QStringLiteral("role"));
        const qint64 id = printedId(run.out, QStringLiteral("role"));
        const QVariantList role = row(db, QStringLiteral("SELECT person_id, company_id, title_en, title_zh, start_date, start_precision, "
                                                         "end_date, end_precision FROM role WHERE id = ?"), {id});
        QCOMPARE(role.value(0).toLongLong(), zoph);
        QCOMPARE(role.value(1).toLongLong(), microsoft);
        QCOMPARE(role.mid(2), (QVariantList{QStringLiteral("Chief Scientist"), QString(), QStringLiteral("2026-03"), QStringLiteral("month"),
                                            QStringLiteral("2026-03-15"), QStringLiteral("day")}));
        verifyCitation(db, QStringLiteral("role_id"), id, words);
    }

    void newPersonAndNewCompanyAreAddedUnderTheirNames()
    {
        const QString db = seeded(QStringLiteral("fact-new.sqlite"));
        QVERIFY(!db.isEmpty());
        const Passage words = passage(db, QStringLiteral("OpenAI"));
        QVERIFY(!words.sentence.isEmpty());
        const QStringList quote{QStringLiteral("--source"), QString::number(words.sourceId), QStringLiteral("--quote"), words.sentence};
        const qint64 people = idWhere(db, QStringLiteral("SELECT count(*) FROM person"));
        const qint64 companies = idWhere(db, QStringLiteral("SELECT count(*) FROM company"));

        const Run role = talentflow(QStringList{QStringLiteral("--database"), db, QStringLiteral("--add-role"), QStringLiteral("--person"),
                                                QStringLiteral("Ada Example"), QStringLiteral("--new-person"), QStringLiteral("--company"),
                                                QStringLiteral("Example Labs"), QStringLiteral("--new-company"), QStringLiteral("--title"),
                                                QStringLiteral("研究员")} + quote);
        verifyOneLineOut(role, QStringLiteral("role"));
        const QVariantList added = row(db, QStringLiteral("SELECT p.name_en, p.name_zh, c.name_en, c.name_zh, r.title_en, r.title_zh "
                                                          "FROM role r JOIN person p ON p.id = r.person_id JOIN company c ON c.id = r.company_id "
                                                          "WHERE r.id = ?"), {printedId(role.out, QStringLiteral("role"))});
        QCOMPARE(added, (QVariantList{QStringLiteral("Ada Example"), QString(), QStringLiteral("Example Labs"), QString(), QString(),
                                      QStringLiteral("研究员")}));
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM person")), people + 1);
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM company")), companies + 1);

        // Now stored, both are found by name; --new-company adds only the company no name matches.
        const Run move = talentflow(QStringList{QStringLiteral("--database"), db, QStringLiteral("--add-movement"), QStringLiteral("--person"),
                                                QStringLiteral("ada example"), QStringLiteral("--kind"), QStringLiteral("left"),
                                                QStringLiteral("--company"), QStringLiteral("Example Labs"), QStringLiteral("--to"),
                                                QStringLiteral("新实验室"), QStringLiteral("--new-company")} + quote);
        verifyOneLineOut(move, QStringLiteral("movement"));
        const QVariantList moved = row(db, QStringLiteral("SELECT p.name_en, c.name_en, t.name_en, t.name_zh FROM movement m "
                                                          "JOIN person p ON p.id = m.person_id JOIN company c ON c.id = m.company_id "
                                                          "JOIN company t ON t.id = m.to_company_id WHERE m.id = ?"),
                                       {printedId(move.out, QStringLiteral("movement"))});
        QCOMPARE(moved, (QVariantList{QStringLiteral("Ada Example"), QStringLiteral("Example Labs"), QString(), QStringLiteral("新实验室")}));
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM person")), people + 1);
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM company")), companies + 2);

        // A Chinese name is the Chinese name.
        const Run chinese = talentflow(QStringList{QStringLiteral("--database"), db, QStringLiteral("--add-movement"), QStringLiteral("--person"),
                                                   QStringLiteral("张三"), QStringLiteral("--new-person"), QStringLiteral("--kind"),
                                                   QStringLiteral("joined"), QStringLiteral("--company"), QStringLiteral("新实验室")} + quote);
        verifyOneLineOut(chinese, QStringLiteral("movement"));
        QCOMPARE(row(db, QStringLiteral("SELECT p.name_en, p.name_zh FROM movement m JOIN person p ON p.id = m.person_id WHERE m.id = ?"),
                     {printedId(chinese.out, QStringLiteral("movement"))}),
                 (QVariantList{QString(), QStringLiteral("张三")}));
    }

    // A dated article's words date an undated move; another date on a dated one is kept as the
    // citation's, a dispute, and the move keeps its own. A role's end is cited with --role-end.
    void citeDatesAFactOrKeepsADispute()
    {
        const QString db = seeded(QStringLiteral("fact-cite.sqlite"));
        QVERIFY(!db.isEmpty());
        const QString text = QStringLiteral("2026年1月14日,Thinking Machines Lab 解雇了 Barret Zoph。");
        TestFiles::write(path(QStringLiteral("fired.txt")), text.toUtf8());
        const Run added = talentflow({QStringLiteral("--database"), db, QStringLiteral("--add-source"), path(QStringLiteral("fired.txt")),
                                      QStringLiteral("--published"), QStringLiteral("2026-01-14")});
        QCOMPARE(added.exitCode, 0);
        const qint64 source = printedId(added.out, QStringLiteral("source"));
        QVERIFY(source > 0);
        const qint64 fired = idWhere(db, QStringLiteral("SELECT m.id FROM movement m JOIN person p ON p.id = m.person_id "
                                                        "WHERE p.name_en = 'Barret Zoph' AND m.kind = 'fired'"));
        QVERIFY(fired > 0);
        QCOMPARE(row(db, QStringLiteral("SELECT date IS NULL, precision FROM movement WHERE id = ?"), {fired}),
                 (QVariantList{1, QStringLiteral("unknown")}));
        const QString sentence = QStringLiteral("Thinking Machines Lab 解雇了 Barret Zoph");
        const auto cite = [&](const QString &type, qint64 id, const QString &quote, const QString &date, const QStringList &more = {}) {
            return talentflow(QStringList{QStringLiteral("--database"), db, QStringLiteral("--cite"), type, QString::number(id),
                                          QStringLiteral("--source"), QString::number(source), QStringLiteral("--quote"), quote,
                                          QStringLiteral("--date"), date} + more);
        };

        const Run dating = cite(QStringLiteral("movement"), fired, sentence, QStringLiteral("2026-01-14"));
        verifyOneLineOut(dating, QStringLiteral("citation"));
        const qint64 first = printedId(dating.out, QStringLiteral("citation"));
        QCOMPARE(row(db, QStringLiteral("SELECT date, precision FROM movement WHERE id = ?"), {fired}),
                 (QVariantList{QStringLiteral("2026-01-14"), QStringLiteral("day")}));
        const QVariantList citation = row(db, QStringLiteral("SELECT movement_id, source_id, start, end, text, stated_date, stated_precision, "
                                                             "stated_field FROM citation WHERE id = ?"), {first});
        QCOMPARE(citation.value(0).toLongLong(), fired);
        QCOMPARE(citation.value(1).toLongLong(), source);
        QCOMPARE(text.mid(citation.value(2).toInt(), citation.value(3).toInt() - citation.value(2).toInt()), sentence);
        QCOMPARE(citation.value(2).toInt(), int(text.indexOf(sentence)));
        QCOMPARE(citation.mid(4), (QVariantList{sentence, QStringLiteral("2026-01-14"), QStringLiteral("day"), QStringLiteral("date")}));

        // Another date: the move keeps its own, the citation keeps the one it states, and stderr says so.
        const Run disputing = cite(QStringLiteral("movement"), fired, QStringLiteral("2026年1月14日"), QStringLiteral("2026-01-15"));
        QCOMPARE(disputing.exitCode, 0);
        QVERIFY2(disputing.err.contains(QStringLiteral("dispute")), qPrintable(disputing.err));
        QCOMPARE(disputing.err.count(QLatin1Char('\n')), 1);
        const qint64 second = printedId(disputing.out, QStringLiteral("citation"));
        QVERIFY(second > 0 && second != first);
        QCOMPARE(row(db, QStringLiteral("SELECT date, precision FROM movement WHERE id = ?"), {fired}),
                 (QVariantList{QStringLiteral("2026-01-14"), QStringLiteral("day")}));
        QCOMPARE(row(db, QStringLiteral("SELECT movement_id, stated_date, stated_precision FROM citation WHERE id = ?"), {second}),
                 (QVariantList{fired, QStringLiteral("2026-01-15"), QStringLiteral("day")}));

        // A role's start by default, its end with --role-end.
        const qint64 cto = idWhere(db, QStringLiteral("SELECT r.id FROM role r JOIN person p ON p.id = r.person_id JOIN company c "
                                                      "ON c.id = r.company_id WHERE p.name_en = 'Barret Zoph' AND c.name_en = 'Thinking Machines Lab'"));
        QVERIFY(cto > 0);
        QCOMPARE(row(db, QStringLiteral("SELECT start_date IS NULL, end_date IS NULL FROM role WHERE id = ?"), {cto}), (QVariantList{1, 1}));
        const Run ending = cite(QStringLiteral("role"), cto, QStringLiteral("解雇了"), QStringLiteral("2026-01"), {QStringLiteral("--role-end")});
        verifyOneLineOut(ending, QStringLiteral("citation"));
        QCOMPARE(row(db, QStringLiteral("SELECT start_date IS NULL, end_date, end_precision FROM role WHERE id = ?"), {cto}),
                 (QVariantList{1, QStringLiteral("2026-01"), QStringLiteral("month")}));
        const Run starting = cite(QStringLiteral("role"), cto, QStringLiteral("Barret Zoph"), QStringLiteral("2025"));
        verifyOneLineOut(starting, QStringLiteral("citation"));
        QCOMPARE(row(db, QStringLiteral("SELECT start_date, start_precision, end_date FROM role WHERE id = ?"), {cto}),
                 (QVariantList{QStringLiteral("2025"), QStringLiteral("year"), QStringLiteral("2026-01")}));
    }

    // Words that occur more than once are cited at the place --occurrence picks.
    void occurrencePicksAmongRepeatedWords()
    {
        const QString db = seeded(QStringLiteral("fact-occurrence.sqlite"));
        QVERIFY(!db.isEmpty());
        const Passage words = passage(db, QStringLiteral("OpenAI"));
        const QString quote = QStringLiteral("OpenAI");
        QVERIFY(words.body.count(quote) >= 3);
        const qint64 fired = idWhere(db, QStringLiteral("SELECT m.id FROM movement m JOIN person p ON p.id = m.person_id "
                                                        "WHERE p.name_en = 'Barret Zoph' AND m.kind = 'fired'"));
        const Run run = talentflow({QStringLiteral("--database"), db, QStringLiteral("--cite"), QStringLiteral("movement"),
                                    QString::number(fired), QStringLiteral("--source"), QString::number(words.sourceId),
                                    QStringLiteral("--quote"), quote, QStringLiteral("--occurrence"), QStringLiteral("3")});
        verifyOneLineOut(run, QStringLiteral("citation"));
        const qsizetype third = words.body.indexOf(quote, words.body.indexOf(quote, words.body.indexOf(quote) + 1) + 1);
        QCOMPARE(row(db, QStringLiteral("SELECT start, end, text FROM citation WHERE id = ?"), {printedId(run.out, QStringLiteral("citation"))}),
                 (QVariantList{int(third), int(third + quote.size()), quote}));
    }

    // Each refusal says why on one line, exits 1 (2 for a command line wrong in form) and leaves
    // the file's bytes as they were.
    void factRefusalsWriteNothing()
    {
        const QString db = seeded(QStringLiteral("fact-refusals.sqlite"));
        QVERIFY(!db.isEmpty());
        // A second person answering to "Sam", beside Sam Altman.
        TestFiles::write(path(QStringLiteral("sam.json")), R"({"format": "talentflow-export", "version": 1, "sources": [],
            "companies": [], "people": [{"id": 1, "name_en": "Sam Example", "name_zh": "", "aliases": ["Sam"]}],
            "roles": [], "movements": []})");
        const Run imported = talentflow({QStringLiteral("--database"), db, QStringLiteral("--import-data"), path(QStringLiteral("sam.json"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const qint64 altman = idWhere(db, QStringLiteral("SELECT id FROM person WHERE name_en = 'Sam Altman'"));
        const qint64 example = idWhere(db, QStringLiteral("SELECT id FROM person WHERE name_en = 'Sam Example'"));
        QVERIFY(altman > 0 && example > 0);

        const Passage words = passage(db, QStringLiteral("OpenAI"));
        QVERIFY(!words.sentence.isEmpty());
        QVERIFY(words.body.count(QStringLiteral("OpenAI")) > 1);
        const QString source = QString::number(words.sourceId);
        const QString missingSource = QString::number(idWhere(db, QStringLiteral("SELECT max(id) + 1 FROM source")));
        const QString missingMovement = QString::number(idWhere(db, QStringLiteral("SELECT max(id) + 1 FROM movement")));
        const QString fired = QString::number(idWhere(db, QStringLiteral("SELECT m.id FROM movement m JOIN person p ON p.id = m.person_id "
                                                                         "WHERE p.name_en = 'Barret Zoph' AND m.kind = 'fired'")));
        const QStringList quote{QStringLiteral("--source"), source, QStringLiteral("--quote"), words.sentence};
        const auto movement = [&](const QString &person, const QString &kind, const QStringList &more = {}) {
            return QStringList{QStringLiteral("--add-movement"), QStringLiteral("--person"), person, QStringLiteral("--kind"), kind,
                               QStringLiteral("--company"), QStringLiteral("OpenAI")}
                + more;
        };
        const auto role = [&](const QString &person, const QString &company, const QString &title, const QStringList &more = {}) {
            return QStringList{QStringLiteral("--add-role"), QStringLiteral("--person"), person, QStringLiteral("--company"), company,
                               QStringLiteral("--title"), title}
                + more;
        };
        const QString zoph = QStringLiteral("Barret Zoph");
        const QString left = QStringLiteral("left");
        const QString longName(301, QLatin1Char('n'));
        const QString longTitle(1001, QLatin1Char('t'));
        const struct
        {
            QStringList arguments;
            int exitCode;
            QString says;
        } cases[] = {
            {movement(QStringLiteral("Nobody Atall"), left) + quote, 1, QStringLiteral("no person is named \"Nobody Atall\"")},
            {movement(QStringLiteral("Sam"), left) + quote, 1,
             QStringLiteral("more than one person is named \"Sam\" (ids %1, %2)").arg(std::min(altman, example)).arg(std::max(altman, example))},
            {movement(zoph, left, {QStringLiteral("--new-person")}) + quote, 1, QStringLiteral("already stored")},
            {movement(zoph, left, {QStringLiteral("--to"), QStringLiteral("Nowhere Inc")}) + quote, 1,
             QStringLiteral("no company is named \"Nowhere Inc\"")},
            {movement(zoph, left, {QStringLiteral("--source"), source, QStringLiteral("--quote"), QStringLiteral("OpenAI")}), 1,
             QStringLiteral("occurs %1 times").arg(words.body.count(QStringLiteral("OpenAI")))},
            {movement(zoph, left, {QStringLiteral("--source"), source, QStringLiteral("--quote"), QStringLiteral("OpenAI"),
                                   QStringLiteral("--occurrence"), QString::number(words.body.count(QStringLiteral("OpenAI")) + 1)}),
             1, QStringLiteral("occurs %1 times in source %2, not %3")
                    .arg(words.body.count(QStringLiteral("OpenAI")))
                    .arg(source)
                    .arg(words.body.count(QStringLiteral("OpenAI")) + 1)},
            {movement(zoph, left, {QStringLiteral("--source"), source, QStringLiteral("--quote"), QStringLiteral("words no article has")}),
             1, QStringLiteral("not in source %1").arg(source)},
            {movement(zoph, QStringLiteral("resigned")) + quote, 1, QStringLiteral("--kind must be one of %1").arg(talentflow::movementKindKeys().join(QStringLiteral(", ")))},
            {movement(zoph, left, {QStringLiteral("--date"), QStringLiteral("2026-13")}) + quote, 1, QStringLiteral("--date must be")},
            {role(zoph, QStringLiteral("OpenAI"), QStringLiteral("Adviser"), {QStringLiteral("--start"), QStringLiteral("2026-02-30")}) + quote,
             1, QStringLiteral("--start must be")},
            {role(zoph, QStringLiteral("OpenAI"), QStringLiteral("Adviser"), {QStringLiteral("--start"), QStringLiteral("2026-03"),
                                                                               QStringLiteral("--end"), QStringLiteral("2026-01")}) + quote,
             1, QStringLiteral("ends (2026-01) before it starts (2026-03)")},
            {movement(QString(), left) + quote, 1, QStringLiteral("the person's name is empty")},
            {role(zoph, QStringLiteral("  "), QStringLiteral("Adviser")) + quote, 1, QStringLiteral("the company's name is empty")},
            {movement(longName, left, {QStringLiteral("--new-person")}) + quote, 1,
             QStringLiteral("name is longer than 300 characters")},
            {role(zoph, longName, QStringLiteral("Adviser"), {QStringLiteral("--new-company")}) + quote, 1,
             QStringLiteral("name is longer than 300 characters")},
            {role(zoph, QStringLiteral("OpenAI"), longTitle) + quote, 1, QStringLiteral("title is longer than 1000 characters")},
            {movement(zoph, left, {QStringLiteral("--source"), missingSource, QStringLiteral("--quote"), words.sentence}), 1,
             QStringLiteral("no source %1").arg(missingSource)},
            {movement(zoph, left, {QStringLiteral("--source"), QStringLiteral("first"), QStringLiteral("--quote"), words.sentence}), 1,
             QStringLiteral("--source must be a whole number")},
            {QStringList{QStringLiteral("--cite"), QStringLiteral("movement"), missingMovement} + quote, 1,
             QStringLiteral("no movement %1").arg(missingMovement)},
            {QStringList{QStringLiteral("--cite"), QStringLiteral("movement"), fired, QStringLiteral("--date"), QStringLiteral("2026"),
                         QStringLiteral("--role-end")} + quote,
             1, QStringLiteral("a move has one date")},
            // Wrong in form: refused before anything is read.
            {QStringList{QStringLiteral("--kind"), left}, 2, QStringLiteral("--kind goes with --add-movement")},
            {role(zoph, QStringLiteral("OpenAI"), QStringLiteral("Adviser"), {QStringLiteral("--kind"), left}) + quote, 2,
             QStringLiteral("--kind goes with --add-movement")},
            {movement(zoph, left) + quote + QStringList{QStringLiteral("--cite"), QStringLiteral("movement"), fired}, 2,
             QStringLiteral("does not combine with other commands")},
            {QStringList{QStringLiteral("--add-role"), QStringLiteral("--person"), zoph, QStringLiteral("--company"), QStringLiteral("OpenAI")}
                 + quote,
             2, QStringLiteral("--add-role needs --title")},
            {QStringList{QStringLiteral("--cite"), QStringLiteral("person"), fired} + quote, 2, QStringLiteral("--cite must be movement or role")},
            {QStringList{QStringLiteral("--cite"), QStringLiteral("movement")} + quote, 2, QStringLiteral("--cite needs the fact's id")},
            {QStringList{QStringLiteral("--cite"), QStringLiteral("movement"), fired, QStringLiteral("--role-end")} + quote, 2,
             QStringLiteral("--role-end needs --date")},
        };
        const QByteArray before = TestFiles::digest(db);
        const qint64 changes = idWhere(db, QStringLiteral("SELECT count(*) FROM change_log"));
        for (const auto &refusal : cases) {
            const Run run = talentflow(QStringList{QStringLiteral("--database"), db} + refusal.arguments);
            QVERIFY2(run.exitCode == refusal.exitCode, qPrintable(refusal.arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.contains(refusal.says), qPrintable(refusal.says + QStringLiteral(" / ") + run.err));
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(TestFiles::digest(db), before);
        }
        QCOMPARE(idWhere(db, QStringLiteral("SELECT count(*) FROM change_log")), changes);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    }

    // A file the user cannot write is refused with its name and left as it was.
    void factCommandsRefuseAReadOnlyFile()
    {
        const QString folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/ro.sqlite");
        QCOMPARE(talentflow({QStringLiteral("--new-database"), db}).exitCode, 0);
        const Passage words = passage(db, QStringLiteral("Zoph"));
        QVERIFY(!words.sentence.isEmpty());
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = TestFiles::digest(db);
        QStringList arguments{QStringLiteral("--database"), db, QStringLiteral("--add-movement"), QStringLiteral("--person"),
                              QStringLiteral("Zoph"), QStringLiteral("--kind"), QStringLiteral("left"), QStringLiteral("--company"),
                              QStringLiteral("OpenAI"), QStringLiteral("--source"), QString::number(words.sourceId),
                              QStringLiteral("--quote"), words.sentence};
        // Root ignores permissions, so the binary runs as "nobody" when the test runs as root.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), folder);
        env.insert(QStringLiteral("XDG_DATA_HOME"), folder);
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        process.setProcessEnvironment(env);
        if (::geteuid() == 0) {
            QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7711)));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7755)));
            process.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                                 QStringLiteral("--clear-groups"), QStringLiteral(TALENTFLOW_BINARY)}
                                                         + arguments);
        } else {
            process.start(QStringLiteral(TALENTFLOW_BINARY), arguments);
        }
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("cannot add the movement: %1 is read-only").arg(db)), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QCOMPARE(TestFiles::digest(db), before);
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7700));
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
