// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/context.h"
#include "session/transmissionparameters.h"

namespace coapscope {

// What File ▸ Settings keeps between runs (in QSettings): the client's transmission parameters,
// the MTU new sessions start with, the block size new requests start with (0: automatic), and
// how long sockets may poll before the application sleeps (see BusyPollWindow).
struct SavedSettings
{
    TransmissionParameters parameters;
    int defaultMtu;
    int defaultBlockSize = 0;
    qint64 busyPollUs = Context::DefaultBusyPollLimitUs;

    // Nonsense in a hand-edited settings file gives way to the defaults, field by field for
    // the MTU and as a whole for the parameters; usable says whether that happened.
    static SavedSettings load(bool *usable = nullptr);
    void save() const;
};

} // namespace coapscope
