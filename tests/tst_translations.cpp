#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

// One <message>: its source and its translation, a single text or (numerus) one text per form.
struct Message
{
    QString source;
    QString comment; // the disambiguation, tr()'s second argument
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
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
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

// Every message of a .ts file, named by what lupdate matches on: context, source,
// disambiguation and whether it is a plural.
QSet<QString> messagesIn(const QString &path, QString *error)
{
    QSet<QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return keys;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            const Message m = readMessage(xml);
            QString key = QStringLiteral("%1 “%2”").arg(context, m.source);
            if (!m.comment.isEmpty())
                key += QStringLiteral(" (%1)").arg(m.comment);
            if (m.numerus)
                key += QStringLiteral(" [plural]");
            keys.insert(key);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return keys;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

// Every .ts entry is finished, none is obsolete, and each keeps its source's placeholders; a
// plural entry has every form its language needs, each finished; and lupdate run over the sources
// finds no string the .ts files lack and none they hold in vain.
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

    // Each .ts file holds exactly the strings lupdate finds in the sources: a tr() missing from
    // it would show in English to a Chinese reader; an entry whose tr() is gone is dead weight.
    void lupdateFindsTheSameStrings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("options");
        // As ui/CMakeLists.txt runs it for each file.
        QTest::newRow("zh_CN") << QStringLiteral("talentflow_zh_CN.ts") << QStringList();
        QTest::newRow("en") << QStringLiteral("talentflow_en.ts") << QStringList{QStringLiteral("-pluralonly")};
    }

    void lupdateFindsTheSameStrings()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, options);
        const QString root = QStringLiteral(TALENTFLOW_SOURCE_DIR);
        const QString committed = root + QStringLiteral("/translations/") + name;
        // lupdate rewrites the file it is given: hand it a copy, never the committed file.
        QTemporaryDir dir;
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        const QString copy = dir.filePath(name);
        QVERIFY2(QFile::copy(committed, copy), qPrintable(committed + QStringLiteral(": cannot copy")));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));

        // Whole folders, scanned recursively, so files moved into sub-folders stay covered; only
        // .cpp files, like the build's glob. -I root resolves the "ui/Foo.h" includes: without it
        // every context loses its talentflow:: namespace.
        options << QStringLiteral("-silent") << QStringLiteral("-no-obsolete") << QStringLiteral("-locations")
                << QStringLiteral("none") << QStringLiteral("-extensions") << QStringLiteral("cpp")
                << QStringLiteral("-I") << root << root + QStringLiteral("/ui") << root + QStringLiteral("/models")
                << root + QStringLiteral("/app") << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(TALENTFLOW_LUPDATE), options);
        QVERIFY2(lupdate.waitForStarted(), qPrintable(QStringLiteral(TALENTFLOW_LUPDATE ": ") + lupdate.errorString()));
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(QStringLiteral("lupdate did not finish")));
        const QString errors = QString::fromLocal8Bit(lupdate.readAllStandardError());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(QStringLiteral("lupdate failed (exit code %1): %2").arg(lupdate.exitCode()).arg(errors.trimmed())));

        QString error;
        const QSet<QString> before = messagesIn(committed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> after = messagesIn(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!before.isEmpty());
        QStringList report;
        for (const QString &key : sorted(after - before))
            report << QStringLiteral("  new (in the sources, not in the .ts): ") + key;
        for (const QString &key : sorted(before - after))
            report << QStringLiteral("  vanished (in the .ts, no longer in the sources): ") + key;
        if (!errors.isEmpty())
            qWarning().noquote() << "lupdate:" << errors.trimmed(); // e.g. a tr() it cannot read
        QVERIFY2(report.isEmpty(),
                 qPrintable(QStringLiteral("%1 is out of date; run \"cmake --build build --target update_translations\" "
                                           "and translate:\n%2").arg(name, report.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
