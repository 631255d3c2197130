#include "models/Database.h"
#include "models/MovementKind.h"
#include "models/Records.h"
#include "ui/MovementKindNames.h"
#include "ui/chart/MovementKindStyle.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace talentflow;

// The one table of movement kinds: the schema agrees with it, and what is derived from it says
// what the rules say.
class TestMovementKind : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // empty, as created: schema and migrations

    static QList<MovementKind> everyKind()
    {
        QList<MovementKind> kinds;
        for (int k = int(MovementKind::Joined); k <= int(MovementKind::Reinstated); ++k)
            kinds.append(MovementKind(k));
        return kinds;
    }

    static QStringList keysOf(const QList<MovementKind> &kinds)
    {
        QStringList keys;
        for (MovementKind kind : kinds)
            keys.append(movementKindKey(kind));
        return keys;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("empty.sqlite")), Database::Contents::Empty, &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    // The CHECK of a database as created (migrations included), read back from SQLite itself.
    void theSchemaChecksTheTablesKeys()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'movement'")));
        QVERIFY(query.next());
        const QString sql = query.value(0).toString();
        const QRegularExpressionMatch check =
            QRegularExpression(QStringLiteral(R"(CHECK\s*\(\s*kind\s+IN\s*\(([^)]*)\)\s*\))")).match(sql);
        QVERIFY2(check.hasMatch(), qPrintable(sql));
        QSet<QString> checked;
        QRegularExpressionMatchIterator literals = QRegularExpression(QStringLiteral("'([^']*)'")).globalMatch(check.captured(1));
        while (literals.hasNext())
            checked.insert(literals.next().captured(1));
        QCOMPARE(checked.size(), 8);
        const QStringList keys = movementKindKeys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), checked);
        QCOMPARE(movementKinds(), keys); // what the seed and JSON readers accept
    }

    void everyKindHasOneRowAndAPlainKey()
    {
        QCOMPARE(movementKindTable().size(), everyKind().size());
        QSet<QString> keys;
        for (MovementKind kind : everyKind()) {
            QCOMPARE(movementKindEntry(kind).kind, kind);
            const QString key = movementKindKey(kind);
            // Written into SQL as literals: lower-case words only.
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(key).hasMatch(), qPrintable(key));
            QCOMPARE(movementKindFromKey(key), std::optional<MovementKind>(kind));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), everyKind().size());
        QVERIFY(!movementKindFromKey(QStringLiteral("Left")));
        QVERIFY(!movementKindFromKey(QString()));
    }

    void directions()
    {
        QStringList arrivals, departures, leaves, within;
        for (const MovementKindEntry &entry : movementKindTable()) {
            const QString key = QLatin1String(entry.key);
            switch (entry.direction) {
            case MovementDirection::Arrival: arrivals.append(key); break;
            case MovementDirection::Departure: departures.append(key); break;
            case MovementDirection::Leave: leaves.append(key); break;
            case MovementDirection::Within: within.append(key); break;
            }
        }
        QCOMPARE(arrivals, (QStringList{"joined", "founded", "reinstated"}));
        QCOMPARE(departures, (QStringList{"left", "fired", "ousted"}));
        QCOMPARE(leaves, QStringList{"sabbatical"});
        QCOMPARE(within, QStringList{"role_change"});
    }

    // The generated CASE, run by SQLite on each key bound as a value.
    void theStatusCaseGivesEachKindsStatus_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QVariant>("status");
        QTest::newRow("joined") << "joined" << QVariant(QStringLiteral("current"));
        QTest::newRow("left") << "left" << QVariant(QStringLiteral("left"));
        QTest::newRow("fired") << "fired" << QVariant(QStringLiteral("left"));
        QTest::newRow("founded") << "founded" << QVariant(QStringLiteral("current"));
        QTest::newRow("sabbatical") << "sabbatical" << QVariant(QStringLiteral("on_leave"));
        QTest::newRow("role_change") << "role_change" << QVariant(QStringLiteral("current"));
        QTest::newRow("ousted") << "ousted" << QVariant(QStringLiteral("left"));
        QTest::newRow("reinstated") << "reinstated" << QVariant(QStringLiteral("current"));
    }

    void theStatusCaseGivesEachKindsStatus()
    {
        QFETCH(QString, kind);
        QFETCH(QVariant, status);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.prepare(QStringLiteral("SELECT %1 FROM (SELECT :kind AS kind)").arg(roleStatusCaseSql(QStringLiteral("kind")))));
        query.bindValue(QStringLiteral(":kind"), kind);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), status.toString());
        QCOMPARE(roleStatusKey(movementKindEntry(*movementKindFromKey(kind)).status), status.toString());
    }

    void labelsAndStyles()
    {
        QSet<QString> labels;
        for (MovementKind kind : everyKind()) {
            const QString label = movementKindLabel(kind);
            QVERIFY(!label.isEmpty());
            labels.insert(label);
            QCOMPARE(movementKindLabel(movementKindKey(kind)), label);
        }
        QCOMPARE(labels.size(), everyKind().size());
        QCOMPARE(movementKindLabel(MovementKind::RoleChange), QStringLiteral("role change"));
        QCOMPARE(movementKindLabel(QStringLiteral("promoted")), QStringLiteral("promoted")); // not in the vocabulary
        // The legend: every kind once, departures first, as the chart has always drawn them.
        QCOMPARE(keysOf(movementKindsInLegendOrder()),
                 (QStringList{"left", "fired", "ousted", "sabbatical", "reinstated", "joined", "founded", "role_change"}));
        QCOMPARE(movementKindStyle(MovementKind::Left).color, QColor(0xd6, 0x27, 0x28));
        QCOMPARE(movementKindStyle(MovementKind::Founded).shape, QScatterSeries::MarkerShapePentagon);
    }
};

QTEST_MAIN(TestMovementKind)
#include "tst_movementkind.moc"
