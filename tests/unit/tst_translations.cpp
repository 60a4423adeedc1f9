// SPDX-License-Identifier: BSD-2-Clause
// Installs the shipped catalogues through the function both applications use and checks that
// they translate, count plurals right, bring Qt's own text along, and keep every placeholder.

#include "text/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// %1 to %99 and %n, sorted, so "%2 %1" and "%1 %2" compare equal.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?[1-9][0-9]?)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void shipsGermanAndFrench();
    void translates_data();
    void translates();
    void pluralForms_data();
    void pluralForms();
    void formatsForTheLanguage();
    void refusesUnknownLanguage();
    void bringsQtsOwnText();
    void readsLanguageOption();
    void keepsPlaceholders_data();
    void keepsPlaceholders();
};

void TestTranslations::cleanup()
{
    coapscope::text::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestTranslations::shipsGermanAndFrench()
{
    QCOMPARE(coapscope::text::availableLanguages(),
             QStringList({QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")}));
}

void TestTranslations::translates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de menu") << "de" << QByteArray("coapscope::MainWindow") << QByteArray("&File")
                             << "&Datei";
    QTest::newRow("de table header")
        << "de" << QByteArray("coapscope::SessionTableModel") << QByteArray("State") << "Zustand";
    QTest::newRow("de decode error") << "de" << QByteArray("DecodeErrorText")
                                     << QByteArray("malformed message") << "fehlerhafte Nachricht";
    QTest::newRow("de region tag")
        << "de_AT" << QByteArray("SessionText") << QByteArray("Established") << "Aufgebaut";
    QTest::newRow("fr menu") << "fr" << QByteArray("coapscope::MainWindow") << QByteArray("&File")
                             << "&Fichier";
    QTest::newRow("fr dialog") << "fr" << QByteArray("coapscope::PskDialog")
                               << QByteArray("Pre-Shared Key") << "Clé pré-partagée";
    QTest::newRow("fr command line")
        << "fr_CA" << QByteArray("main")
        << QByteArray("Show the versions of CoapScope, Qt and OpenSSL.")
        << "Afficher les versions de CoapScope, Qt et OpenSSL.";
    QTest::newRow("en") << "en" << QByteArray("coapscope::MainWindow") << QByteArray("&File")
                        << "&File";
}

void TestTranslations::translates()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QVERIFY(coapscope::text::installTranslations(*QCoreApplication::instance(), language));
    QCOMPARE(translated(context.constData(), source.constData()), expected);
}

void TestTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de 1") << "de" << 1 << "1 Byte";
    QTest::newRow("de 2") << "de" << 2 << "2 Bytes";
    QTest::newRow("fr 0") << "fr" << 0 << "0 octet"; // French counts 0 as singular
    QTest::newRow("fr 1") << "fr" << 1 << "1 octet";
    QTest::newRow("fr 2") << "fr" << 2 << "2 octets";
    QTest::newRow("en 1") << "en" << 1 << "1 byte";
    QTest::newRow("en 2") << "en" << 2 << "2 bytes";
}

void TestTranslations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QVERIFY(coapscope::text::installTranslations(*QCoreApplication::instance(), language));
    QCOMPARE(translated("coapscope::PayloadEditor", "%n byte(s)", count), expected);
}

void TestTranslations::formatsForTheLanguage()
{
    QVERIFY(
        coapscope::text::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1.5), QStringLiteral("1,5"));
}

void TestTranslations::refusesUnknownLanguage()
{
    QVERIFY(
        !coapscope::text::installTranslations(*QCoreApplication::instance(), QStringLiteral("xx")));
    QVERIFY(!coapscope::text::installTranslations(*QCoreApplication::instance(), QString()));
    const QString text = coapscope::text::unknownLanguageText(QStringLiteral("xx"));
    QVERIFY2(text.contains(QLatin1StringView("\"xx\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1StringView("de, en, fr")), qPrintable(text));
    // The system's languages stand in; English at least, with its plural forms.
    QVERIFY(!translated("coapscope::PayloadEditor", "%n byte(s)", 2)
                 .contains(QLatin1StringView("(s)")));
}

void TestTranslations::bringsQtsOwnText()
{
    const QString qtCatalogue =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtCatalogue))
        QSKIP("Qt's own translations are not installed (qt6-translations-l10n)");
    QVERIFY(
        coapscope::text::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")));
    const char *source = "Displays help on commandline options.";
    QVERIFY(translated("QCommandLineParser", source) != QLatin1StringView(source));
}

void TestTranslations::readsLanguageOption()
{
    using coapscope::text::takeLanguageOption;
    QStringList arguments{QStringLiteral("cli"),    QStringLiteral("--lang"),
                          QStringLiteral("de"),     QStringLiteral("--lang=fr"),
                          QStringLiteral("decode"), QStringLiteral("--lang")};
    QCOMPARE(takeLanguageOption(arguments, 1), std::optional<QString>(QStringLiteral("de")));
    QCOMPARE(takeLanguageOption(arguments, 1), std::optional<QString>(QStringLiteral("fr")));
    QCOMPARE(takeLanguageOption(arguments, 1), std::nullopt);
    QCOMPARE(arguments, QStringList({QStringLiteral("cli"), QStringLiteral("decode"),
                                     QStringLiteral("--lang")}));
    QCOMPARE(takeLanguageOption(arguments, 2), std::optional<QString>(QString()));
    QCOMPARE(arguments.size(), 2);
}

void TestTranslations::keepsPlaceholders_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << "de";
    QTest::newRow("fr") << "fr";
}

// Reads the catalogue in the source tree, so a translation that lost or gained a placeholder
// fails here even before anyone runs the application in that language.
void TestTranslations::keepsPlaceholders()
{
    QFETCH(QString, language);
    QFile file(QStringLiteral(COAPSCOPE_TRANSLATIONS_DIR "/coapscope_%1.ts").arg(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QStringList problems;
    QString context, source;
    bool numerus = false;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("message")) {
            numerus =
                xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
        } else if (xml.name() == QLatin1StringView("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("translation")) {
            // Unfinished text still reaches the .qm file, so it is checked as well.
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
            } else {
                forms << xml.readElementText();
            }
            forms.removeAll(QString());
            ++messages;
            if (numerus && !forms.isEmpty() && forms.size() != 2)
                problems << QStringLiteral("%1: \"%2\": %3 plural forms")
                                .arg(context, source)
                                .arg(forms.size());
            for (const QString &form : std::as_const(forms)) {
                if (placeholders(form) != placeholders(source))
                    problems
                        << QStringLiteral("%1: \"%2\" became \"%3\"").arg(context, source, form);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 900);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
