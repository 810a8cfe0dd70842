#pragma once

#include <QString>

class QCoreApplication;

namespace cchc {

// Interface language. Vietnamese is the default; English is selectable. Source strings in
// tr() are English, so English needs no catalogue but still gets one for completeness.
QString defaultLanguage(); // "vi"
QString storedLanguage();  // from settings, falling back to the default
void storeLanguage(const QString &language);
// Installs the application's catalogue for `language` ("vi" or "en"); false if missing.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace cchc
