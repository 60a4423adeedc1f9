// SPDX-License-Identifier: BSD-2-Clause
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace coapscope::text {

namespace {

const QString catalogueDirectory = QStringLiteral(":/i18n");
const QString cataloguePrefix = QStringLiteral("coapscope_");
// Marks our translators among the application's children, so a later call can replace them.
const QString translatorName = QStringLiteral("coapscope-translation");

// The language part of a locale, the way the catalogues are named ("de" for de_AT).
QString languageCode(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

void removeOurTranslators(QCoreApplication &application)
{
    const auto translators =
        application.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Installed translators are searched newest first, so the most specific goes in last.
template <typename... Arguments>
void installIfFound(QCoreApplication &application, const Arguments &...arguments)
{
    auto *translator = new QTranslator(&application);
    translator->setObjectName(translatorName);
    if (translator->load(arguments...))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(catalogueDirectory)
            .entryList({cataloguePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.sliced(cataloguePrefix.size()).chopped(3);
    return languages;
}

bool installTranslations(QCoreApplication &application, const std::optional<QString> &language)
{
    removeOurTranslators(application);
    // QLocale reads an empty name as the default locale, so that is refused before it gets there.
    const bool known =
        !language ||
        (!language->isEmpty() && availableLanguages().contains(languageCode(QLocale(*language))));
    const QLocale locale = language && known ? QLocale(*language) : QLocale::system();
    QLocale::setDefault(locale);

    installIfFound(application, cataloguePrefix + QStringLiteral("en"), catalogueDirectory);
    installIfFound(application, locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installIfFound(application, locale, QStringLiteral("coapscope"), QStringLiteral("_"),
                   catalogueDirectory);
    return known;
}

std::optional<QString> takeLanguageOption(QStringList &arguments, qsizetype index)
{
    const QString option = QStringLiteral("--lang");
    const QString argument = arguments.value(index);
    if (argument == option) {
        const QString code = arguments.value(index + 1);
        arguments.remove(index, std::min<qsizetype>(2, arguments.size() - index));
        return code;
    }
    if (argument.startsWith(option + u'=')) {
        arguments.removeAt(index);
        return argument.sliced(option.size() + 1);
    }
    return std::nullopt;
}

QString unknownLanguageText(const QString &language)
{
    const QString languages = availableLanguages().join(QStringLiteral(", "));
    if (language.isEmpty())
        return QCoreApplication::translate("Translations", "--lang takes a language code: %1")
            .arg(languages);
    return QCoreApplication::translate("Translations",
                                       "CoapScope has no translation for \"%1\"; --lang takes "
                                       "one of %2")
        .arg(language, languages);
}

} // namespace coapscope::text
