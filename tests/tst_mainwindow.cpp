#include "models/BrowseRepository.h"
#include "models/WorkerPool.h"
#include "models/DataSession.h"
#include "models/Database.h"
#include "ui/chart/ChartPanel.h"
#include "ui/LanguageManager.h"
#include "models/RolesTableModel.h"
#include "models/SearchRepository.h"
#include "ui/browse/ArticleReader.h"
#include "ui/browse/DetailPane.h"
#include "ui/FileDialogs.h"
#include "ui/browse/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/browse/PersonSelection.h"
#include "ui/browse/RolesTableView.h"
#include "models/WorkerStartGate.h"
#include "ui/PaintGate.h"
#include "ui/AppStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProxyStyle>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QScopeGuard>
#include <QSignalSpy>

#include <functional>

using namespace talentflow;

namespace {
// Notes when a widget is about to paint.
class PaintSpy : public QObject
{
public:
    PaintSpy(QWidget *widget, std::function<void()> painting)
        : QObject(widget)
        , m_painting(std::move(painting))
    {
        widget->installEventFilter(this);
    }
    PaintSpy(QWidget *widget, bool *painted)
        : PaintSpy(widget, [painted] { *painted = true; })
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painting();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_painting;
};

// Calls back when a child (a line edit's clear button and its action) is added to a widget.
class ChildAddedSpy : public QObject
{
public:
    ChildAddedSpy(QWidget *widget, std::function<void()> added)
        : QObject(widget)
        , m_added(std::move(added))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded)
            m_added();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_added;
};

// The gate's limits for a window or view that cannot paint, made so long that only a paint can
// open it; a test waiting for that paint waits on the paint alone (a minute only breaks a hang).
constexpr int anHour = 3600 * 1000;
constexpr int aMinute = 60 * 1000;

// Swallows every paint event of a widget (filters installed later see events first).
class PaintBlocker : public QObject
{
public:
    explicit PaintBlocker(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return event->type() == QEvent::Paint || QObject::eventFilter(watched, event);
    }
};
} // namespace

// Drives the real main window offscreen by object name.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    int rowOf(const QString &personEn)
    {
        QAbstractItemModel *model = m_window->rolesView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, RolesTableModel::Person).data().toString() == personEn)
                return row;
        }
        return -1;
    }

    // Selects a person as a user does: a click on their row.
    void clickPerson(const QString &personEn)
    {
        RolesTableView *view = m_window->rolesView();
        const int row = rowOf(personEn);
        QVERIFY(row >= 0);
        view->scrollTo(view->model()->index(row, 0));
        const QRect cell = view->visualRect(view->model()->index(row, RolesTableModel::Title));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(m_window->selection()->personId(), view->model()->index(row, 0).data(RolesTableModel::PersonIdRole).toLongLong());
    }

    void search(const QString &text)
    {
        QSignalSpy applied(m_window.get(), &MainWindow::filterApplied);
        m_window->filterBar()->setSearchText(text);
        QTRY_VERIFY(!applied.isEmpty());
    }

    QAction *actionWithShortcut(const QKeySequence &keys)
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == keys)
                return action;
        }
        return nullptr;
    }

    QLabel *noMatchesNote() { return m_window->rolesView()->findChild<QLabel *>(QStringLiteral("noMatchesNote")); }

private slots:
    void theOverflowIconIsAskedOfTheBaseStyleOnlyWhenDrawn()
    {
        // A base style that counts how often the icon is asked of it, and whose icon has a
        // pixmap of its own colour at each size, so a pixmap asked at the wrong size shows.
        const auto sizedIcon = [] {
            QIcon icon;
            for (const auto &[side, colour] : {std::pair{16, Qt::red}, {32, Qt::green}, {64, Qt::blue}}) {
                QPixmap pixmap(side, side);
                pixmap.fill(colour);
                icon.addPixmap(pixmap);
            }
            return icon;
        };
        class CountingStyle : public QProxyStyle
        {
        public:
            explicit CountingStyle(std::function<QIcon()> icon)
                : m_icon(std::move(icon))
            {
            }
            QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
            {
                if (which != SP_ToolBarHorizontalExtensionButton)
                    return QProxyStyle::standardIcon(which, option, widget);
                ++asked;
                return m_icon();
            }
            mutable int asked = 0;

        private:
            std::function<QIcon()> m_icon;
        };
        auto *base = new CountingStyle(sizedIcon);
        AppStyle style(base); // owns base
        const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QCOMPARE(base->asked, 0);
        const QIcon own = sizedIcon();
        for (const qreal ratio : {1.0, 2.0}) {
            const QPixmap drawn = icon.pixmap(QSize(16, 16), ratio);
            const QPixmap expected = own.pixmap(QSize(16, 16), ratio);
            QCOMPARE(expected.size(), QSize(16, 16) * ratio);
            QCOMPARE(drawn.size(), expected.size()); // 32×32 device pixels at a ratio of 2, not 64×64
            QCOMPARE(drawn.devicePixelRatio(), expected.devicePixelRatio());
            QCOMPARE(drawn.toImage(), expected.toImage());
        }
        QCOMPARE(base->asked, 1);
        QCOMPARE(icon.actualSize(QSize(16, 16)), own.actualSize(QSize(16, 16)));
    }

    void theMenuBarsOverflowButtonDrawsTheStylesOwnIcon()
    {
        // The application's style (set as the application sets it) hands the menu bar its
        // overflow icon unloaded; drawn, it is the base style's own.
        auto *style = qobject_cast<AppStyle *>(QApplication::style());
        QVERIFY(style);
        QMenuBar bar;
        auto *overflow = bar.findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(overflow);
        const QImage expected =
            style->baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(QSize(16, 16)).toImage();
        QVERIFY(!expected.isNull());
        QCOMPARE(overflow->icon().pixmap(QSize(16, 16)).toImage(), expected);
    }

    void initTestCase()
    {
        QApplication::setStyle(new AppStyle(QApplication::style())); // as the application does
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("gui.sqlite")), Database::Contents::Seeded, &error);
        QVERIFY2(db, qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->languageManager()->setLanguage(DisplayLanguage::English); // as start-up does
        m_window->setDatabase(std::move(db));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Start-up as the application does it: the chart is drawn once, after the window's first
    // frame (a small file's chart drawn before it made the first frame that much later), and the
    // language set before the window shows does not draw it a second time.
    void startUpDrawsTheChartOnceAfterTheFirstFrame()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        MainWindow window;
        window.setPersistent(false);
        QSignalSpy rebuilt(window.chartPanel(), &ChartPanel::rebuilt);
        window.languageManager()->setLanguage(DisplayLanguage::English);
        window.setDatabase(std::move(db));
        QCOMPARE(rebuilt.count(), 0);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(rebuilt.count() == 1 || rebuilt.wait(5000));
        // The language change was posted before the window showed: it has been handled by now.
        QCoreApplication::processEvents();
        QCOMPARE(rebuilt.count(), 1);
        // The same language again changes nothing on the chart; another draws it again.
        window.languageManager()->setLanguage(DisplayLanguage::English);
        QCoreApplication::processEvents();
        QCOMPARE(rebuilt.count(), 1);
        window.languageManager()->setLanguage(DisplayLanguage::Chinese);
        QVERIFY(rebuilt.count() == 2 || rebuilt.wait(5000));
        window.languageManager()->setLanguage(DisplayLanguage::English);
        QVERIFY(rebuilt.count() == 3 || rebuilt.wait(5000));
    }

    void statusBarCountsWhatIsShown()
    {
        QVERIFY2(m_window->statusText().contains(QStringLiteral("people")), qPrintable(m_window->statusText()));
        QVERIFY(m_window->statusText().startsWith(QStringLiteral("30 people")));
    }

    void selectingARowShowsThatPersonsExcerpts()
    {
        RolesTableView *view = m_window->findChild<RolesTableView *>(QStringLiteral("rolesView"));
        QVERIFY(view);
        const int row = rowOf(QStringLiteral("Mira Murati"));
        QVERIFY(row >= 0);
        view->scrollTo(view->model()->index(row, 0));
        const QRect cell = view->visualRect(view->model()->index(row, RolesTableModel::Title));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_window->selection()->personId(), view->model()->index(row, 0).data(RolesTableModel::PersonIdRole).toLongLong());

        DetailPane *pane = m_window->findChild<DetailPane *>(QStringLiteral("detailPane"));
        QVERIFY(pane->person());
        QCOMPARE(pane->person()->person.nameEn, QStringLiteral("Mira Murati"));
        const QString text = pane->findChild<QTextBrowser *>(QStringLiteral("detailText"))->toPlainText();
        QVERIFY(text.contains(QStringLiteral("2022年5月,晋升为首席技术官")));
        QVERIFY(text.contains(QStringLiteral("9月26日凌晨")));
        QVERIFY(text.contains(QStringLiteral("Articles disagree")));
        QVERIFY(pane->html().contains(QStringLiteral("background-color:#ffe08a")));
    }

    void openArticleScrollsToTheHighlight()
    {
        DetailPane *pane = m_window->detailPane();
        int last = -1;
        for (int i = 0; i < pane->shownCitations().size(); ++i) {
            if (pane->shownCitations().at(i).file.startsWith(QStringLiteral("004")))
                last = i; // a late excerpt, far down a long article
        }
        QVERIFY(last >= 0);
        QTextBrowser *browser = pane->findChild<QTextBrowser *>(QStringLiteral("detailText"));
        emit browser->anchorClicked(QUrl(QStringLiteral("article:%1").arg(last)));
        ArticleReader *reader = m_window->findChild<ArticleReader *>(QStringLiteral("articleReader"));
        QVERIFY(reader->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(reader));
        const CitationView &c = pane->shownCitations().at(last);
        QCOMPARE(reader->highlightedRange(), qMakePair(c.start, c.end));
        QVERIFY(reader->isHighlightVisible());
        const QString body = reader->findChild<QTextBrowser *>(QStringLiteral("articleText"))->toPlainText();
        QCOMPARE(body.mid(c.start, c.end - c.start), c.excerpt);
        reader->close();
    }

    void copyCitationPutsExcerptAndSourceOnTheClipboard()
    {
        QTextBrowser *browser = m_window->detailPane()->findChild<QTextBrowser *>(QStringLiteral("detailText"));
        emit browser->anchorClicked(QUrl(QStringLiteral("copy:0")));
        const QString copied = QGuiApplication::clipboard()->text();
        const CitationView &c = m_window->detailPane()->shownCitations().at(0);
        QVERIFY(copied.contains(c.excerpt));
        // What an editor prints: outlet and title; the file and offsets only on a line of their own.
        QVERIFY2(c.publisher.isEmpty() || copied.contains(c.publisher), qPrintable(copied));
        QVERIFY2(copied.contains(c.title), qPrintable(copied));
        QVERIFY2(c.url.isEmpty() || copied.contains(c.url), qPrintable(copied));
        const QStringList fileLines = copied.split(QLatin1Char('\n')).filter(c.file);
        QCOMPARE(fileLines.size(), 1);
        QVERIFY2(fileLines.first().startsWith(QStringLiteral("For the record")), qPrintable(copied));
    }

    void companyFilterAndSearchKeepTheTableConsistent()
    {
        QComboBox *company = m_window->findChild<QComboBox *>(QStringLiteral("companyFilter"));
        const int tml = company->findText(QStringLiteral("Thinking Machines Lab"));
        QVERIFY(tml > 0);
        company->setCurrentIndex(tml);
        QAbstractItemModel *model = m_window->rolesView()->model();
        QCOMPARE(model->rowCount(), 7); // Murati, Zoph, Metz, Schoenholz, Tulloch, O’Connell, Lia Guy
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, RolesTableModel::Company).data().toString(), QStringLiteral("Thinking Machines Lab"));

        QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("佐夫")); // keyClicks types ASCII only
        QTest::keyClick(search, Qt::Key_Return);
        // Zoph by name; Murati because an excerpt about her names 巴雷特·佐夫.
        QCOMPARE(model->rowCount(), 2);
        QStringList people;
        for (int row = 0; row < model->rowCount(); ++row)
            people.append(model->index(row, RolesTableModel::Person).data().toString());
        QCOMPARE(people, (QStringList{QStringLiteral("Barret Zoph"), QStringLiteral("Mira Murati")}));

        search->clear();
        search->setText(QStringLiteral("'; DROP TABLE role;--"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(m_window->statusText().startsWith(QStringLiteral("0 people")));
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        company->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 77); // every role
    }

    void copyFirstCitationWorksWhenTheDetailPaneShowsOne()
    {
        const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
        QAction *copy = actionWithShortcut(keys);
        QVERIFY(copy);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        clickPerson(QStringLiteral("Barret Zoph"));
        DetailPane *pane = m_window->detailPane();
        QVERIFY(!pane->shownCitations().isEmpty());
        for (const DisplayLanguage language : {DisplayLanguage::English, DisplayLanguage::Chinese}) {
            m_window->languageManager()->setLanguage(language);
            QTRY_VERIFY(copy->isEnabled());
            QGuiApplication::clipboard()->setText(QStringLiteral("before"));
            QTest::keySequence(m_window.get(), keys);
            const CitationView &first = pane->shownCitations().at(0);
            QTRY_VERIFY2(QGuiApplication::clipboard()->text().contains(first.excerpt), qPrintable(QGuiApplication::clipboard()->text()));
            QVERIFY(QGuiApplication::clipboard()->text().contains(first.file));
            QVERIFY(QGuiApplication::clipboard()->text().contains(first.title));
        }
        m_window->languageManager()->setLanguage(DisplayLanguage::English);
        // Nobody selected: the pane shows no citation, so there is nothing to copy.
        m_window->selection()->select(0);
        QVERIFY(pane->shownCitations().isEmpty());
        QVERIFY(!copy->isEnabled());
    }

    void aFilterThatDropsTheSelectedPersonClearsTheDetailPane()
    {
        QComboBox *company = m_window->findChild<QComboBox *>(QStringLiteral("companyFilter"));
        QTextBrowser *text = m_window->detailPane()->findChild<QTextBrowser *>(QStringLiteral("detailText"));
        clickPerson(QStringLiteral("Mira Murati"));
        // A filter that still shows her keeps her.
        company->setCurrentIndex(company->findText(QStringLiteral("OpenAI")));
        QVERIFY(m_window->detailPane()->person());
        QVERIFY(text->toPlainText().contains(QStringLiteral("Mira Murati")));

        company->setCurrentIndex(company->findText(QStringLiteral("Anthropic")));
        QCOMPARE(rowOf(QStringLiteral("Mira Murati")), -1);
        QVERIFY(!m_window->detailPane()->person());
        QVERIFY(!text->toPlainText().contains(QStringLiteral("Mira Murati")));
        QCOMPARE(m_window->selection()->personId(), qint64(0));
        company->setCurrentIndex(0);

        // So does a search.
        clickPerson(QStringLiteral("Mira Murati"));
        const int everyRole = m_window->rolesView()->model()->rowCount();
        search(QStringLiteral("Schulman"));
        QCOMPARE(rowOf(QStringLiteral("Mira Murati")), -1);
        QVERIFY(!m_window->detailPane()->person());
        QVERIFY(!text->toPlainText().contains(QStringLiteral("Mira Murati")));
        search(QString());
        QCOMPARE(m_window->rolesView()->model()->rowCount(), everyRole);

        // Someone the table never lists (no roles, picked in the chart) stays through a language
        // switch, which applies the same filter again.
        QString error;
        std::unique_ptr<Database> db = Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error);
        QSqlQuery leike(db->connection());
        QVERIFY(leike.exec(QStringLiteral("SELECT id FROM person WHERE name_en = 'Jan Leike'")) && leike.next());
        const qint64 leikeId = leike.value(0).toLongLong();
        QCOMPARE(rowOf(QStringLiteral("Jan Leike")), -1);
        emit m_window->chartPanel()->personClicked(leikeId);
        QVERIFY(m_window->detailPane()->person());
        m_window->languageManager()->setLanguage(DisplayLanguage::Chinese);
        QSignalSpy applied(m_window.get(), &MainWindow::filterApplied);
        QTRY_VERIFY(!applied.isEmpty());
        QCOMPARE(m_window->selection()->personId(), leikeId);
        QVERIFY(m_window->detailPane()->person());
        m_window->languageManager()->setLanguage(DisplayLanguage::English);
        m_window->selection()->select(0);
    }

    void aSearchWithNoMatchSaysSoInTheTable()
    {
        QVERIFY(noMatchesNote());
        QVERIFY(!noMatchesNote()->isVisible());
        search(QStringLiteral("zzqx"));
        QCOMPARE(m_window->rolesView()->model()->rowCount(), 0);
        QTRY_VERIFY(noMatchesNote()->isVisible());
        QCOMPARE(noMatchesNote()->text(), QStringLiteral("No matches for “zzqx”"));
        // Centred over the empty table.
        const QRect note = noMatchesNote()->geometry();
        QVERIFY(note.contains(m_window->rolesView()->viewport()->geometry().center()));
        search(QStringLiteral("Murati"));
        QVERIFY(m_window->rolesView()->model()->rowCount() > 0);
        QVERIFY(!noMatchesNote()->isVisible());
        search(QString());
        QVERIFY(!noMatchesNote()->isVisible());
    }

    void tabWalksFromTheFiltersThroughTableAndChartToTheExcerpts()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QComboBox *company = m_window->findChild<QComboBox *>(QStringLiteral("companyFilter"));
        company->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), company);
        const QStringList expected{QStringLiteral("companyFilter"), QStringLiteral("returnedFilter"), QStringLiteral("searchEdit"), QStringLiteral("rolesView"),
                                   QStringLiteral("chartKind"),     QStringLiteral("chartGrouping"), QStringLiteral("timelineView"),
                                   QStringLiteral("detailText")};
        QStringList reached{company->objectName()};
        for (int i = 0; i < 12 && reached.constLast() != expected.constLast(); ++i) {
            QWidget *before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            QVERIFY2(now != before, qPrintable(QStringLiteral("Tab stays on ") + before->objectName()));
            // Between the named stops, only the chart's own controls (its reset button).
            QVERIFY2(expected.contains(now->objectName()) || m_window->chartPanel()->isAncestorOf(now),
                     qPrintable(QStringLiteral("Tab reached ") + now->objectName() + QLatin1Char(' ') + QLatin1String(now->metaObject()->className())));
            if (expected.contains(now->objectName()))
                reached.append(now->objectName());
        }
        QCOMPARE(reached, expected);
        // The excerpts take the keyboard: they scroll and select.
        QTextBrowser *text = m_window->detailPane()->findChild<QTextBrowser *>(QStringLiteral("detailText"));
        QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    }

    void backgroundWorkStartsAfterTheWindowsFirstPaint()
    {
        // On two cores, a worker started before the first paint takes the CPU that paint needs.
        QTRY_VERIFY(!WorkerStartGate::isHeld());
        const auto restore = qScopeGuard([] { PaintGate::setLongestHolds(1000, 500); });
        PaintGate::setLongestHolds(anHour, anHour);
        QWidget window;
        PaintGate::holdUntilFirstPaint(&window);
        QVERIFY(WorkerStartGate::isHeld()); // from construction: a window gets its data before it shows
        bool painted = false;
        bool heldWhilePainting = false;
        PaintSpy spy(&window, [&] {
            painted = true;
            heldWhilePainting = WorkerStartGate::isHeld();
        });
        window.resize(300, 200);
        window.show();
        QVERIFY(WorkerStartGate::isHeld());
        bool started = false;
        bool paintedBeforeStart = false;
        WorkerStartGate::whenOpen(&window, [&] {
            started = true;
            paintedBeforeStart = painted;
        });
        QTRY_VERIFY_WITH_TIMEOUT(started, aMinute);
        QVERIFY(heldWhilePainting);
        QVERIFY(paintedBeforeStart);
        QVERIFY(!WorkerStartGate::isHeld());

        // Open: work starts on the next turn of the event loop, not inside the call.
        bool next = false;
        WorkerStartGate::whenOpen(&window, [&] { next = true; });
        QVERIFY(!next);
        QTRY_VERIFY(next);

        // Work whose context is gone by the time the gate opens is dropped.
        auto *gone = new QWidget;
        PaintGate::holdUntilFirstPaint(gone);
        gone->show();
        auto *context = new QObject;
        bool ranForGoneContext = false;
        WorkerStartGate::whenOpen(context, [&] { ranForGoneContext = true; });
        delete context;
        delete gone; // a window closed before it painted releases the gate
        QVERIFY(!WorkerStartGate::isHeld());
        bool later = false;
        WorkerStartGate::whenOpen(&window, [&] { later = true; }); // runs after any work queued before it
        QTRY_VERIFY(later);
        QVERIFY(!ranForGoneContext);
    }

    void aWindowNotShownReleasesTheGateWhenTheEventLoopTurns()
    {
        QTRY_VERIFY(!WorkerStartGate::isHeld());
        const auto restore = qScopeGuard([] { PaintGate::setLongestHolds(1000, 500); });
        PaintGate::setLongestHolds(anHour, anHour);
        QWidget window;
        PaintGate::holdUntilFirstPaint(&window);
        QVERIFY(WorkerStartGate::isHeld());
        bool started = false;
        WorkerStartGate::whenOpen(&window, [&] { started = true; });
        QTRY_VERIFY(started);
        QVERIFY(!WorkerStartGate::isHeld());
        // Shown later, it holds again until it paints.
        window.show();
        QVERIFY(WorkerStartGate::isHeld());
        QTRY_VERIFY_WITH_TIMEOUT(!WorkerStartGate::isHeld(), aMinute);
    }

    void aWindowThatNeverPaintsReleasesTheGateAtItsLimit()
    {
        QTRY_VERIFY(!WorkerStartGate::isHeld());
        const auto restore = qScopeGuard([] { PaintGate::setLongestHolds(1000, 500); });
        // With no limit it would hold for good: a shown window whose paints never arrive...
        PaintGate::setLongestHolds(anHour, anHour);
        {
            QWidget window;
            PaintGate::holdUntilFirstPaint(&window);
            PaintBlocker blocker(&window); // as a window shown minimised: no paint reaches it
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCoreApplication::processEvents();
            QVERIFY(WorkerStartGate::isHeld());
        } // ...until it is closed.
        QVERIFY(!WorkerStartGate::isHeld());

        // ...so its limit lets go.
        PaintGate::setLongestHolds(100, anHour);
        QWidget window;
        PaintGate::holdUntilFirstPaint(&window);
        bool painted = false;
        PaintSpy spy(&window, &painted);
        PaintBlocker blocker(&window); // installed last, so it sees the paints first
        window.show();
        QVERIFY(WorkerStartGate::isHeld());
        bool started = false;
        WorkerStartGate::whenOpen(&window, [&] { started = true; });
        QTRY_VERIFY(started);
        QVERIFY(!painted);
    }

    void theMainWindowHoldsBackgroundWorkUntilItPaints()
    {
        QTRY_VERIFY(!WorkerStartGate::isHeld());
        const auto restore = qScopeGuard([] { PaintGate::setLongestHolds(1000, 500); });
        PaintGate::setLongestHolds(anHour, anHour);
        QString error;
        MainWindow window;
        QVERIFY(WorkerStartGate::isHeld());
        window.setPersistent(false);
        window.setDatabase(Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error));
        window.show();
        QVERIFY(WorkerStartGate::isHeld());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!WorkerStartGate::isHeld(), aMinute);
    }

    void aViewsNextPaintOpensTheGate()
    {
        const auto restore = qScopeGuard([] { PaintGate::setLongestHolds(1000, 500); });
        PaintGate::setLongestHolds(anHour, anHour);
        QWidget view;
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!WorkerStartGate::isHeld());

        bool painted = false;
        PaintSpy spy(&view, &painted);
        PaintGate::holdUntilNextPaint(&view);
        view.update(); // as a model reset asks of its view
        bool started = false;
        bool paintedBeforeStart = false;
        WorkerStartGate::whenOpen(&view, [&] {
            started = true;
            paintedBeforeStart = painted;
        });
        QVERIFY(WorkerStartGate::isHeld());
        QTRY_VERIFY_WITH_TIMEOUT(started, aMinute); // only the paint can open it
        QVERIFY(paintedBeforeStart);
        QVERIFY(!WorkerStartGate::isHeld());

        // A widget whose paints are all swallowed (its window minimised) lets go at its limit.
        PaintGate::setLongestHolds(anHour, 100);
        painted = false;
        PaintGate::holdUntilNextPaint(&view);
        PaintBlocker blocker(&view); // installed after the gate's filter, so it sees paints first
        view.update();
        started = false;
        WorkerStartGate::whenOpen(&view, [&] { started = true; });
        QTRY_VERIFY(started);
        QVERIFY(!painted);

        // A hidden widget has no paint coming: it lets go when the event loop turns.
        PaintGate::setLongestHolds(anHour, anHour);
        view.hide();
        PaintGate::holdUntilNextPaint(&view);
        QVERIFY(WorkerStartGate::isHeld());
        QTRY_VERIFY(!WorkerStartGate::isHeld());

        // So does one deleted while it holds.
        auto *gone = new QWidget;
        gone->show();
        PaintGate::holdUntilNextPaint(gone);
        delete gone;
        QVERIFY(!WorkerStartGate::isHeld());
    }

    void aNewFilterHoldsBackgroundWorkUntilTheTableRepaints()
    {
        const auto restore = qScopeGuard([] { PaintGate::setLongestHolds(1000, 500); });
        PaintGate::setLongestHolds(anHour, anHour);
        QTRY_VERIFY(!WorkerStartGate::isHeld());
        QComboBox *company = m_window->findChild<QComboBox *>(QStringLiteral("companyFilter"));
        bool painted = false;
        PaintSpy spy(m_window->rolesView()->viewport(), &painted);
        company->setCurrentIndex(company->findText(QStringLiteral("OpenAI")));
        QVERIFY(WorkerStartGate::isHeld());
        QVERIFY(!painted);
        // Work asked for now (as a large database's chart and counts are) starts after that paint.
        bool started = false;
        bool paintedBeforeStart = false;
        WorkerStartGate::whenOpen(m_window.get(), [&] {
            started = true;
            paintedBeforeStart = painted;
        });
        QTRY_VERIFY_WITH_TIMEOUT(started, aMinute);
        QVERIFY(paintedBeforeStart);
        company->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!WorkerStartGate::isHeld(), aMinute);
    }

    void aWorkerKeepsItsConnectionUntilTheFileIsRenewedOrTheThreadEnds()
    {
        const QString path = m_dir.filePath(QStringLiteral("gui.sqlite"));
        QString firstName;
        QString againName;
        QString renewedName;
        QString cacheSize;
        QString error;
        QThread *worker = QThread::create([&] {
            Database *first = workerDatabase(path, &error);
            if (!first)
                return;
            firstName = first->connection().connectionName();
            againName = workerDatabase(path, &error)->connection().connectionName();
            QSqlQuery pragma(first->connection());
            if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
                cacheSize = pragma.value(0).toString();
            pragma.finish();
            renewWorkerDatabases();
            if (Database *renewed = workerDatabase(path, &error))
                renewedName = renewed->connection().connectionName();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY2(!firstName.isEmpty(), qPrintable(error));
        QCOMPARE(againName, firstName);                // the same connection, its page cache kept
        QCOMPARE(cacheSize, QStringLiteral("-16384")); // a smaller cache than the window's
        QVERIFY(!renewedName.isEmpty());
        QVERIFY(renewedName != firstName);             // opened afresh
        // The thread has ended: the connection it kept is closed with it.
        const QStringList open = QSqlDatabase::connectionNames();
        QVERIFY(!open.contains(firstName));
        QVERIFY(!open.contains(renewedName));

        // A missing file is an error, not a crash.
        bool opened = true;
        QThread *missing = QThread::create([&] { opened = workerDatabase(m_dir.filePath(QStringLiteral("nothing.sqlite")), &error); });
        missing->start();
        QVERIFY(missing->wait(10000));
        delete missing;
        QVERIFY(!opened);
        QVERIFY(error.contains(QStringLiteral("nothing.sqlite")));
    }

    void aRestoredCompanyFiltersALargeDatabaseBeforeItsListArrives()
    {
        // Over the background threshold: the company list is read on a worker after the window is up.
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("large-restore.sqlite"));
        {
            std::unique_ptr<Database> db = Database::create(file, Database::Contents::Seeded, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlDatabase connection = db->connection();
            QVERIFY(connection.transaction());
            QSqlQuery move(connection);
            QVERIFY(move.prepare(QStringLiteral("INSERT INTO movement (person_id, kind, company_id, date, precision) "
                                                "SELECT p.id, 'joined', c.id, NULL, 'unknown' FROM person p, company c "
                                                "WHERE p.name_en = 'Mira Murati' AND c.name_en = 'OpenAI'")));
            for (int i = 0; i <= DataSession::defaultLargeMoves; ++i)
                QVERIFY(move.exec());
            QVERIFY(connection.commit());
        }
        qint64 anthropic = 0;
        {
            std::unique_ptr<Database> db = Database::open(file, &error);
            for (const CompanyRecord &record : BrowseRepository(db->connection()).companies(&error).value_or(QList<CompanyRecord>()))
                anthropic = record.nameEn == QLatin1String("Anthropic") ? record.id : anthropic;
        }
        QVERIFY(anthropic > 0);

        MainWindow window;
        window.setPersistent(false);
        window.setDatabase(Database::open(file, &error));
        QComboBox *company = window.findChild<QComboBox *>(QStringLiteral("companyFilter"));
        QCOMPARE(company->count(), 1); // the list is on its way
        QAbstractItemModel *model = window.rolesView()->model();
        const int everyRole = model->rowCount();
        window.filterBar()->chooseCompany(anthropic);
        // At once: only the company's roles, never every row first.
        QCOMPARE(window.filterBar()->companyId(), anthropic);
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < everyRole);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(RolesTableModel::CompanyIdRole).toLongLong(), anthropic);
        QVERIFY(company->currentText().startsWith(QStringLiteral("Anthropic")));
        // The list arrives and keeps the choice without filtering again.
        QSignalSpy changed(window.filterBar(), &FilterBar::companyChanged);
        QTRY_VERIFY_WITH_TIMEOUT(company->count() > 5, aMinute); // a worker's answer
        QCOMPARE(window.filterBar()->companyId(), anthropic);
        QCOMPARE(changed.count(), 0);
        // Once the list is in, an unknown company changes nothing.
        window.filterBar()->chooseCompany(987654);
        QCOMPARE(window.filterBar()->companyId(), anthropic);
    }

    void aViewGivenASortedModelDoesNotQueryItAgain()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error);
        RolesTableModel model(db->connection());
        model.select();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        RolesTableView view;
        view.setRolesModel(&model); // shows the model's own order: person, ascending
        QCOMPARE(resets.count(), 0);
        view.sortByColumn(RolesTableModel::Start, Qt::DescendingOrder);
        QCOMPARE(resets.count(), 1);
    }

    void companiesOfALargeDatabaseArriveFromAWorkerAndKeepTheRestoredChoice()
    {
        // The loading a large database gets, on the seed: the list arrives after the bar is up,
        // and a company chosen before it arrived (a restored filter) is selected when it does.
        QString error;
        DataSession session;
        session.setLargeThreshold(0);
        FilterBar bar;
        bar.setSession(&session);
        QSignalSpy chosen(&bar, &FilterBar::companyChanged);
        QComboBox *company = bar.findChild<QComboBox *>(QStringLiteral("companyFilter"));
        int lists = 0;
        connect(company->model(), &QAbstractItemModel::rowsInserted, this, [&] { ++lists; });
        session.setDatabase(Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error));
        QCOMPARE(company->count(), 1); // "All companies" alone until the list arrives
        qint64 anthropic = 0;
        std::unique_ptr<Database> db = Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error);
        for (const CompanyRecord &record : BrowseRepository(db->connection()).companies(&error).value_or(QList<CompanyRecord>()))
            anthropic = record.nameEn == QLatin1String("Anthropic") ? record.id : anthropic;
        QVERIFY(anthropic > 0);
        QVERIFY(!bar.setCompanyId(anthropic));
        QTRY_VERIFY_WITH_TIMEOUT(company->count() > 5, aMinute); // a worker's answer
        QCOMPARE(bar.companyId(), anthropic);
        QCOMPARE(company->currentText().left(9), QStringLiteral("Anthropic"));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), anthropic);

        // With the list in, a company not in it is not remembered for a later reload.
        QVERIFY(!bar.setCompanyId(987654));
        const int before = lists;
        emit session.dataChanged(DataSession::Change::Import); // as after an import: the list is read again
        QTRY_VERIFY_WITH_TIMEOUT(lists > before, aMinute);
        QCOMPARE(bar.companyId(), anthropic);
        QCOMPARE(chosen.count(), 1);
    }

    void theSearchGetsItsClearButtonOnceTheWindowHasPainted()
    {
        // Its icon is loaded after the first frame; it must still arrive.
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTRY_VERIFY(search->isClearButtonEnabled());

        // A new window (shown before the event loop turns, as at start-up) adds it after painting.
        MainWindow window;
        window.setPersistent(false);
        auto *fresh = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        bool painted = false;
        PaintSpy paints(&window, &painted);
        bool buttonAdded = false;
        bool paintedBeforeButton = true;
        ChildAddedSpy buttons(fresh, [&] {
            buttonAdded = true;
            paintedBeforeButton = paintedBeforeButton && painted;
        });
        window.show();
        QTRY_VERIFY(fresh->isClearButtonEnabled());
        QVERIFY(buttonAdded);
        QVERIFY(paintedBeforeButton);
    }

    void findShortcutFocusesTheSearch()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTRY_VERIFY(search->hasFocus());
    }

    void remembersLayoutAndFilterAcrossRuns()
    {
        QString error;
        auto first = std::make_unique<MainWindow>();
        first->setDatabase(Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error));
        first->resize(1111, 777);
        QComboBox *company = first->findChild<QComboBox *>(QStringLiteral("companyFilter"));
        company->setCurrentIndex(company->findText(QStringLiteral("Anthropic")));
        first->filterBar()->setSearchText(QStringLiteral("Schulman"));
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first.get()));
        first->close();

        MainWindow second;
        second.setDatabase(Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error));
        second.restoreSettings();
        QCOMPARE(second.findChild<QComboBox *>(QStringLiteral("companyFilter"))->currentText(), QStringLiteral("Anthropic"));
        QCOMPARE(second.filterBar()->searchText(), QStringLiteral("Schulman"));
        QCOMPARE(second.size(), QSize(1111, 777));
        QCOMPARE(second.rolesView()->model()->rowCount(), 1);
    }

    void aBadDatabaseShowsAnErrorAndKeepsTheWindowUsable()
    {
        QFile junk(m_dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a database");
        junk.close();
        const int rowsBefore = m_window->rolesView()->model()->rowCount();
        FileDialogs::setNextAnswer(junk.fileName());
        QAction *open = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Open))
                open = action;
        }
        QVERIFY(open);
        open->trigger();
        QMessageBox *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("junk.sqlite")));
        box->close();
        QCOMPARE(m_window->rolesView()->model()->rowCount(), rowsBefore);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        QVERIFY(!m_window->openDatabase(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
