#include "models/EvidenceReading.h"

#include <QTest>

using namespace talentflow;

Q_DECLARE_METATYPE(talentflow::PartialDate)
Q_DECLARE_METATYPE(std::optional<talentflow::PartialDate>)
Q_DECLARE_METATYPE(std::optional<talentflow::MovementKind>)

// What a selected sentence states, read to pre-fill the citing form: its date with the precision
// it is stated to, and the kind of move it names.
class TestEvidenceReading : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PartialDate>("published");
        QTest::addColumn<std::optional<PartialDate>>("expected");
        const PartialDate sep27 = PartialDate::day(2024, 9, 27);
        const PartialDate unknown;
        QTest::newRow("zh day, year from the article")
            << QStringLiteral("9月26日凌晨,OpenAI 首席技术官(CTO)穆拉蒂发推文宣布离开") << sep27
            << std::optional(PartialDate::day(2024, 9, 26));
        QTest::newRow("zh day without an article date") << QStringLiteral("9月26日凌晨,穆拉蒂发推文宣布离开") << unknown
                                                        << std::optional<PartialDate>();
        QTest::newRow("zh full day") << QStringLiteral("——山姆·奥特曼(Sam Altman)2024年9月26日") << unknown
                                     << std::optional(PartialDate::day(2024, 9, 26));
        QTest::newRow("zh month") << QStringLiteral("2022年5月,晋升为首席技术官") << unknown
                                  << std::optional(PartialDate::month(2022, 5));
        QTest::newRow("zh year") << QStringLiteral("2013年,穆拉蒂进入了马斯克的特斯拉工作了3年") << unknown
                                 << std::optional(PartialDate::year(2013));
        QTest::newRow("the first date stated, not the most precise")
            << QStringLiteral("2016年加入Leap Motion,2018年9月26日离开") << unknown << std::optional(PartialDate::year(2016));
        QTest::newRow("a day of last year in an article of early January")
            << QStringLiteral("12月28日,他离开了公司") << PartialDate::day(2025, 1, 3) << std::optional(PartialDate::day(2024, 12, 28));
        QTest::newRow("ISO") << QStringLiteral("Posted 2024-09-26 by the company") << unknown
                             << std::optional(PartialDate::day(2024, 9, 26));
        QTest::newRow("may is a verb") << QStringLiteral("the 2 may leave soon") << unknown << std::optional<PartialDate>();
        QTest::newRow("a head count is not a year") << QStringLiteral("公司有2000多名员工,另有2000人离开") << unknown
                                                    << std::optional<PartialDate>();
        QTest::newRow("a model number is not a year") << QStringLiteral("trained on RTX 2080 cards") << unknown
                                                      << std::optional<PartialDate>();
        QTest::newRow("full-width digits") << QStringLiteral("２０２４年９月，他离开了") << unknown
                                           << std::optional(PartialDate::month(2024, 9));
        QTest::newRow("en month day year") << QStringLiteral("On September 26, 2024, Murati said she was stepping away") << unknown
                                           << std::optional(PartialDate::day(2024, 9, 26));
        QTest::newRow("en day month year") << QStringLiteral("announced on 26 Sept. 2024") << unknown
                                           << std::optional(PartialDate::day(2024, 9, 26));
        QTest::newRow("en month year") << QStringLiteral("Zoph left in September 2024") << unknown
                                       << std::optional(PartialDate::month(2024, 9));
        QTest::newRow("en day, year from the article") << QStringLiteral("on January 14 he returned to OpenAI")
                                                       << PartialDate::day(2026, 1, 15) << std::optional(PartialDate::day(2026, 1, 14));
        QTest::newRow("en year") << QStringLiteral("Karpathy rejoined OpenAI in 2023.") << unknown
                                 << std::optional(PartialDate::year(2023));
        QTest::newRow("money is not a year") << QStringLiteral("估值可能达到1500亿美元,融资2000万美元") << unknown
                                             << std::optional<PartialDate>();
        QTest::newRow("an impossible day") << QStringLiteral("2月30日离开") << sep27 << std::optional<PartialDate>();
        QTest::newRow("no date") << QStringLiteral("穆拉蒂宣布离开OpenAI") << sep27 << std::optional<PartialDate>();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(PartialDate, published);
        QFETCH(std::optional<PartialDate>, expected);
        const std::optional<PartialDate> read = readStatedDate(text, published);
        QCOMPARE(read.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(read->toIso(), expected->toIso());
            QCOMPARE(read->precision(), expected->precision());
        }
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<MovementKind>>("expected");
        QTest::newRow("离开") << QStringLiteral("穆拉蒂发推文宣布离开(stepping away)OpenAI公司") << std::optional(MovementKind::Left);
        QTest::newRow("stepping down") << QStringLiteral("said she was stepping down from her role") << std::optional(MovementKind::Left);
        QTest::newRow("加入") << QStringLiteral("2018年加入OpenAI,担任AI应用和合作伙伴关系副总裁") << std::optional(MovementKind::Joined);
        QTest::newRow("joined") << QStringLiteral("Schulman joined Anthropic") << std::optional(MovementKind::Joined);
        QTest::newRow("fired over left, whatever the order") << QStringLiteral("佐夫离开了公司,他是被解雇的")
                                                             << std::optional(MovementKind::Fired);
        QTest::newRow("a co-founder leaving is a leaving")
            << QStringLiteral("联合创始人Luke Metz和Sam Schoenholz也紧随其后离职") << std::optional(MovementKind::Left);
        QTest::newRow("a creator leaving is a leaving") << QStringLiteral("ChatGPT创建者OpenAI公司的高层员工接二连三地离职")
                                                        << std::optional(MovementKind::Left);
        QTest::newRow("卸任") << QStringLiteral("三人一起卸任") << std::optional(MovementKind::Left);
        QTest::newRow("stepped down") << QStringLiteral("Murati stepped down as CTO") << std::optional(MovementKind::Left);
        QTest::newRow("a startup named is no role change") << QStringLiteral("a startup named Thinking Machines Lab")
                                                           << std::optional<MovementKind>();
        QTest::newRow("fired") << QStringLiteral("Thinking Machines Lab fired Zoph") << std::optional(MovementKind::Fired);
        QTest::newRow("reinstated over returned, whatever the order")
            << QStringLiteral("Altman returned as CEO, reinstated by the board") << std::optional(MovementKind::Reinstated);
        QTest::newRow("founded") << QStringLiteral("米拉·穆拉蒂创立了Thinking Machines Lab") << std::optional(MovementKind::Founded);
        QTest::newRow("sabbatical") << QStringLiteral("布罗克曼宣布休假至年底") << std::optional(MovementKind::Sabbatical);
        QTest::newRow("ousted") << QStringLiteral("the board ousted Altman") << std::optional(MovementKind::Ousted);
        QTest::newRow("promoted") << QStringLiteral("2022年5月,晋升为首席技术官") << std::optional(MovementKind::RoleChange);
        QTest::newRow("leftover is not left") << QStringLiteral("the leftover budget") << std::optional<MovementKind>();
        QTest::newRow("nothing") << QStringLiteral("OpenAI正在制定一项计划") << std::optional<MovementKind>();
    }

    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<MovementKind>, expected);
        const std::optional<MovementKind> read = readMovementKind(text);
        QCOMPARE(read.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(movementKindKey(*read), movementKindKey(*expected));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceReading)
#include "tst_evidencereading.moc"
