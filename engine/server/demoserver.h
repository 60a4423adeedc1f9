// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QObject>

namespace coapscope {

class Context;

// The embedded demo server: the ETSI CoAP plugtest resource set, so the plugtest test
// descriptions run against CoapScope itself (README.md lists each resource). It lives as long
// as its context and keeps the state its resources need.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    // How long /separate takes before its separate response.
    static constexpr qint64 SeparateDelayMs = 1000;
    // How often /obs and /obs-large change, and /time ticks.
    static constexpr qint64 ObsPeriodMs = 5000;
    static constexpr qint64 TimePeriodMs = 1000;

    explicit DemoServer(Context *context);

    // The body of /large.
    static QByteArray largeText();

private:
    void installCore();
    void installValidation();
    void installDiscovery();
    void installBlockwise();
    void installObservable();
    void tick(const QByteArrayList &path, qint64 periodMs, int *counter);

    Context *m_context;
    QByteArray m_testPayload = "Hello from the CoapScope demo server";
    QByteArray m_validatePayload = "initial value";
    quint32 m_validateVersion = 1;
    bool m_create1Exists = false;
    QByteArray m_largeUpdate;
    int m_obsCounter = 0;
    int m_timeCounter = 0;
    int m_created = 0;
};

} // namespace coapscope
