// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "connectionprofile.h"
#include "profileerror.h"

#include <QByteArray>
#include <QList>

namespace coapscope {

// The profile file, profiles.json and exported files alike, is UTF-8 JSON:
//
//   { "format": "coapscope-profiles",   tells our files from any other JSON
//     "version": 1,                     raised only when an older reader would be misled
//     "profiles": [ {
//         "name": "Lab gateway",        unique, non-empty
//         "uri": "coaps://gw.lab/",
//         "keyStorage": "keychain",     where the keys are kept: "none" (asked when
//                                       connecting), "keychain" (the system's), or "file"
//                                       (below, in plain text)
//         "storeKeys": false,           true for "file": what readers before keyStorage read
//         "mtu": 1280,                  absent: the application's default MTU (64..65507)
//         "blockSize": 0,               0: automatic, else 16..1024, a power of two
//         "transmission": { "ackTimeoutMs": 2000, "ackRandomFactor": 1.5, "maxRetransmit": 4,
//                           "nstart": 1, "defaultLeisureMs": 5000,
//                           "probingRateBytesPerSecond": 1, "maxLatencyMs": 100000 },
//         "security": {
//             "psk": { "identity": BYTES, "key": BYTES },   absent without PSK; the key only
//                                                           when kept in the file
//             "pki": { "certificate": SOURCE, "privateKey": SOURCE,   absent without PKI
//                      "caFile": "...", "caDirectory": "...", "crlFile": "...",
//                      "verifyPeerCert": true, "requirePeerCert": true,
//                      "allowSelfSigned": false, "allowExpiredCerts": false,
//                      "certChainValidation": true, "certChainVerifyDepth": 3,
//                      "checkCertRevocation": false, "allowNoCrl": false,
//                      "allowExpiredCrl": false, "expectedHostName": "...", "sni": "..." },
//             "handshakeTimeoutMs": 30000, "linkMtu": 1280, "cipherSuites": ["..."],
//             "keyLogFile": "...", "preferCaptureDecryptableSuites": false } } ] }
//
// BYTES is a string (UTF-8 text) or {"hex": "0a1b..."} for bytes that are not text. SOURCE is
// {"file": "/path"} or {"base64": "..."} for data held in memory; a private key's data is
// written only when the keys are kept in the file (or an export asks for them), its path
// always. A member left out takes its default and members we do not know are ignored, so
// adding one needs no new version: keyStorage, mtu and blockSize came after the first files
// were written, which still load (keyStorage then follows storeKeys: "file" or "none").
inline constexpr int profileFileVersion = 1;

// Which keys go into the JSON.
enum class KeysInJson : quint8
{
    AsStored, // those of profiles that keep them in the file (profiles.json)
    All,      // every key held in memory, in plain text (an export the user asked keys for)
    None,     // none at all (an export)
};

QByteArray profilesToJson(const QList<ConnectionProfile> &profiles,
                          KeysInJson keys = KeysInJson::AsStored);

// The profiles of a file's contents, all or none: the first problem found is the error. path
// only names the file in it.
Expected<QList<ConnectionProfile>, ProfileError> profilesFromJson(const QByteArray &json,
                                                                  const QString &path);

} // namespace coapscope
