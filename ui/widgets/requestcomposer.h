// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "client/coaprequest.h"
#include "codec/uri.h"

#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace coapscope {

class ContentFormatBox;
class OptionsEditor;
class PayloadEditor;
class FieldProblem;
class UriComboBox;

// Puts a request together: URI (with history), method, CON or NON, Content-Format, Accept,
// block size, observe, extra options and the payload. Ctrl+Return sends, Esc cancels. Every
// problem is shown where it is, and nothing typed is lost to it.
class RequestComposer : public QWidget
{
    Q_OBJECT

public:
    explicit RequestComposer(QWidget *parent = nullptr);

    void setUri(const QString &uri);
    QString uriText() const;
    // The block size requests start with: 0 (automatic) or 16..1024, a power of two; any
    // other size leaves it as it is.
    void setBlockSize(int size);
    // The URI and request as composed, or nullopt when something is wrong; the problem is then
    // shown inline (and in lastProblem()). Records the URI in the history (QSettings key
    // "composer/history", the last 20).
    std::optional<std::pair<Uri, CoapRequest>> composedRequest();
    // The problem the last composedRequest() found; empty when it succeeded.
    QString lastProblem() const { return m_lastProblem; }

public slots:
    // While a request runs: Send disabled, Cancel enabled.
    void setBusy(bool busy);
    // bytesTotal <= 0: unknown.
    void setProgress(qint64 bytesDone, qint64 bytesTotal);

signals:
    void sendRequested(const coapscope::Uri &uri, const coapscope::CoapRequest &request);
    void cancelRequested();

private:
    void send();
    void cancel();
    std::optional<std::pair<Uri, CoapRequest>> compose();
    void fail(const QString &problem, QWidget *where);
    void suggestContentFormat();
    void updateTabTitles();

    QComboBox *m_method;
    UriComboBox *m_uri;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QComboBox *m_type;
    ContentFormatBox *m_contentFormat;
    ContentFormatBox *m_accept;
    QComboBox *m_blockSize;
    QCheckBox *m_observe;
    FieldProblem *m_problem;
    QTabWidget *m_tabs;
    PayloadEditor *m_payload;
    OptionsEditor *m_options;
    QProgressBar *m_progress;
    QString m_lastProblem;
    bool m_busy = false;
};

} // namespace coapscope
