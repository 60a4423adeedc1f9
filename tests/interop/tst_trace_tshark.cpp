// SPDX-License-Identifier: BSD-2-Clause
// Trace export checked by tshark, an independent dissector: real sessions on 127.0.0.1 (the
// engine against its demo server, and coapscope-cli against libcoap's coap-server-openssl) over
// UDP, TCP, DTLS and TLS are exported as pcapng, and what tshark reads back from each packet
// (comment, CoAP code, message ID, token, Uri-Path, payload) must match the engine's own records.
// DTLS in Records mode must come out decrypted from the embedded secrets alone, with no key log
// option. The servers listen on free ports, so tshark is told with -d that those ports carry
// CoAP (or CoAP in DTLS); on 5683 and 5684 it needs nothing, which a capture with its server
// port rewritten to 5684 shows.

#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "cliprocess.h"
#include "codec/optionnumber.h"
#include "codec/uri.h"
#include "loopbackports.h"
#include "server/demoserver.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "session/session.h"
#include "trace/captureimporter.h"
#include "trace/tracecapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace coapscope;

Q_DECLARE_METATYPE(coapscope::Protocol)
Q_DECLARE_METATYPE(coapscope::TraceCapture::DtlsExport)

namespace {

using DtlsExport = TraceCapture::DtlsExport;

// Keeps the engine's own records beside the capture, and can move the server's port, to show
// what tshark does with the standard one.
class RecordingCapture final : public Tracer
{
public:
    explicit RecordingCapture(DtlsExport mode)
        : capture(mode)
    {}

    void record(const TraceRecord &record) override
    {
        TraceRecord moved = record;
        moved.remote.port = mapped(record.remote.port);
        records.append(moved);
        capture.record(moved);
    }
    void recordDtlsDatagram(const DtlsDatagramRecord &record) override
    {
        DtlsDatagramRecord moved = record;
        moved.remote.port = mapped(record.remote.port);
        capture.recordDtlsDatagram(moved);
    }
    void recordKeyLogLine(quint64 sessionId, const SocketAddress &peer,
                          const QByteArray &line) override
    {
        capture.recordKeyLogLine(sessionId, peer, line);
    }

    quint16 mapped(quint16 port) const { return port == fromPort ? toPort : port; }

    TraceCapture capture;
    QList<TraceRecord> records;
    quint16 fromPort = 0; // the server's real port ...
    quint16 toPort = 0;   // ... as it appears in the capture
};

struct TsharkPacket
{
    QString comment;
    QString code;
    QString messageId;
    QString token;
    QString uriPath;
    QString payloadLength;
    QString text; // a one-line text/plain payload, as the media type dissector shows it
    QString data; // a payload without Content-Format, in hex
};

const QString pskIdentity = QStringLiteral("tracer");
const QByteArray pskKey = "trace secret";

// Records mode needs suites Wireshark can decrypt, as coapscope-cli asks for with
// --trace-dtls records.
SecuritySettings serverSecurity(DtlsExport mode)
{
    SecuritySettings settings;
    settings.preferCaptureDecryptableSuites = mode == DtlsExport::Records;
    PskServerSettings psk;
    psk.hint = "trace-hint";
    psk.keysByIdentity.insert(pskIdentity.toUtf8(), pskKey);
    settings.pskServer = psk;
    return settings;
}

SecuritySettings clientSecurity(DtlsExport mode)
{
    SecuritySettings settings;
    settings.preferCaptureDecryptableSuites = mode == DtlsExport::Records;
    settings.pskClient = PskClientSettings{pskIdentity.toUtf8(), pskKey};
    return settings;
}

CoapRequest request(MessageCode method, const QString &path, const QByteArray &payload = {})
{
    CoapRequest built(method, Uri::parse(QStringLiteral("coap://127.0.0.1") + path).value());
    if (!payload.isEmpty())
        built.setPayload(payload);
    return built;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

class TestTraceTshark : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void engineSessionsDissectAsTheEngineSawThem_data();
    void engineSessionsDissectAsTheEngineSawThem();
    void checksumsAreValid();
    void largeTcpFramesReassemble();
    void standardPortsNeedNoSettings_data();
    void standardPortsNeedNoSettings();
    void serverSideDtlsRecordsDecrypt();
    void cliTraceOfLibcoapDtlsDecrypts();
    void serveWritesItsTraceWhenStopped();
    void cliRejectsNonsense();
    void cliWritesJsonAndCsvTraces();
    void cliReadsCapturesBack();
    void libcoapTrafficImportsAsTsharkSeesIt();

private:
    // Runs three requests from a fresh client context to a demo server over protocol; the
    // client's capture and records end up in capture. False (with a warning) when any fails.
    bool runExchange(Protocol protocol, RecordingCapture &clientCapture,
                     RecordingCapture *serverCapture = nullptr, quint16 showServerPortAs = 0,
                     const QList<CoapRequest> &requests = standardRequests());
    static QList<CoapRequest> standardRequests();
    QString save(const TraceCapture &capture, const char *name);
    QList<TsharkPacket> tshark(const QString &file, const QStringList &options);
    void compareWithRecords(const QList<TsharkPacket> &packets, const QList<TraceRecord> &records,
                            Protocol protocol, DtlsExport mode);

    QTemporaryDir m_directory;
    quint16 m_lastServerPort = 0;
};

void TestTraceTshark::initTestCase()
{
    QVERIFY(m_directory.isValid());
}

QList<CoapRequest> TestTraceTshark::standardRequests()
{
    return {
        request(MessageCode::Get, QStringLiteral("/seg1/seg2/seg3")),
        request(MessageCode::Get, QStringLiteral("/missing")),
        request(MessageCode::Put, QStringLiteral("/test"), "traced payload"),
    };
}

bool TestTraceTshark::runExchange(Protocol protocol, RecordingCapture &clientCapture,
                                  RecordingCapture *serverCapture, quint16 showServerPortAs,
                                  const QList<CoapRequest> &requests)
{
    Context server;
    new DemoServer(&server);
    server.setSecurity(serverSecurity(serverCapture ? serverCapture->capture.dtlsExport()
                                                    : DtlsExport::Decrypted));
    if (serverCapture)
        server.addTracer(serverCapture);
    const auto endpoint =
        server.addEndpoint(protocol, SocketAddress{QHostAddress(QHostAddress::LocalHost), 0});
    if (!endpoint) {
        qWarning("cannot listen");
        return false;
    }
    const SocketAddress serverAddress = endpoint.value()->localAddress();
    m_lastServerPort = serverAddress.port;
    if (showServerPortAs != 0) {
        clientCapture.fromPort = serverAddress.port;
        clientCapture.toPort = showServerPortAs;
    }

    Context client;
    client.addTracer(&clientCapture);
    auto session = client.newClientSession(serverAddress, protocol, {},
                                           clientSecurity(clientCapture.capture.dtlsExport()));
    if (!session) {
        qWarning("cannot open a session");
        return false;
    }
    for (const CoapRequest &each : requests) {
        std::unique_ptr<CoapReply> reply(session.value()->send(each));
        QSignalSpy finished(reply.get(), &CoapReply::finished);
        if ((!reply->isFinished() && !finished.wait(10000)) || !reply->response()) {
            qWarning("no response to a request");
            return false;
        }
    }
    client.removeTracer(&clientCapture);
    if (serverCapture)
        server.removeTracer(serverCapture);
    return true;
}

QString TestTraceTshark::save(const TraceCapture &capture, const char *name)
{
    const QString path = m_directory.filePath(QLatin1StringView(name));
    const auto error = capture.writePcapng(path);
    if (error)
        qWarning("%s: %s", qPrintable(error->path), qPrintable(error->detail));
    return error ? QString() : path;
}

QList<TsharkPacket> TestTraceTshark::tshark(const QString &file, const QStringList &options)
{
    const QStringList fields{QStringLiteral("frame.comment"),
                             QStringLiteral("coap.code"),
                             QStringLiteral("coap.mid"),
                             QStringLiteral("coap.token"),
                             QStringLiteral("coap.opt.uri_path"),
                             QStringLiteral("coap.payload_length"),
                             QStringLiteral("text"),
                             QStringLiteral("data.data")};
    QStringList arguments{QStringLiteral("-n"), QStringLiteral("-r"), file};
    arguments += options;
    arguments += {QStringLiteral("-T"), QStringLiteral("fields")};
    for (const QString &field : fields)
        arguments += {QStringLiteral("-e"), field};
    const CliResult result = runCli(QStringLiteral(TSHARK_PATH), arguments, {}, 30000);
    if (result.exitCode != 0)
        qWarning("tshark: %s", result.err.constData());
    QList<TsharkPacket> packets;
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> values = line.split('\t');
        const auto value = [&values](int index) { return QString::fromUtf8(values.value(index)); };
        // "text" also names the frame's "Timestamps" line: the payload's line comes last.
        packets.append({value(0), value(1), value(2), value(3), value(4), value(5),
                        value(6).split(QLatin1Char(',')).last(), value(7)});
    }
    return packets;
}

// Each packet tshark dissected as CoAP lines up with the engine's record of that datagram.
void TestTraceTshark::compareWithRecords(const QList<TsharkPacket> &packets,
                                         const QList<TraceRecord> &records, Protocol protocol,
                                         DtlsExport mode)
{
    QList<TsharkPacket> coap;
    for (const TsharkPacket &packet : packets) {
        if (!packet.code.isEmpty())
            coap.append(packet);
        else // the DTLS handshake, synthetic TCP handshakes
            QVERIFY2(!packet.comment.isEmpty(), "every packet carries a comment");
    }
    QCOMPARE(coap.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const TraceRecord &record = records.at(i);
        const TsharkPacket &packet = coap.at(i);
        QVERIFY(record.message);
        const Message &message = *record.message;
        if (protocol == Protocol::Dtls && mode == DtlsExport::Records) {
            // "session=N protocol=DTLS direction=sent records=ApplicationData event=transmission"
            QVERIFY2(packet.comment.startsWith(
                         QStringLiteral("session=%1 protocol=DTLS direction=%2 records=")
                             .arg(record.sessionId)
                             .arg(record.direction == TraceDirection::Sent
                                      ? QStringLiteral("sent")
                                      : QStringLiteral("received"))),
                     qPrintable(packet.comment));
            QVERIFY2(packet.comment.endsWith(QStringLiteral("ApplicationData event=") +
                                             traceCauseId(record.cause)),
                     qPrintable(packet.comment));
        } else {
            QCOMPARE(packet.comment, TraceCapture::describe(record));
        }
        QCOMPARE(packet.code, QString::number(message.code().raw()));
        if (isReliable(protocol))
            QVERIFY(packet.messageId.isEmpty()); // RFC 8323 frames have none
        else
            QCOMPARE(packet.messageId, QString::number(message.messageId()));
        QCOMPARE(packet.token, hex(message.token()));
        QStringList path;
        for (const Option &option : message.options()) {
            if (option.number == OptionNumber::UriPath)
                path.append(QString::fromUtf8(option.value));
        }
        QCOMPARE(packet.uriPath, path.join(QLatin1Char(',')));
        if (!message.payloadView().isEmpty())
            QCOMPARE(packet.payloadLength, QString::number(message.payloadView().size()));
        const auto format = message.uintOption(OptionNumber::ContentFormat);
        if (format == 0u)
            QCOMPARE(packet.text, QString::fromUtf8(message.payload()));
        else if (!format && !message.payloadView().isEmpty())
            QCOMPARE(packet.data, hex(message.payload()));
    }
}

void TestTraceTshark::engineSessionsDissectAsTheEngineSawThem_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<DtlsExport>("mode");
    QTest::newRow("UDP") << Protocol::Udp << DtlsExport::Decrypted;
    QTest::newRow("TCP") << Protocol::Tcp << DtlsExport::Decrypted;
    QTest::newRow("DTLS, decrypted") << Protocol::Dtls << DtlsExport::Decrypted;
    QTest::newRow("DTLS, records") << Protocol::Dtls << DtlsExport::Records;
    QTest::newRow("TLS, decrypted") << Protocol::Tls << DtlsExport::Decrypted;
}

void TestTraceTshark::engineSessionsDissectAsTheEngineSawThem()
{
    QFETCH(Protocol, protocol);
    QFETCH(DtlsExport, mode);
    RecordingCapture capture(mode);
    QVERIFY(runExchange(protocol, capture));
    const QString file = save(capture.capture, "engine.pcapng");
    QVERIFY(!file.isEmpty());

    // What tshark needs for a server on a port other than 5683 and 5684. Decrypted DTLS needs
    // nothing at all: it is exported as an upper PDU that names the CoAP dissector.
    const QString port = QString::number(m_lastServerPort);
    QStringList decodeAs;
    switch (protocol) {
    case Protocol::Udp:
        decodeAs = {QStringLiteral("-d"), QStringLiteral("udp.port==%1,coap").arg(port)};
        break;
    case Protocol::Tcp:
    case Protocol::Tls:
        decodeAs = {QStringLiteral("-d"), QStringLiteral("tcp.port==%1,coap").arg(port)};
        break;
    case Protocol::Dtls:
        if (mode == DtlsExport::Records)
            decodeAs = {QStringLiteral("-d"), QStringLiteral("dtls.port==%1,coap").arg(port)};
        break;
    }
    const QList<TsharkPacket> packets = tshark(file, decodeAs);
    QVERIFY(!packets.isEmpty());
    compareWithRecords(packets, capture.records, protocol, mode);
    if (mode == DtlsExport::Records) {
        QVERIFY(!capture.capture.keyLogLines().isEmpty());
        QVERIFY(packets.first().comment.contains(QLatin1StringView("records=ClientHello")));
    }
}

// IPv4 header, UDP and TCP checksums as tshark computes them (1 is "good").
void TestTraceTshark::checksumsAreValid()
{
    for (const Protocol protocol : {Protocol::Udp, Protocol::Tcp}) {
        RecordingCapture capture(DtlsExport::Decrypted);
        QVERIFY(runExchange(protocol, capture));
        const QString file = save(capture.capture, "checksums.pcapng");
        QVERIFY(!file.isEmpty());
        const bool udp = protocol == Protocol::Udp;
        const CliResult result = runCli(
            QStringLiteral(TSHARK_PATH),
            {QStringLiteral("-n"), QStringLiteral("-r"), file, QStringLiteral("-o"),
             QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-o"),
             udp ? QStringLiteral("udp.check_checksum:TRUE")
                 : QStringLiteral("tcp.check_checksum:TRUE"),
             QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
             QStringLiteral("ip.checksum.status"), QStringLiteral("-e"),
             udp ? QStringLiteral("udp.checksum.status") : QStringLiteral("tcp.checksum.status")},
            {}, 30000);
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QVERIFY(lines.size() >= capture.records.size());
        for (const QByteArray &line : lines)
            QCOMPARE(line, QByteArray("1\t1"));
    }
}

// A response of 100 kB goes in one RFC 8323 frame (our client allows 1 MiB), more than one IP
// packet holds: tshark must put the segments back together. (The request body goes up in
// Block1 blocks, as the client's PUT does.)
void TestTraceTshark::largeTcpFramesReassemble()
{
    const QByteArray body(100000, 'L');
    RecordingCapture capture(DtlsExport::Decrypted);
    QVERIFY(runExchange(Protocol::Tcp, capture, nullptr, 0,
                        {request(MessageCode::Put, QStringLiteral("/large-update"), body),
                         request(MessageCode::Get, QStringLiteral("/large-update"))}));
    const auto large =
        std::count_if(capture.records.cbegin(), capture.records.cend(),
                      [](const TraceRecord &record) { return record.bytes.size() > 100000; });
    QCOMPARE(large, 1);
    const QString file = save(capture.capture, "large.pcapng");
    QVERIFY(!file.isEmpty());
    const QList<TsharkPacket> packets = tshark(
        file, {QStringLiteral("-d"), QStringLiteral("tcp.port==%1,coap").arg(m_lastServerPort)});
    QStringList lengths;
    for (const TsharkPacket &packet : packets) {
        if (!packet.payloadLength.isEmpty())
            lengths.append(packet.payloadLength);
    }
    QVERIFY2(lengths.endsWith(QStringLiteral("100000")), qPrintable(lengths.join(u' ')));
}

void TestTraceTshark::standardPortsNeedNoSettings_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<DtlsExport>("mode");
    QTest::addColumn<int>("standardPort");
    QTest::newRow("UDP on 5683") << Protocol::Udp << DtlsExport::Decrypted << 5683;
    QTest::newRow("TCP on 5683") << Protocol::Tcp << DtlsExport::Decrypted << 5683;
    QTest::newRow("DTLS, decrypted, on 5684") << Protocol::Dtls << DtlsExport::Decrypted << 5684;
    QTest::newRow("DTLS, records, on 5684") << Protocol::Dtls << DtlsExport::Records << 5684;
}

// The same sessions with the server's port shown as the standard one (DTLS keys do not depend on
// ports): tshark gets no options at all.
void TestTraceTshark::standardPortsNeedNoSettings()
{
    QFETCH(Protocol, protocol);
    QFETCH(DtlsExport, mode);
    QFETCH(int, standardPort);
    RecordingCapture capture(mode);
    QVERIFY(runExchange(protocol, capture, nullptr, quint16(standardPort)));
    const QString file = save(capture.capture, "standard.pcapng");
    QVERIFY(!file.isEmpty());
    compareWithRecords(tshark(file, {}), capture.records, protocol, mode);
}

// The server's side of DTLS in Records mode: its handshake starts before it has a session.
void TestTraceTshark::serverSideDtlsRecordsDecrypt()
{
    RecordingCapture client(DtlsExport::Decrypted);
    RecordingCapture server(DtlsExport::Records);
    QVERIFY(runExchange(Protocol::Dtls, client, &server));
    const QString file = save(server.capture, "server.pcapng");
    QVERIFY(!file.isEmpty());
    const QList<TsharkPacket> packets = tshark(
        file, {QStringLiteral("-d"), QStringLiteral("dtls.port==%1,coap").arg(m_lastServerPort)});
    QVERIFY(!packets.isEmpty());
    // The ClientHello came before any session existed, and the cookie exchange with it.
    QCOMPARE(packets.first().comment,
             QStringLiteral("protocol=DTLS direction=received records=ClientHello"));
    compareWithRecords(packets, server.records, Protocol::Dtls, DtlsExport::Records);
}

// coapscope-cli against libcoap's server: the CLI's own trace, with its key log lines embedded,
// decrypts in tshark without a key log file.
void TestTraceTshark::cliTraceOfLibcoapDtlsDecrypts()
{
    quint16 base = 0;
    for (int attempt = 0; attempt < 50 && base == 0; ++attempt) {
        const quint16 port = freeLoopbackPort();
        QUdpSocket udp;
        QTcpServer tcp;
        if (port < 65535 && udp.bind(QHostAddress::LocalHost, port + 1) &&
            tcp.listen(QHostAddress::LocalHost, port + 1))
            base = port;
    }
    QVERIFY(base != 0);
    QProcess libcoap;
    libcoap.start(QStringLiteral(COAP_SERVER_PATH),
                  {QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(base), QStringLiteral("-k"), QString::fromUtf8(pskKey),
                   QStringLiteral("-h"), QStringLiteral("trace-hint")});
    QVERIFY(libcoap.waitForStarted());
    const auto stop = qScopeGuard([&libcoap] { stopServer(libcoap); });
    QVERIFY(QTest::qWaitFor([base] {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, base);
        return probe.waitForConnected(100);
    }));

    const quint16 securePort = base + 1;
    const QString file = m_directory.filePath(QStringLiteral("cli.pcapng"));
    const QString keyLog = m_directory.filePath(QStringLiteral("cli.keylog"));
    const CliResult result =
        runCli(QStringLiteral(COAPSCOPE_CLI_PATH),
               {QStringLiteral("get"), QStringLiteral("coaps://127.0.0.1:%1/time").arg(securePort),
                QStringLiteral("--psk-identity"), pskIdentity, QStringLiteral("--psk-key"),
                QString::fromUtf8(pskKey), QStringLiteral("--trace-out"), file,
                QStringLiteral("--trace-dtls"), QStringLiteral("records"),
                QStringLiteral("--keylog"), keyLog});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // The --keylog file alone decrypts too: without the embedded secrets tshark sees only
    // ciphertext, and given the key log it sees the same CoAP.
    const QString bare = m_directory.filePath(QStringLiteral("cli-bare.pcapng"));
    QCOMPARE(QProcess::execute(QStringLiteral(EDITCAP_PATH),
                               {QStringLiteral("--discard-all-secrets"), file, bare}),
             0);
    const QStringList decodeAs{QStringLiteral("-d"),
                               QStringLiteral("dtls.port==%1,coap").arg(securePort)};
    const auto withCode = [](const QList<TsharkPacket> &packets) {
        return std::count_if(packets.begin(), packets.end(),
                             [](const TsharkPacket &packet) { return !packet.code.isEmpty(); });
    };
    QCOMPARE(withCode(tshark(bare, decodeAs)), 0);
    QCOMPARE(
        withCode(tshark(bare, decodeAs + QStringList{QStringLiteral("-o"),
                                                     QStringLiteral("tls.keylog_file:") + keyLog})),
        2);

    const QList<TsharkPacket> packets =
        tshark(file, {QStringLiteral("-d"), QStringLiteral("dtls.port==%1,coap").arg(securePort)});
    QList<TsharkPacket> coap;
    for (const TsharkPacket &packet : packets) {
        if (!packet.code.isEmpty())
            coap.append(packet);
    }
    QCOMPARE(coap.size(), 2);
    QCOMPARE(coap.at(0).code, QStringLiteral("1")); // GET
    QCOMPARE(coap.at(0).uriPath, QStringLiteral("time"));
    QVERIFY(coap.at(0).comment.endsWith(QLatin1StringView("event=transmission")));
    QCOMPARE(coap.at(1).code, QStringLiteral("69")); // 2.05
    QCOMPARE(coap.at(1).token, coap.at(0).token);
    QCOMPARE(coap.at(1).messageId, coap.at(0).messageId);
    QCOMPARE(coap.at(1).data.toLatin1(), result.out.trimmed().toHex()); // no Content-Format
}

// coapscope-cli serve keeps its trace until it is stopped (SIGTERM), then writes it; here
// libcoap's client talks to it over DTLS.
void TestTraceTshark::serveWritesItsTraceWhenStopped()
{
    const quint16 port = freeLoopbackPort();
    const QString file = m_directory.filePath(QStringLiteral("serve.pcapng"));
    QProcess serve;
    QVERIFY(
        startServer(serve, QStringLiteral(COAPSCOPE_CLI_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("coaps://127.0.0.1:%1").arg(port), QStringLiteral("--psk-key"),
                     QString::fromUtf8(pskKey), QStringLiteral("--trace-out"), file,
                     QStringLiteral("--trace-dtls"), QStringLiteral("records")},
                    "(DTLS)"));
    const auto stop = qScopeGuard([&serve] { stopServer(serve); });
    const CliResult result =
        runCli(QStringLiteral(COAP_CLIENT_PATH),
               {QStringLiteral("-u"), pskIdentity, QStringLiteral("-k"), QString::fromUtf8(pskKey),
                QStringLiteral("coaps://127.0.0.1:%1/seg1/seg2/seg3").arg(port)});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(!QFile::exists(file)); // nothing yet: written once, at the end
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitCode(), 0);

    const QList<TsharkPacket> packets =
        tshark(file, {QStringLiteral("-d"), QStringLiteral("dtls.port==%1,coap").arg(port)});
    QList<TsharkPacket> coap;
    for (const TsharkPacket &packet : packets) {
        if (!packet.code.isEmpty())
            coap.append(packet);
    }
    QCOMPARE(coap.size(), 2);
    QCOMPARE(coap.at(0).code, QStringLiteral("1"));
    QCOMPARE(coap.at(0).uriPath, QStringLiteral("seg1,seg2,seg3"));
    QVERIFY2(coap.at(0).comment.endsWith(QLatin1StringView("event=received")),
             qPrintable(coap.at(0).comment));
    QCOMPARE(coap.at(1).code, QStringLiteral("69"));
    QCOMPARE(coap.at(1).text, QStringLiteral("seg1/seg2/seg3"));
}

void TestTraceTshark::cliRejectsNonsense()
{
    const auto cli = [](const QStringList &arguments) {
        return runCli(QStringLiteral(COAPSCOPE_CLI_PATH), arguments);
    };
    const QString file = m_directory.filePath(QStringLiteral("never.pcapng"));
    CliResult result = cli({QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:9/x"),
                            QStringLiteral("--trace-out"), file, QStringLiteral("--trace-dtls"),
                            QStringLiteral("records")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("coaps://"), result.err.constData());
    result = cli({QStringLiteral("get"), QStringLiteral("coaps://127.0.0.1:9/x"),
                  QStringLiteral("--psk-identity"), pskIdentity, QStringLiteral("--psk-key"),
                  QStringLiteral("k"), QStringLiteral("--trace-out"), file,
                  QStringLiteral("--trace-dtls"), QStringLiteral("ciphertext")});
    QCOMPARE(result.exitCode, 2);
    result = cli({QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:9/x"),
                  QStringLiteral("--trace-out"),
                  m_directory.filePath(QStringLiteral("no/such/directory/x.pcapng"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("no/such/directory"), result.err.constData());
    QVERIFY(!QFile::exists(file));
    // Records are ciphertext, which only pcapng carries.
    result = cli({QStringLiteral("get"), QStringLiteral("coaps://127.0.0.1:9/x"),
                  QStringLiteral("--psk-identity"), pskIdentity, QStringLiteral("--psk-key"),
                  QStringLiteral("k"), QStringLiteral("--trace-out"),
                  m_directory.filePath(QStringLiteral("never.json")),
                  QStringLiteral("--trace-dtls"), QStringLiteral("records")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("pcapng"), result.err.constData());
}

// A request nobody answers still leaves its trace, here as JSON: what went out, and when.
void TestTraceTshark::cliWritesJsonAndCsvTraces()
{
    for (const QString &name : {QStringLiteral("lost.json"), QStringLiteral("lost.csv")}) {
        const QString file = m_directory.filePath(name);
        const CliResult result =
            runCli(QStringLiteral(COAPSCOPE_CLI_PATH),
                   {QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:9/x"),
                    QStringLiteral("--trace-out"), file});
        QVERIFY(result.exitCode != 0);
        QFile trace(file);
        QVERIFY2(trace.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray content = trace.readAll();
        if (name.endsWith(QLatin1StringView(".json"))) {
            const QJsonArray datagrams = QJsonDocument::fromJson(content).array();
            QVERIFY(!datagrams.isEmpty());
            const QJsonObject first = datagrams.at(0).toObject();
            QCOMPARE(first.value(QStringLiteral("direction")).toString(), QStringLiteral("sent"));
            QCOMPARE(first.value(QStringLiteral("remote")).toString(),
                     QStringLiteral("127.0.0.1:9"));
            QCOMPARE(first.value(QStringLiteral("message"))
                         .toObject()
                         .value(QStringLiteral("codeName"))
                         .toString(),
                     QStringLiteral("GET"));
        } else {
            const QList<QByteArray> lines = content.split('\n');
            QVERIFY(lines.at(0).startsWith("time,session,direction,protocol,type,code,mid"));
            QVERIFY2(lines.at(1).contains(",sent,UDP,CON,0.01,"), lines.at(1).constData());
        }
    }
}

// What --trace-out wrote, `trace` reads back; a damaged file gives what came before.
void TestTraceTshark::cliReadsCapturesBack()
{
    const QString file = m_directory.filePath(QStringLiteral("back.pcapng"));
    runCli(QStringLiteral(COAPSCOPE_CLI_PATH),
           {QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:9/back"),
            QStringLiteral("--trace-out"), file});
    CliResult result = runCli(QStringLiteral(COAPSCOPE_CLI_PATH), {QStringLiteral("trace"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("-> 127.0.0.1:9  UDP  CON GET (0.01)"), result.out.constData());
    QVERIFY(result.out.contains("/back"));

    QFile whole(file);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString cut = m_directory.filePath(QStringLiteral("cut.pcapng"));
    QFile damaged(cut);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(whole.readAll().chopped(7));
    damaged.close();
    result = runCli(QStringLiteral(COAPSCOPE_CLI_PATH),
                    {QStringLiteral("trace"), cut, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("cut short"), result.err.constData());
    QVERIFY(QJsonDocument::fromJson(result.out).isArray()); // still a whole JSON document

    result = runCli(QStringLiteral(COAPSCOPE_CLI_PATH),
                    {QStringLiteral("trace"), file, QStringLiteral("--port"), QStringLiteral("x")});
    QCOMPARE(result.exitCode, 2);
}

// libcoap's client and server talk over loopback while dumpcap captures them; our import of
// that capture decodes every CoAP packet as tshark does.
void TestTraceTshark::libcoapTrafficImportsAsTsharkSeesIt()
{
    const quint16 port = freeLoopbackPort();
    const QString file = m_directory.filePath(QStringLiteral("libcoap.pcapng"));
    // Capturing needs privileges: root, or dumpcap through sudo as scripts/setup.sh installs.
    QProcess capture;
    QStringList captureArguments{QStringLiteral("-i"), QStringLiteral("lo"),
                                 QStringLiteral("-f"), QStringLiteral("port %1").arg(port),
                                 QStringLiteral("-w"), file};
    if (geteuid() == 0) {
        capture.start(QStringLiteral(DUMPCAP_PATH), captureArguments);
    } else {
        capture.start(QStringLiteral("sudo"),
                      QStringList{QStringLiteral("-n"), QStringLiteral(DUMPCAP_PATH)} +
                          captureArguments);
    }
    QVERIFY(capture.waitForStarted());
    QByteArray captureLog;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     captureLog += capture.readAllStandardError();
                     return captureLog.contains("Capturing on") ||
                            capture.state() == QProcess::NotRunning;
                 },
                 10000),
             "dumpcap did not start capturing");
    QVERIFY2(capture.state() == QProcess::Running, captureLog.constData());

    QProcess server;
    server.start(QStringLiteral(COAP_SERVER_PATH),
                 {QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                  QString::number(port)});
    QVERIFY(server.waitForStarted());
    const auto stop = qScopeGuard([&server] { stopServer(server); });
    QVERIFY(QTest::qWaitFor([port] {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        return probe.waitForConnected(100);
    }));
    const QString udp = QStringLiteral("coap://127.0.0.1:%1/").arg(port);
    const QString tcp = QStringLiteral("coap+tcp://127.0.0.1:%1/").arg(port);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("-m"), QStringLiteral("get"), udp},
          QStringList{QStringLiteral("-m"), QStringLiteral("get"), QStringLiteral("-b"),
                      QStringLiteral("16"), udp}, // block-wise
          QStringList{QStringLiteral("-m"), QStringLiteral("get"), tcp}}) {
        QCOMPARE(runCli(QStringLiteral(COAP_CLIENT_PATH), arguments).exitCode, 0);
    }
    QTest::qWait(300); // the last packets reach the capture
    capture.terminate();
    QVERIFY(capture.waitForFinished(10000));

    QFile captured(file);
    QVERIFY(captured.open(QIODevice::ReadOnly));
    CaptureImporter::Ports ports;
    ports.udp.insert(port);
    ports.tcp.insert(port);
    CaptureImporter importer(captured, ports);
    QList<TraceRecord> records;
    while (!importer.atEnd())
        records += importer.readSome(100);
    QVERIFY(!importer.error());

    const QList<TsharkPacket> dissected =
        tshark(file, {QStringLiteral("-d"), QStringLiteral("udp.port==%1,coap").arg(port),
                      QStringLiteral("-d"), QStringLiteral("tcp.port==%1,coap").arg(port)});
    QList<TsharkPacket> coap;
    for (const TsharkPacket &packet : dissected) {
        // A TCP segment with several frames lists them comma-separated; one each here.
        if (!packet.code.isEmpty())
            coap.append(packet);
    }
    QVERIFY(records.size() >= 8); // CSMs, two GETs and their blocks
    QCOMPARE(records.size(), coap.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QVERIFY(records.at(i).message);
        const Message &message = *records.at(i).message;
        QCOMPARE(coap.at(i).code, QString::number(message.code().raw()));
        if (records.at(i).protocol == Protocol::Udp)
            QCOMPARE(coap.at(i).messageId, QString::number(message.messageId()));
        QCOMPARE(coap.at(i).token, hex(message.token()));
    }
}

QTEST_GUILESS_MAIN(TestTraceTshark)
#include "tst_trace_tshark.moc"
