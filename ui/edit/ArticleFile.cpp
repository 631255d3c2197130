#include "ui/edit/ArticleFile.h"

#include "models/ArticleRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTextDocument>

namespace talentflow {

QString articleTextOf(const QString &text, const QString &type)
{
    QString plain = text;
    if (type == QLatin1String("md") || type == QLatin1String("html")) {
        QTextDocument document;
        if (type == QLatin1String("md"))
            document.setMarkdown(text);
        else
            document.setHtml(text);
        plain = document.toPlainText();
        plain.remove(QChar::ObjectReplacementCharacter); // an image's place
    }
    // One text whichever way it comes (a file, the command line, the form's editor, which
    // writes these as spaces and line ends): the same text, the same digest.
    plain.replace(QChar::Nbsp, QLatin1Char(' '));
    plain.replace(QChar::LineSeparator, QLatin1Char('\n'));
    plain.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    plain.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    plain.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return plain;
}

std::optional<QString> readArticleFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    QString type;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        type = QStringLiteral("txt");
    else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        type = QStringLiteral("md");
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        type = QStringLiteral("html");
    const auto refuse = [error](const QString &why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (type.isEmpty())
        return refuse(QStringLiteral("%1: not a .txt, .md or .html file").arg(info.fileName()));
    if (!info.isFile())
        return refuse(QStringLiteral("no file at %1").arg(path));
    // Checked before reading, so a huge file is never loaded.
    if (info.size() > ArticleRepository::maxBodyBytes)
        return refuse(QStringLiteral("%1 is larger than %2 MB").arg(info.fileName()).arg(ArticleRepository::maxBodyBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // At most one byte past the limit, however the file grew since it was measured.
    const QByteArray bytes = file.read(qint64(ArticleRepository::maxBodyBytes) + 1);
    if (bytes.size() > ArticleRepository::maxBodyBytes)
        return refuse(QStringLiteral("%1 is larger than %2 MB").arg(info.fileName()).arg(ArticleRepository::maxBodyBytes / (1024 * 1024)));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return refuse(QStringLiteral("%1 is not UTF-8 text").arg(info.fileName()));
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return articleTextOf(text, type);
}

} // namespace talentflow
