#include "ui/edit/AddArticleDialog.h"

#include "ui/AppSettings.h"
#include "ui/ErrorMessage.h"
#include "ui/FileDialogs.h"
#include "ui/edit/ArticleFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace talentflow {

AddArticleDialog::AddArticleDialog(QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_title(new QLineEdit(this))
    , m_publisher(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_published(new QLineEdit(this))
    , m_details(new QWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_purpose(purpose)
{
    switch (purpose) {
    case Purpose::Add:
        setObjectName(QStringLiteral("addArticleDialog"));
        setWindowTitle(tr("Add Article"));
        break;
    case Purpose::Details:
        setObjectName(QStringLiteral("articleDetailsDialog"));
        setWindowTitle(tr("Article Details"));
        break;
    case Purpose::Text:
        setObjectName(QStringLiteral("articleTextDialog"));
        setWindowTitle(tr("Replace Article Text"));
        break;
    }
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setPlaceholderText(tr("Paste the article's text here, or open a .txt, .md or .html file."));
    m_title->setObjectName(QStringLiteral("articleTitle"));
    m_title->setMaxLength(ArticleRepository::maxTitleLength);
    m_publisher->setObjectName(QStringLiteral("articlePublisher"));
    m_publisher->setMaxLength(ArticleRepository::maxNameLength);
    m_url->setObjectName(QStringLiteral("articleUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_url->setMaxLength(ArticleRepository::maxUrlLength);
    m_text->setTabChangesFocus(true); // Tab leaves the text, as in every other field
    m_language->setObjectName(QStringLiteral("articleLanguage"));
    // Each language named in its own script, as in View ▸ Language.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_published->setObjectName(QStringLiteral("articlePublished"));
    m_published->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_problem->setObjectName(QStringLiteral("articleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; }"));

    auto *open = new QPushButton(tr("&Open File…"), this);
    open->setObjectName(QStringLiteral("openArticleFile"));
    connect(open, &QPushButton::clicked, this, &AddArticleDialog::chooseFile);
    setTabOrder(open, m_text);

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Publication &date:"), m_published);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_text, &QPlainTextEdit::textChanged, this, &AddArticleDialog::textChanged);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleTyped = true;
        validate();
    });
    connect(m_language, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    for (QLineEdit *edit : {m_publisher, m_url, m_published})
        connect(edit, &QLineEdit::textChanged, this, &AddArticleDialog::validate);
    if (purpose == Purpose::Details) {
        open->hide();
        m_text->hide();
        m_titleTyped = true;
        m_languageChosen = true;
        resize(560, sizeHint().height());
    } else if (purpose == Purpose::Text) {
        m_details->hide();
        m_titleTyped = true;
        m_languageChosen = true;
        resize(720, 600);
    } else {
        resize(720, 640);
    }
    validate();
}

ArticleDetails AddArticleDialog::details() const
{
    const NewArticle article = this->article();
    return ArticleDetails{article.title, article.publisher, article.url, article.language, article.published};
}

void AddArticleDialog::setDetails(const ArticleDetails &details)
{
    m_title->setText(details.title);
    m_publisher->setText(details.publisher);
    m_url->setText(details.url);
    m_language->setCurrentIndex(std::max(0, m_language->findData(details.language)));
    m_published->setText(details.published.isKnown() ? details.published.toIso() : QString());
    validate();
}

void AddArticleDialog::setText(const QString &text)
{
    m_textBefore = text;
    m_text->setPlainText(text);
    validate();
}

QString AddArticleDialog::text() const
{
    return articleTextOf(m_text->toPlainText(), QStringLiteral("txt"));
}

NewArticle AddArticleDialog::article() const
{
    NewArticle article;
    article.file = m_file;
    article.body = text();
    article.title = m_title->text().trimmed();
    article.publisher = m_publisher->text().trimmed();
    article.url = m_url->text().trimmed();
    article.language = m_language->currentData().toString();
    article.published = PartialDate::fromIso(m_published->text().trimmed()).value_or(PartialDate());
    return article;
}

bool AddArticleDialog::loadFile(const QString &path)
{
    QString error;
    const std::optional<QString> text = readArticleFile(path, &error);
    if (!text) {
        showErrorMessage(this, tr("Cannot read the article"), error);
        return false;
    }
    m_text->setPlainText(*text);
    m_file = QFileInfo(path).fileName();
    AppSettings::setLastArticleFolder(QFileInfo(path).absolutePath());
    return true;
}

void AddArticleDialog::chooseFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Open Article"), AppSettings::lastArticleFolder(),
                                                   tr("Articles (*.txt *.md *.html *.htm)"));
    if (!path.isEmpty())
        loadFile(path);
}

void AddArticleDialog::textChanged()
{
    if (m_purpose == Purpose::Text) {
        validate();
        return;
    }
    const QString text = m_text->toPlainText();
    // Until the person types one, the title is the text's first line and the language its own
    // (read from the start of the text: a 5 MB paste is not scanned on every keystroke).
    if (!m_titleTyped || m_title->text().isEmpty()) {
        m_titleTyped = false;
        m_title->setText(ArticleRepository::titleFromText(text.left(4000)));
    }
    if (!m_languageChosen)
        m_language->setCurrentIndex(m_language->findData(ArticleRepository::guessLanguage(text.left(20000))));
    validate();
}

QString AddArticleDialog::problem() const
{
    if (m_purpose == Purpose::Text) {
        const QString body = text();
        if (body.trimmed().isEmpty())
            return tr("The article has no text yet.");
        if (body.toUtf8().size() > ArticleRepository::maxBodyBytes)
            return tr("The article is larger than %1 MB.").arg(ArticleRepository::maxBodyBytes / (1024 * 1024));
        if (body == articleTextOf(m_textBefore, QStringLiteral("txt")))
            return tr("The text is the article's own; correct it, or open the corrected file.");
        return {};
    }
    const QString published = m_published->text().trimmed();
    if (!published.isEmpty() && !PartialDate::fromIso(published))
        return tr("The publication date must be YYYY, YYYY-MM or YYYY-MM-DD.");
    const ArticleProblem problem = m_purpose == Purpose::Add ? ArticleRepository::problemOf(article())
                                                             : ArticleRepository::problemOf(details());
    switch (problem) {
    case ArticleProblem::None:
        return {};
    case ArticleProblem::NoText:
        return tr("The article has no text yet.");
    case ArticleProblem::TooLarge:
        return tr("The article is larger than %1 MB.").arg(ArticleRepository::maxBodyBytes / (1024 * 1024));
    case ArticleProblem::NoTitle:
        return tr("The article needs a title.");
    case ArticleProblem::TitleTooLong:
        return tr("The title is longer than %1 characters.").arg(ArticleRepository::maxTitleLength);
    case ArticleProblem::PublisherTooLong:
        return tr("The publisher's name is longer than %1 characters.").arg(ArticleRepository::maxNameLength);
    case ArticleProblem::BadLanguage:
        return tr("Choose the article's language.");
    case ArticleProblem::BadUrl:
        return tr("The address must start with http:// or https://.");
    }
    return {};
}

void AddArticleDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace talentflow
