#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Running the application (or a tool) from a test and reading what it printed.
namespace TestProcess {

struct Run
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;
};

// Runs the program to its end in this environment and folder; two minutes at most.
inline Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
               const QString &workingDirectory = QString())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace TestProcess
