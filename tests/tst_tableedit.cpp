#include "TestFiles.h"
#include "models/DataSession.h"
#include "models/Database.h"
#include "models/RolesTableModel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/UiLanguage.h"
#include "ui/browse/RolesTableView.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/InPlaceEditing.h"
#include "ui/edit/TitleValidator.h"
#include "ui/edit/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace talentflow;

// Title, start and end edited in the roles table's cells, in the real window over a seeded
// database: what the database holds, what the cell shows, the change log and undo.
class TestTableEdit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;

    // One value read with a connection of the test's own, not the window's.
    QVariant value(const QString &sql, const QVariantList &bound = {})
    {
        QVariant result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_file);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (int i = 0; i < bound.size(); ++i)
                    query.bindValue(i, bound.at(i));
                if (query.exec() && query.next())
                    result = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return result;
    }
    bool write(const QString &sql, const QVariantList &bound)
    {
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("write"));
            db.setDatabaseName(m_file);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (int i = 0; i < bound.size(); ++i)
                    query.bindValue(i, bound.at(i));
                done = query.exec() && query.numRowsAffected() == 1;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("write"));
        return done;
    }

    qint64 roleId(const QString &person, const QString &company, const QString &titleEn)
    {
        return value(QStringLiteral("SELECT r.id FROM role r JOIN person p ON p.id = r.person_id JOIN company c ON c.id = r.company_id "
                                    "WHERE p.name_en = ? AND c.name_en = ? AND r.title_en = ?"),
                     {person, company, titleEn})
            .toLongLong();
    }
    QString stored(const char *column, qint64 role)
    {
        return value(QStringLiteral("SELECT %1 FROM role WHERE id = ?").arg(QLatin1String(column)), {role}).toString();
    }
    int changeLogRows() { return value(QStringLiteral("SELECT count(*) FROM change_log")).toInt(); }

    RolesTableView *table() { return m_window->rolesView(); }
    RolesTableModel *model() { return table()->rolesModel(); }
    InPlaceEditing *editing() { return m_window->workbench()->inPlaceEditing(); }

    // The role's cell in this column, made current (the row selected), as a click would.
    QModelIndex cell(qint64 role, int column)
    {
        const int row = model()->rowOfRole(role);
        if (row < 0)
            return {};
        const QModelIndex index = model()->index(row, column);
        table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table()->scrollTo(index);
        return index;
    }
    // F2 on the current cell; the editor it opened, if any.
    QLineEdit *openEditor(const QModelIndex &index)
    {
        QTest::keyClick(table(), Qt::Key_F2);
        return qobject_cast<QLineEdit *>(table()->indexWidget(index));
    }
    // Types the text over the editor's own and presses Enter.
    void typeAndEnter(QLineEdit *editor, const QString &text)
    {
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }
    // As View ▸ Language does: the translators swapped, then the posted LanguageChange delivered.
    void switchLanguage(DisplayLanguage language)
    {
        m_window->languageManager()->setLanguage(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    QMessageBox *errorBox() { return m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage")); }
    void closeErrorBoxes()
    {
        while (QMessageBox *box = errorBox())
            delete box;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("tableedit.sqlite"));
        QString error;
        QVERIFY2(Database::create(m_file, Database::Contents::Seeded, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->languageManager()->setLanguage(DisplayLanguage::English);
        m_window->setDatabase(Database::open(m_file, &error));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(editing());
    }

    // Each test starts in English, with no message left open.
    void init()
    {
        if (uiLanguage() != DisplayLanguage::English)
            switchLanguage(DisplayLanguage::English);
        closeErrorBoxes();
    }

    void titleAndDatesAreEditableInAWritableDatabase()
    {
        const QModelIndex first = model()->index(0, 0);
        for (int column = 0; column < RolesTableModel::ColumnCount; ++column) {
            const bool editable = first.siblingAtColumn(column).flags() & Qt::ItemIsEditable;
            QCOMPARE(editable, RolesTableModel::isEditableColumn(column));
        }
        // Rows stay what a click selects; nothing else answers a double-click.
        QCOMPARE(table()->selectionBehavior(), QAbstractItemView::SelectRows);
        QVERIFY(table()->editTriggers() & QAbstractItemView::DoubleClicked);
        QVERIFY(table()->editTriggers() & QAbstractItemView::EditKeyPressed);
        QVERIFY(model()->headerData(RolesTableModel::Title, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
            QStringLiteral("title in English")));
    }

    // The end of Murati's Leap Motion role, 2018, becomes March 2018, and Undo takes it back.
    void anEndEditedInPlaceIsOneUndoableEdit()
    {
        const qint64 role = roleId(QStringLiteral("Mira Murati"), QStringLiteral("Leap Motion"), QStringLiteral("VP of Product and Engineering"));
        QVERIFY(role > 0);
        QCOMPARE(stored("end_date", role), QStringLiteral("2018"));
        const int logged = changeLogRows();
        QUndoStack *stack = m_window->workbench()->history()->stack();
        const int steps = stack->count();

        const QModelIndex index = cell(role, RolesTableModel::End);
        QCOMPARE(index.data().toString(), QStringLiteral("2018"));
        QLineEdit *editor = openEditor(index);
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("2018")); // the date as stored, not as shown
        QSignalSpy finished(editing(), &InPlaceEditing::finished);
        typeAndEnter(editor, QStringLiteral("2018-03"));
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().toBool(), true);

        QCOMPARE(stored("end_date", role), QStringLiteral("2018-03"));
        QCOMPARE(stored("end_precision", role), QStringLiteral("month"));
        QCOMPARE(stored("start_date", role), QStringLiteral("2016")); // the rest of the row as it was
        QCOMPARE(stored("title_en", role), QStringLiteral("VP of Product and Engineering"));
        // The table shows it, the current cell still on the role's end.
        QCOMPARE(table()->currentIndex().data(RolesTableModel::RoleIdRole).toLongLong(), role);
        QCOMPARE(table()->currentIndex().column(), int(RolesTableModel::End));
        QCOMPARE(table()->currentIndex().data().toString(), QStringLiteral("Mar 2018"));
        // One change-log row, with the end before and after.
        QCOMPARE(changeLogRows(), logged + 1);
        QCOMPARE(value(QStringLiteral("SELECT entity || ' ' || entity_id || ' ' || action FROM change_log ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("role %1 edit").arg(role));
        QCOMPARE(value(QStringLiteral("SELECT json_extract(before, '$.end') || ' → ' || json_extract(after, '$.end') FROM change_log "
                                      "ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("2018 → 2018-03"));
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY2(stack->undoText().contains(QStringLiteral("Mira Murati")), qPrintable(stack->undoText()));

        // Undo by its key: the database, the cell and the log take it back.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored("end_date", role), QStringLiteral("2018"));
        QCOMPARE(stored("end_precision", role), QStringLiteral("year"));
        QCOMPARE(model()->index(model()->rowOfRole(role), RolesTableModel::End).data().toString(), QStringLiteral("2018"));
        QCOMPARE(changeLogRows(), logged + 2);
        QVERIFY(stack->canRedo());
    }

    void aDateThatIsNoDateKeepsTheEditorOpenAndSaysWhy_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("why");
        QTest::newRow("month 13") << QStringLiteral("2024-13") << QStringLiteral("there is no month 13");
        QTest::newRow("a word") << QStringLiteral("soon") << QStringLiteral("“soon” is not a date");
        QTest::newRow("30 February") << QStringLiteral("2024-02-30") << QStringLiteral("Feb 2024 has no day 30");
    }
    void aDateThatIsNoDateKeepsTheEditorOpenAndSaysWhy()
    {
        QFETCH(QString, typed);
        QFETCH(QString, why);
        const qint64 role = roleId(QStringLiteral("Mira Murati"), QStringLiteral("Leap Motion"), QStringLiteral("VP of Product and Engineering"));
        const int logged = changeLogRows();
        const QModelIndex index = cell(role, RolesTableModel::End);
        QLineEdit *editor = openEditor(index);
        QVERIFY(editor);
        QSignalSpy finished(editing(), &InPlaceEditing::finished);
        typeAndEnter(editor, typed);
        // Enter is refused: the editor stays, with what was typed, framed, and says why.
        QCOMPARE(table()->indexWidget(index), editor);
        QCOMPARE(editor->text(), typed);
        QVERIFY(editor->property("refused").toBool());
        QVERIFY2(editor->toolTip().contains(why), qPrintable(editor->toolTip()));
        QVERIFY2(QToolTip::text().contains(why), qPrintable(QToolTip::text()));
        // Fixed, the frame goes; Esc leaves the cell as it was.
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("2019"));
        QVERIFY(!editor->property("refused").toBool());
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!table()->indexWidget(index));
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(stored("end_date", role), QStringLiteral("2018"));
        QCOMPARE(changeLogRows(), logged);
    }

    void anEndBeforeTheStartIsRefusedWithNothingWritten()
    {
        const qint64 role = roleId(QStringLiteral("Mira Murati"), QStringLiteral("Leap Motion"), QStringLiteral("VP of Product and Engineering"));
        const int logged = changeLogRows();
        const int steps = m_window->workbench()->history()->stack()->count();
        const QModelIndex index = cell(role, RolesTableModel::End);
        QLineEdit *editor = openEditor(index);
        QVERIFY(editor);
        QSignalSpy finished(editing(), &InPlaceEditing::finished);
        typeAndEnter(editor, QStringLiteral("2015-06"));
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().toBool(), false);
        QMessageBox *box = errorBox();
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("The role would end (Jun 2015) before it starts (2016)."));
        closeErrorBoxes();
        QCOMPARE(stored("end_date", role), QStringLiteral("2018"));
        QCOMPARE(changeLogRows(), logged);
        QCOMPARE(m_window->workbench()->history()->stack()->count(), steps);
        QCOMPARE(model()->index(model()->rowOfRole(role), RolesTableModel::End).data().toString(), QStringLiteral("2018"));
    }

    void aClearedDateIsNotStated()
    {
        const qint64 role = roleId(QStringLiteral("Mira Murati"), QStringLiteral("Tesla"),
                                   QStringLiteral("Senior Product Manager, Model X; led Autopilot development"));
        QCOMPARE(stored("start_date", role), QStringLiteral("2013"));
        const QModelIndex index = cell(role, RolesTableModel::Start);
        QLineEdit *editor = openEditor(index);
        QVERIFY(editor);
        QVERIFY(!editor->placeholderText().isEmpty());
        QSignalSpy finished(editing(), &InPlaceEditing::finished);
        // Emptied, and kept with Tab, which closes the editor as Enter does.
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Tab);
        QVERIFY(!table()->indexWidget(index));
        QVERIFY(finished.wait());
        QVERIFY(value(QStringLiteral("SELECT start_date FROM role WHERE id = ?"), {role}).isNull());
        QCOMPARE(stored("start_precision", role), QStringLiteral("unknown"));
        QCOMPARE(table()->currentIndex().data().toString(), QString());
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(stored("start_date", role), QStringLiteral("2013"));
    }

    // Typing on a title cell starts its editor; in English it edits title_en, in Chinese title_zh.
    void aTitleEditsTheScriptTheTableShows()
    {
        const qint64 role = roleId(QStringLiteral("Mira Murati"), QStringLiteral("Tesla"),
                                   QStringLiteral("Senior Product Manager, Model X; led Autopilot development"));
        const QString chinese = stored("title_zh", role);
        QModelIndex index = cell(role, RolesTableModel::Title);
        QTest::keyClicks(table(), QStringLiteral("S"));
        auto *editor = qobject_cast<QLineEdit *>(table()->indexWidget(index));
        QVERIFY(editor);
        QVERIFY2(editor->toolTip().contains(QStringLiteral("title in English")), qPrintable(editor->toolTip()));
        QCOMPARE(editor->text(), QStringLiteral("S")); // the typed letter replaced the title
        QSignalSpy finished(editing(), &InPlaceEditing::finished);
        QTest::keyClicks(editor, QStringLiteral("enior Product Manager"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(finished.wait());
        QCOMPARE(stored("title_en", role), QStringLiteral("Senior Product Manager"));
        QCOMPARE(stored("title_zh", role), chinese);
        QCOMPARE(table()->currentIndex().data().toString(), QStringLiteral("Senior Product Manager"));
        QAction *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        undo->trigger();
        QCOMPARE(stored("title_en", role), QStringLiteral("Senior Product Manager, Model X; led Autopilot development"));

        switchLanguage(DisplayLanguage::Chinese);
        QCOMPARE(model()->language(), DisplayLanguage::Chinese);
        QVERIFY(model()->headerData(RolesTableModel::Title, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
            QStringLiteral("中文")));
        index = cell(role, RolesTableModel::Title);
        editor = openEditor(index);
        QVERIFY(editor);
        QCOMPARE(editor->text(), chinese);
        QVERIFY2(editor->toolTip().contains(QStringLiteral("中文职务")), qPrintable(editor->toolTip()));
        finished.clear();
        // Chinese arrives as an input method commits it.
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("高级产品经理"));
        QCoreApplication::sendEvent(editor, &typed);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(finished.wait());
        QCOMPARE(stored("title_zh", role), QStringLiteral("高级产品经理"));
        QCOMPARE(stored("title_en", role), QStringLiteral("Senior Product Manager, Model X; led Autopilot development"));
        QCOMPARE(table()->currentIndex().data().toString(), QStringLiteral("高级产品经理"));
        undo->trigger();
        QCOMPARE(stored("title_zh", role), chinese);
        QCOMPARE(table()->currentIndex().data().toString(), chinese);
    }

    void aTitleIsNeverLeftEmptyInBothScripts()
    {
        // Emptied, the English title leaves the Chinese one; with none in Chinese either, it is refused.
        TitleValidator withChinese(DisplayLanguage::English, QStringLiteral("首席技术官"));
        QVERIFY(withChinese.problemWith(QStringLiteral("  ")).isEmpty());
        TitleValidator alone(DisplayLanguage::English, QString());
        QVERIFY(alone.problemWith(QStringLiteral("  ")).contains(QStringLiteral("needs a title")));
        QVERIFY(alone.problemWith(QString(1001, QLatin1Char('x'))).contains(QStringLiteral("at most 1000")));
        QVERIFY(alone.problemWith(QString(1000, QLatin1Char('x'))).isEmpty());
    }

    // A role articles disagree about, or a date an article states otherwise, is edited from the
    // detail pane: no editor opens, and the status bar and a tooltip say why.
    void aDisputedCellIsEditedFromTheDetailPane()
    {
        const qint64 disputed = roleId(QStringLiteral("Ilya Sutskever"), QStringLiteral("OpenAI"), QStringLiteral("Chief Scientist"));
        QVERIFY(disputed > 0);
        QSignalSpy refused(table(), &RolesTableView::editRefused);
        QModelIndex index = cell(disputed, RolesTableModel::End);
        QVERIFY(!openEditor(index));
        QVERIFY(!table()->indexWidget(index));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("detail pane")), qPrintable(refused.first().first().toString()));
        QCOMPARE(m_window->statusBar()->currentMessage(), refused.first().first().toString());
        QVERIFY(!model()->setData(index, QStringLiteral("2024-06")));
        QCOMPARE(stored("end_date", disputed), QStringLiteral("2024-05"));

        // A citation stating another start for Murati's Leap Motion role.
        const qint64 role = roleId(QStringLiteral("Mira Murati"), QStringLiteral("Leap Motion"), QStringLiteral("VP of Product and Engineering"));
        const qint64 citation = value(QStringLiteral("SELECT min(id) FROM citation WHERE role_id = ?"), {role}).toLongLong();
        QVERIFY(write(QStringLiteral("UPDATE citation SET stated_date = '2015', stated_precision = 'year', stated_field = 'start' "
                                     "WHERE id = ?"),
                      {citation}));
        index = cell(role, RolesTableModel::Start);
        QVERIFY(!openEditor(index));
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("another date")));
        // Its end is not disputed.
        index = cell(role, RolesTableModel::End);
        QLineEdit *editor = openEditor(index);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(write(QStringLiteral("UPDATE citation SET stated_date = NULL, stated_precision = 'unknown', stated_field = NULL "
                                     "WHERE id = ?"),
                      {citation}));
    }

    // While an import runs, nothing is edited; after it, again.
    void noCellIsEditableDuringAnImport()
    {
        const QString file = m_dir.filePath(QStringLiteral("import.json"));
        TestFiles::write(file, TestFiles::oneNewMovement());
        QSignalSpy importing(m_window->session(), &DataSession::importingChanged);
        m_window->importData(file);
        QVERIFY(m_window->session()->isImporting());
        QVERIFY(!(model()->index(0, RolesTableModel::Title).flags() & Qt::ItemIsEditable));
        QVERIFY(importing.wait(20000));
        QVERIFY(!m_window->session()->isImporting());
        QVERIFY(model()->index(0, RolesTableModel::Title).flags() & Qt::ItemIsEditable);
        closeErrorBoxes();
    }

    void aReadOnlyDatabaseHasNoEditableCell()
    {
        QString error;
        MainWindow window;
        window.setPersistent(false);
        window.setDatabase(Database::open(m_file, &error, nullptr, Database::Access::ReadOnly));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RolesTableView *view = window.rolesView();
        QVERIFY(view->rolesModel()->rowCount() > 0);
        for (int column = 0; column < RolesTableModel::ColumnCount; ++column)
            QVERIFY(!(view->rolesModel()->index(0, column).flags() & Qt::ItemIsEditable));
        const QModelIndex index = view->rolesModel()->index(0, RolesTableModel::End);
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        QVERIFY(!view->indexWidget(index));
        QVERIFY(!view->rolesModel()->setData(index, QStringLiteral("2020")));
        QVERIFY(view->rolesModel()->headerData(RolesTableModel::Title, Qt::Horizontal, Qt::ToolTipRole).isNull());
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestTableEdit)
#include "tst_tableedit.moc"
