<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BenchCommand</name>
        <message>
            <source>Load a server with GET requests and report throughput and latency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The resource to GET.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many requests in all (default 10000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many sessions, each with one request in flight (default 4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send Non-confirmable requests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--requests takes a positive number, --concurrency one from 1 to 1000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot resolve %1: %2
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 requests in %2 s with %3 sessions: %4 requests/s
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>latency ms: p50 %1, p90 %2, p99 %3, max %4
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>errors %1, retransmissions %2
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientRun</name>
        <message>
            <source>--ack-timeout takes a positive number of seconds and --max-retransmit a count from 0 to 20</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give exactly one URI, such as coap://127.0.0.1/test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid URI: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot resolve %1: %2
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot open a session to %1: %2
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give up after SECONDS (default: MAX_TRANSMIT_WAIT, 93 s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print one line per datagram on standard error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the outcome as JSON (see the README).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ACK_TIMEOUT in seconds (default 2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MAX_RETRANSMIT (default 4).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecodeCommand</name>
        <message>
            <source>malformed: %1
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frame %1
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decode a CoAP message given as hex bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read RFC 8323 stream frames (TCP, TLS) instead of a datagram.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print JSON (the form documented in the README).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bytes in hex; spaces and colons are allowed. "-" reads standard input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decode: give the message bytes in hex, or "-" to read them from standard input
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decode: cannot read standard input
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decode: %1
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --tcp, refuse frames larger than a peer's Max-Message-Size of N bytes (default: no limit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decode: --max-message-size takes a positive number of bytes, with --tcp
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecodeErrorText</name>
        <message numerus="yes">
            <source>the message is %n byte(s) long; a CoAP header needs %1</source>
            <translation>
                <numerusform>the message is %n byte long; a CoAP header needs %1</numerusform>
                <numerusform>the message is %n bytes long; a CoAP header needs %1</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1 is not CoAP version 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>token length %1 is reserved (0 to 8 allowed)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>the token (%n byte(s)) runs past the end of the message</source>
            <translation>
                <numerusform>the token (%n byte) runs past the end of the message</numerusform>
                <numerusform>the token (%n bytes) runs past the end of the message</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n byte(s) left)</source>
            <translation>
                <numerusform> (%n byte left)</numerusform>
                <numerusform> (%n bytes left)</numerusform>
            </translation>
        </message>
        <message>
            <source>option delta nibble 15 is reserved for the payload marker 0xFF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>option length nibble 15 is reserved</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>the extended option delta needs %n byte(s)</source>
            <translation>
                <numerusform>the extended option delta needs %n byte</numerusform>
                <numerusform>the extended option delta needs %n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> but the message ends (%n byte(s) left)</source>
            <translation>
                <numerusform> but the message ends (%n byte left)</numerusform>
                <numerusform> but the message ends (%n bytes left)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the extended option length needs %n byte(s)</source>
            <translation>
                <numerusform>the extended option length needs %n byte</numerusform>
                <numerusform>the extended option length needs %n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the option value (%n byte(s)) runs past the end of the message</source>
            <translation>
                <numerusform>the option value (%n byte) runs past the end of the message</numerusform>
                <numerusform>the option value (%n bytes) runs past the end of the message</numerusform>
            </translation>
        </message>
        <message>
            <source>option number %1 is beyond the largest, 65535</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a payload marker must be followed by a payload</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>an Empty message (0.00) must end after the message ID, but %n byte(s) follow</source>
            <translation>
                <numerusform>an Empty message (0.00) must end after the message ID, but %n byte follow</numerusform>
                <numerusform>an Empty message (0.00) must end after the message ID, but %n bytes follow</numerusform>
            </translation>
        </message>
        <message>
            <source>code %1.%2 uses a reserved class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the frame is %1 bytes, more than the Max-Message-Size of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the frame needs %1 bytes but only %2 are present</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n byte(s) follow the end of the frame</source>
            <translation>
                <numerusform>%n byte follow the end of the frame</numerusform>
                <numerusform>%n bytes follow the end of the frame</numerusform>
            </translation>
        </message>
        <message>
            <source>malformed message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>byte %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiscoverCommand</name>
        <message>
            <source>List a server's resources from /.well-known/core (RFC 6690).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server; a path other than / names another discovery resource.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only links matching QUERY, e.g. rt=temperature or href=/sensors*.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--filter takes NAME=VALUE, e.g. rt=temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the answer is not link format (character %1)
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HexInput</name>
        <message>
            <source>no hexadecimal bytes given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>character %1 is not a hexadecimal digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the digit at character %1 has no partner: each byte takes two digits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageText</name>
        <message>
            <source>NUM %1, M %2, size %3%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (BERT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Option %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0x%1 (not UTF-8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> [length %1 outside %2-%3]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2  message ID %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  no token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  token 0x%1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Payload, %n byte(s):</source>
            <translation>
                <numerusform>Payload, %n byte:</numerusform>
                <numerusform>Payload, %n bytes:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n byte(s)</source>
            <translation>
                <numerusform>, %n byte</numerusform>
                <numerusform>, %n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkErrorText</name>
        <message>
            <source>the address is already in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the address does not belong to this machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>permission denied (ports below 1024 need privileges)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the network is unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the datagram is too large for the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the socket is not open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>socket error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no usable address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot open the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no acknowledgement from the server after all retransmissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no response from the server in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server rejected the request with a Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the session was released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the block-wise transfer broke off: blocks were missing, out of order, or of a representation that changed meanwhile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>request failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing is listening on that port (connection refused or port unreachable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer closed the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the host cannot be reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection timed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the security settings cannot work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the request is %1 bytes, more than the session's limit of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection was released (7.04 Release)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer aborted the connection (7.05 Abort)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer aborted the connection (7.05 Abort): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the handshake failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer broke the CoAP-over-TCP protocol, so the connection was aborted: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestCommand</name>
        <message>
            <source>--option takes NUMBER=VALUE or NAME=VALUE, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown option "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>option %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>option %1 takes a number, not "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: unknown Content-Format "%2" (give a number or a media type such as application/json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The resource.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send TEXT as the payload.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the contents of FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content-Format of the payload, by number or media type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for this Content-Format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a Non-confirmable request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block size for block-wise transfers: 16, 32, ..., 1024 (default: the largest that fits the MTU).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an option, NUMBER=VALUE or NAME=VALUE (0x... for bytes); repeatable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give --payload or --payload-file, not both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--block-size takes 16, 32, 64, 128, 256, 512 or 1024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--timeout takes a positive number of seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a %1 request and print the response payload.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observe a resource (RFC 7641): print each notification's payload on a line of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop after N notifications (the first response counts).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop after SECONDS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--count and --duration take positive numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(a stale notification, %1, arrived out of order)
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the resource did not accept the observation
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The endpoint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 in %2 ms
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a CoAP ping: an Empty CON, which a live endpoint answers with RST; over TCP a 7.02 Ping, answered by a Pong.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecurityErrorText</name>
        <message>
            <source>the security settings cannot work: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrong pre-shared key: both ends know the identity, but their keys differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server knows no key for this PSK identity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer's certificate is not issued by a trusted authority (give its CA with --ca)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer's certificate has expired or is not yet valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer's certificate is self-signed, and self-signed certificates are not allowed (--allow-self-signed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer's certificate is for another name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer's certificate has been revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revocation could not be checked: no usable CRL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer's certificate was rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer sent no certificate, but one is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the two ends have no cipher suite in common</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer to the handshake from the peer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer ended the handshake with the alert %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the handshake failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no pre-shared key or certificate is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PSK identity is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PSK identity is longer than 255 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PSK identity contains a NUL byte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the pre-shared key is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the pre-shared key is longer than 512 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a certificate is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the private key is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>both a file and data are given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>verifying the peer needs a CA file or directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the chain verify depth is out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the handshake timeout is out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the link MTU is out of range</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecurityOptions</name>
        <message>
            <source>The pre-shared key identity to present (coaps, coaps+tcp).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pre-shared key for any identity, as text (with --psk-identity: for that identity only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pre-shared key, as text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pre-shared key, as hex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PSK identity hint to send to clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate (PEM or DER).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A client certificate (PEM or DER).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The private key of --cert (PEM or DER).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted CAs (a PEM file or a hashed directory); clients must then present a certificate they issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted CAs (a PEM file or a hashed directory).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept any peer certificate (shown, not checked).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept self-signed peer certificates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept expired or not yet valid peer certificates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server name to send (SNI) and check the certificate against; default: the URI's host.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Append the session keys to FILE in the NSS key log format, for Wireshark (DTLS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give --psk-key or --psk-key-hex, not both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--psk-key-hex: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--psk-hint needs --psk-key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checking the server's certificate needs --ca (or --no-verify)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>security options need a coaps:// or coaps+tcp:// URI, not %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServeCommand</name>
        <message>
            <source>Run the embedded demo server (the ETSI CoAP plugtest resources).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen on URI (repeatable; default coap://127.0.0.1:5683). The host must be an IP address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print one line per datagram on standard error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fault injection: lose this share (0 to 1) of the datagrams the server sends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fault injection: send this share (0 to 1) twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fault injection: hold every datagram MS milliseconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed for the fault injection (default 7252), so a run can be repeated exactly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serve: unexpected argument "%1"; use --listen URI
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serve: rates go from 0 to 1, the delay and seed are whole non-negative numbers
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serve: invalid URI %1: %2
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serve: listen on an IP address, not "%1"
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serve: cannot listen on %1: %2
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serve: %1
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serve: %1 needs --psk-key, or --cert and --key
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serving %1 (%2)
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UriErrorText</name>
        <message>
            <source>the URI is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a URI starts with coap://, coaps://, coap+tcp:// or coaps+tcp://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the scheme must be coap, coaps, coap+tcp or coaps+tcp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"//" and a host must follow the scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CoAP URIs carry no user name ("user@host")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the host is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the bracketed host is not a valid IPv6 address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the port must be a number from 0 to 65535</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CoAP URIs cannot have a fragment ("#...")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%" must be followed by two hexadecimal digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this character must be percent-encoded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uri-Path option %1 is "." or "..", which RFC 7252 forbids</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>character %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerboseTrace</name>
        <message>
            <source> [retransmission %1]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> [duplicate]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> [answer to a duplicate]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> [reset]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> [matches no exchange]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>malformed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VersionText</name>
        <message>
            <source>%1 %2
Qt %3 (built with %4)
%5
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>coapscope::DecoderPanel</name>
        <message>
            <source>Paste message bytes as hex, e.g. 40 01 04 d2 b4 74 65 6d 70</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message bytes in hexadecimal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datagram (UDP, DTLS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stream frames (TCP, TLS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Framing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decoded message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decoder status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bytes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Framing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to decode yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not hex: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Malformed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Decoded %n byte(s).</source>
            <translation>
                <numerusform>Decoded %n byte.</numerusform>
                <numerusform>Decoded %n bytes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Frame %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Byte %1: the last frame is incomplete (%n byte(s) present).</source>
            <translation>
                <numerusform>Byte %1: the last frame is incomplete (%n byte present).</numerusform>
                <numerusform>Byte %1: the last frame is incomplete (%n bytes present).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Decoded %n frame(s).</source>
            <translation>
                <numerusform>Decoded %n frame.</numerusform>
                <numerusform>Decoded %n frames.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Payload (%n byte(s))</source>
            <translation>
                <numerusform>Payload (%n byte)</numerusform>
                <numerusform>Payload (%n bytes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::MainWindow</name>
        <message>
            <source>CoapScope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About CoapScope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About CoapScope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;CoapScope %1&lt;/h3&gt;&lt;p&gt;Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Licensed under the BSD 2-Clause license.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Unknown command "%1".

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the versions of CoapScope, Qt and OpenSSL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with these message bytes (hex) in the decoder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: coapscope-cli COMMAND [OPTIONS]

Explore and debug CoAP sessions from the command line.

Commands:
  get|post|put|delete|fetch|patch|ipatch URI   Send a request, print the payload
  observe URI [--count N]       Print notifications as they arrive
  discover URI [--filter Q]     List the resources of /.well-known/core
  ping URI                      Check that an endpoint answers (Empty CON)
  serve [--listen URI]...       Run the embedded demo server
  bench URI [--requests N] [--concurrency C]   Load generator
  decode HEX [--tcp] [--json]   Decode a CoAP message given as hex bytes

Options:
  -h, --help       Show this help; COMMAND --help shows a command's options
  -v, --version    Show the versions of CoapScope, Qt and OpenSSL

Exit status: 0 success, 1 malformed input or an error response, 2 usage error,
3 network failure or timeout, 4 security failure.
</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
