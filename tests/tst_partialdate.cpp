#include "models/PartialDate.h"

#include <QTest>

using talentflow::DatePrecision;
using talentflow::PartialDate;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesEachPrecision_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("day") << "2024-09-25" << int(DatePrecision::Day) << "25 Sep 2024" << "2024年9月25日";
        QTest::newRow("month") << "2024-09" << int(DatePrecision::Month) << "Sep 2024" << "2024年9月";
        QTest::newRow("year") << "2015" << int(DatePrecision::Year) << "2015" << "2015年";
        QTest::newRow("unknown") << "" << int(DatePrecision::Unknown) << "" << "";
    }

    void parsesEachPrecision()
    {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const std::optional<PartialDate> date = PartialDate::fromIso(text);
        QVERIFY(date);
        QCOMPARE(int(date->precision()), precision);
        QCOMPARE(date->toIso(), text);
        QCOMPARE(date->toDisplayString(false), english);
        QCOMPARE(date->toDisplayString(true), chinese);
    }

    void rejectsInvalidDates_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"2024-13", "2024-02-30", "2023-02-29", "24-09", "2024/09", "2024-9", "2024-09-1",
                                "0000", "abcd", "2024-09-25T10:00", " 2024", "２０２４",
                                "2024-", "2024-09-", "202a", "2024-0a", "2024_09", "2024-09_25", "12345",
                                "2024-09-250", "-2024", "2024 ", "٢٠٢٤"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }

    void rejectsInvalidDates()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!PartialDate::fromIso(text, &error));
        QVERIFY(error.contains(text));
    }

    void acceptsLeapDay()
    {
        QVERIFY(PartialDate::fromIso(QStringLiteral("2024-02-29")));
    }

    void checksPrecisionAgreement()
    {
        QString error;
        QVERIFY(PartialDate::fromIsoWithPrecision(QStringLiteral("2024-09"), QStringLiteral("month"), &error));
        QVERIFY(!PartialDate::fromIsoWithPrecision(QStringLiteral("2024-09"), QStringLiteral("day"), &error));
        QVERIFY(error.contains(QStringLiteral("does not agree")));
        QVERIFY(!PartialDate::fromIsoWithPrecision(QString(), QStringLiteral("year"), &error));
        QVERIFY(PartialDate::fromIsoWithPrecision(QString(), QStringLiteral("unknown"), &error));
        QVERIFY(!PartialDate::fromIsoWithPrecision(QStringLiteral("2024"), QStringLiteral("decade"), &error));
    }

    void spansItsPeriod()
    {
        const PartialDate month = *PartialDate::fromIso(QStringLiteral("2024-02"));
        QCOMPARE(month.firstDay(), QDate(2024, 2, 1));
        QCOMPARE(month.lastDay(), QDate(2024, 2, 29));
        const PartialDate year = *PartialDate::fromIso(QStringLiteral("2017"));
        QCOMPARE(year.firstDay(), QDate(2017, 1, 1));
        QCOMPARE(year.lastDay(), QDate(2017, 12, 31));
        QVERIFY(!PartialDate().firstDay().isValid());
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
