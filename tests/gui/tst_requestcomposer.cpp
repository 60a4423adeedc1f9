// SPDX-License-Identifier: BSD-2-Clause
// The request composer as a user drives it: typing into its fields, picking from its lists,
// pressing its shortcuts, and reading the problems it shows.
#include "codec/blockvalue.h"
#include "codec/optionnumber.h"
#include "dialogs/fieldproblem.h"
#include "text/translations.h"
#include "widgets/optionstablemodel.h"
#include "widgets/payloadeditor.h"
#include "widgets/requestcomposer.h"
#include "widgets/uricombobox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCborArray>
#include <QCborMap>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coapscope;
namespace N = OptionNumber;

Q_DECLARE_METATYPE(coapscope::PayloadEditor::Mode)

class TestRequestComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void composesUriOptions();
    void composesEveryMethod_data();
    void composesEveryMethod();
    void composesTypeFormatsBlockSizeAndObserve();
    void acceptsOptionsTypedIntoTheTable();
    void refusesInvalidOptionValueKeepingIt();
    void composesPayloads_data();
    void composesPayloads();
    void refusesBadPayloadsKeepingThem_data();
    void refusesBadPayloadsKeepingThem();
    void readsPayloadFromFile();
    void refusesBadUrisKeepingThem_data();
    void refusesBadUrisKeepingThem();
    void refusesUnknownContentFormat();
    void suggestsContentFormatForPayloadKind();
    void recordsAndLimitsHistory();
    void shortcutsSendAndCancel();
    void showsProgress();
    void everyControlHasAnAccessibleName();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_composer->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void typeUri(const QString &uri);
    void typePayload(PayloadEditor::Mode mode, const QString &text);
    FieldProblem *problem(const char *name) const { return child<FieldProblem>(name); }

    std::unique_ptr<RequestComposer> m_composer;
    QTemporaryDir m_files;
};

void TestRequestComposer::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("CoapScopeTests"));
    QApplication::setApplicationName(QStringLiteral("tst_requestcomposer"));
    QSettings().remove(UriComboBox::SettingsKey);
    text::installTranslations(*qApp);
    QVERIFY(m_files.isValid());
}

void TestRequestComposer::init()
{
    // A fresh composer per test: nothing typed in one test leaks into the next.
    m_composer = std::make_unique<RequestComposer>();
    m_composer->resize(800, 500);
    m_composer->show();
    // Shortcuts only work in the active window.
    m_composer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_composer.get()));
}

void TestRequestComposer::typeUri(const QString &uri)
{
    auto *edit = child<QComboBox>("uri")->lineEdit();
    edit->clear();
    edit->setFocus();
    QTest::keyClicks(edit, uri);
}

void TestRequestComposer::typePayload(PayloadEditor::Mode mode, const QString &text)
{
    child<PayloadEditor>("payloadEditor")->setMode(mode);
    auto *edit = child<QPlainTextEdit>("payloadText");
    edit->clear();
    edit->setFocus();
    // keyClicks() knows only ASCII keys; other characters arrive as text without a key.
    for (QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(edit, Qt::Key_Return);
        else if (c.unicode() < 0x80)
            QTest::keyClick(edit, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestRequestComposer::composesUriOptions()
{
    typeUri(QStringLiteral("coap://127.0.0.1:5699/sensors/temp?unit=C&x"));
    const auto composed = m_composer->composedRequest();
    QVERIFY2(composed, qPrintable(m_composer->lastProblem()));
    QCOMPARE(composed->first.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(composed->first.port(), quint16(5699));
    const Message &message = composed->second.message();
    QCOMPARE(message.code(), MessageCode::Get);
    QCOMPARE(message.type(), MessageType::Confirmable);
    QVERIFY(!message.hasOption(N::UriHost));
    QCOMPARE(message.uintOption(N::UriPort), std::optional<quint64>(5699));
    QCOMPARE(message.optionValues(N::UriPath), (QByteArrayList{"sensors", "temp"}));
    QCOMPARE(message.optionValues(N::UriQuery), (QByteArrayList{"unit=C", "x"}));
    QVERIFY(!message.hasOption(N::ContentFormat));
    QVERIFY(!message.hasOption(N::Observe));
    QVERIFY(message.payload().isEmpty());
    QCOMPARE(composed->second.blockSize(), 0);
    QVERIFY(!problem("composerProblem")->isVisible());
}

void TestRequestComposer::composesEveryMethod_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint8>("code");
    for (MessageCode method :
         {MessageCode::Get, MessageCode::Post, MessageCode::Put, MessageCode::Delete,
          MessageCode::Fetch, MessageCode::Patch, MessageCode::IPatch}) {
        QTest::newRow(method.name().data()) << QString(method.name()) << method.raw();
    }
}

void TestRequestComposer::composesEveryMethod()
{
    QFETCH(QString, name);
    QFETCH(quint8, code);
    auto *method = child<QComboBox>("method");
    QCOMPARE(method->count(), 7);
    // As a user would: focus the list and type the method's name.
    method->setFocus();
    method->setCurrentIndex(method->findText(name));
    QCOMPARE(method->currentText(), name);
    typeUri(QStringLiteral("coap://[::1]/a"));
    const auto composed = m_composer->composedRequest();
    QVERIFY(composed);
    QCOMPARE(composed->second.message().code(), MessageCode(code));
}

void TestRequestComposer::composesTypeFormatsBlockSizeAndObserve()
{
    typeUri(QStringLiteral("coap://example.net/obs"));
    child<QComboBox>("type")->setCurrentIndex(1);
    auto *contentFormat = child<QComboBox>("contentFormat");
    contentFormat->lineEdit()->setFocus();
    QTest::keyClicks(contentFormat->lineEdit(), QStringLiteral("json"));
    auto *accept = child<QComboBox>("accept");
    accept->lineEdit()->setFocus();
    QTest::keyClicks(accept->lineEdit(), QStringLiteral("application/cbor"));
    auto *blockSize = child<QComboBox>("blockSize");
    blockSize->setCurrentIndex(blockSize->findData(64));
    QTest::mouseClick(child<QCheckBox>("observe"), Qt::LeftButton);
    QVERIFY(child<QCheckBox>("observe")->isChecked());

    const auto composed = m_composer->composedRequest();
    QVERIFY2(composed, qPrintable(m_composer->lastProblem()));
    const Message &message = composed->second.message();
    QCOMPARE(message.type(), MessageType::NonConfirmable);
    QCOMPARE(message.option(N::UriHost), std::optional<QByteArray>("example.net"));
    QCOMPARE(message.uintOption(N::ContentFormat), std::optional<quint64>(50));
    QCOMPARE(message.uintOption(N::Accept), std::optional<quint64>(60));
    QCOMPARE(message.uintOption(N::Observe), std::optional<quint64>(0));
    QVERIFY(composed->second.isObserve());
    QCOMPARE(composed->second.blockSize(), 64);

    // A format picked from the list works like a typed one.
    contentFormat->setCurrentIndex(contentFormat->findData(41));
    QCOMPARE(m_composer->composedRequest()->second.message().uintOption(N::ContentFormat),
             std::optional<quint64>(41));
}

void TestRequestComposer::acceptsOptionsTypedIntoTheTable()
{
    typeUri(QStringLiteral("coap://127.0.0.1/x"));
    child<QTabWidget>("composerTabs")->setCurrentIndex(1);
    auto *table = child<QTableView>("options");
    // Add a row, type the option's name, Tab to its value, type it, Return to finish.
    QTest::mouseClick(child<QPushButton>("addOption"), Qt::LeftButton);
    QTRY_VERIFY(table->indexWidget(table->currentIndex()));
    QTest::keyClicks(table->indexWidget(table->currentIndex()), QStringLiteral("max-age"));
    QTest::keyClick(table->indexWidget(table->currentIndex()), Qt::Key_Tab);
    QTRY_VERIFY(table->indexWidget(table->currentIndex()));
    QCOMPARE(table->currentIndex().column(), int(OptionsTableModel::ValueColumn));
    QTest::keyClicks(table->indexWidget(table->currentIndex()), QStringLiteral("60"));
    QTest::keyClick(table->indexWidget(table->currentIndex()), Qt::Key_Return);
    // Rows added in code: an opaque value in hex, an unregistered number, a raw uint.
    auto *model = qobject_cast<OptionsTableModel *>(table->model());
    model->addOption(QStringLiteral("ETag"), QStringLiteral("be ef"));
    model->addOption(QStringLiteral("2049"), QStringLiteral("0a0b"));
    model->addOption(QStringLiteral("Uri-Query"), QStringLiteral("extra=1"));
    model->addOption(QString(), QString()); // a blank row is ignored
    QCOMPARE(child<QTabWidget>("composerTabs")->tabText(1), QStringLiteral("Options (5)"));

    const auto composed = m_composer->composedRequest();
    QVERIFY2(composed, qPrintable(m_composer->lastProblem()));
    const Message &message = composed->second.message();
    QCOMPARE(message.uintOption(N::MaxAge), std::optional<quint64>(60));
    QCOMPARE(message.option(N::ETag), std::optional<QByteArray>("\xbe\xef"));
    QCOMPARE(message.option(2049), std::optional<QByteArray>("\x0a\x0b"));
    QCOMPARE(message.optionValues(N::UriQuery), (QByteArrayList{"extra=1"}));
    QCOMPARE(message.optionValues(N::UriPath), (QByteArrayList{"x"}));
}

void TestRequestComposer::refusesInvalidOptionValueKeepingIt()
{
    typeUri(QStringLiteral("coap://127.0.0.1/x"));
    auto *table = child<QTableView>("options");
    auto *model = qobject_cast<OptionsTableModel *>(table->model());
    model->addOption(QStringLiteral("Uri-Query"), QStringLiteral("fine"));
    model->addOption(QStringLiteral("Max-Age"), QStringLiteral("sixty"));
    QVERIFY(!m_composer->composedRequest());
    QVERIFY2(m_composer->lastProblem().startsWith(
                 QStringLiteral("Options: Row 2: Max-Age takes a number")),
             qPrintable(m_composer->lastProblem()));
    QVERIFY(problem("optionsProblem")->isVisible());
    QCOMPARE(problem("optionsProblem")->text().left(30),
             QStringLiteral("Row 2: Max-Age takes a number "));
    QCOMPARE(child<QTabWidget>("composerTabs")->currentIndex(), 1);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(table->currentIndex().column(), int(OptionsTableModel::ValueColumn));
    QCOMPARE(model->index(1, OptionsTableModel::ValueColumn).data().toString(),
             QStringLiteral("sixty"));
    // The check column says the same, next to the value.
    QVERIFY(model->index(1, OptionsTableModel::CheckColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Max-Age takes a number")));

    // Unknown names and out-of-range numbers too; fixing every row clears the problem.
    model->setData(model->index(1, OptionsTableModel::ValueColumn), QStringLiteral("60"));
    model->setData(model->index(0, OptionsTableModel::OptionColumn), QStringLiteral("Colour"));
    QVERIFY(!m_composer->composedRequest());
    QVERIFY(m_composer->lastProblem().contains(QStringLiteral("no option is called \"Colour\"")));
    model->setData(model->index(0, OptionsTableModel::OptionColumn), QStringLiteral("70000"));
    QVERIFY(!m_composer->composedRequest());
    model->setData(model->index(0, OptionsTableModel::OptionColumn), QStringLiteral("uri-query"));
    QVERIFY(!problem("optionsProblem")->isVisible());
    QVERIFY(m_composer->composedRequest());
}

void TestRequestComposer::composesPayloads_data()
{
    QTest::addColumn<PayloadEditor::Mode>("mode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    using M = PayloadEditor::Mode;
    QTest::newRow("text") << M::Text << QStringLiteral("héllo, world")
                          << QByteArray("h\xc3\xa9llo, world");
    QTest::newRow("json, as typed") << M::Json << QStringLiteral("{\"b\": 1, \"a\": [true]}")
                                    << QByteArray("{\"b\": 1, \"a\": [true]}");
    QTest::newRow("hex") << M::Hex << QStringLiteral("01 02:ff 0x10")
                         << QByteArray("\x01\x02\xff\x10");
    QTest::newRow("empty hex") << M::Hex << QString() << QByteArray();
    QTest::newRow("cbor diagnostic")
        << M::CborDiagnostic << QStringLiteral("{1: \"x\", 2: [1.5, true, null], 3: h'beef'}")
        << QCborValue(QCborMap{{1, QStringLiteral("x")},
                               {2, QCborArray{1.5, true, QCborValue(nullptr)}},
                               {3, QByteArray("\xbe\xef")}})
               .toCbor(QCborValue::UseFloat16);
    QTest::newRow("cbor half float")
        << M::CborDiagnostic << QStringLiteral("1.5") << QByteArray::fromHex("f93e00");
}

void TestRequestComposer::composesPayloads()
{
    QFETCH(PayloadEditor::Mode, mode);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    typeUri(QStringLiteral("coap://127.0.0.1/x"));
    child<QComboBox>("method")->setCurrentIndex(1); // POST
    typePayload(mode, text);
    QCOMPARE(child<QPlainTextEdit>("payloadText")->toPlainText(), text);
    const auto composed = m_composer->composedRequest();
    QVERIFY2(composed, qPrintable(m_composer->lastProblem()));
    QCOMPARE(composed->second.message().payload().toHex(' '), bytes.toHex(' '));
    QVERIFY(!problem("payloadProblem")->isVisible());
}

void TestRequestComposer::refusesBadPayloadsKeepingThem_data()
{
    QTest::addColumn<PayloadEditor::Mode>("mode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    using M = PayloadEditor::Mode;
    QTest::newRow("json") << M::Json << QStringLiteral("{\"a\": }")
                          << QStringLiteral("Not valid JSON: near byte ");
    QTest::newRow("hex") << M::Hex << QStringLiteral("01 0g")
                         << QStringLiteral("Not hex: character 5 is not a hexadecimal digit");
    QTest::newRow("odd hex") << M::Hex << QStringLiteral("012")
                             << QStringLiteral("Not hex: the digit at character 3 has no partner");
    QTest::newRow("cbor") << M::CborDiagnostic << QStringLiteral("[1, 2")
                          << QStringLiteral("Not CBOR diagnostic notation: character 6: the text "
                                            "ends in the middle of an item");
    QTest::newRow("cbor second line")
        << M::CborDiagnostic << QStringLiteral("{1: 2,\n 2 3}")
        << QStringLiteral("Not CBOR diagnostic notation: line 2, column 4: expected \":\"");
}

void TestRequestComposer::refusesBadPayloadsKeepingThem()
{
    QFETCH(PayloadEditor::Mode, mode);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    typeUri(QStringLiteral("coap://127.0.0.1/x"));
    child<QTabWidget>("composerTabs")->setCurrentIndex(1);
    typePayload(mode, text);
    // Shown while typing, after a pause (behind the Options tab for now)...
    QTRY_VERIFY(
        this->problem("payloadProblem")->isVisibleTo(child<PayloadEditor>("payloadEditor")));
    QVERIFY2(this->problem("payloadProblem")->text().startsWith(problem),
             qPrintable(this->problem("payloadProblem")->text()));
    // ...and when sending, which also brings the payload tab forward.
    QVERIFY(!m_composer->composedRequest());
    QVERIFY(m_composer->lastProblem().startsWith(QStringLiteral("Payload: ") + problem));
    QCOMPARE(child<QTabWidget>("composerTabs")->currentIndex(), 0);
    QCOMPARE(child<QPlainTextEdit>("payloadText")->toPlainText(), text);
    // Switching the kind loses nothing either.
    child<PayloadEditor>("payloadEditor")->setMode(PayloadEditor::Mode::Text);
    QCOMPARE(child<QPlainTextEdit>("payloadText")->toPlainText(), text);
    QVERIFY(m_composer->composedRequest());
}

void TestRequestComposer::readsPayloadFromFile()
{
    typeUri(QStringLiteral("coap://127.0.0.1/large-update"));
    const QString path = m_files.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = QByteArray("\x00\x01\x02", 3).repeated(700);
    file.write(bytes);
    file.close();
    auto *editor = child<PayloadEditor>("payloadEditor");
    editor->setMode(PayloadEditor::Mode::File);
    auto *fileEdit = child<QLineEdit>("payloadFile");
    fileEdit->setFocus();
    QTest::keyClicks(fileEdit, path);
    QVERIFY(fileEdit->isVisible());
    auto composed = m_composer->composedRequest();
    QVERIFY2(composed, qPrintable(m_composer->lastProblem()));
    QCOMPARE(composed->second.message().payload(), bytes);

    for (const QString &bad : {m_files.filePath(QStringLiteral("missing.bin")), m_files.path()}) {
        editor->setFilePath(bad);
        QVERIFY(!m_composer->composedRequest());
        QVERIFY2(problem("payloadProblem")->isVisible(), qPrintable(bad));
        QVERIFY2(problem("payloadProblem")->text().contains(bad),
                 qPrintable(problem("payloadProblem")->text()));
        QCOMPARE(fileEdit->text(), bad);
    }
}

void TestRequestComposer::refusesBadUrisKeepingThem_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("problem");
    QTest::newRow("nonsense") << QStringLiteral("nonsense") << QStringLiteral("URI: ");
    QTest::newRow("http") << QStringLiteral("http://example.net/") << QStringLiteral("URI: ");
    QTest::newRow("no host") << QStringLiteral("coap:///x") << QStringLiteral("URI: ");
    QTest::newRow("bad port") << QStringLiteral("coap://h:99999/") << QStringLiteral("URI: ");
    QTest::newRow("fragment") << QStringLiteral("coap://h/a#b") << QStringLiteral("URI: ");
    QTest::newRow("empty") << QString() << QStringLiteral("URI: ");
}

void TestRequestComposer::refusesBadUrisKeepingThem()
{
    QFETCH(QString, uri);
    QFETCH(QString, problem);
    typeUri(uri);
    QSignalSpy sent(m_composer.get(), &RequestComposer::sendRequested);
    QVERIFY(!m_composer->composedRequest());
    QVERIFY(this->problem("composerProblem")->isVisible());
    QVERIFY(this->problem("composerProblem")->text().startsWith(problem));
    QVERIFY(this->problem("composerProblem")->text().size() > problem.size() + 5);
    QCOMPARE(this->problem("composerProblem")->text(), m_composer->lastProblem());
    QCOMPARE(m_composer->uriText(), uri);
    QTest::mouseClick(child<QPushButton>("send"), Qt::LeftButton);
    QCOMPARE(sent.count(), 0);
    QVERIFY(!QSettings().value(UriComboBox::SettingsKey).toStringList().contains(uri));
    // Typing clears it; the next attempt judges afresh.
    QTest::keyClicks(child<QComboBox>("uri")->lineEdit(), QStringLiteral("x"));
    QVERIFY(!this->problem("composerProblem")->isVisible());
}

void TestRequestComposer::refusesUnknownContentFormat()
{
    typeUri(QStringLiteral("coap://127.0.0.1/x"));
    auto *accept = child<QComboBox>("accept");
    accept->lineEdit()->setFocus();
    QTest::keyClicks(accept->lineEdit(), QStringLiteral("image/bmp"));
    QVERIFY(!m_composer->composedRequest());
    QVERIFY(m_composer->lastProblem().startsWith(
        QStringLiteral("Accept: \"image/bmp\" is not a Content-Format")));
    QCOMPARE(accept->currentText(), QStringLiteral("image/bmp"));
    accept->setEditText(QStringLiteral("65000"));
    QCOMPARE(m_composer->composedRequest()->second.message().uintOption(N::Accept),
             std::optional<quint64>(65000));
}

void TestRequestComposer::suggestsContentFormatForPayloadKind()
{
    auto *contentFormat = child<QComboBox>("contentFormat");
    QCOMPARE(contentFormat->currentText(), QString());
    child<PayloadEditor>("payloadEditor")->setMode(PayloadEditor::Mode::CborDiagnostic);
    QCOMPARE(contentFormat->currentText(), QStringLiteral("application/cbor (60)"));
    // Only an empty field is filled in; a choice the user made stays.
    child<PayloadEditor>("payloadEditor")->setMode(PayloadEditor::Mode::Json);
    QCOMPARE(contentFormat->currentText(), QStringLiteral("application/cbor (60)"));
}

void TestRequestComposer::recordsAndLimitsHistory()
{
    QSettings().remove(UriComboBox::SettingsKey);
    m_composer = std::make_unique<RequestComposer>();
    auto *uri = child<QComboBox>("uri");
    QCOMPARE(uri->count(), 0);
    for (int i = 0; i < 25; ++i) {
        m_composer->setUri(QStringLiteral("coap://127.0.0.1/item%1").arg(i));
        QVERIFY(m_composer->composedRequest());
    }
    m_composer->setUri(QStringLiteral("coap://127.0.0.1/item3"));
    QVERIFY(m_composer->composedRequest());
    const QStringList history = QSettings().value(UriComboBox::SettingsKey).toStringList();
    QCOMPARE(history.size(), 20);
    QCOMPARE(history.first(), QStringLiteral("coap://127.0.0.1/item3"));
    QCOMPARE(history.at(1), QStringLiteral("coap://127.0.0.1/item24"));
    QCOMPARE(history.count(QStringLiteral("coap://127.0.0.1/item3")), 1);
    QVERIFY(!history.contains(QStringLiteral("coap://127.0.0.1/item4")));
    QCOMPARE(uri->count(), 20);
    // Remembering leaves the text being edited alone.
    QCOMPARE(m_composer->uriText(), QStringLiteral("coap://127.0.0.1/item3"));

    // A new composer starts with the same history, and completes from it.
    m_composer = std::make_unique<RequestComposer>();
    QCOMPARE(child<QComboBox>("uri")->count(), 20);
    QCOMPARE(child<QComboBox>("uri")->itemText(0), QStringLiteral("coap://127.0.0.1/item3"));
    QCompleter *completer = child<QComboBox>("uri")->completer();
    completer->setCompletionPrefix(QStringLiteral("item2"));
    QCOMPARE(completer->completionCount(), 5); // item20 .. item24; item2 fell out
}

void TestRequestComposer::shortcutsSendAndCancel()
{
    QSignalSpy sent(m_composer.get(), &RequestComposer::sendRequested);
    QSignalSpy cancelled(m_composer.get(), &RequestComposer::cancelRequested);
    typeUri(QStringLiteral("coap://127.0.0.1/test"));
    typePayload(PayloadEditor::Mode::Text, QStringLiteral("hi"));
    QTest::keyClick(child<QPlainTextEdit>("payloadText"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().at(0).value<Uri>().pathSegments(), (QByteArrayList{"test"}));
    QCOMPARE(sent.first().at(1).value<CoapRequest>().message().payload(), QByteArray("hi"));
    // Return in the URI field sends too. Keys go to the combo box, which has the focus and
    // hands them to its line edit, as with a real keyboard.
    QTest::keyClick(child<QComboBox>("uri"), Qt::Key_Return);
    QCOMPARE(sent.count(), 2);

    // Nothing to cancel yet: Esc does nothing.
    QTest::keyClick(child<QPlainTextEdit>("payloadText"), Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 0);
    m_composer->setBusy(true);
    QVERIFY(!child<QPushButton>("send")->isEnabled());
    QVERIFY(child<QPushButton>("cancel")->isEnabled());
    QTest::keyClick(child<QPlainTextEdit>("payloadText"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 2);
    QTest::keyClick(child<QPlainTextEdit>("payloadText"), Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QTest::mouseClick(child<QPushButton>("cancel"), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 2);
    // Editing goes on while a request runs.
    QVERIFY(child<QPlainTextEdit>("payloadText")->isEnabled());
    m_composer->setBusy(false);
    QVERIFY(child<QPushButton>("send")->isEnabled());
    QVERIFY(!child<QPushButton>("cancel")->isEnabled());
}

void TestRequestComposer::showsProgress()
{
    auto *progress = child<QProgressBar>("progress");
    QVERIFY(!progress->isVisible());
    m_composer->setBusy(true);
    m_composer->setProgress(512, 2048);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 250);
    QCOMPARE(progress->text(), QStringLiteral("512 of 2048 bytes"));
    m_composer->setProgress(2048, 2048);
    QCOMPARE(progress->value(), progress->maximum());
    m_composer->setProgress(4096, -1);
    QCOMPARE(progress->maximum(), 0); // a busy bar for an unknown total
    QCOMPARE(progress->accessibleDescription(), QStringLiteral("4096 bytes so far"));
    m_composer->setProgress(qint64(5) << 32, qint64(10) << 32); // beyond int
    QCOMPARE(progress->value(), 500);
    m_composer->setBusy(false);
    QVERIFY(!progress->isVisible());
}

void TestRequestComposer::everyControlHasAnAccessibleName()
{
    const auto widgets = m_composer->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *widget : widgets) {
        const bool isControl =
            qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
            qobject_cast<QProgressBar *>(widget) || qobject_cast<QLineEdit *>(widget);
        // Parts of composite widgets (a table's header and corner button, a tab bar's scroll
        // buttons, a combo box's list) are named by Qt after the widget they belong to;
        // popups are windows of their own.
        QWidget *parent = widget->parentWidget();
        const bool isPart = widget->isWindow() || widget->window() != m_composer.get() ||
                            widget->inherits("QHeaderView") ||
                            qobject_cast<QAbstractItemView *>(parent) ||
                            qobject_cast<QTabBar *>(parent) || qobject_cast<QLineEdit *>(parent) ||
                            (parent && parent->inherits("QComboBoxPrivateContainer"));
        if (!isControl || isPart)
            continue;
        ++controls;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 %2").arg(
                     QLatin1StringView(widget->metaObject()->className()), widget->objectName())));
    }
    QVERIFY(controls >= 16);
}

QTEST_MAIN(TestRequestComposer)
#include "tst_requestcomposer.moc"
