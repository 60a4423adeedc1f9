// SPDX-License-Identifier: BSD-2-Clause
#pragma once

namespace coapscope {

class MainWindow;

// `coapscope --demo`: starts the embedded demo server on UDP, TCP, DTLS and TLS (pre-shared
// key, see README.md), gives the client context the matching key, and opens a UDP and a DTLS
// client session to it, so the session views have something live to show from the start.
void startDemo(MainWindow &window);

} // namespace coapscope
