// SPDX-License-Identifier: BSD-2-Clause
#include "signalwatcher.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace coapscope::cli {

namespace {

SignalWatcher *activeWatcher = nullptr;

#ifdef Q_OS_WIN
BOOL WINAPI consoleHandler(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT)
        return FALSE;
    if (activeWatcher) // queued: this runs on a thread of its own
        QMetaObject::invokeMethod(activeWatcher, &SignalWatcher::stopRequested,
                                  Qt::QueuedConnection);
    return TRUE;
}
#else
int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: one byte into the pipe, read by the event loop.
extern "C" void onSignal(int)
{
    const char byte = 1;
    (void)!write(signalPipe[1], &byte, 1);
}
#endif

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    activeWatcher = this;
    connect(this, &SignalWatcher::stopRequested, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        (void)!read(signalPipe[0], &byte, 1);
        emit stopRequested();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, FALSE);
#else
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#endif
    activeWatcher = nullptr;
}

} // namespace coapscope::cli
