// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QProcess>
#include <QTest>

// Runs a command-line program to completion and keeps what it said.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliResult runCli(const QString &program, const QStringList &arguments,
                        const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), "timed out"};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// Starts a long-running server and waits until it prints a line containing ready.
inline bool startServer(QProcess &process, const QString &program, const QStringList &arguments,
                        const QByteArray &ready)
{
    process.start(program, arguments);
    if (!process.waitForStarted())
        return false;
    QByteArray seen;
    while (!seen.contains(ready)) {
        if (!process.waitForReadyRead(10000))
            return false;
        seen += process.readAllStandardOutput();
    }
    return true;
}

// coap-client ends its output with a newline of its own; drop it when the output is otherwise
// exactly as long as expected.
inline QByteArray withoutTrailingNewline(QByteArray output, qsizetype expectedSize)
{
    if (output.size() == expectedSize + 1 && output.endsWith('\n'))
        output.chop(1);
    return output;
}

inline void stopServer(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
}
