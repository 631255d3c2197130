#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// One <message>: its source and its translation, a single text or (numerus) one text per form.
struct Message
{
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "obsolete", "vanished" or empty
    QStringList forms;
};

Message readMessage(QXmlStreamReader &xml)
{
    Message message;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText()); // <numerusform>
            } else {
                message.forms.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

// Every .ts entry is finished, none is obsolete, and each keeps its source's placeholders; a
// plural entry has every form its language needs, each finished.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsFinished()
    {
        // How many plural forms each language has (Qt's rules, as lupdate writes them).
        const QHash<QString, int> formsOf{{QStringLiteral("en"), 2}, {QStringLiteral("zh_CN"), 1}};
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        const QDir folder(QStringLiteral(TALENTFLOW_SOURCE_DIR "/translations"));
        const QStringList files = folder.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("talentflow_zh_CN.ts")));
        QVERIFY(files.contains(QStringLiteral("talentflow_en.ts")));
        int messages = 0;
        int plurals = 0;
        for (const QString &name : files) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString language;
            QString context;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("TS")) {
                    language = xml.attributes().value(QLatin1String("language")).toString();
                    QVERIFY2(formsOf.contains(language), qPrintable(name + QStringLiteral(": no plural rule known for ") + language));
                } else if (xml.name() == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("message")) {
                    const Message m = readMessage(xml);
                    const QString where = QStringLiteral("%1: %2 “%3”").arg(name, context, m.source);
                    QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 is %2").arg(where, m.type)));
                    // English is the source language: its file holds the plural forms only.
                    QVERIFY2(m.numerus || language != QLatin1String("en"), qPrintable(where + QStringLiteral(" is not a plural")));
                    if (m.numerus) {
                        QVERIFY2(m.forms.size() == formsOf.value(language),
                                 qPrintable(QStringLiteral("%1 has %2 plural forms").arg(where).arg(m.forms.size())));
                        ++plurals;
                    }
                    QVERIFY2(!m.forms.isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
                    for (const QString &form : m.forms) {
                        QVERIFY2(!form.isEmpty(), qPrintable(where + QStringLiteral(" has an empty translation")));
                        QRegularExpressionMatchIterator it = placeholder.globalMatch(m.source);
                        while (it.hasNext()) {
                            const QString p = it.next().captured();
                            QVERIFY2(form.contains(p), qPrintable(QStringLiteral("%1 drops %2 in “%3”").arg(where, p, form)));
                        }
                    }
                    ++messages;
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(name + QStringLiteral(": ") + xml.errorString()));
        }
        QVERIFY(messages > 90);
        QVERIFY(plurals > 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
