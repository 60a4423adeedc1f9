// SPDX-License-Identifier: BSD-2-Clause
#include "sessionactivitylog.h"

#include "logmodel.h"
#include "session/context.h"
#include "text/networkerrortext.h"
#include "text/sessiontext.h"

namespace coapscope {

SessionActivityLog::SessionActivityLog(LogModel *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{}

void SessionActivityLog::addContext(Context *context)
{
    connect(context, &Context::sessionAdded, this, &SessionActivityLog::watch);
    connect(context, &Context::sessionRemoved, this, [this](quint64 sessionId) {
        m_states.remove(sessionId);
        m_log->append(LogLevel::Info, tr("Session %1 freed").arg(sessionId), sessionId);
    });
    for (Session *session : context->sessions())
        watch(session);
}

void SessionActivityLog::watch(Session *session)
{
    m_states.insert(session->id(), session->state());
    m_log->append(LogLevel::Info,
                  tr("%1 session %2 opened: %3")
                      .arg(text::roleText(session->role()))
                      .arg(session->id())
                      .arg(session->description()),
                  session->id());
    connect(session, &Session::changed, this, [this, session] { onChanged(session); });
}

void SessionActivityLog::onChanged(Session *session)
{
    const auto known = m_states.find(session->id());
    if (known == m_states.end() || *known == session->state())
        return;
    const SessionState from = *known;
    *known = session->state();
    logTransition(session, from);
}

void SessionActivityLog::logTransition(Session *session, SessionState from)
{
    const quint64 id = session->id();
    const QString protocol(protocolName(session->protocol()));
    switch (session->state()) {
    case SessionState::Established:
        if (from == SessionState::Handshaking || from == SessionState::ExchangingCapabilities) {
            if (const auto info = session->securityInfo()) {
                m_log->append(LogLevel::Info,
                              tr("Session %1: %2 established with %3 (%4)")
                                  .arg(id)
                                  .arg(protocol, info->cipherSuite, info->protocolVersion),
                              id);
                return;
            }
        }
        m_log->append(LogLevel::Info, tr("Session %1 established").arg(id), id);
        return;
    case SessionState::Disconnected:
        if (const auto error = session->lastError()) {
            const QString reason = text::describeRequestError(*error);
            m_log->append(
                LogLevel::Error,
                error->kind == RequestError::Kind::Security
                    ? tr("Session %1: %2 handshake failed: %3").arg(id).arg(protocol, reason)
                    : tr("Session %1: %2").arg(id).arg(reason),
                id);
        } else {
            m_log->append(LogLevel::Warning, tr("Session %1 disconnected").arg(id), id);
        }
        return;
    case SessionState::Idle:
        m_log->append(LogLevel::Info,
                      tr("Session %1 released to 0; waiting in the free pool").arg(id), id);
        return;
    case SessionState::Connecting:
    case SessionState::Handshaking:
    case SessionState::ExchangingCapabilities:
    case SessionState::Closed:
        m_log->append(LogLevel::Info,
                      tr("Session %1: %2").arg(id).arg(text::stateText(session->state())), id);
        return;
    }
}

} // namespace coapscope
