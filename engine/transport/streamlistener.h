// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "session/socketaddress.h"
#include "transporterror.h"

#include <QObject>
#include <QTcpServer>

#include <memory>

namespace coapscope {

class StreamTransport;

// Accepts byte-stream connections on one local address: TCP here, TLS in a subclass.
class StreamListener : public QObject
{
    Q_OBJECT

public:
    explicit StreamListener(QObject *parent = nullptr);
    ~StreamListener() override;

    // Port 0 picks a free port; the address actually bound is returned.
    Expected<SocketAddress, TransportError> listen(const SocketAddress &local);
    SocketAddress localAddress() const;
    void close();
    // Given to every connection accepted from now on (see StreamTransport).
    void setBusyPollLimitUs(qint64 limitUs) { m_busyPollLimitUs = limitUs; }

signals:
    // A new connection, not yet ready; the receiver takes ownership and calls startServer().
    void accepted(coapscope::StreamTransport *connection);

protected:
    StreamListener(std::unique_ptr<QTcpServer> server, QObject *parent);
    virtual StreamTransport *wrap(std::unique_ptr<QTcpSocket> socket);

private:
    void acceptPending();

    std::unique_ptr<QTcpServer> m_server;
    qint64 m_busyPollLimitUs = 0;
};

} // namespace coapscope
