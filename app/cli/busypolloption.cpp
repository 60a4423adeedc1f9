// SPDX-License-Identifier: BSD-2-Clause
#include "busypolloption.h"

#include "session/context.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace coapscope::cli {

namespace {

struct BusyPollOption
{
    Q_DECLARE_TR_FUNCTIONS(BusyPollOption)
};

const QString OptionName = QStringLiteral("busy-poll");

} // namespace

void addBusyPollOption(QCommandLineParser &parser)
{
    parser.addOption({OptionName,
                      BusyPollOption::tr("While traffic comes less than MICROSECONDS apart, poll "
                                         "the sockets that long for more before sleeping "
                                         "(default %1; 0 never polls).")
                          .arg(Context::DefaultBusyPollLimitUs),
                      QStringLiteral("microseconds")});
}

Expected<qint64, QString> parseBusyPollOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(OptionName))
        return Context::DefaultBusyPollLimitUs;
    bool valid = false;
    const qint64 limitUs = parser.value(OptionName).toLongLong(&valid);
    if (!valid || limitUs < 0 || limitUs > Context::MaxBusyPollLimitUs) {
        return unexpected(BusyPollOption::tr("--busy-poll takes microseconds from 0 to %1")
                              .arg(Context::MaxBusyPollLimitUs));
    }
    return limitUs;
}

} // namespace coapscope::cli
