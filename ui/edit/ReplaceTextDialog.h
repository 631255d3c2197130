#pragma once

#include "models/ArticleRepository.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QScrollArea;

namespace talentflow {

class DataSession;
class EditHistory;

// After an article's text was replaced: what became of its citations (found unchanged, moved,
// waiting for review, orphaned), each citation waiting for review with its old words beside the
// close match in the new text, to accept or keep as an orphan, and the orphans, whose words the
// new text no longer has. The lists are read from the session and follow its changes; each answer
// is one undoable edit. Opened later for an article (Review Citations…), it shows the lists alone.
class ReplaceTextDialog : public QDialog
{
    Q_OBJECT

public:
    ReplaceTextDialog(DataSession *session, EditHistory *history, const TextReplacement &replacement,
                      QWidget *parent = nullptr);
    // The review alone, for an article whose text was replaced before.
    ReplaceTextDialog(DataSession *session, EditHistory *history, qint64 sourceId, QWidget *parent = nullptr);

    // Reads the citations waiting for a person again.
    void refresh();
    // As shown now (for tests and the window).
    int reviewsShown() const;
    int orphansShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void acceptMatch(qint64 citationId);
    void keepOrphan(qint64 citationId);
    void retranslate();
    void rebuildLists();
    QString factDescription(const CitationAttention &item) const;

    DataSession *m_session;
    EditHistory *m_history;
    TextReplacement m_replacement;
    bool m_justReplaced;
    QList<CitationAttention> m_attention;
    QString m_readError;
    QLabel *m_heading;
    QLabel *m_anchored;
    QLabel *m_moved;
    QLabel *m_review;
    QLabel *m_orphan;
    QList<QLabel *> m_countNames;
    QScrollArea *m_scroll;
    QDialogButtonBox *m_buttons;
};

} // namespace talentflow
