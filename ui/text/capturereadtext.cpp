// SPDX-License-Identifier: BSD-2-Clause
#include "capturereadtext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {
struct CaptureReadText
{
    Q_DECLARE_TR_FUNCTIONS(CaptureReadText)
};
} // namespace

QString describeCaptureReadError(const CaptureReadError &error)
{
    QString what;
    switch (error.kind) {
    case CaptureReadError::Kind::NotACapture:
        what = CaptureReadText::tr("this is not a pcap or pcapng file");
        break;
    case CaptureReadError::Kind::Truncated:
        what = CaptureReadText::tr("the file is cut short");
        break;
    case CaptureReadError::Kind::Corrupt:
        what = CaptureReadText::tr("the file is damaged");
        break;
    case CaptureReadError::Kind::Unsupported:
        what = CaptureReadText::tr("the file uses a form CoapScope does not read");
        break;
    }
    if (error.detail.isEmpty())
        return CaptureReadText::tr("%1 at byte %2").arg(what).arg(error.offset);
    return CaptureReadText::tr("%1 at byte %2 (%3)").arg(what).arg(error.offset).arg(error.detail);
}

} // namespace coapscope::text
