<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BenchCommand</name>
    <message>
        <source>Load a server with GET requests and report throughput and latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource to GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests in all (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sessions, each with one request in flight (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Non-confirmable requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--requests takes a positive number, --concurrency one from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests in %2 s with %3 sessions: %4 requests/s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency ms: p50 %1, p90 %2, p99 %3, max %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors %1, retransmissions %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyPollOption</name>
    <message>
        <source>While traffic comes less than MICROSECONDS apart, poll the sockets that long for more before sleeping (default %1; 0 never polls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--busy-poll takes microseconds from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureReadText</name>
    <message>
        <source>this is not a pcap or pcapng file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file uses a form CoapScope does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CborDiagnosticText</name>
    <message>
        <source>no CBOR diagnostic notation given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends in the middle of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CBOR item starts here (expected a number, &quot;text&quot;, h&apos;bytes&apos;, [array], {map}, true, false, null, undefined, simple(N) or a tag N(item))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is out of range (integers must fit 64 bits, signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape (use \&quot; \\ \/ \b \f \n \r \t \a \v \uXXXX or \UXXXXXXXX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid byte string: h&apos;...&apos; takes pairs of hexadecimal digits, b64&apos;...&apos; takes base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple(N) takes N from 0 to 23 or 32 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after the map key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this map key appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more text after a complete item (put several items in an [array])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateFileText</name>
    <message>
        <source>The data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM or DER form (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key in PEM or DER form, or the key is encrypted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate, key or CRL file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1: peers that check it will refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1: peers that check it will refuse it until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: peers accept it only if they trust it directly or allow self-signed certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRun</name>
    <message>
        <source>--ack-timeout takes a positive number of seconds and --max-retransmit a count from 0 to 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one URI, such as coap://127.0.0.1/test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a session to %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS (default: MAX_TRANSMIT_WAIT, 93 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line per datagram on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the outcome as JSON (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK_TIMEOUT in seconds (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_RETRANSMIT (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>malformed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a CoAP message given as hex bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read RFC 8323 stream frames (TCP, TLS) instead of a datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the form documented in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes in hex; spaces and colons are allowed. &quot;-&quot; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode: give the message bytes in hex, or &quot;-&quot; to read them from standard input
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode: cannot read standard input
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --tcp, refuse frames larger than a peer&apos;s Max-Message-Size of N bytes (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode: --max-message-size takes a positive number of bytes, with --tcp
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token length %1 is reserved (0 to 8 allowed)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option length nibble 15 is reserved</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payload marker must be followed by a payload</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame is %1 bytes, more than the Max-Message-Size of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame needs %1 bytes but only %2 are present</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoText</name>
    <message>
        <source>GET /.well-known/core over %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /.well-known/core over %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo session: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>List a server&apos;s resources from /.well-known/core (RFC 6690).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server; a path other than / names another discovery resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only links matching QUERY, e.g. rt=temperature or href=/sensors*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter takes NAME=VALUE, e.g. rt=temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not link format (character %1)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DtlsRecordText</name>
    <message>
        <source>Handshake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: fatal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexInput</name>
    <message>
        <source>no hexadecimal bytes given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is not a hexadecimal digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the digit at character %1 has no partner: each byte takes two digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderPainter</name>
    <message>
        <source>⋮ %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n block(s)</source>
        <translation>
            <numerusform>, %n block</numerusform>
            <numerusform>, %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>NUM %1, M %2, size %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (BERT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x%1 (not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [length %1 outside %2-%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2  message ID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  token 0x%1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address does not belong to this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied (ports below 1024 need privileges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the datagram is too large for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acknowledgement from the server after all retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response from the server in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server rejected the request with a Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session was released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block-wise transfer broke off: blocks were missing, out of order, or of a representation that changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is listening on that port (connection refused or port unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security settings cannot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is %1 bytes, more than the session&apos;s limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was released (7.04 Release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer aborted the connection (7.05 Abort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer aborted the connection (7.05 Abort): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer broke the CoAP-over-TCP protocol, so the connection was aborted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionInput</name>
    <message>
        <source>%1: not hex bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number, a media type or a short name such as json, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number from 0 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option needs a name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option numbers go from 1 to 65535, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no option is called &quot;%1&quot;; give its number to send an unregistered one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value; leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 bytes; this value has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, or 0x and hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, or 0x and hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterText</name>
    <message>
        <source>ACK_TIMEOUT must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK_RANDOM_FACTOR must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_RETRANSMIT must be between 0 and 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSTART must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT_LEISURE cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBING_RATE must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_LATENCY cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadText</name>
    <message>
        <source>a link must start with &quot;&lt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;&gt;&quot; closes the link target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value runs to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;;&quot; or &quot;,&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid link format: byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: near byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: the payload holds no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: more than one value (separate values belong in an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid CBOR: the item at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not valid CBOR: %n byte(s) after the item</source>
        <translation>
            <numerusform>Not valid CBOR: %n byte after the item</numerusform>
            <numerusform>Not valid CBOR: %n bytes after the item</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CBOR: the payload is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not well-formed XML: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Content-Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Format %1 (unregistered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortListInput</name>
    <message>
        <source>“%1” is not a port: ports are whole numbers from 1 to 65535, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileErrorText</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4 (byte %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CoapScope profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer CoapScope (format version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are not saved: %1 could not be loaded and is kept as it is. Fix it, or move it aside to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFileText</name>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text or {&quot;hex&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;file&quot;: &quot;...&quot;} or {&quot;base64&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a coap, coaps, coap+tcp or coaps+tcp URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;none&quot;, &quot;keychain&quot; or &quot;file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0 (automatic) or a power of two from 16 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSecretsText</name>
    <message>
        <source>pre-shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>--option takes NUMBER=VALUE or NAME=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 takes a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown Content-Format &quot;%2&quot; (give a number or a media type such as application/json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send TEXT as the payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the contents of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Format of the payload, by number or media type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for this Content-Format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Non-confirmable request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block size for block-wise transfers: 16, 32, ..., 1024 (default: the largest that fits the MTU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option, NUMBER=VALUE or NAME=VALUE (0x... for bytes); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --payload or --payload-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--block-size takes 16, 32, 64, 128, 256, 512 or 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a %1 request and print the response payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe a resource (RFC 7641): print each notification&apos;s payload on a line of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N notifications (the first response counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count and --duration take positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a stale notification, %1, arrived out of order)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the resource did not accept the observation
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a CoAP ping: an Empty CON, which a live endpoint answers with RST; over TCP a 7.02 Ping, answered by a Pong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStoreText</name>
    <message>
        <source>no keychain service is running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not supported on this system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no keychain support in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretText</name>
    <message>
        <source>Not hexadecimal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityErrorText</name>
    <message>
        <source>the security settings cannot work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong pre-shared key: both ends know the identity, but their keys differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server knows no key for this PSK identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer&apos;s certificate is not issued by a trusted authority (give its CA with --ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer&apos;s certificate has expired or is not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer&apos;s certificate is self-signed, and self-signed certificates are not allowed (--allow-self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer&apos;s certificate is for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer&apos;s certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation could not be checked: no usable CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer&apos;s certificate was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent no certificate, but one is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two ends have no cipher suite in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to the handshake from the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer ended the handshake with the alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pre-shared key or certificate is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PSK identity is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PSK identity is longer than 255 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PSK identity contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-shared key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-shared key is longer than 512 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both a file and data are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying the peer needs a CA file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain verify depth is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handshake timeout is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link MTU is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityOptions</name>
    <message>
        <source>The pre-shared key identity to present (coaps, coaps+tcp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-shared key for any identity, as text (with --psk-identity: for that identity only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-shared key, as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-shared key, as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PSK identity hint to send to clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of --cert (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CAs (a PEM file or a hashed directory); clients must then present a certificate they issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CAs (a PEM file or a hashed directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept any peer certificate (shown, not checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept self-signed peer certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept expired or not yet valid peer certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name to send (SNI) and check the certificate against; default: the URI&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the session keys to FILE in the NSS key log format, for Wireshark (DTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --psk-key or --psk-key-hex, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--psk-key-hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--psk-hint needs --psk-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the server&apos;s certificate needs --ca (or --no-verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security options need a coaps:// or coaps+tcp:// URI, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the embedded demo server (the ETSI CoAP plugtest resources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on URI (repeatable; default coap://127.0.0.1:5683). The host must be an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line per datagram on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection: lose this share (0 to 1) of the datagrams the server sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection: send this share (0 to 1) twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection: hold every datagram MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the fault injection (default 7252), so a run can be repeated exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: unexpected argument &quot;%1&quot;; use --listen URI
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: rates go from 0 to 1, the delay and seed are whole non-negative numbers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: invalid URI %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: listen on an IP address, not &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: cannot listen on %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: %1 needs --psk-key, or --cert and --key
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP connection is being opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTLS or TLS is negotiating security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is up; waiting for the peer&apos;s Capabilities and Settings Message (CSM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages can be exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A released server session in the free pool; it is revived if the peer returns and freed after the idle timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended; a client session reconnects on its next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has been freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceCommand</name>
    <message>
        <source>malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the CoAP datagrams of a pcap or pcapng capture, decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per datagram, as --trace-out FILE.json writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also take UDP and TCP port N for CoAP (5683 always is); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace takes one capture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a port number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceExportText</name>
    <message>
        <source>cannot create the trace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the trace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the trace in place as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceFilter</name>
    <message>
        <source>&quot;%1&quot; needs a value after the colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session: &quot;%1&quot; is not a session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir: use sent or received, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: use CON, NON, ACK or RST, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: &quot;%1&quot; is not a code (2.05, GET, 4.xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: &quot;%1&quot; is not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: &quot;%1&quot; has an odd number of hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: &quot;%1&quot; is longer than 8 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid: &quot;%1&quot; is not a message ID (0-65535 or 0x0-0xffff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event: &quot;%1&quot; is not an event (retransmission, duplicate, malformed, reset-sent, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto: use UDP, DTLS, TCP or TLS, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filter key &quot;%1&quot; (use session, dir, type, code, token, mid, path, event, proto)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceOutputText</name>
    <message>
        <source>How the trace shows DTLS (coaps://): &quot;decrypted&quot; (the default), the CoAP inside; or &quot;records&quot;, the encrypted records with the session keys embedded, which Wireshark decrypts (ChaCha20 suites are then offered last: Wireshark cannot decrypt them in DTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace-out takes a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace-dtls takes &quot;decrypted&quot; or &quot;records&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace-dtls goes with --trace-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace-dtls records is for coaps:// (DTLS); TLS traces are always decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every datagram sent and received to FILE: pcapng for Wireshark and tshark, or, when FILE ends in .json or .csv, JSON (one object per datagram) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace-dtls records needs a pcapng trace; JSON and CSV hold the CoAP messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>--lang takes a language code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoapScope has no translation for &quot;%1&quot;; --lang takes one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UriErrorText</name>
    <message>
        <source>the URI is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URI starts with coap://, coaps://, coap+tcp:// or coaps+tcp://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheme must be coap, coaps, coap+tcp or coaps+tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;//&quot; and a host must follow the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoAP URIs carry no user name (&quot;user@host&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bracketed host is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoAP URIs cannot have a fragment (&quot;#...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%&quot; must be followed by two hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this character must be percent-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uri-Path option %1 is &quot;.&quot; or &quot;..&quot;, which RFC 7252 forbids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerboseTrace</name>
    <message>
        <source> [retransmission %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [duplicate]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [answer to a duplicate]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [reset]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [matches no exchange]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionText</name>
    <message>
        <source>%1 %2
Qt %3 (built with %4)
%5
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::Appearance</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::CertificateSummary</name>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this certificate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more certificate(s) after this one</source>
        <translation>
            <numerusform>%n more certificate after this one</numerusform>
            <numerusform>%n more certificates after this one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coapscope::ContentFormatBox</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Content-Format: give a number from 0 to 65535, a media type or a short name such as json or cbor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::DecoderPanel</name>
    <message>
        <source>Paste message bytes as hex, e.g. 40 01 04 d2 b4 74 65 6d 70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message bytes in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagram (UDP, DTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream frames (TCP, TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoder status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to decode yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
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
    <name>coapscope::DelayQueueModel</name>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::FaultInjectionDialog</name>
    <message>
        <source>Fault Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing datagrams of %1 are lost, sent twice or held back, to watch retransmission and deduplication at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lay:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::FilePicker</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::ImportPortsDialog</name>
    <message>
        <source>Import Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoAP is decoded on UDP port 5683, TCP ports 5683 and 5684, and wherever CoapScope&apos;s own captures say it is. Name other ports if %1 uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 15683, 25683</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CoAP ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also decode UDP/TCP &amp;ports:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::KeyStorageEditor</name>
    <message>
        <source>Keep Keys in the Profile &amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for Keys When Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the profile file, in plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: asked for when connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where keys are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the pre-shared key and a private key held in memory are kept between runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep keys in the profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for keys when connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are kept in plain text in the profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are not kept: Connect asks for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in plain text in the profile file, readable by anyone who can read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: %1. Until there is one, the keys are asked for when connecting. Choose where this profile&apos;s keys go instead:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::LadderLayout</name>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MID 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obs register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obs deregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms after the first transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block-wise transfer #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::LadderPanel</name>
    <message>
        <source>Session shown in the ladder diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel about the mouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole session into the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 · %2 %3 ⇄ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK, ping, signaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST, malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission and its timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CON and its ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request and separate response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block-wise transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::LadderView</name>
    <message>
        <source>Ladder diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagrams of one session as arrows between this side and the peer, time flowing down. Up and Down select the previous or next datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to see its datagrams as a ladder diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datagrams in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::LinkFormatTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link target (URI reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size estimate in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::LocalServerPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the server&apos;s security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-shared keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-shared keys, hint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTLS and TLS: no security set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTLS and TLS use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; use one such as 127.0.0.1 or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one endpoint to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Securit&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::LogModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::LogPanel</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::MainWindow</name>
    <message>
        <source>CoapScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CoapScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CoapScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoapScope %1&lt;/h3&gt;&lt;p&gt;Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Licensed under the BSD 2-Clause license.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reso&amp;urces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a client session (coap_new_client_session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URI (coap://, coaps://, coap+tcp:// or coaps+tcp://):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a CoAP URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some saved settings were unusable; RFC 7252&apos;s defaults apply instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; they apply to sessions opened from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo server running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) · %1</source>
        <translation>
            <numerusform>%n session · %1</numerusform>
            <numerusform>%n sessions · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Observ&amp;ations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every datagram of every session, to export as a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing the traffic of every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Capture stopped: %n datagram(s) kept.</source>
        <translation>
            <numerusform>Capture stopped: %n datagram kept.</numerusform>
            <numerusform>Capture stopped: %n datagrams kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeli&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trac&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::MessageOptionsModel</name>
    <message>
        <source>No value bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::MessageSizeEditor</name>
    <message>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest datagram of the session in bytes (%1 to %2), IP and UDP headers excluded; empty for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block size the request composer starts with for block-wise transfers (RFC 7959)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTU must be a whole number from %1 to %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (File ▸ Settings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::NotificationModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: older than one already shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::ObservePanel</name>
    <message>
        <source>&amp;Stop Observing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a GET with Observe ticked to watch a resource here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop observing: deregister with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the observation at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the observation from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n notification(s), %2</source>
        <translation>
            <numerusform>%1
%n notification, %2</numerusform>
            <numerusform>%1
%n notifications, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coapscope::OptionsDelegate</name>
    <message>
        <source>name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::OptionsEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One option per row: a name or number, and its value. Values starting with 0x are raw bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add opt&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::OptionsTableModel</name>
    <message>
        <source>%1 is option %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::PayloadEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR diagnostic notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the payload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to send, as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;temperature&quot;: 21.5, &quot;unit&quot;: &quot;Cel&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in hex, e.g. 01 02 ff or 0x0102ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR in diagnostic notation, e.g. {1: &quot;text&quot;, 2: h&apos;01ff&apos;, 3: [1.5, true, null]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not CBOR diagnostic notation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::PayloadView</name>
    <message>
        <source>Payload summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payload (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload cannot be read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s)</source>
        <translation>
            <numerusform>%1, %n byte</numerusform>
            <numerusform>%1, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n more byte not shown</numerusform>
            <numerusform>… %n more bytes not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coapscope::PkiDialog</name>
    <message>
        <source>Certificates of the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server c&amp;ertificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clie&amp;nt certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::PkiOwnPage</name>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presents this certificate to every client. PEM or DER; a PEM file may hold the chain after the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a certificate to present when the server asks for one. PEM or DER; a PEM file may hold the chain after the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by the program, not as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server needs a certificate: choose its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate this private key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key that belongs to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::PkiTrustPage</name>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse peer certificates that a CRL lists as revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a missing &amp;CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a certificate whose CA has no CRL here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an e&amp;xpired CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a CRL past its next-update time instead of failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revocation lists (*.pem *.crl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s certificate must be issued by one of these. A PEM file may hold several; a directory is one made by openssl rehash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the peer needs a CA file or directory. Give one, turn verification off, or allow self-signed certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking revocation needs a CRL file (or a CA directory holding CRLs), or allowing a missing CRL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::PkiVerificationPage</name>
    <message>
        <source>Verify the &amp;peer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it leads to a trusted CA and is in date; off: accept any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quire a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse clients that present no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;self-signed certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a certificate that is its own issuer, without a CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;expired certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept certificates that have expired or are not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit the chain length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse chains with more intermediate CAs than allowed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate CAs allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many CAs may stand between the peer&apos;s certificate and the trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate &amp;CAs allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected name must be among the certificate&apos;s names (host name or IP address). SNI is sent in the handshake so the server can pick its certificate (host names only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;NI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNI carries host names only, not addresses like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::ProfileEditor</name>
    <message>
        <source>&amp;Pre-shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit certi&amp;ficates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present a pre-shared key to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use certificates for the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;RI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (coaps:// and coaps+tcp://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a pre-shared key or certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-shared key has no identity yet: use Edit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &quot;%1&quot;; the key is asked for when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Identity &quot;%1&quot; with a key of %n byte(s).</source>
        <translation>
            <numerusform>Identity &quot;%1&quot; with a key of %n byte.</numerusform>
            <numerusform>Identity &quot;%1&quot; with a key of %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>no client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &quot;%1&quot;; the key is read from the system keychain when connecting, or asked for if it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sizes and transmission parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::ProfileLauncher</name>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved URIs with their security and transmission parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-Shared Key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MTU must be from %1 to %2 bytes, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block size must be automatic or a power of two from 16 to 1024 bytes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: session %2 opened, MTU %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::ProfileSecrets</name>
    <message>
        <source>Cannot keep the %1 of &quot;%2&quot; in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the %1 of &quot;%2&quot; from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the %1 of &quot;%2&quot; to &quot;%3&quot; in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the %1 of &quot;%2&quot; from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::ProfilesDialog</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the file aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the file that could not be loaded to .broken and start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoapScope profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that could not be loaded is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Selected Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profi&amp;les:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The file is kept as it is, and changes are not saved until it is fixed or moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>Imported %n profile from %1.</numerusform>
            <numerusform>Imported %n profiles from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now &quot;%2&quot;: that name was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include Keys (in Plain Text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported files carry the pre-shared keys and private keys, readable by anyone who can read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys will be written to %1 in plain text: anyone who can read the file can use them. Export with the keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keys from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 with the keys in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 without keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the profiles in %1 carry keys. Where should they go?</source>
        <translation>
            <numerusform>%n of the profiles in %1 carry keys. Where should they go?</numerusform>
            <numerusform>%n of the profiles in %1 carry keys. Where should they go?</numerusform>
        </translation>
    </message>
    <message>
        <source>Into the &amp;Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the &amp;Profile File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Them Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the profile file they are kept in plain text. Left out, they are asked for when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::PskDialog</name>
    <message>
        <source>Pre-Shared Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint the server sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity and key the server knows this client by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s &amp;hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PSK identity hint the server sent in its last handshake, if any: it may say which identity to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-Shared Keys of the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to clients during the handshake, to help them pick an identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted from any identity not listed below. Leave it empty to refuse identities that are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys by identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hexadecimal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the identity the server knows this client by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is %1 bytes long; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is %1 bytes long; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a default key, a key for an identity, or both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::PskKeyTable</name>
    <message>
        <source>&amp;Add identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys by identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; is longer than 255 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is longer than 512 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::RequestComposer</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CON (confirmable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NON (non-confirmable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running request or observation (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block size for block-wise transfers (RFC 7959); automatic takes the largest that fits the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for notifications (RFC 7641)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acce&amp;pt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-For&amp;mat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::ResourceBrowser</name>
    <message>
        <source>D&amp;iscover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, e.g. coap://127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover the server&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type (rt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface (if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Format (ct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a resource to compose a request to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CoAP URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid link format (RFC 6690): byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) at %1</source>
        <translation>
            <numerusform>%n resource at %1</numerusform>
            <numerusform>%n resources at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coapscope::ResponseViewer</name>
    <message>
        <source>Response code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trip %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission(s)</source>
        <translation>
            <numerusform>%n retransmission</numerusform>
            <numerusform>%n retransmissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n notification</numerusform>
            <numerusform>%n notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n stale</source>
        <translation>
            <numerusform>, %n stale</numerusform>
            <numerusform>, %n stale</numerusform>
        </translation>
    </message>
    <message>
        <source>, observation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was abandoned before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::SecretEdit</name>
    <message>
        <source>He&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text as hexadecimal digits, two per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::SecurityMenu</name>
    <message>
        <source>Client &amp;Pre-Shared Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Client Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server Pre-Shared Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server C&amp;ertificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity and key new DTLS and TLS client sessions present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate, key and trust new DTLS and TLS client sessions use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client pre-shared key set for identity &quot;%1&quot;; new DTLS and TLS sessions use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates set; new DTLS and TLS sessions use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client security cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server pre-shared keys set; restart the demo server to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server pre-shared keys set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate set; restart the demo server to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::SendQueueModel</name>
    <message>
        <source>MID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retransmission in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::SessionActivityLog</name>
    <message>
        <source>Session %1 freed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session %2 opened: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: %2 established with %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: %2 handshake failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 released to 0; waiting in the free pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::SessionDetailsPanel</name>
    <message>
        <source>Select a session to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max PDU size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent / received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent / received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive queue (held back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max-Message-Size %1, block-wise %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (datagrams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop %1%, duplicate %2%, delay %3 ms; %4 dropped, %5 duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not negotiated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSK identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSK identity hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified: %1 (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label of a session property</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::SessionTableModel</name>
    <message>
        <source>The session&apos;s reference count: a client session is freed at 0, a server session goes to the free pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest datagram, excluding IP and UDP headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for token, options and payload in one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmable messages waiting for their acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests held back until NSTART allows them or the peer&apos;s capabilities arrive (libcoap&apos;s delay queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::SessionsPanel</name>
    <message>
        <source>Filter sessions (any column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increment the reference count (coap_session_reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrement the reference count (coap_session_release); a client session at 0 is freed, a server session goes to the free pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;MTU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Release signal and close the TCP or TLS connection (RFC 8323)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault &amp;Injection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lose, duplicate or delay this session&apos;s outgoing datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 referenced: count %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 released: count %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU of session %1 in bytes (%2 to %3), excluding IP and UDP headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: MTU set to %2, max PDU size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: connection released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: fault injection drop %2%, duplicate %3%, delay %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission parameters (RFC 7252 §4.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (libcoap&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sessions and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy polling limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll sockets up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While traffic comes closer together than this, sockets are polled instead of letting the application sleep: faster with servers on this host, at the cost of processor time. Applies to sessions and servers started from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::TraceDecodeTree</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>session %1, %n byte(s)</source>
        <translation>
            <numerusform>session %1, %n byte</numerusform>
            <numerusform>session %1, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended length follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>options and payload: %n byte(s)</source>
        <translation>
            <numerusform>options and payload: %n byte</numerusform>
            <numerusform>options and payload: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta, length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta %1, length %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), %1</source>
        <translation>
            <numerusform>%n byte, %1</numerusform>
            <numerusform>%n bytes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n more line</numerusform>
            <numerusform>… %n more lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes end inside a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version is not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token length over 8 (reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option delta or length 15 (reserved) without a payload marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload marker with no payload after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes beyond the frame&apos;s length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n byte(s) not decoded</source>
        <translation>
            <numerusform>; %n byte not decoded</numerusform>
            <numerusform>; %n bytes not decoded</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fatal (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a whole record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::TraceFileActions</name>
    <message numerus="yes">
        <source>%1 of %Ln datagram(s)</source>
        <translation>
            <numerusform>%1 of %Ln datagram</numerusform>
            <numerusform>%1 of %Ln datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 cancelled at byte %2 of %3; the %n datagram(s) read before are kept.</source>
        <translation>
            <numerusform>Import of %1 cancelled at byte %2 of %3; the %n datagram read before are kept.</numerusform>
            <numerusform>Import of %1 cancelled at byte %2 of %3; the %n datagrams read before are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n datagram(s) from %1</source>
        <translation>
            <numerusform>Imported %n datagram from %1</numerusform>
            <numerusform>Imported %n datagrams from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CoAP found in %1&apos;s %n frame(s). If it uses other ports, import it again and name them.</source>
        <translation>
            <numerusform>No CoAP found in %1&apos;s %n frame. If it uses other ports, import it again and name them.</numerusform>
            <numerusform>No CoAP found in %1&apos;s %n frames. If it uses other ports, import it again and name them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trace of %n datagram(s) written to %1</source>
        <translation>
            <numerusform>Trace of %n datagram written to %1</numerusform>
            <numerusform>Trace of %n datagrams written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a pcap or pcapng capture into the trace view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the captured traffic as pcapng, JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2. What came before was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been captured yet. Turn on File ▸ Capture Traffic, then talk to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng for Wireshark (*.pcapng);;JSON, one object per datagram (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::TraceModel</name>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTLS alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::TracePanel</name>
    <message>
        <source>&amp;Follow new traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected datagram, decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected datagram in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs event:retransmission, and any words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, 4.xx), token (hex prefix), mid (decimal or 0x hex), path (/a/b and below), event (retransmission, duplicate, malformed, reset-sent, ...), proto. Other words search the decoded text of the rows the keys let through. Esc stops a search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the search and show every datagram (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtering… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>filter stopped, all %n shown</source>
        <translation>
            <numerusform>filter stopped, all %n shown</numerusform>
            <numerusform>filter stopped, all %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagram</numerusform>
            <numerusform>%n datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest %n datagram(s) dropped</source>
        <translation>
            <numerusform>oldest %n datagram dropped</numerusform>
            <numerusform>oldest %n datagrams dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coapscope::TransmissionEditor</name>
    <message>
        <source>ACK_TIMEOUT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the first acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK_RANDOM_FACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first wait is stretched by a random factor up to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK_RANDOM_FACTOR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_RETRANSMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a confirmable message is sent again before giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_RETRANSMIT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many exchanges may be outstanding with one peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSTART:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT_LEISURE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a server may wait before answering a multicast request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBING_RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average data rate towards a peer that does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBING_RATE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_LATENCY:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest a datagram is expected to take to arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore RFC 7252 defaul&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confirmable request is given up after %1 s (MAX_TRANSMIT_WAIT); message IDs are remembered for %2 s (EXCHANGE_LIFETIME).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::UriComboBox</name>
    <message>
        <source>coap://host/path, e.g. coap://127.0.0.1/.well-known/core</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::ValuePlot</name>
    <message>
        <source>Plot of the notified values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numeric payloads of the notifications over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric notifications are plotted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coapscope::Workspace</name>
    <message>
        <source>Cannot listen for %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the versions of CoapScope, Qt and OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with these message bytes (hex) in the decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded demo server on UDP, DTLS, TCP and TLS and open client sessions to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coapscope-cli [--lang CODE] COMMAND [OPTIONS]

Explore and debug CoAP sessions from the command line.

Commands:
  get|post|put|delete|fetch|patch|ipatch URI   Send a request, print the payload
  observe URI [--count N]       Print notifications as they arrive
  discover URI [--filter Q]     List the resources of /.well-known/core
  ping URI                      Check that an endpoint answers (Empty CON)
  serve [--listen URI]...       Run the embedded demo server
  bench URI [--requests N] [--concurrency C]   Load generator
  decode HEX [--tcp] [--json]   Decode a CoAP message given as hex bytes
  trace FILE [--json]           Print a pcap or pcapng capture&apos;s CoAP, decoded

Options:
  -h, --help       Show this help; COMMAND --help shows a command&apos;s options
  -v, --version    Show the versions of CoapScope, Qt and OpenSSL
  --lang CODE      Show the text in this language (%1) instead of the system&apos;s

Exit status: 0 success, 1 malformed input or an error response, 2 usage error,
3 network failure or timeout, 4 security failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text in this language (%1) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
