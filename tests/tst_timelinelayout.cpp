#include "models/TimelineLayout.h"

#include <QTest>

using namespace talentflow;

Q_DECLARE_METATYPE(talentflow::TimelineLane)

// The timeline's lane layout on small hand-built lanes, against values worked out by hand from
// the rules: an imprecise date stands at the middle of its span (a month's first day plus half
// the days to its last, rounded down), a lane starts at its earliest such date.
class TestTimelineLayout : public QObject
{
    Q_OBJECT

private:
    static PartialDate iso(const char *text) { return *PartialDate::fromIso(QString::fromLatin1(text)); }

    static TimelineMarker move(qint64 personId, const char *kind, const PartialDate &date)
    {
        TimelineMarker marker;
        marker.personId = personId;
        marker.kind = QString::fromLatin1(kind);
        marker.date = date;
        return marker;
    }

    static TimelineBar bar(qint64 personId, const PartialDate &start, const PartialDate &end = PartialDate())
    {
        TimelineBar b;
        b.personId = personId;
        b.start = start;
        b.end = end;
        return b;
    }

    static TimelineLane lane(qint64 key, const char *name, QList<TimelineBar> bars = {}, QList<TimelineMarker> markers = {})
    {
        TimelineLane l;
        l.key = key;
        l.nameEn = QString::fromLatin1(name);
        l.bars = std::move(bars);
        l.markers = std::move(markers);
        return l;
    }

    static QStringList names(const QList<TimelineLane> &lanes)
    {
        QStringList result;
        for (const TimelineLane &l : lanes)
            result.append(l.nameEn);
        return result;
    }

private slots:
    void chartDateIsTheMiddleOfTheSpan()
    {
        QCOMPARE(chartDate(iso("2024-09-26")), QDate(2024, 9, 26));
        QCOMPARE(chartDate(iso("2024-09")), QDate(2024, 9, 15));  // 1 + 29 / 2
        QCOMPARE(chartDate(iso("2024-02")), QDate(2024, 2, 15));  // 1 + 28 / 2, a leap February
        QCOMPARE(chartDate(iso("2023-02")), QDate(2023, 2, 14));  // 1 + 27 / 2
        QCOMPARE(chartDate(iso("2017")), QDate(2017, 7, 2));      // 1 January + 364 / 2 days
        QCOMPARE(chartDate(iso("2024")), QDate(2024, 7, 1));      // 1 January + 365 / 2 days
        QVERIFY(!chartDate(PartialDate()).isValid());
    }

    void laneStart_data()
    {
        QTest::addColumn<TimelineLane>("lane");
        QTest::addColumn<QDate>("start");
        // A month-precision start is its month's middle, earlier here than a later day's move.
        QTest::newRow("month start") << lane(1, "a", {bar(1, iso("2020-03"))}, {move(1, "left", iso("2020-03-20"))})
                                     << QDate(2020, 3, 16);
        // A day before that middle wins: a month is not placed on its first day.
        QTest::newRow("day before a month's middle")
            << lane(1, "a", {bar(1, iso("2020-03"))}, {move(1, "joined", iso("2020-03-10"))}) << QDate(2020, 3, 10);
        // A bar's stated end counts when its start is not stated.
        QTest::newRow("bar end") << lane(1, "a", {bar(1, PartialDate(), iso("2019"))}, {move(1, "left", iso("2021-05-05"))})
                                 << QDate(2019, 7, 2);
        QTest::newRow("year against a day") << lane(1, "a", {}, {move(1, "founded", iso("2018")), move(1, "left", iso("2018-03-01"))})
                                            << QDate(2018, 3, 1);
        // Undated moves and unstated bars give no start.
        QTest::newRow("only undated") << lane(1, "a", {bar(1, PartialDate())}, {move(1, "left", PartialDate())}) << QDate();
        QTest::newRow("empty") << lane(1, "a") << QDate();
    }

    void laneStart()
    {
        QFETCH(TimelineLane, lane);
        QFETCH(QDate, start);
        QCOMPARE(talentflow::laneStart(lane), start);
    }

    void sortLanesEarliestFirstUndatedLastThenByName()
    {
        QList<TimelineLane> lanes{
            lane(1, "Aaron", {}, {move(1, "left", PartialDate())}),   // undated
            lane(2, "Zoe", {}, {move(2, "joined", iso("2030-01-01"))}),
            lane(3, "Bravo", {bar(3, iso("2020-03"))}),               // 16 March 2020
            lane(4, "yoyo"),                                           // nothing at all
            lane(5, "alpha", {}, {move(5, "left", iso("2020-03-16"))}), // the same day as Bravo
            lane(6, "Zed", {}, {move(6, "founded", iso("2010"))}),
            lane(7, "alpha", {}, {move(7, "left", iso("2020-03-16"))}), // alike: after lane 5, as given
        };
        sortLanes(lanes);
        // Names compare without case: "alpha" before "Bravo" (a plain comparison puts B first).
        QCOMPARE(names(lanes), (QStringList{"Zed", "alpha", "alpha", "Bravo", "Zoe", "Aaron", "yoyo"}));
        QCOMPARE(lanes.at(1).key, qint64(5));
        QCOMPARE(lanes.at(2).key, qint64(7));
    }

    void nestPeopleUnderTheirCompanies()
    {
        const QHash<qint64, PersonRecord> people{{1, {1, QStringLiteral("Pat"), QStringLiteral("帕特"), {}}},
                                                 {2, {2, QStringLiteral("Lee"), QStringLiteral("李"), {}}},
                                                 {3, {3, QStringLiteral("Kim"), QStringLiteral("金"), {}}}};
        // Acme: Pat from 2019 but a move in May 2017; Lee from 1 January 2018; Kim undated.
        const TimelineLane acme = lane(7, "Acme", {bar(1, iso("2019")), bar(2, iso("2018-01-01"))},
                                       {move(3, "left", PartialDate()), move(1, "joined", iso("2017-05-01"))});
        // Beta is earlier than Acme but stays second: the companies keep their order.
        const TimelineLane beta = lane(8, "Beta", {}, {move(2, "left", iso("2001"))});
        const QList<TimelineLane> nested = nestPeopleUnderCompanies({acme, beta}, people);

        QCOMPARE(names(nested), (QStringList{"Acme", "Pat", "Lee", "Kim", "Beta", "Lee"}));
        const QList<bool> headings{true, false, false, false, true, false};
        const QList<qint64> keys{7, 7, 7, 7, 8, 8};
        const QList<qint64> personIds{0, 1, 2, 3, 0, 2};
        for (int i = 0; i < nested.size(); ++i) {
            QCOMPARE(nested.at(i).heading, headings.at(i));
            QCOMPARE(nested.at(i).key, keys.at(i));
            QCOMPARE(nested.at(i).personId, personIds.at(i));
        }
        QCOMPARE(nested.at(1).nameZh, QStringLiteral("帕特"));
        QVERIFY(nested.at(0).bars.isEmpty() && nested.at(0).markers.isEmpty());
        QCOMPARE(nested.at(1).bars.size(), 1);
        QCOMPARE(nested.at(1).markers.size(), 1);
        QCOMPARE(nested.at(2).bars.size(), 1);
        QCOMPARE(nested.at(2).markers.size(), 0);
        QCOMPARE(nested.at(3).markers.size(), 1);
        QCOMPARE(nested.at(5).markers.first().date, iso("2001"));
    }

    void founderTimelineFromMovesAlone()
    {
        const QList<TimelineLane> founders{
            // Carol: founded; an undated departure draws no end.
            lane(3, "Carol", {}, {move(3, "founded", iso("2015-12-11")), move(3, "left", PartialDate())}),
            // alice: founded, on sabbatical from August 2024 (its middle: 16 August), reinstated.
            lane(1, "alice", {}, {move(1, "founded", iso("2015-12-11")), move(1, "sabbatical", iso("2024-08")),
                                  move(1, "role_change", iso("2023-01-01")), move(1, "promoted", iso("2022-01-01")),
                                  move(1, "reinstated", iso("2024-11-12"))}),
            // Bob: given out of order; left in 2018 (2 July), and a second, disputed claim of 2019
            // finds him already gone.
            lane(2, "Bob", {}, {move(2, "left", iso("2019")), move(2, "founded", iso("2015-12-11")), move(2, "left", iso("2018"))}),
        };
        const FounderTimeline timeline = buildFounderTimeline(founders, 9);

        QCOMPARE(names(timeline.data.lanes), (QStringList{"alice", "Bob", "Carol"}));
        struct Stay
        {
            PartialDate start;
            PartialDate end;
            bool onLeave;
        };
        const QList<QList<Stay>> expected{
            {{iso("2015-12-11"), iso("2024-08"), false}, {iso("2024-08"), iso("2024-11-12"), true}, {iso("2024-11-12"), PartialDate(), false}},
            {{iso("2015-12-11"), iso("2018"), false}},
            {{iso("2015-12-11"), PartialDate(), false}},
        };
        for (int i = 0; i < expected.size(); ++i) {
            const TimelineLane &l = timeline.data.lanes.at(i);
            QCOMPARE(l.bars.size(), expected.at(i).size());
            QCOMPARE(l.markers.size(), founders.at((i + 1) % 3).markers.size()); // moves are kept
            for (int j = 0; j < l.bars.size(); ++j) {
                QCOMPARE(l.bars.at(j).personId, l.key);
                QCOMPARE(l.bars.at(j).companyId, qint64(9));
                QCOMPARE(l.bars.at(j).start, expected.at(i).at(j).start);
                QCOMPARE(l.bars.at(j).end, expected.at(i).at(j).end);
                QCOMPARE(l.bars.at(j).onLeave, expected.at(i).at(j).onLeave);
            }
        }

        const QList<FounderStep> steps = timeline.steps;
        QCOMPARE(steps.size(), 4);
        const QList<QDate> dates{QDate(2015, 12, 11), QDate(2018, 7, 2), QDate(2024, 8, 16), QDate(2024, 11, 12)};
        const QList<int> present{3, 2, 1, 2};
        const QList<int> onLeave{0, 0, 1, 0};
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).date, dates.at(i));
            QCOMPARE(steps.at(i).present, present.at(i));
            QCOMPARE(steps.at(i).onLeave, onLeave.at(i));
        }
    }

    void dateRangeSpansEveryDatedBarAndMove()
    {
        TimelineData data;
        QVERIFY(!data.dateRange().first.isValid() && !data.dateRange().second.isValid());
        data.lanes = {lane(1, "a", {bar(1, PartialDate(), iso("2024-09"))}, {move(1, "left", PartialDate())}),
                      lane(2, "b", {}, {move(2, "joined", iso("2017"))})};
        // Whole spans, not their middles: from 1 January 2017 to 30 September 2024.
        QCOMPARE(data.dateRange(), qMakePair(QDate(2017, 1, 1), QDate(2024, 9, 30)));
        data.lanes = {lane(1, "a", {}, {move(1, "left", PartialDate())})};
        QVERIFY(!data.dateRange().first.isValid());
    }
};

QTEST_APPLESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
