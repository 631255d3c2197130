#pragma once

#include "models/Records.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace talentflow {
class DataSession;
}

namespace talentflow {

// The whole article, with one excerpt highlighted and scrolled into view.
class ArticleReader : public QDialog
{
    Q_OBJECT

public:
    explicit ArticleReader(QWidget *parent = nullptr);

    void showArticle(const SourceRecord &source, int start, int end);
    // Reads the article from the database, shows it with the excerpt highlighted, and raises the window.
    bool open(const DataSession &session, qint64 sourceId, int start, int end, QString *error);

    // The highlighted range and whether it is inside the visible part of the text.
    QPair<int, int> highlightedRange() const { return {m_start, m_end}; }
    bool isHighlightVisible() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QTextBrowser *m_text;
    SourceRecord m_source;
    int m_start = 0;
    int m_end = 0;
};

} // namespace talentflow
