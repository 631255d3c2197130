#include "models/RolesTableModel.h"

#include "models/SqlDialect.h"

#include "models/Database.h"
#include "models/FilterCondition.h"
#include "models/MovementKind.h"

#include "models/PartialDate.h"

#include <QSqlError>

#include <QSqlQuery>
#include <QStringList>

namespace talentflow {

namespace {

// A role with an end date has ended, and so has one the articles call former without dating its
// end. Otherwise the latest move at the role's company decides: a departure ends it, a sabbatical
// puts it on leave, an arrival or founding makes it current. With no move at all the articles do
// not say, and the table says so instead of guessing.
// What each kind implies comes from the kinds' table (models/MovementKind.h), as SQL literals.
const QString &statusExpression()
{
    static const QString expression =
        QStringLiteral("CASE WHEN r.end_date IS NOT NULL OR r.ended_undated = 1 THEN '%1' ELSE COALESCE(("
                       "  SELECT %2 FROM movement m WHERE m.person_id = r.person_id AND m.company_id = r.company_id "
                       "  ORDER BY m.date DESC NULLS LAST, m.id DESC LIMIT 1), 'unstated') END")
            .arg(roleStatusKey(RoleStatus::Left), roleStatusCaseSql(QStringLiteral("m.kind")));
    return expression;
}

QString preferred(const char *table, const char *english, const char *chinese, DisplayLanguage language)
{
    const char *first = language == DisplayLanguage::Chinese ? chinese : english;
    const char *second = language == DisplayLanguage::Chinese ? english : chinese;
    return QStringLiteral("COALESCE(NULLIF(%1.%2, ''), %1.%3)")
        .arg(QLatin1String(table), QLatin1String(first), QLatin1String(second));
}

} // namespace

RolesTableModel::RolesTableModel(QSqlDatabase db, QObject *parent)
    : QSqlTableModel(parent, db)
{
    setTable(QStringLiteral("role"));
    setEditStrategy(QSqlTableModel::OnManualSubmit);
}

void RolesTableModel::setLanguage(DisplayLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    select();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void RolesTableModel::setRoleFilter(const RoleFilter &filter)
{
    m_roleFilter = filter;
    m_condition = FilterCondition::roles(filter, QStringLiteral("r"), database());
    select();
}

QString RolesTableModel::fromClause() const
{
    // Unfiltered, the table is the whole role table: drive the join from the table whose index
    // gives the sort order (CROSS JOIN fixes the loop order), so rows stream in order and the
    // first screen arrives without sorting everything. Filtered sets are small: let SQLite plan.
    const QString ordered = SqlDialect::orderedJoin(database());
    if (!m_condition.filters() && m_sortColumn == Person)
        return QStringLiteral("person p %1 role r ON r.person_id = p.id JOIN company c ON c.id = r.company_id").arg(ordered);
    if (!m_condition.filters() && m_sortColumn == Company)
        return QStringLiteral("company c %1 role r ON r.company_id = c.id JOIN person p ON p.id = r.person_id").arg(ordered);
    return QStringLiteral("role r JOIN person p ON p.id = r.person_id JOIN company c ON c.id = r.company_id");
}

QString RolesTableModel::selectStatement() const
{
    const QString person = preferred("p", "name_en", "name_zh", m_language);
    const QString company = preferred("c", "name_en", "name_zh", m_language);
    return QStringLiteral("SELECT %1, %2, %3, r.start_date, r.end_date, %4, "
                          "r.person_id, r.company_id, r.id, r.dispute_id, r.row_version FROM %5 WHERE %6 %7")
        .arg(person, company, preferred("r", "title_en", "title_zh", m_language), statusExpression(),
             fromClause(), m_condition.sql, orderByClause());
}

bool RolesTableModel::select()
{
    // QSqlTableModel::select() runs its statement as text; the filter's values must be bound.
    QSqlQuery query(database());
    query.setForwardOnly(false);
    if (!query.prepare(selectStatement())) {
        m_readError = query.lastError();
        return false;
    }
    m_condition.bindTo(query);
    m_readError = query.exec() ? QSqlError() : query.lastError();
    beginResetModel();
    QSqlQueryModel::setQuery(std::move(query));
    endResetModel();
    return !m_readError.isValid();
}

QString RolesTableModel::orderByClause() const
{
    return orderBy(QStringLiteral("6")); // the status column's position in the table's statement
}

QString RolesTableModel::orderBy(const QString &statusKey) const
{
    // Each key is spelled exactly as its index (schema version 4), so SQLite can use it.
    const QSqlDatabase db = database();
    QString key;
    switch (m_sortColumn >= 0 && m_sortColumn < ColumnCount ? m_sortColumn : int(Person)) {
    case Company:
        key = SqlDialect::caseless(db, preferred("c", "name_en", "name_zh", m_language));
        break;
    case Title:
        key = SqlDialect::caseless(db, preferred("r", "title_en", "title_zh", m_language));
        break;
    case Start:
        key = SqlDialect::byCodePoint(db, QStringLiteral("r.start_date"));
        break;
    case End:
        key = SqlDialect::byCodePoint(db, QStringLiteral("r.end_date"));
        break;
    case Status:
        key = statusKey;
        break;
    default:
        key = SqlDialect::caseless(db, preferred("p", "name_en", "name_zh", m_language));
        break;
    }
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Ties fall back to the role's id, so the order is always the same. Unstated dates come
    // first going up, as SQLite places them unasked (PostgreSQL would put them last).
    return QStringLiteral("ORDER BY %1 %2 %3, r.id %2").arg(key, direction, ascending ? QStringLiteral("NULLS FIRST") : QStringLiteral("NULLS LAST"));
}

void RolesTableModel::sort(int column, Qt::SortOrder order)
{
    // The view re-applies its sort indicator when it gets the model: rows already in that order
    // need no second query.
    if (column == m_sortColumn && order == m_sortOrder && query().isActive())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    select();
}

QVariant RolesTableModel::hidden(int row, HiddenField field) const
{
    return QSqlQueryModel::data(QSqlQueryModel::index(row, field), Qt::DisplayRole);
}

QSqlError RolesTableModel::readError() const
{
    if (m_readError.isValid())
        return m_readError;
    return lastError().isValid() ? lastError() : query().lastError();
}

QString RolesTableModel::readProblem() const
{
    const QSqlError error = readError();
    return error.isValid() ? describeSqlError(error) : QString();
}

std::optional<int> RolesTableModel::firstRowInQuery(const QString &key, qint64 id) const
{
    // The row's number in the table's own order, counted by SQLite rather than by fetching rows.
    const QString order = orderBy(QStringLiteral("(%1)").arg(statusExpression()));
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT min(n) FROM (SELECT row_number() OVER (%1) - 1 AS n, %2 AS wanted "
                                 "FROM %3 WHERE %4) AS numbered WHERE wanted = :wanted")
                      .arg(order, key, fromClause(), m_condition.sql));
    m_condition.bindTo(query);
    query.bindValue(QStringLiteral(":wanted"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).isNull() ? -1 : query.value(0).toInt();
}

bool RolesTableModel::showsPerson(qint64 personId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2 AND r.person_id = :person)")
                      .arg(fromClause(), m_condition.sql));
    m_condition.bindTo(query);
    query.bindValue(QStringLiteral(":person"), personId);
    return query.exec() && query.next() && query.value(0).toBool();
}

int RolesTableModel::fetchUpTo(std::optional<int> found)
{
    const int row = found.value_or(-1);
    // The view selects the row, so it must be loaded; fetching stops there.
    while (row >= rowCount() && canFetchMore())
        fetchMore();
    return row < rowCount() ? row : -1;
}

int RolesTableModel::rowOfPerson(qint64 personId)
{
    return fetchUpTo(firstRowInQuery(QStringLiteral("r.person_id"), personId));
}

int RolesTableModel::rowOfRole(qint64 roleId)
{
    return fetchUpTo(firstRowInQuery(QStringLiteral("r.id"), roleId));
}

QStringList RolesTableModel::statusLabels()
{
    return {tr("Left"), tr("On leave"), tr("Current"), tr("—")};
}

QVariant RolesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    switch (role) {
    case PersonIdRole:
        return hidden(index.row(), PersonIdField);
    case CompanyIdRole:
        return hidden(index.row(), CompanyIdField);
    case RoleIdRole:
        return hidden(index.row(), RoleIdField);
    case DisputeIdRole:
        return hidden(index.row(), DisputeIdField);
    case StatusKeyRole:
        return QSqlQueryModel::data(index.siblingAtColumn(Status), Qt::DisplayRole);
    case RowVersionRole:
        return hidden(index.row(), RowVersionField);
    case OtherScriptTitleRole:
        return storedTitle(index.row(),
                           m_language == DisplayLanguage::Chinese ? DisplayLanguage::English : DisplayLanguage::Chinese);
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QVariant raw = QSqlQueryModel::data(index, Qt::DisplayRole);
        switch (index.column()) {
        case Start:
        case End:
            return PartialDate::fromIso(raw.toString())
                .value_or(PartialDate())
                .toDisplayString(m_language == DisplayLanguage::Chinese);
        case Status: {
            const QString key = raw.toString();
            if (key == roleStatusKey(RoleStatus::Left))
                return tr("Left");
            if (key == roleStatusKey(RoleStatus::OnLeave))
                return tr("On leave");
            if (key == roleStatusKey(RoleStatus::Current))
                return tr("Current");
            return role == Qt::ToolTipRole ? tr("The articles do not say whether this role continues") : tr("—");
        }
        case Title:
            if (hidden(index.row(), DisputeIdField).isNull())
                return raw;
            if (role == Qt::ToolTipRole)
                return tr("Articles disagree about this title; see the detail pane.");
            return tr("%1 (disputed)").arg(raw.toString());
        default:
            return raw;
        }
    }
    if (role == Qt::EditRole) {
        // A title is edited in the table's own script, which may be empty where the other shows.
        if (index.column() == Title)
            return storedTitle(index.row(), m_language);
        return QSqlQueryModel::data(index, Qt::DisplayRole);
    }
    return QSqlTableModel::data(index, role);
}

QVariant RolesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Person:
            return tr("Person");
        case Company:
            return tr("Company");
        case Title:
            return tr("Title");
        case Start:
            return tr("Start");
        case End:
            return tr("End");
        case Status:
            return tr("Status");
        default:
            return QVariant();
        }
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && isEditable()) {
        const bool chinese = m_language == DisplayLanguage::Chinese;
        if (section == Title)
            return chinese ? tr("Double-click, F2 or typing edits the title in Chinese.")
                           : tr("Double-click, F2 or typing edits the title in English.");
        if (section == Start || section == End)
            return tr("Double-click, F2 or typing edits the date: YYYY, YYYY-MM or YYYY-MM-DD, or empty where the "
                      "articles do not say.");
    }
    return QSqlTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RolesTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return isEditable() && isEditableColumn(index.column()) ? flags | Qt::ItemIsEditable : flags;
}

void RolesTableModel::setCellEditor(CellEditor editor)
{
    m_cellEditor = std::move(editor);
    emit headerDataChanged(Qt::Horizontal, Title, End);
}

void RolesTableModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    emit headerDataChanged(Qt::Horizontal, Title, End);
}

std::optional<RolesTableModel::CellField> RolesTableModel::cellField(int column) const
{
    switch (column) {
    case Title:
        return m_language == DisplayLanguage::Chinese ? CellField::TitleZh : CellField::TitleEn;
    case Start:
        return CellField::Start;
    case End:
        return CellField::End;
    default:
        return std::nullopt;
    }
}

QString RolesTableModel::whyNotEditableHere(const QModelIndex &index) const
{
    if (!index.isValid() || !isEditableColumn(index.column()))
        return {};
    // The role is one claim of a dispute: changing it alone, here, would hide the other.
    if (!hidden(index.row(), DisputeIdField).isNull())
        return tr("Articles disagree about this role. Edit it from the detail pane, where the claims are shown side by side.");
    if ((index.column() == Start || index.column() == End) && dateIsDisputed(index.row(), index.column()))
        return tr("An article states another date here. Edit it from the detail pane, where both dates are shown.");
    return {};
}

bool RolesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_editError.clear();
    const std::optional<CellField> field = index.isValid() && role == Qt::EditRole ? cellField(index.column()) : std::nullopt;
    if (!field || !(flags(index) & Qt::ItemIsEditable)) {
        m_editError = tr("This cell cannot be edited now.");
        return false;
    }
    m_editError = whyNotEditableHere(index);
    if (!m_editError.isEmpty())
        return false;
    // The editor writes through the edit history; the table reads the row again when the session
    // says the data changed.
    return m_cellEditor(index, *field, value, &m_editError);
}

QString RolesTableModel::storedTitle(int row, DisplayLanguage script) const
{
    QSqlQuery query(database());
    query.prepare(script == DisplayLanguage::Chinese ? QStringLiteral("SELECT title_zh FROM role WHERE id = :id")
                                                     : QStringLiteral("SELECT title_en FROM role WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), hidden(row, RoleIdField));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool RolesTableModel::dateIsDisputed(int row, int column) const
{
    // As the detail pane marks it: a citation stating a date for this end of the role that is not
    // the role's own.
    QSqlQuery query(database());
    query.prepare(column == Start ? QStringLiteral("SELECT EXISTS (SELECT 1 FROM citation c JOIN role r ON r.id = c.role_id "
                                                   "WHERE c.role_id = :id AND c.stated_field = 'start' "
                                                   "AND c.stated_date <> '' AND c.stated_date IS NOT r.start_date)")
                                  : QStringLiteral("SELECT EXISTS (SELECT 1 FROM citation c JOIN role r ON r.id = c.role_id "
                                                   "WHERE c.role_id = :id AND c.stated_field = 'end' "
                                                   "AND c.stated_date <> '' AND c.stated_date IS NOT r.end_date)"));
    query.bindValue(QStringLiteral(":id"), hidden(row, RoleIdField));
    return query.exec() && query.next() && query.value(0).toBool();
}

} // namespace talentflow
