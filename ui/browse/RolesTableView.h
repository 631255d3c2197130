#pragma once

#include <QPointer>
#include <QTableView>

class QLabel;

namespace talentflow {

class RolesTableModel;

// The people & roles table: sortable by every column, one row selected at a time.
class RolesTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RolesTableView(QWidget *parent = nullptr);

    void setRolesModel(RolesTableModel *model);
    void setModel(QAbstractItemModel *model) override;
    qint64 currentPersonId() const;
    // The search the rows answer (empty: none). When it leaves no rows, the view says so.
    void setSearchText(const QString &text);

    // Widens the date columns when the table's language needs more room than they have (after a
    // language change, or widths restored from an English session); never narrows them.
    void fitDateColumns();

public slots:
    // Selects the person's first row (keeping the current row if it is already theirs).
    void selectPerson(qint64 personId);

signals:
    void personChosen(qint64 personId);

protected:
    void changeEvent(QEvent *event) override;
    void updateGeometries() override;

private:
    void applyDefaultWidths();
    int dateColumnWidth() const;
    void updateNoMatchesNote();

    QPointer<RolesTableModel> m_model; // the window deletes it when it closes a database
    QLabel *m_noMatches;
    QString m_searchText;
};

} // namespace talentflow
