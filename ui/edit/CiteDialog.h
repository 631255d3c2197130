#pragma once

#include "models/FactRepository.h"
#include "models/PersonDetailRepository.h"
#include "models/Records.h"
#include "ui/browse/ArticleReader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace talentflow {

class DataSession;

// Cite as ▸ Movement… / Role… / Evidence for a fact…: the selected words become a new move, a new
// role, or evidence for a fact already stored. The form is filled in from what the words say
// (the person and company they name, the kind of move, a date) and nothing is stored until the
// person presses OK; OK is offered only for what can be stored, and the form says why not.
class CiteDialog : public QDialog
{
    Q_OBJECT

public:
    CiteDialog(CiteAs as, DataSession *session, const SourceRecord &article, const QuoteSpan &quote, QWidget *parent = nullptr);

    CiteAs citeAs() const { return m_as; }
    // What OK stores, by what the form cites as.
    NewMovement movement() const;
    NewRole role() const;
    NewCitation citation() const;
    // The fact, as the undo history names it, in the UI language.
    QString description() const;
    QString personName() const;
    // The reason OK is not offered, in the UI language; empty when it is.
    QString problem() const;

private:
    // A name typed in a field, looked up as the person types it.
    struct Lookup
    {
        QList<qint64> ids;
        QString name;
    };
    Lookup lookUp(const QString &name, bool person) const;
    NamedRecord named(QLineEdit *field, QCheckBox *isNew, bool person) const;
    std::optional<PartialDate> date(QLineEdit *field) const;
    void prefill();
    void personChanged();
    void listFacts(const PersonDetail &detail);
    void validate();
    void offerStoredPeople();
    QLineEdit *dateField(const QString &objectName);
    QCheckBox *newBox(const QString &objectName);

    CiteAs m_as;
    DataSession *m_session;
    SourceRecord m_article;
    QuoteSpan m_quote;
    QString m_words;
    QFormLayout *m_form;
    QLabel *m_quoteLabel;
    QLineEdit *m_person;
    QCheckBox *m_newPerson;
    QLabel *m_samePerson; // people the new name may already be stored as, each a link to cite them
    QString m_offeredFor; // the person's name m_samePerson answers
    // Evidence
    QComboBox *m_fact = nullptr;
    QComboBox *m_roleDate = nullptr;
    QList<FactRef> m_facts;
    QList<QPair<PartialDate, PartialDate>> m_factDates; // a move's date; a role's start and end
    qint64 m_factsOf = 0;
    // Movement and role
    QComboBox *m_kind = nullptr;
    QLineEdit *m_company = nullptr;
    QCheckBox *m_newCompany = nullptr;
    QLineEdit *m_destination = nullptr;
    QCheckBox *m_newDestination = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_end = nullptr;
    QLabel *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace talentflow
