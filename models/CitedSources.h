#pragma once

#include "models/Records.h"
#include "models/TalentFlow.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

struct CitedMove
{
    QString kind;
    PartialDate date;
    QString firstExcerpt;
    QList<qint64> sourceIds; // ascending
};

// The moves behind a talent flow's ribbons and the articles citing them.
struct FlowCitations
{
    QHash<qint64, CitedMove> moves;
    QList<SourceRecord> sources; // by id
};

// The articles behind a set of marks, for numbered source lists.
class CitedSources
{
public:
    explicit CitedSources(QSqlDatabase db);

    // These articles' details without their texts, by id; ids no article has are skipped.
    std::optional<QList<SourceRecord>> sources(const QList<qint64> &ids, QString *error) const;
    // These moves as a chart's data lists them: kind, date, first excerpt and the articles citing them.
    std::optional<QHash<qint64, CitedMove>> moves(const QList<qint64> &movementIds, QString *error) const;

    // The moves of every ribbon's people and their articles.
    std::optional<FlowCitations> ofFlow(const TalentFlowData &data, QString *error) const;

private:
    QSqlDatabase m_db;
};

// Numbers the articles of a chart 1, 2, … in the order given: what its footer lists and its marks,
// tooltips and data carry.
class SourceNumbering
{
public:
    SourceNumbering() = default;
    explicit SourceNumbering(const QList<SourceRecord> &sources);

    const QList<SourceRecord> &sources() const { return m_sources; }
    // 0 when the article is not numbered.
    int number(qint64 sourceId) const { return m_numbers.value(sourceId); }
    // The numbers of these articles, ascending, without the unnumbered.
    QList<int> numbers(const QList<qint64> &sourceIds) const;
    // "1, 3": for a CSV cell or a tooltip.
    QString list(const QList<qint64> &sourceIds) const;

private:
    QList<SourceRecord> m_sources;
    QHash<qint64, int> m_numbers;
};

} // namespace talentflow
