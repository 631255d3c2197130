// The floor for "start to first painted main window": a bare Qt window with a table and an
// empty chart, which quits as soon as it has painted once.
#include <QApplication>
#include <QChartView>
#include <QMainWindow>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdlib>

namespace {
class FirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, [] { std::_Exit(0); });
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    auto *table = new QTableView(splitter);
    auto *model = new QStandardItemModel(50, 6, table);
    table->setModel(model);
    new QChartView(new QChart, splitter);
    window.setCentralWidget(splitter);
    window.resize(1600, 1000);
    FirstPaint watcher;
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
