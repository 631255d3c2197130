#include "models/BrowseRepository.h"
#include "models/Database.h"
#include "models/RolesTableModel.h"
#include "models/SearchRepository.h"
#include "models/TimelineRepository.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace talentflow;

class TestRolesModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    int sqlCount(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query(m_db->connection());
        query.prepare(sql);
        for (int i = 0; i < bound.size(); ++i)
            query.bindValue(i, bound.at(i));
        if (!query.exec() || !query.next())
            qFatal("count failed: %s", qPrintable(sql));
        return query.value(0).toInt();
    }

    static void fetchAll(RolesTableModel &model)
    {
        while (model.canFetchMore())
            model.fetchMore();
    }

    qint64 personId(const QString &nameEn)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT id FROM person WHERE name_en = ?"));
        query.bindValue(0, nameEn);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    QList<qint64> search(const QString &text)
    {
        QString error;
        const std::optional<QList<qint64>> ids = SearchRepository(m_db->connection()).matchingPeople(text, &error);
        if (!ids)
            qFatal("search failed for %s: %s", qPrintable(text), qPrintable(error));
        return *ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("t.sqlite")), Database::Contents::Seeded, &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void passesTheModelTester()
    {
        RolesTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.select());
        fetchAll(model);
        QCOMPARE(model.rowCount(), sqlCount(QStringLiteral("SELECT count(*) FROM role")));
        for (int column = 0; column < RolesTableModel::ColumnCount; ++column) {
            model.sort(column, Qt::DescendingOrder);
            QVERIFY(!model.lastError().isValid());
            model.sort(column, Qt::AscendingOrder);
            QVERIFY(!model.lastError().isValid());
        }
        model.setLanguage(DisplayLanguage::Chinese);
        model.setRoleFilter(RoleFilter{std::nullopt, QList<qint64>{personId(QStringLiteral("Mira Murati"))}});
        QVERIFY(model.rowCount() > 5);
    }

    void headersAreNamed()
    {
        RolesTableModel model(m_db->connection());
        QCOMPARE(model.headerData(RolesTableModel::Person, Qt::Horizontal).toString(), QStringLiteral("Person"));
        QCOMPARE(model.headerData(RolesTableModel::Status, Qt::Horizontal).toString(), QStringLiteral("Status"));
    }

    void companyFilterShowsExactlyThatCompany()
    {
        RolesTableModel model(m_db->connection());
        QString error;
        const QList<CompanyRecord> companies = *BrowseRepository(m_db->connection()).companies(&error);
        QVERIFY(companies.size() > 20);
        for (const CompanyRecord &company : companies) {
            model.setRoleFilter(RoleFilter{company.id, std::nullopt});
            fetchAll(model);
            QCOMPARE(model.rowCount(), sqlCount(QStringLiteral("SELECT count(*) FROM role WHERE company_id = ?"), {company.id}));
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.index(row, 0).data(RolesTableModel::CompanyIdRole).toLongLong(), company.id);
        }
    }

    // The filter's values are bound, never part of the SQL text, and it shows what an independent
    // query of the same company and people finds, in the table and in the counts.
    void filterValuesAreBoundNotSpliced()
    {
        const RoleFilter unlikely{Q_INT64_C(918273645), QList<qint64>{Q_INT64_C(564738291), Q_INT64_C(192837465)}};
        const QSqlDatabase db = m_db->connection();
        for (const SqlCondition &condition : {FilterCondition::roles(unlikely, QStringLiteral("r"), db),
                                              FilterCondition::people(unlikely, QStringLiteral("x"), db),
                                              FilterCondition::movements(unlikely, QStringLiteral("m"), db)}) {
            QVERIFY(!condition.sql.contains(QLatin1String("918273645")));
            QVERIFY(!condition.sql.contains(QLatin1String("564738291")));
            QVERIFY(!condition.values.isEmpty());
        }
        RolesTableModel model(m_db->connection());
        model.setRoleFilter(unlikely);
        QVERIFY(!model.currentStatement().contains(QLatin1String("918273645")));
        QVERIFY(!model.currentStatement().contains(QLatin1String("564738291")));
        QVERIFY(!model.readError().isValid());
        QCOMPARE(model.rowCount(), 0);

        QString error;
        const qint64 openAi = *TimelineRepository(m_db->connection()).companyIdByName(QStringLiteral("OpenAI"), &error);
        const QList<qint64> people{personId(QStringLiteral("Mira Murati")), personId(QStringLiteral("Ilya Sutskever")),
                                   personId(QStringLiteral("Barret Zoph"))};
        const RoleFilter filter{openAi, people};
        model.setRoleFilter(filter);
        fetchAll(model);
        const QString roles = QStringLiteral("FROM role WHERE company_id = ? AND person_id IN (?, ?, ?)");
        QCOMPARE(model.rowCount(), sqlCount(QStringLiteral("SELECT count(*) ") + roles, {openAi, people[0], people[1], people[2]}));
        const std::optional<ShownCounts> counts = BrowseRepository(m_db->connection()).shownCounts(filter, &error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(counts->people, sqlCount(QStringLiteral("SELECT count(DISTINCT person_id) ") + roles,
                                          {openAi, people[0], people[1], people[2]}));
        QCOMPARE(counts->movements,
                 sqlCount(QStringLiteral("SELECT count(*) FROM movement WHERE (company_id = ? OR to_company_id = ?) "
                                         "AND person_id IN (SELECT person_id ") + roles + QLatin1Char(')'),
                          {openAi, openAi, openAi, people[0], people[1], people[2]}));
        QVERIFY(counts->movements > 3);
    }

    // Finding a person's row asks the database; only the rows up to it are fetched.
    void rowOfPersonIsAQuery()
    {
        RolesTableModel model(m_db->connection());
        model.setRoleFilter(RoleFilter{});
        model.sort(RolesTableModel::Person, Qt::DescendingOrder);
        const qint64 altman = personId(QStringLiteral("Sam Altman"));
        QVERIFY(model.showsPerson(altman));
        const int row = model.rowOfPerson(altman);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data(RolesTableModel::PersonIdRole).toLongLong(), altman);
        for (int earlier = 0; earlier < row; ++earlier)
            QVERIFY(model.index(earlier, 0).data(RolesTableModel::PersonIdRole).toLongLong() != altman);
        for (int column : {int(RolesTableModel::Status), int(RolesTableModel::Start), int(RolesTableModel::Company)}) {
            model.sort(column, Qt::AscendingOrder);
            const int sorted = model.rowOfPerson(altman);
            QCOMPARE(model.index(sorted, 0).data(RolesTableModel::PersonIdRole).toLongLong(), altman);
            for (int earlier = 0; earlier < sorted; ++earlier)
                QVERIFY(model.index(earlier, 0).data(RolesTableModel::PersonIdRole).toLongLong() != altman);
        }
        model.setRoleFilter(RoleFilter{std::nullopt, QList<qint64>{personId(QStringLiteral("Mira Murati"))}});
        QVERIFY(!model.showsPerson(altman));
        QCOMPARE(model.rowOfPerson(altman), -1);
    }

    // More roles than the model loads at once: whether the table shows someone is asked of
    // SQLite, not found by loading rows, and only selecting their row loads up to it.
    void findingAPersonLoadsNoRows()
    {
        QString error;
        std::unique_ptr<Database> db = Database::create(m_dir.filePath(QStringLiteral("many.sqlite")), Database::Contents::Empty, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery fill(db->connection());
        for (const QString &sql :
             {QStringLiteral("INSERT INTO company (id, name_en, name_zh) VALUES (1, 'Acme', 'Acme')"),
              QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
                             "INSERT INTO person (id, name_en) SELECT i, printf('Person %03d', i) FROM n"),
              QStringLiteral("INSERT INTO role (person_id, company_id, title_en, title_zh, start_precision, end_precision) "
                             "SELECT id, 1, 'Engineer', '工程师', 'unknown', 'unknown' FROM person")}) {
            QVERIFY2(fill.exec(sql), qPrintable(fill.lastError().text()));
        }
        RolesTableModel model(db->connection());
        model.setRoleFilter(RoleFilter{});
        model.sort(RolesTableModel::Person, Qt::AscendingOrder);
        const int loaded = model.rowCount();
        QVERIFY(model.canFetchMore());
        QVERIFY(loaded < 600);
        QVERIFY(model.showsPerson(600));
        QVERIFY(!model.showsPerson(601));
        QCOMPARE(model.rowCount(), loaded);
        QCOMPARE(model.rowOfPerson(600), 599); // "Person 600" sorts last
        QCOMPARE(model.index(599, 0).data(RolesTableModel::PersonIdRole).toLongLong(), qint64(600));
        model.setRoleFilter(RoleFilter{std::nullopt, QList<qint64>{3, 600}});
        QVERIFY(model.showsPerson(600));
        QVERIFY(!model.showsPerson(4));
        QCOMPARE(model.rowOfPerson(600), 1);
    }

    void statusFollowsTheArticles()
    {
        RolesTableModel model(m_db->connection());
        model.setRoleFilter(RoleFilter{std::nullopt, QList<qint64>{personId(QStringLiteral("Greg Brockman")),
                                                                    personId(QStringLiteral("Sam Altman"))}});
        fetchAll(model);
        QStringList seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, RolesTableModel::Status);
            seen.append(model.index(row, RolesTableModel::Person).data().toString() + QLatin1Char('|')
                        + model.index(row, RolesTableModel::Title).data().toString() + QLatin1Char('|')
                        + index.data(RolesTableModel::StatusKeyRole).toString());
        }
        QVERIFY2(seen.contains(QStringLiteral("Greg Brockman|President (disputed)|on_leave")), qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY(seen.contains(QStringLiteral("Sam Altman|Chief Executive Officer|current")));
        QVERIFY(seen.contains(QStringLiteral("Greg Brockman|Board member|left")));
    }

    void searchFindsPeopleInBothScripts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("person");
        QTest::newRow("Murati") << "Murati" << "Mira Murati";
        QTest::newRow("murati lower") << "murati" << "Mira Murati";
        QTest::newRow("穆拉蒂") << "穆拉蒂" << "Mira Murati";
        QTest::newRow("米拉") << "米拉" << "Mira Murati";
        QTest::newRow("Sutskever") << "Sutskever" << "Ilya Sutskever";
        QTest::newRow("苏茨克沃") << "苏茨克沃" << "Ilya Sutskever";
        QTest::newRow("Zoph") << "Zoph" << "Barret Zoph";
        QTest::newRow("佐夫") << "佐夫" << "Barret Zoph";
        QTest::newRow("excerpt words") << "Eureka Labs" << "Andrej Karpathy";
        QTest::newRow("excerpt in Chinese") << "后训练团队" << "Barret Zoph";
        QTest::newRow("title") << "Founding member" << "Vicki Cheung";
        QTest::newRow("title in Chinese") << "创始成员" << "Trevor Blackwell";
    }

    void searchFindsPeopleInBothScripts()
    {
        QFETCH(QString, text);
        QFETCH(QString, person);
        QVERIFY2(search(text).contains(personId(person)), qPrintable(text));
    }

    void userTextIsNeverSql_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expectedMatches"); // -1: any number, as long as nothing breaks
        QTest::newRow("O'Brien") << "O'Brien" << 0;
        QTest::newRow("percent") << "%" << 0;
        QTest::newRow("underscore") << "_" << 0;
        QTest::newRow("backslash") << "\\" << 0;
        QTest::newRow("drop table") << "'; DROP TABLE people;--" << 0;
        QTest::newRow("drop table 2") << "\"); DROP TABLE person; --" << 0;
        QTest::newRow("fts syntax") << "Murati OR NOT Zoph" << 0;
        QTest::newRow("fts star") << "Mur*" << 0;
        QTest::newRow("quote only") << "\"" << 0;
        // Ian O’Connell by name, and Lia Guy, whose excerpt names him too.
        QTest::newRow("curly apostrophe") << "O’Connell" << 2;
    }

    void userTextIsNeverSql()
    {
        QFETCH(QString, text);
        QFETCH(int, expectedMatches);
        const int rolesBefore = sqlCount(QStringLiteral("SELECT count(*) FROM role"));
        QCOMPARE(search(text).size(), expectedMatches);
        RolesTableModel model(m_db->connection());
        model.setRoleFilter(RoleFilter{std::nullopt, search(text)});
        QVERIFY(!model.lastError().isValid());
        QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM role")), rolesBefore);
        QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM person")), 31);
    }

    void shownCountsMatchIndependentSql()
    {
        QString error;
        const qint64 openAi = sqlCount(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'"));
        const ShownCounts counts = *BrowseRepository(m_db->connection()).shownCounts(RoleFilter{openAi, std::nullopt}, &error);
        QCOMPARE(counts.people, sqlCount(QStringLiteral("SELECT count(DISTINCT person_id) FROM role WHERE company_id = ?"), {openAi}));
        QCOMPARE(counts.movements,
                 sqlCount(QStringLiteral("SELECT count(*) FROM movement WHERE (company_id = ? OR to_company_id = ?) AND "
                                         "person_id IN (SELECT person_id FROM role WHERE company_id = ?)"),
                          {openAi, openAi, openAi}));
        const ShownCounts all = *BrowseRepository(m_db->connection()).shownCounts(RoleFilter{}, &error);
        QCOMPARE(all.people, sqlCount(QStringLiteral("SELECT count(DISTINCT person_id) FROM role")));
    }
};

QTEST_GUILESS_MAIN(TestRolesModel)
#include "tst_rolesmodel.moc"
