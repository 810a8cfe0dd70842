#include "Command.h"

#include <cstdio>

namespace cchc::app {

int fail(const QString &reason, int code)
{
    const QByteArray line = QStringLiteral("cchc-inspector: %1\n").arg(reason.simplified()).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return code;
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace cchc::app
