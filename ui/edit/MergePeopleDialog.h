#pragma once

#include "models/PersonEditor.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace talentflow {

class DataSession;

// Merge with Another Person… in the detail pane: the other record of the same person, found by
// any of its names, and whose names the merged record keeps. Nothing is merged automatically.
class MergePeopleDialog : public QDialog
{
    Q_OBJECT

public:
    MergePeopleDialog(DataSession *session, qint64 personId, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }
    // Types the other record's name, as a person would.
    void setOtherName(const QString &name);
    // The record that stays and the one merged into it, with the versions the form read them at.
    qint64 keptId() const;
    int keptVersion() const;
    qint64 mergedId() const;
    int mergedVersion() const;
    // "Barret Zoph into Barret Zoph (OpenAI)" in the UI language of the moment, for the undo history.
    std::function<QString()> describer() const;
    QString problem() const;

private:
    void findOther();
    void validate();

    DataSession *m_session;
    qint64 m_personId;
    PersonFields m_person;
    qint64 m_otherId = 0;
    PersonFields m_other;
    QString m_otherProblem;
    bool m_loaded = false;
    QString m_error;
    QLineEdit *m_otherName;
    QLabel *m_found;
    QLabel *m_candidates; // records whose name is this one's in another form, each a link
    QRadioButton *m_keepThis;
    QRadioButton *m_keepOther;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace talentflow
