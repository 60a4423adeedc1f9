<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
            <source>Usage: coapscope-cli COMMAND [OPTIONS]

Explore and debug CoAP sessions from the command line.

Commands:
  decode HEX [--tcp] [--json]   Decode a CoAP message given as hex bytes

Options:
  -h, --help       Show this help; COMMAND --help shows a command's options
  -v, --version    Show the versions of CoapScope, Qt and OpenSSL

Exit status: 0 success, 1 malformed input or an error response, 2 usage error,
3 network failure or timeout, 4 security failure.
</source>
            <translation type="unfinished" />
        </message>
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
    </context>
</TS>
