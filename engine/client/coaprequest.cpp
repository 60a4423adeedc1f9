// SPDX-License-Identifier: BSD-2-Clause
#include "coaprequest.h"

#include "codec/blockvalue.h"
#include "codec/optionnumber.h"

namespace coapscope {

CoapRequest::CoapRequest(MessageCode method, const Uri &uri)
    : m_message(MessageType::Confirmable, method)
{
    if (!uri.host().isEmpty())
        setUri(uri);
}

void CoapRequest::setConfirmable(bool confirmable)
{
    m_message.setType(confirmable ? MessageType::Confirmable : MessageType::NonConfirmable);
}

bool CoapRequest::setBlockSize(int size)
{
    if (size != 0 && !BlockValue::szxForSize(size))
        return false;
    m_blockSize = size;
    return true;
}

void CoapRequest::setUri(const Uri &uri)
{
    for (quint16 number : {OptionNumber::UriHost, OptionNumber::UriPort, OptionNumber::UriPath,
                           OptionNumber::UriQuery}) {
        m_message.removeOptions(number);
    }
    uri.addOptionsTo(m_message);
}

void CoapRequest::setObserve(bool observe)
{
    m_message.removeOptions(OptionNumber::Observe);
    if (observe)
        m_message.addUintOption(OptionNumber::Observe, 0);
}

bool CoapRequest::isObserve() const
{
    return m_message.uintOption(OptionNumber::Observe) == 0u;
}

void CoapRequest::setContentFormat(quint16 format)
{
    m_message.setUintOption(OptionNumber::ContentFormat, format);
}

void CoapRequest::setAccept(quint16 format)
{
    m_message.setUintOption(OptionNumber::Accept, format);
}

} // namespace coapscope
