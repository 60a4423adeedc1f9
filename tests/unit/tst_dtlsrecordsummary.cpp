// SPDX-License-Identifier: BSD-2-Clause
// DTLS record headers read from byte vectors (RFC 6347 §4.1), and the trace model's rows for
// handshake flights and alerts.

#include "models/tracemodel.h"
#include "trace/dtlsrecordsummary.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace coapscope;

namespace {

// A DTLS 1.2 record: content type, version fefd, epoch, 48-bit sequence, length, fragment.
QByteArray dtlsRecord(quint8 type, quint16 epoch, quint64 sequence, const QByteArray &fragment)
{
    QByteArray record;
    record.append(char(type)).append(char(0xfe)).append(char(0xfd));
    record.append(char(epoch >> 8)).append(char(epoch));
    for (int shift = 40; shift >= 0; shift -= 8)
        record.append(char(sequence >> shift));
    record.append(char(fragment.size() >> 8)).append(char(fragment.size()));
    return record + fragment;
}

const QByteArray clientHello = QByteArray::fromHex("010000200000000000000020") + QByteArray(32, 1);

} // namespace

class TestDtlsRecordSummary : public QObject
{
    Q_OBJECT

private slots:
    void readsAFlightOfSeveralRecords();
    void readsAnAlert();
    void stopsAtWhatIsNotARecord();
    void traceModelShowsFlightsAndAlertsOnly();
};

void TestDtlsRecordSummary::readsAFlightOfSeveralRecords()
{
    const QByteArray flight = dtlsRecord(22, 0, 1, clientHello) +
                              dtlsRecord(20, 0, 2, QByteArray(1, 1)) +
                              dtlsRecord(22, 1, 0, QByteArray(40, 7));
    const QList<DtlsRecordSummary> records = summarizeDtlsDatagram(flight);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).offset, 0);
    QCOMPARE(records.at(0).version, 0xfefd);
    QCOMPARE(records.at(0).sequence, 1u);
    QCOMPARE(records.at(0).length, clientHello.size());
    QCOMPARE(records.at(0).handshakeType, std::optional<quint8>(1));
    QCOMPARE(dtlsHandshakeTypeName(1), QLatin1StringView("ClientHello"));
    QCOMPARE(records.at(1).offset, 13 + clientHello.size());
    QCOMPARE(records.at(1).contentType, 20);
    // Epoch 1 is encrypted: no handshake type can be read.
    QVERIFY(records.at(2).isEncrypted());
    QVERIFY(!records.at(2).handshakeType);
    QVERIFY(!carriesOnlyApplicationData(records));
    QVERIFY(carriesOnlyApplicationData(summarizeDtlsDatagram(dtlsRecord(23, 1, 9, "x"))));
}

void TestDtlsRecordSummary::readsAnAlert()
{
    const auto records = summarizeDtlsDatagram(dtlsRecord(21, 0, 4, QByteArray::fromHex("0228")));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().alertLevel, std::optional<quint8>(2));
    QCOMPARE(records.first().alertDescription, std::optional<quint8>(40));
    QCOMPARE(dtlsAlertDescriptionName(40), QLatin1StringView("handshake_failure"));
    QVERIFY(dtlsAlertDescriptionName(255).isEmpty());
}

void TestDtlsRecordSummary::stopsAtWhatIsNotARecord()
{
    QVERIFY(summarizeDtlsDatagram(QByteArray::fromHex("40010001")).isEmpty()); // a CoAP ping
    QVERIFY(summarizeDtlsDatagram(QByteArray()).isEmpty());
    // A fragment longer than the datagram, and a version that is not DTLS's.
    QByteArray cut = dtlsRecord(22, 0, 0, clientHello);
    cut.chop(5);
    QVERIFY(summarizeDtlsDatagram(cut).isEmpty());
    QByteArray tls = dtlsRecord(22, 0, 0, clientHello);
    tls[1] = char(0x03);
    QVERIFY(summarizeDtlsDatagram(tls).isEmpty());
    // A whole record followed by a truncated one: the whole one is read.
    const auto records = summarizeDtlsDatagram(dtlsRecord(22, 0, 0, clientHello) + cut);
    QCOMPARE(records.size(), 1);
}

void TestDtlsRecordSummary::traceModelShowsFlightsAndAlertsOnly()
{
    TraceModel model;
    QAbstractItemModelTester tester(&model);
    DtlsDatagramRecord wire;
    wire.sessionId = 7;
    wire.direction = TraceDirection::Sent;
    wire.bytes = dtlsRecord(22, 0, 0, clientHello);
    model.recordDtlsDatagram(wire);
    wire.bytes = dtlsRecord(23, 1, 5, QByteArray(30, 3)); // CoAP inside: record() shows it
    model.recordDtlsDatagram(wire);
    wire.direction = TraceDirection::Received;
    wire.bytes = dtlsRecord(21, 0, 3, QByteArray::fromHex("0228"));
    model.recordDtlsDatagram(wire);
    wire.bytes = QByteArray::fromHex("deadbeef"); // not DTLS at all
    model.recordDtlsDatagram(wire);
    model.flush();

    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isDtlsRow(0));
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, TraceModel::ProtocolColumn), QStringLiteral("DTLS"));
    QCOMPARE(text(0, TraceModel::TypeColumn), QStringLiteral("DTLS"));
    QCOMPARE(text(0, TraceModel::OptionsColumn), QStringLiteral("ClientHello"));
    QCOMPARE(text(0, TraceModel::EventColumn), QStringLiteral("DTLS handshake"));
    QVERIFY(text(0, TraceModel::CodeColumn).isEmpty());
    QCOMPARE(text(1, TraceModel::OptionsColumn), QStringLiteral("Alert: fatal handshake_failure"));
    QCOMPARE(text(1, TraceModel::EventColumn), QStringLiteral("DTLS alert"));
    // No CoAP fields to filter on, and no CoAP event.
    const TraceRowFacts facts = model.factsAt(0);
    QVERIFY(facts.dtlsRecord);
    QVERIFY(!TraceFilter::parse(u"type:CON").matchesFacts(facts));
    QVERIFY(!TraceFilter::parse(u"event:transmission").matchesFacts(facts));
    QVERIFY(TraceFilter::parse(u"proto:dtls session:7").matchesFacts(facts));
}

QTEST_GUILESS_MAIN(TestDtlsRecordSummary)
#include "tst_dtlsrecordsummary.moc"
