#include "ui/About.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace cchc::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::ui::About)
};
} // namespace

QString aboutText()
{
    return Tr::tr("<h3>%1</h3>"
                  "<p>Version %2</p>"
                  "<p>Administrative-reform inspections, from the checklist on site to the "
                  "findings notice.</p>"
                  "<p>This program is free software: you can redistribute it and/or modify it "
                  "under the terms of the GNU General Public License as published by the Free "
                  "Software Foundation, either version 3 of the License, or (at your option) "
                  "any later version. It is distributed WITHOUT ANY WARRANTY.</p>"
                  "<p>Built with Qt %3 (running on Qt %4).</p>")
        .arg(QGuiApplication::applicationDisplayName().toHtmlEscaped(),
             QStringLiteral(CCHC_VERSION), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}

} // namespace cchc::ui
