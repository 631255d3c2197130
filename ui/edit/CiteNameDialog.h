#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace talentflow {

class DataSession;

// Cite as ▸ Name of a Person…: the selected words become an alias of the person they name, so
// search finds the person by the way this article writes them.
class CiteNameDialog : public QDialog
{
    Q_OBJECT

public:
    // context: the sentence around the words, whose person (if just one) is offered first.
    CiteNameDialog(DataSession *session, const QString &words, const QString &context, QWidget *parent = nullptr);

    QString words() const { return m_words; }
    void setPersonName(const QString &name);
    QString personName() const;
    // The person the words name, once the form names just one who lacks them.
    qint64 personId() const { return m_personId; }
    QString problem() const;

private:
    void findPerson();
    void validate();

    DataSession *m_session;
    QString m_words;
    qint64 m_personId = 0;
    QString m_personProblem;
    QLineEdit *m_person;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace talentflow
