#pragma once

#include "models/ArticleRepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace talentflow {

// File ▸ Add Article…: an article's text, from a .txt, .md or .html file or pasted, and what is
// known about it. OK is offered only for an article that can be stored; the form says why not.
// The same form without the text corrects an article's details; the text alone, without the
// details, is a corrected text for an article (Replace Text…).
class AddArticleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Add, Details, Text };
    explicit AddArticleDialog(QWidget *parent = nullptr, Purpose purpose = Purpose::Add);

    NewArticle article() const;
    ArticleDetails details() const;
    void setDetails(const ArticleDetails &details);
    // Replace Text…: the article's text as it is, to correct; OK waits for a change.
    void setText(const QString &text);
    // The text as it will be stored.
    QString text() const;
    // Loads a file's text into the form, as Open File… does; false (and a message) if it cannot.
    bool loadFile(const QString &path);
    // The reason OK is not offered, in the UI's language; empty when it is.
    QString problem() const;

private:
    void chooseFile();
    void textChanged();
    void validate();

    QPlainTextEdit *m_text;
    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QLineEdit *m_url;
    QComboBox *m_language;
    QLineEdit *m_published;
    QWidget *m_details;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    Purpose m_purpose;
    QString m_file;
    QString m_textBefore;
    bool m_titleTyped = false;
    bool m_languageChosen = false;
};

} // namespace talentflow
