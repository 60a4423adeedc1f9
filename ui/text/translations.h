// SPDX-License-Identifier: BSD-2-Clause
#pragma once

class QCoreApplication;

namespace coapscope::text {

// Installs the catalogue for the user's language, falling back to English, whose catalogue
// supplies the plural forms. Call once, after the application object exists.
void installTranslations(QCoreApplication &application);

} // namespace coapscope::text
