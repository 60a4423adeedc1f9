// SPDX-License-Identifier: BSD-2-Clause
#include "savedsettings.h"

#include "session/session.h"

#include <QSettings>

namespace coapscope {

namespace {

const QString group = QStringLiteral("engine/transmissionParameters");
const QString mtuKey = QStringLiteral("engine/defaultMtu");
const QString blockSizeKey = QStringLiteral("requests/defaultBlockSize");
const QString busyPollKey = QStringLiteral("engine/busyPollUs");

bool isBlockSize(int size)
{
    // RFC 7959 §2.2: SZX 0 to 6, 16 to 1024 bytes; 0 leaves it to the transfer.
    return size == 0 || (size >= 16 && size <= 1024 && (size & (size - 1)) == 0);
}

template <typename T> T read(const QSettings &settings, const char *name, T fallback)
{
    return settings.value(group + QLatin1Char('/') + QLatin1String(name), fallback)
        .template value<T>();
}

} // namespace

SavedSettings SavedSettings::load(bool *usable)
{
    const QSettings settings;
    TransmissionParameters parameters;
    parameters.ackTimeoutMs = read(settings, "ackTimeoutMs", parameters.ackTimeoutMs);
    parameters.ackRandomFactor = read(settings, "ackRandomFactor", parameters.ackRandomFactor);
    parameters.maxRetransmit = read(settings, "maxRetransmit", parameters.maxRetransmit);
    parameters.nstart = read(settings, "nstart", parameters.nstart);
    parameters.defaultLeisureMs = read(settings, "defaultLeisureMs", parameters.defaultLeisureMs);
    parameters.probingRateBytesPerSecond =
        read(settings, "probingRate", parameters.probingRateBytesPerSecond);
    parameters.maxLatencyMs = read(settings, "maxLatencyMs", parameters.maxLatencyMs);
    const bool parametersUsable = !parameters.validate();
    int mtu = settings.value(mtuKey, Session::DefaultMtu).toInt();
    const bool mtuUsable = mtu >= Session::MinimumMtu && mtu <= Session::MaximumMtu;
    if (!mtuUsable)
        mtu = Session::DefaultMtu;
    int blockSize = settings.value(blockSizeKey, 0).toInt();
    const bool blockSizeUsable = isBlockSize(blockSize);
    if (!blockSizeUsable)
        blockSize = 0;
    bool busyPollNumber = false;
    qint64 busyPollUs =
        settings.value(busyPollKey, Context::DefaultBusyPollLimitUs).toLongLong(&busyPollNumber);
    const bool busyPollUsable =
        busyPollNumber && busyPollUs >= 0 && busyPollUs <= Context::MaxBusyPollLimitUs;
    if (!busyPollUsable)
        busyPollUs = Context::DefaultBusyPollLimitUs;
    if (usable)
        *usable = parametersUsable && mtuUsable && blockSizeUsable && busyPollUsable;
    return {parametersUsable ? parameters : TransmissionParameters{}, mtu, blockSize, busyPollUs};
}

void SavedSettings::save() const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("ackTimeoutMs"), parameters.ackTimeoutMs);
    settings.setValue(QStringLiteral("ackRandomFactor"), parameters.ackRandomFactor);
    settings.setValue(QStringLiteral("maxRetransmit"), parameters.maxRetransmit);
    settings.setValue(QStringLiteral("nstart"), parameters.nstart);
    settings.setValue(QStringLiteral("defaultLeisureMs"), parameters.defaultLeisureMs);
    settings.setValue(QStringLiteral("probingRate"), parameters.probingRateBytesPerSecond);
    settings.setValue(QStringLiteral("maxLatencyMs"), parameters.maxLatencyMs);
    settings.endGroup();
    settings.setValue(mtuKey, defaultMtu);
    settings.setValue(blockSizeKey, defaultBlockSize);
    settings.setValue(busyPollKey, busyPollUs);
}

} // namespace coapscope
