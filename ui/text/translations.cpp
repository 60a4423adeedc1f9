// SPDX-License-Identifier: BSD-2-Clause
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace coapscope::text {

void installTranslations(QCoreApplication &application)
{
    auto *translator = new QTranslator(&application);
    const QString directory = QStringLiteral(":/i18n");
    if (translator->load(QLocale(), QStringLiteral("coapscope"), QStringLiteral("_"), directory) ||
        translator->load(QStringLiteral("coapscope_en"), directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace coapscope::text
