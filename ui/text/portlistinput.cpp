// SPDX-License-Identifier: BSD-2-Clause
#include "portlistinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace coapscope::text {

namespace {
struct PortListInput
{
    Q_DECLARE_TR_FUNCTIONS(PortListInput)
};
} // namespace

Expected<QList<quint16>, QString> parsePortList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QList<quint16> ports;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint port = word.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return unexpected(PortListInput::tr("“%1” is not a port: ports are whole numbers "
                                                "from 1 to 65535, separated by commas")
                                  .arg(word));
        if (!ports.contains(quint16(port)))
            ports.append(quint16(port));
    }
    return ports;
}

} // namespace coapscope::text
