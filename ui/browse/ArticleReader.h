#pragma once

#include "models/Records.h"

#include <QDialog>

#include <optional>

class QAction;
class QLabel;
class QTextBrowser;
class QPushButton;

namespace talentflow {
class DataSession;
}

namespace talentflow {

// What selected words are cited as: a new move, a new role, a person's name as the article
// writes it, or evidence for a stored fact.
enum class CiteAs { Movement, Role, Name, Evidence };

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
    qint64 sourceId() const { return m_source.id; }
    // The selected words' span in the article's text, if any words are selected.
    std::optional<QPair<int, int>> selectedSpan() const;
    // Selects the article's characters [start, end), as a person would with the mouse.
    void select(int start, int end);
    QAction *citeAction(CiteAs as) const;
    // Offered only where an edit can be made (a writable database).
    void setCitingAllowed(bool allowed);

signals:
    void citeRequested(talentflow::CiteAs as, qint64 sourceId, int start, int end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCiteActions();
    void showContextMenu(const QPoint &at);

    QLabel *m_heading;
    QTextBrowser *m_text;
    QPushButton *m_cite;
    QAction *m_citeMovement;
    QAction *m_citeRole;
    QAction *m_citeName;
    QAction *m_citeEvidence;
    bool m_citingAllowed = true;
    SourceRecord m_source;
    int m_start = 0;
    int m_end = 0;
};

} // namespace talentflow
