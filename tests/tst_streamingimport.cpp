// The streaming import: the section reader under it, files whose facts come before the records
// they refer to, progress that runs forward, and a cancel at any step that keeps nothing.

#include "TestFiles.h"
#include "TestProcess.h"
#include "models/DataSession.h"
#include "models/DataTransfer.h"
#include "models/Database.h"
#include "models/JsonSectionReader.h"
#include "ui/DatabaseActions.h"
#include "ui/MainWindow.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace talentflow;

namespace {

struct Read
{
    JsonSectionReader::Outcome outcome;
    QString error;
    QHash<QString, JsonSection> sections;
    QList<QPair<QString, QJsonValue>> elements;
    QHash<QString, QJsonValue> values;
};

Read readSections(const QByteArray &json, const QStringList &wanted)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    Read result;
    JsonSectionReader::Handlers handlers;
    handlers.wantsElements = [wanted](const QString &section) { return wanted.contains(section); };
    handlers.element = [&result](const QString &section, qint64 index, const QJsonValue &element) {
        result.elements.append({QStringLiteral("%1[%2]").arg(section).arg(index), element});
        return true;
    };
    handlers.value = [&result](const QString &key, const QJsonValue &value) {
        result.values.insert(key, value);
        return true;
    };
    result.outcome = JsonSectionReader::read(buffer, handlers, &result.sections, &result.error);
    return result;
}

} // namespace

class TestStreamingImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_seeded;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString copyOfSeed(const QString &name)
    {
        const QString file = path(name);
        QFile::remove(file);
        if (!QFile::copy(m_seeded, file))
            return QString();
        return file;
    }

    // The whole database as its export: equal exports, equal contents.
    static QByteArray exported(const QString &file)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        const QString out = file + QStringLiteral(".export.json");
        if (!db || !DataTransfer(*db).exportTo(out, &error))
            qWarning("cannot export %s: %s", qPrintable(file), qPrintable(error));
        return TestFiles::read(out);
    }

    static qint64 count(const QString &file, const QString &sql)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        QSqlQuery query(db->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_seeded = path(QStringLiteral("seeded.sqlite"));
        QString error;
        QVERIFY2(Database::create(m_seeded, Database::Contents::Seeded, &error), qPrintable(error));
        TestFiles::write(path(QStringLiteral("one.json")), TestFiles::oneNewMovement());
    }

    void theReaderBuildsOnlyTheWantedElements()
    {
        const Read read = readSections(R"({"version": 2, "small": [{"id": 1, "list": [1, 2.5, "x", null, true]}, 7],
            "big": [{"id": 1, "citations": [{"a": 1}, {"a": 2}]}, {"id": 2, "citations": [{"a": 3}], "o": {"p": 1}}],
            "meta": {"k": [1]}, "large": 9007199254740993})",
                                       {QStringLiteral("small")});
        QCOMPARE(read.outcome, JsonSectionReader::Outcome::Read);
        QCOMPARE(read.elements.size(), 2);
        QCOMPARE(read.elements.at(0).first, QStringLiteral("small[0]"));
        const QJsonObject first = read.elements.at(0).second.toObject();
        QCOMPARE(first.value(QStringLiteral("list")).toArray(),
                 (QJsonArray{1, 2.5, QStringLiteral("x"), QJsonValue(QJsonValue::Null), true}));
        QCOMPARE(read.elements.at(1).second.toInteger(), 7);
        // The skipped section is counted: its elements and the objects in their arrays.
        QVERIFY(read.sections.value(QStringLiteral("big")).isArray);
        QCOMPARE(read.sections.value(QStringLiteral("big")).elements, 2);
        QCOMPARE(read.sections.value(QStringLiteral("big")).nestedObjects, 3);
        QVERIFY(!read.sections.value(QStringLiteral("meta")).isArray);
        QCOMPARE(read.values.value(QStringLiteral("meta")).toObject(), (QJsonObject{{QStringLiteral("k"), QJsonArray{1}}}));
        QCOMPARE(read.values.value(QStringLiteral("version")).toInteger(), 2);
        // An integer beyond a double's exact range stays exact, as QJsonDocument keeps it.
        QCOMPARE(read.values.value(QStringLiteral("large")).toInteger(), Q_INT64_C(9007199254740993));
    }

    void theReaderSaysWhereTheJsonIsBroken()
    {
        const Read broken = readSections("{\"sources\": [\n{\"id\": 1},\n{\"id\": 2,,}\n]}", {QStringLiteral("sources")});
        QCOMPARE(broken.outcome, JsonSectionReader::Outcome::Invalid);
        QVERIFY2(broken.error.startsWith(QStringLiteral("not valid JSON: ")), qPrintable(broken.error));
        QVERIFY2(broken.error.endsWith(QStringLiteral(" at line 3")), qPrintable(broken.error));
        const Read array = readSections("[1, 2]", {});
        QCOMPARE(array.outcome, JsonSectionReader::Outcome::Invalid);
        QCOMPARE(array.error, QStringLiteral("not a Talentflow export (the top level must be a JSON object)"));
        const Read empty = readSections("", {});
        QCOMPARE(empty.outcome, JsonSectionReader::Outcome::Invalid);
        const Read badUtf8 = readSections("{\"a\": \"\xff\"}", {});
        QCOMPARE(badUtf8.outcome, JsonSectionReader::Outcome::Invalid);
        const Read trailing = readSections("{} {}", {});
        QCOMPARE(trailing.outcome, JsonSectionReader::Outcome::Invalid);
        // Nesting deep enough to exhaust a recursive parser's stack is refused at QJsonDocument's limit.
        const Read deep = readSections("{\"roles\": " + QByteArray(100000, '['), {QStringLiteral("roles")});
        QCOMPARE(deep.outcome, JsonSectionReader::Outcome::Invalid);
        QCOMPARE(deep.error, QStringLiteral("not valid JSON: nested more than 1024 levels deep at line 1"));
        const Read deepEnough = readSections("{\"roles\": [" + QByteArray(1022, '[') + QByteArray(1022, ']') + "]}",
                                             {QStringLiteral("roles")});
        QCOMPARE(deepEnough.outcome, JsonSectionReader::Outcome::Read);
        // Which of two "roles" would count is a guess: neither is taken.
        const Read twice = readSections("{\"roles\": [1],\n\"roles\": [2]}", {QStringLiteral("roles")});
        QCOMPARE(twice.outcome, JsonSectionReader::Outcome::Invalid);
        QCOMPARE(twice.error, QStringLiteral("\"roles\" appears twice at the top level (line 2)"));
        // A byte-order mark, as some editors write, is read past.
        const Read marked = readSections("\xEF\xBB\xBF{\"roles\": [3]}", {QStringLiteral("roles")});
        QCOMPARE(marked.outcome, JsonSectionReader::Outcome::Read);
        QCOMPARE(marked.elements.size(), 1);
    }

    // The file is read twice: a pipe or a device cannot be, and says so before anything is read.
    void aPipeIsRefusedClearly()
    {
        const QString file = copyOfSeed(QStringLiteral("pipe.sqlite"));
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        QVERIFY(!DataTransfer(*db).importFrom(QStringLiteral("/dev/null"), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read a pipe or a device")), qPrintable(error));
    }

    // A file is not obliged to list articles, companies and people before the facts citing them.
    void factsMayComeBeforeWhatTheyReferTo()
    {
        const QByteArray reversed = R"({"movements": [{"id": 1, "person_id": 1, "kind": "joined", "company_id": 7, "to_company_id": null,
                           "date": "2025-01", "precision": "month",
                           "citations": [{"source_id": 1, "start": 0, "end": 27, "text": "Ada Example joined OpenAI i"}]}],
            "roles": [],
            "people": [{"id": 1, "name_en": "Ada Example", "name_zh": "", "aliases": ["Ada"]}],
            "companies": [{"id": 7, "name_en": "OpenAI", "name_zh": "OpenAI"}],
            "sources": [{"id": 1, "file": "extra.txt", "title": "Extra", "language": "en", "published": "2025-01",
                         "published_precision": "month", "body": "Ada Example joined OpenAI in January 2025."}],
            "version": 1, "format": "talentflow-export"})";
        TestFiles::write(path(QStringLiteral("reversed.json")), reversed);
        const QString file = copyOfSeed(QStringLiteral("reversed.sqlite"));
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        MergeStats stats;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("reversed.json")), &stats, &error), qPrintable(error));
        QCOMPARE(stats.movements, 1);
        QCOMPARE(stats.people, 1);
        QCOMPARE(stats.citations, 1);
        db.reset();
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM citation c JOIN movement m ON m.id = c.movement_id "
                                            "JOIN person p ON p.id = m.person_id WHERE p.name_en = 'Ada Example' "
                                            "AND c.text = 'Ada Example joined OpenAI i'")),
                 1);
    }

    void progressRunsForwardToTheEnd()
    {
        const QString file = copyOfSeed(QStringLiteral("progress.sqlite"));
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        QList<ImportProgress> seen;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("one.json")), nullptr, &error,
                                              [&seen](const ImportProgress &p) {
                                                  seen.append(p);
                                                  return true;
                                              }),
                 qPrintable(error));
        QVERIFY(!seen.isEmpty());
        for (int i = 1; i < seen.size(); ++i) {
            const ImportProgress &before = seen.at(i - 1);
            const ImportProgress &now = seen.at(i);
            QVERIFY(int(now.step) >= int(before.step));
            if (now.step == before.step)
                QVERIFY(now.done >= before.done);
            QVERIFY(now.done <= now.total);
        }
        const qint64 size = QFileInfo(path(QStringLiteral("one.json"))).size();
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [size](const ImportProgress &p) {
            return p.step == ImportProgress::Step::Checking && p.done == size && p.total == size;
        }));
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [size](const ImportProgress &p) {
            return p.step == ImportProgress::Step::Writing && p.done == size;
        }));
        QCOMPARE(int(seen.last().step), int(ImportProgress::Step::Indexing));
        QCOMPARE(seen.last().done, seen.last().total);
    }

    // Cancelled at each step where the import asks, even with every record written: nothing stays.
    void aCancelAtAnyStepKeepsNothing_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<qint64>("done"); // -1: when the step's reading is through
        QTest::newRow("checked") << int(ImportProgress::Step::Checking) << qint64(-1);
        QTest::newRow("written") << int(ImportProgress::Step::Writing) << qint64(-1);
        QTest::newRow("before the indexes") << int(ImportProgress::Step::Indexing) << qint64(0);
        QTest::newRow("indexes built") << int(ImportProgress::Step::Indexing) << qint64(1);
        QTest::newRow("search index built") << int(ImportProgress::Step::Indexing) << qint64(2);
    }

    void aCancelAtAnyStepKeepsNothing()
    {
        QFETCH(int, step);
        QFETCH(qint64, done);
        const QString file = copyOfSeed(QStringLiteral("cancel.sqlite"));
        const QByteArray before = exported(file);
        QVERIFY(!before.isEmpty());
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        DataTransfer transfer(*db);
        MergeStats stats;
        bool asked = false;
        const bool imported = transfer.importFrom(path(QStringLiteral("one.json")), &stats, &error, [&](const ImportProgress &p) {
            const bool here = int(p.step) == step && (done < 0 ? p.done == p.total : p.done == done);
            asked = asked || here;
            return !here;
        });
        QVERIFY(asked);
        QVERIFY(!imported);
        QVERIFY(transfer.wasCancelled());
        QVERIFY2(error.endsWith(QStringLiteral("the import was cancelled")), qPrintable(error));
        QCOMPARE(stats.total(), 0);
        db.reset();
        QCOMPARE(exported(file), before);
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM person WHERE name_en = 'Ada Example'")), 0);
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH '\"Ada Example\"'")), 0);
        // And the same file imports afterwards.
        db = Database::open(file, &error);
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("one.json")), &stats, &error), qPrintable(error));
        QCOMPARE(stats.movements, 1);
    }

    // The window's progress dialog counts forward and its Cancel rolls the import back.
    void theWindowShowsProgressAndCancels()
    {
        const QString file = copyOfSeed(QStringLiteral("window.sqlite"));
        const QByteArray before = exported(file);
        QString error;
        MainWindow window;
        window.setPersistent(false);
        window.setDatabase(Database::open(file, &error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Completed: the dialog went forward to its end before it closed.
        QSignalSpy progressed(window.session(), &DataSession::importProgressed);
        QSignalSpy finished(window.databaseActions(), &DatabaseActions::importFinished);
        window.importData(path(QStringLiteral("one.json")));
        auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        QVERIFY(dialog);
        QCOMPARE(dialog->maximum(), 1000);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(1).toLongLong(), progressed.last().at(2).toLongLong());
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM person WHERE name_en = 'Ada Example'")), 1);

        // Cancelled: the worker starts only on the event loop's next turn, after the click.
        const QString other = path(QStringLiteral("other.json"));
        TestFiles::write(other, TestFiles::oneNewMovement().replace("Ada Example", "Zed Quantum").replace("\"Ada\"", "\"Zed\"")
                                    .replace("extra.txt", "bobby.txt"));
        const QByteArray withAda = exported(file);
        QVERIFY(withAda != before);
        finished.clear();
        window.importData(other);
        // The newest: the last import's dialog is deleted only once the event loop gets to it.
        dialog = window.findChildren<QProgressDialog *>(QStringLiteral("importProgress")).last();
        QVERIFY(dialog->isVisible() || dialog->value() == 0);
        QPushButton *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        cancel->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!window.session()->isImporting());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("errorMessage"))); // a cancel is no error
        QCOMPARE(exported(file), withAda);

        // Not cancelled, the same file goes in: it was the cancel that kept it out.
        finished.clear();
        window.importData(other);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM person WHERE name_en = 'Zed Quantum'")), 1);

        // A failure is said as one, with its reason, never as a cancel.
        const QString broken = path(QStringLiteral("broken.json"));
        TestFiles::write(broken, TestFiles::oneNewMovement().replace("\"joined\"", "\"wandered\""));
        finished.clear();
        window.importData(broken);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QMessageBox *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY2(box->detailedText().contains(QStringLiteral("unknown kind \"wandered\""))
                     || box->informativeText().contains(QStringLiteral("unknown kind \"wandered\""))
                     || box->text().contains(QStringLiteral("unknown kind \"wandered\"")),
                 qPrintable(box->text() + box->informativeText()));
        box->close();
    }

    // On a terminal the command line says where a long import is; in a pipe it stays quiet.
    void theCommandLineReportsProgressOnATerminal()
    {
        const QString file = copyOfSeed(QStringLiteral("cli.sqlite"));
        const QString binary = QStringLiteral(TALENTFLOW_BINARY);
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const TestProcess::Run piped = TestProcess::run(binary, {QStringLiteral("--database"), file, QStringLiteral("--import-data"),
                                                                 path(QStringLiteral("one.json"))},
                                                        environment);
        QCOMPARE(piped.exitCode, 0);
        QVERIFY2(!piped.err.contains(QStringLiteral("importing:")), qPrintable(piped.err));
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QFAIL("util-linux's script is needed to give the import a terminal");
        QFile::remove(file);
        QVERIFY(QFile::copy(m_seeded, file));
        // script(1) runs it on a pseudo-terminal and copies what it printed to its own output.
        const QString command = QStringLiteral("'%1' --database '%2' --import-data '%3'").arg(binary, file, path(QStringLiteral("one.json")));
        const TestProcess::Run onTerminal =
            TestProcess::run(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")}, environment);
        QCOMPARE(onTerminal.exitCode, 0);
        QVERIFY2(onTerminal.out.contains(QStringLiteral("talentflow: checking the file: 100%")), qPrintable(onTerminal.out));
        QVERIFY2(onTerminal.out.contains(QStringLiteral("talentflow: importing: 100%")), qPrintable(onTerminal.out));
        QVERIFY2(onTerminal.out.contains(QStringLiteral("talentflow: building the indexes (step 3 of 3)")), qPrintable(onTerminal.out));
        QVERIFY2(onTerminal.out.contains(QStringLiteral("(0 roles, 1 movements, 1 citations)")), qPrintable(onTerminal.out));
    }
};

QTEST_MAIN(TestStreamingImport)
#include "tst_streamingimport.moc"
