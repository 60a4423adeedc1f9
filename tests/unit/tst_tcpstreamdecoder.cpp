// SPDX-License-Identifier: BSD-2-Clause
#include "codec/optionnumber.h"
#include "codec/tcpframing.h"
#include "codec/tcpstreamdecoder.h"
#include "hexbytes.h"

#include <QTest>

using namespace coapscope;
using Kind = DecodeError::Kind;

class TestTcpStreamDecoder : public QObject
{
    Q_OBJECT

private slots:
    void byteByByte();
    void severalFramesInOneRead();
    void manyFramesInOddChunks();
    void refusesOversizedFrameFromHeaderAlone();
    void errorOffsetsCountFromStreamStart();
    void staysFailedAfterError();
    void resetStartsOver();

private:
    static QByteArray threeFrames();
    static QList<Message> drain(TcpStreamDecoder &decoder);
};

QByteArray TestTcpStreamDecoder::threeFrames()
{
    return hexBytes("40 e1 22 04 80 20")         // CSM
           + hexBytes("51 01 ab b4 74 65 6d 70") // GET /temp
           + hexBytes("32 45 01 02 ff 68 69");   // 2.05 "hi"
}

QList<Message> TestTcpStreamDecoder::drain(TcpStreamDecoder &decoder)
{
    QList<Message> messages;
    while (auto next = decoder.next()) {
        if (!next->hasValue())
            break;
        messages.append(next->value());
    }
    return messages;
}

void TestTcpStreamDecoder::byteByByte()
{
    TcpStreamDecoder decoder;
    const QByteArray stream = threeFrames();
    QList<Message> messages;
    QList<int> completedAt;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        decoder.append(stream.sliced(i, 1));
        const auto got = drain(decoder);
        for (const auto &message : got) {
            messages.append(message);
            completedAt.append(int(i));
        }
    }
    QCOMPARE(messages.size(), 3);
    QCOMPARE(completedAt, (QList<int>{5, 13, 20}));
    QCOMPARE(messages[0].code(), MessageCode::Csm);
    QCOMPARE(messages[1].option(OptionNumber::UriPath), QByteArray("temp"));
    QCOMPARE(messages[2].payload(), QByteArray("hi"));
    QCOMPARE(decoder.bufferedSize(), 0);
    QCOMPARE(decoder.streamPosition(), stream.size());
}

void TestTcpStreamDecoder::severalFramesInOneRead()
{
    TcpStreamDecoder decoder;
    decoder.append(threeFrames() + hexBytes("51 01")); // plus the start of a fourth
    QCOMPARE(drain(decoder).size(), 3);
    QCOMPARE(decoder.bufferedSize(), 2);
    decoder.append(hexBytes("cd b4 74 65 6d 70"));
    const auto rest = drain(decoder);
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest[0].token(), hexBytes("cd"));
}

void TestTcpStreamDecoder::manyFramesInOddChunks()
{
    // Enough traffic to make the decoder drop consumed bytes from its buffer many times.
    QByteArray stream;
    for (int i = 0; i < 5000; ++i) {
        Message message(MessageType::Confirmable, MessageCode::Content);
        message.setToken(QByteArray::number(i % 100));
        message.setPayload(QByteArray(i % 300, char('a' + i % 26)));
        stream += TcpFraming::encode(message);
    }
    TcpStreamDecoder decoder(1 << 20);
    int count = 0;
    for (qsizetype at = 0; at < stream.size(); at += 7) {
        decoder.append(stream.sliced(at, qMin<qsizetype>(7, stream.size() - at)));
        for (const auto &message : drain(decoder)) {
            QCOMPARE(message.payload().size(), count % 300);
            ++count;
        }
    }
    QVERIFY(!decoder.hasFailed());
    QCOMPARE(count, 5000);
}

void TestTcpStreamDecoder::refusesOversizedFrameFromHeaderAlone()
{
    TcpStreamDecoder decoder(100);
    decoder.append(hexBytes("00 e2")); // a Ping first, so the offset is not zero
    QCOMPARE(drain(decoder).size(), 1);
    decoder.append(hexBytes("e0 01 00 45")); // announces 525 bytes of body
    const auto next = decoder.next();
    QVERIFY(next.has_value());
    QVERIFY(!next->hasValue());
    QCOMPARE(next->error().kind, Kind::FrameTooLarge);
    QCOMPARE(next->error().offset, 2);
    QCOMPARE(next->error().value, 529u);
    QCOMPARE(next->error().limit, 100u);
}

void TestTcpStreamDecoder::errorOffsetsCountFromStreamStart()
{
    TcpStreamDecoder decoder;
    decoder.append(hexBytes("40 e1 22 04 80 20") + hexBytes("10 01 f0"));
    const auto first = decoder.next();
    QVERIFY(first && first->hasValue());
    const auto failure = decoder.next();
    QVERIFY(failure && !failure->hasValue());
    QCOMPARE(failure->error().kind, Kind::ReservedOptionDelta);
    QCOMPARE(failure->error().offset, 6 + 2); // the option byte of the second frame
}

void TestTcpStreamDecoder::staysFailedAfterError()
{
    TcpStreamDecoder decoder;
    decoder.append(hexBytes("09 01"));
    const auto failure = decoder.next();
    QVERIFY(failure && !failure->hasValue());
    QCOMPARE(failure->error().kind, Kind::InvalidTokenLength);
    QVERIFY(decoder.hasFailed());
    decoder.append(hexBytes("00 e2"));
    QVERIFY(!decoder.next().has_value());
}

void TestTcpStreamDecoder::resetStartsOver()
{
    TcpStreamDecoder decoder;
    decoder.append(hexBytes("09 01"));
    (void)decoder.next();
    decoder.reset();
    decoder.append(hexBytes("00 e2"));
    const auto next = decoder.next();
    QVERIFY(next && next->hasValue());
    QCOMPARE(next->value().code(), MessageCode::Ping);
}

QTEST_APPLESS_MAIN(TestTcpStreamDecoder)
#include "tst_tcpstreamdecoder.moc"
