#pragma once

#include <QDockWidget>

class QAction;
class QTreeWidget;

namespace talentflow {

class DataSession;

// View ▸ Articles: every article of the database with what is known about it and how many facts
// cite it. Double-click (or Enter) opens one in the reader.
class ArticlesView : public QDockWidget
{
    Q_OBJECT

public:
    explicit ArticlesView(QWidget *parent = nullptr);

    void setSession(DataSession *session);
    QTreeWidget *list() const { return m_list; }
    void refresh();

signals:
    void articleRequested(qint64 sourceId);
    void detailsRequested(qint64 sourceId);
    void failed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    DataSession *m_session = nullptr;
    QTreeWidget *m_list;
    QAction *m_editDetails;
};

} // namespace talentflow
