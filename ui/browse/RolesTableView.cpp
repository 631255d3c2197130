#include "ui/browse/RolesTableView.h"

#include "models/DataSession.h"
#include "models/RolesTableModel.h"
#include "ui/ErrorMessage.h"
#include "ui/PaintGate.h"
#include "ui/UiLanguage.h"
#include "ui/browse/SearchExplanation.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QToolTip>

namespace talentflow {

RolesTableView::RolesTableView(QWidget *parent)
    : QTableView(parent)
    , m_noMatches(new QLabel(this))
{
    setObjectName(QStringLiteral("rolesView"));
    // Rows, not cells: Tab leaves the table for the next control; the arrow keys move within it.
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    // A child of the view, not of its viewport, so it stays put when an empty table scrolls sideways.
    m_noMatches->setObjectName(QStringLiteral("noMatchesNote"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setForegroundRole(QPalette::PlaceholderText);
    m_noMatches->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_noMatches->hide();
}

void RolesTableView::setModel(QAbstractItemModel *model)
{
    if (model != m_model)
        m_model = nullptr;
    QTableView::setModel(model);
    updateNoMatchesNote();
}

void RolesTableView::setRolesModel(RolesTableModel *model)
{
    m_model = model;
    setModel(model);
    // Hidden fields (ids) follow the displayed columns.
    for (int column = RolesTableModel::ColumnCount; column < model->columnCount(); ++column)
        setColumnHidden(column, true);
    horizontalHeader()->setSortIndicator(RolesTableModel::Person, Qt::AscendingOrder);
    applyDefaultWidths();
    if (m_cellEditor)
        model->setCellEditor(m_cellEditor);
    updateEditable();
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit personChosen(current.data(RolesTableModel::PersonIdRole).toLongLong());
    });
    // The model relabels its headers when its language changes.
    connect(model, &QAbstractItemModel::headerDataChanged, this, &RolesTableView::fitDateColumns);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_model)
            return; // a model the view no longer shows
        for (int column = RolesTableModel::ColumnCount; column < m_model->columnCount(); ++column)
            setColumnHidden(column, true);
        updateNoMatchesNote();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &RolesTableView::updateNoMatchesNote);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RolesTableView::updateNoMatchesNote);
}

void RolesTableView::setSession(DataSession *session)
{
    m_session = session;
    connect(session, &DataSession::databaseChanged, this, [this] {
        RolesTableModel *old = m_model;
        setModel(nullptr);
        delete old;
        if (RolesTableModel *model = m_session->createRolesModel(this)) {
            model->setLanguage(uiLanguage());
            setRolesModel(model);
        }
    });
    connect(session, &DataSession::dataChanged, this, [this](DataSession::Change what) {
        if (what != DataSession::Change::Articles) // an article's own changes show in no row
            reread();
    });
    connect(session, &DataSession::importingChanged, this, &RolesTableView::updateEditable);
}

void RolesTableView::setCellEditor(RolesTableModel::CellEditor editor)
{
    m_cellEditor = std::move(editor);
    if (m_model)
        m_model->setCellEditor(m_cellEditor);
    updateEditable();
}

void RolesTableView::updateEditable()
{
    if (m_model)
        m_model->setEditable(m_session && !m_session->refusedEdit());
}

void RolesTableView::reread()
{
    if (!m_model)
        return;
    const QModelIndex current = currentIndex();
    const qint64 roleId = current.isValid() ? current.data(RolesTableModel::RoleIdRole).toLongLong() : 0;
    const qint64 selected = currentPersonId();
    m_model->select();
    // An edited row may have moved (the table is sorted by its date, say): follow it.
    const int row = roleId > 0 ? m_model->rowOfRole(roleId) : -1;
    if (row < 0) {
        selectPerson(selected);
        return;
    }
    const QModelIndex index = m_model->index(row, current.column());
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

bool RolesTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    // A cell articles disagree about is edited where the claims show side by side; the key or
    // click that asked is answered with why, and a typed letter starts no search.
    if (m_model && index.isValid() && (editTriggers() & trigger) && (index.flags() & Qt::ItemIsEditable)) {
        const QString why = m_model->whyNotEditableHere(index);
        if (!why.isEmpty()) {
            const QRect cell = visualRect(index);
            QToolTip::showText(viewport()->mapToGlobal(cell.bottomLeft()), why, viewport(), cell);
            emit editRefused(why);
            return true;
        }
    }
    return QTableView::edit(index, trigger, event);
}

bool RolesTableView::showFilter(const RoleFilter &filter, const QString &searchText, const SearchOutcome &outcome)
{
    m_searchText = searchText;
    m_searchOutcome = outcome;
    if (!m_model)
        return false;
    const bool changed = !(filter == m_model->roleFilter());
    if (changed || m_model->rowCount() == 0) {
        m_model->setRoleFilter(filter);
        PaintGate::holdUntilNextPaint(viewport()); // the rows first, then the chart and counts
    }
    updateNoMatchesNote();
    const QString error = m_model->readProblem();
    if (!error.isEmpty())
        showErrorMessage(window(), tr("Cannot read the database"), error);
    return changed;
}

RolesTableModel *RolesTableView::rolesModel() const
{
    return m_model;
}

bool RolesTableView::showsPerson(qint64 personId) const
{
    return m_model && m_model->showsPerson(personId);
}

void RolesTableView::updateNoMatchesNote()
{
    const bool none = m_model && !m_searchText.isEmpty() && m_model->rowCount() == 0;
    QString note = none ? tr("No matches for “%1”").arg(m_searchText) : QString();
    const QString suggestion = MatchReasonText::didYouMean(m_searchOutcome, false);
    if (none && !suggestion.isEmpty())
        note += QLatin1Char('\n') + suggestion;
    m_noMatches->setText(note);
    m_noMatches->setVisible(none);
}

void RolesTableView::updateGeometries()
{
    QTableView::updateGeometries();
    m_noMatches->setGeometry(viewport()->geometry());
    m_noMatches->raise();
}

void RolesTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Names, titles and dates follow the language; the selected person stays selected.
        if (m_model && m_model->language() != uiLanguage()) {
            const qint64 selected = currentPersonId();
            m_model->setLanguage(uiLanguage());
            selectPerson(selected);
        }
        updateNoMatchesNote();
    }
    QTableView::changeEvent(event);
}

void RolesTableView::applyDefaultWidths()
{
    const int dateWidth = dateColumnWidth();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(RolesTableModel::Person, em * 13);
    setColumnWidth(RolesTableModel::Company, em * 12);
    setColumnWidth(RolesTableModel::Start, dateWidth);
    setColumnWidth(RolesTableModel::End, dateWidth);
    int statusWidth = 0;
    for (const QString &status : RolesTableModel::statusLabels())
        statusWidth = qMax(statusWidth, fontMetrics().horizontalAdvance(status));
    setColumnWidth(RolesTableModel::Status, qMax(statusWidth, em * 4) + 20);
    horizontalHeader()->setSectionResizeMode(RolesTableModel::Title, QHeaderView::Stretch);
}

int RolesTableView::dateColumnWidth() const
{
    // The longest date of the table's language only: measuring "2024年12月31日" loads the CJK font,
    // which costs an English window's start-up a few milliseconds it does not otherwise spend.
    const bool chinese = m_model && m_model->language() == DisplayLanguage::Chinese;
    return fontMetrics().horizontalAdvance(chinese ? QStringLiteral("2024年12月31日") : QStringLiteral("31 Sep 2024")) + 16;
}

void RolesTableView::fitDateColumns()
{
    const int needed = dateColumnWidth();
    for (int column : {int(RolesTableModel::Start), int(RolesTableModel::End)}) {
        if (columnWidth(column) < needed)
            setColumnWidth(column, needed);
    }
}

qint64 RolesTableView::currentPersonId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(RolesTableModel::PersonIdRole).toLongLong() : 0;
}

void RolesTableView::selectPerson(qint64 personId)
{
    if (!m_model || personId == currentPersonId())
        return;
    const int row = personId > 0 ? m_model->rowOfPerson(personId) : -1;
    if (row < 0) {
        clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, RolesTableModel::Person);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

} // namespace talentflow
