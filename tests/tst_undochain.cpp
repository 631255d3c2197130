#include "models/DataSession.h"
#include "models/Database.h"
#include "models/RolesTableModel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/browse/RolesTableView.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/InPlaceEditing.h"
#include "ui/edit/Workbench.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace talentflow;

namespace {

const QString checkConnection = QStringLiteral("undo-chain-check");

} // namespace

// One step of the history undone or redone, which must be made: stops the test otherwise.
#define UNDO() \
    do {                                                                                                               \
        step(true);                                                                                                    \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
#define REDO()                                                                                                         \
    do {                                                                                                               \
        step(false);                                                                                                   \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
// The row's version moved on since it was last looked at: versions never go back, so an edit
// read before any step is refused after it.
#define EXPECT_NEWER(table, id, last)                                                                                  \
    do {                                                                                                               \
        const int now = versionOf(table, id);                                                                          \
        QVERIFY2(now > (last), qPrintable(QStringLiteral("%1 %2 at version %3 after %4").arg(table).arg(id).arg(now).arg(last))); \
        (last) = now;                                                                                                  \
    } while (false)

// Several edits of one row in one window's history, undone and redone in turn: each step is
// based on the version the window's own last write left, so none is taken for another window's
// change, while a change another window makes in between is still refused. Every result is read
// back with the test's own SQL on a connection of its own.
class TestUndoChain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_file;
    std::unique_ptr<DataSession> m_session;
    std::unique_ptr<EditHistory> m_history;
    // Another window on the same file.
    std::unique_ptr<DataSession> m_other;

    qint64 m_zoph = 0;
    qint64 m_murati = 0;
    qint64 m_openAi = 0;
    qint64 m_tml = 0;
    qint64 m_leapRole = 0;     // Murati at Leap Motion: 2016 to 2018
    qint64 m_karpathyLeft = 0; // a dated move of Karpathy's
    qint64 m_firing = 0;       // Zoph fired by Thinking Machines Lab: no date

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

    // The first row's columns joined with |, NULL as NULL; empty with no row.
    static QString row(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query = run(sql, bound);
        if (!query.next())
            return {};
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        return columns.join(QLatin1Char('|'));
    }

    static int versionOf(const QString &table, qint64 id)
    {
        // The table is one of this file's constants.
        return value(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id}).toInt();
    }

    static QString roleDates(qint64 id)
    {
        return row(QStringLiteral("SELECT title_en, start_date, start_precision, end_date, end_precision FROM role WHERE id = ?"), {id});
    }
    static QString moveFields(qint64 id)
    {
        return row(QStringLiteral("SELECT kind, company_id, IFNULL(to_company_id, '-'), IFNULL(date, '-'), precision FROM movement "
                                  "WHERE id = ?"),
                   {id});
    }
    static QString names(const QString &table, qint64 id)
    {
        return row(QStringLiteral("SELECT name_en, name_zh FROM %1 WHERE id = ?").arg(table), {id});
    }
    static QStringList aliasesOf(qint64 person)
    {
        QSqlQuery query = run(QStringLiteral("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY id"), {person});
        QStringList aliases;
        while (query.next())
            aliases.append(query.value(0).toString());
        return aliases;
    }

    static EditHistory::Describe about(const QString &what)
    {
        return [what] { return what; };
    }

    QUndoStack *stack() const { return m_history->stack(); }

    // Undoes or redoes one step: made, not refused, the session saying the data changed.
    void step(bool undo)
    {
        QSignalSpy failed(m_history.get(), &EditHistory::failed);
        QSignalSpy changed(m_session.get(), &DataSession::dataChanged);
        const int index = stack()->index();
        QVERIFY(undo ? stack()->canUndo() : stack()->canRedo());
        if (undo)
            stack()->undo();
        else
            stack()->redo();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(stack()->index(), index + (undo ? -1 : 1));
    }

    // Undoes or redoes one step, which the database refuses: the reason, the step gone.
    void refusedStep(bool undo, const QString &fragment)
    {
        QSignalSpy failed(m_history.get(), &EditHistory::failed);
        const int count = stack()->count();
        if (undo)
            stack()->undo();
        else
            stack()->redo();
        QCOMPARE(failed.count(), 1);
        const QString why = failed.first().first().toString();
        QVERIFY2(why.contains(fragment), qPrintable(why));
        QCOMPARE(stack()->count(), count - 1);
    }

    // An article to cite, added outside the history.
    qint64 addArticle(const QString &body)
    {
        NewArticle article;
        article.body = body;
        article.title = QStringLiteral("A dispatch");
        article.language = QStringLiteral("en");
        const Answer<qint64> added = m_session->addArticle(article);
        if (!added)
            qFatal("cannot add the article: %s", qPrintable(added.error));
        return *added.value;
    }

    RoleFields roleFields(qint64 id)
    {
        const Answer<RoleFields> fields = m_session->roleFields(id);
        if (!fields)
            qFatal("cannot read role %lld: %s", id, qPrintable(fields.error));
        return *fields.value;
    }
    MovementFields movementFields(qint64 id)
    {
        const Answer<MovementFields> fields = m_session->movementFields(id);
        if (!fields)
            qFatal("cannot read movement %lld: %s", id, qPrintable(fields.error));
        return *fields.value;
    }
    static PersonChange zophNamed(const QString &en, const QString &zh, const QStringList &added = {})
    {
        return PersonChange{en, zh, added, {}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("chain-%1.sqlite").arg(++m_files));
        QString error;
        std::unique_ptr<Database> db = Database::create(m_file, Database::Contents::Seeded, &error);
        QVERIFY2(db, qPrintable(error));
        m_session = std::make_unique<DataSession>();
        m_session->setDatabase(std::move(db));
        m_history = std::make_unique<EditHistory>(m_session.get());
        m_other = std::make_unique<DataSession>();
        m_other->setDatabase(Database::open(m_file, &error));
        QVERIFY2(m_other->isOpen(), qPrintable(error));
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkConnection);
            check.setDatabaseName(m_file);
            QVERIFY2(check.open(), qPrintable(check.lastError().text()));
        }
        m_zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        m_murati = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Mira Murati'")).toLongLong();
        m_openAi = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'")).toLongLong();
        m_tml = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'Thinking Machines Lab'")).toLongLong();
        m_leapRole = value(QStringLiteral("SELECT r.id FROM role r JOIN company c ON c.id = r.company_id WHERE r.person_id = ? "
                                          "AND c.name_en = 'Leap Motion'"),
                           {m_murati})
                         .toLongLong();
        m_karpathyLeft = value(QStringLiteral("SELECT min(m.id) FROM movement m JOIN person p ON p.id = m.person_id "
                                              "WHERE p.name_en = 'Andrej Karpathy' AND m.kind = 'left' AND m.date IS NOT NULL"))
                             .toLongLong();
        m_firing = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'fired'"), {m_zoph}).toLongLong();
        QVERIFY(m_zoph > 0 && m_murati > 0 && m_openAi > 0 && m_tml > 0);
        QVERIFY(m_leapRole > 0 && m_karpathyLeft > 0 && m_firing > 0);
        QCOMPARE(roleDates(m_leapRole), QStringLiteral("VP of Product and Engineering|2016|year|2018|year"));
        QVERIFY(value(QStringLiteral("SELECT date IS NULL FROM movement WHERE id = ?"), {m_firing}).toBool());
    }

    void cleanup()
    {
        QSqlDatabase::database(checkConnection, false).close();
        QSqlDatabase::removeDatabase(checkConnection);
        m_history.reset();
        m_other.reset();
        m_session.reset();
    }

    // A role's end, then its start: undone twice, redone twice, each step made and the row as it
    // should be after it.
    void twoEditsOfOneRoleUndoAndRedo()
    {
        const QString before = roleDates(m_leapRole);
        int version = versionOf(QStringLiteral("role"), m_leapRole);
        QString error;
        RoleFields fields = roleFields(m_leapRole);
        fields.end = PartialDate::month(2018, 3);
        QVERIFY2(m_history->editRole(m_leapRole, fields, version, about(QStringLiteral("end")), &error), qPrintable(error));
        const QString endEdited = roleDates(m_leapRole);
        QCOMPARE(endEdited, QStringLiteral("VP of Product and Engineering|2016|year|2018-03|month"));
        EXPECT_NEWER(QStringLiteral("role"), m_leapRole, version);

        fields.start = PartialDate::month(2016, 5);
        QVERIFY2(m_history->editRole(m_leapRole, fields, version, about(QStringLiteral("start")), &error), qPrintable(error));
        const QString bothEdited = roleDates(m_leapRole);
        QCOMPARE(bothEdited, QStringLiteral("VP of Product and Engineering|2016-05|month|2018-03|month"));
        EXPECT_NEWER(QStringLiteral("role"), m_leapRole, version);

        UNDO();
        QCOMPARE(roleDates(m_leapRole), endEdited);
        EXPECT_NEWER(QStringLiteral("role"), m_leapRole, version);
        UNDO();
        QCOMPARE(roleDates(m_leapRole), before);
        EXPECT_NEWER(QStringLiteral("role"), m_leapRole, version);
        REDO();
        QCOMPARE(roleDates(m_leapRole), endEdited);
        EXPECT_NEWER(QStringLiteral("role"), m_leapRole, version);
        REDO();
        QCOMPARE(roleDates(m_leapRole), bothEdited);
        EXPECT_NEWER(QStringLiteral("role"), m_leapRole, version);
        // And back again, all the way.
        UNDO();
        UNDO();
        QCOMPARE(roleDates(m_leapRole), before);
    }

    // A move's date, then its destination, the same way.
    void twoEditsOfOneMovementUndoAndRedo()
    {
        const QString before = moveFields(m_karpathyLeft);
        int version = versionOf(QStringLiteral("movement"), m_karpathyLeft);
        QString error;
        MovementFields fields = movementFields(m_karpathyLeft);
        fields.date = PartialDate::day(2017, 7, 15);
        QVERIFY2(m_history->editMovement(m_karpathyLeft, fields, version, about(QStringLiteral("date")), &error), qPrintable(error));
        const QString dated = moveFields(m_karpathyLeft);
        QVERIFY(dated.endsWith(QStringLiteral("|2017-07-15|day")));
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);

        fields.toCompanyId = fields.toCompanyId == m_tml ? m_openAi : m_tml;
        QVERIFY2(m_history->editMovement(m_karpathyLeft, fields, version, about(QStringLiteral("destination")), &error),
                 qPrintable(error));
        const QString both = moveFields(m_karpathyLeft);
        QVERIFY(both.contains(QStringLiteral("|%1|2017-07-15|").arg(fields.toCompanyId)));
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);

        UNDO();
        QCOMPARE(moveFields(m_karpathyLeft), dated);
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);
        UNDO();
        QCOMPARE(moveFields(m_karpathyLeft), before);
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);
        REDO();
        QCOMPARE(moveFields(m_karpathyLeft), dated);
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);
        REDO();
        QCOMPARE(moveFields(m_karpathyLeft), both);
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);
    }

    // Two corrections of one person's names: undone and redone in turn, the names and aliases as
    // they should be, and the row's version only ever moving on.
    void twoNameCorrectionsOfOnePersonUndoAndRedo()
    {
        const QString before = names(QStringLiteral("person"), m_zoph);
        const QStringList aliasesBefore = aliasesOf(m_zoph);
        int version = versionOf(QStringLiteral("person"), m_zoph);
        QString error;
        QVERIFY2(m_history->editPerson(m_zoph, zophNamed(QStringLiteral("Barret R. Zoph"), QStringLiteral("巴雷特·佐夫")), version,
                                       about(QStringLiteral("Zoph")), &error),
                 qPrintable(error));
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, version);
        QVERIFY2(m_history->editPerson(m_zoph,
                                       zophNamed(QStringLiteral("Barret R. Zoph"), QStringLiteral("巴雷特·R·佐夫"), {QStringLiteral("Zophster")}),
                                       version, about(QStringLiteral("Zoph")), &error),
                 qPrintable(error));
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, version);
        QCOMPARE(names(QStringLiteral("person"), m_zoph), QStringLiteral("Barret R. Zoph|巴雷特·R·佐夫"));
        QCOMPARE(aliasesOf(m_zoph), aliasesBefore + QStringList{QStringLiteral("Zophster")});

        UNDO();
        QCOMPARE(names(QStringLiteral("person"), m_zoph), QStringLiteral("Barret R. Zoph|巴雷特·佐夫"));
        QCOMPARE(aliasesOf(m_zoph), aliasesBefore);
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, version);
        UNDO();
        QCOMPARE(names(QStringLiteral("person"), m_zoph), before);
        QCOMPARE(aliasesOf(m_zoph), aliasesBefore);
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, version);
        REDO();
        QCOMPARE(names(QStringLiteral("person"), m_zoph), QStringLiteral("Barret R. Zoph|巴雷特·佐夫"));
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, version);
        REDO();
        QCOMPARE(names(QStringLiteral("person"), m_zoph), QStringLiteral("Barret R. Zoph|巴雷特·R·佐夫"));
        QCOMPARE(aliasesOf(m_zoph), aliasesBefore + QStringList{QStringLiteral("Zophster")});
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, version);
    }

    // A company's names, then a person's: each step writes its own row only.
    void aPersonEditAfterACompanyEditIsIndependent()
    {
        const QString companyBefore = names(QStringLiteral("company"), m_openAi);
        const QString personBefore = names(QStringLiteral("person"), m_zoph);
        int companyVersion = versionOf(QStringLiteral("company"), m_openAi);
        int personVersion = versionOf(QStringLiteral("person"), m_zoph);
        QString error;
        QVERIFY2(m_history->editCompany(m_openAi, QStringLiteral("OpenAI Inc."), QStringLiteral("开放人工智能"), companyVersion,
                                        about(QStringLiteral("OpenAI")), &error),
                 qPrintable(error));
        EXPECT_NEWER(QStringLiteral("company"), m_openAi, companyVersion);
        QVERIFY2(m_history->editPerson(m_zoph, zophNamed(QStringLiteral("Barret R. Zoph"), QStringLiteral("巴雷特·佐夫")), personVersion,
                                       about(QStringLiteral("Zoph")), &error),
                 qPrintable(error));
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, personVersion);
        const QString companyEdited = QStringLiteral("OpenAI Inc.|开放人工智能");
        const QString personEdited = QStringLiteral("Barret R. Zoph|巴雷特·佐夫");

        UNDO();
        QCOMPARE(names(QStringLiteral("person"), m_zoph), personBefore);
        QCOMPARE(names(QStringLiteral("company"), m_openAi), companyEdited);
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, personVersion);
        QCOMPARE(versionOf(QStringLiteral("company"), m_openAi), companyVersion);
        UNDO();
        QCOMPARE(names(QStringLiteral("company"), m_openAi), companyBefore);
        QCOMPARE(names(QStringLiteral("person"), m_zoph), personBefore);
        EXPECT_NEWER(QStringLiteral("company"), m_openAi, companyVersion);
        QCOMPARE(versionOf(QStringLiteral("person"), m_zoph), personVersion);
        REDO();
        QCOMPARE(names(QStringLiteral("company"), m_openAi), companyEdited);
        QCOMPARE(names(QStringLiteral("person"), m_zoph), personBefore);
        EXPECT_NEWER(QStringLiteral("company"), m_openAi, companyVersion);
        REDO();
        QCOMPARE(names(QStringLiteral("person"), m_zoph), personEdited);
        QCOMPARE(names(QStringLiteral("company"), m_openAi), companyEdited);
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, personVersion);
        QCOMPARE(versionOf(QStringLiteral("company"), m_openAi), companyVersion);
    }

    // Another window edits the role between two undos: the second undo is refused, as it is
    // when another window edits it between an undo and a redo; its edit stays.
    void anotherWindowsEditBetweenTheStepsIsStillRefused()
    {
        QString error;
        RoleFields fields = roleFields(m_leapRole);
        fields.end = PartialDate::month(2018, 3);
        QVERIFY2(m_history->editRole(m_leapRole, fields, versionOf(QStringLiteral("role"), m_leapRole), about(QStringLiteral("end")), &error),
                 qPrintable(error));
        fields.start = PartialDate::month(2016, 5);
        QVERIFY2(m_history->editRole(m_leapRole, fields, versionOf(QStringLiteral("role"), m_leapRole), about(QStringLiteral("start")), &error),
                 qPrintable(error));
        UNDO();

        RoleFields theirs = roleFields(m_leapRole);
        theirs.titleEn = QStringLiteral("VP of Product");
        const Answer<int> edited = m_other->editRole(m_leapRole, theirs, versionOf(QStringLiteral("role"), m_leapRole));
        QVERIFY2(edited, qPrintable(edited.error));
        const QString afterTheirs = roleDates(m_leapRole);
        refusedStep(true, QStringLiteral("changed in another window"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(roleDates(m_leapRole), afterTheirs);
        QCOMPARE(stack()->count(), 1);
        QVERIFY(stack()->canRedo() && !stack()->canUndo());

        // A redo, the same.
        theirs.titleEn = QStringLiteral("VP of Product, again");
        const Answer<int> again = m_other->editRole(m_leapRole, theirs, versionOf(QStringLiteral("role"), m_leapRole));
        QVERIFY2(again, qPrintable(again.error));
        refusedStep(false, QStringLiteral("changed in another window"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(roleDates(m_leapRole), QStringLiteral("VP of Product, again|2016|year|2018-03|month"));

        // Two name corrections of a person, another window's in between the undos.
        const int personVersion = versionOf(QStringLiteral("person"), m_zoph);
        QVERIFY2(m_history->editPerson(m_zoph, zophNamed(QStringLiteral("Barret R. Zoph"), QStringLiteral("巴雷特·佐夫")), personVersion,
                                       about(QStringLiteral("Zoph")), &error),
                 qPrintable(error));
        QVERIFY2(m_history->editPerson(m_zoph, zophNamed(QStringLiteral("Barret Z."), QStringLiteral("巴雷特·佐夫")),
                                       versionOf(QStringLiteral("person"), m_zoph), about(QStringLiteral("Zoph")), &error),
                 qPrintable(error));
        UNDO();
        const Answer<StoredPerson> renamed = m_other->editPerson(
            m_zoph, zophNamed(QStringLiteral("B. Zoph"), QStringLiteral("巴雷特·佐夫")), versionOf(QStringLiteral("person"), m_zoph));
        QVERIFY2(renamed, qPrintable(renamed.error));
        refusedStep(true, QStringLiteral("changed in another window"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(names(QStringLiteral("person"), m_zoph), QStringLiteral("B. Zoph|巴雷特·佐夫"));
    }

    // Another window that read a person before this window's two corrections is refused after
    // both are undone: the names are back, the version is not.
    void anEditReadBeforeUndoneStepsIsStillRefused()
    {
        const int read = versionOf(QStringLiteral("person"), m_zoph);
        QString error;
        QVERIFY2(m_history->editPerson(m_zoph, zophNamed(QStringLiteral("Barret R. Zoph"), QStringLiteral("巴雷特·佐夫")), read,
                                       about(QStringLiteral("Zoph")), &error),
                 qPrintable(error));
        QVERIFY2(m_history->editPerson(m_zoph, zophNamed(QStringLiteral("Barret Z."), QStringLiteral("巴雷特·佐夫")),
                                       versionOf(QStringLiteral("person"), m_zoph), about(QStringLiteral("Zoph")), &error),
                 qPrintable(error));
        UNDO();
        UNDO();
        QCOMPARE(names(QStringLiteral("person"), m_zoph), QStringLiteral("Barret Zoph|巴雷特·佐夫"));
        const Answer<StoredPerson> stale =
            m_other->editPerson(m_zoph, zophNamed(QStringLiteral("B. Zoph"), QStringLiteral("巴雷特·佐夫")), read);
        QVERIFY(!stale);
        QVERIFY2(stale.error.contains(QStringLiteral("changed in another window")), qPrintable(stale.error));

        // The same for a company.
        const int companyRead = versionOf(QStringLiteral("company"), m_openAi);
        QVERIFY2(m_history->editCompany(m_openAi, QStringLiteral("OpenAI Inc."), QStringLiteral("OpenAI"), companyRead,
                                        about(QStringLiteral("OpenAI")), &error),
                 qPrintable(error));
        UNDO();
        const Answer<StoredCompany> staleCompany = m_other->editCompany(m_openAi, QStringLiteral("OpenAI LP"), QString(), companyRead);
        QVERIFY(!staleCompany);
        QVERIFY2(staleCompany.error.contains(QStringLiteral("changed in another window")), qPrintable(staleCompany.error));
    }

    // Words that date the undated firing, then an edit of the firing: both undone and redone.
    void aCitationThatDatedAFactThenAnEditOfIt()
    {
        const QString sentence = QStringLiteral("On 14 January 2026 Thinking Machines Lab fired Barret Zoph.");
        const qint64 source = addArticle(sentence + QStringLiteral(" He went back to OpenAI."));
        const QString before = moveFields(m_firing);
        int version = versionOf(QStringLiteral("movement"), m_firing);
        NewCitation citation;
        citation.fact = {FactType::Movement, m_firing};
        citation.quote = {source, 0, int(sentence.size())};
        citation.statedDate = PartialDate::day(2026, 1, 14);
        citation.field = FactField::Date;
        citation.factVersion = version;
        QString error;
        const std::optional<CitationEdit> cited = m_history->cite(citation, about(QStringLiteral("firing")), &error);
        QVERIFY2(cited, qPrintable(error));
        QVERIFY(cited->datedFact);
        const QString dated = moveFields(m_firing);
        QVERIFY(dated.endsWith(QStringLiteral("|2026-01-14|day")));
        EXPECT_NEWER(QStringLiteral("movement"), m_firing, version);

        // Another article says the day before.
        MovementFields fields = movementFields(m_firing);
        fields.date = PartialDate::day(2026, 1, 13);
        QVERIFY2(m_history->editMovement(m_firing, fields, version, about(QStringLiteral("firing")), &error), qPrintable(error));
        const QString edited = moveFields(m_firing);
        QVERIFY(edited.endsWith(QStringLiteral("|2026-01-13|day")));
        EXPECT_NEWER(QStringLiteral("movement"), m_firing, version);
        const QString citationCount = QStringLiteral("SELECT count(*) FROM citation WHERE id = ?");

        UNDO();
        QCOMPARE(moveFields(m_firing), dated);
        EXPECT_NEWER(QStringLiteral("movement"), m_firing, version);
        UNDO();
        QCOMPARE(moveFields(m_firing), before);
        QCOMPARE(value(citationCount, {cited->citationId}).toInt(), 0);
        EXPECT_NEWER(QStringLiteral("movement"), m_firing, version);
        REDO();
        QCOMPARE(moveFields(m_firing), dated);
        QCOMPARE(value(citationCount, {cited->citationId}).toInt(), 1);
        EXPECT_NEWER(QStringLiteral("movement"), m_firing, version);
        REDO();
        QCOMPARE(moveFields(m_firing), edited);
        EXPECT_NEWER(QStringLiteral("movement"), m_firing, version);
    }

    // A citation that states no new date, then an edit of its fact: undone, the citation goes.
    void aCitationThatDatedNothingThenAnEditOfItsFact()
    {
        const QString words = QStringLiteral("Karpathy left.");
        const qint64 source = addArticle(words);
        NewCitation citation;
        citation.fact = {FactType::Movement, m_karpathyLeft};
        citation.quote = {source, 0, int(words.size())};
        citation.factVersion = versionOf(QStringLiteral("movement"), m_karpathyLeft);
        QString error;
        const std::optional<CitationEdit> cited = m_history->cite(citation, about(QStringLiteral("left")), &error);
        QVERIFY2(cited, qPrintable(error));
        QVERIFY(!cited->datedFact);
        const QString before = moveFields(m_karpathyLeft);
        MovementFields fields = movementFields(m_karpathyLeft);
        fields.date = PartialDate::day(2017, 7, 15);
        QVERIFY2(m_history->editMovement(m_karpathyLeft, fields, versionOf(QStringLiteral("movement"), m_karpathyLeft),
                                         about(QStringLiteral("left")), &error),
                 qPrintable(error));
        UNDO();
        QCOMPARE(moveFields(m_karpathyLeft), before);
        UNDO();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation WHERE id = ?"), {cited->citationId}).toInt(), 0);
        REDO();
        REDO();
        QVERIFY(moveFields(m_karpathyLeft).endsWith(QStringLiteral("|2017-07-15|day")));
    }

    // Zoph merged into Murati, then her names corrected: both undone and redone.
    void aMergeThenANameCorrectionOfTheKeptPerson()
    {
        const QString herNames = names(QStringLiteral("person"), m_murati);
        const QStringList herAliases = aliasesOf(m_murati);
        int version = versionOf(QStringLiteral("person"), m_murati);
        QString error;
        QVERIFY2(m_history->mergePeople(m_murati, version, m_zoph, versionOf(QStringLiteral("person"), m_zoph),
                                        about(QStringLiteral("Zoph into Murati")), &error),
                 qPrintable(error));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {m_zoph}).toInt(), 0);
        EXPECT_NEWER(QStringLiteral("person"), m_murati, version);
        const QStringList mergedAliases = aliasesOf(m_murati);
        QVERIFY(mergedAliases.contains(QStringLiteral("Barret Zoph")));
        QVERIFY2(m_history->editPerson(m_murati, PersonChange{QStringLiteral("Mira Murati"), QStringLiteral("米拉·穆拉蒂"),
                                                              {QStringLiteral("Mira M.")}, {}},
                                       version, about(QStringLiteral("Murati")), &error),
                 qPrintable(error));
        EXPECT_NEWER(QStringLiteral("person"), m_murati, version);

        UNDO();
        QCOMPARE(aliasesOf(m_murati), mergedAliases);
        EXPECT_NEWER(QStringLiteral("person"), m_murati, version);
        UNDO();
        QCOMPARE(names(QStringLiteral("person"), m_zoph), QStringLiteral("Barret Zoph|巴雷特·佐夫"));
        QCOMPARE(aliasesOf(m_murati), herAliases);
        QCOMPARE(names(QStringLiteral("person"), m_murati), herNames);
        EXPECT_NEWER(QStringLiteral("person"), m_murati, version);
        int zophVersion = versionOf(QStringLiteral("person"), m_zoph);
        REDO();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {m_zoph}).toInt(), 0);
        QCOMPARE(aliasesOf(m_murati), mergedAliases);
        EXPECT_NEWER(QStringLiteral("person"), m_murati, version);
        REDO();
        QCOMPARE(aliasesOf(m_murati), mergedAliases + QStringList{QStringLiteral("Mira M.")});
        EXPECT_NEWER(QStringLiteral("person"), m_murati, version);
        // Undone again, Zoph comes back at a version above the one he left at.
        UNDO();
        UNDO();
        EXPECT_NEWER(QStringLiteral("person"), m_zoph, zophVersion);
    }

    // A move corrected, then removed: undone (it is back, then as it was) and redone.
    void aRemovalAfterAnEdit()
    {
        const QString before = moveFields(m_karpathyLeft);
        int version = versionOf(QStringLiteral("movement"), m_karpathyLeft);
        QString error;
        MovementFields fields = movementFields(m_karpathyLeft);
        fields.date = PartialDate::day(2017, 7, 15);
        QVERIFY2(m_history->editMovement(m_karpathyLeft, fields, version, about(QStringLiteral("left")), &error), qPrintable(error));
        const QString edited = moveFields(m_karpathyLeft);
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);
        const QString citations = QStringLiteral("SELECT group_concat(id, ' ') FROM citation WHERE movement_id = ?");
        const QString cited = value(citations, {m_karpathyLeft}).toString();
        QVERIFY(m_history->removeFact({FactType::Movement, m_karpathyLeft}, version, about(QStringLiteral("left")), &error));
        QCOMPARE(moveFields(m_karpathyLeft), QString());

        UNDO();
        QCOMPARE(moveFields(m_karpathyLeft), edited);
        QCOMPARE(value(citations, {m_karpathyLeft}).toString(), cited);
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);
        UNDO();
        QCOMPARE(moveFields(m_karpathyLeft), before);
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);
        REDO();
        QCOMPARE(moveFields(m_karpathyLeft), edited);
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);
        REDO();
        QCOMPARE(moveFields(m_karpathyLeft), QString());
        UNDO();
        QCOMPARE(moveFields(m_karpathyLeft), edited);
        EXPECT_NEWER(QStringLiteral("movement"), m_karpathyLeft, version);
    }

    // A role added with its citation, then corrected: undone (corrected back, then gone) and redone.
    void anAdditionThenAnEditOfIt()
    {
        const QString words = QStringLiteral("Zoph advised Thinking Machines Lab.");
        const qint64 source = addArticle(words);
        NewRole role;
        role.person.id = m_zoph;
        role.company.id = m_tml;
        role.title = QStringLiteral("Advisor");
        role.start = PartialDate::year(2025);
        role.quote = {source, 0, int(words.size())};
        QString error;
        const std::optional<FactIds> added = m_history->addRole(role, about(QStringLiteral("advisor")), &error);
        QVERIFY2(added, qPrintable(error));
        const qint64 id = added->factId;
        const QString asAdded = roleDates(id);
        int version = versionOf(QStringLiteral("role"), id);
        RoleFields fields = roleFields(id);
        fields.end = PartialDate::month(2025, 6);
        QVERIFY2(m_history->editRole(id, fields, version, about(QStringLiteral("advisor")), &error), qPrintable(error));
        const QString edited = roleDates(id);
        EXPECT_NEWER(QStringLiteral("role"), id, version);

        UNDO();
        QCOMPARE(roleDates(id), asAdded);
        EXPECT_NEWER(QStringLiteral("role"), id, version);
        UNDO();
        QCOMPARE(roleDates(id), QString());
        REDO();
        QCOMPARE(roleDates(id), asAdded);
        EXPECT_NEWER(QStringLiteral("role"), id, version);
        REDO();
        QCOMPARE(roleDates(id), edited);
        EXPECT_NEWER(QStringLiteral("role"), id, version);
    }

    // In the real window: a role's end, then its start, edited in the table's cells, then Undo
    // twice.
    void twoCellsOfOneRowEditedInTheTableThenUndone()
    {
        // The window has its history and session; this test's own are not used.
        m_history.reset();
        MainWindow window;
        window.setPersistent(false);
        window.languageManager()->setLanguage(DisplayLanguage::English);
        QString error;
        window.setDatabase(Database::open(m_file, &error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RolesTableModel *model = window.rolesView()->rolesModel();
        InPlaceEditing *editing = window.workbench()->inPlaceEditing();
        QUndoStack *undo = window.workbench()->history()->stack();
        QVERIFY(model && editing);
        const QString before = roleDates(m_leapRole);

        const auto editCell = [&](int column, const QString &text) {
            QSignalSpy finished(editing, &InPlaceEditing::finished);
            const QModelIndex index = model->index(model->rowOfRole(m_leapRole), column);
            QCOMPARE(index.data(RolesTableModel::RowVersionRole).toInt(), versionOf(QStringLiteral("role"), m_leapRole));
            QVERIFY(model->setData(index, text));
            QVERIFY(finished.wait());
            QCOMPARE(finished.first().first().toBool(), true);
        };
        editCell(RolesTableModel::End, QStringLiteral("2018-03"));
        if (QTest::currentTestFailed())
            return;
        const QString endEdited = roleDates(m_leapRole);
        QCOMPARE(endEdited, QStringLiteral("VP of Product and Engineering|2016|year|2018-03|month"));
        editCell(RolesTableModel::Start, QStringLiteral("2016-05"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(roleDates(m_leapRole), QStringLiteral("VP of Product and Engineering|2016-05|month|2018-03|month"));

        QSignalSpy failed(window.workbench()->history(), &EditHistory::failed);
        undo->undo();
        QCOMPARE(roleDates(m_leapRole), endEdited);
        undo->undo();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(roleDates(m_leapRole), before);
        QCOMPARE(model->index(model->rowOfRole(m_leapRole), RolesTableModel::End).data().toString(), QStringLiteral("2018"));
        QCOMPARE(undo->index(), 0);
        QVERIFY(undo->canRedo());
    }
};

QTEST_MAIN(TestUndoChain)
#include "tst_undochain.moc"
