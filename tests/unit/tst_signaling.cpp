// SPDX-License-Identifier: BSD-2-Clause
#include "codec/optionnumber.h"
#include "codec/signaling.h"
#include "codec/tcpframing.h"
#include "hexbytes.h"

#include <QTest>

using namespace coapscope;

class TestSignaling : public QObject
{
    Q_OBJECT

private slots:
    void csmEncodesAndReads();
    void csmIsADeltaOnCurrentSettings();
    void pingPong();
    void release();
    void abort();
    void readersRefuseOtherCodes();
};

void TestSignaling::csmEncodesAndReads()
{
    const Message csm = Signaling::csm(CsmSettings{1152, true});
    QCOMPARE(TcpFraming::encode(csm), hexBytes("40 e1 22 04 80 20"));
    const auto decoded = TcpFraming::decode(hexBytes("40 e1 22 04 80 20"));
    QVERIFY(decoded.hasValue());
    QCOMPARE(Signaling::readCsm(decoded.value()), (CsmSettings{1152, true}));
}

void TestSignaling::csmIsADeltaOnCurrentSettings()
{
    // A later CSM without Max-Message-Size keeps the value in force (RFC 8323 §5.3).
    const CsmSettings current{8192, true};
    const Message bare(MessageType::Confirmable, MessageCode::Csm);
    QCOMPARE(Signaling::readCsm(bare, current), current);
}

void TestSignaling::pingPong()
{
    QCOMPARE(TcpFraming::encode(Signaling::ping()), hexBytes("00 e2"));
    QCOMPARE(TcpFraming::encode(Signaling::pong(true)), hexBytes("10 e3 20"));
    QVERIFY(Signaling::hasCustody(Signaling::ping(true)));
    QVERIFY(!Signaling::hasCustody(Signaling::pong(false)));
}

void TestSignaling::release()
{
    ReleaseRequest request;
    request.alternativeAddresses = {"coap+tcp://[::1]:5700", "coap+tcp://10.0.0.1"};
    request.holdOffSeconds = 30;
    const Message message = Signaling::release(request);
    const auto decoded = TcpFraming::decode(TcpFraming::encode(message));
    QVERIFY(decoded.hasValue());
    const auto read = Signaling::readRelease(decoded.value());
    QVERIFY(read.has_value());
    QCOMPARE(read->alternativeAddresses, request.alternativeAddresses);
    QCOMPARE(read->holdOffSeconds, 30u);
}

void TestSignaling::abort()
{
    const Message message = Signaling::abort(quint16(2), "bad MMS");
    QCOMPARE(message.code(), MessageCode::Abort);
    QCOMPARE(message.uintOption(OptionNumber::BadCsmOption), 2u);
    QCOMPARE(message.payload(), QByteArray("bad MMS"));
}

void TestSignaling::readersRefuseOtherCodes()
{
    const Message get(MessageType::Confirmable, MessageCode::Get);
    QVERIFY(!Signaling::readCsm(get).has_value());
    QVERIFY(!Signaling::readRelease(get).has_value());
    QVERIFY(!Signaling::hasCustody(get));
}

QTEST_APPLESS_MAIN(TestSignaling)
#include "tst_signaling.moc"
