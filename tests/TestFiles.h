#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTest>

// Small file helpers shared by the tests.
namespace TestFiles {

inline QByteArray read(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void write(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// SHA-256 of the file's bytes: equal digests mean the file is byte-for-byte unchanged.
inline QByteArray digest(const QString &file)
{
    return QCryptographicHash::hash(read(file), QCryptographicHash::Sha256);
}

// A format-1 file with one new person, Ada Example, and her move to OpenAI, citing a new article
// it carries itself: an import of it adds one person, one movement and one source.
inline QByteArray oneNewMovement()
{
    return R"({"format": "talentflow-export", "version": 1,
            "sources": [{"id": 1, "file": "extra.txt", "title": "Extra", "language": "en", "published": "2025-01",
                         "published_precision": "month", "body": "Ada Example joined OpenAI in January 2025."}],
            "companies": [{"id": 7, "name_en": "OpenAI", "name_zh": "OpenAI"}],
            "people": [{"id": 1, "name_en": "Ada Example", "name_zh": "", "aliases": ["Ada"]}],
            "roles": [],
            "movements": [{"id": 1, "person_id": 1, "kind": "joined", "company_id": 7, "to_company_id": null,
                           "date": "2025-01", "precision": "month",
                           "citations": [{"source_id": 1, "start": 0, "end": 25, "text": "Ada Example joined OpenAI"}]}]})";
}

} // namespace TestFiles
