#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// Every .ts entry is finished, none is obsolete, and each keeps its source's placeholders.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsFinished()
    {
        const QDir folder(QStringLiteral(TALENTFLOW_SOURCE_DIR "/translations"));
        const QStringList files = folder.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        int messages = 0;
        for (const QString &name : files) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString context;
            QString source;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const QString type = xml.attributes().value(QLatin1String("type")).toString();
                    const QString where = QStringLiteral("%1: %2 “%3”").arg(name, context, source);
                    QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1 is %2").arg(where, type)));
                    const QString translation = xml.readElementText();
                    QVERIFY2(!translation.isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
                    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
                    QRegularExpressionMatchIterator it = placeholder.globalMatch(source);
                    while (it.hasNext()) {
                        const QString p = it.next().captured();
                        QVERIFY2(translation.contains(p), qPrintable(where + QStringLiteral(" drops ") + p));
                    }
                    ++messages;
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        }
        QVERIFY(messages > 90);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
