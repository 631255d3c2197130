#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QRadioButton;

namespace talentflow {

// One field of a record as this window's form left it, as it was saved elsewhere meanwhile, and
// as the form read it (which tells whose change the difference is).
struct ConflictField
{
    QString label;
    QString mine;
    QString theirs;
    QString base;
};

// Shown when an edit was refused because the same record was saved elsewhere (another window,
// another editor) after this window's form read it: both values of every field side by side, and
// the choice of keeping this window's, keeping the other's, or taking each differing field from
// either, each field offering at first the side that changed it. Nothing is overwritten without
// it; Escape keeps the other edit.
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
