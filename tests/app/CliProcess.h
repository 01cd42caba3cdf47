#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>
#include <QtTest>

namespace salon::test
{

struct CliResult {
    int exitCode = -1; // -2: crashed
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Runs salon-admin-cli and waits without blocking the event loop: a sandbox in the test process answers
// from this thread.
inline CliResult runCli(
    const QString& program, const QStringList& args, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy done(&process, &QProcess::finished);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        qFatal("cannot start %s", qPrintable(program));
    if (!done.wait(90000))
        qFatal("salon-admin-cli %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    CliResult r { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    if (process.exitStatus() != QProcess::NormalExit)
        r.exitCode = -2;
    return r;
}

} // namespace salon::test
