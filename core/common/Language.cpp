#include "core/common/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace cchc {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

QString defaultLanguage()
{
    return QStringLiteral("vi");
}

QString storedLanguage()
{
    const QString language = QSettings().value(kLanguageKey, defaultLanguage()).toString();
    return language == QLatin1String("en") ? language : defaultLanguage();
}

void storeLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    // Owned by the application object, so it lives exactly as long as the strings it serves.
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/cchc_") + language)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    QLocale::setDefault(language == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    return true;
}

} // namespace cchc
