// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QObject>

namespace coapscope::cli {

// Quits the application's event loop on SIGINT or SIGTERM (Ctrl+C or Ctrl+Break on Windows),
// so servers stop cleanly instead of dying mid-exchange.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void stopRequested();
};

} // namespace coapscope::cli
