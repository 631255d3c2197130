#pragma once

#include "models/Records.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// A citation with what a reader needs around it: its article and the paragraph it sits in.
struct CitationView
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString file;
    QString title;
    QString publisher;
    PartialDate published;
    QString url;
    int start = 0;
    int end = 0;
    QString excerpt;
    QString paragraph;
    int paragraphStart = 0; // offset of the paragraph in the article body
    PartialDate statedDate;  // the date these words state, where the person citing them said so
    QString statedField;     // which of the fact's dates: "date", "start" or "end"
};

struct RoleView
{
    qint64 id = 0;
    CompanyRecord company;
    QString titleEn;
    QString titleZh;
    PartialDate start;
    PartialDate end;
    std::optional<qint64> disputeId;
    QList<CitationView> citations;
    QString dateNote;          // how the dates were derived, where the excerpts do not spell them out
    bool endedUndated = false; // over, by the articles' words, at a time they do not state
};

struct MovementView
{
    qint64 id = 0;
    QString kind;
    CompanyRecord company;
    std::optional<CompanyRecord> destination;
    PartialDate date;
    std::optional<qint64> disputeId;
    QList<CitationView> citations;
    QString dateNote; // how the date was derived, where the excerpts do not spell it out
};

struct DisputeSideView
{
    QString summaryEn;
    QString summaryZh;
    QList<CitationView> citations;
};

struct DisputeView
{
    qint64 id = 0;
    QString topicEn;
    QString topicZh;
    QList<DisputeSideView> sides;
};

// Everything the detail pane shows about one person.
struct PersonDetail
{
    PersonRecord person;
    QList<RoleView> roles;         // by start date
    QList<MovementView> movements; // by date
    QList<DisputeView> disputes;   // those any of the person's roles or movements take part in
};

class PersonDetailRepository
{
public:
    explicit PersonDetailRepository(QSqlDatabase db);

    // nullopt with an error on a database problem; nullopt with an empty error when there is no such person.
    std::optional<PersonDetail> personDetail(qint64 personId, QString *error) const;
    std::optional<SourceRecord> source(qint64 sourceId, QString *error) const;
    // These moves with their citations, in the order asked; ids no move has are skipped.
    std::optional<QList<MovementView>> movements(const QList<qint64> &ids, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
