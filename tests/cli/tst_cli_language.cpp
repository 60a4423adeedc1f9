// SPDX-License-Identifier: BSD-2-Clause
// Runs coapscope-cli and coapscope in other languages: chosen with --lang, or taken from the
// system's locale, and refused with a usage error when we ship no catalogue for it.

#include <QProcess>
#include <QTest>

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void speaksTheChosenLanguage_data();
    void speaksTheChosenLanguage();
    void followsTheSystemLocale();
    void langOverridesTheSystemLocale();
    void refusesLanguagesWeDoNotShip_data();
    void refusesLanguagesWeDoNotShip();
    void translatesHelp();

private:
    struct Result
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const char *program, const QStringList &arguments,
                      const QString &systemLanguage = QStringLiteral("C.UTF-8"));
};

// Sets the locale explicitly, so the developer's own language cannot change the outcome.
TestCliLanguage::Result TestCliLanguage::run(const char *program, const QStringList &arguments,
                                             const QString &systemLanguage)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable :
         {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(variable));
    environment.insert(QStringLiteral("LANG"), systemLanguage);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QString::fromLatin1(program), arguments);
    if (!process.waitForFinished(30000))
        qFatal("%s did not finish", program);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliLanguage::speaksTheChosenLanguage_data()
{
    QTest::addColumn<QStringList>("language");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("de") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")}
                        << QByteArray("fehlerhaft: Byte 0: die Nachricht ist 1 Byte lang; ein "
                                      "CoAP-Header braucht 4\n");
    QTest::newRow("fr") << QStringList{QStringLiteral("--lang=fr")}
                        << QByteArray("mal formé : octet 0 : le message fait 1 octet ; un en-tête "
                                      "CoAP en demande 4\n");
    QTest::newRow("en") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                        << QByteArray("malformed: byte 0: the message is 1 byte long; a CoAP "
                                      "header needs 4\n");
}

void TestCliLanguage::speaksTheChosenLanguage()
{
    QFETCH(QStringList, language);
    QFETCH(QByteArray, expected);
    const Result result = run(
        COAPSCOPE_CLI_PATH, language + QStringList{QStringLiteral("decode"), QStringLiteral("40")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, expected);
    QVERIFY(result.out.isEmpty());
}

void TestCliLanguage::followsTheSystemLocale()
{
    const Result result = run(COAPSCOPE_CLI_PATH, {QStringLiteral("decode"), QStringLiteral("40")},
                              QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith("fehlerhaft: Byte 0: "), result.err.constData());
}

void TestCliLanguage::langOverridesTheSystemLocale()
{
    const Result result = run(COAPSCOPE_CLI_PATH,
                              {QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("decode"), QStringLiteral("40")},
                              QStringLiteral("fr_FR.UTF-8"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith("malformed: byte 0: "), result.err.constData());
}

void TestCliLanguage::refusesLanguagesWeDoNotShip_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<QStringList>("arguments");

    const QStringList decode{QStringLiteral("decode"), QStringLiteral("40")};
    QTest::newRow("cli xx") << QByteArray(COAPSCOPE_CLI_PATH)
                            << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} + decode;
    QTest::newRow("cli no code") << QByteArray(COAPSCOPE_CLI_PATH)
                                 << QStringList{QStringLiteral("--lang")};
    QTest::newRow("gui xx") << QByteArray(COAPSCOPE_GUI_PATH)
                            << QStringList{QStringLiteral("--lang=xx"), QStringLiteral("--help")};
}

void TestCliLanguage::refusesLanguagesWeDoNotShip()
{
    QFETCH(QByteArray, program);
    QFETCH(QStringList, arguments);
    const Result result = run(program.constData(), arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("--lang"), result.err.constData());
    QVERIFY2(result.err.contains("de, en, fr"), result.err.constData());
}

// --help needs no display, so the desktop application's options can be checked here too; the
// option descriptions are ours, "Displays help…" is Qt's own catalogue when it is installed.
void TestCliLanguage::translatesHelp()
{
    const Result cli = run(COAPSCOPE_CLI_PATH, {QStringLiteral("--lang"), QStringLiteral("de"),
                                                QStringLiteral("--help")});
    QCOMPARE(cli.exitCode, 0);
    QVERIFY2(cli.out.startsWith("Aufruf: coapscope-cli [--lang CODE] BEFEHL"), cli.out.constData());
    QVERIFY2(cli.out.contains("(de, en, fr)"), cli.out.constData());

    const Result gui = run(COAPSCOPE_GUI_PATH, {QStringLiteral("--lang"), QStringLiteral("fr"),
                                                QStringLiteral("--help")});
    QCOMPARE(gui.exitCode, 0);
    QVERIFY2(gui.out.contains("Démarrer le serveur de démo intégré"), gui.out.constData());
    QVERIFY2(gui.out.contains("--lang <code>"), gui.out.constData());
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
