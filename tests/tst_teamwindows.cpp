#include "TeamCluster.h"
#include "models/DataSession.h"
#include "models/Database.h"
#include "ui/MainWindow.h"
#include "ui/TeamConnectDialog.h"
#include "ui/browse/DetailPane.h"
#include "ui/browse/FilterBar.h"
#include "ui/browse/PersonSelection.h"
#include "ui/browse/RolesTableView.h"
#include "ui/edit/ConflictDialog.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/FactDialog.h"
#include "ui/edit/Workbench.h"

#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <memory>

using namespace talentflow;
using testing::TeamCluster;

// Several Talentflow windows on one team database, as a newsroom desk works: an edit based on
// what another window has since changed meets a conflict dialog, and every window shows a
// committed edit without being asked.
class TestTeamWindows : public QObject
{
    Q_OBJECT

    TeamCluster m_cluster;
    QTemporaryDir m_dir;
    TeamDatabaseAddress m_address;
    std::unique_ptr<Database> m_file;
    std::vector<std::unique_ptr<MainWindow>> m_windows;

    MainWindow *openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setPersistent(false);
        QString error;
        window->setDatabase(Database::open(m_address.toString(), &error));
        if (!window->session()->isOpen())
            qWarning() << error;
        window->resize(1200, 800);
        window->show();
        m_windows.push_back(std::move(window));
        return m_windows.back().get();
    }

    // One value read on a connection of the test's own.
    QVariant value(const QString &sql, const QVariantList &bound = {})
    {
        QString error;
        std::unique_ptr<Database> server = Database::open(m_address.toString(), &error);
        if (!server)
            return error;
        QSqlQuery query(server->connection());
        query.prepare(sql);
        for (int i = 0; i < bound.size(); ++i)
            query.bindValue(i, bound.at(i));
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString problem = m_cluster.start({});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_address = m_cluster.seededFileAndItsCopy(m_dir, m_file);
        QVERIFY(m_file);
    }

    // The issue's own scene: the second window's edit of a move the first has changed since it
    // opened its form shows both values and saves what is chosen; a third window, showing that
    // person, shows the first window's edit within a second and keeps its selection.
    void twoWindowsEditingOneMoveMeetInAConflictDialog()
    {
        MainWindow *first = openWindow();
        MainWindow *second = openWindow();
        MainWindow *third = openWindow();
        for (MainWindow *window : {first, second, third}) {
            QVERIFY(window->session()->isOpen());
            QVERIFY(!window->session()->isReadOnly());
        }
        const qint64 karpathy = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Andrej Karpathy'")).toLongLong();
        const qint64 move = value(QStringLiteral("SELECT min(id) FROM movement WHERE person_id = ? AND kind = 'left'"), {karpathy}).toLongLong();
        QVERIFY(move > 0);
        const FactRef fact{FactType::Movement, move};
        const QString storedDate = QStringLiteral("SELECT date FROM movement WHERE id = ?");

        third->selection()->select(karpathy);
        QTRY_VERIFY(third->detailPane()->html().contains(QStringLiteral("edit:movement:%1").arg(move)));
        const QString savedLine = QStringLiteral("Aug 2017: left OpenAI");
        QVERIFY(!third->detailPane()->html().contains(savedLine));
        QElapsedTimer sinceFirstSaved;
        qint64 seenAfter = -1;
        QList<DataSession::Change> thirdSaw;
        QObject watching; // the connection ends with this test
        connect(third->session(), &DataSession::dataChanged, &watching, [&](DataSession::Change what) {
            thirdSaw.append(what);
            if (seenAfter < 0 && sinceFirstSaved.isValid())
                seenAfter = sinceFirstSaved.elapsed();
        });

        // The second window's form is open when the first window saves the same move.
        QStringList conflictShown;
        bool formAnswered = false;
        QTimer::singleShot(0, this, [&] {
            auto *form = qobject_cast<FactDialog *>(QApplication::activeModalWidget());
            if (!form)
                return;
            const Answer<int> version = first->session()->factVersion(fact);
            Answer<MovementFields> fields = first->session()->movementFields(move);
            if (!version || !fields)
                return form->reject(); // fails the test rather than hanging it
            fields.value->date = *PartialDate::fromIso(QStringLiteral("2017-03"));
            QString error;
            if (!first->workbench()->history()->editMovement(move, *fields.value, *version.value, [] { return QStringLiteral("first"); }, &error))
                qWarning() << error;
            sinceFirstSaved.start();

            QTimer::singleShot(0, this, [&] {
                auto *conflict = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
                if (!conflict) {
                    if (QWidget *other = QApplication::activeModalWidget())
                        other->close();
                    return;
                }
                // Both dates side by side, the rest shown once.
                for (const char *name : {"conflictMine_3", "conflictTheirs_3"}) {
                    if (auto *choice = conflict->findChild<QRadioButton *>(QLatin1String(name)))
                        conflictShown.append(choice->text());
                }
                conflictShown.append(QString::number(conflict->findChildren<QRadioButton *>().size()));
                conflict->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
            });
            form->findChild<QLineEdit *>(QStringLiteral("factDate"))->setText(QStringLiteral("2017-08"));
            formAnswered = true;
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        second->workbench()->editFact(fact, QStringLiteral("Karpathy left"));
        QVERIFY(formAnswered);
        QCOMPARE(conflictShown, (QStringList{QStringLiteral("Aug 2017"), QStringLiteral("Mar 2017"), QStringLiteral("2")}));
        QCOMPARE(value(storedDate, {move}).toString(), QStringLiteral("2017-08"));

        // The third window was told, by the server, and shows the move as it is now.
        QTRY_VERIFY_WITH_TIMEOUT(thirdSaw.contains(DataSession::Change::Elsewhere), 5000);
        QVERIFY2(seenAfter >= 0 && seenAfter < 1000, qPrintable(QStringLiteral("seen after %1 ms").arg(seenAfter)));
        QTRY_VERIFY(third->detailPane()->html().contains(savedLine));
        QCOMPARE(third->selection()->personId(), karpathy);

        // Undo in the second window puts back the first window's date, not the seed's.
        second->workbench()->history()->stack()->undo();
        QCOMPARE(value(storedDate, {move}).toString(), QStringLiteral("2017-03"));
    }

    // Merging by hand: each field the two windows set differently is taken from either, each
    // offered at first from the side that changed it.
    void aMergeTakesEachFieldFromTheWindowChosen()
    {
        MainWindow *first = openWindow();
        MainWindow *second = openWindow();
        const qint64 role = value(QStringLiteral("SELECT min(r.id) FROM role r JOIN person p ON p.id = r.person_id "
                                                 "WHERE p.name_en = 'Mira Murati' AND r.title_en <> ''")).toLongLong();
        QVERIFY(role > 0);
        const FactRef fact{FactType::Role, role};
        const QString stored = QStringLiteral("SELECT title_en || '|' || COALESCE(end_date, '-') FROM role WHERE id = ?");

        bool merged = false;
        QTimer::singleShot(0, this, [&] {
            auto *form = qobject_cast<FactDialog *>(QApplication::activeModalWidget());
            if (!form)
                return;
            const Answer<int> version = first->session()->factVersion(fact);
            Answer<RoleFields> fields = first->session()->roleFields(role);
            if (!version || !fields)
                return form->reject();
            fields.value->titleEn = QStringLiteral("CTO (first window)");
            fields.value->end = *PartialDate::fromIso(QStringLiteral("2024-09-25"));
            QString error;
            if (!first->workbench()->history()->editRole(role, *fields.value, *version.value, [] { return QStringLiteral("first"); }, &error))
                qWarning() << error;
            QTimer::singleShot(0, this, [&] {
                auto *conflict = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
                if (!conflict) {
                    if (QWidget *other = QApplication::activeModalWidget())
                        other->close();
                    return;
                }
                // The title (row 1) both changed: this window's is offered. The end (row 4) only
                // the first window changed: its value is offered, not put back to what was read.
                auto *myTitle = conflict->findChild<QRadioButton *>(QStringLiteral("conflictMine_1"));
                auto *theirEnd = conflict->findChild<QRadioButton *>(QStringLiteral("conflictTheirs_4"));
                if (!myTitle || !theirEnd)
                    return conflict->reject();
                merged = myTitle->isChecked() && theirEnd->isChecked();
                conflict->findChild<QPushButton *>(QStringLiteral("saveChosen"))->click();
            });
            form->findChild<QLineEdit *>(QStringLiteral("factTitleEn"))->setText(QStringLiteral("Chief Technology Officer"));
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        second->workbench()->editFact(fact, QStringLiteral("Murati's role"));
        QVERIFY(merged);
        QCOMPARE(value(stored, {role}).toString(), QStringLiteral("Chief Technology Officer|2024-09-25"));
    }

    // A cell edited in the table while the role was saved elsewhere: made on what is there now when
    // only another field changed; both values offered when the same cell did.
    void aCellSavedElsewhereAsksOnlyWhenItIsTheSameCell()
    {
        MainWindow *first = openWindow();
        MainWindow *second = openWindow();
        const qint64 role = value(QStringLiteral("SELECT min(r.id) FROM role r JOIN person p ON p.id = r.person_id "
                                                 "WHERE p.name_en = 'Ilya Sutskever' AND r.title_en <> ''")).toLongLong();
        QVERIFY(role > 0);
        const QString stored = QStringLiteral("SELECT title_en || '|' || COALESCE(start_date, '-') FROM role WHERE id = ?");
        auto *table = second->rolesView()->findChild<QAbstractItemView *>();
        const auto startCell = [&]() -> QModelIndex {
            QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(RolesTableModel::RoleIdRole).toLongLong() == role)
                    return model->index(row, RolesTableModel::Start);
            }
            return {};
        };
        const auto saveInFirst = [&](const std::function<void(RoleFields &)> &change) {
            const Answer<int> version = first->session()->factVersion({FactType::Role, role});
            Answer<RoleFields> fields = first->session()->roleFields(role);
            if (!version || !fields)
                return false;
            change(*fields.value);
            QString error;
            return first->workbench()->history()->editRole(role, *fields.value, *version.value, [] { return QStringLiteral("first"); }, &error);
        };
        QStringList dialogs;
        QObject watching;
        const auto answerConflicts = [&] {
            QTimer::singleShot(0, &watching, [&] {
                QWidget *modal = QApplication::activeModalWidget();
                if (auto *conflict = qobject_cast<ConflictDialog *>(modal)) {
                    const auto *mine = conflict->findChild<QRadioButton *>(QStringLiteral("conflictMine_0"));
                    const auto *theirs = conflict->findChild<QRadioButton *>(QStringLiteral("conflictTheirs_0"));
                    dialogs.append(mine && theirs ? mine->text() + QLatin1Char('/') + theirs->text() : QStringLiteral("?"));
                    conflict->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
                } else if (modal) {
                    dialogs.append(modal->objectName());
                    modal->close();
                }
            });
        };

        // Another field: the title, saved in the first window after the second's table read the row.
        QTRY_VERIFY(startCell().isValid());
        QVERIFY(table->model()->setData(startCell(), QStringLiteral("2019"), Qt::EditRole));
        QVERIFY(saveInFirst([](RoleFields &fields) { fields.titleEn = QStringLiteral("Chief Scientist (first)"); }));
        answerConflicts();
        QTRY_COMPARE(value(stored, {role}).toString(), QStringLiteral("Chief Scientist (first)|2019"));
        QVERIFY2(dialogs.isEmpty(), qPrintable(dialogs.join(QLatin1Char(' '))));

        // The same cell: both values, and this window's kept when chosen.
        QTRY_VERIFY(startCell().isValid() && startCell().data(Qt::EditRole).toString() == QLatin1String("2019"));
        QVERIFY(table->model()->setData(startCell(), QStringLiteral("2018"), Qt::EditRole));
        QVERIFY(saveInFirst([](RoleFields &fields) { fields.start = *PartialDate::fromIso(QStringLiteral("2017-05")); }));
        answerConflicts();
        QTRY_COMPARE(dialogs, QStringList{QStringLiteral("2018/May 2017")});
        QTRY_COMPARE(value(stored, {role}).toString(), QStringLiteral("Chief Scientist (first)|2018"));

        // A title saved elsewhere before this window's table read the row again: the cell's text is
        // read afresh (it tells nothing of the row's version), so it asks; the other title is kept.
        dialogs.clear();
        QTRY_VERIFY(startCell().isValid() && startCell().data(Qt::EditRole).toString() == QLatin1String("2018"));
        const QModelIndex title = startCell().siblingAtColumn(RolesTableModel::Title);
        QVERIFY(saveInFirst([](RoleFields &fields) { fields.titleEn = QStringLiteral("Co-founder (first)"); }));
        QVERIFY(table->model()->setData(title, QStringLiteral("Chief Scientist (second)"), Qt::EditRole));
        QTimer::singleShot(0, &watching, [&] {
            if (auto *conflict = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget())) {
                dialogs.append(conflict->findChild<QRadioButton *>(QStringLiteral("conflictTheirs_0"))->text());
                conflict->findChild<QPushButton *>(QStringLiteral("keepTheirs"))->click();
            } else if (QWidget *modal = QApplication::activeModalWidget()) {
                modal->close();
            }
        });
        QTRY_COMPARE(dialogs, QStringList{QStringLiteral("Co-founder (first)")});
        QCOMPARE(value(stored, {role}).toString(), QStringLiteral("Co-founder (first)|2018"));
    }

    // The server gone mid-session: a banner, the screen kept, an edit meanwhile refused whole
    // and off the undo stack; once the server is back, the same edit is made and undone.
    void aLostServerShowsABannerAndTheEditCanBeMadeAgain()
    {
        MainWindow *window = openWindow();
        DataSession *session = window->session();
        EditHistory *history = window->workbench()->history();
        const qint64 move = value(QStringLiteral("SELECT max(id) FROM movement")).toLongLong();
        const QString storedKind = QStringLiteral("SELECT kind FROM movement WHERE id = ?");
        const QString kindBefore = value(storedKind, {move}).toString();
        const Answer<int> version = session->factVersion({FactType::Movement, move});
        Answer<MovementFields> fields = session->movementFields(move);
        QVERIFY(version && fields);
        fields.value->kind = fields.value->kind == MovementKind::Fired ? MovementKind::Left : MovementKind::Fired;
        const EditHistory::Describe describe = [] { return QStringLiteral("the last move"); };
        // A step to undo before the server goes.
        Answer<CompanyFields> company = session->companyFields(1);
        QVERIFY(company);
        QString renamed;
        QVERIFY2(history->editCompany(1, company.value->nameEn + QStringLiteral(" (desk)"), company.value->nameZh,
                                      company.value->version, [] { return QStringLiteral("OpenAI"); }, &renamed),
                 qPrintable(renamed));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
        const int steps = history->stack()->count();
        const int rows = window->rolesView()->findChild<QAbstractItemView *>()->model()->rowCount();
        QVERIFY(rows > 0);
        QTRY_VERIFY(window->statusText().contains(QStringLiteral("shown")));
        const QString shownStatus = window->statusText();
        auto *banner = window->findChild<QWidget *>(QStringLiteral("connectionBanner"));
        QVERIFY(banner && !banner->isVisible());
        QSignalSpy lost(session, &DataSession::connectionLost);
        QSignalSpy restored(session, &DataSession::connectionRestored);

        // The database refuses new connections and drops this window's.
        QVERIFY(m_cluster.asAdministrator(
            {QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false").arg(m_address.database),
             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(m_address.database)}));
        QString error;
        QVERIFY(!history->editMovement(move, *fields.value, *version.value, describe, &error));
        QVERIFY(!lost.isEmpty() || lost.wait(5000)); // checked once the failed read has answered
        QCOMPARE(lost.count(), 1);
        QVERIFY(banner->isVisible());
        QCOMPARE(history->stack()->count(), steps);
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
        error.clear();
        QVERIFY(!history->editMovement(move, *fields.value, *version.value, describe, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing of it was saved")), qPrintable(error));
        const Answer<int> refused = session->editMovement(move, *fields.value, *version.value); // the edit itself, unread
        QVERIFY2(!refused && refused.error.contains(QStringLiteral("nothing of it was saved")), qPrintable(refused.error));
        QCOMPARE(window->rolesView()->findChild<QAbstractItemView *>()->model()->rowCount(), rows);
        // Reads while the server is away leave the window as it was.
        window->filterBar()->setSearchText(QStringLiteral("Murati"));
        QCOMPARE(window->statusText(), shownStatus);
        QCOMPARE(window->rolesView()->findChild<QAbstractItemView *>()->model()->rowCount(), rows);

        QVERIFY(m_cluster.asAdministrator({QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(m_address.database)}));
        QVERIFY(restored.wait(15000)); // the next try, every 2 s
        QVERIFY(!banner->isVisible());
        QCOMPARE(value(storedKind, {move}).toString(), kindBefore);

        // The same edit again, now whole, on the undo stack; and the window hears others again.
        QVERIFY2(history->editMovement(move, *fields.value, *version.value, describe, &error), qPrintable(error));
        QCOMPARE(history->stack()->count(), steps + 1);
        QCOMPARE(value(storedKind, {move}).toString(), movementKindKey(fields.value->kind));
        history->stack()->undo();
        QCOMPARE(value(storedKind, {move}).toString(), kindBefore);
        QSignalSpy changed(session, &DataSession::dataChanged);
        QVERIFY(m_cluster.asAdministrator({QStringLiteral("UPDATE company SET row_version = row_version + 1 WHERE id = 1")},
                                          m_address.database));
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QVariant::fromValue(DataSession::Change::Elsewhere)}), 5000);
    }

    // File ▸ Connect to Team Database… builds the address from its fields and opens it.
    void theConnectDialogOpensATeamDatabase()
    {
        MainWindow window;
        window.setPersistent(false);
        QAction *connectTeam = window.findChild<QAction *>(QStringLiteral("connectTeamAction"));
        QVERIFY(connectTeam);
        QString emptyProblem;
        QString shownAddress;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TeamConnectDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit *>(QStringLiteral("teamHost"))->setText(m_address.host);
            dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->clear();
            dialog->findChild<QLineEdit *>(QStringLiteral("teamUser"))->setText(m_address.user);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            emptyProblem = ok->isEnabled() ? QString() : dialog->problem();
            dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->setText(m_address.database);
            shownAddress = dialog->findChild<QLabel *>(QStringLiteral("teamAddress"))->text();
            ok->click();
        });
        connectTeam->trigger();
        QVERIFY2(emptyProblem.contains(QStringLiteral("database")), qPrintable(emptyProblem));
        QVERIFY2(shownAddress.endsWith(m_address.toString()), qPrintable(shownAddress));
        QVERIFY(window.session()->isTeamDatabase());
        QCOMPARE(window.session()->path(), m_address.toString());
        QVERIFY(window.windowTitle().contains(m_address.database));
    }

    void cleanupTestCase()
    {
        m_windows.clear();
        m_file.reset();
        m_cluster.stop();
    }
};

QTEST_MAIN(TestTeamWindows)
#include "tst_teamwindows.moc"
