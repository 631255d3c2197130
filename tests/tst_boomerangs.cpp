#include "models/Boomerangs.h"
#include "models/Database.h"
#include "models/FlowRepository.h"
#include "models/TimelineRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace talentflow;

namespace {

CompanyRecord company(qint64 id)
{
    return CompanyRecord{id, QStringLiteral("Company %1").arg(id), QString()};
}

MovementView move(qint64 id, const char *kind, qint64 at, std::optional<qint64> to, const PartialDate &date)
{
    MovementView view;
    view.id = id;
    view.kind = QString::fromLatin1(kind);
    view.company = company(at);
    if (to)
        view.destination = company(*to);
    view.date = date;
    return view;
}

// "Company 1: left 2015 → returned 2018" for each return, in order.
QStringList described(const QList<Boomerang> &found)
{
    QStringList lines;
    for (const Boomerang &b : found)
        lines.append(QStringLiteral("%1: left %2 → returned %3%4")
                         .arg(b.company.nameEn, b.left.isKnown() ? b.left.toIso() : QStringLiteral("?"),
                              b.returned.isKnown() ? b.returned.toIso() : QStringLiteral("?"),
                              b.reinstatement ? QStringLiteral(" (reinstated)") : QString()));
    return lines;
}

} // namespace

// Returns to a company found from a person's own facts: on the seed and on synthetic paths.
class TestBoomerangs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QStringList seedReturns(const QString &nameEn)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT id FROM person WHERE name_en = ?"));
        query.addBindValue(nameEn);
        if (!query.exec() || !query.next())
            return {QStringLiteral("no such person")};
        QString error;
        const std::optional<PersonDetail> detail =
            PersonDetailRepository(m_db->connection()).personDetail(query.value(0).toLongLong(), &error);
        if (!detail)
            return {error};
        return described(boomerangsOf(*detail));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("seed.sqlite")), Database::Contents::Seeded, &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void theSeedsReturns_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QStringList>("returns");
        // Tesla in 2017, back in 2023: the joined move and the second-stint role say it once.
        QTest::newRow("Karpathy") << "Andrej Karpathy" << QStringList{QStringLiteral("OpenAI: left 2017 → returned 2023")};
        // Left OpenAI on 26 September 2024; the return from Thinking Machines Lab is undated.
        QTest::newRow("Zoph") << "Barret Zoph" << QStringList{QStringLiteral("OpenAI: left 2024-09-26 → returned ?")};
        // A former employee of OpenAI going back: neither date is stated.
        QTest::newRow("Metz") << "Luke Metz" << QStringList{QStringLiteral("OpenAI: left ? → returned ?")};
        QTest::newRow("Schoenholz") << "Sam Schoenholz" << QStringList{QStringLiteral("OpenAI: left ? → returned ?")};
        // Ousted and reinstated within November 2023: counted, and marked as a reinstatement.
        QTest::newRow("Altman") << "Sam Altman" << QStringList{QStringLiteral("OpenAI: left 2023-11 → returned 2023-11 (reinstated)")};
        // Left and never came back; a sabbatical is no departure.
        QTest::newRow("Murati") << "Mira Murati" << QStringList();
        QTest::newRow("Brockman") << "Greg Brockman" << QStringList();
        QTest::newRow("Schulman") << "John Schulman" << QStringList();
    }

    void theSeedsReturns()
    {
        QFETCH(QString, person);
        QFETCH(QStringList, returns);
        QCOMPARE(seedReturns(person), returns);
    }

    // Across the whole seed, these and nobody else went back. Lia Guy too: article 000 says she
    // is returning to OpenAI, her former employer.
    void onlyTheseReturnedInTheSeed()
    {
        QSqlQuery people(m_db->connection());
        QVERIFY(people.exec(QStringLiteral("SELECT id, name_en FROM person ORDER BY name_en")));
        QStringList returned;
        while (people.next()) {
            QString error;
            const std::optional<PersonDetail> detail =
                PersonDetailRepository(m_db->connection()).personDetail(people.value(0).toLongLong(), &error);
            QVERIFY2(detail, qPrintable(error));
            if (!boomerangsOf(*detail).isEmpty())
                returned.append(people.value(1).toString());
        }
        QCOMPARE(returned, (QStringList{QStringLiteral("Andrej Karpathy"), QStringLiteral("Barret Zoph"), QStringLiteral("Lia Guy"),
                                        QStringLiteral("Luke Metz"),
                                        QStringLiteral("Sam Altman"), QStringLiteral("Sam Schoenholz")}));
    }

    // The filter's SQL and the badge's rules agree on who returned, person by person.
    void theFiltersSqlAgreesWithTheBadge()
    {
        QSqlQuery people(m_db->connection());
        QVERIFY(people.exec(QStringLiteral("SELECT id FROM person ORDER BY id")));
        QList<qint64> byRules;
        while (people.next()) {
            QString error;
            const std::optional<PersonDetail> detail =
                PersonDetailRepository(m_db->connection()).personDetail(people.value(0).toLongLong(), &error);
            QVERIFY2(detail, qPrintable(error));
            if (!boomerangsOf(*detail).isEmpty())
                byRules.append(people.value(0).toLongLong());
        }
        QSqlQuery returned(m_db->connection());
        QVERIFY2(returned.exec(returnedPeopleSql() + QStringLiteral(" ORDER BY 1")), qPrintable(returned.lastError().text()));
        QList<qint64> bySql;
        while (returned.next())
            bySql.append(returned.value(0).toLongLong());
        QCOMPARE(bySql, byRules);
        QCOMPARE(bySql.size(), 6);
    }

    // The timeline reads paths only for people who could have returned: every chart, of each
    // company and of everyone, marks exactly the moves the talent flow of everyone calls returns.
    void everyChartMarksTheFlowsReturns()
    {
        QString error;
        FlowQuery everyone;
        everyone.companyLimit = std::numeric_limits<int>::max();
        const std::optional<TalentFlowData> flows = FlowRepository(m_db->connection()).load(everyone, &error);
        QVERIFY2(flows, qPrintable(error));
        QSet<qint64> returns;
        for (const FlowRibbon &ribbon : flows->ribbons) {
            for (const FlowMember &member : ribbon.members) {
                if (member.returning)
                    returns.insert(member.arrivalId > 0 ? member.arrivalId : member.departureId);
            }
        }
        QVERIFY(returns.size() >= 6);

        QList<std::optional<qint64>> companies{std::nullopt};
        QSqlQuery ids(m_db->connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM company ORDER BY id")));
        while (ids.next())
            companies.append(ids.value(0).toLongLong());
        int marked = 0;
        for (const std::optional<qint64> &company : std::as_const(companies)) {
            TimelineQuery query;
            query.filter.companyId = company;
            const std::optional<TimelineInput> input = TimelineRepository(m_db->connection()).load(query, &error);
            QVERIFY2(input, qPrintable(error));
            for (const TimelineLane &lane : input->data.lanes) {
                for (const TimelineMarker &marker : lane.markers) {
                    QVERIFY2(marker.returning == returns.contains(marker.movementId),
                             qPrintable(QStringLiteral("move %1 in the chart of company %2").arg(marker.movementId).arg(company.value_or(0))));
                    marked += marker.returning ? 1 : 0;
                }
            }
        }
        QVERIFY(marked >= 2 * returns.size()); // each in everyone's chart and in its company's
    }

    // A→B→A→C→A: two returns to A, each after the departure just before it.
    void aPathFullOfReturns()
    {
        PersonDetail person;
        person.movements = {move(1, "left", 1, 2, PartialDate::year(2010)), move(2, "left", 2, 1, PartialDate::year(2012)),
                            move(3, "left", 1, 3, PartialDate::year(2015)), move(4, "left", 3, 1, PartialDate::year(2018))};
        QCOMPARE(described(boomerangsOf(person)),
                 (QStringList{QStringLiteral("Company 1: left 2010 → returned 2012"),
                              QStringLiteral("Company 1: left 2015 → returned 2018")}));
    }

    // The departure's date is not stated: the order the moves are listed in says it came first.
    void aReturnWithoutAStatedDeparture()
    {
        PersonDetail person;
        person.movements = {move(7, "left", 1, 2, PartialDate()), move(8, "joined", 1, std::nullopt, PartialDate::month(2020, 3))};
        QCOMPARE(described(boomerangsOf(person)), QStringList{QStringLiteral("Company 1: left ? → returned 2020-03")});
        // Listed the other way round, with nothing dated, the join came first: no return.
        person.movements = {move(7, "joined", 1, std::nullopt, PartialDate()), move(8, "left", 1, 2, PartialDate())};
        QVERIFY(boomerangsOf(person).isEmpty());
    }

    // One return stated at two precisions (a move in February 2023, the role it began in 2023) is
    // one badge; two undated returns after two departures are two.
    void oneReturnAtTwoPrecisionsIsOne()
    {
        PersonDetail person;
        person.movements = {move(1, "left", 1, 2, PartialDate::year(2017)), move(2, "joined", 1, std::nullopt, PartialDate::month(2023, 2))};
        RoleView role;
        role.id = 5;
        role.company = company(1);
        role.start = PartialDate::year(2023);
        person.roles = {role};
        QCOMPARE(boomerangsOf(person).size(), 1);

        PersonDetail twice;
        twice.movements = {move(1, "left", 1, 2, PartialDate()), move(2, "joined", 1, std::nullopt, PartialDate()),
                           move(3, "left", 1, 3, PartialDate()), move(4, "joined", 1, std::nullopt, PartialDate())};
        QCOMPARE(boomerangsOf(twice).size(), 2);
    }

    // Stated dates win over the order the moves are listed in.
    void datesOrderBeforeTheList()
    {
        PersonDetail person;
        person.movements = {move(9, "joined", 1, std::nullopt, PartialDate::year(2019)),
                            move(10, "left", 1, 2, PartialDate::year(2021))};
        QVERIFY(boomerangsOf(person).isEmpty());
    }

    // One role ending as another starts at the same company is a promotion, not a return.
    void aRoleChangeIsNoReturn()
    {
        PersonDetail person;
        RoleView first;
        first.id = 1;
        first.company = company(1);
        first.start = PartialDate::year(2015);
        first.end = PartialDate::year(2019);
        RoleView second = first;
        second.id = 2;
        second.start = PartialDate::year(2020);
        second.end = PartialDate();
        person.roles = {first, second};
        QVERIFY(boomerangsOf(person).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBoomerangs)
#include "tst_boomerangs.moc"
