// SPDX-License-Identifier: BSD-2-Clause
#include "codec/optionnumber.h"
#include "codec/optionregistry.h"

#include <QTest>

using namespace coapscope;
namespace N = OptionNumber;

class TestOptionRegistry : public QObject
{
    Q_OBJECT

private slots:
    void propertiesFromNumber_data();
    void propertiesFromNumber();
    void registeredOptions_data();
    void registeredOptions();
    void signalingOptionsDependOnCode();
    void findByName();
    void tableIsSortedAndUnique();
};

void TestOptionRegistry::propertiesFromNumber_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("critical");
    QTest::addColumn<bool>("unsafe");
    QTest::addColumn<bool>("noCacheKey");
    // RFC 7252 §12.2 table columns C, U, N.
    QTest::newRow("If-Match") << 1 << true << false << false;
    QTest::newRow("Uri-Host") << 3 << true << true << false;
    QTest::newRow("ETag") << 4 << false << false << false;
    QTest::newRow("Observe") << 6 << false << true << false;
    QTest::newRow("Uri-Path") << 11 << true << true << false;
    QTest::newRow("Max-Age") << 14 << false << true << false;
    QTest::newRow("Size1") << 60 << false << false << true;
    QTest::newRow("Size2") << 28 << false << false << true;
    QTest::newRow("Proxy-Uri") << 35 << true << true << false;
    QTest::newRow("No-Response") << 258 << false << true << false;
    QTest::newRow("Request-Tag") << 292 << false << false << false;
}

void TestOptionRegistry::propertiesFromNumber()
{
    QFETCH(int, number);
    QFETCH(bool, critical);
    QFETCH(bool, unsafe);
    QFETCH(bool, noCacheKey);
    QCOMPARE(OptionRegistry::isCritical(quint16(number)), critical);
    QCOMPARE(OptionRegistry::isUnsafe(quint16(number)), unsafe);
    QCOMPARE(OptionRegistry::isNoCacheKey(quint16(number)), noCacheKey);
}

void TestOptionRegistry::registeredOptions_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("repeatable");
    const auto f = [](OptionFormat format) { return int(format); };
    QTest::newRow("If-Match") << 1 << "If-Match" << f(OptionFormat::Opaque) << 0 << 8 << true;
    QTest::newRow("Uri-Host") << 3 << "Uri-Host" << f(OptionFormat::String) << 1 << 255 << false;
    QTest::newRow("If-None-Match")
        << 5 << "If-None-Match" << f(OptionFormat::Empty) << 0 << 0 << false;
    QTest::newRow("Observe") << 6 << "Observe" << f(OptionFormat::Uint) << 0 << 3 << false;
    QTest::newRow("OSCORE") << 9 << "OSCORE" << f(OptionFormat::Opaque) << 0 << 255 << false;
    QTest::newRow("Block2") << 23 << "Block2" << f(OptionFormat::Uint) << 0 << 3 << false;
    QTest::newRow("Block1") << 27 << "Block1" << f(OptionFormat::Uint) << 0 << 3 << false;
    QTest::newRow("Proxy-Uri") << 35 << "Proxy-Uri" << f(OptionFormat::String) << 1 << 1034
                               << false;
    QTest::newRow("Proxy-Scheme") << 39 << "Proxy-Scheme" << f(OptionFormat::String) << 1 << 255
                                  << false;
    QTest::newRow("Echo") << 252 << "Echo" << f(OptionFormat::Opaque) << 1 << 40 << false;
    QTest::newRow("No-Response") << 258 << "No-Response" << f(OptionFormat::Uint) << 0 << 1
                                 << false;
    QTest::newRow("Request-Tag") << 292 << "Request-Tag" << f(OptionFormat::Opaque) << 0 << 8
                                 << true;
}

void TestOptionRegistry::registeredOptions()
{
    QFETCH(int, number);
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(int, minLength);
    QFETCH(int, maxLength);
    QFETCH(bool, repeatable);
    const OptionDescriptor *descriptor = OptionRegistry::find(quint16(number));
    QVERIFY(descriptor);
    QCOMPARE(QString(descriptor->name), name);
    QCOMPARE(int(descriptor->format), format);
    QCOMPARE(int(descriptor->minLength), minLength);
    QCOMPARE(int(descriptor->maxLength), maxLength);
    QCOMPARE(descriptor->repeatable, repeatable);
}

void TestOptionRegistry::signalingOptionsDependOnCode()
{
    QCOMPARE(QString(OptionRegistry::find(2, MessageCode::Csm)->name),
             QStringLiteral("Max-Message-Size"));
    QCOMPARE(QString(OptionRegistry::find(4, MessageCode::Csm)->name),
             QStringLiteral("Block-Wise-Transfer"));
    QCOMPARE(QString(OptionRegistry::find(2, MessageCode::Ping)->name), QStringLiteral("Custody"));
    QCOMPARE(QString(OptionRegistry::find(2, MessageCode::Release)->name),
             QStringLiteral("Alternative-Address"));
    QCOMPARE(QString(OptionRegistry::find(4, MessageCode::Release)->name),
             QStringLiteral("Hold-Off"));
    QCOMPARE(QString(OptionRegistry::find(2, MessageCode::Abort)->name),
             QStringLiteral("Bad-CSM-Option"));
    QVERIFY(!OptionRegistry::find(4, MessageCode::Abort));
    // Number 2 is unassigned for ordinary messages.
    QVERIFY(!OptionRegistry::find(2, MessageCode::Get));
    QVERIFY(!OptionRegistry::find(2049));
}

void TestOptionRegistry::findByName()
{
    QCOMPARE(OptionRegistry::findByName(u"uri-path")->number, N::UriPath);
    QCOMPARE(OptionRegistry::findByName(u"CONTENT-FORMAT")->number, N::ContentFormat);
    QCOMPARE(OptionRegistry::findByName(u"Hold-Off", MessageCode::Release)->number, N::HoldOff);
    QVERIFY(!OptionRegistry::findByName(u"Hold-Off"));
    QVERIFY(!OptionRegistry::findByName(u"Uri-Pathx"));
}

void TestOptionRegistry::tableIsSortedAndUnique()
{
    const auto table = OptionRegistry::messageOptions();
    for (size_t i = 1; i < table.size(); ++i)
        QVERIFY2(table[i - 1].number < table[i].number, table[i].name.data());
}

QTEST_APPLESS_MAIN(TestOptionRegistry)
#include "tst_optionregistry.moc"
