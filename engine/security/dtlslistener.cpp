// SPDX-License-Identifier: BSD-2-Clause
#include "datagrambio_p.h"
#include "dtlslistener_p.h"
#include "dtlsrecord_p.h"
#include "session/clock.h"
#include "sslcontext_p.h"

namespace coapscope {

DtlsListener::DtlsListener(SslContext &context, const Clock &clock)
    : m_context(context)
    , m_clock(clock)
    , m_recorder(clock)
{}

DtlsListener::~DtlsListener()
{
    if (m_ssl)
        SSL_set_ex_data(m_ssl.get(), 0, nullptr);
}

DtlsListener::Outcome DtlsListener::screen(const QByteArray &datagram, const SocketAddress &from)
{
    Outcome outcome;
    if (!m_ssl) {
        m_ssl = m_context.newSsl(from);
        if (!m_ssl)
            return outcome;
        m_recorder.attach(m_ssl.get());
    }
    DatagramBioState &bio = datagramBioState(SSL_get_rbio(m_ssl.get()));
    bio.peer = from; // the cookie callbacks read it
    bio.incoming.assign(1, datagram);

    ERR_clear_error();
    const BioAddrPtr client(BIO_ADDR_new());
    const int result = DTLSv1_listen(m_ssl.get(), client.get());
    for (QByteArray &reply : bio.outgoing)
        outcome.replies.append(std::move(reply));
    bio.outgoing.clear();
    bio.incoming.clear();
    // DTLSv1_listen reports the ClientHello it reads but not the HelloVerifyRequest it writes.
    outcome.events = m_recorder.takeEvents();
    for (const QByteArray &reply : std::as_const(outcome.replies)) {
        if (reply.size() > DtlsRecordHeader::size && reply.at(0) == DtlsContentType::handshake) {
            const auto type = quint8(reply.at(DtlsRecordHeader::size));
            outcome.events.append({SecurityEvent::Direction::Sent,
                                   SecurityEvent::Kind::HandshakeMessage,
                                   handshakeTypeName(type),
                                   type,
                                   {},
                                   {},
                                   m_clock.now()});
        }
    }
    ERR_clear_error();
    if (result > 0) {
        // The connection's own state machine reads this ClientHello again and reports it.
        outcome.events.clear();
        SSL_set_ex_data(m_ssl.get(), 0, nullptr); // its connection attaches its own recorder
        outcome.accepted = std::move(m_ssl);
    } else if (result < 0) {
        m_ssl.reset(); // a fatal error leaves it unusable; the next ClientHello gets a new one
    }
    return outcome;
}

} // namespace coapscope
