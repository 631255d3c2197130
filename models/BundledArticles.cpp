#include "models/BundledArticles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace talentflow {

namespace {
const QString articlesRoot = QStringLiteral(":/articles");
}

QStringList bundledArticleFiles()
{
    return QDir(articlesRoot).entryList(QDir::Files, QDir::Name);
}

QString bundledArticleBody(const QString &file)
{
    if (file.contains(QLatin1Char('/')))
        return QString();
    QFile article(articlesRoot + QLatin1Char('/') + file);
    if (!article.open(QIODevice::ReadOnly))
        return QString();
    QString body = QString::fromUtf8(article.readAll());
    if (body.isNull())
        body = QLatin1String("");
    return body;
}

QString bodySha256(const QString &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace talentflow
