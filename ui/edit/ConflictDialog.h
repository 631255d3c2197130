#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QRadioButton;

namespace talentflow {

// One field of a record as this window's form left it and as another window saved it.
struct ConflictField
{
    QString label;
    QString mine;
    QString theirs;
};

// Shown when an edit was refused because another window saved the same record after this
// window's form read it: both values of every field side by side, and the choice of keeping
// this window's, keeping the other's, or taking each differing field from either. Nothing is
// overwritten without it; Escape keeps the other window's edit.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Resolution { KeepMine, KeepTheirs, Merge };

    ConflictDialog(const QString &record, const QList<ConflictField> &fields, QWidget *parent = nullptr);

    Resolution resolution() const { return m_resolution; }
    // For Merge: per field, whether this window's value is taken (fields both sides agree on
    // count as taken from either).
    QList<bool> takesMine() const;

private:
    void finish(Resolution resolution);

    Resolution m_resolution = Resolution::KeepTheirs;
    QList<QRadioButton *> m_mineChoices; // null where both sides agree
};

} // namespace talentflow
