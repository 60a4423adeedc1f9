// SPDX-License-Identifier: BSD-2-Clause
// The response viewer following real replies: an in-process demo server on loopback, a client
// context, and requests composed in the request composer.
#include "client/coapreply.h"
#include "codec/contentformat.h"
#include "codec/optionnumber.h"
#include "dialogs/fieldproblem.h"
#include "server/demoserver.h"
#include "server/serverexchange.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "session/session.h"
#include "text/translations.h"
#include "widgets/requestcomposer.h"
#include "widgets/responseviewer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUdpSocket>

using namespace coapscope;
namespace N = OptionNumber;

namespace {

const QByteArray JsonBody = R"({"unit":"Cel","readings":[21.5,22]})";

QByteArray pngBytes()
{
    QImage image(12, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

} // namespace

class TestResponseViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void discoveryShowsLinkTable();
    void jsonIsPrettyPrinted();
    void cborIsDiagnosticNotation();
    void xmlIsIndented();
    void imageIsShown();
    void notFoundShowsCodeName();
    void payloadThatIsNotWhatItClaimsSaysSo();
    void observationCountsNotifications();
    void networkFailureInWords();
    void deletedReplyIsAbandoned();
    void showMessageDirectly();
    void composedRequestRoundTrip();
    void everyControlHasAnAccessibleName();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_viewer->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QString status() const { return child<QLabel>("responseStatus")->text(); }
    QString details() const { return child<QLabel>("responseDetails")->text(); }
    QString rendered() const { return child<QPlainTextEdit>("renderedText")->toPlainText(); }
    QString renderedTab() const
    {
        auto *tabs = child<QTabWidget>("payloadTabs");
        return tabs->isTabVisible(0) ? tabs->tabText(0) : QString();
    }
    // A GET for path on the demo server, watched by the viewer; the viewer's test owns it.
    CoapReply *get(const QByteArray &path, std::optional<quint16> accept = std::nullopt,
                   bool observe = false);
    bool waitUntilFinished(CoapReply *reply);

    std::unique_ptr<Context> m_server;
    std::unique_ptr<Context> m_client;
    Endpoint *m_endpoint = nullptr;
    Session *m_session = nullptr;
    std::unique_ptr<ResponseViewer> m_viewer;
    std::unique_ptr<CoapReply> m_reply;
    int m_counter = 0;
};

void TestResponseViewer::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("CoapScopeTests"));
    QApplication::setApplicationName(QStringLiteral("tst_responseviewer"));
    QSettings().clear();
    text::installTranslations(*qApp);
}

void TestResponseViewer::init()
{
    m_server = std::make_unique<Context>();
    new DemoServer(m_server.get());
    ResourceTable &resources = m_server->resources();
    resources.add({"json"}).on(MessageCode::Get, [](const auto &x) {
        x->respond(MessageCode::Content, JsonBody, ContentFormat::Json);
    });
    resources.add({"cbor"}).on(MessageCode::Get, [](const auto &x) {
        const QCborValue value(QCborMap{
            {1, QStringLiteral("temp")}, {2, QCborArray{21.5, true}}, {3, QByteArray("\xbe\xef")}});
        x->respond(MessageCode::Content, value.toCbor(), ContentFormat::Cbor);
    });
    resources.add({"png"}).on(MessageCode::Get, [](const auto &x) {
        x->respond(MessageCode::Content, pngBytes(), quint16(23));
    });
    resources.add({"claims-json"}).on(MessageCode::Get, [](const auto &x) {
        x->respond(MessageCode::Content, "{not json", ContentFormat::Json);
    });
    m_counter = 0;
    resources.add({"counter"}).setObservable(true).on(MessageCode::Get, [this](const auto &x) {
        x->respond(MessageCode::Content, "count " + QByteArray::number(m_counter),
                   ContentFormat::TextPlain);
    });
    m_endpoint =
        m_server->addEndpoint(Protocol::Udp, {QHostAddress(QHostAddress::LocalHost), 0}).value();
    m_client = std::make_unique<Context>();
    m_session = m_client->newClientSession(m_endpoint->localAddress(), Protocol::Udp).value();

    m_viewer = std::make_unique<ResponseViewer>();
    m_viewer->resize(700, 600);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
}

void TestResponseViewer::cleanup()
{
    m_viewer.reset();
    m_reply.reset();
    m_client.reset();
    m_server.reset();
}

CoapReply *TestResponseViewer::get(const QByteArray &path, std::optional<quint16> accept,
                                   bool observe)
{
    CoapRequest request(MessageCode::Get);
    for (const QByteArray &segment : path.split('/'))
        request.addOption(N::UriPath, segment);
    if (accept)
        request.setAccept(*accept);
    request.setObserve(observe);
    m_reply.reset(m_session->send(request));
    m_viewer->watch(m_reply.get());
    return m_reply.get();
}

bool TestResponseViewer::waitUntilFinished(CoapReply *reply)
{
    return QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
}

void TestResponseViewer::discoveryShowsLinkTable()
{
    QCOMPARE(status(), QStringLiteral("No response yet."));
    CoapReply *reply = get(".well-known/core");
    QCOMPARE(status(), QStringLiteral("Waiting for the response…"));
    QVERIFY(waitUntilFinished(reply));
    QCOMPARE(status(), QStringLiteral("Content (2.05)"));
    QVERIFY2(details().startsWith(QStringLiteral("ACK, message ID ")), qPrintable(details()));
    QVERIFY2(details().contains(QStringLiteral("round trip ")), qPrintable(details()));
    QVERIFY(details().endsWith(QStringLiteral("no retransmissions")));

    auto *options = child<QTableView>("responseOptions");
    QCOMPARE(columnTexts(options->model(), 1), QStringList{QStringLiteral("Content-Format")});
    QCOMPARE(columnTexts(options->model(), 2),
             QStringList{QStringLiteral("40 (application/link-format)")});
    QCOMPARE(renderedTab(), QStringLiteral("Links"));
    QCOMPARE(child<QTabWidget>("payloadTabs")->currentIndex(), 0);
    auto *links = child<QTableView>("linkTable");
    QVERIFY(links->isVisible());
    const QStringList targets = columnTexts(links->model(), 0);
    QVERIFY2(targets.contains(QStringLiteral("/test")), qPrintable(targets.join(u' ')));
    QVERIFY(targets.contains(QStringLiteral("/obs")));
    QStringList headers;
    for (int column = 0; column < links->model()->columnCount(); ++column)
        headers << links->model()->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers.first(), QStringLiteral("Target"));
    QVERIFY(headers.contains(QStringLiteral("rt")));
    QVERIFY(headers.contains(QStringLiteral("obs")));
    const int rtColumn = int(headers.indexOf(QStringLiteral("rt")));
    const int link1 = int(targets.indexOf(QStringLiteral("/link1")));
    QCOMPARE(links->model()->index(link1, rtColumn).data().toString(),
             QStringLiteral("Type1 Type2"));
    QVERIFY(
        child<QPlainTextEdit>("hexView")->toPlainText().startsWith(QStringLiteral("0000  3c ")));
    QVERIFY(child<QLabel>("payloadNote")
                ->text()
                .startsWith(QStringLiteral("application/link-format (40), ")));
    QVERIFY(!child<QLabel>("notificationCount")->isVisible());
}

void TestResponseViewer::jsonIsPrettyPrinted()
{
    QVERIFY(waitUntilFinished(get("json")));
    QCOMPARE(status(), QStringLiteral("Content (2.05)"));
    QCOMPARE(renderedTab(), QStringLiteral("JSON"));
    QCOMPARE(rendered(),
             QStringLiteral("{\n    \"readings\": [\n        21.5,\n        22\n    ],\n"
                            "    \"unit\": \"Cel\"\n}\n"));
    QVERIFY(!child<FieldProblem>("payloadProblem")->isVisible());
}

void TestResponseViewer::cborIsDiagnosticNotation()
{
    QVERIFY(waitUntilFinished(get("cbor")));
    QCOMPARE(renderedTab(), QStringLiteral("CBOR"));
    QCOMPARE(rendered(),
             QStringLiteral("{\n    1: \"temp\",\n    2: [\n        21.5,\n        true\n"
                            "    ],\n    3: h'beef'\n}\n"));
    QVERIFY(
        child<QLabel>("payloadNote")->text().startsWith(QStringLiteral("application/cbor (60)")));
}

void TestResponseViewer::xmlIsIndented()
{
    QVERIFY(waitUntilFinished(get("multi-format", ContentFormat::Xml)));
    QCOMPARE(renderedTab(), QStringLiteral("XML"));
    QCOMPARE(rendered(), QStringLiteral("<multi-format>xml</multi-format>\n"));
    QVERIFY(waitUntilFinished(get("multi-format", quint16(50))));
    QCOMPARE(status(), QStringLiteral("Not Acceptable (4.06)"));
    QCOMPARE(child<QLabel>("payloadNote")->text(),
             QStringLiteral("No payload (no Content-Format)."));
}

void TestResponseViewer::imageIsShown()
{
    QVERIFY(waitUntilFinished(get("png")));
    QCOMPARE(renderedTab(), QStringLiteral("Image"));
    auto *image = child<QLabel>("imageLabel");
    QVERIFY(image->isVisible());
    QCOMPARE(image->pixmap().size(), QSize(12, 8));
    QVERIFY2(child<QLabel>("payloadNote")->text().contains(QStringLiteral("12 × 8 pixels")),
             qPrintable(child<QLabel>("payloadNote")->text()));
    QVERIFY(child<QPlainTextEdit>("hexView")->toPlainText().startsWith(
        QStringLiteral("0000  89 50 4e 47")));
}

void TestResponseViewer::notFoundShowsCodeName()
{
    QVERIFY(waitUntilFinished(get("no/such/thing")));
    QCOMPARE(status(), QStringLiteral("Not Found (4.04)"));
    QVERIFY(details().startsWith(QStringLiteral("ACK, ")));
    QCOMPARE(child<QTableView>("responseOptions")->model()->rowCount(), 0);
}

void TestResponseViewer::payloadThatIsNotWhatItClaimsSaysSo()
{
    QVERIFY(waitUntilFinished(get("claims-json")));
    auto *problem = child<FieldProblem>("payloadProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Not valid JSON: ")),
             qPrintable(problem->text()));
    QCOMPARE(renderedTab(), QStringLiteral("Text"));
    QCOMPARE(rendered(), QStringLiteral("{not json"));
}

void TestResponseViewer::observationCountsNotifications()
{
    CoapReply *reply = get("counter", std::nullopt, true);
    QTRY_COMPARE(rendered(), QStringLiteral("count 0"));
    auto *count = child<QLabel>("notificationCount");
    QVERIFY(count->isVisible());
    QVERIFY(count->text().startsWith(QStringLiteral("1 notification")));
    QVERIFY(details().contains(QStringLiteral("round trip")));
    for (int i = 1; i <= 2; ++i) {
        ++m_counter;
        m_server->notifyObservers({"counter"});
        QTRY_COMPARE(rendered(), QStringLiteral("count %1").arg(i));
    }
    QVERIFY(count->text().startsWith(QStringLiteral("3 notification")));
    QVERIFY(!details().contains(QStringLiteral("round trip"))); // not for notifications
    QCOMPARE(columnTexts(child<QTableView>("responseOptions")->model(), 1),
             (QStringList{QStringLiteral("Observe"), QStringLiteral("Content-Format")}));
    reply->cancel();
    QVERIFY(waitUntilFinished(reply));
    // The latest notification stays; the count says the observation is over.
    QCOMPARE(rendered(), QStringLiteral("count 2"));
    QCOMPARE(status(), QStringLiteral("Content (2.05)"));
    QVERIFY2(count->text().endsWith(QStringLiteral("observation ended")),
             qPrintable(count->text()));
}

void TestResponseViewer::networkFailureInWords()
{
    // A port nobody listens on: the ICMP port-unreachable comes back at once on loopback.
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.localPort();
    probe.close();
    Session *session =
        m_client
            ->newClientSession({QHostAddress(QHostAddress::LocalHost), closedPort}, Protocol::Udp)
            .value();
    CoapRequest request(MessageCode::Get);
    request.addOption(N::UriPath, "x");
    m_reply.reset(session->send(request));
    m_viewer->watch(m_reply.get());
    QVERIFY(waitUntilFinished(m_reply.get()));
    QVERIFY2(status().startsWith(QStringLiteral("Failed: nothing is listening on that port")),
             qPrintable(status()));
    QCOMPARE(child<QTableView>("responseOptions")->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>("payloadNote")->text(), QStringLiteral("No payload."));
}

void TestResponseViewer::deletedReplyIsAbandoned()
{
    get("separate"); // answers a second later
    QCOMPARE(status(), QStringLiteral("Waiting for the response…"));
    m_reply.reset();
    QCOMPARE(status(), QStringLiteral("The request was abandoned before it finished."));
    // Cancelling says so plainly.
    CoapReply *reply = get("separate");
    reply->cancel();
    QVERIFY(waitUntilFinished(reply));
    QCOMPARE(status(), QStringLiteral("Cancelled."));
}

void TestResponseViewer::showMessageDirectly()
{
    Message message(MessageType::NonConfirmable, MessageCode::Changed, 0x1234);
    message.setToken("\xa1\xb2");
    message.addUintOption(N::ContentFormat, ContentFormat::TextPlain);
    message.setPayload("done");
    m_viewer->showMessage(message, 12, 2);
    QCOMPARE(status(), QStringLiteral("Changed (2.04)"));
    QVERIFY2(details().startsWith(QStringLiteral(
                 "NON, message ID 4660, token 0xa1b2, round trip 12 ms, 2 retransmission")),
             qPrintable(details()));
    QCOMPARE(rendered(), QStringLiteral("done"));
    m_viewer->showMessage(Message(MessageType::Acknowledgement, MessageCode::InternalServerError),
                          std::nullopt, 0);
    QCOMPARE(status(), QStringLiteral("Internal Server Error (5.00)"));
    QVERIFY(!details().contains(QStringLiteral("round trip")));
    m_viewer->clear();
    QCOMPARE(status(), QStringLiteral("No response yet."));
    QCOMPARE(details(), QString());
}

void TestResponseViewer::composedRequestRoundTrip()
{
    // The way the main window uses both: compose, send on the session, watch the reply.
    RequestComposer composer;
    composer.setUri(
        QStringLiteral("coap://127.0.0.1:%1/test").arg(m_endpoint->localAddress().port));
    composer.findChild<QComboBox *>(QStringLiteral("method"))->setCurrentIndex(2); // PUT
    QVERIFY(composer.composedRequest());
    auto composed = composer.composedRequest();
    m_reply.reset(m_session->send(composed->second));
    m_viewer->watch(m_reply.get());
    QVERIFY(waitUntilFinished(m_reply.get()));
    QCOMPARE(status(), QStringLiteral("Changed (2.04)"));
}

void TestResponseViewer::everyControlHasAnAccessibleName()
{
    const auto widgets = m_viewer->findChildren<QWidget *>();
    int named = 0;
    for (QWidget *widget : widgets) {
        const bool isControl = qobject_cast<QTableView *>(widget) ||
                               qobject_cast<QPlainTextEdit *>(widget) ||
                               qobject_cast<QTabWidget *>(widget) ||
                               (qobject_cast<QLabel *>(widget) && !widget->objectName().isEmpty() &&
                                widget->objectName() != QStringLiteral("responseIcon"));
        if (!isControl)
            continue;
        ++named;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(named >= 10);
}

QTEST_MAIN(TestResponseViewer)
#include "tst_responseviewer.moc"
