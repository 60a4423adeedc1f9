// SPDX-License-Identifier: BSD-2-Clause
#include "demoserver.h"

#include "codec/contentformat.h"
#include "codec/linkformat.h"
#include "codec/optionnumber.h"
#include "serverexchange.h"
#include "session/clock.h"
#include "session/context.h"
#include "wellknowncore.h"

#include <QDateTime>
#include <QPointer>

namespace coapscope {

namespace N = OptionNumber;
using ExchangePtr = std::shared_ptr<ServerExchange>;

namespace {

QByteArray etagFor(quint32 version)
{
    return QByteArray::number(version, 16).rightJustified(4, '0');
}

} // namespace

DemoServer::DemoServer(Context *context)
    : QObject(context)
    , m_context(context)
{
    installCore();
    installValidation();
    installDiscovery();
    installBlockwise();
    installObservable();
    WellKnownCore::install(context->resources());
}

void DemoServer::installCore()
{
    ResourceTable &table = m_context->resources();
    table.add({"test"})
        .addAttribute("rt", "test")
        .addAttribute("title", "Default test resource")
        .addAttribute("ct", "0")
        .on(MessageCode::Get,
            [this](const ExchangePtr &x) {
                x->respond(MessageCode::Content, m_testPayload, ContentFormat::TextPlain);
            })
        .on(MessageCode::Post,
            [](const ExchangePtr &x) {
                Message response(MessageType::Acknowledgement, MessageCode::Created);
                response.addOption(N::LocationPath, "location1");
                response.addOption(N::LocationPath, "location2");
                response.addOption(N::LocationPath, "location3");
                x->respond(response);
            })
        .on(MessageCode::Put,
            [this](const ExchangePtr &x) {
                m_testPayload = x->request().payload();
                x->respond(MessageCode::Changed);
            })
        .on(MessageCode::Delete, [](const ExchangePtr &x) { x->respond(MessageCode::Deleted); });

    table.add({"seg1", "seg2", "seg3"})
        .addAttribute("title", "Long path resource")
        .on(MessageCode::Get, [](const ExchangePtr &x) {
            x->respond(MessageCode::Content, "seg1/seg2/seg3", ContentFormat::TextPlain);
        });

    table.add({"query"})
        .addAttribute("title", "Resource accepting query parameters")
        .on(MessageCode::Get, [](const ExchangePtr &x) {
            const QByteArray queries = x->request().optionValues(N::UriQuery).join('&');
            x->respond(MessageCode::Content, "query: " + queries, ContentFormat::TextPlain);
        });

    table.add({"separate"})
        .addAttribute("title", "Resource which cannot be served immediately")
        .on(MessageCode::Get, [this](const ExchangePtr &x) {
            x->deferResponse();
            m_context->clock().schedule(SeparateDelayMs, [x] {
                x->respond(MessageCode::Content, "separate response", ContentFormat::TextPlain);
            });
        });

    table.add({"location-query"})
        .addAttribute("title", "Perform POST transaction with responses containing several "
                               "Location-Query options")
        .on(MessageCode::Post, [](const ExchangePtr &x) {
            Message response(MessageType::Acknowledgement, MessageCode::Created);
            response.addOption(N::LocationQuery, "first=1");
            response.addOption(N::LocationQuery, "second=2");
            x->respond(response);
        });

    table.add({"multi-format"})
        .addAttribute("title", "Resource providing text/plain and application/xml")
        .addAttribute("ct", "0 41")
        .on(MessageCode::Get, [](const ExchangePtr &x) {
            const auto accept = x->request().uintOption(N::Accept);
            if (!accept || *accept == ContentFormat::TextPlain) {
                x->respond(MessageCode::Content, "multi-format: plain text",
                           ContentFormat::TextPlain);
            } else if (*accept == ContentFormat::Xml) {
                x->respond(MessageCode::Content, "<multi-format>xml</multi-format>",
                           ContentFormat::Xml);
            } else {
                x->respond(MessageCode::NotAcceptable);
            }
        });

    table.add({"time"})
        .setObservable(true) // notifies every second: see installObservable()
        .addAttribute("rt", "clock")
        .addAttribute("title", "Current time (UTC)")
        .addAttribute("ct", "0")
        .on(MessageCode::Get, [](const ExchangePtr &x) {
            const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
            x->respond(MessageCode::Content, now, ContentFormat::TextPlain);
        });
}

void DemoServer::installValidation()
{
    ResourceTable &table = m_context->resources();
    table.add({"validate"})
        .addAttribute("title", "Resource which varies (ETag, If-Match)")
        .on(MessageCode::Get,
            [this](const ExchangePtr &x) {
                const QByteArray etag = etagFor(m_validateVersion);
                Message response(MessageType::Acknowledgement, MessageCode::Content);
                response.addOption(N::ETag, etag);
                if (x->request().optionValues(N::ETag).contains(etag)) {
                    response.setCode(MessageCode::Valid);
                } else {
                    response.addUintOption(N::ContentFormat, ContentFormat::TextPlain);
                    response.setPayload(m_validatePayload);
                }
                x->respond(response);
            })
        .on(MessageCode::Put, [this](const ExchangePtr &x) {
            const QByteArrayList ifMatch = x->request().optionValues(N::IfMatch);
            if (x->request().hasOption(N::IfMatch) &&
                !ifMatch.contains(etagFor(m_validateVersion)) && !ifMatch.contains(QByteArray())) {
                x->respond(MessageCode::PreconditionFailed);
                return;
            }
            m_validatePayload = x->request().payload();
            ++m_validateVersion;
            Message response(MessageType::Acknowledgement, MessageCode::Changed);
            response.addOption(N::ETag, etagFor(m_validateVersion));
            x->respond(response);
        });

    table.add({"create1"})
        .addAttribute("title", "Resource which does not exist yet (to perform atomic PUT)")
        .on(MessageCode::Get,
            [this](const ExchangePtr &x) {
                if (m_create1Exists)
                    x->respond(MessageCode::Content, "create1 exists", ContentFormat::TextPlain);
                else
                    x->respond(MessageCode::NotFound);
            })
        .on(MessageCode::Put,
            [this](const ExchangePtr &x) {
                if (x->request().hasOption(N::IfNoneMatch) && m_create1Exists) {
                    x->respond(MessageCode::PreconditionFailed);
                    return;
                }
                x->respond(m_create1Exists ? MessageCode::Changed : MessageCode::Created);
                m_create1Exists = true;
            })
        .on(MessageCode::Delete, [this](const ExchangePtr &x) {
            m_create1Exists = false;
            x->respond(MessageCode::Deleted);
        });
}

// About 2 KiB of numbered lines: any block size shows where each block starts.
QByteArray DemoServer::largeText()
{
    QByteArray text;
    for (int line = 1; text.size() < 2048; ++line)
        text += "CoapScope demo /large, line " + QByteArray::number(line).rightJustified(3, '0') +
                ": the quick brown fox jumps over the lazy dog\n";
    return text;
}

void DemoServer::installBlockwise()
{
    ResourceTable &table = m_context->resources();
    table.add({"large"})
        .addAttribute("rt", "block")
        .addAttribute("title", "Large resource")
        .addAttribute("sz", QByteArray::number(largeText().size()))
        .addAttribute("ct", "0")
        .on(MessageCode::Get, [](const ExchangePtr &x) {
            x->respond(MessageCode::Content, largeText(), ContentFormat::TextPlain);
        });

    m_largeUpdate = largeText();
    table.add({"large-update"})
        .addAttribute("rt", "block")
        .addAttribute("title", "Large resource that can be updated using PUT method")
        .addAttribute("ct", "0")
        .on(MessageCode::Get,
            [this](const ExchangePtr &x) {
                x->respond(MessageCode::Content, m_largeUpdate, ContentFormat::TextPlain);
            })
        .on(MessageCode::Put, [this](const ExchangePtr &x) {
            m_largeUpdate = x->request().payload();
            x->respond(MessageCode::Changed);
        });

    table.add({"large-create"})
        .addAttribute("rt", "block")
        .addAttribute("title", "Large resource that can be created using POST method")
        .on(MessageCode::Post, [this](const ExchangePtr &x) {
            const QByteArray name = QByteArray::number(++m_created);
            m_context->resources()
                .add({"large-create", name})
                .addAttribute("title", "Created by POST to /large-create")
                .on(MessageCode::Get, [body = x->request().payload()](const ExchangePtr &y) {
                    y->respond(MessageCode::Content, body, ContentFormat::TextPlain);
                });
            Message response(MessageType::Acknowledgement, MessageCode::Created);
            response.addOption(N::LocationPath, "large-create");
            response.addOption(N::LocationPath, name);
            x->respond(response);
        });
}

void DemoServer::installObservable()
{
    ResourceTable &table = m_context->resources();
    table.add({"obs"})
        .setObservable(true)
        .addAttribute("rt", "observe")
        .addAttribute("title", "Observable resource which changes every 5 seconds")
        .addAttribute("ct", "0")
        .on(MessageCode::Get, [this](const ExchangePtr &x) {
            x->respond(MessageCode::Content, "obs " + QByteArray::number(m_obsCounter),
                       ContentFormat::TextPlain);
        });
    table.add({"obs-large"})
        .setObservable(true)
        .addAttribute("rt", "observe")
        .addAttribute("title", "Large observable resource (Block2) which changes every 5 seconds")
        .addAttribute("ct", "0")
        .on(MessageCode::Get, [this](const ExchangePtr &x) {
            QByteArray body = "obs-large " + QByteArray::number(m_obsCounter) + '\n';
            while (body.size() < 1500)
                body += "This large observable resource needs block-wise transfer. ";
            x->respond(MessageCode::Content, body, ContentFormat::TextPlain);
        });
    tick({"obs"}, ObsPeriodMs, &m_obsCounter);
    tick({"obs-large"}, ObsPeriodMs, nullptr);
    tick({"time"}, TimePeriodMs, &m_timeCounter);
}

// Changes path every periodMs for as long as the server lives.
void DemoServer::tick(const QByteArrayList &path, qint64 periodMs, int *counter)
{
    QPointer<DemoServer> self(this);
    m_context->clock().schedule(periodMs, [self, path, periodMs, counter] {
        if (!self)
            return;
        if (counter)
            ++*counter;
        self->m_context->notifyObservers(path);
        self->tick(path, periodMs, counter);
    });
}

void DemoServer::installDiscovery()
{
    ResourceTable &table = m_context->resources();
    const auto plainGet = [](const QByteArray &text) {
        return [text](const ExchangePtr &x) {
            x->respond(MessageCode::Content, text, ContentFormat::TextPlain);
        };
    };
    table.add({"link1"})
        .addAttribute("rt", "Type1 Type2")
        .addAttribute("if", "If1")
        .addAttribute("title", "Link test resource 1")
        .on(MessageCode::Get, plainGet("link1"));
    table.add({"link2"})
        .addAttribute("rt", "Type2 Type3")
        .addAttribute("if", "If2")
        .addAttribute("title", "Link test resource 2")
        .on(MessageCode::Get, plainGet("link2"));
    table.add({"link3"})
        .addAttribute("rt", "Type1 Type3")
        .addAttribute("if", "foo")
        .addAttribute("title", "Link test resource 3")
        .on(MessageCode::Get, plainGet("link3"));

    table.add({"path"})
        .addAttribute("ct", "40")
        .addAttribute("title", "Hierarchical link description entry")
        .on(MessageCode::Get, [](const ExchangePtr &x) {
            const QList<Link> children{Link{"/path/sub1", {}}, Link{"/path/sub2", {}},
                                       Link{"/path/sub3", {}}};
            x->respond(MessageCode::Content, LinkFormat::write(children),
                       ContentFormat::LinkFormat);
        });
    for (const char *child : {"sub1", "sub2", "sub3"}) {
        table.add({"path", child})
            .addAttribute("title", QByteArray("Hierarchical link description sub-resource"))
            .on(MessageCode::Get, plainGet(QByteArray("path/") + child));
    }
}

} // namespace coapscope
