#pragma once

#include "models/FactRepository.h"
#include "models/PersonDetailRepository.h"
#include "models/TalentFlow.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QTextBrowser;

namespace talentflow {
class DataSession;
}
class QUrl;

namespace talentflow {

// The selected person: names in both scripts, roles, movements and disagreements, each with the
// excerpts behind it highlighted inside their paragraph, and links to open the article or copy
// the citation.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showPerson(const PersonDetail &detail);
    // The people of a talent flow ribbon, each with the moves that put them in it and the words
    // behind those (heading: the ribbon in words).
    void showRibbon(const FlowRibbon &ribbon, const QString &heading);
    bool showsRibbon() const { return m_ribbon.has_value(); }
    void clear();
    const std::optional<PersonDetail> &person() const { return m_detail; }
    // The excerpts currently shown, in order; "Copy citation" n copies the n-th.
    const QList<CitationView> &shownCitations() const { return m_citations; }
    QString citationText(int index) const;
    QString html() const;

    // Reads people from this session, and shows them again when its data changes.
    void setSession(DataSession *session);

public slots:
    void copyCitation(int index);
    // Reads the person from the database and shows them (0: nobody).
    void showPersonById(qint64 personId);

signals:
    void articleRequested(qint64 sourceId, int start, int end);
    void citationsShown(bool any);
    // A person's name in a ribbon's list was clicked.
    void personRequested(qint64 personId);
    // Edit…, Remove… after a fact, and Remove after one of its citations.
    void editFactRequested(talentflow::FactRef fact, const QString &description);
    void removeFactRequested(talentflow::FactRef fact, const QString &description);
    void removeCitationRequested(qint64 citationId, talentflow::FactRef fact, const QString &description);
    // Edit names…, Merge with another person…, Remove person… and a company's link under the
    // person's names.
    void editPersonNamesRequested(qint64 personId);
    void mergePersonRequested(qint64 personId);
    void removePersonRequested(qint64 personId);
    void editCompanyNamesRequested(qint64 companyId);
    void failed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderRibbon();
    void readRibbonMoves();
    void openLink(const QUrl &url);
    // factDates: the fact's own dates by field ("date", "start", "end"), to set a citation's stated date against.
    // factKey ("movement:46"): the fact the citations back, which offers to remove one.
    QString citationsHtml(const QList<CitationView> &citations, const QHash<QString, PartialDate> &factDates = {},
                          const QString &factKey = {});
    // The fact as a line of plain text, for the undo history: "Barret Zoph: 26 Sep 2024: left OpenAI".
    QString factDescription(const QString &key) const;
    QString roleLine(const RoleView &role) const;
    QString movementLine(const MovementView &movement) const;
    // "History" after a fact, and its change log below it while open.
    // Under the names, where the database can be edited: the person's and their companies' names.
    QString recordLinks() const;
    // A badge for each return to a company: "Returned to OpenAI, 2023 — left 2017".
    QString returnsHtml() const;
    QString factLinks(const QString &table, qint64 id) const;
    QString historyHtml(const QString &table, qint64 id) const;

    QTextBrowser *m_browser;
    DataSession *m_session = nullptr;
    std::optional<PersonDetail> m_detail;
    struct RibbonListing
    {
        FlowRibbon ribbon;
        QString heading;
        QHash<qint64, MovementView> moves;
    };
    std::optional<RibbonListing> m_ribbon;
    qint64 m_personId = 0;     // the person asked for
    bool m_personGone = false; // ... who is no longer in the database
    QList<CitationView> m_citations;
    QSet<QString> m_openHistories;
    QList<QString> m_citationFacts; // the fact key of each shown citation, empty for a disagreement's side // "movement:46": facts whose history is shown
};

} // namespace talentflow
