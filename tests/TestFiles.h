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

} // namespace TestFiles
