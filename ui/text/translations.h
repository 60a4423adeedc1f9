// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace coapscope::text {

// The languages CoapScope ships a catalogue for, as codes such as "de", sorted.
QStringList availableLanguages();

// Installs the catalogue for `language` (a code such as "de" or "fr_CA"), or for the system's
// languages when none is given, over the English catalogue, which supplies the plural forms and
// stands in for anything not translated. Qt's own catalogue follows the same language when it is
// installed on the system. A given language also becomes the default locale, so numbers and
// dates match the words. Replaces what an earlier call installed. Returns false, having
// installed the system's languages instead, when `language` is not one we ship.
bool installTranslations(QCoreApplication &application,
                         const std::optional<QString> &language = std::nullopt);

// If arguments[index] is "--lang CODE" or "--lang=CODE", removes it from the arguments and
// returns CODE (empty when the value is missing).
std::optional<QString> takeLanguageOption(QStringList &arguments, qsizetype index);

// Says that `language` is not one we ship and lists the ones we do.
QString unknownLanguageText(const QString &language);

} // namespace coapscope::text
