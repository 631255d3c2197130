#pragma once

#include "models/MovementKind.h"
#include "models/PartialDate.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

enum class FactType { Movement, Role };

// A move or a role, the two kinds of fact a citation backs.
struct FactRef
{
    FactType type = FactType::Movement;
    qint64 id = 0;

    bool operator==(const FactRef &other) const { return type == other.type && id == other.id; }
};

// Which of a fact's dates a citation states: a move's date, a role's start or its end.
enum class FactField { Date, Start, End };

// Words of an article: UTF-16 offsets into its text.
struct QuoteSpan
{
    qint64 sourceId = 0;
    int start = 0;
    int end = 0;
};

// A person or company an edit names: one already stored (id), or one to add under this name.
struct NamedRecord
{
    qint64 id = 0;
    QString newName;
};

// An article's words as evidence for a fact already stored.
struct NewCitation
{
    FactRef fact;
    QuoteSpan quote;
    PartialDate statedDate; // the date the words state, if any
    FactField field = FactField::Date;
    int factVersion = -1;   // the fact's row version the person saw; -1: not checked
};

// What citing changed: enough to take it back, and to make it again with the same id.
struct CitationEdit
{
    qint64 citationId = 0;
    bool datedFact = false; // the fact had no date there and took the stated one
    bool disputed = false;  // the stated date differs from the fact's: both claims are kept
    PartialDate dateBefore;
    QString dateNoteBefore;
    int versionAfter = 0;   // the fact's row version after the edit
};

struct NewMovement
{
    NamedRecord person;
    MovementKind kind = MovementKind::Left;
    NamedRecord company;
    std::optional<NamedRecord> destination;
    PartialDate date;
    QuoteSpan quote;
};

struct NewRole
{
    NamedRecord person;
    NamedRecord company;
    QString title;
    PartialDate start;
    PartialDate end;
    QuoteSpan quote;
};

// The ids an added fact took, with those of a person or company added along with it, and the
// row versions those rows were added at. Passed back in, they are the ids and versions a redo
// takes (the versions above those the rows were removed at, so that no row has a version twice).
struct FactIds
{
    qint64 factId = 0;
    qint64 citationId = 0;
    qint64 personId = 0;
    qint64 companyId = 0;
    qint64 destinationId = 0;
    bool newPerson = false;
    bool newCompany = false;
    bool newDestination = false;
    int factVersion = 0;
    int personVersion = 0;
    int companyVersion = 0;
    int destinationVersion = 0;
};

// Facts and their citations, as a person records them. Every call is one transaction that writes
// the change and its change-log rows together; on refusal nothing is written.
class FactRepository
{
public:
    static constexpr int maxNameLength = 300;
    static constexpr int maxTitleLength = 1000;
    static constexpr int maxQuoteLength = 5000;

    explicit FactRepository(QSqlDatabase db);

    // Where the words stand in the article: their occurrence-th place (from 1), or their only one
    // when occurrence is 0. Refused when they are not there, or are there more than once and no
    // occurrence picks one.
    std::optional<QuoteSpan> locate(qint64 sourceId, const QString &words, int occurrence, QString *error) const;
    // People and companies with this name (or, for people, alias) in either script.
    std::optional<QList<qint64>> findPeople(const QString &name, QString *error) const;
    std::optional<QList<qint64>> findCompanies(const QString &name, QString *error) const;
    // A fact's row version, as an edit form starts from it.
    std::optional<int> factVersion(const FactRef &fact, QString *error) const;

    // Adds the words as evidence for the fact. A date they state fills the fact's date where it
    // has none, and where it has another, both are kept and the fact shows the dispute.
    std::optional<CitationEdit> cite(const NewCitation &citation, QString *error, qint64 wantedId = 0);
    // Takes a citation back, with the date it gave its fact (at a new row version), based on the
    // fact's version as the one taking it back last knew it; refused when the fact has changed
    // since. The fact's row version afterwards.
    std::optional<int> uncite(const NewCitation &citation, const CitationEdit &edit, int basedOnVersion, QString *error);

    std::optional<FactIds> addMovement(const NewMovement &movement, const FactIds &wanted, QString *error);
    std::optional<FactIds> addRole(const NewRole &role, const FactIds &wanted, QString *error);
    // Takes back an added fact with its citation, and the person and companies added with it if
    // nothing else names them by then; refused when the fact is no longer at basedOnVersion.
    // What to pass back to add them again: the same ids, with versions above the removed rows'.
    std::optional<FactIds> removeAdded(FactType type, const FactIds &ids, int basedOnVersion, QString *error);

    // What is wrong with each, in one line; empty when it can be stored.
    static QString problemWith(const NewMovement &movement);
    static QString problemWith(const NewRole &role);

private:
    std::optional<QString> excerpt(const QuoteSpan &quote, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace talentflow
