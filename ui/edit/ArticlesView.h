#pragma once

#include "models/DataSession.h"

#include <QDockWidget>

class QAction;
class QTreeWidget;

namespace talentflow {

// View ▸ Articles: every article of the database with what is known about it and how many facts
// cite it. Double-click (or Enter) opens one in the reader.
class ArticlesView : public QDockWidget
{
    Q_OBJECT

public:
    explicit ArticlesView(QWidget *parent = nullptr);

    void setSession(DataSession *session);
    QTreeWidget *list() const { return m_list; }
    // Reads the articles again if the list shows; otherwise when it is next shown.
    void refresh();

signals:
    void articleRequested(qint64 sourceId);
    void detailsRequested(qint64 sourceId);
    void replaceTextRequested(qint64 sourceId);
    void reviewRequested(qint64 sourceId);
    void failed(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showArticles(const Answer<QList<ArticleSummary>> &articles);
    // The action asks for the current article by the signal.
    void addArticleAction(QAction *action, const QString &name, void (ArticlesView::*request)(qint64));

    DataSession *m_session = nullptr;
    QTreeWidget *m_list;
    QAction *m_editDetails;
    QAction *m_replaceText;
    QAction *m_review;
    bool m_stale = true; // the data changed while the list was hidden
};

} // namespace talentflow
