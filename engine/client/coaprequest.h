// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/message.h"
#include "codec/uri.h"

namespace coapscope {

// What a client wants sent: method, options, payload, CON or NON, and how long to wait.
// Message ID and token are the session's to choose.
class CoapRequest
{
public:
    explicit CoapRequest(MessageCode method = MessageCode::Get, const Uri &uri = Uri());

    MessageCode method() const { return m_message.code(); }
    void setMethod(MessageCode method) { m_message.setCode(method); }
    bool isConfirmable() const { return m_message.type() == MessageType::Confirmable; }
    void setConfirmable(bool confirmable);

    // Replaces the Uri-Host, Uri-Port, Uri-Path and Uri-Query options with the URI's.
    void setUri(const Uri &uri);
    void addOption(quint16 number, QByteArrayView value) { m_message.addOption(number, value); }
    void setUintOption(quint16 number, quint64 value) { m_message.setUintOption(number, value); }
    void setPayload(QByteArrayView payload) { m_message.setPayload(payload); }
    void setContentFormat(quint16 format);
    // Registers for notifications (RFC 7641): the reply then emits notification() until the
    // observation ends, is stopped or cancelled.
    void setObserve(bool observe);
    bool isObserve() const;
    void setAccept(quint16 format);

    // The preferred block size for block-wise transfers (16..1024, a power of two), or 0 for
    // the largest that fits the session's MTU. A preference is also sent to the server (early
    // negotiation, RFC 7959 §2.4). Returns false, changing nothing, for any other size.
    int blockSize() const { return m_blockSize; }
    bool setBlockSize(int size);

    // 0 means the session's default: MAX_TRANSMIT_WAIT of its transmission parameters.
    qint64 timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(qint64 timeoutMs) { m_timeoutMs = timeoutMs; }

    const Message &message() const { return m_message; }

private:
    Message m_message;
    qint64 m_timeoutMs = 0;
    int m_blockSize = 0;
};

} // namespace coapscope
