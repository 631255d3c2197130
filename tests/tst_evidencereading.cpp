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
        QTest::newRow("the first date stated") << QStringLiteral("2016年加入Leap Motion,2018年加入OpenAI") << unknown
                                               << std::optional(PartialDate::year(2016));
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
        QTest::newRow("fired over left") << QStringLiteral("佐夫被解雇并离开了公司") << std::optional(MovementKind::Fired);
        QTest::newRow("fired") << QStringLiteral("Thinking Machines Lab fired Zoph") << std::optional(MovementKind::Fired);
        QTest::newRow("reinstated over returned") << QStringLiteral("Altman was reinstated and returned as CEO")
                                                  << std::optional(MovementKind::Reinstated);
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
